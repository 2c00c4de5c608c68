"""Stage: side phrases per sentence (countries, demonyms, bodies, acronyms) and the people named."""

from whomet.store.extract.doc import Doc
from whomet.store.extract.sides import acronym_aliases, find_sides


def run(doc: Doc) -> None:
    doc.aliases = acronym_aliases(doc.work)
    for idx, s in enumerate(doc.sentences):
        found = find_sides(s.tokens, doc.aliases)
        doc.anchors[idx] = found
        mask = {i for m in found for i in range(m.i, m.j)}
        doc.people.scan(doc.work, s, idx, mask)
