"""Which cases make which suite, and the Myntra suite built from a real store's CSV."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import yaml

from .cases import Case, Turn, Wanted, load_cases

DEFAULT_FILES = ("advice", "constraints", "conversations", "routing", "out_of_catalog",
                 "adversarial")  # fmt: skip
DEV_FILES = ("personas.jsonl", "honesty.jsonl")
SUITES = ("default", "smoke", "dev", "myntra")
MYNTRA_MAP = {"id": "ProductID", "title": "ProductName", "price": "Price (INR)",
              "color": "PrimaryColor"}  # fmt: skip
MIN_RELEVANT, MAX_RELEVANT = 3, 80


def suite_cases(name: str, datasets: Path, myntra_csv: Path | None = None) -> list[Case]:
    """The cases of suite ``name``."""
    if name in ("default", "smoke"):
        cases = load_cases(datasets / f"{f}.yaml" for f in DEFAULT_FILES)
        return [c for c in cases if c.smoke] if name == "smoke" else cases
    if name == "dev":
        return load_cases(datasets / f for f in DEV_FILES)
    if name == "myntra":
        if myntra_csv is None or not myntra_csv.is_file():
            raise FileNotFoundError(f"the Myntra suite needs {myntra_csv}")
        return myntra_cases(myntra_csv, datasets / "myntra_needs.yaml")
    raise ValueError(f"no suite {name!r}: choose one of {', '.join(SUITES)}")


def myntra_cases(csv_path: Path, needs_path: Path) -> list[Case]:
    """Need-phrased questions over the Myntra CSV; labels from Gender, PrimaryColor, price and
    the article its ProductName names. Deterministic: same files, same cases."""
    spec = yaml.safe_load(needs_path.read_text("utf-8"))
    rows = _myntra_rows(csv_path)
    cases = []
    for n, need in enumerate(spec["needs"]):
        article = _words_pattern(need["articles"])
        for g, gender in enumerate(need["genders"]):
            fitting = [r for r in rows if r["gender"] in (gender.lower(), "unisex")
                       and article.search(r["name"])]  # fmt: skip
            who = spec["recipients"][gender][(n + g) % len(spec["recipients"][gender])]
            turn = _coloured(spec, need, who, gender, fitting, n + g)
            if turn:
                cases.append(Case(id=f"myntra-{n + 1:02d}-{gender.lower()}-colour", kind="myntra",
                                  turns=[turn]))  # fmt: skip
            turn = _uncoloured(spec, need, who, gender, fitting, n + g)
            if turn:
                cases.append(Case(id=f"myntra-{n + 1:02d}-{gender.lower()}", kind="myntra",
                                  turns=[turn]))  # fmt: skip
    return cases


def _myntra_rows(csv_path: Path) -> list[dict]:
    rows = []
    with csv_path.open(encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f):
            try:
                price = float(row["Price (INR)"])
            except (TypeError, ValueError):
                continue
            rows.append({"id": row["ProductID"].strip(), "name": row["ProductName"],
                         "gender": row["Gender"].strip().lower(), "price": price,
                         "colour": row["PrimaryColor"].strip().lower()})  # fmt: skip
    return rows


def _words_pattern(words: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)


def _coloured(spec, need, who, gender, fitting, seed) -> Turn | None:
    colours = spec["colours"][seed % len(spec["colours"]) :] + spec["colours"]
    for colour in dict.fromkeys(colours):
        for price in spec["prices"]:
            relevant = [r for r in fitting if r["colour"] == colour and r["price"] <= price]
            if MIN_RELEVANT <= len(relevant) <= MAX_RELEVANT:
                say = spec["phrasings"][seed % len(spec["phrasings"])]
                return _turn(say, need, who, gender, relevant, price, colour)
    return None


def _uncoloured(spec, need, who, gender, fitting, seed) -> Turn | None:
    for price in spec["prices"]:
        relevant = [r for r in fitting if r["price"] <= price]
        if MIN_RELEVANT <= len(relevant) <= MAX_RELEVANT:
            say = spec["uncoloured"][seed % len(spec["uncoloured"])]
            return _turn(say, need, who, gender, relevant, price, None)
    return None


def _turn(say, need, who, gender, relevant, price, colour) -> Turn:
    text = say.format(need=need["say"], who=who, colour=colour, price=price)
    wanted = Wanted(gender=[gender, "unisex"], price_max=price, color=[colour] if colour else [])
    return Turn(say=text[0].upper() + text[1:], constraints=wanted, persona="shopping_guide",
                relevant={r["id"]: 1 for r in relevant})  # fmt: skip
