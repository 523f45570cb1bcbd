"""The LanguageTool HTTP protocol (`/v2/languages`, `/v2/check`), so existing editor plugins work.

A match's `rule.id` is flagger's rule code; `offset` and `length` count UTF-16 code units of the
text (or annotated `data`) the client sent. Rules are chosen with `enabledRules`,
`disabledRules`, `enabledCategories`, `disabledCategories` and `enabledOnly`; unknown rule ids
are ignored, as LanguageTool does. `published` (a flagger extension) gives the publication date.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from flagger.serve.bodies import form_body
from flagger.serve.fields import parse_published_field
from flagger.serve.offsets import Document, parse_annotated
from flagger.serve.pipeline import VERSION, Options, codes_of_categories, rule_codes
from flagger.serve.records import Article, FieldError, Flag
from flagger.serve.service import service_of

CONTEXT = 40
ENGLISH = {
    "en": "English",
    "en-US": "English (US)",
    "en-GB": "English (GB)",
    "en-AU": "English (Australian)",
    "en-CA": "English (Canadian)",
    "en-NZ": "English (New Zealand)",
    "en-ZA": "English (South African)",
}
LANGUAGE = re.compile(r"(?i)en(?:[-_][a-z]{2})?")
ISSUE_TYPES = {"hedging": "style", "attribution": "style", "temporal": "inconsistency"}
CATEGORY_NAMES = {
    "hedging": "Speculation and hedging",
    "attribution": "Vague attribution",
    "temporal": "Date contradictions",
}


async def languages(_request: Request) -> Response:
    """List the languages flagger checks (English and its variants)."""
    return JSONResponse(
        [{"name": name, "code": "en", "longCode": code} for code, name in ENGLISH.items()]
    )


async def check(request: Request) -> Response:
    """Check `text` or annotated `data` and answer LanguageTool's JSON."""
    form = await form_body(request)
    language = _language(form.get("language", "auto"))
    document = _document(form)
    options = _options(form)
    published = parse_published_field(form.get("published") or None)
    flags: list[Flag] = []
    if options is not None and document.plain.strip():
        article = Article(document.plain, published=published)
        flags = await service_of(request).flags(article, options)
    name = ENGLISH.get(language, "English")
    return JSONResponse(
        {
            "software": {
                "name": "flagger",
                "version": VERSION,
                "buildDate": None,
                "apiVersion": 1,
                "premium": False,
                "status": "",
            },
            "warnings": {"incompleteResults": False},
            "language": {
                "name": name,
                "code": language,
                "detectedLanguage": {"name": name, "code": language, "confidence": 1.0},
            },
            "matches": [_match(document, flag) for flag in flags],
        }
    )


def _language(value: str) -> str:
    """Return the language code to answer with; flagger checks English only."""
    if value.lower() == "auto":
        return "en-US"
    if not LANGUAGE.fullmatch(value):
        raise FieldError("language", f"flagger checks English only (en, en-US, ...), not {value!r}")
    code = value.replace("_", "-")
    return code[:2].lower() + code[2:].upper()


def _document(form: dict[str, str]) -> Document:
    """Return the text to check from `text` or annotated `data` (one of them)."""
    if "text" in form and "data" in form:
        raise FieldError("data", "give 'text' or 'data', not both")
    if "data" in form:
        return parse_annotated(form["data"])
    if "text" not in form:
        raise FieldError("text", "missing 'text' or 'data'")
    return Document.of_text(form["text"])


def _split(value: str | None) -> list[str]:
    """Split a comma-separated list."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _options(form: dict[str, str]) -> Options | None:
    """Map LanguageTool's rule choices to flagger's select/ignore; None when nothing can run."""
    known = set(rule_codes())
    enabled = [code.upper() for code in _split(form.get("enabledRules"))]
    enabled += codes_of_categories(_split(form.get("enabledCategories")))
    disabled = [code.upper() for code in _split(form.get("disabledRules"))]
    disabled += codes_of_categories(_split(form.get("disabledCategories")))
    only = form.get("enabledOnly", "false").lower() == "true"
    if only and not enabled:
        raise FieldError("enabledOnly", "enabledOnly needs enabledRules or enabledCategories")
    select = tuple(sorted({code for code in enabled if code in known})) if only else ()
    ignore = tuple(sorted({code for code in disabled if code in known}))
    if only and not set(select) - set(ignore):
        return None
    if not only and known <= set(ignore):
        return None
    return Options(select=select, ignore=ignore)


def _match(document: Document, flag: Flag) -> dict[str, Any]:
    """Return one LanguageTool match for a finding."""
    offset, length = document.span16(flag.start, flag.end)
    message = f"{flag.message} ({flag.advice})" if flag.advice else flag.message
    return {
        "message": message,
        "shortMessage": flag.name.replace("-", " ").capitalize(),
        "replacements": [{"value": flag.replacement}] if flag.replacement else [],
        "offset": offset,
        "length": length,
        "context": _context(document.plain, flag.start, flag.end),
        "sentence": flag.sentence,
        "type": {"typeName": "Hint" if flag.severity == "info" else "Other"},
        "rule": {
            "id": flag.rule,
            "description": flag.name.replace("-", " ").capitalize(),
            "issueType": ISSUE_TYPES.get(flag.category, "uncategorized"),
            "category": {
                "id": flag.category.upper(),
                "name": CATEGORY_NAMES.get(flag.category, flag.category),
            },
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _context(text: str, start: int, end: int) -> dict[str, Any]:
    """Return LanguageTool's context: the match and up to 40 characters each side, on one line."""
    left, right = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    before = ("..." if left > 0 else "") + text[left:start]
    window = before + text[start:end] + text[end:right] + ("..." if right < len(text) else "")
    window = re.sub(r"[\r\n\t]", " ", window)
    utf16 = Document.of_text(window).utf16
    offset = utf16(len(before))
    return {
        "text": window,
        "offset": offset,
        "length": utf16(len(before) + end - start) - offset,
    }
