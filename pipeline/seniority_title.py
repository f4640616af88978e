"""The level a job title names (rules 1 of pipeline/seniority.py), with the words that said it."""

from __future__ import annotations

import re

from jobwatch.pipeline.text import lower_like_regex

ENTRY, MID, SENIOR = "entry", "mid", "senior"
_DASHES = re.compile(r"[\u2010-\u2015]")


# "Staff" is a grade only before the occupation it grades ("Staff Engineer"); before a clinical or
# office occupation it means a regular employee, and after one ("Wait Staff", "Tax Staff",
# "Staff/Registered Nurse") it is the noun.
_NOT_STAFF = (
    r"(?=\s+\w)(?!\s+(?:accountant|nurse|writer|attorney|assistant|pharmacist|accounting|auditor|"
    r"rn|lpn|registered|acute|physician|therapist|technologist|sonographer|ct|ultrasound)\b)"
)
# "Manager" is a level (people management), except where it names a function held at any level.
_FUNCTION_MANAGER = (
    r"(?<!product )(?<!project )(?<!program )(?<!programme )(?<!account )(?<!case )"
    r"(?<!property )(?<!assistant )(?<!associate )(?<!community )(?<!media )(?<!office )"
    r"(?<!content )(?<!campaign )(?<!territory )(?<!relationship )(?<!success )(?<!care )"
    r"(?<!shift )(?<!floor )(?<!kitchen )(?<!bar )(?<!front desk )(?<!desk )(?<!unit )"
    r"(?<!marketing )(?<!category )(?<!catalog )(?<!release )(?<!scrum )(?<!change )"
    r"(?<!asset )(?<!portfolio )"
    # the manager's assistant, not a manager: "Assistant Store Manager"
    r"(?<!assistant store )(?<!assistant branch )(?<!assistant restaurant )"
    r"(?<!assistant department )(?<!assistant retail )(?<!assistant site )"
)
# Frontline jobs whose "associate" title is the hiring level ("Sales Associate"), and the tech
# ladders' "Associate Engineer"/"Associate Product Manager"; a leading "Associate" elsewhere is a
# professional grade (law, consulting, finance) and says nothing about entry.
_ENTRY_ASSOCIATE = (
    r"(?:sales|retail|store|warehouse|team|crew|customer service|pharmacy|merchandising|"
    r"operations|production|distribution|fulfillment|shift|stocking|cart|front end|guest "
    r"services?|seasonal|part[- ]time|(?<!investment )banking|teller) associates?"
    r"|associate (?:[\w+#.-]+ ){0,3}?"
    r"(?:engineer|developer|scientist|data analyst|product manager|programmer)"
)
# A level numeral ends the title or a segment of it: "Engineer II", "Analyst 3 - Remote"; never a
# figure ("Make $1,822wk", "2nd shift") nor the end of a range of levels ("Levels 1-4").
_NUMERAL_BEFORE = r"(?<![\w$.,#])(?<!\d-)(?<!\d -)(?<!\d to )"
_NUMERAL_AFTER = r"(?!\s*(?:-|to)\s*\d)\s*(?:$|[)(\-/|]|,(?!\d))"
# A controller heads accounting, unless another word says what is controlled: documents, stock,
# credit, air traffic, a machine ("Programmable Logic Controller"), or a device engineers build.
_FINANCE_CONTROLLER = (
    r"(?=controller)"  # the word first: its eleven lookbehinds run only where it stands
    r"(?<!document )(?<!documents )(?<!stock )(?<!inventory )(?<!credit )(?<!traffic )"
    r"(?<!logic )(?<!quality )(?<!project )(?<!cost )(?<!access )"
    r"controller(?!s?\s+(?:firmware|engineer|design|verification|validation|software|developer|"
    r"hardware|architect|technician))"
)
# French internships: "Stage - Data Analyst", "Data Analyst (H/F) STAGE", "Stage Data Analyst";
# never the theatre's stage ("Stage Manager", "Stage Hand") nor an "Early Stage" anything.
_STAGE = (
    r"(?:^|[-()|/,:\[\]]\s*)stage(?=\s*(?:$|[-()|/,:\[\]]))"
    r"|^\s*stage\s+(?!(?:managers?|hands?|tech(?:nician)?s?|crew|door|directors?|electricians?|"
    r"carpenters?|riggers?|supervisors?|coordinators?|lead|builders?|designers?|combat|"
    r"actors?|performers?|assistants?|management|production|lighting|sound|audio|video|props?|"
    r"sets?|scenic|shows?|events?|concerts?|operators?|rigging|floor|ops)\b)"
)
# Level numerals inside a title: "Tier 1 Support", "Level II Technician", "Consulting IC2".
_LEVEL_WORD = r"\b(?:tier|level)[\s-]*"
_NOT_RANGE = r"\b(?!\s*(?:-|to)\s*\d)"
# Matched in the title's lower case (lower_like_regex), case-sensitive: the same matches as
# IGNORECASE on the title (every letter in the rules is lower case), ~1.5x faster.
_TITLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern))
    for level, pattern in (
        # Two levels named: the posting takes the lower ("Mid/Senior Developer", "Junior-Mid").
        (
            ENTRY,
            r"\b(?:j[uú]nior|jr\.?|entry[- ]level)\s*(?:/|-|to|or|&)\s*"
            r"(?:mid|pleno|s[eéê]nior|sr)\b",
        ),
        (MID, r"\b(?:mid(?:[- ]?level)?|pleno)\s*(?:/|-|to|or|&)\s*(?:s[eéê]nior|sr|lead|staff)\b"),
        (MID, r"\b(?:senior|sr\.?) associate\b(?! (?:director|vice president|vp|principal))"),
        (
            ENTRY,
            r"\b(?:intern(?:ship)?|new grad(?:uate)?s?|graduates?|apprentice(?:ship)?|trainee|"
            r"in training|co-?op|working student|werkstudent|early career|university grad|"
            r"(?:university|college) students?|student (?:workers?|assistants?|employees?)|"
            rf"stagiaire|alternan(?:ce|te?)|apprentie|apprentissage)\b|{_STAGE}",
        ),
        (
            SENIOR,
            r"\b(?:s[eéê]nior|sr\.?|principal|head of|director|directeur|directrice|a?vp|"
            r"vice president|chief|distinguished|cto|cdo|svp|evp|managing director|"
            r"general manager|superintendent|supervisor|forem[ae]n|forewoman|foreperson|"
            r"confirm[ée]e?|exp[ée]riment[ée]e?|chef d['’][ée]quipe|"
            rf"(?:financial |corporate |division |assistant )?{_FINANCE_CONTROLLER})(?=\W|$)",
        ),
        (SENIOR, r"(?:^|\b)(?:head|lead)(?=\s*[,:|]|\s+-\s)"),
        (SENIOR, rf"\bstaff\b{_NOT_STAFF}(?<!\bmedical staff)(?<!\bsupport staff)"),
        (SENIOR, r"\b(?:tech(?:nical)?\s+|team\s+)?lead\b(?!\s*-?\s*gen(?:eration)?\b)(?!s\b)"),
        (SENIOR, r"\b(?:team|group|section|unit|crew|shift|project)\s+leaders?\b"),
        (SENIOR, rf"\b(?=manager){_FUNCTION_MANAGER}managers?\b"),
        # "JR 3915" / "JR-104" is a Workday requisition number, not "junior".
        (ENTRY, rf"\b(?:j[uú]nior|jr\.?(?!\s*-?\s*\d)|entry[- ]level|{_ENTRY_ASSOCIATE})(?=\W|$)"),
        # each numeral's first character looked for before the lookbehinds (the same matches)
        (SENIOR, rf"(?=[iv345]){_NUMERAL_BEFORE}(?:iii|iv|v|vi|3|4|5){_NUMERAL_AFTER}"),
        (ENTRY, rf"(?=[i1]){_NUMERAL_BEFORE}(?:i|1){_NUMERAL_AFTER}"),
        (MID, rf"(?=[i2]){_NUMERAL_BEFORE}(?:ii|2){_NUMERAL_AFTER}"),
        (ENTRY, rf"{_LEVEL_WORD}(?:i|1|one){_NOT_RANGE}|\bic[\s-]?1\b"),
        (MID, rf"{_LEVEL_WORD}(?:ii|2|two){_NOT_RANGE}|\bic[\s-]?2\b"),
        (SENIOR, rf"{_LEVEL_WORD}(?:iii|iv|v|3|4|5|three|four|five){_NOT_RANGE}|\bic[\s-]?[3-6]\b"),
        (MID, r"\bmid[- ]?(?:level|senior)?\b"),
        # Brazilian titles name three levels: Júnior, Pleno (mid) and Sênior.
        (MID, r"\bpleno\b"),
    )
)

# "Manager" is a level when the job manages people. The title shows it when it names the team a
# tech ladder's management track runs ("Engineering Manager", "Manager, Data Science"); otherwise
# the description must (seniority_text.manages_people), when there is one.
_MANAGER = re.compile(rf"\b{_FUNCTION_MANAGER}managers?\b", re.IGNORECASE)
_TEAMS = (
    r"(?:software |hardware |data |ml |ai |machine learning |platform |security |qa |test |web |"
    r"mobile |it )?(?:engineering|development|dev|data science|analytics|research|design|"
    r"infrastructure|devops|sre|qa|quality assurance)"
)
_TEAM_MANAGER = re.compile(rf"\b{_TEAMS} managers?\b|\bmanagers?,? (?:of )?{_TEAMS}\b", re.I)


def manages_by_title(title: str, word: str) -> bool | None:
    """True: the title names a people manager; False: `word` (the title's level word) is a bare
    "Manager" that may manage only a function; None: the level came from another word."""
    if _MANAGER.fullmatch(word) is None:
        return None
    return _TEAM_MANAGER.search(_DASHES.sub("-", title)) is not None


def title_level(title: str) -> tuple[str, str] | None:
    """(level, the words that said it) of the first title rule that matches, or None."""
    text = _DASHES.sub("-", title)
    folded = lower_like_regex(text)
    for level, pattern in _TITLE_RULES:
        match = pattern.search(folded)
        if match:
            return level, text[match.start() : match.end()].strip(" ,()-/|")
    return None
