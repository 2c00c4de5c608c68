"""Names, ranks, positions, later mentions, sides and heads on small hand-written releases."""

from whomet.store.extract import extract
from whomet.store.names import fold

HEADER = " date 2020-03-05 Source: Ministry of Internal Affairs of the Republic of Kazakhstan in English\n\n"


def members(record):
    return {fold(m.name): (d.side, m) for meeting in record.meetings for d in meeting.delegations for m in d.members}


def test_surname_only_later_mentions_resolve_to_the_full_name():
    text = HEADER + (
        "On 4 March, a delegation of the Ministry of Internal Affairs of the Republic of Kazakhstan headed by "
        "Deputy Minister of Internal Affairs, Police Major General Yerlan Sadykov held talks in Bishkek with "
        "the Minister of Internal Affairs of the Kyrgyz Republic, Major General of Militia Ulan Niyazbekov.\n\n"
        "Sadykov thanked his hosts. Niyazbekov noted the growth of fraud. At the end of the talks, "
        "Niyazbekov presented Sadykov with a commemorative gift.\n")
    record = extract(text)
    found = members(record)
    assert set(found) == {"yerlan sadykov", "ulan niyazbekov"}
    assert found["yerlan sadykov"][0] == "KAZ"
    assert found["ulan niyazbekov"][0] == "KGZ"
    award = record.meetings[0].awards[0]
    assert award.giver == "Ulan Niyazbekov"
    assert award.recipients == ["Yerlan Sadykov"]
    assert award.recipient_side == "KAZ"
    assert award.kind == "gift"


def test_honorifics_particles_and_initials():
    text = HEADER + (
        "The Director of the National Police of Spain, Mr. Juan Carlos de la Fuente Ruiz, today received in Madrid "
        "a delegation of the National Police Agency of Mongolia led by its Head, Police Brigadier General "
        "B. Enkhbat. The meeting was also attended by H.E. Tserendorj Oyunbileg, Ambassador of Mongolia to Spain.\n\n"
        "Mr. de la Fuente Ruiz and Brigadier General Enkhbat signed a Memorandum of Understanding.\n")
    record = extract(text)
    found = members(record)
    assert found["juan carlos de la fuente ruiz"][0] == "ESP"
    assert found["juan carlos de la fuente ruiz"][1].position == "Director of the National Police of Spain"
    assert found["b enkhbat"][0] == "MNG" and found["b enkhbat"][1].head
    assert found["b enkhbat"][1].rank == "Police Brigadier General"
    assert found["tserendorj oyunbileg"][0] == "MNG"
    assert [a.kind for a in record.meetings[0].agreements] == ["memorandum"]
    assert record.meetings[0].place.city == "Madrid" and record.meetings[0].place.country == "ESP"
    assert record.meetings[0].date.isoformat() == "2020-03-05"


def test_rank_after_the_name_and_represented_by_gives_no_head():
    text = HEADER + (
        "On 2 March, the Chairman of the Investigative Committee of the Republic of Kazakhstan, Arman Bekov, "
        "Major General of Justice, received in Astana a delegation of the Investigative Committee of the "
        "Republic of Belarus. The Belarusian side was represented by the Head of the Forensic Department, "
        "Pavel Lukin, Colonel of Justice.\n")
    found = members(extract(text))
    side, bekov = found["arman bekov"]
    assert side == "KAZ" and bekov.rank == "Major General of Justice" and not bekov.head
    side, lukin = found["pavel lukin"]
    assert side == "BLR" and lukin.rank == "Colonel of Justice" and not lukin.head
    assert lukin.position == "Head of the Forensic Department"


def test_passing_mentions_are_not_members():
    text = HEADER + (
        "On 3 March, the Minister of Internal Affairs of the Republic of Kazakhstan, Police Colonel General "
        "Marat Akhmetov, received in Astana a delegation of the Ministry of Interior of the Republic of Turkey "
        "led by Mr. Kemal Aydin. The sides discussed the case of Mr. Ruslan Tokayev, who was detained in "
        "Istanbul last month.\n")
    found = members(extract(text))
    assert "ruslan tokayev" not in found
    assert found["kemal aydin"][0] == "TUR" and found["kemal aydin"][1].head


def test_drafts_and_documents_to_be_signed_are_not_agreements():
    text = HEADER + (
        "On 3 March, the Minister of Internal Affairs of the Republic of Kazakhstan, Police Colonel General "
        "Marat Akhmetov, met in Astana with a delegation of the Ministry of Public Security of Viet Nam led by "
        "Lieutenant General Tran Van Minh. The parties discussed a draft agreement on the transfer of sentenced "
        "persons, which is to be signed next year, and signed a Protocol on cooperation for 2020-2021.\n")
    record = extract(text)
    assert [a.kind for a in record.meetings[0].agreements] == ["protocol"]
