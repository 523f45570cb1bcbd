"""Reading request bodies: JSON, JSON Lines and HTML/LanguageTool forms, strictly as UTF-8.

The body itself is size-limited by `limits.BodyLimit` while it is read.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import UploadFile
from starlette.requests import Request

from flagger.serve.errors import ApiError
from flagger.serve.limits import MAX_BODY
from flagger.serve.records import FieldError

MAX_FIELDS = 100


def _refuse_constant(name: str) -> Any:
    """Refuse NaN and Infinity, which JSON does not have."""
    raise ValueError(f"{name} is not JSON")


def parse_json(raw: bytes, field: str = "body") -> Any:
    """Parse UTF-8 JSON text, or raise a FieldError that says where it is malformed."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FieldError(field, f"not UTF-8 (byte {error.start})") from None
    if not text.strip():
        raise FieldError(field, "empty; expected a JSON object")
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise FieldError(
            field, f"malformed JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except (ValueError, RecursionError) as error:
        raise FieldError(field, f"malformed JSON: {error}") from None


async def json_body(request: Request) -> Any:
    """Return the request's JSON body."""
    return parse_json(await request.body())


async def form_body(request: Request) -> dict[str, str]:
    """Return the fields of a urlencoded or multipart form (the last value of a repeated name)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        form = await request.form(max_fields=MAX_FIELDS, max_files=0, max_part_size=MAX_BODY)
        fields: dict[str, str] = {}
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                raise FieldError(name, "files are not accepted; send the text as a field")
            fields[name] = value
        return fields
    if kind not in ("application/x-www-form-urlencoded", ""):
        message = "send application/x-www-form-urlencoded or multipart/form-data"
        raise ApiError(415, message, "Content-Type")
    raw = await request.body()
    try:
        pairs = parse_qsl(
            raw.decode("utf-8"),
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except UnicodeDecodeError:
        raise FieldError("body", "the form is not UTF-8") from None
    except ValueError as error:
        raise FieldError("body", str(error)) from None
    return dict(pairs)
