"""Writing an export where a reader never sees half of it: a temp file (or folder) beside the
target, renamed into place when complete, removed when anything fails.

The target must be a new path or a regular file (a folder, for the CSV bundle: a new or
empty one); writing onto the store itself is refused.
"""

import contextlib
import os
import shutil
import tempfile
from pathlib import Path


class OutputError(Exception):
    """A target that cannot or must not be written; the message names it."""


def _check(path: Path, store_path: Path | None) -> None:
    if store_path is not None and path.exists() and store_path.exists() and path.samefile(store_path):
        raise OutputError(f"{path}: that is the store itself; choose another file")


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike, binary: bool = False, store_path: Path | None = None):
    """Yield a file open for writing; it becomes `path` only if the block completes."""
    path = Path(path).expanduser()
    _check(path, store_path)
    if path.exists() and not path.is_file():
        raise OutputError(f"{path}: not a regular file; refusing to write over it")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as out:
            yield out
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_dir(path: str | os.PathLike, store_path: Path | None = None):
    """Yield a temp folder beside `path`; it becomes `path` (new, or an empty folder) if the block completes."""
    path = Path(path).expanduser()
    _check(path, store_path)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: exists and is not a folder")
    if path.is_dir() and any(path.iterdir()):
        raise OutputError(f"{path}: folder is not empty; give a new or empty folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent))
    try:
        yield tmp
        if path.is_dir():
            path.rmdir()  # empty, checked above
        os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
