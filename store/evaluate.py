"""Scoring extracted records against gold records, exactly as SCHEMA.md's "Scoring" section says.

- attendees: the set of (name, side) over all meetings of a release; precision, recall, F1
  with true/false positives and false negatives summed over releases;
- heads: the same for members with head true;
- rank and position: over matched attendees, the share whose rank (position) equals the
  gold one after normalising case, hyphens and the words 'of'/'the';
- agreements: the multiset of kind per release; F1;
- awards: the set of (giver, or the award name when no giver, recipient_side); F1;
- date, place city, place country: the share of gold meetings whose value equals that of
  the extracted meeting in the same position (meetings matched in order).

Names, cities and sides compare after folding case and accents, dropping dots and turning
hyphens and dashes into spaces (store.names.fold). Releases where the extractor fell back (an
internal error caught, a text cut short) are counted and listed in `fallbacks`: a score over
them would hide the failure. Pure data: no printing here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from whomet.store.names import fold
from whomet.store.record import Record, parse_record


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Counter, got: Counter) -> None:
        tp = sum((gold & got).values())
        self.tp += tp
        self.fp += sum(got.values()) - tp
        self.fn += sum(gold.values()) - tp


@dataclass
class Share:
    matched: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.matched / self.total if self.total else 1.0


@dataclass
class Miss:
    release: str
    field: str
    expected: Any
    got: Any


@dataclass
class Fallback:
    release: str
    reason: str


@dataclass
class EvalReport:
    releases: int = 0
    attendees: PRF = field(default_factory=PRF)
    heads: PRF = field(default_factory=PRF)
    agreements: PRF = field(default_factory=PRF)
    awards: PRF = field(default_factory=PRF)
    rank: Share = field(default_factory=Share)
    position: Share = field(default_factory=Share)
    date: Share = field(default_factory=Share)
    city: Share = field(default_factory=Share)
    country: Share = field(default_factory=Share)
    misses: list[Miss] = field(default_factory=list)
    fallbacks: list[Fallback] = field(default_factory=list)
    rules: Any = None  # a rule_scores.RuleTable when asked for one (`whomet eval --rules`, rule_scores.evaluate_rules)

    PRF_FIELDS = ("attendees", "heads", "agreements", "awards")
    SHARE_FIELDS = ("rank", "position", "date", "city", "country")

    def merge(self, other: EvalReport, prefix: str = "") -> None:
        """Add another folder's report to this one (`whomet eval DIR DIR ...`); its releases named `prefix` + name."""
        self.releases += other.releases
        for name in self.PRF_FIELDS:
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.tp, mine.fp, mine.fn = mine.tp + theirs.tp, mine.fp + theirs.fp, mine.fn + theirs.fn
        for name in self.SHARE_FIELDS:
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.matched, mine.total = mine.matched + theirs.matched, mine.total + theirs.total
        self.misses += [Miss(prefix + m.release, m.field, m.expected, m.got) for m in other.misses]
        self.fallbacks += [Fallback(prefix + f.release, f.reason) for f in other.fallbacks]
        if other.rules is not None:
            if self.rules is None:
                self.rules = type(other.rules)()  # a rule_scores.RuleTable (not imported here: no cycle)
            self.rules.merge(other.rules, prefix)

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"releases": self.releases}
        for name in self.PRF_FIELDS:
            s: PRF = getattr(self, name)
            out[name] = {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
        for name in self.SHARE_FIELDS:
            s2: Share = getattr(self, name)
            out[name] = {"share": s2.value, "matched": s2.matched, "total": s2.total}
        out["misses"] = [asdict(m) for m in self.misses]
        out["fallbacks"] = [asdict(f) for f in self.fallbacks]
        if self.rules is not None:
            out["rules"] = self.rules.to_list()
        return out


_NORM_DROP = re.compile(r"\b(?:of|the)\b")


def norm_title(value: str | None) -> str | None:
    """Rank/position comparison key: case, hyphens and the words 'of'/'the' do not count."""
    if value is None:
        return None
    return " ".join(_NORM_DROP.sub(" ", fold(value)).split())


def _key(value: str | None) -> str:
    return fold(value) if value else ""


def _as_record(value: Record | dict) -> Record:
    return value if isinstance(value, Record) else parse_record(value)


def _members(record: Record) -> dict[tuple[str, str], Any]:
    out = {}
    for meeting in record.meetings:
        for delegation in meeting.delegations:
            for member in delegation.members:
                out.setdefault((_key(member.name), _key(delegation.side)), member)
    return out


def _award_keys(record: Record) -> set[tuple[str, str]]:
    keys = set()
    for meeting in record.meetings:
        for award in meeting.awards:
            keys.add((_key(award.giver) if award.giver else _key(award.award), _key(award.recipient_side)))
    return keys


def score_release(report: EvalReport, release: str, gold: Record | dict, got: Record | dict) -> None:
    gold, got = _as_record(gold), _as_record(got)
    report.releases += 1
    gm, pm = _members(gold), _members(got)
    report.attendees.add(Counter(gm.keys()), Counter(pm.keys()))
    for k in sorted(set(gm) - set(pm)):
        report.misses.append(Miss(release, "attendee", list(k), None))
    for k in sorted(set(pm) - set(gm)):
        report.misses.append(Miss(release, "attendee", None, list(k)))
    gh = {k for k, m in gm.items() if m.head}
    ph = {k for k, m in pm.items() if m.head}
    report.heads.add(Counter(gh), Counter(ph))
    for k in sorted(gh ^ ph):
        report.misses.append(Miss(release, "head", list(k) if k in gh else None, list(k) if k in ph else None))
    for k in sorted(set(gm) & set(pm)):
        for attr, share in (("rank", report.rank), ("position", report.position)):
            want, have = getattr(gm[k], attr), getattr(pm[k], attr)
            share.total += 1
            if norm_title(want) == norm_title(have):
                share.matched += 1
            else:
                report.misses.append(Miss(release, attr, want, have))
    ga = Counter(a.kind for m in gold.meetings for a in m.agreements)
    pa = Counter(a.kind for m in got.meetings for a in m.agreements)
    report.agreements.add(ga, pa)
    if ga != pa:
        report.misses.append(Miss(release, "agreements", sorted(ga.elements()), sorted(pa.elements())))
    gw, pw = _award_keys(gold), _award_keys(got)
    report.awards.add(Counter(gw), Counter(pw))
    for k in sorted(gw - pw):
        report.misses.append(Miss(release, "award", list(k), None))
    for k in sorted(pw - gw):
        report.misses.append(Miss(release, "award", None, list(k)))
    for i, gmeet in enumerate(gold.meetings):
        pmeet = got.meetings[i] if i < len(got.meetings) else None
        checks = (
            ("date", report.date, gmeet.date, pmeet.date if pmeet else None, lambda v: v),
            ("city", report.city, gmeet.place.city, pmeet.place.city if pmeet else None, _key),
            ("country", report.country, gmeet.place.country, pmeet.place.country if pmeet else None, _key),
        )
        for name, share, want, have, norm in checks:
            share.total += 1
            if pmeet is not None and norm(want) == norm(have):
                share.matched += 1
            else:
                report.misses.append(Miss(release, name, _plain(want), _plain(have) if pmeet else "(no meeting)"))


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def evaluate(cases: Iterable[tuple[str, Record | dict, Record | dict]]) -> EvalReport:
    """Score (release name, gold, extracted) triples."""
    report = EvalReport()
    for release, gold, got in cases:
        score_release(report, release, gold, got)
    return report


def _read_gold(path: Path) -> Record:
    """One gold record; a file that is no JSON or no record is an InputError naming it (the user's one line)."""
    from whomet.store.inputs import InputError

    try:
        return parse_record(json.loads(path.read_text(encoding="utf-8")))
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not JSON ({exc.msg} at line {exc.lineno})") from None
    except ValueError as exc:  # RecordError: the field and the problem
        raise InputError(path, str(exc)) from None


def evaluate_dir(directory: Path | str, extractor: Callable[[str], Record] | None = None,
                 split: str | None = None, batch: str | None = None,
                 observe: Callable[[str, Record, Any], None] | None = None) -> EvalReport:
    """Score extraction over DIR/releases/*.txt against DIR/gold/<same name>.json.

    With `split`, only the releases DIR/manifest.json puts in that split (store.corpus); with `batch`,
    only those of them whose name starts with it (a sealed batch such as `s27-award-`).
    With the default extractor, each release's fallbacks are counted in the report's `fallbacks`, and
    `observe(release name, gold, extraction)` sees each release's whole extraction (rule_scores.evaluate_rules).
    """
    from whomet.store.extract import extract_checked
    from whomet.store.inputs import read_release

    fallbacks: list[Fallback] = []
    if observe is not None and extractor is not None:
        raise ValueError("observe needs the default extractor (it sees the extraction, not only the record)")
    if extractor is None:
        def extractor(text: str, _name: str = "", _gold: Record | None = None) -> Record:
            checked = extract_checked(text)
            fallbacks.extend(Fallback(_name, reason) for reason in checked.fallbacks)
            if observe is not None:
                observe(_name, _gold, checked)
            return checked.record
    else:
        given = extractor
        extractor = lambda text, _name="", _gold=None: given(text)  # noqa: E731
    directory = Path(directory)
    releases = sorted((directory / "releases").glob("*.txt"))
    if not releases:
        raise FileNotFoundError(f"{directory}: no releases/*.txt")
    if split is not None:
        from whomet.store.corpus import split_ids

        wanted = [stem for stem in split_ids(directory, split) if batch is None or stem.startswith(batch)]
        present = {p.stem: p for p in releases}
        absent = [stem for stem in wanted if stem not in present]
        if absent:
            raise FileNotFoundError(f"{directory}: manifest lists {absent[0]} but releases/{absent[0]}.txt is missing")
        if not wanted:
            raise FileNotFoundError(f"{directory}: the manifest puts no release in split {split!r}"
                                    + (f" whose name starts with {batch!r}" if batch else ""))
        releases = sorted(present[stem] for stem in wanted)

    def cases():
        for path in releases:
            gold_path = directory / "gold" / (path.stem + ".json")
            if not gold_path.exists():
                raise FileNotFoundError(f"{gold_path}: no gold record for {path.name}")
            gold = _read_gold(gold_path)
            yield path.stem, gold, extractor(read_release(path), path.stem, gold)

    report = evaluate(cases())
    report.fallbacks = fallbacks
    return report
