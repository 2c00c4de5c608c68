"""The browser's filters as command-line options, shared by every command that selects meetings
(export, top, dyad): the same names, the same grammar (store/filters.py), the same meetings."""

import functools

import click

from whomet.tui.context import fail

FILTER_OPTIONS = (
    click.option("--side", default="", metavar="SIDE", help="A side's code or name; AZE+RUS for meetings where both took part."),
    click.option("--from", "date_from", default="", metavar="DATE", help="From this date: 2019, 2019-06 or 2019-06-14."),
    click.option("--to", "date_to", default="", metavar="DATE", help="Up to this date (the whole year or month when shorter)."),
    click.option("--person", default="", metavar="NAME", help="Meetings a person took part in (part of a name)."),
    click.option("--org", "organization", default="", metavar="NAME", help="Meetings of an organisation (part of a name or acronym)."),
    click.option("--query", "text", default="", metavar="WORDS", help="Full-text search, as the browser's / search."),
    click.option("--topic", default="", metavar="TOPIC", help="Meetings on a topic (part of its name)."),
    click.option("--signed", is_flag=True, help="Only meetings where something was signed."),
    click.option("--awards", is_flag=True, help="Only meetings where awards were handed."),
)

_FIELDS = ("side", "date_from", "date_to", "person", "organization", "text", "topic", "signed", "awards")


def filter_options(func):
    """Add the filter options; the command receives one `meeting_filter` argument instead."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        values = {name: kwargs.pop(name) for name in _FIELDS}
        kwargs["meeting_filter"] = values
        return func(*args, **kwargs)

    for option in reversed(FILTER_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


def build_filter(store, values: dict):
    """A MeetingFilter from the options, or one clear line and exit 1 for a value that cannot mean anything."""
    import re

    from whomet.store import MeetingFilter, date_bound

    for name, option in (("date_from", "--from"), ("date_to", "--to")):
        if values[name].strip() and date_bound(values[name]) is None:
            fail(f"{option}: {values[name]!r} is not a date (2019, 2019-06 or 2019-06-14)")
    for part in (p.strip() for p in re.split(r"[+,]", values["side"]) if p.strip()):
        if not store.side_codes(part):
            fail(f"--side: no side matches {part!r}")
    return MeetingFilter(**values)
