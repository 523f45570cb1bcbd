"""The detectors: each reads a `Document` and yields `Finding`s for its rule family."""
