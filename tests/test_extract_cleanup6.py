"""Round six's rule cleanup by per-rule precision (`whomet eval --rules`): one example per rule id added or changed,
named after it. Sentences are ours, in the families seen on real pages."""

from tests.extract_helpers import first_place as _place

MET = ("Colonel Jonas Petraitis of Lithuania met Deputy Minister Piotr Zielinski of Poland on Tuesday to discuss the "
       "protection of the common border.")


def test_place_acronym_not_city():
    # two to four capitals the city table does not know are an agency's letters: a wire's code before the text, the
    # academy a delegation visited
    assert _place(f"KNA - {MET}")[0] is None
    assert _place("A delegation of the Lithuanian police paid a courtesy visit to KPA, where Colonel Jonas Petraitis of "
                  "Lithuania met Deputy Minister Piotr Zielinski of Poland on Tuesday.")[0] is None
    # a known short city, and a capital the city table lacks, written in capitals, stay
    assert _place(f"DOHA - {MET}") == ("Doha", "QAT")
    assert _place(f"MALÉ, 25 February — {MET}")[0] == "Malé"
