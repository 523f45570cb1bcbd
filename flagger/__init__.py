"""flagger: flags speculation, vague attribution and date contradictions in news articles."""

__version__ = "0.1.0"
