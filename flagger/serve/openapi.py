"""The OpenAPI 3.0 description of the service, written by hand and served at `/openapi.json`."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from flagger.serve.pipeline import VERSION, rule_codes

Schema = dict[str, Any]


def _ref(name: str) -> Schema:
    """Return a reference to a component schema."""
    return {"$ref": f"#/components/schemas/{name}"}


def _codes() -> Schema:
    """Return the schema of `select` / `ignore`: rule codes or prefixes, as a list or a string."""
    prefixes = sorted({code[:n] for code in rule_codes() for n in range(1, len(code) + 1)})
    one = "|".join(map(re.escape, prefixes))
    listed = f"^ *({one}) *( *, *({one}) *)*$"
    return {
        "description": "Rule codes or prefixes (H, A102, T1): a comma-separated string or a list.",
        "nullable": True,
        "oneOf": [
            {"type": "string", "pattern": listed},
            {"type": "array", "items": {"type": "string", "enum": prefixes}},
        ],
    }


def _options() -> dict[str, Schema]:
    """Return the rule options, as `flagger check` has them."""
    return {
        "select": _codes(),
        "ignore": _codes(),
        "hedge_threshold": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "nullable": True,
            "description": "Probability above which a sentence is speculative (default: model's).",
        },
    }


def _nullable(description: str) -> Schema:
    """Return an optional string field."""
    return {"type": "string", "nullable": True, "description": description}


ARTICLE: Schema = {
    "text": {"type": "string", "pattern": r"\S", "description": "The article text."},
    "title": _nullable("Headline (default: the text's first line, if it is one)."),
    "published": {
        "type": "string",
        "format": "date",
        "nullable": True,
        "description": "Publication date: 2025-05-11, '11 May 2025' or 'May 11, 2025' "
        "(default: the text's dateline).",
    },
    "source": _nullable("Outlet (default: a dateline or a trailing 'Source:' line)."),
    "id": {"type": "string", "nullable": True, "description": "Your id, echoed in the report."},
}

ERROR: Schema = {
    "type": "object",
    "required": ["error", "field", "status"],
    "properties": {
        "error": {"type": "string"},
        "field": {"type": "string", "nullable": True, "description": "The field at fault."},
        "status": {"type": "integer"},
    },
}

REPORT: Schema = {
    "type": "object",
    "description": "The report, exactly as `flagger check --format json` writes it.",
    "required": [
        "schema_version",
        "flagger_version",
        "article",
        "summary",
        "notes",
        "sentences",
        "findings",
        "dates",
        "model",
    ],
    "properties": {
        "schema_version": {"type": "integer"},
        "flagger_version": {"type": "string"},
        "article": {"type": "object"},
        "summary": {"type": "object"},
        "notes": {"type": "array", "items": {"type": "string"}},
        "sentences": {"type": "array", "items": {"type": "object"}},
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["rule", "name", "category", "severity", "start", "end", "message"],
                "properties": {
                    "rule": {"type": "string"},
                    "name": {"type": "string"},
                    "category": {"type": "string"},
                    "severity": {"type": "string"},
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                    "message": {"type": "string"},
                },
            },
        },
        "dates": {"type": "array", "items": {"type": "object"}},
        "model": {"type": "object", "nullable": True},
    },
}

LT_FORM: Schema = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "description": "Plain text to check (or `data`)."},
        "data": {
            "type": "string",
            "description": 'Annotated text: {"annotation": '
            '[{"text": "..."}, {"markup": "<b>", "interpretAs": ""}]}.',
        },
        "language": {"type": "string", "enum": ["auto", "en", "en-US", "en-GB"]},
        "enabledRules": {"type": "string"},
        "disabledRules": {"type": "string"},
        "enabledCategories": {"type": "string"},
        "disabledCategories": {"type": "string"},
        "enabledOnly": {"type": "string", "enum": ["true", "false"]},
        "published": {
            "type": "string",
            "format": "date",
            "description": "flagger extension: the publication date.",
        },
    },
}


def _json(schema: Schema) -> Schema:
    """Return a JSON content entry."""
    return {"application/json": {"schema": schema}}


def _operation(
    summary: str, ok: Schema, body: Schema | None = None, html_errors: bool = False, **extra: Any
) -> Schema:
    """Return an operation with its success and error responses."""
    content = _json(_ref("Error"))
    if html_errors:  # the page's form shows a bad field as a page; limits still answer JSON
        content["text/html"] = {"schema": {"type": "string"}}
    error = {"description": "Error (400 bad field, 401, 413, 415, 503, 504).", "content": content}
    operation: Schema = {"summary": summary, "responses": {"200": ok, "default": error}, **extra}
    if body is not None:
        operation["requestBody"] = {"required": True, "content": body}
    return operation


@cache
def document() -> Schema:
    """Return the OpenAPI document."""
    json_ok = {"description": "OK", "content": _json({"type": "object"})}
    html_ok = {
        "description": "An HTML page.",
        "content": {"text/html": {"schema": {"type": "string"}}},
    }
    report_ok = {"description": "The report.", "content": _json(_ref("Report"))}
    languages_ok = {
        "description": "Languages.",
        "content": _json(
            {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["name", "code", "longCode"],
                    "properties": {key: {"type": "string"} for key in ("name", "code", "longCode")},
                },
            }
        ),
    }
    lines = {
        "description": "One JSONL report (or error record) per article, streamed.",
        "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
    }
    query = [
        {
            "name": name,
            "in": "query",
            "required": False,
            "schema": {"type": "string"}
            if name != "hedge_threshold"
            else {"type": "number", "minimum": 0, "maximum": 1},
        }
        for name in ("select", "ignore", "hedge_threshold")
    ]
    check_body = {"type": "object", "required": ["text"], "properties": {**ARTICLE, **_options()}}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "flagger",
            "version": VERSION,
            "description": "Flags speculation, vague attribution and date, place and number "
            "contradictions in news articles.",
        },
        "paths": {
            "/healthz": {"get": _operation("Is this worker up?", json_ok)},
            "/v1/rules": {"get": _operation("Every rule flagger knows.", json_ok)},
            "/v1/check": {"post": _operation("Check one article.", report_ok, _json(check_body))},
            "/v1/check/batch": {
                "post": _operation(
                    "Check JSONL articles (rule options in the query).",
                    lines,
                    {"application/x-ndjson": {"schema": {"type": "string"}}},
                    parameters=query,
                )
            },
            "/v2/languages": {"get": _operation("LanguageTool protocol: languages.", languages_ok)},
            "/v2/check": {
                "post": _operation(
                    "LanguageTool protocol: check text; offsets in UTF-16 code units.",
                    json_ok,
                    {"application/x-www-form-urlencoded": {"schema": LT_FORM}},
                )
            },
            "/": {"get": _operation("The page: paste an article, see its report.", html_ok)},
            "/report": {
                "post": _operation(
                    "The HTML report of a posted article.",
                    html_ok,
                    {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["text"],
                                "properties": {
                                    key: ARTICLE[key] for key in ("text", "title", "published")
                                },
                            }
                        }
                    },
                    html_errors=True,
                )
            },
            "/openapi.json": {"get": _operation("This document.", json_ok)},
        },
        "components": {"schemas": {"Error": ERROR, "Report": REPORT}},
    }


async def openapi(_request: Request) -> Response:
    """Serve the OpenAPI document."""
    return JSONResponse(document())
