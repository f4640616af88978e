"""The posting body: several HTML sections, escaped the way Greenhouse's API escapes `content`."""

from __future__ import annotations

import random
from html import escape
from typing import TYPE_CHECKING

from tools.sample.synth.levels import YEARS
from tools.sample.synth.locations import PLACES
from tools.sample.synth.pay_text import pay_sentence
from tools.sample.synth.skills import skill_bullets

if TYPE_CHECKING:
    from tools.sample.synth.spec import Spec

_US_PERKS = (
    "Medical, dental and vision coverage for you and your dependents",
    "Meaningful equity",
    "Flexible time off and 16 weeks of paid parental leave",
    "$1,500 annual learning budget",
)
_INTL_PERKS = (
    "Private health insurance",
    "Pension contributions",
    "30 days of paid holiday",
    "Stock options",
    "A yearly learning budget",
)
_EEO = (
    "{0} is an equal opportunity employer. We do not discriminate on the basis of race, "
    "religion, color, national origin, gender, sexual orientation, age, marital status, "
    "veteran status or disability."
)


def greenhouse_escape(html: str) -> str:
    """Greenhouse returns `content` as escaped HTML: &lt;p&gt;, &quot;, &#39;, &amp;nbsp;."""
    return escape(html, quote=True).replace("&#x27;", "&#39;")


def render_html(spec: Spec) -> str:
    """The posting body as HTML, the same for the same spec (reposts, re-crawls)."""
    rng = random.Random(spec.text_seed)
    quote = rng.choice(("'", "’"))
    parts = [
        f'<div class="content-intro"><p>{escape(spec.company.about)}</p></div>',
        _heading("About the role", rng),
        f"<p>{escape(_about_role(spec))}</p>",
        _heading(f"What you{quote}ll do", rng),
        _ul(rng.sample(spec.role.duties, k=min(len(spec.role.duties), rng.randint(3, 5)))),
    ]
    parts += _requirements(spec, rng, quote)
    parts += _pay_and_perks(spec, rng)
    parts.append(
        f'<div class="content-conclusion"><p>{escape(_EEO.format(spec.company.name))}</p></div>'
    )
    return "\n".join(parts)


def _heading(text: str, rng: random.Random) -> str:
    nbsp = "&nbsp;" if rng.random() < 0.2 else ""
    return f"<p><strong>{escape(text)}</strong>{nbsp}</p>"


def _ul(items: list[str]) -> str:
    return "<ul>\n" + "\n".join(f"<li>{escape(i)}</li>" for i in items) + "\n</ul>"


def _about_role(spec: Spec) -> str:
    place = PLACES[spec.location]
    where = {
        "remote": "This role is fully remote.",
        "hybrid": "We work together in the office three days a week.",
        "onsite": f"This role is based in our {place.office} office.",
    }[place.mode]
    text = (
        f"As our next {spec.title} on the {spec.dept} team, you will {spec.role.mission}. {where}"
    )
    if spec.level == "intern":
        text += (
            " This is a 12-week internship in summer 2027; during the academic year we also host"
            " part-time interns for 10-15 hours per week."
        )
    return text


def _requirements(spec: Spec, rng: random.Random, quote: str) -> list[str]:
    required, nice = skill_bullets(list(spec.skills), rng)
    years = _years_bullet(spec, rng)
    if years:
        required.insert(0, years)
    if rng.random() < 0.15:
        required.append("Excel at communication with both technical and non-technical partners")
    parts = [_heading(f"What we{quote}re looking for", rng), _ul(required)]
    if nice:
        parts += [_heading("Nice to have", rng), _ul(nice)]
    return parts


def _years_bullet(spec: Spec, rng: random.Random) -> str:
    if spec.level == "intern":
        return "Currently pursuing a BS, MS or PhD in Computer Science or a related field"
    if spec.level == "new_grad":
        return "BS or MS in Computer Science or a related field, graduating by summer 2027"
    if not spec.states_years:
        return ""
    years = rng.choice(YEARS[spec.level])
    if years.endswith("+") and rng.random() < 0.3:
        return f"At least {years[:-1]} years of professional experience in {spec.role.domain}"
    return f"{years} years of experience in {spec.role.domain}"


def _pay_and_perks(spec: Spec, rng: random.Random) -> list[str]:
    parts = []
    sentence = pay_sentence(spec.pay) if spec.pay else ""
    if sentence:
        parts += [_heading("Compensation", rng), f"<p>{escape(sentence)}</p>"]
    if PLACES[spec.location].currency == "USD":
        # "401(k)" is a number next to money words: a trap for salary parsers, as in real posts
        perks = [rng.choice(("401(k) matching up to 4%", "401(k) plan with company match"))]
        perks += rng.sample(_US_PERKS, k=2)
    else:
        perks = rng.sample(_INTL_PERKS, k=3)
    parts += [_heading("Benefits", rng), _ul(perks)]
    return parts
