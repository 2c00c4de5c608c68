"""Shared fixtures: temporary stores, the project's fixtures/, and the shared corpus when present.

A test module that sets `BOTH_ENGINES = True` runs each test that uses a store (`db_path`,
`engine`, `world`) twice: on SQLite, and on the PostgreSQL server WHOMET_TEST_POSTGRES names
(e.g. postgresql+psycopg://whomet:whomet@127.0.0.1/whomet_test), each test in a schema of its
own that is dropped afterwards. Without that variable the PostgreSQL leg skips and says so;
.ci/run starts a server and sets it, so in CI it runs.
"""

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from whomet.store.db import open_engine
from whomet.store.importer import import_paths

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path, monkeypatch):
    # No test may touch the user's real store or keymap, whatever it runs.
    monkeypatch.setenv("WHOMET_DB", str(tmp_path / "default-store.db"))
    monkeypatch.setenv("WHOMET_KEYMAP", str(tmp_path / "no-keymap.json"))
    # An internal error of the extractor raises in every test instead of falling back to an empty record.
    monkeypatch.setenv("WHOMET_EXTRACT_STRICT", "1")


POSTGRES_ENV = "WHOMET_TEST_POSTGRES"


def pytest_generate_tests(metafunc):
    if "store_kind" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_ENGINES", False):
        metafunc.parametrize("store_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def store_kind(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def postgres_url():
    """A URL to a fresh, empty schema on the test PostgreSQL server (dropped afterwards)."""
    from sqlalchemy import create_engine

    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"set {POSTGRES_ENV} to a PostgreSQL database URL to run the PostgreSQL leg")
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in url else "?"
    yield f"{url}{joiner}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.dispose()


@pytest.fixture
def db_path(tmp_path, store_kind, request) -> Path | str:
    """Where the test's store lives: an SQLite file path, or (PostgreSQL leg) a database URL."""
    if store_kind == "postgresql":
        return request.getfixturevalue("postgres_url")
    return tmp_path / "store.db"


@pytest.fixture
def engine(db_path):
    engine = open_engine(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def world(engine):
    """A store holding the project's sample world (fixtures/)."""
    report = import_paths(engine, [FIXTURES])
    assert not report.failed, report.failed
    return engine


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "gold").is_dir():
        pytest.skip(f"the shared corpus is not beside this checkout ({CORPUS}); it ships with CI, not with clones")
    return CORPUS


def _engine_of(nodeid: str) -> str | None:
    if "[postgresql" in nodeid or "postgres" in nodeid.split("::")[0]:
        return "postgresql"
    return "sqlite" if "[sqlite" in nodeid else None


def pytest_terminal_summary(terminalreporter):
    """How many store tests ran on each engine, so a run shows that PostgreSQL was really there."""
    ran: dict[str, dict[str, int]] = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            kind = _engine_of(getattr(report, "nodeid", ""))
            if kind:
                ran.setdefault(kind, {}).setdefault(outcome, 0)
                ran[kind][outcome] += 1
    url = os.environ.get(POSTGRES_ENV)
    where = f" (server {url.split('@')[-1]})" if url else f" ({POSTGRES_ENV} unset)"
    for kind in sorted(ran):
        counts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(ran[kind].items()))
        terminalreporter.write_line(f"store tests on {kind}: {counts}" + (where if kind == "postgresql" else ""))


@pytest.fixture
def runner():
    """A click runner that keeps stderr apart from stdout on every click version."""
    from click.testing import CliRunner

    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()
