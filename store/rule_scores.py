"""Per-rule precision (`whomet eval DIR --rules`): how many facts each rule produced over a corpus folder
that the gold confirms (right), contradicts (wrong) or does not have (not in gold).

A fact is what `whomet extract --explain` prints (store/extract/explain.py): one per kind and rule id.
The verdicts, per kind, compare it with the release's gold as the scorer does (store/evaluate.py: names,
sides and cities folded, meetings matched in order):

- person (a member's `rule`): right when the gold has a member of that name; wrong when it has none but
  one whose name holds all its words or all of whose words it holds (a name cut short or run on: 'Haji
  Rahman' for 'Yusof bin Haji Rahman', 'H.E Ali Musa' for 'Ali Musa'); not in gold otherwise.
- side (`side_rule`): right when the gold puts that name on that side; wrong when it puts the name on
  other sides only; not in gold when the gold has no member of that name.
- head (`head_rule`): right when the gold marks that name head (on any side); wrong when the gold has the
  name and never as head; not in gold when the gold has no member of that name.
- date, place (the meeting's date or place rule): right when the gold meeting in the same position has the
  same date (place: the same country and, where the fact names a city, the same city: a city it does not
  name is a miss, not its error); wrong when it differs (a value where the gold has none too); not in gold
  when the gold has no meeting in that position.
- meeting (a meeting built from the sides named, `meeting.from_sides`): right when the gold has a meeting
  in that position; not in gold otherwise (never wrong).
- agreement: right when the gold has an agreement of that kind in the release not yet taken by another
  fact; wrong when it has none of that kind left but one of another kind that nothing extracted matched
  (the kind is wrong); not in gold when no gold agreement is left.
- award (its key as scored: the giver, or the award's name when no giver, and the recipient side): right
  when the gold has that key; wrong when it does not but has an award no extracted key matched; not in
  gold otherwise.

Rank and position carry no rule id and are not in the table. Pure data: no printing here.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from whomet.store.evaluate import EvalReport, _award_keys, _key, evaluate_dir
from whomet.store.record import Record

KINDS = ("person", "side", "head", "date", "place", "meeting", "agreement", "award")
NO_RULE = "(no rule)"


@dataclass
class RuleScore:
    rule: str
    kind: str
    right: int = 0
    wrong: int = 0
    not_in_gold: int = 0
    right_in: set[str] = field(default_factory=set)  # releases where it was right
    wrong_in: set[str] = field(default_factory=set)

    @property
    def facts(self) -> int:
        return self.right + self.wrong + self.not_in_gold

    @property
    def precision(self) -> float:
        """Right among all its facts (a fact the gold lacks counts against it, as the scorer's fp does)."""
        return self.right / self.facts if self.facts else 1.0

    def to_dict(self) -> dict:
        return {"rule": self.rule, "kind": self.kind, "right": self.right, "wrong": self.wrong,
                "not_in_gold": self.not_in_gold, "precision": self.precision,
                "right_in": sorted(self.right_in), "wrong_in": sorted(self.wrong_in)}


@dataclass
class RuleTable:
    scores: dict[tuple[str, str], RuleScore] = field(default_factory=dict)

    def score(self, rule: str | None, kind: str) -> RuleScore:
        key = (rule or NO_RULE, kind)
        found = self.scores.get(key)
        if found is None:
            found = self.scores[key] = RuleScore(*key)
        return found

    def worst_first(self) -> list[RuleScore]:
        """Most wrong first; among equals, the one right least often, then the one with most facts not in gold."""
        return sorted(self.scores.values(), key=lambda s: (-s.wrong, s.right - s.wrong, -s.not_in_gold, s.rule, s.kind))

    def merge(self, other: RuleTable, prefix: str = "") -> None:
        """Add another folder's table; its releases named `prefix` + name."""
        for s in other.scores.values():
            mine = self.score(s.rule, s.kind)
            mine.right += s.right
            mine.wrong += s.wrong
            mine.not_in_gold += s.not_in_gold
            mine.right_in |= {prefix + r for r in s.right_in}
            mine.wrong_in |= {prefix + r for r in s.wrong_in}

    def to_list(self) -> list[dict]:
        return [s.to_dict() for s in self.worst_first()]


_PUNCT = re.compile(r"[^\w\s]")


def _words(name: str) -> frozenset[str]:
    return frozenset(_PUNCT.sub(" ", name).split())


def score_facts(table: RuleTable, release: str, gold: Record, facts: list) -> None:
    """Add the verdict of each fact of one release (store.extract.explain.facts) to `table`."""
    sides: dict[str, set[str]] = defaultdict(set)
    heads: set[str] = set()
    for meeting in gold.meetings:
        for delegation in meeting.delegations:
            for member in delegation.members:
                name = _key(member.name)
                sides[name].add(_key(delegation.side))
                if member.head:
                    heads.add(name)
    gold_words = [_words(name) for name in sides]
    agreements_left = Counter(a.kind for m in gold.meetings for a in m.agreements)
    extracted_kinds = Counter(f.about.kind for f in facts if f.kind == "agreement")
    unmatched_kinds = agreements_left - extracted_kinds  # gold agreements nothing extracted matched
    gold_awards = _award_keys(gold)
    got_awards = {(_key(f.about.giver) if f.about.giver else _key(f.about.award), _key(f.about.recipient_side))
                  for f in facts if f.kind == "award"}
    awards_unmatched = bool(gold_awards - got_awards)

    for f in facts:
        verdict = "not_in_gold"
        if f.kind in ("person", "side", "head"):
            name = _key(f.about.name)
            if name in sides:
                if f.kind == "person":
                    verdict = "right"
                elif f.kind == "side":
                    verdict = "right" if _key(f.side) in sides[name] else "wrong"
                else:
                    verdict = "right" if name in heads else "wrong"
            elif f.kind == "person":
                mine = _words(name)
                if any(mine <= words or words <= mine for words in gold_words):
                    verdict = "wrong"
        elif f.kind in ("date", "place", "meeting"):
            if f.meeting <= len(gold.meetings):
                want, have = gold.meetings[f.meeting - 1], f.about
                if f.kind == "meeting":
                    verdict = "right"
                elif f.kind == "date":
                    verdict = "right" if want.date == have.date else "wrong"
                else:
                    same = (_key(want.place.country) == _key(have.place.country)
                            and (not have.place.city or _key(want.place.city) == _key(have.place.city)))
                    verdict = "right" if same else "wrong"
        elif f.kind == "agreement":
            kind = f.about.kind
            if agreements_left[kind] > 0:
                agreements_left[kind] -= 1
                verdict = "right"
            elif +unmatched_kinds:
                verdict = "wrong"
        elif f.kind == "award":
            award = f.about
            key = (_key(award.giver) if award.giver else _key(award.award), _key(award.recipient_side))
            if key in gold_awards:
                verdict = "right"
            elif awards_unmatched:
                verdict = "wrong"
        score = table.score(f.rule, f.kind)
        setattr(score, verdict, getattr(score, verdict) + 1)
        if verdict == "right":
            score.right_in.add(release)
        elif verdict == "wrong":
            score.wrong_in.add(release)


def evaluate_rules(directory: Path | str, split: str | None = None, batch: str | None = None) -> EvalReport:
    """evaluate_dir's report with its `rules` table: every fact of every release scored by its rule."""
    from whomet.store.extract.explain import facts

    table = RuleTable()
    report = evaluate_dir(directory, split=split, batch=batch,
                          observe=lambda name, gold, extraction: score_facts(table, name, gold, facts(extraction)))
    report.rules = table
    return report
