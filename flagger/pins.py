"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "2c99bdf00f68c78ed05e5d9f23fff0d067f030c6253abdba364e7a70546a4f5d",
    "hedging.weights.json": "bd52cae4db044692bdfb69f7069845a8ac48adac51a433974f7ef590a712661b",
    "punkt.params.json": "fd71c013cd4e34d0017d22ddd1cac98e5957955aefe62ce611827ed992d75994",
}
