"""The hedging and speculation model: token features, the cue tagger and the loaded model."""
