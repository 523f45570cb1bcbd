"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "2c99bdf00f68c78ed05e5d9f23fff0d067f030c6253abdba364e7a70546a4f5d",
    "hedging.weights.json": "bd52cae4db044692bdfb69f7069845a8ac48adac51a433974f7ef590a712661b",
    "punkt.params.json": "23a31eeab25d4d88f12cdc59c0b107b685c21d08b2d0df0c6dd2f264394f20db",
}
