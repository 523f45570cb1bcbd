"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging.weights.json": "3da6c761b5140916da4f546bbbe2bf91364bf5242ded238ab71c6ee991b2514f",
    "punkt.params.json": "23a31eeab25d4d88f12cdc59c0b107b685c21d08b2d0df0c6dd2f264394f20db",
}
