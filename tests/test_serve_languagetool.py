"""The LanguageTool protocol, checked with an unmodified third-party client (language_tool_python)
pointed at a live local server; the client must never download or start anything itself."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

pytest.importorskip("starlette", reason="the serve extra is not installed")
httpx = pytest.importorskip("httpx", reason="the test extra is not installed")
language_tool_python = pytest.importorskip(
    "language_tool_python", reason="the test extra is not installed"
)

import requests  # noqa: E402

from flagger.serve.app import create_app  # noqa: E402
from flagger.serve.service import Settings  # noqa: E402
from tests.conftest import EXAMPLE  # noqa: E402
from tests.serve_helpers import live_server, shared_pipeline  # noqa: E402

# Emoji (two UTF-16 code units each) before the findings shift every LanguageTool offset.
TEXT = "🙂🙂 Weekly briefing\n\n" + EXAMPLE.read_text(encoding="utf-8")


def utf16(text: str, offset: int) -> int:
    """Return the UTF-16 offset of a code-point offset."""
    return len(text[:offset].encode("utf-16-le")) // 2


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with live_server(create_app(Settings(), shared_pipeline())) as url:
        yield url


@pytest.fixture
def tool(base: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The client, allowed to talk to the local server only, never to download a LanguageTool."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("language_tool_python tried to download or start LanguageTool")

    monkeypatch.setattr(language_tool_python.download_lt.LocalLanguageTool, "download", refuse)
    monkeypatch.setattr(language_tool_python.server.LanguageTool, "_start_local_server", refuse)
    real_request = requests.sessions.Session.request

    def local_only(self: Any, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        assert urlsplit(url).hostname == "127.0.0.1", f"the client went to {url}"
        return real_request(self, method, url, *args, **kwargs)

    monkeypatch.setattr(requests.sessions.Session, "request", local_only)
    client = language_tool_python.LanguageTool("en-US", remote_server=base)
    yield client
    client.close()


@pytest.fixture(scope="module")
def findings(base: str) -> list[dict[str, Any]]:
    """flagger's own findings on TEXT (code-point offsets), from the JSON API."""
    with httpx.Client(base_url=base, trust_env=False) as http:
        found: list[dict[str, Any]] = http.post("/v1/check", json={"text": TEXT}).json()["findings"]
    return found


def test_the_client_gets_every_finding_at_the_right_place(
    tool: Any, findings: list[dict[str, Any]]
) -> None:
    matches = tool.check(TEXT)
    assert [m.rule_id for m in matches] == [f["rule"] for f in findings]
    assert {"A101", "A102", "A103", "H101", "T101"} <= {m.rule_id for m in matches}
    for match, finding in zip(matches, findings):
        # the client turns UTF-16 offsets back into code points, as it does for LanguageTool
        assert match.offset == finding["start"]
        assert TEXT[match.offset : match.offset + match.error_length] == finding["text"]
        assert match.matched_text == finding["text"].replace("\n", " ")
        assert match.category == finding["category"].upper()
        assert match.message.startswith(finding["message"][:20])
        assert match.rule_issue_type in ("style", "inconsistency")
        assert finding["text"] in match.sentence or match.sentence in finding["text"]


def test_offsets_on_the_wire_are_utf16_code_units(
    base: str, findings: list[dict[str, Any]]
) -> None:
    with httpx.Client(base_url=base, trust_env=False) as http:
        answer = http.post("/v2/check", data={"text": TEXT, "language": "en-US"}).json()
    assert answer["software"]["name"] == "flagger"
    assert answer["language"]["code"] == "en-US"
    for match, finding in zip(answer["matches"], findings, strict=True):
        assert match["offset"] == finding["start"] + 2  # two emoji, two units each
        assert match["offset"] == utf16(TEXT, finding["start"])
        assert match["length"] == utf16(TEXT, finding["end"]) - utf16(TEXT, finding["start"])
        context = match["context"]
        shown = context["text"][context["offset"] : context["offset"] + context["length"]]
        assert shown == finding["text"].replace("\n", " ")
        assert match["rule"]["id"] == finding["rule"]
        assert set(match["rule"]["category"]) == {"id", "name"}


def test_rule_choices_map_to_select_and_ignore(tool: Any) -> None:
    tool.disabled_rules = {"H101", "MORFOLOGIK_RULE_EN_US"}  # unknown ids are ignored
    assert "H101" not in {m.rule_id for m in tool.check(TEXT)}
    tool.disabled_rules = set()
    tool.disabled_categories = {"HEDGING", "TEMPORAL"}
    assert {m.category for m in tool.check(TEXT)} == {"ATTRIBUTION"}
    tool.disabled_categories = set()
    tool.enabled_rules = {"A102"}
    tool.enabled_rules_only = True
    assert {m.rule_id for m in tool.check(TEXT)} == {"A102"}
    tool.enabled_rules = {"SOME_LANGUAGETOOL_RULE"}
    assert tool.check(TEXT) == []


def test_correct_applies_the_date_rewrite(tool: Any) -> None:
    corrected = tool.correct(TEXT)
    assert "The November 2022 collapsed talks left" in corrected
    assert "Experts say" in corrected  # attribution advice is a message, not a replacement


def test_annotated_text_offsets_count_the_markup(base: str) -> None:
    parts = [
        {"markup": "<p>"},
        {"text": "🙂 Talks"},
        {"markup": "<br/>", "interpretAs": "\n\n"},
        {"text": "Experts say the "},
        {"markup": "<b>"},
        {"text": "plan could fail"},
        {"markup": "</b>"},
        {"text": ", media reports suggested."},
        {"markup": "</p>"},
    ]
    original = "".join(p.get("text", p.get("markup", "")) for p in parts)
    with httpx.Client(base_url=base, trust_env=False) as http:
        answer = http.post(
            "/v2/check", data={"data": json.dumps({"annotation": parts}), "language": "en"}
        ).json()
    by_rule = {m["rule"]["id"]: m for m in answer["matches"]}
    for rule, words in [("A102", "Experts say"), ("A103", "media reports suggested")]:
        start = original.index(words)
        assert by_rule[rule]["offset"] == utf16(original, start)
        assert by_rule[rule]["length"] == len(words)


@pytest.mark.parametrize(
    ("form", "field"),
    [
        ({"text": "x", "language": "de-DE"}, "language"),
        ({"language": "en"}, "text"),
        ({"text": "x", "data": "{}", "language": "en"}, "data"),
        ({"data": '{"annotation": 5}', "language": "en"}, "data"),
        ({"data": '{"annotation": [{"img": 1}]}'}, "data.annotation[0]"),
        ({"text": "x", "enabledOnly": "true"}, "enabledOnly"),
        ({"text": "x", "published": "someday"}, "published"),
    ],
)
def test_bad_fields_get_400(base: str, form: dict[str, str], field: str) -> None:
    with httpx.Client(base_url=base, trust_env=False) as http:
        answer = http.post("/v2/check", data=form)
    assert answer.status_code == 400
    assert answer.json()["field"] == field


def test_languages_and_multipart_forms(base: str) -> None:
    with httpx.Client(base_url=base, trust_env=False) as http:
        languages = http.get("/v2/languages").json()
        multipart = http.post(
            "/v2/check",
            files={"text": (None, "Experts say it could rain."), "language": (None, "en")},
        ).json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages
    assert {m["rule"]["id"] for m in multipart["matches"]} == {"A102", "H101"}
