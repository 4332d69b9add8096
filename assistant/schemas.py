"""The data Wenwen passes around: products, guides, constraints, search results."""

from __future__ import annotations

import re
import time
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

AttributeValue = str | int | float | bool | list[str]


# One filter value (a colour, a size, an attribute's name or value) as a caller may send it.
Term = Annotated[str, StringConstraints(max_length=200)]
Terms = Annotated[list[Term], Field(max_length=50)]

# Attribute keys shown in the embedding text before the rest: the facts shoppers ask about.
CANONICAL_KEYS = ("color", "gender", "size")


class Product(BaseModel):
    """One catalog item, as imported (ids are kept exactly as given)."""

    model_config = ConfigDict(allow_inf_nan=False)  # a NaN stored would not read back as JSON

    id: str = Field(description="The catalog's own product id.")
    title: str = Field(description="The product's name as listed.")
    category: str = Field("", description="Category path, e.g. 'Accessories > Hats > Fedora'.")
    brand: str = Field("", description="Brand or maker.")
    price: float | None = Field(None, description="Price in `currency`.")
    currency: str = Field("CNY", description="ISO currency code of `price`.")
    rating: float | None = Field(None, description="Average star rating, 0-5.")
    review_count: int | None = Field(None, description="How many reviews the rating averages.")
    attributes: dict[str, AttributeValue] = Field(
        default_factory=dict, description="Category-specific facts (color, gender, size, ...)."
    )
    description: str = Field("", description="The listing's description.")
    url: str = Field("", description="Link to the product page.")

    def to_embedding_text(self) -> str:
        """The text a product is embedded and keyword-indexed by (not the price: a filter)."""
        facts = "; ".join(f"{k.replace('_', ' ')}: {_text(v)}" for k, v in self._ordered_attrs())
        parts = [
            self.title,
            self.category.replace(" > ", ", "),
            self.brand,
            facts,
            self.description,
        ]
        return "\n".join(p for p in parts if p)

    def _ordered_attrs(self) -> list[tuple[str, AttributeValue]]:
        first = [(k, self.attributes[k]) for k in CANONICAL_KEYS if k in self.attributes]
        rest = [(k, v) for k, v in self.attributes.items() if k not in CANONICAL_KEYS]
        return first + rest


def _text(value: AttributeValue) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


class Dimension(BaseModel):
    """One named aspect of a buying decision, with advice and the attributes it points to."""

    name: str = Field(description="What the dimension is about, e.g. 'Shape' or 'Colour'.")
    advice: str = Field(description="The expert's concrete advice on this dimension.")
    implies: dict[str, list[str]] = Field(
        default_factory=dict, description="Product attributes the advice points to: key -> values."
    )
    attribute: str | None = Field(
        None, description="The catalog attribute it describes, when drawn from the catalog itself."
    )

    @field_validator("implies", mode="before")
    @classmethod
    def _values_as_text(cls, implies: Any) -> Any:
        if not isinstance(implies, dict):
            return implies
        return {
            k: [_yaml_text(v) for v in (vs if isinstance(vs, list) else [vs])]
            for k, vs in implies.items()
        }


def _yaml_text(value: Any) -> str:
    """YAML reads a bare ``yes`` as True; in a guide it always meant the word."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# A space YAML left where a folded line broke between two Chinese characters or marks.
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"  # Chinese characters, CJK and full-width marks
_FOLD_SPACE = re.compile(f"(?<=[{_CJK}“”]) (?=[{_CJK}“”])")


def _unfolded(value: Any) -> Any:
    """Chinese text as written, without the spaces YAML puts where its lines were folded."""
    if isinstance(value, str):
        return _FOLD_SPACE.sub("", value)
    if isinstance(value, list):
        return [_unfolded(v) for v in value]
    return value


class DimensionText(BaseModel):
    """A dimension's words in another language (its ``implies`` stay the catalog's)."""

    name: str
    advice: str

    _unfold = field_validator("name", "advice", mode="before")(lambda v: _unfolded(v))


class GuideText(BaseModel):
    """What a shopper reads of a guide, in another language: written for that language's
    shoppers, not glossed. Dimensions, steps and checklist match the guide's, one for one."""

    title: str
    needs: list[str] = Field(default_factory=list)
    summary: str = ""
    dimensions: list[DimensionText] = Field(default_factory=list)
    steps: list[str] = Field(default_factory=list)
    checklist: list[str] = Field(default_factory=list)

    _unfold = field_validator("title", "needs", "summary", "steps", "checklist", mode="before")(
        lambda v: _unfolded(v)
    )


class Guide(BaseModel):
    """A buying guide or how-to: a need, the dimensions an expert weighs, and concrete advice;
    ``zh`` holds its Chinese text."""

    id: str
    title: str
    persona: str = "shopping_guide"
    categories: list[str] = Field(default_factory=list)
    needs: list[str] = Field(default_factory=list)
    summary: str = ""
    dimensions: list[Dimension] = Field(default_factory=list)
    steps: list[str] = Field(default_factory=list)
    checklist: list[str] = Field(default_factory=list)
    zh: GuideText | None = None

    @model_validator(mode="after")
    def _text_matches(self) -> Guide:
        if self.zh is not None:
            for part in ("dimensions", "steps", "checklist"):
                if len(getattr(self.zh, part)) != len(getattr(self, part)):
                    raise ValueError(f"zh.{part} must match {part}, one for one")
        return self

    def in_language(self, language: str) -> Guide:
        """This guide as a shopper reading ``language`` sees it: its text in that language where
        it has one (the attributes its advice implies stay the catalog's)."""
        text = self.zh if language == "zh" else None
        if text is None:
            return self
        dimensions = [
            d.model_copy(update={"name": t.name, "advice": t.advice})
            for d, t in zip(self.dimensions, text.dimensions, strict=True)
        ]
        return self.model_copy(update={
            "title": text.title, "summary": text.summary or self.summary, "dimensions": dimensions,
            "steps": text.steps, "checklist": text.checklist,
        })  # fmt: skip

    def search_texts(self, multilingual: bool = False) -> list[str]:
        """What a shopper's question should land on: title with summary, then each need; for a
        multilingual embedder, the Chinese ones too."""
        texts = [f"{self.title}. {self.summary}".strip(), *self.needs]
        if multilingual and self.zh:
            texts += [f"{self.zh.title}。{self.zh.summary}".strip(), *self.zh.needs]
        return texts


class Constraints(BaseModel):
    """Hard constraints pulled from a question (or given by the caller); all must hold."""

    model_config = ConfigDict(allow_inf_nan=False)

    price_min: float | None = Field(None, description="Lowest acceptable price.")
    price_max: float | None = Field(None, description="Highest acceptable price.")
    cheap: bool = Field(False, description="'cheap': the lower third of prices among matches.")
    colors: list[str] = Field(default_factory=list, description="Any of these colours.")
    genders: list[str] = Field(default_factory=list, description="Any of these genders.")
    categories: list[str] = Field(default_factory=list, description="Within any of these paths.")
    sizes: list[str] = Field(default_factory=list, description="Sold in any of these sizes.")
    attributes: dict[str, list[str]] = Field(
        default_factory=dict, description="Other attributes: key -> any of these values."
    )
    exclude: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Ruled out: attribute key -> none of these values; 'category' rules out "
        "kinds, 'title' words of product titles.",
    )

    @field_validator("attributes", "exclude", mode="after")
    @classmethod
    def _drop_empty(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        """A key with no values constrains nothing (as an empty ``colors`` does)."""
        return {k: vs for k, vs in value.items() if vs}

    def is_empty(self) -> bool:
        return self == Constraints()


class Filters(Constraints):
    """Constraints a caller sends to `POST /search`: the same fields, of a sensible size."""

    colors: Terms = Field(default_factory=list, description="Any of these colours.")
    genders: Terms = Field(default_factory=list, description="Any of these genders.")
    categories: Terms = Field(default_factory=list, description="Within any of these paths.")
    sizes: Terms = Field(default_factory=list, description="Sold in any of these sizes.")
    attributes: Annotated[dict[Term, Terms], Field(max_length=50)] = Field(
        default_factory=dict, description="Other attributes: key -> any of these values."
    )
    exclude: Annotated[dict[Term, Terms], Field(max_length=50)] = Field(
        default_factory=dict,
        description="Ruled out: attribute key -> none of these values; 'category' rules out "
        "kinds, 'title' words of product titles.",
    )


class SearchHit(BaseModel):
    """A product as search returns it: the catalog's facts plus why it was returned."""

    id: str
    title: str
    category: str
    brand: str
    price: float | None
    currency: str
    rating: float | None
    url: str
    attributes: dict[str, Any]
    score: float = Field(description="Fused relevance (reciprocal-rank fusion of dense and BM25).")
    matched_constraints: list[str] = Field(
        default_factory=list, description="The hard constraints this product satisfies."
    )


class SearchResult(BaseModel):
    """What `wenwen search --json` prints and `POST /search` returns."""

    query: str
    constraints: Constraints = Field(
        description="The hard constraints every product meets: what the shopper stated (a "
        "price, a colour, a size, who it is for, a kind named or ruled out) and the caller's "
        "filters."
    )
    products: list[SearchHit]
    inferred: Constraints = Field(
        default_factory=Constraints,
        description="What ranked the products without filtering them: the kinds nearest the "
        "need, and the attributes the fitting buying guide advises.",
    )
    empty_reason: str | None = Field(
        None, description="When nothing fits: which constraint emptied the list."
    )
    relaxed: list[str] = Field(
        default_factory=list,
        description="Attributes the query named that no product here has (so not applied).",
    )
    notices: list[str] = Field(
        default_factory=list,
        description="What search loosened to find anything (an attribute word dropped, an aisle "
        "left), in words for the shopper.",
    )


class SearchRequest(BaseModel):
    """Body of `POST /search`."""

    query: str = Field(min_length=1, max_length=2000, examples=["hat for a round face"])
    k: int = Field(10, ge=1, le=100, description="How many products to return.")
    filters: Filters | None = Field(None, description="Constraints added to the parsed ones.")


class IngestError(BaseModel):
    row: int = Field(description="1-based record number in its file (the header is not a row).")
    reason: str
    file: str | None = None


class IngestWarning(IngestError):
    """A row that was ingested with a change, e.g. a text cut or a link replaced."""


class IngestReport(BaseModel):
    """Counts of one ingest run; `wenwen ingest --json` prints exactly this."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    rejected: int = 0
    errors: list[IngestError] = Field(default_factory=list)
    warnings: list[IngestWarning] = Field(
        default_factory=list, description="Rows ingested with a change (a text cut, a link)."
    )
    embedded: int = Field(0, description="Texts that had to be embedded (0 when nothing changed).")
    guides: int = Field(0, description="Guides in the index after the run.")
    kinds: dict[str, int] = Field(
        default_factory=dict,
        description="The catalog's product kinds after the run (every level of a category path, "
        "or a title's head word without one) -> how many products are of each.",
    )
    embedder: str = Field(
        "", description="The model the index's vectors are made with (by the catalog's language)."
    )


# -- answers -------------------------------------------------------------------------------
PersonaId = Literal["shopping_guide", "life_expert", "food_expert", "travel_planner", "copywriter"]
PERSONAS: tuple[str, ...] = get_args(PersonaId)


class AnswerProduct(SearchHit):
    """A recommended product: the catalog's facts (never model text) plus why it fits."""

    reason: str = Field(description="Why this product fits, tied to the advice it follows.")
    matched_dimensions: list[str] = Field(
        default_factory=list, description="Names of the advice dimensions this product satisfies."
    )


class ComparisonRow(BaseModel):
    """One dimension of the previous answer, and each compared product's value on it."""

    dimension: str = Field(description="The dimension (or Price, Rating) being compared.")
    values: dict[str, str] = Field(description="Product id -> that product's value.")
    meets_advice: dict[str, bool] = Field(
        default_factory=dict,
        description="Product id -> whether it follows this dimension's advice.",
    )


class Comparison(BaseModel):
    """A side-by-side of products by the dimensions of the answer they came from (商品PK)."""

    product_ids: list[str] = Field(description="The compared products, in the order asked.")
    rows: list[ComparisonRow] = Field(description="One row per dimension, then price and rating.")
    verdict: str = Field("", description="Which fits the advice better, in one sentence.")


class RejectedSource(BaseModel):
    """A guide near the question that was not used: it is about another kind of product."""

    id: str = Field(description="The guide's id.")
    score: float = Field(description="How near its needs came to the question (calibrated).")


class Answer(BaseModel):
    """Wenwen's reply to one question: advice in named dimensions plus ranked catalog products."""

    persona: PersonaId = Field(description="The role that answered.")
    summary: str = Field(description="The answer in a few sentences, like a senior shop assistant.")
    dimensions: list[Dimension] = Field(
        default_factory=list, description="Named aspects of the decision, each with advice."
    )
    products: list[AnswerProduct] = Field(
        default_factory=list, description="Catalog products that follow the advice, best first."
    )
    steps: list[str] = Field(default_factory=list, description="How-to or recipe steps, in order.")
    checklist: list[str] = Field(default_factory=list, description="What to pack or do, for trips.")
    copy_text: str | None = Field(None, description="The written text, for the copywriter role.")
    follow_ups: list[str] = Field(
        default_factory=list, description="Next questions the shopper can click (price, colour...)."
    )
    clarifying_question: str | None = Field(
        None, description="Asked when the need is too vague to answer well."
    )
    comparison: Comparison | None = Field(None, description="Present when asked to compare.")
    constraints: Constraints = Field(
        default_factory=Constraints, description="The hard constraints the products satisfy."
    )
    sources: list[str] = Field(default_factory=list, description="Ids of the guides used.")
    rejected_sources: list[RejectedSource] = Field(
        default_factory=list,
        description="Guides near the question but about another kind of product: not used.",
    )
    engine: Literal["offline", "llm"] = Field("offline", description="Which engine answered.")
    language: Literal["en", "zh"] = Field(
        "en", description="The language Wenwen wrote in: the shopper's, read from the question."
    )
    session_id: str = Field("", description="Send it back to continue the conversation.")
    notices: list[str] = Field(
        default_factory=list, description="Things the shopper should know, e.g. a fallback."
    )


class AskRequest(BaseModel):
    """Body of `POST /ask`."""

    question: str = Field(
        min_length=1,
        max_length=2000,
        examples=["My face is big and round, how do I choose a hat?"],
        description="What the shopper asks.",
    )
    session_id: str | None = Field(
        None, max_length=100, description="Continue this conversation (from a previous Answer)."
    )
    persona: PersonaId | None = Field(None, description="Force a role instead of routing.")


class Session(BaseModel):
    """What a conversation remembers between turns."""

    id: str
    topic: str = Field("", description="The need being refined (empty: the next turn is new).")
    persona: str | None = None
    guide_id: str | None = None
    constraints: Constraints = Field(default_factory=Constraints)
    product_ids: list[str] = Field(default_factory=list, description="The products shown last.")
    dimensions: list[Dimension] = Field(default_factory=list)
    turns: list[str] = Field(default_factory=list)
    updated: float = Field(default_factory=time.time)
    cheaper_cap: float | None = Field(
        None, description="The price cap 'cheaper' set (it was for that person)."
    )
