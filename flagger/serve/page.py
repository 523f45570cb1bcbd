"""The page for people: paste a headline, a date and an article, see the HTML report in place.

`GET /` is a form whose target is a frame on the same page; `POST /report` answers the report
exactly as `flagger check --format html` writes it. Neither page loads anything from outside,
and the form works without JavaScript.
"""

from __future__ import annotations

from html import escape

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from flagger.serve.bodies import form_body
from flagger.serve.errors import ApiError, as_api_error
from flagger.serve.fields import parse_article
from flagger.serve.limits import Busy, TimedOut
from flagger.serve.pipeline import Options
from flagger.serve.records import FieldError
from flagger.serve.service import service_of

HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; frame-src 'self'; form-action 'self'; frame-ancestors 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

FORM = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>flagger</title>
<style>
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1d1d1f;background:#fafaf7}
header{padding:12px 24px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.3em;margin:0}
header p{margin:2px 0 0;color:#666}
main{display:grid;grid-template-columns:minmax(300px,34%) 1fr;gap:18px;padding:16px 24px;
 height:calc(100vh - 70px)}
form{display:flex;flex-direction:column;gap:8px}
label{font-weight:600}
input,textarea{width:100%;font:inherit;padding:6px 8px;border:1px solid #bbb;border-radius:4px}
textarea{flex:1;min-height:240px;font-family:Georgia,serif;resize:vertical}
button{align-self:flex-start;font:inherit;font-weight:600;padding:6px 18px;border:0;
 border-radius:4px;background:#1a5fb4;color:#fff;cursor:pointer}
iframe{width:100%;height:100%;min-height:480px;border:1px solid #ddd;border-radius:6px;
 background:#fff}
@media (max-width:800px){main{display:block;height:auto}iframe{height:80vh;margin-top:14px}}
</style></head>
<body><header><h1>flagger</h1>
<p>Speculation, vague attribution and date, place and number contradictions, marked in the
article.</p></header>
<main>
<form id="check" method="post" action="report" target="report" accept-charset="utf-8">
<label for="title">Headline</label>
<input id="title" name="title" autocomplete="off" placeholder="optional">
<label for="published">Publication date</label>
<input id="published" name="published" autocomplete="off"
 placeholder="2025-05-11 or 11 May 2025 (optional: else read from a dateline)">
<label for="text">Article</label>
<textarea id="text" name="text" required placeholder="Paste the article text here"></textarea>
<button type="submit">Check</button>
</form>
<iframe name="report" id="report" title="Report" srcdoc="<p style='font:15px system-ui;
color:#666;padding:8px 14px'>The report appears here.</p>"></iframe>
</main></body></html>
"""

ERROR = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>flagger: {status}</title></head>
<body style="font:15px system-ui,sans-serif;padding:8px 14px">
<h1 style="font-size:1.2em;color:#a51d2d">Cannot check this article</h1>
<p class="error">{message}</p></body></html>
"""


async def form(_request: Request) -> Response:
    """Serve the form."""
    return HTMLResponse(FORM, headers=HEADERS)


async def report(request: Request) -> Response:
    """Check the posted article and answer its HTML report, or an HTML page naming the problem."""
    try:
        fields = await form_body(request)
        article = parse_article(
            {key: fields.get(key) or None for key in ("text", "title", "published")}
        )
        page = await service_of(request).check(article, Options(), "html")
    except (FieldError, ApiError, Busy, TimedOut) as error:
        problem = as_api_error(error)
        where = f"{problem.field}: " if problem.field else ""
        body = ERROR.format(status=problem.status, message=escape(where + problem.message))
        headers = {**HEADERS, **problem.headers}
        return HTMLResponse(body, status_code=problem.status, headers=headers)
    return HTMLResponse(page, headers=HEADERS)
