"""Shared by the place and date example tests: extract a text and read its first meeting."""

from whomet.store.extract import extract

# no publisher: no guess from the publisher's side hides what the text itself says
BARE = " date 2024-06-14\n"


def first_meeting(text, head=BARE):
    record = extract(head + text)
    assert record.meetings, text
    return record.meetings[0]


def first_place(text, head=BARE):
    place = first_meeting(text, head).place
    return place.city, place.country
