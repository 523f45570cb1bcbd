"""Shared fixtures: the shipped example article and a helper to build documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from flagger.article import Article
from flagger.document import Document
from flagger.quotes import find_quotes
from flagger.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "flagger" / "examples" / "harbour_talks.txt"
SHARED = ROOT.parent / "shared"


def make_document(text: str) -> Document:
    """Return a document with sentences and quotes but no dates or hedge scores."""
    return Document(Article(text), split_sentences(text), find_quotes(text), (), ())


@pytest.fixture(scope="session")
def example_text() -> str:
    """Return the example article that ships with flagger."""
    return EXAMPLE.read_text(encoding="utf-8")


def needs_shared(path: str) -> pytest.MarkDecorator:
    """Skip a test when ../shared (the third-party corpora) is not beside the repo."""
    return pytest.mark.skipif(
        not (SHARED / path).exists(), reason=f"../shared/{path} is absent (third-party data)"
    )
