"""Stage: the body's sentences (header, byline and a bare date line left out); stop if no meeting is told."""

from whomet.store.extract import header as hdr
from whomet.store.extract.doc import Doc
from whomet.store.extract.meetings import reports_meeting
from whomet.store.extract.text import Sentence, sentences


def _after_header(sents: list[Sentence], end: int) -> list[Sentence]:
    """The sentences after the header; a page's date line glued to the first sentence (' date 2024-05-02
    CITY (AGENCY): X called on Y ...') leaves that sentence's rest, not nothing."""
    out = []
    for s in sents:
        if s.start >= end:
            out.append(s)
        elif s.end > end:
            toks = [t for t in s.tokens if t.start >= end]
            if toks:
                out.append(Sentence(toks[0].start, s.end, toks, s.paragraph))
    return out


def run(doc: Doc) -> None:
    work, span = doc.work, doc.byline_span
    sents = [s for s in _after_header(sentences(work), doc.header_end) if not (span and s.start >= span[0])]
    if sents and doc.header_date is None and hdr.NUMERIC.fullmatch(work[sents[0].start:sents[0].end].strip()):
        sents = sents[1:]  # a bare '12.04.2019' date line
    doc.sentences = sents
    if not sents or not reports_meeting(work, sents[0].start, doc.ref.year if doc.ref else None):
        doc.done = True
