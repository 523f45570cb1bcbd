"""`flagger serve`: run the HTTP service on uvicorn, one process per worker."""

from __future__ import annotations

import copy
import os
from typing import Any

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8081, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes; each loads the models once.",
)
@click.option(
    "--token",
    envvar="FLAGGER_SERVE_TOKEN",
    help="Require 'Authorization: Bearer TOKEN' on every request (or set FLAGGER_SERVE_TOKEN).",
)
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Allow browser code from ORIGIN (repeatable; '*' for any). CORS is off by default.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0, min_open=True),
    default=60.0,
    show_default=True,
    help="Seconds one analysis may take before the request gets 504.",
)
@click.option(
    "--max-in-flight",
    type=click.IntRange(1),
    default=32,
    show_default=True,
    help="Requests one worker serves at once; more get 503 with Retry-After.",
)
@click.option(
    "--threads",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="Analysis threads per worker (the event loop never analyses).",
)
@click.option("--access-log/--no-access-log", default=True, help="Log one line per request.")
def serve(
    host: str,
    port: int,
    workers: int,
    token: str | None,
    cors_origins: tuple[str, ...],
    timeout: float,
    max_in_flight: int,
    threads: int,
    access_log: bool,
) -> None:
    """Serve flagger over HTTP: JSON API, LanguageTool protocol and a page for editors.

    Needs the serve extra: pip install 'flagger[serve]'. Logs never contain article text.

    \b
    Examples:
      flagger serve
      flagger serve --port 8081 --workers 2 --token s3cret
      flagger serve --cors-origin https://newsroom.example.org
    """
    try:
        import uvicorn
    except ImportError:
        message = "serve needs the serve extra: pip install 'flagger[serve]'"
        raise click.UsageError(message) from None
    from flagger.serve.service import SETTINGS_VARIABLE, Settings

    settings = Settings(
        host=host,
        port=port,
        workers=workers,
        token=token or None,
        cors_origins=cors_origins,
        timeout=timeout,
        max_in_flight=max_in_flight,
        threads=threads,
        access_log=access_log,
    )
    os.environ[SETTINGS_VARIABLE] = settings.to_json()
    uvicorn.run(
        "flagger.serve.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        log_config=log_config(),
        server_header=False,
        proxy_headers=False,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=10,
    )


def log_config() -> dict[str, Any]:
    """Return uvicorn's logging set-up with flagger's own loggers on stderr."""
    from uvicorn.config import LOGGING_CONFIG

    config: dict[str, Any] = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["flagger.serve"] = {
        "handlers": ["default"],
        "level": "INFO",
        "propagate": False,
    }
    return config
