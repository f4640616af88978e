"""The titles an HN comment's job links spell in their paths ("pspdfkit.com/jobs/senior-frontend-
web-engineer/"), read when the comment names its roles nowhere else."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote, urlsplit

from jobwatch.crawlers.extract.hn_body import MAX_BODY_ROLES, is_title
from jobwatch.crawlers.extract.hn_roles import ROLE_HEAD

_HREF = re.compile(r'href="([^"]+)"')
_SLUG_WORD = re.compile(r"[-_+\s]+")
_ID = re.compile(r"^\d+$")
_EXTENSION = re.compile(r"\.(?:html?|php|aspx?)$", re.I)
# A slug's title is its opening words up to its head: "principal-software-engineer-big-data-
# platform-here" -> "principal software engineer" (the words after are a team, a place or the
# company). A slug with a small word in its title is a sentence ("how-we-hire-engineers").
_MAX_TITLE_WORDS = 6
_SMALL_WORD = re.compile(r"^(?:a|an|the|as|to|how|we|our|on|at|and|or|with|is|are)$", re.I)


def link_titles(comment_html: str, header_url: str | None) -> list[str]:
    """Titles of the job links in the header and the body, each once, in order."""
    urls = ([header_url] if header_url else []) + _HREF.findall(comment_html)
    titles = [t for url in urls for t in _slug_titles(html.unescape(url))]
    return list(dict.fromkeys(titles))[:MAX_BODY_ROLES]


def _slug_titles(url: str) -> list[str]:
    path = urlsplit(url if "//" in url else f"//{url}").path
    titles = []
    for segment in filter(None, unquote(path).split("/")):
        words = [w for w in _SLUG_WORD.split(_EXTENSION.sub("", segment)) if w]
        while words and _ID.match(words[0]):
            words = words[1:]  # "60087-lead-data-scientist"
        title = _slug_title(words[:_MAX_TITLE_WORDS])
        if title:
            titles.append(title)
    return titles


def _slug_title(words: list[str]) -> str | None:
    heads = [i for i, w in enumerate(words) if ROLE_HEAD.fullmatch(w)]
    if not heads or heads[-1] == 0:
        return None  # no head, or a head alone ("/engineers", "developer-social-network")
    title = words[: heads[-1] + 1]
    if any(_SMALL_WORD.match(w) for w in title):
        return None
    text = " ".join(w if w.isupper() else w.capitalize() for w in title)
    return text if is_title(text) else None
