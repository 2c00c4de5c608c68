"""Examples of the agreement.*, award.* and date.* rules added in the fourth round (dev10 and the real signing and
award pages read by hand): one test per rule id, named after it, with what the rule reads and what it must not. Every
sentence is written for the test (fictional people), in the shapes seen on real pages."""

from whomet.store.extract import extract

HEAD = "date 2024-06-12 Source: Ministry of Interior of the Republic of Poland\n\n"
MET = ("On 11 June, Polish Deputy Minister Piotr Zielinski met Major General Ostap Kovalenko, Commander of the Border "
       "Guard of Ukraine, in Warsaw. ")
UNDATED = "Source: Ministry of Interior of the Republic of Poland\n\n"
MET_UNDATED = ("Polish Deputy Minister Piotr Zielinski met Major General Ostap Kovalenko, Commander of the Border Guard of "
               "Ukraine, in Warsaw. ")


def _agreements(text, head=HEAD):
    return [(a.kind, a.rule) for m in extract(head + text).meetings for a in m.agreements]


def _awards(text, head=HEAD):
    return [(a.award, a.kind, a.giver, a.recipient_side, a.rule) for m in extract(head + text).meetings for a in m.awards]


def test_date_purpose_clause():
    # a year inside the purpose of a document dates what it is for, not its signing, though the meeting has no date
    for tail, kind in (("The two services signed a protocol to carry out the joint patrol plan in 2019 after the talks.",
                        "protocol"),
                       ("After a long debate over the details of the text, the two services signed a protocol to carry "
                        "out the joint patrol plan in 2019 after the talks in Warsaw.", "protocol"),
                       ("They signed a plan to train two hundred border guards in 2025.", "plan")):
        assert _agreements(MET_UNDATED + tail, UNDATED) == [(kind, "agreement.sign")], tail
    # a year of the signing itself, or one of a document signed inside the purpose clause, still dates it before
    assert _agreements(MET_UNDATED + "The two services signed a protocol on joint patrols in 2019.", UNDATED) == []
    assert _agreements(MET_UNDATED + "They decided to build on the protocol signed in 2019.", UNDATED) == []
    assert _agreements(MET + "They agreed to implement the memorandum signed in 2019.") == []


def test_award_gift_of_equipment():
    # a gift whose complement is equipment given to a force is a donation, no award
    for tail in ("Zielinski presented a gift of protective equipment to the Ukrainian border guards.",
                 "Zielinski handed over a donation of ten motorcycles and radios to Kovalenko.",
                 "At the end of the visit, Zielinski presented a generous gift of 40 thermal cameras to the Ukrainian side."):
        assert _awards(MET + tail) == [], tail
    # a gift that is a keepsake still is one
    assert _awards(MET + "Zielinski presented a gift of a painting of Warsaw to Kovalenko.") == [
        (None, "gift", "Piotr Zielinski", "UKR", "award.verb")]
    assert _awards(MET + "Zielinski presented a commemorative gift to Kovalenko.") == [
        (None, "gift", "Piotr Zielinski", "UKR", "award.verb")]
