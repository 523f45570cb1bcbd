"""Vague attribution (A rules): claims hung on sources nobody can identify."""

from __future__ import annotations

from flagger.detectors.attribution.detect import detect
from flagger.detectors.attribution.rules import RULE, RULES

__all__ = ["RULE", "RULES", "detect"]
