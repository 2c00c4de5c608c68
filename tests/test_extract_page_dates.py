"""The page's date and the meeting's: one example per date rule added for the real batches (dev3), named after its
rule id (what the rule reads and what it must not). Pages are ours, in the shapes seen on real pages: a site's clock
over the story's date line, a date line closing the story, an earlier document's date in the text."""

from whomet.store.extract import extract
from whomet.store.extract.header import first_full_date, page_date_line

BODY = ("Deputy Minister Piotr Zielinski of Poland held talks with Colonel Jonas Petraitis, the head of the Lithuanian "
        "border police, on the protection of the common border and on joint patrols along it.")


def _date(text):
    record = extract(text)
    assert record.meetings, text
    return record.meetings[0].date.isoformat() if record.meetings[0].date else None


def test_date_line_nearest_the_body_is_the_pages():
    # a site's clock on top ('Sun 26 October 2025', a weather widget) and the story's date line under it
    page = (f"Sun 26 October 2025\nWarsaw 11/6°C\nSun 26 October 2025\nVilnius 9/4°C\n\nSeptember 24th, 2021\n\n{BODY} "
            "The two met yesterday.\n")
    assert page_date_line(page).isoformat() == "2021-09-24"
    assert _date(page) == "2021-09-23"
    # no date line above the body: the first one closing the story, not a date of the story's past
    page = f"Border talks\n\n{BODY} The services first agreed on patrols on 3 March 2021.\n\n14 June 2024\n"
    assert page_date_line(page).isoformat() == "2024-06-14"
    # a page with no date line keeps the first full date of its text
    assert page_date_line(f"{BODY} They met on 12 June 2024.\n") is None
    assert first_full_date(f"{BODY} They met on 12 June 2024.\n").isoformat() == "2024-06-12"


def test_date_updated_line():
    # the first publication, not the day the page was updated
    page = f"Published: 12 June 2024\nUpdated: 15 June 2024\n\n{BODY}\n"
    assert page_date_line(page).isoformat() == "2024-06-12"
    # an update's line alone still dates the page
    assert page_date_line(f"Last updated 15 June 2024\n\n{BODY}\n").isoformat() == "2024-06-15"


def test_date_tail_line():
    # a date line under 'Related news' dates another story, not this one
    page = f"Border talks\n\n{BODY}\n\nRelated news\n3 May 2023\nCoast guards meet in Gdansk\n"
    assert page_date_line(page) is None


def test_date_document_signed_on():
    # 'the memorandum ..., signed by both ... on <date>': the earlier document's date, not the meeting's
    page = (f"{BODY} The talks follow up on the memorandum of understanding signed by both services on 20 October "
            "2016.\n\n22 March 2017\n")
    assert _date(page) == "2017-03-22"
    # a finite 'was signed on' is this meeting's signing
    page = (f"{BODY} A protocol on joint patrols was signed by both on 20 March 2017.\n\n22 March 2017\n")
    assert _date(page) == "2017-03-20"
    # so is 'signed a memorandum ... on'
    page = (f"{BODY} The two signed a memorandum of understanding on 21 March 2017.\n\n22 March 2017\n")
    assert _date(page) == "2017-03-21"


def _dated(line):
    record = extract(" date 2023-05-14\n" + line + " " + BODY)
    meeting = record.meetings[0]
    return meeting.place.city, meeting.date.isoformat()


def test_date_caps_month():
    # a wire's dateline in capitals, month and all
    assert _dated("YEREVAN, MAY 12, ARMENPRESS.") == ("Yerevan", "2023-05-12")
    assert _dated("VILNIUS, 12 MAY 2023 -") == ("Vilnius", "2023-05-12")
    # capitals that are no month leave the page's date
    assert _dated("VILNIUS, ELTA -")[1] == "2023-05-14"


def test_date_dateline_with_the_country_in_brackets_or_a_slash_before_the_date():
    assert _dated("New Delhi [India], May 12 (ANI):") == ("New Delhi", "2023-05-12")
    assert _dated("BAGHDAD / May 12 / INA -") == ("Baghdad", "2023-05-12")


def test_date_page_window():
    page = "14 May 2024\n\n" + BODY + " "
    # a date more than a month before the page's own, or after it, is another event's
    assert _date(page + "Colonel Petraitis was appointed on 1 March 2024.") == "2024-05-14"
    assert _date(page + "The patrols were first launched on 3 March 2021.") == "2024-05-14"
    # a day of the last weeks is the meeting's
    assert _date(page + "They met on 2 May.") == "2024-05-02"
    # with no date of the page's own, the text's date stands
    assert _date(BODY + " They met on 1 March 2024.") == "2024-03-01"


def test_date_future_clause():
    # a date to come, even on a page with no date of its own
    assert _date(BODY + " The next meeting will be held on 20 June 2024, after the talks on 13 May 2024.") \
        == "2024-05-13"
    assert _date(BODY + " They met on Monday. The follow-up talks are scheduled for Vilnius on 20 June 2024.\n\n"
                 "15 May 2024\n") == "2024-05-13"
    # 'The next day, on 14 May' is no date to come
    assert _date("On 13 May 2024, the delegation arrived in Vilnius. The next day, on 14 May, " + BODY) == "2024-05-13"


def test_date_range_cross():
    assert _date(BODY + " The talks were held in Vilnius from 30 May to 1 June 2024.") == "2024-05-30"
    assert _date(BODY + " The talks were held in Vilnius from May 30 to June 1, 2024.") == "2024-05-30"
    # and a range in one month written month first, with 'and'
    assert _date(BODY + " The talks were held in Vilnius on May 12 and 13, 2024.") == "2024-05-12"


def test_date_dateline_bracket():
    assert _dated("Lahore (Pakistan Point News / Online - 12th May, 2023)") == ("Lahore", "2023-05-12")
    assert _dated("Georgetown, Guyana – (May 12, 2023)") == ("Georgetown", "2023-05-12")


def test_date_line_under_short_paragraphs_is_below_the_body():
    # short paragraphs are body too: a date under them is the first one below it, not a line above
    page = ("Border talks\n\n14 June 2024\n\nThe two chiefs met in Vilnius yesterday.\n\nThey agreed on joint patrols "
            "along the border.\n\n3 May 2023\nCoast guards meet\n")
    assert page_date_line(page).isoformat() == "2024-06-14"
