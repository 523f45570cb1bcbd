"""Exchange rates no year has seen: "$10m (£19.2m)" gives the pound less than a dollar, which it
has never been worth; "2 million yuan (about 125,000 U.S. dollars)" gives 16 yuan to the dollar.

The bounds are wide on purpose: each is the range the pair has kept since 1985 (since 1999 for
the euro), widened so that "$" may also be an Australian, Canadian or New Zealand dollar and a
rounded equivalent stays inside. A conversion outside them is a dropped scale word, swapped
currencies or a wrong figure, not a rate that moved.
"""

from __future__ import annotations

BOUNDS: dict[tuple[str, str], tuple[float, float]] = {
    # (first, second) in the sorted order conversions use: units of second per first
    ("$", "£"): (0.25, 1.0),  # the pound has always bought more than a dollar
    ("US$", "£"): (0.38, 1.0),
    ("$", "€"): (0.4, 1.3),
    ("US$", "€"): (0.6, 1.3),
    ("£", "€"): (0.95, 1.85),
    ("$", "¥"): (50.0, 300.0),
    ("US$", "¥"): (70.0, 300.0),
    ("£", "¥"): (100.0, 600.0),
    ("$", "YUAN"): (0.7, 9.5),
    ("US$", "YUAN"): (1.4, 9.5),
}
"""Lowest and highest rate (second currency per first) since 1985, widened."""


def unseen_rate(first: str, second: str, low: float, high: float) -> tuple[float, float] | None:
    """The pair's bounds when every rate the written digits allow (low to high) lies outside
    them; None when a seen rate fits or the pair is not known."""
    bounds = BOUNDS.get((first, second))
    if bounds is None or (high >= bounds[0] and low <= bounds[1]):
        return None
    return bounds
