"""The scorer on tiny hand-made cases, each with a known answer."""

import pytest

from whomet.store.evaluate import evaluate, norm_title


def record(meetings, publisher=None):
    return {"source": {"publisher": publisher}, "meetings": meetings}


def meeting(delegations=(), agreements=(), awards=(), date="2020-01-01", city="Baku", country="AZE"):
    return {"date": date, "place": {"city": city, "country": country}, "delegations": list(delegations),
            "agreements": list(agreements), "awards": list(awards)}


def delegation(side, *members):
    return {"side": side, "members": list(members)}


def member(name, rank=None, position=None, head=False):
    return {"name": name, "rank": rank, "position": position, "head": head}


def test_attendees_precision_recall_f1_fold_names():
    gold = record([meeting([delegation("AZE", member("Seyfulla Azimov"), member("Vilayat Eyvazov")),
                            delegation("RUS", member("Petr Popov"))])])
    got = record([meeting([delegation("aze", member("SEYFULLA AZIMOV")),  # case folds
                           delegation("RUS", member("Petr Popov"), member("Someone Else")),
                           delegation("AZE", member("Ilham Aliyev"))])])
    r = evaluate([("x", gold, got)])
    assert (r.attendees.tp, r.attendees.fp, r.attendees.fn) == (2, 2, 1)
    assert r.attendees.precision == pytest.approx(0.5)
    assert r.attendees.recall == pytest.approx(2 / 3)
    assert r.attendees.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_wrong_side_is_a_miss_both_ways_and_accents_dots_hyphens_fold():
    gold = record([meeting([delegation("TUR", member("Murat Kılıçarslan")), delegation("MNG", member("Ts. Oyuntsetseg")),
                            delegation("LVA", member("Ilze Bērziņa-Kalniņa"))])])
    got = record([meeting([delegation("KGZ", member("Murat Kilicarslan")), delegation("MNG", member("Ts Oyuntsetseg")),
                           delegation("LVA", member("Ilze Berzina Kalnina"))])])
    r = evaluate([("x", gold, got)])
    assert (r.attendees.tp, r.attendees.fp, r.attendees.fn) == (2, 1, 1)


def test_heads_are_scored_separately():
    gold = record([meeting([delegation("AZE", member("A B", head=True), member("C D"))])])
    got = record([meeting([delegation("AZE", member("A B"), member("C D", head=True))])])
    r = evaluate([("x", gold, got)])
    assert (r.heads.tp, r.heads.fp, r.heads.fn) == (0, 1, 1)
    assert r.heads.f1 == 0.0


def test_rank_and_position_agreement_normalise_case_hyphens_of_the():
    gold = record([meeting([delegation("RUS", member("A B", "Colonel-General of Police", "Chief of the Department"),
                                       member("C D", "Major General", "Minister"),
                                       member("E F", None, None))])])
    got = record([meeting([delegation("RUS", member("A B", "colonel general police", "Chief Department"),
                                      member("C D", "Lieutenant General", None),
                                      member("E F", None, None),
                                      member("X Y", "General", "Nobody"))])])  # unmatched: not counted
    r = evaluate([("x", gold, got)])
    assert (r.rank.matched, r.rank.total) == (2, 3)
    assert (r.position.matched, r.position.total) == (2, 3)
    assert norm_title("Major General of the Internal Service") == norm_title("major-general internal service")


def test_agreements_are_a_multiset_of_kinds():
    gold = record([meeting(agreements=[{"kind": "protocol"}, {"kind": "protocol"}, {"kind": "plan"}])])
    got = record([meeting(agreements=[{"kind": "protocol"}, {"kind": "memorandum"}])])
    r = evaluate([("x", gold, got)])
    assert (r.agreements.tp, r.agreements.fp, r.agreements.fn) == (1, 1, 2)


def test_awards_key_is_giver_or_award_name_with_recipient_side_as_a_set():
    gold = record([meeting(awards=[
        {"giver": "Pham Minh Khoa", "recipient_side": "LAO", "award": "Feat Order, First Class", "kind": "order"},
        {"giver": "Pham Minh Khoa", "recipient_side": "LAO", "award": "Feat Order, Second Class", "kind": "order"},
        {"giver": None, "award": "For Merit", "recipient_side": "VNM", "kind": "medal"}])])
    got = record([meeting(awards=[
        {"giver": "Pham Minh Khoa", "recipient_side": "LAO"},
        {"giver": None, "award": "for merit", "recipient_side": "VNM"},
        {"giver": "Pham Minh Khoa", "recipient_side": "VNM"}])])
    r = evaluate([("x", gold, got)])
    assert (r.awards.tp, r.awards.fp, r.awards.fn) == (2, 1, 0)


def test_date_city_country_are_matched_in_order_and_missing_meetings_count_as_misses():
    gold = record([meeting(date="2019-09-17", city="Tbilisi", country="GEO"),
                   meeting(date="2019-09-19", city=None, country="GEO")])
    got = record([meeting(date="2019-09-17", city="TBILISI", country="geo")])
    r = evaluate([("x", gold, got)])
    assert (r.date.matched, r.date.total) == (1, 2)
    assert (r.city.matched, r.city.total) == (1, 2)
    assert (r.country.matched, r.country.total) == (1, 2)
    assert any(m.field == "date" and m.got == "(no meeting)" for m in r.misses)


def test_sums_over_releases_and_lists_misses():
    gold = record([meeting([delegation("AZE", member("A B"))])])
    got_good = record([meeting([delegation("AZE", member("A B"))])])
    got_bad = record([meeting([delegation("GEO", member("A B"))], city="Gazakh")])
    r = evaluate([("one", gold, got_good), ("two", gold, got_bad)])
    assert r.releases == 2
    assert (r.attendees.tp, r.attendees.fp, r.attendees.fn) == (1, 1, 1)
    misses = {(m.release, m.field) for m in r.misses}
    assert ("two", "attendee") in misses and ("two", "city") in misses
    assert not any(m.release == "one" for m in r.misses)
    data = r.to_dict()
    assert data["attendees"]["f1"] == pytest.approx(0.5) and data["misses"]


def test_empty_gold_and_empty_extraction_score_perfectly():
    r = evaluate([("x", record([]), record([]))])
    assert r.attendees.f1 == 1.0 and r.date.value == 1.0
