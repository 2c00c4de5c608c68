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


def awg(giver, gside, group, rside, kind="gift"):
    return {"award": None, "kind": kind, "giver": giver, "giver_side": gside, "recipients": [],
            "recipient_group": group, "recipient_side": rside}


RASHID = "Rashid bin Abdullah Al Khalifa"
BASSAMI = "Mohammed bin Abdullah Al Bassami"
write("w01-manama-bahrain-saudi-public-security", None, None, [meeting(
    "2025-02-04", "Manama", "BHR", [
        d("BHR", None, True, m(RASHID, "General", "Interior Minister"),
          m("Tariq Al Hassan", "Major General", "Chief of Public Security")),
        d("SAU", None, False, m(BASSAMI, "Lieutenant General", "Director of Public Security of the Kingdom of Saudi Arabia")),
    ], awards=[aw(BASSAMI, "SAU", [RASHID], "BHR")])])

TUNG = "Pham The Tung"
write("w02-vientiane-vietnam-laos-public-security", "Vietnam Ministry of Public Security", "2025-06-18", [meeting(
    "2025-06-16", "Vientiane", "LAO", [
        d("VNM", "Ministry of Public Security of Vietnam", False,
          m(TUNG, "Senior Lieutenant General", "Deputy Minister", True),
          m("Nguyen Minh Chinh", "Major General", "Director of the Department of International Cooperation"),
          m("Tran Thi Lan", "Colonel", "Deputy Director of the Department of Criminal Police")),
        d("LAO", "Lao Ministry of Public Security", True,
          m("Vilay Lakhamphong", "Police Major General", "Minister of Public Security of Laos", True),
          m("Khamphan Phommathat", "Pol. Brig. Gen.", "Director General of the General Police Department")),
    ], agreements=[ag("plan of cooperation for 2025-2026", "plan", ["VNM", "LAO"])],
    awards=[awg(TUNG, "VNM", "the Lao side", "LAO")])])

write("w03-solna-stockholm-helsinki-police", "Swedish Police Authority", "2025-11-05", [meeting(
    "2025-11-04", "Solna", "SWE", [
        d("SWE", "Police Region Stockholm", True,
          m("Per Engström", None, "Regional Police Chief"),
          m("Karin Åberg", "Detective Chief Inspector", "head of the regional intelligence unit")),
        d("FIN", "Helsinki Police Department", False,
          m("Jarmo Heinonen", None, "Chief of Police of Helsinki", True),
          m("Marko Forss", "Detective Superintendent", None)),
    ])])

VAZQUEZ = "Pablo Vázquez Camacho"
write("w04-mexico-city-guatemala-civil-police", None, None, [meeting(
    "2025-05-21", "Mexico City", "MEX", [
        d("MEX", None, True, m(VAZQUEZ, None, "Secretary of Citizen Security"),
          m("Juan Manuel García Ortegón", "Commissioner General", "Undersecretary of Police Operations")),
        d("GTM", "National Civil Police", False, m("David Custodio Boteo", None, "Director General", True)),
    ], awards=[aw(VAZQUEZ, "MEX", ["David Custodio Boteo"], "GTM", kind="badge")])])
