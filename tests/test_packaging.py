"""What a user installs: one top-level package, `whomet`, holding every module and data file of store/ and tui/."""

import subprocess
import sys
import tomllib
import zipfile

import pytest

from tests.conftest import ROOT


def _declared_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return set(config["packages"])


def test_every_folder_of_code_is_a_declared_package():
    found = {"whomet." + p.parent.relative_to(ROOT).as_posix().replace("/", ".")
             for top in ("store", "tui") for p in (ROOT / top).rglob("__init__.py")}
    assert found == _declared_packages()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True)
    (path,) = out.glob("whomet-*.whl")
    return zipfile.ZipFile(path)


def test_the_wheel_installs_one_top_level_package(wheel):
    tops = {name.split("/")[0] for name in wheel.namelist() if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"whomet"}
    assert "whomet/__init__.py" not in wheel.namelist()  # a namespace package: store/ and tui/ hang off it


def test_the_wheel_holds_every_module_and_data_file(wheel):
    names = set(wheel.namelist())
    for top in ("store", "tui"):
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and path.suffix in {".py", ".tcss", ".json", ".jsonl", ".tsv"} and "__pycache__" not in path.parts:
                assert f"whomet/{path.relative_to(ROOT).as_posix()}" in names, path
