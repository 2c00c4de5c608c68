"""Examples for the rules that weigh a person's own evidence of their side (the sidefall helper's rules).

Every sentence here is written for the test (fictional people); each test is named after the rule id it shows.
"""

from whomet.store.extract import extract

HEAD = "date 2024-06-12 Source: Ministry of Interior of the Republic of Poland\n\n"


def _members(text):
    return {m.name: (d.side, m) for mt in extract(HEAD + text).meetings for d in mt.delegations for m in d.members}


def test_side_owner_other_conjunct():
    # 'Georgia's' owns the first official's ministry, not the office of the one after 'and'
    people = _members("On 17 May, Armenian Police Chief Arman Sargsyan and Georgian Interior Minister Vakhtang "
                      "Gomelauri met in Tbilisi. The protocol was signed by an official with Georgia's Interior Ministry "
                      "Levan Beridze and the deputy chief of the Armenian Police Gevorg Hakobyan.")
    side, m = people["Gevorg Hakobyan"]
    assert (side, m.side_rule) == ("ARM", "side.own_office")
    # the owner right before the office still gives the side
    people = _members("On 17 May, Georgia's Deputy Interior Minister Levan Beridze met Police Chief Arman Sargsyan of "
                      "Armenia in Tbilisi.")
    side, m = people["Levan Beridze"]
    assert (side, m.side_rule) == ("GEO", "side.demonym_office")
