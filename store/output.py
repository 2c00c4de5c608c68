"""Writing a file the user named: never over the store, never through a link or onto a device,
never half a file, never a temporary file left behind.

`atomic_output(path, protect=...)` checks the target, writes into a uniquely named temporary
file beside it (two writers to one target never share one), renames it into place when the
body of the `with` completes, and removes it on every other way out: an exception of any
kind, Ctrl-C, or SIGTERM/SIGHUP (turned into SystemExit while the file is being written, so
the cleanup runs; only in the main thread, where Python delivers signals).
"""

import os
import shutil
import signal
import stat
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

SQLITE_MAGIC = b"SQLite format 3\x00"


class OutputError(ValueError):
    """A target that must not be written; str() is one line naming it and why."""


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def check_target(path: str | os.PathLike, protect: Iterable[Path] = ()) -> Path:
    """The path to write, or OutputError when it is empty, the store, an SQLite database,
    a symlink, or anything but a regular file (a directory, a device, a FIFO)."""
    if path is None or not str(path).strip():
        raise OutputError("no output file named (an empty path)")
    target = Path(path).expanduser()
    for kept in protect:
        if _same(target, kept):
            raise OutputError(f"{target}: is the store; refusing to overwrite it (name another file)")
    try:
        info = target.lstat()
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise OutputError(f"{target}: {exc.strerror or exc}") from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(f"{target}: is a symbolic link; refusing to replace it (name the file itself)")
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{target}: is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{target}: is not a regular file (a device, FIFO or socket); refusing to replace it")
    try:
        with open(target, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError:
        head = b""
    if head == SQLITE_MAGIC:
        raise OutputError(f"{target}: is an SQLite database (a store?); refusing to overwrite it")
    return target


def _mode_for(target: Path) -> int:
    # mkstemp makes 0600; the file gets what a plain open() would have given it.
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def _signals_exit() -> Iterator[None]:
    """SIGTERM and SIGHUP raise SystemExit while the block runs, so `finally` clauses do."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def leave(signum, _frame):
        raise SystemExit(128 + signum)

    wanted = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.signal(s, leave) for s in wanted}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextmanager
def atomic_output(path: str | os.PathLike, protect: Iterable[Path] = (), *, encoding: str = "utf-8",
                  newline: str | None = None) -> Iterator[IO[str]]:
    """A text file that appears at `path` only when the block completes; see the module doc."""
    target = check_target(path, protect)
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{parent}: {exc.strerror or exc}") from None
    with _signals_exit():
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=parent)
        except OSError as exc:
            raise OutputError(f"{target}: {exc.strerror or exc}") from None
        try:
            os.chmod(tmp, _mode_for(target))
            with os.fdopen(fd, "w", encoding=encoding, newline=newline) as out:
                yield out
                out.flush()
                os.fsync(out.fileno())
            check_target(target, protect)  # nothing became the store or a link while we wrote
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@contextmanager
def atomic_folder(path: str | os.PathLike, protect: Iterable[Path] = ()) -> Iterator[Path]:
    """A folder of files that appears at `path` (new, or an empty folder) only when the block
    completes: the block fills a uniquely named temporary folder beside it, renamed into place."""
    if path is None or not str(path).strip():
        raise OutputError("no output folder named (an empty path)")
    target = Path(path).expanduser()
    for kept in protect:
        if _same(target, kept):
            raise OutputError(f"{target}: is the store; refusing to overwrite it (name another folder)")
    if target.is_symlink():
        raise OutputError(f"{target}: is a symbolic link; refusing to replace it (name the folder itself)")
    if target.exists() and not target.is_dir():
        raise OutputError(f"{target}: exists and is not a folder")
    try:
        if target.is_dir() and any(target.iterdir()):
            raise OutputError(f"{target}: folder is not empty; name a new or empty folder")
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target}: {exc.strerror or exc}") from None
    with _signals_exit():
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
        except OSError as exc:
            raise OutputError(f"{target}: {exc.strerror or exc}") from None
        try:
            yield tmp
            if target.is_dir():
                target.rmdir()  # empty: checked above, and rmdir refuses otherwise
            os.replace(tmp, target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise


# OWASP, CSV injection: a cell a spreadsheet would read as a formula starts with one of these.
_FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A CSV cell a spreadsheet shows as text: a leading formula character gets a ' before it."""
    if isinstance(value, str) and value.startswith(_FORMULA_LEAD):
        return "'" + value
    return value
