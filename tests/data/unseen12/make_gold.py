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


write("v01-bogota-colombia-peru-ecuador-amazon-border", "Office of Communications, National Police of Colombia", None, [meeting(
    "2025-08-12", "Bogotá", "COL", [
        d("COL", "National Police", True,
          m("Carlos Fernando Triana Beltrán", "General", "Director General of the National Police", True),
          m("Herman Alejandro Bustamante Jiménez", "Brigadier General", "Director of Anti-Narcotics")),
        d("PER", "National Police of Peru", False,
          m("Víctor Manuel Zanabria Angulo", "General", "Commander General of the National Police of Peru", True),
          m("Juan Carlos Rincón", "Colonel", "head of the Peruvian police attaché office in Bogotá")),
        d("ECU", "National Police of Ecuador", False,
          m("César Augusto Zapata Correa", "General", "Commander General of the National Police of Ecuador", True)),
    ], agreements=[ag("joint declaration against illegal mining and drug trafficking", "statement", ["COL", "PER", "ECU"])])])

SARANOVIC = "Danilo Šaranović"
heads = {"SRB": "Ivica Dačić", "ALB": "Besfort Lamallari", "BIH": "Nenad Nešić", "MKD": "Panče Toškovski"}
write("v02-podgorica-western-balkans-interior-ministers", None, None, [meeting(
    "2025-03-06", "Podgorica", "MNE", [
        d("MNE", None, True, m(SARANOVIC, None, "Minister of Interior of Montenegro", True)),
        d("SRB", None, False, m("Ivica Dačić", None, "First Deputy Prime Minister and Minister of Interior", True)),
        d("ALB", None, False, m("Besfort Lamallari", None, "Deputy Minister of Interior", True)),
        d("BIH", None, False, m("Nenad Nešić", None, "Minister of Security", True)),
        d("MKD", None, False, m("Panče Toškovski", None, None, True)),
        d("Europol", "Europol", False, m("Catherine De Bolle", None, "Executive Director")),
    ], awards=[aw(SARANOVIC, "MNE", [name], side) for side, name in heads.items()])])

TENNAKOON = "Deshabandu Tennakoon"
write("v03-colombo-sri-lanka-maldives-police", "Sri Lanka Police", "2025-01-22", [meeting(
    "2025-01-21", "Colombo", "LKA", [
        d("MDV", "Maldives Police Service", False,
          m("Ali Shujau", "Commissioner of Police", None, True),
          m("Ibrahim Mohamed Didi", "Deputy Commissioner of Police", None)),
        d("LKA", "Sri Lanka Police", True,
          m(TENNAKOON, None, "Inspector General of Police"),
          m("Priyantha Weerasooriya", "Senior Deputy Inspector General", "Director of the Criminal Investigation Department"),
          m("Nihal Thalduwa", "Deputy Inspector General", None)),
    ], agreements=[ag("memorandum of understanding on police training", "memorandum", ["MDV", "LKA"])],
    awards=[aw(TENNAKOON, "LKA", ["Ali Shujau"], "MDV")])])

KAFEERO = "Moses Kafeero"
write("v04-kampala-east-africa-cattle-rustling", None, None, [meeting(
    "2025-10-07", "Kampala", "UGA", [
        d("UGA", "Kampala Metropolitan Police", True,
          m(KAFEERO, "Assistant Inspector General of Police", "Commander of Kampala Metropolitan Police")),
        d("KEN", None, False, m("Eliud Lagat", "Deputy Inspector General", None, True)),
        d("SSD", "South Sudan National Police Service", False,
          m("Atem Marol Biar", "Major General",
            "Director of Criminal Investigations of the South Sudan National Police Service")),
    ], awards=[aw(KAFEERO, "UGA", ["Eliud Lagat"], "KEN"), aw(KAFEERO, "UGA", ["Atem Marol Biar"], "SSD")])])
