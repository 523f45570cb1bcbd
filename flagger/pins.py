"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "9291a4ad05fe3063bc900011c6514af5bcc10593a46e74841c3a26397a9f5174",
    "hedging.weights.json": "cff4644d7e31894756533e29d57912399b79facf2bb7e5db57d81f7c023fb12d",
    "punkt.params.json": "fd71c013cd4e34d0017d22ddd1cac98e5957955aefe62ce611827ed992d75994",
    "source-nouns.terms.json": "b36fe39dce634236dc3e76799f9518c05a9658837eceec472409235c9aeae25f",
}
