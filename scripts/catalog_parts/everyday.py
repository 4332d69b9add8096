"""Water bottles, socks, umbrellas and lamps: the everyday aisles of the catalog.

Built like the living part: a small table of believable models (invented brands only), one product
per colour variant, and a description composed from sentence pools keyed on the product's real
attributes, so the text is always true of the product and no two descriptions are alike.
"""

from __future__ import annotations

from .common import price
from .living import GENDER_WORD, Writer, product


def _listed(items: list[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --------------------------------------------------------------------------------------------
# Sports & Fitness > Water Bottles
# --------------------------------------------------------------------------------------------

# cold/hot: hours an insulated bottle keeps drinks cold/hot (None: not insulated, or not for hot)
BOTTLES = [
    dict(
        brand="Frostbell",
        model="Summit",
        leaf="Insulated Bottles",
        noun="Insulated Water Bottle",
        material="18/8 stainless steel",
        ml=750,
        g=395,
        cold=24,
        hot=12,
        lid="screw cap",
        leak="yes",
        dish="no",
        gender="unisex",
        use=["hiking", "commute", "office"],
        features=["wide mouth", "carry loop", "powder-coated grip"],
        lo=149,
        hi=189,
        variants=["black", "green"],
        selling="Keeps Cold 24 Hours",
    ),
    dict(
        brand="Frostbell",
        model="Commuter",
        leaf="Insulated Bottles",
        noun="Insulated Bottle",
        material="18/8 stainless steel",
        ml=500,
        g=300,
        cold=18,
        hot=8,
        lid="push-button lid",
        leak="yes",
        dish="no",
        gender="unisex",
        use=["commute", "office"],
        features=["one-handed opening", "lockable lid", "fits car cup holders"],
        lo=119,
        hi=149,
        variants=["white"],
        selling="One-Hand Push-Button Lid",
    ),
    dict(
        brand="Frostbell",
        model="Trek",
        leaf="Insulated Bottles",
        noun="Insulated Bottle",
        material="18/8 stainless steel",
        ml=1000,
        g=560,
        cold=24,
        hot=12,
        lid="screw cap",
        leak="yes",
        dish="no",
        gender="unisex",
        use=["hiking", "camping", "gym"],
        features=["wide mouth", "carry handle"],
        lo=169,
        hi=229,
        variants=["grey"],
        selling="1 Litre for Long Days Out",
    ),
    dict(
        brand="Frostbell",
        model="Sip",
        leaf="Insulated Bottles",
        noun="Insulated Straw Bottle",
        material="18/8 stainless steel",
        ml=600,
        g=340,
        cold=20,
        hot=None,
        lid="straw lid",
        leak="yes",
        dish="no",
        gender="unisex",
        use=["gym", "office"],
        features=["lockable lid", "carry handle", "wide mouth"],
        lo=139,
        hi=169,
        variants=["pink"],
        selling="Locking Straw Lid, Cold Drinks 20 Hours",
    ),
    dict(
        brand="Ripplecup",
        model="Sprint",
        leaf="Sports Bottles",
        noun="Sports Water Bottle",
        material="tritan",
        ml=650,
        g=125,
        cold=None,
        hot=None,
        lid="flip-top spout",
        leak="yes",
        dish="yes",
        gender="unisex",
        use=["running", "gym", "cycling"],
        features=["one-handed opening", "carry loop", "bpa-free"],
        lo=49,
        hi=69,
        variants=["blue", "black"],
        selling="One-Click Flip Spout",
    ),
    dict(
        brand="Ripplecup",
        model="Daily",
        leaf="Sports Bottles",
        noun="Big Water Bottle with Straw",
        material="tritan",
        ml=1500,
        g=265,
        cold=None,
        hot=None,
        lid="straw lid",
        leak="yes",
        dish="yes",
        gender="unisex",
        use=["gym", "office"],
        features=["time markings", "carry handle", "removable straw", "bpa-free"],
        lo=69,
        hi=89,
        variants=["green"],
        selling="Hourly Time Markings",
    ),
    dict(
        brand="Ripplecup",
        model="Squeeze",
        leaf="Sports Bottles",
        noun="Cycling Bottle",
        material="ldpe",
        ml=750,
        g=85,
        cold=None,
        hot=None,
        lid="push-pull valve",
        leak="no",
        dish="no",
        gender="unisex",
        use=["cycling", "running"],
        features=["soft squeeze body", "fits bike cages", "bpa-free"],
        lo=25,
        hi=39,
        variants=["white"],
        selling="Soft Squeeze, Fits Bike Cages",
    ),
    dict(
        brand="Clearbrook",
        model="Pure",
        leaf="Glass Bottles",
        noun="Glass Water Bottle",
        material="borosilicate glass",
        ml=550,
        g=420,
        cold=None,
        hot=None,
        lid="screw cap",
        leak="yes",
        dish="yes",
        gender="unisex",
        use=["office", "commute"],
        features=["silicone sleeve", "wide mouth"],
        lo=79,
        hi=109,
        variants=["grey"],
        selling="With Shock-Absorbing Silicone Sleeve",
    ),
    dict(
        brand="Clearbrook",
        model="Tea Flask",
        leaf="Glass Bottles",
        noun="Double-Wall Glass Bottle",
        material="double-wall borosilicate glass",
        ml=420,
        g=380,
        cold=None,
        hot=None,
        lid="screw cap",
        leak="yes",
        dish="yes",
        gender="unisex",
        use=["office", "tea"],
        features=["tea infuser", "cool-touch outer wall"],
        lo=89,
        hi=129,
        variants=["clear"],
        selling="Removable Tea Infuser",
    ),
    dict(
        brand="Looplet",
        model="Fold",
        leaf="Collapsible Bottles",
        noun="Collapsible Water Bottle",
        material="food-grade silicone",
        ml=600,
        g=140,
        cold=None,
        hot=None,
        lid="flip-top spout",
        leak="yes",
        dish="yes",
        gender="unisex",
        use=["travel", "hiking"],
        features=["folds flat", "carabiner clip", "bpa-free"],
        lo=59,
        hi=79,
        variants=["orange"],
        selling="Folds Flat When Empty",
    ),
    dict(
        brand="Little Otter",
        model="Sippy",
        leaf="Kids' Bottles",
        noun="Straw Bottle",
        material="tritan",
        ml=350,
        g=160,
        cold=None,
        hot=None,
        lid="straw lid",
        leak="yes",
        dish="yes",
        gender="kids",
        use=["school"],
        features=["lockable lid", "carry handle", "name label", "bpa-free"],
        lo=59,
        hi=79,
        variants=["pink"],
        selling="Lockable Straw Lid",
    ),
    dict(
        brand="Little Otter",
        model="Steel",
        leaf="Kids' Bottles",
        noun="Insulated Straw Bottle",
        material="18/8 stainless steel",
        ml=400,
        g=250,
        cold=12,
        hot=None,
        lid="straw lid",
        leak="yes",
        dish="no",
        gender="kids",
        use=["school"],
        features=["lockable lid", "carry handle", "silicone boot"],
        lo=99,
        hi=129,
        variants=["blue"],
        selling="Cold Until Home Time",
    ),
]

BOTTLE_USE_PHRASE = {
    "hiking": "hikes",
    "commute": "the commute",
    "office": "the office desk",
    "camping": "camping",
    "gym": "the gym",
    "running": "runs",
    "cycling": "rides",
    "travel": "travel",
    "tea": "tea on the go",
    "school": "the school day",
}
BOTTLE_MATERIAL_NOTE = {
    "18/8 stainless steel": "The 18/8 steel inside does not flavour water, and yesterday's coffee "
    "does not linger in it.",
    "tritan": "Tritan is a clear, BPA-free plastic that shrugs off drops and does not keep the "
    "smell of squash the way cheap plastic does.",
    "ldpe": "The soft polyethylene body gives when squeezed, so a drink comes out in one hand "
    "without stopping.",
    "borosilicate glass": "Glass adds no taste at all and lets you see at a glance how much is left.",
    "double-wall borosilicate glass": "Two walls of glass keep hot tea from burning your fingers; it "
    "is not a vacuum flask, so the tea still cools within the hour.",
    "food-grade silicone": "Once empty it squashes down to a flat disc that slips into a jacket "
    "pocket.",
}
BOTTLE_LID_NOTE = {
    "screw cap": "A screw cap with a silicone seal is the surest way to keep a bag dry.",
    "push-button lid": "Press the button and the lid flips open; slide the lock on before it goes "
    "in a bag.",
    "straw lid": "Flip up the straw and sip without tipping the bottle; it locks shut when "
    "folded down.",
    "flip-top spout": "The spout flips open with a thumb, so you can drink mid-run.",
    "push-pull valve": "Pull the valve open with your teeth and squeeze; it is made for a bike "
    "cage, so close it before it lies on its side in a bag.",
}
BOTTLE_FEATURE_NOTE = {
    "wide mouth": "The wide mouth takes ice cubes and a bottle brush.",
    "carry loop": "A loop on the lid hooks onto a finger or a carabiner.",
    "powder-coated grip": "A powder-coated finish stays grippy with wet hands and does not sweat.",
    "one-handed opening": "Opens with one hand, which matters on a bus or mid-workout.",
    "fits car cup holders": "It is slim enough for a car cup holder.",
    "carry handle": "A sturdy carry handle swings out of the way when you drink.",
    "time markings": "Hourly markings down the side make it easy to keep track through the day.",
    "removable straw": "The straw pulls out for washing.",
    "fits bike cages": "It slides into any standard bike bottle cage.",
    "tea infuser": "A steel infuser screws in under the lid for loose-leaf tea.",
    "cool-touch outer wall": "The outer wall stays cool enough to hold with hot tea inside.",
    "silicone sleeve": "A silicone sleeve softens knocks and gives a grip.",
    "folds flat": "It rolls up to the size of a phone when empty.",
    "carabiner clip": "A carabiner clip hangs it from a backpack strap.",
    "name label": "A slot on the side takes a name label for school.",
    "silicone boot": "A silicone boot on the base quietens it on school desks and protects it from "
    "drops.",
}


BOTTLE_MATERIAL_TEXT = {"tritan": "Tritan", "ldpe": "soft LDPE"}


def gen_bottles(rng):
    write = Writer(rng)
    out = []
    for m in BOTTLES:
        for color in m["variants"]:
            g = m["g"] + rng.randint(-5, 5)
            attrs = {
                "color": color,
                "gender": m["gender"],
                "material": m["material"],
                "capacity_ml": m["ml"],
                "weight_g": g,
                "insulated": "yes" if m["cold"] else "no",
            }
            if m["cold"]:
                attrs["keeps_cold_hours"] = m["cold"]
            if m["hot"]:
                attrs["keeps_hot_hours"] = m["hot"]
            attrs |= {
                "lid": m["lid"],
                "leak_proof": m["leak"],
                "dishwasher_safe": m["dish"],
                "level": "all levels",
                "use": m["use"],
                "features": m["features"],
            }
            kid = "Kids' " if m["gender"] == "kids" else ""
            mat = BOTTLE_MATERIAL_TEXT.get(m["material"], m["material"])
            title = (
                f"{m['brand']} {m['model']} {kid}{m['noun']} {m['ml']} ml, {color.title()}, "
                f"{m['selling']}"
            )
            openers = [
                f"{m['brand']}'s {m['model']} is a {m['ml']} ml {mat} bottle for "
                f"{_listed([BOTTLE_USE_PHRASE[u] for u in m['use']])}.",
                f"A {color} {m['ml']} ml bottle in {mat}, about {g} g empty.",
                f"The {m['model']} holds {m['ml']} ml and closes with a {m['lid']}.",
            ]
            if m["cold"]:
                keeps = (
                    f"Double-wall vacuum insulation keeps drinks cold for up to {m['cold']} hours "
                    + (
                        f"and hot for {m['hot']}."
                        if m["hot"]
                        else "(cold drinks only: a straw lid is no way to sip hot tea)."
                    )
                )
            else:
                keeps = (
                    "It is not insulated, so ice melts within an hour or two on a warm day."
                    if m["material"] != "double-wall borosilicate glass"
                    else ""
                )
            middles = [
                keeps,
                BOTTLE_MATERIAL_NOTE[m["material"]],
                BOTTLE_LID_NOTE[m["lid"]],
                "Leak-proof when closed, so it can lie flat in a bag."
                if m["leak"] == "yes"
                else "",
                *[BOTTLE_FEATURE_NOTE[f] for f in m["features"] if f in BOTTLE_FEATURE_NOTE],
            ]
            closers = [
                f"Shown in {color}.",
                "Safe in the top rack of the dishwasher."
                if m["dish"] == "yes"
                else "Wash by hand; a dishwasher spoils the "
                + ("vacuum seal and the finish." if m["cold"] else "soft body."),
            ]
            out.append(
                product(
                    rng,
                    title,
                    f"Sports & Fitness > Water Bottles > {m['leaf']}",
                    m["brand"],
                    price(rng, m["lo"], m["hi"]),
                    attrs,
                    write(openers, middles, closers),
                    0.6 if m["lo"] > 100 else 0.5,
                    1.3,
                )
            )
    return out


# --------------------------------------------------------------------------------------------
# Accessories > Socks
# --------------------------------------------------------------------------------------------

SOCK_SIZES = {
    "unisex": ["EU 35-38", "EU 39-42", "EU 43-46"],
    "men": ["EU 39-42", "EU 43-46"],
    "women": ["EU 35-38", "EU 39-42"],
    "kids": ["EU 23-26", "EU 27-30", "EU 31-34"],
}

SOCKS = [
    dict(
        brand="Ridgewool",
        model="Trail Crew",
        leaf="Hiking Socks",
        noun="Merino Hiking Socks",
        style="hiking",
        material="merino wool blend",
        blend="62% merino wool, 35% nylon, 3% elastane",
        cushioning="medium",
        height="crew",
        pack=2,
        gender="unisex",
        season="all-season",
        occasion=["hiking", "travel"],
        care="machine wash 30°c inside out, air dry",
        features=[
            "reinforced heel and toe",
            "seamless toe",
            "arch support band",
            "odour-resistant",
        ],
        variants=["grey"],
        lo=129,
        hi=169,
        selling="Medium Cushion",
    ),
    dict(
        brand="Ridgewool",
        model="Alpine Heavy",
        leaf="Hiking Socks",
        noun="Merino Trekking Socks",
        style="hiking",
        material="merino wool blend",
        blend="75% merino wool, 23% nylon, 2% elastane",
        cushioning="heavy",
        height="crew",
        pack=1,
        gender="unisex",
        season="autumn-winter",
        occasion=["hiking", "camping"],
        care="machine wash 30°c inside out, air dry",
        features=["full terry cushioning", "reinforced heel and toe", "odour-resistant"],
        variants=["brown"],
        lo=89,
        hi=119,
        selling="Full Cushion for Boots and Cold Trails",
    ),
    dict(
        brand="Ridgewool",
        model="Light Hiker",
        leaf="Hiking Socks",
        noun="Merino Hiking Socks",
        style="hiking",
        material="merino wool blend",
        blend="55% merino wool, 42% nylon, 3% elastane",
        cushioning="light",
        height="ankle",
        pack=2,
        gender="women",
        season="spring-summer",
        occasion=["hiking", "travel"],
        care="machine wash 30°c inside out, air dry",
        features=["mesh ventilation panel", "seamless toe", "heel tab"],
        variants=["blue"],
        lo=109,
        hi=139,
        selling="Light Cushion for Trail Shoes",
    ),
    dict(
        brand="Paceline",
        model="Tab",
        leaf="Running Socks",
        noun="No-Show Running Socks",
        style="running",
        material="moisture-wicking polyester blend",
        blend="85% polyester, 12% nylon, 3% elastane",
        cushioning="light",
        height="no-show",
        pack=3,
        gender="unisex",
        season="all-season",
        occasion=["running", "gym"],
        care="machine wash 40°c, no fabric softener",
        features=[
            "silicone heel grip",
            "left/right specific",
            "mesh ventilation panel",
            "heel tab",
        ],
        variants=["white"],
        lo=69,
        hi=89,
        selling="Heel Tab, Won't Slip Down",
    ),
    dict(
        brand="Paceline",
        model="Cushion Run",
        leaf="Running Socks",
        noun="Ankle Running Socks",
        style="running",
        material="moisture-wicking polyester blend",
        blend="80% polyester, 17% nylon, 3% elastane",
        cushioning="medium",
        height="ankle",
        pack=3,
        gender="women",
        season="all-season",
        occasion=["running"],
        care="machine wash 40°c, no fabric softener",
        features=["arch support band", "anti-blister", "reflective heel"],
        variants=["pink"],
        lo=79,
        hi=99,
        selling="Anti-Blister Cushioned Sole",
    ),
    dict(
        brand="Paceline",
        model="Recovery",
        leaf="Compression Socks",
        noun="Compression Running Socks",
        style="compression",
        material="nylon-spandex",
        blend="78% nylon, 22% spandex",
        cushioning="light",
        height="knee-high",
        pack=1,
        gender="unisex",
        season="all-season",
        occasion=["running", "flights"],
        care="machine wash cold in a laundry bag, air dry",
        features=["graduated compression", "cushioned sole", "ribbed calf"],
        compression="20-30",
        variants=["black"],
        lo=99,
        hi=139,
        selling="20-30 mmHg Graduated Compression",
    ),
    dict(
        brand="Veinlight",
        model="Voyage",
        leaf="Compression Socks",
        noun="Travel Compression Socks",
        style="compression",
        material="cotton-nylon blend",
        blend="60% cotton, 30% nylon, 10% spandex",
        cushioning="light",
        height="knee-high",
        pack=2,
        gender="unisex",
        season="all-season",
        occasion=["flights", "office", "travel"],
        care="machine wash cold in a laundry bag, air dry",
        features=["graduated compression", "soft top band"],
        compression="15-20",
        variants=["navy"],
        lo=89,
        hi=119,
        selling="15-20 mmHg for Flights and Long Days Standing",
    ),
    dict(
        brand="Cottonmile",
        model="Everyday",
        leaf="Everyday Socks",
        noun="Cotton Crew Socks",
        style="casual",
        material="combed cotton blend",
        blend="80% combed cotton, 17% polyamide, 3% elastane",
        cushioning="light",
        height="crew",
        pack=5,
        gender="men",
        season="all-season",
        occasion=["everyday", "office"],
        care="machine wash 40°c, tumble dry low",
        features=["reinforced heel and toe", "seamless toe"],
        variants=["black"],
        lo=59,
        hi=79,
        selling="Reinforced Heel and Toe",
    ),
    dict(
        brand="Cottonmile",
        model="Invisible",
        leaf="Everyday Socks",
        noun="Cotton No-Show Socks",
        style="casual",
        material="combed cotton blend",
        blend="78% combed cotton, 19% polyamide, 3% elastane",
        cushioning="none",
        height="no-show",
        pack=6,
        gender="women",
        season="spring-summer",
        occasion=["everyday"],
        care="machine wash 40°c, tumble dry low",
        features=["silicone heel grip", "seamless toe"],
        variants=["beige"],
        lo=49,
        hi=69,
        selling="Silicone Heel Grip for Flats and Loafers",
    ),
    dict(
        brand="Cottonmile",
        model="Playground",
        leaf="Everyday Socks",
        noun="Cotton Crew Socks",
        style="casual",
        material="combed cotton blend",
        blend="82% combed cotton, 15% polyamide, 3% elastane",
        cushioning="light",
        height="crew",
        pack=5,
        gender="kids",
        season="all-season",
        occasion=["school", "everyday"],
        care="machine wash 40°c, tumble dry low",
        features=["reinforced heel and toe", "soft top band"],
        variants=["blue"],
        lo=39,
        hi=55,
        selling="Soft Cuffs That Don't Mark",
    ),
    dict(
        brand="Hallmere",
        model="Office",
        leaf="Dress Socks",
        noun="Mercerised Cotton Dress Socks",
        style="dress",
        material="mercerised cotton",
        blend="85% mercerised cotton, 13% nylon, 2% elastane",
        cushioning="none",
        height="crew",
        pack=3,
        gender="men",
        season="all-season",
        occasion=["office", "wedding"],
        care="machine wash 30°c inside out, do not tumble dry",
        features=["hand-linked toe", "fine rib"],
        variants=["black"],
        lo=99,
        hi=139,
        selling="Thin Enough for Dress Shoes",
    ),
    dict(
        brand="Hallmere",
        model="Over-the-Calf",
        leaf="Dress Socks",
        noun="Merino Dress Socks",
        style="dress",
        material="fine merino wool",
        blend="70% merino wool, 28% nylon, 2% elastane",
        cushioning="none",
        height="knee-high",
        pack=2,
        gender="men",
        season="autumn-winter",
        occasion=["office", "formal events"],
        care="hand wash cold, dry flat",
        features=["hand-linked toe", "stay-up top band"],
        variants=["navy"],
        lo=129,
        hi=169,
        selling="Stay Up Under Suit Trousers",
    ),
    dict(
        brand="Emberknit",
        model="Hearth",
        leaf="Thermal Socks",
        noun="Thermal Wool Socks",
        style="thermal",
        material="wool-acrylic blend",
        blend="50% wool, 30% acrylic, 18% nylon, 2% elastane",
        cushioning="heavy",
        height="crew",
        pack=2,
        gender="unisex",
        season="autumn-winter",
        occasion=["everyday", "outdoor"],
        care="machine wash 30°c on wool cycle, air dry",
        features=["brushed terry inside", "full terry cushioning"],
        variants=["grey"],
        lo=69,
        hi=89,
        selling="Brushed Terry Lining for Freezing Days",
    ),
    dict(
        brand="Emberknit",
        model="Snug",
        leaf="Thermal Socks",
        noun="Thermal Knee-High Socks",
        style="thermal",
        material="wool-acrylic blend",
        blend="40% wool, 45% acrylic, 13% nylon, 2% elastane",
        cushioning="heavy",
        height="knee-high",
        pack=1,
        gender="women",
        season="autumn-winter",
        occasion=["everyday", "home"],
        care="machine wash 30°c on wool cycle, air dry",
        features=["brushed terry inside", "soft top band"],
        variants=["burgundy"],
        lo=49,
        hi=69,
        selling="Warm to the Knee Under Boots",
    ),
]

SOCK_MATERIAL_NOTE = {
    "merino wool blend": "Merino stays warm when damp, wicks sweat away from the skin and can go "
    "a couple of days on the trail before it smells.",
    "moisture-wicking polyester blend": "The polyester blend moves sweat off the foot and dries "
    "fast, which is what keeps blisters away on a long run.",
    "nylon-spandex": "A smooth nylon-spandex knit holds its squeeze wash after wash.",
    "cotton-nylon blend": "A cotton-rich knit feels like an ordinary sock despite the squeeze.",
    "combed cotton blend": "Combed cotton is soft and breathable for everyday wear; a little "
    "polyamide makes it last.",
    "mercerised cotton": "Mercerised cotton has a fine, slightly lustrous finish that looks right "
    "with suit trousers.",
    "fine merino wool": "Fine-gauge merino is thin under a dress shoe, yet warm and never itchy.",
    "wool-acrylic blend": "A wool and acrylic blend traps warm air and is easier to wash than "
    "pure wool.",
}
SOCK_HEIGHT_LABEL = {
    "no-show": "a no-show cut",
    "ankle": "ankle length",
    "crew": "crew length",
    "knee-high": "knee-high",
}
SOCK_CUSHION_LABEL = {
    "none": "no cushioning",
    "light": "light cushioning",
    "medium": "medium cushioning",
    "heavy": "heavy cushioning",
}
SOCK_CUSHION_NOTE = {
    "none": "There is no cushioning, so it sits thin in snug shoes.",
    "light": "Light cushioning under the sole takes the edge off without crowding the shoe.",
    "medium": "Medium cushioning under the heel and forefoot softens a long day on your feet.",
    "heavy": "Heavy terry cushioning all round the foot adds warmth and padding inside boots.",
}
SOCK_HEIGHT_NOTE = {
    "no-show": "Cut low enough to hide inside trainers and loafers.",
    "ankle": "The ankle cuff sits just above the shoe collar so it doesn't rub.",
    "crew": "Crew height sits mid-calf and covers the ankle above a boot collar.",
    "knee-high": "It reaches just below the knee.",
}
SOCK_FEATURE_NOTE = {
    "reinforced heel and toe": "The heel and toe are knitted with extra nylon where socks wear "
    "through first.",
    "seamless toe": "A flat, seamless toe stops rubbing on descents and long walks.",
    "arch support band": "An elastic band around the arch keeps the sock from twisting.",
    "odour-resistant": "Wool resists odour, so a spare pair covers a weekend.",
    "full terry cushioning": "Terry loops run from toe to cuff.",
    "mesh ventilation panel": "A mesh panel over the top of the foot lets heat out.",
    "heel tab": "A raised tab at the back stops the shoe rubbing the Achilles.",
    "silicone heel grip": "A silicone strip inside the heel stops it slipping down under the foot.",
    "left/right specific": "Knitted left and right to follow the shape of each foot.",
    "anti-blister": "Dense knitting at the heel and toe cuts the friction that starts blisters.",
    "reflective heel": "A reflective print at the heel shows up in headlights.",
    "graduated compression": "Pressure is firmest at the ankle and eases towards the knee, helping "
    "blood back up the leg.",
    "cushioned sole": "A lightly cushioned sole makes them comfortable for a whole run.",
    "ribbed calf": "A ribbed calf panel supports the muscle.",
    "soft top band": "The wide top band holds without leaving a mark.",
    "hand-linked toe": "The toe is hand-linked, so there is no ridge over the toes.",
    "fine rib": "A fine rib knit keeps them neat under trousers.",
    "stay-up top band": "A firm top band keeps them up all day, so no shin shows when you sit.",
    "brushed terry inside": "The inside is brushed soft for cold floors and colder streets.",
}


def gen_socks(rng):
    write = Writer(rng)
    out = []
    for m in SOCKS:
        for color in m["variants"]:
            sizes = SOCK_SIZES[m["gender"]]
            attrs = {
                "color": color,
                "gender": m["gender"],
                "size": sizes,
                "style": m["style"],
                "material": m["material"],
                "composition": m["blend"],
                "cushioning": m["cushioning"],
                "height": m["height"],
                "pack_count": m["pack"],
                "season": m["season"],
                "occasion": m["occasion"],
                "care": m["care"],
                "features": m["features"],
            }
            if m.get("compression"):
                attrs["compression_mmhg"] = m["compression"]
            gw = "" if m["gender"] == "unisex" else f"{GENDER_WORD[m['gender']]} "
            pairs = f"{m['pack']} Pair" + ("s" if m["pack"] > 1 else "")
            title = (
                f"{m['brand']} {m['model']} {gw}{m['noun']}, {m['selling']}, {color.title()}, "
                f"{pairs}"
            )
            noun = m["noun"].lower()
            openers = [
                f"{m['brand']}'s {m['model']} {noun}: {SOCK_HEIGHT_LABEL[m['height']]}, "
                f"{SOCK_CUSHION_LABEL[m['cushioning']]}, {m['pack']} "
                f"{'pairs' if m['pack'] > 1 else 'pair'} to a pack.",
                f"A {'pack of ' + str(m['pack']) if m['pack'] > 1 else 'single pair of'} {color} "
                f"{noun} made of {'a ' if m['material'].endswith('blend') else ''}"
                f"{m['material']}.",
                f"{m['brand']} knits the {m['model']} from {m['blend']}.",
            ]
            middles = [
                SOCK_MATERIAL_NOTE[m["material"]],
                SOCK_CUSHION_NOTE[m["cushioning"]],
                SOCK_HEIGHT_NOTE[m["height"]],
                f"Sized {_listed(sizes)}.",
                (
                    f"It gives {m['compression']} mmHg at the ankle"
                    + (
                        "; check with a doctor first if you have circulation problems."
                        if m["compression"] == "20-30"
                        else ", the level usually suggested for long flights."
                    )
                    if m.get("compression")
                    else ""
                ),
                *[SOCK_FEATURE_NOTE[f] for f in m["features"]],
            ]
            closers = [f"Care: {m['care'].replace('°c', '°C')}.", f"Shown in {color}."]
            out.append(
                product(
                    rng,
                    title,
                    f"Accessories > Socks > {m['leaf']}",
                    m["brand"],
                    price(rng, m["lo"], m["hi"]),
                    attrs,
                    write(openers, middles, closers),
                    0.6 if m["lo"] > 90 else 0.5,
                    1.5,
                )
            )
    return out


# --------------------------------------------------------------------------------------------
# Accessories > Umbrellas
# --------------------------------------------------------------------------------------------

# dia: canopy diameter open (cm); folded: length folded or closed (cm); kmh: wind-tunnel test
UMBRELLAS = [
    dict(
        brand="Stormwren",
        model="Gale",
        leaf="Windproof Umbrellas",
        noun="Windproof Travel Umbrella",
        style="three-fold",
        material="210t pongee",
        opening="auto open-close",
        ribs=10,
        rib_material="fibreglass",
        canopy="vented double",
        dia=105,
        folded=29,
        g=470,
        kmh=90,
        upf=None,
        season="all-season",
        occasion=["commute", "travel"],
        features=["anti-rebound auto close", "water-repellent coating", "carry sleeve"],
        variants=["black", "navy"],
        lo=129,
        hi=169,
        selling="Vented Double Canopy, 10 Fibreglass Ribs",
    ),
    dict(
        brand="Stormwren",
        model="Tempest XL",
        leaf="Windproof Umbrellas",
        noun="Large Windproof Umbrella",
        style="three-fold",
        material="210t pongee",
        opening="auto open-close",
        ribs=12,
        rib_material="fibreglass",
        canopy="vented double",
        dia=120,
        folded=32,
        g=610,
        kmh=100,
        upf=None,
        season="all-season",
        occasion=["commute", "travel"],
        features=["anti-rebound auto close", "reflective trim", "carry sleeve"],
        variants=["grey"],
        lo=169,
        hi=219,
        selling="120 cm Canopy Fits Two, 12 Ribs",
    ),
    dict(
        brand="Stormwren",
        model="Fairway",
        leaf="Golf Umbrellas",
        noun="Golf Umbrella",
        style="stick",
        material="190t pongee",
        opening="auto open",
        ribs=8,
        rib_material="fibreglass",
        canopy="vented double",
        dia=150,
        folded=100,
        g=680,
        kmh=80,
        upf=None,
        season="all-season",
        occasion=["golf", "outdoor events"],
        features=["rubber grip handle", "water-repellent coating"],
        variants=["black"],
        lo=159,
        hi=219,
        selling="150 cm Canopy, Fibreglass Shaft",
    ),
    dict(
        brand="Pocketwing",
        model="Capsule",
        leaf="Compact Umbrellas",
        noun="Mini Folding Umbrella",
        style="five-fold",
        material="190t pongee",
        opening="manual",
        ribs=6,
        rib_material="steel and aluminium",
        canopy="single",
        dia=90,
        folded=17,
        g=190,
        kmh=None,
        upf=None,
        season="all-season",
        occasion=["commute", "everyday", "travel"],
        features=["capsule case", "fits a small handbag"],
        variants=["pink", "beige"],
        lo=49,
        hi=69,
        selling="Only 190 g, 17 cm Folded",
    ),
    dict(
        brand="Pocketwing",
        model="Auto Slim",
        leaf="Compact Umbrellas",
        noun="Automatic Folding Umbrella",
        style="three-fold",
        material="210t pongee",
        opening="auto open-close",
        ribs=8,
        rib_material="steel and fibreglass",
        canopy="single",
        dia=98,
        folded=28,
        g=330,
        kmh=None,
        upf=None,
        season="all-season",
        occasion=["commute", "everyday"],
        features=["anti-rebound auto close", "wrist strap"],
        variants=["navy"],
        lo=69,
        hi=99,
        selling="One-Button Open and Close",
    ),
    dict(
        brand="Shadeleaf",
        model="Pocket",
        leaf="Sun Umbrellas",
        noun="UV Sun Umbrella",
        style="five-fold",
        material="polyester with black uv coating",
        opening="manual",
        ribs=6,
        rib_material="aluminium and fibreglass",
        canopy="single",
        dia=92,
        folded=18,
        g=220,
        kmh=None,
        upf="50+",
        season="spring-summer",
        occasion=["everyday", "travel", "commute"],
        features=["blocks 99% of uv", "rain and shine", "capsule case"],
        variants=["white", "green"],
        lo=69,
        hi=99,
        selling="UPF 50+, Rain and Shine",
    ),
    dict(
        brand="Shadeleaf",
        model="Auto Shade",
        leaf="Sun Umbrellas",
        noun="Automatic UV Umbrella",
        style="three-fold",
        material="polyester with black uv coating",
        opening="auto open-close",
        ribs=8,
        rib_material="fibreglass",
        canopy="single",
        dia=100,
        folded=29,
        g=360,
        kmh=None,
        upf="50+",
        season="spring-summer",
        occasion=["commute", "outdoor events"],
        features=["blocks 99% of uv", "rain and shine", "anti-rebound auto close"],
        variants=["beige"],
        lo=99,
        hi=139,
        selling="UPF 50+, Auto Open-Close",
    ),
    dict(
        brand="Shadeleaf",
        model="Heritage",
        leaf="Sun Umbrellas",
        noun="Stick Parasol",
        style="stick",
        material="cotton-linen with silver uv coating",
        opening="manual",
        ribs=8,
        rib_material="steel",
        canopy="single",
        dia=100,
        folded=82,
        g=420,
        kmh=None,
        upf="40+",
        season="spring-summer",
        occasion=["outdoor events", "wedding"],
        features=["wooden j-handle", "blocks 97% of uv"],
        variants=["white"],
        lo=129,
        hi=179,
        selling="Cotton-Linen Canopy, Wooden Handle",
    ),
    dict(
        brand="Cobblewick",
        model="Classic",
        leaf="Stick Umbrellas",
        noun="Stick Umbrella",
        style="stick",
        material="190t pongee",
        opening="auto open",
        ribs=8,
        rib_material="fibreglass",
        canopy="single",
        dia=112,
        folded=88,
        g=720,
        kmh=70,
        upf=None,
        season="all-season",
        occasion=["commute", "office", "gift"],
        features=["wooden j-handle", "water-repellent coating"],
        variants=["black"],
        lo=149,
        hi=199,
        selling="Wooden J-Handle, Auto Open",
    ),
    dict(
        brand="Cobblewick",
        model="Twenty-Four",
        leaf="Stick Umbrellas",
        noun="24-Rib Stick Umbrella",
        style="stick",
        material="210t pongee",
        opening="auto open",
        ribs=24,
        rib_material="fibreglass",
        canopy="single",
        dia=115,
        folded=90,
        g=860,
        kmh=110,
        upf=None,
        season="all-season",
        occasion=["commute", "gift"],
        features=["wooden j-handle", "flexes back when blown inside out"],
        variants=["burgundy"],
        lo=199,
        hi=269,
        selling="24 Fibreglass Ribs for Storms",
    ),
]

UMBRELLA_CANOPY_TEXT = {
    "210t pongee": "dense 210T pongee that sheds water and dries fast",
    "190t pongee": "190T pongee, a tightly woven polyester that sheds water",
    "polyester with black uv coating": "polyester with a black UV-blocking layer underneath",
    "cotton-linen with silver uv coating": "cotton-linen with a silver UV-blocking layer inside",
}
UMBRELLA_STYLE_NOTE = {
    "three-fold": "It folds in three to fit a backpack side pocket.",
    "five-fold": "It folds in five, small enough for a jacket pocket or a small handbag.",
    "stick": "As a stick umbrella it doesn't fold, but it doubles as a walking stick.",
}
UMBRELLA_OPENING_NOTE = {
    "auto open-close": "One button opens it and the same button closes it, so you can get into "
    "a car or through a door with the other hand full.",
    "auto open": "Press the button and it springs open; closing is by hand.",
    "manual": "It opens by hand, which keeps the mechanism light and simple.",
}
UMBRELLA_FEATURE_NOTE = {
    "anti-rebound auto close": "The shaft locks as it closes so it doesn't spring back at you.",
    "water-repellent coating": "A water-repellent coating lets rain bead off with a shake.",
    "carry sleeve": "It comes with a sleeve to hold the wet umbrella on a train.",
    "reflective trim": "Reflective trim on the canopy edge shows up to drivers at night.",
    "rubber grip handle": "A long rubber grip is easy to hold with a golf glove on.",
    "capsule case": "It packs into a zipped capsule case.",
    "fits a small handbag": "Folded, it is about the size of a water bottle.",
    "wrist strap": "A wrist strap stops it slipping away on the go.",
    "blocks 99% of uv": "The black coating under the canopy blocks about 99% of UV.",
    "blocks 97% of uv": "The silver coating blocks about 97% of UV.",
    "rain and shine": "It handles a summer shower as well as the sun.",
    "wooden j-handle": "A wooden J-handle hooks over an arm or a chair back.",
    "flexes back when blown inside out": "Blown inside out, the ribs flex back into shape rather "
    "than snapping.",
}


def gen_umbrellas(rng):
    write = Writer(rng)
    out = []
    for m in UMBRELLAS:
        for color in m["variants"]:
            g = m["g"] + rng.randint(-5, 5)
            attrs = {
                "color": color,
                "style": m["style"],
                "material": m["material"],
                "opening": m["opening"],
                "rib_count": m["ribs"],
                "rib_material": m["rib_material"],
                "canopy": m["canopy"],
                "canopy_diameter_cm": m["dia"],
                "folded_length_cm": m["folded"],
                "weight_g": g,
                "windproof": "yes" if m["kmh"] else "no",
            }
            if m["kmh"]:
                attrs["wind_tested_kmh"] = m["kmh"]
            if m["upf"]:
                attrs["upf"] = m["upf"]
            attrs |= {
                "season": m["season"],
                "occasion": m["occasion"],
                "care": "open to dry before folding away",
                "features": m["features"],
            }
            title = f"{m['brand']} {m['model']} {m['noun']}, {m['selling']}, {color.title()}"
            length = "closed" if m["style"] == "stick" else "folded"
            openers = [
                f"{m['brand']}'s {m['model']} opens to a {m['dia']} cm canopy on {m['ribs']} "
                f"{m['rib_material']} ribs.",
                f"A {color} {m['style']} umbrella weighing about {g} g, {m['folded']} cm {length}.",
                f"The {m['model']} from {m['brand']}: {m['dia']} cm across, {m['opening']}, "
                f"{m['ribs']} ribs.",
            ]
            if m["kmh"]:
                wind = (
                    f"{'A vented double canopy lets gusts through, and the ' if m['canopy'] == 'vented double' else 'The '}"
                    f"{m['rib_material']} ribs bend rather than snap; it was tested in winds of "
                    f"{m['kmh']} km/h."
                )
            else:
                wind = (
                    "It is built for everyday showers, not for storms."
                    if m["rib_material"] != "fibreglass"
                    else "Fibreglass ribs survive the odd gust, but it is no storm umbrella."
                )
            middles = [
                wind,
                UMBRELLA_STYLE_NOTE[m["style"]],
                UMBRELLA_OPENING_NOTE[m["opening"]],
                (
                    f"Rated UPF {m['upf']}, so it doubles as shade on a bright day."
                    if m["upf"]
                    else ""
                ),
                (
                    "The canopy is wide enough to keep a backpack or a second person dry."
                    if m["dia"] >= 115
                    else ""
                ),
                *[UMBRELLA_FEATURE_NOTE[f] for f in m["features"]],
            ]
            closers = [
                f"Shown in {color}.",
                "Open it to dry before folding it away.",
                f"The canopy is {UMBRELLA_CANOPY_TEXT[m['material']]}.",
            ]
            out.append(
                product(
                    rng,
                    title,
                    f"Accessories > Umbrellas > {m['leaf']}",
                    m["brand"],
                    price(rng, m["lo"], m["hi"]),
                    attrs,
                    write(openers, middles, closers),
                    0.6 if m["lo"] > 100 else 0.5,
                    1.4,
                )
            )
    return out


# --------------------------------------------------------------------------------------------
# Home & Kitchen > Lamps
# --------------------------------------------------------------------------------------------

# ct: colour temperature range in K (one value when fixed); levels: brightness steps or
# "stepless"; grade: China's reading-lamp illuminance grade (GB/T 9473), "none" if not rated
LAMPS = [
    dict(
        brand="Owlglow",
        model="Scholar Pro",
        leaf="Desk Lamps",
        noun="LED Desk Lamp",
        material="aluminium alloy",
        lumens=1100,
        ct="2700-6500",
        levels="stepless",
        cri=97,
        power="mains plug",
        watts=24,
        flicker="yes",
        grade="aa",
        arm="swing arm",
        kg=1.6,
        height=48,
        battery=None,
        use=["study", "reading", "work"],
        features=["anti-glare diffuser", "ambient light sensor", "memory function"],
        origin="zhongshan, guangdong",
        variants=["white", "grey"],
        lo=499,
        hi=699,
        selling="National AA Reading Grade, CRI 97",
    ),
    dict(
        brand="Owlglow",
        model="Study Lite",
        leaf="Desk Lamps",
        noun="LED Desk Lamp",
        material="abs plastic and aluminium",
        lumens=500,
        ct="3000-6000",
        levels=10,
        cri=90,
        power="usb-c",
        watts=8,
        flicker="yes",
        grade="a",
        arm="foldable arm",
        kg=0.7,
        height=40,
        battery=None,
        use=["study", "reading"],
        features=["anti-glare diffuser", "touch controls", "memory function"],
        origin="zhongshan, guangdong",
        variants=["white", "pink"],
        lo=129,
        hi=179,
        selling="USB-C, 5 Colour Modes",
    ),
    dict(
        brand="Owlglow",
        model="Fold-Go",
        leaf="Desk Lamps",
        noun="Rechargeable Desk Lamp",
        material="abs plastic",
        lumens=280,
        ct="3000-5000",
        levels=3,
        cri=80,
        power="rechargeable battery",
        watts=4,
        flicker="no",
        grade="none",
        arm="foldable arm",
        kg=0.35,
        height=32,
        battery=6,
        use=["dorm", "reading"],
        features=["touch controls", "usb charging"],
        origin="ningbo, zhejiang",
        variants=["white"],
        lo=49,
        hi=69,
        selling="Cordless, Folds Flat",
    ),
    dict(
        brand="Owlglow",
        model="Screenbar",
        leaf="Desk Lamps",
        noun="Monitor Light Bar",
        material="aluminium alloy",
        lumens=450,
        ct="2700-6500",
        levels="stepless",
        cri=95,
        power="usb-c",
        watts=5,
        flicker="yes",
        grade="a",
        arm="monitor clip",
        kg=0.45,
        height=None,
        battery=None,
        use=["work", "gaming"],
        features=["asymmetric beam", "ambient light sensor", "touch controls"],
        origin="shenzhen, guangdong",
        variants=["black"],
        lo=199,
        hi=269,
        selling="No Glare on the Screen, Saves Desk Space",
    ),
    dict(
        brand="Softbeam",
        model="Linen Touch",
        leaf="Bedside Lamps",
        noun="Bedside Table Lamp",
        material="linen shade, ceramic base",
        lumens=350,
        ct="2700",
        levels=3,
        cri=90,
        power="mains plug",
        watts=6,
        flicker="yes",
        grade="none",
        arm="fixed",
        kg=1.2,
        height=38,
        battery=None,
        use=["bedside reading", "night light"],
        features=["touch controls", "usb charging port"],
        origin="zhongshan, guangdong",
        variants=["beige"],
        lo=149,
        hi=199,
        selling="3-Step Touch Dimming, USB Port",
    ),
    dict(
        brand="Softbeam",
        model="Sunrise",
        leaf="Bedside Lamps",
        noun="Wake-Up Light",
        material="abs plastic",
        lumens=300,
        ct="2200-4000",
        levels=20,
        cri=85,
        power="usb-c",
        watts=10,
        flicker="yes",
        grade="none",
        arm="fixed",
        kg=0.6,
        height=20,
        battery=None,
        use=["waking up", "night light"],
        features=["sunrise alarm", "sunset fade", "timer"],
        origin="shenzhen, guangdong",
        variants=["white"],
        lo=199,
        hi=259,
        selling="Sunrise Alarm and Sunset Fade",
    ),
    dict(
        brand="Softbeam",
        model="Mushroom",
        leaf="Bedside Lamps",
        noun="Cordless Table Lamp",
        material="aluminium alloy",
        lumens=180,
        ct="2700-4000",
        levels="stepless",
        cri=90,
        power="rechargeable battery",
        watts=3,
        flicker="yes",
        grade="none",
        arm="fixed",
        kg=0.5,
        height=30,
        battery=12,
        use=["bedside reading", "night light"],
        features=["touch controls", "timer"],
        origin="zhongshan, guangdong",
        variants=["green"],
        lo=99,
        hi=139,
        selling="Rechargeable, 12 Hours per Charge",
    ),
    dict(
        brand="Tallwick",
        model="Curve",
        leaf="Floor Lamps",
        noun="Arc Floor Lamp",
        material="steel with marble base",
        lumens=1800,
        ct="2700-6500",
        levels="stepless",
        cri=90,
        power="mains plug",
        watts=24,
        flicker="yes",
        grade="none",
        arm="arc",
        kg=9.5,
        height=190,
        battery=None,
        use=["living room", "reading corner"],
        features=["remote control", "foot switch"],
        origin="zhongshan, guangdong",
        variants=["black"],
        lo=499,
        hi=699,
        selling="Remote Dimming, Marble Base",
    ),
    dict(
        brand="Tallwick",
        model="Reader",
        leaf="Floor Lamps",
        noun="LED Reading Floor Lamp",
        material="aluminium alloy",
        lumens=900,
        ct="3000-6000",
        levels=5,
        cri=95,
        power="mains plug",
        watts=12,
        flicker="yes",
        grade="a",
        arm="gooseneck",
        kg=3.2,
        height=155,
        battery=None,
        use=["reading corner", "crafts"],
        features=["anti-glare diffuser", "memory function", "touch controls"],
        origin="foshan, guangdong",
        variants=["grey"],
        lo=299,
        hi=399,
        selling="Gooseneck Head, CRI 95",
    ),
    dict(
        brand="Nookbright",
        model="Clamp",
        leaf="Clip-on Lamps",
        noun="Clip-On Desk Lamp",
        material="abs plastic and steel",
        lumens=400,
        ct="3000-6000",
        levels=10,
        cri=90,
        power="usb-c",
        watts=6,
        flicker="yes",
        grade="none",
        arm="gooseneck",
        kg=0.4,
        height=None,
        battery=None,
        use=["dorm", "bunk bed", "music stand"],
        features=["wide clamp", "touch controls", "memory function"],
        origin="ningbo, zhejiang",
        variants=["black"],
        lo=79,
        hi=109,
        selling="Clamps to Desks and Bed Frames",
    ),
    dict(
        brand="Nookbright",
        model="Page",
        leaf="Clip-on Lamps",
        noun="Clip-On Book Light",
        material="abs plastic",
        lumens=60,
        ct="1800-4000",
        levels=5,
        cri=85,
        power="rechargeable battery",
        watts=1,
        flicker="yes",
        grade="none",
        arm="gooseneck",
        kg=0.07,
        height=None,
        battery=60,
        use=["reading in bed", "travel"],
        features=["amber light", "usb charging"],
        origin="shenzhen, guangdong",
        variants=["white"],
        lo=39,
        hi=59,
        selling="Amber Light That Won't Wake a Partner",
    ),
]

LAMP_GRADE_NOTE = {
    "aa": "It meets China's national AA grade for reading lamps, the top grade: bright and even "
    "across a whole desk, not just a pool in the middle.",
    "a": "It meets China's national A grade for reading lamps, enough for a textbook and notebook "
    "side by side.",
    "none": "",
}
LAMP_ARM_NOTE = {
    "swing arm": "A long swing arm puts the head above the middle of the desk.",
    "foldable arm": "The arm folds down flat when you need the space.",
    "monitor clip": "It hangs on top of the monitor and takes no desk space.",
    "fixed": "",
    "arc": "The arc reaches over a sofa, so the light falls from above.",
    "gooseneck": "A gooseneck bends to put the light exactly where it is needed.",
}
LAMP_FEATURE_NOTE = {
    "anti-glare diffuser": "A diffuser over the LEDs softens the glare on glossy pages.",
    "ambient light sensor": "A light sensor tops up the brightness as daylight fades.",
    "memory function": "It remembers your last brightness and colour.",
    "touch controls": "A light tap on the touch controls dims or brightens it.",
    "usb charging": "It charges by USB-C.",
    "asymmetric beam": "The beam is angled forward, so it lights the desk without reflecting off "
    "the screen.",
    "usb charging port": "A USB port in the base charges your phone overnight.",
    "sunrise alarm": "It brightens slowly over 30 minutes before the alarm, like a sunrise.",
    "sunset fade": "A sunset mode dims to nothing over half an hour as you fall asleep.",
    "timer": "A sleep timer switches it off for you.",
    "remote control": "A remote dims it from the sofa.",
    "foot switch": "A foot switch on the cord turns it on without bending down.",
    "wide clamp": "The clamp opens to about 5 cm, wide enough for a desk edge or a bed frame.",
    "amber light": "An amber setting at 1800 K is kind to sleepy eyes and to whoever shares the "
    "room.",
}


def gen_lamps(rng):
    write = Writer(rng)
    out = []
    for m in LAMPS:
        for color in m["variants"]:
            attrs = {
                "color": color,
                "material": m["material"],
                "light_source": "led",
                "lumens": m["lumens"],
                "color_temperature_k": m["ct"],
                "brightness_levels": m["levels"],
                "dimmable": "yes",
                "cri": m["cri"],
                "flicker_free": m["flicker"],
                "reading_grade": m["grade"],
                "power_source": m["power"],
                "power_w": m["watts"],
                "arm": m["arm"],
                "weight_kg": m["kg"],
            }
            if m["height"]:
                attrs["height_cm"] = m["height"]
            if m["battery"]:
                attrs["battery_hours"] = m["battery"]
            attrs |= {
                "use": m["use"],
                "features": m["features"],
                "origin": m["origin"],
                "pieces": 1,
                "care": "wipe with a dry cloth",
            }
            title = f"{m['brand']} {m['model']} {m['noun']}, {m['selling']}, {color.title()}"
            fixed = "-" not in m["ct"]
            ct_text = f"a fixed warm {m['ct']} K" if fixed else f"{m['ct'].replace('-', ' to ')} K"
            steps = (
                "stepless dimming"
                if m["levels"] == "stepless"
                else f"{m['levels']} brightness levels"
            )
            openers = [
                f"{m['brand']}'s {m['model']} gives {m['lumens']} lumens of LED light at "
                f"{ct_text}.",
                f"A {color} {m['noun'].lower().replace('led ', 'LED ')} in {m['material']}, "
                f"with {steps}.",
                f"The {m['model']}: {m['watts']} W of LED, CRI {m['cri']}, {ct_text}.",
            ]
            middles = [
                (
                    "The colour temperature runs from warm light for winding down to cool white "
                    "for concentrating."
                    if not fixed
                    else "The light stays a warm 2700 K, the colour of a traditional bulb."
                ),
                (
                    f"A colour rendering index of {m['cri']} shows ink, skin and paint colours "
                    "much as daylight would."
                    if m["cri"] >= 95
                    else f"Colour rendering is CRI {m['cri']}."
                ),
                (
                    "Its driver is flicker-free at every brightness, which tired eyes notice over "
                    "a long evening."
                    if m["flicker"] == "yes"
                    else "At its lowest setting a phone camera can pick up some flicker."
                ),
                LAMP_GRADE_NOTE[m["grade"]],
                LAMP_ARM_NOTE[m["arm"]],
                (
                    f"A full charge lasts about {m['battery']} hours on a medium setting."
                    if m["battery"]
                    else "It runs from a USB-C adapter or a laptop port."
                    if m["power"] == "usb-c"
                    else ""
                ),
                *[LAMP_FEATURE_NOTE[f] for f in m["features"]],
            ]
            closers = [f"Shown in {color}.", "Wipe it with a dry cloth; no sprays."]
            out.append(
                product(
                    rng,
                    title,
                    f"Home & Kitchen > Lamps > {m['leaf']}",
                    m["brand"],
                    price(rng, m["lo"], m["hi"]),
                    attrs,
                    write(openers, middles, closers),
                    0.65 if m["lo"] > 300 else 0.5,
                    1.2,
                )
            )
    return out


PARTS = [
    ("YB", gen_bottles),
    ("AS", gen_socks),
    ("AU", gen_umbrellas),
    ("LL", gen_lamps),
]
