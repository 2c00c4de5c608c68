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


write("z01-kigali-rwanda-mozambique-police-mou", "Rwanda National Police", "2025-08-28", [meeting(
    "2025-08-26", "Kigali", "RWA", [
        d("RWA", "Rwanda National Police", True, m("Felix Namuhoranye", None, "Inspector General of Police"),
          m("Vincent Sano", "DIG", "Deputy Inspector General of Police in charge of Operations")),
        d("MOZ", "Police of the Republic of Mozambique", False,
          m("Bernardino Rafael", None, "General Commander of the Police of the Republic of Mozambique", True)),
    ], agreements=[ag("memorandum of understanding on joint training", "memorandum", ["RWA", "MOZ"])])])

write("z02-kuwait-city-kuwait-oman-interior", "Kuwait News Agency (KUNA)", "2025-12-09", [meeting(
    "2025-12-08", "Kuwait City", "KWT", [
        d("KWT", "Ministry of Interior", True,
          m("Salem Nawaf Al-Ahmad Al-Sabah", "Lieutenant General", "Undersecretary of the Ministry of Interior"),
          m("Abdullah Al-Rajhi", "Major General", "Assistant Undersecretary for Security Affairs")),
        d("OMN", None, False,
          m("Saif bin Ali Al Habsi", "Major General",
            "Assistant Inspector General of Police and Customs for Operations of the Sultanate of Oman")),
    ])])

write("z03-belgrade-serbia-hungary-joint-patrols", None, None, [meeting(
    "2026-01-16", "Belgrade", "SRB", [
        d("SRB", None, True, m("Dragan Vasiljević", None, "Police Director General"),
          m("Mitar Đurašković", "Police Major General", "head of the Border Police Administration")),
        d("HUN", None, False, m("János Balogh", "Police Lieutenant General", "National Police Chief of Hungary", True)),
    ])])

video = meeting("2026-02-05", None, None, [
    d("FIN", "Finnish Border Guard", True,
      m("Pasi Kostamovaara", "Lieutenant General", "Chief of the Finnish Border Guard", True)),
    d("NOR", None, False, m("Kristian Lund", "Police Master", "Head of Border Control at the National Police Directorate", True)),
    d("SWE", None, False, m("Diana Sörensen", None, "Deputy National Police Commissioner", True)),
    d("EST", None, False, m("Egert Belitšev", None, "Director General", True)),
])
video["format"] = "video_conference"
write("z04-video-nordic-border-guards-roll-call", "Finnish Border Guard", "2026-02-06", [video])
