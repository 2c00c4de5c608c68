"""The store's tables.

Entities (country, organization, person, topic) are resolved on write: each has a
`key`, its name folded by store.names.fold, and one row per key, so that who-met-whom
joins work across releases. Alias rows map further keys onto the same entity.

Facts (meeting, delegation, attendance, agreement, award) point back at their source
and, where extraction found them, the character span of the release text.

Meetings carry a few denormalised columns (sides, counts) because the browser lists
and sorts 100,000 of them and must not aggregate per row to do it.
"""

import datetime as dt
from typing import Optional

from sqlalchemy import text
from sqlmodel import Field, Index, SQLModel, UniqueConstraint


class Country(SQLModel, table=True):
    """A side: an ISO 3166-1 alpha-3 country or an international body's short name."""

    code: str = Field(primary_key=True, max_length=16)
    name: str
    official_name: Optional[str] = None
    is_body: bool = False


class Organization(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("key", "country_code"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    key: str = Field(index=True)
    acronym: Optional[str] = None
    country_code: Optional[str] = Field(default=None, foreign_key="country.code", index=True)
    # Set by store.overlay from `same` judgements: the id this one resolves to (NULL: itself).
    canonical_id: Optional[int] = Field(default=None, index=True)


class OrganizationAlias(SQLModel, table=True):
    __tablename__ = "organization_alias"
    __table_args__ = (UniqueConstraint("key", "country_code"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    organization_id: int = Field(foreign_key="organization.id", index=True)
    name: str
    key: str
    country_code: Optional[str] = Field(default=None, foreign_key="country.code")


class Person(SQLModel, table=True):
    """A named official. Keyed by folded name and side: the same name on two sides is two people."""

    __table_args__ = (UniqueConstraint("key", "side"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    key: str = Field(index=True)
    side: Optional[str] = Field(default=None, foreign_key="country.code", index=True)
    # Set by store.overlay from `same` judgements: the id this one resolves to (NULL: itself).
    canonical_id: Optional[int] = Field(default=None, index=True)


class PersonAlias(SQLModel, table=True):
    __tablename__ = "person_alias"
    __table_args__ = (UniqueConstraint("key", "side"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    name: str
    key: str = Field(index=True)
    side: Optional[str] = Field(default=None, foreign_key="country.code")


class ImportedFile(SQLModel, table=True):
    __tablename__ = "imported_file"
    """One file that an import read in full; its sha256 makes a second import of it a no-op."""

    id: Optional[int] = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True)
    path: str
    kind: str  # record | release | record+release
    records: int = 0
    meetings: int = 0
    # Set by the database, so Core bulk inserts get it too.
    imported_at: Optional[dt.datetime] = Field(default=None, sa_column_kwargs={"server_default": text("CURRENT_TIMESTAMP")})


class Source(SQLModel, table=True):
    """One press release or hand-curated record: the `source` of a meeting record."""

    id: Optional[int] = Field(default=None, primary_key=True)
    file_id: Optional[int] = Field(default=None, foreign_key="imported_file.id", index=True)
    ordinal: int = 0  # position within its file
    publisher: Optional[str] = Field(default=None, index=True)
    date: Optional[dt.date] = None
    language: Optional[str] = None
    path: Optional[str] = None  # as the record names its release, or the release file imported
    release_sha256: Optional[str] = Field(default=None, index=True)
    text: Optional[str] = None  # the release text, when whomet has it


# The meeting list's sort indexes (store.migrations adds them to stores made before them).
SORT_INDEXES = ("ix_meeting_city_id", "ix_meeting_sides_id", "ix_meeting_title_id", "ix_meeting_attendees_id",
                "ix_meeting_agreements_id", "ix_meeting_awards_id")


class Meeting(SQLModel, table=True):
    __table_args__ = (
        Index("ix_meeting_date_id", "date", "id"),
        Index("ix_meeting_country_date", "country_code", "date"),
        # Every other sort of the list is a keyset walk of its own index, never a sort of all
        # matches; the n_* ones also count "signed" / "awards" without reading the table.
        Index("ix_meeting_city_id", "city", "id"),
        Index("ix_meeting_sides_id", "sides", "id"),
        Index("ix_meeting_title_id", "title", "id"),
        Index("ix_meeting_attendees_id", "n_attendees", "id"),
        Index("ix_meeting_agreements_id", "n_agreements", "id"),
        Index("ix_meeting_awards_id", "n_awards", "id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    ordinal: int = 0  # position within its source record
    date: Optional[dt.date] = None
    title: Optional[str] = None
    kind: Optional[str] = None
    format: str = "in_person"
    city: Optional[str] = None
    country_code: Optional[str] = Field(default=None, foreign_key="country.code")
    sides: str = ""  # "AZE · RUS": sorted side codes, for listing and sorting
    n_attendees: int = 0
    n_agreements: int = 0
    n_awards: int = 0
    # Fallbacks, not read from the text (the record's `guessed` marks): the date is the release's,
    # the place the host's or the publisher's. The meeting screen lists them for review.
    date_guessed: bool = False
    place_guessed: bool = False
    # Set by store.overlay from `same` judgements: the meeting this report is one source of (NULL: itself).
    canonical_id: Optional[int] = Field(default=None, index=True)


class Delegation(SQLModel, table=True):
    __table_args__ = (Index("ix_delegation_side_meeting", "side", "meeting_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    ordinal: int = 0
    side: str = Field(foreign_key="country.code")
    organization_id: Optional[int] = Field(default=None, foreign_key="organization.id", index=True)
    organization_name: Optional[str] = None  # as written in this source
    host: bool = False


class Attendance(SQLModel, table=True):
    """A person taking part in a meeting for a delegation, with rank and position as then written."""

    __table_args__ = (
        Index("ix_attendance_person_meeting", "person_id", "meeting_id"),
        Index("ix_attendance_meeting", "meeting_id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", index=True)
    meeting_id: int = Field(foreign_key="meeting.id")
    person_id: int = Field(foreign_key="person.id")
    ordinal: int = 0
    name: str  # as written in this source
    rank: Optional[str] = None
    position: Optional[str] = None
    head: bool = False
    span_start: Optional[int] = None
    span_end: Optional[int] = None
    # Provenance from the extractor: the rules (store/extract/rules.py) that found the person, gave
    # the side and made the head, and whether the side is a fallback (the host's) rather than read.
    rule: Optional[str] = None
    side_rule: Optional[str] = None
    head_rule: Optional[str] = None
    side_guessed: bool = False


class ParticipantGroup(SQLModel, table=True):
    __tablename__ = "participant_group"
    id: Optional[int] = Field(default=None, primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", index=True)
    ordinal: int = 0
    text: str


class Agreement(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    ordinal: int = 0
    title: Optional[str] = None
    kind: str = Field(default="other", index=True)
    span_start: Optional[int] = None
    span_end: Optional[int] = None
    rule: Optional[str] = None  # the extractor's rule that found it


class AgreementParty(SQLModel, table=True):
    __tablename__ = "agreement_party"
    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True)
    ordinal: int = Field(default=0, primary_key=True)
    side: str = Field(foreign_key="country.code", index=True)


class Award(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    ordinal: int = 0
    award: Optional[str] = None
    kind: str = "other"
    giver_id: Optional[int] = Field(default=None, foreign_key="person.id", index=True)
    giver_name: Optional[str] = None  # as written
    giver_side: Optional[str] = Field(default=None, foreign_key="country.code")
    recipient_group: Optional[str] = None
    recipient_side: Optional[str] = Field(default=None, foreign_key="country.code")
    span_start: Optional[int] = None
    span_end: Optional[int] = None
    rule: Optional[str] = None  # the extractor's rule that found it


class AwardRecipient(SQLModel, table=True):
    __tablename__ = "award_recipient"
    award_id: int = Field(foreign_key="award.id", primary_key=True)
    ordinal: int = Field(default=0, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    name: str  # as written


class Topic(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)


class MeetingTopic(SQLModel, table=True):
    __tablename__ = "meeting_topic"
    meeting_id: int = Field(foreign_key="meeting.id", primary_key=True)
    ordinal: int = Field(default=0, primary_key=True)
    topic_id: int = Field(foreign_key="topic.id", index=True)
    # As this meeting wrote it: topics resolve by folded name ('Border' is 'border'), and an
    # export gives back each record's own spelling. NULL in stores made before it (schema 4).
    name: Optional[str] = None


class Judgement(SQLModel, table=True):
    """One decision of an analyst (or of automatic resolution) about the extracted facts.

    Decisions are kept beside what the extractor or a record said, never written over it:
    store.overlay derives canonical ids and hidden/added facts from the active ones. Subjects
    are stable keys (store.judgements: folded name and side, release sha and meeting ordinal),
    not row ids, so a decision survives re-extraction and travels between stores."""

    id: Optional[int] = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)  # shared between stores: import is idempotent on it
    kind: str = Field(index=True)  # same | not_same | unsure | drop | side | head | not_head | rank | position | ...
    entity: str  # person | organization | meeting | attendee | agreement | award
    subject: str = Field(index=True)
    other: Optional[str] = Field(default=None, index=True)  # the second subject of an identity judgement
    value: Optional[str] = None  # JSON: what a correction sets or adds
    source: str = "user"  # user | auto
    rule: Optional[str] = None  # for auto: the rule that matched
    note: Optional[str] = None
    created_at: str  # ISO 8601, UTC
    active: bool = True
    retracted_at: Optional[str] = None
    status: str = "pending"  # applied | orphaned | conflict | redundant | inactive (kept by store.overlay)


class JudgedFact(SQLModel, table=True):
    """What the active judgements do to the fact tables: a row hidden, or a row added by hand.
    Derived: store.overlay rebuilds it whenever judgements change or facts are replaced."""

    __tablename__ = "judged_fact"
    __table_args__ = (Index("ix_judged_fact_row", "tbl", "row_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    judgement_id: Optional[int] = Field(default=None, index=True)
    tbl: str  # attendance | agreement | award | delegation | person
    row_id: int
    effect: str  # hidden | added
    meeting_id: Optional[int] = None


class SchemaVersion(SQLModel, table=True):
    __tablename__ = "schema_version"
    """One row: the schema version of this store, for upgrades."""

    id: int = Field(default=1, primary_key=True)
    version: int
