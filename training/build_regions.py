"""Build flagger's table of regions named like cities (flagger/detectors/places/regions.json).

A country's states, provinces and other subdivisions (ISO 3166-2, via pycountry) whose name is
also a city of the gazetteer: "Santa Catarina, Brazil" names a Brazilian state, not the Mexican
city, so F102 must not flag it. Only names the city table holds are kept, the table stays small.

Run once at training time (`pip install pycountry==26.2.16`, then
`python -m training.build_regions`); flagger itself never imports pycountry. ISO 3166-2 names
via pycountry: LGPL 2.1.
"""

from __future__ import annotations

import json
from pathlib import Path

try:
    import pycountry  # type: ignore[import-not-found,unused-ignore]
except ModuleNotFoundError:
    raise SystemExit("build_regions needs pycountry: pip install pycountry==26.2.16") from None

from flagger.detectors.places.gazetteer import fold, load_cities

OUT = Path(__file__).resolve().parent.parent / "flagger" / "detectors" / "places" / "regions.json"


def main() -> None:
    """Write folded region name -> the codes of the countries that have a region so named."""
    cities = load_cities()
    regions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = fold(sub.name)
        if name in cities:
            regions.setdefault(name, set()).add(sub.country_code)
    table = {name: sorted(codes) for name, codes in sorted(regions.items())}
    data = {"source": "ISO 3166-2 subdivisions via pycountry 26.2.16", "regions": table}
    OUT.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(table)} region names written to {OUT}")


if __name__ == "__main__":
    main()
