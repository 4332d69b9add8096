"""The copywriter's text: a short card or note in the shopper's voice."""

from __future__ import annotations

from ..language.plans import Card
from ..language.wording import wording
from ..schemas import AnswerProduct


def write_copy(card: Card, products: list[AnswerProduct], language: str = "en") -> str:
    """A card from what the question said (whom, what occasion, which gift) and the gift's
    facts, in the shopper's language."""
    say = wording(language).say
    opening, wish = (
        (card.occasion.opening, card.occasion.wish) if card.occasion
        else (say("card_opening"), say("card_wish"))
    )  # fmt: skip
    lines = [say("card_dear", recipient=card.recipient or say("card_you")), "", opening]
    noun = card.gift or say("card_gift")
    if products:
        first = products[0]
        noun = card.gift or (first.category.split(" > ")[-1] or say("card_gift")).lower()
        described = [str(first.attributes[k]) for k in ("color", "material")
                     if isinstance(first.attributes.get(k), str)]  # fmt: skip
        noun = " ".join([*described, noun]) if described else noun
    lines.append(say("card_picked", noun=noun))
    lines += [wish, "", say("card_sign"), say("card_name")]
    return "\n".join(lines)
