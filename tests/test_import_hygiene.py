"""The layering: store/ knows nothing of the screen, tui/ never talks to the database directly."""

import re
import subprocess
import sys

from tests.conftest import ROOT


def test_store_never_imports_textual():
    modules = sorted("whomet." + p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")
                     for p in (ROOT / "store").rglob("*.py"))
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"store/ imported {out.stdout.strip()}"


RAW_DB = re.compile(r"\b(import sqlite3|create_engine|\.connect\(|\.begin\(|Session\(|exec_driver_sql|text\(\s*[\"']\s*(SELECT|INSERT|UPDATE|DELETE))",
                    re.IGNORECASE)


def test_tui_never_opens_a_raw_connection():
    offenders = []
    for path in (ROOT / "tui").rglob("*.py"):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if RAW_DB.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "tui/ must go through store/:\n" + "\n".join(offenders)
