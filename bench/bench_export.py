"""Export of a large store in every format: wall time and peak memory, each as a user runs it.

    python bench/bench_export.py [--db /tmp/whomet-bench/m100k.db --meetings 100000 --seed 1]

Builds the store first if it does not exist (bench/generate.py, then the importer). Each
export runs as its own `whomet export --format F -o OUT` process under `/usr/bin/time -v`
(wall clock, maximum resident set size). Baselines from the same run: `whomet stats` (the
process, Python and the store opened: what any command costs) and the meeting-record
`json` export, which streamed before this bench existed; ratios are against them. A
filtered export (`--side AZE`) shows what the filter costs on top.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from generate import build_store  # noqa: E402

FORMATS = ["json", "jsonl", "ftm", "gexf", "graphml", "csv"]


def measure(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one whomet process."""
    whomet = Path(sys.executable).with_name("whomet")
    proc = subprocess.run(["/usr/bin/time", "-v", str(whomet), *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise SystemExit(f"whomet {' '.join(args)} failed:\n{proc.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return seconds, int(rss.group(1)) / 1024


def size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "whomet-bench" / "m100k.db")
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args(argv)
    if not args.db.exists():
        build_store(args.db, args.meetings, args.seed)
    db = ["--db", str(args.db)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base_t, base_m = measure([*db, "stats"])
        rows.append(("stats (baseline: process + store)", base_t, base_m, None))
        json_t = json_m = None
        for fmt in args.formats.split(","):
            for label, extra in ((fmt, []), (f"{fmt} --side AZE", ["--side", "AZE"])):
                out = Path(tmp) / f"out-{fmt}-{len(extra)}"
                t, m = measure([*db, "export", "--format", fmt, *extra, "-o", str(out)])
                rows.append((label, t, m, size(out)))
                if fmt == "json" and not extra:
                    json_t, json_m = t, m
                shutil.rmtree(out) if out.is_dir() else out.unlink()
                print(f"  {label}: {t:.1f} s, {m:.0f} MiB", file=sys.stderr, flush=True)
    print(f"\nexport of {args.db} ({args.meetings:,} meetings generated with seed {args.seed})\n")
    print(f"{'what':<36}{'wall s':>9}{'peak MiB':>10}{'output MB':>11}{'t/json':>8}{'mem/json':>9}")
    for label, t, m, out_size in rows:
        ratio_t = f"{t / json_t:.2f}" if json_t else ""
        ratio_m = f"{m / json_m:.2f}" if json_m else ""
        print(f"{label:<36}{t:>9.1f}{m:>10.0f}{(out_size or 0) / 1e6:>11.1f}{ratio_t:>8}{ratio_m:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
