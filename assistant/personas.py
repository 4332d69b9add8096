"""Which of Wenwen's five roles should answer a question.

Two signals, added up per persona: how close the question is to the everyday needs each role's
buying guides serve (nearest neighbours in embedding space), and cues for what the shopper wants
back (text written for them, steps to follow, a trip planned, food made, a thing chosen). A
question like "how do I choose a hat" has how-to words but wants a product chosen, and the
neighbours (shopping guides' needs) carry it there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from .embeddings import Embedder
from .schemas import Guide

PERSONAS = ("shopping_guide", "life_expert", "food_expert", "travel_planner", "copywriter")
DEFAULT = "shopping_guide"
NEIGHBOURS = 7
# Cues for what the shopper wants back, with how much each counts (neighbour votes are 0..1 each).
CUES: dict[str, list[tuple[str, float]]] = {
    "copywriter": [
        (r"\b(write|draft|compose|rewrite|polish|wording|words (for|to))\b", 3.0),
        (r"\b(caption|slogan|tagline|blurb|toast|poem|copy|post for|greeting)s?\b", 3.0),
        (r"\b(message|card|note|wish(es)?) (for|to)\b", 1.2),
        (r"\b(selling points|product description|listing|describe (this|my|the))\b", 2.0),
        (r"\b(what (should|do|can) i (write|say))\b", 2.5),
    ],
    "travel_planner": [
        (r"\b(pack|packing|itinerary|checklist|plan (for|a|my|our)|trip plan|honeymoon)\b", 2.0),
        (
            r"\b(what (clothes|should (i|we))? ?(to )?(bring|wear)|should (i|we) bring"
            r"|in the bag)\b",
            1.5,
        ),
        (r"\b(what to do|where to (eat|go|stay)|things to do)\b", 2.0),
        (
            r"\b(trip|travel(l?ing)?|holiday|vacation|hike|hiking|camping|weekend in|days? in)\b",
            0.6,
        ),
    ],
    "life_expert": [
        (
            r"\b(how (do|can|should) (i|you)|how to) (clean|wash|remove|get rid|store|fix|care|"
            r"descale|dry|iron|unclog|deodori[sz]e|keep|maintain|fold|repair|stop|sharpen|season|"
            r"sterili[sz]e)\b",
            2.0,
        ),
        (
            r"\b(clean|wash|sharpen|fold|sterili[sz]e|steriliz|sanitise|sanitize|descale|unclog|"
            r"iron|repair|mend)\w*\b",
            1.2,
        ),
        (r"\b(stain|smell|smelly|mould|mold|scale|odou?r|grease|shrunk|pilling|yellowed)\b", 1.0),
    ],
    "food_expert": [
        (
            r"\b(cook|cooking|recipe|bake|brew|steep|stir-?fry|meal|dinner|lunch|breakfast|snack|"
            r"eat|taste|flavou?r|spicy|dish)\w*\b",
            0.9,
        ),
        (r"\b(how (long|hot|much)|what (can|should) i (cook|make|eat))\b", 1.0),
        (r"\b(what|which) (meals?|food|dish(es)?|recipes?)\b", 1.5),
    ],
    "shopping_guide": [
        (r"\b(choose|pick|buy|worth|best|suit|budget|under|cheap|compare|gift)\b", 0.8),
        (r"\b(recommend|suggest|which (one|brand|model|type)|looking for|need a|want a)\b", 1.5),
        (r"(¥|yuan|元|rmb|\d+\s*(块|kuai))", 0.8),
    ],
}


class PersonaRouter:
    """Routes a question to a persona id from guide needs and wanted-result cues."""

    def __init__(self, embedder: Embedder, guides: Sequence[Guide]) -> None:
        self.embedder = embedder
        examples = [(text, g.persona) for g in guides for text in [g.title, *g.needs]]
        self.labels = [label for _, label in examples]
        self.vectors = (
            embedder.embed([text for text, _ in examples])
            if examples
            else np.zeros((0, embedder.dimension), dtype=np.float32)
        )

    def scores(self, question: str, vector: np.ndarray | None = None) -> dict[str, float]:
        """Each persona's score for ``question`` (higher is better)."""
        totals: dict[str, float] = defaultdict(float)
        if len(self.labels):
            vector = self.embedder.embed_query(question) if vector is None else vector
            sims = self.vectors @ vector
            for i in np.argsort(-sims)[:NEIGHBOURS]:
                totals[self.labels[i]] += float(max(sims[i], 0.0))
        lowered = question.lower()
        for persona, cues in CUES.items():
            for pattern, weight in cues:
                if re.search(pattern, lowered):
                    totals[persona] += weight
        return {p: round(totals[p], 4) for p in PERSONAS}

    def route(self, question: str, vector: np.ndarray | None = None) -> str:
        """The best persona; ties and empty signals go to the shopping guide."""
        scores = self.scores(question, vector)
        best = max(PERSONAS, key=lambda p: (scores[p], p == DEFAULT))
        return best if scores[best] > 0 else DEFAULT
