"""Writes gold/*.json for unseen12 (kept so the gold is reviewable in one place)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def m(name, rank, position, head=False):
    return {"name": name, "rank": rank, "position": position, "head": head}


def d(side, org, host, *members):
    return {"side": side, "organization": org, "host": host, "members": list(members), "groups": []}


def aw(giver, gside, recipients, rside, kind="gift", award=None):
    return {"award": award, "kind": kind, "giver": giver, "giver_side": gside, "recipients": recipients,
            "recipient_group": None, "recipient_side": rside}


def meeting(date, city, country, delegations, awards=(), agreements=()):
    return {"date": date, "title": None, "kind": "meeting", "format": "in_person",
            "place": {"city": city, "country": country}, "delegations": delegations,
            "agreements": list(agreements), "awards": list(awards), "topics": []}


def write(name, publisher, date, meetings):
    doc = {"source": {"publisher": publisher, "date": date, "language": "en"}, "meetings": meetings}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")



def ag(title, kind, parties):
    return {"title": title, "kind": kind, "parties": parties}


YOHUNO, KOUYATE = "Christian Tetteh Yohuno", "Youssouf Kouyaté"
write("y01-accra-ghana-cote-divoire-police-chiefs", "Ghana Police Service", "2025-05-30", [meeting(
    "2025-05-28", "Accra", "GHA", [
        d("GHA", "Ghana Police Service", True, m(YOHUNO, None, "Inspector-General of Police"),
          m("Lydia Yaako Donkor", "COP", "Director-General of the Criminal Investigation Department")),
        d("CIV", "National Police of Côte d'Ivoire", False,
          m(KOUYATE, "Inspector General of Police", "Director General of the National Police of Côte d'Ivoire", True),
          m("Koné Brahima", "Commissaire Divisionnaire", "Director of Public Security")),
    ], awards=[aw(YOHUNO, "GHA", [KOUYATE], "CIV"), aw(KOUYATE, "CIV", [YOHUNO], "GHA")])])

IBAY = "Arnold Thomas Ibay"
write("y02-manila-police-district-korean-police", None, None, [meeting(
    "2025-09-08", "Manila", "PHL", [
        d("PHL", "Manila Police District", True, m(IBAY, "PBGen.", "MPD Director")),
        d("KOR", "Korean National Police Agency", False,
          m("Park Sung-joo", "Superintendent General", "Director of the Foreign Affairs Bureau", True),
          m("Kim Dong-hyun", "Senior Superintendent", "Korean police attaché")),
    ], awards=[aw(IBAY, "PHL", ["Park Sung-joo"], "KOR", kind="certificate")])])

write("y03-copenhagen-police-region-south-sweden", "Copenhagen Police", "2025-10-15", [meeting(
    "2025-10-14", None, "DNK", [
        d("SWE", "Police Region South of the Swedish Police Authority", False,
          m("Petra Stenkula", None, "Regional Police Chief", True)),
        d("DNK", "Copenhagen Police", True, m("Anne Tønnes", None, "Police Director"),
          m("Jørgen Bergen Skov", "Chief Superintendent", "head of the Special Crime Unit")),
    ])])

write("y04-montevideo-southern-cone-roll-call", None, None, [meeting(
    "2025-12-02", "Montevideo", "URY", [
        d("URY", None, True, m("Carlos Negro", None, "Minister of the Interior of Uruguay")),
        d("ARG", None, False, m("Luis Alejandro Rolle", "Commissioner General", "Chief of the Federal Police", True)),
        d("BRA", None, False, m("Andrei Augusto Passos Rodrigues", None, "Director General of the Federal Police", True)),
        d("PRY", None, False, m("Carlos Benítez", "Commissioner General", None, True)),
    ], agreements=[ag("joint statement on the exchange of port intelligence", "statement", ["URY", "ARG", "BRA", "PRY"])])])
