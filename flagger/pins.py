"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "943faf9ee4f936f63c241aaab7fbc1149c3d8b44a9cfdcf9d9a4b06635d4a9a6",
    "hedging.weights.json": "a8d034230683c730d44f38022e62fd89cb72936f7ab0fed664b6417c9162811d",
    "punkt.params.json": "fd71c013cd4e34d0017d22ddd1cac98e5957955aefe62ce611827ed992d75994",
    "source-nouns.terms.json": "b36fe39dce634236dc3e76799f9518c05a9658837eceec472409235c9aeae25f",
}
