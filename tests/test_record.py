"""The meeting-record format: what validates, and what the error says when it does not."""

import json

import pytest

from whomet.store.record import RecordError, parse_record
from tests.conftest import FIXTURES


def minimal(**meeting):
    return {"source": {"publisher": "MIA", "date": "2019-10-29"},
            "meetings": [{"date": "2019-10-29", "delegations": [{"side": "RUS", "members": [{"name": "A B"}]}],
                          **meeting}]}


def test_fixture_gold_records_validate_and_dump_stably():
    for path in sorted((FIXTURES / "gold").glob("*.json")):
        record = parse_record(json.loads(path.read_text()))
        assert parse_record(record.dump()).dump() == record.dump(), path


def test_side_codes_are_canonicalised():
    record = parse_record(minimal(delegations=[{"side": "rus"}, {"side": "europol"}]))
    assert [d.side for d in record.meetings[0].delegations] == ["RUS", "Europol"]


def test_bodies_beyond_police_ones_are_sides():
    # SCHEMA.md: an international organisation is filed under its usual short name; customs,
    # regional and financial-intelligence bodies meet police agencies as often as INTERPOL does.
    record = parse_record(minimal(delegations=[{"side": "wco"}, {"side": "Caricom"}, {"side": "EAPCCO"}]))
    assert [d.side for d in record.meetings[0].delegations] == ["WCO", "CARICOM", "EAPCCO"]


@pytest.mark.parametrize("change, message", [
    ({"date": "2019-13-01"}, "meetings[0].date: invalid date '2019-13-01'"),
    ({"delegations": [{"side": "XYZ"}]}, "meetings[0].delegations[0].side: unknown side code 'XYZ'"),
    ({"format": "zoom"}, "meetings[0].format: 'zoom' is not one of"),
    ({"agreements": [{"kind": "treaty"}]}, "meetings[0].agreements[0].kind: 'treaty' is not one of"),
    ({"delegations": [{"side": "RUS", "members": [{"name": 7}]}]}, "meetings[0].delegations[0].members[0].name"),
    ({"awards": [{"kind": "medal", "recipient_side": "ZZZ"}]}, "meetings[0].awards[0].recipient_side: unknown side"),
])
def test_errors_name_the_field_and_the_problem(change, message):
    with pytest.raises(RecordError) as info:
        parse_record(minimal(**change))
    assert str(info.value).startswith(message)


@pytest.mark.parametrize("data, message", [
    ([], "a record is a JSON object, got a list"),
    ("x", "a record is a JSON object, got a string"),
    ({"source": {}}, "a record needs a 'meetings' list"),
    ({"meetings": "none"}, "meetings: Input should be a valid list"),
])
def test_wrong_shapes(data, message):
    with pytest.raises(RecordError, match=message):
        parse_record(data)


def test_provenance_is_written_only_when_known():
    record = parse_record(minimal())
    member = record.dump()["meetings"][0]["delegations"][0]["members"][0]
    assert "span" not in member and "sha256" not in record.dump()["source"]
    with_span = minimal(delegations=[{"side": "RUS", "members": [{"name": "A B", "span": [3, 6]}]}])
    assert parse_record(with_span).dump()["meetings"][0]["delegations"][0]["members"][0]["span"] == [3, 6]
