"""Fashion and beauty: hats and accessories, eyewear, skincare, makeup, women's and men's clothing.

Every generator is table-driven: a product is put together from a template plus random but
consistent choices, and its description is composed from sentence pools keyed on the very
attributes the product was given, so what the text says is true of the product.
"""

from __future__ import annotations

import math
import random
import re

from .common import pick, price, rating, review_count, some

# --------------------------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------------------------

GENDER_WORD = {"men": "Men's", "women": "Women's", "unisex": "Unisex", "kids": "Kids'"}


def _cap(text: str) -> str:
    """Title-case a lower-case phrase for a shop title, keeping short words and codes sensible."""
    keep = {"and", "with", "for", "of", "in", "the", "a", "to"}
    special = {
        "tr90": "TR90",
        "upf": "UPF",
        "uv400": "UV400",
        "spf": "SPF",
        "bha": "BHA",
        "aha": "AHA",
        "pha": "PHA",
        "b5": "B5",
        "3-in-1": "3-in-1",
        "pca": "PCA",
    }
    words = []
    for i, w in enumerate(text.split(" ")):
        if w in special:
            words.append(special[w])
        elif i and w in keep:
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words)


def _quality(value: float, low: float, high: float) -> float:
    if high <= low:
        return 0.5
    q = (math.log(value) - math.log(low)) / (math.log(high) - math.log(low))
    return max(0.0, min(1.0, q))


def _wpick(rng: random.Random, table):
    """Pick from a list of plain options or of (option, weight) pairs, or return a scalar as is."""
    if isinstance(table, dict):
        return pick(rng, list(table), list(table.values()))
    if isinstance(table, (list, tuple)):
        if (
            table
            and isinstance(table[0], tuple)
            and len(table[0]) == 2
            and isinstance(table[0][1], (int, float))
        ):
            return pick(rng, [t[0] for t in table], [t[1] for t in table])
        return pick(rng, table)
    return table


def _tier(rng: random.Random, brands: dict, cost: float):
    """A brand whose price tier fits the cost: brands maps name -> (low, high) of where it sells."""
    fitting = [b for b, (lo, hi) in brands.items() if lo <= cost <= hi]
    return pick(rng, fitting or list(brands))


_ARTICLE = re.compile(r"\b([Aa]) (?=[aeioAEIO])")


class _Shop:
    """Collects the products of one generator, keeping titles and descriptions unique."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.items: list[dict] = []
        self.titles: set[str] = set()
        self.descs: set[str] = set()

    def describe(self, *pools) -> str | None:
        """One sentence from each non-empty pool, joined; None if every try was already used."""
        pools = [p for p in pools if p]
        for _ in range(25):
            chosen = [self.rng.choice(p) for p in pools]
            text = " ".join(c[:1].upper() + c[1:] for c in chosen)
            text = _ARTICLE.sub(lambda m: m.group(1) + "n ", text)
            if text not in self.descs:
                return text
        return None

    def add(
        self, title, category, brand, cost, attrs, description, low, high, popularity=1.0
    ) -> bool:
        if not description or title in self.titles or description in self.descs:
            return False
        assert len(description) >= 80, description
        self.titles.add(title)
        self.descs.add(description)
        q = _quality(cost, low, high)
        self.items.append(
            {
                "title": title,
                "category": category,
                "brand": brand,
                "price": cost,
                "rating": rating(self.rng, 0.25 + 0.6 * q),
                "review_count": review_count(self.rng, popularity * (1.6 - 0.9 * q)),
                "attributes": attrs,
                "description": description,
            }
        )
        return True

    def fill(self, n: int, make) -> None:
        """Call make() until n products were accepted (make returns whether it added one)."""
        target = len(self.items) + n
        tries = 0
        while len(self.items) < target:
            make()
            tries += 1
            if tries > 50 * n:
                raise RuntimeError(f"could not make {n} distinct products")


def _sizes(rng: random.Random, ladder: list[str], low: int = 3, high: int = 6) -> list[str]:
    """A contiguous run of sizes from a ladder, as shops list them."""
    k = rng.randint(min(low, len(ladder)), min(high, len(ladder)))
    start = rng.randint(0, len(ladder) - k)
    return ladder[start : start + k]


# --------------------------------------------------------------------------------------------
# Accessories > Hats
# --------------------------------------------------------------------------------------------

HAT_BRANDS = {
    "Sunward": (39, 159),
    "Northcap": (39, 199),
    "Daybreak Lane": (49, 229),
    "Maple Row": (99, 399),
    "Lin & Lace": (89, 359),
    "Harbor & Pine": (159, 599),
    "Old Quay Hatters": (299, 999),
    "Tallowgate": (399, 999),
}

# material -> season, price range, colour weights, care, packable, upf (None: not rated)
HAT_MATERIALS = {
    "wool felt": dict(
        season="autumn-winter",
        cost=(149, 459),
        packable="no",
        upf=None,
        care="brush with a soft hat brush; spot clean only",
        colors={
            "black": 6,
            "charcoal": 3,
            "camel": 2,
            "brown": 2,
            "navy": 1,
            "burgundy": 1,
            "grey": 1,
            "olive": 1,
            "cream": 1,
        },
    ),
    "rabbit fur felt": dict(
        season="autumn-winter",
        cost=(499, 899),
        packable="no",
        upf=None,
        care="brush with a soft hat brush; spot clean only",
        colors={"black": 3, "brown": 2, "grey": 1, "beige": 1, "navy": 1},
    ),
    "toquilla straw": dict(
        season="spring-summer",
        cost=(299, 899),
        packable=("yes", "no"),
        upf="50+",
        care="keep dry; reshape with steam and wipe with a barely damp cloth",
        colors={"beige": 4, "white": 2, "black": 1, "tan": 1},
    ),
    "paper straw": dict(
        season="spring-summer",
        cost=(59, 189),
        packable="no",
        upf="50+",
        care="keep dry; wipe with a barely damp cloth",
        colors={"beige": 3, "black": 3, "white": 1, "brown": 1, "navy": 1},
    ),
    "raffia": dict(
        season="spring-summer",
        cost=(89, 259),
        packable="yes",
        upf="50+",
        care="keep dry; reshape by hand and air out after wear",
        colors={"beige": 4, "black": 2, "white": 1, "tan": 1},
    ),
    "linen": dict(
        season="spring-summer",
        cost=(89, 229),
        packable="yes",
        upf="30+",
        care="hand wash cold",
        colors={"beige": 2, "white": 1, "navy": 1, "black": 1, "olive": 1},
    ),
    "cotton twill": dict(
        season="all-season",
        cost=(39, 159),
        packable="yes",
        upf="30+",
        care="hand wash cold",
        colors={
            "black": 4,
            "navy": 2,
            "khaki": 2,
            "white": 2,
            "olive": 1,
            "beige": 1,
            "pink": 1,
            "blue": 1,
            "red": 1,
        },
    ),
    "cotton canvas": dict(
        season="all-season",
        cost=(49, 169),
        packable="yes",
        upf="50+",
        care="machine wash gentle",
        colors={"black": 3, "khaki": 2, "olive": 2, "beige": 2, "navy": 1, "white": 1},
    ),
    "nylon": dict(
        season="spring-summer",
        cost=(59, 199),
        packable="yes",
        upf="50+",
        care="machine wash gentle",
        colors={"black": 3, "khaki": 2, "navy": 1, "grey": 1, "green": 1},
    ),
    "denim": dict(
        season="all-season",
        cost=(59, 149),
        packable="yes",
        upf="30+",
        care="hand wash cold",
        colors={"blue": 3, "black": 2},
    ),
    "corduroy": dict(
        season="autumn-winter",
        cost=(69, 189),
        packable="yes",
        upf=None,
        care="hand wash cold",
        colors={"brown": 2, "beige": 1, "olive": 1, "black": 2, "burgundy": 1},
    ),
    "wool tweed": dict(
        season="autumn-winter",
        cost=(129, 329),
        packable="no",
        upf=None,
        care="brush with a soft hat brush; spot clean only",
        colors={"grey": 2, "brown": 2, "charcoal": 1, "olive": 1, "navy": 1, "black": 1},
    ),
    "wool blend": dict(
        season="autumn-winter",
        cost=(89, 219),
        packable="no",
        upf=None,
        care="spot clean only",
        colors={"black": 3, "grey": 1, "navy": 1, "camel": 1, "burgundy": 1},
    ),
    "merino wool knit": dict(
        season="autumn-winter",
        cost=(99, 229),
        packable="yes",
        upf=None,
        care="hand wash cold",
        colors={"black": 2, "grey": 2, "cream": 1, "navy": 1, "green": 1, "red": 1},
    ),
    "acrylic knit": dict(
        season="autumn-winter",
        cost=(39, 89),
        packable="yes",
        upf=None,
        care="machine wash gentle",
        colors={"black": 3, "grey": 1, "red": 1, "yellow": 1, "pink": 1, "white": 1},
    ),
    "cashmere knit": dict(
        season="autumn-winter",
        cost=(299, 699),
        packable="yes",
        upf=None,
        care="hand wash cold",
        colors={"camel": 2, "grey": 2, "black": 2, "cream": 1, "burgundy": 1},
    ),
    "cotton knit": dict(
        season="all-season",
        cost=(49, 119),
        packable="yes",
        upf=None,
        care="machine wash gentle",
        colors={"black": 2, "grey": 1, "white": 1, "olive": 1, "orange": 1},
    ),
    "faux shearling": dict(
        season="autumn-winter",
        cost=(99, 219),
        packable="no",
        upf=None,
        care="spot clean only",
        colors={"cream": 2, "black": 1, "brown": 1},
    ),
    "angora blend": dict(
        season="autumn-winter",
        cost=(129, 259),
        packable="yes",
        upf=None,
        care="hand wash cold",
        colors={"cream": 1, "pink": 1, "black": 2, "camel": 1, "red": 1},
    ),
}

FIXED_SIZES = ["55 cm", "56 cm", "57 cm", "58 cm", "59 cm", "60 cm", "61 cm"]

# leaf -> count, title noun, cost factor, choices of every shape attribute, materials, decorations,
# genders, fit, occasions, and flavour sentences written for the style.
HAT_LEAVES = {
    "Fedora": dict(
        n=12,
        noun="Fedora",
        factor=1.0,
        black_share=0.4,
        crown_height=[("high", 5), ("medium", 1)],
        crown_shape=["pinched", "teardrop", "center dent"],
        brim_width=[("medium", 3), ("wide", 2)],
        brim_shape=["snap", "down-turned", "flat"],
        materials=[
            ("wool felt", 6),
            ("rabbit fur felt", 2),
            ("paper straw", 2),
            ("cotton twill", 1),
        ],
        decoration=[
            ("grosgrain band", 4),
            ("leather band", 2),
            ("feather", 2),
            ("chain", 1),
            ("none", 1),
        ],
        gender=[("unisex", 3), ("men", 2), ("women", 2)],
        fit=["fixed size", "inner drawstring"],
        occasion=[
            ["everyday", "office"],
            ["wedding", "formal"],
            ["everyday", "travel"],
            ["party", "everyday"],
        ],
        flavour=[
            "A fedora is the quickest way to add height and structure to a plain coat-and-jeans "
            "outfit.",
            "The fedora shape has stayed in style for a century because it sharpens almost any "
            "outfit.",
            "Wear it tipped slightly forward for a classic look or set straight for a modern one.",
        ],
    ),
    "Trilby": dict(
        n=7,
        noun="Trilby",
        factor=0.8,
        black_share=0.3,
        crown_height=[("high", 2), ("medium", 2)],
        crown_shape=["pinched", "teardrop"],
        brim_width="narrow",
        brim_shape=["snap", "upturned"],
        materials=[
            ("wool felt", 3),
            ("paper straw", 3),
            ("wool tweed", 2),
            ("linen", 1),
            ("cotton twill", 1),
        ],
        decoration=[("grosgrain band", 3), ("leather band", 2), ("feather", 1), ("none", 1)],
        gender=[("unisex", 2), ("men", 3), ("women", 1)],
        fit=["fixed size", "inner drawstring"],
        occasion=[["everyday", "travel"], ["everyday", "party"], ["office", "everyday"]],
        flavour=[
            "Shorter in the brim than a fedora, a trilby sits a little further back and looks "
            "neat rather than dramatic.",
            "A trilby is a sensible first proper hat: compact enough for busy streets, trains and "
            "car journeys.",
            "The short brim keeps the look light, so it works with a T-shirt as well as a blazer.",
        ],
    ),
    "Panama": dict(
        n=7,
        noun="Panama Hat",
        factor=1.1,
        crown_height=[("high", 3), ("medium", 1)],
        crown_shape=["teardrop", "optimo", "telescope", "pinched"],
        brim_width=[("medium", 2), ("wide", 2)],
        brim_shape=["flat", "down-turned", "snap"],
        materials=[("toquilla straw", 4), ("paper straw", 2), ("raffia", 1)],
        decoration=[("grosgrain band", 4), ("leather band", 1), ("none", 1)],
        gender=[("unisex", 3), ("men", 2), ("women", 1)],
        fit=["fixed size", "inner drawstring"],
        occasion=[["holiday", "travel"], ["wedding", "garden party"], ["everyday", "holiday"]],
        flavour=[
            "A summer classic for hot, bright days, best worn with linen shirts and light cotton.",
            "Panama styling has been the warm-weather gentleman's hat for generations, and it "
            "suits women just as well.",
            "Light enough to forget you are wearing it on a long afternoon in the sun.",
        ],
    ),
    "Bucket Hat": dict(
        n=7,
        noun="Bucket Hat",
        factor=0.9,
        crown_height=[("medium", 2), ("low", 2)],
        crown_shape=["flat top"],
        brim_width=[("narrow", 2), ("medium", 3)],
        brim_shape="down-turned",
        materials=[
            ("cotton canvas", 3),
            ("nylon", 2),
            ("denim", 1),
            ("corduroy", 1),
            ("faux shearling", 1),
            ("linen", 1),
        ],
        decoration=[("none", 3), ("embroidery", 2), ("woven label", 1)],
        gender=[("unisex", 5), ("women", 1), ("men", 1)],
        fit=["fixed size", "inner drawstring"],
        occasion=[["everyday", "festival"], ["outdoor", "travel"], ["beach", "everyday"]],
        flavour=[
            "A relaxed, go-anywhere bucket hat that looks right with sneakers, shorts and hoodies.",
            "Bucket hats are back for good: casual, unisex and easy to throw on.",
            "The all-round down-turned brim shades the eyes and the back of the neck at once.",
        ],
    ),
    "Baseball Cap": dict(
        n=8,
        noun="Baseball Cap",
        factor=1.0,
        crown_height=[("low", 3), ("medium", 2), ("high", 1)],
        crown_shape=["unstructured six-panel", "structured six-panel", "five-panel"],
        brim_width="medium",
        brim_shape=[("curved", 3), ("flat", 1)],
        materials=[("cotton twill", 5), ("wool blend", 1), ("nylon", 2), ("corduroy", 1)],
        decoration=[("embroidery", 3), ("none", 2), ("leather patch", 1)],
        gender=[("unisex", 5), ("men", 1), ("women", 1)],
        fit="adjustable strap",
        occasion=[["everyday", "sport"], ["outdoor", "travel"], ["everyday", "running"]],
        flavour=[
            "An everyday cap for errands, weekend walks and the school run.",
            "A cap that keeps the sun out of your eyes and covers a bad hair day.",
            "Easy to wear with anything from a track jacket to a denim shirt.",
        ],
    ),
    "Beanie": dict(
        n=7,
        noun="Beanie",
        factor=1.0,
        crown_height=[("low", 3), ("medium", 1)],
        crown_shape=["round dome", "cuffed", "slouchy"],
        brim_width="none",
        brim_shape="none",
        materials=[
            ("merino wool knit", 2),
            ("acrylic knit", 3),
            ("cashmere knit", 1),
            ("cotton knit", 1),
        ],
        decoration=[("none", 2), ("pom-pom", 2), ("leather patch", 1), ("woven label", 1)],
        gender=[("unisex", 5), ("women", 1), ("men", 1)],
        fit="stretch knit",
        occasion=[["everyday", "commute"], ["outdoor", "ski"], ["everyday", "travel"]],
        flavour=[
            "A warm knit beanie that covers the ears on windy mornings.",
            "Pull it low for cold commutes or push it back for a looser fit.",
            "The simplest cold-weather hat there is, and the easiest to keep in a coat pocket.",
        ],
    ),
    "Beret": dict(
        n=5,
        noun="Beret",
        factor=0.6,
        crown_height="low",
        crown_shape=["flat", "round dome"],
        brim_width="none",
        brim_shape="none",
        materials=[("wool felt", 3), ("angora blend", 1), ("corduroy", 1)],
        decoration=[("none", 3), ("pearl trim", 1), ("embroidery", 1)],
        gender=[("women", 3), ("unisex", 1)],
        fit=["stretch band", "inner drawstring"],
        occasion=[["everyday", "date"], ["everyday", "travel"]],
        flavour=[
            "A soft beret that adds a quietly Parisian note to a wool coat or a chunky knit.",
            "Wear it tilted to one side and pulled slightly down over one ear.",
            "Berets frame the face gently and sit flat enough to wear under a hood.",
        ],
    ),
    "Wide-Brim Sun Hat": dict(
        n=7,
        noun="Wide-Brim Sun Hat",
        factor=1.0,
        crown_height=[("medium", 2), ("high", 2)],
        crown_shape=["round dome", "telescope", "pinched"],
        brim_width="wide",
        brim_shape=["down-turned", "floppy", "flat", "asymmetric"],
        materials=[
            ("raffia", 3),
            ("paper straw", 2),
            ("cotton canvas", 1),
            ("nylon", 1),
            ("linen", 1),
        ],
        decoration=[("bow", 2), ("grosgrain band", 2), ("none", 1)],
        gender=[("women", 3), ("unisex", 2)],
        fit=["inner drawstring", "fixed size"],
        occasion=[
            ["beach", "holiday"],
            ["garden", "outdoor"],
            ["festival", "beach"],
            ["outdoor", "sport"],
        ],
        flavour=[
            "Built for long hours outside: the brim shades the face, neck and shoulders.",
            "A beach-and-garden hat that keeps the sun off without feeling heavy.",
            "Made for the beach, the balcony and sitting in the stands all afternoon.",
        ],
    ),
    "Newsboy Cap": dict(
        n=4,
        noun="Newsboy Cap",
        factor=1.0,
        crown_height=[("medium", 2), ("low", 1)],
        crown_shape="eight-panel",
        brim_width="narrow",
        brim_shape="snap",
        brim_phrase="is stitched short and snapped down over the eyes",
        materials=[("wool tweed", 3), ("corduroy", 1), ("linen", 1)],
        decoration=[("none", 2), ("button top", 2)],
        gender=[("men", 2), ("unisex", 2)],
        fit="fixed size",
        occasion=[["everyday", "weekend"], ["everyday", "country walk"]],
        flavour=[
            "Eight panels meet at the top, giving the newsboy its full, rounded shape.",
            "A vintage-inspired cap that sits happily with tweed jackets, knitwear and boots.",
        ],
    ),
    "Cloche": dict(
        n=3,
        noun="Cloche Hat",
        factor=0.9,
        crown_height="medium",
        crown_shape="bell",
        brim_width="narrow",
        brim_shape="down-turned",
        materials=[("wool felt", 2), ("paper straw", 1)],
        decoration=[("bow", 1), ("flower", 1), ("grosgrain band", 1)],
        gender="women",
        fit="fixed size",
        occasion=[["everyday", "party"], ["wedding", "garden party"]],
        flavour=[
            "A close-fitting cloche inspired by the 1920s that sits low over the brow.",
            "The bell shape hugs the head, a good choice for short hair and bobs.",
        ],
    ),
    "Bowler": dict(
        n=2,
        noun="Bowler Hat",
        factor=1.1,
        black_share=0.5,
        crown_height="medium",
        crown_shape="round dome",
        brim_width="narrow",
        brim_shape="curled",
        materials=[("wool felt", 2), ("rabbit fur felt", 1)],
        decoration=[("grosgrain band", 1)],
        gender=[("men", 1), ("unisex", 1)],
        fit="fixed size",
        occasion=[["formal", "party"], ["costume", "party"]],
        flavour=[
            "A hard, rounded crown and curled brim give the bowler its formal, old-world look.",
            "A bowler is a statement hat for stage, parties and the confidently dapper.",
        ],
    ),
    "Boater": dict(
        n=2,
        noun="Boater Hat",
        factor=1.0,
        crown_height="low",
        crown_shape="flat",
        brim_width="medium",
        brim_shape="flat",
        materials=[("paper straw", 1), ("toquilla straw", 1)],
        decoration=[("grosgrain band", 1)],
        gender="unisex",
        fit="fixed size",
        occasion=[["garden party", "wedding"], ["holiday", "garden party"]],
        flavour=[
            "A flat-topped boater with a crisp, level brim for summer garden parties and regattas.",
            "The boater's stiff, flat lines look smart with a linen blazer or a summer dress.",
        ],
    ),
    "Visor": dict(
        n=3,
        noun="Sun Visor",
        factor=0.8,
        crown_height="low",
        crown_shape="open top",
        brim_width=[("wide", 2), ("medium", 1)],
        brim_shape="curved",
        materials=[("cotton twill", 1), ("raffia", 1), ("nylon", 1)],
        decoration=[("none", 1), ("embroidery", 1), ("bow", 1)],
        gender=[("women", 2), ("unisex", 1)],
        fit="adjustable strap",
        occasion=[["sport", "golf"], ["beach", "tennis"], ["outdoor", "running"]],
        flavour=[
            "An open-top visor keeps the sun out of your eyes while heat escapes from the head.",
            "Ideal for tennis, golf and running, or anywhere a full hat would feel too warm.",
        ],
    ),
}

BRIM_PHRASE = {
    "snap": "snaps down at the front and up at the back",
    "down-turned": "turns gently down all the way round",
    "flat": "stays level all the way round",
    "upturned": "flips up neatly at the back",
    "curved": "is pre-curved to frame the eyes",
    "floppy": "falls in soft, movable waves",
    "asymmetric": "dips lower on one side than the other",
    "curled": "curls up at the sides",
}

CROWN_PHRASE = {
    "pinched": "pinched front crown",
    "teardrop": "teardrop crown",
    "center dent": "centre-dent crown",
    "optimo": "optimo ridge crown",
    "telescope": "flat telescope crown",
    "flat top": "flat-topped crown",
    "unstructured six-panel": "unstructured six-panel crown",
    "structured six-panel": "structured six-panel crown",
    "five-panel": "five-panel crown",
    "round dome": "rounded dome crown",
    "cuffed": "cuffed crown",
    "slouchy": "slouchy crown",
    "flat": "flat crown",
    "eight-panel": "eight-panel crown",
    "bell": "bell-shaped crown",
    "open top": "open top",
}

HAT_MATERIAL_LINES = {
    "wool felt": [
        "Dense wool felt holds its shape, shrugs off light drizzle and keeps the head warm.",
        "Made from pure wool felt that keeps its lines and brushes clean easily.",
    ],
    "rabbit fur felt": [
        "Fur felt is finer, lighter and smoother than wool felt, with a soft sheen that deepens "
        "with wear.",
        "Rabbit fur felt gives a velvety finish and keeps its shape through years of wear.",
    ],
    "toquilla straw": [
        "Hand-woven from toquilla palm straw, it is light, breathable and strong for its weight.",
        "Toquilla palm straw is woven tight enough to block strong sun yet still lets air through.",
    ],
    "paper straw": [
        "Woven paper straw keeps the price down and the weight low; keep it out of heavy rain.",
        "Paper straw is light and airy, a practical choice for a summer of weekend wear.",
    ],
    "raffia": [
        "Open-weave raffia lets the breeze through, so your head stays cool on hot days.",
        "Raffia is soft and flexible, so it forgives being squashed into a beach bag.",
    ],
    "linen": [
        "Washed linen breathes well and softens with every wear.",
        "Linen keeps it cool and gives a relaxed, lived-in texture.",
    ],
    "cotton twill": [
        "Soft cotton twill feels good from the first wear and breathes on warm days.",
        "Sturdy cotton twill that softens and fades handsomely over time.",
    ],
    "cotton canvas": [
        "Tough cotton canvas stands up to travel, sand and the washing machine.",
        "Made from thick cotton canvas that holds its shape but still crushes into a bag.",
    ],
    "nylon": [
        "Quick-drying nylon shrugs off sweat and showers and weighs next to nothing.",
        "Lightweight ripstop nylon dries fast, which is handy at the beach or on a hike.",
    ],
    "denim": [
        "Washed denim gives it a worn-in look from day one.",
        "Made from mid-weight denim that fades like your favourite jeans.",
    ],
    "corduroy": [
        "Soft corduroy adds texture and a little warmth for cooler days.",
        "Fine-wale corduroy gives a cosy, vintage feel.",
    ],
    "wool tweed": [
        "Woven wool tweed is warm, hard-wearing and shrugs off wind.",
        "Classic wool tweed with a flecked weave that hides everyday wear.",
    ],
    "wool blend": [
        "A warm wool blend crown keeps the chill off on colder days.",
        "Wool-blend fabric gives extra warmth for autumn and winter wear.",
    ],
    "merino wool knit": [
        "Fine merino wool is soft rather than scratchy and keeps you warm without overheating.",
        "Merino wool knit is warm, breathable and gentle on the forehead.",
    ],
    "acrylic knit": [
        "Soft acrylic knit is warm, cheap to replace and happy in the washing machine.",
        "Easy-care acrylic knit keeps its colour wash after wash.",
    ],
    "cashmere knit": [
        "Pure cashmere knit is exceptionally soft and warm for its weight.",
        "Knitted from cashmere, it feels luxurious against the skin and packs down small.",
    ],
    "cotton knit": [
        "Breathable cotton knit is light enough for cool spring evenings as well as autumn.",
        "Cotton knit keeps it light, for people who find wool itchy.",
    ],
    "faux shearling": [
        "Plush faux shearling is cosy and very warm on frosty days.",
        "Teddy-soft faux shearling gives a cosy winter texture.",
    ],
    "angora blend": [
        "An angora blend gives a soft, fuzzy halo and extra warmth.",
        "The fluffy angora-blend knit is warm and gently textured.",
    ],
}

DECORATION_LINES = {
    "grosgrain band": [
        "A grosgrain ribbon band circles the crown for a neat, tailored finish.",
        "Finished with a classic grosgrain band and a flat side bow.",
    ],
    "leather band": [
        "A slim leather band around the crown adds a rugged touch.",
        "The crown is trimmed with a narrow leather band and a small metal keeper.",
    ],
    "feather": [
        "A small feather tucked into the band adds a flash of character.",
        "Trimmed with a ribbon band and a removable feather.",
    ],
    "chain": [
        "A fine metal chain around the crown gives it a modern edge.",
        "Instead of a ribbon, a light metal chain trims the crown.",
    ],
    "bow": [
        "A soft ribbon bow at the side finishes it off.",
        "Trimmed with a wide ribbon tied in a bow.",
    ],
    "pom-pom": [
        "Topped with a fluffy pom-pom for a playful winter look.",
        "A big pom-pom on top adds a bit of fun.",
    ],
    "embroidery": [
        "A small tonal embroidery on the front keeps branding subtle.",
        "Finished with a neat embroidered motif on the front.",
    ],
    "leather patch": [
        "A small leather patch adds a workwear-style detail.",
        "Finished with a debossed leather patch.",
    ],
    "woven label": [
        "A small woven label on the side is the only detail.",
        "Finished with a discreet woven label.",
    ],
    "pearl trim": [
        "Faux pearls along the edge make it a little dressier.",
        "A scattering of faux pearls adds a feminine touch.",
    ],
    "button top": [
        "A covered button tops the crown where the panels meet.",
        "The panels meet at a fabric-covered button, true to the vintage original.",
    ],
    "flower": [
        "A fabric flower on the side adds a romantic, vintage note.",
        "Finished with a hand-made fabric flower at the side.",
    ],
    "none": [
        "Left plain, with no band or trim, so it goes with everything.",
        "Deliberately unadorned for a clean, minimal look.",
    ],
}


def _hat_fit_line(fit: str, size: list[str]) -> list[str]:
    sizes = ", ".join(size)
    if fit == "adjustable strap":
        return [
            f"A back strap adjusts to fit heads of {sizes}.",
            f"Adjusts to a head circumference of {sizes} with the back strap.",
        ]
    if fit == "stretch knit":
        return [
            f"The rib knit stretches to fit heads of {sizes}.",
            f"One stretchy size that fits a head circumference of {sizes}.",
        ]
    if fit == "stretch band":
        return [
            f"An elastic inner band keeps it in place on heads of {sizes}.",
            f"Fits heads of {sizes} thanks to a stretchy inner band.",
        ]
    if fit == "inner drawstring":
        return [
            f"Sold in {sizes}; a hidden drawstring in the sweatband fine-tunes the fit.",
            f"A drawstring inside the band lets you tighten it a little; available in {sizes}.",
        ]
    return [
        f"Sold in {sizes}; measure around the forehead just above the ears to choose.",
        f"Available in {sizes}, so order the size that matches a tape measure round your head.",
    ]


def hats(rng: random.Random) -> list[dict]:
    shop = _Shop(rng)
    for leaf, spec in HAT_LEAVES.items():

        def make(leaf=leaf, spec=spec):
            material = _wpick(rng, spec["materials"])
            m = HAT_MATERIALS[material]
            color = _wpick(rng, m["colors"])
            if "black" in m["colors"] and rng.random() < spec.get("black_share", 0.0):
                color = "black"  # the classic colour for dress hats
            crown_height = _wpick(rng, spec["crown_height"])
            crown_shape = _wpick(rng, spec["crown_shape"])
            brim_width = _wpick(rng, spec["brim_width"])
            brim_shape = _wpick(rng, spec["brim_shape"])
            decoration = _wpick(rng, spec["decoration"])
            gender = _wpick(rng, spec["gender"])
            fit = _wpick(rng, spec["fit"])
            if fit == "adjustable strap":
                size = [pick(rng, ["55-60 cm", "56-60 cm", "54-58 cm", "58-62 cm"], [4, 3, 1, 2])]
            elif fit in ("stretch knit", "stretch band"):
                size = [pick(rng, ["54-60 cm", "56-61 cm", "55-59 cm"])]
            elif rng.random() < 0.35:
                size = pick(
                    rng,
                    [
                        ["56-58 cm", "58-60 cm"],
                        ["55-57 cm", "57-59 cm", "59-61 cm"],
                        ["56-58 cm", "58-60 cm", "60-62 cm"],
                    ],
                )
            else:
                size = _sizes(rng, FIXED_SIZES, 3, 5)
            packable = _wpick(rng, m["packable"])
            if crown_shape == "structured six-panel":
                packable = "no"
            lo, hi = m["cost"]
            cost = price(rng, lo * spec["factor"], hi * spec["factor"])
            cost = max(cost, 39.0)
            attrs = {
                "style": leaf.lower(),
                "crown_height": crown_height,
                "crown_shape": crown_shape,
                "brim_width": brim_width,
                "brim_shape": brim_shape,
                "material": material,
                "color": color,
                "size": size,
                "decoration": decoration,
                "season": m["season"],
                "gender": gender,
                "fit": fit,
                "packable": packable,
                "occasion": _wpick(rng, spec["occasion"]),
                "care": m["care"],
            }
            upf = m["upf"]
            if leaf in ("Wide-Brim Sun Hat", "Visor", "Panama", "Boater") and upf:
                upf = "50+"
            if upf and m["season"] != "autumn-winter":
                attrs["upf"] = upf
            if leaf in ("Wide-Brim Sun Hat", "Panama"):
                attrs["chin_strap"] = pick(rng, ["yes", "no"], [1, 2])
            brand = _tier(rng, HAT_BRANDS, cost)

            # ----- title -----
            feature = {
                "pinched": "Pinched Crown",
                "teardrop": "Teardrop Crown",
                "center dent": "Centre-Dent Crown",
                "optimo": "Optimo Crown",
                "telescope": "Telescope Crown",
                "structured six-panel": "Structured Six-Panel",
                "unstructured six-panel": "Low-Profile Dad Cap",
                "five-panel": "Five-Panel",
                "slouchy": "Slouchy Fit",
                "cuffed": "Cuffed Rib Knit",
            }.get(crown_shape)
            if crown_shape == "unstructured six-panel" and crown_height != "low":
                feature = "Soft Unstructured Crown"
            bits = []
            if brim_width == "wide" and leaf not in ("Wide-Brim Sun Hat",):
                bits.append("Wide Brim")
            if feature:
                bits.append(feature)
            if "upf" in attrs and leaf in ("Wide-Brim Sun Hat", "Visor", "Bucket Hat", "Panama"):
                bits.append(f"UPF {attrs['upf']}")
            if packable == "yes" and leaf in ("Panama", "Wide-Brim Sun Hat", "Bucket Hat"):
                bits.append("Packable")
            mat_word = {
                "wool felt": "Wool Felt",
                "rabbit fur felt": "Fur Felt",
                "merino wool knit": "Merino Wool",
                "acrylic knit": "Knit",
                "cashmere knit": "Cashmere",
                "cotton knit": "Cotton Knit",
                "wool blend": "Wool-Blend",
            }.get(material, _cap(material))
            gword = GENDER_WORD[gender] + " " if gender != "unisex" or rng.random() < 0.4 else ""
            deco = "" if decoration in ("none", "woven label") else f" with {_cap(decoration)}"
            title = f"{brand} {gword}{mat_word} {spec['noun']}{deco}"
            if bits:
                title += ", " + ", ".join(bits[:2])
            title += f" – {_cap(color)}"

            # ----- description -----
            brim_phrase = spec.get("brim_phrase") or BRIM_PHRASE.get(brim_shape, "")
            if leaf == "Baseball Cap":
                brim_phrase = (
                    "is flat, streetwear style"
                    if brim_shape == "flat"
                    else "is pre-curved to frame the eyes"
                )
            if brim_width == "none":
                shape = [
                    f"A {crown_height}, brimless shape with a {CROWN_PHRASE[crown_shape]} in "
                    f"{color}.",
                    f"This {color} {leaf.lower()} has no brim and a {crown_height} "
                    f"{CROWN_PHRASE[crown_shape]}.",
                ]
            elif crown_shape == "open top":
                shape = [
                    f"The {brim_width} {color} peak {brim_phrase}, with no crown at all.",
                    f"A {color} visor whose {brim_width} peak {brim_phrase}, leaving the top of "
                    f"the head open.",
                ]
            else:
                shape = [
                    f"The {crown_height} {CROWN_PHRASE[crown_shape]} is paired with a "
                    f"{brim_width} brim that {brim_phrase}.",
                    f"In {color}, with a {crown_height} {CROWN_PHRASE[crown_shape]} and a "
                    f"{brim_width} brim that {brim_phrase}.",
                    f"Cut with a {crown_height} {CROWN_PHRASE[crown_shape]}; the {brim_width} "
                    f"{color} brim {brim_phrase}.",
                ]
            detail = HAT_MATERIAL_LINES[material] + DECORATION_LINES[decoration]
            extra = []
            if crown_height == "high" and brim_width in ("medium", "wide"):
                extra += [
                    "The tall crown and generous brim add height, a proportion often recommended "
                    "for round faces."
                ]
                if crown_shape in ("pinched", "teardrop", "center dent", "optimo", "telescope"):
                    extra += [
                        "Its height and angular crown lengthen the face, so it is a good pick for "
                        "round or full faces."
                    ]
            if "upf" in attrs and brim_width == "wide":
                extra += [
                    f"Rated UPF {attrs['upf']}, and the wide brim shades the face and the back of "
                    f"the neck."
                ]
            elif "upf" in attrs:
                extra += [f"The fabric is rated UPF {attrs['upf']} against sunburn on the scalp."]
            if packable == "yes":
                extra += [
                    "It can be rolled or folded into a bag and springs back into shape.",
                    "Packable: fold it into a suitcase or tote and shake it out on arrival.",
                ]
            fit_lines = _hat_fit_line(fit, size)
            description = shop.describe(
                spec["flavour"], shape, detail, extra + fit_lines if extra else fit_lines
            )
            return shop.add(
                title,
                f"Accessories > Hats > {leaf}",
                brand,
                cost,
                attrs,
                description,
                39,
                899,
                popularity=1.2 if cost < 150 else 0.8,
            )

        shop.fill(spec["n"], make)
    return shop.items


# --------------------------------------------------------------------------------------------
# a small template engine shared by scarves, gloves, belts, eyewear, beauty and clothing
# --------------------------------------------------------------------------------------------


class Some:
    """Choose several of the options (in order): for list-valued attributes."""

    def __init__(self, options, low: int = 1, high: int = 3):
        self.options, self.low, self.high = list(options), low, high


def _choose(rng: random.Random, spec):
    if isinstance(spec, Some):
        return some(rng, spec.options, spec.low, spec.high)
    return _wpick(rng, spec)


NECK_PHRASE = {
    "crew": "crew neck",
    "round": "round neck",
    "boat": "boat neck",
    "square": "square neck",
    "scoop": "scoop neck",
    "cowl": "cowl neck",
    "hooded": "hood",
    "henley": "henley neck",
    "quarter-zip": "quarter-zip neck",
    "polo collar": "ribbed polo collar",
}


def _fmt(attrs: dict) -> dict:
    """Attribute values ready to drop into a sentence (lists joined in plain English)."""
    out = {}
    for k, v in attrs.items():
        if isinstance(v, list):
            v = [str(x) for x in v]
            out[k] = v[0] if len(v) == 1 else ", ".join(v[:-1]) + " and " + v[-1]
        else:
            out[k] = (
                {"solid": "solid-colour", "water": "watery"}.get(v, v)
                if k in ("pattern", "texture")
                else v
            )
            if k == "neckline":
                out[k] = NECK_PHRASE.get(v, v)
    return out


# notes about materials, shared by every non-hat template (true of the material in general)
MATERIAL_NOTES = {
    # scarves, gloves, knitwear
    "cashmere": [
        "Pure cashmere is very soft and remarkably warm for how light it is.",
        "Cashmere fibres are fine and lofty, so it feels gentle even on a sensitive neck.",
    ],
    "merino wool": [
        "Merino wool is fine enough not to itch and keeps you warm without overheating.",
        "Soft merino wool breathes, regulates temperature and resists odour.",
    ],
    "lambswool": [
        "Lambswool is soft, springy and warmer than most cotton knits.",
        "Lambswool from the first shearing gives a soft, slightly fuzzy hand.",
    ],
    "wool blend": [
        "A wool blend keeps the warmth of wool while holding its shape and price in check.",
        "The wool-blend fabric is warm, hard-wearing and less prone to shrinking than pure wool.",
    ],
    "alpaca blend": [
        "An alpaca blend adds a soft halo and extra warmth without weight.",
        "Alpaca fibre is hollow, which traps warmth and makes it light to wear.",
    ],
    "yak wool": [
        "Yak down is as soft as cashmere and famously warm.",
        "Yak wool from the high plateaus is warm, soft and quietly rare.",
    ],
    "acrylic": [
        "Easy-care acrylic is soft, colourfast and happy in the washing machine.",
        "Acrylic yarn keeps the cost down and washes without fuss.",
    ],
    "mulberry silk": [
        "Mulberry silk has a smooth, cool hand and a soft natural lustre.",
        "Long-fibre mulberry silk drapes fluidly and feels cool against the skin.",
    ],
    "silk twill": [
        "Silk twill is crisp enough to knot neatly and takes a printed pattern beautifully.",
        "The diagonal silk twill weave holds colour richly and ties without slipping.",
    ],
    "modal": [
        "Modal is silky, breathable and drapes softly.",
        "Smooth modal fabric feels cool and soft in warm weather.",
    ],
    "cotton": [
        "Breathable cotton is soft, easy to wash and comfortable all day.",
        "Soft cotton keeps it light, breathable and easy to care for.",
    ],
    "linen": [
        "Linen breathes better than almost anything in hot, humid weather and softens with every "
        "wash.",
        "Washed linen feels cool and relaxed, and its natural creases are part of the look.",
    ],
    # gloves
    "lambskin leather": [
        "Supple lambskin leather moulds to the hand and stays soft for years.",
        "Lambskin is the thinnest and softest glove leather, so fingers stay nimble.",
    ],
    "goatskin leather": [
        "Goatskin leather is tough and flexible, with a fine pebbled grain.",
        "Hard-wearing goatskin resists scuffs and softens with wear.",
    ],
    "fleece": [
        "Brushed fleece is light, warm and dries quickly.",
        "Soft polyester fleece traps warmth and shrugs off a damp morning.",
    ],
    "softshell": [
        "Stretch softshell blocks wind and light rain while staying flexible.",
        "The windproof softshell outer keeps cold air off the back of the hand.",
    ],
    "nylon": [
        "Durable nylon sheds wind and drizzle and dries quickly.",
        "Lightweight nylon is tough, wind-resistant and quick to dry.",
    ],
    # belts
    "full-grain leather": [
        "Full-grain leather keeps the hide's natural surface, so it ages into a rich patina.",
        "Cut from full-grain leather, the strongest and longest-lasting grade.",
    ],
    "top-grain leather": [
        "Top-grain leather is smooth, even and takes a neat polished finish.",
        "Sanded and finished top-grain leather gives a clean, uniform look.",
    ],
    "suede": [
        "Soft suede gives a relaxed, textured finish.",
        "Velvety suede adds texture; brush it now and then to keep the nap up.",
    ],
    "canvas": [
        "Heavy cotton canvas is tough, light and made for everyday wear.",
        "Sturdy woven canvas with a casual, outdoorsy feel.",
    ],
    "woven elastic": [
        "Woven elastic stretches with you, so any hole is the right one.",
        "The braided elastic strap gives when you sit and snaps back when you stand.",
    ],
    "vegan leather": [
        "Polyurethane vegan leather has the look of leather at a friendlier price.",
        "Made from animal-free polyurethane leather with a smooth finish.",
    ],
    # clothing
    "organic cotton": [
        "Organic cotton is grown without synthetic pesticides and feels soft from the first wear.",
        "Soft organic cotton that breathes and gets better with washing.",
    ],
    "pima cotton": [
        "Long-staple pima cotton is smoother, stronger and less prone to pilling than regular "
        "cotton.",
        "Pima cotton has a soft, almost silky hand and keeps its shape.",
    ],
    "heavyweight cotton": [
        "Heavyweight cotton jersey hangs well, is not see-through and lasts for years.",
        "Thick, dense cotton jersey with a structured drape.",
    ],
    "cotton poplin": [
        "Crisp cotton poplin is smooth, light and easy to press.",
        "Fine cotton poplin looks sharp under a jacket and breathes well.",
    ],
    "oxford cotton": [
        "Oxford cloth has a soft, textured basket weave that gets better with wear.",
        "Sturdy oxford cotton is smart enough for the office and relaxed enough for weekends.",
    ],
    "cotton flannel": [
        "Brushed cotton flannel is soft and warm on cool days.",
        "Double-brushed flannel feels cosy without bulk.",
    ],
    "cotton-linen blend": [
        "A cotton-linen blend gives linen's breathability with fewer creases.",
        "Cotton softens the linen, so it breathes well and wrinkles less.",
    ],
    "silk": [
        "Silk drapes beautifully, feels cool in summer and warm in cool rooms.",
        "Natural silk gives a soft sheen and a fluid drape.",
    ],
    "satin": [
        "Polyester satin has a liquid sheen and drapes like silk at a fraction of the price.",
        "Smooth satin catches the light and skims the body.",
    ],
    "chiffon": [
        "Layered chiffon is light and floaty, so it moves beautifully and stays cool.",
        "Sheer, floaty chiffon over a soft lining.",
    ],
    "stretch crepe": [
        "Stretch crepe holds a sharp line yet moves with you and resists creasing.",
        "A matte stretch crepe that packs well and keeps its shape all day.",
    ],
    "velvet": [
        "Velvet has a rich, light-catching pile for evenings and winter occasions.",
        "Soft stretch velvet gives depth of colour and a little warmth.",
    ],
    "jacquard": [
        "Woven jacquard carries a tone-on-tone pattern for a festive look.",
        "The jacquard weave has a raised pattern that catches the light.",
    ],
    "viscose": [
        "Viscose drapes fluidly and feels cool against the skin.",
        "Soft viscose moves easily and breathes well.",
    ],
    "cotton jersey": [
        "Soft cotton jersey stretches comfortably and is easy to wash.",
        "Breathable cotton jersey keeps it easy and comfortable.",
    ],
    "wool": [
        "Pure wool is warm, breathable and naturally resists creases.",
        "Wool fabric keeps its shape and stays warm even when the air is damp.",
    ],
    "wool-cashmere blend": [
        "A wool-cashmere blend adds softness and warmth to a sturdy cloth.",
        "Cashmere in the blend gives a softer hand and a gentle sheen.",
    ],
    "mohair blend": [
        "A mohair blend gives a fuzzy halo and plenty of warmth without weight.",
        "Brushed mohair blend looks soft and feels light.",
    ],
    "cotton knit": [
        "Breathable cotton knit is comfortable for people who find wool itchy.",
        "Cotton knit is soft, washable and good for layering in between seasons.",
    ],
    "denim": [
        "Cotton denim softens and fades with wear.",
        "Sturdy denim with a classic twill face.",
    ],
    "stretch denim": [
        "Stretch denim holds its shape and moves with you all day.",
        "A little elastane in the denim keeps it comfortable when you sit.",
    ],
    "corduroy": [
        "Soft corduroy adds texture and warmth for cooler months.",
        "Mid-wale corduroy has a cosy, vintage feel.",
    ],
    "cotton twill": [
        "Sturdy cotton twill is comfortable, breathable and easy to care for.",
        "Garment-washed cotton twill feels soft from day one.",
    ],
    "polyester": [
        "Recycled polyester keeps the weight down and dries fast.",
        "Hard-wearing polyester resists creases and keeps its colour.",
    ],
    "tweed": [
        "Wool tweed is warm, tough and hides everyday wear.",
        "A flecked wool tweed with a country feel.",
    ],
    "technical stretch": [
        "A four-way stretch technical fabric that resists creases and sheds light rain.",
        "Stretchy, quick-drying technical fabric that looks like wool trousers.",
    ],
    "ponte": [
        "Ponte knit is thick, stretchy and smooth, so it looks tailored but feels like leggings.",
        "Double-knit ponte holds a clean shape and resists creasing.",
    ],
}

CARE_NOTES = {
    "hand wash cold": [
        "Hand wash cold and dry flat.",
        "Hand wash in cool water and dry flat away from heat.",
    ],
    "dry clean": ["Dry clean only.", "Best dry cleaned to keep its finish."],
    "machine wash gentle": [
        "Machine washable on a gentle cycle.",
        "Goes in the washing machine on a gentle, cool cycle.",
    ],
    "machine wash cold": [
        "Machine wash cold and tumble dry low.",
        "Machine wash cold with similar colours.",
    ],
    "wipe clean; condition with leather balm": [
        "Wipe clean and treat with leather balm once a season.",
        "Wipe with a damp cloth and condition now and then.",
    ],
    "wipe clean": ["Wipe clean with a damp cloth.", "A damp cloth is all it needs."],
    "brush clean": ["Brush with a suede brush to clean.", "Keep clean with a soft suede brush."],
    "machine wash wool cycle": [
        "Machine washable on a wool cycle.",
        "Safe on the wool programme of your washing machine.",
    ],
}


OCCASION_PHRASE = {
    "office": "the office",
    "interview": "interviews",
    "formal": "formal events",
    "wedding": "weddings",
    "wedding guest": "weddings",
    "everyday": "everyday wear",
    "gift": "giving as a gift",
    "travel": "travel",
    "commute": "the daily commute",
    "outdoor": "days outdoors",
    "ski": "ski trips",
    "evening": "evenings out",
    "driving": "driving",
    "running": "runs",
    "cycling": "bike rides",
    "weekend": "weekends",
    "party": "parties",
    "festival": "festivals",
    "beach": "the beach",
    "holiday": "holidays",
    "garden party": "garden parties",
    "date": "date nights",
    "sport": "sport",
    "casual": "casual days",
    "cocktail": "cocktail parties",
    "lunar new year": "Lunar New Year visits",
    "brunch": "weekend brunch",
    "lounging": "lounging at home",
    "business casual": "business-casual offices",
    "hiking": "hikes",
}


def _occasion_lines(occ) -> list[str]:
    occ = occ if isinstance(occ, list) else [occ]
    phrases = []
    for o in occ:
        ph = OCCASION_PHRASE.get(o, o)
        if ph not in phrases:
            phrases.append(ph)
    words = _fmt({"o": phrases})["o"]
    return [f"Good for {words}.", f"A sensible pick for {words}."]


def _make_from(
    shop: _Shop, top: str, tpl: dict, brands: dict, span: tuple, popularity: float = 1.0
):
    """Make tpl["n"] products of one template. tpl keys:
    sub, leaf, n, cost (lo, hi), attrs {key: choice}, color, gender, size (callable or choice),
    title(a, brand, gword) -> str, flavour [sentences], lead [format strings], tails (optional
    extra pools as callables of the attributes), derive(rng, a) optional to fix dependent values.
    """
    rng = shop.rng

    def make():
        a = {k: _choose(rng, v) for k, v in tpl["attrs"].items()}
        if "color" in tpl:
            a["color"] = _choose(rng, tpl["color"])
        if "gender" in tpl:
            a["gender"] = _choose(rng, tpl["gender"])
        if "size" in tpl:
            size = tpl["size"]
            a["size"] = size(rng, a) if callable(size) else list(_choose(rng, size))
        if "derive" in tpl:
            tpl["derive"](rng, a)
        lo, hi = tpl["cost"]
        factor = tpl.get("factor", lambda a: 1.0)(a)
        cost = price(rng, lo * factor, hi * factor)
        brand = _tier(rng, tpl.get("brands", brands), cost)
        g = a.get("gender", "unisex")
        gword = GENDER_WORD[g] + " " if g != "unisex" or rng.random() < 0.3 else ""
        title = tpl["title"](a, brand, gword)
        f = _fmt(a)
        lead = [s.format(**f) for s in tpl["lead"]]
        material_pool = (
            MATERIAL_NOTES.get(a.get("material"), []) if isinstance(a.get("material"), str) else []
        )
        tails = []
        for fn in tpl.get("tails", []):
            tails.extend(fn(a))
        if "care" in a and a["care"] in CARE_NOTES:
            tails.extend(CARE_NOTES[a["care"]])
        if "occasion" in a and not tpl.get("no_occasion_line"):
            tails.extend(_occasion_lines(a["occasion"]))
        middle = tpl.get("middle", lambda a: [])(a) + material_pool
        if (
            "fixed" in tpl
        ):  # one sentence every product of the template carries, e.g. face-shape fit
            description = shop.describe(tpl["flavour"], lead, tpl["fixed"](a), middle + tails)
        else:
            description = shop.describe(tpl["flavour"], lead, middle, tails)
        return shop.add(
            title,
            f"{top} > {tpl['sub']} > {tpl['leaf']}",
            brand,
            cost,
            a,
            description,
            span[0],
            span[1],
            popularity,
        )

    shop.fill(tpl["n"], make)


# --------------------------------------------------------------------------------------------
# Accessories > Scarves, Gloves, Belts
# --------------------------------------------------------------------------------------------

ACC_BRANDS = {
    "Woolhouse Lane": (59, 499),
    "Mulberry Atelier": (159, 1299),
    "Snowpine": (39, 299),
    "Copperhide": (129, 699),
    "Fenwick & Ash": (299, 1299),
    "Cloudknit": (39, 229),
}

WAIST_CM = ["85 cm", "90 cm", "95 cm", "100 cm", "105 cm", "110 cm", "115 cm"]


def _scarf_size(rng, a):
    style = a["style"]
    if style == "square":
        return [pick(rng, ["53 x 53 cm", "70 x 70 cm", "90 x 90 cm"])]
    if style == "blanket":
        return ["200 x 70 cm"]
    if style == "infinity":
        return [pick(rng, ["loop 150 x 35 cm", "loop 130 x 30 cm"])]
    if style == "skinny":
        return ["150 x 8 cm"]
    return [pick(rng, ["180 x 30 cm", "190 x 35 cm", "200 x 50 cm", "180 x 70 cm"])]


def _scarf_title(a, brand, gword):
    mat = {
        "cashmere": "100% Cashmere",
        "mulberry silk": "Mulberry Silk",
        "silk twill": "Silk Twill",
        "yak wool": "Yak Wool",
    }.get(a["material"], _cap(a["material"]))
    pattern = "" if a["pattern"] == "solid" else f" {_cap(a['pattern'])}"
    style = {
        "long fringed": "Long Fringed",
        "oblong": "Oblong",
        "blanket": "Oversized Blanket",
        "infinity": "Infinity Loop",
        "square": "Square",
        "skinny": "Skinny",
        "chunky knit": "Chunky Knit",
        "ribbed": "Ribbed",
        "gauze wrap": "Gauze Wrap",
    }[a["style"]]
    gift = ", Gift Boxed" if a.get("gift_box") == "yes" else ""
    return f"{brand} {gword}{mat}{pattern} {style} Scarf{gift} – {_cap(a['color'])}"


def _scarf_tails(a):
    out = [
        f"Measures {a['size'][0]}, long enough to wrap once and knot or drape loosely."
        if a["style"] not in ("square", "infinity", "skinny")
        else f"It measures {a['size'][0]}."
    ]
    if a["style"] == "square":
        out.append("Tie it at the neck, wear it as a headscarf or knot it on a bag handle.")
    if a.get("gift_box") == "yes":
        out += [
            "It arrives in a gift box with a blank card, ready to give.",
            "Packed in a ribboned gift box with a card for your message.",
        ]
    return out


SCARVES = [
    dict(
        sub="Scarves",
        leaf="Cashmere Scarf",
        n=5,
        cost=(399, 1299),
        attrs=dict(
            material="cashmere",
            style=["long fringed", "oblong"],
            pattern=[("solid", 3), ("herringbone", 1), ("check", 1)],
            warmth="warm",
            season="autumn-winter",
            occasion=[["everyday", "office", "gift"], ["gift", "travel"]],
            care=["hand wash cold", "dry clean"],
            gift_box=[("yes", 3), ("no", 1)],
        ),
        color={"camel": 3, "grey": 2, "black": 1, "burgundy": 2, "navy": 1, "cream": 1, "red": 1},
        gender=[("women", 2), ("unisex", 2), ("men", 1)],
        size=_scarf_size,
        title=_scarf_title,
        tails=[_scarf_tails],
        flavour=[
            "A cashmere scarf is the one winter accessory people keep for decades.",
            "Light enough to stuff in a coat pocket, warm enough for a northern winter.",
            "It gets softer with every wear and every gentle wash.",
        ],
        lead=[
            "Woven from pure cashmere in {color}, with a {pattern} finish and a {warmth} handle.",
            "A {style} scarf in {color} {material}, {pattern} and beautifully soft.",
        ],
    ),
    dict(
        sub="Scarves",
        leaf="Wool Scarf",
        n=5,
        cost=(129, 459),
        attrs=dict(
            material=[("merino wool", 2), ("lambswool", 2), ("wool blend", 1), ("yak wool", 1)],
            style=["long fringed", "blanket", "oblong"],
            pattern=["check", "tartan", "stripe", "solid", "herringbone"],
            warmth=[("warm", 2), ("very warm", 1)],
            season="autumn-winter",
            occasion=[["everyday", "commute"], ["outdoor", "travel"], ["everyday", "gift"]],
            care="hand wash cold",
            gift_box=[("yes", 1), ("no", 2)],
        ),
        color={"grey": 2, "camel": 2, "navy": 2, "black": 1, "red": 2, "green": 1, "burgundy": 1},
        gender=[("unisex", 3), ("women", 1), ("men", 1)],
        size=_scarf_size,
        title=_scarf_title,
        tails=[_scarf_tails],
        flavour=[
            "A proper wool scarf for bitter wind and long waits at the bus stop.",
            "Wrap it twice round the neck and tuck it into a coat for the coldest days.",
            "Classic wool warmth with a soft, brushed handle.",
        ],
        lead=[
            "A {pattern} {style} scarf in {color} {material}, rated {warmth} for winter days.",
            "This {color} {material} scarf is {pattern} with a {style} cut.",
        ],
    ),
    dict(
        sub="Scarves",
        leaf="Silk Scarf",
        n=5,
        cost=(159, 899),
        attrs=dict(
            material=["mulberry silk", "silk twill"],
            style=[("square", 3), ("skinny", 1), ("oblong", 1)],
            pattern=["floral", "paisley", "geometric", "solid", "chain print"],
            warmth="light",
            season=["all-season", "spring-summer"],
            occasion=[["office", "gift"], ["evening", "wedding"], ["travel", "everyday"]],
            care=["dry clean", "hand wash cold"],
            gift_box=[("yes", 2), ("no", 1)],
        ),
        color={
            "blue": 2,
            "red": 1,
            "pink": 1,
            "green": 1,
            "navy": 1,
            "ivory": 1,
            "yellow": 1,
            "black": 1,
        },
        gender="women",
        size=_scarf_size,
        title=_scarf_title,
        tails=[_scarf_tails],
        flavour=[
            "A silk scarf lifts a plain shirt or coat in seconds.",
            "Silk scarves are the accessory that works in every season, knotted, draped or tied "
            "to a bag.",
            "Hand-rolled edges give it a finished, couture look.",
        ],
        lead=[
            "A {style} {material} scarf with a {pattern} design on a {color} ground.",
            "Printed {pattern} in {color}, in a {style} cut.",
        ],
    ),
    dict(
        sub="Scarves",
        leaf="Knit Scarf",
        n=4,
        cost=(59, 299),
        factor=lambda a: 0.6 if a["material"] == "acrylic" else 1.0,
        attrs=dict(
            material=["acrylic", "wool blend", "alpaca blend"],
            style=["chunky knit", "infinity", "ribbed"],
            pattern=["solid", "stripe", "cable"],
            warmth=["warm", "very warm"],
            season="autumn-winter",
            occasion=[["everyday", "outdoor"], ["everyday", "ski"], ["commute", "everyday"]],
            care=["machine wash gentle", "hand wash cold"],
            gift_box="no",
        ),
        color={"cream": 2, "grey": 2, "black": 2, "red": 1, "pink": 1, "green": 1},
        gender=[("unisex", 2), ("women", 2)],
        size=_scarf_size,
        title=_scarf_title,
        tails=[_scarf_tails],
        flavour=[
            "A cosy, chunky knit that feels like wearing a blanket.",
            "Thick, squishy knit that fills the neck of a coat and keeps the wind out.",
            "A casual knitted scarf for everyday cold.",
        ],
        lead=[
            "Knitted in {color} {material} with a {pattern} texture, in a {style} style.",
            "A {style} {color} scarf knitted {pattern} from {material}.",
        ],
    ),
    dict(
        sub="Scarves",
        leaf="Lightweight Scarf",
        n=3,
        cost=(49, 199),
        attrs=dict(
            material=["cotton", "modal", "linen"],
            style=["oblong", "gauze wrap"],
            pattern=["solid", "stripe", "floral"],
            warmth="light",
            season=["spring-summer", "all-season"],
            occasion=[["travel", "everyday"], ["office", "air-conditioned rooms"]],
            care=["machine wash gentle", "hand wash cold"],
            gift_box="no",
        ),
        color={"beige": 2, "white": 1, "blue": 1, "olive": 1, "pink": 1, "grey": 1},
        gender=[("women", 2), ("unisex", 1)],
        size=_scarf_size,
        title=_scarf_title,
        tails=[_scarf_tails],
        flavour=[
            "A breathable scarf for chilly offices, planes and spring evenings.",
            "Light enough to wear in warm weather, useful whenever the air-conditioning is fierce.",
        ],
        lead=[
            "A {color} {material} {style} scarf with a {pattern} finish.",
            "This {pattern} {style} in {color} {material} weighs almost nothing.",
        ],
    ),
]


def _glove_title(a, brand, gword):
    mat = {"lambskin leather": "Lambskin Leather", "goatskin leather": "Goatskin Leather"}.get(
        a["material"], _cap(a["material"])
    )
    lining = "" if a["lining"] in ("unlined", a["material"]) else f" {_cap(a['lining'])}-Lined"
    touch = ", Touchscreen" if a["touchscreen"] == "yes" else ""
    noun = "Mittens" if a["style"] == "mitten" else "Gloves"
    kind = {"dress": "", "driving": " Driving", "knit": " Knit", "sport": " Running", "mitten": ""}[
        a["style"]
    ]
    return f"{brand} {gword}{mat}{lining}{kind} {noun}{touch} – {_cap(a['color'])}"


def _glove_tails(a):
    out = []
    if a["touchscreen"] == "yes":
        out += [
            "Conductive fingertips let you use a phone without taking them off.",
            "Touchscreen-friendly thumb and index fingertips.",
        ]
    if a["lining"] != "unlined":
        out += [f"Lined with {a['lining']} for extra warmth."]
    return out


GLOVES = [
    dict(
        sub="Gloves",
        leaf="Leather Gloves",
        n=5,
        cost=(199, 699),
        attrs=dict(
            material=["lambskin leather", "goatskin leather"],
            lining=["cashmere", "wool", "silk", "fleece"],
            touchscreen=["yes", "no"],
            style=[("dress", 3), ("driving", 1)],
            warmth=["warm", "medium"],
            season="autumn-winter",
            occasion=[["office", "commute"], ["driving", "everyday"], ["gift", "office"]],
            care="wipe clean; condition with leather balm",
        ),
        color={"black": 4, "brown": 2, "burgundy": 1, "tan": 1},
        gender=["men", "women"],
        size=lambda rng, a: _sizes(rng, ["XS", "S", "M", "L", "XL"], 3, 4),
        title=_glove_title,
        tails=[_glove_tails],
        flavour=[
            "Leather gloves finish a winter coat the way good shoes finish a suit.",
            "Slim leather gloves keep hands warm while leaving enough feel to find keys and cards.",
            "Cut close to the hand for a neat, sleek fit.",
        ],
        lead=[
            "{color} {material} with a {lining} lining and a {style} cut.",
            "Made in {color} {material}, these {style} gloves are lined with {lining}.",
        ],
    ),
    dict(
        sub="Gloves",
        leaf="Knit Gloves",
        n=3,
        cost=(39, 299),
        factor=lambda a: {"acrylic": 0.45, "cashmere": 1.5, "merino wool": 0.9}.get(
            a["material"], 1.0
        ),
        attrs=dict(
            material=["merino wool", "cashmere", "acrylic"],
            lining="unlined",
            touchscreen=["yes", "no"],
            style="knit",
            warmth="medium",
            season="autumn-winter",
            occasion=[["everyday", "commute"], ["everyday", "travel"]],
            care="hand wash cold",
        ),
        color={"grey": 2, "black": 2, "camel": 1, "navy": 1, "red": 1},
        gender=["unisex", "women"],
        size=[["one size"], ["S", "M", "L"]],
        title=_glove_title,
        tails=[_glove_tails],
        flavour=[
            "Simple knitted gloves for everyday cold.",
            "A soft knit glove to keep in every coat pocket.",
        ],
        lead=[
            "Knitted from {color} {material} with ribbed cuffs.",
            "{color} {material} knit gloves with a snug rib cuff.",
        ],
    ),
    dict(
        sub="Gloves",
        leaf="Touchscreen Gloves",
        n=3,
        cost=(59, 199),
        attrs=dict(
            material=["fleece", "softshell"],
            lining=["fleece", "unlined"],
            touchscreen="yes",
            style="sport",
            warmth="medium",
            season="autumn-winter",
            occasion=[["running", "cycling"], ["commute", "outdoor"]],
            care="machine wash gentle",
            windproof="yes",
        ),
        color={"black": 3, "grey": 1, "navy": 1},
        gender="unisex",
        size=lambda rng, a: _sizes(rng, ["S", "M", "L", "XL"], 3, 4),
        title=_glove_title,
        tails=[_glove_tails],
        flavour=[
            "Light, grippy gloves for winter runs, rides and cold commutes.",
            "Built for movement, with a silicone palm grip that holds a handlebar or phone.",
        ],
        lead=[
            "{color} {material} gloves that block wind on the back of the hand.",
            "Windproof {material} in {color} with a reflective logo.",
        ],
    ),
    dict(
        sub="Gloves",
        leaf="Mittens",
        n=3,
        cost=(69, 299),
        attrs=dict(
            material=["wool blend", "nylon", "lambswool"],
            lining=["fleece", "faux shearling"],
            touchscreen="no",
            style="mitten",
            warmth="very warm",
            season="autumn-winter",
            occasion=[["ski", "outdoor"], ["everyday", "outdoor"]],
            care="hand wash cold",
        ),
        color={"cream": 1, "black": 2, "red": 1, "grey": 1},
        gender=["unisex", "women"],
        size=[["one size"], ["S/M", "L/XL"]],
        title=_glove_title,
        tails=[_glove_tails],
        flavour=[
            "Mittens keep fingers together, so they stay warmer than any glove.",
            "The warmest thing you can put on your hands for snow days and frosty dog walks.",
        ],
        lead=[
            "{color} {material} mittens with a long cuff to seal out snow.",
            "Warm {color} mittens in {material} that reach well over the wrist.",
        ],
    ),
]


def _belt_title(a, brand, gword):
    mat = _cap(a["material"])
    kind = {
        "dress belt": "Dress Belt",
        "casual belt": "Casual Belt",
        "reversible belt": "Reversible Belt",
        "ratchet belt": "Automatic Ratchet Belt",
        "waist belt": "Waist Belt",
    }[a["style"]]
    return (
        f"{brand} {gword}{mat} {kind}, {a['width_cm']:g} cm, {_cap(a['buckle_finish'])} "
        f"{_cap(a['buckle'])} – {_cap(a['color'])}"
    )


def _belt_tails(a):
    out = [f"The strap is {a['width_cm']:g} cm wide with a {a['buckle_finish']} {a['buckle']}."]
    if a["style"] == "ratchet belt":
        out += ["There are no holes: the ratchet buckle clicks to any length in small steps."]
    if a["style"] == "reversible belt":
        out += ["Twist the buckle to switch between black and brown faces."]
    if "interview" in a["occasion"]:
        out += ["Slim enough to pass through suit-trouser loops."]
    return out


BELTS = [
    dict(
        sub="Belts",
        leaf="Dress Belt",
        n=4,
        cost=(159, 599),
        attrs=dict(
            material=["full-grain leather", "top-grain leather"],
            style="dress belt",
            width_cm=[3.0, 3.5],
            buckle=["pin buckle", "plate buckle"],
            buckle_finish=["silver", "gunmetal", "gold"],
            season="all-season",
            occasion=[["office", "interview", "formal"], ["wedding", "formal"]],
            care="wipe clean; condition with leather balm",
        ),
        color={"black": 3, "brown": 2, "burgundy": 1},
        gender="men",
        size=lambda rng, a: _sizes(rng, WAIST_CM, 4, 6),
        title=_belt_title,
        tails=[_belt_tails],
        flavour=[
            "A slim, smart belt that matches black or brown office shoes.",
            "The belt to wear with a suit: thin, polished and quiet.",
        ],
        lead=[
            "{color} {material} with a polished edge and stitched keeper.",
            "Cut from {color} {material} with a {buckle_finish} buckle.",
        ],
    ),
    dict(
        sub="Belts",
        leaf="Casual Belt",
        n=3,
        cost=(99, 399),
        attrs=dict(
            material=["full-grain leather", "suede", "canvas"],
            style="casual belt",
            width_cm=[3.5, 4.0],
            buckle=["pin buckle", "d-ring buckle"],
            buckle_finish=["brass", "gunmetal", "silver"],
            season="all-season",
            occasion=[["everyday", "weekend"]],
            care=["wipe clean", "brush clean"],
        ),
        color={"brown": 3, "tan": 2, "black": 2, "olive": 1},
        gender=["men", "unisex"],
        size=lambda rng, a: _sizes(rng, WAIST_CM, 4, 6),
        title=_belt_title,
        tails=[_belt_tails],
        derive=lambda rng, a: a.update(
            care="brush clean" if a["material"] == "suede" else "wipe clean"
        ),
        flavour=[
            "A sturdy everyday belt for jeans and chinos.",
            "Made to be worn every day and look better for it.",
        ],
        lead=[
            "{color} {material} with a {buckle_finish} {buckle}.",
            "A chunky {color} {material} strap for weekends.",
        ],
    ),
    dict(
        sub="Belts",
        leaf="Reversible Belt",
        n=2,
        cost=(149, 399),
        attrs=dict(
            material="top-grain leather",
            style="reversible belt",
            width_cm=3.5,
            buckle="plate buckle",
            buckle_finish=["silver", "gunmetal"],
            season="all-season",
            occasion=[["office", "everyday"]],
            care="wipe clean; condition with leather balm",
        ),
        color="black",
        gender="men",
        size=lambda rng, a: _sizes(rng, WAIST_CM, 5, 7),
        title=_belt_title,
        tails=[_belt_tails],
        flavour=[
            "Two belts in one, black on one face and brown on the other.",
            "Good for travel: one belt that matches both black and brown shoes.",
        ],
        lead=[
            "A {material} strap, black on the front, with a {buckle_finish} plate buckle.",
            "Black and brown {material} with a swivel {buckle_finish} plate.",
        ],
    ),
    dict(
        sub="Belts",
        leaf="Ratchet Belt",
        n=2,
        cost=(129, 399),
        attrs=dict(
            material=["top-grain leather", "canvas"],
            style="ratchet belt",
            width_cm=3.5,
            buckle="automatic buckle",
            buckle_finish=["silver", "gunmetal"],
            season="all-season",
            occasion=[["office", "interview", "formal"], ["everyday", "office"]],
            care="wipe clean",
        ),
        color={"black": 2, "brown": 1},
        gender="men",
        size=lambda rng, a: ["trim to fit, up to 125 cm"],
        title=_belt_title,
        tails=[_belt_tails],
        flavour=[
            "A click-to-fit belt that is always the perfect length.",
            "Cut it once to size and never hunt for a hole again.",
        ],
        lead=[
            "{color} {material} with a {buckle_finish} automatic buckle.",
            "A {color} {material} ratchet strap.",
        ],
    ),
    dict(
        sub="Belts",
        leaf="Waist Belt",
        n=3,
        cost=(59, 299),
        attrs=dict(
            material=["vegan leather", "full-grain leather", "woven elastic"],
            style="waist belt",
            width_cm=[2.0, 2.5, 5.0],
            buckle=["pin buckle", "interlocking buckle"],
            buckle_finish=["gold", "silver"],
            season="all-season",
            occasion=[["everyday", "office"], ["party", "everyday"]],
            care="wipe clean",
        ),
        color={"black": 3, "tan": 1, "white": 1, "brown": 1},
        gender="women",
        size=lambda rng, a: _sizes(rng, ["XS", "S", "M", "L", "XL"], 3, 4),
        title=_belt_title,
        tails=[_belt_tails],
        flavour=[
            "Belt a coat, a long cardigan or a shirt dress to give it a waist.",
            "A small belt that changes the shape of a whole outfit.",
        ],
        lead=[
            "{color} {material} with a {buckle_finish} {buckle}.",
            "A {color} {material} waist belt.",
        ],
    ),
]


def accessories(rng: random.Random) -> list[dict]:
    shop = _Shop(rng)
    for tpl in SCARVES + GLOVES + BELTS:
        _make_from(shop, "Accessories", tpl, ACC_BRANDS, (39, 1299))
    return shop.items


# --------------------------------------------------------------------------------------------
# Eyewear
# --------------------------------------------------------------------------------------------

EYE_BRANDS = {
    "Daylit": (29, 199),
    "Clearpoint Optics": (49, 399),
    "Solstice Eyewear": (99, 699),
    "Kestrel Optical": (129, 799),
    "Lumen & Line": (199, 999),
    "Fernglass": (399, 1599),
}

FRAME_NOTES = {
    "acetate": [
        "Hand-polished acetate has depth of colour that plastic cannot match, and the temples can "
        "be warmed and adjusted.",
        "Cellulose acetate is warm to the touch, hypoallergenic and easy for an optician to "
        "adjust.",
    ],
    "bio-acetate": [
        "Plant-based bio-acetate looks and adjusts like classic acetate with a smaller footprint.",
        "Made from bio-acetate derived from wood pulp and cotton fibres.",
    ],
    "metal": [
        "A slim stainless-steel frame keeps the look light and minimal.",
        "Thin stainless-steel rims are strong and barely there on the face.",
    ],
    "titanium": [
        "Titanium is very light, strong and will not corrode or trigger nickel allergies.",
        "Pure titanium keeps the weight down to almost nothing on the nose.",
    ],
    "tr90": [
        "Flexible TR90 bends rather than snaps and is light enough to forget you are wearing it.",
        "TR90 nylon frames flex under pressure and return to shape, good for active days.",
    ],
}

SHAPE_FACE_NOTE = {
    "aviator": "Aviators suit square, heart and oval faces, softening a strong jaw.",
    "round": "Round frames soften square and angular faces.",
    "square": "Square frames add angles that balance round and oval faces.",
    "rectangular": "Rectangular frames make round faces look longer and slimmer.",
    "cat-eye": (
        "The lifted cat-eye corners lift the cheekbones and flatter round and heart-shaped faces."
    ),
    "oversized": "Oversized lenses balance long and heart-shaped faces and give full coverage.",
    "browline": "The strong brow line adds structure to round and oval faces.",
    "sport wrap": "The wrap shape follows the face to block light from the sides.",
    "oval": "Soft oval lenses suit square and angular faces.",
    "geometric": "Geometric angles sharpen round and oval faces.",
}


def _eye_derive(rng, a):
    widths = {"narrow": (47, 50), "medium": (51, 54), "wide": (55, 62)}
    if a["frame_shape"] in ("aviator", "oversized", "sport wrap"):
        a["face_width"] = pick(rng, ["medium", "wide"], [1, 3])
    lo, hi = widths[a["face_width"]]
    a["lens_width_mm"] = rng.randint(lo, hi)
    a["bridge_mm"] = rng.randint(15, 21)
    a["temple_mm"] = pick(
        rng, [135, 140, 145, 150], [1, 3, 3, 2] if a["face_width"] != "narrow" else [3, 3, 1, 0]
    )
    base = {"titanium": 12, "tr90": 15, "metal": 20, "acetate": 26, "bio-acetate": 25}[
        a["frame_material"]
    ]
    a["weight_g"] = base + rng.randint(0, 8)
    if a["frame_material"] in ("metal", "titanium"):
        a["nose_pads"] = "adjustable"
        if a["color"] in ("brown", "clear", "pink", "white", "green", "beige"):
            a["color"] = pick(rng, ["gold", "silver", "black"])
    else:
        a["nose_pads"] = "fixed"
        if a["color"] in ("gold", "silver"):
            a["color"] = pick(rng, ["black", "brown"])


def _eye_tails(a):
    out = [
        f"Lens width {a['lens_width_mm']} mm, bridge {a['bridge_mm']} mm, temples "
        f"{a['temple_mm']} mm: "
        f"a {a['face_width']} fit at {a['weight_g']} g."
    ]
    if a["nose_pads"] == "adjustable":
        out.append("Adjustable silicone nose pads keep them level and stop slipping.")
    return out


def _sun_title(a, brand, gword):
    pol = "Polarized " if a["polarized"] == "yes" else ""
    shape = {"sport wrap": "Sport Wrap", "cat-eye": "Cat-Eye"}.get(
        a["frame_shape"], _cap(a["frame_shape"])
    )
    return (
        f"{brand} {gword}{shape} {pol}Sunglasses, {_cap(a['frame_material'])} Frame, "
        f"{_cap(a['lens_color'])} Lens UV400 – {_cap(a['color'])}"
    )


def _sun_middle(a):
    lines = list(FRAME_NOTES[a["frame_material"]])
    if a["polarized"] == "yes":
        lines += [
            "Polarized lenses cut glare off water, roads and car bonnets, so driving and beach "
            "days are easier on the eyes."
        ]
    else:
        lines += ["The lenses are not polarized, so phone and car screens stay easy to read."]
    return lines


def _sun(leaf, shape, n, genders, materials, colors, flavour, cost=(79, 899)):
    return dict(
        sub="Sunglasses",
        leaf=f"{leaf} Sunglasses",
        n=n,
        cost=cost,
        attrs=dict(
            frame_shape=shape,
            frame_material=materials,
            lens=["polycarbonate", "nylon", "cr-39"],
            lens_color=[
                "grey",
                "brown",
                "green",
                "gradient grey",
                "gradient brown",
                "blue mirror",
                "gold mirror",
            ],
            uv_protection="uv400",
            polarized=[("yes", 3), ("no", 2)],
            lens_category=["3", "2"],
            face_width=["narrow", "medium", "wide"],
            nose_pads=None,
        ),
        color=colors,
        gender=genders,
        title=_sun_title,
        derive=_eye_derive,
        fixed=lambda a: [SHAPE_FACE_NOTE[a["frame_shape"]]],
        factor=lambda a: {"titanium": 1.5, "acetate": 1.2, "bio-acetate": 1.2}.get(
            a["frame_material"], 0.8
        ),
        middle=_sun_middle,
        tails=[_eye_tails],
        flavour=flavour,
        lead=[
            "{color} {frame_material} frame with {lens_color} {lens} lenses, blocking 100% of UVA "
            "and UVB (UV400).",
            "A {frame_shape} shape in {color} {frame_material} with category {lens_category} "
            "{lens_color} lenses.",
        ],
    )


SUNGLASSES = [
    _sun(
        "Aviator",
        "aviator",
        4,
        ["unisex", "men"],
        ["metal", "titanium"],
        {"gold": 2, "silver": 2, "black": 2},
        [
            "The aviator has outlasted every trend since the 1930s.",
            "Teardrop lenses cover the eye fully, with a double bridge for that classic pilot "
            "look.",
        ],
    ),
    _sun(
        "Round",
        "round",
        3,
        ["unisex", "women"],
        ["acetate", "metal", "bio-acetate"],
        {"black": 2, "brown": 2, "gold": 1, "clear": 1},
        [
            "Round lenses give a gentle, retro-intellectual look.",
            "Small round sunglasses with a vintage feel.",
        ],
    ),
    _sun(
        "Square",
        "square",
        4,
        ["unisex", "men", "women"],
        ["acetate", "tr90", "bio-acetate"],
        {"black": 4, "brown": 2, "green": 1, "grey": 1},
        [
            "A bold square frame with a thick, confident line.",
            "Everyday square sunglasses that go with everything.",
        ],
    ),
    _sun(
        "Cat-Eye",
        "cat-eye",
        4,
        ["women"],
        ["acetate", "tr90", "metal"],
        {"black": 3, "brown": 2, "pink": 1, "white": 1},
        [
            "Lifted outer corners give a glamorous, vintage-Hollywood edge.",
            "A cat-eye frame is the quickest way to look put-together on a lazy day.",
        ],
    ),
    _sun(
        "Rectangular",
        "rectangular",
        3,
        ["unisex", "men"],
        ["acetate", "metal", "tr90"],
        {"black": 3, "silver": 1, "brown": 1},
        [
            "Slim rectangular lenses for a sharp, modern look.",
            "A narrow rectangle that reads understated and smart.",
        ],
    ),
    _sun(
        "Oversized",
        "oversized",
        3,
        ["women"],
        ["acetate", "tr90"],
        {"black": 3, "brown": 2, "beige": 1},
        [
            "Big lenses for big sun and a little anonymity.",
            "Oversized lenses shade the eyes and the delicate skin around them.",
        ],
    ),
    _sun(
        "Sport Wrap",
        "sport wrap",
        3,
        ["unisex"],
        ["tr90"],
        {"black": 3, "white": 1, "blue": 1},
        [
            "A wraparound sport frame that stays put on runs, rides and hikes.",
            "Grippy temple tips and a light frame keep these steady at speed.",
        ],
        cost=(79, 599),
    ),
    _sun(
        "Browline",
        "browline",
        2,
        ["unisex", "men"],
        ["acetate", "metal"],
        {"black": 2, "brown": 1},
        [
            "A heavy upper rim and thin lower rim, the mid-century browline style.",
            "Browline frames give a strong, confident brow.",
        ],
    ),
]


def _optical_title(a, brand, gword):
    shape = {"cat-eye": "Cat-Eye"}.get(a["frame_shape"], _cap(a["frame_shape"]))
    return (
        f"{brand} {gword}{shape} {_cap(a['rim'])} Optical Frame, {_cap(a['frame_material'])}, "
        f"Prescription-Ready – {_cap(a['color'])}"
    )


def _blue_title(a, brand, gword):
    shape = {"cat-eye": "Cat-Eye"}.get(a["frame_shape"], _cap(a["frame_shape"]))
    tint = ", Amber Tint" if a["lens_tint"] == "light yellow" else ", Clear Lens"
    frame = _cap(a["frame_material"])
    return f"{brand} {gword}{shape} Blue-Light Glasses, {frame}{tint} – {_cap(a['color'])}"


def _reader_title(a, brand, gword):
    kind = {"half-eye": "Half-Eye", "full-frame": "Full-Frame", "folding": "Folding"}[
        a["reader_style"]
    ]
    blue = " with Blue-Light Filter" if a["blue_light_filter"] == "yes" else ""
    shape, frame = _cap(a["frame_shape"]), _cap(a["frame_material"])
    return f"{brand} {kind} {shape} Reading Glasses{blue}, {frame} – {_cap(a['color'])}"


def _screen_middle(a):
    lines = list(FRAME_NOTES[a["frame_material"]])
    if a.get("blue_light_filter") == "yes":
        if a.get("lens_tint") == "light yellow":
            lines.append(
                "The faint amber tint filters more blue-violet light, at the cost of slightly "
                "warmer colours on screen."
            )
        else:
            lines.append(
                "Clear lenses filter part of the blue-violet light from screens without tinting "
                "colours."
            )
    if "anti-reflective" in a.get("lens_coating", []):
        lines.append("An anti-reflective coating cuts glare from overhead lights and monitors.")
    return lines


OPTICAL_ROWS = [
    # leaf, frame shape, count, frame materials, rims, colours, genders, flavour
    (
        "Round",
        "round",
        3,
        ["acetate", "titanium", "metal"],
        ["full-rim"],
        {"black": 1, "brown": 2, "gold": 1},
        ["unisex", "women"],
        [
            "A soft round frame with a scholarly air.",
            "Round frames have become an everyday classic.",
        ],
    ),
    (
        "Rectangular",
        "rectangular",
        4,
        ["titanium", "tr90", "acetate"],
        ["full-rim", "half-rim"],
        {"black": 3, "grey": 1, "blue": 1},
        ["unisex", "men"],
        [
            "A neat rectangle for office days and video calls.",
            "Understated frames that do not compete with your face.",
        ],
    ),
    (
        "Square",
        "square",
        3,
        ["acetate", "bio-acetate", "tr90"],
        ["full-rim"],
        {"black": 2, "brown": 2, "clear": 1},
        ["unisex", "women", "men"],
        [
            "A thick square acetate-style frame with presence.",
            "Bold enough to be a style statement.",
        ],
    ),
    (
        "Cat-Eye",
        "cat-eye",
        2,
        ["acetate", "metal"],
        ["full-rim"],
        {"black": 1, "brown": 1, "pink": 1},
        ["women"],
        [
            "A gently lifted cat-eye for everyday glasses with personality.",
            "Subtle upswept corners add lift.",
        ],
    ),
    (
        "Rimless",
        "rectangular",
        2,
        ["titanium"],
        ["rimless"],
        {"silver": 1, "gold": 1},
        ["unisex", "men"],
        ["Rimless titanium for glasses you hardly see.", "Almost invisible on the face."],
    ),
]

OPTICAL = [
    dict(
        sub="Optical Frames",
        leaf=f"{leaf} Frames",
        n=n,
        cost=(129, 1299),
        attrs=dict(
            frame_shape=shape,
            frame_material=mats,
            lens="demo lens",
            rim=rims,
            lens_coating=[["none"]],
            prescription_ready="yes",
            spring_hinges=["yes", "no"],
            face_width=["narrow", "medium", "wide"],
            nose_pads=None,
        ),
        color=colors,
        gender=genders,
        title=_optical_title,
        derive=_eye_derive,
        fixed=lambda a: [SHAPE_FACE_NOTE[a["frame_shape"]]],
        middle=_screen_middle,
        factor=lambda a: {"titanium": 1.6, "acetate": 1.1}.get(a["frame_material"], 0.8),
        tails=[
            _eye_tails,
            lambda a: (
                ["Sprung hinges flex outward for a comfortable, secure fit."]
                if a["spring_hinges"] == "yes"
                else []
            ),
        ],
        flavour=flavour,
        lead=[
            "A {rim} {frame_shape} frame in {color} {frame_material}, supplied with demo lenses "
            "for your optician to replace.",
            "{color} {frame_material}, {rim}, in a {frame_shape} shape; prescription lenses can "
            "be fitted.",
        ],
    )
    for leaf, shape, n, mats, rims, colors, genders, flavour in OPTICAL_ROWS
]

SCREEN_SHAPES = {"rectangular": 3, "round": 2, "square": 2, "cat-eye": 1, "oval": 1, "geometric": 1}

BLUE_LIGHT = [
    dict(
        sub="Blue-Light Glasses",
        leaf=leaf,
        n=n,
        cost=cost,
        attrs=dict(
            frame_shape=SCREEN_SHAPES,
            frame_material=mats,
            lens="polycarbonate",
            lens_tint=tints,
            blue_light_filter="yes",
            filter_level=None,
            lens_coating=[
                ["anti-reflective", "scratch-resistant"],
                ["anti-reflective", "anti-smudge"],
                ["anti-reflective", "scratch-resistant", "anti-smudge"],
            ],
            face_width=["narrow", "medium", "wide"],
            nose_pads=None,
        ),
        color={"black": 3, "clear": 1, "brown": 1, "grey": 1, "pink": 1, "gold": 1},
        gender=["unisex", "women", "men"],
        title=_blue_title,
        middle=_screen_middle,
        tails=[_eye_tails],
        derive=lambda rng, a: (
            _eye_derive(rng, a),
            a.update(filter_level="strong" if a["lens_tint"] == "light yellow" else "light"),
        ),
        factor=lambda a: {"titanium": 1.6}.get(a["frame_material"], 1.0),
        flavour=flavour,
        lead=[
            "A {frame_shape} frame in {color} {frame_material} with {lens_tint} polycarbonate "
            "lenses and {lens_coating} coatings.",
            "{color} {frame_material}, {frame_shape}, with lenses coated {lens_coating}.",
        ],
    )
    for leaf, n, cost, mats, tints, flavour in [
        (
            "Everyday Screen Glasses",
            6,
            (49, 259),
            ["tr90", "acetate", "metal"],
            ["clear"],
            [
                "Made for long days at a laptop: light, plain-looking and non-prescription.",
                "Non-prescription screen glasses you can wear from the first email to the last "
                "episode.",
            ],
        ),
        (
            "Amber-Tint Screen Glasses",
            3,
            (59, 199),
            ["tr90"],
            ["light yellow"],
            [
                "Amber-tinted lenses for late-night gaming and evening screen time.",
                "The warmer tint is meant for evening sessions when screens feel harshest.",
            ],
        ),
        (
            "Lightweight Titanium Screen Glasses",
            3,
            (199, 499),
            ["titanium"],
            ["clear"],
            [
                "Featherweight screen glasses for people who forget they are wearing them.",
                "A premium titanium frame for all-day desk work.",
            ],
        ),
    ]
]

READERS = [
    dict(
        sub="Reading Glasses",
        leaf=leaf,
        n=n,
        cost=cost,
        attrs=dict(
            frame_shape=shapes,
            frame_material=mats,
            lens="polycarbonate",
            reader_style=style,
            magnification=Some(["+1.0", "+1.5", "+2.0", "+2.5", "+3.0"], 4, 5),
            blue_light_filter=["yes", "no"],
            lens_coating=[["anti-reflective", "scratch-resistant"], ["scratch-resistant"]],
            face_width=["medium", "wide", "narrow"],
            nose_pads=None,
        ),
        color={"black": 3, "brown": 2, "blue": 1, "red": 1, "clear": 1},
        gender="unisex",
        title=_reader_title,
        derive=_eye_derive,
        fixed=lambda a: [SHAPE_FACE_NOTE[a["frame_shape"]]],
        middle=_screen_middle,
        factor=lambda a: {"titanium": 1.8, "acetate": 1.3}.get(a["frame_material"], 1.0),
        tails=[_eye_tails, lambda a: [f"Available in strengths {_fmt(a)['magnification']}."]],
        flavour=flavour,
        lead=[
            "{reader_style} readers in {color} {frame_material} with a {frame_shape} lens.",
            "A {color} {frame_shape} reading frame in {frame_material}.",
        ],
    )
    for leaf, n, cost, shapes, mats, style, flavour in [
        (
            "Full-Frame Readers",
            5,
            (39, 259),
            ["rectangular", "round", "square"],
            ["acetate", "tr90", "titanium"],
            "full-frame",
            [
                "Full-size reading lenses for books, menus and screens at arm's length.",
                "A proper pair of readers that looks like everyday glasses.",
            ],
        ),
        (
            "Half-Eye Readers",
            3,
            (29, 159),
            ["rectangular", "oval"],
            ["metal", "tr90"],
            "half-eye",
            [
                "Look down to read and over the top to see the room.",
                "Half-eye lenses sit low on the nose for reading without blurring distance.",
            ],
        ),
        (
            "Folding Readers",
            2,
            (59, 199),
            ["rectangular", "oval"],
            ["metal"],
            "folding",
            [
                "Folds down into a slim case that slips into a wallet or pocket.",
                "Spare readers that fold small enough to always carry.",
            ],
        ),
    ]
]


def eyewear(rng: random.Random) -> list[dict]:
    shop = _Shop(rng)
    for tpl in SUNGLASSES + OPTICAL + BLUE_LIGHT + READERS:
        _make_from(shop, "Eyewear", tpl, EYE_BRANDS, (29, 1599))
    return shop.items


# --------------------------------------------------------------------------------------------
# Skincare
# --------------------------------------------------------------------------------------------

SKIN_BRANDS = {
    "Dewlab": (39, 199),
    "Clearwater Skin": (49, 299),
    "Bamboo Well": (59, 259),
    "Moss & Stone": (99, 499),
    "Hanfang Botanics": (129, 699),
}
MEN_SKIN_BRANDS = {"Graniteman": (39, 299), "Clearwater Skin": (49, 299)}

INGREDIENT_NOTES = {
    "salicylic acid": (
        "Oil-soluble salicylic acid (BHA) works inside the pore to loosen oil and dead cells."
    ),
    "zinc pca": "Zinc PCA helps keep midday shine in check.",
    "green tea": "Green tea extract adds antioxidant, calming support.",
    "amino acids": (
        "Amino-acid surfactants clean without the tight, squeaky feeling of harsh soaps."
    ),
    "glycerin": "Glycerin draws water into the skin so it never feels stripped.",
    "panthenol": "Panthenol (pro-vitamin B5) soothes and helps the skin hold moisture.",
    "ceramides": "Ceramides top up the lipids that hold the skin barrier together.",
    "hyaluronic acid": "Hyaluronic acid binds water to plump dehydrated skin.",
    "rice ferment": (
        "Fermented rice water is a classic East Asian ingredient for softer, brighter-looking skin."
    ),
    "niacinamide": "Niacinamide helps regulate oil, refine the look of pores and even out tone.",
    "squalane": "Plant-derived squalane softens like an oil without feeling greasy.",
    "jojoba oil": "Jojoba oil dissolves sunscreen and makeup and rinses clean with water.",
    "centella asiatica": "Centella asiatica (cica) is prized for calming redness and irritation.",
    "charcoal": "Charcoal powder helps lift oil and grime from the surface.",
    "micellar water": "Micelles lift makeup and sunscreen onto a cotton pad without rubbing.",
    "cucumber extract": "Cucumber extract gives a cooling, refreshing feel.",
    "beta-glucan": "Beta-glucan is a soothing humectant that suits easily irritated skin.",
    "peptides": "Peptides support firmer, smoother-looking skin over weeks of use.",
    "shea butter": "Shea butter cushions dry patches and seals in moisture overnight.",
    "madecassoside": "Madecassoside, from centella, supports a calm, comfortable barrier.",
    "retinol": (
        "Retinol speeds up cell turnover to smooth texture and fine lines; start two or "
        "three nights a week."
    ),
    "cholesterol": "Cholesterol works alongside ceramides to rebuild a dry, tight barrier.",
    "zinc oxide": "Zinc oxide is a gentle mineral filter that covers both UVA and UVB.",
    "titanium dioxide": "Titanium dioxide adds mineral UVB protection.",
    "silica": "Silica powders blot oil for a soft matte finish.",
    "vitamin e": "Vitamin E adds antioxidant protection and a comfortable feel.",
    "iron oxides": "Iron oxides give a sheer tint and help protect against visible light.",
    "vitamin c": "Vitamin C brightens dull skin and fades the look of dark spots.",
    "ferulic acid": "Ferulic acid stabilises vitamin C and adds antioxidant protection.",
    "azelaic acid": "Azelaic acid targets blemishes and post-spot marks while staying gentle.",
    "kaolin": "Kaolin clay soaks up excess oil without over-drying.",
    "bentonite": "Bentonite clay draws out oil and congestion from the pores.",
    "glycolic acid": "Glycolic acid (AHA) dissolves dull surface cells for a smoother finish.",
    "lactic acid": "Lactic acid exfoliates gently and hydrates at the same time.",
    "willow bark": "Willow bark extract adds a natural source of salicylates.",
    "gluconolactone": (
        "Gluconolactone (PHA) exfoliates more gently than AHAs, so sensitive skin "
        "tolerates it well."
    ),
    "aloe vera": "Aloe vera cools and calms freshly shaved skin.",
    "allantoin": "Allantoin soothes razor irritation.",
    "menthol": "A touch of menthol gives a cooling, wake-up tingle.",
}

SKIN_USE = {
    "Cleanser": [
        "Massage onto damp skin for thirty seconds, then rinse with lukewarm water.",
        "Use morning and night on damp skin and rinse thoroughly.",
    ],
    "Moisturizer": [
        "Apply a pea-sized amount after serum, morning and night.",
        "Smooth over face and neck as the last step before sunscreen.",
    ],
    "Sunscreen": [
        "Apply generously as the last skincare step, about two finger-lengths for the face, and "
        "reapply every two hours outdoors.",
        "Use two finger-lengths for face and neck and reapply after swimming, sweating or "
        "towelling.",
    ],
    "Serum": [
        "Press three or four drops into clean skin before moisturiser.",
        "Use after toner and before cream; a few drops cover the whole face.",
    ],
    "Face Mask": [
        "Use two or three times a week on clean skin.",
        "Leave on for ten to fifteen minutes, then rinse or pat in the rest.",
    ],
    "Toner": [
        "Sweep over the face with a cotton pad or pat in with palms after cleansing.",
        "Pat into clean skin before serum and moisturiser.",
    ],
}


def _skin_title(name, kind):
    def title(a, brand, gword):
        skin = " & ".join(_cap(s) for s in a["skin_type"][:2])
        if len(a["skin_type"]) >= 4:
            skin = "All Skin Types"
        else:
            skin += " Skin"
        size = f"{a['volume_ml']} ml" if "pieces" not in a else f"{a['pieces']} Sheets"
        men = "Men's " if a["gender"] == "men" and "Men's" not in name else ""
        return f"{brand} {men}{name} for {skin}, {size}"

    return title


def _skin_tails(kind):
    def tails(a):
        out = list(SKIN_USE[kind])
        if a["fragrance_free"] == "yes":
            out.append("Fragrance-free and tested on sensitive skin.")
        if a["non_comedogenic"] == "yes":
            out.append("Non-comedogenic, so it will not clog pores.")
        if "spf" in a:
            out.append(
                f"SPF {a['spf']} {a['pa'].upper()} with {a['filter_type']} filters and a "
                f"{a['finish']} finish."
            )
            if a["water_resistant"] == "yes":
                out.append("Water-resistant for up to 80 minutes of swimming or sweating.")
        if "pieces" in a:
            out.append(
                f"A box of {a['pieces']} sheets, each soaked in {a['volume_ml']} ml of essence."
            )
        else:
            pack = {
                "gel": "tube",
                "cream": "jar" if kind != "Cleanser" else "tube",
                "foam": "tube",
                "clay": "jar",
                "gel-cream": "jar",
                "balm": "tub",
                "stick": "twist-up stick",
            }.get(a["texture"], "bottle")
            out.append(f"Comes in a {a['volume_ml']} ml {pack}.")
        return out

    return tails


def _skin(
    kind,
    name,
    n,
    cost,
    texture,
    ingredients,
    skin,
    concern,
    volumes,
    flavour,
    fragrance_free=("yes", "no"),
    gender="unisex",
    extra=None,
    non_comedogenic=("yes",),
):
    attrs = dict(
        texture=texture,
        key_ingredients=[ingredients],
        skin_type=[skin],
        concern=[concern],
        volume_ml=volumes,
        fragrance_free=list(fragrance_free),
        non_comedogenic=list(non_comedogenic),
    )
    attrs.update(extra or {})
    noun = "formula" if kind.lower() in texture else kind.lower()
    tpl = dict(
        sub=kind,
        leaf=_skin_leaf(kind, name, texture, extra or {}),
        n=n,
        cost=cost,
        attrs=attrs,
        gender=gender,
        title=_skin_title(name, kind),
        flavour=flavour,
        middle=lambda a: [INGREDIENT_NOTES[i] for i in a["key_ingredients"]],
        tails=[_skin_tails(kind)],
        no_occasion_line=True,
        lead=[
            f"Built around {{key_ingredients}}, this {{texture}} {noun} is made for {{skin_type}} "
            f"skin.",
            "Made for {skin_type} skin, this {texture} formula targets {concern}.",
        ],
    )
    if gender == "men":
        tpl["brands"] = MEN_SKIN_BRANDS
    return tpl


def _skin_leaf(kind, name, texture, extra):
    if kind == "Cleanser":
        return {
            "gel": "Gel Cleanser",
            "foam": "Foaming Cleanser",
            "cream": "Cream Cleanser",
            "balm": "Cleansing Balm",
            "water": "Micellar Water",
        }[texture]
    if kind == "Moisturizer":
        if "Night" in name:
            return "Night Cream"
        return {
            "gel": "Gel Moisturizer",
            "gel-cream": "Gel Moisturizer",
            "cream": "Day Cream",
            "lotion": "Face Lotion",
        }[texture]
    if kind == "Sunscreen":
        return f"{extra['filter_type'].title()} Sunscreen"
    if kind == "Serum":
        for word, leaf in (
            ("Hydrat", "Hydrating Serum"),
            ("Bright", "Brightening Serum"),
            ("Blemish", "Blemish Serum"),
            ("Zinc", "Blemish Serum"),
            ("Calm", "Soothing Serum"),
        ):
            if word in name:
                return leaf
        return "Anti-Aging Serum"
    if kind == "Face Mask":
        return {
            "clay": "Clay Mask",
            "sheet": "Sheet Mask",
            "gel-cream": "Overnight Mask",
            "gel": "Exfoliating Mask",
        }[texture]
    if "Exfoliat" in name:
        return "Exfoliating Toner"
    return "Hydrating Toner" if ("Hydrat" in name or "Bright" in name) else "Soothing Toner"


def _sun_extra(spf, pa, filters, finish, water):
    return dict(spf=spf, pa=pa, filter_type=filters, finish=finish, water_resistant=water)


SKINCARE = [
    # cleansers (12)
    _skin(
        "Cleanser",
        "Salicylic Acid Pore-Clearing Gel Cleanser",
        2,
        (59, 189),
        "gel",
        ["salicylic acid", "zinc pca", "green tea"],
        ["oily", "acne-prone"],
        ["pores", "breakouts", "oil control"],
        [120, 150],
        [
            "A daily gel wash for shiny T-zones and stubborn blackheads.",
            "Clears the day's oil without leaving skin tight.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Cleanser",
        "Amino Acid Gentle Foaming Cleanser",
        2,
        (49, 149),
        "foam",
        ["amino acids", "glycerin", "panthenol"],
        ["normal", "combination", "oily", "sensitive"],
        ["gentle cleansing"],
        [100, 150],
        [
            "A soft, creamy foam that is gentle enough for twice-daily use.",
            "The low-pH foam cleans thoroughly but kindly.",
        ],
    ),
    _skin(
        "Cleanser",
        "Ceramide Hydrating Cream Cleanser",
        2,
        (69, 199),
        "cream",
        ["ceramides", "hyaluronic acid", "glycerin"],
        ["dry", "normal", "sensitive"],
        ["dryness", "barrier repair"],
        [150, 200],
        [
            "A non-foaming cream wash for skin that feels tight after cleansing.",
            "Cleans while leaving a soft, comfortable layer behind.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Cleanser",
        "Rice Ferment Brightening Cleansing Foam",
        1,
        (59, 159),
        "foam",
        ["rice ferment", "niacinamide"],
        ["normal", "combination", "oily"],
        ["dullness"],
        [120],
        [
            "A fluffy foam wash for skin that looks tired and dull.",
            "A rich lather that rinses away easily.",
        ],
    ),
    _skin(
        "Cleanser",
        "Melting Cleansing Balm",
        2,
        (99, 259),
        "balm",
        ["squalane", "jojoba oil"],
        ["dry", "normal", "combination"],
        ["makeup removal"],
        [90, 100],
        [
            "The first step of a double cleanse: it melts sunscreen and long-wear makeup.",
            "A solid balm that turns to oil on the skin and milk with water.",
        ],
    ),
    _skin(
        "Cleanser",
        "Centella Low-pH Gel Cleanser",
        1,
        (59, 169),
        "gel",
        ["centella asiatica", "panthenol"],
        ["sensitive", "combination", "oily", "acne-prone"],
        ["redness", "gentle cleansing"],
        [150],
        [
            "A calming gel wash for reactive, easily flushed skin.",
            "Mild enough for skin that stings with most cleansers.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Cleanser",
        "Men's Charcoal Oil-Control Face Wash",
        1,
        (39, 119),
        "foam",
        ["charcoal", "salicylic acid", "menthol"],
        ["oily", "normal"],
        ["oil control", "pores"],
        [100, 150],
        [
            "A quick, cooling face wash for after the gym or before shaving.",
            "Deep-cleans oily skin in one quick wash.",
        ],
        fragrance_free=("no",),
        gender="men",
    ),
    _skin(
        "Cleanser",
        "Micellar Cleansing Water",
        1,
        (49, 129),
        "water",
        ["micellar water", "glycerin", "cucumber extract"],
        ["sensitive", "normal", "dry", "combination", "oily"],
        ["makeup removal"],
        [400, 500],
        [
            "No-rinse cleansing water that takes off makeup with a cotton pad.",
            "Ideal for late nights, travel and removing eye makeup.",
        ],
        fragrance_free=("yes",),
    ),
    # moisturisers (12)
    _skin(
        "Moisturizer",
        "Oil-Free Niacinamide Gel Moisturizer",
        2,
        (79, 259),
        "gel",
        ["niacinamide", "hyaluronic acid", "zinc pca"],
        ["oily", "combination", "acne-prone"],
        ["oil control", "hydration", "pores"],
        [50],
        [
            "A weightless gel that hydrates without adding shine.",
            "Sinks in in seconds and sits well under sunscreen.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Moisturizer",
        "Ceramide Barrier Repair Cream",
        2,
        (99, 359),
        "cream",
        ["ceramides", "squalane", "cholesterol"],
        ["dry", "sensitive", "normal"],
        ["barrier repair", "dryness"],
        [50, 80],
        [
            "A rich, cushiony cream for flaky, tight, winter-worn skin.",
            "Comforting enough for skin stripped by heating and wind.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Moisturizer",
        "Hyaluronic Water Gel-Cream",
        2,
        (69, 229),
        "gel-cream",
        ["hyaluronic acid", "panthenol", "beta-glucan"],
        ["normal", "combination", "oily"],
        ["hydration"],
        [50],
        [
            "A bouncy water-cream that gives a fresh, dewy look.",
            "Light but lasting moisture for humid summers.",
        ],
    ),
    _skin(
        "Moisturizer",
        "Peptide Rich Night Cream",
        2,
        (199, 599),
        "cream",
        ["peptides", "shea butter", "niacinamide"],
        ["dry", "normal"],
        ["anti-aging", "firmness"],
        [50],
        [
            "A rich overnight cream for skin that looks tired by morning.",
            "Thick, velvety and made to work while you sleep.",
        ],
        non_comedogenic=("no",),
    ),
    _skin(
        "Moisturizer",
        "Centella Soothing Cream",
        1,
        (89, 259),
        "cream",
        ["centella asiatica", "madecassoside", "panthenol"],
        ["sensitive", "acne-prone", "combination"],
        ["redness"],
        [50],
        [
            "A calming cream for red, reactive or freshly irritated skin.",
            "Soothes flare-ups and helps skin settle down.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Moisturizer",
        "Men's 3-in-1 Matte Moisturizer",
        2,
        (59, 199),
        "lotion",
        ["niacinamide", "green tea", "salicylic acid"],
        ["oily", "normal"],
        ["oil control", "shine"],
        [75, 100],
        [
            "One step after shaving: hydrates, mattifies and calms.",
            "A quick, non-greasy lotion for men who want one product.",
        ],
        fragrance_free=("no",),
        gender="men",
    ),
    _skin(
        "Moisturizer",
        "Retinol Night Moisturizer",
        1,
        (129, 399),
        "cream",
        ["retinol", "ceramides"],
        ["normal", "dry", "combination"],
        ["anti-aging", "texture"],
        [50],
        [
            "A beginner-friendly retinol cream with a cushioning base.",
            "Night-time renewal without the usual dryness.",
        ],
        fragrance_free=("yes",),
    ),
    # sunscreens (12)
    _skin(
        "Sunscreen",
        "Mineral Sunscreen Fluid SPF 50 PA++++",
        2,
        (99, 259),
        "fluid",
        ["zinc oxide", "titanium dioxide", "centella asiatica"],
        ["sensitive", "dry", "normal"],
        ["sun protection"],
        [50],
        [
            "A gentle mineral sunscreen for sensitive skin and post-procedure skin.",
            "Sheer for a mineral formula, with only a slight cast on deeper skin tones.",
        ],
        fragrance_free=("yes",),
        extra=_sun_extra(50, "pa++++", "mineral", "natural", "no"),
    ),
    _skin(
        "Sunscreen",
        "Oil-Control Matte Sunscreen SPF 50+ PA++++",
        2,
        (69, 199),
        "fluid",
        ["niacinamide", "silica"],
        ["oily", "combination", "acne-prone"],
        ["sun protection", "oil control"],
        [50],
        [
            "A matte sunscreen that doubles as a makeup primer for shiny skin.",
            "Keeps oily skin protected and shine-free until the afternoon.",
        ],
        extra=_sun_extra(50, "pa++++", "chemical", "matte", "no"),
    ),
    _skin(
        "Sunscreen",
        "Watery Essence Sunscreen SPF 50+ PA++++",
        2,
        (59, 189),
        "essence",
        ["hyaluronic acid", "rice ferment"],
        ["normal", "dry", "combination"],
        ["sun protection", "hydration"],
        [50],
        [
            "A watery sunscreen that feels like a light moisturiser.",
            "No white cast and no stickiness, so it is easy to wear every day.",
        ],
        extra=_sun_extra(50, "pa++++", "chemical", "dewy", "no"),
    ),
    _skin(
        "Sunscreen",
        "Sport Water-Resistant Sunscreen Lotion SPF 50+",
        2,
        (79, 229),
        "lotion",
        ["vitamin e", "glycerin"],
        ["normal", "oily", "combination", "dry"],
        ["sun protection"],
        [100, 150],
        [
            "Built for matches, hikes, beaches and festivals where you sweat.",
            "A sweat-proof body-and-face lotion for long days outdoors.",
        ],
        fragrance_free=("yes",),
        extra=_sun_extra(50, "pa++++", "hybrid", "natural", "yes"),
    ),
    _skin(
        "Sunscreen",
        "Tinted Mineral Sunscreen SPF 30",
        1,
        (99, 229),
        "cream",
        ["zinc oxide", "iron oxides"],
        ["normal", "dry", "sensitive"],
        ["sun protection", "even tone"],
        [40],
        [
            "A tinted mineral cream that evens tone and skips foundation.",
            "The sheer tint cancels the white cast of zinc.",
        ],
        fragrance_free=("yes",),
        extra=_sun_extra(30, "pa+++", "mineral", "natural", "no"),
    ),
    _skin(
        "Sunscreen",
        "Sunscreen Stick SPF 50+ PA++++",
        1,
        (79, 199),
        "stick",
        ["zinc oxide", "vitamin e"],
        ["oily", "combination", "normal"],
        ["sun protection", "reapplication"],
        [20],
        [
            "A pocket-sized stick for reapplying over makeup.",
            "Swipe it on at half-time without sticky hands.",
        ],
        extra=_sun_extra(50, "pa++++", "hybrid", "matte", "yes"),
    ),
    _skin(
        "Sunscreen",
        "Men's Daily Matte Face Sunscreen SPF 30",
        1,
        (59, 159),
        "gel",
        ["niacinamide", "green tea"],
        ["oily", "normal"],
        ["sun protection", "oil control"],
        [50],
        [
            "A fast-absorbing, shine-free sunscreen for daily commutes.",
            "No greasy feel, no white cast.",
        ],
        fragrance_free=("no",),
        gender="men",
        extra=_sun_extra(30, "pa+++", "chemical", "matte", "no"),
    ),
    _skin(
        "Sunscreen",
        "Hybrid Daily UV Milk SPF 50 PA++++",
        1,
        (89, 229),
        "milk",
        ["hyaluronic acid", "green tea"],
        ["normal", "combination", "dry", "oily"],
        ["sun protection"],
        [60],
        [
            "A shake-before-use UV milk that spreads thin and sets fast.",
            "A light milk that copes with heat, humidity and long days outside.",
        ],
        fragrance_free=("yes",),
        extra=_sun_extra(50, "pa++++", "hybrid", "natural", "yes"),
    ),
    # serums (11)
    _skin(
        "Serum",
        "Niacinamide 10% + Zinc Serum",
        2,
        (49, 199),
        "gel serum",
        ["niacinamide", "zinc pca"],
        ["oily", "combination", "acne-prone"],
        ["pores", "oil control", "blemishes"],
        [30],
        [
            "A bestselling serum for enlarged pores and oily shine.",
            "Visibly calmer, less shiny skin in a few weeks.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Serum",
        "Vitamin C 15% Brightening Serum",
        2,
        (99, 399),
        "watery serum",
        ["vitamin c", "ferulic acid", "vitamin e"],
        ["normal", "combination", "dry"],
        ["dullness", "dark spots"],
        [30],
        [
            "A morning brightening serum for dull skin and lingering dark spots.",
            "Pair it with sunscreen for an antioxidant boost.",
        ],
    ),
    _skin(
        "Serum",
        "Hyaluronic Acid + B5 Hydrating Serum",
        2,
        (49, 199),
        "watery serum",
        ["hyaluronic acid", "panthenol"],
        ["dry", "normal", "combination", "oily", "sensitive"],
        ["hydration"],
        [30],
        [
            "A plain, hardworking hydration serum for every skin type.",
            "Dehydrated skin drinks it up.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Serum",
        "Retinol 0.3% Renewal Serum",
        2,
        (129, 459),
        "oil serum",
        ["retinol", "squalane"],
        ["normal", "dry", "combination"],
        ["anti-aging", "texture"],
        [30],
        [
            "A gentle-strength retinol for smoother texture and softer fine lines.",
            "An evening serum for the first year of retinol.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Serum",
        "Azelaic Acid Blemish Serum",
        1,
        (99, 259),
        "gel serum",
        ["azelaic acid", "niacinamide"],
        ["oily", "acne-prone", "sensitive"],
        ["breakouts", "redness"],
        [30],
        [
            "A gentle blemish serum that also fades red post-spot marks.",
            "Targets breakouts without harsh drying.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Serum",
        "Centella Calming Ampoule",
        1,
        (79, 229),
        "watery serum",
        ["centella asiatica", "madecassoside"],
        ["sensitive", "combination"],
        ["redness"],
        [30],
        [
            "A concentrated cica ampoule for skin that flares easily.",
            "Brings down redness after sun, wind or a new product.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Serum",
        "Peptide Firming Serum",
        1,
        (199, 599),
        "gel serum",
        ["peptides", "hyaluronic acid"],
        ["normal", "dry"],
        ["anti-aging", "firmness"],
        [30],
        [
            "A silky firming serum for the first signs of ageing.",
            "Smooths and plumps over weeks of twice-daily use.",
        ],
    ),
    # masks (9)
    _skin(
        "Face Mask",
        "Kaolin Clay Pore Mask",
        2,
        (69, 219),
        "clay",
        ["kaolin", "bentonite", "salicylic acid"],
        ["oily", "combination", "acne-prone"],
        ["pores", "oil control"],
        [100],
        [
            "A ten-minute clay mask for congested pores and a shiny T-zone.",
            "Use it on the nose and chin only if the cheeks are dry.",
        ],
        fragrance_free=("yes",),
    ),
    _skin(
        "Face Mask",
        "Hyaluronic Hydrating Sheet Mask",
        2,
        (49, 159),
        "sheet",
        ["hyaluronic acid", "panthenol"],
        ["dry", "normal", "combination"],
        ["hydration"],
        [25],
        [
            "A box of drenched sheet masks for flights, late nights and big days.",
            "Twenty minutes to plump, dewy skin.",
        ],
        extra=dict(pieces=[5, 10]),
    ),
    _skin(
        "Face Mask",
        "Overnight Sleeping Mask",
        2,
        (79, 259),
        "gel-cream",
        ["rice ferment", "niacinamide"],
        ["dry", "normal", "combination"],
        ["hydration", "dullness"],
        [80],
        [
            "A sleeping mask that you leave on overnight and rinse off in the morning.",
            "Wake up to softer, brighter-looking skin.",
        ],
    ),
    _skin(
        "Face Mask",
        "Centella Soothing Sheet Mask",
        1,
        (49, 139),
        "sheet",
        ["centella asiatica"],
        ["sensitive", "acne-prone"],
        ["redness"],
        [25],
        [
            "A cooling sheet mask for hot, irritated skin.",
            "Calms skin after too much sun or a harsh peel.",
        ],
        fragrance_free=("yes",),
        extra=dict(pieces=[5, 10]),
    ),
    _skin(
        "Face Mask",
        "AHA Exfoliating Wash-Off Mask",
        1,
        (89, 259),
        "gel",
        ["glycolic acid", "lactic acid"],
        ["normal", "oily", "combination"],
        ["dullness", "texture"],
        [75],
        [
            "A weekly resurfacing mask for rough, dull skin.",
            "Follow with sunscreen the next morning.",
        ],
    ),
    _skin(
        "Face Mask",
        "Men's Charcoal Clay Mask",
        1,
        (59, 159),
        "clay",
        ["charcoal", "kaolin"],
        ["oily"],
        ["oil control", "pores"],
        [100],
        [
            "A no-fuss weekly clay mask for oily skin.",
            "Deep-cleans after a week of sweat and city grime.",
        ],
        fragrance_free=("no",),
        gender="men",
    ),
    # toners (9)
    _skin(
        "Toner",
        "BHA 2% Exfoliating Toner",
        2,
        (69, 219),
        "water",
        ["salicylic acid", "willow bark"],
        ["oily", "combination", "acne-prone"],
        ["pores", "breakouts"],
        [150],
        [
            "A leave-on BHA toner for blackheads and rough patches.",
            "Start every other evening and build up.",
        ],
        fragrance_free=("yes",),
        extra=dict(alcohol_free="yes"),
    ),
    _skin(
        "Toner",
        "Hydrating Essence Toner",
        2,
        (59, 229),
        "essence",
        ["hyaluronic acid", "rice ferment", "glycerin"],
        ["dry", "normal", "combination", "sensitive"],
        ["hydration"],
        [150, 200],
        [
            "A milky-light essence toner for layering two or three times.",
            "The layering step that makes the rest of your routine sink in better.",
        ],
        extra=dict(alcohol_free="yes"),
    ),
    _skin(
        "Toner",
        "Centella Calming Toner",
        1,
        (59, 179),
        "water",
        ["centella asiatica", "panthenol"],
        ["sensitive", "acne-prone"],
        ["redness"],
        [200],
        [
            "An alcohol-free calming toner for red, reactive skin.",
            "Cools and settles skin after cleansing.",
        ],
        fragrance_free=("yes",),
        extra=dict(alcohol_free="yes"),
    ),
    _skin(
        "Toner",
        "Rice Ferment Brightening Toner",
        2,
        (69, 229),
        "milky lotion",
        ["rice ferment", "niacinamide"],
        ["normal", "dry", "combination"],
        ["dullness"],
        [150],
        [
            "A milky toner for dull, uneven-looking skin.",
            "Soft, bright, well-rested skin is the aim.",
        ],
        extra=dict(alcohol_free="yes"),
    ),
    _skin(
        "Toner",
        "PHA Gentle Exfoliating Toner",
        1,
        (89, 259),
        "water",
        ["gluconolactone", "panthenol"],
        ["sensitive", "normal", "dry"],
        ["texture"],
        [150],
        [
            "The exfoliating toner for people whose skin hates acids.",
            "Smooths gently enough for daily use.",
        ],
        fragrance_free=("yes",),
        extra=dict(alcohol_free="yes"),
    ),
    _skin(
        "Toner",
        "Men's Soothing Aftershave Toner",
        1,
        (49, 139),
        "water",
        ["aloe vera", "allantoin"],
        ["normal", "oily", "sensitive"],
        ["razor irritation"],
        [150],
        [
            "A cooling after-shave toner that takes the sting out of razor burn.",
            "Swap the alcohol splash for this.",
        ],
        fragrance_free=("no",),
        gender="men",
        extra=dict(alcohol_free="yes"),
    ),
]


def skincare(rng: random.Random) -> list[dict]:
    shop = _Shop(rng)
    for tpl in SKINCARE:
        _make_from(shop, "Skincare", tpl, SKIN_BRANDS, (39, 599), popularity=1.3)
    return shop.items


# --------------------------------------------------------------------------------------------
# Makeup
# --------------------------------------------------------------------------------------------

MAKEUP_BRANDS = {
    "Mochi Beauty": (29, 149),
    "Petal Theory": (49, 259),
    "Inkrose": (69, 329),
    "Velvet Lantern": (129, 499),
    "Seventh Silk": (179, 699),
}

# shade, colour family, undertone, skin depths it flatters
LIP_SHADES = [
    ("classic blue-red", "red", "cool", ["fair", "light", "medium", "tan", "deep"]),
    ("brick red", "red", "warm", ["light", "medium", "tan", "deep"]),
    ("tomato red", "red", "warm", ["fair", "light", "medium"]),
    ("cherry", "red", "cool", ["fair", "light", "medium"]),
    ("chili", "red", "warm", ["medium", "tan", "deep"]),
    ("wine", "burgundy", "cool", ["medium", "tan", "deep"]),
    ("rosewood", "pink", "neutral", ["light", "medium", "tan"]),
    ("dusty rose", "pink", "cool", ["fair", "light", "medium"]),
    ("pink nude", "pink", "cool", ["fair", "light"]),
    ("fuchsia", "pink", "cool", ["fair", "medium", "deep"]),
    ("peach coral", "coral", "warm", ["fair", "light", "medium"]),
    ("terracotta", "brown", "warm", ["medium", "tan", "deep"]),
    ("mocha nude", "brown", "neutral", ["medium", "tan", "deep"]),
    ("cinnamon", "brown", "warm", ["light", "medium", "tan"]),
    ("warm beige nude", "beige", "warm", ["fair", "light"]),
    ("berry", "plum", "cool", ["light", "medium", "tan", "deep"]),
    ("deep plum", "plum", "cool", ["tan", "deep"]),
    ("orange red", "orange", "warm", ["medium", "tan", "deep"]),
    ("mauve", "purple", "neutral", ["fair", "light", "medium"]),
]

UNDERTONE_NOTE = {
    "warm": "Its warm, golden base flatters skin with a yellow or peachy undertone.",
    "cool": (
        "The blue-leaning base flatters skin with pink or rosy undertones and makes teeth "
        "look whiter."
    ),
    "neutral": "A balanced, neutral base that works on warm and cool undertones alike.",
    "olive": "Shades are adjusted for olive undertones, which look grey in standard ranges.",
}

FINISH_NOTE = {
    "matte": "The matte finish has no shine and stays put.",
    "satin": "A satin finish gives a soft sheen without looking glossy.",
    "velvet": "A blurred velvet finish that is soft-focus rather than flat.",
    "glossy": "A glossy finish that catches the light and makes lips look fuller.",
    "sheer": "A sheer wash of colour that looks like your lips, only better.",
    "natural": "A natural, skin-like finish that is neither flat nor shiny.",
    "dewy": "A dewy finish that reflects light for a fresh, healthy glow.",
    "shimmer": "Fine shimmer catches the light without looking glittery.",
    "matte and shimmer": "A mix of matte transition shades and shimmer lid shades.",
}


_DECKS: dict[str, list] = {}


def _deal(rng, name, options):
    """Deal options in a shuffled order so every shade turns up before any repeats."""
    deck = _DECKS.setdefault(name, [])
    if not deck:
        deck.extend(rng.sample(list(options), len(options)))
    return deck.pop()


def _lip_derive(rng, a):
    shade, color, undertone, depths = _deal(rng, "lip", LIP_SHADES)
    a.update(shade=shade, color=color, undertone=undertone, skin_tone=depths)
    a["long_wear"] = "yes" if a["wear_hours"] >= 6 else "no"


def _lip_title(a, brand, gword):
    kind = {
        "bullet": "Lipstick",
        "liquid": "Liquid Lipstick",
        "tint": "Lip Tint",
        "balm": "Tinted Lip Balm",
    }[a["formula"]]
    fin = {
        "matte": "Matte",
        "satin": "Satin",
        "velvet": "Velvet",
        "glossy": "Glossy",
        "sheer": "Sheer",
    }[a["finish"]]
    wear = f", {a['wear_hours']}h Long-Wear" if a["long_wear"] == "yes" else ""
    return f"{brand} {fin} {kind} in {_cap(a['shade'])}{wear}"


def _lip_tails(a):
    out = [
        UNDERTONE_NOTE[a["undertone"]],
        f"Flatters {_fmt(a)['skin_tone']} skin tones especially well.",
    ]
    if a["long_wear"] == "yes":
        out.append(f"Wears for up to {a['wear_hours']} hours through coffee and lunch.")
    if a["moisturizing"] == "yes":
        out.append("Hydrating oils keep lips comfortable all day.")
    return out


LIPSTICKS = [
    dict(
        sub="Lipstick",
        leaf=leaf,
        n=n,
        cost=cost,
        attrs=dict(
            formula=formula,
            finish=finishes,
            wear_hours=hours,
            moisturizing=moist,
            net_content=content,
            cruelty_free=[("yes", 3), ("no", 1)],
            shade=None,
            undertone=None,
            skin_tone=None,
            long_wear=None,
        ),
        color=None,
        title=_lip_title,
        derive=_lip_derive,
        flavour=flavour,
        no_occasion_line=True,
        middle=lambda a: [FINISH_NOTE[a["finish"]]],
        tails=[_lip_tails],
        lead=[
            "A {finish} {shade} with a {undertone} undertone.",
            "{shade} in a {finish} finish, a {color} with {undertone} undertones.",
        ],
    )
    for leaf, n, cost, formula, finishes, hours, moist, content, flavour in [
        (
            "Bullet Lipstick",
            5,
            (69, 329),
            "bullet",
            ["satin", "matte", "velvet"],
            [4, 6, 8],
            ["yes", "no"],
            "3.5 g",
            [
                "A classic bullet lipstick in a weighty magnetic case.",
                "Rich colour in one swipe, straight from the bullet.",
            ],
        ),
        (
            "Liquid Lipstick",
            4,
            (59, 259),
            "liquid",
            ["matte", "velvet"],
            [8, 12],
            "no",
            "5 ml",
            [
                "A transfer-resistant liquid lipstick that sets in a minute.",
                "Long-wear colour that survives a hotpot dinner.",
            ],
        ),
        (
            "Lip Tint",
            3,
            (29, 149),
            "tint",
            ["glossy", "sheer"],
            [4, 6],
            "yes",
            "4 g",
            [
                "A juicy water tint that stains lips for a just-bitten look.",
                "Dab it on and blend with a fingertip for a gradient lip.",
            ],
        ),
        (
            "Tinted Lip Balm",
            2,
            (29, 129),
            "balm",
            ["sheer"],
            [2, 3],
            "yes",
            "3 g",
            [
                "A tinted balm for days when lipstick feels like too much.",
                "Softens dry lips with a hint of colour.",
            ],
        ),
    ]
]


def _found_title(a, brand, gword):
    kind = {
        "liquid": "Liquid Foundation",
        "skin tint": "Skin Tint",
        "cushion": "Cushion Foundation",
        "serum": "Serum Foundation",
        "stick": "Foundation Stick",
    }[a["formula"]]
    spf = f" SPF {a['spf']}" if a.get("spf") else ""
    return (
        f"{brand} {_cap(a['finish'])} {kind}{spf}, {_cap(a['coverage'])} Coverage, "
        f"{a['shades_available']} Shades"
    )


def _found_tails(a):
    out = [
        f"Comes in {a['shades_available']} shades from {a['shade_depth'][0]} to "
        f"{a['shade_depth'][-1]}, "
        f"with {_fmt(a)['undertone']} undertones.",
        f"Best for {_fmt(a)['skin_type']} skin.",
    ]
    if a["long_wear"] == "yes":
        out.append(f"Lasts about {a['wear_hours']} hours without sliding off the nose.")
    if a.get("spf"):
        out.append(f"SPF {a['spf']} adds a little protection, but wear sunscreen underneath.")
    return out


def _found_derive(rng, a):
    a["long_wear"] = "yes" if a["wear_hours"] >= 12 else "no"
    if a["formula"] != "cushion":
        a.pop("spf", None)


FOUNDATIONS = [
    dict(
        sub="Foundation",
        leaf=leaf,
        n=n,
        cost=cost,
        attrs=dict(
            formula=formula,
            finish=finishes,
            coverage=coverage,
            wear_hours=hours,
            undertone=undertones,
            shade_depth=depths,
            shades_available=shades,
            skin_type=skins,
            spf=[30, 50],
            net_content=content,
            cruelty_free=[("yes", 3), ("no", 1)],
            fragrance_free=["yes", "no"],
            long_wear=None,
        ),
        title=_found_title,
        derive=_found_derive,
        flavour=flavour,
        no_occasion_line=True,
        middle=lambda a: (
            [FINISH_NOTE[a["finish"]]] + [UNDERTONE_NOTE[u] for u in a["undertone"] if u == "olive"]
        ),
        tails=[_found_tails],
        lead=[
            "A {coverage}-coverage {formula} foundation with a {finish} finish.",
            "{formula} formula, {coverage} coverage, {finish} finish.",
        ],
    )
    for (
        leaf,
        n,
        cost,
        formula,
        finishes,
        coverage,
        hours,
        undertones,
        depths,
        shades,
        skins,
        content,
        flavour,
    ) in [
        (
            "Liquid Foundation",
            4,
            (129, 499),
            "liquid",
            ["matte", "natural", "satin"],
            ["medium", "full", "buildable"],
            [12, 16, 24],
            [["warm", "cool", "neutral"], ["warm", "cool", "neutral", "olive"]],
            [["fair", "light", "medium", "tan", "deep"], ["fair", "light", "medium", "tan"]],
            [24, 32, 40, 50],
            [
                ["oily", "combination"],
                ["normal", "combination", "dry"],
                ["oily", "combination", "normal"],
            ],
            "30 ml",
            [
                "A long-wear liquid foundation that survives a humid commute.",
                "Buildable coverage that still looks like skin up close.",
            ],
        ),
        (
            "Skin Tint",
            2,
            (99, 299),
            "skin tint",
            ["dewy", "natural"],
            ["sheer", "light"],
            [6, 8],
            [["warm", "cool", "neutral"]],
            [["fair", "light", "medium", "tan", "deep"], ["fair", "light", "medium"]],
            [12, 18, 24],
            [["normal", "dry", "combination"]],
            "30 ml",
            [
                "A sheer skin tint for no-makeup makeup days.",
                "Evens out tone and lets freckles show through.",
            ],
        ),
        (
            "Cushion Foundation",
            3,
            (99, 359),
            "cushion",
            ["dewy", "natural", "satin"],
            ["medium", "buildable"],
            [8, 12],
            [["warm", "cool", "neutral"], ["warm", "cool"]],
            [["fair", "light", "medium"], ["fair", "light", "medium", "tan"]],
            [8, 12, 16],
            [["normal", "dry", "combination"], ["oily", "combination"]],
            "15 g + refill",
            [
                "A compact cushion with a refill, made for quick touch-ups on the go.",
                "Pat it on with the puff for a fresh, glowing base.",
            ],
        ),
        (
            "Serum Foundation",
            2,
            (199, 599),
            "serum",
            ["natural", "satin"],
            ["light", "medium"],
            [10, 12],
            [["warm", "cool", "neutral", "olive"]],
            [["fair", "light", "medium", "tan", "deep"]],
            [30, 36],
            [["dry", "normal", "combination", "sensitive"]],
            "30 ml",
            [
                "A serum-light foundation with skincare ingredients in the base.",
                "Feels like skincare, looks like good skin.",
            ],
        ),
        (
            "Foundation Stick",
            1,
            (129, 359),
            "stick",
            ["matte", "natural"],
            ["full", "buildable"],
            [12, 16],
            [["warm", "cool", "neutral"]],
            [["fair", "light", "medium", "tan", "deep"]],
            [20, 28],
            [["oily", "combination", "normal"]],
            "9 g",
            [
                "A creamy stick that doubles as concealer for spots and redness.",
                "Swipe, blend with fingers and go.",
            ],
        ),
    ]
]


def _mascara_title(a, brand, gword):
    wp = "Waterproof " if a["waterproof"] == "yes" else ""
    return f"{brand} {wp}{_cap(a['effect'])} Mascara, {_cap(a['brush'])} – {_cap(a['shade'])}"


MASCARAS = [
    dict(
        sub="Mascara",
        leaf=leaf,
        n=n,
        cost=(49, 299),
        attrs=dict(
            formula=formula,
            effect=effect,
            finish=["glossy", "matte"],
            shade=[("jet black", 3), ("brown-black", 1)],
            waterproof=wp,
            brush=brushes,
            wear_hours=[12, 16, 24],
            long_wear="yes",
            removal=removal,
            net_content=["7 ml", "8 ml", "10 ml"],
            cruelty_free=[("yes", 3), ("no", 1)],
        ),
        title=_mascara_title,
        flavour=flavour,
        no_occasion_line=True,
        middle=lambda a: [
            f"The {a['brush']} reaches from the inner corner to the outer lashes.",
            f"A {a['finish']} {a['shade']} that defines without clumps.",
        ],
        tails=[
            lambda a: (
                [
                    f"Remove with {a['removal']}.",
                    f"Wears for up to {a['wear_hours']} hours without flaking.",
                ]
                + (
                    ["Waterproof through tears, rain and sweaty summer days."]
                    if a["waterproof"] == "yes"
                    else []
                )
            )
        ],
        lead=["A {effect} {shade} mascara with a {finish} finish.", "{effect} formula in {shade}."],
    )
    for leaf, n, formula, effect, wp, brushes, removal, flavour in [
        (
            "Volumizing Mascara",
            3,
            "cream",
            "volumizing",
            ["no", "yes"],
            ["hourglass bristle brush", "fat fibre brush"],
            "a cleansing oil or balm",
            ["Thick, fluttery lashes in two coats.", "Builds drama without spidery clumps."],
        ),
        (
            "Lengthening Mascara",
            3,
            "fibre",
            "lengthening",
            ["no", "yes"],
            ["slim silicone comb", "curved fibre brush"],
            "a cleansing oil or balm",
            [
                "Separates and stretches every lash, even the tiny ones.",
                "Long, defined lashes for everyday wear.",
            ],
        ),
        (
            "Curling Mascara",
            2,
            "cream",
            "curl-holding",
            "yes",
            ["curved fibre brush"],
            "an oil-based eye makeup remover",
            [
                "Holds the curl of straight, downward lashes all day.",
                "Made for straight lashes that drop by lunchtime.",
            ],
        ),
        (
            "Tubing Mascara",
            2,
            "tubing",
            "tubing",
            "no",
            ["slim silicone comb"],
            "warm water and gentle pressure",
            [
                "Tubing polymers wrap each lash, so it cannot smudge into panda eyes.",
                "Comes off in little tubes with warm water, no rubbing needed.",
            ],
        ),
    ]
]


def _shadow_title(a, brand, gword):
    if a["pans"] == 1:
        return f"{brand} {_cap(a['formula'])} Eyeshadow in {_cap(a['shade'])}, {_cap(a['finish'])}"
    return f"{brand} {a['pans']}-Pan Eyeshadow Palette, {_cap(a['shade'])}, {_cap(a['finish'])}"


EYESHADOW_SHADES = [
    ("warm terracotta", "warm"),
    ("peach sunset", "warm"),
    ("olive bronze", "warm"),
    ("cool mauve", "cool"),
    ("smoky grey", "cool"),
    ("icy rose", "cool"),
    ("neutral taupe", "neutral"),
    ("rose gold", "neutral"),
    ("champagne nude", "neutral"),
]

EYESHADOWS = [
    dict(
        sub="Eyeshadow",
        leaf=leaf,
        n=n,
        cost=cost,
        attrs=dict(
            formula=formula,
            finish=finishes,
            pans=pans,
            shade=None,
            undertone=None,
            long_wear=wear,
            net_content=content,
            cruelty_free=[("yes", 3), ("no", 1)],
            talc_free=["yes", "no"],
        ),
        title=_shadow_title,
        flavour=flavour,
        no_occasion_line=True,
        derive=lambda rng, a: a.update(
            zip(("shade", "undertone"), _deal(rng, "shadow", EYESHADOW_SHADES), strict=True)
        ),
        middle=lambda a: [FINISH_NOTE[a["finish"]]],
        tails=[
            lambda a: (
                [
                    f"The {a['shade']} story leans {a['undertone']}, so it suits "
                    + {
                        "warm": "brown and hazel eyes and warm skin.",
                        "cool": "cool skin and grey, blue or dark eyes.",
                        "neutral": "almost every eye colour and skin tone.",
                    }[a["undertone"]]
                ]
                + (
                    ["Crease-proof wear from morning meetings to dinner."]
                    if a["long_wear"] == "yes"
                    else []
                )
            )
        ],
        lead=[
            "{shade} shades in a {finish} finish.",
            "A {formula} eyeshadow with {undertone}-toned {shade} colours.",
        ],
    )
    for leaf, n, cost, formula, finishes, pans, wear, content, flavour in [
        (
            "Eyeshadow Palette",
            6,
            (99, 459),
            "pressed powder",
            ["matte and shimmer", "matte", "shimmer"],
            [9, 12, 16],
            "yes",
            ["12 g", "15 g", "18 g"],
            [
                "A palette that does a soft day look and a smoky evening eye.",
                "Everything from transition shade to lid sparkle in one case.",
            ],
        ),
        (
            "Single Eyeshadow",
            3,
            (49, 159),
            "pressed powder",
            ["satin", "shimmer", "matte"],
            1,
            ["yes", "no"],
            "2 g",
            [
                "A single pan to refresh your favourite palette.",
                "One hard-working shade you will hit pan on.",
            ],
        ),
        (
            "Cream Eyeshadow Stick",
            3,
            (59, 199),
            "cream stick",
            ["shimmer", "satin"],
            1,
            "yes",
            "1.4 g",
            [
                "Swipe, blend with a fingertip and go: eyeshadow in ten seconds.",
                "A creamy stick that sets and will not crease.",
            ],
        ),
    ]
]

BLUSH_SHADES = [
    ("peach", "coral", "warm"),
    ("apricot", "orange", "warm"),
    ("terracotta", "brown", "warm"),
    ("soft pink", "pink", "cool"),
    ("rose", "pink", "neutral"),
    ("berry", "red", "cool"),
    ("mauve", "purple", "neutral"),
    ("coral", "coral", "warm"),
    ("plum", "purple", "cool"),
]


def _blush_title(a, brand, gword):
    return f"{brand} {_cap(a['formula'])} Blush in {_cap(a['shade'])}, {_cap(a['finish'])} Finish"


BLUSHES = [
    dict(
        sub="Blush",
        leaf=leaf,
        n=n,
        cost=cost,
        attrs=dict(
            formula=formula,
            finish=finishes,
            skin_type=skins,
            shade=None,
            undertone=None,
            long_wear=wear,
            net_content=content,
            cruelty_free=[("yes", 3), ("no", 1)],
        ),
        color=None,
        title=_blush_title,
        flavour=flavour,
        no_occasion_line=True,
        derive=lambda rng, a: a.update(
            zip(("shade", "color", "undertone"), _deal(rng, "blush", BLUSH_SHADES), strict=True)
        ),
        middle=lambda a: [FINISH_NOTE[a["finish"]], UNDERTONE_NOTE[a["undertone"]]],
        tails=[
            lambda a: [
                f"Works best on {_fmt(a)['skin_type']} skin.",
                "Smile and blend upward from the apples of the cheeks toward the temples.",
            ]
        ],
        lead=[
            "A {finish} {shade} {formula} blush.",
            "{shade} cheek colour in a {formula} formula with a {finish} finish.",
        ],
    )
    for leaf, n, cost, formula, finishes, skins, wear, content, flavour in [
        (
            "Powder Blush",
            4,
            (49, 299),
            "powder",
            ["matte", "satin", "shimmer"],
            [["oily", "combination", "normal"]],
            ["yes", "no"],
            ["4 g", "5 g"],
            [
                "A finely milled powder that blends without patches.",
                "Sheer at first, buildable to bold.",
            ],
        ),
        (
            "Cream Blush",
            3,
            (59, 259),
            "cream",
            ["dewy", "satin"],
            [["dry", "normal"], ["dry", "normal", "combination"]],
            "no",
            "6 g",
            [
                "A bouncy cream you can tap on with fingers.",
                "Melts into skin for a flush from within.",
            ],
        ),
        (
            "Liquid Blush",
            3,
            (59, 229),
            "liquid",
            ["dewy", "natural"],
            [["dry", "normal", "combination"]],
            "yes",
            "8 ml",
            [
                "One dot per cheek is enough: this is pigment-rich.",
                "A weightless liquid that sets to a long-wearing stain.",
            ],
        ),
        (
            "Blush Stick",
            2,
            (49, 199),
            "stick",
            ["dewy", "satin"],
            [["normal", "dry", "combination"]],
            "no",
            "7 g",
            [
                "A twist-up stick that doubles as lip colour.",
                "Swipe on cheeks and lips for matching colour in seconds.",
            ],
        ),
    ]
]


def makeup(rng: random.Random) -> list[dict]:
    _DECKS.clear()
    shop = _Shop(rng)
    for tpl in LIPSTICKS + FOUNDATIONS + MASCARAS + EYESHADOWS + BLUSHES:
        _make_from(shop, "Makeup", tpl, MAKEUP_BRANDS, (29, 599), popularity=1.4)
    return shop.items


# --------------------------------------------------------------------------------------------
# Women's and Men's Clothing
# --------------------------------------------------------------------------------------------

W_BRANDS = {
    "Qingmu": (59, 399),
    "Willow Street": (79, 599),
    "Linen Loft": (99, 799),
    "Mistral Studio": (159, 1299),
    "Jade Terrace": (199, 1899),
    "Northbound Outerwear": (399, 2999),
}
M_BRANDS = {
    "Tidewater Supply": (59, 599),
    "Greyfield": (99, 899),
    "Harbor & Pine": (199, 1299),
    "Ironbark Tailoring": (299, 2999),
    "Northbound Outerwear": (399, 2999),
}

W_SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
M_SIZES = ["S", "M", "L", "XL", "XXL", "3XL"]
M_WAIST = ["28", "29", "30", "31", "32", "33", "34", "36", "38"]

FIT_NOTES = {
    "slim": "A slim cut that follows the body without clinging.",
    "regular": "A regular fit with room to move, neither tight nor boxy.",
    "relaxed": "A relaxed, easy fit with extra room through the body.",
    "oversized": "Cut deliberately oversized for a slouchy, cocooning shape.",
    "tailored": "Tailored close to the body for a sharp, structured line.",
    "wrap": "The wrap front ties at the waist, so you can adjust it to your shape.",
    "a-line": "The a-line skirt skims the hips and flares gently.",
    "bias-cut": "Cut on the bias so it drapes and moves with the body.",
    "bodycon": "A close, body-skimming fit with plenty of stretch.",
    "fitted": "Fitted through the bodice and waist for a defined shape.",
}

COLOR_WORD = {"charcoal": "charcoal grey"}


def _cloth_title(name, feature=None, show_material=True):
    def title(a, brand, gword):
        mat = {
            "heavyweight cotton": "Heavyweight Cotton",
            "wool-cashmere blend": "Wool-Cashmere",
            "cotton-linen blend": "Cotton-Linen",
            "technical stretch": "Technical Stretch",
        }.get(a["material"], _cap(a["material"]))
        if a["material"] in ("denim", "stretch denim") and "Jeans" in name:
            mat = "Stretch" if a["material"] == "stretch denim" else "Rigid"
        name_words = name.lower().replace("-", " ").split()
        mat_words = [w for w in a["material"].replace("-", " ").split() if w != "blend"]
        if any(w in name_words for w in mat_words) or not show_material:
            mat = ""
        extra = feature(a) if feature else ""
        mat = mat + " " if mat else ""
        extra = ", " + extra if extra else ""
        text = f"{brand} {gword}{mat}{name}{extra} – {_cap(a['color'])}"
        return text

    return title


def _cloth_tails(a):
    out = []
    if "insulation" in a and a["insulation"] not in ("none",):
        fp = f", {a['fill_power']} fill power" if a.get("fill_power") else ""
        out.append(f"Insulated with {a['insulation']}{fp}, rated {a['warmth']} for cold days.")
    if a.get("hood") == "yes":
        out.append("The hood blocks wind and sleet when the collar is not enough.")
    if a.get("water_resistant") == "yes":
        out.append("A water-repellent shell shrugs off drizzle and snow.")
    if a.get("iron_free") == "yes":
        out.append("Non-iron finish: hang it up straight from the wash and it is ready to wear.")
    if a.get("fabric_weight_gsm"):
        out.append(f"The {a['fabric_weight_gsm']} gsm fabric is thick enough to hold its shape.")
    if a.get("knit") and a.get("warmth"):
        out.append(f"A {a['knit']} with a {a['warmth']} warmth rating.")
    if a.get("leg"):
        out.append(f"{a['rise'].capitalize()} rise with a {a['leg']} leg, {a['length']}.")
    return out


def _cloth(sub, leaf, name, n, cost, lead, flavour, feature=None, show_material=True, **attrs):
    """A clothing template; ``attrs`` holds the product's attributes (choices allowed)."""
    color = attrs.pop("color")
    size = attrs.pop("size")
    gender = attrs.pop("gender")
    factor = attrs.pop("factor", None)
    tpl = dict(
        sub=sub,
        leaf=leaf,
        n=n,
        cost=cost,
        attrs=attrs,
        color=color,
        gender=gender,
        size=(lambda rng, a: _sizes(rng, size, 4, 6)) if isinstance(size, list) else size,
        title=_cloth_title(name, feature, show_material),
        flavour=flavour,
        lead=lead,
        tails=[_cloth_tails],
        middle=lambda a: [FIT_NOTES[a["fit"]]] if a.get("fit") in FIT_NOTES else [],
    )
    if factor:
        tpl["factor"] = factor
    return tpl


W = dict(gender="women", size=W_SIZES)


def _lux(a):
    """Price factor for luxurious fabrics."""
    return {"silk": 2.0, "mulberry silk": 2.0, "wool-cashmere blend": 1.3}.get(a["material"], 1.0)


WOMENS = [
    # dresses (18)
    _cloth(
        "Dresses",
        "Midi Dresses",
        "Slip Dress",
        3,
        (199, 599),
        [
            "A {fit} {color} slip dress in {material} with a {neckline}, falling to a {length} "
            "length.",
            "{color} {material}, {sleeve}, with a {neckline} and a {length} hem.",
        ],
        [
            "A slip dress that goes from wedding to cocktail bar with a change of shoes.",
            "Add a blazer by day or heels and earrings by night.",
        ],
        fit="bias-cut",
        length=["midi", "maxi"],
        sleeve="sleeveless",
        neckline=["cowl", "v-neck"],
        material=[("satin", 3), ("silk", 1)],
        pattern="solid",
        occasion=[
            ["wedding guest", "cocktail"],
            ["evening", "party"],
            ["wedding guest", "evening"],
        ],
        season="all-season",
        care=["hand wash cold", "dry clean"],
        color={"green": 2, "burgundy": 2, "navy": 1, "black": 2, "blue": 1, "pink": 1},
        factor=_lux,
        **W,
    ),
    _cloth(
        "Dresses",
        "Midi Dresses",
        "Chiffon Wrap Midi Dress",
        3,
        (199, 599),
        [
            "A {pattern} {color} wrap dress in {material} with {sleeve} sleeves and a {neckline}.",
            "{color} {pattern} chiffon, {sleeve} sleeves, {neckline}, {length} length.",
        ],
        [
            "Floaty enough to dance in and modest enough for the ceremony.",
            "The wrap shape flatters almost every figure and adjusts through the day.",
        ],
        fit="wrap",
        length="midi",
        sleeve=["short", "flutter", "long"],
        neckline="v-neck",
        material="chiffon",
        pattern=[("floral", 2), ("solid", 2), ("polka dot", 1)],
        occasion=[["wedding guest", "garden party"], ["wedding guest", "brunch"]],
        season="spring-summer",
        care="hand wash cold",
        color={"blue": 2, "pink": 2, "green": 2, "yellow": 1, "navy": 1, "red": 1},
        **W,
    ),
    _cloth(
        "Dresses",
        "Midi Dresses",
        "Pleated A-Line Midi Dress",
        2,
        (199, 499),
        [
            "A {color} pleated dress with {sleeve} sleeves and a {neckline}.",
            "Knife pleats in {color} {material} fall to a {length} hem.",
        ],
        [
            "The pleats swing when you walk and hide a big lunch.",
            "A polished party dress that packs without creasing.",
        ],
        fit="a-line",
        length="midi",
        sleeve=["long", "short"],
        neckline=["v-neck", "round"],
        material="chiffon",
        pattern="solid",
        occasion=[["wedding guest", "party"], ["party", "office"]],
        season="all-season",
        care="hand wash cold",
        color={"navy": 1, "green": 1, "burgundy": 1, "pink": 1, "purple": 1, "black": 1},
        **W,
    ),
    _cloth(
        "Dresses",
        "Work Dresses",
        "Tailored Sheath Dress",
        2,
        (259, 699),
        [
            "A {color} sheath in {material}, {sleeve}, with a {neckline} and a {length} hem.",
            "{color} {material} cut close to the body, {length}, {neckline}.",
        ],
        [
            "The dress equivalent of a good suit: one piece and you are dressed.",
            "Sharp enough for an interview, easy enough for a full day at a desk.",
        ],
        fit="tailored",
        length="knee-length",
        sleeve=["sleeveless", "short", "three-quarter"],
        neckline=["boat", "square"],
        material="stretch crepe",
        pattern="solid",
        occasion=[["office", "interview"], ["office", "wedding guest"]],
        season="all-season",
        care="dry clean",
        color={"black": 2, "navy": 2, "grey": 1, "burgundy": 1, "red": 1},
        **W,
    ),
    _cloth(
        "Dresses",
        "Casual Dresses",
        "Shirt Dress",
        2,
        (199, 499),
        [
            "A {fit} {color} shirt dress in {material} with {sleeve} sleeves, belted at the waist.",
            "{color} {pattern} {material}, {sleeve} sleeves, {length} length.",
        ],
        [
            "Belt it or wear it loose: the easiest summer dress there is.",
            "Works with sandals on holiday and loafers at work.",
        ],
        fit="relaxed",
        length="midi",
        sleeve=["short", "long"],
        neckline="shirt collar",
        material=["linen", "cotton-linen blend"],
        pattern=[("solid", 3), ("stripe", 1)],
        occasion=[["everyday", "holiday"], ["office", "everyday"]],
        season="spring-summer",
        care="machine wash gentle",
        color={"white": 2, "beige": 2, "blue": 1, "olive": 1, "black": 1},
        **W,
    ),
    _cloth(
        "Dresses",
        "Casual Dresses",
        "Tea Dress",
        2,
        (129, 359),
        [
            "A {pattern} {color} tea dress in {material} with {sleeve} sleeves and a {neckline}.",
            "{color} {pattern} cotton, {fit}, {length}.",
        ],
        [
            "A pretty, easy dress for warm weekends and picnics.",
            "Vintage-inspired, with a tie back and side pockets.",
        ],
        fit=["a-line", "relaxed"],
        length="midi",
        sleeve=["puff", "short"],
        neckline=["square", "v-neck"],
        material=["cotton", "organic cotton"],
        pattern=["floral", "gingham"],
        occasion=[["everyday", "brunch"], ["holiday", "everyday"]],
        season="spring-summer",
        care="machine wash cold",
        color={"blue": 1, "yellow": 1, "pink": 1, "white": 1, "green": 1, "red": 1},
        **W,
    ),
    _cloth(
        "Dresses",
        "Knit Dresses",
        "Knit Sweater Dress",
        2,
        (199, 599),
        [
            "A {fit} {color} knit dress with {sleeve} sleeves and a {neckline}.",
            "{color} {material}, ribbed, {length}, {neckline}.",
        ],
        [
            "As comfortable as a jumper and as put-together as a dress.",
            "Add boots and a coat and winter dressing is done.",
        ],
        fit=["bodycon", "relaxed"],
        length="midi",
        sleeve="long",
        neckline=["crew", "turtleneck"],
        material="wool blend",
        pattern="solid",
        occasion=[["office", "everyday"]],
        season="autumn-winter",
        care="hand wash cold",
        color={"camel": 2, "grey": 1, "black": 2, "cream": 1, "burgundy": 1},
        **W,
    ),
    _cloth(
        "Dresses",
        "Evening Dresses",
        "Velvet Evening Maxi Dress",
        1,
        (299, 899),
        [
            "A {color} {material} maxi with {sleeve} sleeves and a {neckline}.",
            "{color} velvet, {fit}, to the floor.",
        ],
        [
            "A jewel-toned dress for winter weddings, banquets and year-end parties.",
            "Velvet does the dressing up for you.",
        ],
        fit="fitted",
        length="maxi",
        sleeve="long",
        neckline="v-neck",
        material="velvet",
        pattern="solid",
        occasion=[["evening", "wedding guest", "party"]],
        season="autumn-winter",
        care="dry clean",
        color={"green": 1, "burgundy": 1, "navy": 1, "black": 1},
        **W,
    ),
    _cloth(
        "Dresses",
        "Evening Dresses",
        "Qipao-Inspired Midi Dress",
        1,
        (299, 899),
        [
            "A {color} {material} qipao-style dress with a mandarin collar and {sleeve} sleeves.",
            "{color} {material}, fitted, with frog fastenings and a {length} hem.",
        ],
        [
            "A modern take on the qipao for Lunar New Year dinners and family weddings.",
            "Side slits and frog buttons, updated with an easier fit.",
        ],
        fit="fitted",
        length="midi",
        sleeve=["cap", "short"],
        neckline="mandarin collar",
        material=["jacquard", "silk"],
        pattern=["jacquard", "floral"],
        occasion=[["lunar new year", "wedding guest"]],
        season="all-season",
        care="dry clean",
        color={"red": 2, "blue": 1, "green": 1, "pink": 1},
        factor=_lux,
        **W,
    ),
    # tops (14)
    _cloth(
        "Tops",
        "Blouses",
        "Blouse",
        2,
        (199, 599),
        [
            "A {color} {material} blouse with a {neckline} and {sleeve} sleeves.",
            "{color} {material}, {fit}, {neckline}.",
        ],
        [
            "The top that makes jeans look dressed.",
            "Tuck it into tailoring for work or wear it loose at the weekend.",
        ],
        feature=lambda a: _cap(a["neckline"]),
        fit="relaxed",
        length="regular",
        sleeve="long",
        neckline=["v-neck", "shirt collar", "bow neck"],
        material=[("silk", 1), ("satin", 2)],
        pattern=["solid", "polka dot"],
        occasion=[["office", "evening"]],
        season="all-season",
        care=["hand wash cold", "dry clean"],
        color={"ivory": 2, "black": 2, "pink": 1, "blue": 1, "green": 1},
        factor=_lux,
        **W,
    ),
    _cloth(
        "Tops",
        "T-Shirts",
        "Crew Neck T-Shirt",
        3,
        (59, 199),
        [
            "A {fit} {color} tee in {material}, {length} length.",
            "{color} {pattern} {material} with a {neckline}.",
        ],
        [
            "The T-shirt you reach for first.",
            "Opaque, soft and cut to hold its shape after washing.",
        ],
        fit=["regular", "relaxed"],
        length=["regular", "cropped"],
        sleeve="short",
        neckline="crew",
        material=["organic cotton", "pima cotton", "cotton jersey"],
        pattern=[("solid", 3), ("stripe", 1)],
        occasion=[["everyday", "casual"]],
        season="all-season",
        care="machine wash cold",
        color={"white": 3, "black": 2, "grey": 1, "navy": 1, "pink": 1, "beige": 1},
        **W,
    ),
    _cloth(
        "Tops",
        "Shirts",
        "Linen Button-Down Shirt",
        2,
        (159, 399),
        [
            "A {fit} {color} linen shirt with {sleeve} sleeves.",
            "{color} {pattern} linen, {fit}, {length}.",
        ],
        [
            "Wear it buttoned, open over a swimsuit or knotted at the waist.",
            "The summer shirt that looks better creased.",
        ],
        fit="relaxed",
        length=["regular", "longline"],
        sleeve="long",
        neckline="shirt collar",
        material="linen",
        pattern=["solid", "stripe"],
        occasion=[["holiday", "everyday"]],
        season="spring-summer",
        care="machine wash gentle",
        color={"white": 2, "blue": 1, "beige": 1, "olive": 1},
        **W,
    ),
    _cloth(
        "Tops",
        "Blouses",
        "Ruffle Blouse",
        2,
        (129, 399),
        [
            "A {color} {pattern} blouse in {material} with {sleeve} sleeves and a ruffled "
            "{neckline}.",
            "{color} {material}, {sleeve} sleeves, soft ruffles at the {neckline}.",
        ],
        [
            "A romantic blouse that does the work of a statement necklace.",
            "Soft ruffles for a feminine, easy look.",
        ],
        fit="regular",
        length="regular",
        sleeve=["puff", "long"],
        neckline=["round", "v-neck"],
        material=["viscose", "chiffon"],
        pattern=["floral", "solid"],
        occasion=[["office", "date"]],
        season="spring-summer",
        care="hand wash cold",
        color={"white": 1, "pink": 1, "blue": 1, "black": 1, "yellow": 1},
        **W,
    ),
    _cloth(
        "Tops",
        "T-Shirts",
        "Fitted Long-Sleeve Top",
        2,
        (79, 229),
        [
            "A {fit} {color} long-sleeve top in {material} with a {neckline}.",
            "{color} {material}, {neckline}, {fit}.",
        ],
        [
            "A smooth base layer for under cardigans, blazers and pinafores.",
            "Second-skin soft and easy to layer.",
        ],
        fit="slim",
        length="regular",
        sleeve="long",
        neckline=["square", "scoop", "crew"],
        material=["modal", "cotton jersey"],
        pattern="solid",
        occasion=[["everyday", "office"]],
        season="all-season",
        care="machine wash cold",
        color={"black": 2, "white": 1, "cream": 1, "brown": 1, "grey": 1},
        **W,
    ),
    _cloth(
        "Tops",
        "Camisoles",
        "Camisole",
        2,
        (99, 399),
        [
            "A {color} {material} cami with a {neckline} and adjustable straps.",
            "{color} {material}, bias-cut, {neckline}.",
        ],
        [
            "Layer it under a blazer or wear it alone on warm nights.",
            "A silky cami that makes tailoring feel softer.",
        ],
        fit="relaxed",
        length="regular",
        sleeve="sleeveless",
        neckline="v-neck",
        material=["satin", "silk"],
        pattern="solid",
        occasion=[["evening", "date"]],
        season="spring-summer",
        care="hand wash cold",
        color={"black": 2, "ivory": 1, "beige": 1, "green": 1},
        factor=_lux,
        **W,
    ),
    _cloth(
        "Tops",
        "T-Shirts",
        "Striped Breton Top",
        1,
        (99, 259),
        [
            "A {color} Breton top with navy stripes and a {neckline}.",
            "{color} striped {material}, {sleeve} sleeves, {neckline}.",
        ],
        [
            "The Breton stripe has been a wardrobe staple for a hundred years.",
            "Heavy, soft cotton that will outlast trends.",
        ],
        fit="regular",
        length="regular",
        sleeve="long",
        neckline="boat",
        material="cotton",
        pattern="stripe",
        occasion=[["everyday", "weekend"]],
        season="all-season",
        care="machine wash cold",
        color={"white": 1, "cream": 1},
        **W,
    ),
    # coats & jackets (14)
    _cloth(
        "Coats & Jackets",
        "Down Coats",
        "Long Hooded Down Coat",
        3,
        (599, 2599),
        [
            "A {length} {color} down coat with a {material} shell and {closure} closure.",
            "{color}, {length}, filled with {insulation}.",
        ],
        [
            "The coat for real northern winters, from bus stop to ski town.",
            "Warm to the knees, without the weight of wool.",
        ],
        feature=lambda a: f"{a['fill_power']} Fill Power",
        show_material=False,
        fit="regular",
        length=["knee-length", "calf-length"],
        sleeve="long",
        neckline="hooded",
        material="nylon",
        insulation=["duck down", "goose down"],
        fill_power=None,
        warmth="very warm",
        hood="yes",
        closure="two-way zip",
        water_resistant="yes",
        pattern="solid",
        occasion=[["everyday", "commute"]],
        season="autumn-winter",
        care="machine wash gentle",
        color={"black": 3, "navy": 1, "beige": 1, "green": 1, "white": 1},
        **W,
    ),
    _cloth(
        "Coats & Jackets",
        "Wool Coats",
        "Wrap Coat",
        3,
        (599, 2599),
        [
            "A {fit} {length} wrap coat in {color} {material} with a {neckline}.",
            "{color} {material}, {length}, belted, with a {neckline}.",
        ],
        [
            "A camel-coat classic that goes over suits, knits and dresses alike.",
            "Warm, elegant and built to last a decade.",
        ],
        fit=["tailored", "relaxed"],
        length=["knee-length", "calf-length"],
        sleeve="long",
        neckline=["notch lapel", "shawl collar"],
        material=["wool", "wool-cashmere blend", "wool blend"],
        insulation="none",
        warmth="warm",
        hood="no",
        closure=["belt", "buttons"],
        water_resistant="no",
        pattern="solid",
        occasion=[["office", "everyday"]],
        season="autumn-winter",
        care="dry clean",
        color={"camel": 3, "grey": 1, "black": 2, "navy": 1, "cream": 1, "burgundy": 1},
        factor=_lux,
        **W,
    ),
    _cloth(
        "Coats & Jackets",
        "Puffer Jackets",
        "Short Puffer Jacket",
        2,
        (299, 899),
        [
            "A {color} {length} puffer with a {material} shell and {insulation} filling.",
            "{color} quilted {material}, {length}, {closure}.",
        ],
        [
            "A light, cropped puffer for chilly commutes.",
            "Warm, squashy and easy to throw over anything.",
        ],
        show_material=False,
        fit="relaxed",
        length="hip-length",
        sleeve="long",
        neckline="stand collar",
        material="nylon",
        insulation=["duck down", "synthetic fill"],
        fill_power=None,
        warmth="warm",
        hood=["yes", "no"],
        closure="zip",
        water_resistant="yes",
        pattern="solid",
        occasion=[["everyday", "commute"]],
        season="autumn-winter",
        care="machine wash gentle",
        color={"black": 2, "cream": 1, "pink": 1, "green": 1, "blue": 1},
        **W,
    ),
    _cloth(
        "Coats & Jackets",
        "Trench Coats",
        "Belted Trench Coat",
        2,
        (399, 1299),
        [
            "A {length} {color} trench in water-repellent {material}.",
            "{color} {material}, double-breasted, {length}.",
        ],
        [
            "The between-seasons coat for spring showers and autumn wind.",
            "A trench over anything looks instantly pulled together.",
        ],
        fit="regular",
        length=["knee-length", "thigh-length"],
        sleeve="long",
        neckline="notch lapel",
        material="cotton twill",
        insulation="none",
        warmth="light",
        hood="no",
        closure="belt",
        water_resistant="yes",
        pattern="solid",
        occasion=[["office", "everyday"]],
        season="spring-autumn",
        care="dry clean",
        color={"beige": 3, "khaki": 1, "black": 1, "navy": 1},
        **W,
    ),
    _cloth(
        "Coats & Jackets",
        "Fleece Jackets",
        "Teddy Fleece Coat",
        1,
        (259, 599),
        [
            "A {color} teddy coat in plush {material} fleece, {length}.",
            "{color} teddy fleece, {fit}, {closure}.",
        ],
        ["Like wearing a very smart blanket.", "Cosy, cuddly and surprisingly warm."],
        show_material=False,
        fit="relaxed",
        length="thigh-length",
        sleeve="long",
        neckline="notch lapel",
        material="polyester",
        insulation="none",
        warmth="warm",
        hood="no",
        closure="buttons",
        water_resistant="no",
        pattern="solid",
        occasion=[["everyday", "weekend"]],
        season="autumn-winter",
        care="machine wash gentle",
        color={"cream": 2, "camel": 1, "brown": 1},
        **W,
    ),
    _cloth(
        "Coats & Jackets",
        "Blazers",
        "Tailored Blazer",
        2,
        (299, 899),
        [
            "A {fit} single-breasted blazer in {color} {material}.",
            "{color} {material}, {fit}, {neckline}.",
        ],
        [
            "The jacket that turns jeans into a work outfit.",
            "Sharp shoulders, soft construction and a nipped waist.",
        ],
        fit="tailored",
        length="hip-length",
        sleeve="long",
        neckline="notch lapel",
        material=["stretch crepe", "wool blend"],
        insulation="none",
        warmth="light",
        hood="no",
        closure="buttons",
        water_resistant="no",
        pattern=["solid", "check"],
        occasion=[["office", "interview"]],
        season="all-season",
        care="dry clean",
        color={"black": 2, "navy": 1, "beige": 1, "grey": 1, "camel": 1},
        **W,
    ),
    _cloth(
        "Coats & Jackets",
        "Denim Jackets",
        "Classic Denim Jacket",
        1,
        (199, 459),
        [
            "A {color} {material} jacket with chest pockets, {length}.",
            "{color} washed denim, {fit}, button front.",
        ],
        [
            "The jacket that goes with everything from summer dresses to hoodies.",
            "Broken-in from day one.",
        ],
        fit="regular",
        length="hip-length",
        sleeve="long",
        neckline="shirt collar",
        material="denim",
        insulation="none",
        warmth="light",
        hood="no",
        closure="buttons",
        water_resistant="no",
        pattern="solid",
        occasion=[["everyday", "weekend"]],
        season="all-season",
        care="machine wash cold",
        color={"blue": 3, "black": 1, "white": 1},
        **W,
    ),
    # knitwear (12)
    _cloth(
        "Knitwear",
        "Sweaters",
        "Cashmere Crew Neck Sweater",
        3,
        (499, 1599),
        [
            "A {fit} {color} sweater in pure {material} with a {neckline}.",
            "{color} {material}, {knit}, {neckline}.",
        ],
        [
            "A forever sweater that gets softer every winter.",
            "Light enough to wear under a coat, warm enough on its own.",
        ],
        fit="regular",
        length="regular",
        sleeve="long",
        neckline=["crew", "v-neck"],
        material="cashmere",
        knit="fine knit",
        warmth="warm",
        pattern="solid",
        occasion=[["office", "everyday"]],
        season="autumn-winter",
        care="hand wash cold",
        color={"camel": 2, "grey": 2, "black": 1, "cream": 1, "navy": 1, "pink": 1},
        **W,
    ),
    _cloth(
        "Knitwear",
        "Cardigans",
        "Merino Wool Cardigan",
        2,
        (259, 699),
        [
            "A {fit} {color} cardigan in {material} with a {neckline} and pearl-effect buttons.",
            "{color} {material}, {knit}, {neckline}.",
        ],
        [
            "The office cardigan for air-conditioned summers and heated winters.",
            "Layer it, drape it or button it all the way up.",
        ],
        fit="regular",
        length="regular",
        sleeve="long",
        neckline="v-neck",
        material="merino wool",
        knit="fine knit",
        warmth="medium",
        pattern="solid",
        occasion=[["office", "everyday"]],
        season=["autumn-winter", "all-season"],
        care=["hand wash cold", "machine wash wool cycle"],
        color={"black": 1, "navy": 1, "cream": 1, "green": 1, "grey": 1},
        **W,
    ),
    _cloth(
        "Knitwear",
        "Sweaters",
        "Chunky Cable Turtleneck",
        2,
        (259, 799),
        [
            "A {fit} {color} turtleneck in {material}, {knit}.",
            "{color} {material}, {fit}, roll neck.",
        ],
        [
            "A big, cosy sweater for snowy weekends.",
            "Chunky cables and a fold-over neck for proper cold.",
        ],
        fit=["relaxed", "oversized"],
        length="regular",
        sleeve="long",
        neckline="turtleneck",
        material=["wool blend", "lambswool", "alpaca blend"],
        knit="cable knit",
        warmth="very warm",
        pattern="cable",
        occasion=[["everyday", "weekend"]],
        season="autumn-winter",
        care="hand wash cold",
        color={"cream": 2, "grey": 1, "camel": 1, "green": 1},
        **W,
    ),
    _cloth(
        "Knitwear",
        "Sweaters",
        "Mohair Blend V-Neck Sweater",
        1,
        (299, 699),
        [
            "A {color} {material} sweater with a deep {neckline}.",
            "{color} brushed {material}, {fit}.",
        ],
        [
            "A fluffy, cloud-soft knit with a little glamour.",
            "Sheer-ish, fuzzy and lovely over a camisole.",
        ],
        fit="relaxed",
        length="regular",
        sleeve="long",
        neckline="v-neck",
        material="mohair blend",
        knit="brushed knit",
        warmth="warm",
        pattern="solid",
        occasion=[["everyday", "date"]],
        season="autumn-winter",
        care="hand wash cold",
        color={"pink": 1, "blue": 1, "cream": 1, "purple": 1},
        **W,
    ),
    _cloth(
        "Knitwear",
        "Vests",
        "Cotton Knit Vest",
        2,
        (129, 299),
        [
            "A {color} {material} vest with a {neckline}, {knit}.",
            "{color} {material}, sleeveless, {neckline}.",
        ],
        [
            "Layer it over shirts and T-shirts for an easy preppy look.",
            "The in-between-season knit.",
        ],
        fit="regular",
        length="regular",
        sleeve="sleeveless",
        neckline="v-neck",
        material="cotton knit",
        knit=["cable knit", "rib knit"],
        warmth="light",
        pattern=["solid", "cable"],
        occasion=[["office", "everyday"]],
        season="all-season",
        care="machine wash gentle",
        color={"cream": 1, "grey": 1, "navy": 1, "brown": 1, "green": 1},
        **W,
    ),
    _cloth(
        "Knitwear",
        "Sweaters",
        "Lambswool Crew Neck Sweater",
        2,
        (199, 499),
        [
            "A {fit} {color} sweater in {material} with a {neckline}.",
            "{color} {material}, {knit}, {fit}.",
        ],
        ["A good-value wool sweater that will last for years.", "Classic, warm and easy to wear."],
        fit="regular",
        length="regular",
        sleeve="long",
        neckline="crew",
        material="lambswool",
        knit="fine knit",
        warmth="warm",
        pattern="solid",
        occasion=[["everyday", "office"]],
        season="autumn-winter",
        care="hand wash cold",
        color={"red": 1, "navy": 1, "grey": 1, "green": 1, "camel": 1},
        **W,
    ),
    # trousers (12)
    _cloth(
        "Trousers",
        "Tailored Trousers",
        "Wide-Leg Tailored Trousers",
        3,
        (199, 599),
        [
            "{color} {material} trousers with pressed creases and a {leg} leg.",
            "A {fit} {color} {leg}-leg trouser in {material}.",
        ],
        [
            "Long, fluid trousers that make everyone look taller, especially with a small heel.",
            "The trousers that carry an outfit from interview to dinner.",
        ],
        fit="regular",
        rise="high",
        leg="wide",
        length="full-length",
        material=["stretch crepe", "wool blend"],
        pattern=["solid", "pinstripe"],
        occasion=[["office", "interview"]],
        season="all-season",
        care=["dry clean", "machine wash gentle"],
        color={"black": 2, "navy": 1, "grey": 1, "camel": 1, "beige": 1},
        **W,
    ),
    _cloth(
        "Trousers",
        "Jeans",
        "Straight-Leg Jeans",
        3,
        (159, 459),
        [
            "{color} {material} jeans with a {rise} rise and a {leg} leg.",
            "A {fit} {color} jean, {length}.",
        ],
        [
            "The straight jean that works with trainers, boots and heels.",
            "Comfortable enough to wear all weekend.",
        ],
        fit=["regular", "slim"],
        rise=["high", "mid"],
        leg="straight",
        length=["full-length", "ankle"],
        material=["stretch denim", "denim"],
        pattern="solid",
        occasion=[["everyday", "weekend"]],
        season="all-season",
        care="machine wash cold",
        color={"blue": 3, "black": 1},
        **W,
    ),
    _cloth(
        "Trousers",
        "Casual Trousers",
        "Drawstring Trousers",
        2,
        (159, 399),
        [
            "{color} {material} trousers with a drawstring waist and a {leg} leg.",
            "A {fit} {color} trouser in {material}.",
        ],
        [
            "The coolest thing you can wear on a humid day.",
            "Holiday trousers that look smart enough for dinner.",
        ],
        fit="relaxed",
        rise="mid",
        leg="wide",
        length="full-length",
        material=["linen", "cotton-linen blend"],
        pattern="solid",
        occasion=[["holiday", "everyday"]],
        season="spring-summer",
        care="machine wash gentle",
        color={"white": 1, "beige": 2, "black": 1, "olive": 1},
        **W,
    ),
    _cloth(
        "Trousers",
        "Tailored Trousers",
        "Cigarette Trousers",
        2,
        (159, 399),
        [
            "Slim {color} trousers in {material} with a {leg} leg, {length}.",
            "A {fit} {color} cigarette trouser in {material}.",
        ],
        [
            "Ankle-grazing trousers that show off loafers and flats.",
            "A neat, slim line for the office.",
        ],
        fit="slim",
        rise=["mid", "high"],
        leg="tapered",
        length="ankle",
        material=["ponte", "stretch crepe"],
        pattern="solid",
        occasion=[["office", "everyday"]],
        season="all-season",
        care="machine wash gentle",
        color={"black": 3, "navy": 1, "grey": 1},
        **W,
    ),
    _cloth(
        "Trousers",
        "Casual Trousers",
        "Corduroy Flares",
        1,
        (199, 399),
        ["{color} {material} flares with a {rise} waist.", "A {fit} {color} flare in {material}."],
        ["A seventies silhouette in cosy corduroy.", "Flares and a chunky knit: instant autumn."],
        fit="regular",
        rise="high",
        leg="flared",
        length="full-length",
        material="corduroy",
        pattern="solid",
        occasion=[["everyday", "weekend"]],
        season="autumn-winter",
        care="machine wash cold",
        color={"brown": 1, "beige": 1, "green": 1},
        **W,
    ),
    _cloth(
        "Trousers",
        "Tailored Trousers",
        "Pleated Culottes",
        1,
        (159, 359),
        [
            "Cropped {color} culottes in {material} with front pleats.",
            "A {fit} {color} culotte with a {leg} leg.",
        ],
        ["A skirt's swing with a trouser's ease.", "Cropped, pleated and breezy."],
        fit="relaxed",
        rise="high",
        leg="wide",
        length="cropped",
        material="stretch crepe",
        pattern="solid",
        occasion=[["office", "everyday"]],
        season="all-season",
        care="machine wash gentle",
        color={"black": 1, "navy": 1, "beige": 1},
        **W,
    ),
]


def _down_fill(rng, a):
    if a.get("insulation") in ("duck down", "goose down"):
        a["fill_power"] = pick(
            rng, [600, 650, 700] if a["insulation"] == "duck down" else [700, 750, 800]
        )
    else:
        a.pop("fill_power", None)


for _tpl in WOMENS:
    if "fill_power" in _tpl["attrs"]:
        _tpl["derive"] = _down_fill


def womens(rng: random.Random) -> list[dict]:
    shop = _Shop(rng)
    for tpl in WOMENS:
        _make_from(shop, "Women's Clothing", tpl, W_BRANDS, (59, 2599))
    return shop.items


M = dict(gender="men", size=M_SIZES)
MW = dict(gender="men", size=M_WAIST)

MENS = [
    # shirts (15)
    _cloth(
        "Shirts",
        "Casual Shirts",
        "Oxford Button-Down Shirt",
        3,
        (159, 459),
        [
            "A {fit} {color} {pattern} shirt in {material} with a {collar} collar.",
            "{color} {material}, {fit} fit, {collar} collar, {sleeve} sleeves.",
        ],
        [
            "The shirt that works with a blazer on Monday and jeans on Saturday.",
            "A soft, textured oxford that looks better the more you wear it.",
        ],
        fit=["slim", "regular"],
        collar="button-down",
        sleeve="long",
        length="regular",
        material="oxford cotton",
        pattern=[("solid", 3), ("stripe", 1)],
        occasion=[["office", "casual"], ["business casual", "weekend"]],
        season="all-season",
        care="machine wash cold",
        iron_free="no",
        color={"white": 3, "blue": 3, "pink": 1, "grey": 1},
        **M,
    ),
    _cloth(
        "Shirts",
        "Dress Shirts",
        "Non-Iron Poplin Dress Shirt",
        3,
        (199, 599),
        [
            "A {fit} {color} dress shirt in {material} with a {collar} collar and {cuffs} cuffs.",
            "{color} {pattern} poplin, {fit}, {collar} collar.",
        ],
        [
            "A crisp shirt for interviews, presentations and weddings.",
            "The shirt to wear under a suit when first impressions count.",
        ],
        feature=lambda a: f"{_cap(a['collar'])} Collar",
        fit=["slim", "tailored", "regular"],
        collar=["spread", "point"],
        cuffs=["button", "french"],
        sleeve="long",
        length="regular",
        material="cotton poplin",
        pattern=[("solid", 3), ("fine stripe", 1)],
        occasion=[["office", "interview", "formal"]],
        season="all-season",
        care="machine wash cold",
        iron_free="yes",
        color={"white": 3, "blue": 2, "pink": 1},
        **M,
    ),
    _cloth(
        "Shirts",
        "Casual Shirts",
        "Linen Shirt",
        2,
        (199, 459),
        [
            "A {fit} {color} shirt in {material} with a {collar} collar and {sleeve} sleeves.",
            "{color} {material}, {fit}, {collar} collar.",
        ],
        [
            "Breathable linen for humid summers and beach holidays.",
            "Roll the sleeves and leave the top buttons open.",
        ],
        fit="relaxed",
        collar=["camp", "point"],
        sleeve=["long", "short"],
        length="regular",
        material="linen",
        pattern="solid",
        occasion=[["holiday", "casual"]],
        season="spring-summer",
        care="machine wash gentle",
        iron_free="no",
        color={"white": 2, "blue": 1, "beige": 1, "olive": 1, "navy": 1},
        **M,
    ),
    _cloth(
        "Shirts",
        "Casual Shirts",
        "Check Shirt",
        2,
        (159, 399),
        [
            "A {fit} {color} check shirt in brushed {material}.",
            "{color} {pattern} flannel, {collar} collar.",
        ],
        [
            "A warm overshirt for autumn weekends and cabin trips.",
            "Wear it buttoned or open over a T-shirt.",
        ],
        fit="regular",
        collar="point",
        sleeve="long",
        length="regular",
        material="cotton flannel",
        pattern="check",
        occasion=[["casual", "weekend"]],
        season="autumn-winter",
        care="machine wash cold",
        iron_free="no",
        color={"red": 1, "green": 1, "navy": 1, "grey": 1, "brown": 1},
        **M,
    ),
    _cloth(
        "Shirts",
        "Casual Shirts",
        "Western Denim Shirt",
        1,
        (199, 459),
        [
            "A {fit} {color} {material} shirt with snap buttons and twin chest pockets.",
            "{color} {material}, {collar} collar.",
        ],
        [
            "Rugged, western-style denim that layers over a tee.",
            "A denim shirt that softens like your favourite jeans.",
        ],
        fit="regular",
        collar="point",
        sleeve="long",
        length="regular",
        material="denim",
        pattern="solid",
        occasion=[["casual", "weekend"]],
        season="all-season",
        care="machine wash cold",
        iron_free="no",
        color={"blue": 2, "black": 1},
        **M,
    ),
    _cloth(
        "Shirts",
        "Casual Shirts",
        "Mandarin Collar Shirt",
        2,
        (199, 459),
        [
            "A {fit} {color} shirt with a mandarin collar in {material}.",
            "{color} {material}, band collar, {fit}.",
        ],
        [
            "A collarless look that feels modern without a tie.",
            "Clean, minimal and smart enough for business casual.",
        ],
        fit=["slim", "regular"],
        collar="mandarin",
        sleeve="long",
        length="regular",
        material=["cotton-linen blend", "cotton poplin"],
        pattern="solid",
        occasion=[["business casual", "casual"], ["office", "lunar new year"]],
        season="all-season",
        care="machine wash cold",
        iron_free="no",
        color={"white": 1, "black": 1, "navy": 1, "beige": 1},
        **M,
    ),
    _cloth(
        "Shirts",
        "Casual Shirts",
        "Short-Sleeve Camp Shirt",
        2,
        (129, 359),
        [
            "A {fit} {color} {pattern} camp shirt in {material}.",
            "{color} {material}, open camp collar, {sleeve} sleeves.",
        ],
        [
            "A boxy holiday shirt for hot evenings.",
            "Wear it untucked with shorts or linen trousers.",
        ],
        fit="relaxed",
        collar="camp",
        sleeve="short",
        length="regular",
        material=["viscose", "cotton"],
        pattern=["print", "solid"],
        occasion=[["holiday", "casual"]],
        season="spring-summer",
        care="machine wash cold",
        iron_free="no",
        color={"green": 1, "navy": 1, "black": 1, "cream": 1, "blue": 1},
        **M,
    ),
    # t-shirts (14)
    _cloth(
        "T-Shirts",
        "Crew Neck T-Shirts",
        "Heavyweight Crew Neck T-Shirt",
        3,
        (79, 259),
        [
            "A {fit} {color} tee in {fabric_weight_gsm} gsm {material}.",
            "{color} {material}, {neckline}, {fit}.",
        ],
        [
            "A thick, boxy tee that will not go see-through or twist.",
            "The T-shirt you will wear for five summers.",
        ],
        feature=lambda a: f"{a['fabric_weight_gsm']} gsm",
        fit=["relaxed", "regular"],
        neckline="crew",
        sleeve="short",
        length="regular",
        material="heavyweight cotton",
        fabric_weight_gsm=[240, 260, 300],
        pattern="solid",
        occasion=[["casual", "everyday"]],
        season="all-season",
        care="machine wash cold",
        color={"white": 3, "black": 3, "grey": 1, "navy": 1, "olive": 1, "beige": 1},
        **M,
    ),
    _cloth(
        "T-Shirts",
        "Crew Neck T-Shirts",
        "Pima Cotton T-Shirt",
        2,
        (99, 299),
        [
            "A {fit} {color} tee in {material} with a {neckline}.",
            "{color} {material}, {neckline}, {fit}.",
        ],
        [
            "A smooth, refined T-shirt that looks good under a blazer.",
            "Soft, silky cotton that keeps its shape.",
        ],
        feature=lambda a: _cap(a["neckline"]),
        fit=["slim", "regular"],
        neckline=["crew", "v-neck"],
        sleeve="short",
        length="regular",
        material="pima cotton",
        pattern="solid",
        occasion=[["casual", "business casual"]],
        season="all-season",
        care="machine wash cold",
        color={"white": 2, "black": 2, "navy": 1, "grey": 1},
        **M,
    ),
    _cloth(
        "T-Shirts",
        "Performance T-Shirts",
        "Merino Wool T-Shirt",
        2,
        (259, 499),
        ["A {fit} {color} tee in fine {material}.", "{color} {material}, {neckline}, {fit}."],
        [
            "Wear it for days of travel without it smelling.",
            "A wool tee for hiking, flights and hot cities.",
        ],
        fit="regular",
        neckline="crew",
        sleeve="short",
        length="regular",
        material="merino wool",
        pattern="solid",
        occasion=[["travel", "hiking"]],
        season="all-season",
        care=["hand wash cold", "machine wash wool cycle"],
        color={"black": 1, "grey": 1, "navy": 1, "olive": 1},
        **M,
    ),
    _cloth(
        "T-Shirts",
        "Polo Shirts",
        "Piqué Polo Shirt",
        3,
        (129, 459),
        [
            "A {fit} {color} polo in {material} piqué with a ribbed collar.",
            "{color} {material} piqué, {fit}, two-button placket.",
        ],
        [
            "A polo is the smartest thing you can wear without a collar stay.",
            "Golf course, office Friday or summer lunch.",
        ],
        fit=["regular", "slim"],
        neckline="polo collar",
        sleeve="short",
        length="regular",
        material="cotton",
        pattern="solid",
        occasion=[["casual", "business casual", "golf"]],
        season=["spring-summer", "all-season"],
        care="machine wash cold",
        color={"navy": 2, "white": 2, "black": 1, "green": 1, "pink": 1},
        **M,
    ),
    _cloth(
        "T-Shirts",
        "Long-Sleeve T-Shirts",
        "Long-Sleeve Henley",
        2,
        (129, 299),
        [
            "A {fit} {color} henley in {material} with a three-button placket.",
            "{color} {material}, {sleeve} sleeves, henley neck.",
        ],
        ["A rugged layering piece for cool days.", "Wear it alone or under a flannel shirt."],
        fit="regular",
        neckline="henley",
        sleeve="long",
        length="regular",
        material="cotton jersey",
        pattern="solid",
        occasion=[["casual", "weekend"]],
        season="all-season",
        care="machine wash cold",
        color={"grey": 1, "navy": 1, "cream": 1, "olive": 1, "black": 1},
        **M,
    ),
    _cloth(
        "T-Shirts",
        "Graphic T-Shirts",
        "Graphic Print T-Shirt",
        2,
        (79, 199),
        [
            "A {fit} {color} tee in {material} with a water-based print.",
            "{color} {material}, {neckline}, {fit}, printed.",
        ],
        [
            "A mountain-and-river print inspired by classic ink landscapes.",
            "A relaxed tee with a soft-hand print that will not crack.",
        ],
        fit="relaxed",
        neckline="crew",
        sleeve="short",
        length="regular",
        material="organic cotton",
        pattern="graphic print",
        occasion=[["casual", "everyday"]],
        season="all-season",
        care="machine wash cold",
        color={"white": 1, "black": 1, "grey": 1},
        **M,
    ),
    # jackets (15)
    _cloth(
        "Jackets",
        "Blazers",
        "Two-Button Blazer",
        3,
        (499, 2499),
        [
            "A {fit} {color} blazer in {material} with notch lapels.",
            "{color} {pattern} {material}, {fit}, two-button.",
        ],
        [
            "The single most useful jacket a man can own: interviews, weddings, dinners.",
            "Half-canvassed for a natural roll to the lapel.",
        ],
        fit=["slim", "tailored", "regular"],
        length="hip-length",
        sleeve="long",
        collar="notch lapel",
        material=["wool", "wool blend", "wool-cashmere blend"],
        insulation="none",
        warmth="light",
        hood="no",
        closure="buttons",
        water_resistant="no",
        pattern=[("solid", 3), ("herringbone", 1), ("check", 1)],
        occasion=[["office", "interview", "wedding"]],
        season="all-season",
        care="dry clean",
        color={"navy": 3, "charcoal": 2, "grey": 1, "black": 1, "brown": 1},
        factor=_lux,
        **M,
    ),
    _cloth(
        "Jackets",
        "Down Jackets",
        "Down Puffer Jacket",
        3,
        (499, 1999),
        [
            "A {fit} {color} puffer with a {material} shell and {insulation} fill.",
            "{color} quilted {material}, {length}, {closure}.",
        ],
        [
            "A warm, packable puffer for everyday winter.",
            "Baffled down that stays lofty through a northern winter.",
        ],
        feature=lambda a: f"{a['fill_power']} Fill Power",
        show_material=False,
        fit=["regular", "relaxed"],
        length="hip-length",
        sleeve="long",
        collar="stand collar",
        material="nylon",
        insulation=["duck down", "goose down"],
        fill_power=None,
        warmth=["warm", "very warm"],
        hood=["yes", "no"],
        closure="zip",
        water_resistant="yes",
        pattern="solid",
        occasion=[["everyday", "commute"]],
        season="autumn-winter",
        care="machine wash gentle",
        color={"black": 3, "navy": 1, "olive": 1, "grey": 1},
        **M,
    ),
    _cloth(
        "Jackets",
        "Parkas",
        "Hooded Down Parka",
        2,
        (899, 2599),
        [
            "A {length} {color} parka filled with {insulation}, with a fixed hood.",
            "{color} {material} shell, {length}, {closure}.",
        ],
        [
            "Built for minus twenty: long cut, deep hood, storm flap.",
            "The coat for Harbin winters and long waits outdoors.",
        ],
        feature=lambda a: f"{a['fill_power']} Fill Power",
        show_material=False,
        fit="regular",
        length=["thigh-length", "knee-length"],
        sleeve="long",
        collar="hooded",
        material=["polyester", "nylon"],
        insulation="goose down",
        fill_power=None,
        warmth="very warm",
        hood="yes",
        closure="two-way zip",
        water_resistant="yes",
        pattern="solid",
        occasion=[["everyday", "outdoor"]],
        season="autumn-winter",
        care="machine wash gentle",
        color={"black": 2, "olive": 1, "navy": 1, "khaki": 1},
        **M,
    ),
    _cloth(
        "Jackets",
        "Overcoats",
        "Single-Breasted Overcoat",
        2,
        (899, 2599),
        [
            "A {fit} {length} overcoat in {color} {material}.",
            "{color} {material}, {length}, single-breasted.",
        ],
        [
            "A long wool coat that goes over a suit without crushing it.",
            "The winter coat that makes everything under it look smarter.",
        ],
        fit=["tailored", "regular"],
        length="knee-length",
        sleeve="long",
        collar="notch lapel",
        material=["wool", "wool-cashmere blend"],
        insulation="none",
        warmth="warm",
        hood="no",
        closure="buttons",
        water_resistant="no",
        pattern="solid",
        occasion=[["office", "formal"]],
        season="autumn-winter",
        care="dry clean",
        color={"charcoal": 2, "camel": 2, "navy": 1, "black": 2},
        factor=_lux,
        **M,
    ),
    _cloth(
        "Jackets",
        "Casual Jackets",
        "Harrington Jacket",
        2,
        (259, 599),
        [
            "A {color} {material} Harrington with a tartan lining.",
            "{color} {material}, {length}, zip front.",
        ],
        [
            "A light jacket for spring and autumn that goes with everything.",
            "A sixties classic with a check lining.",
        ],
        fit="regular",
        length="hip-length",
        sleeve="long",
        collar="stand collar",
        material="cotton twill",
        insulation="none",
        warmth="light",
        hood="no",
        closure="zip",
        water_resistant="yes",
        pattern="solid",
        occasion=[["casual", "weekend"]],
        season="spring-autumn",
        care="machine wash cold",
        color={"navy": 1, "beige": 1, "black": 1, "olive": 1},
        **M,
    ),
    _cloth(
        "Jackets",
        "Rain Jackets",
        "Lightweight Rain Shell",
        2,
        (259, 899),
        [
            "A {color} waterproof shell in {material} with taped seams and a hood.",
            "{color} {material}, packable, hooded.",
        ],
        [
            "A rain jacket that folds into its own pocket.",
            "Keeps you dry on wet commutes and mountain paths.",
        ],
        fit="regular",
        length="hip-length",
        sleeve="long",
        collar="hooded",
        material="nylon",
        insulation="none",
        warmth="light",
        hood="yes",
        closure="zip",
        water_resistant="yes",
        pattern="solid",
        occasion=[["outdoor", "commute", "hiking"]],
        season="all-season",
        care="machine wash gentle",
        color={"black": 1, "navy": 1, "green": 1, "yellow": 1},
        **M,
    ),
    _cloth(
        "Jackets",
        "Casual Jackets",
        "Chore Jacket",
        1,
        (259, 599),
        [
            "A {fit} {color} chore jacket in {material} with three patch pockets.",
            "{color} {material}, boxy, button front.",
        ],
        ["A French workwear classic for the weekend.", "Gets better with every wash and scuff."],
        fit="relaxed",
        length="hip-length",
        sleeve="long",
        collar="point",
        material=["cotton twill", "canvas"],
        insulation="none",
        warmth="light",
        hood="no",
        closure="buttons",
        water_resistant="no",
        pattern="solid",
        occasion=[["casual", "weekend"]],
        season="all-season",
        care="machine wash cold",
        color={"navy": 1, "brown": 1, "olive": 1, "beige": 1},
        **M,
    ),
    # knitwear (12)
    _cloth(
        "Knitwear",
        "Sweaters",
        "Merino Crew Neck Sweater",
        3,
        (259, 699),
        [
            "A {fit} {color} sweater in {material} with a {neckline}.",
            "{color} {material}, {knit}, {fit}.",
        ],
        [
            "A thin, smart sweater to wear over a shirt at the office.",
            "Fine enough to layer, warm enough alone.",
        ],
        fit=["regular", "slim"],
        length="regular",
        sleeve="long",
        neckline="crew",
        material="merino wool",
        knit="fine knit",
        warmth="medium",
        pattern="solid",
        occasion=[["office", "everyday"]],
        season="autumn-winter",
        care=["machine wash wool cycle", "hand wash cold"],
        color={"navy": 2, "grey": 2, "black": 1, "burgundy": 1, "green": 1},
        **M,
    ),
    _cloth(
        "Knitwear",
        "Sweaters",
        "Cashmere V-Neck Sweater",
        2,
        (699, 1899),
        ["A {fit} {color} V-neck in pure {material}.", "{color} {material}, {knit}, {neckline}."],
        [
            "Cashmere over a shirt and tie is the smartest knit there is.",
            "A quiet luxury that is worn for decades.",
        ],
        fit="regular",
        length="regular",
        sleeve="long",
        neckline="v-neck",
        material="cashmere",
        knit="fine knit",
        warmth="warm",
        pattern="solid",
        occasion=[["office", "formal"]],
        season="autumn-winter",
        care="hand wash cold",
        color={"navy": 1, "grey": 1, "camel": 1, "charcoal": 1},
        **M,
    ),
    _cloth(
        "Knitwear",
        "Cardigans",
        "Cable Knit Cardigan",
        2,
        (359, 899),
        [
            "A {fit} {color} cardigan in {material} with a {neckline}.",
            "{color} {material}, {knit}, horn buttons.",
        ],
        [
            "A chunky cardigan that works as a light jacket indoors.",
            "Cosy weekend knitwear with deep, textured cables.",
        ],
        fit=["regular", "relaxed"],
        length="regular",
        sleeve="long",
        neckline=["shawl collar", "v-neck"],
        material=["lambswool", "wool blend"],
        knit="cable knit",
        warmth="warm",
        pattern="cable",
        occasion=[["weekend", "casual"]],
        season="autumn-winter",
        care="hand wash cold",
        color={"cream": 1, "brown": 1, "grey": 1, "navy": 1},
        **M,
    ),
    _cloth(
        "Knitwear",
        "Sweaters",
        "Lambswool Crew Neck Sweater",
        2,
        (259, 599),
        ["A {fit} {color} sweater in {material}.", "{color} {material}, {neckline}, {knit}."],
        ["A classic wool jumper at a fair price.", "Warm, slightly fuzzy and built to last."],
        fit="regular",
        length="regular",
        sleeve="long",
        neckline="crew",
        material="lambswool",
        knit="fine knit",
        warmth="warm",
        pattern="solid",
        occasion=[["everyday", "office"]],
        season="autumn-winter",
        care="hand wash cold",
        color={"green": 1, "navy": 1, "red": 1, "grey": 1, "camel": 1},
        **M,
    ),
    _cloth(
        "Knitwear",
        "Sweaters",
        "Cotton Quarter-Zip Sweater",
        2,
        (199, 459),
        ["A {fit} {color} quarter-zip in {material}.", "{color} {material}, zip neck, {knit}."],
        [
            "A smart-casual knit for air-conditioned offices and golf.",
            "Zip it up for warmth or down for air.",
        ],
        fit="regular",
        length="regular",
        sleeve="long",
        neckline="quarter-zip",
        material="cotton knit",
        knit="rib knit",
        warmth="light",
        pattern="solid",
        occasion=[["business casual", "golf"]],
        season="all-season",
        care="machine wash gentle",
        color={"navy": 1, "grey": 1, "cream": 1, "black": 1},
        **M,
    ),
    _cloth(
        "Knitwear",
        "Sweaters",
        "Chunky Roll-Neck Sweater",
        1,
        (359, 799),
        ["A {fit} {color} roll-neck in {material}.", "{color} {material}, {knit}, roll neck."],
        [
            "A fisherman-style knit for the coldest days.",
            "Thick, warm and made for weekends outdoors.",
        ],
        fit="relaxed",
        length="regular",
        sleeve="long",
        neckline="turtleneck",
        material=["wool blend", "alpaca blend"],
        knit="chunky knit",
        warmth="very warm",
        pattern="solid",
        occasion=[["weekend", "outdoor"]],
        season="autumn-winter",
        care="hand wash cold",
        color={"cream": 1, "grey": 1, "navy": 1},
        **M,
    ),
    # trousers (14)
    _cloth(
        "Trousers",
        "Suit Trousers",
        "Flat-Front Suit Trousers",
        3,
        (359, 1299),
        [
            "{fit} {color} trousers in {material} with a {leg} leg.",
            "A {color} {pattern} trouser in {material}, {fit}.",
        ],
        [
            "Pair them with a navy or charcoal blazer for interviews and office days.",
            "Half-lined, with an extendable waistband and a clean break at the shoe.",
        ],
        fit=["slim", "tailored", "regular"],
        rise="mid",
        leg=["straight", "tapered"],
        length="full-length",
        material=["wool", "wool blend"],
        pattern=[("solid", 3), ("pinstripe", 1)],
        occasion=[["office", "interview", "formal"]],
        season="all-season",
        care="dry clean",
        color={"charcoal": 2, "navy": 2, "grey": 1, "black": 1},
        **MW,
    ),
    _cloth(
        "Trousers",
        "Chinos",
        "Stretch Chinos",
        3,
        (159, 459),
        [
            "{fit} {color} chinos in stretch {material} with a {leg} leg.",
            "A {color} chino in {material}, {fit}.",
        ],
        [
            "The trouser between jeans and suits, right for most offices.",
            "Clean, easy chinos for work and weekends.",
        ],
        fit=["slim", "regular"],
        rise="mid",
        leg=["tapered", "straight"],
        length="full-length",
        material="cotton twill",
        pattern="solid",
        occasion=[["office", "business casual", "casual"]],
        season="all-season",
        care="machine wash cold",
        color={"beige": 2, "navy": 2, "khaki": 1, "olive": 1, "grey": 1, "black": 1},
        **MW,
    ),
    _cloth(
        "Trousers",
        "Jeans",
        "Straight-Fit Jeans",
        3,
        (199, 599),
        [
            "{fit} {color} jeans in {material} with a {leg} leg.",
            "A {color} jean, {fit}, {rise} rise.",
        ],
        [
            "Jeans cut for everyday comfort and a clean line.",
            "Selvedge-style denim that fades with you.",
        ],
        fit=["regular", "slim"],
        rise="mid",
        leg=["straight", "tapered"],
        length="full-length",
        material=["denim", "stretch denim"],
        pattern="solid",
        occasion=[["casual", "weekend"]],
        season="all-season",
        care="machine wash cold",
        color={"blue": 3, "black": 1},
        **MW,
    ),
    _cloth(
        "Trousers",
        "Technical Trousers",
        "Commuter Trousers",
        2,
        (299, 699),
        [
            "{fit} {color} trousers in {material} with a {leg} leg and zip pockets.",
            "A {color} commuter trouser, {fit}.",
        ],
        [
            "Bike to work, walk into a meeting: they look like smart trousers and move like "
            "joggers.",
            "Made for commuting, travel and long days on the move.",
        ],
        fit="slim",
        rise="mid",
        leg="tapered",
        length="full-length",
        material="technical stretch",
        pattern="solid",
        occasion=[["commute", "office", "travel"]],
        season="all-season",
        care="machine wash cold",
        color={"black": 2, "navy": 1, "grey": 1},
        **MW,
    ),
    _cloth(
        "Trousers",
        "Casual Trousers",
        "Corduroy Trousers",
        1,
        (259, 499),
        [
            "{fit} {color} trousers in {material} with a {leg} leg.",
            "A {color} cord trouser, {fit}.",
        ],
        ["Cosy corduroy for autumn weekends.", "Soft cords that look great with knits."],
        fit="regular",
        rise="mid",
        leg="straight",
        length="full-length",
        material="corduroy",
        pattern="solid",
        occasion=[["casual", "weekend"]],
        season="autumn-winter",
        care="machine wash cold",
        color={"brown": 1, "olive": 1, "beige": 1},
        **MW,
    ),
    _cloth(
        "Trousers",
        "Casual Trousers",
        "Drawstring Trousers",
        2,
        (199, 459),
        [
            "{fit} {color} trousers in {material} with a drawstring waist.",
            "A {color} {material} trouser, {fit}, {leg} leg.",
        ],
        [
            "Breezy trousers for holidays and hot cities.",
            "As comfortable as joggers, smart enough for dinner.",
        ],
        fit="relaxed",
        rise="mid",
        leg="straight",
        length="full-length",
        material=["linen", "cotton-linen blend"],
        pattern="solid",
        occasion=[["holiday", "casual"]],
        season="spring-summer",
        care="machine wash gentle",
        color={"beige": 1, "white": 1, "navy": 1, "olive": 1},
        **MW,
    ),
]

for _tpl in MENS:
    if "fill_power" in _tpl["attrs"]:
        _tpl["derive"] = _down_fill


def mens(rng: random.Random) -> list[dict]:
    shop = _Shop(rng)
    for tpl in MENS:
        _make_from(shop, "Men's Clothing", tpl, M_BRANDS, (79, 2599))
    return shop.items


# codes start with A-H so they cannot collide with the other catalog writers' parts
PARTS = [
    ("HT", hats),
    ("AC", accessories),
    ("EY", eyewear),
    ("BS", skincare),
    ("BM", makeup),
    ("FW", womens),
    ("FM", mens),
]
