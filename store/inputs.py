"""Reading input files: what is a release, what is a record, and what is neither.

Every problem with a file becomes an InputError whose message is one line naming the
file and the problem; callers print it and go on with the next file.
"""

import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

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


def read_bytes(path: Path) -> bytes:
    with _reading(path):
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"file is {size / 1e6:.0f} MB, more than the {MAX_BYTES // 2**20} MiB limit")
        return path.read_bytes()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with _reading(path), path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_json_lines(path: Path) -> Iterator[tuple[int, object]]:
    """(line number, value) for each non-blank line of a JSON Lines file, read as it goes."""
    with path.open("rb") as f:
        head = f.read(8192)
        if not head.strip():
            raise InputError(path, "file is empty")
        if b"\x00" in head:
            raise InputError(path, "binary file (contains NUL bytes), not text")
        f.seek(0)
        for number, raw in enumerate(f, 1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(path, f"line {number}: not UTF-8 text (bad byte at column {exc.start + 1})") from None
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(path, f"line {number}: invalid JSON ({exc.msg})") from None


def decode_text(path: Path | str, data: bytes) -> str:
    """UTF-8 text (a BOM is dropped); binary or other encodings are refused by name."""
    if not data.strip():
        raise InputError(path, "file is empty")
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
    except json.JSONDecodeError as first:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if len(lines) > 1:
            values = []
            for number, line in enumerate(text.split("\n"), 1):
                if not line.strip():
                    continue
                try:
                    values.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(path, f"line {number}: invalid JSON ({exc.msg})") from None
            return values
        raise InputError(path, f"invalid JSON: {first.msg} at line {first.lineno} column {first.colno}") from None
    return value if isinstance(value, list) else [value]


def walk(paths: list[Path]) -> Iterator[Path]:
    """Input files under the given paths, directories walked in name order; hidden entries skipped.

    A path that does not exist is yielded as is, so the reader reports it in its place.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if child.is_file() and child.suffix.lower() in RECORD_SUFFIXES | RELEASE_SUFFIXES:
                    yield child
        else:
            yield path
