"""An eval run on disk: summary.json, cases.jsonl, report.md, metrics.png; and the baseline diff."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .cases import SPLITS
from .floor import FLOORS
from .runner import FLOORED, RATES, TABLE, SuiteResult

WORST = 10
BASELINE_OF = {"smoke": "default"}  # smoke cases are default cases
TOLERANCE = 0.005  # smaller moves are ties re-ordered by the vector index, not changes


def write_results(out: Path, results: list[SuiteResult], meta: dict, diff: dict | None) -> None:
    """Everything about one run, in one folder."""
    out.mkdir(parents=True, exist_ok=True)
    summary = {**meta, "suites": {r.name: r.summary for r in results}}
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
    with (out / "cases.jsonl").open("w", encoding="utf-8") as f:
        for result in results:
            for record in result.cases:
                f.write(json.dumps({"suite": result.name, **record}, ensure_ascii=False) + "\n")
    (out / "report.md").write_text(markdown(results, meta, diff), "utf-8")
    plot(results, out / "metrics.png", diff)


def load_run(folder: Path) -> tuple[dict, dict[tuple[str, str], float | None]]:
    """A run's summary and each case's score by (suite, case id); empty when absent."""
    if not (folder / "summary.json").is_file():
        return {}, {}
    summary = json.loads((folder / "summary.json").read_text("utf-8"))
    scores = {}
    cases = folder / "cases.jsonl"
    if cases.is_file():
        for line in cases.read_text("utf-8").splitlines():
            record = json.loads(line)
            scores[(record["suite"], record["id"])] = record["score"]
    return summary, scores


def compare(results: list[SuiteResult], baseline: Path) -> dict | None:
    """Metric deltas per suite and the cases whose score fell, against a baseline run. A part of
    a suite (``--limit``, or ``smoke`` within ``default``) compares its cases only."""
    summary, scores = load_run(baseline)
    if not summary:
        return None
    shown = os.path.relpath(baseline) if baseline.is_absolute() else str(baseline)
    diff: dict = {"baseline": shown, "suites": {}, "regressed": [], "improved": [],
                  "partial": [], "missing": []}  # fmt: skip
    for result in results:
        name = BASELINE_OF.get(result.name, result.name)
        old = summary.get("suites", {}).get(name)
        if not old:
            diff["missing"].append(result.name)
            continue
        if old.get("cases") == result.summary["cases"] and name == result.name:
            diff["suites"][result.name] = {k: (old.get(k), v) for k, v in result.summary.items()
                                           if _number(v) or _number(old.get(k))}  # fmt: skip
        else:
            diff["partial"].append(f"{result.name} ({result.summary['cases']} of {name}'s "
                                   f"{old.get('cases')} cases)")  # fmt: skip
        for record in result.cases:
            before = scores.get((name, record["id"]))
            now = record["score"]
            if before is None or now is None or abs(now - before) < TOLERANCE:
                continue
            entry = {"suite": result.name, "id": record["id"], "before": before, "now": now}
            diff["regressed" if now < before else "improved"].append(entry)
    diff["regressed"].sort(key=lambda e: e["now"] - e["before"])
    return diff


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fmt(value) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) and value <= 1 else f"{value:g}"


def diff_lines(diff: dict | None) -> list[str]:
    """The baseline comparison as text lines (printed after a run and put in the report)."""
    if diff is None:
        return ["No baseline to compare with (evals/results/baseline/ has no summary.json)."]
    lines = [f"Against the baseline in {diff['baseline']}:"]
    for suite, rows in diff["suites"].items():
        changed = [f"{k} {_fmt(a)} → {_fmt(b)}" for k, (a, b) in rows.items()
                   if k in RATES and _fmt(a) != _fmt(b)]  # fmt: skip
        lines.append(f"  {suite}: " + ("; ".join(changed) if changed else "no metric changed"))
    for part in diff.get("partial", []):
        lines.append(f"  {part}: metrics not compared, only its cases")
    for name in diff.get("missing", []):
        lines.append(f"  {name}: not in the baseline, nothing compared")
    lines.append(f"  {len(diff['regressed'])} case(s) regressed, {len(diff['improved'])} improved")
    for entry in diff["regressed"][:20]:
        lines.append(f"    ↓ {entry['suite']}/{entry['id']}: {entry['before']} → {entry['now']}")
    return lines


def floor_rows(results: list[SuiteResult]) -> list[dict]:
    """Per suite and split (``all`` first): Wenwen's retrieval metrics beside the floor's, and
    whether Wenwen is below the better floor on any of them."""
    rows = []
    for result in results:
        parts = {"all": result.summary, **result.summary.get("splits", {})}
        for split in ("all", *SPLITS):
            summary = parts.get(split) or {}
            if summary.get(FLOORED[0]) is None:
                continue
            floors = summary.get("floor", {})
            row = {"suite": result.name, "split": split, "below": False}
            for key in FLOORED:
                row[key] = {"wenwen": summary.get(key)}
                for name in FLOORS:
                    row[key][name] = floors.get(name, {}).get(key)
                best = max((v for n, v in row[key].items() if n != "wenwen" and v is not None),
                           default=None)  # fmt: skip
                if best is not None and row[key]["wenwen"] < best - TOLERANCE:
                    row["below"] = True
            rows.append(row)
    return rows


def floor_table(results: list[SuiteResult]) -> list[str]:
    """The floor rows as a markdown table; a suite below its floor is marked in red."""
    head = [f"{key} ({who})" for key in FLOORED for who in ("Wenwen", *FLOORS)]
    out = ["| suite | split | " + " | ".join(head) + " |", "|---|---|" + "---|" * len(head)]
    for row in floor_rows(results):
        cells = [_fmt(row[key][who]) for key in FLOORED for who in ("wenwen", *FLOORS)]
        if row["below"]:
            cells = [f'<span style="color:red">{c}</span>' for c in cells]
        mark = " 🔴 below the floor" if row["below"] else ""
        out.append(f"| {row['suite']}{mark} | {row['split']} | " + " | ".join(cells) + " |")
    return out


def markdown(results: list[SuiteResult], meta: dict, diff: dict | None) -> str:
    """The run for people: metrics by suite, scores by kind, the worst cases with answers."""
    names = [r.name for r in results]
    out = [f"# Wenwen eval {meta.get('started', '')}", "",
           f"Engine: `{meta.get('engine')}`.", "", "## Metrics", "",
           "| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]  # fmt: skip
    for key in TABLE:
        if any(key in r.summary for r in results):
            out.append(f"| {key} | " + " | ".join(_fmt(r.summary.get(key)) for r in results) + " |")
    out += ["", "## Retrieval beside the floor", "",
            "The floor is the raw libraries on the same questions and labels: dense retrieval with "
            "the same embedder over the same vectors, and BM25 over the same product texts.", "",
            *floor_table(results)]  # fmt: skip
    out += ["", "## Baseline", "", "```", *diff_lines(diff), "```", ""]
    for result in results:
        out += _kinds(result) + _worst(result)
    return "\n".join(out) + "\n"


def _kinds(result: SuiteResult) -> list[str]:
    kinds: dict[str, list[float]] = {}
    for record in result.cases:
        if record["score"] is not None:
            kinds.setdefault(record["kind"], []).append(record["score"])
    rows = [f"| {k} | {len(v)} | {sum(v) / len(v):.3f} |" for k, v in sorted(kinds.items())]
    return [f"## Suite `{result.name}`: mean case score by kind", "",
            "| kind | cases | score |", "|---|---|---|", *rows, ""]  # fmt: skip


def _worst(result: SuiteResult) -> list[str]:
    scored = [r for r in result.cases if r["score"] is not None]
    scored.sort(key=lambda r: r["score"])
    out = [f"### The {min(WORST, len(scored))} worst cases of `{result.name}`", ""]
    for record in scored[:WORST]:
        out.append(f"**{record['id']}** ({record['kind']}): score {record['score']:.3f}")
        for turn in record["turns"]:
            low = {k: v for k, v in turn["scores"].items() if v is not None and v < 1}
            out.append(f"- asked: {turn['say']!r}; low scores: {low or 'none'}; "
                       f"relevant in catalog: {turn['relevant']}")  # fmt: skip
            answer = turn.get("answer")
            if answer:
                out.append(f"  - answered ({answer['persona']}): {answer['summary']}")
                out.append("  - dimensions: " + ", ".join(d["name"] for d in answer["dimensions"]))
                for p in answer["products"]:
                    mark = "✓" if any(s["id"] == p["id"] and s["relevant"]
                                      for s in turn["products"]) else "✗"  # fmt: skip
                    out.append(
                        f"  - {mark} `{p['id']}` {p['title']} ({p['price']} {p['currency']})"
                    )
            else:
                marks = [f"`{p['id']}`{'✓' if p['relevant'] else '✗'}" for p in turn["products"]]
                out.append("  - shown: " + ", ".join(marks))
        out.append("")
    return out


def plot(results: list[SuiteResult], path: Path, diff: dict | None) -> None:
    """A bar per rate metric and suite; the baseline as a black tick."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = list(RATES)
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(keys) + 1.5))
    height = 0.8 / max(len(results), 1)
    for n, result in enumerate(results):
        ys = [i + n * height for i in range(len(keys))]
        xs = [result.summary.get(k) or 0.0 for k in keys]
        ax.barh(ys, xs, height=height, label=result.name)
        old = (diff or {}).get("suites", {}).get(result.name, {})
        floors = result.summary.get("floor", {})
        for y, k in zip(ys, keys, strict=True):
            if k in old and old[k][0] is not None:
                ax.plot([old[k][0]] * 2, [y - height / 2, y + height / 2], color="black", lw=2)
            best = max((f.get(k) for f in floors.values() if f.get(k) is not None), default=None)
            if best is not None:
                ax.plot([best] * 2, [y - height / 2, y + height / 2], color="red", lw=2, ls=":")
    ax.set_yticks([i + 0.4 - height / 2 for i in range(len(keys))], keys)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("rate (black tick: baseline; red dotted tick: the better floor, dense or BM25)")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
