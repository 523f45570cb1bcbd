"""The JSON API: health, rules, one article, and a stream of JSONL reports for JSONL articles."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from flagger.serve.bodies import json_body, parse_json
from flagger.serve.errors import ApiError, as_api_error
from flagger.serve.fields import parse_article, parse_options
from flagger.serve.limits import Busy, TimedOut
from flagger.serve.pipeline import VERSION, Options
from flagger.serve.pipeline import rules as list_rules
from flagger.serve.records import FieldError
from flagger.serve.service import Service, service_of

JSON = "application/json"
JSONL = "application/x-ndjson"


async def healthz(request: Request) -> Response:
    """Say the worker is up, and how many analyses hold a slot."""
    runner = service_of(request).runner
    return JSONResponse(
        {"status": "ok", "version": VERSION, "analyses": runner.running, "slots": runner.slots}
    )


async def rules(_request: Request) -> Response:
    """List every rule, as `flagger rules --format json` does."""
    return JSONResponse({"rules": list_rules()})


async def check(request: Request) -> Response:
    """Check one JSON article; answer its report exactly as `flagger check --format json`."""
    body = await json_body(request)
    article = parse_article(body)
    options = parse_options(body)
    report = await service_of(request).check(article, options, "json")
    return Response(report, media_type=JSON)


async def check_batch(request: Request) -> Response:
    """Check JSONL articles; stream one JSONL report (or error record) per article, in order."""
    options = parse_options(dict(request.query_params))
    raw = await request.body()
    service = service_of(request)
    return StreamingResponse(_reports(service, raw, options), media_type=JSONL)


async def _reports(service: Service, raw: bytes, options: Options) -> AsyncIterator[str]:
    """Yield a report line per non-blank input line; a bad article yields an error record."""
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        article_id = None
        try:
            record = parse_json(line, "line")
            article_id = _id_of(record)
            article = parse_article(record)
            yield await service.check(article, options, "jsonl")
        except (FieldError, ApiError, Busy, TimedOut) as error:
            yield _error_line(number, article_id, error)


def _id_of(record: Any) -> str | None:
    """Return an article's id for its error record, if it has a usable one."""
    if isinstance(record, dict) and isinstance(record.get("id"), str | int):
        value = record["id"]
        if not isinstance(value, bool):
            return str(value).encode("utf-8", "replace").decode("utf-8")
    return None


def _error_line(number: int, article_id: str | None, error: Exception) -> str:
    """Return the JSONL error record that stands in for an article without a report."""
    problem = as_api_error(error)
    record = {
        "flagger_version": VERSION,
        "article": {"id": article_id, "input": f"line {number}"},
        "error": problem.message,
        "field": problem.field,
        "status": problem.status,
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
