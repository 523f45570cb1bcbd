"""The sha256 of each model file flagger may load; written by `python -m training.build_models`."""

PINNED_SHA256: dict[str, str] = {
    "hedging.weights.json": "f6c4aee454ee5e6597b8c5df46ec98f21f8c49794527f3e11e15414b7e0007c2",
    "punkt.params.json": "23a31eeab25d4d88f12cdc59c0b107b685c21d08b2d0df0c6dd2f264394f20db",
}
