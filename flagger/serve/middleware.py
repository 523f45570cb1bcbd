"""Bearer-token authentication and an access log that never records article text."""

from __future__ import annotations

import hmac
import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from flagger.serve.limits import send_json

access = logging.getLogger("flagger.serve.access")


class BearerToken:
    """ASGI middleware: every request needs `Authorization: Bearer TOKEN`."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        """Wrap `app`."""
        self.app = app
        self.expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass an authorised request on; answer 401 to any other."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"authorization", b"")
        if hmac.compare_digest(given, self.expected):
            await self.app(scope, receive, send)
            return
        record = {"error": "missing or wrong bearer token", "field": "Authorization", "status": 401}
        await send_json(send, 401, record, www_authenticate='Bearer realm="flagger"')


class AccessLog:
    """ASGI middleware: one line per request with method, path (no query), status and time."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap `app`."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the request, then log it."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            client = scope.get("client") or ("-", 0)
            access.info(
                '%s "%s %s" %d %.1f ms',
                client[0],
                scope["method"],
                scope["path"],
                status,
                (time.perf_counter() - started) * 1000,
            )
