"""What the user asks for: a `MeetingFilter` (the browser's filter pane, the CLI's and the
exports' options), its one-line description, and the SQL conditions it means.

One grammar for every face (browser, CLI, exports): dates take `2019`, `2019-06` or a full
date; the side takes a code or the start of a name, and several sides (`AZE RUS`, `AZE+RUS`,
`AZE, RUS`, `Azerbaijan Russia`) mean meetings where all of them took part. `problems()` says
in words what was not understood; `parse_line()` reads the one-line form that `describe()`
writes (`side:AZE 2019 signed "border"`), for the narrow filter bar.
"""

import datetime as dt
import re
import shlex
from dataclasses import dataclass, replace

from typing import TYPE_CHECKING

from whomet.store.names import fold
from whomet.store.sides import canonical_side, side_name

if TYPE_CHECKING:
    from sqlalchemy import Engine

# The grammar (MeetingFilter, describe, parse_line, date_bound) loads no SQLAlchemy: the browser
# shows its first rows before the SQL side of the store is imported.


@dataclass(frozen=True)
class MeetingFilter:
    """What the filter pane holds. Empty strings and False mean "no filter"."""

    text: str = ""
    date_from: str = ""
    date_to: str = ""
    side: str = ""
    organization: str = ""
    person: str = ""
    topic: str = ""
    signed: bool = False
    awards: bool = False

    def is_empty(self) -> bool:
        return self == MeetingFilter()

    def with_(self, **changes) -> "MeetingFilter":
        return replace(self, **changes)


_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


def date_bound(value: str, end: bool = False) -> dt.date | None:
    """A date from what a user types: '2019' / '2019-06' / '2019-06-14'; the period's end when `end`.

    >>> date_bound("2019"), date_bound("2019-02", end=True), date_bound("20")
    (datetime.date(2019, 1, 1), datetime.date(2019, 2, 28), None)
    """
    m = _DATE.match(value or "")
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        month = int(month)
        if day is None:
            if not end:
                return dt.date(year, month, 1)
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, month, int(day))
    except ValueError:
        return None


def describe(f: MeetingFilter) -> str:
    """The active filters as one line: `"border" side:AZE 2019 signed`; '' when none."""
    parts = []
    if f.text.strip():
        parts.append(f'"{f.text.strip()}"')
    for name in ("side", "organization", "person", "topic"):
        value = getattr(f, name).strip()
        if value:
            label = "org" if name == "organization" else name
            parts.append(f"{label}:{_quoted(value)}")
    lo, hi = date_bound(f.date_from), date_bound(f.date_to, end=True)
    if lo and hi and lo.year == hi.year and (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        parts.append(str(lo.year))
    else:
        if lo:
            parts.append(f"from:{f.date_from.strip()}")
        if hi:
            parts.append(f"to:{f.date_to.strip()}")
    if f.signed:
        parts.append("signed")
    if f.awards:
        parts.append("awards")
    return " ".join(parts)


def _quoted(value: str) -> str:
    return f'"{value}"' if re.search(r"\s", value) else value


_LINE_KEYS = {"side": "side", "org": "organization", "organization": "organization", "person": "person",
              "topic": "topic", "from": "date_from", "to": "date_to", "text": "text"}
_RANGE = re.compile(r"^(\d{4}(?:-\d{1,2}){0,2})?\.\.(\d{4}(?:-\d{1,2}){0,2})?$")


def parse_line(line: str) -> MeetingFilter:
    """The filter a one-line form names (what it does not understand, `problems()` tells).

    `side:AZE+RUS org:"Ministry of X" 2019 signed awards border` -- `key:value` for side, org,
    person, topic, from, to; a year or date (or `2018..2020`) for the dates; `signed`, `awards`;
    anything else is searched as text. The inverse of `describe()`.

    >>> parse_line('side:AZE 2019 signed "drug trafficking"') == MeetingFilter(
    ...     text="drug trafficking", side="AZE", date_from="2019", date_to="2019", signed=True)
    True
    """
    try:
        tokens = shlex.split(line)
    except ValueError:  # an open quote while typing: read it as closed
        try:
            tokens = shlex.split(line + '"')
        except ValueError:
            tokens = line.split()
    values: dict = {}
    words: list[str] = []
    for token in tokens:
        key, sep, value = token.partition(":")
        if sep and key.casefold() in _LINE_KEYS:
            name = _LINE_KEYS[key.casefold()]
            if name == "text":
                words.append(value)
            else:
                values[name] = value
            continue
        folded = token.casefold()
        if folded in ("signed", "awards"):
            values[folded] = True
        elif _DATE.match(token):
            values["date_from"] = values["date_to"] = token
        elif (m := _RANGE.match(token)) and token != "..":
            values["date_from"], values["date_to"] = m.group(1) or "", m.group(2) or ""
        else:
            words.append(token)
    return MeetingFilter(text=" ".join(w for w in words if w), **values)


# -- resolving what the user typed -------------------------------------------

def side_codes(engine: "Engine", value: str) -> list[str]:
    """Side codes one typed side names: a code ('aze', 'europol'), the start of a name ('azer')
    or a whole official name ('Republic of Azerbaijan')."""
    value = value.strip()
    if not value:
        return []
    code = canonical_side(value)
    if code:
        return [code]
    from sqlalchemy import select

    from whomet.store import models

    key = fold(value)
    C = models.Country
    with engine.connect() as conn:
        rows = conn.execute(select(C.code, C.name, C.official_name)).all()
    # Names and codes by prefix; official names only whole ("Republic of ..." would match half the world).
    return [code for code, name, official in rows
            if fold(name).startswith(key) or code.casefold().startswith(key) or (official and fold(official) == key)]


def side_groups(engine: "Engine", value: str) -> tuple[list[list[str]], list[str]]:
    """The sides a side field names, each as the codes it may mean, and the parts not understood.

    `AZE RUS`, `AZE+RUS`, `AZE, RUS` and `Azerbaijan Russia` all give [['AZE'], ['RUS']]: meetings
    where every one took part. A part with spaces is read whole first ('United Arab Emirates'),
    else word by word, the longest run of words that names a side first."""
    groups: list[list[str]] = []
    unknown: list[str] = []
    for part in (p.strip() for p in re.split(r"[+,]", value or "")):
        if not part:
            continue
        codes = side_codes(engine, part)
        if codes:
            groups.append(codes)
            continue
        words, i = part.split(), 0
        while i < len(words):
            for j in range(len(words), i, -1):
                codes = side_codes(engine, " ".join(words[i:j]))
                if codes:
                    groups.append(codes)
                    i = j
                    break
            else:
                unknown.append(words[i])
                i += 1
    return groups, unknown


def one_side(engine: "Engine", value: str) -> tuple[str | None, str | None]:
    """(code, None) when `value` names exactly one side, else (None, why): for a command's --side."""
    groups, unknown = side_groups(engine, value)
    if unknown:
        return None, f"side {value!r}: {', '.join(map(repr, unknown))} names no side (a code like AZE, or a name)"
    if len(groups) != 1:
        return None, f"side {value!r} names {len(groups)} sides; give one"
    codes = groups[0]
    exact = [c for c in codes if fold(side_name(c)) == fold(value) or c.casefold() == value.strip().casefold()]
    if len(codes) > 1 and len(exact) != 1:
        return None, f"side {value!r} may be any of {', '.join(codes[:8])}{' ...' if len(codes) > 8 else ''}; give one"
    return (exact or codes)[0], None


def date_problem(value: str, label: str) -> str | None:
    """Why a typed date is not a date, or None when it is one (or empty)."""
    value = (value or "").strip()
    if not value or date_bound(value) is not None:
        return None
    m = _DATE.match(value)
    if not m:
        return f"{label} {value!r} is not a date: type 2019, 2019-06 or 2019-06-14"
    if m.group(2) and not 1 <= int(m.group(2)) <= 12:
        return f"{label} {value!r}: there is no month {int(m.group(2))}"
    return f"{label} {value!r}: there is no such day"


def problems(engine: "Engine", f: MeetingFilter) -> list[str]:
    """What in the filter was not understood, one line each (the browser shows them, the CLI fails with them)."""
    out = [p for p in (date_problem(f.date_from, "from"), date_problem(f.date_to, "to")) if p]
    lo, hi = date_bound(f.date_from), date_bound(f.date_to, end=True)
    if lo and hi and lo > hi:
        out.append(f"from {f.date_from.strip()} is after to {f.date_to.strip()}: nothing can match")
    _groups, unknown = side_groups(engine, f.side)
    if unknown:
        out.append(f"side: {', '.join(map(repr, unknown))} names no side (a code like AZE, or a name)")
    return out


def has_members(f: MeetingFilter) -> bool:
    """Whether the filter tests membership (a side, organisation, person or topic): what `probe` changes."""
    return bool(f.side.strip() or f.organization.strip() or f.person.strip() or f.topic.strip())


def where_clauses(engine: "Engine", f: MeetingFilter, ordered: bool = False, probe: bool = False) -> list:
    """WHERE clauses for the filter. `ordered` (a page in sort order): membership tests are on
    `meeting.id + 0`, which keeps SQLite walking the sort index and probing the (once-built)
    set of matching ids, instead of fetching every match and sorting them: 140 ms -> 7 ms for
    a common word on 100k meetings.

    `probe` (SQLite, a page): each membership (side, organisation, person, topic) is tested per
    meeting as the sort index is walked, through the meeting's own few rows (`EXISTS` on the
    meeting_id index), instead of building the set of every matching meeting first. For a broad
    filter (person `b`: 76% of the meetings) the page is found after a few dozen meetings, 1 ms
    instead of 70-120 ms at 100k and ten times that at 1M; for a narrow one the walk is long, so
    listing.page gives it a budget and falls back to the sets. Not with merged meetings (the sets)."""
    from sqlalchemy import exists, func, literal, or_, select

    from whomet.store import fts, like, models
    from whomet.store.overlay import canonical_map, visible

    M, D, A, P, PA = models.Meeting, models.Delegation, models.Attendance, models.Person, models.PersonAlias
    where = []
    mid = (M.id + 0) if ordered else M.id
    with engine.connect() as conn:
        canon = canonical_map(conn, M)  # merged report -> its meeting; few, often none
    if canon:
        probe = False
        # A meeting merged into another (one meeting, two sources) is listed as that one: the
        # merged reports (few) are left out by id, and a filter that one of them matches
        # matches its canonical meeting. The reports that match are found first, in a small
        # query, so the list's own query stays a plain walk of the sort index.
        where.append(M.id.not_in(list(canon)))
        plain = mid

        class _Member:
            def in_(self, sub):
                with engine.connect() as conn:
                    hits = {canon[i] for (i,) in conn.execute(select(M.id).where(M.id.in_(list(canon)), M.id.in_(sub)))}
                return or_(plain.in_(sub), plain.in_(sorted(hits))) if hits else plain.in_(sub)
        mid = _Member()

    def member(meeting_id, key, test, text_key: bool = False):
        """Meetings with a row (of meeting_id's table) whose `key` passes `test`. Probing, the key is
        wrapped (`+ 0`, `|| ''`) so SQLite reaches the meeting's rows by meeting_id, not by key."""
        if probe:
            unindexed = key.concat("") if text_key else key + 0
            return exists(select(literal(1)).where(meeting_id == M.id, *test(unindexed)))
        return mid.in_(select(meeting_id).where(*test(key)))

    match = fts.matches(f.text, engine.dialect.name, column=mid)
    if match is not None:
        where.append(match)
    lo, hi = date_bound(f.date_from), date_bound(f.date_to, end=True)
    if lo:
        where.append(M.date >= lo)
    if hi:
        where.append(M.date <= hi)
    # "AZE RUS", "AZE+RUS", "AZE, RUS": meetings where every one of those sides took part.
    groups, unknown = side_groups(engine, f.side)
    for codes in groups:
        where.append(member(D.meeting_id, D.side, lambda key, codes=codes: [key.in_(codes)], text_key=True))
    if unknown:
        where.append(False)  # a side not understood matches nothing (problems() says why)
    if f.organization.strip():
        key = like.contains(fold(f.organization))
        O, OA = models.Organization, models.OrganizationAlias
        org_ids = select(O.id).where(or_(O.key.like(key, escape=like.ESCAPE),
                                         func.lower(O.acronym).like(key, escape=like.ESCAPE))).union(
            select(OA.organization_id).where(OA.key.like(key, escape=like.ESCAPE)))
        where.append(member(D.meeting_id, D.organization_id, lambda k: [k.in_(org_ids)]))
    if f.person.strip():
        key = like.contains(fold(f.person))
        people = select(P.id).where(P.key.like(key, escape=like.ESCAPE)).union(
            select(PA.person_id).where(PA.key.like(key, escape=like.ESCAPE)))
        where.append(member(A.meeting_id, A.person_id, lambda k: [k.in_(people), visible(A)]))
    if f.topic.strip():
        T, MT = models.Topic, models.MeetingTopic
        topics = select(T.id).where(T.key.like(like.contains(fold(f.topic)), escape=like.ESCAPE))
        where.append(member(MT.meeting_id, MT.topic_id, lambda k: [k.in_(topics)]))
    if f.signed:
        where.append(M.n_agreements > 0)
    if f.awards:
        where.append(M.n_awards > 0)
    return where
