"""One Flagger shared by many threads: the first calls race to load the models, and none fails."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import threading
from flagger.pipeline import Flagger

checker = Flagger()
barrier = threading.Barrier(16)
errors, reports = [], []

def work(n):
    barrier.wait()
    try:
        reports.append(checker.analyze(f"Sources said talks {n} may resume. Experts agree.").to_dict())
    except Exception as error:  # the test reports any failure
        errors.append(repr(error))

threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(reports), errors)
"""


def test_sixteen_threads_make_the_first_calls_at_once() -> None:
    for _ in range(3):  # a fresh process each time: the race is in the first calls only
        done = subprocess.run(
            [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=600, check=False
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.strip() == "16 []"
