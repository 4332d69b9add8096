"""The copywriter's text: a short card or note in the shopper's voice."""

from __future__ import annotations

from ..language.plans import Card
from ..schemas import AnswerProduct

DEFAULT_OPENING = "A little something for you."
DEFAULT_WISH = "Hope it brings a smile."


def write_copy(card: Card, products: list[AnswerProduct]) -> str:
    """A card from what the question said (whom, what occasion, which gift) and the gift's facts."""
    opening, wish = (
        (card.occasion.opening, card.occasion.wish) if card.occasion else (DEFAULT_OPENING,
                                                                           DEFAULT_WISH)
    )  # fmt: skip
    lines = [f"Dear {card.recipient or 'you'},", "", opening]
    noun = card.gift or "gift"
    if products:
        first = products[0]
        noun = card.gift or (first.category.split(" > ")[-1] or "gift").lower()
        described = [str(first.attributes[k]) for k in ("color", "material")
                     if isinstance(first.attributes.get(k), str)]  # fmt: skip
        noun = " ".join([*described, noun]) if described else noun
    lines.append(f"I picked this {noun} for you and thought of you straight away.")
    lines += [wish, "", "With love,", "[your name]"]
    return "\n".join(lines)
