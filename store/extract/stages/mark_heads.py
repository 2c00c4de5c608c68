"""Stage: who headed a delegation or chaired the meeting."""

from whomet.store.extract.delegations import mark_heads
from whomet.store.extract.doc import Doc


def run(doc: Doc) -> None:
    mark_heads(doc.people, doc.work)
