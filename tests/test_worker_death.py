"""A worker's death costs only the articles it held, analysed again once in a fresh pool;
workers die with the process that started them."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from flagger.article import Article
from flagger.batch.local import process_pool
from flagger.batch.outcome import Failure
from flagger.pipeline import Flagger
from flagger.report import Report

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


class Killing(Flagger):
    """Kills its own worker on articles whose text starts with KILL (once only, when a marker
    file is given: the OOM killer striking once)."""

    marker: Path | None = None

    def analyze_article(self, article: Article) -> Report:
        killer = article.text.startswith("KILL") and os.getpid() != PARENT
        if killer and (self.marker is None or not self.marker.exists()):
            if self.marker is not None:
                self.marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return super().analyze_article(article)


PARENT = os.getpid()


def articles(count: int, killers: set[int]) -> list[Article]:
    return [
        Article(("KILL " if n in killers else "") + f"Sources said talks {n} resumed.", id=f"a{n}")
        for n in range(count)
    ]


def test_a_worker_killed_for_good_costs_only_its_article() -> None:
    outcomes = list(process_pool(2, chunk=3)(Killing(select="A"), articles(20, {4, 13})))
    assert [o.key if isinstance(o, Failure) else o.article.id for o in outcomes] == [
        f"a{n}" for n in range(20)
    ]
    failed = [o.key for o in outcomes if isinstance(o, Failure)]
    assert failed == ["a4", "a13"]
    assert all("died" in o.message for o in outcomes if isinstance(o, Failure))


def test_a_worker_killed_once_loses_nothing(tmp_path: Path) -> None:
    flagger = Killing(select="A")
    flagger.marker = tmp_path / "killed"
    outcomes = list(process_pool(2, chunk=3)(flagger, articles(12, {5})))
    assert flagger.marker.exists()
    assert [o.article.id for o in outcomes if isinstance(o, Report)] == [
        f"a{n}" for n in range(12)
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_workers_are_armed_to_die_with_their_parent() -> None:
    code = (
        "import ctypes, os, signal\n"
        "from flagger.batch.local import die_with_parent\n"
        "die_with_parent()\n"
        "libc = ctypes.CDLL(None)\n"
        "value = ctypes.c_int()\n"
        "libc.prctl(2, ctypes.byref(value), 0, 0, 0)\n"  # PR_GET_PDEATHSIG
        "print(value.value == signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "True", result.stderr


def _doomed(pid: int) -> bool:
    """Tell whether a process is gone, a zombie, or has SIGKILL pending (read from /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    if fields["State"].split()[0] in ("Z", "X"):
        return True
    pending = int(fields["SigPnd"], 16) | int(fields["ShdPnd"], 16)
    return bool(pending & (1 << (signal.SIGKILL - 1)))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killing_the_main_process_ends_its_workers() -> None:
    read_end, write_end = os.pipe()
    code = f"""
import os, signal
from flagger.article import Article
from flagger.batch.local import process_pool
from flagger.pipeline import Flagger

class Hanging(Flagger):
    def analyze_article(self, article):
        os.write({write_end}, f"{{os.getpid()}}\\n".encode())
        signal.pause()

items = [Article(f"Talks {{n}}.", id=str(n)) for n in range(4)]
next(process_pool(2, chunk=1)(Hanging(select="A"), items), None)
"""
    parent = subprocess.Popen([sys.executable, "-c", code], pass_fds=(write_end,))
    os.close(write_end)
    workers: list[int] = []
    with os.fdopen(read_end, "rb") as pipe:
        while len(workers) < 2:  # both workers hold an article and wait forever
            workers.append(int(pipe.readline()))
        parent.kill()
        parent.wait()
        try:
            assert all(_doomed(pid) for pid in workers), "a worker outlived its parent"
        finally:
            for pid in workers:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
