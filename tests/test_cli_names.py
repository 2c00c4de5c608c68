"""Names and sides on the command line: no guessing, every candidate listed, one side grammar (issue 10)."""

import json

from click.testing import CliRunner

from whomet.store import MeetingFilter, Store
from whomet.store.importer import import_records
from whomet.store.record import parse_record
from whomet.tui.cli import main


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def ivans(engine):
    members = [("Ivan Petrov", "RUS"), ("Ivan Sidorov", "RUS"), ("Ivan Petrov", "BLR"), ("Ivanka Kova", "SRB")]
    record = {"source": {"publisher": "MIA", "date": "2021-03-04"}, "meetings": [{
        "date": "2021-03-04", "title": "Talks", "place": {"city": "Minsk", "country": "BLR"},
        "delegations": [{"side": side, "members": [{"name": name}]} for name, side in members]
        + [{"side": "KAZ", "members": [{"name": "Askar Zhunusov"}]}]}]}
    report = import_records(engine, [parse_record(record)])
    assert not report.failed


def test_who_met_a_single_letter_is_no_such_person(world, db_path):
    result = run(db_path, "who-met", "a")
    assert result.exit_code == 1
    assert result.stderr.strip() == "whomet: no such person: 'a'"


def test_who_met_a_typo_offers_but_does_not_take_the_closest_name(world, db_path):
    result = run(db_path, "who-met", "Bachurn")
    assert result.exit_code == 1
    assert "no such person: 'Bachurn'; closest names: Sergey Bachurin" in result.stderr


def test_who_met_lists_every_ivan_and_asks_to_choose(engine, db_path):
    ivans(engine)
    result = run(db_path, "who-met", "Ivan")
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert "'Ivan' names 3 people" in line and "give the full name or --side" in line
    assert line.count("Ivan Petrov") == 2 and "Ivan Sidorov" in line and "Ivanka" not in line
    shared = run(db_path, "who-met", "Ivan", "Petrov")
    assert shared.exit_code == 1 and "names 2 people" in shared.stderr
    one = run(db_path, "who-met", "--json", "--side", "Belarus", "Ivan", "Petrov")
    assert one.exit_code == 0, one.stderr
    assert json.loads(one.output)["person"]["side"] == "BLR"


def test_who_met_by_an_exact_alias_is_not_a_closest_match(world, db_path):
    assert run(db_path, "alias", "S. Bachurin", "Sergey Bachurin").exit_code == 0
    result = run(db_path, "who-met", "S. Bachurin")
    assert result.exit_code == 0
    assert "closest" not in result.output and "also known as 'S. Bachurin'" in result.output


def test_side_by_name_on_the_command_line(world, db_path):
    by_name = run(db_path, "who-met", "--json", "--side", "Kazakhstan", "Askar Zhunusov")
    assert by_name.exit_code == 0, by_name.stderr
    assert json.loads(by_name.output)["person"]["side"] == "KAZ"
    bad = run(db_path, "who-met", "--side", "Narnia", "Askar Zhunusov")
    assert bad.exit_code == 1 and bad.stderr.strip() == \
        "whomet: side 'Narnia': 'Narnia' names no side (a code like AZE, or a name)"


def test_one_side_grammar_for_every_spelling(world):
    store = Store(world)
    spellings = ["AZE RUS", "AZE+RUS", "AZE, RUS", "aze,rus", "Azerbaijan Russia", "Azerbaijan + RUS"]
    lists = {s: [r.id for r in store.page(MeetingFilter(side=s))] for s in spellings}
    assert len(set(map(tuple, lists.values()))) == 1 and lists["AZE RUS"], lists
    assert store.filter_problems(MeetingFilter(side="AZE RUS")) == []
    assert store.filter_problems(MeetingFilter(side="AZE XYZ")) == ["side: 'XYZ' names no side (a code like AZE, or a name)"]
    assert store.page(MeetingFilter(side="AZE XYZ")) == []


def test_filter_problems_say_what_was_not_understood(world):
    store = Store(world)
    assert store.filter_problems(MeetingFilter(date_from="2019-13", date_to="hello")) == [
        "from '2019-13': there is no month 13", "to 'hello' is not a date: type 2019, 2019-06 or 2019-06-14"]
    assert store.filter_problems(MeetingFilter(date_from="2021", date_to="2019")) == [
        "from 2021 is after to 2019: nothing can match"]
    assert store.filter_problems(MeetingFilter(date_from="2019-02-29")) == ["from '2019-02-29': there is no such day"]


def test_the_one_line_form_reads_back_what_describe_writes():
    from whomet.store import describe_filter, parse_filter_line

    filters = [MeetingFilter(side="AZE+RUS", date_from="2019", date_to="2019", signed=True),
               MeetingFilter(text="drug trafficking", organization="Ministry of Interior", person="Bachurin"),
               MeetingFilter(date_from="2018-05", topic="border", awards=True),
               MeetingFilter(date_from="2018", date_to="2020-06")]
    for f in filters:
        assert parse_filter_line(describe_filter(f)) == f, describe_filter(f)
    assert parse_filter_line("2018..2020 bachurin") == MeetingFilter(text="bachurin", date_from="2018", date_to="2020")
    assert parse_filter_line('org:"Ministry of') == MeetingFilter(organization="Ministry of")  # still typing
