"""Load: many shoppers at once against ``wenwen serve`` on 127.0.0.1 (make load).

    python bench/load.py [--requests 1000] [--concurrency 32]

Starts ``wenwen serve`` over the configured data dir (building the default index first if there is
none, as ``make run`` does), sends ``--requests`` different ``/ask`` questions from
``--concurrency`` clients at once (each a new conversation; nothing is cached), and meanwhile asks
``/health`` twice a second. Writes bench/results/load.json and exits non-zero when any request
failed or ``/health`` ever took a second or more.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from rich.console import Console  # noqa: E402

from assistant.settings import Settings  # noqa: E402
from bench.measure import Server, peak_rss_mb, percentile  # noqa: E402
from bench.run import QUERIES  # noqa: E402

BUDGETS = ("", " under 100 yuan", " under 300 yuan", " under 800 yuan", ", something cheap")
ASKERS = ("", " for my mum", " for my son", " for a friend's birthday", " in black",
          " that will last", " for a trip", " for winter")  # fmt: skip
HEALTH_LIMIT_S = 1.0
console = Console(stderr=True)


def questions(n: int) -> list[str]:
    """``n`` different questions: needs x budgets x who it is for (1,000 distinct)."""
    combos = itertools.product(ASKERS, BUDGETS, QUERIES)
    made = [f"{need}{who}{budget}" for who, budget, need in combos]
    return list(itertools.islice(itertools.cycle(made), n))


async def shoppers(url: str, todo: list[str], concurrency: int) -> tuple[list[float], list[str]]:
    """Each client takes the next question when its previous answer arrived."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for question in todo:
        queue.put_nowait(question)
    seconds: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=concurrency)

    async def client(http: httpx.AsyncClient) -> None:
        while not queue.empty():
            question = queue.get_nowait()
            start = time.perf_counter()
            try:
                reply = await http.post("/ask", json={"question": question})
                if reply.status_code != 200 or not reply.json().get("summary"):
                    errors.append(f"{reply.status_code} for {question!r}: {reply.text[:200]}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} for {question!r}")
            seconds.append(time.perf_counter() - start)

    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as http:
        await asyncio.gather(*(client(http) for _ in range(concurrency)))
    return seconds, errors


async def watch_health(url: str, stop: asyncio.Event) -> list[float]:
    """``/health`` latencies, twice a second until ``stop``."""
    seen: list[float] = []
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        while not stop.is_set():
            start = time.perf_counter()
            reply = await http.get("/health")
            seen.append(time.perf_counter() - start if reply.status_code == 200 else float("inf"))
            await asyncio.sleep(0.5)
    return seen


async def run(url: str, todo: list[str], concurrency: int) -> dict:
    stop = asyncio.Event()
    health = asyncio.create_task(watch_health(url, stop))
    start = time.perf_counter()
    seconds, errors = await shoppers(url, todo, concurrency)
    wall = time.perf_counter() - start
    stop.set()
    checks = await health
    ms = [s * 1000 for s in seconds]
    return {
        "requests": len(todo),
        "distinct_questions": len(set(todo)),
        "concurrency": concurrency,
        "errors": len(errors),
        "error_samples": errors[:10],
        "wall_s": round(wall, 1),
        "throughput_rps": round(len(todo) / wall, 2),
        "ask_p50_ms": round(percentile(ms, 50), 1),
        "ask_p95_ms": round(percentile(ms, 95), 1),
        "ask_max_ms": round(max(ms), 1),
        "health_checks": len(checks),
        "health_max_ms": round(max(checks) * 1000, 1),
        "health_p95_ms": round(percentile([c * 1000 for c in checks], 95), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    data_dir = Settings().data_dir.resolve()
    console.print(f"starting wenwen serve over {data_dir}")
    with Server(data_dir) as server:
        console.print(f"serving after {server.start_s:.1f} s; {args.requests} questions from "
                      f"{args.concurrency} clients at once")  # fmt: skip
        figures = asyncio.run(run(server.url, questions(args.requests), args.concurrency))
        figures["serve_peak_rss_mb"] = round(peak_rss_mb(server.process.pid), 1)
    figures |= {"cpus": os.cpu_count(), "engine": "offline"}
    out = ROOT / "bench" / "results" / "load.json"
    out.write_text(json.dumps(figures, indent=2) + "\n")
    Console().print_json(data=figures)
    ok = figures["errors"] == 0 and figures["health_max_ms"] < HEALTH_LIMIT_S * 1000
    Console().print(f"{'OK' if ok else 'FAILED'}: written to {out.relative_to(ROOT)}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
