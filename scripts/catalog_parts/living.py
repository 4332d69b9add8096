"""Shoes, Bags, Home & Kitchen, Snacks & Food and Tea: the everyday-living part of the catalog.

Every product is built from a small table of believable models (invented brands only) and given
a description composed from sentence pools keyed on its real attributes, so the text is always
true of the product and no two descriptions are alike.
"""

from __future__ import annotations

import random

from .common import pick, price, rating, review_count, some

GENDER_WORD = {"men": "Men's", "women": "Women's", "unisex": "Unisex", "kids": "Kids'"}
SHOE_SIZES = {
    "men": [str(s) for s in range(39, 47)],
    "women": [str(s) for s in range(35, 42)],
    "unisex": [str(s) for s in range(36, 46)],
    "kids": [str(s) for s in range(28, 36)],
}


class Writer:
    """Composes 2-4 sentence descriptions and keeps them unique within one part."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.seen: set[str] = set()

    def __call__(self, openers: list[str], middles: list[str], closers: list[str] = ()) -> str:
        rng = self.rng
        middles = [m for m in middles if m]
        text = ""
        for _ in range(30):
            parts = [rng.choice(openers)]
            chosen = rng.sample(middles, min(len(middles), rng.randint(1, 2)))
            parts += chosen
            if closers and rng.random() < 0.75:
                parts.append(rng.choice(list(closers)))
            spare = [m for m in middles if m not in chosen]
            if len(" ".join(parts)) < 140 and spare and len(parts) < 4:
                parts.insert(len(chosen) + 1, rng.choice(spare))  # too thin: one more fact
            text = " ".join(parts)
            if text not in self.seen and len(text) >= 80:
                break
        else:  # extremely unlikely: fall back to every sentence we have
            text = " ".join([openers[0], *middles[:3]])
        self.seen.add(text)
        return text


def product(rng, title, category, brand, cost, attrs, desc, quality=0.5, popularity=1.0) -> dict:
    return {
        "title": title,
        "category": category,
        "brand": brand,
        "price": cost,
        "rating": rating(rng, quality),
        "review_count": review_count(rng, popularity),
        "attributes": attrs,
        "description": desc,
    }


def shoe_sizes(rng, gender: str) -> list[str]:
    full = SHOE_SIZES[gender]
    return full[rng.randint(0, 1) : len(full) - rng.randint(0, 1)]


def place_name(text: str) -> str:
    """'west lake, hangzhou' -> 'West Lake, Hangzhou' (keeps "Lin'an", unlike str.title)."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def size_span(sizes: list[str]) -> str:
    return f"EU {sizes[0]}-{sizes[-1]}"


# --------------------------------------------------------------------------------------------
# Shoes
# --------------------------------------------------------------------------------------------

RUNNING_MODELS = [
    dict(
        brand="Lumen Stride",
        model="Glide 3",
        surface="road",
        cushioning="max",
        stability="neutral",
        plate="none",
        drop=8,
        weight=289,
        lo=599,
        hi=699,
        material="engineered mesh",
        sole="carbon rubber",
        foam="supercritical eva foam",
        suitable=["beginners", "long runs", "recovery runs"],
        width="standard",
        variants=[("black", "men"), ("white", "women"), ("blue", "men"), ("black", "women")],
    ),
    dict(
        brand="Aerolark",
        model="Tempo Lite",
        surface="road",
        cushioning="moderate",
        stability="neutral",
        plate="nylon",
        drop=6,
        weight=235,
        lo=529,
        hi=589,
        material="engineered mesh",
        sole="blown rubber",
        foam="pebax-blend foam",
        suitable=["tempo runs", "intervals", "5k and 10k races"],
        width="standard",
        variants=[("black", "men"), ("orange", "unisex"), ("grey", "women")],
    ),
    dict(
        brand="Kestrel Pace",
        model="Daily 2",
        surface="road",
        cushioning="high",
        stability="neutral",
        plate="none",
        drop=10,
        weight=275,
        lo=269,
        hi=359,
        material="breathable mesh",
        sole="carbon rubber",
        foam="eva foam",
        suitable=["beginners", "daily training", "treadmill"],
        width="standard",
        variants=[
            ("black", "men"),
            ("black", "unisex"),
            ("navy", "men"),
            ("pink", "women"),
            ("white", "women"),
        ],
    ),
    dict(
        brand="Swiftbamboo",
        model="Cloudwalk",
        surface="road",
        cushioning="moderate",
        stability="neutral",
        plate="none",
        drop=10,
        weight=262,
        lo=159,
        hi=229,
        material="knit",
        sole="rubber",
        foam="eva foam",
        suitable=["beginners", "treadmill", "walking"],
        width="standard",
        variants=[("black", "unisex"), ("black", "men"), ("grey", "men"), ("white", "women")],
    ),
    dict(
        brand="Lumen Stride",
        model="Carbon Race Pro",
        surface="road",
        cushioning="high",
        stability="neutral",
        plate="carbon",
        drop=8,
        weight=199,
        lo=1199,
        hi=1399,
        material="monofilament mesh",
        sole="thin rubber",
        foam="peba foam",
        suitable=["half marathon", "marathon", "race day"],
        width="standard",
        variants=[("black", "unisex"), ("white", "unisex")],
    ),
    dict(
        brand="Kestrel Pace",
        model="Stable GT",
        surface="road",
        cushioning="high",
        stability="stability",
        plate="none",
        drop=10,
        weight=298,
        lo=549,
        hi=629,
        material="engineered mesh",
        sole="carbon rubber",
        foam="dual-density eva foam",
        suitable=["beginners", "overpronation", "daily training"],
        width="wide",
        variants=[("black", "men"), ("grey", "women"), ("navy", "men")],
    ),
    dict(
        brand="Aerolark",
        model="Marathon Max",
        surface="road",
        cushioning="max",
        stability="neutral",
        plate="none",
        drop=6,
        weight=252,
        lo=799,
        hi=899,
        material="engineered mesh",
        sole="blown rubber",
        foam="tpu bead foam",
        suitable=["long runs", "marathon training", "recovery runs"],
        width="standard",
        variants=[("black", "men"), ("white", "women")],
    ),
    dict(
        brand="Tundrafox",
        model="Ridge Trail",
        surface="trail",
        cushioning="moderate",
        stability="neutral",
        plate="rock plate",
        drop=6,
        weight=305,
        lo=399,
        hi=469,
        material="ripstop mesh",
        sole="sticky rubber, 4 mm lugs",
        foam="eva foam",
        suitable=["hill trails", "gravel paths", "beginners"],
        width="standard",
        variants=[("black", "men"), ("green", "men"), ("black", "unisex")],
    ),
    dict(
        brand="Kestrel Pace",
        model="Rockhopper WP",
        surface="trail",
        cushioning="high",
        stability="neutral",
        plate="rock plate",
        drop=8,
        weight=335,
        lo=629,
        hi=729,
        material="waterproof mesh",
        sole="sticky rubber, 5 mm lugs",
        foam="eva foam",
        suitable=["muddy trails", "rainy days", "rocky trails"],
        width="standard",
        variants=[("black", "men"), ("brown", "women"), ("grey", "unisex")],
    ),
    dict(
        brand="Aerolark",
        model="Skyrun",
        surface="trail",
        cushioning="moderate",
        stability="neutral",
        plate="none",
        drop=4,
        weight=268,
        lo=549,
        hi=599,
        material="engineered mesh",
        sole="sticky rubber, 3.5 mm lugs",
        foam="pebax-blend foam",
        suitable=["fast trail runs", "trail races", "hill trails"],
        width="standard",
        variants=[("black", "unisex"), ("orange", "women")],
    ),
]

CUSH_PHRASE = {
    "max": "the thickest stack in the range",
    "high": "plenty of soft cushioning",
    "moderate": "balanced, springy cushioning",
}


def gen_running(rng):
    write = Writer(rng)
    out = []
    for m in RUNNING_MODELS:
        for color, gender in m["variants"]:
            sizes = shoe_sizes(rng, gender)
            trail = m["surface"] == "trail"
            waterproof = "yes" if "waterproof" in m["material"] else "no"
            weight = m["weight"] + rng.randint(-6, 6)
            attrs = {
                "color": color,
                "gender": gender,
                "size": sizes,
                "material": m["material"],
                "use": "running",
                "suitable_for": m["suitable"],
                "weight_g": weight,
                "surface": m["surface"],
                "cushioning": m["cushioning"],
                "stability": m["stability"],
                "plate": m["plate"],
                "drop_mm": m["drop"],
                "sole": m["sole"],
                "closure": "quick laces" if trail else "laces",
                "width": m["width"] if gender != "women" else "standard",
                "waterproof": waterproof,
                "insole": "removable",
                "care": "hand wash",
            }
            feature = {"max": "Max Cushioning", "high": "Cushioned", "moderate": "Lightweight"}
            selling = (
                "Carbon Plate"
                if m["plate"] == "carbon"
                else "Waterproof"
                if waterproof == "yes"
                else "Stability Support"
                if m["stability"] == "stability"
                else feature[m["cushioning"]]
            )
            kind = "Trail Running Shoe" if trail else "Road Running Shoe"
            title = (
                f"{m['brand']} {m['model']} {GENDER_WORD[gender]} {color.title()} {kind}, "
                f"{selling}, {m['material'].title()} Upper"
            )
            ctx = dict(
                m,
                color=color,
                weight=weight,
                span=size_span(sizes),
                cush=CUSH_PHRASE[m["cushioning"]],
                suit=" and ".join(m["suitable"][:2]),
            )
            openers = [
                "The {model} is a {surface} running shoe for {suit}, with {cush}.".format(**ctx),
                "{brand}'s {model} pairs {cush} with a weight of about {weight} g (EU 42).".format(
                    **ctx
                ),
                "Made for {suit}, the {model} uses a {foam} midsole that stays lively "
                "kilometre after kilometre.".format(**ctx),
            ]
            middles = [
                (
                    f"A {m['drop']} mm heel-to-toe drop suits heel strikers and runners who are "
                    "just starting out."
                )
                if m["drop"] >= 8
                else (f"The low {m['drop']} mm drop encourages a lighter, midfoot landing."),
                (
                    "A full-length carbon plate gives a snappy toe-off at race pace, so keep it "
                    "for races and fast sessions."
                )
                if m["plate"] == "carbon"
                else (
                    "A nylon plate in the forefoot adds pop for tempo work without feeling harsh."
                )
                if m["plate"] == "nylon"
                else ("A flexible rock plate under the forefoot blunts sharp stones.")
                if m["plate"] == "rock plate"
                else "",
                ("Firmer foam under the arch and a wider base steady feet that roll inward.")
                if m["stability"] == "stability"
                else "It is a neutral shoe, best for runners whose feet land fairly straight.",
                f"The {m['material']} upper keeps air moving on hot, humid days.",
                (f"Its {m['sole']} outsole bites into loose dirt and wet roots.")
                if trail
                else (f"The {m['sole']} outsole is placed where road runners wear through first."),
                (
                    "A waterproof membrane keeps out puddles and dewy grass, at the cost of some "
                    "breathability in summer."
                )
                if waterproof == "yes"
                else "",
                ("Cut on a wide last, with extra room across the forefoot for broad feet.")
                if attrs["width"] == "wide"
                else "",
            ]
            closers = [
                f"Available in {color}, sizes {ctx['span']}.",
                "The insole lifts out for washing or to make room for an orthotic.",
                f"Sold in {ctx['span']}; runners between sizes usually go one size up.",
            ]
            tier = 0.75 if m["lo"] >= 500 else 0.45
            out.append(
                product(
                    rng,
                    title,
                    f"Shoes > Running Shoes > {m['surface'].title()}",
                    m["brand"],
                    price(rng, m["lo"], m["hi"]),
                    attrs,
                    write(openers, middles, closers),
                    tier,
                    1.6,
                )
            )
    return out


SNEAKER_MODELS = [
    # brand, model, leaf, material, sole, closure, care, lo, hi, variants
    (
        "Baiyun Court",
        "Classic Court",
        "Low-Top",
        "leather",
        "stitched rubber cupsole",
        "laces",
        "wipe clean",
        329,
        429,
        [("white", "men"), ("white", "women"), ("white", "unisex"), ("black", "men")],
    ),
    (
        "Plainwhite Studio",
        "Everyday Canvas",
        "Low-Top",
        "canvas",
        "vulcanised rubber",
        "laces",
        "machine washable",
        99,
        149,
        [
            ("white", "unisex"),
            ("white", "women"),
            ("black", "unisex"),
            ("navy", "men"),
            ("beige", "women"),
        ],
    ),
    (
        "Moku Street",
        "Hi Canvas",
        "High-Top",
        "canvas",
        "vulcanised rubber",
        "laces",
        "machine washable",
        139,
        189,
        [("white", "unisex"), ("black", "unisex"), ("red", "unisex")],
    ),
    (
        "Baiyun Court",
        "Cloud Knit",
        "Slip-On",
        "knit",
        "eva",
        "slip-on",
        "machine washable",
        179,
        239,
        [("grey", "women"), ("black", "men"), ("white", "women")],
    ),
    (
        "Plainwhite Studio",
        "Suede Court",
        "Low-Top",
        "suede",
        "rubber cupsole",
        "laces",
        "brush only",
        369,
        459,
        [("brown", "men"), ("grey", "unisex")],
    ),
    (
        "Moku Street",
        "Puff Platform",
        "Platform",
        "synthetic leather",
        "4 cm platform eva",
        "laces",
        "wipe clean",
        199,
        269,
        [("white", "women"), ("pink", "women"), ("white", "unisex")],
    ),
    (
        "Linen & Lane",
        "Minimal Leather",
        "Low-Top",
        "leather",
        "margom-style rubber cupsole",
        "laces",
        "wipe clean",
        599,
        799,
        [("white", "men"), ("white", "women"), ("black", "unisex")],
    ),
    (
        "Moku Street",
        "Retro Runner",
        "Low-Top",
        "mesh",
        "rubber",
        "laces",
        "hand wash",
        229,
        299,
        [("white", "men"), ("grey", "women")],
    ),
    (
        "Plainwhite Studio",
        "Little Court",
        "Kids",
        "synthetic leather",
        "rubber",
        "hook and loop",
        "wipe clean",
        119,
        169,
        [("white", "kids"), ("blue", "kids")],
    ),
]

CARE_TIP = {
    "wipe clean": "Scuffs wipe off the smooth upper with a damp cloth and a drop of cleaner.",
    "machine washable": (
        "The upper can go through a cool gentle wash in a laundry bag; "
        "air-dry away from direct sun so it does not yellow."
    ),
    "hand wash": "Hand wash with mild foam and a soft brush; do not tumble dry.",
    "brush only": "Suede should be kept dry and brushed; use a suede eraser for marks.",
}


def gen_sneakers(rng):
    write = Writer(rng)
    out = []
    for brand, model, leaf, material, sole, closure, care, lo, hi, variants in SNEAKER_MODELS:
        for color, gender in variants:
            sizes = shoe_sizes(rng, gender)
            weight = {"canvas": 330, "knit": 250, "mesh": 300, "suede": 420}.get(material, 440)
            weight += rng.randint(-20, 20) - (120 if gender == "kids" else 0)
            suitable = (
                some(rng, ["daily wear", "campus", "travel", "office casual", "weekend"], 2, 3)
                if gender != "kids"
                else ["school", "playground"]
            )
            attrs = {
                "color": color,
                "gender": gender,
                "size": sizes,
                "material": material,
                "use": "everyday",
                "suitable_for": suitable,
                "weight_g": weight,
                "sole": sole,
                "closure": closure,
                "cushioning": "high" if leaf == "Slip-On" else "moderate",
                "width": "standard",
                "waterproof": "no",
                "insole": "removable" if material != "canvas" else "fixed",
                "care": care,
                "style": leaf.lower(),
            }
            extra = {
                "leather": "Leather",
                "canvas": "Canvas",
                "knit": "Breathable Knit",
                "suede": "Suede",
                "synthetic leather": "Easy-Clean",
                "mesh": "Mesh",
            }[material]
            noun = (
                "Slip-On Sneaker"
                if leaf == "Slip-On"
                else (
                    "High-Top Sneaker"
                    if leaf == "High-Top"
                    else "Platform Sneaker"
                    if leaf == "Platform"
                    else "Sneaker"
                )
            )
            title = f"{brand} {model} {GENDER_WORD[gender]} {color.title()} {extra} {noun}"
            if leaf == "Kids":
                title += ", Hook-and-Loop Strap"
            elif color == "white":
                title += ", Clean Everyday Look"
            openers = [
                f"A {color} {material} {leaf.lower()} sneaker from {brand} that goes with jeans, "
                f"chinos and {'shorts' if gender in ('men', 'kids') else 'summer dresses'} alike.",
                f"The {model} keeps to a simple {material} silhouette on a {sole} sole.",
                f"{brand}'s {model} is the kind of {color} sneaker you end up wearing "
                "four days a week.",
            ]
            middles = [
                CARE_TIP[care],
                (
                    f"White {material} shows dirt quickly, so a protector spray before the first "
                    "wear saves a lot of scrubbing."
                )
                if color == "white"
                else "",
                f"Each shoe weighs about {weight} g, light enough for a full day of walking.",
                (
                    "The insole lifts out to wash or air."
                    if attrs["insole"] == "removable"
                    else "The cushioned insole is glued in, so air the shoes between wears."
                ),
                f"Good for {', '.join(suitable[:-1])} and {suitable[-1]}.",
                (
                    "An elastic collar means no laces to tie."
                    if closure == "slip-on"
                    else "Hook-and-loop straps let little ones put them on by themselves."
                    if closure == "hook and loop"
                    else ""
                ),
            ]
            closers = [f"Sizes {size_span(sizes)}.", f"Shown in {color}; sizes {size_span(sizes)}."]
            out.append(
                product(
                    rng,
                    title,
                    f"Shoes > Sneakers > {leaf}",
                    brand,
                    price(rng, lo, hi),
                    attrs,
                    write(openers, middles, closers),
                    0.6 if lo > 300 else 0.5,
                    1.4,
                )
            )
    return out


BOOT_MODELS = [
    # brand, model, leaf, material, waterproof, lining, sole, shaft, warmth, closure, lo, hi,
    # variants
    (
        "Northhold",
        "Classic Chelsea",
        "Chelsea",
        "leather",
        "water-resistant",
        "leather",
        "anti-slip rubber",
        "ankle",
        "light",
        "elastic side panels",
        459,
        599,
        [("black", "men"), ("brown", "men"), ("black", "women")],
    ),
    (
        "Tundrafox",
        "Summit Mid WP",
        "Hiking",
        "suede and mesh",
        "yes",
        "mesh",
        "lugged rubber",
        "ankle",
        "medium",
        "laces",
        529,
        689,
        [("brown", "men"), ("grey", "women")],
    ),
    (
        "Tundrafox",
        "Snowline",
        "Snow Boots",
        "nylon",
        "yes",
        "faux fur",
        "ice-grip rubber",
        "mid-calf",
        "heavy",
        "laces",
        359,
        499,
        [("beige", "women"), ("black", "men"), ("pink", "kids")],
    ),
    (
        "Drizzle Lane",
        "Puddle",
        "Rain Boots",
        "natural rubber",
        "yes",
        "cotton",
        "anti-slip rubber",
        "mid-calf",
        "light",
        "pull-on",
        129,
        199,
        [("yellow", "women"), ("navy", "women"), ("black", "men"), ("green", "kids")],
    ),
    (
        "Northhold",
        "Ironbark Work",
        "Work Boots",
        "leather",
        "water-resistant",
        "wool blend",
        "oil-resistant rubber",
        "ankle",
        "medium",
        "laces",
        399,
        529,
        [("brown", "men")],
    ),
    (
        "Drizzle Lane",
        "Short Rain Bootie",
        "Rain Boots",
        "pvc",
        "yes",
        "fleece",
        "anti-slip rubber",
        "ankle",
        "medium",
        "pull-on",
        99,
        159,
        [("black", "women")],
    ),
    (
        "Northhold",
        "Alpine Lace Winter",
        "Snow Boots",
        "leather",
        "yes",
        "wool blend",
        "ice-grip rubber",
        "ankle",
        "heavy",
        "laces",
        699,
        899,
        [("black", "men"), ("brown", "women")],
    ),
]

WARM_PHRASE = {
    "light": "for cool autumn days",
    "medium": "down to around -5°C",
    "heavy": "down to about -25°C",
}


def gen_boots(rng):
    write = Writer(rng)
    out = []
    for (
        brand,
        model,
        leaf,
        material,
        waterproof,
        lining,
        sole,
        shaft,
        warmth,
        closure,
        lo,
        hi,
        variants,
    ) in BOOT_MODELS:
        for color, gender in variants:
            sizes = shoe_sizes(rng, gender)
            weight = {
                "Chelsea": 520,
                "Hiking": 560,
                "Snow Boots": 640,
                "Rain Boots": 480,
                "Work Boots": 780,
            }[leaf] + rng.randint(-30, 30)
            if gender == "kids":
                weight -= 200
            use = {
                "Chelsea": "everyday",
                "Hiking": "hiking",
                "Snow Boots": "winter",
                "Rain Boots": "rain",
                "Work Boots": "work",
            }[leaf]
            suitable = {
                "everyday": ["office casual", "autumn", "city walking"],
                "hiking": ["hill trails", "rainy days", "travel"],
                "winter": ["snow", "icy pavements", "cold winters"],
                "rain": ["rainy days", "puddles", "gardening"],
                "work": ["workshops", "warehouses", "cold winters"],
            }[use]
            attrs = {
                "color": color,
                "gender": gender,
                "size": sizes,
                "material": material,
                "use": use,
                "suitable_for": suitable,
                "weight_g": weight,
                "waterproof": waterproof,
                "lining": lining,
                "sole": sole,
                "shaft_height": shaft,
                "warmth": warmth,
                "closure": closure,
                "cushioning": "moderate",
                "width": "wide" if leaf == "Work Boots" else "standard",
                "insole": "removable" if leaf != "Rain Boots" else "fixed",
                "care": "wipe clean"
                if material in ("natural rubber", "pvc", "leather")
                else "brush only",
            }
            wp = {"yes": "Waterproof", "water-resistant": "Water-Resistant", "no": ""}[waterproof]
            noun = {
                "Chelsea": "Chelsea Boot",
                "Hiking": "Hiking Boot",
                "Snow Boots": "Snow Boot",
                "Rain Boots": "Rain Boot",
                "Work Boots": "Work Boot",
            }[leaf]
            title = (
                f"{brand} {model} {GENDER_WORD[gender]} {color.title()} {wp} {noun}, "
                f"{lining.title()} Lined"
            ).replace("  ", " ")
            openers = [
                f"{brand}'s {model} is a {shaft}-height {material} boot for {suitable[0]} "
                f"and {suitable[1]}.",
                f"A {color} {noun.lower()} in {material}, warm enough {WARM_PHRASE[warmth]}.",
                f"The {model} is built for {suitable[0]}: {material} outside, {lining} inside.",
            ]
            middles = [
                (
                    "Seams are sealed, so it is fully waterproof through puddles and slush."
                    if waterproof == "yes"
                    else "Treated leather shrugs off light rain, but it is not made for deep puddles."
                    if waterproof == "water-resistant"
                    else ""
                ),
                f"The {sole} sole keeps its grip on wet tiles and packed snow.",
                f"A {lining} lining "
                f"{'traps warmth' if warmth != 'light' else 'feels soft against socks'}.",
                f"Each boot weighs around {weight} g.",
                (
                    "Elastic side panels make it quick to pull on and off."
                    if closure == "elastic side panels"
                    else "No laces: it simply pulls on, handy with wet hands."
                    if closure == "pull-on"
                    else "Laces run up to the collar for a locked-in heel."
                ),
                (
                    "Cut wide with a roomy toe box for thick socks."
                    if attrs["width"] == "wide"
                    else ""
                ),
            ]
            closers = [
                f"Sizes {size_span(sizes)}.",
                "If you wear thick winter socks, consider one size up.",
            ]
            out.append(
                product(
                    rng,
                    title,
                    f"Shoes > Boots > {leaf}",
                    brand,
                    price(rng, lo, hi),
                    attrs,
                    write(openers, middles, closers),
                    0.55,
                    1.0,
                )
            )
    return out


SANDAL_MODELS = [
    (
        "Tidepool",
        "Cloud Slide",
        "Slides",
        "eva",
        "textured eva",
        59,
        89,
        [("black", "unisex"), ("beige", "women"), ("white", "unisex")],
    ),
    (
        "Tidepool",
        "Trekker Strap",
        "Sport Sandals",
        "nylon webbing",
        "rubber",
        199,
        259,
        [("black", "men"), ("green", "women")],
    ),
    (
        "Shorebird",
        "Island Flip",
        "Flip-Flops",
        "rubber",
        "rubber",
        39,
        69,
        [("navy", "men"), ("pink", "women")],
    ),
    (
        "Shorebird",
        "Sunday Leather Slide",
        "Slides",
        "leather",
        "cork footbed",
        259,
        329,
        [("brown", "men"), ("black", "women")],
    ),
]


def gen_sandals(rng):
    write = Writer(rng)
    out = []
    for brand, model, leaf, material, sole, lo, hi, variants in SANDAL_MODELS:
        for color, gender in variants:
            sizes = shoe_sizes(rng, gender)
            weight = {"eva": 170, "nylon webbing": 260, "rubber": 140, "leather": 290}[material]
            weight += rng.randint(-15, 15)
            waterproof = "no" if material == "leather" else "yes"
            suitable = (
                ["beach", "pool", "shower"]
                if waterproof == "yes" and leaf != "Sport Sandals"
                else ["river walks", "hiking", "travel"]
                if leaf == "Sport Sandals"
                else ["summer city walks", "holidays"]
            )
            attrs = {
                "color": color,
                "gender": gender,
                "size": sizes,
                "material": material,
                "use": "summer",
                "suitable_for": suitable,
                "weight_g": weight,
                "sole": sole,
                "closure": {
                    "Slides": "slip-on",
                    "Flip-Flops": "toe post",
                    "Sport Sandals": "hook and loop",
                }[leaf],
                "cushioning": "high" if material == "eva" else "moderate",
                "width": "standard",
                "waterproof": waterproof,
                "insole": "fixed",
                "care": "wipe clean" if material != "leather" else "brush only",
            }
            title = (
                f"{brand} {model} {GENDER_WORD[gender]} {color.title()} "
                f"{leaf.rstrip('s') if leaf != 'Flip-Flops' else 'Flip-Flop'}, "
                f"{'Quick-Dry ' if waterproof == 'yes' else ''}{material.title()}"
            )
            openers = [
                f"{brand}'s {model} is a {material} {leaf.lower()[:-1]} for "
                f"{suitable[0]} and {suitable[1]}.",
                f"An easy summer pair: the {model} in {color}, about {weight} g a shoe.",
            ]
            middles = [
                "Water rinses straight off and it dries in minutes."
                if waterproof == "yes"
                else "Keep it out of the sea and pool; leather and cork prefer dry days.",
                f"The {sole} footbed is contoured under the arch and heel.",
                "Adjustable straps hold the heel on uneven ground."
                if leaf == "Sport Sandals"
                else "There is nothing to fasten, so it slips on at the door.",
            ]
            out.append(
                product(
                    rng,
                    title,
                    f"Shoes > Sandals > {leaf}",
                    brand,
                    price(rng, lo, hi),
                    attrs,
                    write(openers, middles, [f"Sizes {size_span(sizes)}."]),
                    0.5,
                    1.2,
                )
            )
    return out


FORMAL_MODELS = [
    (
        "Jinling Cordwainers",
        "Cap-Toe Oxford",
        "Oxford",
        "calf leather",
        "leather with rubber heel",
        "laces",
        699,
        999,
        [("black", "men"), ("brown", "men")],
    ),
    (
        "Jinling Cordwainers",
        "Plain Derby",
        "Derby",
        "calf leather",
        "rubber",
        "laces",
        459,
        599,
        [("black", "men")],
    ),
    (
        "Ashford & Lin",
        "Penny Loafer",
        "Loafers",
        "suede",
        "rubber",
        "slip-on",
        389,
        489,
        [("brown", "men"), ("beige", "women")],
    ),
    (
        "Ashford & Lin",
        "Block Heel Pump",
        "Heels",
        "patent leather",
        "rubber",
        "slip-on",
        299,
        399,
        [("black", "women"), ("red", "women")],
    ),
    (
        "Jinling Cordwainers",
        "Comfort Office Loafer",
        "Loafers",
        "leather",
        "rubber",
        "slip-on",
        259,
        329,
        [("black", "women")],
    ),
]


def gen_formal(rng):
    write = Writer(rng)
    out = []
    for brand, model, leaf, material, sole, closure, lo, hi, variants in FORMAL_MODELS:
        for color, gender in variants:
            sizes = shoe_sizes(rng, gender)
            weight = 380 + rng.randint(-40, 60) - (60 if gender == "women" else 0)
            attrs = {
                "color": color,
                "gender": gender,
                "size": sizes,
                "material": material,
                "use": "formal",
                "suitable_for": ["office", "weddings", "interviews"],
                "weight_g": weight,
                "sole": sole,
                "closure": closure,
                "cushioning": "firm",
                "width": "standard",
                "waterproof": "no",
                "insole": "fixed",
                "care": "brush only" if material == "suede" else "wipe clean",
            }
            if leaf == "Heels":
                attrs["heel_height_cm"] = 5
            title = f"{brand} {model} {GENDER_WORD[gender]} {color.title()} {material.title()}"
            title += (
                ", Cushioned Footbed" if leaf in ("Heels", "Loafers") else ", Goodyear-Style Welt"
            )
            openers = [
                f"A {color} {material} {leaf.lower().rstrip('s')} from {brand} for the office, "
                "weddings and interviews.",
                f"The {model} is a quiet, well-made {leaf.lower().rstrip('s')} that looks right "
                "with a suit.",
            ]
            middles = [
                f"Its {sole} sole is grippier on marble floors than all-leather soles.",
                (
                    "A stable 5 cm block heel you can stand in all day."
                    if leaf == "Heels"
                    else "Expect the leather to soften and mould to your foot over the first week."
                ),
                (
                    "Brush the nap with a suede brush after each wear."
                    if material == "suede"
                    else "Polish every few weeks and keep it on a cedar shoe tree between wears."
                ),
                f"About {weight} g per shoe.",
            ]
            out.append(
                product(
                    rng,
                    title,
                    f"Shoes > Formal Shoes > {leaf}",
                    brand,
                    price(rng, lo, hi),
                    attrs,
                    write(openers, middles, [f"Sizes {size_span(sizes)}."]),
                    0.6,
                    0.8,
                )
            )
    return out


SHOE_CARE = [
    # brand, name, leaf, form, use, material, suitable_for, weight_g, volume_ml, lo, hi, selling
    (
        "Freshstep Lab",
        "Sneaker Foam Cleaner",
        "Cleaner",
        "foam",
        "cleaning",
        "coconut-based surfactant",
        ["white sneakers", "canvas", "mesh", "leather"],
        230,
        200,
        29,
        45,
        "No-Rinse Foam with Brush Cap",
    ),
    (
        "Freshstep Lab",
        "Deep Clean Shoe Shampoo",
        "Cleaner",
        "liquid",
        "cleaning",
        "plant-based surfactant",
        ["canvas", "mesh", "knit", "white sneakers"],
        170,
        150,
        35,
        55,
        "Concentrated, Makes 30 Washes",
    ),
    (
        "Snowsole",
        "Instant Wipes for Sneakers",
        "Cleaner",
        "wipes",
        "cleaning",
        "non-woven textured cloth",
        ["white sneakers", "leather", "rubber midsoles"],
        120,
        None,
        19,
        29,
        "30 Individually Wrapped Wipes",
    ),
    (
        "Maple & Wax",
        "Leather Care Balm",
        "Cleaner",
        "paste",
        "conditioning",
        "beeswax and lanolin",
        ["leather"],
        110,
        100,
        59,
        79,
        "Cleans, Feeds and Restores Shine",
    ),
    (
        "Maple & Wax",
        "Three-Brush Set",
        "Brush",
        "brush",
        "cleaning",
        "boar bristle",
        ["leather", "suede", "canvas"],
        160,
        None,
        49,
        69,
        "Soft, Medium and Stiff",
    ),
    (
        "Freshstep Lab",
        "Soft Sneaker Brush",
        "Brush",
        "brush",
        "cleaning",
        "soft nylon bristle",
        ["white sneakers", "mesh", "knit", "canvas"],
        70,
        None,
        15,
        25,
        "Gentle on Mesh and Knit",
    ),
    (
        "Maple & Wax",
        "Suede Eraser and Crepe Brush",
        "Brush",
        "eraser",
        "cleaning",
        "crepe rubber",
        ["suede", "nubuck"],
        80,
        None,
        25,
        39,
        "Lifts Marks and Restores Nap",
    ),
    (
        "Snowsole",
        "Rain Shield Protector Spray",
        "Protector Spray",
        "spray",
        "protection",
        "fluorine-free water repellent",
        ["white sneakers", "canvas", "suede", "leather", "mesh"],
        260,
        250,
        45,
        69,
        "Water and Stain Repellent",
    ),
    (
        "Maple & Wax",
        "Suede Guard Spray",
        "Protector Spray",
        "spray",
        "protection",
        "silicone-free water repellent",
        ["suede", "nubuck"],
        210,
        200,
        55,
        79,
        "Keeps Suede Dry and Soft",
    ),
    (
        "Freshstep Lab",
        "Odour Stop Shoe Spray",
        "Deodoriser",
        "spray",
        "deodorising",
        "silver-ion solution",
        ["running shoes", "sneakers", "boots"],
        130,
        120,
        29,
        45,
        "Kills Odour-Causing Bacteria",
    ),
    (
        "Freshstep Lab",
        "Bamboo Charcoal Shoe Bags",
        "Deodoriser",
        "sachet",
        "deodorising",
        "activated charcoal",
        ["running shoes", "sneakers", "boots"],
        200,
        None,
        19,
        35,
        "4 Pairs, Reusable for 12 Months",
    ),
    (
        "Maple & Wax",
        "Cedar Shoe Trees",
        "Deodoriser",
        "insert",
        "deodorising",
        "cedar wood",
        ["leather", "formal shoes", "sneakers"],
        340,
        None,
        89,
        129,
        "Absorb Moisture and Keep Shape",
    ),
    (
        "Freshstep Lab",
        "Foot & Shoe Powder",
        "Deodoriser",
        "powder",
        "deodorising",
        "zinc oxide and baking soda",
        ["running shoes", "sneakers", "boots"],
        110,
        None,
        22,
        35,
        "Unscented, Absorbs Sweat",
    ),
    (
        "Snowsole",
        "Midsole Whitener Pen",
        "Whitener",
        "pen",
        "whitening",
        "water-based pigment",
        ["white sneakers", "rubber midsoles"],
        30,
        10,
        19,
        29,
        "Covers Scuffs and Yellowing",
    ),
    (
        "Snowsole",
        "Yellowing Remover Gel",
        "Whitener",
        "gel",
        "whitening",
        "oxygen bleach gel",
        ["white sneakers", "rubber midsoles"],
        90,
        80,
        35,
        49,
        "Reverses Sole Yellowing",
    ),
    (
        "Snowsole",
        "Complete White Sneaker Kit",
        "Cleaning Kit",
        "kit",
        "cleaning",
        "plant-based surfactant",
        ["white sneakers", "leather", "canvas", "mesh"],
        420,
        200,
        79,
        119,
        "Cleaner, Brush, Towel and Protector",
    ),
]


CARE_JOB = {
    "cleaning": "for cleaning shoes",
    "conditioning": "that feeds leather",
    "protection": "that waterproofs and protects shoes",
    "deodorising": "that deodorises shoes",
    "whitening": "for whitening soles",
}


def gen_shoe_care(rng):
    write = Writer(rng)
    out = []
    for (
        brand,
        name,
        leaf,
        form,
        use,
        material,
        suitable,
        weight,
        volume,
        lo,
        hi,
        selling,
    ) in SHOE_CARE:
        attrs = {
            "use": use,
            "suitable_for": suitable,
            "material": material,
            "weight_g": weight,
            "form": form,
            "scent": "unscented"
            if form in ("powder", "brush", "eraser", "pen", "insert")
            else pick(rng, ["fresh citrus", "unscented", "green tea"]),
        }
        if volume:
            attrs["volume_ml"] = volume
        if leaf == "Cleaning Kit":
            attrs["contents"] = [
                "foam cleaner",
                "soft brush",
                "microfibre towel",
                "protector spray",
            ]
        title = f"{brand} {name}, {selling}"
        if volume:
            title += f", {volume} ml"
        on = ", ".join(suitable[:-1]) + f" and {suitable[-1]}" if len(suitable) > 1 else suitable[0]
        openers = [
            f"From {brand}, the {name.lower()}: made for {on}.",
            f"{'An' if form[0] in 'aeiou' else 'A'} {form} {CARE_JOB[use]}, safe on {on}.",
            f"The {name} from {brand} is one of those small things that keeps shoes looking "
            "new for years.",
        ]
        middles = {
            "cleaning": [
                "Work it in with a soft brush, wipe with a damp cloth and let the shoe air-dry.",
                "It lifts dirt without bleaching the colour of canvas or mesh.",
                (
                    f"Its {material} formula is gentle enough for weekly use."
                    if form != "wipes"
                    else "The textured cloth scrubs scuffs off without a brush or water."
                ),
            ]
            if form not in ("brush", "eraser")
            else [
                f"The {material} {'bristles are' if form == 'brush' else 'block is'} firm enough "
                "to lift dried mud but will not scratch.",
                "Brush off loose dirt dry before any wet cleaning, working from the sole up.",
                "Use it with a foam cleaner for a deeper clean."
                if form == "brush"
                else "Rub marks gently, then brush the nap back in one direction.",
            ],
            "conditioning": [
                "Rub a thin layer in with a cloth, wait ten minutes and buff.",
                "Stops smooth leather drying out and cracking at the flex line.",
            ],
            "protection": [
                "Spray two light coats on clean, dry shoes from 20 cm and leave overnight.",
                "Water and coffee bead up and roll off instead of soaking in.",
                "Reapply every few weeks, or after a deep clean.",
            ],
            "deodorising": [
                "It tackles the bacteria behind the smell rather than just masking it.",
                "Use after every wear; it works best in shoes that are also allowed to dry out "
                "fully.",
                f"Made with {material}.",
            ],
            "whitening": [
                "Clean the sole first, then apply thinly and let it dry in the shade.",
                "It brings back the bright white of rubber midsoles that have gone yellow.",
            ],
        }[use]
        if volume:
            holder = {"spray": "can", "gel": "tube", "paste": "tin", "pen": "pen"}.get(
                form, "bottle"
            )
            middles = middles + [f"One {volume} ml {holder} lasts most people several months."]
        else:
            middles = middles + [
                f"It weighs about {weight} g"
                + (", small enough for a travel bag." if weight < 150 else ".")
            ]
        out.append(
            product(
                rng,
                title,
                f"Shoes > Shoe Care > {leaf}",
                brand,
                price(rng, lo, hi),
                attrs,
                write(openers, middles),
                0.55,
                1.1,
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Bags
# --------------------------------------------------------------------------------------------

# brand, model, leaf, material, capacity_l, laptop_fit, closure, strap, water_resistance,
# compartments, weight_g, use, lo, hi, variants, selling
BACKPACKS = [
    (
        "Packwell",
        "Commuter 20",
        "Laptop Backpacks",
        "recycled polyester",
        20,
        "15.6 inch",
        "zip",
        "padded shoulder straps",
        "water-repellent",
        5,
        820,
        "commute",
        199,
        259,
        [("black", "unisex"), ("grey", "unisex"), ("navy", "men")],
        "Luggage Pass-Through",
    ),
    (
        "Urbanroam",
        "Rolltop 25",
        "Laptop Backpacks",
        "tpu-coated nylon",
        25,
        "16 inch",
        "roll-top",
        "padded shoulder straps",
        "waterproof",
        3,
        980,
        "commute",
        329,
        429,
        [("black", "unisex"), ("olive", "unisex")],
        "Fully Waterproof Roll-Top",
    ),
    (
        "Ferrow",
        "Slim Office",
        "Laptop Backpacks",
        "ballistic nylon",
        16,
        "14 inch",
        "zip",
        "padded shoulder straps",
        "water-repellent",
        4,
        760,
        "commute",
        459,
        599,
        [("black", "men"), ("beige", "women")],
        "Slim Business Profile",
    ),
    (
        "Packwell",
        "Daypack Mini",
        "Daypacks",
        "nylon",
        12,
        "none",
        "zip",
        "adjustable straps",
        "splash-proof",
        2,
        390,
        "everyday",
        89,
        129,
        [("pink", "women"), ("white", "women"), ("black", "unisex")],
        "Lightweight 12 L",
    ),
    (
        "Urbanroam",
        "Voyager 35",
        "Travel Backpacks",
        "polyester",
        35,
        "17 inch",
        "clamshell zip",
        "padded shoulder straps with hip belt",
        "water-repellent",
        6,
        1350,
        "travel",
        399,
        499,
        [("black", "unisex"), ("grey", "men")],
        "Carry-On Size, Opens Flat",
    ),
    (
        "Qiaomu",
        "Campus Classic",
        "School Backpacks",
        "polyester",
        22,
        "15.6 inch",
        "zip",
        "adjustable straps",
        "splash-proof",
        4,
        650,
        "school",
        119,
        169,
        [("navy", "unisex"), ("red", "kids"), ("black", "unisex")],
        "Padded Laptop Sleeve",
    ),
]

LAPTOP_BAGS = [
    (
        "Ferrow",
        "Heritage Briefcase",
        "Briefcases",
        "full-grain leather",
        12,
        "15.6 inch",
        "zip",
        "detachable shoulder strap",
        "none",
        4,
        1450,
        "work",
        899,
        1299,
        [("brown", "men"), ("black", "men")],
        "Full-Grain Leather",
    ),
    (
        "Packwell",
        "Neo Sleeve",
        "Laptop Sleeves",
        "neoprene",
        2,
        "14 inch",
        "zip",
        "none",
        "splash-proof",
        1,
        210,
        "commute",
        49,
        79,
        [("grey", "unisex"), ("black", "unisex"), ("pink", "women")],
        "Shock-Absorbing Neoprene",
    ),
    (
        "Urbanroam",
        "City Messenger",
        "Messenger Bags",
        "waxed canvas",
        14,
        "15.6 inch",
        "flap with magnetic buckle",
        "padded shoulder strap",
        "water-repellent",
        3,
        980,
        "commute",
        259,
        339,
        [("olive", "men"), ("black", "unisex")],
        "Waxed Canvas",
    ),
    (
        "Ferrow",
        "Slim Brief",
        "Briefcases",
        "ballistic nylon",
        10,
        "14 inch",
        "zip",
        "detachable shoulder strap",
        "water-repellent",
        3,
        720,
        "work",
        359,
        459,
        [("black", "women"), ("navy", "men")],
        "Trolley Sleeve",
    ),
]

HANDBAGS = [
    (
        "Linnea Atelier",
        "Mira Top-Handle",
        "Top-Handle Bags",
        "cowhide leather",
        5,
        "none",
        "zip",
        "top handle and detachable strap",
        "none",
        3,
        620,
        "work",
        699,
        999,
        [("black", "women"), ("beige", "women"), ("brown", "women")],
        "Structured Cowhide",
    ),
    (
        "Lotus & Pine",
        "Soft Hobo",
        "Shoulder Bags",
        "vegan leather",
        7,
        "none",
        "zip",
        "shoulder strap",
        "splash-proof",
        2,
        480,
        "everyday",
        199,
        269,
        [("black", "women"), ("white", "women"), ("brown", "women")],
        "Slouchy Vegan Leather",
    ),
    (
        "Linnea Atelier",
        "Drawstring Bucket",
        "Bucket Bags",
        "cowhide leather",
        6,
        "none",
        "drawstring",
        "adjustable shoulder strap",
        "none",
        2,
        540,
        "everyday",
        459,
        599,
        [("brown", "women"), ("green", "women")],
        "Drawstring Bucket",
    ),
    (
        "Lotus & Pine",
        "Evening Clutch",
        "Clutches",
        "satin",
        1,
        "none",
        "clasp",
        "detachable chain strap",
        "none",
        1,
        260,
        "evening",
        159,
        229,
        [("black", "women"), ("gold", "women")],
        "Chain Strap for Weddings and Dinners",
    ),
]

CROSSBODY = [
    (
        "Urbanroam",
        "Sling 6",
        "Sling Bags",
        "recycled polyester",
        6,
        "none",
        "zip",
        "adjustable crossbody strap",
        "water-repellent",
        4,
        360,
        "travel",
        129,
        179,
        [("black", "unisex"), ("grey", "men"), ("olive", "unisex")],
        "Anti-Theft Back Pocket",
    ),
    (
        "Linnea Atelier",
        "Camera Bag",
        "Camera-Style Bags",
        "cowhide leather",
        2,
        "none",
        "zip",
        "wide webbing strap",
        "none",
        3,
        380,
        "everyday",
        359,
        459,
        [("beige", "women"), ("black", "women")],
        "Wide Guitar Strap",
    ),
    (
        "Lotus & Pine",
        "Phone Pouch",
        "Phone Bags",
        "vegan leather",
        1,
        "none",
        "magnetic flap",
        "adjustable crossbody strap",
        "splash-proof",
        2,
        180,
        "everyday",
        69,
        99,
        [("pink", "women"), ("black", "women"), ("white", "women")],
        "Fits Large Phones",
    ),
    (
        "Qiaomu",
        "Saddle Mini",
        "Saddle Bags",
        "nylon",
        3,
        "none",
        "flap with buckle",
        "adjustable crossbody strap",
        "splash-proof",
        2,
        290,
        "everyday",
        99,
        149,
        [("navy", "unisex"), ("brown", "women")],
        "Lightweight Nylon",
    ),
]

TOTES = [
    (
        "Qiaomu",
        "Market Canvas Tote",
        "Canvas Totes",
        "cotton canvas",
        18,
        "none",
        "open top",
        "shoulder handles",
        "none",
        2,
        420,
        "shopping",
        59,
        89,
        [("beige", "unisex"), ("black", "unisex"), ("navy", "unisex")],
        "Heavy 16 oz Canvas",
    ),
    (
        "Linnea Atelier",
        "Work Tote",
        "Leather Totes",
        "cowhide leather",
        16,
        "14 inch",
        "zip",
        "shoulder handles",
        "none",
        3,
        880,
        "work",
        799,
        1099,
        [("black", "women"), ("brown", "women")],
        "Fits a 14-inch Laptop",
    ),
    (
        "Lotus & Pine",
        "Fold-Away Nylon Tote",
        "Nylon Totes",
        "nylon",
        20,
        "none",
        "zip",
        "shoulder handles",
        "water-repellent",
        2,
        260,
        "travel",
        99,
        139,
        [("black", "women"), ("green", "unisex"), ("pink", "women")],
        "Folds into Its Own Pocket",
    ),
    (
        "Qiaomu",
        "Straw Beach Tote",
        "Straw Totes",
        "woven paper straw",
        22,
        "none",
        "open top",
        "shoulder handles",
        "none",
        1,
        380,
        "beach",
        89,
        129,
        [("beige", "women")],
        "Summer Woven Straw",
    ),
]

WALLETS = [
    (
        "Ferrow",
        "Bifold Classic",
        "Bifold Wallets",
        "full-grain leather",
        "none",
        8,
        90,
        199,
        269,
        [("black", "men"), ("brown", "men")],
        "RFID Blocking",
    ),
    (
        "Linnea Atelier",
        "Long Zip Wallet",
        "Long Wallets",
        "cowhide leather",
        "zip",
        12,
        180,
        259,
        329,
        [("black", "women"), ("red", "women"), ("beige", "women")],
        "12 Card Slots",
    ),
    (
        "Lotus & Pine",
        "Slim Card Holder",
        "Card Holders",
        "vegan leather",
        "none",
        5,
        35,
        49,
        79,
        [("black", "unisex"), ("green", "unisex")],
        "Front-Pocket Slim",
    ),
    (
        "Ferrow",
        "Aluminium Card Case",
        "Card Holders",
        "aluminium",
        "press button",
        6,
        70,
        129,
        169,
        [("grey", "men"), ("black", "men")],
        "Pop-Up Cards",
    ),
]

BAG_NOUN = {
    "Laptop Backpacks": "Laptop Backpack",
    "Daypacks": "Mini Backpack",
    "Travel Backpacks": "Travel Backpack",
    "School Backpacks": "School Backpack",
    "Briefcases": "Briefcase",
    "Laptop Sleeves": "Laptop Sleeve",
    "Messenger Bags": "Messenger Bag",
    "Top-Handle Bags": "Top-Handle Bag",
    "Shoulder Bags": "Shoulder Bag",
    "Bucket Bags": "Bucket Bag",
    "Clutches": "Clutch",
    "Sling Bags": "Sling Bag",
    "Camera-Style Bags": "Crossbody Camera Bag",
    "Phone Bags": "Crossbody Phone Bag",
    "Saddle Bags": "Crossbody Saddle Bag",
    "Canvas Totes": "Tote Bag",
    "Leather Totes": "Leather Tote",
    "Nylon Totes": "Tote Bag",
    "Straw Totes": "Straw Tote",
}

WATER_PHRASE = {
    "waterproof": "Welded seams and a roll-top keep a laptop dry even in a downpour.",
    "water-repellent": "A water-repellent coating sheds drizzle on the walk from the metro.",
    "splash-proof": "It shrugs off splashes, though it is not made for heavy rain.",
    "none": "It is not waterproof, so keep an umbrella handy on wet days.",
}


def _bags(rng, sub: str, table) -> list[dict]:
    write = Writer(rng)
    out = []
    for (
        brand,
        model,
        leaf,
        material,
        cap,
        laptop,
        closure,
        strap,
        water,
        comps,
        weight,
        use,
        lo,
        hi,
        variants,
        selling,
    ) in table:
        for color, gender in variants:
            w = weight + rng.randint(-20, 20)
            attrs = {
                "color": color,
                "gender": gender,
                "material": material,
                "capacity_l": cap,
                "closure": closure,
                "strap": strap,
                "water_resistance": water,
                "compartments": comps,
                "weight_g": w,
                "use": use,
            }
            if sub in ("Backpacks", "Laptop Bags", "Totes"):
                attrs["laptop_fit"] = laptop
            noun = BAG_NOUN[leaf]
            gw = "" if gender == "unisex" else f"{GENDER_WORD[gender]} "
            cap_txt = f"{cap} L, " if cap >= 5 else ""
            title = f"{brand} {model} {gw}{color.title()} {noun}, {cap_txt}{selling}"
            if laptop != "none" and "inch" not in selling:
                title += f", Fits {laptop.replace(' inch', '-inch')} Laptop"
            openers = [
                f"{brand}'s {model} is a {capacity_word(cap)} {material} {noun.lower()} "
                f"made for {USE_PHRASE[use]}.",
                f"A {color} {noun.lower()} in {material} that holds about {cap} L.",
                f"The {model} keeps things simple: {material}, {closure} closure and "
                f"{comps} compartments.",
            ]
            middles = [
                WATER_PHRASE[water],
                (f"A padded sleeve takes laptops up to {laptop}." if laptop != "none" else ""),
                f"It weighs about {w} g empty.",
                (
                    f"The {strap} {'spread' if 'straps' in strap else 'spreads'} the load on "
                    "long days."
                    if strap not in ("none", "shoulder handles")
                    else "Long handles sit comfortably on the shoulder, even over a winter coat."
                    if strap == "shoulder handles"
                    else ""
                ),
                {
                    "zip": "A full zip keeps everything inside when the bag is tipped.",
                    "roll-top": "Roll the top down three times and clip it for a watertight seal.",
                    "clamshell zip": "It unzips flat like a suitcase, so packing is easy.",
                    "open top": "The open top makes it quick to drop things in and grab them out.",
                    "drawstring": "A drawstring cinches the top closed.",
                    "clasp": "A neat metal clasp keeps it shut.",
                    "magnetic flap": "A magnetic flap snaps shut one-handed.",
                    "flap with buckle": "A flap and buckle give it a classic satchel look.",
                    "flap with magnetic buckle": "Magnetic buckles under the flap close quietly.",
                }.get(closure, ""),
            ]
            closers = [
                f"Shown here in {color}.",
                "Comes with a dust bag and care card."
                if "leather" in material
                else "Wipe clean with a damp cloth.",
            ]
            out.append(
                product(
                    rng,
                    title,
                    f"Bags > {sub} > {leaf}",
                    brand,
                    price(rng, lo, hi),
                    attrs,
                    write(openers, middles, closers),
                    0.65 if lo > 300 else 0.5,
                    1.2,
                )
            )
    return out


USE_PHRASE = {
    "commute": "the daily commute",
    "everyday": "everyday errands",
    "travel": "travel days",
    "school": "school and campus",
    "work": "the office",
    "evening": "dinners and weddings",
    "shopping": "market runs and groceries",
    "beach": "the beach and summer trips",
}


def capacity_word(cap) -> str:
    return "compact" if cap <= 6 else "mid-size" if cap <= 18 else "roomy"


def gen_backpacks(rng):
    return _bags(rng, "Backpacks", BACKPACKS)


def gen_laptop_bags(rng):
    return _bags(rng, "Laptop Bags", LAPTOP_BAGS)


def gen_handbags(rng):
    return _bags(rng, "Handbags", HANDBAGS)


def gen_crossbody(rng):
    return _bags(rng, "Crossbody Bags", CROSSBODY)


def gen_totes(rng):
    return _bags(rng, "Totes", TOTES)


def gen_wallets(rng):
    write = Writer(rng)
    out = []
    for brand, model, leaf, material, closure, slots, weight, lo, hi, variants, selling in WALLETS:
        for color, gender in variants:
            attrs = {
                "color": color,
                "gender": gender,
                "material": material,
                "closure": closure,
                "water_resistance": "none" if "leather" in material else "splash-proof",
                "compartments": 2 if slots < 8 else 4,
                "weight_g": weight + rng.randint(-5, 5),
                "use": "everyday",
                "card_slots": slots,
                "rfid_blocking": "yes" if "RFID" in selling or material == "aluminium" else "no",
                "coin_pocket": "yes" if leaf == "Long Wallets" else "no",
            }
            gw = "" if gender == "unisex" else f"{GENDER_WORD[gender]} "
            if model.endswith(("Wallet", "Holder", "Case")):
                title = f"{brand} {model}, {gw}{color.title()} {material.title()}, {selling}"
            else:
                title = f"{brand} {model} {gw}{color.title()} {material.title()} Wallet, {selling}"
            openers = [
                f"A {color} {material} {leaf.lower().rstrip('s')} from {brand} with "
                f"{slots} card slots.",
                f"{brand}'s {model} holds {slots} cards"
                f"{' and coins' if attrs['coin_pocket'] == 'yes' else ''} "
                "without bulging in a pocket.",
            ]
            middles = [
                "An RFID-blocking layer stops contactless cards being skimmed."
                if attrs["rfid_blocking"] == "yes"
                else "",
                "A zipped coin pocket sits in the middle."
                if attrs["coin_pocket"] == "yes"
                else "There is no coin pocket, which keeps it slim.",
                (
                    "Full-grain leather darkens to a rich patina with use."
                    if "full-grain" in material
                    else f"The {material} is easy to wipe clean."
                ),
                f"It weighs just {attrs['weight_g']} g.",
            ]
            out.append(
                product(
                    rng,
                    title,
                    f"Bags > Wallets > {leaf}",
                    brand,
                    price(rng, lo, hi),
                    attrs,
                    write(openers, middles, ["Arrives gift-boxed."]),
                    0.55,
                    1.0,
                )
            )
    return out


# --------------------------------------------------------------------------------------------
# Home & Kitchen
# --------------------------------------------------------------------------------------------

# brand, name, leaf, material, coating, diameter_cm, capacity_l, induction, dishwasher,
# lid, handle, weight_kg, origin, lo, hi, selling
COOKWARE = [
    (
        "Ironhearth",
        "Hand-Hammered Round-Bottom Wok",
        "Wok",
        "carbon steel",
        "pre-seasoned",
        34,
        5.5,
        "no",
        "no",
        "no",
        "wood handle and helper handle",
        1.6,
        "zhangqiu, shandong",
        159,
        219,
        "For Gas Flame",
    ),
    (
        "Ironhearth",
        "Flat-Bottom Carbon Steel Wok",
        "Wok",
        "carbon steel",
        "pre-seasoned",
        32,
        5.0,
        "yes",
        "no",
        "yes",
        "wood handle",
        1.5,
        "zhangqiu, shandong",
        139,
        189,
        "Works on Induction",
    ),
    (
        "Kitchenmoon",
        "Nitrided Iron Wok",
        "Wok",
        "iron",
        "nitrided",
        32,
        5.0,
        "yes",
        "no",
        "yes",
        "detachable handle",
        1.4,
        "yongkang, zhejiang",
        199,
        269,
        "Rust-Resistant",
    ),
    (
        "Kitchenmoon",
        "Easy Non-Stick Wok",
        "Wok",
        "aluminium",
        "ptfe non-stick",
        30,
        4.5,
        "yes",
        "yes",
        "yes",
        "bakelite handle",
        1.1,
        "yongkang, zhejiang",
        99,
        149,
        "PFOA-Free",
    ),
    (
        "Ironhearth",
        "Cast Iron Wok",
        "Wok",
        "cast iron",
        "pre-seasoned",
        30,
        4.0,
        "yes",
        "no",
        "yes",
        "twin loop handles",
        3.8,
        "zhangqiu, shandong",
        229,
        299,
        "Even Heat",
    ),
    (
        "Shiyi Home",
        "Honeycomb Tri-Ply Wok",
        "Wok",
        "stainless steel",
        "honeycomb hybrid",
        32,
        5.0,
        "yes",
        "yes",
        "yes",
        "stainless handle",
        1.9,
        "chaozhou, guangdong",
        399,
        529,
        "Metal-Utensil Safe",
    ),
    (
        "Kitchenmoon",
        "Ceramic Non-Stick Frying Pan",
        "Frying Pan",
        "aluminium",
        "ceramic non-stick",
        28,
        2.5,
        "yes",
        "yes",
        "no",
        "soft-touch handle",
        0.9,
        "yongkang, zhejiang",
        89,
        139,
        "PTFE-Free Coating",
    ),
    (
        "Kitchenmoon",
        "Stone-Look Non-Stick Frying Pan",
        "Frying Pan",
        "aluminium",
        "ptfe non-stick",
        24,
        1.5,
        "yes",
        "yes",
        "no",
        "soft-touch handle",
        0.7,
        "yongkang, zhejiang",
        59,
        89,
        "Eggs Slide Right Off",
    ),
    (
        "Shiyi Home",
        "Tri-Ply Stainless Frying Pan",
        "Frying Pan",
        "stainless steel",
        "uncoated",
        28,
        2.5,
        "yes",
        "yes",
        "no",
        "stainless handle",
        1.4,
        "chaozhou, guangdong",
        299,
        399,
        "Oven-Safe to 260°C",
    ),
    (
        "Ironhearth",
        "Cast Iron Skillet",
        "Frying Pan",
        "cast iron",
        "pre-seasoned",
        26,
        2.0,
        "yes",
        "no",
        "no",
        "cast handle",
        2.6,
        "zhangqiu, shandong",
        129,
        179,
        "Pre-Seasoned",
    ),
    (
        "Ironhearth",
        "Carbon Steel Omelette Pan",
        "Frying Pan",
        "carbon steel",
        "pre-seasoned",
        24,
        1.2,
        "yes",
        "no",
        "no",
        "steel handle",
        1.1,
        "zhangqiu, shandong",
        99,
        139,
        "Gets Better with Use",
    ),
    (
        "Shiyi Home",
        "Stainless Stockpot",
        "Pot",
        "stainless steel",
        "uncoated",
        24,
        6.0,
        "yes",
        "yes",
        "yes",
        "twin handles",
        2.2,
        "chaozhou, guangdong",
        199,
        269,
        "6 L for Soup and Hotpot",
    ),
    (
        "Kitchenmoon",
        "Non-Stick Milk Pan",
        "Pot",
        "aluminium",
        "ptfe non-stick",
        16,
        1.5,
        "yes",
        "yes",
        "yes",
        "soft-touch handle",
        0.6,
        "yongkang, zhejiang",
        69,
        99,
        "Pouring Lips",
    ),
    (
        "Kitchenmoon",
        "Enamelled Cast Iron Casserole",
        "Pot",
        "enamelled cast iron",
        "enamel",
        24,
        4.0,
        "yes",
        "yes",
        "yes",
        "twin handles",
        4.6,
        "hebei",
        399,
        599,
        "Slow Braise",
    ),
    (
        "Hearth & Clay",
        "Sand Clay Pot",
        "Pot",
        "clay",
        "glazed interior",
        20,
        2.5,
        "no",
        "no",
        "yes",
        "twin handles",
        1.9,
        "jianshui, yunnan",
        79,
        129,
        "For Soups and Claypot Rice",
    ),
    (
        "Shiyi Home",
        "Two-Tier Steamer Pot",
        "Pot",
        "stainless steel",
        "uncoated",
        28,
        7.0,
        "yes",
        "yes",
        "yes",
        "twin handles",
        2.8,
        "chaozhou, guangdong",
        179,
        249,
        "Steams Buns and Fish",
    ),
]

COATING_PHRASE = {
    "pre-seasoned": "It arrives pre-seasoned; every cook builds a darker, naturally slick patina.",
    "nitrided": "A nitrided surface resists rust better than bare iron, with no chemical coating.",
    "ptfe non-stick": "The PTFE non-stick coating is PFOA-free; keep the heat at medium and use "
    "wooden or silicone tools.",
    "ceramic non-stick": "The ceramic non-stick layer is PTFE-free and best kept to medium heat.",
    "honeycomb hybrid": "Raised stainless steel honeycomb protects the coating, so metal spatulas "
    "are fine.",
    "uncoated": "Bare stainless steel will not peel or flake and browns meat beautifully.",
    "enamel": "Glossy enamel needs no seasoning and will not react with tomatoes or vinegar.",
    "glazed interior": "The glazed interior keeps flavours from soaking into the clay.",
}


def gen_cookware(rng):
    write = Writer(rng)
    out = []
    for (
        brand,
        name,
        leaf,
        material,
        coating,
        dia,
        cap,
        induction,
        dish,
        lid,
        handle,
        kg,
        origin,
        lo,
        hi,
        selling,
    ) in COOKWARE:
        attrs = {
            "material": material,
            "weight_kg": kg,
            "origin": origin,
            "pieces": 2 if lid == "yes" else 1,
            "coating": coating,
            "diameter_cm": dia,
            "capacity_l": cap,
            "induction_compatible": induction,
            "dishwasher_safe": dish,
            "lid_included": lid,
            "handle": handle,
            "care": "hand wash and dry" if dish == "no" else "dishwasher safe",
        }
        title = f"{brand} {name} {dia} cm, {selling}"
        if lid == "yes":
            title += ", with Lid"
        stove = (
            "gas, induction and electric hobs"
            if induction == "yes"
            else "gas flames only (the round base will not sit on induction)"
        )
        openers = [
            f"A {dia} cm {material} {leaf.lower()} from {brand}, made in "
            f"{place_name(origin.split(',')[0])}.",
            f"The {name} is a {dia} cm {leaf.lower()} in {material} that works on {stove}.",
            f"{brand} makes this {leaf.lower()} in {material}: {dia} cm across and about "
            f"{kg} kg in the hand.",
        ]
        middles = [
            COATING_PHRASE[coating],
            f"Suitable for {stove}."
            if induction == "yes"
            else "It needs a gas flame: the round base will not sit on induction.",
            (
                "Wash by hand, dry over a low flame and wipe with a little oil to stop rust."
                if material in ("carbon steel", "iron", "cast iron")
                else "Dishwasher safe, though hand washing keeps it looking new for longer."
                if dish == "yes"
                else "Hand wash only and let it cool before it meets cold water."
            ),
            f"With its {handle}, it is balanced for tossing."
            if leaf == "Wok"
            else f"It holds about {cap:g} L.",
            (
                "At nearly 4 kg it is heavy, but it holds heat like nothing else."
                if kg > 3
                else f"At {kg} kg it is light enough to toss rice one-handed."
                if kg < 1.7
                else ""
            ),
        ]
        out.append(
            product(
                rng,
                title,
                f"Home & Kitchen > Cookware > {leaf}",
                brand,
                price(rng, lo, hi),
                attrs,
                write(openers, middles),
                0.55,
                1.3,
            )
        )
    return out


# brand, name, leaf, steel, blade_cm, hrc, handle, kg, lo, hi, selling, best_for
KNIVES = [
    (
        "Jadeedge",
        "Slicing Cleaver",
        "Chinese Cleaver",
        "high-carbon stainless steel",
        18,
        58,
        "pakkawood",
        0.33,
        129,
        179,
        "For Vegetables and Boneless Meat",
        ["vegetables", "boneless meat", "slicing"],
    ),
    (
        "Jadeedge",
        "Heavy Bone Cleaver",
        "Chinese Cleaver",
        "stainless steel",
        18,
        53,
        "rosewood",
        0.62,
        109,
        159,
        "Chops Through Ribs and Poultry",
        ["bones", "poultry", "ribs"],
    ),
    (
        "Yangfeng Forge",
        "Mulberry Leaf Carbon Cleaver",
        "Chinese Cleaver",
        "high-carbon steel",
        19,
        60,
        "rosewood",
        0.36,
        169,
        229,
        "Razor-Sharp Traditional Forging",
        ["vegetables", "slicing", "boneless meat"],
    ),
    (
        "Yangfeng Forge",
        "Damascus Chef's Knife",
        "Chef's Knife",
        "67-layer damascus, vg10 core",
        20,
        60,
        "g10",
        0.22,
        499,
        699,
        "Gift Boxed",
        ["slicing", "dicing", "boneless meat"],
    ),
    (
        "Yangfeng Forge",
        "German Steel Chef's Knife",
        "Chef's Knife",
        "german stainless steel",
        20,
        56,
        "pom",
        0.24,
        199,
        269,
        "Tough, Easy to Sharpen",
        ["dicing", "vegetables", "meat"],
    ),
    (
        "Kitchenmoon",
        "Everyday Chef's Knife",
        "Chef's Knife",
        "5cr15mov stainless steel",
        20,
        55,
        "pp",
        0.19,
        49,
        79,
        "Budget All-Rounder",
        ["vegetables", "dicing", "meat"],
    ),
    (
        "Jadeedge",
        "Santoku",
        "Santoku",
        "high-carbon stainless steel",
        18,
        58,
        "pakkawood",
        0.2,
        159,
        219,
        "Hollow-Edge Blade",
        ["vegetables", "fish", "slicing"],
    ),
    (
        "Yangfeng Forge",
        "Paring Knife",
        "Paring Knife",
        "german stainless steel",
        9,
        56,
        "pom",
        0.08,
        59,
        89,
        "For Fruit and Small Jobs",
        ["fruit", "peeling", "garnishes"],
    ),
    (
        "Jadeedge",
        "Five-Piece Knife Set with Block",
        "Knife Set",
        "high-carbon stainless steel",
        20,
        57,
        "pakkawood",
        2.1,
        399,
        559,
        "Cleaver, Chef, Santoku, Paring, Scissors",
        ["vegetables", "meat", "fruit"],
    ),
    (
        "Kitchenmoon",
        "Zirconia Ceramic Knife",
        "Chef's Knife",
        "zirconia ceramic",
        15,
        None,
        "pp",
        0.09,
        69,
        99,
        "Stays Sharp, Never Rusts",
        ["vegetables", "fruit", "boneless meat"],
    ),
]


def gen_knives(rng):
    write = Writer(rng)
    out = []
    for brand, name, leaf, steel, blade, hrc, handle, kg, lo, hi, selling, best in KNIVES:
        attrs = {
            "material": steel,
            "weight_kg": kg,
            "origin": "yangjiang, guangdong",
            "pieces": 6 if leaf == "Knife Set" else 1,
            "blade_length_cm": blade,
            "handle": handle,
            "dishwasher_safe": "no",
            "best_for": best,
            "blade_type": leaf.lower(),
            "care": "hand wash and dry",
        }
        if hrc:
            attrs["hardness_hrc"] = hrc
        if "carbon steel" in steel and "stainless" not in steel:
            attrs["rust_resistance"] = "low"
        elif steel == "zirconia ceramic":
            attrs["rust_resistance"] = "rustproof"
        else:
            attrs["rust_resistance"] = "high"
        title = f"{brand} {name}, {blade} cm {steel.title()} Blade, {selling}"
        openers = [
            f"A {blade} cm {leaf.lower()} {'made' if 'ceramic' in steel else 'forged'} in "
            f"Yangjiang, China's knife town, by {brand}.",
            f"{brand}'s {name.lower()} is built for {best[0]}, {best[1]} and {best[2]}.",
        ]
        middles = [
            (
                f"The {steel} blade is hardened to {hrc} HRC"
                + (
                    ", so it holds a keen edge but should not meet bones."
                    if hrc >= 58
                    else ", soft enough to shrug off chopping and easy to hone back."
                )
            )
            if hrc
            else "Zirconia ceramic stays sharp for months but can chip if dropped or twisted.",
            (
                "Carbon steel will spot and rust if left wet, so dry it straight away; it rewards "
                "you with an edge that is easy to bring back."
                if attrs["rust_resistance"] == "low"
                else "Hand wash and dry; the dishwasher dulls any edge."
            ),
            f"The {handle} handle stays secure in a wet hand.",
            f"It weighs {int(kg * 1000)} g"
            + (
                ", heavy enough to let the blade do the work."
                if kg > 0.3
                else ", light and nimble."
            ),
        ]
        out.append(
            product(
                rng,
                title,
                f"Home & Kitchen > Knives > {leaf}",
                brand,
                price(rng, lo, hi),
                attrs,
                write(openers, middles),
                0.6,
                1.1,
            )
        )
    for name, material, grit, lo, hi in [
        ("Dual-Grit Whetstone 1000/6000", "corundum", "1000/6000", 59, 89),
        ("Pull-Through Knife Sharpener", "tungsten carbide and ceramic", "coarse/fine", 29, 49),
    ]:
        attrs = {
            "material": material,
            "weight_kg": 0.45 if "Whet" in name else 0.18,
            "origin": "yangjiang, guangdong",
            "pieces": 1,
            "grit": grit,
            "best_for": ["steel knives", "cleavers"],
            "dishwasher_safe": "no",
            "blade_type": "sharpener",
            "care": "rinse and air-dry",
        }
        openers = [
            f"Jadeedge's {name.lower()} brings dull kitchen knives back to a clean edge.",
            f"A {material} sharpener for steel knives and cleavers.",
        ]
        middles = [
            "Soak the stone ten minutes, hold a steady angle and work the whole edge."
            if "Whet" in name
            else "Draw the blade through five or six times, coarse slot first, then fine.",
            "Do not use it on ceramic or serrated blades.",
            f"Grit: {grit}.",
        ]
        out.append(
            product(
                rng,
                f"Jadeedge {name}, Non-Slip Base",
                "Home & Kitchen > Knives > Sharpener",
                "Jadeedge",
                price(rng, lo, hi),
                attrs,
                write(openers, middles),
                0.5,
                1.0,
            )
        )
    return out


# brand, name, leaf, color, material, capacity_l, power_w, kg, lo, hi, extras, selling
APPLIANCES = [
    (
        "Warmwell",
        "Temperature Control Kettle",
        "Kettle",
        "white",
        "304 stainless steel",
        1.7,
        1800,
        1.2,
        169,
        229,
        {"temperature_control": "yes", "keep_warm": "yes"},
        "5 Presets for Green Tea to Coffee",
    ),
    (
        "Warmwell",
        "Glass Kettle with Blue Light",
        "Kettle",
        "silver",
        "borosilicate glass",
        1.7,
        1800,
        1.3,
        99,
        139,
        {"temperature_control": "no", "keep_warm": "no"},
        "Auto Shut-Off",
    ),
    (
        "Fanbowl",
        "Gooseneck Pour-Over Kettle",
        "Kettle",
        "black",
        "304 stainless steel",
        0.8,
        1000,
        0.9,
        199,
        279,
        {"temperature_control": "yes", "keep_warm": "yes"},
        "1°C Precision",
    ),
    (
        "Fanbowl",
        "Foldable Travel Kettle",
        "Kettle",
        "green",
        "food-grade silicone",
        0.6,
        600,
        0.6,
        89,
        129,
        {"temperature_control": "no", "keep_warm": "no"},
        "Dual Voltage",
    ),
    (
        "Warmwell",
        "Health Pot with Tea Infuser",
        "Kettle",
        "white",
        "borosilicate glass",
        1.5,
        800,
        1.4,
        129,
        179,
        {"temperature_control": "yes", "keep_warm": "yes"},
        "For Herbal Tea and Tonic Soups",
    ),
    (
        "Warmwell",
        "IH Rice Cooker",
        "Rice Cooker",
        "white",
        "ceramic-coated inner pot",
        4.0,
        1200,
        4.8,
        599,
        799,
        {"inner_pot": "ceramic-coated", "heating": "induction heating", "keep_warm": "yes"},
        "Induction Heating, 24 h Timer",
    ),
    (
        "Fanbowl",
        "Mini Rice Cooker",
        "Rice Cooker",
        "pink",
        "non-stick inner pot",
        1.6,
        400,
        1.6,
        129,
        179,
        {"inner_pot": "ptfe non-stick", "heating": "bottom heating", "keep_warm": "yes"},
        "1-2 People",
    ),
    (
        "Warmwell",
        "Stainless Low-Sugar Rice Cooker",
        "Rice Cooker",
        "silver",
        "304 stainless steel inner pot",
        3.0,
        860,
        3.6,
        399,
        499,
        {"inner_pot": "uncoated stainless steel", "heating": "bottom heating", "keep_warm": "yes"},
        "Coating-Free Inner Pot",
    ),
    (
        "Fanbowl",
        "Classic Family Rice Cooker",
        "Rice Cooker",
        "white",
        "non-stick inner pot",
        5.0,
        900,
        3.2,
        159,
        229,
        {"inner_pot": "ptfe non-stick", "heating": "bottom heating", "keep_warm": "yes"},
        "Steamer Basket Included",
    ),
    (
        "Warmwell",
        "Window Air Fryer",
        "Air Fryer",
        "black",
        "ceramic-coated basket",
        5.0,
        1500,
        4.9,
        299,
        399,
        {"basket_coating": "ceramic", "window": "yes"},
        "See-Through Window",
    ),
    (
        "Fanbowl",
        "Dual Basket Air Fryer",
        "Air Fryer",
        "black",
        "non-stick basket",
        8.0,
        2000,
        7.2,
        499,
        649,
        {"basket_coating": "ptfe non-stick", "window": "no"},
        "Two Zones, Cook Two Dishes at Once",
    ),
    (
        "Fanbowl",
        "Compact Air Fryer",
        "Air Fryer",
        "white",
        "non-stick basket",
        2.5,
        1000,
        2.9,
        149,
        199,
        {"basket_coating": "ptfe non-stick", "window": "no"},
        "Small Kitchens",
    ),
    (
        "Warmwell",
        "Steam Air Fryer Oven",
        "Air Fryer",
        "grey",
        "stainless steel cavity",
        12.0,
        1700,
        9.5,
        699,
        899,
        {"basket_coating": "uncoated", "window": "yes"},
        "Steam, Air Fry and Bake",
    ),
]


def gen_appliances(rng):
    write = Writer(rng)
    out = []
    for brand, name, leaf, color, material, cap, watts, kg, lo, hi, extras, selling in APPLIANCES:
        attrs = {
            "color": color,
            "material": material,
            "weight_kg": kg,
            "origin": pick(rng, ["foshan, guangdong", "ningbo, zhejiang", "zhongshan, guangdong"]),
            "pieces": 1,
            "capacity_l": cap,
            "power_w": watts,
            "voltage": "220 v",
            "warranty_months": 24 if lo > 300 else 12,
            **extras,
            "care": "wipe clean",
        }
        title = f"{brand} {name} {cap:g} L, {color.title()}, {selling}"
        openers = [
            f"A {cap:g} L {leaf.lower()} from {brand}, rated at {watts} W.",
            f"{brand}'s {name.lower()} holds {cap:g} L and draws {watts} W.",
        ]
        middles = [f"Comes with a {attrs['warranty_months']}-month warranty."]
        if leaf == "Kettle":
            middles += [
                (
                    "Set 80°C for green tea, 90°C for oolong or 100°C for black tea and pu-erh, "
                    "and it holds the temperature."
                    if extras["temperature_control"] == "yes"
                    else "It boils and switches off by itself; there are no temperature presets."
                ),
                (
                    f"The {material} body shows limescale, so descale monthly in hard-water cities."
                    if "glass" in material
                    else f"The {material} inner wall has no plastic touching the water."
                ),
            ]
        elif leaf == "Rice Cooker":
            middles += [
                {
                    "ceramic-coated": "The ceramic-coated pot releases rice cleanly; use the "
                    "wooden paddle supplied.",
                    "ptfe non-stick": "A non-stick inner pot means no crust stuck to the bottom.",
                    "uncoated stainless steel": "The bare stainless pot has no coating to wear "
                    "off and can be scrubbed.",
                }[extras["inner_pot"]],
                (
                    "Induction heating warms the whole pot, so every grain cooks evenly."
                    if extras["heating"] == "induction heating"
                    else "Presets cover white rice, congee, mixed grains and soup."
                ),
                "Wipe the steam vent and the lid seal after each use to stop smells building up.",
            ]
        else:
            middles += [
                "Little or no oil turns out crisp chicken wings, chips and roast vegetables.",
                (
                    "A window lets you watch food brown without opening the drawer."
                    if extras["window"] == "yes"
                    else "Shake the basket halfway for even colour."
                ),
                f"It weighs {kg} kg, so measure your counter space first.",
            ]
        out.append(
            product(
                rng,
                title,
                f"Home & Kitchen > Small Appliances > {leaf}",
                brand,
                price(rng, lo, hi),
                attrs,
                write(openers, middles),
                0.55,
                1.6,
            )
        )
    return out


NIGHTS = {"summer": "hot nights", "winter": "cold nights"}
BED_SIZES = ["150x200 cm", "180x220 cm", "200x230 cm"]
# brand, name, leaf, material, fill, season, feel, kg, care, origin, pieces, lo, hi, colors, selling
BEDDING = [
    (
        "Cloudnest",
        "Mulberry Silk Summer Quilt",
        "Summer Quilts",
        "mulberry silk",
        "100% mulberry silk",
        "summer",
        "cool",
        1.0,
        "dry clean",
        "huzhou, zhejiang",
        1,
        499,
        799,
        ["white", "beige"],
        "Light 1 kg Fill",
    ),
    (
        "Cloudnest",
        "Washable Cotton Summer Quilt",
        "Summer Quilts",
        "cotton",
        "soy fibre",
        "summer",
        "soft",
        1.2,
        "machine washable",
        "nantong, jiangsu",
        1,
        159,
        229,
        ["blue", "grey"],
        "Machine Washable",
    ),
    (
        "Coolweave",
        "Waffle Cotton Towel Blanket",
        "Summer Quilts",
        "cotton",
        "none",
        "summer",
        "soft",
        0.9,
        "machine washable",
        "gaoyang, hebei",
        1,
        99,
        149,
        ["green", "white"],
        "Airy Waffle Weave",
    ),
    (
        "Coolweave",
        "Ice Silk Cooling Mat Set",
        "Cooling Mats",
        "ice silk",
        "none",
        "summer",
        "cool",
        1.1,
        "machine washable",
        "nantong, jiangsu",
        3,
        129,
        189,
        ["grey", "blue"],
        "Mat plus Two Pillowcases",
    ),
    (
        "Coolweave",
        "Natural Rattan Summer Mat",
        "Cooling Mats",
        "rattan",
        "none",
        "summer",
        "cool",
        2.4,
        "wipe clean",
        "yiyang, hunan",
        3,
        299,
        459,
        ["beige"],
        "Hand-Woven, Foldable",
    ),
    (
        "Coolweave",
        "Carbonised Bamboo Mat",
        "Cooling Mats",
        "bamboo",
        "none",
        "summer",
        "cool",
        3.0,
        "wipe clean",
        "anji, zhejiang",
        1,
        159,
        239,
        ["brown"],
        "Smooth Rounded Slats",
    ),
    (
        "Cloudnest",
        "Stonewashed Linen Sheet Set",
        "Sheet Sets",
        "linen",
        "none",
        "summer",
        "crisp",
        1.8,
        "machine washable",
        "nantong, jiangsu",
        4,
        499,
        699,
        ["white", "grey", "green"],
        "French Flax",
    ),
    (
        "Cloudnest",
        "Tencel Lyocell Sheet Set",
        "Sheet Sets",
        "tencel lyocell",
        "none",
        "all-season",
        "cool",
        1.5,
        "machine washable",
        "nantong, jiangsu",
        4,
        399,
        529,
        ["white", "blue"],
        "Silky and Breathable",
    ),
    (
        "Cloudnest",
        "Long-Staple Cotton Percale Set",
        "Sheet Sets",
        "cotton",
        "none",
        "all-season",
        "crisp",
        1.7,
        "machine washable",
        "nantong, jiangsu",
        4,
        299,
        399,
        ["white"],
        "400 Thread Count Percale",
    ),
    (
        "Cloudnest",
        "Brushed Microfibre Sheet Set",
        "Sheet Sets",
        "microfibre",
        "none",
        "winter",
        "warm",
        1.4,
        "machine washable",
        "nantong, jiangsu",
        4,
        99,
        149,
        ["grey", "pink"],
        "Warm and Wrinkle-Free",
    ),
    (
        "Cloudnest",
        "Goose Down Winter Duvet",
        "Duvets",
        "goose down",
        "90% white goose down",
        "winter",
        "warm",
        2.2,
        "dry clean",
        "lu'an, anhui",
        1,
        899,
        1299,
        ["white"],
        "Extra Warm",
    ),
    (
        "Coolweave",
        "Buckwheat Hull Pillow",
        "Pillows",
        "buckwheat hull",
        "buckwheat hulls",
        "summer",
        "firm",
        2.0,
        "hand wash",
        "tongliao, inner mongolia",
        1,
        69,
        99,
        ["beige"],
        "Cool, Mouldable Support",
    ),
    (
        "Cloudnest",
        "Natural Latex Pillow",
        "Pillows",
        "latex",
        "natural latex",
        "all-season",
        "soft",
        1.3,
        "hand wash",
        "xishuangbanna, yunnan",
        1,
        199,
        269,
        ["white"],
        "Ventilated Latex",
    ),
    (
        "Coolweave",
        "Cooling Gel Memory Foam Pillow",
        "Pillows",
        "memory foam",
        "gel memory foam",
        "summer",
        "cool",
        1.5,
        "machine washable",
        "foshan, guangdong",
        1,
        159,
        219,
        ["white"],
        "Gel Layer for Hot Sleepers",
    ),
]


def gen_bedding(rng):
    write = Writer(rng)
    out = []
    for (
        brand,
        name,
        leaf,
        material,
        fill,
        season,
        feel,
        kg,
        care,
        origin,
        pieces,
        lo,
        hi,
        colors,
        selling,
    ) in BEDDING:
        for color in colors:
            sizes = (
                ["48x74 cm"]
                if leaf == "Pillows"
                else (
                    ["1.5 m bed", "1.8 m bed"]
                    if leaf == "Cooling Mats"
                    else BED_SIZES[rng.randint(0, 1) :]
                    if leaf != "Sheet Sets"
                    else ["1.2 m bed", "1.5 m bed", "1.8 m bed"]
                )
            )
            breath = (
                "high"
                if material
                in ("linen", "rattan", "bamboo", "ice silk", "mulberry silk", "tencel lyocell")
                or fill == "buckwheat hulls"
                else "medium"
                if season != "winter"
                else "low"
            )
            attrs = {
                "color": color,
                "size": sizes,
                "material": material,
                "weight_kg": kg,
                "origin": origin,
                "pieces": pieces,
                "fill": fill,
                "season": season,
                "feel": feel,
                "breathability": breath,
                "care": care,
            }
            if leaf == "Sheet Sets":
                attrs["contents"] = ["fitted sheet", "duvet cover", "two pillowcases"]
            title = f"{brand} {name}, {color.title()}, {selling}"
            openers = [
                f"{brand}'s {name.lower()} is made of {material} from "
                f"{place_name(origin.split(',')[0])}.",
                f"A {feel}-feeling {material} {leaf.lower().rstrip('s')} for "
                f"{NIGHTS.get(season, 'every season')}.",
                f"Made in {place_name(origin.split(',')[0])} from {material}, this one comes "
                f"in {color}.",
            ]
            middles = [
                {
                    "high": f"{material.capitalize()} lets heat and sweat escape, so it stays "
                    "cool to the touch all night.",
                    "medium": "It breathes reasonably well for a mild night.",
                    "low": "It holds warmth in and is too hot for a southern summer.",
                }[breath],
                (f"Filled with {fill}." if fill != "none" else ""),
                {
                    "machine washable": "Machine wash cold on a gentle cycle and line-dry.",
                    "dry clean": "Dry clean or air it in the shade; never wring silk or down.",
                    "wipe clean": "Wipe with a damp cloth and dry in the shade before storing.",
                    "hand wash": "Remove the cover to wash; air the filling in the sun.",
                }[care],
                f"Sizes: {', '.join(sizes)}.",
                (
                    f"The set includes {pieces} pieces."
                    if pieces > 1
                    else f"It weighs about {kg} kg."
                ),
            ]
            out.append(
                product(
                    rng,
                    title,
                    f"Home & Kitchen > Bedding > {leaf}",
                    brand,
                    price(rng, lo, hi),
                    attrs,
                    write(openers, middles),
                    0.6,
                    1.2,
                )
            )
    return out


# brand, name, leaf, material, capacity_l, pieces, kg, dishwasher, use, lo, hi, selling
STORAGE = [
    (
        "Tidyfold",
        "Glass Meal Prep Containers",
        "Food Containers",
        "borosilicate glass",
        0.8,
        5,
        2.4,
        "yes",
        "kitchen",
        99,
        139,
        "Microwave and Oven Safe",
    ),
    (
        "Tidyfold",
        "Airtight Food Storage Set",
        "Food Containers",
        "bpa-free pp plastic",
        1.2,
        10,
        1.1,
        "yes",
        "kitchen",
        59,
        89,
        "Stackable, Leak-Proof Lids",
    ),
    (
        "Shiyi Home",
        "Rice Storage Bin 10 kg",
        "Food Containers",
        "bpa-free pp plastic",
        15,
        2,
        1.6,
        "no",
        "kitchen",
        69,
        99,
        "Insect-Proof, with Measuring Cup",
    ),
    (
        "Shiyi Home",
        "Glass Spice Jars",
        "Food Containers",
        "glass",
        0.12,
        12,
        1.9,
        "yes",
        "kitchen",
        59,
        89,
        "Bamboo Lids and Labels",
    ),
    (
        "Tidyfold",
        "Jumbo Vacuum Storage Bags",
        "Vacuum Bags",
        "pa/pe film",
        120,
        8,
        0.9,
        "no",
        "wardrobe",
        49,
        79,
        "Shrinks Quilts by 75%",
    ),
    (
        "Tidyfold",
        "Foldable Wardrobe Boxes",
        "Clothes Storage",
        "oxford fabric",
        66,
        3,
        1.5,
        "no",
        "wardrobe",
        69,
        109,
        "Clear Window, Lidded",
    ),
    (
        "Tidyfold",
        "Clear Stackable Shoe Boxes",
        "Shoe Storage",
        "pet plastic",
        8,
        12,
        3.1,
        "no",
        "wardrobe",
        89,
        129,
        "Drop-Front Doors",
    ),
    (
        "Shiyi Home",
        "Under-Bed Rolling Storage",
        "Clothes Storage",
        "pp plastic",
        45,
        2,
        2.8,
        "no",
        "bedroom",
        99,
        149,
        "On Wheels",
    ),
    (
        "Shiyi Home",
        "Bamboo Drawer Organisers",
        "Drawer Organisers",
        "bamboo",
        2,
        6,
        1.2,
        "no",
        "bedroom",
        79,
        119,
        "Adjustable Dividers",
    ),
]


def gen_storage(rng):
    write = Writer(rng)
    out = []
    for brand, name, leaf, material, cap, pieces, kg, dish, use, lo, hi, selling in STORAGE:
        attrs = {
            "material": material,
            "weight_kg": kg,
            "origin": pick(rng, ["taizhou, zhejiang", "yiwu, zhejiang", "ningbo, zhejiang"]),
            "pieces": pieces,
            "capacity_l": cap,
            "dishwasher_safe": dish,
            "use": use,
            "care": "dishwasher safe" if dish == "yes" else "wipe clean",
        }
        title = f"{brand} {name}, {pieces} Pieces, {selling}"
        openers = [
            f"A {pieces}-piece set of {material} {leaf.lower()} from {brand}.",
            f"From {brand}: {pieces} pieces to bring order to the {use}.",
        ]
        middles = [
            f"Each holds about {cap:g} L.",
            "Safe in the dishwasher." if dish == "yes" else "Wipe clean with a damp cloth.",
            f"The whole set weighs {kg} kg.",
            f"{selling}.",
        ]
        out.append(
            product(
                rng,
                title,
                f"Home & Kitchen > Storage > {leaf}",
                brand,
                price(rng, lo, hi),
                attrs,
                write(openers, middles),
                0.5,
                1.2,
            )
        )
    return out


# brand, name, leaf, material, form, use, suitable_for, volume_ml, pieces, kg, lo, hi, selling
CLEANING = [
    (
        "Brightwipe",
        "Citric Acid Descaler Sachets",
        "Descaler",
        "food-grade citric acid",
        "powder",
        "descaling",
        ["kettles", "rice cookers", "coffee machines", "humidifiers"],
        None,
        12,
        0.3,
        19,
        35,
        "Food-Safe, Odourless",
    ),
    (
        "Brightwipe",
        "Kettle Descaling Liquid",
        "Descaler",
        "lactic acid solution",
        "liquid",
        "descaling",
        ["kettles", "coffee machines", "shower heads"],
        500,
        1,
        0.55,
        29,
        45,
        "Fast-Acting, 5 Uses per Bottle",
    ),
    (
        "Brightwipe",
        "Kitchen Degreaser Spray",
        "Kitchen Cleaner",
        "plant-based surfactant",
        "spray",
        "degreasing",
        ["range hoods", "stove tops", "tiles"],
        500,
        1,
        0.6,
        25,
        39,
        "Cuts Wok Oil Splatter",
    ),
    (
        "Brightwipe",
        "Microfibre Cleaning Cloths",
        "Cloths and Sponges",
        "microfibre",
        "cloth",
        "wiping",
        ["glass", "stainless steel", "appliances"],
        None,
        10,
        0.3,
        29,
        45,
        "Lint-Free, Machine Washable",
    ),
    (
        "Brightwipe",
        "Non-Scratch Sponges",
        "Cloths and Sponges",
        "cellulose sponge",
        "sponge",
        "dish washing",
        ["non-stick pans", "rice cooker pots", "glass"],
        None,
        12,
        0.2,
        15,
        25,
        "Safe on Non-Stick Coatings",
    ),
    (
        "Shiyi Home",
        "Bamboo Wok Brush",
        "Brushes",
        "split bamboo",
        "brush",
        "dish washing",
        ["woks", "cast iron", "carbon steel"],
        None,
        2,
        0.2,
        15,
        25,
        "Traditional, No Detergent",
    ),
    (
        "Brightwipe",
        "Gap Cleaning Brush Set",
        "Brushes",
        "nylon bristle",
        "brush",
        "detail cleaning",
        ["rice cooker lids", "kettle spouts", "window tracks"],
        None,
        5,
        0.2,
        19,
        29,
        "Reaches Steam Vents and Seals",
    ),
    (
        "Brightwipe",
        "Spin Mop and Bucket",
        "Mops",
        "stainless steel and microfibre",
        "mop",
        "floor cleaning",
        ["tiles", "wood floors", "laminate"],
        None,
        3,
        2.9,
        99,
        149,
        "Two Spare Heads",
    ),
    (
        "Brightwipe",
        "Stainless Steel Polish Paste",
        "Kitchen Cleaner",
        "mild mineral abrasive",
        "paste",
        "polishing",
        ["stainless steel", "kettles", "sinks"],
        None,
        1,
        0.3,
        25,
        39,
        "Removes Water Spots",
    ),
]


def gen_cleaning(rng):
    write = Writer(rng)
    out = []
    for (
        brand,
        name,
        leaf,
        material,
        form,
        use,
        suitable,
        vol,
        pieces,
        kg,
        lo,
        hi,
        selling,
    ) in CLEANING:
        attrs = {
            "material": material,
            "weight_kg": kg,
            "origin": pick(rng, ["guangzhou, guangdong", "shanghai", "jinhua, zhejiang"]),
            "pieces": pieces,
            "form": form,
            "use": use,
            "suitable_for": suitable,
        }
        if vol:
            attrs["volume_ml"] = vol
        qty = f"{vol} ml" if vol else f"{pieces} Pieces" if pieces > 1 else ""
        title = f"{brand} {name}, {selling}" + (f", {qty}" if qty else "")
        on = ", ".join(suitable[:-1]) + f" and {suitable[-1]}"
        openers = [
            f"{brand}'s {name.lower()} is made for {on}.",
            f"A {material} {form} for {use} {suitable[0]} and more.",
        ]
        middles = {
            "descaling": [
                "Fill the kettle to the max line, add one dose, boil, and let it stand 20 "
                "minutes before rinsing twice.",
                "It dissolves the white chalky scale that hard tap water leaves behind.",
                f"Made from {material}, so any trace left after rinsing is harmless.",
            ],
            "degreasing": [
                "Spray, wait two minutes and wipe: sticky oil lifts without scrubbing.",
                "Test first on painted surfaces.",
            ],
            "wiping": [
                "Use damp for streak-free glass and steel.",
                "Machine wash without fabric softener to keep them absorbent.",
            ],
            "dish washing": [
                f"Gentle on {suitable[0]} and {suitable[1]}.",
                "Rinse and stand upright to dry between uses.",
            ],
            "detail cleaning": [
                "Slim heads reach into steam vents, lid seals and spouts.",
                "Pair with a little diluted dish soap.",
            ],
            "floor cleaning": [
                "The spin basket wrings the head almost dry, so floors dry fast.",
                "Heads detach and go in the washing machine.",
            ],
            "polishing": [
                "Rub with the grain using a soft cloth, then rinse and buff dry.",
                "Lifts tea stains and water spots from steel.",
            ],
        }[use] + [f"Each pack weighs about {kg} kg."]
        out.append(
            product(
                rng,
                title,
                f"Home & Kitchen > Cleaning > {leaf}",
                brand,
                price(rng, lo, hi),
                attrs,
                write(openers, middles),
                0.5,
                1.3,
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Snacks & Food
# --------------------------------------------------------------------------------------------

# brand, name, leaf, flavour, weight_g, diet, shelf_life_days, origin, packaging, spice,
# kcal/100g, lo, hi, selling
NUTS = [
    (
        "Sunnut Pantry",
        "Daily Mixed Nuts",
        "Mixed Nuts",
        "original",
        750,
        ["no added sugar", "vegan"],
        240,
        "hangzhou, zhejiang",
        "individual packs",
        "none",
        590,
        89,
        129,
        "30 Daily Packs of 25 g",
    ),
    (
        "Sunnut Pantry",
        "Lin'an Hand-Peeled Hickory Nuts",
        "Nuts",
        "salted caramel",
        200,
        ["vegetarian"],
        270,
        "lin'an, zhejiang",
        "resealable bag",
        "none",
        640,
        59,
        89,
        "Already Shelled",
    ),
    (
        "Hillside Harvest",
        "Paper-Shell Walnuts",
        "Nuts",
        "original",
        1000,
        ["vegan", "no added sugar"],
        300,
        "aksu, xinjiang",
        "resealable bag",
        "none",
        650,
        59,
        89,
        "Crack by Hand, No Tools",
    ),
    (
        "Sunnut Pantry",
        "Lightly Salted Roasted Cashews",
        "Nuts",
        "sea salt",
        500,
        ["vegan", "high-protein"],
        270,
        "binh phuoc, vietnam",
        "resealable bag",
        "none",
        580,
        69,
        99,
        "Whole W320 Kernels",
    ),
    (
        "Hillside Harvest",
        "Sun-Dried Apricots",
        "Dried Fruit",
        "apricot",
        500,
        ["vegan", "no added sugar"],
        365,
        "kuqa, xinjiang",
        "resealable bag",
        "none",
        240,
        39,
        59,
        "No Sulphur, No Sugar Added",
    ),
    (
        "Hillside Harvest",
        "Turpan Green Raisins",
        "Dried Fruit",
        "grape",
        500,
        ["vegan", "no added sugar"],
        365,
        "turpan, xinjiang",
        "resealable bag",
        "none",
        320,
        29,
        45,
        "Seedless, Shade-Dried",
    ),
    (
        "Hillside Harvest",
        "Freeze-Dried Strawberry Crisps",
        "Dried Fruit",
        "strawberry",
        100,
        ["vegan", "no added sugar", "low-fat"],
        365,
        "dandong, liaoning",
        "individual packs",
        "none",
        340,
        39,
        59,
        "Nothing but Strawberries",
    ),
    (
        "Sunnut Pantry",
        "Honey Roasted Almonds",
        "Nuts",
        "honey",
        400,
        ["vegetarian", "high-protein"],
        240,
        "hangzhou, zhejiang",
        "canister",
        "none",
        600,
        49,
        69,
        "Crunchy Honey Glaze",
    ),
    (
        "Hillside Harvest",
        "Ruoqiang Grey Jujubes",
        "Dried Fruit",
        "red date",
        1000,
        ["vegan", "no added sugar"],
        365,
        "ruoqiang, xinjiang",
        "gift box",
        "none",
        290,
        69,
        109,
        "Large, Seed-In Gift Box",
    ),
    (
        "Sunnut Pantry",
        "Seaweed Almond Crisps",
        "Nuts",
        "seaweed",
        150,
        ["vegetarian", "high-protein"],
        180,
        "hangzhou, zhejiang",
        "individual packs",
        "none",
        520,
        29,
        45,
        "Baked Not Fried",
    ),
]

BISCUITS = [
    (
        "Grainmoon Bakery",
        "Whole Wheat Digestive Crackers",
        "Crackers",
        "original",
        400,
        ["whole grain", "low-sugar"],
        270,
        "guangzhou, guangdong",
        "individual packs",
        "none",
        430,
        25,
        39,
        "High Fibre, 20 Mini Packs",
    ),
    (
        "Grainmoon Bakery",
        "Oat and Chia Biscuits",
        "Biscuits",
        "oat",
        300,
        ["no added sugar", "high-fibre", "whole grain"],
        240,
        "guangzhou, guangdong",
        "individual packs",
        "none",
        420,
        29,
        45,
        "No Added Sugar",
    ),
    (
        "Grainmoon Bakery",
        "Scallion Soda Crackers",
        "Crackers",
        "scallion",
        500,
        ["low-sugar"],
        270,
        "guangzhou, guangdong",
        "individual packs",
        "none",
        450,
        19,
        32,
        "Light and Salty, Good for the Stomach",
    ),
    (
        "Old Town Bakehouse",
        "Suzhou Mung Bean Cakes",
        "Traditional Pastries",
        "mung bean",
        360,
        ["vegetarian"],
        90,
        "suzhou, jiangsu",
        "gift box",
        "none",
        380,
        49,
        79,
        "Melt-in-the-Mouth, 12 Pieces",
    ),
    (
        "Old Town Bakehouse",
        "Salted Egg Yolk Pastries",
        "Traditional Pastries",
        "salted egg yolk",
        330,
        ["vegetarian"],
        60,
        "guangzhou, guangdong",
        "gift box",
        "none",
        450,
        59,
        89,
        "Flaky, 6 Pieces",
    ),
    (
        "Old Town Bakehouse",
        "Pineapple Cakes",
        "Traditional Pastries",
        "pineapple",
        450,
        ["vegetarian"],
        120,
        "xiamen, fujian",
        "gift box",
        "none",
        410,
        69,
        109,
        "Real Pineapple Filling, 10 Pieces",
    ),
    (
        "Grainmoon Bakery",
        "Butter Cookies Gift Tin",
        "Biscuits",
        "butter",
        681,
        ["vegetarian"],
        365,
        "dongguan, guangdong",
        "gift tin",
        "none",
        510,
        79,
        119,
        "Five Classic Shapes",
    ),
    (
        "Old Town Bakehouse",
        "Flaky Wife Cakes",
        "Traditional Pastries",
        "winter melon",
        400,
        ["vegetarian"],
        60,
        "guangzhou, guangdong",
        "individual packs",
        "none",
        420,
        35,
        55,
        "Cantonese Classic",
    ),
    (
        "Grainmoon Bakery",
        "High-Protein Baked Crisps",
        "Crackers",
        "sea salt",
        200,
        ["high-protein", "low-sugar"],
        240,
        "guangzhou, guangdong",
        "individual packs",
        "none",
        400,
        39,
        59,
        "15 g Protein per Bag",
    ),
    (
        "Grainmoon Bakery",
        "Puffed Brown Rice Cakes",
        "Crackers",
        "sea salt",
        120,
        ["whole grain", "low-fat", "gluten-free", "vegan"],
        300,
        "changsha, hunan",
        "individual packs",
        "none",
        380,
        19,
        29,
        "Only 35 kcal a Cake",
    ),
]

CHOCOLATE = [
    (
        "Cocoa Lantern",
        "72% Dark Chocolate Bar",
        "Dark Chocolate",
        "dark chocolate",
        100,
        ["vegan"],
        540,
        "shanghai",
        "paper wrap",
        "none",
        560,
        29,
        45,
        "Single-Origin Hainan Cacao",
    ),
    (
        "Cocoa Lantern",
        "85% Dark Chocolate Squares",
        "Dark Chocolate",
        "dark chocolate",
        120,
        ["vegan", "low-sugar"],
        540,
        "shanghai",
        "individual packs",
        "none",
        590,
        39,
        59,
        "Individually Wrapped",
    ),
    (
        "Velvet Bean",
        "Hazelnut Milk Chocolate Bar",
        "Milk Chocolate",
        "hazelnut",
        100,
        ["vegetarian"],
        365,
        "tianjin",
        "paper wrap",
        "none",
        550,
        25,
        39,
        "Whole Roasted Hazelnuts",
    ),
    (
        "Velvet Bean",
        "Matcha White Chocolate",
        "White Chocolate",
        "matcha",
        80,
        ["vegetarian"],
        365,
        "tianjin",
        "paper wrap",
        "none",
        560,
        29,
        45,
        "Made with Guizhou Matcha",
    ),
    (
        "Cocoa Lantern",
        "Assorted Truffle Gift Box",
        "Gift Boxes",
        "assorted",
        200,
        ["vegetarian"],
        180,
        "shanghai",
        "gift box",
        "none",
        580,
        139,
        199,
        "16 Hand-Finished Truffles",
    ),
    (
        "Cocoa Lantern",
        "Dark Chocolate Almonds",
        "Chocolate Snacks",
        "almond",
        200,
        ["vegetarian", "high-protein"],
        365,
        "shanghai",
        "canister",
        "none",
        560,
        45,
        69,
        "Roasted Whole Almonds",
    ),
    (
        "Velvet Bean",
        "No Added Sugar Milk Chocolate",
        "Milk Chocolate",
        "milk chocolate",
        90,
        ["no added sugar", "vegetarian"],
        365,
        "tianjin",
        "paper wrap",
        "none",
        480,
        29,
        45,
        "Sweetened with Erythritol",
    ),
    (
        "Cocoa Lantern",
        "Sichuan Pepper Dark Chocolate",
        "Dark Chocolate",
        "sichuan pepper",
        80,
        ["vegan"],
        540,
        "shanghai",
        "paper wrap",
        "mild",
        560,
        35,
        49,
        "Numbing and Citrusy",
    ),
    (
        "Velvet Bean",
        "Chocolate Wafer Bites",
        "Chocolate Snacks",
        "milk chocolate",
        300,
        ["vegetarian"],
        300,
        "tianjin",
        "individual packs",
        "none",
        530,
        29,
        45,
        "Crispy Wafer Layers",
    ),
]

SPICY = [
    (
        "Lazy Dragon Kitchen",
        "Spicy Gluten Strips",
        "Latiao",
        "spicy and sweet",
        400,
        ["vegan"],
        180,
        "pingjiang, hunan",
        "individual packs",
        "hot",
        420,
        19,
        32,
        "The Classic School-Gate Snack",
    ),
    (
        "Lazy Dragon Kitchen",
        "Spicy Konjac Jerky",
        "Konjac Snacks",
        "mala",
        300,
        ["vegan", "low-fat", "low-calorie"],
        270,
        "chengdu, sichuan",
        "individual packs",
        "medium",
        150,
        25,
        39,
        "Only 15 kcal a Pack",
    ),
    (
        "Hotpot Street",
        "Wuhan-Style Spicy Duck Necks",
        "Meat Snacks",
        "spicy and sweet",
        300,
        ["high-protein"],
        120,
        "wuhan, hubei",
        "individual packs",
        "hot",
        260,
        39,
        59,
        "Vacuum Sealed",
    ),
    (
        "Hotpot Street",
        "Spicy Dried Tofu",
        "Tofu Snacks",
        "mala",
        350,
        ["vegetarian", "high-protein"],
        180,
        "wulong, chongqing",
        "individual packs",
        "medium",
        230,
        22,
        35,
        "Chewy, 25 Packs",
    ),
    (
        "Lazy Dragon Kitchen",
        "Mala Peanuts",
        "Nut Snacks",
        "mala",
        400,
        ["vegan"],
        240,
        "chengdu, sichuan",
        "resealable bag",
        "medium",
        590,
        25,
        39,
        "Numbing Sichuan Peppercorn",
    ),
    (
        "Hotpot Street",
        "Sichuan Shredded Beef Jerky",
        "Meat Snacks",
        "chilli",
        200,
        ["high-protein"],
        240,
        "dazhou, sichuan",
        "individual packs",
        "medium",
        420,
        59,
        89,
        "Paper-Thin Beef",
    ),
    (
        "Hotpot Street",
        "Spicy Marinated Quail Eggs",
        "Meat Snacks",
        "spicy braised",
        360,
        ["vegetarian", "high-protein"],
        180,
        "changsha, hunan",
        "individual packs",
        "mild",
        180,
        25,
        39,
        "30 Eggs",
    ),
    (
        "Lazy Dragon Kitchen",
        "Crispy Chilli Fish",
        "Meat Snacks",
        "chilli",
        250,
        ["high-protein"],
        240,
        "yueyang, hunan",
        "individual packs",
        "extra hot",
        430,
        29,
        45,
        "Dongting Lake Style",
    ),
    (
        "Lazy Dragon Kitchen",
        "Spicy Lotus Root Chips",
        "Vegetable Snacks",
        "chilli",
        150,
        ["vegan"],
        240,
        "chengdu, sichuan",
        "resealable bag",
        "mild",
        470,
        19,
        29,
        "Crunchy Vacuum-Fried",
    ),
]

INSTANT = [
    (
        "Lazy Dragon Kitchen",
        "Self-Heating Beef Tallow Hotpot",
        "Self-Heating Meals",
        "mala",
        420,
        [],
        240,
        "chongqing",
        "bowl",
        "hot",
        160,
        29,
        45,
        "Ready in 15 Minutes, No Stove",
    ),
    (
        "Tuanyuan Kitchen",
        "Liuzhou River Snail Rice Noodles",
        "Noodles",
        "sour and spicy",
        335,
        [],
        180,
        "liuzhou, guangxi",
        "bag",
        "hot",
        350,
        12,
        19,
        "Extra Pickled Bamboo Shoot",
    ),
    (
        "Tuanyuan Kitchen",
        "Chongqing Hot and Sour Glass Noodles",
        "Noodles",
        "sour and spicy",
        260,
        ["vegan"],
        180,
        "chongqing",
        "bowl",
        "hot",
        330,
        9.9,
        15,
        "Sweet Potato Noodles",
    ),
    (
        "Tuanyuan Kitchen",
        "Braised Beef Noodle Bowl",
        "Noodles",
        "braised beef",
        320,
        [],
        180,
        "lanzhou, gansu",
        "bowl",
        "mild",
        420,
        8.5,
        15,
        "Real Beef Pieces",
    ),
    (
        "Lazy Dragon Kitchen",
        "Self-Heating Curry Beef Rice",
        "Self-Heating Meals",
        "curry",
        375,
        [],
        270,
        "chongqing",
        "bowl",
        "mild",
        180,
        19,
        29,
        "Fluffy Rice in 12 Minutes",
    ),
    (
        "Tuanyuan Kitchen",
        "Freeze-Dried Tomato Egg Soup",
        "Soups",
        "tomato and egg",
        80,
        ["vegetarian", "low-fat"],
        540,
        "qingdao, shandong",
        "individual packs",
        "none",
        360,
        25,
        39,
        "10 Cubes, Just Add Hot Water",
    ),
    (
        "Grainmoon Bakery",
        "Instant Oat Porridge Cups",
        "Porridge",
        "red date and goji",
        360,
        ["whole grain", "no added sugar"],
        270,
        "zhangjiakou, hebei",
        "individual packs",
        "none",
        370,
        29,
        45,
        "8 Cups, 3-Minute Breakfast",
    ),
    (
        "Tuanyuan Kitchen",
        "Konjac Noodles in Sesame Sauce",
        "Noodles",
        "sesame",
        270,
        ["vegan", "low-calorie"],
        240,
        "ankang, shaanxi",
        "bowl",
        "mild",
        90,
        12,
        19,
        "Only 90 kcal",
    ),
    (
        "Tuanyuan Kitchen",
        "Wuhan Hot Dry Noodles",
        "Noodles",
        "sesame",
        290,
        ["vegan"],
        180,
        "wuhan, hubei",
        "bag",
        "mild",
        390,
        9.9,
        15,
        "Nutty Sesame Paste",
    ),
]

SAUCES = [
    (
        "Auntie Pan's",
        "Crispy Chilli Oil",
        "Chilli Sauces",
        "chilli",
        280,
        ["vegan"],
        365,
        "guiyang, guizhou",
        "glass jar",
        "medium",
        620,
        15,
        25,
        ["noodles", "dipping", "stir-fry"],
    ),
    (
        "Jiangnan Brewery",
        "Naturally Brewed Light Soy Sauce",
        "Soy Sauce",
        "savoury",
        550,
        ["vegan"],
        720,
        "foshan, guangdong",
        "glass bottle",
        "none",
        60,
        15,
        25,
        ["stir-fry", "dipping", "marinade"],
    ),
    (
        "Jiangnan Brewery",
        "Mushroom Dark Soy Sauce",
        "Soy Sauce",
        "savoury",
        550,
        ["vegan"],
        720,
        "foshan, guangdong",
        "glass bottle",
        "none",
        110,
        15,
        25,
        ["braising", "colouring", "stir-fry"],
    ),
    (
        "Jiangnan Brewery",
        "Low-Sodium Soy Sauce",
        "Soy Sauce",
        "savoury",
        500,
        ["vegan", "low-sodium"],
        540,
        "foshan, guangdong",
        "glass bottle",
        "none",
        55,
        22,
        35,
        ["stir-fry", "dipping"],
    ),
    (
        "Auntie Pan's",
        "Premium Oyster Sauce",
        "Cooking Sauces",
        "umami",
        510,
        [],
        540,
        "jiangmen, guangdong",
        "glass bottle",
        "none",
        120,
        15,
        25,
        ["stir-fry", "marinade"],
    ),
    (
        "Jiangnan Brewery",
        "Zhenjiang Aged Black Vinegar",
        "Vinegar",
        "sour",
        500,
        ["vegan"],
        720,
        "zhenjiang, jiangsu",
        "glass bottle",
        "none",
        40,
        12,
        19,
        ["dipping", "stir-fry", "cold dishes"],
    ),
    (
        "Auntie Pan's",
        "Pixian Chilli Bean Paste",
        "Chilli Sauces",
        "chilli",
        500,
        ["vegan"],
        540,
        "pixian, sichuan",
        "glass jar",
        "hot",
        180,
        15,
        25,
        ["stir-fry", "mapo tofu", "braising"],
    ),
    (
        "Jiangnan Brewery",
        "Shaoxing Cooking Wine",
        "Cooking Wine",
        "savoury",
        500,
        ["vegan"],
        720,
        "shaoxing, zhejiang",
        "glass bottle",
        "none",
        90,
        12,
        19,
        ["stir-fry", "marinade", "braising"],
    ),
    (
        "Auntie Pan's",
        "Sichuan Green Peppercorn Oil",
        "Chilli Sauces",
        "numbing",
        250,
        ["vegan"],
        540,
        "hanyuan, sichuan",
        "glass bottle",
        "medium",
        880,
        19,
        29,
        ["cold dishes", "noodles", "stir-fry"],
    ),
    (
        "Auntie Pan's",
        "Kung Pao Stir-Fry Sauce Packs",
        "Cooking Sauces",
        "sweet and spicy",
        240,
        ["vegan"],
        365,
        "chengdu, sichuan",
        "individual packs",
        "mild",
        160,
        15,
        25,
        ["stir-fry"],
    ),
]

LEAF_NOTE = {
    "Mixed Nuts": "A small handful a day gives healthy fats and steady energy without a sugar "
    "crash.",
    "Nuts": "Roasted in small batches so the kernels stay crisp rather than oily.",
    "Dried Fruit": "Chewy and naturally sweet, a good swap for sweets when a craving hits.",
    "Crackers": "Light and crisp, they take the edge off hunger between meals.",
    "Biscuits": "Good with a mid-afternoon cup of tea or coffee.",
    "Traditional Pastries": "A classic to bring when visiting relatives, best with a pot of tea.",
    "Dark Chocolate": "High-cocoa chocolate is less sweet and more intense, so a square or two "
    "is usually enough.",
    "Milk Chocolate": "Creamy and mellow, the crowd-pleaser of the range.",
    "White Chocolate": "Sweet and creamy, with a grassy bitterness from the matcha.",
    "Gift Boxes": "Each piece sits in its own paper cup, so the box arrives looking neat.",
    "Chocolate Snacks": "Easy to share from the desk drawer.",
    "Latiao": "Chewy wheat-gluten strips in chilli oil, the after-school snack of a generation.",
    "Konjac Snacks": "Konjac gives a springy bite for very few calories.",
    "Meat Snacks": "Marinated and slow-cooked, then vacuum sealed to keep it moist.",
    "Tofu Snacks": "Pressed tofu simmered in a spiced broth until dense and chewy.",
    "Nut Snacks": "Crunchy peanuts tossed with chilli and Sichuan peppercorn.",
    "Vegetable Snacks": "Thin lotus root slices fried until light and crunchy.",
    "Self-Heating Meals": "Pour cold water into the outer tray, close the lid and the heating "
    "pack does the rest; no stove or kettle needed.",
    "Noodles": "A proper bowl of regional noodles in about five minutes.",
    "Soups": "Drop a cube into a bowl, add boiling water and stir.",
    "Porridge": "Just add hot water or milk and wait three minutes.",
    "Chilli Sauces": "A spoonful lifts noodles, dumplings and stir-fries.",
    "Soy Sauce": "Brewed slowly in the sun-fermentation tradition of Guangdong.",
    "Cooking Sauces": "Stir it in during the last minute of a stir-fry for a glossy finish.",
    "Vinegar": "Malty and mellow, the classic dip for dumplings and xiaolongbao.",
    "Cooking Wine": "A splash takes away fishy and gamey smells and adds depth to braises.",
}

SPICE_PHRASE = {
    "none": "",
    "mild": "There is a gentle warmth, fine for most palates.",
    "medium": "Expect a proper Sichuan-style tingle and heat.",
    "hot": "It is genuinely hot, so keep a drink nearby.",
    "extra hot": "Extra hot: only for serious chilli lovers.",
}


def _food(rng, sub: str, table, sauces: bool = False) -> list[dict]:
    write = Writer(rng)
    out = []
    for row in table:
        (
            brand,
            name,
            leaf,
            flavour,
            grams,
            diet,
            shelf,
            origin,
            packaging,
            spice,
            kcal,
            lo,
            hi,
            extra,
        ) = row
        attrs = {
            "flavour": flavour,
            "weight_g": grams,
            "shelf_life_days": shelf,
            "origin": origin,
            "packaging": packaging,
            "spice_level": spice,
            "calories_per_100g": kcal,
            "storage": (
                "refrigerate after opening" if sauces else "cool and dry, reseal after opening"
            ),
        }
        if diet:
            attrs["diet"] = diet
        if sauces:
            attrs["use"] = extra
            selling = ""
        else:
            selling = extra
        place = place_name(origin.split(",")[0])
        qty = f"{grams} g"
        if packaging == "glass bottle":
            attrs["volume_ml"] = 500 if grams >= 500 else 250
            qty = f"{attrs['volume_ml']} ml"
        title = f"{brand} {name}, {selling}, {qty}"
        if sauces:
            uses = [u.title() for u in extra]
            title = (
                f"{brand} {name}, {qty}, for "
                f"{', '.join(uses[:-1]) + ' and ' if len(uses) > 1 else ''}{uses[-1]}"
            )
        taste = "a mix of flavours" if flavour == "assorted" else f"{flavour} flavour"
        openers = [
            f"{brand}'s {name}, made in {place}.",
            f"A {qty} {packaging.replace('individual packs', 'box of individual packs')} of "
            f"{name} from {place}.",
            f"{name} from {brand}: {taste}, {qty}.",
        ]
        middles = [
            LEAF_NOTE[leaf],
            SPICE_PHRASE[spice],
            (
                f"It is {', '.join(diet[:-1]) + ' and ' if len(diet) > 1 else ''}{diet[-1]}."
                if diet
                else ""
            ),
            f"About {kcal} kcal per 100 g.",
            (
                f"Keeps {shelf} days unopened; "
                + (
                    "refrigerate once opened."
                    if "refrigerate" in attrs["storage"]
                    else "store somewhere cool and dry."
                    if sub == "Instant Meals"
                    else "reseal and keep somewhere cool and dry."
                )
            ),
            (
                "Individually packed portions stop a handful turning into the whole bag."
                if packaging == "individual packs"
                else "It comes in a gift box, ready to take when visiting family."
                if packaging == "gift box"
                else ""
            ),
        ]
        if sauces:
            middles.append(
                f"Use it for {', '.join(extra[:-1]) + ' and ' if len(extra) > 1 else ''}"
                f"{extra[-1]}."
            )
        elif sub == "Instant Meals":
            middles.append(
                {
                    "bowl": "The bowl doubles as the serving dish.",
                    "bag": "Cook it in a pot for a few minutes for the best texture.",
                    "individual packs": "Each portion is sealed on its own.",
                }[packaging]
            )
        out.append(
            product(
                rng,
                title,
                f"Snacks & Food > {sub} > {leaf}",
                brand,
                price(rng, lo, hi),
                attrs,
                write(openers, middles),
                0.55,
                2.0,
            )
        )
    return out


def gen_nuts(rng):
    return _food(rng, "Nuts & Dried Fruit", NUTS)


def gen_biscuits(rng):
    return _food(rng, "Biscuits & Pastries", BISCUITS)


def gen_chocolate(rng):
    items = _food(rng, "Chocolate", CHOCOLATE)
    for item in items:
        pct = next((int(w[:-1]) for w in item["title"].split() if w.endswith("%")), None)
        if pct:
            item["attributes"]["cocoa_percent"] = pct
    return items


def gen_spicy(rng):
    return _food(rng, "Spicy Snacks", SPICY)


def gen_instant(rng):
    return _food(rng, "Instant Meals", INSTANT)


def gen_sauces(rng):
    return _food(rng, "Sauces & Condiments", SAUCES, sauces=True)


# --------------------------------------------------------------------------------------------
# Tea
# --------------------------------------------------------------------------------------------

# brand, name, leaf, origin, region, grade, harvest, form, caffeine, flavour, temp_c,
# variants [(weight_g, packaging, lo, hi)]
GREEN_TEAS = [
    (
        "Cloudmist Tea House",
        "West Lake Longjing",
        "Longjing",
        "zhejiang",
        "west lake, hangzhou",
        "special grade",
        "pre-qingming spring 2025",
        "loose-leaf",
        "medium",
        "roasted chestnut",
        80,
        [(250, "gift tin", 699, 999), (100, "gift box", 299, 399)],
    ),
    (
        "Cloudmist Tea House",
        "Longjing Everyday",
        "Longjing",
        "zhejiang",
        "qiantang, hangzhou",
        "second grade",
        "spring 2025",
        "loose-leaf",
        "medium",
        "toasty, nutty",
        80,
        [(250, "pouch", 99, 139)],
    ),
    (
        "Jade Spring",
        "Anji Bai Cha",
        "Anji Bai Cha",
        "zhejiang",
        "anji, huzhou",
        "first grade",
        "pre-qingming spring 2025",
        "loose-leaf",
        "medium",
        "sweet, brothy",
        80,
        [(125, "gift box", 259, 359), (50, "tin", 89, 129)],
    ),
    (
        "Jade Spring",
        "Dongting Biluochun",
        "Biluochun",
        "jiangsu",
        "dongting mountain, suzhou",
        "special grade",
        "pre-qingming spring 2025",
        "loose-leaf",
        "medium",
        "fruity, floral",
        75,
        [(150, "gift box", 459, 659)],
    ),
    (
        "Mingshan Tea Co.",
        "Huangshan Maofeng",
        "Huangshan Maofeng",
        "anhui",
        "huangshan",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "medium",
        "orchid, sweet",
        80,
        [(200, "gift tin", 199, 299), (250, "pouch", 89, 129)],
    ),
    (
        "Mingshan Tea Co.",
        "Lu'an Guapian",
        "Lu'an Guapian",
        "anhui",
        "lu'an",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "medium",
        "toasty, vegetal",
        85,
        [(250, "tin", 169, 229)],
    ),
    (
        "Mingshan Tea Co.",
        "Xinyang Maojian",
        "Xinyang Maojian",
        "henan",
        "xinyang",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "medium",
        "grassy, crisp",
        85,
        [(250, "paper box", 119, 169)],
    ),
    (
        "Jade Spring",
        "Enshi Yulu Steamed Green",
        "Enshi Yulu",
        "hubei",
        "enshi",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "medium",
        "seaweed, sweet",
        80,
        [(100, "tin", 99, 139)],
    ),
    (
        "Cloudmist Tea House",
        "Green Tea Pyramid Bags",
        "Tea Bags",
        "zhejiang",
        "hangzhou",
        "standard",
        "spring 2025",
        "tea bags",
        "medium",
        "fresh, grassy",
        85,
        [(75, "paper box", 39, 59)],
    ),
    (
        "Jade Spring",
        "Stone-Ground Matcha",
        "Matcha",
        "guizhou",
        "tongren",
        "ceremonial grade",
        "spring 2025",
        "powder",
        "high",
        "umami, creamy",
        75,
        [(40, "tin", 79, 119)],
    ),
]

OOLONGS = [
    (
        "Wuyi Hearth",
        "Anxi Tieguanyin Light Roast",
        "Tieguanyin",
        "fujian",
        "anxi",
        "special grade",
        "autumn 2024",
        "rolled leaf",
        "medium",
        "orchid, creamy",
        95,
        [(250, "gift box", 259, 369), (500, "gift box", 459, 599)],
    ),
    (
        "Wuyi Hearth",
        "Charcoal-Roasted Tieguanyin",
        "Tieguanyin",
        "fujian",
        "anxi",
        "first grade",
        "spring 2025",
        "rolled leaf",
        "medium",
        "toasty, honeyed",
        100,
        [(250, "tin", 159, 219)],
    ),
    (
        "Wuyi Hearth",
        "Da Hong Pao Rock Tea",
        "Wuyi Rock Tea",
        "fujian",
        "wuyi mountains",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "medium",
        "roasted, mineral",
        100,
        [(250, "gift box", 299, 459), (160, "gift tin", 899, 1299, "special grade")],
    ),
    (
        "Wuyi Hearth",
        "Rougui Cinnamon Rock Tea",
        "Wuyi Rock Tea",
        "fujian",
        "wuyi mountains",
        "special grade",
        "spring 2025",
        "loose-leaf",
        "medium",
        "cinnamon, woody",
        100,
        [(200, "gift box", 399, 599)],
    ),
    (
        "Old Camphor Tea",
        "Phoenix Dancong Honey Orchid",
        "Dancong",
        "guangdong",
        "phoenix mountain, chaozhou",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "medium",
        "honey, orchid",
        100,
        [(250, "tin", 189, 259)],
    ),
    (
        "Old Camphor Tea",
        "Alishan High Mountain Oolong",
        "High Mountain Oolong",
        "taiwan",
        "alishan",
        "special grade",
        "spring 2025",
        "rolled leaf",
        "medium",
        "buttery, floral",
        95,
        [(150, "gift tin", 359, 499)],
    ),
    (
        "Old Camphor Tea",
        "Jin Xuan Milk Oolong",
        "High Mountain Oolong",
        "fujian",
        "zhangping",
        "first grade",
        "spring 2025",
        "rolled leaf",
        "medium",
        "milky, sweet",
        95,
        [(250, "pouch", 99, 149)],
    ),
    (
        "Wuyi Hearth",
        "Oolong Tea Bags",
        "Tea Bags",
        "fujian",
        "anxi",
        "standard",
        "spring 2025",
        "tea bags",
        "medium",
        "floral",
        95,
        [(100, "paper box", 39, 59)],
    ),
]

BLACK_TEAS = [
    (
        "Mingshan Tea Co.",
        "Keemun Black Tea",
        "Keemun",
        "anhui",
        "qimen",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "high",
        "malty, orchid",
        95,
        [(200, "gift tin", 199, 299), (250, "pouch", 99, 139)],
    ),
    (
        "Old Camphor Tea",
        "Dianhong Golden Buds",
        "Dianhong",
        "yunnan",
        "fengqing",
        "special grade",
        "spring 2025",
        "loose-leaf",
        "high",
        "honey, sweet potato",
        95,
        [(250, "gift box", 259, 359)],
    ),
    (
        "Wuyi Hearth",
        "Tongmu Lapsang Souchong",
        "Lapsang Souchong",
        "fujian",
        "tongmu, wuyi",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "high",
        "longan, pine smoke",
        95,
        [(250, "gift box", 229, 329)],
    ),
    (
        "Wuyi Hearth",
        "Jin Jun Mei",
        "Jin Jun Mei",
        "fujian",
        "tongmu, wuyi",
        "special grade",
        "pre-qingming spring 2025",
        "loose-leaf",
        "high",
        "honey, floral",
        90,
        [(100, "gift tin", 599, 899)],
    ),
    (
        "Old Camphor Tea",
        "Yingde Red Tea",
        "Yingde Black",
        "guangdong",
        "yingde",
        "first grade",
        "summer 2025",
        "loose-leaf",
        "high",
        "cocoa, malty",
        95,
        [(250, "tin", 129, 179)],
    ),
    (
        "Mingshan Tea Co.",
        "Breakfast Black Tea Bags",
        "Tea Bags",
        "yunnan",
        "lincang",
        "standard",
        "summer 2025",
        "tea bags",
        "high",
        "malty, brisk",
        100,
        [(100, "paper box", 35, 55)],
    ),
    (
        "Cloudmist Tea House",
        "Lychee Black Tea",
        "Flavoured Black",
        "guangdong",
        "yingde",
        "first grade",
        "summer 2025",
        "loose-leaf",
        "high",
        "lychee, rose",
        95,
        [(150, "tin", 79, 119)],
    ),
]

PUERHS = [
    (
        "Old Camphor Tea",
        "Menghai Ripe Pu-erh Cake 2019",
        "Ripe Pu-erh",
        "yunnan",
        "menghai",
        "first grade",
        "2019",
        "cake",
        "medium",
        "earthy, dates",
        100,
        [(357, "paper wrap", 159, 229)],
    ),
    (
        "Old Camphor Tea",
        "Yiwu Raw Pu-erh Cake 2021",
        "Raw Pu-erh",
        "yunnan",
        "yiwu",
        "special grade",
        "spring 2021",
        "cake",
        "medium",
        "honey, apricot",
        95,
        [(357, "paper wrap", 459, 699)],
    ),
    (
        "Mingshan Tea Co.",
        "Aged Ripe Pu-erh Brick 2012",
        "Ripe Pu-erh",
        "yunnan",
        "menghai",
        "special grade",
        "2012",
        "brick",
        "low",
        "woody, smooth",
        100,
        [(250, "gift box", 599, 899)],
    ),
    (
        "Old Camphor Tea",
        "Mini Tuo Ripe Pu-erh",
        "Ripe Pu-erh",
        "yunnan",
        "lincang",
        "first grade",
        "2020",
        "mini tuo",
        "medium",
        "earthy, cocoa",
        100,
        [(200, "gift tin", 129, 189)],
    ),
    (
        "Mingshan Tea Co.",
        "Sticky Rice Ripe Pu-erh Mini Tuo",
        "Ripe Pu-erh",
        "yunnan",
        "menghai",
        "first grade",
        "2021",
        "mini tuo",
        "medium",
        "sticky rice, sweet",
        100,
        [(250, "tin", 89, 129)],
    ),
    (
        "Cloudmist Tea House",
        "Xinhui Tangerine Pu-erh",
        "Tangerine Pu-erh",
        "guangdong",
        "xinhui, jiangmen",
        "first grade",
        "2020",
        "tangerine",
        "low",
        "citrus peel, earthy",
        100,
        [(250, "gift box", 199, 299), (500, "gift box", 359, 499)],
    ),
    (
        "Old Camphor Tea",
        "Bingdao Raw Pu-erh Cake",
        "Raw Pu-erh",
        "yunnan",
        "bingdao, lincang",
        "special grade",
        "spring 2022",
        "cake",
        "medium",
        "rock sugar, floral",
        95,
        [(200, "gift box", 1299, 1999)],
    ),
]

WHITE_TEAS = [
    (
        "Jade Spring",
        "Fuding Silver Needle",
        "Silver Needle",
        "fujian",
        "fuding",
        "special grade",
        "spring 2025",
        "loose-leaf",
        "low",
        "honeydew, hay",
        85,
        [(100, "gift tin", 399, 599), (200, "gift box", 699, 999)],
    ),
    (
        "Jade Spring",
        "Bai Mudan White Peony",
        "Bai Mudan",
        "fujian",
        "fuding",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "low",
        "floral, melon",
        90,
        [(200, "tin", 159, 219)],
    ),
    (
        "Jade Spring",
        "Aged Shoumei Cake 2018",
        "Shoumei",
        "fujian",
        "fuding",
        "first grade",
        "2018",
        "cake",
        "low",
        "dates, medicinal",
        100,
        [(350, "gift box", 259, 359)],
    ),
    (
        "Jade Spring",
        "White Tea Mini Cakes",
        "Shoumei",
        "fujian",
        "zhenghe",
        "first grade",
        "2022",
        "mini cakes",
        "low",
        "sweet, herbal",
        95,
        [(200, "gift tin", 129, 179)],
    ),
    (
        "Old Camphor Tea",
        "Yunnan Moonlight White",
        "Moonlight White",
        "yunnan",
        "jinggu",
        "first grade",
        "spring 2025",
        "loose-leaf",
        "low",
        "honey, stone fruit",
        90,
        [(200, "bamboo basket", 169, 239)],
    ),
]

HERBAL_TEAS = [
    (
        "Cloudmist Tea House",
        "Jasmine Dragon Pearls",
        "Jasmine Tea",
        "fujian",
        "fuzhou",
        "special grade",
        "summer 2025",
        "pearls",
        "medium",
        "jasmine",
        85,
        [(250, "gift tin", 259, 359), (100, "pouch", 59, 89)],
    ),
    (
        "Cloudmist Tea House",
        "Tongxiang Hangbaiju Chrysanthemum",
        "Chrysanthemum",
        "zhejiang",
        "tongxiang",
        "first grade",
        "autumn 2024",
        "whole flowers",
        "none",
        "floral, cooling",
        90,
        [(100, "tin", 49, 79)],
    ),
    (
        "Hillside Harvest",
        "Goji, Red Date and Longan Tea",
        "Herbal Blends",
        "ningxia",
        "zhongning",
        "standard",
        "autumn 2024",
        "tea bags",
        "none",
        "sweet, fruity",
        100,
        [(300, "gift box", 69, 109)],
    ),
    (
        "Jade Spring",
        "Pingyin Rose Buds",
        "Rose Tea",
        "shandong",
        "pingyin",
        "first grade",
        "spring 2025",
        "whole flowers",
        "none",
        "rose",
        90,
        [(80, "glass jar", 45, 69)],
    ),
    (
        "Hillside Harvest",
        "Roasted Tartary Buckwheat Tea",
        "Grain Tea",
        "sichuan",
        "liangshan",
        "standard",
        "autumn 2024",
        "tea bags",
        "none",
        "nutty, roasted",
        100,
        [(450, "paper box", 29, 45)],
    ),
    (
        "Hillside Harvest",
        "Roasted Barley Tea Bags",
        "Grain Tea",
        "shandong",
        "weifang",
        "standard",
        "autumn 2024",
        "tea bags",
        "none",
        "toasty, coffee-like",
        100,
        [(300, "paper box", 19, 29)],
    ),
    (
        "Cloudmist Tea House",
        "Osmanthus Oolong",
        "Scented Tea",
        "guangxi",
        "guilin",
        "first grade",
        "autumn 2024",
        "loose-leaf",
        "medium",
        "osmanthus, apricot",
        95,
        [(150, "gift tin", 129, 189)],
    ),
    (
        "Hillside Harvest",
        "Ginger and Brown Sugar Tea",
        "Herbal Blends",
        "yunnan",
        "luoping",
        "standard",
        "autumn 2024",
        "granules",
        "none",
        "ginger, caramel",
        100,
        [(240, "individual packs", 29, 45)],
    ),
]

GIFT_PACKS = ("gift box", "gift tin", "bamboo basket")
FORM_PHRASE = {
    "loose-leaf": "loose leaves",
    "rolled leaf": "tightly rolled leaves",
    "cake": "a pressed cake",
    "brick": "a pressed brick",
    "mini tuo": "single-serve mini tuos",
    "tea bags": "tea bags",
    "powder": "fine powder",
    "tangerine": "whole tangerines stuffed with pu-erh",
    "mini cakes": "thumb-sized mini cakes",
    "pearls": "hand-rolled pearls",
    "whole flowers": "whole dried flowers",
    "granules": "instant granules",
}
CAFFEINE_PHRASE = {
    "none": "It is naturally caffeine-free, so it suits an evening cup.",
    "low": "Caffeine is low, gentle enough for an afternoon cup.",
    "medium": "It has a moderate lift of caffeine, so enjoy it before mid-afternoon.",
    "high": "It is bright and fairly high in caffeine, a good morning tea.",
}
BREW_TIP = {
    "Green Tea": "Brew at about {t}°C in a glass or porcelain cup, 3 g to 150 ml, and top up "
    "before the leaves go bitter.",
    "Oolong": "Brew gongfu-style at {t}°C: 7 g in a 110 ml gaiwan, short steeps, six or more "
    "infusions.",
    "Black Tea": "Use water at {t}°C and steep 2-3 minutes; it also takes milk well.",
    "Pu-erh": "Rinse once with boiling water, then steep briefly at {t}°C; it lasts many "
    "infusions.",
    "White Tea": "Brew at {t}°C and let it steep slowly; aged white tea can even be simmered.",
    "Flower & Herbal Tea": "Steep at {t}°C for 4-5 minutes; add honey if you like.",
}


def _teas(rng, sub: str, table) -> list[dict]:
    write = Writer(rng)
    out = []
    for (
        brand,
        name,
        leaf,
        origin,
        region,
        base_grade,
        harvest,
        form,
        caffeine,
        flavour,
        temp,
        variants,
    ) in table:
        for grams, packaging, lo, hi, *override in variants:
            grade = override[0] if override else base_grade
            occasion = (
                ["gift", "festival", "daily drinking"]
                if packaging in GIFT_PACKS
                else ["office", "daily drinking"]
                if form == "tea bags"
                else ["daily drinking"]
            )
            tea_type = {
                "Green Tea": "green",
                "Oolong": "oolong",
                "Black Tea": "black",
                "Pu-erh": "pu-erh",
                "White Tea": "white",
                "Flower & Herbal Tea": "herbal" if caffeine == "none" else "scented",
            }[sub]
            attrs = {
                "origin": origin,
                "region": region,
                "weight_g": grams,
                "packaging": packaging,
                "occasion": occasion,
                "tea_type": tea_type,
                "grade": grade,
                "harvest": harvest,
                "form": form,
                "caffeine": caffeine,
                "flavour": flavour,
                "brewing_temp_c": temp,
            }
            if sub == "Pu-erh":
                attrs["style"] = "raw" if "Raw" in leaf else "ripe"
            place = place_name(region.split(",")[0].strip())
            title = (
                f"{brand} {name}, {grade.title()}, {harvest.title()}, {grams} g {packaging.title()}"
            )
            if packaging in GIFT_PACKS:
                title += ", Gift for Parents and Elders" if lo >= 250 else ", Festive Gift"
            openers = [
                f"{name} from {place_name(region)}, {place_name(origin)}: {FORM_PHRASE[form]}, "
                f"{grade}, {harvest}.",
                f"{brand} sources this {name} from {place}, picked {harvest}.",
                f"A {grade} {tea_type if tea_type != 'scented' else 'scented'} tea from "
                f"{place} with notes of {flavour}.",
            ]
            middles = [
                f"In the cup expect notes of {flavour}.",
                CAFFEINE_PHRASE[caffeine],
                BREW_TIP[sub].format(t=temp),
                (
                    {
                        "gift box": "The rigid gift box has a magnetic lid and a carry bag, ready for "
                        "the Mid-Autumn Festival, Spring Festival or a visit to parents.",
                        "gift tin": "It comes in a sealed gift tin that keeps out light and damp, "
                        "and looks good on a shelf afterwards.",
                        "bamboo basket": "Packed in a woven bamboo basket, a traditional way to give "
                        "tea.",
                    }.get(packaging, f"{grams} g in a {packaging} for everyday drinking.")
                ),
                (
                    "Pressed tea keeps for years and keeps changing, so it can be stored and "
                    "enjoyed slowly."
                    if form in ("cake", "brick", "mini cakes")
                    else "Store sealed, away from light and strong smells."
                    if sub in ("Green Tea", "Oolong")
                    else ""
                ),
            ]
            q = 0.5 + min(0.35, lo / 4000)
            out.append(
                product(
                    rng,
                    title,
                    f"Tea > {sub} > {leaf}",
                    brand,
                    price(rng, lo, hi),
                    attrs,
                    write(openers, middles),
                    q,
                    1.2,
                )
            )
    return out


def gen_green(rng):
    return _teas(rng, "Green Tea", GREEN_TEAS)


def gen_oolong(rng):
    return _teas(rng, "Oolong", OOLONGS)


def gen_black(rng):
    return _teas(rng, "Black Tea", BLACK_TEAS)


def gen_puerh(rng):
    return _teas(rng, "Pu-erh", PUERHS)


def gen_white(rng):
    return _teas(rng, "White Tea", WHITE_TEAS)


def gen_herbal(rng):
    return _teas(rng, "Flower & Herbal Tea", HERBAL_TEAS)


# brand, name, leaf, material, capacity_ml, pieces, origin, region, weight_g, packaging,
# suitable_for, lo, hi, selling
TEAWARE = [
    (
        "Lanting Teaware",
        "Jingdezhen Blue-and-White Gaiwan",
        "Gaiwan",
        "porcelain",
        120,
        3,
        "jiangxi",
        "jingdezhen",
        260,
        "gift box",
        ["oolong", "green tea", "white tea"],
        89,
        139,
        "Hand-Painted",
    ),
    (
        "Amber Kiln",
        "Yixing Zisha Xishi Teapot",
        "Teapots",
        "purple clay",
        180,
        1,
        "jiangsu",
        "yixing",
        240,
        "gift box",
        ["oolong", "pu-erh", "black tea"],
        599,
        999,
        "Handmade, Certificate Included",
    ),
    (
        "Lanting Teaware",
        "Double-Wall Glass Tea Cups",
        "Cups",
        "borosilicate glass",
        200,
        4,
        "hebei",
        "hejian",
        420,
        "gift box",
        ["green tea", "flower tea"],
        69,
        99,
        "Watch the Leaves Dance",
    ),
    (
        "Amber Kiln",
        "Dehua White Porcelain Travel Tea Set",
        "Travel Sets",
        "porcelain",
        110,
        6,
        "fujian",
        "dehua",
        680,
        "carry case",
        ["oolong", "green tea", "black tea"],
        159,
        229,
        "Gaiwan, Pitcher, 4 Cups and Case",
    ),
    (
        "Amber Kiln",
        "Longquan Celadon Tea Cups",
        "Cups",
        "celadon",
        60,
        4,
        "zhejiang",
        "longquan",
        300,
        "gift box",
        ["oolong", "pu-erh", "white tea"],
        199,
        299,
        "Crackle Glaze, Set of 4",
    ),
    (
        "Lanting Teaware",
        "Gongfu Tea Set with Bamboo Tray",
        "Tea Sets",
        "porcelain",
        130,
        12,
        "guangdong",
        "chaozhou",
        2900,
        "gift box",
        ["oolong", "pu-erh", "black tea"],
        299,
        459,
        "Complete Set for Two to Six",
    ),
    (
        "Lanting Teaware",
        "Glass Teapot with Infuser",
        "Teapots",
        "borosilicate glass",
        600,
        1,
        "hebei",
        "hejian",
        480,
        "paper box",
        ["green tea", "flower tea", "black tea"],
        59,
        89,
        "Stovetop Safe",
    ),
    (
        "Amber Kiln",
        "Cast Iron Tetsubin-Style Teapot",
        "Teapots",
        "cast iron",
        900,
        1,
        "guangdong",
        "foshan",
        1600,
        "gift box",
        ["black tea", "pu-erh", "oolong"],
        269,
        399,
        "Enamelled Interior",
    ),
    (
        "Lanting Teaware",
        "Airtight Tea Caddy",
        "Storage",
        "tinplate",
        500,
        1,
        "guangdong",
        "chaozhou",
        210,
        "paper box",
        ["green tea", "oolong", "black tea"],
        39,
        59,
        "Double Lid, Keeps Tea Fresh",
    ),
    (
        "Amber Kiln",
        "Ru Kiln Sky-Blue Cup",
        "Cups",
        "ru kiln porcelain",
        80,
        1,
        "henan",
        "ruzhou",
        120,
        "gift box",
        ["oolong", "white tea", "pu-erh"],
        129,
        199,
        "Single Master Cup",
    ),
]


def gen_teaware(rng):
    write = Writer(rng)
    out = []
    for (
        brand,
        name,
        leaf,
        material,
        ml,
        pieces,
        origin,
        region,
        grams,
        packaging,
        suitable,
        lo,
        hi,
        selling,
    ) in TEAWARE:
        attrs = {
            "origin": origin,
            "region": region,
            "weight_g": grams,
            "packaging": packaging,
            "occasion": ["gift", "gongfu brewing"]
            if packaging == "gift box"
            else ["daily drinking", "gongfu brewing"],
            "material": material,
            "capacity_ml": ml,
            "pieces": pieces,
            "suitable_for": suitable,
            "dishwasher_safe": "no" if material in ("purple clay", "cast iron") else "yes",
        }
        title = f"{brand} {name}, {ml} ml, {selling}"
        place = place_name(region)
        holds = (
            f"Each of the {pieces} cups in {brand}'s {name} holds {ml} ml"
            if leaf == "Cups" and pieces > 1
            else f"{brand}'s {name} holds {ml} ml"
            if leaf in ("Cups", "Storage")
            else f"{brand}'s {name} brews {ml} ml at a time"
        )
        openers = [
            f"{name} from {place}, made in {material}.",
            f"{holds} and suits {', '.join(suitable[:-1])} and {suitable[-1]}.",
        ]
        middles = [
            {
                "porcelain": "Porcelain does not hold on to flavours, so one piece can brew any tea.",
                "purple clay": "Unglazed zisha clay slowly seasons with use; keep one pot for one "
                "kind of tea and never use soap.",
                "borosilicate glass": "Heat-resistant glass shows off the leaves unfurling.",
                "celadon": "The jade-green celadon glaze makes amber teas glow.",
                "cast iron": "The enamelled interior keeps water hot for a long, slow session.",
                "tinplate": "Two tight lids keep out air, light and kitchen smells.",
                "ru kiln porcelain": "The soft sky-blue glaze develops fine crackle lines as you use "
                "it.",
            }[material],
            f"{'The set has ' + str(pieces) + ' pieces.' if pieces > 1 else 'Sold singly.'}",
            (
                "It arrives in a padded gift box, a thoughtful present for a tea-loving parent or "
                "teacher."
                if packaging == "gift box"
                else f"Weighs about {grams} g."
            ),
            "Hand wash only."
            if attrs["dishwasher_safe"] == "no"
            else "Top-rack dishwasher safe, though a rinse with hot water is all it usually needs.",
        ]
        out.append(
            product(
                rng,
                title,
                f"Tea > Teaware > {leaf}",
                brand,
                price(rng, lo, hi),
                attrs,
                write(openers, middles),
                0.6,
                1.0,
            )
        )
    return out


PARTS = [
    ("JR", gen_running),
    ("JS", gen_sneakers),
    ("JB", gen_boots),
    ("JD", gen_sandals),
    ("JF", gen_formal),
    ("JC", gen_shoe_care),
    ("KP", gen_backpacks),
    ("KL", gen_laptop_bags),
    ("KH", gen_handbags),
    ("KX", gen_crossbody),
    ("KT", gen_totes),
    ("KW", gen_wallets),
    ("LC", gen_cookware),
    ("LK", gen_knives),
    ("LA", gen_appliances),
    ("LB", gen_bedding),
    ("LS", gen_storage),
    ("LN", gen_cleaning),
    ("NN", gen_nuts),
    ("NB", gen_biscuits),
    ("NC", gen_chocolate),
    ("NS", gen_spicy),
    ("NI", gen_instant),
    ("NQ", gen_sauces),
    ("OG", gen_green),
    ("OO", gen_oolong),
    ("OB", gen_black),
    ("OP", gen_puerh),
    ("OW", gen_white),
    ("OH", gen_herbal),
    ("OT", gen_teaware),
]
