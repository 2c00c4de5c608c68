"""Shared fixtures: temporary stores, the project's fixtures/, and the shared corpus when present."""

from pathlib import Path

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


@pytest.fixture
def db_path(tmp_path) -> Path:
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
