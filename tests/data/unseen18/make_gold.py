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


KHULAIFI, MAAYTAH = "Saad bin Jassim Al Khulaifi", "Obaidullah Al Maaytah"
write("b01-doha-qatar-jordan-public-security", "Qatar Ministry of Interior", "2025-03-12", [meeting(
    "2025-03-11", "Doha", "QAT", [
        d("QAT", None, True, m(KHULAIFI, "Staff Major General", "Director General of Public Security")),
        d("JOR", "Public Security Directorate of the Hashemite Kingdom of Jordan", False,
          m(MAAYTAH, "Major General", "Director of the Public Security Directorate of the Hashemite Kingdom of Jordan")),
    ], awards=[aw(KHULAIFI, "QAT", [MAAYTAH], "JOR")])])

write("b02-jakarta-indonesia-malaysia-police-talks", None, None, [meeting(
    "2025-10-13", "Jakarta", "IDN", [
        d("IDN", "Indonesian National Police", True, m("Listyo Sigit Prabowo", "General", "National Police Chief")),
        d("MYS", None, False, m("Razarudin Husain", "Inspector-General of Police", None),
          m("Mohd Shuhaily Mohd Zain", None, "Director of the Criminal Investigation Department")),
    ], agreements=[ag("joint statement on combating online gambling syndicates", "statement", ["IDN", "MYS"])])])

write("b03-tirana-albania-italy-state-police", "Albanian State Police", "2025-05-22", [meeting(
    "2025-05-21", "Tirana", "ALB", [
        d("ALB", "State Police", True, m("Ilir Proda", None, "General Director of the State Police"),
          m("Rinaldo Mema", None, "Deputy General Director of the State Police")),
        d("ITA", "Italian State Police", False, m("Vittorio Pisani", "Prefect", "Chief of the Italian State Police", True),
          m("Marco Alberti", None, "Italian Ambassador to Albania")),
    ])])

LAGAT = "Eliud Lagat"
write("b04-nairobi-kenya-ethiopia-border-police", "National Police Service Kenya", "2025-09-19", [meeting(
    "2025-09-18", "Nairobi", "KEN", [
        d("KEN", "Kenya Police Service", True, m(LAGAT, None, "Deputy Inspector General of the Kenya Police Service")),
        d("ETH", "Ethiopian Federal Police", False, m("Zelalem Mengiste", "Deputy Commissioner General", None, True)),
    ], awards=[aw(LAGAT, "KEN", ["Zelalem Mengiste"], "ETH")])])
