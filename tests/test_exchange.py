"""The exports for other tools (FtM, GEXF, GraphML, CSV) as a user runs them: each one valid for
the tool that reads it, each one re-joining to the store's own meetings, each filter narrowing
to exactly the meetings the browser's list shows for it."""

import csv
import io
import itertools
import json
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from whomet.store import MeetingFilter, Store
from whomet.tui.cli import main
from tests.browse_helpers import HOSTILE_TITLE, hostile


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


@pytest.fixture
def store(world, db_path):
    with Store.open(db_path) as s:
        yield s


def all_ids(store, f=MeetingFilter()):
    return {r.id for r in store.rows(f)}


# -- FollowTheMoney ---------------------------------------------------------------

def ftm_lines(store, f=MeetingFilter()):
    out = io.StringIO()
    store.export("ftm", f, text=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_ftm_passes_the_followthemoney_librarys_validation(store, tmp_path):
    import importlib.util
    import subprocess
    import sys

    if importlib.util.find_spec("followthemoney") is None:
        pytest.skip("the followthemoney library is not installed here (.ci/run installs it; it needs PyICU, "
                    "so it is no dependency of whomet)")
    out = tmp_path / "fixtures.ftm.json"
    store.export("ftm", MeetingFilter(), path=out)
    # Its own process: the library must not load into this run (other tests check what is imported).
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("ftm_validate.py")), str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    counts = json.loads(result.stdout.strip().splitlines()[-1].split(": ", 1)[1])
    assert counts["Event"] == 8 and counts["Person"] > 10
    for schema in ("PublicBody", "Position", "Occupancy", "Membership", "Documentation", "Article", "Contract",
                   "UnknownLink"):
        assert counts.get(schema), f"no {schema} written"
    # The validator is no rubber stamp: a wrong country code and a dangling reference fail it.
    lines = out.read_text().splitlines()
    bad = json.loads(lines[0])
    bad["properties"]["country"] = ["aze"]
    dangling = {"id": "wm-x", "schema": "Membership", "properties": {"member": ["nobody"], "organization": [bad["id"]]}}
    out.write_text("\n".join([json.dumps(bad), *lines[1:], json.dumps(dangling)]) + "\n")
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("ftm_validate.py")), str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "Invalid value: 'aze'" in result.stdout and "nobody: no such entity" in result.stdout


def test_ftm_event_says_who_organised_and_who_took_part(store):
    entities = {e["id"]: e for e in ftm_lines(store)}
    baku = next(e for e in entities.values() if e["schema"] == "Event" and e["properties"]["date"] == ["2019-10-29"])
    props = baku["properties"]
    assert props["location"] == ["Baku, Azerbaijan"] and props["country"] == ["az"]
    assert [entities[o]["properties"]["name"] for o in props["organizer"]] == [
        ["Ministry of Internal Affairs of the Azerbaijan Republic"]]
    involved = {entities[i]["properties"]["name"][0] for i in props["involved"]}
    assert {"Seyfulla Azimov", "Sergey Bachurin", "Vilayat Eyvazov", "Petr Popov"} <= involved
    assert "CAMEO 057" in props["keywords"] and "PLOVER CONSULT visit" in props["keywords"]
    assert entities[props["proof"][0]]["schema"] == "Article"
    bachurin = next(e for e in entities.values() if e["schema"] == "Person"
                    and e["properties"]["name"] == ["Sergey Bachurin"])
    assert bachurin["properties"]["country"] == ["ru"]
    assert "Colonel-General of Police" in bachurin["properties"]["title"]
    occupancies = [e for e in entities.values() if e["schema"] == "Occupancy"
                   and e["properties"]["holder"] == [bachurin["id"]]]
    posts = {entities[o["properties"]["post"][0]]["properties"]["name"][0] for o in occupancies}
    assert "Chief of the MIA of Russia GA for the North Caucasus Federal District" in posts


def test_ftm_ids_are_stable_across_exports_and_rebuilt_stores(store, tmp_path):
    first = ftm_lines(store)
    assert ftm_lines(store) == first
    from tests.conftest import FIXTURES

    with Store.open(tmp_path / "again.db") as again:
        again.import_paths([FIXTURES])
        assert sorted(e["id"] for e in ftm_lines(again)) == sorted(e["id"] for e in first)


# -- GEXF and GraphML -----------------------------------------------------------------

def expected_person_graph(store, f=MeetingFilter()):
    """Who met whom, computed from each meeting's detail (not the export's SQL)."""
    pairs, people = defaultdict(list), defaultdict(list)
    for mid in all_ids(store, f):
        m = store.meeting(mid)
        members = [(p.person_id, d.side) for d in m.delegations for p in d.members]
        for pid, _side in set(members):
            people[pid].append(m.date)
        for (a, sa), (b, sb) in itertools.combinations(set(members), 2):
            if sa != sb and a != b:
                pairs[frozenset((a, b))].append(m.date)
    return people, pairs


def test_gexf_parses_back_with_nodes_edges_and_time(store, db_path, tmp_path):
    out = tmp_path / "net.gexf"
    result = run(db_path, "export", "--format", "gexf", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert 'version="1.3"' in out.read_text()
    G = nx.read_gexf(out, version="1.3")
    people, pairs = expected_person_graph(store)
    ids = {data["whomet_id"]: node for node, data in G.nodes(data=True)}
    assert set(ids) == {str(p) for p in people}
    assert G.number_of_edges() == len(pairs)
    for pair, dates in pairs.items():
        a, b = (ids[str(p)] for p in pair)
        edge = G.edges[a, b]
        assert edge["weight"] == len(set(dates)) or edge["weight"] == len(dates)
        assert (edge["start"], edge["end"]) == (min(dates).isoformat(), max(dates).isoformat())
    bachurin = next(data for data in G.nodes.values() if data["label"] == "Sergey Bachurin")
    assert bachurin["side"] == "RUS" and bachurin["meetings"] == 5
    assert (bachurin["start"], bachurin["end"]) == (min(people[int(bachurin["whomet_id"])]).isoformat(),
                                                    max(people[int(bachurin["whomet_id"])]).isoformat())
    assert G.graph["mode"] == "dynamic"


def test_gexf_edge_weight_counts_meetings_together(store):
    buf = io.BytesIO()
    store.export("gexf", MeetingFilter(), binary=buf)
    G = nx.read_gexf(io.BytesIO(buf.getvalue()), version="1.3")
    label = {data["label"]: node for node, data in G.nodes(data=True)}
    # Azimov and Bachurin: Makhachkala 2018, Baku 2019, Baku 2022 (store.dyad agrees)
    together = [m for m in store.dyad("AZE", "RUS").meetings
                if {m.lead_a.name, m.lead_b.name} == {"Seyfulla Azimov", "Sergey Bachurin"}]
    assert G.edges[label["Seyfulla Azimov"], label["Sergey Bachurin"]]["weight"] == len(together) == 3


@pytest.mark.parametrize("level, expected", [("side", {"AZE", "RUS", "GEO", "KAZ", "UNODC"}),
                                             ("organization", None)])
def test_graph_levels(store, level, expected):
    buf = io.BytesIO()
    store.export("graphml", MeetingFilter(), binary=buf, level=level)
    G = nx.read_graphml(io.BytesIO(buf.getvalue()))
    assert all("start" not in data for data in G.nodes.values()), "graphml carries no time"
    if expected is not None:
        assert {data["side"] for data in G.nodes.values()} >= expected - {"UNODC"}
        sides = {data["side"]: node for node, data in G.nodes(data=True)}
        assert G.edges[sides["AZE"], sides["RUS"]]["weight"] == 4  # dyad AZE RUS: 4 meetings
    else:
        assert any("Ministry of Internal Affairs" in data["label"] for data in G.nodes.values())


def test_graphs_hold_hostile_text_as_valid_xml(engine, tmp_path):
    hostile(engine)
    with Store(engine) as s:
        for fmt, read in (("gexf", lambda b: nx.read_gexf(b, version="1.3")), ("graphml", nx.read_graphml)):
            buf = io.BytesIO()
            s.export(fmt, MeetingFilter(), binary=buf)
            G = read(io.BytesIO(buf.getvalue()))
            assert any("␛[31mName" in data["label"] for data in G.nodes.values())


HOSTILE_NAMES = {
    "AZE": "Cr\r\nLf\tTab \x1b[31mRed\x1b[0m \x00nul \x0bvt \x7fdel \x0cff",
    "RUS": 'Ivan <b>&amp;</b> ]]> "q" \'a\' <!-- x --> <![CDATA[y]]> \ufffe\uffff \u202eevil',
}


def strict_parsers():
    """Two parsers that refuse anything not well-formed XML 1.0: expat (the standard library's)
    and libxml2 (lxml, with recovery off)."""
    from xml.etree import ElementTree

    from lxml import etree

    return [("expat", ElementTree.fromstring),
            ("libxml2", lambda b: etree.fromstring(b, etree.XMLParser(recover=False, resolve_entities=False)))]


def _label_of(fmt, root, person_id):
    """The label of a node (GEXF attribute, or GraphML data d0) by the node's whomet_id."""
    if fmt == "gexf":
        ns = {"g": "http://gexf.net/1.3"}
        for node in root.iterfind(".//g:node", ns):
            if node.find("g:attvalues/g:attvalue[@for='3']", ns).get("value") == person_id:
                return node.get("label"), node.find("g:attvalues/g:attvalue[@for='1']", ns).get("value")
    else:
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        for node in root.iterfind(".//g:node", ns):
            data = {d.get("key"): d.text or "" for d in node.iterfind("g:data", ns)}
            if data["d4"] == person_id:
                return data["d0"], data["d2"]
    raise AssertionError(f"no node {person_id}")


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_graph_exports_are_well_formed_xml_for_hostile_names(engine, fmt):
    """Control characters, markup, CDATA ends, comment openers, quotes, line breaks and XML's
    non-characters in names and organisations from releases: a strict parser reads the file
    and gets the text back as written, control characters as their pictures (␛), the
    non-characters as U+FFFD."""
    from whomet.store.exchange.network import xml_text
    from whomet.store.importer import import_records
    from whomet.store.record import parse_record

    record = {"source": {"publisher": "P", "date": "2020-01-02"},
              "meetings": [{"date": "2020-01-02", "title": "T", "kind": "talks", "delegations": [
                  {"side": side, "organization": f"Org {name}", "members": [{"name": name}]}
                  for side, name in HOSTILE_NAMES.items()]}]}
    assert not import_records(engine, [parse_record(record)]).failed
    with Store(engine) as s:
        buf = io.BytesIO()
        s.export(fmt, MeetingFilter(), binary=buf)
        people = {p.side: p.id for p in (s.person(i) for i in (1, 2))}
    for parser, parse in strict_parsers():
        root = parse(buf.getvalue())
        for side, name in HOSTILE_NAMES.items():
            label, org = _label_of(fmt, root, str(people[side]))
            assert label == xml_text(name), (parser, side)
            assert org == xml_text(f"Org {name}"), (parser, side)
    assert "␛[31mRed␛[0m ␀nul ␋vt ␡del ␌ff" in xml_text(HOSTILE_NAMES["AZE"])
    assert "\ufffd\ufffd" in xml_text(HOSTILE_NAMES["RUS"])


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_graph_writers_replace_lone_surrogates(engine, monkeypatch, fmt):
    """A lone surrogate cannot enter the store (the record is refused by field); should one reach
    a graph writer all the same, it becomes U+FFFD instead of failing the UTF-8 encoding or
    writing bytes no XML parser accepts."""
    import datetime as dt
    import importlib

    from whomet.store.exchange.network import Node
    from whomet.store.importer import import_records
    from whomet.store.record import RecordError, parse_record

    with pytest.raises(RecordError, match=r"members\[0\]\.name"):
        import_records(engine, [parse_record({"source": {"publisher": "P", "date": "2020-01-02"}, "meetings": [
            {"date": "2020-01-02", "delegations": [{"side": "AZE", "members": [{"name": "Lone \ud800 one"}]}]}]})])
    hostile(engine)
    writer = importlib.import_module(f"whomet.store.exchange.{fmt}")
    day = dt.date(2020, 1, 2)
    monkeypatch.setattr(writer, "nodes", lambda conn, f, level: iter(
        [Node("wm-person-x", "Lone \ud800 high \udfff low", "AZE", "Org \udbff", 1, day, day, 7)]))
    with Store(engine) as s:
        buf = io.BytesIO()
        s.export(fmt, MeetingFilter(), binary=buf)
    for _parser, parse in strict_parsers():
        assert _label_of(fmt, parse(buf.getvalue()), "7") == ("Lone \ufffd high \ufffd low", "Org \ufffd")


def test_exports_give_the_connection_back_as_they_found_it(world):
    """An export's connection spills SQLite's sorts to temporary files (a 1M store's edges would
    otherwise sort in memory); the browser's connections, from the same pool, keep theirs in
    memory, so the setting must be back when the connection returns to the pool."""
    from sqlalchemy import event

    during, returned = [], []

    def executing(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            during.append(cursor.connection.execute("PRAGMA temp_store").fetchone()[0])

    def checkin(dbapi_conn, _record):
        returned.append(dbapi_conn.execute("PRAGMA temp_store").fetchone()[0])

    event.listen(world, "before_cursor_execute", executing)
    event.listen(world, "checkin", checkin)
    try:
        store = Store(world)
        for fmt in ("gexf", "graphml"):
            store.export(fmt, MeetingFilter(), binary=io.BytesIO())
        store.export("ftm", MeetingFilter(), text=io.StringIO())
    finally:
        event.remove(world, "before_cursor_execute", executing)
        event.remove(world, "checkin", checkin)
    assert 1 in during  # FILE, while the network's and the people's queries ran
    assert returned and set(returned) == {2}  # MEMORY, store/db.py's


def test_bits_is_a_set_of_row_ids():
    from whomet.store.exchange.stream import Bits

    b = Bits()
    for i in (0, 7, 8, 1_000_003, 64):
        b.add(i)
    assert [i for i in range(1_000_010) if i in b] == [0, 7, 8, 64, 1_000_003]
    assert 5 not in Bits()


# -- the CSV bundle -----------------------------------------------------------------------

def read_bundle(folder):
    return {p.stem: list(csv.DictReader(p.open(encoding="utf-8", newline=""))) for p in folder.glob("*.csv")}


def test_csv_bundle_rejoins_to_the_same_meetings(store, db_path, tmp_path):
    out = tmp_path / "bundle"
    result = run(db_path, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    b = read_bundle(out)
    assert set(b) == {"meetings", "sources", "delegations", "attendances", "agreements", "awards", "people",
                      "organizations", "nodes", "edges"}
    people = {p["id"]: p for p in b["people"]}
    orgs = {o["id"]: o for o in b["organizations"]}
    delegations = defaultdict(list)
    for d in b["delegations"]:
        delegations[d["meeting_id"]].append(d)
    members = defaultdict(list)
    for a in b["attendances"]:
        members[a["delegation_id"]].append(a)
    agreements = defaultdict(list)
    for g in b["agreements"]:
        agreements[g["meeting_id"]].append(g)
    assert {int(m["whomet_id"]) for m in b["meetings"]} == all_ids(store)
    for row in b["meetings"]:
        m = store.meeting(int(row["whomet_id"]))
        assert (row["date"], row["title"], row["city"] or None) == (m.date.isoformat(), m.title, m.city)
        assert json.loads(row["sides"]) == m.sides
        joined = sorted(delegations[row["id"]], key=lambda d: int(d["ordinal"]))
        assert [d["side"] for d in joined] == [d.side for d in m.delegations]
        assert [d["host"] == "true" for d in joined] == [d.host for d in m.delegations]
        for d, detail in zip(joined, m.delegations):
            if d["organization_id"]:
                assert orgs[d["organization_id"]]["whomet_id"] == str(detail.organization_id)
            got = sorted(members[d["id"]], key=lambda a: int(a["ordinal"]))
            assert [(a["name"], a["rank"] or None, a["position"] or None, a["head"] == "true") for a in got] == [
                (p.name, p.rank, p.position, p.head) for p in detail.members]
            assert [people[a["person_id"]]["whomet_id"] for a in got] == [str(p.person_id) for p in detail.members]
        assert [(g["kind"], g["title"], json.loads(g["parties"])) for g in agreements[row["id"]]] == [
            (a.kind, a.title, a.parties) for a in m.agreements]
        assert row["source_id"] in {s["id"] for s in b["sources"]}
    node_ids = {n["Id"] for n in b["nodes"]}
    assert b["edges"] and all(e["Source"] in node_ids and e["Target"] in node_ids for e in b["edges"])


def test_csv_cells_never_run_as_formulas(engine, tmp_path):
    from whomet.store.importer import import_records
    from whomet.store.record import parse_record

    record = {"source": {"publisher": "=HYPERLINK(\"http://x\")", "date": "2020-01-02"},
              "meetings": [{"date": "2020-01-02", "title": "@SUM(1+1)", "kind": "+talks",
                            "place": {"city": "-Baku", "country": "AZE"},
                            "delegations": [{"side": "AZE", "host": True, "members": [{"name": "=Evil", "head": True}]},
                                            {"side": "RUS", "members": [{"name": "Ivan Petrov"}]}]}]}
    import_records(engine, [parse_record(record)])
    with Store(engine) as s:
        s.export("csv", MeetingFilter(), path=tmp_path / "b")
    b = read_bundle(tmp_path / "b")
    assert b["meetings"][0]["title"] == "'@SUM(1+1)" and b["meetings"][0]["kind"] == "'+talks"
    assert b["meetings"][0]["city"] == "'-Baku" and b["sources"][0]["publisher"].startswith("'=")
    assert {p["name"] for p in b["people"]} == {"'=Evil", "Ivan Petrov"}
    for rows in b.values():
        for row in rows:
            assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values())


# -- filters: the same meetings as the browser's list -----------------------------------------

FILTERS = [
    MeetingFilter(side="AZE"),
    MeetingFilter(side="AZE+RUS"),
    MeetingFilter(date_from="2020", date_to="2022-06"),
    MeetingFilter(person="Bachurin"),
    MeetingFilter(organization="State Border"),
    MeetingFilter(text="Caspian"),
    MeetingFilter(signed=True, date_to="2021"),  # every fixture meeting signed something
    MeetingFilter(awards=True, side="RUS"),
]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: str(f))
def test_every_export_narrows_as_the_browser_does(store, db_path, tmp_path, f):
    listed = {r.id for r in store.page(f, limit=1000)}
    assert listed == all_ids(store, f) and 0 < len(listed) < len(all_ids(store))
    events = {int(e["properties"]["recordId"][0]) for e in ftm_lines(store, f) if e["schema"] == "Event"}
    assert events == listed
    store.export("csv", f, path=tmp_path / "b")
    assert {int(m["whomet_id"]) for m in read_bundle(tmp_path / "b")["meetings"]} == listed
    buf = io.BytesIO()
    store.export("gexf", f, binary=buf)
    G = nx.read_gexf(io.BytesIO(buf.getvalue()), version="1.3")
    people, pairs = expected_person_graph(store, f)
    assert {data["whomet_id"] for data in G.nodes.values()} == {str(p) for p in people}
    assert G.number_of_edges() == len(pairs)
    records = io.StringIO()
    store.export("json", f, text=records)
    titles = [m["title"] for r in json.loads(records.getvalue()) for m in r["meetings"]]
    assert sorted(titles) == sorted(store.meeting(i).title for i in listed)


def test_cli_filters_are_the_browsers(store, db_path, tmp_path):
    out = tmp_path / "aze.ftm.json"
    result = run(db_path, "export", "--format", "ftm", "--side", "azer", "--from", "2021", "--signed", "-o", str(out))
    assert result.exit_code == 0, result.output
    events = {int(json.loads(line)["properties"]["recordId"][0]) for line in out.read_text().splitlines()
              if '"schema": "Event"' in line}
    assert events == all_ids(store, MeetingFilter(side="azer", date_from="2021", signed=True))
    bad = CliRunner().invoke(main, ["--db", str(db_path), "export", "--format", "ftm", "--side", "Atlantis"])
    assert bad.exit_code == 1 and "--side: no side matches 'Atlantis'" in bad.output


def test_unfiltered_records_export_is_unchanged(store, db_path):
    assert run(db_path, "export").output == run(db_path, "export", "--format", "json").output
    buf = io.StringIO()
    store.export_records(buf, "json")
    assert run(db_path, "export").output == buf.getvalue()


# -- writing safely ---------------------------------------------------------------------------

def test_export_refuses_the_store_and_leaves_nothing_half_written(store, db_path, tmp_path):
    before = db_path.read_bytes()
    result = CliRunner().invoke(main, ["--db", str(db_path), "export", "--format", "ftm", "-o", str(db_path)])
    assert result.exit_code == 1 and "is the store; refusing" in result.output
    assert db_path.read_bytes() == before
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    result = CliRunner().invoke(main, ["--db", str(db_path), "export", "--format", "csv", "-o", str(full)])
    assert result.exit_code == 1 and "not empty" in result.output
    assert [p.name for p in full.iterdir()] == ["keep.txt"]
    result = CliRunner().invoke(main, ["--db", str(db_path), "export", "--format", "csv"])
    assert result.exit_code == 1 and "-o DIR" in result.output
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_hostile_text_exports_literally(engine, tmp_path):
    hostile(engine)
    with Store(engine) as s:
        lines = ftm_lines(s)
    event = next(e for e in lines if e["schema"] == "Event")
    assert event["properties"]["name"] == [HOSTILE_TITLE]


# -- extraction + judgements: exports read what every view reads ---------------------------------

def test_exports_read_merged_people_meetings_and_corrections(engine, tmp_path):
    from tests.test_judgements import DATA

    s = Store(engine)
    assert not s.import_paths([DATA / "gold", DATA / "releases"]).failed
    s.resolve()  # one meeting from both press offices; transliteration variants one person
    zubov = s.resolve_ref("person", "Igor Zubov@RUS")
    s.judge("person", zubov, s.resolve_ref("person", "Igor Zubkov@RUS"))
    dropped = s.correct(3, "drop", "Yuriy Lebedev")
    assert dropped.status == "applied"
    listed = {r.id for r in s.rows(MeetingFilter())}
    lines = ftm_lines(s)
    events = {int(e["properties"]["recordId"][0]): e for e in lines if e["schema"] == "Event"}
    assert set(events) == listed  # the merged report is no meeting of its own
    by_id = {e["id"]: e for e in lines}
    astana = events[1]["properties"]
    assert len(astana["proof"]) == 2  # both press offices' releases
    involved = {by_id[i]["properties"]["name"][0] for i in astana["involved"] if by_id[i]["schema"] == "Person"}
    assert involved == {n for d in s.meeting(1).delegations for n in
                        (s.person(m.person_id).name for m in d.members)}
    people = [e["properties"]["name"][0] for e in lines if e["schema"] == "Person"]
    assert len(people) == len(set(people)) and "Igor Zubkov" not in people  # resolved to Zubov
    assert "Igor Zubkov" in next(e for e in lines if e["schema"] == "Person"
                                 and e["properties"]["name"] == ["Igor Zubov"])["properties"]["alias"]
    meeting3 = events[3]["properties"]
    assert "Yuriy Lebedev" not in {by_id[i]["properties"]["name"][0] for i in meeting3["involved"]}
    # The graph: the same people, the same counterparts as the person screens.
    buf = io.BytesIO()
    s.export("gexf", MeetingFilter(), binary=buf)
    G = nx.read_gexf(io.BytesIO(buf.getvalue()), version="1.3")
    ids = {data["whomet_id"]: node for node, data in G.nodes(data=True)}
    for pid in (int(i) for i in ids):
        assert {G.nodes[n]["whomet_id"] for n in G.neighbors(ids[str(pid)])} == {
            str(c.person_id) for c in s.counterparts(pid)}, s.person(pid).name
    s.export("csv", MeetingFilter(), path=tmp_path / "b")
    b = read_bundle(tmp_path / "b")
    assert {int(m["whomet_id"]) for m in b["meetings"]} == listed
    assert len(json.loads(next(m for m in b["meetings"] if m["whomet_id"] == "1")["source_ids"])) == 2
