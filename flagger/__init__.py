"""flagger: flags speculation, vague attribution and date contradictions in news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Article", "Finding", "Flagger", "Report", "__version__", "analyze", "analyze_many"]

if TYPE_CHECKING:
    from flagger.analyzer import Flagger, analyze, analyze_many
    from flagger.article import Article
    from flagger.finding import Finding
    from flagger.report import Report

_EXPORTS = {
    "Flagger": "flagger.analyzer",
    "analyze": "flagger.analyzer",
    "analyze_many": "flagger.analyzer",
    "Article": "flagger.article",
    "Finding": "flagger.finding",
    "Report": "flagger.report",
}


def __getattr__(name: str) -> Any:
    """Import the public API on first use, so `import flagger` stays cheap."""
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'flagger' has no attribute {name!r}")
