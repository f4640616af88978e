"""What names a job in an HN comment: a title's head noun or abbreviation, a role list split on
its role boundaries (functions such as "Sales" count as roles inside one), and slots that name no
role ("Multiple roles", "Senior")."""

from __future__ import annotations

import re

# The noun a job title ends on ("Data *Engineer*", "Head of Data"), plural or not.
_HEAD_NOUNS = (
    r"engineers?|developers?|devs?|scientists?|managers?|designers?|analysts?|architects?"
    r"|researchers?|programmers?|interns?|specialists?|consultants?|administrators?|experts?"
    r"|leads?|directors?|head of|recruiters?|writers?|technicians?|hackers?|craftspeople"
    r"|officers?|coordinators?|marketers?|instructors?|strategists?|generalists?|producers?"
    r"|editors?|accountants?|representatives?|executives?|fellows?|biologists?|chemists?"
    r"|physicists?|mathematicians?|statisticians?|economists?|coaches?|advocates?"
    r"|evangelists?|owners?|assistants?|associates?|cto|cfo|coo|vp"
)
# Abbreviations written as titles, upper case only ("SWE", "Sr. SWE"; "pm" is a time of day).
_ABBREVIATIONS = r"(?-i:(?:SWE|SDE|SDET|MLE|SRE|PM|TPM|Eng)s?)\b\.?"
ROLE_HEAD = re.compile(rf"\b(?:{_HEAD_NOUNS})\b|\b{_ABBREVIATIONS}", re.I)
# Any word that says a slot is about jobs, the head nouns included ("Engineering", "roles").
ROLE_WORDS = re.compile(
    rf"\b(?:{_HEAD_NOUNS}|engineering|founding|devops|roles?|positions?|sres?|(?-i:QA))\b"
    rf"|\b{_ABBREVIATIONS}",
    re.I,
)
_PLURAL_HEAD = re.compile(rf"(?:\b(?:{_HEAD_NOUNS})|{_ABBREVIATIONS})$", re.I)
# A title ends on its head noun ("Data Engineer", "Biologist/Bioinformatics"), not "Dev team".
ENDS_ON_HEAD = re.compile(rf"(?:\b(?:{_HEAD_NOUNS})|\b{_ABBREVIATIONS})(?:/\S+)?\.?$", re.I)
LEVEL_WORDS = (
    r"senior|sr\.?|junior|jr\.?|mid(?:-level)?|staff|principal|lead|entry[- ]level"
    r"|intermediate|experienced"
)
_LEVEL = re.compile(rf"^(?:{LEVEL_WORDS})(?:\b|(?<=\.))", re.I)  # "Sr." with its period
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
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\band\b|\s\+\s|\bor\b)\s*", re.I)
FILLER = re.compile(r"^(?:and\s+)?(?:more|others?|etc\.?|many more|all levels)!?$", re.I)
# Names that contain a conjunction but are one thing ("Research and Development Engineers").
_COMPOUND = re.compile(
    r"\b(?:research (?:and|&) development|trust (?:and|&) safety|health (?:and|&) safety"
    r"|mergers (?:and|&) acquisitions)\b",
    re.I,
)
# Functions that are a role on their own after a complete role (not "DevOps Scientists").
_STANDALONE = re.compile(r"^(?:devops|dev ops|qa)$", re.I)
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
_SPECIALITY = re.compile(
    rf"^(?:{_ENGINEERING_FIELDS}|data science|sys(?:tems)? ?admin)\b",
    re.I,
)
# Words that titles write short ("Cust. Exp.", "Android Eng.", "Eng Mgr").
_SHORT_WORDS = {"cust": "Customer", "exp": "Experience", "mgr": "Manager", "mgmt": "Management"}
_SHORT_WORD = re.compile(rf"\b(?:{'|'.join(_SHORT_WORDS)})\b\.?", re.I)
_SPACED_SLASH = re.compile(r"\s+/\s+")
_ENUMERATOR = re.compile(r"^\(?\d+[.)]\s*")  # "(1) Developer, (2) Growth Hacker"
_GLUE = "\u01c2"  # a letter, so glued words stay one word to \\b


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


def split_roles(field: str) -> list[str]:
    """ "iOS Engineer, QA Lead, and Product Manager" -> three roles. A list is cut only between
    whole roles: an item without a head noun takes the next item's head when that head is plural
    ("Senior Python and Angular Engineers" -> "Senior Python Engineers", "Senior Angular
    Engineers"), and stays inside the role when it is singular ("QA & Automation Engineer" is
    one role). A field with any other item ("Full Stack Developer - Python, React") is one title.
    """
    joined = _COMPOUND.sub(lambda m: m.group(0).replace(" ", _GLUE), field)
    items = [_ENUMERATOR.sub("", p.strip(" &+")).rstrip(".!") for p in _ITEM_SPLIT.split(joined)]
    items = [p.replace(_GLUE, " ") for p in items]
    items = [p for p in items if p and not FILLER.match(p)]
    for reading in (_distributed, _with_functions):
        roles = reading(items)
        if roles and len(roles) > 1:
            return roles
    return _slashed(field) or [field.strip()]


def is_function(text: str) -> bool:
    """ "Sales", "Cust. Exp.": a function a team is named by (see _FUNCTIONS)."""
    return bool(_FUNCTIONS.match(spell_out(text.strip())))


def speciality(slot: str) -> bool:
    """A short header slot that opens on a builder's speciality ("Full Stack", "Frontend
    JavaScript/React") or is a function ("Product Management"), with nothing that says how the
    job is held: the role when the comment names none."""
    short = len(slot.split()) <= 4 and not re.search(r"\d", slot)
    return short and bool(_SPECIALITY.match(slot) or is_function(_PARENS.sub("", slot)))


def _with_functions(items: list[str]) -> list[str] | None:
    """Three or more items, each a role or a function, a role among them, are a list of roles
    ("PM, Eng, Sales, Marketing"); among two roles or more a builder's speciality is one too
    ("Backend Developer, Frontend Dev, Full Stack"); a stack, a place or a mode in it makes it no
    list, and one item after a title is its qualifier ("Product Manager, Growth"; "Software
    Engineer, Full Stack, Front End" is one title and its specialities)."""
    roles = sum(map(is_role, items))
    if len(items) < 3 or not roles:
        return None
    named = [
        is_role(i) or is_function(i) or (roles > 1 and bool(_SPECIALITY.match(i))) for i in items
    ]
    return items if all(named) else None


def _slashed(field: str) -> list[str] | None:
    """Three whole titles or more between spaced slashes are several roles ("Front-End Engineer
    / Back-End Engineer / Senior Data Engineer"); two are one role that holds both ("Back-end
    Developer / DevOps Engineer"), and so is a title whose other half is a head alone ("Web
    Designer / Developer")."""
    items = [i.strip() for i in _SPACED_SLASH.split(field)]
    whole = all(is_role(i) and len(title_core(i).split()) > 1 for i in items)
    return items if len(items) > 2 and whole else None


def spell_out(text: str) -> str:
    """Words written short, in full: "Cust. Exp." -> "Customer Experience"."""
    return _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group(0).rstrip(".").lower()], text)


def _distributed(items: list[str]) -> list[str] | None:
    """The items as whole roles, or None when the list does not cut into roles."""
    roles: list[str] = []
    pending: list[str] = []  # items waiting for the next head ("Python" in "Python and Angular")
    for item in items:
        if _STANDALONE.match(item) and roles:
            roles.append(item)  # "Full-stack Engineers, DevOps, Data Scientists"
            continue
        if not is_role(item):
            if not re.search(r"[^\W\d_]{2}", item):
                return None  # "frontend and/or backend / DevOps": a slash is no item
            pending.append(item)
            continue
        head = _PLURAL_HEAD.search(item)
        if pending and not (head and head.group(0).lower().endswith("s")):
            return None  # "QA & Automation Engineer": one role, not a list
        roles += _completed(pending, item, head.group(0) if head else "")
        pending = []
    return None if pending or not roles else roles


def _completed(pending: list[str], item: str, head: str) -> list[str]:
    """The items of one run completed with its head; a level word alone takes the whole title
    ("Jr. and Sr. Haskell engineers"); a level word the run starts with applies to every item
    of it ("Senior [Python and Angular] Engineers")."""
    bare = _LEVEL.sub("", item).strip()
    run = [f"{p} {bare if LEVEL_ONLY.match(p) else head}" for p in pending] + [item]
    level = _LEVEL.match(run[0]) if pending else None
    if level is None:
        return run
    return run[:1] + [r if _LEVEL.match(r) else f"{level.group(0)} {r}" for r in run[1:]]
