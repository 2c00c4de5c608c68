"""Writes gold/*.json for unseen11 (kept so the gold is reviewable in one place)."""
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


MUHAIRI = "Ahmed Saif bin Zaitoon Al Muhairi"
write("t01-abu-dhabi-police-bahrain-forensics", "Abu Dhabi Police", "2025-02-12", [meeting(
    "2025-02-10", "Abu Dhabi", "ARE", [
        d("ARE", "Abu Dhabi Police", True,
          m(MUHAIRI, "Major General", "Commander-in-Chief of Abu Dhabi Police"),
          m("Mohammed Suhail Al Rashdi", "Brigadier", "Director of the Criminal Investigation Directorate")),
        d("BHR", None, False,
          m("Khalid Abdulla Al Doseri", "Brigadier", "Director General of Criminal Investigation and Forensic Science", True)),
    ], awards=[aw(MUHAIRI, "ARE", ["Khalid Abdulla Al Doseri"], "BHR")])])

CHAIR = "Mohammad Irwan bin Haji Hambali"
heads = {"THA": "Surachate Hakparn", "SGP": "Lim Teck Huat", "IDN": "Krishna Murti", "PHL": "Jonnel Estomo"}
write("t02-bandar-seri-begawan-roll-call-transnational-crime", None, None, [meeting(
    "2025-05-14", "Bandar Seri Begawan", "BRN", [
        d("BRN", "Royal Brunei Police Force", True, m(CHAIR, "Commissioner of Police", "Commissioner of the RBPF", True)),
        d("THA", None, False, m("Surachate Hakparn", "Police Lieutenant General", "Commander of the Immigration Bureau", True)),
        d("SGP", None, False, m("Lim Teck Huat", "Assistant Commissioner of Police",
                                "Director of the Criminal Investigation Department", True)),
        d("IDN", None, False, m("Krishna Murti", "Inspector General", "Head of the International Relations Division", True)),
        d("PHL", None, False, m("Jonnel Estomo", "Police Brigadier General", None, True)),
    ], awards=[aw(CHAIR, "BRN", [name], side) for side, name in heads.items()])])

ISHOLA = "Olanrewaju Ishola"
write("t03-lagos-command-ghana-police-cid", "Lagos State Police Command", "2025-03-20", [meeting(
    "2025-03-18", "Lagos", "NGA", [
        d("NGA", "Lagos State Police Command", True,
          m(ISHOLA, "CP", "Commissioner of Police, Lagos State Police Command"),
          m("Adebowale Lawal", "DCP", "Deputy Commissioner of Police in charge of Operations")),
        d("GHA", "Ghana Police Service", False,
          m("Faustina Andoh-Kwofie", "COP", "Director-General of the Criminal Investigations Department", True),
          m("Isaac Kojo Asante", "ACP", "Director of Operations")),
    ], awards=[aw(ISHOLA, "NGA", ["Faustina Andoh-Kwofie"], "GHA")])])

write("t04-oslo-nordic-police-chiefs-roll-call", None, None, [meeting(
    "2025-09-02", "Oslo", "NOR", [
        d("NOR", "Norwegian National Police Directorate", True,
          m("Benedicte Bjørnland", "National Police Commissioner", "Director of the NPD", True)),
        d("SWE", None, False, m("Petra Lundh", None, "National Police Commissioner", True)),
        d("FIN", None, False, m("Ilkka Koskimäki", "Police Commissioner", "Deputy National Police Commissioner", True)),
        d("DNK", None, False, m("Thorkild Fogde", None, "National Commissioner of Police", True)),
        d("ISL", None, False, m("Sigríður Björk Guðjónsdóttir", None, None, True)),
    ])])
