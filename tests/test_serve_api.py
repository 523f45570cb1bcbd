"""The JSON API over a live uvicorn server: reports as the CLI writes them, errors, auth, CORS."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed")
httpx = pytest.importorskip("httpx", reason="the test extra is not installed")

from click.testing import CliRunner  # noqa: E402

from flagger.cli import main  # noqa: E402
from flagger.serve.app import create_app  # noqa: E402
from flagger.serve.service import Settings  # noqa: E402
from tests.conftest import EXAMPLE, ROOT  # noqa: E402
from tests.serve_helpers import free_socket, live_server, shared_pipeline  # noqa: E402

STORY = {
    "id": "story-1",
    "title": "Port talks to resume",
    "published": "14 March 2024",
    "source": "Ardmore Harbour Gazette",
    "text": EXAMPLE.read_text(encoding="utf-8"),
}


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with live_server(create_app(Settings(), shared_pipeline())) as url:
        yield url


@pytest.fixture(scope="module")
def client(base: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base, trust_env=False, timeout=120) as http:
        yield http


def cli_output(
    tmp_path: Path, records: list[dict[str, object]], output_format: str, *options: str
) -> str:
    """Return what `flagger check FILE --format F [options]` prints for these JSON articles."""
    path = tmp_path / ("articles.jsonl" if len(records) > 1 else "article.json")
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    arguments = ["check", str(path), "--format", output_format, *options]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_check_answers_the_report_exactly_as_flagger_check_writes_it(
    client: httpx.Client, tmp_path: Path
) -> None:
    response = client.post("/v1/check", json=STORY)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.text == cli_output(tmp_path, [STORY], "json")
    report = response.json()
    assert {f["rule"] for f in report["findings"]} >= {"A101", "A102", "H101", "T101"}


def test_check_takes_the_cli_options(client: httpx.Client, tmp_path: Path) -> None:
    options = {"select": ["A", "T"], "ignore": "A102", "hedge_threshold": 0.5}
    report = client.post("/v1/check", json={**STORY, **options}).json()
    assert {f["rule"] for f in report["findings"]} == {"A101", "A103", "T101"}
    with_threshold = client.post("/v1/check", json={**STORY, "hedge_threshold": 0.99}).json()
    default = client.post("/v1/check", json=STORY).json()
    count = sum(f["rule"] == "H101" for f in with_threshold["findings"])
    assert count < sum(f["rule"] == "H101" for f in default["findings"])


def test_batch_streams_reports_and_an_error_record_for_each_bad_article(
    client: httpx.Client, tmp_path: Path
) -> None:
    second = {
        "id": "story-2",
        "text": "Experts say the plan could fail.",
        "published": "2024-01-02",
    }
    lines = [
        json.dumps(STORY),
        "{not json",
        "",
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps({"id": "bad-date", "text": "Talks resume.", "published": "31 February 2024"}),
        json.dumps(second),
    ]
    with client.stream("POST", "/v1/check/batch?select=A,H", content="\n".join(lines)) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/x-ndjson")
        raw = [line for line in response.iter_lines() if line]
    records = [json.loads(line) for line in raw]
    assert [r["article"]["id"] for r in records] == [
        "story-1",
        None,
        "empty",
        "bad-date",
        "story-2",
    ]
    errors = [r for r in records if "error" in r]
    assert [(e["article"]["input"], e["field"]) for e in errors] == [
        ("line 2", "line"),
        ("line 4", "text"),
        ("line 5", "published"),
    ]
    reports = [line for line, record in zip(raw, records) if "error" not in record]
    assert reports == cli_output(tmp_path, [STORY, second], "jsonl", "--select", "A,H").splitlines()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "no text"}, "text"),
        ({"text": 5}, "text"),
        ({"text": " \n "}, "text"),
        ({"text": "x", "published": "yesterday"}, "published"),
        ({"text": "x", "published": "2024-02-30"}, "published"),
        ({"text": "x", "title": 3}, "title"),
        ({"text": "x", "source": ["a"]}, "source"),
        ({"text": "x", "select": "Z9"}, "select"),
        ({"text": "x", "ignore": ["A", "Q"]}, "ignore"),
        ({"text": "x", "select": 7}, "select"),
        ({"text": "x", "hedge_threshold": 1.5}, "hedge_threshold"),
        ({"text": "x", "hedge_threshold": True}, "hedge_threshold"),
        ([{"text": "x"}], "body"),
    ],
)
def test_a_bad_field_gets_400_naming_it(client: httpx.Client, body: object, field: str) -> None:
    response = client.post("/v1/check", json=body)
    assert response.status_code == 400
    assert response.json()["field"] == field
    assert response.json()["status"] == 400


@pytest.mark.parametrize(
    "raw",
    [b"{", b"", b'{"text": NaN}', b'{"text": "\\ud800 lone"}', b"\xff\xfe{}"],
    ids=["truncated", "empty", "nan", "lone-surrogate", "not-utf8"],
)
def test_malformed_json_gets_400(client: httpx.Client, raw: bytes) -> None:
    response = client.post("/v1/check", content=raw)
    assert response.status_code == 400
    assert response.json()["field"] in ("body", "text")


def test_wrong_method_gets_405_and_unknown_path_404(client: httpx.Client) -> None:
    for method, path in [("GET", "/v1/check"), ("PUT", "/v2/check"), ("DELETE", "/healthz")]:
        response = client.request(method, path)
        assert response.status_code == 405
        assert response.json()["status"] == 405
    assert client.get("/v1/nothing").status_code == 404


def test_a_body_over_5_mb_gets_413_from_its_length_or_while_it_streams(
    client: httpx.Client,
) -> None:
    announced = client.post("/v1/check", content=b"x" * 5_000_001)
    assert announced.status_code == 413
    assert announced.json()["field"] == "body"

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        for _ in range(6):
            yield b" " * 1_000_000

    streamed = client.post("/v1/check/batch", content=chunks())
    assert streamed.status_code == 413


def test_healthz_rules_languages_and_openapi(client: httpx.Client) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    rules = client.get("/v1/rules").json()["rules"]
    assert {"code", "name", "category", "severity", "flags", "why", "example", "fix"} <= set(
        rules[0]
    )
    assert any(rule["code"] == "A101" for rule in rules)
    from openapi_spec_validator import validate

    document = client.get("/openapi.json").json()
    validate(document)
    assert document["openapi"].startswith("3.")
    assert {"/v1/check", "/v1/check/batch", "/v2/check", "/v2/languages", "/report"} <= set(
        document["paths"]
    )


def test_token_is_required_on_every_request_when_set() -> None:
    app = create_app(Settings(token="s3cret"), shared_pipeline())
    with live_server(app) as base, httpx.Client(base_url=base, trust_env=False) as http:
        for path in ("/healthz", "/openapi.json", "/"):
            refused = http.get(path)
            assert refused.status_code == 401
            assert refused.headers["www-authenticate"].startswith("Bearer")
        assert http.get("/healthz", headers={"Authorization": "Bearer wrong"}).status_code == 401
        good = {"Authorization": "Bearer s3cret"}
        assert http.get("/healthz", headers=good).status_code == 200
        assert http.post("/v1/check", json=STORY, headers=good).status_code == 200


def test_cors_is_off_by_default_and_on_for_configured_origins(client: httpx.Client) -> None:
    origin = {"Origin": "https://plugin.example.org"}
    assert "access-control-allow-origin" not in client.get("/healthz", headers=origin).headers
    app = create_app(Settings(cors_origins=("https://plugin.example.org",)), shared_pipeline())
    with live_server(app) as base, httpx.Client(base_url=base, trust_env=False) as http:
        allowed = http.get("/healthz", headers=origin)
        assert allowed.headers["access-control-allow-origin"] == "https://plugin.example.org"
        preflight = http.options(
            "/v2/check",
            headers={**origin, "Access-Control-Request-Method": "POST"},
        )
        assert preflight.status_code == 200
        other = http.get("/healthz", headers={"Origin": "https://elsewhere.example.com"})
        assert "access-control-allow-origin" not in other.headers


def test_logs_never_contain_article_text(
    client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "Zanzibarquux"
    text = f"{marker} officials said the talks could resume, sources say."
    with caplog.at_level(logging.DEBUG):
        client.post("/v1/check", json={"text": text, "id": "logged"})
        client.post("/v2/check", data={"text": text, "language": "en-US"})
        client.post("/report", data={"text": text})
        client.post("/v1/check/batch", content=json.dumps({"text": text}))
    assert any("/v1/check" in record.getMessage() for record in caplog.records)
    assert not any(marker in record.getMessage() for record in caplog.records)


def test_flagger_serve_runs_several_workers_on_localhost_with_a_token(tmp_path: Path) -> None:
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    env = {**os.environ, "FLAGGER_SERVE_TOKEN": "t0ken"}
    command = [sys.executable, "-m", "flagger.serve", "--port", str(port), "--workers", "2"]
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", trust_env=False) as http:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if http.get("/healthz").status_code == 401:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline and server.poll() is None, "no server"
                time.sleep(0.2)
            auth = {"Authorization": "Bearer t0ken"}
            for _ in range(4):
                assert http.post("/v1/check", json=STORY, headers=auth).status_code == 200
    finally:
        server.terminate()
        server.wait(60)
        log.close()
    logged = (tmp_path / "serve.log").read_text()
    assert "Uvicorn running on http://127.0.0.1:" in logged
    assert logged.count("Application startup complete") == 2
    assert "Dockworkers" not in logged
