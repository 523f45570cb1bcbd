"""Which rules run: `select` / `ignore` code prefixes, the longest match winning."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class UnknownRuleError(ValueError):
    """A select/ignore entry names no rule."""


def parse_codes(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Split 'H,A102' or ['H', 'A102'] into upper-case codes."""
    if value is None:
        return ()
    parts = value.split(",") if isinstance(value, str) else list(value)
    return tuple(part.strip().upper() for part in parts if part.strip())


@dataclass(frozen=True, slots=True)
class Selection:
    """Rule prefixes to select and ignore; the longest matching prefix decides, ignore on ties."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        select: str | Iterable[str] | None,
        ignore: str | Iterable[str] | None,
        known: Iterable[str],
    ) -> Selection:
        """Build a selection, refusing prefixes that match none of the `known` codes."""
        selection = cls(parse_codes(select), parse_codes(ignore))
        codes = tuple(known)
        unknown = [
            p
            for p in selection.select + selection.ignore
            if not any(code.startswith(p) for code in codes)
        ]
        if unknown:
            raise UnknownRuleError(
                f"unknown rule code {', '.join(unknown)}; `flagger rules` lists the codes"
            )
        return selection

    def enabled(self, code: str) -> bool:
        """Tell whether rule `code` runs under this selection."""
        chosen = max((p for p in self.select if code.startswith(p)), key=len, default=None)
        dropped = max((p for p in self.ignore if code.startswith(p)), key=len, default=None)
        if dropped is not None and (chosen is None or len(dropped) >= len(chosen)):
            return False
        return chosen is not None or not self.select
