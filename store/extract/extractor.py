"""The door to the extractor: text in, record out, and every fallback taken said out loud.

`extract` never raises on odd input, so that one bad release cannot stop an import of
thousands; but it never hides that it fell back either. `extract_checked` returns the record
with `fallbacks`, one line per fallback (an internal error caught, a text cut at MAX_CHARS),
which `whomet eval` counts and lists, `whomet import` reports per file, and the tests require
to be empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from whomet.store.extract import header as hdr
from whomet.store.extract import pipeline
from whomet.store.extract.doc import Doc
from whomet.store.extract.stages.read_header import MAX_CHARS
from whomet.store.record import Record


# Set to 1 (the tests do) and an internal error raises instead of falling back.
STRICT_ENV = "WHOMET_EXTRACT_STRICT"


@dataclass
class Extraction:
    record: Record
    fallbacks: list[str] = field(default_factory=list)
    doc: Doc | None = None  # the pipeline's state, for --explain; None after an internal error


def extract_checked(text: str) -> Extraction:
    """The record of one release and the fallbacks taken to produce it (empty when none)."""
    if not isinstance(text, str):
        return Extraction(Record(meetings=[]), [f"not text but {type(text).__name__}: empty record"])
    try:
        doc = pipeline.run(text)
        record = Record.model_validate(pipeline.assemble(doc))
    except Exception as exc:  # reported in `fallbacks`, never silent
        if os.environ.get(STRICT_ENV) == "1":
            raise  # the test suite runs strict: an internal error fails the test that met it
        reason = f"internal error {type(exc).__name__}: {exc}"
        try:
            publisher, date, _ = hdr.header(text[:2000])
            record = Record.model_validate({"source": {"publisher": publisher, "date": date}, "meetings": []})
            return Extraction(record, [f"{reason}; record has the header only"])
        except Exception:
            return Extraction(Record(meetings=[]), [f"{reason}; empty record"])
    fallbacks = []
    if doc.truncated:
        fallbacks.append(f"text of {len(text):,} characters cut to the first {MAX_CHARS:,}; the rest was not read")
    return Extraction(record, fallbacks, doc)


def extract(text: str) -> Record:
    """The meeting record of one release; an empty record for text that reports no meeting."""
    return extract_checked(text).record
