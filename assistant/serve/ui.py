"""The chat UI: a thin Gradio layer over `Assistant.stream` that shows each answer as it comes.

All the thinking stays in the Assistant; this module only shows the answer's parts (summary,
advice, steps, comparison, product cards, follow-ups) in the order the engine yields them, and
wires the widgets. Every
piece of catalog, guide or model text is escaped before it reaches the page: as HTML inside the
cards and tables, and as Markdown too everywhere else (see `md`).
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio: no outbound calls

import html  # noqa: E402
import re  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from functools import partial  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402
from urllib.parse import quote  # noqa: E402

import gradio as gr  # noqa: E402

from ..answer.format import price_text  # noqa: E402
from ..language.wording import wording  # noqa: E402
from ..schemas import PERSONAS, Answer, AnswerProduct, Comparison, ComparisonRow  # noqa: E402

if TYPE_CHECKING:
    from ..pipeline import Assistant

AUTO = "auto"
CHIPS = 4  # follow-up buttons under the chat
EXAMPLES = (
    "My face is big and round, how do I choose a hat?",
    "我是大圆脸，怎么选帽子？",
    "Black running shoes for men under 500 yuan",
    "给爸爸买双跑步鞋，三百以内",
    "How do I wash white sneakers?",
    "Write a birthday card for my mum to go with a silk scarf",
)
LANGUAGES = [("English", "en"), ("中文", "zh")]
Message = dict[str, Any]
# What Markdown would turn into links, images, emphasis or code; "https://" and "www." are
# escaped too, or GFM links the bare address.
MARKDOWN = re.compile(r"[\\`*_~\[\]|@]|(?<=:)/(?=/)|(?<=www)\.", re.I)


def esc(text: str) -> str:
    """Text for inside the cards' and tables' HTML, on one line: a blank line would end the HTML
    block, and whatever followed would be read as Markdown."""
    return html.escape(" ".join(text.split()))


def md(text: str) -> str:
    """Text for a Markdown part of the chat, shown as the very words given: a product titled
    ``[Sale](https://phish.example)`` or ``![x](https://tracker/p.png)`` stays text."""
    return html.escape(MARKDOWN.sub(lambda m: "\\" + m.group(), text))


# Some gradio wheels ship a stub SemiBold face (a few glyphs), so bold text mixes two fonts. Bold
# text here uses the complete Bold face instead (a relative URL: it works under a sub-path too).
CSS = """
@font-face { font-family: "Wenwen Bold"; font-style: normal; font-weight: 600 700;
  src: url("static/fonts/SourceSansPro/SourceSansPro-Bold.woff2") format("woff2"); }
.ww-header h1, #ww-chat strong, #ww-chat b, #ww-chat th, #ww-chat .ww-title, #ww-chat .ww-price,
#ww-chat .ww-rank, button.ww-bold { font-family: "Wenwen Bold", var(--font); }
.ww-header h1 { margin: 0; font-size: 1.6em; }
.ww-header h1 span { color: #ff5000; }
.ww-header p { margin: 2px 0 0; color: var(--body-text-color-subdued); }
#ww-chat strong { font-weight: 600; }
#ww-chat .ww-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr));
  gap: 10px; margin: 8px 0; }
#ww-chat .ww-card { border: 1px solid var(--border-color-primary); border-radius: 10px;
  padding: 10px 12px; background: var(--background-fill-primary); line-height: 1.35; }
#ww-chat .ww-rank { display: inline-block; width: 1.5em; height: 1.5em; border-radius: 50%;
  background: #ff5000; color: #fff; font-size: .75em; text-align: center; line-height: 1.5em;
  margin-right: 6px; font-weight: 600; vertical-align: 1px; }
#ww-chat .ww-card a.ww-title { font-weight: 600; text-decoration: none;
  color: var(--body-text-color); }
#ww-chat .ww-card a.ww-title:hover { text-decoration: underline; color: #ff5000; }
#ww-chat .ww-facts { margin: 6px 0 4px; display: flex; gap: 10px; align-items: baseline;
  flex-wrap: wrap; }
#ww-chat .ww-price { color: #ff5000; font-weight: 600; font-size: 1.15em; }
#ww-chat .ww-rating { color: #e09b00; font-size: .9em; }
#ww-chat .ww-brand { color: var(--body-text-color-subdued); font-size: .85em; }
#ww-chat .ww-reason { font-size: .85em; color: var(--body-text-color-subdued); }
#ww-chat .ww-compare th, #ww-chat .ww-compare td { padding: 4px 8px; font-size: .9em; }
#ww-chat .ww-meta { font-size: .75em; color: var(--body-text-color-subdued); margin-top: 4px; }
#ww-chips { gap: 8px; flex-wrap: wrap; }
#ww-chips button.ww-chip { flex: 0 0 auto; border-radius: 999px; padding: 5px 14px;
  font-size: .9em; border: 1px solid #ff5000; color: #ff5000;
  background: var(--background-fill-primary); }
#ww-chips button.ww-chip:hover { background: #fff1e8; }
"""


def header_html(language: str = "en") -> str:
    """The page's title and tagline in ``language``."""
    tagline = wording(language).say("ui_tagline")
    return (
        f"<style>{CSS}</style>"
        '<div class="ww-header"><h1><span>问问</span> Wenwen</h1>'
        f"<p>{html.escape(tagline)}</p></div>"
    )


# -- rendering: Answer -> chat parts -------------------------------------------------------
def card_html(product: AnswerProduct, rank: int) -> str:
    """One product card: rank, linked title, price, rating, brand, reason.

    The price's `title` holds the exact number and currency ("129.00 CNY"): a tooltip for the
    shopper and a hook for tests (the chat's HTML sanitizer drops `data-*` attributes).
    """
    href = "/p/" + quote(product.id, safe="")
    exact = "" if product.price is None else f"{product.price:.2f} {product.currency}"
    rating = (
        "" if product.rating is None else f'<span class="ww-rating">★ {product.rating:.1f}</span>'
    )
    return (
        '<div class="ww-card">'
        f'<span class="ww-rank">{rank}</span>'
        f'<a class="ww-title" href="{esc(href)}" target="_blank" rel="noopener">'
        f"{esc(product.title)}</a>"
        f'<div class="ww-facts"><span class="ww-price" title="{esc(exact)}">'
        f"{esc(price_text(product.price, product.currency))}</span>{rating}"
        f'<span class="ww-brand">{esc(product.brand)}</span></div>'
        f'<div class="ww-reason">{esc(product.reason)}</div></div>'
    )


def cards_html(products: list[AnswerProduct]) -> str:
    """All cards in one grid, on one line (a blank line would end the HTML block in Markdown)."""
    cards = "".join(card_html(p, i) for i, p in enumerate(products, 1))
    return f'<div class="ww-cards">{cards}</div>'


def comparison_html(
    comparison: Comparison, products: list[AnswerProduct], summary: str = ""
) -> str:
    """A small table: one column per compared product, one row per dimension; ✓ = follows advice."""
    titles = {p.id: p.title for p in products}
    ids = comparison.product_ids
    head = "".join(f"<th>{esc(titles.get(i, i))}</th>" for i in ids)
    rows = "".join(_compare_row(row, ids) for row in comparison.rows)
    shown = comparison.verdict and comparison.verdict != summary  # often the summary itself
    verdict = f"<p><b>{esc(comparison.verdict)}</b></p>" if shown else ""
    return f'<table class="ww-compare"><tr><th></th>{head}</tr>{rows}</table>{verdict}'


def _compare_row(row: ComparisonRow, ids: list[str]) -> str:
    cells = "".join(
        f"<td>{esc(row.values.get(i, '–'))}{' ✓' if row.meets_advice.get(i) else ''}</td>"
        for i in ids
    )
    return f"<tr><th>{esc(row.dimension)}</th>{cells}</tr>"


def _lines(items: list[str], bullet: Callable[[int], str]) -> str:
    return "\n".join(f"{bullet(i)} {md(item)}" for i, item in enumerate(items, 1))


def blocks(kinds: list[str], answer: Answer) -> list[str]:
    """One block per kind of part, in the order the parts first came, each drawn from the answer
    folded so far (a card grid grows as products come)."""
    return [block for kind in kinds if (block := _block(kind, answer))]


def render(kinds: list[str], answer: Answer, done: bool = False) -> str:
    """The reply so far, with who answered once it is whole."""
    blocks_ = blocks(kinds, answer)
    if done:
        say = wording(answer.language).say
        who = f"{say('persona_' + answer.persona)} · {say('engine_' + answer.engine)}"
        blocks_.append(f'<div class="ww-meta">{who}</div>')
    return "\n\n".join(blocks_)


def _block(kind: str, answer: Answer) -> str:
    say = wording(answer.language).say
    if kind == "summary":
        return md(answer.summary)
    if kind == "clarify" and answer.clarifying_question:
        return f"**{md(answer.clarifying_question)}**"
    if kind == "dimension" and not answer.comparison:
        return "\n".join(
            "- " + say("ui_dimension", name=md(d.name), advice=md(d.advice))
            for d in answer.dimensions
        )
    if kind == "steps":
        return f"**{say('ui_steps')}**\n\n" + _lines(answer.steps, lambda i: f"{i}.")
    if kind == "checklist":
        return f"**{say('ui_checklist')}**\n\n" + _lines(answer.checklist, lambda _: "- ☐")
    if kind == "copy" and answer.copy_text:
        return "\n".join(f"> {md(line)}" for line in answer.copy_text.splitlines())
    if kind == "comparison" and answer.comparison:
        return comparison_html(answer.comparison, answer.products, answer.summary)
    if kind == "product" and answer.products:
        return cards_html(answer.products)
    if kind == "notice":
        return "\n\n".join(f"_ⓘ {md(notice)}_" for notice in answer.notices)
    if kind == "follow_ups" and answer.follow_ups:
        return f"**{say('ui_next')}** " + " · ".join(md(f) for f in answer.follow_ups)
    return ""


# -- the streaming handler ---------------------------------------------------------------
def chip_updates(follow_ups: list[str]) -> list[dict]:
    """Show the first `CHIPS` follow-ups as buttons and hide the rest."""
    shown = follow_ups[:CHIPS]
    return [
        gr.update(value=shown[i], visible=True) if i < len(shown) else gr.update(visible=False)
        for i in range(CHIPS)
    ]


def stream_reply(
    get_assistant: Callable[[], Assistant],
    question: str,
    history: list[Message] | None,
    session_id: str | None,
    persona: str | None,
) -> Iterator[tuple]:
    """Yield (chat, session_id, language, *chips): the question at once, then the answer as each
    part comes from the engine. The page's language and the chips change only with the last part:
    the page follows the language the answer was written in."""
    history = list(history or [])
    question = (question or "").strip()
    if not question:
        yield history, session_id, gr.update(), *[gr.update() for _ in range(CHIPS)]
        return
    history.append({"role": "user", "content": md(question)})
    yield history, session_id, gr.update(), *chip_updates([])
    forced = None if persona in (None, "", AUTO) else persona
    reply = get_assistant().stream(question, session_id, forced)
    kinds: list[str] = []
    for part in reply:
        kind = "summary" if part.kind == "summary_delta" else part.kind
        if kind not in kinds:
            kinds.append(kind)
        content = render(kinds, reply.answer)
        if content:  # nothing to show yet before the summary starts
            message = {"role": "assistant", "content": content}
            yield [*history, message], reply.session_id, *[gr.update()] * (CHIPS + 1)
    answer = reply.answer
    message = {"role": "assistant", "content": render(kinds, answer, done=True)}
    yield [*history, message], reply.session_id, answer.language, *chip_updates(answer.follow_ups)


def _from_textbox(get_assistant: Callable[[], Assistant], *args: Any) -> Iterator[tuple]:
    """Like `stream_reply`, with the textbox cleared first."""
    for out in stream_reply(get_assistant, *args):
        yield "", *out


# -- layout and wiring -------------------------------------------------------------------
@dataclass
class _Widgets:
    header: gr.HTML
    language: gr.Radio
    question: gr.Textbox
    send: gr.Button
    chat: gr.Chatbot
    session: gr.State
    persona: gr.Dropdown
    new_chat: gr.Button
    chips: list[gr.Button]
    examples: gr.Dataset

    def labelled(self) -> list[Any]:
        """The widgets whose words follow the page's language, in `relabel`'s order."""
        return [self.header, self.language, self.persona, self.question, self.send,
                self.new_chat, self.examples]  # fmt: skip


def persona_choices(language: str) -> list[tuple[str, str]]:
    say = wording(language).say
    return [(say("persona_auto"), AUTO)] + [(say(f"persona_{p}"), p) for p in PERSONAS]


def relabel(language: str) -> list[dict]:
    """Updates that put the page's own words in ``language`` (see `_Widgets.labelled`)."""
    say = wording(language).say
    return [
        gr.update(value=header_html(language)),
        gr.update(label=say("ui_language")),
        gr.update(label=say("ui_who"), choices=persona_choices(language)),
        gr.update(placeholder=say("ui_placeholder")),
        gr.update(value=say("ui_ask")),
        gr.update(value=say("ui_new_chat")),
        gr.update(label=say("ui_try")),
    ]


def _layout() -> _Widgets:
    session = gr.State(None)  # one conversation per browser tab
    say = wording("en").say
    with gr.Row():
        header = gr.HTML(header_html("en"), scale=3)
        with gr.Column(scale=1, min_width=200):
            language = gr.Radio(LANGUAGES, value="en", label=say("ui_language"),
                                elem_id="ww-language")  # fmt: skip
            persona = gr.Dropdown(persona_choices("en"), value=AUTO, label=say("ui_who"))
    # No LaTeX: "$$" in a product's text must stay text, not become a formula.
    chat = gr.Chatbot(
        label="Wenwen", elem_id="ww-chat", height=620, buttons=["copy"], latex_delimiters=[]
    )
    with gr.Row(elem_id="ww-chips"):
        chips = [
            gr.Button(visible=False, size="sm", elem_classes="ww-chip", min_width=0, scale=0)
            for _ in range(CHIPS)
        ]
    with gr.Row(equal_height=True):
        question = gr.Textbox(
            placeholder=say("ui_placeholder"), show_label=False, scale=8, elem_id="ww-ask"
        )
        send = gr.Button(say("ui_ask"), variant="primary", scale=1, min_width=90,
                         elem_classes="ww-bold", elem_id="ww-send")  # fmt: skip
        new_chat = gr.Button(say("ui_new_chat"), scale=1, min_width=90, elem_classes="ww-bold")
    examples = gr.Examples([[q] for q in EXAMPLES], inputs=[question], label=say("ui_try"))
    return _Widgets(header, language, question, send, chat, session, persona, new_chat, chips,
                    examples.dataset)  # fmt: skip


def _wire(w: _Widgets, get_assistant: Callable[[], Assistant]) -> None:
    outputs = [w.chat, w.session, w.language, *w.chips]
    context = [w.chat, w.session, w.persona]
    typed = partial(_from_textbox, get_assistant)
    for event in (w.question.submit, w.send.click):
        event(typed, [w.question, *context], [w.question, *outputs], show_progress="minimal")
    for chip in w.chips:
        chip.click(
            partial(stream_reply, get_assistant), [chip, *context], outputs, show_progress="minimal"
        )
    w.new_chat.click(lambda: ([], None, gr.update(), *chip_updates([])), None, outputs)
    # Set by the shopper or by an answer in the other language: the page's words follow.
    w.language.change(relabel, [w.language], w.labelled(), show_progress="hidden")


def build_ui(get_assistant: Callable[[], Assistant]) -> gr.Blocks:
    """The chat UI; `get_assistant` is called per question (the API builds it at start-up).

    Mount it with `gr.mount_gradio_app(app, build_ui(lambda: app.state.assistant), path="/")`.
    """
    with gr.Blocks(title="Wenwen 问问", analytics_enabled=False) as demo:
        _wire(_layout(), get_assistant)
    return demo
