"""Reading input files: what is a release, what is a record, and what is neither.

Every problem with a file becomes an InputError whose message is one line naming the
file and the problem; callers print it and go on with the next file.
"""

import codecs
import hashlib
import json
import os
import stat
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from whomet.store.limits import RECORD_ENV, max_record_bytes

RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
LINES_SUFFIXES = {".jsonl", ".ndjson"}
RELEASE_SUFFIXES = {".txt", ".md", ".html", ".htm"}  # pages: store.webpage
# Read whole into memory: a release or a .json document. JSON Lines files stream, any size.
MAX_BYTES = 256 * 1024 * 1024


class InputError(ValueError):
    """A file that cannot be read as input; str() is the one-line message for the user."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class InputFile:
    path: Path
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def is_record(self) -> bool:
        return self.path.suffix.lower() in RECORD_SUFFIXES


@contextmanager
def _reading(path: Path):
    """Operating-system errors while reading `path`, as InputErrors a user can act on."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None


# A pipe from the shell's process substitution, `import <(cat r.json)`: read once, as a stream.
_STREAM_DIRS = ("/dev/fd/", "/proc/self/fd/")


def is_stream(path: Path) -> bool:
    """A pipe the shell handed us by name (<(...)): it can be read once, so it is read whole."""
    text = str(path)
    if not text.startswith(_STREAM_DIRS) and not (text.startswith("/proc/") and "/fd/" in text):
        return False
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        return False


def check_regular(path: Path) -> None:
    """InputError for a FIFO, a device or a socket named as input: reading one hangs or never
    ends (/dev/zero). stat() does not open, so a FIFO without a writer cannot block us here."""
    with _reading(path):
        mode = os.stat(path).st_mode
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode) or is_stream(path):
        return
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a special file")
    raise InputError(path, f"not a regular file ({kind}); name a file")


def read_bytes(path: Path) -> bytes:
    check_regular(path)
    with _reading(path), path.open("rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file is more than the {MAX_BYTES // 2**20} MiB limit")
    return data


def file_sha256(path: Path) -> str:
    check_regular(path)
    digest = hashlib.sha256()
    with _reading(path), path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def json_value(path: Path, number: int, line: str):
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"line {number}: invalid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(path, f"line {number}: JSON nested too deep") from None


def iter_json_lines(path: Path) -> Iterator[tuple[int, object]]:
    """(line number, value) for each non-blank line of a JSON Lines file, read as it goes."""
    for number, line in iter_json_line_texts(path):
        yield number, json_value(path, number, line)


def iter_json_line_texts(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) for each non-blank line of a JSON Lines file, read as it goes; the
    import validates the text itself, straight into the record format.

    A line longer than the record limit is refused by number without being read whole."""
    check_regular(path)
    limit = max_record_bytes()
    with _reading(path), path.open("rb") as f:
        head = f.read(8192)
        if not head.strip():
            raise InputError(path, "file is empty")
        if _bom_encoding(head):  # UTF-16/32: decoded whole, then read line by line
            f.seek(0)
            data = f.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise InputError(path, f"file is more than the {MAX_BYTES // 2**20} MiB limit")
            for number, line in enumerate(decode_text(path, data).split("\n"), 1):
                if len(line.encode("utf-8")) > limit:
                    raise InputError(path, _too_long(number, limit))
                if line.strip():
                    yield number, line
            return
        if b"\x00" in head:
            raise InputError(path, "binary file (contains NUL bytes), not text")
        f.seek(0)
        number = 0
        while True:
            with _reading(path):
                raw = f.readline(limit + 1)
            if not raw:
                return
            number += 1
            if len(raw) > limit and not (len(raw) == limit + 1 and raw.endswith(b"\n")):
                raise InputError(path, _too_long(number, limit))
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(path, f"line {number}: not UTF-8 text (bad byte at column {exc.start + 1})") from None
            if not line.strip():
                continue
            yield number, line


def _too_long(number: int, limit: int) -> str:
    return f"line {number}: a record of more than {limit:,} bytes (the limit is {RECORD_ENV})"


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _bom_encoding(data: bytes) -> str | None:
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def decode_text(path: Path | str, data: bytes) -> str:
    """UTF-8 text, or UTF-16/32 with a byte-order mark (a BOM is dropped); binary or other
    encodings are refused by name."""
    if not data.strip():
        raise InputError(path, "file is empty")
    encoding = _bom_encoding(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not {encoding.upper()} text (bad bytes at offset {exc.start})") from None
        if not text.strip():
            raise InputError(path, "file is empty")
    else:
        if b"\x00" in data[:8192]:
            raise InputError(path, "binary file (contains NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not UTF-8 text (bad byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path | str) -> str:
    path = Path(path)
    return decode_text(path, read_bytes(path))


def release_text(path: Path | str, data: bytes) -> str:
    """The text of a release as the extractor reads it and the store keeps it: a saved web page's
    main text with its headline, date and publisher, or a text file without web-page junk around it."""
    from whomet.store.webpage import HTML_SUFFIXES, PageError, clean_text, page_text

    if Path(path).suffix.lower() in HTML_SUFFIXES:
        try:
            return page_text(data)
        except PageError as exc:
            raise InputError(path, str(exc)) from None
    return clean_text(decode_text(path, data))


def read_release(path: Path | str) -> str:
    path = Path(path)
    return release_text(path, read_bytes(path))


def parse_json_documents(path: Path | str, text: str) -> list:
    """The JSON values in a record file: one record, a list of records, or JSON Lines."""
    path = Path(path)
    try:
        value = json.loads(text)
    except RecursionError:
        raise InputError(path, "JSON nested too deep") from None
    except json.JSONDecodeError as first:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if len(lines) > 1:
            values = []
            for number, line in enumerate(text.split("\n"), 1):
                if not line.strip():
                    continue
                values.append(json_value(path, number, line))
            return values
        raise InputError(path, f"invalid JSON: {first.msg} at line {first.lineno} column {first.colno}") from None
    return value if isinstance(value, list) else [value]


@dataclass(frozen=True)
class Unreadable:
    """A folder (or entry) the walk could not look into: reported in its place, never skipped."""

    path: Path
    problem: str


def walk(paths: list[Path]) -> Iterator[Path | Unreadable]:
    """Input files under the given paths, directories walked in name order; hidden entries skipped.

    A path that does not exist is yielded as is, so the reader reports it in its place; a folder
    that cannot be listed, or an entry that cannot be looked at, comes as an Unreadable.
    Links to folders are not followed (no loops).
    """
    for path in paths:
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            yield Unreadable(path, _problem(exc))
            continue
        if is_dir:
            yield from _walk_dir(path)
        else:
            yield path


def _problem(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _walk_dir(folder: Path) -> Iterator[Path | Unreadable]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Unreadable(folder, f"cannot list this folder: {_problem(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk_dir(child)
                continue
            wanted = child.suffix.lower() in RECORD_SUFFIXES | RELEASE_SUFFIXES and entry.is_file()
        except OSError as exc:
            yield Unreadable(child, _problem(exc))
            continue
        if wanted:
            yield child
