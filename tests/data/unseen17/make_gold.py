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


write("a01-karachi-police-turkish-national-police", "Sindh Police", "2025-04-17", [meeting(
    "2025-04-16", "Karachi", "PAK", [
        d("PAK", "Sindh Police", True, m("Javed Alam Odho", None, "Additional Inspector General of Police Karachi"),
          m("Asad Raza", None, "DIG South")),
        d("TUR", "Turkish National Police", False,
          m("Mehmet Yılmaz", "Police Chief Superintendent", "Head of the Counter-Terrorism Department", True)),
    ])])

souvenir = [{"award": None, "kind": "gift", "giver": None, "giver_side": None, "recipients": [name],
             "recipient_group": None, "recipient_side": side}
            for side, name in (("KAZ", "Arman Zhumabekov"), ("KOR", "Lee Ji-won"))]
write("a02-ulaanbaatar-northeast-asia-roll-call", None, None, [meeting(
    "2025-06-20", "Ulaanbaatar", "MNG", [
        d("MNG", "General Police Department of Mongolia", True,
          m("Batsaikhan Ganbayar", "Police Major General", "Deputy Head of the General Police Department", True)),
        d("KAZ", None, False, m("Arman Zhumabekov", "Colonel", "Head of the Anti-Drug Department")),
        d("KOR", None, False, m("Lee Ji-won", "Senior Superintendent", None)),
    ], awards=souvenir)])

write("a03-tokyo-npa-japan-philippines-acronym-chair", "Philippine National Police", "2025-07-04", [meeting(
    "2025-07-02", "Tokyo", "JPN", [
        d("PHL", "Philippine National Police", False,
          m("Jose Melencio Nartatez Jr.", "Police Lieutenant General", "Deputy Chief for Administration", True)),
        d("JPN", "National Police Agency", True,
          m("Kenji Tanaka", "Police Superintendent Supervisor", "Director of the International Affairs Division of the NPA",
            True)),
    ])])

write("a04-lima-peru-bolivia-border-commission", "Press Office of the Peruvian National Police", None, [meeting(
    "2025-09-10", "Lima", "PER", [
        d("PER", "Peruvian National Police", True,
          m("Óscar Arriola Delgado", "Police Lieutenant General", "Chief of Staff of the Peruvian National Police", True)),
        d("BOL", "Bolivian Police", False, m("Augusto Russo Sandoval", None, "Commander General", True)),
    ], agreements=[ag("action plan against contraband and drug trafficking on Lake Titicaca", "plan", ["PER", "BOL"])])])
