"""Exports for other tools: FollowTheMoney (Aleph), GEXF (Gephi), GraphML, a CSV bundle.

One small module per format; all of them read the meetings a `MeetingFilter` selects through
store/listing.py, the code the browser's list uses, so an export covers exactly the
meetings the list shows. `write_stream` writes to an open stream, `write_path` to a file
(or, for CSV, a folder) that appears only when complete. The meeting-record formats
(`json`, `jsonl`) stay in store/export.py; they are routed from here too.
"""

from pathlib import Path
from typing import IO, BinaryIO, Iterable

from sqlalchemy import Engine

from whomet.store.filters import MeetingFilter

# format -> what it writes: "text" (a text stream), "binary" (bytes), "folder" (files in a folder)
FORMATS = {"json": "text", "jsonl": "text", "ftm": "text", "gexf": "binary", "graphml": "binary", "csv": "folder"}
SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "ftm": ".ftm.json", "gexf": ".gexf", "graphml": ".graphml", "csv": ""}


def write_stream(engine: Engine, fmt: str, f: MeetingFilter, level: str = "person",
                 text: IO[str] | None = None, binary: BinaryIO | None = None, on_records=None) -> str:
    """Write `fmt` to the stream it takes; returns what was written, in words ('12 records').
    `on_records(n)` hears how many records a json/jsonl export has written, every thousand."""
    if fmt in ("json", "jsonl"):
        from whomet.store import export

        return f"{export.write(engine, text, fmt, f, on_records=on_records):,} records"
    if fmt == "ftm":
        from whomet.store.exchange import ftm

        return f"{ftm.write(engine, text, f):,} entities"
    if fmt in ("gexf", "graphml"):
        from whomet.store.exchange import gexf, graphml

        n, e = (gexf if fmt == "gexf" else graphml).write(engine, binary, f, level)
        return f"{n:,} nodes and {e:,} edges"
    if fmt == "csv":
        raise ValueError("csv writes a folder of files: give a folder to write to")
    raise ValueError(f"unknown export format {fmt!r} ({', '.join(FORMATS)})")


def write_path(engine: Engine, fmt: str, path: str | Path, f: MeetingFilter, level: str = "person",
               protect: Iterable[Path] = (), on_records=None) -> str:
    """Write `fmt` to `path` (a folder for csv) through store/output.py: it appears only when
    complete, and never over anything in `protect` (the store's files), a link or a device.
    Returns what was written, in words."""
    from whomet.store.output import atomic_folder, atomic_output

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} ({', '.join(FORMATS)})")
    if FORMATS[fmt] == "folder":
        from whomet.store.exchange import csvbundle

        with atomic_folder(path, protect) as folder:
            counts = csvbundle.write(engine, folder, f, level)
        return f"{len(counts)} files, {counts['meetings']:,} meetings"
    with atomic_output(path, protect) as out:
        if FORMATS[fmt] == "binary":
            out.flush()
            written = write_stream(engine, fmt, f, level, binary=out.buffer)
            out.buffer.flush()
            return written
        return write_stream(engine, fmt, f, level, text=out, on_records=on_records)
