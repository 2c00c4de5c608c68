"""The side and place lexicons: pycountry for countries, the shipped tables for the rest."""

from whomet.store.extract.lexicon import SIDE_PHRASES, city_country, key, place_country


def test_country_names_come_from_pycountry_and_the_demonym_table():
    assert SIDE_PHRASES[key("Kazakhstan")] == "KAZ"
    assert SIDE_PHRASES[key("Republic of Korea")] == "KOR"  # ISO's 'Korea, Republic of' turned round
    assert SIDE_PHRASES[key("the Republic of Latvia")] == "LVA"
    assert SIDE_PHRASES[key("Congo")] == "COG"  # not the DR Congo, whose ISO name starts 'Congo, The ...'
    assert SIDE_PHRASES[key("Kazakh")] == "KAZ"
    assert SIDE_PHRASES[key("Rwandan")] == "RWA"
    assert SIDE_PHRASES[key("JICA")] == "JPN"  # an agency that names no country
    assert SIDE_PHRASES[key("Interpol")] == "INTERPOL"


def test_words_that_are_not_sides_stay_out():
    for word in ("car", "us", "english", "police"):
        assert key(word) not in SIDE_PHRASES, word


def test_cities_from_the_generated_table_and_the_hand_additions():
    assert city_country("Almaty") == "KAZ"
    assert city_country("Shymkent") == "KAZ"
    assert city_country("Ulaanbaatar") == "MNG"  # hand addition: GeoNames spells it 'Ulan Bator'
    assert city_country("Lyon") == "FRA"
    assert city_country("Independence") is None  # an English word first
    assert place_country(("sindh",)) == "PAK"


def test_rigour_is_not_imported():
    import sys

    import whomet.store.extract  # noqa: F401

    assert not any(m == "rigour" or m.startswith("rigour.") for m in sys.modules)
