"""The meeting record: the one interchange format of ../shared/corpus/SCHEMA.md.

Extraction prints it, import reads it, export writes it, the gold files use it. These
pydantic models validate a record and say which field is wrong and why; `parse_record`
turns pydantic's report into one line a user can act on.

Beyond SCHEMA.md a record may carry provenance, which export writes back only when
present: `span` ([start, end) character offsets into the release text) on members,
agreements and awards, and `source.sha256` / `source.path` naming the release. The
extractor adds the ids of the rules that produced a fact (store/extract/rules.py): `rule`
on members, agreements and awards, `side_rule` and `head_rule` on members; and `guessed:
true` where a value is a fallback rather than read from the text (a member's side taken
from the host, a meeting's date from the release date, a place from the host or publisher).
Absent, they are not written, so a record without them dumps as it was read.
"""

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from whomet.store.limits import FIELD_ENV, max_field_chars
from whomet.store.names import fold
from whomet.store.sides import canonical_side

AGREEMENT_KINDS = ("protocol", "plan", "memorandum", "agreement", "programme", "roadmap", "statement", "other")
AWARD_KINDS = ("medal", "order", "badge", "certificate", "diploma", "gift", "other")
FORMATS = ("in_person", "video_conference")

Offset = Annotated[int, Field(ge=0, le=2**63 - 1)]  # a character offset; the store keeps 64-bit integers
Span = Annotated[list[Offset], Field(min_length=2, max_length=2)]


class RecordError(ValueError):
    """A record that does not fit the format; the message names the field and the problem."""


def _side(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"side must be a string, got {type(value).__name__}")
    code = canonical_side(value)
    if code is None:
        raise ValueError(f"unknown side code {value!r} (ISO 3166-1 alpha-3 or an international body)")
    return code


def _span_order(value: Any) -> Any:
    if value is not None and value[0] > value[1]:
        raise ValueError(f"span {value}: start after end ([start, end) offsets)")
    return value


def _text(value: Any) -> Any:
    # Strip surrounding blanks; an empty string means "not stated". (Called for every text field
    # of every record an import reads: kept to one expression.)
    return (value.strip() or None) if type(value) is str else value


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class Source(_Model):
    publisher: str | None = None
    date: dt.date | None = None
    language: str | None = "en"
    sha256: str | None = None
    path: str | None = None

    _clean = field_validator("publisher", "language", "sha256", "path", mode="before")(_text)


class Place(_Model):
    city: str | None = None
    country: str | None = None
    guessed: bool | None = None

    _clean = field_validator("city", mode="before")(_text)

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, value: Any) -> str | None:
        value = _text(value)
        return None if value is None else _side(value)


class Member(_Model):
    name: str = Field(min_length=1)
    rank: str | None = None
    position: str | None = None
    head: bool = False
    span: Span | None = None
    rule: str | None = None
    side_rule: str | None = None
    head_rule: str | None = None
    guessed: bool | None = None

    _clean = field_validator("rank", "position", mode="before")(_text)
    _span = field_validator("span")(_span_order)


class Delegation(_Model):
    side: str
    organization: str | None = None
    host: bool = False
    members: list[Member] = []
    groups: list[str] = []

    _side = field_validator("side", mode="before")(lambda value: _side(value))
    _clean = field_validator("organization", mode="before")(_text)

    @field_validator("groups")
    @classmethod
    def _groups(cls, value: list[str]) -> list[str]:
        return value if all(value) else [g for g in value if g]  # already stripped (str_strip_whitespace)


class Agreement(_Model):
    title: str | None = None
    kind: Literal[AGREEMENT_KINDS] = "other"  # type: ignore[valid-type]
    parties: list[str] = []
    span: Span | None = None
    rule: str | None = None

    _clean = field_validator("title", mode="before")(_text)
    _span = field_validator("span")(_span_order)

    @field_validator("parties", mode="before")
    @classmethod
    def _parties(cls, value: Any) -> Any:
        return [_side(v) for v in value] if isinstance(value, list) else value


class Award(_Model):
    award: str | None = None
    kind: Literal[AWARD_KINDS] = "other"  # type: ignore[valid-type]
    giver: str | None = None
    giver_side: str | None = None
    recipients: list[str] = []
    recipient_group: str | None = None
    recipient_side: str | None = None
    span: Span | None = None
    rule: str | None = None

    _clean = field_validator("award", "giver", "recipient_group", mode="before")(_text)
    _span = field_validator("span")(_span_order)

    @field_validator("giver_side", "recipient_side", mode="before")
    @classmethod
    def _sides(cls, value: Any) -> str | None:
        value = _text(value)
        return None if value is None else _side(value)


class Meeting(_Model):
    date: dt.date | None = None
    title: str | None = None
    kind: str | None = None
    format: Literal[FORMATS] = "in_person"  # type: ignore[valid-type]
    place: Place = Place()
    delegations: list[Delegation] = []
    agreements: list[Agreement] = []
    awards: list[Award] = []
    topics: list[str] = []
    guessed: bool | None = None  # the date is the release's, not one the text gives
    # a meeting the extractor built by a fallback rule (the text tells one but names nobody taking part): the rule's id
    rule: str | None = None

    _clean = field_validator("title", "kind", mode="before")(_text)

    @field_validator("place", mode="before")
    @classmethod
    def _place(cls, value: Any) -> Any:
        return Place() if value is None else value

    @field_validator("topics")
    @classmethod
    def _topics(cls, value: list[str]) -> list[str]:
        # A topic is an entity resolved by its folded name: "Border" and "border" are one topic, once.
        kept: dict[str, str] = {}
        for topic in (s.strip() for s in value):
            if topic:
                kept.setdefault(fold(topic), topic)
        return list(kept.values())


class Record(_Model):
    """One press release (or one hand-curated entry) and the meetings it reports."""

    source: Source = Source()
    meetings: list[Meeting] = []

    @model_validator(mode="before")
    @classmethod
    def _shape(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError(f"a record is a JSON object, got {_json_type(value)}")
        if "meetings" not in value:
            raise ValueError("a record needs a 'meetings' list")
        if value.get("source") is None:
            value = {**value, "source": {}}
        return value

    def dump(self) -> dict:
        """The record as JSON-ready data, in SCHEMA.md's field order; provenance only where known."""
        data = self.model_dump(mode="json")
        _drop_empty_provenance(data)
        return data


PROVENANCE = ("span", "sha256", "path", "rule", "side_rule", "head_rule", "guessed")


def _drop_empty_provenance(data: Any) -> None:
    if isinstance(data, dict):
        for key in PROVENANCE:
            # `guessed: false` says what absence says (read from the text), as the store keeps it.
            if key in data and (data[key] is None or (key == "guessed" and data[key] is False)):
                del data[key]
        for value in data.values():
            _drop_empty_provenance(value)
    elif isinstance(data, list):
        for value in data:
            _drop_empty_provenance(value)


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _location(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _oversized(data: Any, limit: int) -> str | None:
    """Where the first string longer than `limit` is, and how long; walked without recursion."""
    stack = [((), data)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, str):
            if len(value) > limit:
                return f"{_location(loc) + ': ' if loc else ''}{len(value):,} characters, more than {limit:,} ({FIELD_ENV})"
        elif isinstance(value, dict):
            stack.extend(((*loc, k), v) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend(((*loc, i), v) for i, v in reversed(list(enumerate(value))))
    return None


def parse_record(data: Any) -> Record:
    """Validate one record; a RecordError names the first bad field and what is wrong with it.

    A string longer than the field cap (WHOMET_MAX_FIELD_CHARS) is refused before validation:
    one 500 MB title would otherwise slow every search and screen that touches it."""
    too_long = _oversized(data, max_field_chars())
    if too_long:
        raise RecordError(too_long)
    try:
        return Record.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = _location(tuple(p for p in error["loc"] if p not in ("function-after", "function-before")))
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] in ("date_from_datetime_parsing", "date_parsing", "date_from_datetime_inexact", "date_type"):
            message = f"invalid date {error.get('input')!r} (expected YYYY-MM-DD)"
        elif error["type"] == "literal_error":
            message = f"{error.get('input')!r} is not one of: {error['ctx']['expected']}"
        extra = f" (+{len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise RecordError(f"{where + ': ' if where else ''}{message}{extra}") from None
