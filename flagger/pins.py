"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging.weights.json": "362852fc8f28f3ef080c89cb221e6ba4676ff6102828eb15219ae19d4b6e9296",
    "punkt.params.json": "23a31eeab25d4d88f12cdc59c0b107b685c21d08b2d0df0c6dd2f264394f20db",
}
