"""Side lexicon: country names, official names, demonyms and international bodies -> side codes.

Country data comes from OpenSanctions' `rigour` territory file (English and official
names, demonyms among its alternative names, capital cities), read once at import.
International bodies come from store.sides.BODIES plus the usual aliases of their
programmes and offices. Lookup is token based: `SIDE_PHRASES` maps a tuple of folded
tokens to a code, so matching is a dict lookup per n-gram, not a giant regex.
"""

from __future__ import annotations

import re

from whomet.store.names import fold
from whomet.store.sides import BODIES

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CLEAN = re.compile(r"^[A-Za-z][A-Za-z '’.-]*$")
MAX_PHRASE = 7


def key(phrase: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _WORD.findall(phrase))


# Demonyms and short forms the territory file lacks or spells differently.
_EXTRA_COUNTRY = {
    "Lao": "LAO", "Laotian": "LAO", "Kazakh": "KAZ", "Kazakhstani": "KAZ", "Uzbek": "UZB", "Tajik": "TJK",
    "Kyrgyz": "KGZ", "Kirghiz": "KGZ", "Turkmen": "TKM", "Afghan": "AFG", "Omani": "OMN", "Emirati": "ARE",
    "Belarusian": "BLR", "Byelorussian": "BLR", "Moldovan": "MDA", "Ukrainian": "UKR", "Russian": "RUS",
    "Azerbaijani": "AZE", "Azeri": "AZE", "Georgian": "GEO", "Armenian": "ARM", "Chinese": "CHN",
    "Mongolian": "MNG", "Vietnamese": "VNM", "Viet Nam": "VNM", "Pakistani": "PAK", "Indian": "IND",
    "Turkish": "TUR", "Türkiye": "TUR", "Latvian": "LVA", "Lithuanian": "LTU", "Estonian": "EST",
    "Serbian": "SRB", "Montenegrin": "MNE", "Macedonian": "MKD", "North Macedonian": "MKD",
    "former Yugoslav Republic of Macedonia": "MKD", "Bosnian": "BIH", "Herzegovinian": "BIH",
    "Croatian": "HRV", "Slovenian": "SVN", "Albanian": "ALB", "Kosovo": "XKX", "Kosovar": "XKX",
    "Belgian": "BEL", "German": "DEU", "Dutch": "NLD", "French": "FRA", "Spanish": "ESP", "Italian": "ITA",
    "Portuguese": "PRT", "Polish": "POL", "Czech": "CZE", "Slovak": "SVK", "Hungarian": "HUN",
    "Romanian": "ROU", "Bulgarian": "BGR", "Greek": "GRC", "Cypriot": "CYP", "Austrian": "AUT",
    "Swiss": "CHE", "Swedish": "SWE", "Norwegian": "NOR", "Danish": "DNK", "Finnish": "FIN",
    "Irish": "IRL", "British": "GBR", "American": "USA", "Canadian": "CAN", "Mexican": "MEX",
    "Brazilian": "BRA", "Argentine": "ARG", "Argentinian": "ARG", "Chilean": "CHL", "Colombian": "COL",
    "Peruvian": "PER", "Ecuadorian": "ECU", "Bolivian": "BOL", "Venezuelan": "VEN", "Cuban": "CUB",
    "Mauritanian": "MRT", "Moroccan": "MAR", "Algerian": "DZA", "Tunisian": "TUN", "Libyan": "LBY",
    "Egyptian": "EGY", "Sudanese": "SDN", "Ethiopian": "ETH", "Kenyan": "KEN", "Nigerian": "NGA",
    "Ghanaian": "GHA", "Senegalese": "SEN", "Malian": "MLI", "Nigerien": "NER", "South African": "ZAF",
    "Saudi": "SAU", "Qatari": "QAT", "Kuwaiti": "KWT", "Bahraini": "BHR", "Jordanian": "JOR",
    "Lebanese": "LBN", "Syrian": "SYR", "Iraqi": "IRQ", "Iranian": "IRN", "Israeli": "ISR",
    "Palestinian": "PSE", "Yemeni": "YEM", "Indonesian": "IDN", "Malaysian": "MYS", "Thai": "THA",
    "Cambodian": "KHM", "Filipino": "PHL", "Philippine": "PHL", "Singaporean": "SGP", "Bruneian": "BRN",
    "Myanmar": "MMR", "Burmese": "MMR", "Bangladeshi": "BGD", "Sri Lankan": "LKA", "Nepalese": "NPL",
    "Japanese": "JPN", "Korean": "KOR", "South Korean": "KOR", "North Korean": "PRK", "Australian": "AUS",
    "New Zealand": "NZL", "Tajikistani": "TJK", "Uzbekistani": "UZB", "Kyrgyzstani": "KGZ",
    "Azerbaijan Republic": "AZE", "Republic of Korea": "KOR", "Korea": "KOR", "Russia": "RUS",
    # national agencies known by a name that names no country ('the JICA Georgia Office' is Japan's)
    "JICA": "JPN", "KOICA": "KOR", "USAID": "USA", "GIZ": "DEU", "TIKA": "TUR", "FBI": "USA", "DEA": "USA",
    "RCMP": "CAN", "Royal Canadian Mounted Police": "CAN", "BKA": "DEU", "Bundeskriminalamt": "DEU",
    "Bundespolizei": "DEU", "Carabinieri": "ITA", "Guardia Civil": "ESP",
}

# International bodies: names and aliases -> BODIES code (SCHEMA.md: EU programmes and missions are EU).
_BODY_ALIASES = {
    "Interpol": "INTERPOL", "International Criminal Police Organization": "INTERPOL",
    "European Union": "EU", "European Commission": "EU", "EU": "EU", "BOMCA": "EU", "EUBAM": "EU",
    "EUPOL": "EU", "EULEX": "EU", "CADAP": "EU",
    "Collective Security Treaty Organization": "CSTO", "Collective Security Treaty Organisation": "CSTO",
    "Commonwealth of Independent States": "CIS", "Shanghai Cooperation Organization": "SCO",
    "Shanghai Cooperation Organisation": "SCO", "United Nations Office on Drugs and Crime": "UNODC",
    "United Nations": "UN", "Organization for Security and Co-operation in Europe": "OSCE",
    "Organization for Security and Cooperation in Europe": "OSCE",
    "International Organization for Migration": "IOM", "African Union": "AU",
}

# Seats of international bodies and a few large non-capital cities the territory file omits.
CITY_COUNTRY_EXTRA = {
    "Lyon": "FRA", "The Hague": "NLD", "Hague": "NLD", "Vienna": "AUT", "Geneva": "CHE", "New York": "USA",
    "Moscow": "RUS", "Saint Petersburg": "RUS", "St Petersburg": "RUS", "Kyiv": "UKR", "Kiev": "UKR",
    "Almaty": "KAZ", "Istanbul": "TUR", "Kuala Lumpur": "MYS", "Warsaw": "POL", "Brussels": "BEL",
    "Budapest": "HUN", "Samarkand": "UZB", "Osh": "KGZ", "Shanghai": "CHN", "Dubai": "ARE",
    "Abu Dhabi": "ARE", "Astana": "KAZ", "Nur-Sultan": "KAZ", "Chisinau": "MDA", "Chișinău": "MDA",
}
# Capitals and large or border cities the territory file omits (cities where police and border talks are held).
_MORE_CITIES = {
    "TZA": "Dar es Salaam|Arusha|Zanzibar", "TUN": "Tunis", "CIV": "Abidjan", "NGA": "Lagos|Kano|Port Harcourt",
    "BRA": "Brasília|Brasilia|São Paulo|Sao Paulo|Rio de Janeiro|Foz do Iguaçu|Foz do Iguacu",
    "COL": "Bogotá|Bogota|Medellín|Medellin|Cali|Cartagena", "PRY": "Asunción|Asuncion|Ciudad del Este",
    "CAN": "Ottawa|Toronto|Montreal|Vancouver", "USA": "Washington|Miami|Los Angeles|Chicago|Houston",
    "DEU": "Berlin|Munich|Frankfurt|Hamburg|Wiesbaden|Cologne|Bonn", "NOR": "Oslo", "GBR": "London|Manchester|Edinburgh",
    "LUX": "Luxembourg", "CHE": "Bern|Zurich", "MLT": "Valletta", "CHN": "Beijing|Guangzhou|Shenzhen|Kunming|Urumqi|Harbin",
    "SGP": "Singapore", "AUS": "Canberra|Sydney|Melbourne", "RUS": "Makhachkala|Vladivostok|Novosibirsk|Yekaterinburg|"
    "Kazan|Khabarovsk|Rostov-on-Don|Sochi|Kaliningrad|Pskov|Astrakhan|Derbent|Grozny|Nalchik|Vladikavkaz|Magas|"
    "Orenburg|Omsk|Chelyabinsk|Barnaul|Irkutsk|Blagoveshchensk|Murmansk|Nizhny Novgorod|Samara|Volgograd",
    "EST": "Narva|Tartu", "UZB": "Termez|Bukhara|Andijan|Fergana|Namangan|Nukus|Urgench", "FRA": "Lille|Marseille|Strasbourg|Nice",
    "ARG": "Mendoza|Córdoba|Rosario|Salta", "POL": "Przemyśl|Przemysl|Gdańsk|Gdansk|Kraków|Krakow|Lublin|Białystok|Bialystok|Rzeszów|Rzeszow",
    "KAZ": "Shymkent|Aktau|Atyrau|Karaganda|Aktobe|Pavlodar|Oral|Uralsk|Kostanay|Taraz",
    "GEO": "Batumi|Kutaisi|Rustavi", "ARM": "Gyumri|Vanadzor", "AZE": "Ganja|Sumgayit|Lankaran|Nakhchivan|Gabala|Guba|Gazakh",
    "KEN": "Mombasa|Kisumu", "AFG": "Kandahar|Herat|Mazar-i-Sharif|Jalalabad", "IRN": "Mashhad|Tabriz|Isfahan|Zahedan",
    "IRQ": "Erbil|Basra|Mosul", "TUR": "Izmir|Antalya|Bursa|Gaziantep|Trabzon|Edirne", "ITA": "Milan|Naples|Turin|Palermo",
    "NLD": "Rotterdam|Utrecht", "BEL": "Antwerp|Ghent|Liège|Liege", "UKR": "Odesa|Odessa|Kharkiv|Lviv|Dnipro|Uzhhorod",
    "TJK": "Khujand|Kulob|Khorog|Bokhtar", "KGZ": "Jalal-Abad|Karakol|Batken", "TKM": "Turkmenbashi|Dashoguz|Turkmenabat",
    "SAU": "Jeddah|Mecca|Medina|Dammam", "EGY": "Alexandria|Sharm el-Sheikh", "MAR": "Casablanca|Tangier|Marrakech|Fez",
    "THA": "Chiang Mai|Chiang Rai|Phuket|Pattaya", "VNM": "Ho Chi Minh City|Da Nang|Haiphong", "PHL": "Cebu|Davao|Quezon City",
    "IDN": "Surabaya|Medan|Denpasar|Bali|Batam", "MYS": "Penang|Johor Bahru|Kota Kinabalu|Kuching", "KOR": "Busan|Incheon",
    "JPN": "Osaka|Yokohama", "IND": "Mumbai|Kolkata|Chennai|Lucknow|Hyderabad|Bengaluru|Bangalore|Ahmedabad|Pune|Jaipur|Guwahati|Siliguri|"
    "Amritsar|Srinagar|Patna|Bhopal|Chandigarh|Shillong|Imphal|Kochi|Goa",
    "NPL": "Pokhara|Biratnagar|Birgunj|Nepalgunj", "BGD": "Chittagong|Chattogram|Sylhet|Khulna|Rajshahi",
    "LKA": "Kandy|Galle|Jaffna|Sri Jayawardenepura Kotte", "PAK": "Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Faisalabad|Multan", "ESP": "Barcelona|Seville|Valencia|Málaga|Malaga|Ceuta|Melilla",
    "PRT": "Porto", "GRC": "Thessaloniki", "ROU": "Iași|Iasi|Constanța|Constanta|Cluj-Napoca", "BGR": "Varna|Burgas|Plovdiv",
    "SRB": "Novi Sad|Niš|Nis", "BIH": "Banja Luka|Mostar", "MKD": "Bitola|Ohrid", "HUN": "Debrecen|Szeged",
    "BLR": "Brest|Grodno|Gomel|Vitebsk|Mogilev", "MDA": "Bălți|Balti", "LTU": "Kaunas|Klaipėda|Klaipeda", "LVA": "Daugavpils|Liepāja|Liepaja",
    "FIN": "Tampere|Turku|Lappeenranta|Joensuu", "SWE": "Gothenburg|Malmö|Malmo", "DNK": "Aarhus", "MNG": "Darkhan|Erdenet",
    "CHL": "Valparaíso|Valparaiso|Arica|Iquique", "PER": "Cusco|Arequipa|Tacna", "BOL": "Santa Cruz|Cochabamba", "ECU": "Guayaquil",
    "MEX": "Guadalajara|Monterrey|Tijuana|Cancún|Cancun", "ZAF": "Johannesburg|Cape Town|Durban",
}
for _code, _names in _MORE_CITIES.items():
    for _name in _names.split("|"):
        CITY_COUNTRY_EXTRA.setdefault(_name, _code)

BODY_SEAT = {
    "INTERPOL": "FRA", "Europol": "NLD", "Eurojust": "NLD", "OSCE": "AUT", "UNODC": "AUT", "CSTO": "RUS",
    "CIS": "BLR", "SCO": "CHN", "ASEANAPOL": "MYS", "Frontex": "POL", "EU": "BEL", "CEPOL": "HUN",
}


def _load() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    phrases: dict[tuple[str, ...], str] = {}
    cities: dict[str, str] = {}
    weak: dict[tuple[str, ...], set[str]] = {}
    try:
        from rigour._core import territories_jsonl
        from rigour.data import iter_jsonl_text

        rows = list(iter_jsonl_text(territories_jsonl()))
    except Exception:  # pragma: no cover - rigour missing: the explicit tables still work
        rows = []
    for row in rows:
        if not row.get("is_country") or not row.get("alpha3"):
            continue
        code = row["alpha3"].upper()
        for name in [row.get("name"), row.get("full_name"), *row.get("names_strong", [])]:
            if name and _CLEAN.match(name):
                phrases.setdefault(key(name), code)
        for name in row.get("names_weak", []):
            if name and _CLEAN.match(name) and name[0].isupper() and len(name) >= 4:
                weak.setdefault(key(name), set()).add(code)
        for place in row.get("places", []):
            if place and _CLEAN.match(place) and not place.isupper():
                cities.setdefault(fold(place), code)
    for k, codes in weak.items():
        if len(codes) == 1 and k not in phrases:
            phrases[k] = next(iter(codes))
    for name, code in _EXTRA_COUNTRY.items():
        phrases[key(name)] = code
    for code, full in BODIES.items():
        phrases[key(code)] = code
        phrases[key(full)] = code
    for name, code in _BODY_ALIASES.items():
        phrases[key(name)] = code
    for k in [k for k in phrases if k and k[0] == "the"]:
        phrases.setdefault(k[1:], phrases[k])
    for name, code in CITY_COUNTRY_EXTRA.items():
        cities[fold(name)] = code
    phrases = {k: v for k, v in phrases.items() if k and len(k) <= MAX_PHRASE}
    return phrases, cities


SIDE_PHRASES, CITY_COUNTRY = _load()
# Single words that are never part of a person's name because they name a side.
SIDE_WORDS = frozenset(k[0] for k in SIDE_PHRASES if len(k) == 1)
FIRST_WORDS = frozenset(k[0] for k in SIDE_PHRASES)


def city_country(city: str | None) -> str | None:
    return CITY_COUNTRY.get(fold(city)) if city else None


# States, provinces and emirates whose police forces are named after them ('Sindh Police', 'Sharjah Police').
_REGIONS = {
    "ARE": "Sharjah|Ajman|Ras Al Khaimah|Ras al-Khaimah|Fujairah|Umm Al Quwain", "PAK": "Sindh|Khyber Pakhtunkhwa|"
    "Balochistan|Islamabad Capital Territory", "NGA": "Lagos State|Kano State|Rivers State|Ogun State|Oyo State|"
    "Kaduna State|Enugu State|Anambra State|Borno State|Edo State|FCT", "MYS": "Selangor|Johor|Sabah|Sarawak|Kedah|Perak|Penang",
    "IND": "Kerala|Maharashtra|Tamil Nadu|Karnataka|Gujarat|Delhi|Assam|West Bengal|Rajasthan|Uttar Pradesh",
    "AUS": "Queensland|New South Wales|Tasmania|Western Australia|Northern Territory", "CAN": "Ontario|Quebec",
    "DEU": "Bavarian|Bavaria|Saxony|Hesse|Berlin", "ZAF": "Gauteng|KwaZulu-Natal|Western Cape", "GBR": "Metropolitan|"
    "Scotland|Wales|Northern Ireland|West Midlands|Greater Manchester|Merseyside", "IDN": "Bali|Aceh|Metro Jaya",
    "KEN": "Nairobi County", "THA": "Bangkok Metropolitan", "PHL": "Metro Manila|Manila", "BRA": "Federal District",
}
REGION_COUNTRY = {fold(name): code for code, names in _REGIONS.items() for name in names.split("|")}
# Words between a city or region and 'Police' in a force's name ('Lagos State Police Command').
LOCAL_FORCE_GAP = frozenset({"state", "provincial", "province", "metropolitan", "metro", "city", "regional", "municipal",
                             "county", "emirate", "capital"})


PLACE_FIRST = frozenset(name.split()[0] for name in list(CITY_COUNTRY) + list(REGION_COUNTRY) if name)


def place_country(words: tuple[str, ...]) -> str | None:
    """The country of a city, state, province or emirate given as folded words ('abu', 'dhabi')."""
    name = " ".join(words)
    return CITY_COUNTRY.get(name) or REGION_COUNTRY.get(name)
