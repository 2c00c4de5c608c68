"""Meeting stage: the date of one meeting ('On 12 May', a dateline, 'The following day', else the release date)."""

import datetime as dt

from whomet.store.extract import header as hdr
from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.rules import decision

NEXT_DAY = decision("date.following_day", "'The following day, ...': one day after the previous meeting")
ITEM = decision("date.dated_item", "the date split_meetings gave the meeting: a dated item of a page listing visits "
                                  "('9 July 2024 – ...'), or the day of the meeting before it when it is in another city")


WIDGET_DAY = decision("date.widget_day", "a relative day or no date under a site's top bar only ('Thu. Sep 19th, 2024' "
                                        "above the headline, `date.today_widget`): no date")


def run(doc: Doc, seg: Segment, index: int) -> None:
    work, a, b = doc.work, seg.start, seg.end
    seg.date, _, seg.date_rule = hdr.meeting_date(work, a, b, doc.ref, index == 0, doc.page_dated)
    if doc.ref_widget and seg.date_rule in ("date.relative", hdr.RELEASE_DATE):
        # 'on Monday', 'today' or no day at all under a site's top bar ('Thu. Sep 19th, 2024'): the page shows no day of
        # its own to count from (`date.today_widget`)
        seg.date, seg.date_rule = None, WIDGET_DAY
    # the day split_meetings read outranks a guess and a visit's range ('visited ... 21-22 March' then 'On Friday,
    # he met X')
    if seg.item_date is not None and seg.date_rule in (hdr.RELEASE_DATE, "date.range"):
        seg.date, seg.date_rule = seg.item_date, ITEM
    kept = [s for s in doc.segments[:index] if s.kept]
    if index and kept and kept[-1].date and not hdr.on_date_at_start(work, a, b, doc.ref):
        n = hdr.next_day_at_start(work, a, b)
        if n is not None:
            seg.date, seg.date_rule = kept[-1].date + dt.timedelta(days=n), NEXT_DAY
