"""The header line ('date YYYY-MM-DD Source: ...'), bylines, datelines and dates in the text."""

from __future__ import annotations

import datetime as dt
import re

from whomet.store.extract.calendar_words import MONTH, MONTH_CAPS, WEEKDAY
from whomet.store.extract.rules import case_blind, decision, guarded, pattern

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_M = MONTH
_WD = WEEKDAY
# ' date 2019-10-29 Source: <publisher>' (the corpus's header line); saved pages keep the date alone, the text
# or page junk right after it on the same line
HEADER = pattern("date.header", r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]+Source:\s*([^\n]*?)\s*(?:\bin English)?\s*$)?",
                 re.I | re.M)
DMY = pattern("date.dmy", rf"(?:\bthe\s+)?\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_M})(?:,?\s+(\d{{4}}))?\b")
# 'July 15, 2021'; 'July, 15 2021' (a comma after the month only with the year: 'In May, 12 officers' is no date)
MDY = pattern("date.mdy", rf"\b({_M})(?:,(?=\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b))?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
                          rf"(?:,?\s+(\d{{4}}))?")
# '14.05.2024', '14/05/2024', '30-06-2005' (one separator throughout): day, month, year
NUMERIC = pattern("date.numeric", r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")


def numeric_date(m: re.Match) -> dt.date | None:
    """The date a NUMERIC match writes; None if it is no calendar day."""
    try:
        return dt.date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    except ValueError:
        return None
# '2024-06-14', and a site's '2014-2-13' without the zeros
ISO = pattern("date.iso", r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
RANGE = pattern("date.range", rf"\b(?:from\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|till|until|-|–)\s+(?:the\s+)?|"
                   rf"(?<![\d.])(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–—&]|and)\s*)\d{{1,2}}(?:st|nd|rd|th)?\s*(?:of\s+)?({_M})"
                   rf"(?:,?\s+(\d{{4}}))?", re.I)
# 'on 12 June', 'on Wednesday, June 12'; the part of the day first: 'on the morning of 12 June'
ON_DATE = pattern("date.on_date", rf"\b[Oo]n\s+(?:{_WD},?\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+"
                                  rf"(?:{_WD},?\s+)?)?(?=\d|{_M}|the\s+\d)")
# a month in capitals only in a dateline ('YEREVAN, MAY 12, ARMENPRESS.'); the country after the city also in
# brackets ('New Delhi [India], June 5 (ANI):')
DATELINE = pattern("date.dateline", rf"\A\s*(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,)[A-ZÀ-Þ][A-Za-zÀ-ÿ' .-]{{1,40}}?(?:,\s*[A-Z][A-Za-z]+(?:[ ][A-Z][a-z]+)?|\s*\[[A-Z][A-Za-z ]{{1,30}}\])?"
                      rf"(?:\s*\([A-Za-z .]{{1,20}}\))?(?:,|\s[/|])\s+"
                      rf"(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_M}|{MONTH_CAPS})|(?:{_M}|{MONTH_CAPS})\s+\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})")
# 'on Friday', 'last Friday', 'on Tuesday last week', and a weekday with no 'on' right after the verb, closing a clause or right before a verb in
# the past ('the ministers met Friday', 'met in Warsaw Tuesday.', 'held at the headquarters here, Monday.', 'the two forces
# Thursday agreed')
# (searched in every meeting's text: only where a weekday, 'today' or 'yesterday' is, through its looser lower-case twin,
# rules.CaseBlind)
RELATIVE = case_blind("date.relative", rf"\b(today|yesterday|the day before yesterday|(?:on\s+)?{_WD}\s+(?:of\s+)?last\s+week|on\s+{_WD}|this\s+{_WD}|last\s+{_WD}|"
                   rf"(?:met|held|signed|visited|received|hosted|arrived|opened|began|concluded)\s+{_WD}|"
                   rf"(?<=[a-z] ){_WD}(?=\s*[.,;])|(?<=[a-z], ){_WD}(?=\s*[.;])|{_WD}(?=\s+(?-i:met|held|[a-z]+ed)\b))\b", re.I)
# 'July 1 to 4, 2024', 'May 12-16, 2024': a range written month first
RANGE_MDY = pattern("date.range_mdy", rf"\b({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|till|until|through|and|&)\s*"
                    rf"\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
# 'from 30 May to 1 June 2024', 'from May 30 to June 1, 2024': a range over two months, the year closing it ('30 May -
# 1 June 2024' reads as 'on 30 May')
RANGE_CROSS = pattern("date.range_cross", rf"\bfrom\s+(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_M})|({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
                      rf"\s*(?:-|–|—|to|till|until|through)\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}|{_M}\s+\d{{1,2}}"
                      rf"(?:st|nd|rd|th)?),?\s+(\d{{4}})\b")
# '2019 03 22', '2016.03.10 / 17:38', '2016/03/10': a date written year, month, day with spaces, stops or slashes (page
# date lines; one separator throughout)
YMD_SPACED = pattern("date.ymd_spaced", r"\b((?:19|20)\d\d)([ ./])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])\b")


# 'the Mexican Federal Police announced on December 11', 'an official statement on March 27', 'Posted on June 14,
# 2024 by': the date of a report about the meeting or of the page, not of the meeting
# 'In a statement released by the Chinese Embassy in Manila on September 28': the one who reported it may come between
REPORTED_ON = pattern("date.reported_on", r"\b(?:announced|said|says|reported|stated|statement|told|published|released|issued|"
                      r"added|noted|informed|[Pp]osted|[Uu]pdated|[Mm]odified|[Uu]ploaded)\s+(?:[a-z]+\s+){0,2}"
                      r"(?:(?<=\bby\s)(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|of|in|and|for)\s+){1,8})?$")
# 'Copyright © 2023 <Outlet>': the year of a page whose dateline gives only 'June 28'
COPYRIGHT_YEAR = pattern("date.copyright_year", r"(?:©|\(c\)|\bCopyright\b)\s*(?:©\s*)?((?:19|20)\d\d)(?!\d|\s*[-–]\s*\d)",
                         re.I)
# 'TEHRAN, June 28 (Xinhua) --', 'RIGA, 23 Sep (LETA) -': a dateline with a date and no year
YEARLESS_DATELINE = pattern("date.yearless_dateline", rf"(?:^|\n|\)\s)\s*[A-ZÀ-Þ][A-ZÀ-Þ' .-]{{1,30}},\s+"
                            rf"(?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,\s+)?"
                            rf"(?:{_M}\s+\d{{1,2}}|\d{{1,2}}\s+{_M})(?!\w|,?\s+\d{{4}})")


# 'follows up on the memorandum ..., signed by both directors on 20 October 2016': a participle after a document
# dates that document, an earlier one (a finite 'was signed on' dates this meeting's signing)
DOCUMENT_SIGNED_ON = pattern("date.document_signed_on", r"\b(?:memorand(?:um|a)|MoU|MOU|agreements?|protocols?|accords?|"
                             r"treaty|treaties|conventions?|declarations?|plans?|programmes?|documents?|pact|deal)\b"
                             r"[^.;]{0,120}?(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bare)(?<!\bbe)"
                             r",?\s+(?:signed|concluded|adopted|ratified)\b[^.;]{0,80}$")


def _document_dated(text: str, at: int) -> bool:
    """Whether the 'on <date>' at text[at] closes a participle after a document ('the memorandum, signed ... on')."""
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 220, 0)
    return "signed" in text[lo:at] and DOCUMENT_SIGNED_ON.search(text, lo, at) is not None


# 'X, who took office on 1 June, met Y yesterday', ', appointed on 2 March,': the day someone took up an office or a body
# was founded, in an apposition, dates that, not the meeting
OFFICE_TAKEN_ON = pattern("date.office_taken_on", r",\s+(?:(?:who|which|whose)\b[^,;.]{0,60}?\b)?(?:appointed|elected|took\s+office|"
                          r"assumed\s+(?:office|(?:his|her|the)\s+(?:post|duties|office))|took\s+over|founded|established|"
                          r"created|sworn\s+in|born)\b[^,;.]{0,40}$")


_OFFICE_WORDS = ("appointed", "elected", "office", "took over", "founded", "established", "created", "sworn", "born")


def _office_taken_on(text: str, at: int) -> bool:
    """Whether the 'on <date>' at text[at] closes an apposition dating an office taken or a body founded."""
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 140, 0)
    clause = text[lo:at]
    return "," in clause and any(w in clause for w in _OFFICE_WORDS) and OFFICE_TAKEN_ON.search(text, lo, at) is not None


def _dates_another(text: str, at: int) -> bool:
    """Whether the 'on <date>' at text[at] dates something other than the meeting: a report, a document signed before,
    a time to come, an office taken, an earlier meeting."""
    return reported_on(text, at) or _document_dated(text, at) or _future_clause(text, at) or _office_taken_on(text, at) \
        or _past_meeting(text, at)


# 'The previous meeting took place on 3 June', 'They last met on 3 June', 'had met on': an earlier meeting's day (not 'the
# first meeting ... on', which may be this one)
PAST_MEETING = pattern("date.past_meeting", r"\b(?:(?:previous|last|earlier|prior|former)\s+(?:[a-z]+\s+)?(?:meeting|session|"
                       r"round|visit|talks|consultations)|last\s+met|had\s+(?:earlier\s+|previously\s+|already\s+|once\s+)?met)\b[^.;]{0,60}$")


_PAST_WORDS = ("previous", "last", "earlier", "prior", "former", "had")


def _past_meeting(text: str, at: int) -> bool:
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 120, 0)
    clause = text[lo:at]
    return any(w in clause for w in _PAST_WORDS) and PAST_MEETING.search(text, lo, at) is not None


def reported_on(text: str, at: int) -> bool:
    """Whether the 'on <date>' at text[at] dates a report ('announced on December 11'), not the meeting."""
    return REPORTED_ON.search(text[max(0, at - 90):at]) is not None


def copyright_ref(text: str) -> dt.date | None:
    """A yearless dateline's date in the year of the page's copyright line; None without either."""
    m = YEARLESS_DATELINE.search(text[:1500])
    years = COPYRIGHT_YEAR.findall(text[-3000:]) if m else []
    if not years:
        return None
    date, _ = parse_date_at(text, m.end() - len(m.group().split(",")[-1].strip()), dt.date(int(years[-1]), 12, 31))
    return date


def make_date(year: int | None, month: int, day: int, ref: dt.date | None) -> dt.date | None:
    try:
        if year is None:
            if ref is None:
                return None
            date = dt.date(ref.year, month, day)
            if (date - ref).days > 60:  # 'On 28 December' in a January release
                date = dt.date(ref.year - 1, month, day)
            return date
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date_at(text: str, pos: int, ref: dt.date | None) -> tuple[dt.date | None, int]:
    """The date starting at pos (DMY, MDY, 14.05.2024 or 2024-05-14), and where it ends; (None, pos) if none."""
    m = NUMERIC.match(text, pos)
    if m:
        d = numeric_date(m)
        return (d, m.end()) if d else (None, pos)
    m = ISO.match(text, pos)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.end()
        except ValueError:
            return None, pos
    m = DMY.match(text, pos)
    if m:
        year = int(m.group(3)) if m.group(3) else None
        return make_date(year, MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)), ref), m.end()
    m = MDY.match(text, pos)
    if m:
        year = int(m.group(3)) if m.group(3) else None
        return make_date(year, MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)), ref), m.end()
    if _CAPS_MONTH.match(text, pos):
        # 'MAY 12', '12 MAY 2024' in a dateline in capitals: the same date written in title case
        piece = text[pos:pos + 24].title()
        m = DMY.match(piece)
        if m:
            year = int(m.group(3)) if m.group(3) else None
            return make_date(year, MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)), ref), pos + m.end()
        m = MDY.match(piece)
        if m:
            year = int(m.group(3)) if m.group(3) else None
            return make_date(year, MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)), ref), pos + m.end()
    return None, pos


_CAPS_MONTH = pattern("date.caps_month", r"(?:\d{1,2}(?:ST|ND|RD|TH|st|nd|rd|th)?\s+)?[A-Z]{3}")


_HEADER_IN_ENGLISH = pattern("date.header_in_english", r"\s+in English$", re.I)


def header(text: str) -> tuple[str | None, dt.date | None, int]:
    """(publisher, date, end offset of the header line) from a 'date ... Source: ...' line."""
    m = HEADER.search(text[:2000])
    if not m:
        return None, None, 0
    try:
        date = dt.date.fromisoformat(m.group(1))
    except ValueError:
        date = None
    publisher = _HEADER_IN_ENGLISH.sub("", m.group(2).strip()) or None if m.group(2) else None
    return publisher, date, m.end()


_BYLINE_CLOSING_DATE = pattern("date.byline_closing_date", rf",\s*(\d{{1,2}}\s+{_M}\s+\d{{4}}|{_M}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\s*$")


def byline(text: str) -> tuple[str | None, dt.date | None, tuple[int, int] | None]:
    """A closing line naming the publisher ('Press Service of ..., 5 September 2018')."""
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    line = stripped[start:].strip()
    if not line or len(line) > 160 or "\n" not in stripped:
        return None, None, None
    date = None
    m = _BYLINE_CLOSING_DATE.search(line)
    name = line
    if m:
        date = first_date(m.group(1), None)
        name = line[:m.start()].strip()
    if line.endswith((".", "!", "?", '"', "”")) and not m:
        return None, None, None
    words = name.split()
    if not words or len(words) > 18 or not name[0].isupper():
        return None, date, (start, len(stripped))
    return name, date, (start, len(stripped))


def first_date(text: str, ref: dt.date | None) -> dt.date | None:
    best = None
    for rx in (DMY, MDY, NUMERIC, ISO):
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), rx, m)
    if best is None:
        return None
    _, rx, m = best
    if rx is NUMERIC:
        return numeric_date(m)
    if rx is ISO:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    date, _ = parse_date_at(text, m.start(), ref)
    return date


# '20 August 2019 ... 00:00:00 (GMT+5)', 'TODAY IS FRIDAY, DECEMBER 14, 2018, 7:13:52 PM': a page's clock, the day the
# page was saved, not the release's date
# (a clock's seconds may run into a unit: '27 February 2020 04:03:42hrs')
_CLOCK_AFTER = pattern("date.page_clock", r"[^\n]{0,12}\n?\s{0,4}\d{1,2}:\d{2}:\d{2}(?!\d)")
_TODAY_IS = pattern("date.today_is", r"\btoday\s+is\s+(?:\w+,?\s+)?$", re.I)


# 'Published: 2014-2-13 21:59:50': a time after a date the line labels as the publication's is the story's, no clock
_PUBLISHED_LABEL = pattern("date.published_label", r"\b(?:[Pp]ublished|[Pp]osted|[Rr]eleased)(?:\s+on)?\s*:?\s*$")


def _page_clock(text: str, m: re.Match) -> bool:
    if _CLOCK_AFTER.match(text, m.end()):
        return _PUBLISHED_LABEL.search(text, max(0, m.start() - 20), m.start()) is None
    return bool(_TODAY_IS.search(text, max(0, m.start() - 30), m.start()))


# 'Updated: 14 June 2024', 'Last modified 14.06.2024': a date line that is not the page's first publication
_UPDATED = pattern("date.updated_line", r"\b(?:[Uu]pdated|[Mm]odified|[Ee]dited|[Rr]evised)\b")
# a line that opens the page's tail (other stories, comments): a date line under it dates another story
_TAIL_LINE = pattern("date.tail_line", r"(?i)^[ \t•*-]*(?:related|more\s+(?:from|news|stories|in)|read\s+(?:also|more)|"
                     r"you\s+may\s+also|don['’]t\s+miss|popular|latest|recent|leave\s+a|comments?\b|tags?\b)")


# '30. jul 2024 19:12': a European site's date line, the day with a stop and the month in small letters (a date line only:
# in a sentence 'may' and 'march' are words)
_DOTTED_DAY = pattern("date.dotted_day_line", r"\b(\d{1,2})\.\s*(jan|feb|mar|apr|ma[jy]|jun|jul|aug|avg|sep|o[ck]t|nov|de[cz])"
                                              r"[a-z]*\.?\s+(\d{4})\b")
_SHORT_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "jun": 6, "jul": 7, "aug": 8, "avg": 8, "sep": 9,
                 "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12}


def _line_date(line: str) -> tuple[int, dt.date] | None:
    """(offset, date) of the first date with a year on a short line (a page's date line), the page's clock left out."""
    found = _first_full(line, len(line))
    if found is None and "." in line:
        m = _DOTTED_DAY.search(line)
        if m:
            try:
                found = m.start(), dt.date(int(m.group(3)), _SHORT_MONTHS[m.group(2)], int(m.group(1)))
            except ValueError:
                return None
    return found


# 'Thu. Sep 19th, 2024', 'Saturday, January 16th, 2021' opening a page, above its headline, with no time: the day a site's
# top bar shows (the day the page was saved), no date of the story. Over dev..dev10 every such line was: the gold dates
# a meeting only the text itself dates (4 releases, 4 sites, whose text gives only 'today', 'on Monday' or nothing were
# left undated), while a date line under the headline ('Monday 19-06-2017 - 10:26 PM') is the story's own
_TODAY_WIDGET = pattern("date.today_widget", r"\A\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+[^\n]*\d{4}[ \t]*$")
_CLOCK_ON_LINE = pattern("date.clock_on_line", r"\d{1,2}:\d{2}")


def today_widget(text: str) -> bool:
    """Whether the page's only date line above its body is a site's top bar ('Thu. Sep 19th, 2024' among the page's first
    short lines, before any line of four words or more): the year of the page, but no day to count 'on Monday', 'today'
    or a release's date from."""
    for line in text.lstrip().split("\n")[:4]:
        if _TODAY_WIDGET.match(line):
            return not _CLOCK_ON_LINE.search(line)
        if len(line.split()) >= 4:
            return False
    return False


def page_date_line(text: str) -> dt.date | None:
    """The page's own date from its date lines (a short line holding a full date): of those above the body (the first
    line of more than 20 words, or of 8 and more closing on a stop), the one nearest the body ('Saturday, 27 July 2024' of a site's clock, then '10 May
    2024, 19:56' of the story); with none above, the first under the body's first paragraph and above the page's tail
    ('22 March 2017' closing the story). An update's line counts only when no other does. None without a date line."""
    above: list[tuple[bool, dt.date]] = []
    below: list[tuple[bool, dt.date]] = []
    in_body = False
    at = 0
    for line in text.split("\n"):
        words = line.split()
        start, at = at, at + len(line) + 1
        if len(words) > 20 or len(words) >= 8 and line.rstrip().endswith((".", "!", "?", ".”", '."')):
            in_body = True  # a paragraph (a short one ends on a stop)
            continue
        if not words or len(words) > 12 or not any(c.isdigit() for c in line):
            if in_body and words and _TAIL_LINE.match(line):
                break
            continue
        found = _line_date(line)
        if found is None:
            continue
        if _CLOCK_AFTER.match(text, start + len(line)) or _TODAY_IS.search(line):
            continue  # '20 August 2019' over a clock on the next line: the day the page was saved
        (below if in_body else above).append((_UPDATED.search(line) is not None, found[1]))
        if in_body:
            break
    for dates in (above, below):
        if dates:
            published = [d for updated, d in dates if not updated]
            return (published or [d for _, d in dates])[-1 if dates is above else 0]
    return None


def first_full_date(text: str) -> dt.date | None:
    """The first date with a year in the text, in any form (reference date when there is no header and no date line,
    page_date_line): a page's own date line ('2024 06 18', 'Monday 14/10/2024', 'May 20, 2025') comes before the dates
    of the story; a page's clock does not count."""
    found = _first_full(text, 600)
    return found[1] if found else None


def _first_full(text: str, iso_within: int) -> tuple[int, dt.date] | None:
    """(offset, date) of the first date with a year in text, in any of the five forms; None without one. One reading for
    a page's date line and for a whole text. A date written day or month first with a clock after it is a site's clock
    (the day the page was saved); one written year first ('2019-09-11 12:24:41') is the page's own time stamp, and
    counts only in text[:iso_within] (near the top: further down it is an identifier, a file's name)."""
    best: tuple[int, dt.date] | None = None
    for rx in (DMY, MDY, NUMERIC, ISO, YMD_SPACED):
        year_first = rx is ISO or rx is YMD_SPACED
        for m in rx.finditer(text, 0, iso_within if year_first else len(text)):
            if best is not None and best[0] <= m.start():
                break
            if not year_first and (rx is not NUMERIC and not m.group(3) or _page_clock(text, m)):
                continue
            if year_first:
                try:
                    d = dt.date(int(m.group(1)), int(m.group(m.re.groups - 1)), int(m.group(m.re.groups)))
                except ValueError:
                    continue
            else:
                d = first_date(m.group(), None)
                if d is None:
                    continue
            best = (m.start(), d)
            break
    return best


def skip_headline(text: str, start: int) -> int:
    """Where the body starts when text[start:] opens with a headline line (short, no closing stop)."""
    nl = text.find("\n", start)
    if nl == -1:
        return start
    line = text[start:nl].strip()
    if not line or line.endswith((".", "!", "?", ":", ";", ",")) or len(line.split()) > 16 or _dateline(line):
        return start
    rest = len(text) - len(text[nl:].lstrip())
    return rest if rest < len(text) else start


RELEASE_DATE = decision("date.release", "no date of the meeting in the text: the release's own date (a guess)")
decision("date.dateline_relative", "a weekday or 'yesterday' after the dateline, counted from the dateline's date")
decision("date.dateline_on_date", "'On <date>' after the dateline")
decision("date.dateline_range", "a date range after the dateline: its first day")


# A meeting is reported within days: a date in the text that a page's own date (`page_dated`) puts after the page or
# more than a month before it is another event's ('appointed on 1 March', 'will enter into force on 1 July')
_WINDOW_BEFORE = dt.timedelta(days=31)
PAGE_WINDOW = decision("date.page_window", "a date in the text more than a month before the page's own date, or after "
                                           "it, dates another event (an appointment, an earlier signing, a date to come)")


def _in_window(d: dt.date, ref: dt.date | None) -> bool:
    return ref is None or ref - _WINDOW_BEFORE <= d <= ref + dt.timedelta(days=1)


# 'The next meeting will be held on 20 June', 'the talks scheduled for': a date to come, not this meeting's
FUTURE_CLAUSE = pattern("date.future_clause", r"\b(?:will|shall|would|upcoming|forthcoming|scheduled|planned|due\s+to|"
                                              r"next\s+(?:meeting|session|round|talks|conference|summit|visit))\b[^.;,]{0,80}$")


_FUTURE_WORDS = ("will", "shall", "would", "upcoming", "forthcoming", "scheduled", "planned", "due", "next")


def _future_clause(text: str, at: int) -> bool:
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 120, 0)
    clause = text[lo:at]
    return any(w in clause for w in _FUTURE_WORDS) and FUTURE_CLAUSE.search(clause) is not None


def meeting_date(text: str, start: int, end: int, ref: dt.date | None, first: bool,
                 page_dated: bool = False) -> tuple[dt.date | None, bool, str]:
    """The date of the meeting told in text[start:end]: (date, explicit 'On <date>' given, rule id). `page_dated`:
    `ref` is the page's own date (its header, byline or date line), which bounds the meeting's (date.page_window).

    The rule `date.release` is the fallback: no date in the text, the release's own date."""
    seg = text[start:end]
    if first:
        body = skip_headline(text, start)
        if body != start and body < end:
            start, seg = body, text[body:end]
        m = _dateline(text[start:start + 120])
        if not m:
            start, m = _dateline_under_junk(text, start, end)
            seg = text[start:end]
        if m:
            d, _ = parse_date_at(text, start + m.end(), ref)
            if d:
                # the dateline dates the release; the text may date the meeting itself
                rest = seg[m.end():]
                rel = RELATIVE.search(rest[:400])
                on = next((o for o in ON_DATE.finditer(rest) if not _dates_another(rest, o.start())), None)
                ranged = _event_range(rest) if on else None
                if on and ranged and ranged.start() < on.start():
                    on = None  # 'held ... from May 12-16, 2009 ... The opening ceremony was held on May 13
                started = _STARTED_ON.search(rest, 0, 800) if rel else None
                if started and not (on and on.start() < started.start()):
                    # 'spoke here on Thursday, the last day of the session, which started on Tuesday and ran for three
                    # days': a meeting of several days is dated by its first
                    resolved = _relative(started.group(1).lower(), d)
                    if resolved:
                        return resolved, True, "date.started_on"
                if rel and rel.group(1).lower() != "today" and not (on and on.start() < rel.start()):
                    resolved = _relative(rel.group(1).lower(), d)
                    return (resolved or d), True, "date.dateline_relative"
                if on:
                    d2, _ = parse_date_at(rest, on.end(), d)
                    if d2 and d2 <= d:
                        return d2, True, "date.dateline_on_date"
                d2 = range_start(rest, d)
                if d2 and d2 <= d:
                    return d2, True, "date.dateline_range"
                return d, True, "date.dateline"
    ranged = rel = False
    for m in ON_DATE.finditer(seg):
        if rel is False:
            rel = RELATIVE.search(seg, 0, m.start()) if ref is not None and "." in seg[:m.start()] else None
        if rel is not None and _relative(rel.group(1).lower(), ref) is not None \
                and seg.rfind(".", rel.end(), m.start()) != -1:
            break  # 'met ... yesterday. The two services first agreed on 3 March 2021': the lead's day dates it
        if ranged is False:
            ranged = _event_range(seg[:m.start()])  # only a range before the first 'on <date>' can outrank it
        if ranged is not None and ranged.start() < m.start():
            break  # 'held ... from May 12-16, 2009 ... The opening ceremony was held on May 13': the range dates it
        if _dates_another(seg, m.start()):
            continue
        d, _ = parse_date_at(seg, m.end(), ref)
        if d and (not page_dated or _in_window(d, ref)):
            return d, True, "date.on_date"
    for m in ATTRIBUTIVE.finditer(seg) if ranged is False or ranged is None else ():
        # 'for the February 27th meeting in Vienna': a date written before the event's noun
        if _dates_another(seg, m.start(1)):
            continue
        d, _ = parse_date_at(seg, m.start(1), ref)
        if d and (not page_dated or _in_window(d, ref)):
            return d, True, "date.attributive"
    found = range_start_at(seg, ref)
    d = found[0] if found and not _future_clause(seg, found[1]) else None
    if d and (not page_dated or ref is None or d >= ref - _WINDOW_BEFORE):
        day = _visit_day(seg, found[1], d, ref)
        if day is not None:
            return day, True, VISIT_DAY
        return d, False, "date.range"  # (a range may be announced before it starts)
    for m in RELATIVE.finditer(seg) if ref is not None else ():
        if reported_on(seg, m.start()):
            continue  # 'the ministry said on Thursday': the day of the report
        word = m.group(1).lower()
        bracket = _BRACKET_DATE.match(seg, m.end())
        if bracket:
            d, _ = parse_date_at(seg, bracket.end(), ref)
            if d:
                return d, True, "date.bracket_date"  # 'today (June 11)': the date the page gives the day
        resolved = _relative(word, ref)
        if resolved is not None:
            return resolved, word != "today", "date.relative"
        break
    return ref, False, RELEASE_DATE


# 'for the February 27th meeting in Vienna', 'the 12 May talks': the day written before the event's noun
# ('the' matched, the day in group 1: the engine scans for its 't', ~5x faster than trying the day's first characters
# with 'the' looked behind)
ATTRIBUTIVE = pattern("date.attributive", rf"\bthe ((?:{_M})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_M})"
                                          rf"(?:,?\s+\d{{4}})?\s+(?:[a-z]+\s+)?(?:meeting|talks|session|visit|consultations|"
                                          rf"conference|summit|signing|round)\b")


VISIT_DAY = decision("date.visit_day", "a visit's range ('is paying a visit to India from 19 to 23 August') and a day the "
                                       "text gives the meeting inside it ('met here today'): that day")


def _visit_day(seg: str, at: int, first: dt.date, ref: dt.date | None) -> dt.date | None:
    """The day a relative word ('today', 'on Tuesday') gives the meeting when the range at seg[at] is a visit's and the
    day falls inside it (from its first day to the page's date); None otherwise."""
    if ref is None or "visit" not in seg[max(0, at - 100):at]:
        return None
    for m in RELATIVE.finditer(seg):
        if reported_on(seg, m.start()):
            continue
        day = _relative(m.group(1).lower(), ref)
        return day if day is not None and first <= day <= ref else None
    return None


# 'today (June 11)', 'on Tuesday (11 June)': the date in brackets after a relative day
_BRACKET_DATE = pattern("date.bracket_date", r"\s*\(\s*(?=\d|[A-Z][a-z]{2})")


# 'Lahore (Pakistan Point News / Online - 13th May, 2024) The ...', 'Georgetown, Guyana – (May 13, 2024) The ...': the
# date inside the credit's brackets after the city
DATELINE_BRACKET = pattern("date.dateline_bracket", rf"\A\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ' .-]{{1,40}}?(?:,\s*[A-Z][A-Za-z]+(?:[ ][A-Z][a-z]+)?)?"
                           rf"\s*(?:[–—-]\s*)?\([^()\n]{{0,60}}?(?=(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_M}|{_M}\s+\d{{1,2}})"
                           rf"[^()\n]{{0,12}}\d{{4}}\s*\))")


# '(Baku, 12 June) The minister ...': the city and the date inside one bracket
DATELINE_IN_BRACKETS = pattern("date.dateline_in_brackets", rf"\A\s*\([A-ZÀ-Þ][A-Za-zÀ-ÿ' .-]{{1,40}}?,\s*"
                                                            rf"(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}|{_M}\s+\d)")


_STARTED_ON = pattern("date.started_on", rf"\b(?:started|began|opened|commenced)\s+(on\s+{_WD})\b(?=[^.]{{0,40}}?"
                                         rf"\b(?:ran|lasted|continued|ended|closed|until|for\s+(?:two|three|four|five|\d)))")


def _dateline(head: str) -> re.Match | None:
    """A dateline opening `head` (the match ends where its date starts); not a page's clock ('TODAY IS FRIDAY,
    DECEMBER 13, 2024')."""
    m = DATELINE.match(head) or (DATELINE_BRACKET.match(head) or DATELINE_IN_BRACKETS.match(head) if "(" in head else None)
    return None if m is None or _TODAY_IS.search(head, 0, m.end()) else m


def _dateline_under_junk(text: str, start: int, end: int) -> tuple[int, re.Match | None]:
    """A dateline opening a line under a page's junk ('Font size: A+ A-', a headline, '14 June 2024, 10:22'): (its
    start, the match); the search ends at the first line that is body text (a long line without one)."""
    at = start
    for _ in range(12):
        nl = text.find("\n", at, end)
        line_end = nl if nl != -1 else end
        if text[at:line_end].strip():
            m = _dateline(text[at:at + 120])
            if m:
                return at, m
            if len(text[at:line_end].split()) > 20:
                break
        if nl == -1:
            break
        at = nl + 1
    return start, None


def _event_range(seg: str) -> re.Match | None:
    """The first date range of an event ('a conference held ... from May 12-16'): it dates the event even when a
    later 'on <date>' dates a ceremony inside it; a visit's range does not ('is paying a working visit to Minsk
    from 21 to 24 November. On 23 November, ... held talks')."""
    m = RANGE.search(seg) or RANGE_MDY.search(seg)
    if m is not None and "visit" in seg[max(0, m.start() - 100):m.start()]:
        return None
    return m


def range_start(seg: str, ref: dt.date | None) -> dt.date | None:
    """The first day of 'from 4 to 6 September' / '18–19 April' / 'from 30 May to 1 June 2024'; None if no range."""
    found = range_start_at(seg, ref)
    return found[0] if found else None


def range_start_at(seg: str, ref: dt.date | None) -> tuple[dt.date | None, int] | None:
    """range_start, with where the range starts in seg; None if no range."""
    m = RANGE.search(seg)
    cross = RANGE_CROSS.search(seg, 0, m.start() if m else len(seg)) if "from " in seg else None
    if cross:
        month = cross.group(2) or cross.group(3)
        return make_date(int(cross.group(5)), MONTHS[month.lower().rstrip(".")], int(cross.group(1) or cross.group(4)),
                         ref), cross.start()
    if not m:
        m2 = RANGE_MDY.search(seg)
        if not m2:
            return None
        year = int(m2.group(3)) if m2.group(3) else None
        return make_date(year, MONTHS[m2.group(1).lower().rstrip(".")], int(m2.group(2)), ref), m2.start()
    year = int(m.group(4)) if m.group(4) else None
    return make_date(year, MONTHS[m.group(3).lower().rstrip(".")], int(m.group(1) or m.group(2)), ref), m.start()


def _relative(word: str, ref: dt.date) -> dt.date | None:
    """'today', 'yesterday', 'on Sunday' resolved against the release date."""
    word = " ".join(word.split())
    if word == "today":
        return ref
    if word == "yesterday":
        return ref - dt.timedelta(days=1)
    if "before yesterday" in word:
        return ref - dt.timedelta(days=2)
    if word.endswith("last week"):
        # 'on Tuesday last week': that weekday of the calendar week before the release's
        wd = WEEKDAYS.get(word.split()[-4 if " of " in word else -3])
        if wd is not None:
            return ref - dt.timedelta(days=ref.weekday() + 7 - wd)
    wd = WEEKDAYS.get(word.split()[-1])
    if wd is not None:
        back = (ref.weekday() - wd) % 7
        if back == 0 and word.startswith("last"):
            back = 7  # 'last Friday' in a Friday release is a week back
        return ref - dt.timedelta(days=back)
    return None


# 'Two days later, on 16 March, ...', 'The next morning, on 5 May, ...': a short lead-in before the date
_LEAD_IN_ON = pattern("date.lead_in_on", rf"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){{0,3}}|Later|Afterwards|Then|Subsequently),\s+on\s+(?:{_WD},?\s+)?")


_NEXT_DAY = pattern("date.next_day", r"\s*(?:On\s+)?(?:the\s+)?(?:(following|next)\s+(?:day|morning|afternoon|evening)|"
                       r"(a|one|two|three|four)\s+days?\s+later|(?:the\s+)?day\s+after|"
                       # 'On the second day of the visit, ...': days after the first, told just before
                       r"(second|third|fourth)\s+day\b(?:\s+of\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?visit)?)\b", re.I)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "second": 1, "third": 2, "fourth": 3}


def next_day_at_start(text: str, start: int, end: int) -> int | None:
    """Days after the previous meeting for a paragraph opening 'The following day, ...'; None otherwise."""
    m = _NEXT_DAY.match(text, start, end)
    if not m:
        return None
    if m.group(2) or m.group(3):
        return _COUNT[(m.group(2) or m.group(3)).lower()]
    return 1


_ON_DATE_OPENING = pattern("date.on_date_at_start_opening", rf"\s*On\s+(?:{_WD},?\s+)?")


def on_date_at_start(text: str, start: int, end: int, ref: dt.date | None) -> dt.date | None:
    """'On 19 September, ...' opening a paragraph: the date, else None."""
    m = _ON_DATE_OPENING.match(text[start:end]) or _LEAD_IN_ON.match(text[start:end])
    if not m:
        return None
    d, _ = parse_date_at(text, start + m.end(), ref)
    return d
