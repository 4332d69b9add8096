"""Which cases make which suite: the demo store's files, and the real stores in ``datasets/stores``.

A real store's file names the CSV it is imported from (read from ``../shared/data``, never copied),
how its columns map to product fields, and its questions. Labels are computed from the imported
products' fields (category path, price, gender, colour, title words), never typed in.
"""

from __future__ import annotations

import csv
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from ..catalog.read import load_catalog
from ..schemas import Product
from .cases import Case, Split, Turn, Wanted, case_of, load_cases, words_pattern

DEFAULT_FILES = ("advice", "constraints", "conversations", "routing", "out_of_catalog",
                 "adversarial")  # fmt: skip
DEV_FILES = ("personas.jsonl", "honesty.jsonl")
DEMO_SUITES = ("default", "smoke", "dev", "zh", "aisles")
ZH_FILES = ("advice_zh",)  # the demo store asked in Chinese
AISLES_FILES = ("advice_aisles",)  # advice for every aisle of the demo store
MIN_RELEVANT, MAX_RELEVANT = 3, 80


class Store(BaseModel):
    """A real store's suite file: where its catalog comes from and what is asked of it."""

    model_config = ConfigDict(extra="forbid")

    csv: str  # a file name under the shared data folder
    currency: str
    columns: dict[str, str] = Field(default_factory=dict)  # product field -> the CSV's column
    cases: list[dict] = Field(default_factory=list)  # written cases (see datasets/README.md)
    needs: list[dict] = Field(default_factory=list)  # or needs a generator phrases (Myntra)
    recipients: dict[str, list[str]] = Field(default_factory=dict)
    colours: list[str] = Field(default_factory=list)
    prices: list[float] = Field(default_factory=list)
    phrasings: list[str] = Field(default_factory=list)
    uncoloured: list[str] = Field(default_factory=list)


def store_names(datasets: Path) -> list[str]:
    """The real-store suites, by file name."""
    return sorted(p.stem for p in (datasets / "stores").glob("*.yaml"))


def suite_names(datasets: Path) -> list[str]:
    return [*DEMO_SUITES, *store_names(datasets)]


def load_store(name: str, datasets: Path) -> Store:
    path = datasets / "stores" / f"{name}.yaml"
    try:
        return Store.model_validate(yaml.safe_load(path.read_text("utf-8")))
    except ValueError as exc:
        raise ValueError(f"{path.name}: {exc}") from None


def suite_cases(
    name: str, datasets: Path, shared: Path | None = None, split: Split | None = None
) -> list[Case]:
    """The cases of suite ``name`` (of one split, if given); a real store's need its CSV under
    ``shared``."""
    cases = _all_cases(name, datasets, shared)
    return [c for c in cases if split is None or c.split == split]


def _all_cases(name: str, datasets: Path, shared: Path | None) -> list[Case]:
    if name in ("default", "smoke"):
        cases = load_cases(datasets / f"{f}.yaml" for f in DEFAULT_FILES)
        return [c for c in cases if c.smoke] if name == "smoke" else cases
    if name == "dev":
        return load_cases(datasets / f for f in DEV_FILES)
    if name == "zh":
        return load_cases(datasets / f"{f}.yaml" for f in ZH_FILES)
    if name == "aisles":
        return load_cases(datasets / f"{f}.yaml" for f in AISLES_FILES)
    if name not in store_names(datasets):
        raise ValueError(f"no suite {name!r}: choose one of {', '.join(suite_names(datasets))}")
    store = load_store(name, datasets)
    if store.needs:
        path = store_csv(store, shared)
        return myntra_cases(path, store, name)
    cases = []
    for n, item in enumerate(store.cases, start=1):
        try:
            cases.append(case_of(item, name))
        except ValueError as exc:
            raise ValueError(f"stores/{name}.yaml case {n}: {exc}") from None
    return cases


def store_csv(store: Store, shared: Path | None) -> Path:
    path = (shared or Path(".")) / store.csv
    if not path.is_file():
        raise FileNotFoundError(f"this suite imports {path}, which is not there")
    return path


def store_products(store: Store, shared: Path | None) -> list[Product]:
    """The store's products as ``wenwen ingest`` reads them (the labels are computed on these)."""
    return load_catalog(store_csv(store, shared), store.columns, store.currency).products


# -- Myntra: questions phrased from needs, labels from Gender / PrimaryColor / price / article ---
def myntra_cases(csv_path: Path, store: Store, kind: str = "myntra") -> list[Case]:
    """Need-phrased questions over the Myntra CSV; deterministic: same files, same cases."""
    rows = _myntra_rows(csv_path, store.columns)
    cases = []
    for n, need in enumerate(store.needs):
        article = words_pattern(need["articles"])
        for g, gender in enumerate(need["genders"]):
            fitting = [r for r in rows if r["gender"] in (gender.lower(), "unisex")
                       and article.search(r["name"])]  # fmt: skip
            who = store.recipients[gender][(n + g) % len(store.recipients[gender])]
            base = f"{kind}-{n + 1:02d}-{gender.lower()}"
            coloured = _coloured(store, need, who, gender, fitting, n + g)
            plain = _uncoloured(store, need, who, gender, fitting, n + g)
            for suffix, turn in (("-colour", coloured), ("", plain)):
                if turn:
                    cases.append(Case(id=base + suffix, kind=kind, split=need["split"],
                                      turns=[turn]))  # fmt: skip
    return cases


def _myntra_rows(csv_path: Path, columns: dict[str, str]) -> list[dict]:
    rows = []
    with csv_path.open(encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f):
            try:
                price = float(row[columns["price"]])
            except (TypeError, ValueError):
                continue
            rows.append({"id": row[columns["id"]].strip(), "name": row[columns["title"]],
                         "gender": row["Gender"].strip().lower(), "price": price,
                         "colour": row[columns["color"]].strip().lower()})  # fmt: skip
    return rows


def _coloured(store: Store, need, who, gender, fitting, seed) -> Turn | None:
    colours = store.colours[seed % len(store.colours) :] + store.colours
    for colour in dict.fromkeys(colours):
        for price in store.prices:
            relevant = [r for r in fitting if r["colour"] == colour and r["price"] <= price]
            if MIN_RELEVANT <= len(relevant) <= MAX_RELEVANT:
                say = store.phrasings[seed % len(store.phrasings)]
                return _turn(say, need, who, gender, relevant, price, colour)
    return None


def _uncoloured(store: Store, need, who, gender, fitting, seed) -> Turn | None:
    for price in store.prices:
        relevant = [r for r in fitting if r["price"] <= price]
        if MIN_RELEVANT <= len(relevant) <= MAX_RELEVANT:
            say = store.uncoloured[seed % len(store.uncoloured)]
            return _turn(say, need, who, gender, relevant, price, None)
    return None


def _turn(say, need, who, gender, relevant, price, colour) -> Turn:
    price = int(price) if float(price).is_integer() else price
    text = say.format(need=need["say"], who=who, colour=colour, price=price)
    wanted = Wanted(gender=[gender, "unisex"], price_max=price, color=[colour] if colour else [])
    return Turn(say=text[0].upper() + text[1:], constraints=wanted, persona="shopping_guide",
                relevant={r["id"]: 1 for r in relevant})  # fmt: skip


def labels(name: str, datasets: Path, shared: Path | None, catalog: Path) -> list[tuple[Case, int]]:
    """Each case of a suite with how many products its first turn counts as right (computed as
    the eval computes them): for checking a new question before it is run."""
    if name in DEMO_SUITES:
        products = load_catalog(catalog).products
    else:
        store = load_store(name, datasets)
        products = [] if store.needs else store_products(store, shared)
    out = []
    for case in suite_cases(name, datasets, shared):
        turn = case.turns[0]
        out.append((case, len(turn.grades(products)) if turn.labelled() else 0))
    return out
