"""What a cold `flagger check` no longer pays for: detector patterns compiled at import, the
detectors imported to read options, Punkt's case table filled before it is read, and the hedge
weights converted one by one."""

from __future__ import annotations

import ast
import gc
import subprocess
import sys
import threading
from pathlib import Path

from flagger.annotations.hedging.tagger import _weights
from flagger.annotations.sentences import OrthoContext
from flagger.cli import _collector_paused

ROOT = Path(__file__).resolve().parent.parent
COMPILED_AT_IMPORT = """
import re, sys
from flagger.annotations import recache

seen = []

def caller():
    frame = sys._getframe(2)
    while frame.f_globals.get("__name__", "").startswith(("flagger.annotations.", "re")):
        frame = frame.f_back
    return frame.f_globals.get("__name__", "")

def counting(compile):
    def wrapped(pattern, flags=0):
        seen.append(caller())
        return compile(pattern, flags)
    return wrapped

re._compile = counting(re._compile)
recache.compile = counting(recache.compile)
import flagger.detectors
print(sorted({name for name in seen if name.startswith("flagger.detectors")}))
"""


def _fresh(code: str) -> str:
    """Run `code` in a fresh interpreter and return what it printed."""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


ALLOWED_AT_IMPORT = {
    "flagger.detectors.attribution.words",  # matches its learned nouns at import
    "flagger.detectors.temporal.year_spans",  # tells a match's pattern by identity
}


def test_importing_the_detectors_compiles_no_pattern_they_do_not_use_at_import() -> None:
    compiled = set(ast.literal_eval(_fresh(COMPILED_AT_IMPORT)))
    assert "flagger.detectors.attribution.words" in compiled  # the check sees compiles at all
    assert compiled <= ALLOWED_AT_IMPORT


def test_reading_options_imports_no_detector() -> None:
    code = (
        "import sys\n"
        "from flagger.options import Options\n"
        "from flagger.options.settings import SETTINGS\n"
        "print(any(name.startswith('flagger.detectors') for name in sys.modules))\n"
    )
    assert _fresh(code) == "False"


def test_the_command_line_imports_no_detector_nor_model_code_before_a_check() -> None:
    code = (
        "import sys\n"
        "import flagger.cli\n"
        "print(sorted(name for name in sys.modules if name.startswith(('flagger.detectors',"
        " 'flagger.annotations.hedging', 'flagger.annotations.timex', 'flagger.pipeline'))))\n"
    )
    assert _fresh(code) == "[]"


def test_the_annotation_package_still_exports_its_names() -> None:
    code = (
        "from flagger.annotations import Document, HedgeScore, Skipped, annotate\n"
        "print(annotate.__module__, Document.__name__, HedgeScore.__name__, Skipped.__name__)\n"
    )
    assert _fresh(code) == "flagger.annotations.annotator Document HedgeScore Skipped"


def test_the_case_table_is_filled_on_its_first_lookup() -> None:
    table = OrthoContext({"4": "harbour\nquay", "36": "april"})
    assert len(table) == 0
    assert table["april"] == 36
    assert dict(table) == {"harbour": 4, "quay": 4, "april": 36}
    assert table["pier"] == 0  # a type seen in no case, as Punkt's defaultdict(int) says


def test_threads_reading_a_fresh_case_table_all_see_it_whole() -> None:
    words = "\n".join(f"word{n}" for n in range(50_000))
    table = OrthoContext({"2": words})
    found: list[int] = []
    threads = [
        threading.Thread(target=lambda n=n: found.append(table[f"word{49_999 - n}"]))
        for n in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found == [2] * 8


def test_weights_are_copied_and_converted_only_when_they_need_it() -> None:
    read = {"ctx if-modal": 1.5, "w harbour": -0.25}
    kept = _weights(read)
    assert kept == read and kept is not read
    converted = _weights({"w quay": 2, 7: "0.5"})
    assert converted == {"w quay": 2.0, "7": 0.5}
    assert all(type(v) is float for v in converted.values())


def test_the_collector_pauses_while_the_check_starts_and_freezes_what_it_made() -> None:
    assert gc.isenabled()
    try:
        with _collector_paused():
            assert not gc.isenabled()
            made = [[n] for n in range(1_000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(made)
    finally:
        gc.unfreeze()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with _collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
