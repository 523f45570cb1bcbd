"""Annotations: what is learned about an article once, before any detector reads it.

`annotate` is the one way to build a `Document`: sentences, direct quotes, time expressions and,
with a hedge model, each sentence's hedge score. The names below are imported on first use, so
that importing one light module of the package (`lazyre`, `timex.lexicon`) loads no model code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flagger.annotations.annotator import annotate
    from flagger.annotations.document import Document, HedgeScore
    from flagger.annotations.furniture import Skipped

__all__ = ["Document", "HedgeScore", "Skipped", "annotate"]

_EXPORTS = {
    "Document": "flagger.annotations.document",
    "HedgeScore": "flagger.annotations.document",
    "Skipped": "flagger.annotations.furniture",
    "annotate": "flagger.annotations.annotator",
}


def __getattr__(name: str) -> Any:
    """Import an exported name's module on first use."""
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'flagger.annotations' has no attribute {name!r}")
