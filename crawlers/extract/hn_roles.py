"""What names a job in an HN comment: a title's head noun or abbreviation, the functions and
specialities a team or a builder is named by, and slots that name no role ("Multiple roles",
"Senior"); lists are cut into roles in hn_split.py."""

from __future__ import annotations

import re

# The noun a job title ends on ("Data *Engineer*", "Head of Data"), plural or not.
HEAD_NOUNS = (
    r"engineers?|developers?|devs?|scientists?|managers?|designers?|analysts?|architects?"
    r"|researchers?|programmers?|interns?|specialists?|consultants?|administrators?|experts?"
    r"|leads?|directors?|head of|recruiters?|writers?|technicians?|hackers?|craftspeople"
    r"|officers?|coordinators?|marketers?|instructors?|strategists?|generalists?|producers?"
    r"|editors?|accountants?|representatives?|executives?|fellows?|biologists?|chemists?"
    r"|physicists?|mathematicians?|statisticians?|economists?|coaches?|advocates?"
    r"|evangelists?|owners?|assistants?|associates?|cto|cfo|coo|vp"
)
# Abbreviations written as titles, upper case only ("SWE", "Sr. SWE"; "pm" is a time of day).
ABBREVIATIONS = r"(?-i:(?:SWE|SDE|SDET|MLE|SRE|PM|TPM|Eng)s?)\b\.?"
ROLE_HEAD = re.compile(rf"\b(?:{HEAD_NOUNS})\b|\b{ABBREVIATIONS}", re.I)
# Any word that says a slot is about jobs, the head nouns included ("Engineering", "roles").
ROLE_WORDS = re.compile(
    rf"\b(?:{HEAD_NOUNS}|engineering|founding|devops|roles?|positions?|sres?|(?-i:QA))\b"
    rf"|\b{ABBREVIATIONS}",
    re.I,
)
# A title ends on its head noun ("Data Engineer", "Biologist/Bioinformatics"), not "Dev team".
ENDS_ON_HEAD = re.compile(rf"(?:\b(?:{HEAD_NOUNS})|\b{ABBREVIATIONS})(?:/\S+)?\.?$", re.I)
LEVEL_WORDS = (
    r"senior|sr\.?|junior|jr\.?|mid(?:-level)?|staff|principal|lead|entry[- ]level"
    r"|intermediate|experienced"
)
# A slot made of level words only ("Senior", "Mid-Senior", "All levels") is no title.
LEVEL_ONLY = re.compile(
    r"^(?:(?:all|any|multiple|various)\s+levels?|(?:senior|sr\.?|junior|jr\.?|mid(?:-level)?"
    r"|staff|principal|entry[- ]level|intermediate|experienced)(?:\s*(?:[-/,&]|to|and|or)\s*"
    r"(?:senior|sr\.?|junior|jr\.?|mid(?:-level)?|staff|principal|lead|entry[- ]level))*)$",
    re.I,
)
# A slot naming openings in general ("Multiple roles", "Various positions", "Hiring!"), or
# people of any kind ("Software engineers of all kinds": no one job; "of all levels" is one).
GENERIC_SLOT = re.compile(
    r"^(?:(?:multiple|various|many|several|numerous|all|lots of|a few|tons of|open|\d+\+?)\s+)?"
    r"(?:[\w&/+-]+\s+){0,3}(?:roles|positions|openings|opportunities|vacancies|jobs)\b[\s!.]*"
    r"(?:and more)?$|^(?:various|multiple|many|several|hiring!*|we(?:'re| are) hiring!*)$"
    r"|^(?:[\w&/+-]+\s+){1,4}of\s+(?:all|any|every)\s+(?:kinds?|types?|sorts?|stripes)$",
    re.I,
)
_PARENS = re.compile(r"\s*\([^)]*\)")
# What follows a title's head: ", Security", " - Payments", "(LA)", " of Data", " in Test".
_QUALIFIER = re.compile(r",|\s[-–—]+\s|\s?\(|\s(?:of|in|for|at)\s", re.I)
LEADING_HEAD = re.compile(r"^(?:vp|svp|evp|head|director|chief|cto)\b", re.I)
FILLER = re.compile(r"^(?:and\s+)?(?:more|others?|etc\.?|many more|all levels)!?$", re.I)
# Functions a team is named by: inside a list of roles, the job of working in it ("Frontend
# Developer, Sales, QA Engineer"); never a title on its own ("Sales" alone may be a product line).
_FUNCTIONS = re.compile(
    r"^(?:sales|marketing|design|product|operations|ops|finance|legal|recruiting|hr|growth"
    r"|customer (?:success|support|experience|service|care)|business development|bizdev|support"
    r"|data science|machine learning|security|infrastructure|research|analytics|engineering"
    r"|devops|dev ops|qa)$",
    re.I,
)
# What a builder's job is named by when the title has no head ("Full Stack", "Backend -
# Node/Typescript", "Front-end and Back-end").
# The engineering fields among them ("NLP, Telephony, Signal Processing") name an engineer.
_ENGINEERING_FIELDS = (
    r"full[- ]?stack|front[- ]?end|back[- ]?end|devops|ios|android|mobile|embedded"
    r"|machine learning|site reliability|nlp|natural language processing|computer vision"
    r"|signal processing|dsp|telephony|robotics|firmware"
)
ENGINEERING_FIELD = re.compile(rf"^(?:{_ENGINEERING_FIELDS})\b", re.I)
SPECIALITY = re.compile(
    rf"^(?:{_ENGINEERING_FIELDS}|data science|sys(?:tems)? ?admin)\b",
    re.I,
)
# Words that titles write short ("Cust. Exp.", "Android Eng.", "Eng Mgr").
_SHORT_WORDS = {"cust": "Customer", "exp": "Experience", "mgr": "Manager", "mgmt": "Management"}
_SHORT_WORD = re.compile(rf"\b(?:{'|'.join(_SHORT_WORDS)})\b\.?", re.I)


def title_core(text: str) -> str:
    """A title without its qualifier: "Software Engineer, Security" -> "Software Engineer"."""
    return _QUALIFIER.split(text, maxsplit=1)[0].strip()


def is_role(text: str) -> bool:
    """The text ends on a title's head noun before its qualifier ("Software Engineer, Security",
    "Head of Data", "VP Engineering"); "Developer Experience" and "Dev team stuff" do not."""
    core = title_core(text)
    return bool(ENDS_ON_HEAD.search(core) or LEADING_HEAD.match(core))


def names_no_role(slot: str) -> bool:
    """A role slot that is not a title: openings in general, or a level alone."""
    bare = _PARENS.sub("", slot).strip(" .!")
    return bool(GENERIC_SLOT.match(bare) or LEVEL_ONLY.match(bare)) and not (
        ROLE_HEAD.search(bare) and not GENERIC_SLOT.match(bare)
    )


def is_function(text: str) -> bool:
    """ "Sales", "Cust. Exp.": a function a team is named by (see _FUNCTIONS)."""
    return bool(_FUNCTIONS.match(spell_out(text.strip())))


def speciality(slot: str) -> bool:
    """A short header slot that opens on a builder's speciality ("Full Stack", "Frontend
    JavaScript/React") or is a function ("Product Management"), with nothing that says how the
    job is held: the role when the comment names none."""
    short = len(slot.split()) <= 4 and not re.search(r"\d", slot)
    return short and bool(SPECIALITY.match(slot) or is_function(_PARENS.sub("", slot)))


def spell_out(text: str) -> str:
    """Words written short, in full: "Cust. Exp." -> "Customer Experience"."""
    return _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group(0).rstrip(".").lower()], text)
