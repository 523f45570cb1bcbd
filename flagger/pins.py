"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "6acf097d65a02f071b5eeeb24ae5d248ebafcfdb3598307fe75bc0e34a489286",
    "hedging.weights.json": "a5e560845ad4dd6af3d35a0c80239d49c8179bc8878ee02e0417c77f1e451b0f",
    "punkt.params.json": "fd71c013cd4e34d0017d22ddd1cac98e5957955aefe62ce611827ed992d75994",
    "source-nouns.terms.json": "c265cf477f339640e64cd758059e426aa495f679cd9ce78a7ee86f2f4b6fecbe",
}
