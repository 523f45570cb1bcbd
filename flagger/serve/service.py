"""The service's settings and its state in one worker: the pipeline and the analysis runner."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TypeVar, cast

from starlette.requests import Request

from flagger.serve.errors import ApiError
from flagger.serve.limits import Busy, Runner, TimedOut
from flagger.serve.pipeline import Options, Pipeline
from flagger.serve.records import Article, FieldError, Flag

log = logging.getLogger("flagger.serve")
SETTINGS_VARIABLE = "FLAGGER_SERVE_SETTINGS"
T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    """How one `flagger serve` runs; workers get it through an environment variable."""

    host: str = "127.0.0.1"
    port: int = 8081
    workers: int = 1
    token: str | None = None
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    timeout: float = 60.0
    max_in_flight: int = 32
    threads: int = 2
    access_log: bool = True

    def to_json(self) -> str:
        """Return the settings as JSON."""
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Settings:
        """Read settings written by `to_json`."""
        data = json.loads(text)
        data["cors_origins"] = tuple(data.get("cors_origins") or ())
        return cls(**data)


class Service:
    """One worker's pipeline (models loaded once) and its bounded, timed analysis threads."""

    def __init__(self, settings: Settings, pipeline: Pipeline | None = None) -> None:
        """Load the models unless a pipeline is given."""
        self.settings = settings
        self.pipeline = pipeline or Pipeline()
        self.runner = Runner(settings.threads, settings.max_in_flight, settings.timeout)

    async def check(self, article: Article, options: Options, output_format: str) -> str:
        """Analyse an article off the event loop and render its report ('json', 'jsonl', 'html')."""
        return await self._run(self._check, article, options, output_format)

    async def flags(self, article: Article, options: Options) -> list[Flag]:
        """Analyse an article off the event loop and return its findings for LanguageTool."""
        return await self._run(self._flags, article, options)

    def _check(self, article: Article, options: Options, output_format: str) -> str:
        """Analyse and render, on an analysis thread."""
        report = self.pipeline.analyze(article, options)
        if output_format == "jsonl":
            return self.pipeline.render_line(report)
        return self.pipeline.render(report, output_format)

    def _flags(self, article: Article, options: Options) -> list[Flag]:
        """Analyse and list the findings, on an analysis thread."""
        return self.pipeline.flags(self.pipeline.analyze(article, options))

    async def _run(self, function: Callable[..., T], article: Article, *rest: object) -> T:
        """Run a job; a failure of the analysis itself becomes a 500 that names no text."""
        try:
            return await self.runner.run(function, article, *rest)
        except (Busy, TimedOut, FieldError, ApiError):
            raise
        except Exception as error:  # a bug in the analysis: say which, never what text
            log.error("analysis failed: %s (article id %s)", type(error).__name__, article.id)
            raise ApiError(500, f"the analysis failed ({type(error).__name__})") from None


def service_of(request: Request) -> Service:
    """Return the worker's service."""
    return cast(Service, request.app.state.service)
