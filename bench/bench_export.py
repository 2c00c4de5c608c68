"""Every export at several store sizes: wall time, peak memory, output size, as a user runs it.

    python bench/bench_export.py [--sizes 10000,100000] [--workdir /tmp/whomet-bench] [--seed 1]
                                 [--formats ftm,gexf,graphml,csv] [--filtered]

The store of each size is `WORKDIR/m{size}-s{seed}.db`, built when missing (bench/generate.py's
build_store, the importer); the bench only reads it. Each export runs as its own
`whomet export --format F -o OUT` process under `/usr/bin/time -v`: wall clock, CPU time (user
+ system: a machine busy with other work distorts it far less than the wall clock; `us/mtg` and
the time ratios use it) and the exporting process's maximum resident set size (ru_maxrss).
Baselines measured in the same run on the same store, ratios against them:

- `sqlite3`: the sqlite3 shell writing the attendance table (the biggest) as CSV, the floor of
  reading the store at all;
- `jsonl`:   whomet's meeting-record export, which streams (the `t/jsonl` and `rss/jsonl`
  columns).

The target (streaming): every format's peak RSS about the same at every size (a small constant,
not a share of the store), and its CPU time per meeting (`us/mtg`) not growing with the store.
`--filtered` adds each format with `--side AZE` (the filter's cost).
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FORMATS = ["ftm", "gexf", "graphml", "csv"]


def measure(argv: list[str], stdout=None) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds (user + system), peak RSS MiB) of one process."""
    proc = subprocess.run(["/usr/bin/time", "-v", *argv], stdout=stdout or subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed:\n{proc.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", proc.stderr).group(1)) for kind in ("User", "System"))
    return seconds, cpu, int(rss.group(1)) / 1024


def size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size


def store_for(workdir: Path, meetings: int, seed: int) -> Path:
    db = workdir / f"m{meetings}-s{seed}.db"
    if not db.exists():
        from generate import build_store

        build_store(db, meetings, seed)
    return db


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="meetings per store, comma-separated")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "whomet-bench")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--baselines", default="sqlite3,jsonl", help="sqlite3, jsonl or both (jsonl is slow at 1M)")
    parser.add_argument("--filtered", action="store_true", help="also each format with --side AZE")
    parser.add_argument("--out", type=Path, default=None, help="where outputs go (default: a temporary folder)")
    args = parser.parse_args(argv)
    whomet = str(Path(sys.executable).with_name("whomet"))
    sqlite3 = shutil.which("sqlite3")
    table = []  # (size, label, wall seconds, CPU seconds, MiB, output bytes)
    with tempfile.TemporaryDirectory(dir=args.out) as tmp:
        for meetings in (int(s) for s in args.sizes.split(",")):
            db = store_for(args.workdir, meetings, args.seed)
            runs = []
            baselines = args.baselines.split(",")
            if sqlite3 and "sqlite3" in baselines:
                runs.append(("sqlite3 attendance csv", "sqlite3", []))
            if "jsonl" in baselines:
                runs.append(("jsonl", "jsonl", []))
            for fmt in args.formats.split(","):
                runs.append((fmt, fmt, []))
                if args.filtered:
                    runs.append((f"{fmt} --side AZE", fmt, ["--side", "AZE"]))
            for label, fmt, extra in runs:
                out = Path(tmp) / f"out-{fmt}-{len(extra)}"
                if fmt == "sqlite3":
                    with out.open("w") as o:
                        w, t, m = measure([sqlite3, "-readonly", "-csv", str(db), "select * from attendance"], stdout=o)
                else:
                    w, t, m = measure([whomet, "--db", str(db), "export", "--format", fmt, *extra, "-o", str(out)])
                table.append((meetings, label, w, t, m, size(out)))
                shutil.rmtree(out) if out.is_dir() else out.unlink()
                print(f"  {meetings:,} {label}: {w:.1f} s wall, {t:.1f} s CPU, {m:.0f} MiB", file=sys.stderr, flush=True)
    print(f"\nexports of generated stores (seed {args.seed}); baselines from the same run\n")
    print(f"{'meetings':>10}  {'what':<24}{'wall s':>9}{'CPU s':>8}{'us/mtg':>8}{'peak MiB':>10}{'output MB':>11}"
          f"{'t/sqlite3':>10}{'t/jsonl':>8}{'rss/jsonl':>10}")
    for meetings in dict.fromkeys(r[0] for r in table):
        rows = [r for r in table if r[0] == meetings]
        base = {label: (t, m) for _, label, _w, t, m, _ in rows}
        sq, js = base.get("sqlite3 attendance csv"), base.get("jsonl")
        for _, label, w, t, m, out_size in rows:
            print(f"{meetings:>10,}  {label:<24}{w:>9.1f}{t:>8.1f}{t / meetings * 1e6:>8.0f}{m:>10.0f}{out_size / 1e6:>11.1f}"
                  + (f"{t / sq[0]:>10.2f}" if sq else f"{'':>10}")
                  + (f"{t / js[0]:>8.2f}{m / js[1]:>10.2f}" if js else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
