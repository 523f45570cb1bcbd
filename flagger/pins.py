"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "1f5f0e69f0fa80db9e6dd882be7e3b84bf04e01e3ac779f8aac0c3559e37d6a5",
    "hedging.weights.json": "c716effbe64cb058f711c66c83a5ebba6aedba7f893155fee6e42c6964278449",
    "punkt.params.json": "fd71c013cd4e34d0017d22ddd1cac98e5957955aefe62ce611827ed992d75994",
    "source-nouns.terms.json": "b36fe39dce634236dc3e76799f9518c05a9658837eceec472409235c9aeae25f",
}
