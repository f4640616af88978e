"""Pay as postings write it: varied formats, plus Greenhouse's structured pay_input_ranges."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

    from tools.sample.synth.pay import Pay


def lakh(n: int) -> str:
    """Indian digit grouping: 2800000 -> '28,00,000'."""
    head, tail = divmod(n, 1000)
    groups = []
    while head >= 100:
        head, part = divmod(head, 100)
        groups.append(f"{part:02d}")
    groups.append(str(head))
    return ",".join(reversed(groups)) + f",{tail:03d}"


def _k(n: int) -> int:
    return n // 1000


FORMATS = {
    "dash": "The expected pay for this position is ${lo:,} - ${hi:,} per year, plus equity.",
    "k": "Salary: ${klo}K–${khi}K base, depending on experience and location.",
    "base_range": "The base salary range for this role is ${lo:,} to ${hi:,}.",
    "up_to": "This role pays up to ${khi}k in base salary, depending on experience.",
    "usd_suffix": "Compensation: $ {lo:,} – $ {hi:,} USD annually.",
    "colon": "Pay range: ${lo:,}—${hi:,} + equity + benefits",
    "hourly": "This position pays ${lo} - ${hi} per hour.",
    "eur_dot": "Gehaltsband / salary band: €{dlo} – €{dhi} brutto pro Jahr.",
    "eur_comma": "Salary: €{lo:,} – €{hi:,} gross per year, plus equity.",
    "gbp": "Salary: £{lo:,}-£{hi:,} per annum plus benefits.",
    "cad": "Base salary: CAD {lo:,}–{hi:,}, plus stock options.",
    "inr_lakh": "CTC: ₹{llo} – ₹{lhi} per annum.",
    "inr_plain": "Compensation: INR {lo:,} - {hi:,} per year.",
}


def pay_sentence(pay: Pay) -> str:
    """The sentence a posting uses for its pay ('' when the text says nothing)."""
    if not pay.fmt:
        return ""
    low = pay.high if pay.low is None else pay.low
    text = FORMATS[pay.fmt].format(
        lo=low,
        hi=pay.high,
        klo=_k(low),
        khi=_k(pay.high),
        dlo=f"{low:,}".replace(",", "."),
        dhi=f"{pay.high:,}".replace(",", "."),
        llo=lakh(low),
        lhi=lakh(pay.high),
    )
    if pay.ote:
        split = "50/50" if pay.ote == pay.high * 2 else "70/30"
        text += f" OTE ${pay.ote:,} ({split} split)."
    return text


def pay_input_ranges(pay: Pay, multi_zone: bool, rng: random.Random) -> list[dict[str, object]]:
    """Greenhouse's structured pay: amounts in cents, one entry per pay zone."""
    hourly = pay.period == "hour"
    low = pay.high if pay.low is None else pay.low
    first = _range(low, pay.high, pay.currency, hourly, "Zone 1" if multi_zone else "", rng)
    if not multi_zone:
        return [first]
    lower = _range(round(low * 0.9), round(pay.high * 0.9), pay.currency, hourly, "Zone 2", rng)
    return [first, lower]


def _range(
    low: int, high: int, currency: str, hourly: bool, zone: str, rng: random.Random
) -> dict[str, object]:
    title = (
        "Hourly Pay Range"
        if hourly
        else rng.choice(("Annual Base Salary Range", "US Base Salary", "Base Pay Range"))
    )
    blurb = (
        "<p>Final offers depend on skills, experience and location. Base pay is one part of "
        "total compensation, which also includes equity and benefits.</p>"
    )
    return {
        "min_cents": low * 100,
        "max_cents": high * 100,
        "currency_type": currency,
        "title": f"{title} ({zone})" if zone else title,
        "blurb": blurb,
    }
