"""Facts told as background: a document signed or an award given before the meeting the release reports.

'The Agreement ..., signed in 2018, remains the basis', 'In 2021, the two ministries signed a protocol', 'Last year,
X was awarded the Order ...', 'the memorandum had been signed': the signing or the award belongs to an earlier
event, not to this meeting. A year counts as earlier only when it is before the meeting's own year ('signed a Plan
for 2025-2027' names no time of signing; 'In June 2024' in a 2024 release is this year); a month without a year
only when it is before the meeting's own month ('In March, X was awarded' of a meeting in June); 'at the previous
meeting' always.
"""

from __future__ import annotations

import datetime as dt
import re

from whomet.store.extract.calendar_words import MONTH_NAME
from whomet.store.extract.rules import decision, pattern, twin

_MONTH = MONTH_NAME
# Only times that cannot be the meeting's own: 'last week' or 'Earlier in the day' may date the meeting the release
# reports, 'last year', 'last summer' and 'in 2019' (before the meeting's year) do not.
# One leading \b and a look-ahead for the first letters: the engine leaves most positions at once; the search runs
# on the lower-cased text without re.I (as delegations._Triggers does), which is faster still.
_EARLIER = (r"\b(?=[0-9abcdefhilmoprst])(?:(?:last|previous|past)\s+years?\b|"
            # a season ago: 'Last summer, the two offices signed a programme'
            r"(?:last|previous|past)\s+(?:summer|winter|spring|autumn|fall)\b|"
            r"(?:in|of|back\s+in|in\s+(" + _MONTH + r")|on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH + r"),?)\s+"
            r"((?:19|20)\d\d)\b(?!\s*[–-]\s*\d)|"
            # a month with no year: earlier when it is before the meeting's month ('In March, X was awarded')
            r"(?:in|back\s+in|on\s+\d{1,2}|on)\s+(" + _MONTH + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\b"
            r"(?!\s*,?\s*(?:19|20)\d\d)|"
            r"(?:at|during|after|following)\s+(?:the|their|its)\s+(?:previous|last|preceding|earlier)\s+"
            r"(?:meeting|visit|session|round|talks|consultations)\b|"
            r"(?:\d+|two|three|four|five|several|many)\s+years\s+ago\b|"
            r"(?:previously|recently|in\s+the\s+past|a\s+year\s+ago)\b|"
            r"(?:signed|adopted|concluded|awarded|approved)\s+earlier\b|earlier[\s-]+(?:signed|adopted|concluded|"
            r"awarded|approved)\b|"
            r"(?:so\s+far|to\s+date|since\s+(?:its|their|the)\s+(?:creation|establishment|foundation|founding|"
            r"inception))\b|"
            r"had\s+(?:also\s+)?(?:been\s+)?(?:already\s+)?(?:signed|adopted|concluded|awarded|decorated|"
            r"presented|conferred|approved)\b)")
EARLIER = pattern("date.earlier_time", _EARLIER, re.I)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_EARLIER_LOW = twin(_EARLIER.lower())


# with no date for the meeting, a bare year ('which was signed in 2017', 'signed a defence agreement in 2014') still dates
# what it tells before it: a release dates its own meeting by the day, not by the year alone
_UNDATED_YEAR = decision("date.earlier_year_undated", "a bare year ('signed in 2017') dates a signing or an award "
                                                      "before a meeting whose own date the text does not give")
_BARE_YEAR = pattern("date.earlier_year_undated_form", r"(?:in|back\s+in)\s+(?:19|20)\d\d$", re.I)


# a purpose clause ('a minutes to implement the cooperation plan in 2017', 'a protocol to hold
# joint exercises in 2019') dates what the document is for, not its signing: an infinitive ('to' and a lower-case word that
# is no determiner or pronoun) with no comma and no signing or award verb between it and the year
_PURPOSE = pattern("date.purpose_clause", r"\bto\s+(?!(?:the|a|an|its|their|his|her|this|these|those|that|be|been|both|all|"
                   r"each|every|some|any|our|my|your|which|whom|date|day|year)\b)(?-i:[a-z])[a-z]+\b(?![^,;:()]*\b(?:signed|signing|adopted|"
                   r"concluded|approved|inked|awarded|presented|conferred|decorated)\b)[^,;:()]*$", re.I)


# a clause about a person ('X, who joined the service in 2001, presented ...') dates the person, not the fact
_ABOUT_A_PERSON = pattern("date.earlier_time_person_clause", r",\s+(?:who|whose)\b[^,;.]*,")


def told_as_earlier(text: str, a: int, b: int, when: dt.date | None, in_title: bool = False, verb: int | None = None,
                    purpose: bool = False) -> bool:
    """True when text[a:b] dates what it tells before the meeting (on `when`, when known). `in_title`: text[a:b] is
    a document's own words, where 'of 2015' names another document ('a Protocol amending the Agreement of 2015').
    `verb`: where the verb telling the fact is; a clause about a person counts only if it holds that verb ('X, who
    was awarded the Order in 2022, thanked'). `purpose`: a year inside a purpose clause dates the purpose, not the fact (a
    signing or an award; a visit 'to attend the summit in 2019' is dated by its purpose, so visits leave it off)."""
    low = text[a:b].lower()
    # a letter whose lower case is longer would move the offsets: then the case-blind pattern on the text itself
    found = _EARLIER_LOW.finditer(low) if len(low) == b - a else EARLIER.finditer(text[a:b])
    asides = [(c.start() - a, c.end() - a) for c in _ABOUT_A_PERSON.finditer(text, a, b)
              if verb is None or not c.start() <= verb < c.end()]
    for m in found:
        if any(lo <= m.start() < hi for lo, hi in asides) or (in_title and m.group().lower().startswith("of")):
            continue
        year = m.group(3)
        if purpose and year is not None and _PURPOSE.search(text, a, a + m.start()):
            continue  # PURPOSE_CLAUSE: 'signed a minutes to implement the plan in 2017'
        if m.group(4) is not None:
            if when is not None and _MONTHS.index(m.group(4).lower()[:3]) + 1 < when.month:
                return True
            continue
        if year is None:
            return True
        if when is not None and int(year) < when.year:
            return True
        month = m.group(1) or m.group(2)
        if when is not None and month and int(year) == when.year and _MONTHS.index(month.lower()[:3]) + 1 < when.month:
            return True  # SAME_YEAR_MONTH: 'held in Tehran on 24th of February 2015', of a meeting in April 2015
        if when is None and _BARE_YEAR.match(m.group()):
            return True  # UNDATED_YEAR
    return False


def may_tell_earlier(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] (a sentence) holds any time told_as_earlier reads: most do not, and then no clause of
    theirs needs a look."""
    return _EARLIER_LOW.search(text[a:b].lower()) is not None
