"""`whomet --help` and `whomet CMD --help` start at once: no SQLAlchemy, SQLModel, Textual,
pydantic or extractor loaded just to print help (the time itself is in bench/bench_startup.py)."""

import subprocess
import sys

import pytest

from whomet.tui.cli import COMMANDS

HEAVY = ("sqlalchemy", "sqlmodel", "textual", "pydantic", "rapidfuzz", "pycountry", "networkx", "whomet.store.")

PROBE = """
import sys
from whomet.tui.cli import main
try:
    main({args!r})
except SystemExit:
    pass
heavy = {heavy!r}
print("LOADED:" + ",".join(sorted(m for m in sys.modules if m.startswith(heavy))), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["--help"], ["--version"]] + [[name, "--help"] for name in sorted(COMMANDS)])
def test_help_loads_nothing_heavy(args):
    code = PROBE.format(args=args, heavy=HEAVY)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stderr.rsplit("LOADED:", 1)[1].strip()
    assert loaded == "", f"whomet {' '.join(args)} loaded {loaded}"


def test_every_registered_command_loads():
    from whomet.tui.cli import main

    for name in COMMANDS:
        assert main.get_command(None, name).name == name
