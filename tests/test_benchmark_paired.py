"""The paired benchmark's table: both trees' medians and this tree's ratio to the other."""

from __future__ import annotations

from training.benchmark_paired import paired_table


def test_paired_table_names_both_trees_and_the_ratios() -> None:
    result = {
        "articles": 3,
        "rounds": 5,
        "trees": {
            "this": {"path": "/new", "full_ms": 4.0, "split_ms": 1.0, "cold_s": 0.3, "cold_cpu_s": 0.2},
            "against": {"path": "/old", "full_ms": 2.0, "split_ms": 1.0, "cold_s": 0.6, "cold_cpu_s": 0.4},
        },
        "ratios": {"full_ms": 2.0, "split_ms": 1.0, "cold_s": 0.5, "cold_cpu_s": 0.5},
    }
    table = paired_table(result)
    assert "this tree /new, against /old" in table
    full, split, cold, cpu, rate = table.splitlines()[1:]
    assert full.endswith("4.000 ms vs    2.000 ms  ratio 2.00")
    assert split.endswith("ratio 1.00")
    assert cold.endswith("0.300 s vs    0.600 s  ratio 0.50")
    assert cpu.endswith("0.200 s vs    0.400 s  ratio 0.50")
    assert rate.split()[-1] == "250"
