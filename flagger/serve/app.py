"""The ASGI application: routes, limits, authentication, CORS and the access log."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Route

from flagger.serve import api, languagetool, page
from flagger.serve.errors import handlers
from flagger.serve.limits import BodyLimit, InFlight
from flagger.serve.middleware import AccessLog, BearerToken
from flagger.serve.openapi import openapi
from flagger.serve.pipeline import Pipeline
from flagger.serve.service import SETTINGS_VARIABLE, Service, Settings

ROUTES = [
    Route("/", page.form, methods=["GET"]),
    Route("/report", page.report, methods=["POST"]),
    Route("/healthz", api.healthz, methods=["GET"]),
    Route("/openapi.json", openapi, methods=["GET"]),
    Route("/v1/rules", api.rules, methods=["GET"]),
    Route("/v1/check", api.check, methods=["POST"]),
    Route("/v1/check/batch", api.check_batch, methods=["POST"]),
    Route("/v2/languages", languagetool.languages, methods=["GET"]),
    Route("/v2/check", languagetool.check, methods=["POST"]),
]


def create_app(settings: Settings | None = None, pipeline: Pipeline | None = None) -> Starlette:
    """Build the application; the models load here, once per worker process."""
    settings = settings or Settings()
    service = Service(settings, pipeline)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        service.runner.close()

    middleware = []
    if settings.access_log:
        middleware.append(Middleware(AccessLog))
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type"],
                max_age=600,
            )
        )
    if settings.token:
        middleware.append(Middleware(BearerToken, token=settings.token))
    middleware.append(Middleware(InFlight, limit=settings.max_in_flight))
    middleware.append(Middleware(BodyLimit))
    app = Starlette(
        routes=ROUTES,
        middleware=middleware,
        exception_handlers=handlers(),
        lifespan=lifespan,
    )
    app.state.service = service
    return app


def app_from_environment() -> Starlette:
    """Build the application of one uvicorn worker from the settings `flagger serve` exported."""
    text = os.environ.get(SETTINGS_VARIABLE)
    return create_app(Settings.from_json(text) if text else Settings())
