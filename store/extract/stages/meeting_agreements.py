"""Meeting stage: the documents signed at one meeting (only where someone took part)."""

from whomet.store.extract.agreements import find_agreements
from whomet.store.extract.doc import Doc, Segment


def run(doc: Doc, seg: Segment, index: int) -> None:
    if not seg.persons:
        return
    spans = [(s.start, s.end) for s in doc.sentences[seg.first:seg.last]]
    seg.agreements = [{"title": title, "kind": kind, "parties": list(seg.sides), "span": [s, e], "rule": rule}
                      for title, kind, s, e, rule in find_agreements(doc.work, seg.start, seg.end, spans,
                                                                       seg.date.year if seg.date else None)]
