"""`flagger check --scheduler`: the same reports from a Dask cluster as from local processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flagger.cli import main

distributed = pytest.importorskip("distributed", reason="dask is not installed (flagger[dask])")


def test_scheduler_gives_the_local_reports(tmp_path: Path, example_text: str) -> None:
    archive = tmp_path / "archive.jsonl"
    records = [{"id": f"a{i}", "text": example_text[: 400 + 300 * i]} for i in range(5)]
    archive.write_text("\n".join([*map(json.dumps, records), "{broken"]) + "\n")
    runner = CliRunner()
    local = runner.invoke(main, ["check", str(archive), "--format", "jsonl", "--fail-on", "never"])
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        remote = runner.invoke(
            main,
            ["check", str(archive), "--format", "jsonl", "--fail-on", "never",
             "--scheduler", cluster.scheduler_address],
        )
    assert local.exit_code == remote.exit_code == 2  # the broken line is an input error
    assert remote.stdout == local.stdout
    assert len(remote.stdout.splitlines()) == 6


def test_unreachable_scheduler_is_a_clear_error(example_text: str, tmp_path: Path) -> None:
    import dask

    story = tmp_path / "story.txt"
    story.write_text(example_text)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(
            main, ["check", str(story), "--scheduler", "tcp://127.0.0.1:9"], catch_exceptions=False
        )
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler tcp://127.0.0.1:9" in result.output
