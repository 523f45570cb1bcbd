"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "b675e62a4d30dc553c9e5a3be9b426016942573bb0b8774869772bd6e4713b14",
    "hedging.weights.json": "1ca3be9061b21a9e3a59c69a9321e40ebb9a3a65847986ec03d8c78ccc02ca56",
    "punkt.params.json": "fd71c013cd4e34d0017d22ddd1cac98e5957955aefe62ce611827ed992d75994",
    "source-nouns.terms.json": "b36fe39dce634236dc3e76799f9518c05a9658837eceec472409235c9aeae25f",
}
