"""Shared fixtures: the shipped example article and a helper to build documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from flagger.annotations import annotate
from flagger.annotations.document import Document
from flagger.article import Article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "flagger" / "examples" / "harbour_talks.txt"
SHARED = ROOT.parent / "shared"


def make_document(text: str) -> Document:
    """Return a document with sentences, quotes and dates but no hedge scores."""
    return annotate(Article(text))


@pytest.fixture(scope="session")
def example_text() -> str:
    """Return the example article that ships with flagger."""
    return EXAMPLE.read_text(encoding="utf-8")


def needs_shared(path: str) -> pytest.MarkDecorator:
    """Skip a test when ../shared (the third-party corpora) is not beside the repo."""
    return pytest.mark.skipif(
        not (SHARED / path).exists(), reason=f"../shared/{path} is absent (third-party data)"
    )
