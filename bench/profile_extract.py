"""Where extraction spends its time: per pipeline stage, per rule pattern, and the top functions.

    .venv/bin/python bench/profile_extract.py [CORPUS_DIR] [--repeat N] [--top K] [--cprofile]

Runs extract() over CORPUS_DIR/releases/*.txt (default ../shared/corpus, as bench_extract.py) N times.
Per stage: the time inside each stage's run() (pipeline.STAGES and MEETING_STAGES). Per pattern:
every pattern compiled through rules.pattern/rules.phrases is wrapped, before the extractor is
imported, in a proxy that times its search/match/finditer/... calls (finditer: the time spent
producing its matches); the proxy's own overhead inflates the total a little, so read the shares,
not the absolute figures. With --cprofile, a separate cProfile run lists the top functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

# rule id -> [calls, seconds]
PATTERN_TIME: dict[str, list] = defaultdict(lambda: [0, 0.0])
clock = time.perf_counter


class TimedPattern:
    """Stands in for a compiled pattern and adds each call's time to PATTERN_TIME[rule id]."""

    def __init__(self, rule_id: str, rx):
        self._id, self._rx = rule_id, rx

    def __getattr__(self, name):  # .pattern, .flags, .groupindex, .groups
        return getattr(self._rx, name)

    def _timed(self, method, *args, **kwargs):
        t0 = clock()
        try:
            return method(*args, **kwargs)
        finally:
            entry = PATTERN_TIME[self._id]
            entry[0] += 1
            entry[1] += clock() - t0

    def search(self, *a, **k):
        return self._timed(self._rx.search, *a, **k)

    def match(self, *a, **k):
        return self._timed(self._rx.match, *a, **k)

    def fullmatch(self, *a, **k):
        return self._timed(self._rx.fullmatch, *a, **k)

    def findall(self, *a, **k):
        return self._timed(self._rx.findall, *a, **k)

    def sub(self, *a, **k):
        return self._timed(self._rx.sub, *a, **k)

    def subn(self, *a, **k):
        return self._timed(self._rx.subn, *a, **k)

    def split(self, *a, **k):
        return self._timed(self._rx.split, *a, **k)

    def finditer(self, *a, **k):
        entry = PATTERN_TIME[self._id]
        entry[0] += 1
        t0 = clock()
        it = self._rx.finditer(*a, **k)
        entry[1] += clock() - t0
        while True:
            t0 = clock()
            try:
                m = next(it)
            except StopIteration:
                entry[1] += clock() - t0
                return
            entry[1] += clock() - t0
            yield m


def install_pattern_timers() -> tuple[int, int]:
    """Swap every registered pattern held by an extractor module (a global, or inside a global
    list, tuple or dict) for a TimedPattern; returns (patterns swapped, patterns registered)."""
    import importlib
    import pkgutil

    import whomet.store.extract as package
    from whomet.store.extract.rules import RULES, CaseBlind, Guarded, Needing

    ids = {id(r.pattern): r.id for r in RULES.values() if r.pattern is not None}
    proxies: dict[int, TimedPattern] = {}

    def proxy(value):
        if isinstance(value, CaseBlind):
            # a case-blind pattern's searches run on its lower-case twin: timed under the rule's id
            if isinstance(value.rx, TimedPattern):
                return value  # (imported by another module too: already timed)
            rule_id = ids[id(value.rx)]
            value.rx, value.twin = proxy(value.rx), TimedPattern(rule_id, value.twin)
            return value
        if isinstance(value, (Guarded, Needing)):
            # searched only where its words are: timed when it runs
            if not isinstance(value.rx, TimedPattern):
                value.rx = proxy(value.rx)
            return value
        if isinstance(value, tuple) and any(isinstance(v, CaseBlind) for v in value):
            return tuple(proxy(v) for v in value)  # ('talks', <meeting.kind_talks>)
        rule_id = ids.get(id(value))
        if rule_id is None:
            return value
        if id(value) not in proxies:
            proxies[id(value)] = TimedPattern(rule_id, value)
        return proxies[id(value)]

    names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    for name in names:
        module = importlib.import_module(name)
        for attr, value in list(vars(module).items()):
            if isinstance(value, list):
                value[:] = [proxy(v) for v in value]
            elif isinstance(value, tuple) and any(id(v) in ids for v in value):
                setattr(module, attr, tuple(proxy(v) for v in value))
            elif isinstance(value, dict) and any(id(v) in ids for v in value.values()):
                for k, v in value.items():
                    value[k] = proxy(v)
            else:
                setattr(module, attr, proxy(value))
    return len(proxies), len(ids)


STAGE_TIME: dict[str, float] = defaultdict(float)


def install_stage_timers() -> None:
    from whomet.store.extract import pipeline

    for stage in pipeline.STAGES + pipeline.MEETING_STAGES:
        name = stage.__name__.rsplit(".", 1)[-1]
        run = stage.run

        def timed(*args, _run=run, _name=name):
            t0 = clock()
            try:
                return _run(*args)
            finally:
                STAGE_TIME[_name] += clock() - t0

        stage.run = timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--cprofile", action="store_true",
                        help="instead of the timers, a cProfile run: top functions by own time")
    args = parser.parse_args(argv)
    paths = sorted((args.corpus / "releases").glob("*.txt"))
    if not paths:
        print(f"no releases under {args.corpus / 'releases'}", file=sys.stderr)
        return 1

    from whomet.store.extract import extract
    from whomet.store.inputs import read_text

    texts = [read_text(p) for p in paths]
    if args.cprofile:
        for text in texts:  # warm-up
            extract(text)
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(args.repeat):
            for text in texts:
                extract(text)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)
        return 0
    swapped, registered = install_pattern_timers()
    install_stage_timers()
    for text in texts:  # warm-up
        extract(text)
    PATTERN_TIME.clear()
    STAGE_TIME.clear()
    t0 = clock()
    for _ in range(args.repeat):
        for text in texts:
            extract(text)
    total = clock() - t0
    n = len(texts) * args.repeat
    per = 1000 / n
    print(f"{n} releases in {total:.2f} s (timers on): {total * per:.2f} ms a release")
    print("\nper stage (ms a release):")
    for name, s in sorted(STAGE_TIME.items(), key=lambda kv: -kv[1]):
        print(f"  {name:20s} {s * per:6.3f}  {100 * s / total:5.1f} %")
    rest = total - sum(STAGE_TIME.values())
    print(f"  {'(outside stages)':20s} {rest * per:6.3f}  {100 * rest / total:5.1f} %")
    patterns = sum(s for _, s in PATTERN_TIME.values())
    print(f"\n{swapped} of {registered} registered patterns timed (the rest live in closures or nested tables)")
    print(f"patterns: {patterns * per:.3f} ms a release ({100 * patterns / total:.1f} % of the total); top {args.top}:")
    from whomet.store.extract.rules import RULES

    folded = sum(s for rule_id, (_, s) in PATTERN_TIME.items() if RULES[rule_id].pattern.flags & 2)
    calls = sum(c for c, _ in PATTERN_TIME.values())
    print(f"  case-insensitive (I) patterns: {folded * per:.3f} ms a release; {calls / n:.0f} pattern calls a release")
    for rule_id, (calls, s) in sorted(PATTERN_TIME.items(), key=lambda kv: -kv[1][1])[:args.top]:
        rx = RULES[rule_id].pattern
        flags = "I" if rx is not None and rx.flags & 2 else " "
        print(f"  {rule_id:40s} {flags} {s * per:6.3f} ms  {100 * s / total:5.1f} %  {calls / n:7.1f} calls")

    return 0


if __name__ == "__main__":
    sys.exit(main())
