"""Stage: the body's sentences (header, byline and a bare date line left out); stop if no meeting is told."""

from whomet.store.extract import header as hdr
from whomet.store.extract.doc import Doc
from whomet.store.extract.meetings import reports_meeting
from whomet.store.extract.text import sentences


def run(doc: Doc) -> None:
    work, span = doc.work, doc.byline_span
    sents = [s for s in sentences(work) if s.start >= doc.header_end and not (span and s.start >= span[0])]
    if sents and doc.header_date is None and hdr.NUMERIC.fullmatch(work[sents[0].start:sents[0].end].strip()):
        sents = sents[1:]  # a bare '12.04.2019' date line
    doc.sentences = sents
    if not sents or not reports_meeting(work, sents[0].start, doc.ref.year if doc.ref else None):
        doc.done = True
