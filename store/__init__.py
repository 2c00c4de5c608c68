"""whomet's data layer: the store, the meeting-record format, import, extraction, queries.

This module is the store's public face: the browser and the commands import what they
need from `whomet.store` and nothing deeper (tests/test_import_graph.py holds that line),
and nothing in this package imports Textual. Names load on first use, so
`whomet --help` does not pay for SQLAlchemy or the extractor.
"""

from importlib import import_module

ENV_VAR = "WHOMET_DB"  # names the store when --db is not given

# public name -> module (under whomet.store) that defines it
_PUBLIC = {
    "Store": "api",
    "StoreError": "db",
    "first_line": "db",
    "LimitError": "limits",
    "MAX_ID": "limits",
    "MAX_LIMIT": "limits",
    "OutputError": "output",
    "atomic_output": "output",
    "default_path": "locate",
    "first_rows": "quick",
    "MeetingFilter": "filters",
    "date_bound": "filters",
    "date_problem": "filters",
    "describe_filter": "filters",
    "parse_filter_line": "filters",
    "PAGE": "listing",
    "SORTS": "listing",
    "Cancelled": "rows",
    "sort_value": "rows",
    "MeetingRow": "rows",
    "MeetingDetail": "queries",
    "MemberDetail": "queries",
    "PersonProfile": "queries",
    "PersonHit": "queries",
    "Counterpart": "queries",
    "GroupReport": "reports",
    "Dyad": "dyad",
    "DyadMeeting": "dyad",
    "Ranking": "centrality",
    "EventType": "eventtype",
    "event_type": "eventtype",
    "EXPORT_FORMATS": "exchange",
    "Link": "graph",
    "Target": "search",
    "InputError": "inputs",
    "RELEASE_SUFFIXES": "inputs",
    "RECORD_SUFFIXES": "inputs",
    "read_text": "inputs",
    "read_release": "inputs",
    "AliasError": "aliases",
    "JudgementError": "judgements",
    "JudgementView": "judgements",
    "Decision": "decisions",
    "Candidate": "resolve",
    "side_name": "sides",
    "canonical_side": "sides",
    "fold": "names",
    "extract_release": "extract",
    "extract_checked": "extract",
    "extract_facts": "extract.explain",
    "evaluate_dir": "evaluate",
    "EvalReport": "evaluate",
    "evaluate_rules": "rule_scores",
}

# Names whose defining function is called something else in its module.
_RENAMED = {"extract_release": "extract", "describe_filter": "describe", "extract_facts": "facts",
            "EXPORT_FORMATS": "FORMATS", "parse_filter_line": "parse_line"}


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'whomet.store' has no attribute {name!r}")
    value = getattr(import_module(f"whomet.store.{module}"), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_PUBLIC])


__all__ = ["ENV_VAR", *_PUBLIC]
