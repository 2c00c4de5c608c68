"""`whomet eval DIR --rules`: per rule id and kind, the facts the gold confirms, contradicts or lacks.

A tiny corpus of our own sentences whose gold disagrees with the extractor on known facts: each
verdict below fails if the scoring of its kind changes.
"""

import json

import pytest

from whomet.store import evaluate_rules, rule_scores
from whomet.tui.cli import main

# The extractor reads this as: date.dateline 2024-05-12; place.dateline_city Baku, AZE; Ilgar Tahirov and
# Nurlan Sadykov by person.rank_before, on AZE and KAZ by side.own_office; Tahirov head by head.led_by;
# a memorandum by agreement.sign.
RELEASE = ("Ministers of two countries meet in Baku\n\n"
           "BAKU, 12 May 2024 - The Minister of Internal Affairs of Azerbaijan, Colonel General Ilgar Tahirov, met "
           "with the Minister of Interior of Kazakhstan, Police General Nurlan Sadykov, at the ministry in Baku. The "
           "meeting was led by Ilgar Tahirov. The sides signed a memorandum of understanding on police training.\n")


def member(name, head=False):
    return {"name": name, "head": head}


def gold(members_by_side, city="Baku", country="AZE", date="2024-05-12", agreements=("memorandum",)):
    return {"source": {}, "meetings": [{
        "date": date, "place": {"city": city, "country": country},
        "delegations": [{"side": side, "members": members} for side, members in members_by_side.items()],
        "agreements": [{"kind": kind} for kind in agreements]}]}


def corpus(tmp_path, golds):
    (tmp_path / "releases").mkdir()
    (tmp_path / "gold").mkdir()
    for name, record in golds.items():
        (tmp_path / "releases" / f"{name}.txt").write_text(RELEASE, encoding="utf-8")
        (tmp_path / "gold" / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    return tmp_path


def counts(report):
    return {(s.rule, s.kind): (s.right, s.wrong, s.not_in_gold) for s in report.rules.scores.values()}


def test_gold_that_agrees_makes_every_fact_right(tmp_path):
    d = corpus(tmp_path, {"a": gold({"AZE": [member("Ilgar Tahirov", head=True)], "KAZ": [member("Nurlan Sadykov")]})})
    c = counts(evaluate_rules(d))
    assert c == {("date.dateline", "date"): (1, 0, 0), ("place.dateline_city", "place"): (1, 0, 0),
                 ("person.rank_before", "person"): (2, 0, 0), ("side.own_office", "side"): (2, 0, 0),
                 ("head.led_by", "head"): (1, 0, 0), ("agreement.sign", "agreement"): (1, 0, 0)}


def test_gold_that_disagrees_makes_those_facts_wrong_and_the_worst_come_first(tmp_path):
    # Sadykov on another side, Tahirov no head, another city, another date, another kind of document
    d = corpus(tmp_path, {"a": gold({"AZE": [member("Ilgar Tahirov")], "UZB": [member("Nurlan Sadykov")]},
                                    city="Ganja", date="2024-05-11", agreements=("agreement",))})
    report = evaluate_rules(d)
    c = counts(report)
    assert c[("side.own_office", "side")] == (1, 1, 0)
    assert c[("head.led_by", "head")] == (0, 1, 0)
    assert c[("place.dateline_city", "place")] == (0, 1, 0)
    assert c[("date.dateline", "date")] == (0, 1, 0)
    assert c[("agreement.sign", "agreement")] == (0, 1, 0)
    assert c[("person.rank_before", "person")] == (2, 0, 0)
    order = [(s.rule, s.kind) for s in report.rules.worst_first()]
    assert order.index(("side.own_office", "side")) > order.index(("head.led_by", "head"))  # right once: less bad
    assert order[-1] == ("person.rank_before", "person")  # never wrong
    assert report.rules.scores[("side.own_office", "side")].wrong_in == {"a"}


def test_a_name_cut_short_is_wrong_a_stranger_is_not_in_gold_and_so_are_its_side_and_head(tmp_path):
    assert rule_scores._words("Ali Musa,  Sr.") == {"Ali", "Musa", "Sr"}
    d = corpus(tmp_path, {
        "a": gold({"AZE": [member("Ilgar Tahirov", head=True)], "KAZ": [member("Nurlan Bekovich Sadykov")]}),
        "b": gold({"AZE": [member("Someone Else", head=True)], "KAZ": [member("Nurlan Petrov")]},
                  agreements=())})
    c = counts(evaluate_rules(d))
    # a: the gold's longer name holds all of Sadykov's words (wrong); b: nobody's names are in the gold, and
    # 'Nurlan Petrov' sharing one word is another person
    assert c[("person.rank_before", "person")] == (1, 1, 2)
    assert c[("side.own_office", "side")] == (1, 0, 3)
    assert c[("head.led_by", "head")] == (1, 0, 1)
    assert c[("agreement.sign", "agreement")] == (1, 0, 1)  # b's gold has no document: not in gold


def test_a_meeting_the_gold_lacks_has_its_date_and_place_not_in_gold(tmp_path):
    record = gold({"AZE": [member("Ilgar Tahirov", head=True)], "KAZ": [member("Nurlan Sadykov")]})
    record["meetings"] = []
    c = counts(evaluate_rules(corpus(tmp_path, {"a": record})))
    assert c[("date.dateline", "date")] == (0, 0, 1)
    assert c[("place.dateline_city", "place")] == (0, 0, 1)


def test_eval_rules_prints_the_table_and_json(runner, tmp_path):
    d = corpus(tmp_path, {"a": gold({"AZE": [member("Ilgar Tahirov")], "UZB": [member("Nurlan Sadykov")]})})
    result = runner.invoke(main, ["eval", str(d), "--rules"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    head = next(i for i, line in enumerate(lines) if "Facts per rule" in line)
    rows = [line for line in lines[head:] if "│" in line and "rule" not in line]
    assert "head.led_by" in rows[0]  # wrong once, right never: first
    own = next(line for line in rows if "side.own_office" in line)
    assert [cell.strip() for cell in own.split("│")[3:6]] == ["1", "1", "0"]
    assert [cell.strip() for cell in own.split("│")[7:9]] == ["1", "1"]  # releases right, releases wrong
    result = runner.invoke(main, ["eval", str(d), "--rules", "--json"])
    data = json.loads(result.output)
    first = data["rules"][0]
    assert (first["rule"], first["kind"], first["right"], first["wrong"], first["wrong_in"]) == \
        ("head.led_by", "head", 0, 1, ["a"])
    assert "rules" not in json.loads(runner.invoke(main, ["eval", str(d), "--json"]).output)


def test_a_place_without_a_city_is_right_by_its_country_and_a_city_the_gold_lacks_is_wrong():
    from whomet.store.extract.explain import Fact
    from whomet.store.record import parse_record

    gold_record = parse_record(gold({}, city="Ganja", country="AZE"))
    table = rule_scores.RuleTable()
    for rule, city, country in (("country.only", None, "AZE"), ("country.other", None, "KAZ"),
                                ("city.lacking", "Ganja", "AZE"), ("city.other", "Baku", "AZE")):
        got = parse_record(gold({}, city=city, country=country)).meetings[0]
        rule_scores.score_facts(table, "a", gold_record, [Fact(1, "place", "", rule, about=got)])
    gold_record.meetings[0].place.city = None  # the text names no city: a city given is wrong
    got = parse_record(gold({}, city="Ganja", country="AZE")).meetings[0]
    rule_scores.score_facts(table, "b", gold_record, [Fact(1, "place", "", "city.unstated", about=got)])
    assert {s.rule: (s.right, s.wrong) for s in table.scores.values()} == {
        "country.only": (1, 0), "country.other": (0, 1), "city.lacking": (1, 0), "city.other": (0, 1),
        "city.unstated": (0, 1)}


def test_eval_scores_several_folders_as_one_corpus_naming_each_release_by_its_folder(runner, tmp_path):
    agree = gold({"AZE": [member("Ilgar Tahirov", head=True)], "KAZ": [member("Nurlan Sadykov")]})
    differ = gold({"AZE": [member("Ilgar Tahirov")], "UZB": [member("Nurlan Sadykov")]})
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    x, y = corpus(tmp_path / "x", {"a": agree}), corpus(tmp_path / "y", {"a": differ})
    data = json.loads(runner.invoke(main, ["eval", str(x), str(y), "--rules", "--json", "--misses"]).output)
    assert data["releases"] == 2
    assert (data["attendees"]["tp"], data["attendees"]["fp"], data["attendees"]["fn"]) == (3, 1, 1)
    own = next(r for r in data["rules"] if r["rule"] == "side.own_office")
    assert (own["right"], own["wrong"], own["right_in"], own["wrong_in"]) == (3, 1, ["x/a", "y/a"], ["y/a"])
    assert {m["release"] for m in data["misses"] if m["field"] == "attendee"} == {"y/a"}
    one = json.loads(runner.invoke(main, ["eval", str(y), "--json", "--misses"]).output)
    assert {m["release"] for m in one["misses"]} == {"a"}  # one folder: names as they were
    result = runner.invoke(main, ["eval", str(x), str(tmp_path / "nope")])
    assert result.exit_code != 0 and "nope: not a directory" in result.output + (result.stderr or "")
