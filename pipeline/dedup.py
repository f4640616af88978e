"""Posting identity: a stable id per source posting, and the job anchor the cluster id hashes.

A cluster id is a pure function of one posting, so it never depends on which other postings were
normalized in the same batch: company + normalized title + place + a *job anchor* (the ATS
requisition id when the payload has one, else a digest of the description's words). Two postings
of one company with the same title and place are different jobs unless their requisition ids or
their descriptions agree; near-duplicate descriptions across sources are merged by the global
pass (warehouse/sql/2*_cluster*.sql) from the columns dedup_columns emits.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

import numpy as np

from jobwatch.pipeline.memo import memo
from jobwatch.pipeline.minhash import Words, letter_words, minhash_of_letters

if TYPE_CHECKING:
    from jobwatch.pipeline.location import LocationResult

_ABBREVIATIONS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "eng": "engineer",
    "engr": "engineer",
    "mgr": "manager",
    "dev": "developer",
    "ml": "machine learning",
    "mle": "machine learning engineer",
    "&": "and",
    "ii": "2",
    "iii": "3",
    "iv": "4",
}
# Codes that differ between reposts of one job: "(Req #48213)", "[R-0042]", "Job ID: 123".
_CODE = re.compile(
    r"[(\[]\s*(?:req(?:uisition)?|job|id|ref)\b[^)\]]*[)\]]|\b(?:req(?:uisition)?|job\s*id|ref)"
    r"\b\W*[a-z]*-?\d[\w-]*|#\s*\d[\w-]*|\br-\d{3,}\b",
    re.IGNORECASE,
)
# Where-and-how suffixes are location noise, not the job: "(Remote)", "- Hybrid", "(US)".
_MODE_SUFFIX = re.compile(r"[\s,\-–—|/(]+(?:remote|hybrid|on-?site|in office)\b[^)]*\)?\s*$", re.I)
_WORD = re.compile(r"[a-z0-9+#&]+")
_PLACE_WORD = re.compile(r"[a-z0-9]+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_REQ_PREFIX = re.compile(r"^(?:req|r)(?=\d)")
_TEXT_WORD = re.compile(r"[^\W\d_]{2,}")
_ASCII = bytes(range(128))
# ASCII letters kept, other ASCII bytes a space; bytes of multi-byte UTF-8 characters kept as
# they are (what remains of them after _letters_only's pass are letters).
_ASCII_LETTERS = bytes(b if b >= 128 or chr(b).isalpha() else 32 for b in range(256))
# The fields ATS payloads carry the requisition in (Greenhouse, SmartRecruiters, Lever, Workday).
REQUISITION_FIELDS = ("requisition_id", "refNumber", "requisitionCode", "jobReqId", "requisition")


def _digest(*parts: str) -> str:
    # JSON may decode to lone surrogates ("\\ud800"): they must hash, not crash the record.
    data = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:16]


def posting_id(source: str, board: str | None, source_id: str) -> str:
    """Stable 16-hex id of one posting at one source/board."""
    return _digest(source.strip().lower(), (board or "").strip().lower(), str(source_id).strip())


def normalize_title_key(title: str, places: tuple[str, ...] = ()) -> str:
    """The title as dedup sees it: lower-case words, abbreviations spelled out, requisition codes
    and a trailing work mode or place ("- London", "(Remote)") dropped. Qualifiers that make a
    different job stay: "Data Scientist (New Grad)" is not "Data Scientist"."""
    text = _CODE.sub(" ", title.lower())
    for _ in range(2):  # "ML Engineer - London (Remote)"
        text = _MODE_SUFFIX.sub("", text)
        text = _strip_place(text, places)
    words = [_ABBREVIATIONS.get(w, w) for w in _WORD.findall(text.replace("&", " & "))]
    return " ".join(words)


# Each title key's words and codes come from the title and the place alone (~13 us of regex
# work): memoized like the other short fields, since a weekly refresh sees the same titles again.
_title_key = memo(normalize_title_key)


def _strip_place(text: str, places: tuple[str, ...]) -> str:
    for place in places:
        if place:
            text = _without_place_suffix(text, place.lower())
    return text


_PLACE_SEPARATORS = frozenset(",-–—|/(")


def _without_place_suffix(text: str, place: str) -> str:
    r"""`text` less a trailing place after separators ("engineer - london", "engineer (london)"):
    what re.sub(rf"[\s,\-–—|/(]+{re.escape(place)}\)?\s*$", "", text) does, by string tests. A
    regex per place cost ~120 us to compile, and real postings bring new places every week.
    `place` starts with neither a space nor a separator, and ends with no space (as names do)."""
    body = text.rstrip()
    if body.endswith(")") and body[:-1].endswith(place):  # "\)?" is greedy: ")" first
        body = body[:-1]
    if not body.endswith(place):
        return text
    start = cut = len(body) - len(place)
    while cut and (text[cut - 1].isspace() or text[cut - 1] in _PLACE_SEPARATORS):
        cut -= 1
    return text if cut == start else text[:cut]


def requisition_key(payload: Any) -> str | None:
    """The payload's requisition id, normalized ("R-0042", "REQ42", "42" -> "42"), or None."""
    if not isinstance(payload, dict):
        return None
    for name in REQUISITION_FIELDS:
        value = payload.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool):
            key = _REQ_PREFIX.sub("", _NOT_ALNUM.sub("", str(value).lower()))
            key = key.lstrip("0") or key
            if key and key not in {"na", "none", "null", "tbd", "0"}:
                return key
    return None


def text_anchor(description: str | None) -> str:
    """A digest of the description's words (no digits, case or markup), "" when there is none:
    a re-crawl or an identical repost gives the same anchor even if a figure was edited."""
    return _anchor_of_letters(letter_bytes(description or ""))


def _anchor_of_letters(letters: bytes, words: Words | None = None) -> str:
    """text_anchor from letter_bytes: the two-letter-or-longer words joined by spaces, hashed.
    `words` is letter_words(letters) when the caller has it (dedup_columns: the MinHash's)."""
    if letters.isascii():  # a byte is a character: the words' bytes picked by numpy
        count, joined = _long_words(letter_words(letters) if words is None else words)
    else:
        count, joined = long_words_of_text(letters)
    return anchor_digest(count, joined)


def long_words_of_text(letters: bytes) -> tuple[int, bytes]:
    """_long_words for any letters (a word of two characters or more, which non-ASCII
    letters take more bytes for), one Python step per word."""
    texts = [word for word in letters.decode("utf-8", "surrogatepass").split() if len(word) > 1]
    return len(texts), _utf8(" ".join(texts))


def anchor_digest(count: int, joined: bytes) -> str:
    """The text anchor of `count` words of two letters or more, `joined` by single spaces."""
    return hashlib.sha256(joined).hexdigest()[:16] if count >= 20 else ""


def _long_words(words: Words) -> tuple[int, bytes]:
    """How many words of two bytes or more, and those words joined by single spaces: each kept
    with the space after it, by element-wise masks (a list of ~500 words in Python cost 3x
    more, indexing by the word bounds 2x)."""
    keep, space = long_word_masks(words[0])
    return int(np.count_nonzero(space)), words[0][keep].tobytes()[:-1]


def long_word_masks(b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Over b (letters with a space at each end, spaces between words): the bytes of the words
    of two bytes or more each with the space after it, and those spaces alone."""
    letter = b != 32
    kept = letter.copy()  # a letter with a letter beside it: in a word of two or more
    kept[1:-1] &= letter[:-2] | letter[2:]
    space = np.zeros_like(letter)  # the space right after a kept word
    space[1:] = kept[:-1] & ~letter[1:]
    return kept | space, space


def text_anchor_reference(description: str | None) -> str:
    """text_anchor by one regex over the text (~2x slower): the definition text_anchor is tested
    against. A word is a run of two or more letters, as _TEXT_WORD reads it."""
    words = _TEXT_WORD.findall((description or "").lower())
    return _digest(" ".join(words)) if len(words) >= 20 else ""


def _letters_only(text: str) -> str:
    """letter_bytes as text."""
    return letter_bytes(text).decode("utf-8", "surrogatepass")


def letter_bytes(text: str, lowered: str | None = None) -> bytes:
    """The text lower-cased, every character _TEXT_WORD does not take as a letter a space, as
    UTF-8: the words of the text anchor and the MinHash. The few distinct non-ASCII characters
    are looked at one by one; ASCII goes through a byte table (str.translate on non-ASCII text
    costs more than the regex it replaces). `lowered` is text.lower() when the caller has it."""
    text = text.lower() if lowered is None else lowered
    if not text.isascii():
        others = _utf8(text).translate(None, _ASCII).decode("utf-8", "surrogatepass")
        for char in set(others):
            if not char.isalnum() or char.isdecimal():  # [^\W\d_] outside ASCII
                text = text.replace(char, " ")
    data = _utf8(text)
    return data.translate(_ASCII_LETTERS)


def text_minhash(text: str | None) -> np.ndarray | None:
    """The MinHash signature of a text as dedup_columns computes it (pipeline/minhash.py): the
    word 3-grams of its letters; None under 3 words."""
    return minhash_of_letters(letter_bytes(text or ""))


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def job_anchor(payload: Any, description: str | None) -> str:
    """ "req:<id>" from the payload's requisition, else "text:<digest>", else "" (no text)."""
    requisition = requisition_key(payload)
    if requisition:
        return f"req:{requisition}"
    anchor = text_anchor(description)
    return f"text:{anchor}" if anchor else ""


def cluster_key(
    company_key: str | None,
    title: str,
    location: str | None,
    anchor: str = "",
    places: tuple[str, ...] = (),
) -> str:
    """Fingerprint of company + normalized title + place key + job anchor (see module doc)."""
    return _cluster_digest(company_key, normalize_title_key(title or "", places), location, anchor)


def _cluster_digest(
    company_key: str | None, title_key: str, location: str | None, anchor: str
) -> str:
    place = " ".join(_PLACE_WORD.findall((location or "").lower()))
    return _digest(company_key or "", title_key, place, anchor)


def dedup_columns(
    payload: Any,
    company_key: str | None,
    title: str,
    description: str,
    location: LocationResult,
    lowered: str | None = None,
) -> dict[str, Any]:
    """A normalized posting's dedup columns: cluster_id (the pure per-posting cluster), title_key
    and requisition_key (the global pass's blocking keys) and minhash (its description's
    signature, a list of 64 ints, or None under 3 words). One pass over the description's letters
    serves both the text anchor and the signature; `lowered` is description.lower() when the
    caller has it."""
    letters = letter_bytes(description, lowered)
    words = letter_words(letters)
    requisition = requisition_key(payload)
    digest = "" if requisition else _anchor_of_letters(letters, words)
    return columns_of(
        requisition, company_key, title, location, digest, minhash_of_letters(letters, words)
    )


def columns_of(
    requisition: str | None,
    company_key: str | None,
    title: str,
    location: LocationResult,
    digest: str,
    signature: np.ndarray | None,
) -> dict[str, Any]:
    """dedup_columns from the posting's requisition key, its description's text anchor digest
    (read only without a requisition) and MinHash signature."""
    anchor = f"req:{requisition}" if requisition else (f"text:{digest}" if digest else "")
    places = tuple(p for p in (location.city, location.metro, location.region) if p)
    title_key = _title_key(title or "", places)
    place = location.metro or location.city or location.region or ""
    remote = "remote" if location.work_mode == "remote" else ""
    where = f"{remote}|{location.country or ''}|{place}"
    return {
        "cluster_id": _cluster_digest(company_key, title_key, where, anchor),
        "title_key": title_key,
        "requisition_key": requisition,
        "minhash": None if signature is None else signature.tolist(),
    }
