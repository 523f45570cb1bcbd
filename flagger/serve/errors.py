"""Errors as JSON: `{"error": message, "field": name or null, "status": code}`."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from flagger.serve.limits import RETRY_AFTER, BodyTooLarge, Busy, TimedOut, too_large
from flagger.serve.records import FieldError

log = logging.getLogger("flagger.serve")
Handler = Callable[[Request, Exception], Awaitable[Response]]


class ApiError(Exception):
    """An error the client can act on, with its HTTP status and the field at fault."""

    def __init__(
        self,
        status: int,
        message: str,
        field: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Describe the error."""
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.headers = dict(headers or {})


def error_response(error: ApiError) -> JSONResponse:
    """Return the JSON response of an error."""
    record = {"error": error.message, "field": error.field, "status": error.status}
    return JSONResponse(record, status_code=error.status, headers=error.headers)


def as_api_error(error: Exception) -> ApiError:
    """Translate any exception the service expects into an ApiError."""
    if isinstance(error, ApiError):
        return error
    if isinstance(error, FieldError):
        return ApiError(400, error.message, error.field)
    if isinstance(error, Busy):
        message = "too many analyses in flight; retry"
        return ApiError(503, message, headers={"Retry-After": RETRY_AFTER})
    if isinstance(error, TimedOut):
        return ApiError(504, "the analysis took longer than the time limit")
    if isinstance(error, HTTPException):
        return ApiError(error.status_code, error.detail, headers=error.headers)
    if isinstance(error, UnicodeDecodeError):
        return ApiError(400, "the body is not UTF-8", "body")
    if isinstance(error, BodyTooLarge):
        return ApiError(413, str(too_large()["error"]), "body", {"Connection": "close"})
    return ApiError(500, f"internal error ({type(error).__name__})")


async def handle(_request: Request, error: Exception) -> Response:
    """Answer an expected exception with its JSON error."""
    return error_response(as_api_error(error))


async def handle_unexpected(request: Request, error: Exception) -> Response:
    """Answer a bug with a 500 that says nothing of the article; log the type, not the text."""
    log.error("%s %s failed: %s", request.method, request.url.path, type(error).__name__)
    return error_response(ApiError(500, f"internal error ({type(error).__name__})"))


def handlers() -> dict[type[Exception], Handler]:
    """Return the exception handlers of the application."""
    expected: tuple[type[Exception], ...] = (
        ApiError,
        FieldError,
        Busy,
        TimedOut,
        HTTPException,
        BodyTooLarge,
        UnicodeDecodeError,
    )
    table: dict[type[Exception], Handler] = dict.fromkeys(expected, handle)
    table[Exception] = handle_unexpected
    return table
