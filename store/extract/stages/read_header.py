"""Stage: the header line or byline (publisher, release date) and the date relative dates count from."""

from whomet.store.extract import header as hdr
from whomet.store.extract.doc import Doc

MAX_CHARS = 100_000  # releases are a few KB; beyond this a huge input is cut (and the cut is reported)


def run(doc: Doc) -> None:
    doc.work = doc.text[:MAX_CHARS]
    doc.truncated = len(doc.text) > MAX_CHARS
    publisher, doc.header_date, doc.header_end = hdr.header(doc.work)
    if doc.header_end and publisher is None and doc.header_date is not None:
        # ' date 2025-02-12 <headline or first sentence>': the date alone is the header; what follows on its
        # line is text. Blanked, not cut, so that every offset still points into the release as given.
        doc.work = " " * doc.header_end + doc.work[doc.header_end:]
    bdate = None
    if publisher is None:
        publisher, bdate, doc.byline_span = hdr.byline(doc.work)
    doc.publisher = publisher
    line = hdr.page_date_line(doc.work) if not (doc.header_date or bdate) else None
    doc.page_dated = bool(doc.header_date or bdate or line)
    doc.ref = doc.header_date or bdate or line or hdr.first_full_date(doc.work) or hdr.copyright_ref(doc.work)
    # (only a page with no other date line above its body: 'Wed. Jan 15th, 2025' over 'Warsaw, 9 January 2025' is the bar)
    doc.ref_widget = bool(line) and not (doc.header_date or bdate) and line == hdr.first_full_date(doc.work) \
        and hdr.today_widget(doc.work)
