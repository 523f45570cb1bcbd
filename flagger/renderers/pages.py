"""The Jinja environment of the HTML pages: templates, autoescaping, layout, and the CSP.

In the `.html` templates, line breaks and the indentation around them are layout and dropped
(`OneLine`): a space at a line break is written `{{ " " }}`, a real line break `{{ "\n" }}`.
The pages' Content-Security-Policy allows nothing but their inline CSS and script, named by
their sha256, computed here from the templates.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template
from jinja2.ext import Extension
from markupsafe import Markup

from flagger.annotations.lazyre import lazy

TEMPLATES = Path(__file__).with_name("templates")
# A Jinja tag (kept whole) or a line break with the blanks around it (dropped).
LAYOUT = lazy(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})|[ \t]*\n[ \t]*", re.DOTALL)


class OneLine(Extension):
    """Drop the line breaks and indentation between the tags of `.html` templates.

    The templates are laid out for reading while the pages stay one line, as they always were.
    """

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        """Return an `.html` template's source without its layout whitespace."""
        if not (name or "").endswith(".html"):
            return source
        return LAYOUT.sub(lambda match: match.group(1) or "", source)


def _escaped(value: Any) -> Markup:
    """Escape an output value as `html.escape` does, so pages keep their exact bytes.

    markupsafe's own escape writes `&#39;` and `&#34;` where `html.escape` writes `&#x27;` and
    `&quot;`; values already escaped (Markup) pass through.
    """
    return value if isinstance(value, Markup) else Markup(escape(str(value)))


def _source_hash(environment: Environment, name: str) -> str:
    """Return the CSP hash of an inline `<style>` or `<script>`: page.html writes a line break,
    then the template `name` as it renders."""
    inline = "\n" + environment.get_template(name).render()
    digest = hashlib.sha256(inline.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@cache
def _environment() -> Environment:
    """Return the templates' environment, made on first use (not on import), with the pages'
    Content-Security-Policy: nothing but the inline CSS and script, named by their hashes."""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        finalize=_escaped,
        undefined=StrictUndefined,
        keep_trailing_newline=True,  # report.css and report.js end in a line break
        auto_reload=False,
        extensions=[OneLine],
    )
    style, script = _source_hash(environment, "report.css"), _source_hash(environment, "report.js")
    policy = f"default-src 'none'; style-src {style}; script-src {script}"
    environment.globals["csp"] = Markup(policy)
    environment.globals["zip"] = zip
    return environment


@cache
def template(name: str) -> Template:
    """Return a template, loaded and compiled once per process."""
    return _environment().get_template(name)
