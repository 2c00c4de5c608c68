"""What one line of the meetings list is, and the keyset value of its sort column.

Light on purpose (no SQLAlchemy): the browser draws its first rows from these before the
rest of the store has loaded (store/quick.py).
"""

import datetime as dt
from dataclasses import dataclass

from whomet.store.sides import side_name

# The place sort's value for a meeting with no city: after every place ascending, '' descending
# (store/listing.py sorts on the same expression).
NO_CITY_LAST = "\U0010ffff"


@dataclass(frozen=True)
class MeetingRow:
    id: int
    date: dt.date | None
    city: str | None
    country_code: str | None
    sides: str
    title: str | None
    n_attendees: int
    n_agreements: int
    n_awards: int
    format: str = "in_person"

    @property
    def place(self) -> str:
        if self.format == "video_conference" and not self.city:
            return "Video"
        return self.city or (side_name(self.country_code) if self.country_code else "")


class Cancelled(Exception):
    """A query given up because its caller no longer wants the answer."""


def sort_value(row: MeetingRow, sort: str, direction: str = "asc"):
    """The value of a row's sort column: what `after` takes to fetch the next page."""
    if sort == "place":
        return row.city or (NO_CITY_LAST if direction == "asc" else "")
    return {"date": row.date, "sides": row.sides, "title": row.title,
            "attendees": row.n_attendees, "agreements": row.n_agreements, "awards": row.n_awards}[sort]
