"""Batch runs: order, nothing lost, worker processes, resume, directories, progress and tally."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from flagger.article import Article
from flagger.batch.local import process_pool, serial
from flagger.batch.outcome import Failure
from flagger.cli import main
from flagger.cli.progress import Progress
from flagger.cli.run import Finish, Finished, Limits
from flagger.cli.sinks import Rendering, file_name
from flagger.pipeline import Flagger

TEXTS = [
    "Sources said the harbour board met on Friday.",
    "The mayor opened the bridge.",
    "Experts say the plan is sound.",
    "Officials said the port reopened. Reportedly, ships waited.",
]


def invoke(*args: str, stdin: str | None = None) -> Result:
    """Run the command in-process, keeping stdout and stderr apart."""
    return CliRunner().invoke(main, list(args), input=stdin)


def write_archive(path: Path, count: int, bad_lines: tuple[int, ...] = ()) -> Path:
    """Write a JSONL archive of `count` small articles, with malformed lines at `bad_lines`."""
    lines = []
    for number in range(count):
        if number in bad_lines:
            lines.append("{oops")
            continue
        record = {
            "id": f"a{number}",
            "text": TEXTS[number % len(TEXTS)],
            "source": f"Outlet {number % 3}",
        }
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ids(jsonl: str) -> list[str | None]:
    return [json.loads(line)["article"]["id"] for line in jsonl.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def flagger() -> Flagger:
    return Flagger(select="A")


def test_process_pool_keeps_order_and_matches_serial(flagger: Flagger) -> None:
    articles = [Article(TEXTS[n % 4], id=f"a{n}") for n in range(40)]
    pooled = list(process_pool(2, chunk=3)(flagger, iter(articles)))
    alone = list(serial(flagger, articles))
    assert [r.article.id for r in pooled] == [a.id for a in articles]
    assert [r.to_dict() for r in pooled] == [r.to_dict() for r in alone]


def test_process_pool_finishes_outcomes_in_the_workers(flagger: Flagger) -> None:
    articles = [Article(TEXTS[n % 4], id=f"f{n}") for n in range(20)]
    finish = Finish(Rendering("jsonl"), Limits("never"))
    pooled = list(process_pool(2, chunk=3)(flagger, iter(articles), finish))
    alone = list(serial(flagger, articles, finish))
    assert all(isinstance(done, Finished) for done in pooled)
    assert pooled == alone
    assert [json.loads(done.rendered.text)["article"]["id"] for done in pooled] == [
        a.id for a in articles
    ]


@pytest.mark.parametrize(
    ("output_format", "target"),
    [
        ("jsonl", "out.jsonl"),
        ("json", "out.json"),
        ("text", "out.txt"),
        ("json", "dir/"),
        ("html", "site/"),
    ],
)
def test_jobs_2_writes_the_same_bytes_as_jobs_1(
    tmp_path: Path, output_format: str, target: str
) -> None:
    archive = write_archive(tmp_path / "in.jsonl", 25, bad_lines=(3, 11))
    written = []
    for jobs in ("1", "2"):
        out = tmp_path / jobs / target
        out.parent.mkdir(parents=True, exist_ok=True)
        result = invoke(
            "check", str(archive), "--select", "A", "--format", output_format,
            "-o", str(out) + ("/" if target.endswith("/") else ""), "--jobs", jobs,
        )  # fmt: skip
        assert result.exit_code == 2
        written.append(
            {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
            if out.is_dir()
            else out.read_bytes()
        )
    assert written[0] == written[1] and written[0]


def test_analyze_many_turns_exceptions_into_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    import flagger
    from flagger import pipeline

    def boom(document: object) -> list[object]:
        raise RuntimeError("detector broke")

    monkeypatch.setattr(pipeline, "DETECTORS", (boom,))
    articles = [Article("Sources said so.", id="x"), Article("Officials said so.", id="y")]
    outcomes = list(flagger.analyze_many(articles, jobs=2, select="A"))
    assert [o.key for o in outcomes if isinstance(o, Failure)] == ["x", "y"]
    assert "internal error (RuntimeError: detector broke)" in outcomes[0].message


def test_every_line_yields_one_record_with_jobs(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "in.jsonl", 30, bad_lines=(4, 17))
    result = invoke("check", str(archive), "--select", "A", "--jobs", "2", "--format", "jsonl")
    assert result.exit_code == 2
    expected = [f"a{n}" if n not in (4, 17) else None for n in range(30)]
    assert ids(result.stdout) == expected
    assert result.stderr.count("flagger: error:") == 2
    assert "30 articles, 2 errors" in result.stderr
    assert "most hedged sources" in result.stderr and "\r" not in result.stderr


def test_directory_and_stdin_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    for number, text in enumerate(TEXTS[:3]):
        (folder / f"{number}.txt").write_text(text + "\n", encoding="utf-8")
    result = invoke("check", str(folder), "--select", "A", "--format", "jsonl")
    assert ids(result.stdout) == [str(folder / f"{n}.txt") for n in range(3)]
    piped = invoke("check", "-", "--select", "A", "--format", "jsonl", stdin=TEXTS[0])
    assert ids(piped.stdout) == ["<stdin>"]


def test_resume_jsonl_skips_written_ids_and_repairs_a_cut_line(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "in.jsonl", 8)
    out = tmp_path / "out.jsonl"
    strict = ("--fail-on", "warning")  # A findings are warnings: fail on them here
    first = invoke("check", str(archive), "--select", "A", *strict, "--format", "jsonl", "-o", str(out))
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:20], encoding="utf-8")  # killed mid-line
    again = invoke(
        "check", str(archive), "--select", "A", *strict, "--format", "jsonl", "-o", str(out),
        "--resume",
    )
    assert first.exit_code == again.exit_code == 1
    assert ids(out.read_text(encoding="utf-8")) == [f"a{n}" for n in range(8)]
    assert "5 articles" in again.stderr


def test_html_directory_with_index_sorted_by_score_and_resume(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "in.jsonl", 6, bad_lines=(5,))
    out = tmp_path / "site"
    invoke("check", str(archive), "--select", "A", "--format", "html", "-o", str(out))
    manifest = [json.loads(line) for line in (out / "index.jsonl").read_text().splitlines()]
    assert len(manifest) == 6 and manifest[5]["error"]
    assert (out / file_name("a0", "html")).read_text().startswith("<!DOCTYPE html>")
    index = (out / "index.html").read_text()
    scores = [e["score"] for e in sorted(manifest[:5], key=lambda e: -e["score"])]
    links = [index.index(file_name(e["id"], "html")) for e in manifest[:5]]
    order = [manifest[links.index(p)]["score"] for p in sorted(links)]
    assert order == scores
    again = invoke(
        "check", str(archive), "--select", "A", "--format", "html", "-o", str(out), "--resume"
    )
    assert again.exit_code == 2  # the malformed line is retried, and is still malformed
    assert len((out / "index.jsonl").read_text().splitlines()) == 6


def test_progress_draws_only_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet, loud = io.StringIO(), Terminal()
    for stream in (quiet, loud):
        progress = Progress(stream)
        progress.tick()
        progress.say("flagger: error: x")
        progress.close()
    assert quiet.getvalue() == "flagger: error: x\n"
    assert "1 articles" in loud.getvalue() and "\r" in loud.getvalue()
    assert "flagger: error: x" in loud.getvalue()


def test_module_level_analyze_many_keeps_input_order() -> None:
    import flagger as api

    articles = [Article(TEXTS[n % 4], id=f"m{n}") for n in range(6)]
    reports = list(api.analyze_many(articles, jobs=2, select="A"))
    assert [r.article.id for r in reports] == [a.id for a in articles]


def finish_but_r2(outcome: object) -> str:
    """A finish step that cannot finish article r2 (module level: workers may unpickle it)."""
    if isinstance(outcome, Failure):
        return f"failed: {outcome.message}"
    if outcome.article.id == "r2":
        raise ValueError("cannot render")
    return f"ok: {outcome.article.id}"


def test_a_finish_step_that_raises_fails_only_its_article(flagger: Flagger) -> None:
    articles = [Article(TEXTS[n % 4], id=f"r{n}") for n in range(6)]
    expected = ["ok: r0", "ok: r1", "failed: r2: internal error (ValueError: cannot render)"]
    expected += ["ok: r3", "ok: r4", "ok: r5"]
    assert list(serial(flagger, articles, finish_but_r2)) == expected
    assert list(process_pool(2, chunk=4)(flagger, articles, finish_but_r2)) == expected
