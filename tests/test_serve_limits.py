"""Limits: 503 with Retry-After when full, 504 past the time limit with the worker still healthy,
a body over 5 MB refused while it is read, and a failing analysis costing only its own article."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed")
httpx = pytest.importorskip("httpx", reason="the test extra is not installed")

from flagger.options import Options  # noqa: E402
from flagger.serve.app import create_app  # noqa: E402
from flagger.serve.limits import MAX_BODY  # noqa: E402
from flagger.serve.pipeline import Pipeline  # noqa: E402
from flagger.serve.records import Article  # noqa: E402
from flagger.serve.service import Settings  # noqa: E402
from tests.serve_helpers import STARTUP_LIMIT, live_server  # noqa: E402

STUCK = "STUCK"  # an article containing this word blocks until the test releases it
BROKEN = "BROKEN"  # an article containing this word makes the analysis raise


class ControlledPipeline(Pipeline):
    """The real pipeline, except for articles the test marks as stuck or broken."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()

    def analyze(self, article: Article, options: Options) -> Any:
        if STUCK in article.text:
            self.started.set()
            self.release.wait(STARTUP_LIMIT)
        if BROKEN in article.text:
            raise RuntimeError("a bug")
        return super().analyze(article, options)


@pytest.fixture
def pipeline() -> Iterator[ControlledPipeline]:
    made = ControlledPipeline()
    yield made
    made.release.set()


def wait_until(condition: Any) -> None:
    """Poll a condition (bounded; a hang guard, not a speed assertion)."""
    deadline = time.monotonic() + STARTUP_LIMIT
    while not condition():
        assert time.monotonic() < deadline, "condition never became true"
        time.sleep(0.02)


def test_too_many_requests_in_flight_get_503_with_retry_after(
    pipeline: ControlledPipeline,
) -> None:
    app = create_app(Settings(max_in_flight=1, threads=1), pipeline)
    with live_server(app) as base, httpx.Client(base_url=base, trust_env=False) as http:
        results: list[int] = []
        first = threading.Thread(
            target=lambda: results.append(
                httpx.post(
                    f"{base}/v1/check", json={"text": STUCK}, timeout=STARTUP_LIMIT
                ).status_code
            )
        )
        first.start()
        assert pipeline.started.wait(STARTUP_LIMIT)
        refused = http.post("/v1/check", json={"text": "Talks resume."})
        assert refused.status_code == 503
        assert refused.headers["retry-after"] == "1"
        assert refused.json()["status"] == 503
        assert http.get("/healthz").status_code == 200  # health is never refused
        pipeline.release.set()
        first.join(STARTUP_LIMIT)
        assert results == [200]
        assert http.post("/v1/check", json={"text": "Talks resume."}).status_code == 200


def test_an_analysis_past_the_time_limit_gets_504_and_the_worker_stays_healthy(
    pipeline: ControlledPipeline,
) -> None:
    app = create_app(Settings(timeout=0.2, max_in_flight=1, threads=1), pipeline)
    with (
        live_server(app) as base,
        httpx.Client(base_url=base, trust_env=False, timeout=STARTUP_LIMIT) as http,
    ):
        late = http.post("/v1/check", json={"text": f"{STUCK} talks."})
        assert late.status_code == 504
        health = http.get("/healthz").json()
        assert health["status"] == "ok" and health["analyses"] == 1  # still running, counted
        held = http.post("/v1/check", json={"text": "Talks resume."})
        assert held.status_code == 503  # its slot is not free until the thread finishes
        page = http.post("/report", data={"text": "Talks resume."})
        assert page.status_code == 503 and "text/html" in page.headers["content-type"]
        pipeline.release.set()
        wait_until(lambda: http.get("/healthz").json()["analyses"] == 0)
        assert http.post("/v1/check", json={"text": "Talks resume."}).status_code == 200


def test_a_failing_analysis_yields_an_error_record_and_the_stream_goes_on(
    pipeline: ControlledPipeline,
) -> None:
    app = create_app(Settings(), pipeline)
    lines = [
        {"id": "a", "text": "Talks resume."},
        {"id": "b", "text": f"{BROKEN} talks."},
        {"id": "c", "text": "Experts say talks could resume."},
    ]
    body = "\n".join(json.dumps(line) for line in lines)
    with live_server(app) as base, httpx.Client(base_url=base, trust_env=False) as http:
        records = [
            json.loads(x) for x in http.post("/v1/check/batch", content=body).text.split("\n") if x
        ]
        single = http.post("/v1/check", json=lines[1])
    assert [r["article"]["id"] for r in records] == ["a", "b", "c"]
    assert records[1]["status"] == 500 and "RuntimeError" in records[1]["error"]
    assert "error" not in records[0] and "error" not in records[2]
    assert single.status_code == 500 and "a bug" not in single.text


def test_the_body_limit_stops_reading_past_5_mb() -> None:
    """Feed an endless chunked body straight to the ASGI app and count what it reads."""
    app = create_app(Settings(access_log=False), Pipeline())
    chunk = b" " * 1_000_000
    pulled = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/check/batch",
        "raw_path": b"/v1/check/batch",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"transfer-encoding", b"chunked")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 2),
        "state": {},
    }
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert pulled <= MAX_BODY // len(chunk) + 1
