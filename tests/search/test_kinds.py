"""The shop's own kinds: every level of a category path, or a title's head word without one; a
need is compared with each kind's centroid, and products of the nearest kinds rank higher."""

from __future__ import annotations

import numpy as np

from assistant.language.kinds import title_kind
from assistant.schemas import Product
from assistant.search.kinds import Kinds


def product(pid: str, title: str, category: str = "") -> Product:
    return Product(id=pid, title=title, category=category)


def test_a_title_names_its_kind_by_the_head_word_of_its_main_item():
    assert title_kind("Roadster Women Black Solid Heels") == "heel"
    assert title_kind("Anouk Women Pink Kurta with Palazzos") == "kurta"
    assert title_kind("Nivea Men Fresh Deodorant 150 ml") == "deodorant"
    assert title_kind("HRX Men Training T-shirt") == "t shirt"  # as a question's words spell it
    assert title_kind("Pack of 3 Socks") == "sock"
    assert title_kind("250 ml") is None


def test_kinds_are_every_level_of_a_path_with_centroids_of_their_products():
    products = [product(f"h{n}", f"Hat {n}", "Accessories > Hats") for n in range(3)]
    products += [product(f"s{n}", f"Scarf {n}", "Accessories > Scarves") for n in range(3)]
    products += [product("b1", "Tote Bag")]  # no category: its title's head word
    position = {p.id: i for i, p in enumerate(products)}
    vectors = [(f"h{n}", np.array([1.0, 0.0])) for n in range(3)]
    vectors += [(f"s{n}", np.array([0.0, 1.0])) for n in range(3)] + [("b1", np.array([0.7, 0.7]))]
    kinds = Kinds(products, vectors, position)
    assert kinds.by_name() == {"accessories": 6, "accessories > hats": 3,
                               "accessories > scarves": 3, "bag": 1}  # fmt: skip
    sims = kinds.similarity(np.array([0.1, 0.99]))
    assert kinds.nearest(sims, 1) == ["accessories > scarves"]
    assert "bag" not in kinds.nearest(sims, 4)  # one product is no kind to rank by
    near = kinds.product_similarity(sims)
    assert near[position["s0"]] > near[position["h0"]] and near[position["b1"]] == -1.0
