"""Stage: each person's side from the text (office, nearest side phrase, 'respectively', pairs, 'his <Demonym> counterpart', 'The Polish minister', 'X arrived in Vilnius', 'A received B')."""

from whomet.store.extract.delegations import (assign_sides, counterpart_sides, demonym_references, paired_sides,
                                                  respective_sides, visitor_sides)
from whomet.store.extract.doc import Doc
from whomet.store.extract.side_clauses import co_signers, fronted_partners, reception_guests


def run(doc: Doc) -> None:
    assign_sides(doc.people, doc.sentences, doc.anchors, doc.work, doc.aliases)
    respective_sides(doc.people, doc.sentences, doc.anchors, doc.work)
    paired_sides(doc.people, doc.sentences, doc.anchors, doc.work)
    counterpart_sides(doc.people, doc.sentences, doc.anchors, doc.work)
    demonym_references(doc.people, doc.sentences, doc.anchors, doc.work)
    visitor_sides(doc.people, doc.sentences, doc.anchors, doc.work, doc.aliases)
    reception_guests(doc.people, doc.sentences, doc.work)
    fronted_partners(doc.people, doc.sentences, doc.work)
    co_signers(doc.people, doc.work)
