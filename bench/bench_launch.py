"""From process start to the first rows of the list on screen, in a real terminal (a pty).

    python bench/bench_launch.py --db /tmp/m100k.db [--runs 5] [--size 120x40]

Starts `whomet --db DB` in a pseudo-terminal of the given size and reads what it draws until
the first row of the list appears (the date and place of the store's newest meeting, as the
store itself says); then sends `q`. The baseline in the same run: a bare Textual app that
draws one word, started the same way, to the moment the word appears. Target: ≤ 0.6 s at 100k.
"""

import argparse
import os
import pty
import re
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import fcntl
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = "from textual.app import App\nfrom textual.widgets import Static\n" \
       "class Bare(App):\n    def compose(self):\n        yield Static('hello-bare-app')\nBare().run()\n"
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>]")


def launch(argv: list[str], marker: str, size: tuple[int, int], timeout: float = 30.0) -> float:
    """Seconds from spawn to `marker` drawn on the terminal."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(size[0]), LINES=str(size[1]))
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    seen = b""
    found = None
    try:
        while time.perf_counter() - t0 < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                seen += chunk
                # What is drawn, escape sequences dropped (cursor moves between cells are ignored).
                if marker.encode() in ANSI.sub(b"", seen).replace(b"\r", b"").replace(b"\n", b""):
                    found = time.perf_counter() - t0
                    break
        if found is None:
            raise TimeoutError(f"{marker!r} never appeared")
        return found
    finally:
        try:
            os.write(master, b"q")
            proc.wait(timeout=5)
        except Exception:
            proc.kill()
            proc.wait()
        os.close(master)


def first_row_marker(db: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from whomet.store import MeetingFilter, Store

    with Store.open(db, create=False) as store:
        row = store.page(MeetingFilter(), limit=1)[0]
    return row.date.isoformat()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "whomet-bench" / "m100k.db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="120x40")
    args = parser.parse_args(argv)
    size = tuple(int(v) for v in args.size.split("x"))
    marker = first_row_marker(args.db)
    whomet = [sys.executable, "-m", "whomet.tui", "--db", str(args.db)]
    bare = [sys.executable, "-c", BARE]
    launch(whomet, marker, size)  # warm the page cache and the .pyc files
    launch(bare, "hello-bare-app", size)
    ours, base = [], []
    for _ in range(args.runs):
        ours.append(launch(whomet, marker, size))
        base.append(launch(bare, "hello-bare-app", size))
    ms = lambda s: f"{s * 1000:6.0f} ms"  # noqa: E731
    print(f"store: {args.db}  terminal {size[0]}x{size[1]}  runs {args.runs}")
    print(f"launch -> first rows   median {ms(statistics.median(ours))}   max {ms(max(ours))}   (target ≤ 600 ms)")
    print(f"  baseline: bare Textual app -> first paint   median {ms(statistics.median(base))}   "
          f"(ratio {statistics.median(ours) / statistics.median(base):.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
