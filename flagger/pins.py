"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging-recent-news.weights.json":
        "e8c0ee155d943046776f0237e13085403c61387fe62451a6d065097b220a0416",
    "hedging.weights.json": "362852fc8f28f3ef080c89cb221e6ba4676ff6102828eb15219ae19d4b6e9296",
    "punkt.params.json": "fd71c013cd4e34d0017d22ddd1cac98e5957955aefe62ce611827ed992d75994",
    "source-nouns.terms.json": "b1327d230327af5496dfb9f44250b8ab4e6ab3a147a3ab7827f0c65bb2ae6dec",
}
