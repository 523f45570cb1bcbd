"""Property-based fuzz of every operation in /openapi.json with schemathesis: a bounded number
of generated requests each, against a live localhost server; no answer may be a 5xx, and every
answer must match the document (status codes, content types, response schemas)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed")
schemathesis = pytest.importorskip("schemathesis", reason="the test extra is not installed")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from flagger.serve.app import create_app  # noqa: E402
from flagger.serve.openapi import document  # noqa: E402
from flagger.serve.service import Settings  # noqa: E402
from tests.serve_helpers import live_server, shared_pipeline  # noqa: E402

EXAMPLES = 25
schema = schemathesis.openapi.from_dict(document())


@schemathesis.serializer("application/x-ndjson")
def _json_lines(_context: object, value: object) -> bytes:
    """Send a generated batch body as it is (a string, any characters) or as one JSON line."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    return json.dumps(value).encode("utf-8")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with live_server(create_app(Settings(access_log=False), shared_pipeline())) as url:
        yield url


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_request_gets_a_server_error(case: object, base: str) -> None:
    case.call_and_validate(  # type: ignore[attr-defined]
        base_url=base,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
