"""flagger: flags speculation, vague attribution and date, place and number contradictions
in news articles.

    report = flagger.analyze(text, published="2025-05-11", select="A,T")
    print(flagger.render(report, "json"))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from flagger.version import __version__

__all__ = [
    "Article",
    "Finding",
    "Flagger",
    "Options",
    "Report",
    "__version__",
    "analyze",
    "analyze_many",
    "render",
]

if TYPE_CHECKING:
    from flagger.article import Article
    from flagger.batch import analyze_many
    from flagger.options import Options
    from flagger.pipeline import Flagger, analyze
    from flagger.renderers import render
    from flagger.report import Report
    from flagger.report.finding import Finding

_EXPORTS = {
    "Article": "flagger.article",
    "Finding": "flagger.report.finding",
    "Flagger": "flagger.pipeline",
    "Options": "flagger.options",
    "Report": "flagger.report",
    "analyze": "flagger.pipeline",
    "analyze_many": "flagger.batch",
    "render": "flagger.renderers",
}


def __getattr__(name: str) -> Any:
    """Import the public API on first use, so `import flagger` (and `flagger --help`) stay cheap."""
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'flagger' has no attribute {name!r}")
