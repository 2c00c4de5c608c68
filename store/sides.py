"""Sides: the countries (ISO 3166-1 alpha-3) and international bodies a delegation represents.

One place knows which codes are valid and how they are spelled, so import, extraction
and the browser agree. Country data comes from pycountry; the international bodies are
ours, because no library lists them with the short names SCHEMA.md asks for.
"""

from functools import lru_cache

import pycountry

# Short name -> full name. SCHEMA.md: an EU programme or mission is filed under EU,
# a UN agency under its own acronym.
BODIES: dict[str, str] = {
    "INTERPOL": "International Criminal Police Organization",
    "Europol": "European Union Agency for Law Enforcement Cooperation",
    "UN": "United Nations",
    "UNODC": "United Nations Office on Drugs and Crime",
    "UNDP": "United Nations Development Programme",
    "UNHCR": "Office of the United Nations High Commissioner for Refugees",
    "IOM": "International Organization for Migration",
    "EU": "European Union",
    "Frontex": "European Border and Coast Guard Agency",
    "CEPOL": "European Union Agency for Law Enforcement Training",
    "Eurojust": "European Union Agency for Criminal Justice Cooperation",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "CSTO": "Collective Security Treaty Organization",
    "CIS": "Commonwealth of Independent States",
    "SCO": "Shanghai Cooperation Organisation",
    "ASEANAPOL": "ASEAN Chiefs of Police",
    "ASEAN": "Association of Southeast Asian Nations",
    "AFRIPOL": "African Union Mechanism for Police Cooperation",
    "AMERIPOL": "Police Community of the Americas",
    "GCCPOL": "Gulf Cooperation Council Police",
    "GCC": "Gulf Cooperation Council",
    "NATO": "North Atlantic Treaty Organization",
    "AU": "African Union",
    "EAEU": "Eurasian Economic Union",
    "BRICS": "BRICS",
    "FATF": "Financial Action Task Force",
    "EAG": "Eurasian Group on Combating Money Laundering and Financing of Terrorism",
    "GUAM": "Organization for Democracy and Economic Development",
    "CICA": "Conference on Interaction and Confidence-Building Measures in Asia",
    "OTS": "Organization of Turkic States",
    "SELEC": "Southeast European Law Enforcement Center",
    "CARICC": "Central Asian Regional Information and Coordination Centre",
    "BSEC": "Organization of the Black Sea Economic Cooperation",
    # More bodies whose officials meet police and security agencies. Acronyms that are also words or
    # names ('IMO' is Nigeria's Imo State, 'SICA' and 'Coe' surnames, 'LAS', 'WHO') are left out: every
    # code here is a word the extractor reads as a side and never as part of a person's name.
    "WCO": "World Customs Organization",
    "ICAO": "International Civil Aviation Organization",
    "IAEA": "International Atomic Energy Agency",
    "OPCW": "Organisation for the Prohibition of Chemical Weapons",
    "UNOCT": "United Nations Office of Counter-Terrorism",
    "UNICRI": "United Nations Interregional Crime and Justice Research Institute",
    "UNICEF": "United Nations Children's Fund",
    "UNOPS": "United Nations Office for Project Services",
    "INCB": "International Narcotics Control Board",
    "OAS": "Organization of American States",
    "CARICOM": "Caribbean Community",
    "MERCOSUR": "Southern Common Market",
    "ECOWAS": "Economic Community of West African States",
    "SADC": "Southern African Development Community",
    "EAC": "East African Community",
    "IGAD": "Intergovernmental Authority on Development",
    "EAPCCO": "Eastern Africa Police Chiefs Cooperation Organization",
    "SARPCCO": "Southern African Regional Police Chiefs Cooperation Organisation",
    "WAPCCO": "West African Police Chiefs Committee",
    "SAARC": "South Asian Association for Regional Cooperation",
    "BIMSTEC": "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
    "OIC": "Organisation of Islamic Cooperation",
    "PIF": "Pacific Islands Forum",
    "PICP": "Pacific Islands Chiefs of Police",
    "APG": "Asia/Pacific Group on Money Laundering",
    "GIABA": "Inter-Governmental Action Group against Money Laundering in West Africa",
    "MONEYVAL": "Committee of Experts on the Evaluation of Anti-Money Laundering Measures",
    "ICMPD": "International Centre for Migration Policy Development",
    "DCAF": "Geneva Centre for Security Sector Governance",
    "EUDA": "European Union Drugs Agency",
    "EUAA": "European Union Agency for Asylum",
}

# pycountry's names are the ISO ones ("Russian Federation", "Iran, Islamic Republic of");
# analysts say these.
SHORT_NAMES = {
    "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea", "PRK": "North Korea",
    "VNM": "Vietnam", "LAO": "Laos", "MDA": "Moldova", "BOL": "Bolivia", "VEN": "Venezuela",
    "TZA": "Tanzania", "GBR": "United Kingdom", "USA": "United States", "CZE": "Czechia",
    "PSE": "Palestine", "TWN": "Taiwan", "COD": "DR Congo", "BRN": "Brunei", "FSM": "Micronesia",
}

_BODY_BY_FOLD = {code.casefold(): code for code in BODIES}


@lru_cache(maxsize=None)
def canonical_side(code: str) -> str | None:
    """The canonical spelling of a side code, or None when it names no side.

    >>> canonical_side("rus"), canonical_side("europol"), canonical_side("XXX")
    ('RUS', 'Europol', None)
    """
    if not isinstance(code, str):
        return None
    code = code.strip()
    body = _BODY_BY_FOLD.get(code.casefold())
    if body:
        return body
    if len(code) == 3 and code.isascii() and code.isalpha():
        if pycountry.countries.get(alpha_3=code.upper()) is not None:
            return code.upper()
        if code.upper() == "XKX":  # Kosovo: user-assigned code in wide use
            return "XKX"
    return None


def is_body(code: str) -> bool:
    return code in BODIES


@lru_cache(maxsize=None)
def side_name(code: str) -> str:
    """A readable name for a side code ('Azerbaijan', 'INTERPOL'); the code when unknown."""
    if code in BODIES:
        return code
    if code == "XKX":
        return "Kosovo"
    if code in SHORT_NAMES:
        return SHORT_NAMES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def side_full_name(code: str) -> str:
    if code in BODIES:
        return BODIES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return side_name(code)
    return getattr(country, "official_name", None) or side_name(code)
