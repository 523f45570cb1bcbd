"""Load test of `flagger serve` on localhost: real articles, concurrent clients, zero errors.

    python training/load_test.py                         # 2,000 articles, 20 clients, 1 worker
    python training/load_test.py --workers 2             # two worker processes
    python training/load_test.py --articles 200 --json   # a smaller run, machine-readable

Starts `python -m flagger.serve` on a free 127.0.0.1 port, posts every article once to
`POST /v1/check` from `--clients` concurrent clients (keep-alive connections), checks that each
answer is a 200 report of that article, then stops the server. Prints throughput, median and
99th-percentile latency, and the ratio of the service's throughput to in-process
`Flagger.analyze` on the same articles in one thread. Articles come from `../shared/data/news`
training corpora (never the evaluation-only ones). Bounded: at most 2,000 articles and 20
clients, every wait has a limit, and nothing but 127.0.0.1 is contacted. The clients run on the
same machine as the server and take part of its CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import socket
import statistics
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Any

import httpx

from flagger import Flagger
from flagger.article.published import DateError, parse_published

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
CORPORA = ("reuters21578", "recovery_covid_news_2020", "bbc_fulltext_2004_2005")
EVALUATION_ONLY = ("fundus_testdata_recent_news", "ukraine_war_news_feb2026_scraped")
MAX_ARTICLES = 2000
MAX_CLIENTS = 20
START_LIMIT = 120.0
REQUEST_LIMIT = 120.0


def load_articles(data: Path, corpora: tuple[str, ...], count: int) -> list[dict[str, Any]]:
    """Return up to `count` articles as /v1/check bodies, taken evenly from the corpora."""
    refused = set(corpora) & set(EVALUATION_ONLY)
    if refused:
        raise SystemExit(f"{', '.join(sorted(refused))}: evaluation only, never load-tested")
    share = math.ceil(count / len(corpora))
    articles: list[dict[str, Any]] = []
    for name in corpora:
        path = data / "news" / name / "articles.jsonl"
        with path.open(encoding="utf-8") as lines:
            for line in islice(lines, share):
                articles.append(_body(json.loads(line)))
    return articles[:count]


def _body(record: dict[str, Any]) -> dict[str, Any]:
    """Return the /v1/check body of a corpus record (a date flagger cannot read is left out)."""
    published = record.get("date")
    try:
        published = parse_published(published).isoformat() if published else None
    except DateError:
        published = None
    return {
        "id": str(record["id"]),
        "title": record.get("title") or None,
        "published": published,
        "source": record.get("outlet") or None,
        "text": record["text"],
    }


def in_process(articles: list[dict[str, Any]]) -> tuple[float, float]:
    """Return the wall and CPU seconds one thread takes to `analyze` every article."""
    flagger = Flagger()
    flagger.analyze(articles[0]["text"])
    started, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        flagger.analyze(
            article["text"],
            published=article["published"],
            title=article["title"],
            source=article["source"],
            id=article["id"],
        )
    return time.perf_counter() - started, time.process_time() - cpu


def tree_cpu(pid: int) -> float | None:
    """Return the CPU seconds (user + system) of a process and its children so far (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        stats[int(entry.parent.name)] = (
            int(fields[1]),
            (int(fields[11]) + int(fields[12])) / ticks,
        )
    if pid not in stats:
        return None
    family, total, grew = {pid}, 0.0, True
    while grew:
        grew = False
        for child, (parent, _) in stats.items():
            if parent in family and child not in family:
                family.add(child)
                grew = True
    for member in family:
        total += stats[member][1]
    return total


def free_port() -> int:
    """Return a free localhost port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(port: int, workers: int, clients: int, threads: int) -> subprocess.Popen[bytes]:
    """Start `flagger serve` on 127.0.0.1:port and wait (bounded) until it answers a check."""
    command = [
        sys.executable,
        "-m",
        "flagger.serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        "--max-in-flight",
        str(max(32, 2 * clients)),
        "--threads",
        str(threads),
    ]
    env = {**os.environ, "NO_PROXY": "127.0.0.1"}
    env.pop("FLAGGER_SERVE_TOKEN", None)
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + START_LIMIT
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", trust_env=False) as http:
        while True:
            try:
                if http.post("/v1/check", json={"text": "Talks resume."}).status_code == 200:
                    return server
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                stop(server)
                raise SystemExit("the server did not start")
            time.sleep(0.2)


def stop(server: subprocess.Popen[bytes]) -> None:
    """Stop the server (bounded)."""
    server.terminate()
    try:
        server.wait(60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


async def drive(base: str, articles: list[dict[str, Any]], clients: int) -> dict[str, Any]:
    """Post every article once from `clients` concurrent clients; time each request."""
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for article in articles:
        queue.put_nowait(article)
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(http: httpx.AsyncClient) -> None:
        while not queue.empty():
            article = queue.get_nowait()
            started = time.perf_counter()
            try:
                response = await http.post("/v1/check", json=article)
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors.append(f"{article['id']}: HTTP {response.status_code}")
                elif response.json()["article"]["id"] != article["id"]:
                    errors.append(f"{article['id']}: the report of another article")
            except httpx.HTTPError as error:
                errors.append(f"{article['id']}: {type(error).__name__}")

    async with httpx.AsyncClient(
        base_url=base, limits=limits, timeout=REQUEST_LIMIT, trust_env=False
    ) as http:
        started = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "latencies": latencies, "errors": errors}


def percentile(values: list[float], share: float) -> float:
    """Return the nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def run(
    data: Path, corpora: tuple[str, ...], count: int, clients: int, workers: int, threads: int = 2
) -> dict[str, Any]:
    """Run the whole load test and return its figures."""
    count, clients = min(count, MAX_ARTICLES), min(clients, MAX_CLIENTS)
    articles = load_articles(data, corpora, count)
    local_seconds, local_cpu = in_process(articles)
    port = free_port()
    server = start_server(port, workers, clients, threads)
    try:
        cpu_before = tree_cpu(server.pid)
        measured = asyncio.run(drive(f"http://127.0.0.1:{port}", articles, clients))
        cpu_after = tree_cpu(server.pid)
    finally:
        stop(server)
    server_cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after else None
    latencies = measured["latencies"]
    throughput = len(articles) / measured["seconds"]
    local = len(articles) / local_seconds
    return {
        "corpora": list(corpora),
        "articles": len(articles),
        "words_median": statistics.median(len(a["text"].split()) for a in articles),
        "clients": clients,
        "workers": workers,
        "threads": threads,
        "errors": len(measured["errors"]),
        "error_examples": measured["errors"][:5],
        "seconds": round(measured["seconds"], 3),
        "throughput_per_s": round(throughput, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1) if latencies else None,
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1) if latencies else None,
        "in_process_per_s": round(local, 1),
        "in_process_cpu_ms": round(local_cpu / len(articles) * 1000, 2),
        "server_cpu_ms": round(server_cpu / len(articles) * 1000, 2) if server_cpu else None,
        "ratio_to_in_process": round(throughput / local, 3),
        "cpus": os.cpu_count(),
    }


def table(result: dict[str, Any]) -> str:
    """Return the figures as a small table."""
    rows = [
        (
            "articles",
            f"{result['articles']} ({', '.join(result['corpora'])}; "
            f"median {result['words_median']:.0f} words)",
        ),
        (
            "clients / workers",
            f"{result['clients']} concurrent / {result['workers']} worker(s), "
            f"{result['cpus']} CPUs shared with the clients",
        ),
        ("errors", str(result["errors"])),
        ("throughput", f"{result['throughput_per_s']} articles/s ({result['seconds']} s)"),
        ("latency p50", f"{result['p50_ms']} ms"),
        ("latency p99", f"{result['p99_ms']} ms"),
        ("in-process analyze", f"{result['in_process_per_s']} articles/s (one thread)"),
        ("service / in-process", f"{result['ratio_to_in_process']}x"),
        (
            "CPU per article",
            f"server {result['server_cpu_ms']} ms (all its workers), "
            f"in-process analyze {result['in_process_cpu_ms']} ms",
        ),
    ]
    return "\n".join(f"{name:22} {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse the options, run, print; exit status 1 when any request failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpora", default=",".join(CORPORA))
    parser.add_argument("--articles", type=int, default=MAX_ARTICLES)
    parser.add_argument("--clients", type=int, default=MAX_CLIENTS)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2, help="analysis threads per worker")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    corpora = tuple(name.strip() for name in args.corpora.split(",") if name.strip())
    result = run(
        args.data, corpora, max(1, args.articles), max(1, args.clients), args.workers, args.threads
    )
    print(json.dumps(result, indent=2) if args.json else table(result))
    if result["errors"]:
        print("\n".join(result["error_examples"]), file=sys.stderr)
    return result


if __name__ == "__main__":
    sys.exit(1 if main()["errors"] else 0)
