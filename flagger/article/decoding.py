"""Bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 by their mark,
and a clear error for binary, oversized or mis-encoded input."""

from __future__ import annotations

import codecs

MAX_BYTES = 5_000_000


def decode(data: bytes, origin: str) -> str:
    """Return the text of a file, or raise ValueError for empty, binary or non-UTF-8 input."""
    if len(data) > MAX_BYTES:
        raise ValueError(
            f"{origin}: more than {MAX_BYTES / 1e6:.0f} MB, larger than any article; "
            "split it into articles (JSONL)"
        )
    encoding = wide_encoding(data)
    if encoding is not None:
        try:
            data = data.decode(encoding).encode("utf-8")
        except UnicodeError:
            raise ValueError(f"{origin}: not valid {encoding}; re-encode it as UTF-8") from None
    elif b"\0" in data[:8192]:
        if _looks_like_utf16(data[:8192]):
            raise ValueError(
                f"{origin}: looks like UTF-16 without a byte-order mark; re-encode it as UTF-8"
            )
        raise ValueError(f"{origin}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"{origin}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "re-encode it as UTF-8"
        ) from None
    if not text.strip():
        raise ValueError(f"{origin}: empty article")
    return text


BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_encoding(data: bytes) -> str | None:
    """Return "utf-16" or "utf-32" when the data starts with that byte-order mark."""
    return next((encoding for bom, encoding in BOMS if data.startswith(bom)), None)


def _looks_like_utf16(head: bytes) -> bool:
    """Tell whether bytes look like mostly-ASCII UTF-16: zeros at every other byte only."""
    even, odd = head[::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    return half >= 2 and max(even, odd) >= 0.8 * half and min(even, odd) <= 0.05 * half
