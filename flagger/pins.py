"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "6e3b5af0dc7b9115414c1d0e7236a2dd59f72eb63e4c47044c648188fa2bee43",
    "hedging.weights.json": "6015ca9f6b8646ff46b10b7bf96ea1845a679e97d34dbda3998f201bb67040a6",
    "punkt.params.json": "fd71c013cd4e34d0017d22ddd1cac98e5957955aefe62ce611827ed992d75994",
    "source-nouns.terms.json": "b36fe39dce634236dc3e76799f9518c05a9658837eceec472409235c9aeae25f",
}
