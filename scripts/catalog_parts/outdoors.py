"""Outdoor & Camping, Travel Gear, Phone & Computer, Baby, Pets, Gifts, Sports & Fitness.

Every product is built from facts first (its attributes), and the title and description are
then written from those facts, so what a product says about itself is true of it.
"""

from __future__ import annotations

import math
import random
import re

from .common import pick, price, rating, review_count, some

# --------------------------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------------------------


_YOU_SOUND = ("usb", "uk", "upf", "unisex", "u-shape", "uhmwpe", "one", "euro")


def _an(word: str) -> bool:
    """Whether ``word`` takes "an": a vowel sound, including numbers read as eight, eleven, eighteen."""
    w = word.lower()
    if w[:1].isdigit():
        digits = re.match(r"\d+", w).group()
        return digits.startswith("8") or (
            digits in ("11", "18") or (len(digits) in (5, 6) and digits[:2] in ("11", "18"))
        )
    return w[:1] in "aeiou" and not w.startswith(_YOU_SOUND)


def _articles(text: str) -> str:
    """Fix "a"/"an" before the next word, since sentences are filled in from facts."""

    def fix(m):
        a, word = m.group(1), m.group(2)
        right = "an" if _an(word) else "a"
        return (right.capitalize() if a[0].isupper() else right) + " " + word

    return re.sub(r"\b([Aa]n?) ([\w+-]+)", fix, text)


def _say(
    rng: random.Random,
    fields: dict,
    first: list[str],
    *pools: list[str],
    low: int = 1,
    high: int = 3,
) -> str:
    """An opening sentence plus one to three sentences from the other pools, in pool order."""
    pools = [[s for s in p if s] for p in pools]
    pools = [p for p in pools if p]
    opening = rng.choice(first)
    picked: list[int] = []
    if pools:
        k = rng.randint(min(low, len(pools)), min(high, len(pools)))
        picked = sorted(rng.sample(range(len(pools)), k))
    lines = {i: rng.choice(pools[i]) for i in range(len(pools))}
    text = _articles(" ".join(s.format(**fields) for s in [opening] + [lines[i] for i in picked]))
    while len(text) < 110 and len(picked) < min(3, len(pools)):
        picked = sorted(picked + [min(i for i in range(len(pools)) if i not in picked)])
        text = _articles(
            " ".join(s.format(**fields) for s in [opening] + [lines[i] for i in picked])
        )
    text = _acr(text)
    for word, proper in PROPER.items():
        text = re.sub(rf"\b{word}\b", proper, text)
    return text[0].upper() + text[1:]


_DECKS: dict = {}


def _deal(rng: random.Random, options, weights=None):
    """Like ``pick``, but dealt from a shuffled deck so small categories still get a fair spread."""
    options = list(options)
    weights = list(weights) if weights else [1] * len(options)
    key = (tuple(options), tuple(weights))
    deck = _DECKS.get(key)
    if not deck:
        deck = [
            o
            for o, w in zip(options, weights, strict=True)
            for _ in range(max(1 if w > 0 else 0, round(w)))
        ]
        rng.shuffle(deck)
        _DECKS[key] = deck
    return deck.pop()


def _product(
    rng: random.Random,
    *,
    title: str,
    category: str,
    brand: str,
    attrs: dict,
    text: str,
    lo: float,
    hi: float,
    lift: float = 0.0,
    pop: float = 1.0,
) -> dict:
    """Price between lo and hi (``lift`` in [0, 1] pushes it up); rating follows price a little."""
    lo2 = lo * (hi / lo) ** (0.6 * lift)
    value = price(rng, lo2, hi)
    position = (math.log(value) - math.log(lo)) / max(1e-9, math.log(hi) - math.log(lo))
    quality = 0.55 * rng.random() + 0.45 * min(1.0, max(0.0, position))
    return {
        "title": title,
        "category": category,
        "brand": brand,
        "price": value,
        "rating": rating(rng, quality),
        "review_count": review_count(rng, pop),
        "attributes": attrs,
        "description": text,
    }


def _run(rng: random.Random, makers: list[tuple]) -> list[dict]:
    """Call each maker until it has produced its count of products with fresh titles and texts."""
    _DECKS.clear()
    out: list[dict] = []
    titles: set[str] = set()
    texts: set[str] = set()
    for make, count in makers:
        made = tries = 0
        while made < count and tries < count * 40:
            tries += 1
            p = make(rng)
            if p["title"] in titles or p["description"] in texts or len(p["description"]) < 90:
                continue
            titles.add(p["title"])
            texts.add(p["description"])
            out.append(p)
            made += 1
    return out


def _yn(flag: bool) -> str:
    return "yes" if flag else "no"


def _words(n: int) -> str:
    return {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight"}.get(
        n, str(n)
    )


def _kg(grams: float) -> str:
    return f"{grams / 1000:.1f}".rstrip("0").rstrip(".") if grams >= 1000 else f"{grams / 1000:.2f}"


ACRONYMS = {
    "abs",
    "pc",
    "tpu",
    "tsa",
    "usb",
    "gan",
    "pd",
    "eva",
    "pbt",
    "tpe",
    "nbr",
    "pu",
    "ppsu",
    "pp",
    "uk",
    "eu",
    "us",
    "rgb",
    "led",
    "anc",
    "uhmwpe",
    "tkl",
    "pvc",
    "bpa",
    "dha",
}


def _t(text: str) -> str:
    """Title case for listing titles, keeping acronyms like TPU and USB upper-case."""
    return " ".join(
        w.upper()
        if w.lower() in ACRONYMS
        else w
        if w == "x" or (i and w in ("with", "of", "and", "for", "to", "in", "on"))
        else w[:1].upper() + w[1:]
        for i, w in enumerate(str(text).split(" "))
    )


def _acr(text: str) -> str:
    """Upper-case acronyms (TPE, USB-C, IPX4...) inside running text built from lower-case facts."""
    words = "|".join(sorted(ACRONYMS - {"us"}, key=len, reverse=True))
    text = re.sub(rf"\b({words})\b(?!['’]|-[a-z]{{2}})", lambda m: m.group(1).upper(), text)
    text = re.sub(r"\b(USB)-([ac])\b", lambda m: f"USB-{m.group(2).upper()}", text)
    return re.sub(r"\b(ip[x\d]\d)\b", lambda m: m.group(1).upper(), text)


PROPER = {
    "mbps": "Mbps",
    "gbps": "Gbps",
    "longjing": "Longjing",
    "da hong pao": "Da Hong Pao",
    "yunnan": "Yunnan",
    "chinese": "Chinese",
}

RECIPIENTS = {
    "dad": "Dad",
    "mum": "Mum",
    "colleague": "a colleague",
    "friend": "a friend",
    "boss": "your boss",
    "teacher": "a teacher",
    "partner": "your partner",
    "grandparent": "grandparents",
    "new parents": "new parents",
    "couple": "a couple",
    "him": "him",
    "her": "her",
    "kids": "kids",
}


OCCASIONS = {
    "birthday": "birthdays",
    "father's day": "Father's Day",
    "mother's day": "Mother's Day",
    "thank you": "saying thank you",
    "farewell": "farewells",
    "retirement": "retirements",
    "graduation": "graduations",
    "housewarming": "housewarmings",
    "anniversary": "anniversaries",
    "wedding": "weddings",
    "new baby": "welcoming a new baby",
    "new job": "a new job",
    "opening": "shop openings",
    "sympathy": "sympathy",
    "christmas": "Christmas",
    "chinese new year": "Chinese New Year",
    "valentine's day": "Valentine's Day",
    "baby shower": "baby showers",
    "teachers' day": "Teachers' Day",
    "engagement": "engagements",
    "leaving": "leaving dos",
    "mid-autumn": "the Mid-Autumn Festival",
}


def _occ(occasions: list[str]) -> str:
    return _list([OCCASIONS.get(o, o) for o in occasions])


def _whom(recipients: list[str]) -> str:
    names = [RECIPIENTS.get(r, r) for r in recipients]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _list(items: list[str], conj: str = "and") -> str:
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


# --------------------------------------------------------------------------------------------
# Outdoor & Camping
# shared keys: material, weight_g, activity, weight_class
# --------------------------------------------------------------------------------------------

OC = "Outdoor & Camping"


def _weight_class(grams: float, limits: tuple[float, float, float]) -> str:
    a, b, c = limits
    return (
        "ultralight"
        if grams < a
        else "lightweight"
        if grams < b
        else "standard"
        if grams < c
        else "heavy"
    )


def _tent(rng):
    brand = pick(rng, ["Peakhollow", "Cloudpine", "Northfold", "Stonebird"])
    leaf = _deal(
        rng, ["Backpacking Tents", "Dome Tents", "Family Tents", "Instant Tents"], [4, 4, 3, 3]
    )
    if leaf == "Backpacking Tents":
        cap = _deal(rng, [1, 2, 3], [1, 2, 1])
        season = _deal(rng, ["3-season", "4-season"], [3, 1])
        structure = pick(rng, ["freestanding", "semi-freestanding", "trekking-pole"])
        material = pick(rng, ["silnylon", "nylon ripstop"])
        fabric = pick(rng, ["15d", "20d", "30d"]) + " " + material
        grams = rng.randint(650, 1100) + (cap - 1) * rng.randint(350, 550)
        grams -= 250 if structure == "trekking-pole" else 0
        grams += 500 if season == "4-season" else 0
        wp = pick(rng, ["2000 mm", "3000 mm", "4000 mm"], [2, 3, 1])
        activity = ["backpacking", "hiking", "camping"]
        kind, lo, hi = "Backpacking", 399, 2199
        models = ["Aster", "Swift", "Pika", "Larkspur", "Kite", "Wren", "Solo Ridge"]
    elif leaf == "Dome Tents":
        cap = pick(rng, [2, 3, 4], [3, 2, 2])
        season = _deal(rng, ["3-season", "4-season", "summer"], [4, 1, 1])
        structure = "freestanding"
        material = "polyester"
        fabric = pick(rng, ["68d", "75d", "190t", "210t"]) + " polyester"
        grams = (
            rng.randint(1900, 2600)
            + (cap - 2) * rng.randint(500, 800)
            + (700 if season == "4-season" else 0)
        )
        wp = pick(rng, ["2000 mm", "3000 mm", "4000 mm", "5000 mm"], [2, 4, 2, 1])
        activity = (
            ["camping", "car camping", "backpacking"]
            if grams < 2600
            else ["camping", "car camping", "festival"]
        )
        kind, lo, hi = "Dome", 199, 1299
        models = ["Harbour", "Meadow", "Cirrus", "Basecamp", "Juniper", "Orbit", "Highfield"]
    elif leaf == "Family Tents":
        cap = _deal(rng, [4, 6, 8], [1, 1, 1])
        season = pick(rng, ["3-season", "summer"], [4, 1])
        structure = _deal(rng, ["tunnel", "cabin"])
        material = pick(rng, ["polyester", "polycotton"], [3, 1])
        fabric = (
            "300 gsm polycotton"
            if material == "polycotton"
            else pick(rng, ["150d oxford", "210d oxford", "75d"]) + " polyester"
        )
        grams = (
            rng.randint(6000, 8000)
            + (cap - 4) * rng.randint(900, 1400)
            + (3000 if material == "polycotton" else 0)
        )
        wp = pick(rng, ["2000 mm", "3000 mm", "4000 mm"], [1, 3, 2])
        activity = ["car camping", "family camping", "festival"]
        kind = "Family " + structure.title()
        lo, hi = 599, 3299
        models = ["Hearth", "Longacre", "Homestead", "Bramble", "Village", "Riverside"]
    else:
        cap = pick(rng, [2, 3, 4], [2, 2, 2])
        season = pick(rng, ["3-season", "summer"], [2, 3])
        structure = pick(rng, ["pop-up", "hub instant"])
        material = "polyester"
        fabric = pick(rng, ["190t", "210t"]) + " polyester"
        grams = rng.randint(2400, 3200) + (cap - 2) * rng.randint(500, 900)
        wp = pick(rng, ["1500 mm", "2000 mm", "3000 mm"], [2, 3, 1])
        activity = ["festival", "car camping", "beach"]
        kind, lo, hi = "Instant Pop-up", 149, 699
        models = ["Snap", "Quickpitch", "Popcorn", "Flashcamp", "Breeze"]
    model = pick(rng, models)
    doors = 1 if cap == 1 else pick(rng, [1, 2], [1, 2]) if cap <= 3 else 2
    setup = {"pop-up": 2, "hub instant": 4}.get(structure, rng.randint(5, 9) + cap * 2)
    length = 38 + int(grams / 300) if grams < 5000 else 60 + int(grams / 700)
    packed = f"{length} x {12 + int(grams**0.5 / 6)} cm"
    wclass = _weight_class(grams, (1300, 2600, 6000))
    kg = _kg(grams)
    attrs = {
        "capacity": f"{cap}-person",
        "season_rating": season,
        "structure": structure,
        "waterproof_rating": wp,
        "material": material,
        "fabric": fabric,
        "weight_g": grams,
        "weight_class": wclass,
        "packed_size": packed,
        "doors": doors,
        "setup_time_min": setup,
        "activity": activity,
    }
    f = dict(
        model=model,
        brand=brand,
        cap=cap,
        cap_words=f"{_words(cap)} {'person' if cap == 1 else 'people'}",
        fabric=fabric,
        wp=wp,
        packed=packed,
        structure=structure,
        season=season,
        kg=kg,
        doors_words=f"{_words(doors)} door{'s' if doors > 1 else ''}",
        setup=setup,
        act=_list(activity),
        act0=activity[0],
    )
    text = _say(
        rng,
        f,
        [
            "The {model} sleeps {cap_words} under a {fabric} fly rated to {wp}, and the whole tent packs down to {packed}.",
            "A {structure} {season} tent for {cap_words}, weighing {kg} kg with poles and pegs.",
            "{brand}'s {model} is a {season} {structure} shelter for {act0}: {cap_words}, {doors_words} and a {wp} flysheet.",
            "{cap_words} fit in the {model}, a {kg} kg {structure} tent whose {fabric} fly is coated to {wp}.",
        ],
        [
            "Because it stands on its own poles you can pitch it on rock or a wooden platform and shift it before pegging out."
            if structure == "freestanding"
            else "",
            "It pitches on your own trekking poles instead of dedicated tent poles, which is where most of the weight saving comes from."
            if structure == "trekking-pole"
            else "",
            "The frame springs open out of the bag, so first-timers are usually under cover in about {setup} minutes."
            if structure == "pop-up"
            else "",
            "A hub frame pulls open like an umbrella; pegging out and guying takes about {setup} minutes."
            if structure == "hub instant"
            else "",
            "One hubbed pole keeps the body upright and two pegs at the foot finish the pitch in roughly {setup} minutes."
            if structure == "semi-freestanding"
            else "",
            "Near-vertical walls give standing room in the middle, and the porch takes muddy boots and a small table."
            if structure in ("tunnel", "cabin")
            else "",
            "Colour-coded clips and sleeves mean a first pitch takes roughly {setup} minutes.",
            "With {doors_words}, nobody has to climb over anyone for a night-time trip outside."
            if doors == 2
            else "",
        ],
        [
            "Extra guy-out points and a fly that reaches the ground keep spindrift and hard wind out above the treeline."
            if season == "4-season"
            else "",
            "Mesh inner panels vent condensation on mild nights while the fly handles a proper spring or autumn downpour."
            if season == "3-season"
            else "",
            "It is made for warm, settled weather: the mesh-heavy inner keeps air moving, but it is not a storm shelter."
            if season == "summer"
            else "",
            "Taped seams and the {wp} coating keep an all-night rain outside."
            if wp in ("3000 mm", "4000 mm", "5000 mm")
            else "",
            "The {wp} fly copes with showers; in a long downpour, pitch it with the door away from the wind."
            if wp in ("1500 mm", "2000 mm")
            else "",
            "Polycotton breathes, so the inside stays cooler in sun and wets out less in the morning."
            if material == "polycotton"
            else "",
        ],
        [
            "At {kg} kg it suits hikers counting every gram." if wclass == "ultralight" else "",
            "Light enough to share between two packs for a weekend walk-in."
            if wclass == "lightweight"
            else "",
            "At {kg} kg it is a tent you carry from the car boot, not into the hills."
            if wclass == "heavy"
            else "",
            "Best suited to {act}.",
        ],
    )
    title = f"{brand} {model} {cap}-Person {season.title()} {kind} Tent, {kg} kg, {wp} Waterproof"
    return _product(
        rng,
        title=title,
        category=f"{OC} > Tents > {leaf}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        lift=(1 if season == "4-season" else 0) * 0.6 + (wclass == "ultralight") * 0.4,
        pop=1.5 if cap in (2, 4) else 1.0,
    )


def _sleeping_bag(rng):
    brand = pick(rng, ["Cloudpine", "Northfold", "Peakhollow", "Stonebird"])
    leaf = _deal(
        rng, ["Mummy Sleeping Bags", "Rectangular Sleeping Bags", "Camping Quilts"], [4, 3, 1]
    )
    fill = _deal(rng, ["duck down", "goose down", "synthetic"], [2, 1, 3])
    season = _deal(rng, ["summer", "3-season", "4-season"], [2, 4, 1.5])
    comfort = {
        "summer": rng.choice([12, 15, 18]),
        "3-season": rng.choice([0, 3, 5, 8]),
        "4-season": rng.choice([-15, -10, -7, -5]),
    }[season]
    limit = comfort - rng.choice([4, 5, 6])
    fill_power = rng.choice([600, 650, 700, 800]) if "down" in fill else None
    base = {"summer": 600, "3-season": 950, "4-season": 1500}[season]
    factor = 0.75 if "down" in fill else 1.25
    factor *= {
        "Mummy Sleeping Bags": 1.0,
        "Rectangular Sleeping Bags": 1.25,
        "Camping Quilts": 0.8,
    }[leaf]
    grams = int(base * factor * rng.uniform(0.9, 1.15) / 10) * 10
    shell = pick(rng, ["20d nylon ripstop", "30d nylon", "polyester pongee"])
    shape = {
        "Mummy Sleeping Bags": "mummy",
        "Rectangular Sleeping Bags": "rectangular",
        "Camping Quilts": "quilt",
    }[leaf]
    packed = f"{int(14 + grams / 120)} x {int(12 + grams / 140)} cm"
    wclass = _weight_class(grams, (700, 1200, 2000))
    model = pick(
        rng, ["Ember", "Snowline", "Drift", "Hibernate", "Nightjar", "Cocoon", "Aurora", "Moss"]
    )
    activity = ["backpacking", "camping"] if grams < 1400 else ["camping", "car camping"]
    attrs = {
        "fill": fill,
        "shape": shape,
        "season_rating": season,
        "temperature_rating_c": comfort,
        "limit_rating_c": limit,
        "material": shell,
        "weight_g": grams,
        "weight_class": wclass,
        "packed_size": packed,
        "activity": activity,
        "zip": pick(rng, ["left", "right", "two-way left"]),
    }
    if fill_power:
        attrs["fill_power"] = fill_power
    f = dict(
        brand=brand,
        model=model,
        comfort=comfort,
        limit=limit,
        fill=fill,
        fp=fill_power,
        grams=grams,
        kg=_kg(grams),
        packed=packed,
        shape=shape,
        shape_noun="quilt" if shape == "quilt" else f"{shape} bag",
        season=season,
        shell=shell,
    )
    text = _say(
        rng,
        f,
        [
            "The {model} is a {fill} {shape_noun} with a comfort rating of {comfort}°C and a limit of {limit}°C.",
            "Rated comfortable to {comfort}°C, this {season} {shape_noun} weighs {kg} kg and rolls down to {packed}.",
            "{brand} fills the {model} with {fill} and wraps it in {shell}; comfort {comfort}°C, limit {limit}°C.",
        ],
        [
            "{fp}-fill-power down lofts quickly after unpacking and gives the best warmth for its weight."
            if fill_power
            else "",
            "Down must stay dry, so keep it in the supplied stuff sack inside a bin liner on wet trips."
            if fill_power
            else "",
            "Synthetic fill keeps most of its warmth when damp and can go in a home washing machine."
            if fill == "synthetic"
            else "",
            "A hollowfibre fill is cheaper than down and forgives a wet tent."
            if fill == "synthetic"
            else "",
        ],
        [
            "The contoured hood and draught collar hold heat on cold nights."
            if shape == "mummy"
            else "",
            "The roomy rectangle zips open into a duvet and can pair with a second bag."
            if shape == "rectangular"
            else "",
            "There is no back panel: the quilt strap clips to your mat, saving weight for side sleepers."
            if shape == "quilt"
            else "",
            "The footbox is boxed so your feet are not squashed flat.",
        ],
        [
            "Pick a bag rated a few degrees below the coldest night you expect; the comfort figure is what counts.",
            "Its {shell} shell sheds tent condensation and the odd drip from the fly.",
            "A compression sack is included, with a larger cotton storage sack for home.",
        ],
    )
    title = f"{brand} {model} {fill.title()} {shape.title()} Sleeping Bag, Comfort {comfort}°C, {_kg(grams)} kg"
    if leaf == "Camping Quilts":
        title = (
            f"{brand} {model} {fill.title()} Camping Quilt, Comfort {comfort}°C, {_kg(grams)} kg"
        )
    lo, hi = {"synthetic": (89, 459), "duck down": (299, 1299), "goose down": (599, 2299)}[fill]
    return _product(
        rng,
        title=title,
        category=f"{OC} > Sleeping Bags > {leaf}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        lift=0.6 if season == "4-season" else 0.2 if season == "3-season" else 0,
    )


def _stove(rng):
    brand = pick(rng, ["Emberfox", "Stonebird", "Peakhollow"])
    kind = _deal(
        rng,
        [
            "canister-top",
            "integrated system",
            "remote canister",
            "cassette",
            "alcohol",
            "wood-burning",
        ],
        [4, 2, 1, 2, 1, 1],
    )
    fuel = {
        "canister-top": "gas canister",
        "integrated system": "gas canister",
        "remote canister": "gas canister",
        "cassette": "butane cassette",
        "alcohol": "alcohol",
        "wood-burning": "wood",
    }[kind]
    material = {
        "canister-top": pick(rng, ["aluminium", "titanium"]),
        "integrated system": "aluminium",
        "remote canister": "stainless steel",
        "cassette": "stainless steel",
        "alcohol": pick(rng, ["brass", "aluminium"]),
        "wood-burning": "stainless steel",
    }[kind]
    grams = {
        "canister-top": 45 if material == "titanium" else rng.randint(75, 110),
        "integrated system": rng.randint(380, 520),
        "remote canister": rng.randint(190, 280),
        "cassette": rng.randint(1400, 2300),
        "alcohol": rng.randint(80, 140),
        "wood-burning": rng.randint(350, 900),
    }[kind]
    output = {
        "gas canister": rng.choice([2200, 2600, 2800, 3000]),
        "butane cassette": rng.choice([2100, 2400, 2900]),
        "alcohol": 900,
        "wood": 2000,
    }[fuel]
    boil = round(
        {
            "integrated system": rng.uniform(2.0, 2.8),
            "canister-top": rng.uniform(3.0, 4.0),
            "remote canister": rng.uniform(3.2, 4.2),
            "cassette": rng.uniform(4.0, 5.5),
            "alcohol": rng.uniform(6.5, 9.0),
            "wood-burning": rng.uniform(6.0, 10.0),
        }[kind],
        1,
    )
    ignition = (
        "piezo" if fuel in ("gas canister", "butane cassette") and rng.random() < 0.8 else "manual"
    )
    burners = 2 if kind == "cassette" and rng.random() < 0.4 else 1
    activity = (
        ["backpacking", "hiking", "camping"]
        if grams < 600
        else ["car camping", "camping", "picnic"]
    )
    attrs = {
        "stove_type": kind,
        "fuel": fuel,
        "material": material,
        "weight_g": grams,
        "weight_class": _weight_class(grams, (150, 600, 1500)),
        "output_w": output,
        "boil_time_min": boil,
        "ignition": ignition,
        "burners": burners,
        "activity": activity,
        "windproof": _yn(
            kind in ("integrated system", "remote canister", "wood-burning") or rng.random() < 0.3
        ),
    }
    model = pick(
        rng, ["Spark", "Flint", "Kettlebird", "Torchlet", "Hearthstone", "Blaze", "Cinder"]
    )
    names = {
        "canister-top": "Canister Camping Stove",
        "integrated system": "Integrated Cooking System",
        "remote canister": "Remote Canister Stove",
        "cassette": "Portable Cassette Stove",
        "alcohol": "Alcohol Spirit Burner",
        "wood-burning": "Folding Wood-Burning Stove",
    }
    if burners == 2:
        names["cassette"] = "Twin-Burner Cassette Stove"
    fuel_words = {
        "gas canister": "screw-thread gas canisters",
        "butane cassette": "butane cassettes",
        "alcohol": "denatured alcohol",
        "wood": "twigs and wood",
    }[fuel]
    f = dict(
        brand=brand,
        model=model,
        wt=f"{grams} g" if grams < 1000 else f"{_kg(grams)} kg",
        output=output,
        boil=boil,
        material=material,
        fuel=fuel_words,
    )
    text = _say(
        rng,
        f,
        [
            "The {model} runs on {fuel}, puts out {output} W and brings a litre of water to the boil in about {boil} minutes.",
            "A {wt} {material} stove from {brand} that boils a litre in roughly {boil} minutes.",
            "{brand}'s {model} burns {fuel} and weighs {wt}; expect a rolling boil in around {boil} minutes per litre.",
        ],
        [
            "It screws onto a standard threaded gas canister and folds small enough to live inside your pot."
            if kind == "canister-top"
            else "",
            "Pot, heat-exchanger base and burner lock together, so almost no heat is lost to wind."
            if kind == "integrated system"
            else "",
            "The burner sits low on a hose away from the canister, which makes it stable under a big pan."
            if kind == "remote canister"
            else "",
            "It takes the butane cassettes sold in every Chinese supermarket, and a carry case is included."
            if kind == "cassette"
            else "",
            "No moving parts, nothing to break: pour in spirit, light it and wait."
            if kind == "alcohol"
            else "",
            "Twigs and pine cones are the fuel, so you carry nothing to burn; check fire rules before lighting."
            if kind == "wood-burning"
            else "",
        ],
        [
            "A piezo igniter lights it at the push of a button, but carry a lighter as backup."
            if ignition == "piezo"
            else "",
            "Light it with a match or lighter; there is no igniter to fail."
            if ignition == "manual"
            else "",
            "Built-in wind shielding keeps boil times honest on an exposed pitch."
            if attrs["windproof"] == "yes"
            else "",
            "Shield it from the wind with your body or a rock wall for the quoted boil time.",
        ],
        [
            "Never cook inside a closed tent: use the porch with the door open.",
            "Small and light enough to live inside a backpacking cook pot." if grams < 300 else "",
            "Ideal for cooking proper meals at a car campsite." if grams > 1000 else "",
        ],
    )
    title = f"{brand} {model} {names[kind]}, {output} W, {grams} g"
    lo, hi = {
        "canister-top": (149, 399) if material == "titanium" else (49, 199),
        "integrated system": (399, 1299),
        "remote canister": (199, 599),
        "cassette": (89, 459),
        "alcohol": (29, 99),
        "wood-burning": (69, 399),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{OC} > Camping Stoves > {'Gas Stoves' if 'gas' in fuel or 'butane' in fuel else 'Multi-fuel & Spirit Stoves'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def _headlamp(rng):
    brand = pick(rng, ["Lumacrest", "Trailwise", "Stonebird"])
    lumens = pick(rng, [200, 300, 400, 600, 900, 1200], [2, 3, 3, 2, 1, 1])
    battery = _deal(rng, ["rechargeable usb-c", "3 x aaa", "hybrid"], [5, 2, 2])
    ip = pick(rng, ["ipx4", "ipx6", "ipx7", "ipx8"], [4, 3, 2, 1])
    grams = int(45 + lumens / 12 + (20 if battery == "3 x aaa" else 0) + rng.randint(0, 25))
    burn = round(rng.uniform(3.5, 6.5) * (400 / lumens) ** 0.4, 1)
    beam = int(lumens**0.5 * rng.uniform(4.5, 6.0))
    red = rng.random() < 0.7
    sensor = rng.random() < 0.35
    material = pick(rng, ["abs", "aluminium", "polycarbonate"], [4, 1, 2])
    activity = some(rng, ["camping", "hiking", "running", "fishing", "night walks"], 2, 3)
    attrs = {
        "lumens": lumens,
        "battery": battery,
        "waterproof_rating": ip,
        "weight_g": grams,
        "weight_class": _weight_class(grams, (60, 100, 160)),
        "material": material,
        "burn_time_h": burn,
        "beam_distance_m": beam,
        "red_light": _yn(red),
        "motion_sensor": _yn(sensor),
        "activity": activity,
    }
    model = pick(
        rng, ["Firefly", "Nightowl", "Glowworm", "Beacon", "Lantern", "Halo", "Pathfinder"]
    )
    f = dict(
        brand=brand,
        model=model,
        lumens=lumens,
        beam=beam,
        burn=burn,
        ip=ip.upper(),
        grams=grams,
        act=_list(activity),
        battery=battery,
    )
    text = _say(
        rng,
        f,
        [
            "The {model} throws up to {lumens} lumens about {beam} m and weighs {grams} g with the battery in.",
            "A {lumens}-lumen headlamp rated {ip}, running about {burn} hours on its medium setting.",
            "{brand}'s {model} gives {lumens} lumens on high, and its {ip} rating means rain won't kill it.",
        ],
        [
            "The built-in cell charges from any USB-C phone charger in about three hours."
            if battery == "rechargeable usb-c"
            else "",
            "It takes three AAA batteries, which you can buy in any village shop on a long trip."
            if battery == "3 x aaa"
            else "",
            "Run it on the supplied rechargeable pack or swap in three AAA cells when you are far from a socket."
            if battery == "hybrid"
            else "",
        ],
        [
            "A red mode keeps your night vision and doesn't dazzle the rest of the tent."
            if red
            else "",
            "Wave a hand past the sensor to switch it on or off when your gloves are on."
            if sensor
            else "",
            "The head tilts through 45 degrees so the beam lands on the path, not in people's eyes.",
        ],
        [
            "Good for {act}.",
            "Fully submersible, so it will survive a dropped-in-the-stream moment."
            if ip in ("ipx7", "ipx8")
            else "",
            "Light enough at {grams} g to forget you are wearing it on a run."
            if grams < 80
            else "",
        ],
    )
    title = f"{brand} {model} {lumens} Lumen {'Rechargeable ' if battery != '3 x aaa' else ''}Headlamp, {ip.upper()}, {grams} g"
    return _product(
        rng,
        title=title,
        category=f"{OC} > Headlamps > {'Rechargeable Headlamps' if battery != '3 x aaa' else 'Battery Headlamps'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=35,
        hi=399,
        lift=min(1, lumens / 1200),
        pop=1.4,
    )


def _poles(rng):
    brand = pick(rng, ["Trailwise", "Peakhollow", "Northfold"])
    shaft = pick(rng, ["aluminium 7075", "carbon fibre", "aluminium 6061"], [3, 2, 2])
    lock = _deal(rng, ["flick lock", "twist lock", "folding z-pole"], [4, 1, 2])
    grip = pick(rng, ["cork", "eva foam", "rubber"], [2, 3, 1])
    grams = int(
        (420 if "carbon" in shaft else 520 if "7075" in shaft else 580) * rng.uniform(0.9, 1.1)
    )
    grams -= 60 if lock == "folding z-pole" else 0
    collapsed = rng.randint(36, 42) if lock == "folding z-pole" else rng.randint(58, 68)
    length = pick(rng, ["100-135 cm", "105-140 cm", "110-130 cm", "95-125 cm"])
    activity = ["hiking", "trekking", "backpacking"] + (
        ["trail running"]
        if lock == "folding z-pole"
        else ["snowshoeing"]
        if rng.random() < 0.3
        else []
    )
    attrs = {
        "material": shaft,
        "lock": lock,
        "grip": grip,
        "weight_g": grams,
        "weight_class": _weight_class(grams, (430, 520, 600)),
        "collapsed_length_cm": collapsed,
        "length_range": length,
        "sold_as": "pair",
        "activity": activity,
        "tips": pick(rng, ["tungsten carbide", "steel"], [3, 1]),
    }
    model = pick(
        rng, ["Strider", "Switchback", "Cairn", "Contour", "Ascent", "Scree", "Fellwalker"]
    )
    f = dict(
        brand=brand,
        model=model,
        grams=grams,
        collapsed=collapsed,
        length=length,
        grip=grip,
        shaft=shaft,
        lock=lock,
    )
    text = _say(
        rng,
        f,
        [
            "A pair of {shaft} poles weighing {grams} g together, adjustable from {length}.",
            "The {model} poles use {lock} sections and collapse to {collapsed} cm for strapping to a pack.",
            "{brand} {model}: {shaft} shafts, {grip} grips and a {length} working range, {grams} g the pair.",
        ],
        [
            "Flick locks clamp by lever, so you can adjust them with cold or gloved hands."
            if lock == "flick lock"
            else "",
            "Twist locks keep the shaft clean and snag-free; tighten them firmly before a steep descent."
            if lock == "twist lock"
            else "",
            "They fold like a tent pole into three sections, ideal for stashing on runnable stretches."
            if lock == "folding z-pole"
            else "",
        ],
        [
            "Cork grips mould to your hand over time and stay less sweaty in summer."
            if grip == "cork"
            else "",
            "Soft EVA foam grips with an extended lower section let you choke down on steep traverses."
            if grip == "eva foam"
            else "",
            "Carbon shafts damp vibration well but should not be levered sideways between rocks."
            if "carbon" in shaft
            else "",
            "Aluminium bends rather than snaps, which makes it the safer choice on rough ground."
            if "aluminium" in shaft
            else "",
        ],
        [
            "Rubber paws for pavement and small trekking baskets are included.",
            "Set them so your elbow sits at a right angle on the flat, shorter uphill and longer downhill.",
        ],
    )
    title = f"{brand} {model} {shaft.title()} Trekking Poles, {lock.title()}, {grams} g Pair"
    return _product(
        rng,
        title=title,
        category=f"{OC} > Trekking Poles > {'Folding Poles' if lock == 'folding z-pole' else 'Telescopic Poles'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=69,
        hi=899,
        lift=0.8 if "carbon" in shaft else 0.2,
    )


def _backpack(rng):
    brand = pick(rng, ["Peakhollow", "Northfold", "Trailwise", "Stonebird", "Cloudpine"])
    cap = _deal(rng, [18, 22, 28, 35, 45, 55, 65], [2, 2, 3, 2, 2, 2, 1])
    leaf = "Daypacks" if cap <= 28 else "Trekking Packs"
    frame = (
        "frameless"
        if cap <= 22
        else pick(rng, ["trampoline mesh back", "internal frame"])
        if cap <= 45
        else "internal frame"
    )
    material = pick(
        rng,
        ["nylon ripstop", "polyester oxford", "recycled nylon", "uhmwpe composite"],
        [4, 3, 2, 1 if cap >= 35 else 0],
    )
    grams = int(cap * rng.uniform(22, 30) + (400 if frame == "internal frame" else 150))
    if material == "uhmwpe composite":
        grams = int(grams * 0.65)
    rain_cover = rng.random() < 0.7
    hydration = rng.random() < 0.75
    color = pick(rng, ["black", "grey", "green", "blue", "orange", "red"], [4, 2, 2, 2, 1, 1])
    activity = (
        ["hiking", "day hikes", "travel"] if cap <= 28 else ["hiking", "backpacking", "trekking"]
    )
    attrs = {
        "capacity_l": cap,
        "frame": frame,
        "material": material,
        "weight_g": grams,
        "weight_class": _weight_class(grams, (700, 1200, 1800)),
        "rain_cover": _yn(rain_cover),
        "hydration_compatible": _yn(hydration),
        "activity": activity,
        "color": color,
        "fit": pick(rng, ["adjustable torso", "unisex fixed back", "women's fit"], [3, 3, 1]),
    }
    model = pick(
        rng, ["Summit", "Kestrel", "Trailhead", "Vantage", "Gully", "Ridgeback", "Moorland"]
    )
    f = dict(
        brand=brand,
        model=model,
        cap=cap,
        grams=grams,
        kg=_kg(grams),
        material=material,
        frame={"frameless": "frameless back panel"}.get(frame, frame),
        color=color,
        fit=attrs["fit"],
    )
    text = _say(
        rng,
        f,
        [
            "The {model} {cap} is a {cap}-litre pack in {material} weighing {kg} kg.",
            "{brand}'s {cap} L {model} carries on a {frame} with a padded hip belt.",
            "A {cap}-litre {color} hiking pack from {brand}, {kg} kg empty, with a {frame}.",
        ],
        [
            "It is sized for a full day out: waterproof, lunch, flask and a spare layer."
            if cap <= 28
            else "",
            "Big enough for a two- to three-night trip with a compact tent and sleeping bag."
            if 35 <= cap <= 55
            else "",
            "{cap} litres swallows a week of gear or a winter kit with a bulky sleeping bag."
            if cap >= 65
            else "",
            "The mesh back stands off your spine so sweat can escape on hot climbs."
            if frame == "trampoline mesh back"
            else "",
            "An aluminium stay transfers the load onto your hips, which matters once the pack is over 10 kg."
            if frame == "internal frame"
            else "",
        ],
        [
            "A rain cover lives in its own pocket at the base." if rain_cover else "",
            "There is a sleeve and port for a hydration bladder." if hydration else "",
            "The {fit} lets you set the harness to your back length."
            if attrs["fit"] == "adjustable torso"
            else "",
            "The {fit} harness suits narrower shoulders and a shorter torso."
            if attrs["fit"] == "women's fit"
            else "",
        ],
        [
            "Side stretch pockets take a 1 L bottle each.",
            "Trekking pole loops and an ice-axe loop sit on the front panel." if cap >= 35 else "",
        ],
    )
    title = f"{brand} {model} {cap}L Hiking Backpack{' with Rain Cover' if rain_cover else ''}, {_kg(grams)} kg, {color.title()}"
    return _product(
        rng,
        title=title,
        category=f"{OC} > Hiking Backpacks > {leaf}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=129 if cap <= 28 else 299,
        hi=699 if cap <= 28 else 1899,
        lift=0.8 if material == "uhmwpe composite" else 0.3 if frame == "internal frame" else 0,
    )


def _furniture(rng):
    brand = pick(rng, ["Stonebird", "Cloudpine", "Emberfox"])
    kind = _deal(
        rng,
        [
            "folding chair",
            "low camp chair",
            "roll-up table",
            "camp cot",
            "hammock",
            "folding stool",
        ],
        [3, 2, 2, 1, 1, 1],
    )
    spec = {
        "folding chair": ("Camp Chairs", "steel", (2200, 3800), (100, 150), 69, 329),
        "low camp chair": ("Camp Chairs", "aluminium", (800, 1300), (100, 145), 119, 599),
        "roll-up table": ("Camp Tables", "aluminium", (1800, 4200), (30, 50), 99, 599),
        "camp cot": ("Camp Beds & Cots", "aluminium", (2200, 3800), (120, 180), 199, 899),
        "hammock": ("Hammocks", "nylon parachute", (350, 700), (150, 200), 59, 299),
        "folding stool": ("Camp Chairs", "aluminium", (400, 900), (90, 120), 39, 159),
    }[kind]
    leaf, material, wrange, lrange, lo, hi = spec
    if kind == "folding chair" and rng.random() < 0.3:
        material = "aluminium"
    grams = int(rng.randint(*wrange) / 10) * 10
    load = int(rng.randint(*lrange) / 10) * 10
    fabric = (
        pick(rng, ["600d oxford", "polyester mesh", "1680d oxford"])
        if kind != "hammock"
        else "210t nylon"
    )
    activity = (
        ["camping", "car camping", "picnic", "fishing"]
        if grams > 1500
        else ["backpacking", "camping", "festival"]
    )
    packed = f"{int(30 + grams / 60)} x {int(10 + grams / 300)} cm"
    attrs = {
        "furniture_type": kind,
        "material": material,
        "fabric": fabric,
        "weight_g": grams,
        "weight_class": _weight_class(grams, (1000, 2000, 3500)),
        "max_load_kg": load,
        "packed_size": packed,
        "activity": activity,
    }
    model = pick(rng, ["Lazyridge", "Fireside", "Lakeview", "Campfolk", "Porch", "Dusk", "Sunday"])
    f = dict(
        brand=brand,
        model=model,
        kind=kind,
        load=load,
        kg=_kg(grams),
        packed=packed,
        material=material,
        fabric=fabric,
        act=_list(activity),
    )
    text = _say(
        rng,
        f,
        [
            "The {model} {kind} holds up to {load} kg and weighs {kg} kg.",
            "A {material}-frame {kind} from {brand}, rated to {load} kg and packing to {packed}.",
            "{brand}'s {model} is a {kind} in {fabric} on a {material} frame, {kg} kg in its bag.",
        ],
        [
            "Armrests with a cup holder and a side pocket for your phone."
            if kind == "folding chair"
            else "",
            "It sits low and leans back, the right height for a campfire."
            if kind == "low camp chair"
            else "",
            "Slats roll up into a tube, and the legs give a steady top on uneven grass."
            if kind == "roll-up table"
            else "",
            "A taut sleeping surface 20 cm off the ground keeps you away from cold, wet earth."
            if kind == "camp cot"
            else "",
            "Tree straps and carabiners are included, so setting it up takes under five minutes."
            if kind == "hammock"
            else "",
            "It opens in one motion and is small enough to hang from a pack."
            if kind == "folding stool"
            else "",
        ],
        [
            "Wipe the fabric down and dry it before storing to stop mildew.",
            "Made for {act}.",
        ],
    )
    title = (
        f"{brand} {model} {kind.title()}, {material.title()} Frame, {load} kg Load, {_kg(grams)} kg"
    )
    return _product(
        rng,
        title=title,
        category=f"{OC} > Camp Furniture > {leaf}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        lift=0.5 if material == "aluminium" else 0,
    )


def outdoor(rng):
    return _run(
        rng,
        [
            (_tent, 14),
            (_sleeping_bag, 10),
            (_stove, 8),
            (_headlamp, 8),
            (_poles, 7),
            (_backpack, 10),
            (_furniture, 8),
        ],
    )


# --------------------------------------------------------------------------------------------
# Travel Gear
# shared keys: material, weight_kg, trip_type, features
# --------------------------------------------------------------------------------------------

TG = "Travel Gear"


def _suitcase(rng):
    brand = pick(rng, ["Voyara", "Portmoor", "Aeromile", "Roamwell"])
    size = _deal(rng, ["cabin", "medium", "large"], [5, 3, 2])
    material = _deal(
        rng,
        ["polycarbonate", "abs + pc", "aluminium", "ballistic nylon", "polyester"],
        [4, 3, 1, 1.5, 1],
    )
    shell = "hard" if material in ("polycarbonate", "abs + pc", "aluminium") else "soft"
    inch, dims, cap = {
        "cabin": (
            20,
            pick(rng, ["55 x 40 x 20 cm", "55 x 36 x 23 cm"], [2, 1]),
            rng.choice([33, 36, 38, 40, 42]),
        ),
        "medium": (24, "66 x 44 x 27 cm", rng.choice([60, 65, 70, 75])),
        "large": (28, "76 x 50 x 31 cm", rng.choice([90, 95, 100, 110])),
    }[size]
    base = {"cabin": 2.6, "medium": 3.7, "large": 4.7}[size]
    weight = round(
        base
        * {
            "polycarbonate": 1.0,
            "abs + pc": 1.08,
            "aluminium": 1.25,
            "ballistic nylon": 0.95,
            "polyester": 0.85,
        }[material]
        * rng.uniform(0.9, 1.1),
        1,
    )
    wheels = "double spinner" if shell == "hard" else pick(rng, ["spinner", "2-wheel"], [2, 1])
    lock = (
        "tsa lock"
        if shell == "hard" or rng.random() < 0.5
        else pick(rng, ["combination lock", "zip only"])
    )
    expandable = shell == "soft" or (material != "aluminium" and rng.random() < 0.45)
    cabin = size == "cabin"
    color = pick(
        rng,
        ["black", "silver", "navy", "green", "beige", "pink", "grey"],
        [4, 2, 2, 1.5, 1.5, 1, 2],
    )
    if material == "aluminium":
        color = pick(rng, ["silver", "black", "grey"])
    trip = {
        "cabin": ["business", "weekend", "city break"],
        "medium": ["holiday", "one week"],
        "large": ["long-haul", "family holiday", "two weeks or more"],
    }[size]
    features = some(
        rng,
        [
            "silent wheels",
            "usb charging port",
            "front laptop pocket",
            "aluminium trolley",
            "cup holder",
            "compression straps",
        ],
        1,
        3,
    )
    if size == "cabin" and "front laptop pocket" not in features and shell == "soft":
        features.append("front laptop pocket")
    if expandable:
        features.append("expandable")
    attrs = {
        "size_class": size,
        "capacity_l": cap,
        "dimensions": dims,
        "cabin_approved": _yn(cabin),
        "shell": shell,
        "material": material,
        "weight_kg": weight,
        "wheels": wheels,
        "lock": lock,
        "expandable": _yn(expandable),
        "color": color,
        "trip_type": trip,
        "features": features,
    }
    model = pick(
        rng, ["Metro", "Jetway", "Harbourline", "Transit", "Cirrus", "Boarding", "Atlas", "Lantau"]
    )
    nice = {"cabin": "Carry-on", "medium": "Medium Check-in", "large": "Large Check-in"}[size]
    f = dict(
        brand=brand,
        model=model,
        inch=inch,
        dims=dims,
        cap=cap,
        weight=weight,
        material=material,
        wheels={
            "double spinner": "double spinner wheels",
            "spinner": "four spinner wheels",
            "2-wheel": "two inline wheels",
        }[wheels],
        color=color,
        trip=_list(trip),
    )
    text = _say(
        rng,
        f,
        [
            "The {model} {inch}-inch case measures {dims}, holds {cap} litres and weighs {weight} kg empty.",
            "A {inch}-inch {material} suitcase from {brand}: {cap} L inside, {weight} kg on the scale before you pack.",
            "{brand}'s {model} is a {color} {inch}-inch {material} case on {wheels}, with {cap} litres of space.",
        ],
        [
            "At {dims} it fits the 55 x 40 x 20 cm cabin limit used by Chinese airlines."
            if dims == "55 x 40 x 20 cm"
            else "",
            "At {dims} it fits most international cabin limits, but it is 3 cm deeper than Chinese domestic airlines allow, so check before you fly."
            if dims == "55 x 36 x 23 cm"
            else "",
            "It is a checked-luggage size; keep the packed weight under 23 kg to avoid excess fees."
            if not cabin
            else "",
            {
                "cabin": "Sized for a weekend away or a short business trip.",
                "medium": "Sized for a week's holiday.",
                "large": "Sized for long-haul trips of two weeks or more, or a family's shared packing.",
            }[size],
        ],
        [
            "The hard shell flexes instead of cracking when baggage handlers drop it."
            if material in ("polycarbonate", "abs + pc")
            else "",
            "An aluminium-magnesium shell dents rather than splits and picks up a travel patina over the years."
            if material == "aluminium"
            else "",
            "A soft shell gives a little when the overhead bin is full, and the outer pockets take a coat or laptop."
            if shell == "soft"
            else "",
            "Double spinner wheels let it glide beside you down long terminal corridors."
            if wheels == "double spinner"
            else "",
            "A TSA lock means security can open it without breaking the zip."
            if lock == "tsa lock"
            else "",
            "The zip expands for the shopping you bring home." if expandable else "",
        ],
        [
            "Inside are two packing compartments, a zip divider and cross straps.",
            "Telescopic handle locks at two heights.",
        ],
    )
    title = f"{brand} {model} {inch}-inch {nice} Suitcase, {dims.replace(' cm', '')} cm, {_t(material)}, {weight} kg"
    lo, hi = {
        ("hard", "cabin"): (199, 899),
        ("hard", "medium"): (299, 1299),
        ("hard", "large"): (399, 1599),
        ("soft", "cabin"): (199, 799),
        ("soft", "medium"): (299, 999),
        ("soft", "large"): (399, 1299),
    }[(shell, size)]
    if material == "aluminium":
        lo, hi = lo * 4, hi * 2
    return _product(
        rng,
        title=title,
        category=f"{TG} > Suitcases > {'Carry-on Suitcases' if cabin else 'Checked Suitcases'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        pop=1.5,
    )


def _packing_cubes(rng):
    brand = pick(rng, ["Nestpack", "Roamwell", "Voyara"])
    pieces = pick(rng, [3, 4, 5, 6, 7])
    compression = rng.random() < 0.5
    material = pick(rng, ["nylon ripstop", "polyester", "recycled polyester"], [2, 3, 1])
    weight = round(0.07 * pieces * rng.uniform(0.8, 1.2) + (0.05 if compression else 0), 2)
    color = pick(rng, ["grey", "navy", "black", "green", "pink", "beige"])
    features = ["mesh top panel", "double zip"] + some(
        rng, ["shoe bag", "laundry bag", "grab handle", "water-resistant"], 1, 2
    )
    trip = some(rng, ["weekend", "business", "holiday", "backpacking"], 2, 3)
    attrs = {
        "pieces": pieces,
        "compression": _yn(compression),
        "material": material,
        "weight_kg": weight,
        "color": color,
        "features": features,
        "trip_type": trip,
    }
    model = pick(rng, ["Tidy", "Stackr", "Fold & Go", "Compact", "Orderly"])
    f = dict(
        brand=brand,
        model=model,
        pieces=pieces,
        weight=weight,
        material=material,
        color=color,
        feat=_list(features),
        trip=_list(trip),
    )
    text = _say(
        rng,
        f,
        [
            "A {pieces}-piece set of {material} packing cubes in {color}, {weight} kg for the lot.",
            "{brand}'s {model} set has {pieces} cubes in graded sizes so shirts, underwear and chargers each get a home.",
            "The {model} cubes come as a set of {pieces} in {material}, with {feat}.",
        ],
        [
            "A second zip squeezes the contents down by about a third, so a cabin case holds more."
            if compression
            else "",
            "Non-compression cubes keep clothes folded and wrinkle-free rather than squashed."
            if not compression
            else "",
        ],
        [
            "Roll rather than fold your clothes for the most space per cube.",
            "Handy for {trip} trips.",
            "Mesh tops let you see what is inside without unzipping everything.",
        ],
    )
    title = f"{brand} {model} {pieces}-Piece {'Compression ' if compression else ''}Packing Cubes Set, {material.title()}, {color.title()}"
    return _product(
        rng,
        title=title,
        category=f"{TG} > Packing Cubes > {'Compression Packing Cubes' if compression else 'Packing Cube Sets'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=29 + pieces * 5,
        hi=129 + pieces * 12,
    )


def _pillow(rng):
    brand = pick(rng, ["Aeromile", "Nestpack", "Roamwell"])
    fill = _deal(rng, ["memory foam", "inflatable", "microbeads", "memory foam wrap"], [4, 2, 1, 2])
    shape = {
        "memory foam": "u-shape",
        "inflatable": pick(rng, ["u-shape", "front-support"]),
        "microbeads": "u-shape",
        "memory foam wrap": "wrap",
    }[fill]
    cover = (
        pick(rng, ["velour", "cotton", "bamboo viscose", "cooling ice silk"])
        if fill != "inflatable"
        else "flocked tpu"
    )
    weight = round(
        {"memory foam": 0.3, "inflatable": 0.12, "microbeads": 0.25, "memory foam wrap": 0.22}[fill]
        * rng.uniform(0.85, 1.2),
        2,
    )
    washable = fill != "inflatable" or rng.random() < 0.3
    features = some(
        rng, ["eye mask included", "earplugs included", "adjustable clasp", "carry bag"], 1, 3
    )
    attrs = {
        "fill": fill,
        "shape": shape,
        "material": cover,
        "weight_kg": weight,
        "washable_cover": _yn(washable),
        "packs_down": _yn(fill in ("inflatable", "memory foam wrap") or "carry bag" in features),
        "trip_type": some(
            rng, ["long-haul", "overnight train", "road trip", "red-eye flight"], 2, 3
        ),
        "features": features,
    }
    model = pick(rng, ["Cloudrest", "Doze", "Nap Pro", "Skysleep", "Halo", "Snooze"])
    f = dict(
        brand=brand,
        model=model,
        fill={
            "microbeads": "microbead",
            "memory foam": "memory-foam",
            "memory foam wrap": "memory-foam wrap",
        }.get(fill, fill),
        cover=cover,
        weight=weight,
        feat=_list(features),
        shape=shape,
    )
    text = _say(
        rng,
        f,
        [
            "The {model} is a {fill} travel pillow with a {cover} cover, {weight} kg in your bag.",
            "{brand}'s {model} {shape} neck pillow keeps your head from dropping forward when you sleep sitting up.",
            "A {shape} {fill} pillow from {brand} that comes with {feat}.",
        ],
        [
            "Slow-rebound foam holds your chin up instead of flattening after an hour."
            if "memory foam" in fill
            else "",
            "Blow it up in three breaths and it rolls down to the size of a fist when you land."
            if fill == "inflatable"
            else "",
            "Microbeads mould around your neck but pack less firmly than foam."
            if fill == "microbeads"
            else "",
            "It wraps like a scarf with a stiffened side panel, better for people who lean on a window."
            if fill == "memory foam wrap"
            else "",
        ],
        [
            "The cover zips off for the washing machine." if washable else "",
            "Wipe the surface clean; the cover does not come off." if not washable else "",
            "Tighten the clasp under your chin so it supports rather than pushes your head forward."
            if "adjustable clasp" in features
            else "",
        ],
    )
    title = f"{brand} {model} {fill.title()}{'' if shape == 'wrap' else ' ' + shape.title()} Travel Neck Pillow{' with Eye Mask' if 'eye mask included' in features else ''}"
    return _product(
        rng,
        title=title,
        category=f"{TG} > Travel Pillows > {'Inflatable Pillows' if fill == 'inflatable' else 'Neck Pillows'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=29 if fill == "inflatable" else 59,
        hi=99 if fill == "inflatable" else 259,
        pop=1.3,
    )


def _adapter(rng):
    brand = pick(rng, ["Voltique", "Roamwell", "Aeromile"])
    universal = _deal(rng, [True, False], [3, 2])
    regions = (
        ["uk", "eu", "us", "au", "china", "japan"]
        if universal
        else [pick(rng, ["uk", "eu", "us", "au", "japan"])]
    )
    usb_a = rng.randint(0, 2) if universal else rng.randint(0, 1)
    usb_c = rng.randint(1, 3) if universal else rng.randint(0, 2)
    watts = pick(rng, [20, 35, 65]) if usb_c else 12 if usb_a else 0
    gan = watts >= 35
    weight = round(rng.uniform(0.12, 0.2) if universal else rng.uniform(0.04, 0.09), 2)
    features = (
        ["safety shutters"]
        + (["gan"] if gan else [])
        + some(rng, ["fuse protection", "travel pouch", "led indicator"], 1, 2)
    )
    attrs = {
        "plug_regions": regions,
        "universal": _yn(universal),
        "usb_c_ports": usb_c,
        "usb_a_ports": usb_a,
        "max_usb_w": watts,
        "material": "flame-retardant pc",
        "weight_kg": weight,
        "trip_type": ["business", "holiday", "long-haul"]
        if universal
        else ["holiday", "city break"],
        "voltage_converter": "no",
        "features": features,
    }
    model = pick(rng, ["Globetrot", "Passport", "Worldplug", "Transit", "Meridian", "Hop"])
    region_names = {
        "uk": "UK",
        "eu": "EU",
        "us": "US",
        "au": "Australia",
        "japan": "Japan",
        "china": "China",
    }
    region_where = {
        "uk": "the UK, Hong Kong and Singapore",
        "eu": "continental Europe",
        "us": "the US and Canada",
        "au": "Australia and New Zealand",
        "japan": "Japan",
    }
    where = "150+ countries" if universal else region_where[regions[0]]
    ports = (
        " + ".join(([f"{usb_c} USB-C"] if usb_c else []) + ([f"{usb_a} USB-A"] if usb_a else []))
        or "no USB ports"
    )
    f = dict(
        brand=brand, model=model, where=where, ports=ports, watts=watts, weight=int(weight * 1000)
    )
    text = _say(
        rng,
        f,
        [
            "Slide-out pins cover UK, EU, US and Australian sockets, and the {ports} ports charge phones at up to {watts} W."
            if universal
            else "A plug adapter for {where} that takes a Chinese plug and adds {ports} charging ports."
            if usb_c or usb_a
            else "A compact, no-frills adapter that lets a Chinese plug fit the sockets in {where}.",
            "{brand}'s {model} adapter works in {where} and weighs {weight} g.",
        ],
        [
            "It is an adapter, not a converter: check that your hair dryer is dual-voltage before plugging it in.",
            "Most phone and laptop chargers are 100-240 V, so they are fine through it.",
        ],
        [
            "GaN components keep it cool while charging a laptop and phone together."
            if gan
            else "",
            "Safety shutters and a replaceable fuse protect against a faulty hotel socket.",
            "A soft pouch stops the pins scratching your other gear."
            if "travel pouch" in features
            else "",
        ],
    )
    title = (
        f"{brand} {model} {'Universal Travel Adapter' if universal else region_names[regions[0]] + ' Plug Adapter'}"
        + (f", {ports}, {watts}W" if watts else ", Compact")
    )
    return _product(
        rng,
        title=title,
        category=f"{TG} > Travel Adapters > {'Universal Adapters' if universal else 'Country Plug Adapters'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=59 if universal else 19,
        hi=229 if universal else 79,
    )


def _toiletry_bag(rng):
    brand = pick(rng, ["Nestpack", "Portmoor", "Voyara"])
    kind = _deal(
        rng, ["hanging toiletry bag", "clear liquids bag", "wash bag", "dopp kit"], [3, 2, 2, 2]
    )
    cap = {
        "hanging toiletry bag": rng.choice([4, 5, 6, 8]),
        "clear liquids bag": 1,
        "wash bag": rng.choice([3, 4, 5]),
        "dopp kit": rng.choice([3, 4, 5]),
    }[kind]
    material = {
        "clear liquids bag": "clear tpu",
        "dopp kit": pick(rng, ["pu leather", "waxed canvas", "nylon"]),
    }.get(kind, pick(rng, ["nylon", "polyester", "recycled polyester"]))
    color = (
        "clear"
        if kind == "clear liquids bag"
        else pick(
            rng, ["black", "navy", "grey", "green", "brown" if material != "nylon" else "pink"]
        )
    )
    weight = round(0.06 + cap * 0.04 * rng.uniform(0.8, 1.2), 2)
    hook = kind == "hanging toiletry bag"
    features = (
        (["hanging hook"] if hook else [])
        + (["airport security ready", "fits 100 ml bottles"] if kind == "clear liquids bag" else [])
        + some(rng, ["waterproof lining", "wide opening", "mesh pockets", "carry handle"], 1, 2)
    )
    attrs = {
        "bag_type": kind,
        "capacity_l": cap,
        "material": material,
        "color": color,
        "weight_kg": weight,
        "hanging_hook": _yn(hook),
        "tsa_clear": _yn(kind == "clear liquids bag"),
        "features": features,
        "trip_type": ["business", "weekend", "city break"]
        if cap <= 4
        else ["holiday", "long-haul", "family holiday"],
    }
    model = pick(rng, ["Fresh", "Ritual", "Splash", "Morning", "Basin", "Clearpass"])
    f = dict(
        brand=brand,
        model=model,
        cap=cap,
        material=material,
        kind=kind,
        color=color,
        feat=_list(features),
    )
    text = _say(
        rng,
        f,
        [
            "The {model} is a {cap}-litre {kind} in {material}.",
            "{brand} makes the {model} {kind} in {color} {material}, with {feat}.",
        ],
        [
            "A transparent one-litre bag sized for the 100 ml bottles security allows, so it slides out at the scanner."
            if kind == "clear liquids bag"
            else "",
            "Unzip it, hang it on the towel rail and every bottle is in sight, even in a tiny hotel bathroom."
            if hook
            else "",
            "A classic boxy shape with a wide mouth for a razor, brush and cologne."
            if kind == "dopp kit"
            else "",
            "A wipe-clean lining means a leaking shampoo is an annoyance, not a disaster."
            if "waterproof lining" in features
            else "",
        ],
        [
            "Packs flat into a cabin bag's front pocket.",
            "Sized for a {cap}-litre load: a weekend's toiletries or a family's basics."
            if cap >= 4
            else "",
        ],
    )
    title = f"{brand} {model} {_t(kind)}, {cap}L, {_t(material)}, {color.title()}"
    return _product(
        rng,
        title=title,
        category=f"{TG} > Toiletry Bags > {'Liquids Bags' if kind == 'clear liquids bag' else 'Wash Bags'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=12 if kind == "clear liquids bag" else 39,
        hi=49 if kind == "clear liquids bag" else 229,
    )


def _luggage_accessory(rng):
    brand = pick(rng, ["Portmoor", "Aeromile", "Roamwell"])
    kind = _deal(
        rng,
        [
            "luggage tag",
            "luggage scale",
            "luggage strap",
            "tsa padlock",
            "passport holder",
            "suitcase cover",
            "compression sack",
        ],
    )
    material, weight, lo, hi = {
        "luggage tag": (pick(rng, ["silicone", "pu leather", "aluminium"]), 0.03, 9.9, 49),
        "luggage scale": ("abs", 0.1, 29, 99),
        "luggage strap": ("polyester webbing", 0.12, 19, 69),
        "tsa padlock": ("zinc alloy", 0.06, 19, 79),
        "passport holder": (pick(rng, ["pu leather", "genuine leather", "nylon"]), 0.05, 19, 159),
        "suitcase cover": ("spandex", 0.2, 29, 89),
        "compression sack": ("nylon ripstop", 0.08, 19, 69),
    }[kind]
    features = {
        "luggage tag": ["privacy flap", "steel loop"],
        "luggage scale": ["weighs up to 50 kg", "tare function", "backlit screen"],
        "luggage strap": ["tsa combination buckle", "bright colour to spot on the belt"],
        "tsa padlock": ["tsa-accepted", "3-digit combination"],
        "passport holder": ["rfid blocking", "card slots", "boarding pass slot"],
        "suitcase cover": ["fits 20-24 inch", "machine washable"],
        "compression sack": ["roll-top", "waterproof"],
    }[kind]
    features = (
        features[:1] + some(rng, features[1:], 1, len(features) - 1)
        if len(features) > 1
        else features
    )
    lock = {"luggage strap": "tsa lock", "tsa padlock": "tsa lock"}.get(kind, "none")
    attrs = {
        "accessory_type": kind,
        "material": material,
        "weight_kg": round(weight * rng.uniform(0.8, 1.3), 2),
        "features": features,
        "lock": lock,
        "trip_type": some(rng, ["business", "holiday", "long-haul", "backpacking"], 2, 3),
    }
    model = pick(rng, ["Tagalong", "Checkpoint", "Secure", "Jetset", "Gatekeeper", "Wayfinder"])
    f = dict(brand=brand, model=model, kind=kind, material=material, feat=_list(features))
    sentence = {
        "luggage tag": "Your name and phone sit behind a flap, not on show to everyone in the baggage hall.",
        "luggage scale": "Hook it on the handle, lift, and you know before the check-in desk whether you are over 23 kg.",
        "luggage strap": "A cross strap keeps an overstuffed case shut and makes it easy to spot on the carousel.",
        "tsa padlock": "Security staff can open it with their master key, so your zip is not cut at inspection.",
        "passport holder": "Holds a passport, boarding pass and a couple of bank cards in one slim wallet.",
        "suitcase cover": "A stretch cover saves a new case from scuffs and makes it unmistakable on the belt.",
        "compression sack": "Squeezes a down jacket or bedding to a third of its size.",
    }[kind]
    text = _say(
        rng,
        f,
        [
            "{brand}'s {model} {kind} in {material}, with {feat}.",
            "A {material} {kind} from the {brand} {model} range.",
        ],
        [sentence],
        [
            "Small enough to keep in your carry-on all year.",
            "A useful extra for anyone who flies a few times a year.",
            "Makes a practical small gift for a frequent traveller.",
        ],
        low=1,
        high=2,
    )
    title = f"{brand} {model} {_t(kind)}, {_t(material)}" + (
        f", {_t(features[1])}" if len(features) > 1 and len(features[1]) <= 18 else ""
    )
    return _product(
        rng,
        title=title,
        category=f"{TG} > Luggage Accessories > {_t(kind)}s",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def travel(rng):
    return _run(
        rng,
        [
            (_suitcase, 16),
            (_packing_cubes, 9),
            (_pillow, 9),
            (_adapter, 8),
            (_toiletry_bag, 9),
            (_luggage_accessory, 9),
        ],
    )


# --------------------------------------------------------------------------------------------
# Phone & Computer
# shared keys: compatibility, material, warranty_months, features
# --------------------------------------------------------------------------------------------

PC = "Phone & Computer"
PHONES = {
    "iphone 15": "iPhone 15",
    "iphone 15 pro": "iPhone 15 Pro",
    "iphone 15 pro max": "iPhone 15 Pro Max",
    "iphone 16": "iPhone 16",
    "iphone 16 pro": "iPhone 16 Pro",
    "iphone 14": "iPhone 14",
    "xiaomi 14": "Xiaomi 14",
    "huawei mate 60 pro": "Huawei Mate 60 Pro",
    "galaxy s24": "Galaxy S24",
    "honor magic 6": "Honor Magic 6",
    "oppo find x7": "OPPO Find X7",
    "vivo x100": "vivo X100",
}


def _case(rng):
    brand = pick(rng, ["Armorleaf", "Tangbit", "Shellmate"])
    phone = _deal(rng, list(PHONES), [3, 3, 2, 2, 2, 1, 1.5, 1.5, 1, 1, 1, 1])
    kind = _deal(
        rng, ["rugged", "slim", "clear", "wallet", "silicone", "leather"], [3, 2, 3, 1, 2, 1]
    )
    material = {
        "rugged": "tpu + polycarbonate",
        "slim": pick(rng, ["polycarbonate", "aramid fibre"]),
        "clear": "tpu + polycarbonate",
        "wallet": "pu leather",
        "silicone": "liquid silicone",
        "leather": "genuine leather",
    }[kind]
    drop = {
        "rugged": rng.choice([3.0, 3.6, 4.5]),
        "slim": rng.choice([1.2, 1.5]),
        "clear": rng.choice([1.8, 2.0, 3.0]),
        "wallet": 1.2,
        "silicone": rng.choice([1.5, 1.8]),
        "leather": 1.5,
    }[kind]
    if material == "aramid fibre":
        drop = 1.2
    magnetic = phone.startswith("iphone") and kind != "wallet" and rng.random() < 0.7
    color = (
        "clear"
        if kind == "clear"
        else pick(rng, ["black", "navy", "green", "pink", "purple", "brown", "grey", "blue"])
    )
    if kind == "leather":
        color = pick(rng, ["brown", "black", "navy"])
    features = (
        ["raised camera lip"]
        + (["raised screen edge"] if drop >= 1.5 else [])
        + (["card slots", "stand"] if kind == "wallet" else [])
        + (["anti-yellowing"] if kind == "clear" else [])
        + (["kickstand"] if kind == "rugged" and rng.random() < 0.4 else [])
        + (["lanyard hole"] if rng.random() < 0.3 else [])
        + (["wireless charging compatible"] if kind != "wallet" else [])
    )
    attrs = {
        "compatibility": [phone],
        "case_type": kind,
        "material": material,
        "drop_protection_m": drop,
        "magnetic_charging": _yn(magnetic),
        "color": color,
        "warranty_months": 12 if kind == "rugged" else 6,
        "features": features,
    }
    model = pick(
        rng,
        ["Bastion", "Featherlite", "Crystal", "Folio", "Softtouch", "Heritage", "Halo", "Guardian"],
    )
    f = dict(
        brand=brand,
        model=model,
        phone=PHONES[phone],
        drop=drop,
        material=material,
        kind=kind,
        color=color,
    )
    text = _say(
        rng,
        f,
        [
            "The {model} is a {kind} {phone} case in {material}, drop-tested from {drop} m.",
            "{brand}'s {color} {model} case for {phone} survives drops from {drop} metres onto concrete.",
            "A {material} {kind} case cut for {phone}, rated for {drop} m drops.",
        ],
        [
            "Air-cushioned corners and a hard back spread the shock of a fall away from the screen."
            if kind == "rugged"
            else "",
            "Barely thicker than the phone itself, it guards against scratches and pocket bumps more than big falls."
            if kind == "slim"
            else "",
            "The clear back shows off the phone's colour and is treated to resist yellowing."
            if kind == "clear"
            else "",
            "A folio cover protects the screen and holds three cards, then folds back into a stand."
            if kind == "wallet"
            else "",
            "Soft-touch silicone grips well in the hand and has a microfibre lining inside."
            if kind == "silicone"
            else "",
            "Leather darkens and softens with use; the edges are hand-finished."
            if kind == "leather"
            else "",
        ],
        [
            "Built-in magnets line up with magnetic chargers and car mounts." if magnetic else "",
            "Raised lips around the screen and camera keep glass off the table when the phone lies face down."
            if "raised screen edge" in features
            else "",
            "Buttons are covered and still click crisply."
            if kind in ("rugged", "silicone")
            else "",
        ],
    )
    title = (
        f"{brand} {model} {kind.title()} Case for {PHONES[phone]}, {drop} m Drop Protection"
        + (", Magnetic" if magnetic else "")
        + f", {color.title()}"
    )
    lo, hi = {
        "rugged": (49, 199),
        "slim": (39, 159),
        "clear": (19, 89),
        "wallet": (29, 129),
        "silicone": (29, 149),
        "leather": (129, 399),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{PC} > Phone Cases > {'iPhone Cases' if phone.startswith('iphone') else 'Android Phone Cases'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        pop=1.6,
    )


def _charger(rng):
    brand = pick(rng, ["Voltique", "Ampwell", "Tangbit"])
    watts = _deal(rng, [20, 30, 35, 45, 65, 100, 140], [3, 2, 2, 1, 3, 2, 1])
    usb_c, usb_a = {
        20: (1, 0),
        30: (1, 0),
        35: (2, 0),
        45: (2, 0),
        65: (2, 1),
        100: (3, 1),
        140: (3, 1),
    }[watts]
    gan = watts >= 30 and rng.random() < 0.85
    compat = (
        ["iphone", "android"]
        + (["tablets"] if watts >= 30 else [])
        + (["laptops"] if watts >= 65 else [])
    )
    features = (
        (["gan"] if gan else [])
        + ["pd fast charging"]
        + (["pps"] if watts >= 30 else [])
        + (["foldable pins"] if rng.random() < 0.6 else [])
        + (["smart power sharing"] if usb_c + usb_a > 1 else [])
    )
    weight = int(35 + watts * (1.3 if gan else 2.0) * rng.uniform(0.9, 1.1))
    attrs = {
        "wattage": watts,
        "usb_c_ports": usb_c,
        "usb_a_ports": usb_a,
        "connector": "usb-c",
        "compatibility": compat,
        "gan": _yn(gan),
        "material": "flame-retardant pc",
        "weight_g": weight,
        "plug": "china (type a)",
        "warranty_months": pick(rng, [12, 18, 24]),
        "features": features,
    }
    model = pick(rng, ["Nano", "Cube", "Dash", "Pocket", "Flux", "Prime"])
    ports = f"{usb_c}C" + (f"{usb_a}A" if usb_a else "")
    f = dict(brand=brand, model=model, watts=watts, weight=weight, ports=ports)
    text = _say(
        rng,
        f,
        [
            "A {watts} W {ports} wall charger weighing {weight} g.",
            "{brand}'s {model} {watts}W charger fast-charges phones over USB-C Power Delivery.",
            "The {model} pushes out up to {watts} W from a body that weighs just {weight} g.",
        ],
        [
            "20 W is the sweet spot for a modern phone: around half charge in thirty minutes."
            if watts <= 30
            else "",
            "With {watts} W to share, it charges a laptop and a phone from one socket, which is handy on trips."
            if watts >= 65
            else "",
            "Two USB-C ports split the power sensibly when a phone and earbuds charge together."
            if watts in (35, 45)
            else "",
            "Gallium nitride parts make it noticeably smaller and cooler than an old silicon brick."
            if gan
            else "",
        ],
        [
            "The pins fold flat so it does not scratch things in your bag."
            if "foldable pins" in features
            else "",
            "A cable is not included; use a 5 A e-marked cable for the full {watts} W."
            if watts >= 100
            else "",
            "Works with PD and PPS phones, including recent iPhone and Android models.",
        ],
    )
    title = f"{brand} {model} {watts}W {'GaN ' if gan else ''}USB-C Fast Charger, {usb_c} USB-C" + (
        f" + {usb_a} USB-A" if usb_a else ""
    )
    lo, hi = {
        20: (29, 79),
        30: (49, 119),
        35: (69, 149),
        45: (79, 169),
        65: (99, 259),
        100: (159, 359),
        140: (229, 459),
    }[watts]
    return _product(
        rng,
        title=title,
        category=f"{PC} > Chargers > {'Laptop Chargers' if watts >= 65 else 'Phone Chargers'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        pop=1.3,
    )


def _power_bank(rng):
    brand = pick(rng, ["Ampwell", "Voltique", "Tangbit"])
    mah = _deal(rng, [5000, 10000, 20000, 25000, 27000, 30000, 40000], [2, 4, 4, 2, 1, 1, 0.6])
    wh = round(mah * 3.7 / 1000, 1)
    safe = "yes" if wh <= 100 else "with airline approval" if wh <= 160 else "no"
    watts = {
        5000: pick(rng, [15, 20]),
        10000: pick(rng, [20, 22.5, 30]),
        20000: pick(rng, [22.5, 30, 65]),
        25000: pick(rng, [65, 100]),
        27000: 140,
        30000: pick(rng, [22.5, 65]),
        40000: 65,
    }[mah]
    wireless = mah <= 10000 and rng.random() < 0.55
    cable = rng.random() < 0.35
    display = mah >= 20000 or rng.random() < 0.3
    grams = int(mah * 0.019 * rng.uniform(0.9, 1.1) + (25 if wireless else 0))
    compat = (
        ["iphone", "android"]
        + (["tablets"] if watts >= 30 else [])
        + (["laptops"] if watts >= 65 else [])
    )
    features = (
        ["3c certified"]
        + (["magnetic wireless charging"] if wireless else [])
        + (["built-in usb-c cable"] if cable else [])
        + (["digital display"] if display else [])
        + (["pass-through charging"] if rng.random() < 0.5 else [])
        + (["kickstand"] if wireless and rng.random() < 0.5 else [])
    )
    attrs = {
        "capacity_mah": mah,
        "watt_hours": wh,
        "airline_safe": safe,
        "wattage": watts,
        "connector": "usb-c",
        "wireless": _yn(wireless),
        "compatibility": compat,
        "material": pick(rng, ["pc + abs", "aluminium"], [4, 1]),
        "weight_g": grams,
        "certification": "3c",
        "warranty_months": pick(rng, [12, 18, 24]),
        "features": features,
    }
    model = pick(rng, ["Pulse", "Reserve", "Juicebox", "Orbit", "Volt", "Boost", "Snap"])
    f = dict(
        brand=brand,
        model=model,
        mah=mah,
        wh=f"{wh:g}",
        watts=f"{watts:g}",
        grams=grams,
        charges=f"{max(1, round(mah * 0.6 / 4000, 1)):g}",
    )
    text = _say(
        rng,
        f,
        [
            "The {model} stores {mah} mAh ({wh} Wh) and charges at up to {watts} W.",
            "{brand}'s {mah}mAh power bank weighs {grams} g and gives a typical phone about {charges} full charges.",
            "A {wh} Wh power bank with {watts} W USB-C output from {brand}.",
        ],
        [
            "At {wh} Wh it is under the 100 Wh limit, so it can go in your hand luggage on Chinese and international flights."
            if safe == "yes"
            else "",
            "At {wh} Wh it is over 100 Wh: airlines only allow it in the cabin with their approval, and never in checked bags."
            if safe == "with airline approval"
            else "",
            "At {wh} Wh it exceeds the 160 Wh cabin limit, so it is for road trips and camping, not flights."
            if safe == "no"
            else "",
            "It carries the 3C safety mark that Chinese airports now check at security.",
        ],
        [
            "Snap it onto the back of a magnetic phone to charge without a cable."
            if wireless
            else "",
            "A USB-C cable is built into the body, so there is nothing to forget." if cable else "",
            "A small display shows the exact percentage left." if display else "",
            "Enough output for a laptop as well as a phone." if watts >= 65 else "",
        ],
    )
    title = (
        f"{brand} {model} {mah}mAh Power Bank, {watts:g}W Fast Charge, {wh:g} Wh"
        + (", Airline Safe" if safe == "yes" else "")
        + (", Magnetic Wireless" if wireless else "")
    )
    lo = 49 + mah / 250 + watts
    return _product(
        rng,
        title=title,
        category=f"{PC} > Power Banks > {'Magnetic Power Banks' if wireless else 'Portable Power Banks'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=lo * 2.4,
        pop=1.6,
    )


def _earphones(rng):
    brand = pick(rng, ["Sonaro", "Tangbit", "Quietfield"])
    kind = _deal(rng, ["in-ear", "over-ear", "open-ear", "wired in-ear"], [5, 3, 2, 1.5])
    wireless = kind != "wired in-ear"
    anc = {
        "in-ear": rng.random() < 0.65,
        "over-ear": rng.random() < 0.8,
        "open-ear": False,
        "wired in-ear": False,
    }[kind]
    nc = "active" if anc else "none" if kind == "open-ear" else "passive"
    battery = {
        "in-ear": rng.choice([24, 28, 30, 36, 40]),
        "over-ear": rng.choice([30, 40, 50, 60]),
        "open-ear": rng.choice([8, 10, 12, 20]),
        "wired in-ear": 0,
    }[kind]
    ip = (
        _deal(rng, ["ipx4", "ipx5", "ip54"])
        if kind == "in-ear"
        else pick(rng, ["ip55", "ipx5", "ip67"])
        if kind == "open-ear"
        else "none"
    )
    connector = (
        pick(rng, ["bluetooth 5.3", "bluetooth 5.4"])
        if wireless
        else pick(rng, ["usb-c", "3.5 mm"])
    )
    features = (
        ["microphone"]
        + (["transparency mode"] if anc else [])
        + some(
            rng,
            ["multipoint", "low-latency game mode", "app eq", "wear detection"]
            if wireless
            else ["inline remote", "tangle-free cable"],
            1,
            3,
        )
        + (["wireless charging case"] if kind == "in-ear" and rng.random() < 0.4 else [])
        + (["foldable"] if kind == "over-ear" else [])
    )
    color = pick(rng, ["black", "white", "grey", "blue", "green", "beige"], [4, 4, 1, 1, 1, 1])
    compat = (
        ["iphone", "android", "windows", "macos"]
        if wireless
        else (["android", "iphone", "laptops"] if connector == "usb-c" else ["android", "laptops"])
    )
    attrs = {
        "earphone_type": kind,
        "wireless": _yn(wireless),
        "noise_cancelling": nc,
        "battery_hours": battery,
        "waterproof_rating": ip,
        "connector": connector,
        "compatibility": compat,
        "material": {
            "over-ear": "protein leather cushions",
            "open-ear": "titanium wire + silicone",
        }.get(kind, "abs"),
        "color": color,
        "warranty_months": 12,
        "features": features,
    }
    model = pick(
        rng,
        {
            "in-ear": ["Pebble", "Buds Air", "Echo", "Tune", "Nimbus"],
            "over-ear": ["Studio", "Horizon", "Cocoon", "Voyage"],
            "open-ear": ["Stride", "Breeze", "Loop"],
            "wired in-ear": ["Classic", "Cord", "Plug"],
        }[kind],
    )
    f = dict(
        brand=brand, model=model, battery=battery, ip=ip.upper(), color=color, connector=connector
    )
    text = _say(
        rng,
        f,
        [
            "The {model} are {color} true wireless earbuds with up to {battery} hours of playback including the case."
            if kind == "in-ear"
            else "The {model} are over-ear headphones that run about {battery} hours on a charge."
            if kind == "over-ear"
            else "The {model} hook over your ears and sit outside the ear canal, lasting around {battery} hours."
            if kind == "open-ear"
            else "The {model} are wired in-ear earphones on a {connector} plug.",
            "{brand}'s {model} in {color}: "
            + ("active noise cancelling, " if anc else "")
            + ("{battery}-hour battery" if battery else "{connector} plug")
            + " and a clear call microphone.",
        ],
        [
            "Active noise cancelling takes the rumble out of metro carriages and buses, so you don't have to turn the volume up."
            if anc
            else "",
            "Transparency mode lets station announcements through without taking them out."
            if anc
            else "",
            "Open ears mean you still hear traffic and bike bells, which is the point on a run or a ride; they cannot block the metro."
            if kind == "open-ear"
            else "",
            "Soft silicone tips in three sizes seal the ear and block some noise passively."
            if nc == "passive"
            else "",
        ],
        [
            "Rated {ip}, so sweat and rain are fine." if ip not in ("none",) else "",
            "Multipoint pairing switches between your phone and laptop automatically."
            if "multipoint" in features
            else "",
            "No battery to charge and no lag: plug in and play." if not wireless else "",
            "The headband folds flat into the supplied case." if kind == "over-ear" else "",
        ],
    )
    noun = {
        "in-ear": "True Wireless Earbuds",
        "over-ear": "Wireless Over-Ear Headphones",
        "open-ear": "Open-Ear Sports Headphones",
        "wired in-ear": f"Wired Earphones, {connector.upper() if connector == 'usb-c' else '3.5 mm'}",
    }[kind]
    title = (
        f"{brand} {model} {'ANC ' if anc else ''}{noun}"
        + (f", {battery}h Battery" if battery else "")
        + f", {color.title()}"
    )
    lo, hi = {
        "in-ear": (99, 899) if anc else (59, 299),
        "over-ear": (299, 1999) if anc else (149, 599),
        "open-ear": (149, 899),
        "wired in-ear": (19, 199),
    }[kind]
    leaf = {
        "in-ear": "True Wireless Earbuds",
        "over-ear": "Over-Ear Headphones",
        "open-ear": "Open-Ear Headphones",
        "wired in-ear": "Wired Earphones",
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{PC} > Earphones > {leaf}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        pop=1.8,
    )


def _keyboard(rng):
    brand = pick(rng, ["Keyhaus", "Glidemark", "Tangbit"])
    mech = _deal(rng, [True, False], [2, 1])
    layout = (
        pick(rng, ["75%", "65%", "tkl", "96%", "full-size"])
        if mech
        else pick(rng, ["full-size", "tkl", "compact"])
    )
    switch = (
        pick(rng, ["red linear", "brown tactile", "blue clicky", "silent linear"])
        if mech
        else "low-profile scissor"
    )
    wireless = rng.random() < 0.7
    conn = (
        (["bluetooth", "2.4g", "usb-c wired"] if mech else ["bluetooth", "2.4g"])
        if wireless
        else ["usb-c wired"]
    )
    backlight = (
        pick(rng, ["rgb", "white", "none"], [3, 2, 1]) if mech else pick(rng, ["white", "none"])
    )
    material = (
        pick(rng, ["aluminium", "abs", "polycarbonate"], [2, 3, 1])
        if mech
        else pick(rng, ["aluminium", "abs"])
    )
    hot = mech and rng.random() < 0.6
    features = (
        (["hot-swappable"] if hot else [])
        + (["pbt keycaps"] if mech and rng.random() < 0.6 else [])
        + (["gasket mount"] if mech and material == "aluminium" else [])
        + (["multi-device switching"] if wireless else [])
        + (["mac and windows keys"] if rng.random() < 0.7 else ["n-key rollover"])
    )
    attrs = {
        "layout": layout,
        "switch": switch,
        "wireless": _yn(wireless),
        "connectivity": conn,
        "connector": "usb-c",
        "backlight": backlight,
        "material": material,
        "hot_swappable": _yn(hot),
        "compatibility": ["windows", "macos"] + (["ipados", "android"] if wireless else []),
        "warranty_months": 12,
        "features": features,
    }
    model = pick(rng, ["K75", "Quill", "Typewell", "Clack", "Slate", "Keystone", "Tactile One"])
    f = dict(
        brand=brand,
        model=model,
        layout=layout,
        switch=switch,
        material=material,
        conn=_list(
            [
                {
                    "bluetooth": "Bluetooth",
                    "2.4g": "a 2.4 GHz receiver",
                    "usb-c wired": "a USB-C cable",
                }[c]
                for c in conn
            ],
            "or",
        ),
    )
    text = _say(
        rng,
        f,
        [
            "The {model} is a {layout} mechanical keyboard with {switch} switches in a {material} case."
            if mech
            else "The {model} is a slim {layout} keyboard with quiet {switch} keys.",
            "{brand}'s {model} connects by {conn}, and uses {switch} switches.",
        ],
        [
            "Red linear switches are smooth and light, good for long typing sessions and gaming."
            if switch == "red linear"
            else "",
            "Brown tactile switches give a small bump you can feel without the loud click."
            if switch == "brown tactile"
            else "",
            "Blue clicky switches are satisfying but loud; not one for a shared office."
            if switch == "blue clicky"
            else "",
            "Silent linear switches keep video calls and open-plan offices peaceful."
            if switch == "silent linear"
            else "",
            "Scissor keys travel just over a millimetre, like a laptop, and barely make a sound."
            if not mech
            else "",
        ],
        [
            "Hot-swap sockets let you change switches without soldering." if hot else "",
            "It pairs with three devices and switches between them with a key combination."
            if wireless
            else "",
            "A fixed USB-C cable means no batteries and no pairing." if not wireless else "",
            "Per-key RGB lighting is adjustable from the keyboard itself."
            if backlight == "rgb"
            else "",
        ],
    )
    title = f"{brand} {model} {layout.upper() if layout == 'tkl' else layout.title()} {'Wireless ' if wireless else ''}{'Mechanical' if mech else 'Slim'} Keyboard, {switch.title()} Switches"
    return _product(
        rng,
        title=title,
        category=f"{PC} > Keyboards > {'Mechanical Keyboards' if mech else 'Slim Keyboards'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=199 if mech else 99,
        hi=999 if mech else 399,
        lift=0.5 if material == "aluminium" else 0,
    )


def _mouse(rng):
    brand = pick(rng, ["Glidemark", "Keyhaus", "Tangbit"])
    kind = _deal(rng, ["everyday", "gaming", "vertical", "travel"], [3, 2, 1.5, 1.5])
    wireless = kind != "gaming" or rng.random() < 0.6
    dpi = {
        "everyday": pick(rng, [1600, 2400, 4000]),
        "gaming": pick(rng, [12000, 16000, 26000]),
        "vertical": pick(rng, [1600, 2400]),
        "travel": pick(rng, [1200, 1600]),
    }[kind]
    silent = kind in ("everyday", "travel") and rng.random() < 0.6
    grams = {
        "everyday": rng.randint(75, 105),
        "gaming": rng.randint(54, 95),
        "vertical": rng.randint(110, 140),
        "travel": rng.randint(55, 75),
    }[kind]
    battery = "rechargeable" if kind == "gaming" or rng.random() < 0.6 else "aa battery"
    if not wireless:
        battery = "none (wired)"
    shape = {
        "vertical": "vertical right-handed",
        "gaming": pick(rng, ["right-handed", "ambidextrous"]),
        "everyday": pick(rng, ["right-handed", "ambidextrous"]),
        "travel": "ambidextrous",
    }[kind]
    features = (
        (["silent clicks"] if silent else [])
        + (["multi-device switching"] if wireless and kind != "gaming" else [])
        + (["programmable buttons"] if kind == "gaming" else [])
        + (["ergonomic thumb rest"] if kind == "vertical" else [])
        + (["usb receiver stores inside"] if wireless else ["paracord cable"])
    )
    attrs = {
        "mouse_type": kind,
        "wireless": _yn(wireless),
        "dpi": dpi,
        "silent_clicks": _yn(silent),
        "weight_g": grams,
        "battery": battery,
        "shape": shape,
        "material": "abs",
        "compatibility": ["windows", "macos", "linux"] + (["ipados"] if wireless else []),
        "connectivity": (["bluetooth", "2.4g"] if kind != "gaming" else ["2.4g", "usb-c wired"])
        if wireless
        else ["usb wired"],
        "warranty_months": 12,
        "features": features,
    }
    model = pick(
        rng,
        {
            "everyday": ["Glide", "Daily", "Office Pro"],
            "gaming": ["Viper", "Falcon", "Strike"],
            "vertical": ["Ergo V", "Upright", "Handshake"],
            "travel": ["Pocket", "Mini", "Roam"],
        }[kind],
    )
    f = dict(brand=brand, model=model, dpi=dpi, grams=grams, shape=shape, battery=battery)
    text = _say(
        rng,
        f,
        [
            "The {model} is a {grams} g {shape} mouse with a sensor up to {dpi} DPI.",
            "{brand}'s {model} mouse runs on "
            + (
                "a built-in rechargeable battery"
                if battery == "rechargeable"
                else "a single AA battery"
            )
            + " and tracks at up to {dpi} DPI."
            if wireless
            else "{brand}'s wired {model} mouse tracks at up to {dpi} DPI with no battery to charge.",
        ],
        [
            "The upright grip turns your forearm into a handshake position, easing wrist strain over a long day."
            if kind == "vertical"
            else "",
            "Small enough for a laptop sleeve and happy on a café table."
            if kind == "travel"
            else "",
            "A light shell and a fast sensor suit competitive shooters."
            if kind == "gaming"
            else "",
            "A full-size shape that fills the hand for all-day office work."
            if kind == "everyday"
            else "",
        ],
        [
            "Muted switches make clicks nearly silent in libraries and shared rooms."
            if silent
            else "",
            "It switches between a Bluetooth laptop and a receiver-connected desktop with one button."
            if "multi-device switching" in features
            else "",
        ],
    )
    noun = {
        "everyday": "Wireless Mouse" if wireless else "Wired Mouse",
        "gaming": "Gaming Mouse",
        "vertical": "Vertical Ergonomic Mouse",
        "travel": "Compact Travel Mouse",
    }[kind]
    title = f"{brand} {model} {'Silent ' if silent else ''}{noun}, {dpi} DPI, {grams} g"
    leaf = {
        "everyday": "Everyday Mice",
        "gaming": "Gaming Mice",
        "vertical": "Ergonomic Mice",
        "travel": "Everyday Mice",
    }[kind]
    lo, hi = {
        "everyday": (39, 199),
        "gaming": (99, 599),
        "vertical": (79, 299),
        "travel": (39, 149),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{PC} > Mice > {leaf}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def _cable(rng):
    brand = pick(rng, ["Voltique", "Ampwell", "Tangbit"])
    ends = pick(
        rng, ["usb-c to usb-c", "usb-a to usb-c", "usb-c to lightning", "3-in-1"], [4, 2, 2, 1]
    )
    watts = {
        "usb-c to usb-c": pick(rng, [60, 100, 240]),
        "usb-a to usb-c": 18,
        "usb-c to lightning": 27,
        "3-in-1": 18,
    }[ends]
    speed = (
        "40 gbps"
        if ends == "usb-c to usb-c" and watts == 240 and rng.random() < 0.3
        else "10 gbps"
        if ends == "usb-c to usb-c" and rng.random() < 0.2
        else "480 mbps"
    )
    length = pick(rng, [0.3, 1.0, 1.5, 2.0, 3.0], [1, 4, 2, 2, 1])
    material = pick(rng, ["braided nylon", "tpe", "liquid silicone"], [4, 2, 2])
    compat = {
        "usb-c to usb-c": ["android", "iphone 15 and later", "laptops", "tablets"],
        "usb-a to usb-c": ["android", "iphone 15 and later"],
        "usb-c to lightning": ["iphone 14 and earlier"],
        "3-in-1": ["android", "iphone", "older micro-usb devices"],
    }[ends]
    features = (["e-marker chip"] if watts >= 100 else []) + some(
        rng, ["right-angle plug", "velcro tie", "wattage display", "reinforced neck"], 1, 2
    )
    attrs = {
        "connector": ends,
        "wattage": watts,
        "data_speed": speed,
        "length_m": length,
        "material": material,
        "compatibility": compat,
        "warranty_months": pick(rng, [12, 24, 36]),
        "features": features,
    }
    model = pick(rng, ["Flexline", "Toughcord", "Linkr", "Weave", "Sync"])
    f = dict(
        brand=brand,
        model=model,
        ends=ends.replace("usb-c", "USB-C")
        .replace("usb-a", "USB-A")
        .replace("lightning", "Lightning"),
        watts=watts,
        length=length,
        material=material,
        speed=speed,
    )
    text = _say(
        rng,
        f,
        [
            "A {length} m {ends} cable in {material}, rated for {watts} W charging.",
            "{brand}'s {model} is a {ends} cable carrying up to {watts} W and {speed} data.",
        ],
        [
            "An e-marker chip tells the charger it is safe to push {watts} W, enough for a laptop."
            if watts >= 100
            else "",
            "40 Gbps data means it also drives an external display or a fast SSD."
            if speed == "40 gbps"
            else "",
            "Fast-charges a phone from a PD charger." if watts < 100 else "",
            "One cable with three tips covers the whole family's phones on a trip."
            if ends == "3-in-1"
            else "",
        ],
        [
            "The braided jacket survives being bent at the plug thousands of times."
            if material == "braided nylon"
            else "",
            "Silicone feels soft, coils without kinks and does not tangle in a bag."
            if material == "liquid silicone"
            else "",
            "A tiny screen on the plug shows the live charging wattage."
            if "wattage display" in features
            else "",
        ],
    )
    title = f"{brand} {model} {f['ends']} Cable, {watts}W, {length} m, {_t(material)}"
    return _product(
        rng,
        title=title,
        category=f"{PC} > Cables > {'USB-C Cables' if ends == 'usb-c to usb-c' else 'Phone Charging Cables'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=9.9 + watts / 20,
        hi=39 + watts / 2.5,
        pop=1.2,
    )


def phone_computer(rng):
    return _run(
        rng,
        [
            (_case, 12),
            (_charger, 9),
            (_power_bank, 11),
            (_earphones, 12),
            (_keyboard, 7),
            (_mouse, 7),
            (_cable, 7),
        ],
    )


# --------------------------------------------------------------------------------------------
# Baby
# shared keys: age_range, material, safety_standard, features
# --------------------------------------------------------------------------------------------

BB = "Baby"


def _diapers(rng):
    brand = pick(rng, ["Mianmian", "Softsprout", "Little Lantern"])
    kind = _deal(rng, ["newborn", "tape", "pull-up"], [2, 4, 3])
    sizes = {
        "newborn": ["NB", "S"],
        "tape": ["S", "M", "L", "XL"],
        "pull-up": ["L", "XL", "XXL", "XXXL"],
    }[kind]
    if kind == "tape" and rng.random() < 0.4:
        sizes = ["NB", "S", "M", "L", "XL"]
    age = {
        "newborn": "0-3 months",
        "tape": "0-24 months" if "NB" in sizes else "1-24 months",
        "pull-up": "12-48 months",
    }[kind]
    top = pick(
        rng,
        [
            "cotton-soft nonwoven",
            "organic cotton top sheet",
            "bamboo fibre top sheet",
            "silky nonwoven",
        ],
    )
    overnight = rng.random() < 0.35
    count = {
        "newborn": rng.choice([66, 72, 84]),
        "tape": rng.choice([48, 56, 62, 120]),
        "pull-up": rng.choice([36, 42, 48, 96]),
    }[kind]
    features = (
        ["wetness indicator", "breathable backsheet"]
        + (["umbilical cord cut-out"] if kind == "newborn" else [])
        + (["12-hour overnight core"] if overnight else [])
        + some(rng, ["fragrance-free", "lotion-free", "hypoallergenic", "stretchy waistband"], 1, 2)
    )
    attrs = {
        "diaper_type": kind,
        "size": sizes,
        "age_range": age,
        "material": top,
        "count_per_pack": count,
        "absorbency": "overnight" if overnight else "day and night",
        "safety_standard": "gb/t 28004",
        "features": features,
    }
    model = pick(rng, ["Cloud Touch", "Air Dry", "Silk Feather", "Pure Cotton", "Dreamy Night"])
    f = dict(brand=brand, model=model, count=count, top=top, sizes="/".join(sizes), age=age)
    text = _say(
        rng,
        f,
        [
            "{brand} {model} "
            + {"newborn": "newborn diapers", "tape": "tape diapers", "pull-up": "pull-up pants"}[
                kind
            ]
            + " come {count} to a pack, in sizes {sizes}.",
            "A pack of {count} {model} "
            + ("pull-ups" if kind == "pull-up" else "diapers")
            + " with a {top} against the skin.",
        ],
        [
            "A notch at the front keeps the waistband off the healing umbilical stump."
            if kind == "newborn"
            else "",
            "Pull-up pants slide on like underwear, easier with a baby who will not lie still, and tear at the sides to remove."
            if kind == "pull-up"
            else "",
            "Stretchy tapes re-stick, so you can adjust the fit after a feed."
            if kind == "tape"
            else "",
        ],
        [
            "A line on the front turns blue when it is time for a change.",
            "A denser core holds through a 12-hour night." if overnight else "",
            "Made without fragrance for sensitive skin." if "fragrance-free" in features else "",
            "Sizes go by weight rather than age; move up a size when the tapes only just meet or you see leaks at the legs.",
        ],
    )
    noun = {
        "newborn": "Newborn Diapers",
        "tape": "Tape Diapers",
        "pull-up": "Pull-Up Training Pants",
    }[kind]
    title = f"{brand} {model} {noun}, {count} Count, Size {'/'.join(sizes)}" + (
        ", Overnight" if overnight else ""
    )
    return _product(
        rng,
        title=title,
        category=f"{BB} > Diapers > {noun.replace(' Training', '')}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=59 + count * 0.4,
        hi=139 + count * 0.9,
        pop=2.0,
    )


def _bottle(rng):
    brand = pick(rng, ["Little Lantern", "Peapod Baby", "Cradlewood"])
    material = _deal(rng, ["ppsu", "glass", "silicone", "pp"], [4, 3, 2, 1])
    flow = _deal(rng, ["slow", "medium", "fast"], [4, 2, 1])
    cap = _deal(
        rng, {"slow": [120, 160, 180], "medium": [180, 240, 260], "fast": [240, 260, 300]}[flow]
    )
    age = {"slow": "0+ months", "medium": "3+ months", "fast": "6+ months"}[flow]
    anti = rng.random() < 0.75
    count = pick(rng, [1, 2, 3], [3, 2, 1])
    neck = "wide neck" if rng.random() < 0.8 else "standard neck"
    features = (
        (["anti-colic vent"] if anti else [])
        + ["steriliser-safe"]
        + (["dishwasher-safe"] if material != "silicone" else ["squeezable"])
        + some(rng, ["breast-like teat", "measurement markings", "handles included"], 1, 2)
    )
    attrs = {
        "material": material,
        "capacity_ml": cap,
        "teat_flow": flow,
        "age_range": age,
        "anti_colic": _yn(anti),
        "bpa_free": "yes",
        "neck": neck,
        "pack_count": count,
        "safety_standard": "gb 4806",
        "features": features,
    }
    model = pick(rng, ["Natural Latch", "Comfort Flow", "Tummy Ease", "Soft Sip", "Mama Feel"])
    names = {"ppsu": "PPSU", "glass": "Glass", "silicone": "Silicone", "pp": "PP"}
    f = dict(
        agew={
            "0+ months": "from birth",
            "3+ months": "from three months",
            "6+ months": "from six months",
        }[age],
        brand=brand,
        model=model,
        cap=cap,
        mat=names[material] if len(material) <= 4 else material,
        flow=flow,
        age=age,
        count=count,
        neck=neck,
    )
    text = _say(
        rng,
        f,
        [
            "A {cap} ml {mat} bottle with a {flow}-flow teat, suitable {agew}.",
            (
                "{brand}'s {model} {cap} ml bottles come {count} to a box, with {flow}-flow teats for babies {agew}."
                if count > 1
                else "{brand}'s {model} is a {cap} ml bottle with a {flow}-flow teat for babies {agew}."
            ),
        ],
        [
            "PPSU is light, unbreakable and takes boiling and steam sterilising for years without clouding."
            if material == "ppsu"
            else "",
            "Borosilicate glass doesn't hold smells or scratch, but it is heavier, so most parents use it at home."
            if material == "glass"
            else "",
            "Soft silicone can be squeezed gently to help a baby who is learning to latch."
            if material == "silicone"
            else "",
            "Light PP is the budget choice; replace it when it scratches or clouds."
            if material == "pp"
            else "",
        ],
        [
            "A valve in the base lets air in behind the milk instead of into the baby's tummy."
            if anti
            else "",
            "A slow-flow teat matches a newborn's sucking rhythm and reduces choking and gulping."
            if flow == "slow"
            else "",
            "Move up to this teat when feeds start taking more than 20 minutes or baby gets frustrated."
            if flow != "slow"
            else "",
            "The {neck} makes formula easy to spoon in and the bottle easy to brush clean."
            if neck == "wide neck"
            else "",
        ],
        [
            "Free from BPA.",
            "Sterilise before first use and replace teats every two to three months.",
        ],
    )
    title = (
        f"{brand} {model} {names[material]} Baby Bottle{'s' if count > 1 else ''}, {cap} ml"
        + (f" x {count}" if count > 1 else "")
        + f", {flow.title()} Flow"
        + (", Anti-Colic" if anti else "")
    )
    lo, hi = {"ppsu": (69, 169), "glass": (39, 119), "silicone": (79, 199), "pp": (29, 69)}[
        material
    ]
    return _product(
        rng,
        title=title,
        category=f"{BB} > Feeding Bottles > {'Anti-Colic Bottles' if anti else 'Standard Bottles'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo * (1 + 0.6 * (count - 1)),
        hi=hi * (1 + 0.6 * (count - 1)),
        pop=1.5,
    )


def _stroller(rng):
    brand = pick(rng, ["Cradlewood", "Peapod Baby", "Little Lantern"])
    kind = _deal(rng, ["travel", "lightweight", "full-size"], [2, 2, 1.5])
    weight = round(
        {
            "travel": rng.uniform(5.2, 6.8),
            "lightweight": rng.uniform(6.5, 8.5),
            "full-size": rng.uniform(9.5, 13.5),
        }[kind],
        1,
    )
    lie_flat = kind == "full-size" or _deal(rng, [True, False], [3, 2])
    fold = {
        "travel": "compact one-hand fold",
        "lightweight": pick(rng, ["one-hand fold", "umbrella fold"]),
        "full-size": pick(rng, ["one-hand fold", "two-hand fold"]),
    }[kind]
    frame = "aluminium" if kind != "full-size" or rng.random() < 0.6 else "steel"
    load = {"travel": 22, "lightweight": pick(rng, [15, 22]), "full-size": 25}[kind]
    features = (
        ["upf 50+ canopy", "five-point harness"]
        + (["cabin-friendly fold", "carry strap"] if kind == "travel" else [])
        + (
            ["reversible seat", "large basket", "car seat compatible"]
            if kind == "full-size"
            else some(rng, ["large basket", "adjustable footrest", "peekaboo window"], 1, 2)
        )
        + (["all-wheel suspension"] if kind != "travel" or rng.random() < 0.5 else [])
    )
    attrs = {
        "stroller_type": kind,
        "weight_kg": weight,
        "age_range": "0-36 months" if lie_flat else "6-36 months",
        "recline": "lie-flat" if lie_flat else "partial",
        "fold": fold,
        "material": f"{frame} frame",
        "max_load_kg": load,
        "cabin_friendly": _yn(kind == "travel"),
        "safety_standard": "gb 14748",
        "features": features,
    }
    model = pick(
        rng,
        {
            "travel": ["Jetsetter", "Pocket Go", "Skip"],
            "lightweight": ["Breeze", "Daytrip", "Wander"],
            "full-size": ["Grand Tour", "Meadow", "Voyager"],
        }[kind],
    )
    f = dict(brand=brand, model=model, weight=weight, load=load, fold=fold, frame=frame)
    text = _say(
        rng,
        f,
        [
            "The {model} weighs {weight} kg and carries a child up to {load} kg.",
            "A {weight} kg {frame}-frame stroller with a {fold}.",
            "{brand}'s {model} is a " + kind + " stroller built on a {frame} frame.",
        ],
        [
            "The seat lies fully flat, so it is safe for a newborn from birth." if lie_flat else "",
            "The seat reclines only partly, so it is meant for babies who can sit up, from about six months."
            if not lie_flat
            else "",
        ],
        [
            "It folds small enough for most airline overhead bins and a crowded metro carriage."
            if kind == "travel"
            else "",
            "Large wheels with suspension on every corner smooth out cobbles and park paths."
            if "all-wheel suspension" in features
            else "",
            "The seat faces you or the world, and an infant car seat clicks straight onto the frame."
            if kind == "full-size"
            else "",
            "Light enough to carry up the stairs of an old apartment block with the baby on your hip."
            if weight < 7.5
            else "",
            "The UPF 50+ canopy extends down to the bumper bar for summer sun.",
        ],
    )
    title = (
        f"{brand} {model} {'Lightweight ' if kind == 'lightweight' else 'Compact Travel ' if kind == 'travel' else ''}Baby Stroller, {weight} kg"
        + (", Lie-Flat from Birth" if lie_flat else "")
        + (", Cabin Size Fold" if kind == "travel" else "")
    )
    lo, hi = {"travel": (699, 2599), "lightweight": (399, 1599), "full-size": (1299, 4999)}[kind]
    return _product(
        rng,
        title=title,
        category=f"{BB} > Strollers > {_t(kind)} Strollers",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        pop=1.2,
    )


def _baby_clothes(rng):
    brand = pick(rng, ["Mianmian", "Softsprout", "Little Lantern"])
    kind = _deal(rng, ["bodysuit", "sleepsuit", "outfit set", "romper"])
    sizes = some(rng, ["0-3m", "3-6m", "6-12m", "12-18m", "18-24m"], 3, 5)
    first, last = sizes[0].split("-")[0], sizes[-1].split("-")[1].rstrip("m")
    material = pick(
        rng, ["100% cotton", "organic cotton", "bamboo viscose", "cotton muslin"], [3, 2, 2, 1]
    )
    season = _deal(rng, ["all-season", "summer", "winter"], [3, 1.5, 1])
    color = pick(rng, ["white", "cream", "beige", "grey", "pink", "blue", "yellow", "green"])
    gender = "unisex" if color in ("white", "cream", "beige", "grey", "yellow", "green") else "kids"
    pack = pick(rng, [1, 2, 3], [3, 1.5, 1]) if kind in ("bodysuit", "sleepsuit") else 1
    fastening = {
        "bodysuit": "envelope neck + snaps",
        "sleepsuit": pick(rng, ["two-way zip", "snaps"]),
        "outfit set": "side snaps",
        "romper": "snaps",
    }[kind]
    features = (
        ["tag-free"]
        + (["fold-over mitt cuffs"] if kind == "sleepsuit" and "0-3m" in sizes else [])
        + (["fold-over feet"] if kind == "sleepsuit" else [])
        + some(rng, ["flat seams", "nickel-free snaps", "pre-washed"], 1, 2)
    )
    attrs = {
        "garment": kind,
        "color": color,
        "gender": gender,
        "size": sizes,
        "age_range": f"{first}-{last} months",
        "material": material,
        "season": season,
        "fastening": fastening,
        "pack_count": pack,
        "safety_standard": "gb 31701 class a",
        "features": features,
    }
    model = pick(rng, ["Little Cloud", "Bunny Ears", "Sunbeam", "Dewdrop", "Moonlight", "Stripy"])
    noun = {
        "bodysuit": "Bodysuit",
        "sleepsuit": "Sleepsuit",
        "outfit set": "2-Piece Outfit Set",
        "romper": "Romper",
    }[kind]
    f = dict(
        brand=brand,
        model=model,
        material=material,
        color=color,
        sizes=", ".join(sizes),
        pack=pack,
        fastening=fastening,
        noun=noun.lower(),
        season=season,
    )
    text = _say(
        rng,
        f,
        [
            "{brand}'s {model} {noun} in {color} {material}, sized {sizes}.",
            ("A pack of {pack} " if pack > 1 else "A ")
            + "{color} {material} {noun} from {brand}, made to Class A standard for baby skin.",
        ],
        [
            "The envelope shoulders let you pull it down over the body after a messy nappy instead of over the head."
            if kind == "bodysuit"
            else "",
            "A two-way zip means night changes without waking the baby fully."
            if fastening == "two-way zip"
            else "",
            "Snaps run down the legs for quick changes." if fastening == "snaps" else "",
            "Mitt cuffs fold over tiny hands to stop face scratching."
            if "fold-over mitt cuffs" in features
            else "",
        ],
        [
            "Muslin is airy and gets softer with every wash, good for summer."
            if material == "cotton muslin"
            else "",
            "Bamboo viscose feels silky, breathes well and stays cool against the skin."
            if material == "bamboo viscose"
            else "",
            "Organic cotton is grown without pesticides and dyed with low-impact dyes."
            if material == "organic cotton"
            else "",
            "Wash before first wear at 30°C; size up if your baby is near the top of the range.",
            "Cut from a lighter, airier weave for hot summer nights." if season == "summer" else "",
            "A thicker brushed weave keeps a baby warm through winter."
            if season == "winter"
            else "",
        ],
    )
    title = (
        f"{brand} {model} Baby {noun}"
        + (f", {pack}-Pack" if pack > 1 else "")
        + f", {_t(material)}, {color.title()}"
    )
    return _product(
        rng,
        title=title,
        category=f"{BB} > Baby Clothing > {noun.replace('2-Piece ', '')}s",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=39 * (1 + 0.6 * (pack - 1)),
        hi=159 * (1 + 0.6 * (pack - 1)),
    )


def _baby_toy(rng):
    brand = pick(rng, ["Peapod Baby", "Cradlewood", "Mianmian"])
    kind = _deal(rng, ["teether", "soft toy", "stacking toy", "activity gym", "bath toy", "rattle"])
    material, age = {
        "teether": ("food-grade silicone", "3+ months"),
        "soft toy": ("organic cotton plush", "0+ months"),
        "stacking toy": (pick(rng, ["beech wood", "silicone"]), "6+ months"),
        "activity gym": ("wood + cotton", "0+ months"),
        "bath toy": ("natural rubber", "6+ months"),
        "rattle": (pick(rng, ["beech wood", "abs"]), "3+ months"),
    }[kind]
    skills = {
        "teether": ["sensory", "teething relief"],
        "soft toy": ["comfort", "sensory"],
        "stacking toy": ["fine motor", "colours and sizes"],
        "activity gym": ["tummy time", "reaching", "visual tracking"],
        "bath toy": ["water play", "sensory"],
        "rattle": ["grasping", "sound"],
    }[kind]
    features = (
        ["no small parts"]
        + (["bpa-free"] if material not in ("organic cotton plush", "wood + cotton") else [])
        + (["machine washable"] if "cotton" in material else [])
        + (["sealed, no hole for mould"] if kind == "bath toy" else [])
        + (["freezer-safe"] if kind == "teether" else [])
    )
    attrs = {
        "toy_type": kind,
        "age_range": age,
        "material": material,
        "bpa_free": "yes"
        if material not in ("organic cotton plush", "wood + cotton", "beech wood")
        else "n/a",
        "skills": skills,
        "safety_standard": "gb 6675",
        "features": features,
    }
    model = pick(
        rng,
        [
            "Little Bear",
            "Rainbow",
            "Chewy Koala",
            "Busy Bee",
            "Duckling",
            "Moon & Star",
            "Forest Friends",
        ],
    )
    f = dict(brand=brand, model=model, kind=kind, material=material, age=age, skills=_list(skills))
    text = _say(
        rng,
        f,
        [
            "The {model} {kind} is made from {material} and is suitable from {age}.",
            "{brand}'s {model} is a {material} {kind} that helps with {skills}.",
        ],
        [
            "Chill it in the fridge for extra relief on sore gums." if kind == "teether" else "",
            "Soft enough to sleep beside once baby is over a year; before that, keep soft toys out of the cot."
            if kind == "soft toy"
            else "",
            "Stacking rings teach size order and hand-eye coordination."
            if kind == "stacking toy"
            else "",
            "Hanging toys encourage reaching and kicking during tummy time on the padded mat."
            if kind == "activity gym"
            else "",
            "It is sealed with no squirt hole, so mould cannot grow inside."
            if kind == "bath toy"
            else "",
            "A gentle rattle sound without sharp edges for small hands to grip."
            if kind == "rattle"
            else "",
        ],
        [
            "Tested to GB 6675 with no small parts.",
            "Free from BPA, phthalates and PVC." if "bpa-free" in features else "",
            "Machine washable on a gentle cycle." if "machine washable" in features else "",
        ],
    )
    title = f"{brand} {model} {_t(material)} {_t(kind)}, {age.replace('months', 'Months')}"
    lo, hi = {
        "teether": (19, 69),
        "soft toy": (39, 159),
        "stacking toy": (29, 129),
        "activity gym": (199, 599),
        "bath toy": (19, 79),
        "rattle": (19, 69),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{BB} > Toys > {'Teethers & Rattles' if kind in ('teether', 'rattle') else _t(kind) + 's'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def baby(rng):
    return _run(
        rng, [(_diapers, 11), (_bottle, 11), (_stroller, 10), (_baby_clothes, 13), (_baby_toy, 10)]
    )


# --------------------------------------------------------------------------------------------
# Pets
# shared keys: pet, life_stage, weight_kg, features
# --------------------------------------------------------------------------------------------

PT = "Pets"


def _dog_food(rng):
    brand = pick(rng, ["Pawmeadow", "Barkbury", "Maomao Pet"])
    wet = _deal(rng, [True, False], [1, 2])
    stage = _deal(rng, ["puppy", "adult", "senior", "all life stages"], [3, 4, 2, 1])
    breed = pick(rng, ["small", "medium", "large", "all"], [3, 1, 2, 2])
    flavour = pick(rng, ["chicken", "beef", "salmon", "lamb", "duck"])
    grain_free = rng.random() < 0.5
    weight = (
        pick(rng, [0.1 * 12, 0.375 * 6]) if wet else pick(rng, [1.5, 2, 5, 10, 15], [2, 3, 3, 2, 1])
    )
    weight = round(weight, 2)
    protein = rng.randint(8, 11) if wet else rng.randint(24, 34) + (4 if stage == "puppy" else 0)
    features = (
        (["dha for brain development"] if stage == "puppy" else [])
        + (["glucosamine for joints"] if stage == "senior" or breed == "large" else [])
        + some(
            rng,
            [
                "omega-3 for coat",
                "probiotics",
                "no artificial colours",
                "real meat first ingredient",
            ],
            1,
            3,
        )
    )
    attrs = {
        "pet": "dog",
        "food_type": "wet" if wet else "dry kibble",
        "life_stage": stage,
        "breed_size": breed,
        "flavour": flavour,
        "grain_free": _yn(grain_free),
        "protein_pct": protein,
        "weight_kg": weight,
        "features": features,
    }
    if not wet:
        attrs["kibble_size"] = "small" if breed == "small" or stage == "puppy" else "regular"
    model = pick(
        rng,
        ["Farm Fresh", "Wild Plains", "Gentle Start", "Golden Years", "Daily Balance", "Prairie"],
    )
    stage_words = {
        "puppy": "puppies",
        "adult": "adult dogs",
        "senior": "senior dogs over seven",
        "all life stages": "dogs of every age",
    }[stage]
    breed_words = {
        "small": "small breeds",
        "medium": "medium breeds",
        "large": "large breeds",
        "all": "all breed sizes",
    }[breed]
    f = dict(
        brand=brand,
        model=model,
        flavour=flavour,
        stage=stage_words,
        breed=breed_words,
        protein=protein,
        weight=weight,
    )
    text = _say(
        rng,
        f,
        [
            "{brand} {model} is a {flavour} recipe for {stage}, {protein}% protein, in a {weight} kg "
            + ("case" if wet else "bag")
            + ".",
            "A " + ("wet" if wet else "dry") + " {flavour} recipe made for {stage} of {breed}.",
        ],
        [
            "Extra DHA and calcium support a growing puppy's brain and bones; feed three to four small meals a day."
            if stage == "puppy"
            else "",
            "Fewer calories and added glucosamine suit an older, less active dog."
            if stage == "senior"
            else "",
            "Small kibble is easy for little jaws to crunch."
            if attrs.get("kibble_size") == "small"
            else "",
            "Wet food adds water to the diet and tempts fussy eaters; mix it with kibble."
            if wet
            else "",
        ],
        [
            "Made without wheat, corn or soy." if grain_free else "",
            "Switch foods gradually over seven days to avoid an upset stomach.",
            "Omega-3 from fish oil keeps the coat glossy."
            if "omega-3 for coat" in features
            else "",
        ],
    )
    title = (
        f"{brand} {model} {'Wet' if wet else 'Dry'} Dog Food, {flavour.title()}, {'Puppy' if stage == 'puppy' else 'Senior' if stage == 'senior' else 'Adult' if stage == 'adult' else 'All Life Stages'}"
        + f", {'All Breeds' if breed == 'all' else breed.title() + ' Breed'}"
        + (", Grain-Free" if grain_free else "")
        + f", {weight} kg"
    )
    per_kg = (28, 75) if not wet else (35, 80)
    return _product(
        rng,
        title=title,
        category=f"{PT} > Dog Food > {'Wet Dog Food' if wet else 'Dry Dog Food'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=per_kg[0] * weight,
        hi=per_kg[1] * weight,
        lift=0.3 if grain_free else 0,
        pop=1.5,
    )


def _cat_food(rng):
    brand = pick(rng, ["Whiskerwood", "Maomao Pet", "Pawmeadow"])
    kind = _deal(rng, ["dry kibble", "wet pouches", "freeze-dried"], [4, 3, 1])
    stage = _deal(rng, ["kitten", "adult", "senior", "all life stages"], [3, 4, 1.5, 2])
    flavour = pick(rng, ["chicken", "tuna", "salmon", "duck", "rabbit", "turkey"])
    grain_free = kind != "dry kibble" or rng.random() < 0.6
    weight = {
        "dry kibble": pick(rng, [1.5, 2, 4, 6, 10]),
        "wet pouches": round(0.085 * pick(rng, [12, 24]), 2),
        "freeze-dried": pick(rng, [0.3, 0.5]),
    }[kind]
    protein = {
        "dry kibble": rng.randint(34, 46),
        "wet pouches": rng.randint(9, 13),
        "freeze-dried": rng.randint(50, 62),
    }[kind]
    features = (["dha for kittens"] if stage == "kitten" else []) + some(
        rng,
        [
            "hairball control",
            "urinary tract care",
            "indoor formula",
            "taurine added",
            "no artificial colours",
        ],
        1,
        3,
    )
    attrs = {
        "pet": "cat",
        "food_type": kind,
        "life_stage": stage,
        "flavour": flavour,
        "grain_free": _yn(grain_free),
        "protein_pct": protein,
        "weight_kg": weight,
        "features": features,
    }
    model = pick(
        rng,
        ["Purr Kitchen", "Ocean Feast", "Fine Whisker", "Tiny Paws", "Silver Tabby", "Meadow Hunt"],
    )
    stage_words = {
        "kitten": "kittens up to 12 months",
        "adult": "adult cats",
        "senior": "cats over 7 years",
        "all life stages": "cats of every age, kittens included",
    }[stage]
    f = dict(
        brand=brand,
        model=model,
        flavour=flavour,
        stage=stage_words,
        protein=protein,
        weight=weight,
        kind=kind,
    )
    text = _say(
        rng,
        f,
        [
            "{brand} {model} is {kind} cat food with {flavour} as the first ingredient, made for {stage}.",
            "A {flavour} recipe for {stage}: {protein}% protein, {weight} kg.",
        ],
        [
            "Kittens need more protein and energy than adults, plus DHA for eyes and brain; this is formulated for that."
            if stage == "kitten"
            else "",
            "Kidney-friendly phosphorus levels and easy-to-chew pieces suit an older cat."
            if stage == "senior"
            else "",
            "Pouches add water to a cat's diet, which helps the kidneys and bladder."
            if kind == "wet pouches"
            else "",
            "Freeze-dried raw meat can be fed as a topper or a treat, or soaked as a complete meal."
            if kind == "freeze-dried"
            else "",
        ],
        [
            "Added fibre helps hairballs pass." if "hairball control" in features else "",
            "Balanced minerals support urinary health, a common problem in indoor males."
            if "urinary tract care" in features
            else "",
            "Free from grain fillers." if grain_free else "",
            "Keep fresh water out all day, whatever you feed.",
        ],
    )
    stage_t = {
        "kitten": "Kitten",
        "adult": "Adult",
        "senior": "Senior 7+",
        "all life stages": "All Life Stages",
    }[stage]
    pack = f"{round(weight / 0.085)} x 85 g" if kind == "wet pouches" else f"{weight} kg"
    title = (
        f"{brand} {model} {_t(kind)} Cat Food, {flavour.title()}, {stage_t}"
        + (", Grain-Free" if grain_free else "")
        + f", {pack}"
    )
    per_kg = {"dry kibble": (30, 90), "wet pouches": (45, 110), "freeze-dried": (180, 400)}[kind]
    return _product(
        rng,
        title=title,
        category=f"{PT} > Cat Food > {'Dry Cat Food' if kind == 'dry kibble' else 'Wet & Freeze-Dried Cat Food'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=per_kg[0] * weight,
        hi=per_kg[1] * weight,
        pop=1.5,
    )


def _litter(rng):
    brand = pick(rng, ["Whiskerwood", "Maomao Pet", "Tailtrail"])
    kind = _deal(
        rng,
        ["tofu", "bentonite clay", "mixed tofu-clay", "silica crystal", "pine pellets"],
        [4, 3, 3, 1, 1],
    )
    weight = {
        "tofu": pick(rng, [2.5, 6, 10]),
        "bentonite clay": pick(rng, [5, 10]),
        "mixed tofu-clay": pick(rng, [2.5, 6, 10]),
        "silica crystal": pick(rng, [1.8, 3.8]),
        "pine pellets": pick(rng, [5, 10]),
    }[kind]
    scent = pick(
        rng, ["unscented", "green tea", "milk", "activated charcoal", "peach"], [3, 2, 1, 1, 1]
    )
    clumping = kind in ("tofu", "bentonite clay", "mixed tofu-clay")
    flushable = kind in ("tofu", "pine pellets")
    dust = {
        "tofu": "very low",
        "bentonite clay": "low",
        "mixed tofu-clay": "low",
        "silica crystal": "very low",
        "pine pellets": "very low",
    }[kind]
    features = (
        (["clumping"] if clumping else ["absorbs without clumping"])
        + (["flushable"] if flushable else [])
        + some(rng, ["odour lock", "biodegradable", "colour-change urine indicator"], 1, 2)
    )
    attrs = {
        "pet": "cat",
        "life_stage": "all life stages",
        "litter_type": kind,
        "clumping": _yn(clumping),
        "flushable": _yn(flushable),
        "dust": dust,
        "scent": scent,
        "weight_kg": weight,
        "features": features,
    }
    model = pick(
        rng,
        ["Clean Paw", "Snowfield", "Pure Nest", "Fresh Den", "Cloud Step", "Quiet Corner"],
    )
    f = dict(brand=brand, model=model, kind=kind, weight=weight, scent=scent)
    text = _say(
        rng,
        f,
        [
            "{brand} {model} is a {scent} {kind} cat litter in a {weight} kg bag.",
            "A {weight} kg bag of {kind} litter, "
            + ("clumping" if clumping else "non-clumping")
            + " and {scent}.",
        ],
        [
            "Tofu litter is made from pea fibre, clumps fast and can go down the toilet in small amounts."
            if kind == "tofu"
            else "",
            "Clay forms hard clumps and controls odour well but is heavy and must go in the bin, not the toilet."
            if kind == "bentonite clay"
            else "",
            "A tofu-clay mix gives clay's firm clumps with less dust and weight."
            if kind == "mixed tofu-clay"
            else "",
            "Silica crystals soak up urine and trap smell; stir daily and change the whole tray every two to three weeks."
            if kind == "silica crystal"
            else "",
            "Pine pellets crumble to sawdust as they absorb; sift the dust out and top up."
            if kind == "pine pellets"
            else "",
        ],
        [
            "Scoop daily and keep 5 to 7 cm of litter in the tray.",
            "Unscented is the safest choice for cats that dislike perfume."
            if scent == "unscented"
            else "",
            "Little dust to track across the floor or irritate a cat's nose."
            if dust == "very low"
            else "",
        ],
    )
    title = f"{brand} {model} {_t(kind)} Cat Litter, {scent.title()}, {weight} kg" + (
        ", Flushable" if flushable else ""
    )
    per_kg = {
        "tofu": (8, 18),
        "bentonite clay": (4, 10),
        "mixed tofu-clay": (6, 14),
        "silica crystal": (15, 35),
        "pine pellets": (4, 9),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{PT} > Cat Litter > {'Tofu Litter' if 'tofu' in kind else _t(kind) + ' Litter'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=max(15, per_kg[0] * weight),
        hi=max(39, per_kg[1] * weight),
        pop=1.4,
    )


def _pet_toy(rng):
    brand = pick(rng, ["Tailtrail", "Barkbury", "Whiskerwood"])
    pet = _deal(rng, ["dog", "cat"])
    kind = (
        _deal(rng, ["chew toy", "rope toy", "squeaky plush", "treat puzzle", "fetch ball"])
        if pet == "dog"
        else pick(rng, ["feather wand", "catnip toy", "ball track", "cat tunnel", "laser toy"])
    )
    material = {
        "chew toy": "natural rubber",
        "rope toy": "cotton rope",
        "squeaky plush": "plush",
        "treat puzzle": "food-grade abs",
        "fetch ball": "natural rubber",
        "feather wand": "feather + fibreglass rod",
        "catnip toy": "cotton canvas",
        "ball track": "pp plastic",
        "cat tunnel": "polyester",
        "laser toy": "abs",
    }[kind]
    stage = _deal(
        rng, ["all life stages", "puppy" if pet == "dog" else "kitten", "adult"], [3, 1, 1]
    )
    features = {
        "chew toy": ["treat-stuffable", "for power chewers"],
        "rope toy": ["helps clean teeth"],
        "squeaky plush": ["squeaker"],
        "treat puzzle": ["treat dispensing", "adjustable difficulty"],
        "fetch ball": ["floats", "bright orange"],
        "feather wand": ["replaceable feather"],
        "catnip toy": ["catnip filled"],
        "ball track": ["three levels"],
        "cat tunnel": ["crinkle lining", "collapsible"],
        "laser toy": ["auto shut-off", "usb rechargeable"],
    }[kind]
    weight = round(
        {"cat tunnel": 0.4, "ball track": 0.5, "treat puzzle": 0.3}.get(kind, 0.1)
        * rng.uniform(0.7, 1.4),
        2,
    )
    attrs = {
        "pet": pet,
        "toy_type": kind,
        "material": material,
        "life_stage": stage,
        "weight_kg": weight,
        "features": features,
    }
    if pet == "dog":
        attrs["breed_size"] = pick(rng, ["small", "medium", "large", "all"])
        attrs["chew_strength"] = (
            "power chewer"
            if kind in ("chew toy", "fetch ball")
            else "gentle"
            if kind == "squeaky plush"
            else "moderate"
        )
    model = pick(rng, ["Chomp", "Tug Buddy", "Zoomies", "Pounce", "Nibbles", "Brain Game", "Sunny"])
    f = dict(brand=brand, model=model, kind=kind, material=material, pet=pet)
    text = _say(
        rng,
        f,
        [
            "The {model} is a {material} {kind} for {pet}s.",
            "{brand}'s {model} {kind} keeps a bored {pet} busy.",
        ],
        [
            "Stuff the hollow centre with treats or frozen yoghurt to stretch a chew session."
            if kind == "chew toy"
            else "",
            "Tugging on knotted rope works like floss between the teeth."
            if kind == "rope toy"
            else "",
            "Soft plush with a squeaker: for gentle players, not for dogs that shred."
            if kind == "squeaky plush"
            else "",
            "Hiding kibble in the sliders makes a dog work for dinner, which tires the brain as much as a walk."
            if kind == "treat puzzle"
            else "",
            "Bouncy rubber that floats in the pool or lake." if kind == "fetch ball" else "",
            "A springy wand lets you mimic a bird or mouse; end each session with a catch."
            if kind == "feather wand"
            else "",
            "Dried catnip inside triggers a happy frenzy in most adult cats; kittens often ignore it."
            if kind == "catnip toy"
            else "",
            "Balls roll round the track for solo play when you are at work."
            if kind == "ball track"
            else "",
            "A crinkly tunnel to hide in and ambush from." if kind == "cat tunnel" else "",
            "A moving red dot for chasing; finish with a toy they can catch so play doesn't end in frustration."
            if kind == "laser toy"
            else "",
        ],
        [
            "Supervise play and replace the toy once it is worn or torn.",
            "Good for a young {pet} learning what they may chew."
            if stage in ("puppy", "kitten")
            else "",
        ],
    )
    title = (
        f"{brand} {model} {_t(kind)}{'' if 'cat' in kind else ' for Dogs' if pet == 'dog' else ' for Cats'}, {_t(material)}"
        + (f", {features[0].title()}" if features else "")
    )
    return _product(
        rng,
        title=title,
        category=f"{PT} > Pet Toys > {'Dog Toys' if pet == 'dog' else 'Cat Toys'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=9.9,
        hi=99 if kind not in ("ball track", "treat puzzle", "laser toy") else 139,
    )


def _leash(rng):
    brand = pick(rng, ["Tailtrail", "Barkbury", "Pawmeadow"])
    pet = _deal(rng, ["dog", "cat"], [5, 1])
    kind = (
        _deal(
            rng,
            [
                "no-pull harness",
                "step-in harness",
                "leash",
                "retractable leash",
                "collar",
                "harness and leash set",
            ],
        )
        if pet == "dog"
        else "harness and leash set"
    )
    breed = pick(rng, ["small", "medium", "large"]) if pet == "dog" else "all"
    size = (
        {
            "small": ["XS", "S", "M"],
            "medium": ["M", "L"],
            "large": ["L", "XL", "XXL"],
            "all": ["S", "M"],
        }[breed]
        if "harness" in kind or kind == "collar"
        else ["one size"]
    )
    material = pick(
        rng,
        ["nylon webbing", "pvc-coated webbing", "padded mesh", "leather"],
        [3, 1, 2, 1 if kind in ("collar", "leash") else 0],
    )
    length = {
        "leash": pick(rng, [1.2, 1.5, 2.0]),
        "retractable leash": pick(rng, [3, 5, 8]),
        "harness and leash set": 1.5,
    }.get(kind)
    no_pull = kind == "no-pull harness"
    features = (
        (["front clip"] if no_pull else [])
        + ["reflective stitching"]
        + some(
            rng,
            ["padded handle", "quick-release buckle", "id tag ring", "escape-proof"]
            if kind != "retractable leash"
            else ["one-button brake", "padded handle"],
            1,
            2,
        )
    )
    attrs = {
        "pet": pet,
        "item_type": kind,
        "breed_size": breed,
        "size": size,
        "material": material,
        "no_pull": _yn(no_pull),
        "reflective": "yes",
        "life_stage": "all life stages",
        "weight_kg": round(rng.uniform(0.08, 0.3), 2),
        "features": features,
    }
    if length:
        attrs["length_m"] = length
    model = pick(rng, ["Easy Walk", "City Stroll", "Trailmate", "Night Glow", "Heel", "Adventure"])
    f = dict(brand=brand, model=model, material=material, length=length, kind=kind, pet=pet)
    text = _say(
        rng,
        f,
        [
            "The {model} is a {material} {kind} for {pet}s"
            + (", {length} m long." if length else "."),
            "{brand}'s {model} {kind} is made of {material}, with reflective stitching for evening walks.",
        ],
        [
            "A front chest clip turns a pulling dog gently sideways, so walks get calmer without choking the neck."
            if no_pull
            else "",
            "Step in, clip over the back, done: good for dogs who hate things going over their head."
            if kind == "step-in harness"
            else "",
            "A retractable line gives freedom in the park; lock it short near roads."
            if kind == "retractable leash"
            else "",
            "A snug vest-style harness that cats find hard to wriggle out of; let them wear it indoors for a few days first."
            if pet == "cat"
            else "",
            "A fixed-length lead gives the most control on busy streets."
            if kind == "leash"
            else "",
            "Attach ID tags to the ring; a harness is kinder than a collar for walking a puller."
            if kind == "collar"
            else "",
        ],
        [
            "Measure the chest at its widest point and check the size chart before ordering."
            if size != ["one size"]
            else "",
            "Quick-release buckles open with one hand."
            if "quick-release buckle" in features
            else "",
            "A padded handle saves your palm when the dog lunges at a cat."
            if "padded handle" in features and pet == "dog"
            else "",
        ],
    )
    title = (
        f"{brand} {model} {_t(kind)} for {'Cats' if pet == 'cat' else breed.title() + ' Dogs'}, {_t(material)}"
        + (f", {length} m" if length else "")
        + ", Reflective"
    )
    lo, hi = {
        "no-pull harness": (59, 259),
        "step-in harness": (39, 149),
        "leash": (29, 129),
        "retractable leash": (49, 199),
        "collar": (19, 129),
        "harness and leash set": (39, 169),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{PT} > Leashes & Harnesses > {'Harnesses' if 'harness' in kind else 'Leashes & Collars'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def _pet_bed(rng):
    brand = pick(rng, ["Pawmeadow", "Whiskerwood", "Barkbury"])
    pet = _deal(rng, ["dog", "cat"], [3, 2])
    kind = (
        _deal(rng, ["donut", "bolster", "orthopedic", "elevated cot"])
        if pet == "dog"
        else _deal(rng, ["donut", "cave", "window perch"])
    )
    breed = pick(rng, ["small", "medium", "large"]) if pet == "dog" else "all"
    if kind == "orthopedic" and breed == "small":
        breed = "medium"
    size_cm = {
        "small": pick(rng, [50, 60]),
        "medium": pick(rng, [70, 80]),
        "large": pick(rng, [90, 100, 110]),
        "all": pick(rng, [45, 50, 55]),
    }[breed]
    material = {
        "donut": "faux fur plush",
        "bolster": "cotton canvas + plush",
        "orthopedic": "memory foam",
        "elevated cot": "breathable mesh",
        "cave": "felt",
        "window perch": "plush + suction cups",
    }[kind]
    stage = "senior" if kind == "orthopedic" else "all life stages"
    washable = kind != "window perch"
    features = (
        (["removable washable cover"] if washable else [])
        + (["non-slip base"] if kind != "window perch" else ["holds up to 20 kg"])
        + (["raised edges for head rest"] if kind in ("donut", "bolster") else [])
        + (["waterproof liner"] if kind == "orthopedic" else [])
    )
    weight = round(size_cm / 40 * rng.uniform(0.6, 1.0) * (2 if kind == "orthopedic" else 1), 1)
    attrs = {
        "pet": pet,
        "bed_type": kind,
        "breed_size": breed,
        "diameter_or_length_cm": size_cm,
        "material": material,
        "life_stage": stage,
        "machine_washable": _yn(washable),
        "weight_kg": weight,
        "features": features,
    }
    model = pick(rng, ["Cloud Nest", "Snooze", "Hideaway", "Sunspot", "Deep Sleep", "Cuddle"])
    f = dict(brand=brand, model=model, kind=kind, size=size_cm, material=material, pet=pet)
    text = _say(
        rng,
        f,
        [
            "The {model} is a {size} cm {kind} bed for {pet}s in {material}.",
            "{brand}'s {model} {kind} bed, {size} cm across, filled and covered in {material}.",
        ],
        [
            "Raised round edges give a curled-up sleeper something to lean on and feel safe."
            if kind in ("donut", "bolster")
            else "",
            "A thick memory-foam base spreads weight off sore hips and elbows, a kindness for older or large dogs."
            if kind == "orthopedic"
            else "",
            "Raised off the floor on a steel frame, it stays cool in summer and dry on a balcony."
            if kind == "elevated cot"
            else "",
            "A hooded felt cave for cats that like to hide and sleep in the dark."
            if kind == "cave"
            else "",
            "Suction cups hold it to a window so an indoor cat can watch birds all afternoon."
            if kind == "window perch"
            else "",
        ],
        [
            "The cover unzips for the washing machine." if washable else "",
            "Pick a bed a little longer than your pet stretched out asleep.",
        ],
    )
    title = f"{brand} {model} {_t(kind)} {'Dog' if pet == 'dog' else 'Cat'} Bed, {size_cm} cm" + (
        ", Washable Cover" if washable else ""
    )
    lo, hi = {
        "donut": (59, 259),
        "bolster": (79, 299),
        "orthopedic": (199, 699),
        "elevated cot": (79, 259),
        "cave": (49, 159),
        "window perch": (39, 129),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{PT} > Pet Beds > {'Dog Beds' if pet == 'dog' else 'Cat Beds'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def pets(rng):
    return _run(
        rng,
        [
            (_dog_food, 11),
            (_cat_food, 11),
            (_litter, 8),
            (_pet_toy, 10),
            (_leash, 8),
            (_pet_bed, 7),
        ],
    )


# --------------------------------------------------------------------------------------------
# Gifts
# shared keys: occasion, recipient, gift_wrap, personalisable, theme
# --------------------------------------------------------------------------------------------

GF = "Gifts"


def _gift_set(rng):
    brand = pick(rng, ["Jadeleaf", "Hearthnote", "Inkwell & Ivy"])
    kind = _deal(rng, ["tea", "spa", "grooming", "stationery", "coffee"], [3, 2, 2, 2, 1])
    spec = {
        "tea": (
            [
                "longjing green tea",
                "da hong pao oolong",
                "aged pu-erh cake",
                "celadon tea cups",
                "bamboo tea tray",
                "gaiwan",
            ],
            ["dad", "grandparent", "boss", "colleague", "teacher"],
            ["mid-autumn", "chinese new year", "father's day", "birthday", "thank you"],
            "chinese traditional",
            (199, 899),
            "Tea Gift Sets",
        ),
        "spa": (
            [
                "bath salts",
                "hand cream",
                "scented candle",
                "silk eye mask",
                "body lotion",
                "shower gel",
            ],
            ["mum", "partner", "friend", "colleague", "her"],
            ["birthday", "mother's day", "thank you", "christmas"],
            "floral",
            (129, 499),
            "Spa & Self-care Sets",
        ),
        "grooming": (
            [
                "beard oil",
                "stainless razor",
                "shaving brush",
                "after-shave balm",
                "travel wash bag",
                "grooming scissors",
            ],
            ["dad", "partner", "him", "boss"],
            ["father's day", "birthday", "anniversary", "christmas"],
            "classic",
            (159, 599),
            "Grooming Sets",
        ),
        "stationery": (
            [
                "notebook",
                "rollerball pen",
                "fountain pen",
                "brass bookmark",
                "desk organiser",
                "washi tape",
            ],
            ["colleague", "teacher", "friend", "boss", "dad"],
            ["farewell", "graduation", "thank you", "retirement", "birthday"],
            "minimalist",
            (99, 459),
            "Desk & Stationery Sets",
        ),
        "coffee": (
            [
                "single-origin yunnan beans",
                "pour-over dripper",
                "ceramic mug",
                "hand grinder",
                "filter papers",
            ],
            ["dad", "colleague", "friend", "partner"],
            ["birthday", "father's day", "housewarming", "thank you"],
            "minimalist",
            (149, 599),
            "Coffee Gift Sets",
        ),
    }[kind]
    pool, recipients, occasions, theme, (lo, hi), leaf = spec
    contents = some(rng, pool, 3, 5)
    personal = rng.random() < 0.35
    wrap = pick(rng, ["gift box", "gift box with ribbon", "kraft box"], [3, 2, 1])
    attrs = {
        "contents": contents,
        "items_count": len(contents),
        "occasion": some(rng, occasions, 2, 4),
        "recipient": some(rng, recipients, 2, 4),
        "gift_wrap": wrap,
        "personalisable": _yn(personal),
        "theme": theme if rng.random() < 0.7 else pick(rng, ["elegant", "nature", "vintage"]),
        "greeting_card": _yn(rng.random() < 0.7),
    }
    model = pick(
        rng,
        [
            "Quiet Afternoon",
            "Golden Hour",
            "Little Luxuries",
            "Gentleman's Kit",
            "Study Hall",
            "First Brew",
            "Moon Festival",
        ],
    )
    f = dict(
        brand=brand,
        model=model,
        n=len(contents),
        contents=_list(contents),
        wrap=wrap,
        rec=_whom(attrs["recipient"]),
        occ=_occ(attrs["occasion"]),
    )
    text = _say(
        rng,
        f,
        [
            "{brand}'s {model} set puts {contents} together in a {wrap}.",
            "A {n}-piece gift set: {contents}.",
        ],
        [
            "Every tea is sealed for freshness"
            + (
                "; the cups are fired celadon with a crackle glaze."
                if "celadon tea cups" in contents
                else ", ready to brew the day it arrives."
            )
            if kind == "tea"
            else "",
            "The scents are soft rather than sweet, so it suits most tastes."
            if kind == "spa"
            else "",
            "Grooming basics he will actually use, in a box that doubles as storage."
            if kind == "grooming"
            else "",
            "Desk things people actually use, in calm neutral colours."
            if kind == "stationery"
            else "",
            "Beans are roasted to order in Yunnan, so they arrive fresh."
            if kind == "coffee"
            else "",
        ],
        [
            "A thoughtful pick for {rec}.",
            "Popular for {occ}.",
            "Add a name or short message on the lid at checkout." if personal else "",
            "A blank greeting card is tucked inside for your message."
            if attrs["greeting_card"] == "yes"
            else "",
        ],
    )
    title = f"{brand} {model} {leaf[:-1]}, {len(contents)} Pieces, {_t(wrap)}"
    return _product(
        rng,
        title=title,
        category=f"{GF} > Gift Sets > {leaf}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def _card(rng):
    brand = pick(rng, ["Paper Lantern Studio", "Inkwell & Ivy", "Hearthnote"])
    kind = _deal(
        rng,
        ["birthday", "farewell", "wedding", "new baby", "thank you", "retirement"],
        [3, 2, 2, 2, 2, 1],
    )
    big = kind in ("farewell", "retirement") and _deal(rng, [True, False], [2, 1])
    size = "a4 jumbo" if big else pick(rng, ["a6", "5 x 7 inch", "square 15 cm"])
    blank = rng.random() < 0.6
    theme = _deal(
        rng,
        {
            "birthday": ["cute", "humour", "floral", "minimalist"],
            "farewell": ["humour", "minimalist"],
            "wedding": ["elegant", "floral", "chinese traditional"],
            "new baby": ["cute", "nature", "minimalist"],
            "thank you": ["floral", "minimalist", "nature"],
            "retirement": ["humour", "nature", "classic"],
        }[kind],
    )
    recipients = {
        "birthday": ["friend", "partner", "mum", "dad", "colleague"],
        "farewell": ["colleague", "boss", "friend"],
        "wedding": ["couple", "friend"],
        "new baby": ["new parents", "friend", "colleague"],
        "thank you": ["teacher", "colleague", "friend"],
        "retirement": ["colleague", "boss"],
    }[kind]
    occasion = {
        "birthday": ["birthday"],
        "farewell": ["farewell", "new job", "leaving"],
        "wedding": ["wedding", "engagement"],
        "new baby": ["new baby"],
        "thank you": ["thank you", "teachers' day"],
        "retirement": ["retirement", "farewell"],
    }[kind]
    paper = pick(
        rng, ["350 gsm textured card", "300 gsm recycled card", "pearl card with gold foil"]
    )
    pack = 1 if big else pick(rng, [1, 1, 5, 10])
    attrs = {
        "card_occasion": kind,
        "occasion": occasion,
        "recipient": some(rng, recipients, 1, 3),
        "card_size": size,
        "blank_inside": _yn(blank),
        "paper": paper,
        "pack_count": pack,
        "gift_wrap": "envelope",
        "personalisable": _yn(big or rng.random() < 0.3),
        "theme": theme,
    }
    design = pick(
        rng,
        {
            "birthday": ["Cake & Candles", "Party Cat", "Wildflower"],
            "farewell": ["So Long", "Paper Plane", "New Horizons"],
            "wedding": ["Double Happiness", "Gilded Vows", "Peony"],
            "new baby": ["Little Star", "Tiny Feet", "Hello World"],
            "thank you": ["Sprig", "Warm Thanks", "Ginkgo"],
            "retirement": ["Gone Fishing", "Happy Trails", "Finally Free"],
        }[kind],
    )
    f = dict(brand=brand, design=design, size=size, paper=paper, pack=pack, theme=theme, kind=kind)
    text = _say(
        rng,
        f,
        [
            "A {kind} card from {brand}'s {design} design, printed on {paper}.",
            "{brand} {design}: a {theme} {kind} card, {size}, with envelope.",
        ],
        [
            "The jumbo A4 size leaves room for a whole office to sign and add a line each."
            if big
            else "",
            "Left blank inside for your own words."
            if blank
            else "A short printed greeting inside leaves space to add your own line.",
            "Sold as a pack of {pack} with matching envelopes." if pack > 1 else "",
        ],
        [
            "Gold foil catches the light when the card stands on a shelf."
            if "foil" in paper
            else "",
            "Printed on recycled board with soy inks." if "recycled" in paper else "",
            "Add a name on the front for a small fee." if attrs["personalisable"] == "yes" else "",
        ],
    )
    title = (
        f"{brand} {design} {_t(kind)} Card"
        + (" (Jumbo A4, for Group Signing)" if big else f", {_t(size)}")
        + (f", Pack of {pack}" if pack > 1 else "")
        + (", Blank Inside" if blank else "")
    )
    lo = 9.9 if pack == 1 and not big else 19
    return _product(
        rng,
        title=title,
        category=f"{GF} > Greeting Cards > {_t(kind).replace('Thank You', 'Thank-You').replace('New Baby', 'New Baby')} Cards",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=lo * 3.5,
    )


def _keepsake(rng):
    brand = pick(rng, ["Hearthnote", "Jadeleaf", "Paper Lantern Studio"])
    kind = _deal(
        rng, ["photo frame", "memory box", "engraved plaque", "baby handprint kit", "music box"]
    )
    material = {
        "photo frame": pick(rng, ["walnut", "oak", "brass"]),
        "memory box": pick(rng, ["walnut", "paulownia wood", "linen-covered board"]),
        "engraved plaque": pick(rng, ["crystal glass", "walnut", "acrylic"]),
        "baby handprint kit": "clay + oak frame",
        "music box": pick(rng, ["walnut", "beech wood"]),
    }[kind]
    recipients = {
        "photo frame": ["couple", "mum", "dad", "grandparent"],
        "memory box": ["new parents", "couple", "partner"],
        "engraved plaque": ["colleague", "boss", "teacher", "dad"],
        "baby handprint kit": ["new parents"],
        "music box": ["partner", "her", "friend", "kids"],
    }[kind]
    occasions = {
        "photo frame": ["wedding", "anniversary", "father's day", "mother's day"],
        "memory box": ["new baby", "wedding", "anniversary"],
        "engraved plaque": ["retirement", "farewell", "graduation", "thank you"],
        "baby handprint kit": ["new baby", "baby shower"],
        "music box": ["birthday", "anniversary", "christmas"],
    }[kind]
    attrs = {
        "keepsake_type": kind,
        "material": material,
        "occasion": some(rng, occasions, 2, 3),
        "recipient": some(rng, recipients, 1, 3),
        "gift_wrap": pick(rng, ["gift box", "gift bag"]),
        "personalisable": "yes",
        "personalisation": "laser engraving"
        if kind != "baby handprint kit"
        else "imprint + engraved name plate",
        "theme": pick(rng, ["classic", "minimalist", "vintage", "elegant"]),
    }
    model = pick(rng, ["Heirloom", "Keepsafe", "Milestone", "Forever", "Little Moments", "Memento"])
    f = dict(brand=brand, model=model, kind=kind, material=material, rec=_whom(attrs["recipient"]))
    text = _say(
        rng,
        f,
        [
            "The {model} is a {material} {kind} that we engrave with your names, date or a short line.",
            "{brand}'s {model} {kind} in {material}, made to keep for years.",
        ],
        [
            "Takes a 6 x 4 inch photo behind real glass." if kind == "photo frame" else "",
            "Lined compartments hold a hospital band, first shoes and letters."
            if kind == "memory box"
            else "",
            "A polished plaque for a desk or shelf; engrave a thank-you and the years served."
            if kind == "engraved plaque"
            else "",
            "Press your baby's hand or foot into the air-dry clay and frame it beside a photo."
            if kind == "baby handprint kit"
            else "",
            "A wind-up movement plays a classic tune when the lid opens."
            if kind == "music box"
            else "",
        ],
        [
            "A keepsake for {rec}.",
            "Allow two to three days for engraving before dispatch.",
            "Proof your spelling carefully: engraved text cannot be changed.",
        ],
    )
    title = f"{brand} {model} Personalised {_t(material)} {_t(kind)}, Engraved"
    lo, hi = {
        "photo frame": (69, 299),
        "memory box": (99, 399),
        "engraved plaque": (89, 459),
        "baby handprint kit": (79, 229),
        "music box": (89, 359),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{GF} > Keepsakes > {_t(kind)}s".replace("Kits", "Kits")
        .replace("Boxs", "Boxes")
        .replace("Music Boxs", "Music Boxes"),
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def _flowers(rng):
    brand = pick(rng, ["Bloomtale", "Jadeleaf"])
    kind = _deal(
        rng,
        [
            "preserved rose dome",
            "money tree",
            "phalaenopsis orchid",
            "lucky bamboo",
            "succulent trio",
            "dried flower bouquet",
            "peace lily",
        ],
    )
    care = {
        "preserved rose dome": "none",
        "money tree": "easy",
        "phalaenopsis orchid": "moderate",
        "lucky bamboo": "easy",
        "succulent trio": "easy",
        "dried flower bouquet": "none",
        "peace lily": "easy",
    }[kind]
    leaf = (
        "Preserved & Dried Flowers"
        if kind in ("preserved rose dome", "dried flower bouquet")
        else "Potted Plants"
    )
    lasts = {"preserved rose dome": "2-3 years", "dried flower bouquet": "1-2 years"}.get(
        kind, "years with care"
    )
    occasions = {
        "preserved rose dome": ["anniversary", "valentine's day", "birthday"],
        "money tree": ["housewarming", "new job", "opening"],
        "phalaenopsis orchid": ["chinese new year", "mother's day", "housewarming"],
        "lucky bamboo": ["housewarming", "new job", "farewell"],
        "succulent trio": ["farewell", "thank you", "birthday"],
        "dried flower bouquet": ["birthday", "thank you", "graduation"],
        "peace lily": ["housewarming", "sympathy", "thank you"],
    }[kind]
    recipients = {
        "preserved rose dome": ["partner", "her"],
        "money tree": ["boss", "colleague", "friend"],
        "phalaenopsis orchid": ["mum", "grandparent", "boss"],
        "lucky bamboo": ["colleague", "friend", "dad"],
        "succulent trio": ["colleague", "friend", "teacher"],
        "dried flower bouquet": ["friend", "her", "teacher"],
        "peace lily": ["friend", "mum", "colleague"],
    }[kind]
    pot = (
        pick(rng, ["white ceramic pot", "glazed celadon pot", "terracotta pot"])
        if leaf == "Potted Plants"
        else ("glass dome" if kind == "preserved rose dome" else "kraft paper wrap")
    )
    color = (
        pick(rng, ["red", "pink", "white", "blue", "purple"])
        if kind == "preserved rose dome"
        else None
    )
    attrs = {
        "plant": kind,
        "care_level": care,
        "lasts": lasts,
        "material": pot,
        "occasion": some(rng, occasions, 2, 3),
        "recipient": some(rng, recipients, 1, 3),
        "gift_wrap": pick(rng, ["gift box", "gift bag", "ribbon wrap"]),
        "personalisable": _yn(rng.random() < 0.5),
        "theme": "nature" if leaf == "Potted Plants" else pick(rng, ["elegant", "floral"]),
        "delivery": pick(rng, ["next day", "2-3 days"]),
    }
    if color:
        attrs["flower_colour"] = color
    model = pick(
        rng, ["Evergreen", "Bloom Box", "Prosperity", "Serenity", "Little Garden", "Eternal"]
    )
    f = dict(
        brand=brand,
        model=model,
        kind=kind,
        pot=pot,
        lasts=lasts,
        occ=_occ(attrs["occasion"]),
        color=color,
    )
    text = _say(
        rng,
        f,
        [
            "{brand}'s {model}: a {kind} in a {pot}, delivered ready to give.",
            "A {kind} from {brand}, shipped in a {pot}.",
        ],
        [
            "Real {color} roses preserved to keep their colour and shape for {lasts} without water."
            if kind == "preserved rose dome"
            else "",
            "The braided money tree is a traditional wish for prosperity at a new home or business."
            if kind == "money tree"
            else "",
            "Orchids flower for two to three months; water once a week by soaking the roots for ten minutes."
            if kind == "phalaenopsis orchid"
            else "",
            "Lucky bamboo lives in a dish of water in low light, ideal for an office desk."
            if kind == "lucky bamboo"
            else "",
            "Three small succulents that need water only every two weeks."
            if kind == "succulent trio"
            else "",
            "Air-dried flowers keep their muted tones for {lasts}; keep out of direct sun."
            if kind == "dried flower bouquet"
            else "",
            "Peace lilies tolerate shade and droop to tell you when they need water."
            if kind == "peace lily"
            else "",
        ],
        [
            "A favourite for {occ}.",
            "A small card with your message goes in free.",
        ],
    )
    title = (
        f"{brand} {model} {_t(kind)}"
        + (f", {color.title()}" if color else "")
        + f", {_t(pot)}, Gift Ready"
    )
    lo, hi = {
        "preserved rose dome": (129, 459),
        "money tree": (89, 399),
        "phalaenopsis orchid": (159, 599),
        "lucky bamboo": (39, 159),
        "succulent trio": (49, 149),
        "dried flower bouquet": (69, 259),
        "peace lily": (59, 199),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{GF} > Flowers & Plants > {leaf}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def _personalised(rng):
    brand = pick(rng, ["Inkwell & Ivy", "Hearthnote", "Paper Lantern Studio"])
    kind = _deal(
        rng,
        [
            "engraved pen",
            "custom photo mug",
            "engraved leather wallet",
            "star map print",
            "embroidered bathrobe",
            "engraved whisky glass",
            "photo book",
        ],
    )
    method = {
        "engraved pen": "laser engraving",
        "custom photo mug": "photo printing",
        "engraved leather wallet": "debossing",
        "star map print": "printing",
        "embroidered bathrobe": "embroidery",
        "engraved whisky glass": "laser engraving",
        "photo book": "photo printing",
    }[kind]
    material = {
        "engraved pen": pick(rng, ["brass", "aluminium", "walnut"]),
        "custom photo mug": "ceramic",
        "engraved leather wallet": "full-grain leather",
        "star map print": "archival paper + oak frame",
        "embroidered bathrobe": "cotton waffle",
        "engraved whisky glass": "crystal glass",
        "photo book": "hardcover linen",
    }[kind]
    recipients = {
        "engraved pen": ["dad", "colleague", "boss", "teacher"],
        "custom photo mug": ["dad", "mum", "friend", "grandparent"],
        "engraved leather wallet": ["dad", "partner", "him"],
        "star map print": ["partner", "couple"],
        "embroidered bathrobe": ["couple", "mum", "partner"],
        "engraved whisky glass": ["dad", "him", "boss"],
        "photo book": ["grandparent", "partner", "mum", "dad"],
    }[kind]
    occasions = {
        "engraved pen": ["graduation", "retirement", "farewell", "father's day"],
        "custom photo mug": ["birthday", "father's day", "mother's day"],
        "engraved leather wallet": ["father's day", "birthday", "anniversary"],
        "star map print": ["anniversary", "wedding", "valentine's day"],
        "embroidered bathrobe": ["wedding", "anniversary", "birthday"],
        "engraved whisky glass": ["father's day", "birthday", "retirement"],
        "photo book": ["anniversary", "christmas", "birthday"],
    }[kind]
    chars = {"custom photo mug": 40, "star map print": 60, "photo book": 0}.get(
        kind, pick(rng, [12, 15, 20, 25])
    )
    days = pick(rng, [1, 2, 3, 5])
    attrs = {
        "item": kind,
        "material": material,
        "personalisation": method,
        "max_characters": chars,
        "production_days": days,
        "occasion": some(rng, occasions, 2, 3),
        "recipient": some(rng, recipients, 1, 3),
        "personalisable": "yes",
        "gift_wrap": pick(rng, ["gift box", "gift box with ribbon"]),
        "theme": pick(rng, ["classic", "minimalist", "elegant"]),
    }
    model = pick(
        rng, ["Signature", "Monogram", "Your Words", "Namesake", "Heritage", "Constellation"]
    )
    f = dict(
        brand=brand,
        model=model,
        kind=kind,
        material=material,
        method=method,
        chars=chars,
        days=days,
        rec=_whom(attrs["recipient"]),
    )
    text = _say(
        rng,
        f,
        [
            "The {model} {kind} in {material}, finished with your text by {method}.",
            "{brand} personalises this {material} {kind} by {method}, up to {chars} characters."
            if chars
            else "{brand} prints this {material} {kind} with your own photos and captions.",
        ],
        [
            "A weighty pen with a smooth refill; engrave a name along the barrel."
            if kind == "engraved pen"
            else "",
            "Upload a photo at checkout; the print is dishwasher-safe."
            if kind == "custom photo mug"
            else "",
            "Initials are pressed into the leather, which ages to a deep shine."
            if kind == "engraved leather wallet"
            else "",
            "Shows the night sky exactly as it was over your city on the date you choose."
            if kind == "star map print"
            else "",
            "Names or initials are stitched on the chest in thread of your choice."
            if kind == "embroidered bathrobe"
            else "",
            "A heavy-based tumbler with a name or date etched into the glass."
            if kind == "engraved whisky glass"
            else "",
            "Build the book online from up to 60 photos; pages are printed on thick matte paper."
            if kind == "photo book"
            else "",
        ],
        [
            "Made to order and dispatched in about {days} working day"
            + ("s." if days > 1 else "."),
            "Chosen by shoppers buying for {rec}.",
            "Send us a preview request if you want to see the layout first.",
        ],
    )
    title = f"{brand} {model} Personalised {_t(kind)}, {_t(material)}, {_t(method)}"
    lo, hi = {
        "engraved pen": (49, 299),
        "custom photo mug": (39, 99),
        "engraved leather wallet": (129, 459),
        "star map print": (99, 299),
        "embroidered bathrobe": (159, 459),
        "engraved whisky glass": (69, 229),
        "photo book": (99, 359),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{GF} > Personalised Gifts > {_t(kind)}s".replace("Glasss", "Glasses"),
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def gifts(rng):
    return _run(
        rng, [(_gift_set, 11), (_card, 12), (_keepsake, 9), (_flowers, 9), (_personalised, 10)]
    )


# --------------------------------------------------------------------------------------------
# Sports & Fitness
# shared keys: material, level, use, features
# --------------------------------------------------------------------------------------------

SF = "Sports & Fitness"


def _yoga_mat(rng):
    brand = pick(rng, ["Lotusform", "Flexora", "Stridewell"])
    material = _deal(
        rng, ["tpe", "natural rubber", "pu + rubber", "nbr", "cork + rubber"], [4, 2, 2, 2, 1]
    )
    thickness = {
        "tpe": pick(rng, [6, 8]),
        "natural rubber": pick(rng, [4, 5]),
        "pu + rubber": pick(rng, [4, 5]),
        "nbr": pick(rng, [10, 15]),
        "cork + rubber": pick(rng, [4, 5]),
    }[material]
    if rng.random() < 0.12:
        thickness, material = 1.5, pick(rng, ["natural rubber", "tpe"])
    length = pick(rng, [183, 185]) if thickness != 1.5 else 183
    width = pick(rng, [61, 66, 68, 80], [3, 2, 1, 1]) if thickness != 1.5 else 61
    density = {
        "tpe": 0.14,
        "natural rubber": 0.55,
        "pu + rubber": 0.6,
        "nbr": 0.09,
        "cork + rubber": 0.5,
    }
    weight = round(length * width * thickness / 10 * density[material] / 1000, 1)
    grip = {
        "pu + rubber": "wet grip",
        "natural rubber": "dry grip",
        "cork + rubber": "wet grip",
    }.get(material, "dry grip")
    level = (
        "all levels" if thickness in (4, 5, 6) else "beginner" if thickness >= 8 else "intermediate"
    )
    use = (
        ["yoga", "pilates"]
        + (
            ["floor exercise", "sit-ups"]
            if thickness >= 8
            else ["hot yoga"]
            if grip == "wet grip"
            else ["stretching"]
        )
        + (["travel"] if thickness == 1.5 else [])
    )
    color = pick(rng, ["purple", "black", "green", "blue", "pink", "grey", "beige"])
    features = (
        (["alignment lines"] if rng.random() < 0.5 else [])
        + ["carry strap"]
        + (["double-sided texture"] if material == "tpe" else [])
        + (["latex-free"] if material in ("tpe", "nbr", "pu + rubber") else [])
        + (["foldable"] if thickness == 1.5 else [])
    )
    attrs = {
        "material": material,
        "thickness_mm": thickness,
        "length_cm": length,
        "width_cm": width,
        "weight_kg": weight,
        "grip": grip,
        "level": level,
        "use": use,
        "color": color,
        "features": features,
    }
    model = pick(
        rng, ["Balance", "Sun Salute", "Lotus Pro", "Groundwork", "Flow", "Travel Lite", "Zen"]
    )
    f = dict(
        brand=brand,
        model=model,
        mat=material,
        thick=thickness,
        length=length,
        width=width,
        weight=weight,
        color=color,
    )
    text = _say(
        rng,
        f,
        [
            "The {model} is a {thick} mm {mat} yoga mat, {length} x {width} cm, in {color}.",
            "{brand}'s {color} {model} mat: {mat}, {thick} mm thick and {weight} kg to carry.",
        ],
        [
            "Natural rubber grips best when dry and is heavier; it smells of rubber for the first week, so air it out."
            if material == "natural rubber"
            else "",
            "A PU top layer soaks up sweat and stays grippy in hot yoga; wipe it after every class to stop it staining."
            if material == "pu + rubber"
            else "",
            "TPE is light, latex-free and cheaper than rubber, a good first mat."
            if material == "tpe"
            else "",
            "Thick NBR foam cushions knees and spine for sit-ups and floor work, but is too soft for balancing poses."
            if material == "nbr"
            else "",
            "Cork gets grippier as it gets damp and resists odour naturally."
            if material == "cork + rubber"
            else "",
            "At 1.5 mm it folds into a suitcase; lay it over a hotel carpet or a studio mat."
            if thickness == 1.5
            else "",
        ],
        [
            "Printed alignment lines help you place hands and feet evenly."
            if "alignment lines" in features
            else "",
            "The {width} cm width gives broad shoulders room in every pose." if width >= 68 else "",
            "Roll it with the top side out so the edges lie flat.",
        ],
    )
    title = (
        f"{brand} {model} {thickness} mm {_t(material)} Yoga Mat, {length} x {width} cm"
        + (", Non-Slip" if grip == "wet grip" else "")
        + f", {color.title()}"
    )
    lo, hi = {
        "tpe": (49, 169),
        "natural rubber": (199, 599),
        "pu + rubber": (249, 699),
        "nbr": (39, 119),
        "cork + rubber": (199, 499),
    }[material]
    return _product(
        rng,
        title=title,
        category=f"{SF} > Yoga Mats > {'Travel Yoga Mats' if thickness == 1.5 else 'Yoga Mats'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        pop=1.5,
    )


def _dumbbells(rng):
    brand = pick(rng, ["Ironbirch", "Flexora"])
    kind = _deal(rng, ["adjustable", "hex", "neoprene", "chrome"], [2, 3, 3, 1])
    if kind == "adjustable":
        top = pick(rng, [20, 24, 32, 40])
        weight, label, sold = top, f"2.5-{top} kg", pick(rng, ["single", "pair"])
    elif kind == "hex":
        weight = pick(rng, [2.5, 5, 7.5, 10, 12.5, 15, 20])
        label, sold = f"{weight} kg", "pair"
    elif kind == "neoprene":
        weight = pick(rng, [1, 2, 3, 4, 5])
        label, sold = f"{weight} kg", "pair"
    else:
        weight = pick(rng, [2, 4, 6, 8, 10])
        label, sold = f"{weight} kg", "pair"
    material = {
        "adjustable": "steel plates + abs",
        "hex": "cast iron + rubber",
        "neoprene": "cast iron + neoprene",
        "chrome": "chrome-plated steel",
    }[kind]
    level = (
        "beginner"
        if kind == "neoprene" or weight <= 5
        else "intermediate"
        if weight <= 15
        else "advanced"
    )
    if kind == "adjustable":
        level = "all levels"
    use = ["strength training", "home gym"] + (
        ["aerobics", "toning"]
        if kind == "neoprene"
        else ["weightlifting"]
        if weight >= 10
        else ["toning"]
    )
    features = {
        "adjustable": ["dial selector", "storage tray", "replaces 15 pairs"],
        "hex": ["anti-roll hex heads", "knurled handle"],
        "neoprene": ["colour-coded by weight", "non-slip coating"],
        "chrome": ["knurled handle", "rack included" if rng.random() < 0.4 else "compact"],
    }[kind]
    attrs = {
        "dumbbell_type": kind,
        "weight_kg": weight,
        "weight_range": label,
        "sold_as": sold,
        "material": material,
        "level": level,
        "use": use,
        "features": features,
    }
    model = pick(rng, ["Dial Pro", "Core", "Homeforge", "Rebar", "Tonewell", "Foundry"])
    f = dict(brand=brand, model=model, label=label, sold=sold, material=material)
    text = _say(
        rng,
        f,
        [
            "{brand} {model} "
            + ("adjustable dumbbell" if kind == "adjustable" else f"{kind} dumbbells")
            + ", {label}"
            + (
                ", sold " + ("as a pair." if sold == "pair" else "individually.")
                if kind == "adjustable"
                else " each, sold as a pair."
            ),
            "A {sold} of {label} dumbbells in {material}."
            if kind != "adjustable"
            else "An adjustable dumbbell covering {label}, sold "
            + ("as a pair." if sold == "pair" else "individually."),
        ],
        [
            "Turn the dial to pick a weight; the unused plates stay in the tray, so one dumbbell does the job of a rack."
            if kind == "adjustable"
            else "",
            "Hex heads stop them rolling across the floor between sets, and the rubber protects the floor."
            if kind == "hex"
            else "",
            "Light, soft-coated and colour-coded, for toning and aerobics classes at home."
            if kind == "neoprene"
            else "",
            "Chrome handles are knurled so they don't slip in sweaty hands."
            if kind == "chrome"
            else "",
        ],
        [
            "Start with a weight you can lift with good form for 10 to 12 reps.",
            "Put a mat under them if you train on a wooden floor." if kind != "neoprene" else "",
        ],
    )
    title = f"{brand} {model} " + (
        f"Adjustable Dumbbell{'s' if sold == 'pair' else ''} {label}, {'Pair' if sold == 'pair' else 'Single'}"
        if kind == "adjustable"
        else f"{_t(kind)} Dumbbells, {label} x 2"
    )
    lo, hi = {"adjustable": (599, 1899), "hex": (15, 30), "neoprene": (20, 40), "chrome": (22, 45)}[
        kind
    ]
    if kind != "adjustable":
        lo, hi = lo * weight * 2 + 29, hi * weight * 2 + 49
    else:
        lo, hi = (
            lo * (2 if sold == "pair" else 1) * weight / 24,
            hi * (2 if sold == "pair" else 1) * weight / 24,
        )
    return _product(
        rng,
        title=title,
        category=f"{SF} > Dumbbells > {'Adjustable Dumbbells' if kind == 'adjustable' else 'Fixed Dumbbells'}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def _bands(rng):
    brand = pick(rng, ["Flexora", "Stridewell", "Lotusform"])
    kind = _deal(
        rng, ["loop bands", "tube bands with handles", "long power bands", "fabric hip bands"]
    )
    levels = {
        "loop bands": ["x-light", "light", "medium", "heavy", "x-heavy"],
        "tube bands with handles": ["light", "medium", "heavy", "x-heavy"],
        "long power bands": ["light", "medium", "heavy"],
        "fabric hip bands": ["light", "medium", "heavy"],
    }[kind]
    levels = levels if rng.random() < 0.6 else levels[:3]
    max_kg = {
        "loop bands": 18,
        "tube bands with handles": 45,
        "long power bands": 60,
        "fabric hip bands": 30,
    }[kind] * (1 if "x-heavy" in levels else 0.6)
    material = {
        "loop bands": "natural latex",
        "tube bands with handles": pick(rng, ["natural latex", "tpe"]),
        "long power bands": "natural latex",
        "fabric hip bands": "polyester-cotton + latex grip",
    }[kind]
    use = {
        "loop bands": ["physio & rehab", "stretching", "glutes"],
        "tube bands with handles": ["strength training", "home gym"],
        "long power bands": ["pull-up assistance", "strength training", "stretching"],
        "fabric hip bands": ["glutes", "squats", "home gym"],
    }[kind]
    level = "beginner" if kind in ("loop bands", "fabric hip bands") else "all levels"
    features = some(
        rng,
        {
            "tube bands with handles": [
                "door anchor",
                "ankle straps",
                "carry bag",
                "exercise guide",
            ]
        }.get(kind, ["carry bag", "exercise guide"]),
        1,
        3,
    )
    if kind == "fabric hip bands":
        features.append("won't roll up")
    attrs = {
        "band_type": kind,
        "resistance_levels": levels,
        "max_resistance_kg": int(max_kg),
        "pieces": len(levels),
        "material": material,
        "level": level,
        "use": use,
        "weight_kg": round(0.1 * len(levels) * rng.uniform(0.8, 2.0), 2),
        "features": features,
    }
    model = pick(
        rng, ["Stretchwell", "Power Loop", "Glute Lab", "Rehab Kit", "Tension", "Anywhere Gym"]
    )
    f = dict(
        brand=brand,
        model=model,
        kind=kind,
        n=len(levels),
        levels=_list(levels),
        max=int(max_kg),
        material=material,
    )
    text = _say(
        rng,
        f,
        [
            "A set of {n} {kind} from {brand}, covering {levels} resistance.",
            "{brand}'s {model} {kind} in {material}, up to about {max} kg of resistance.",
        ],
        [
            "Small loops sit around knees or ankles for glute bridges, side steps and physio exercises."
            if kind == "loop bands"
            else "",
            "Clip the tubes to the handles, shut the anchor in a door and you have a cable machine for rows and presses."
            if kind == "tube bands with handles"
            else "",
            "Loop a long band over a pull-up bar to take weight off until you can do full reps."
            if kind == "long power bands"
            else "",
            "Fabric bands grip your thighs and do not roll up or pinch during squats."
            if kind == "fabric hip bands"
            else "",
        ],
        [
            "Not suitable for people with a latex allergy."
            if "latex" in material and "fabric" not in kind
            else "",
            "Check for nicks before each use and store out of the sun.",
            "Start on the lightest band and move up when 15 reps feel easy.",
        ],
    )
    title = f"{brand} {model} {_t(kind)} Set of {len(levels)}, {_t(material)}" + (
        ", Door Anchor" if "door anchor" in features else ""
    )
    lo, hi = {
        "loop bands": (19, 79),
        "tube bands with handles": (59, 199),
        "long power bands": (49, 179),
        "fabric hip bands": (39, 129),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{SF} > Resistance Bands > {_t(kind).replace(' with Handles', '')}",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def _jump_rope(rng):
    brand = pick(rng, ["Jumpline", "Stridewell", "Ironbirch"])
    kind = _deal(rng, ["speed", "weighted", "beaded", "cordless"], [3, 2, 2, 2])
    cable = {
        "speed": "pvc-coated steel cable",
        "weighted": "pvc rope",
        "beaded": "pvc beads on nylon cord",
        "cordless": "none (weighted balls)",
    }[kind]
    handle = pick(rng, ["aluminium", "abs", "foam-grip abs"]) if kind != "beaded" else "abs"
    counter = kind == "cordless" or rng.random() < 0.35
    weight = round(
        {"speed": 0.15, "weighted": rng.choice([0.5, 0.7, 1.0]), "beaded": 0.25, "cordless": 0.3}[
            kind
        ],
        2,
    )
    level = {
        "speed": "intermediate",
        "weighted": "advanced" if weight >= 0.7 else "intermediate",
        "beaded": "beginner",
        "cordless": "beginner",
    }[kind]
    use = {
        "speed": ["cardio", "double-unders", "hiit"],
        "weighted": ["cardio", "boxing", "strength training"],
        "beaded": ["cardio", "freestyle tricks"],
        "cordless": ["cardio", "indoor small spaces"],
    }[kind]
    features = (
        ["adjustable length"]
        + (["digital counter"] if counter else [])
        + (["ball-bearing handles"] if kind in ("speed", "weighted") else [])
        + (["spare cable"] if kind == "speed" and rng.random() < 0.5 else [])
    )
    attrs = {
        "rope_type": kind,
        "material": cable,
        "handle": handle,
        "weight_kg": weight,
        "level": level,
        "use": use,
        "counter": _yn(counter),
        "features": features,
    }
    model = pick(rng, ["Skipper", "Whip", "Double Under", "Heavy Hitter", "Rhythm", "Spin"])
    f = dict(brand=brand, model=model, kind=kind, handle=handle, weight=weight, cable=cable)
    text = _say(
        rng,
        f,
        [
            "The {model} is a {kind} jump rope with {handle} handles.",
            "{brand}'s {model} {kind} skipping rope, {weight} kg in total.",
        ],
        [
            "A thin steel cable on bearings spins fast enough for double-unders."
            if kind == "speed"
            else "",
            "A {weight} kg rope works shoulders and forearms and slows the rhythm down, good for learning timing."
            if kind == "weighted"
            else "",
            "Plastic beads hold their shape and make a steady click that helps beginners find the rhythm."
            if kind == "beaded"
            else "",
            "Weighted balls replace the rope, so you can skip indoors under a low ceiling without hitting anything."
            if kind == "cordless"
            else "",
        ],
        [
            "A counter in the handle tallies jumps and estimated calories." if counter else "",
            "Adjust the length so the handles reach your armpits when you stand on the middle.",
            "Skip on wood, rubber or a mat rather than concrete to save your knees and the cable.",
        ],
    )
    title = (
        f"{brand} {model} {_t(kind)} Jump Rope, {_t(handle)} Handles"
        + (", Digital Counter" if counter else "")
        + (f", {weight} kg" if kind == "weighted" else "")
    )
    lo, hi = {"speed": (29, 169), "weighted": (49, 199), "beaded": (25, 89), "cordless": (39, 129)}[
        kind
    ]
    return _product(
        rng,
        title=title,
        category=f"{SF} > Jump Ropes > {_t(kind)} Ropes",
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
    )


def _sportswear(rng):
    brand = pick(rng, ["Stridewell", "Lotusform", "Flexora"])
    kind = _deal(
        rng,
        ["leggings", "sports bra", "running top", "training shorts", "track jacket"],
        [3, 2, 3, 2, 1],
    )
    gender = {
        "leggings": pick(rng, ["women", "women", "men"]),
        "sports bra": "women",
        "running top": pick(rng, ["men", "women", "unisex"]),
        "training shorts": pick(rng, ["men", "women"]),
        "track jacket": pick(rng, ["men", "women", "unisex"]),
    }[kind]
    material = pick(
        rng,
        {
            "leggings": ["nylon-spandex", "polyester-spandex"],
            "sports bra": ["nylon-spandex", "polyester-spandex"],
            "running top": ["recycled polyester", "polyester mesh", "merino blend"],
            "training shorts": ["polyester", "nylon-spandex"],
            "track jacket": ["polyester", "recycled polyester"],
        }[kind],
    )
    fit = {
        "leggings": "compression"
        if gender == "men"
        else pick(rng, ["compression", "high-waist slim"]),
        "sports bra": "close fit",
        "running top": pick(rng, ["slim", "regular"]),
        "training shorts": pick(rng, ["regular", "loose"]),
        "track jacket": "regular",
    }[kind]
    color = pick(
        rng,
        ["black", "navy", "grey", "green", "pink", "blue", "burgundy", "white"],
        [4, 2, 2, 1, 1, 1, 1, 1],
    )
    sizes = (
        ["XS", "S", "M", "L", "XL"]
        if gender == "women"
        else ["S", "M", "L", "XL", "XXL"]
        if gender == "men"
        else ["S", "M", "L", "XL"]
    )
    use = {
        "leggings": ["yoga", "gym", "running"],
        "sports bra": ["yoga", "running", "gym"],
        "running top": ["running", "gym"],
        "training shorts": ["gym", "running"],
        "track jacket": ["running", "warm-up", "travel"],
    }[kind]
    support = pick(rng, ["low", "medium", "high"]) if kind == "sports bra" else None
    features = some(
        rng,
        {
            "leggings": ["squat-proof", "side pockets", "high waist", "quick-dry"],
            "sports bra": ["removable pads", "racerback", "quick-dry"],
            "running top": ["quick-dry", "reflective details", "anti-odour", "thumb holes"],
            "training shorts": ["quick-dry", "zip pocket", "built-in liner"],
            "track jacket": ["full zip", "zip pockets", "reflective details"],
        }[kind],
        2,
        3,
    )
    attrs = {
        "garment": kind,
        "color": color,
        "gender": gender,
        "size": sizes,
        "material": material,
        "fit": fit,
        "level": "all levels",
        "use": use,
        "features": features,
    }
    if support:
        attrs["support"] = support
        if support == "high":
            attrs["use"] = ["running", "hiit", "gym"]
        elif support == "low":
            attrs["use"] = ["yoga", "pilates", "everyday"]
    model = pick(rng, ["Pace", "Everyday", "Sculpt", "Airflow", "Tempo", "Studio", "Second Skin"])
    who = {"women": "Women's", "men": "Men's", "unisex": "Unisex"}[gender]
    noun = {
        "leggings": "Leggings",
        "sports bra": "Sports Bra",
        "running top": "Running T-Shirt",
        "training shorts": "Training Shorts",
        "track jacket": "Track Jacket",
    }[kind]
    item = ("pair of " if kind in ("leggings", "training shorts") else "") + f"{fit} {noun.lower()}"
    f = dict(
        brand=brand,
        model=model,
        who=who.lower(),
        noun=noun.lower(),
        item=item,
        material=material,
        fit=fit,
        color=color,
        support=support,
        feat=_list(features),
        use=_list(attrs["use"]),
    )
    text = _say(
        rng,
        f,
        [
            "{brand}'s {model} {noun} in {color} {material}, {fit} fit.",
            "A {item} in {material} from {brand}, made for {use}.",
        ],
        [
            "Opaque, four-way stretch fabric passes the squat test in good light."
            if "squat-proof" in features
            else "",
            "A {support}-support bra"
            + (
                " with encapsulated cups for running and jumping."
                if support == "high"
                else " for yoga, pilates and walking."
                if support == "low"
                else " for gym sessions and cycling."
            )
            if support
            else "",
            "Fabric wicks sweat off your skin and dries before your cool-down is over."
            if "quick-dry" in features
            else "",
            "Merino in the blend keeps it from smelling after a long run."
            if material == "merino blend"
            else "",
            "Reflective trims help drivers see you at dusk."
            if "reflective details" in features
            else "",
        ],
        [
            "Also has {feat}.",
            "True to size; size up for a looser feel."
            if fit in ("compression", "close fit", "slim", "high-waist slim")
            else "Cut with room to move; take your usual size.",
            "Wash cold and skip the fabric softener, which clogs the wicking fibres.",
        ],
    )
    title = (
        f"{brand} {model} {who} {noun}"
        + (f", {support.title()} Support" if support else "")
        + f", {_t(material)}, {color.title()}"
    )
    lo, hi = {
        "leggings": (69, 399),
        "sports bra": (59, 299),
        "running top": (49, 259),
        "training shorts": (49, 229),
        "track jacket": (129, 499),
    }[kind]
    return _product(
        rng,
        title=title,
        category=f"{SF} > Sportswear > {noun.replace('Running T-Shirt', 'Running Tops')}".replace(
            "Bra", "Bras"
        ).replace("Jacket", "Jackets"),
        brand=brand,
        attrs=attrs,
        text=text,
        lo=lo,
        hi=hi,
        pop=1.4,
    )


def sports(rng):
    return _run(
        rng, [(_yoga_mat, 11), (_dumbbells, 9), (_bands, 9), (_jump_rope, 8), (_sportswear, 14)]
    )


PARTS = [
    ("RC", outdoor),
    ("TG", travel),
    ("TP", phone_computer),
    ("VB", baby),
    ("WP", pets),
    ("XG", gifts),
    ("YS", sports),
]
