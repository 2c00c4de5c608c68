"""A seeded generator of realistic meeting records, written as JSON Lines (SCHEMA.md).

    python bench/generate.py --meetings 100000 --seed 1 -o /tmp/m100k.jsonl
    whomet --db /tmp/m100k.db import /tmp/m100k.jsonl

The world it draws from: a few thousand recurring officials, each with a fixed side and
organisation and a rank/position that changes rarely (one promotion at most); who attends
is skewed (Zipf-like), so a few people meet often and most rarely; 2 to 7 sides per
meeting, agreements in ~40% of meetings and awards in ~25%, 15 years of dates, the
host's cities, topics. Same seed, same file.
"""

import argparse
import datetime as dt
import itertools
import json
import random
import sys
from pathlib import Path

# side -> (adjective for organisations, cities); a weight follows the order (Zipf over sides).
SIDES = {
    "RUS": ("Russian Federation", ["Moscow", "Saint Petersburg", "Makhachkala", "Kazan", "Sochi"]),
    "AZE": ("Republic of Azerbaijan", ["Baku", "Ganja", "Sumgait"]),
    "KAZ": ("Republic of Kazakhstan", ["Astana", "Almaty", "Aktau"]),
    "GEO": ("Georgia", ["Tbilisi", "Batumi", "Kutaisi"]),
    "BLR": ("Republic of Belarus", ["Minsk", "Brest", "Grodno"]),
    "UZB": ("Republic of Uzbekistan", ["Tashkent", "Samarkand"]),
    "KGZ": ("Kyrgyz Republic", ["Bishkek", "Osh", "Cholpon-Ata"]),
    "TJK": ("Republic of Tajikistan", ["Dushanbe", "Khujand"]),
    "ARM": ("Republic of Armenia", ["Yerevan", "Gyumri"]),
    "TUR": ("Republic of Turkey", ["Ankara", "Istanbul"]),
    "CHN": ("People's Republic of China", ["Beijing", "Urumqi", "Shanghai"]),
    "MDA": ("Republic of Moldova", ["Chisinau"]),
    "MNG": ("Mongolia", ["Ulaanbaatar"]),
    "IRN": ("Islamic Republic of Iran", ["Tehran"]),
    "TKM": ("Turkmenistan", ["Ashgabat"]),
    "SRB": ("Republic of Serbia", ["Belgrade", "Novi Sad"]),
    "VNM": ("Socialist Republic of Vietnam", ["Hanoi", "Ho Chi Minh City"]),
    "LAO": ("Lao People's Democratic Republic", ["Vientiane"]),
    "IDN": ("Republic of Indonesia", ["Jakarta", "Bali"]),
    "LVA": ("Republic of Latvia", ["Riga"]),
    "LTU": ("Republic of Lithuania", ["Vilnius"]),
    "ESP": ("Kingdom of Spain", ["Madrid"]),
    "FRA": ("French Republic", ["Paris", "Lyon"]),
    "DEU": ("Federal Republic of Germany", ["Berlin", "Wiesbaden"]),
    "ITA": ("Italian Republic", ["Rome"]),
    "PAK": ("Islamic Republic of Pakistan", ["Islamabad"]),
    "OMN": ("Sultanate of Oman", ["Muscat"]),
    "ARE": ("United Arab Emirates", ["Abu Dhabi", "Dubai"]),
    "EGY": ("Arab Republic of Egypt", ["Cairo"]),
    "INTERPOL": ("INTERPOL", ["Lyon", "Singapore"]),
    "Europol": ("Europol", ["The Hague"]),
    "UNODC": ("UNODC", ["Vienna"]),
    "CSTO": ("CSTO", ["Moscow"]),
    "CIS": ("CIS", ["Minsk"]),
    "OSCE": ("OSCE", ["Vienna"]),
    "SCO": ("SCO", ["Beijing"]),
}
BODY_ORGS = {
    "INTERPOL": ["General Secretariat of INTERPOL"], "Europol": ["European Union Agency for Law Enforcement Cooperation"],
    "UNODC": ["United Nations Office on Drugs and Crime"], "CSTO": ["Secretariat of the Collective Security Treaty Organization"],
    "CIS": ["Bureau for the Coordination of the Fight against Organized Crime of the CIS"],
    "OSCE": ["OSCE Transnational Threats Department"], "SCO": ["SCO Regional Anti-Terrorist Structure"],
}
ORG_PATTERNS = ["Ministry of Internal Affairs of the {}", "State Border Service of the {}",
                "Investigative Committee of the {}", "Prosecutor General's Office of the {}",
                "Drug Control Agency of the {}", "Migration Service of the {}"]
RANKS = ["Lieutenant Colonel of Police", "Colonel of Police", "Police Colonel", "Major General of Police",
         "Lieutenant General of Police", "Colonel-General of Police", "General of Police", None, None]
POSITIONS = ["Minister of Internal Affairs", "First Deputy Minister", "Deputy Minister", "Head of the Main Department of International Cooperation",
             "Head of the Criminal Police Department", "Head of the Drug Control Department", "Chief of Staff",
             "Head of the Border Guard", "Head of the Migration Department", "Head of the Interpol National Central Bureau",
             "Senior Inspector", "Head of the Counter-Terrorism Centre", "Attaché for Internal Affairs"]
FIRST = ["Sergey", "Aleksandr", "Vladimir", "Seyfulla", "Vilayat", "Nurlan", "Yerlan", "Levan", "Giorgi", "Nino", "Ivan",
         "Dmitry", "Andrei", "Rustam", "Farid", "Aziz", "Bakhtiyar", "Arman", "Ahmet", "Mehmet", "Li", "Wang", "Ion", "Dorin",
         "Bat-Erdene", "Ali", "Reza", "Milan", "Nguyen", "Somsak", "Budi", "Janis", "Tomas", "Carlos", "Pierre", "Hans",
         "Marco", "Imran", "Said", "Khalid", "Olga", "Elena", "Anna", "Aigul", "Gulnara", "Zarina", "Tamar", "Maria"]
LAST = ["Bachurin", "Azimov", "Eyvazov", "Tursynbekov", "Tsiklauri", "Popov", "Ivanov", "Kuznetsov", "Aliyev", "Mammadov",
        "Suleimenov", "Beridze", "Kapanadze", "Karpenkov", "Rashidov", "Yusupov", "Niyazov", "Sadyrbaev", "Rahimov",
        "Harutyunyan", "Yilmaz", "Demir", "Zhang", "Chen", "Rusu", "Ceban", "Baatar", "Ahmadi", "Petrovic", "Tran",
        "Phommavong", "Santoso", "Berzins", "Kazlauskas", "Garcia", "Dubois", "Schmidt", "Rossi", "Khan", "Al-Busaidi",
        "Al-Mansouri", "Hassan", "Sokolova", "Orlova", "Abenova", "Nazarova", "Gelashvili", "Papadopoulos"]
KINDS = ["working group meeting", "talks", "official visit", "consultations", "ministerial meeting",
         "council meeting", "workshop", "signing ceremony"]
AGREEMENT_KINDS = ["protocol", "plan", "memorandum", "agreement", "programme", "roadmap", "statement", "other"]
AGREEMENT_TITLES = ["Plan of joint measures against drug trafficking for {y}", "Protocol of the working group meeting",
                    "Memorandum of understanding on police education", "Agreement on cooperation in combating crime",
                    "Programme of cooperation for {y}-{y2}", "Roadmap on border security", "Joint statement on migration"]
AWARD_KINDS = ["medal", "medal", "order", "badge", "certificate", "diploma", "gift"]
AWARDS = ["For International Cooperation", "For Strengthening the Combat Commonwealth", "For Merit in Service",
          "Honorary badge of the Ministry", "For Cooperation in Law Enforcement", None]
TOPICS = ["drug trafficking", "terrorism", "extremism", "illegal migration", "border security", "cybercrime",
          "transnational organized crime", "human trafficking", "firearms trafficking", "money laundering",
          "search for wanted persons", "police education", "road safety", "information exchange", "extradition",
          "cultural property", "environmental crime", "corruption", "smuggling", "public order at mass events"]


class World:
    def __init__(self, rng: random.Random, n_people: int):
        self.rng = rng
        self.sides = list(SIDES)
        self.side_weights = [1 / (i + 1) ** 0.9 for i in range(len(self.sides))]
        self.orgs = {}
        for side, (adj, _cities) in SIDES.items():
            if side in BODY_ORGS:
                self.orgs[side] = BODY_ORGS[side]
            else:
                k = rng.randint(2, 4)
                self.orgs[side] = [p.format(adj) for p in ORG_PATTERNS[:k]]
        self.people: dict[str, list[dict]] = {s: [] for s in self.sides}
        seen = set()
        start, end = dt.date(2011, 1, 1), dt.date(2025, 12, 31)
        while sum(len(v) for v in self.people.values()) < n_people:
            side = rng.choices(self.sides, self.side_weights)[0]
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if rng.random() < 0.3:
                name = f"{rng.choice(FIRST)} {rng.choice(FIRST)}ovich {rng.choice(LAST)}"
            if (name, side) in seen:
                continue
            seen.add((name, side))
            orgs = self.orgs[side]
            org = orgs[min(int(rng.paretovariate(1.5)) - 1, len(orgs) - 1)]
            rank_i = rng.randrange(len(RANKS))
            person = {"name": name, "org": org, "rank": RANKS[rank_i], "position": rng.choice(POSITIONS),
                      "promoted": None, "rank2": None, "position2": None}
            if rng.random() < 0.2:  # one promotion at most
                days = (end - start).days
                person["promoted"] = start + dt.timedelta(days=rng.randrange(days))
                person["rank2"] = RANKS[min(rank_i + 1, 6)] if RANKS[rank_i] else None
                person["position2"] = rng.choice(POSITIONS)
            self.people[side].append(person)
        # Zipf-like participation within a side: the k-th person weighs 1/k.
        self.person_cum = {s: list(itertools.accumulate(1 / (k + 1) for k in range(len(v))))
                           for s, v in self.people.items()}

    def pick_people(self, side: str, n: int) -> list[dict]:
        pool = self.people[side]
        if not pool:
            return []
        chosen = []
        for _ in range(n * 3):
            p = self.rng.choices(pool, cum_weights=self.person_cum[side])[0]
            if p not in chosen:
                chosen.append(p)
            if len(chosen) == n:
                break
        return chosen


def n_sides(rng: random.Random) -> int:
    return rng.choices([2, 3, 4, 5, 6, 7], [60, 18, 9, 6, 4, 3])[0]


def meeting(world: World, rng: random.Random, date: dt.date) -> dict:
    k = n_sides(rng)
    sides = []
    while len(sides) < k:
        s = rng.choices(world.sides, world.side_weights)[0]
        if s not in sides and world.people[s]:
            sides.append(s)
    host = sides[0]
    video = rng.random() < 0.1
    kind = "video conference" if video else rng.choice(KINDS)
    delegations = []
    for side in sides:
        members = []
        people = world.pick_people(side, rng.choices([1, 2, 3, 4], [45, 30, 15, 10])[0])
        head_i = 0 if rng.random() < 0.8 else None
        for i, p in enumerate(people):
            later = p["promoted"] is not None and date >= p["promoted"]
            members.append({"name": p["name"], "rank": p["rank2"] if later else p["rank"],
                            "position": p["position2"] if later else p["position"], "head": i == head_i})
        groups = [f"chiefs of departments of the {people[0]['org']}"] if people and rng.random() < 0.25 else []
        delegations.append({"side": side, "organization": people[0]["org"] if people else None,
                            "host": side == host and not video, "members": members, "groups": groups})
    agreements = []
    if rng.random() < 0.4:
        for _ in range(rng.choices([1, 2, 3], [70, 22, 8])[0]):
            title = rng.choice(AGREEMENT_TITLES).format(y=date.year, y2=date.year + 2)
            agreements.append({"title": title, "kind": rng.choice(AGREEMENT_KINDS), "parties": rng.sample(sides, 2)})
    awards = []
    if rng.random() < 0.25:
        giver_d = delegations[0]
        other = rng.choice(delegations[1:])
        giver = giver_d["members"][0]["name"] if giver_d["members"] else None
        if other["members"] and rng.random() < 0.6:
            recipients, group = [m["name"] for m in other["members"][: rng.randint(1, 2)]], None
        else:
            recipients, group = [], f"representatives of the {other['organization'] or other['side']}"
        awards.append({"award": rng.choice(AWARDS), "kind": rng.choice(AWARD_KINDS), "giver": giver,
                       "giver_side": giver_d["side"], "recipients": recipients, "recipient_group": group,
                       "recipient_side": other["side"]})
    names = " and ".join(SIDES[s][0] for s in sides[:3]) + (" and others" if len(sides) > 3 else "")
    city = None if video else rng.choice(SIDES[host][1])
    country = None if video or host in BODY_ORGS else host
    return {"date": date.isoformat(), "title": f"{kind.capitalize()} of {names}", "kind": kind,
            "format": "video_conference" if video else "in_person", "place": {"city": city, "country": country},
            "delegations": delegations, "agreements": agreements, "awards": awards,
            "topics": rng.sample(TOPICS, rng.randint(1, 4))}


def generate(meetings: int, seed: int, people: int | None = None):
    """Yield records (dicts), one meeting each, dated in order over 15 years."""
    rng = random.Random(seed)
    world = World(rng, people or max(200, min(4000, meetings // 25)))
    start = dt.date(2011, 1, 1)
    span = (dt.date(2025, 12, 31) - start).days
    dates = sorted(start + dt.timedelta(days=rng.randrange(span)) for _ in range(meetings))
    for date in dates:
        m = meeting(world, rng, date)
        host = m["delegations"][0]["organization"] or m["delegations"][0]["side"]
        yield {"source": {"publisher": f"Press service of the {host}", "date": date.isoformat(), "language": "en"},
               "meetings": [m]}


def build_store(db: Path, meetings: int, seed: int, per_file: int = 25000) -> None:
    """A store at `db` holding `meetings` generated meetings, imported the way a user would (the
    benchmarks' shared fixture)."""
    import tempfile
    import time

    from whomet.store.db import open_engine
    from whomet.store.importer import import_paths

    db.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        write(generate(meetings, seed), Path(tmp), per_file=per_file)
        engine = open_engine(db)
        report = import_paths(engine, [Path(tmp)])
        assert not report.failed, report.failed
        engine.dispose()
        print(f"built {db}: {meetings:,} meetings in {time.perf_counter() - t:.1f} s", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--people", type=int, default=None, help="recurring people (default: meetings/25, 200..4000)")
    parser.add_argument("--per-file", type=int, default=0,
                        help="records per file; with it OUTPUT is a directory of NNN.jsonl files "
                             "(the importer reads files up to 64 MiB: ~35,000 records)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    write(generate(args.meetings, args.seed, args.people), args.output, args.per_file)
    print(f"{args.meetings} meetings -> {args.output}", file=sys.stderr)
    return 0


def write(records, output: Path, per_file: int = 0) -> list[Path]:
    """Write records as JSON Lines to `output`, or to numbered files in the directory `output`."""
    if per_file <= 0:
        with output.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return [output]
    output.mkdir(parents=True, exist_ok=True)
    paths, out = [], None
    for i, record in enumerate(records):
        if i % per_file == 0:
            if out:
                out.close()
            paths.append(output / f"{i // per_file:03d}.jsonl")
            out = paths[-1].open("w", encoding="utf-8")
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out:
        out.close()
    return paths


if __name__ == "__main__":
    sys.exit(main())
