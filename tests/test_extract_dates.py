"""Header lines, bylines, datelines and meeting dates (relative dates, weekdays, several meetings)."""

import datetime as dt

from whomet.store.extract import extract

BODY = ("the Minister of Internal Affairs of the Republic of Armenia, Police Colonel General Hayk Aramyan, "
        "received in Yerevan a delegation of the Ministry of Internal Affairs of Georgia led by Deputy Minister "
        "Mr. Levan Kvaratskhelia.")


def test_header_line_gives_publisher_and_source_date():
    r = extract(f" date 2021-05-14 Source: Police of the Republic of Armenia in English\n\nOn 12 May, {BODY}\n")
    assert r.source.publisher == "Police of the Republic of Armenia"
    assert r.source.date == dt.date(2021, 5, 14)
    assert r.meetings[0].date == dt.date(2021, 5, 12)
    assert (r.meetings[0].place.city, r.meetings[0].place.country) == ("Yerevan", "ARM")


def test_today_with_a_byline_date_and_no_header():
    r = extract(f"Today, {BODY}\n\nPress Service of the Police of the Republic of Armenia, 3 June 2020\n")
    assert r.source.date is None
    assert r.source.publisher == "Press Service of the Police of the Republic of Armenia"
    assert r.meetings[0].date == dt.date(2020, 6, 3)


def test_yesterday_and_weekdays_resolve_against_the_release_date():
    r = extract(f" date 2021-05-14 Source: Police of the Republic of Armenia\n\nYesterday {BODY}\n")
    assert r.meetings[0].date == dt.date(2021, 5, 13)
    r = extract(f" date 2021-05-14 Source: Police of the Republic of Armenia\n\nOn Tuesday, {BODY}\n")
    assert r.meetings[0].date == dt.date(2021, 5, 11)  # 14 May 2021 was a Friday


def test_no_date_in_the_text_means_the_release_date():
    r = extract(f" date 2021-05-14 Source: Police of the Republic of Armenia\n\n{BODY[0].upper()}{BODY[1:]}\n")
    assert r.meetings[0].date == dt.date(2021, 5, 14)


def test_a_paragraph_opening_with_another_date_and_meeting_is_a_second_meeting():
    text = (f" date 2021-05-14 Source: Police of the Republic of Armenia\n\nOn 10 May, {BODY}\n\n"
            "On 12 May, a meeting of the border representatives of Armenia and Georgia was held in Gyumri. The "
            "Armenian delegation was headed by Colonel Aram Petrosyan, and the Georgian delegation – by "
            "Colonel Giorgi Beridze. A protocol was signed.\n")
    r = extract(text)
    assert [m.date for m in r.meetings] == [dt.date(2021, 5, 10), dt.date(2021, 5, 12)]
    second = r.meetings[1]
    heads = {m.name for d in second.delegations for m in d.members if m.head}
    assert heads == {"Aram Petrosyan", "Giorgi Beridze"}
    assert [a.kind for a in second.agreements] == ["protocol"]
    assert not r.meetings[0].agreements


def test_video_conference_has_no_place():
    r = extract(" date 2021-05-14 Source: Police of the Republic of Armenia\n\nA meeting was held today by video "
                f"conference. {BODY}\n")
    m = r.meetings[0]
    assert m.format == "video_conference"
    assert (m.place.city, m.place.country) == (None, None)
