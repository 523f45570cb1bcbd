"""Limits that keep a worker healthy: body size, requests in flight, analysis time.

- `BodyLimit` refuses a body over the limit from its Content-Length, or while it is being read
  (chunked uploads), so no more than the limit is ever buffered.
- `InFlight` answers 503 with Retry-After when too many requests are already being served.
- `Runner` runs analyses on a few threads off the event loop; a job that outlives its time limit
  answers 504 but keeps its slot until its thread finishes, so stuck work cannot pile up.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 5_000_000
RETRY_AFTER = "1"
UNLIMITED_PATHS = frozenset({"/healthz"})
T = TypeVar("T")


class BodyTooLarge(Exception):
    """The request body is larger than the limit."""


class Busy(Exception):
    """Every analysis slot is taken."""


class TimedOut(Exception):
    """An analysis took longer than the time limit."""


async def send_json(send: Send, status: int, record: Mapping[str, object], **headers: str) -> None:
    """Send a whole JSON response from ASGI middleware; `retry_after` becomes `retry-after`."""
    body = json.dumps(record).encode("utf-8")
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(name.replace("_", "-").encode(), value.encode()) for name, value in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def too_large() -> dict[str, object]:
    """Return the 413 error record."""
    message = f"request body over {MAX_BODY // 1_000_000} MB"
    return {"error": message, "field": "body", "status": 413}


class BodyLimit:
    """ASGI middleware: at most `limit` bytes of request body reach the application."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        """Wrap `app`."""
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse an announced oversized body at once; count the bytes of any other."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await send_json(send, 413, too_large(), connection="close")
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge
            return message

        await self.app(scope, counted, send)


class InFlight:
    """ASGI middleware: at most `limit` requests at once; more get 503 and Retry-After."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        """Wrap `app`."""
        self.app = app
        self.limit = limit
        self.count = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the request, or refuse it when the worker is full."""
        if scope["type"] != "http" or scope["path"] in UNLIMITED_PATHS:
            await self.app(scope, receive, send)
            return
        if self.count >= self.limit:
            record = {"error": "too many requests in flight; retry", "field": None, "status": 503}
            await send_json(send, 503, record, retry_after=RETRY_AFTER)
            return
        self.count += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.count -= 1


class Runner:
    """Runs blocking analyses on `threads` threads, with `slots` jobs at most and a time limit."""

    def __init__(self, threads: int, slots: int, timeout: float) -> None:
        """Make the thread pool; nothing runs until `run`."""
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="flagger")
        self.slots = slots
        self.free = slots
        self.timeout = timeout

    async def run(self, function: Callable[..., T], *args: object) -> T:
        """Run `function(*args)` on a thread; raise Busy when full, TimedOut past the limit."""
        if self.free <= 0:
            raise Busy
        loop = asyncio.get_running_loop()
        self.free -= 1
        job: Future[T] = self.executor.submit(function, *args)

        def release(_: Future[T]) -> None:
            with suppress(RuntimeError):  # the loop has closed: the server is shutting down
                loop.call_soon_threadsafe(self._release)

        job.add_done_callback(release)
        waiter = asyncio.wrap_future(job)
        waiter.add_done_callback(_retrieve)
        try:
            return await asyncio.wait_for(asyncio.shield(waiter), self.timeout)
        except asyncio.TimeoutError:
            job.cancel()  # only stops a job still waiting for a thread
            raise TimedOut from None

    def _release(self) -> None:
        """Give a finished job's slot back."""
        self.free += 1

    @property
    def running(self) -> int:
        """Return how many jobs hold a slot (waiting, running, or timed out and still running)."""
        return self.slots - self.free

    def close(self) -> None:
        """Stop accepting jobs; running threads finish on their own."""
        self.executor.shutdown(wait=False, cancel_futures=True)


def _retrieve(waiter: asyncio.Future[Any]) -> None:
    """Mark a job's outcome as seen, so a job that failed after its timeout logs nothing."""
    if not waiter.cancelled():
        waiter.exception()
