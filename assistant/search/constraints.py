"""Hard constraints checked in memory: postings of every product's filter terms, masks built from
the same clauses as the store's ``where`` (``index/filters.py``), and what to say when nothing
fits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from ..index.filters import Clause, clauses, product_terms
from ..language.text import norm, norm_color
from ..language.wording import wording
from ..schemas import Constraints, Product


class ConstraintIndex:
    """Which products carry which filter terms, and their prices."""

    def __init__(self, products: Sequence[Product]) -> None:
        self.size = len(products)
        self.prices = np.array([np.nan if p.price is None else p.price for p in products])
        postings: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(products):
            for field, terms in product_terms(p).items():
                for term in dict.fromkeys(terms):
                    postings[f"{field}:{term}"].append(i)
        self.postings = {k: np.array(v, dtype=np.int64) for k, v in postings.items()}

    def mask(self, c: Constraints) -> np.ndarray:
        """Which products satisfy every constraint in ``c``."""
        mask = np.ones(self.size, dtype=bool)
        for clause in clauses(c):
            mask &= self.clause_mask(clause)
        return mask

    def clause_mask(self, clause: Clause) -> np.ndarray:
        """Which products meet one clause."""
        if clause.op == "min":
            return self.prices >= clause.bound
        if clause.op == "max":
            return self.prices <= clause.bound
        carried = np.zeros(self.size, dtype=bool)
        for value in clause.values:
            carried[self.postings.get(f"{clause.field}:{value}", [])] = True
        return ~carried if clause.op == "none" else carried

    def share(self, c: Constraints) -> np.ndarray:
        """For each product, the share of ``c``'s clauses it meets (0 where ``c`` is empty)."""
        found = clauses(c)
        if not found:
            return np.zeros(self.size)
        return np.mean([self.clause_mask(clause) for clause in found], axis=0)

    def empty_reason(self, c: Constraints, language: str = "en") -> str:
        """Which constraint emptied the list, applying them one by one."""
        say = wording(language).say
        applied = Constraints()
        for label, step in steps(c, language):
            before = int(self.mask(applied).sum())
            step(applied)
            if not self.mask(applied).any():
                rest = say("others_match", n=before) if before else say("nothing_else")
                return say("nothing_matches", label=label, rest=rest) + self._closest_price(
                    c, applied, language
                )
        return say("nothing_together")

    def _closest_price(self, c: Constraints, applied: Constraints, language: str) -> str:
        if c.price_max is None and c.price_min is None:
            return ""
        others = self.mask(applied.model_copy(update={"price_min": None, "price_max": None}))
        prices = self.prices[others & ~np.isnan(self.prices)]
        if not prices.size:
            return ""
        return wording(language).say(
            "prices_run", low=f"{prices.min():g}", high=f"{prices.max():g}"
        )


def describe(c: Constraints) -> list[str]:
    """Human-readable constraints, as shown in ``matched_constraints``."""
    return [label for label, _ in steps(c)]


Step = tuple[str, Callable[[Constraints], object]]


def steps(c: Constraints, language: str = "en") -> list[Step]:
    """(label, apply-to-a-Constraints) for each constraint, broadest first; labels in
    ``language``."""
    w = wording(language)

    def setter(**kw):
        return lambda target: [setattr(target, k, v) for k, v in kw.items()]

    found: list[Step] = []
    for name, label in (("categories", "label_category"), ("genders", "label_gender"),
                        ("colors", "label_colour"), ("sizes", "label_size")):  # fmt: skip
        values = getattr(c, name)
        if values:
            text = w.say("label_value", key=w.say(label), values=w.either(values))
            found.append((text, setter(**{name: values})))
    for key, values in c.attributes.items():
        found.append((w.say("label_value", key=key, values=w.either(values)),
                      lambda t, k=key, v=values: t.attributes.__setitem__(k, v)))  # fmt: skip
    for key, values in c.exclude.items():
        found.append((w.say("label_not", key=key, values=w.either(values)),
                      lambda t, k=key, v=values: t.exclude.__setitem__(k, v)))  # fmt: skip
    if c.price_min is not None or c.price_max is not None:
        found.append((price_label(c, language),
                      setter(price_min=c.price_min, price_max=c.price_max)))  # fmt: skip
    return found


def price_label(c: Constraints, language: str = "en") -> str:
    say = wording(language).say
    if c.price_min is not None and c.price_max is not None:
        return say("price_between", low=f"{c.price_min:g}", high=f"{c.price_max:g}")
    if c.price_max is not None:
        return say("price_below", high=f"{c.price_max:g}") + (say("price_cheap") if c.cheap else "")
    return say("price_above", low=f"{c.price_min:g}")


def override(parsed: Constraints, given: Constraints) -> Constraints:
    """``given`` overrides ``parsed`` in every field it sets (even to empty), normalised: an API
    caller's filters, or the conversation's constraints on a refinement."""
    merged = parsed.model_copy(deep=True)
    for name, value in given.model_dump(exclude_unset=True).items():
        if name == "colors":
            value = [norm_color(v) for v in value]
        elif name in ("genders", "categories", "sizes"):
            value = [norm(v).replace(" cm", "cm") for v in value]
        setattr(merged, name, value)
    return merged
