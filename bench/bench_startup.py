"""How fast whomet starts: `whomet --help` and `whomet CMD --help` as whole processes, against
`python -c pass` measured in the same run, and what importing the CLI module costs.

    python bench/bench_startup.py [--runs 10]
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def timed(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_time(module: str) -> float:
    """Cumulative microseconds of `import module` by -X importtime, in seconds."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                         capture_output=True, text=True, check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    line = [l for l in out.stderr.splitlines() if l.rstrip().endswith(f"| {module}")][-1]
    return int(line.split("|")[1]) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    whomet = str(BIN / "whomet")
    base = timed([sys.executable, "-c", "pass"], args.runs)
    rows = [("python -c pass (baseline)", base)]
    for cmd in (["--help"], ["import", "--help"], ["export", "--help"], ["--version"]):
        rows.append((f"whomet {' '.join(cmd)}", timed([whomet, *cmd], args.runs)))
    print(f"median of {args.runs} runs, whole process")
    for label, seconds in rows:
        print(f"  {label:28} {seconds * 1000:7.1f} ms   {seconds / base:5.1f}x baseline")
    print(f"  import whomet.tui.cli (-X importtime, cumulative) {import_time('whomet.tui.cli') * 1000:.1f} ms")


if __name__ == "__main__":
    main()
