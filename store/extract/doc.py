"""The state one release passes through the pipeline (pipeline.STAGES): each stage reads and fills it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from whomet.store.extract.people import People, Person
from whomet.store.extract.sides import SideMention
from whomet.store.extract.text import Sentence


@dataclass
class Segment:
    """One meeting the release reports: sentences [first, last) and what the stages found for it."""

    first: int
    last: int
    start: int = 0
    end: int = 0
    item_date: dt.date | None = None  # the date opening a dated item ('9 July 2024 – ...'), set by split_meetings
    date: dt.date | None = None
    date_rule: str | None = None
    video: bool = False
    city: str | None = None
    country: str | None = None
    place_guessed: bool = False
    place_rule: str | None = None
    quarter: str | None = None  # a village or a seat's quarter named as the venue, no city ('the village of X')
    host: str | None = None
    persons: list[Person] = field(default_factory=list)
    same_place: bool = False  # told as another meeting of the same day ('In another engagement'): the place before it
    carried: list[Person] = field(default_factory=list)  # of a meeting before, the subject of 'The Minister also met'
    apart: list[Person] = field(default_factory=list)  # met separately in another meeting told in the same sentence
    delegations: list[dict] = field(default_factory=list)
    sides: list[str] = field(default_factory=list)
    agreements: list[dict] = field(default_factory=list)
    awards: list[dict] = field(default_factory=list)
    built: str | None = None  # the rule that kept a meeting nobody named takes part in (meeting.from_sides)

    @property
    def kept(self) -> bool:
        """A segment with nobody and nothing signed reports no meeting of its own, unless a rule built it."""
        return bool(self.persons or self.agreements or self.built)


@dataclass
class Doc:
    text: str  # the release as given
    work: str = ""  # the part analysed (MAX_CHARS)
    truncated: bool = False
    publisher: str | None = None
    header_date: dt.date | None = None
    header_end: int = 0
    byline_span: tuple[int, int] | None = None
    ref: dt.date | None = None  # the date relative dates count from
    page_dated: bool = False  # ref is the page's own date (header, byline, date line), not a date of the story
    ref_widget: bool = False  # ref is a site's top bar's day (header.today_widget): a year, no day to count from
    pub_side: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    aliases: dict = field(default_factory=dict)
    anchors: dict[int, list[SideMention]] = field(default_factory=dict)
    people: People = field(default_factory=People)
    orgs: dict = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)
    done: bool = False  # a stage found that the text reports no meeting: the later stages have nothing to do

    def source(self) -> dict:
        return {"publisher": self.publisher, "date": self.header_date.isoformat() if self.header_date else None,
                "language": "en"}
