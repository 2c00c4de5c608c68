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


MUWAIZA = "Khalid bin Muwaiza"
heads = {"KWT": "Mohammed Al Ajmi", "OMN": "Saif Al Harthy", "QAT": "Ahmed Al Kuwari"}
write("x01-dubai-police-gcc-drug-control-roll-call", "Dubai Media Office", "2025-04-23", [meeting(
    "2025-04-22", "Dubai", "ARE", [
        d("ARE", "Dubai Police", True,
          m(MUWAIZA, "Brigadier", "Director of the General Department of Anti-Narcotics at Dubai Police", True)),
        d("KWT", None, False, m("Mohammed Al Ajmi", "Brigadier", "Director General of Drug Control", True)),
        d("OMN", None, False, m("Saif Al Harthy", "Colonel", "Director of the Directorate General of Narcotics Control", True)),
        d("QAT", None, False, m("Ahmed Al Kuwari", "Colonel", "Director of the Drug Enforcement Department", True)),
    ], awards=[aw(MUWAIZA, "ARE", [name], side) for side, name in heads.items()])])

FAYE = "Martin Faye"
write("x02-dakar-senegal-mauritania-gendarmerie", "Senegalese Ministry of the Armed Forces", "2025-07-10", [meeting(
    "2025-07-08", "Dakar", "SEN", [
        d("SEN", "National Gendarmerie", True,
          m(FAYE, "General", "High Commander of the National Gendarmerie"),
          m("Abdou Sène", "Colonel", "commander of the Saint-Louis gendarmerie legion")),
        d("MRT", "Mauritanian National Gendarmerie", False,
          m("Mohamed Vall Ould Cheikh", "Brigadier General", "Chief of Staff", True)),
    ], awards=[{"award": "Medal of Honour of the Gendarmerie", "kind": "medal", "giver": FAYE, "giver_side": "SEN",
                "recipients": [], "recipient_group": "two members of the Mauritanian delegation",
                "recipient_side": "MRT"}])])

write("x03-lucknow-india-nepal-border-coordination", "PIB Delhi", None, [meeting(
    "2025-03-12", "Lucknow", "IND", [
        d("IND", "Sashastra Seema Bal", True, m("Amrit Mohan Prasad", None, "Director General, SSB", True)),
        d("NPL", "Armed Police Force", False,
          m("Narayan Datt Paudel", "Additional Inspector General of Police", "Chief of the APF Border Security Directorate",
            True)),
    ])])

write("x04-sarajevo-bosnia-croatia-border-police", None, None, [meeting(
    "2025-11-27", "Sarajevo", "BIH", [
        d("BIH", "Border Police of Bosnia and Herzegovina", True,
          m("Zoran Galić", None, "Director of the Border Police of Bosnia and Herzegovina"),
          m("Nikola Mitrović", None, "Deputy Director")),
        d("HRV", "Croatian Border Police Directorate", False,
          m("Zoran Ničeno", "Chief Police Inspector", "Head of the Croatian Border Police Directorate"),
          m("Ivana Perić", "Police Superintendent", "head of the Service for Foreigners")),
    ], agreements=[ag("protocol on joint patrols on the Sava River", "protocol", ["BIH", "HRV"])])])
