"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "3e69772d5d718be27e444f1e62ef1206bd921caffdca6073149a55de787d55a7",
    "hedging.weights.json": "b36f0e10d15e0e6792127273cab423ad9082adde20a19dc33b7f9980733179ba",
    "punkt.params.json": "fd71c013cd4e34d0017d22ddd1cac98e5957955aefe62ce611827ed992d75994",
    "source-nouns.terms.json": "b36fe39dce634236dc3e76799f9518c05a9658837eceec472409235c9aeae25f",
}
