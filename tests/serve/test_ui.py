"""The chat UI: rendering and streaming without a browser, then a real chat in headless Chromium."""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path

import pytest

from assistant.answer.parts import parts_of
from assistant.pipeline import Assistant
from assistant.schemas import Answer, AnswerProduct, Comparison, ComparisonRow, Dimension
from assistant.serve.ui import CHIPS, blocks, card_html, stream_reply
from tests.conftest import make_settings, serving
from tests.scripted import ScriptedEngine

ROOT = Path(__file__).parent.parent.parent
CHROMIUM = Path("/usr/bin/chromium")
HOW_TO_INSTALL = (
    "needs Chromium and Playwright: apt-get install -y chromium; pip install playwright"
)
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
QUESTION = "My face is big and round, how do I choose a hat?"
HAN = re.compile(r"[\u4e00-\u9fff]")


def product(pid: str = "X1", title: str = "Plain Hat", price: float = 129) -> AnswerProduct:
    return AnswerProduct(
        id=pid,
        title=title,
        category="Accessories > Hats",
        brand="Brand & Co",
        price=price,
        currency="CNY",
        rating=4.5,
        url=f"/p/{pid}",
        attributes={},
        score=1.0,
        reason="Follows the advice on <Shape>.",
    )


# -- without a browser ---------------------------------------------------------------------
def test_catalog_text_in_a_card_is_escaped():
    card = card_html(product(pid='a"b', title="<script>alert(1)</script>"), 1)
    assert "<script>" not in card and "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "&lt;Shape&gt;" in card and "Brand &amp; Co" in card
    assert 'href="/p/a%22b"' in card
    assert 'class="ww-price" title="129.00 CNY">¥129<' in card


def test_a_reply_streams_summary_first_and_updates_chips_last(mini, embedder):
    answer = Answer(
        persona="shopping_guide",
        summary="Go tall.",
        dimensions=[Dimension(name="Shape", advice="High crown.")],
        products=[product()],
        follow_ups=["under ¥80", "in black"],
    )
    engine = ScriptedEngine().enqueue(answer)
    assistant = Assistant(mini.settings, embedder, engine=engine)
    outs = list(stream_reply(lambda: assistant, " hats? ", [], None, "auto"))
    assert [e.question for e in engine.seen] == ["hats?"]  # asked once
    texts = [out[0][-1]["content"] for out in outs[1:] if out[0][-1]["role"] == "assistant"]
    assert texts[0] == "Go tall."
    assert all(later.startswith(earlier) for earlier, later in itertools.pairwise(texts))
    assert "**Shape**: High crown." in texts[-1] and "ww-card" in texts[-1]
    sessions = {out[1] for out in outs[1:]}
    assert len(sessions) == 1 and sessions.pop()
    assert outs[-1][2] == "en"  # the page stays English
    chips = outs[-1][3:]
    assert len(chips) == CHIPS and [c.get("value") for c in chips[:2]] == answer.follow_ups
    assert [c.get("visible") for c in chips] == [True, True, False, False]


def test_every_answer_part_is_escaped():
    raw = ["<b>x</b>", "<i>Dear</i>", "<u>n</u>", "<img src=x>", "<em>e</em>", "<q>?</q>"]
    raw += ["<s>f</s>", "<script>alert(2)</script>", "<td>dim</td>", "<tr>val</tr>", "<em>v</em>"]
    answer = Answer(
        persona="copywriter",
        summary=raw[0],
        copy_text=raw[1],
        notices=[raw[2]],
        steps=[raw[3]],
        checklist=[raw[4]],
        clarifying_question=raw[5],
        follow_ups=[raw[6]],
        products=[product("X2", raw[7])],
        comparison=Comparison(
            product_ids=["X2"],
            rows=[ComparisonRow(dimension=raw[8], values={"X2": raw[9]})],
            verdict=raw[10],
        ),
    )
    text = "\n\n".join(blocks(list(dict.fromkeys(p.kind for p in parts_of(answer))), answer))
    assert [r for r in raw if r in text] == []
    assert [r for r in raw if html.escape(r) not in text] == []


# -- in a browser --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(tmp_path_factory, embedder):
    """The fixture store with its Chinese route (e5 on 24 products: seconds), as `make run`
    serves a store: English questions search MiniLM, Chinese ones the route."""
    from assistant.serve.api import create_app

    settings = make_settings(tmp_path_factory.mktemp("ui"), chinese_route=1000)
    assistant = Assistant(settings, embedder)
    assistant.ensure_index()
    with serving(create_app(settings, assistant)) as url:
        yield url


@pytest.fixture
def page():
    if not CHROMIUM.exists():
        pytest.skip(HOW_TO_INSTALL)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip(HOW_TO_INSTALL)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 1400})
        outside: list[str] = []
        context.route(re.compile(r"^(?!https?://127\.0\.0\.1[:/]).*"), lambda r: _block(r, outside))
        page = context.new_page()
        page.set_default_timeout(20_000)
        yield page
        browser.close()
        assert not outside, f"the UI fetched from outside: {outside}"


def _block(route, outside: list[str]) -> None:
    if not route.request.url.startswith(("data:", "blob:")):
        outside.append(route.request.url)
    route.abort()


def wait_for_replies(page, n: int) -> None:
    """Wait until `n` replies are complete: the footer is the last part streamed."""
    page.wait_for_function(f"document.querySelectorAll('#ww-chat .ww-meta').length >= {n}")


def click_a_price_chip_and_check_every_card(page, chip_text: re.Pattern) -> None:
    """Click the first price chip (its text matching ``chip_text``): the next reply's cards all
    cost at most the chip's price."""
    chip = page.locator(".ww-chip").filter(has_text=chip_text).first
    limit = float(re.search(r"\d+", chip.inner_text()).group())
    chip.click()
    wait_for_replies(page, 2)
    new_cards = page.locator("#ww-chat .ww-cards").nth(1).locator(".ww-card .ww-price")
    prices = [float(p.get_attribute("title").split()[0]) for p in new_cards.all()]
    assert prices and all(price <= limit for price in prices), (limit, prices)


def screenshot(page, name: str) -> None:
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "test-artifacts" / name), full_page=True)


def test_a_chat_in_the_browser(page, server):
    page.goto(server)
    page.locator("#ww-ask textarea").fill(QUESTION)
    page.locator("#ww-ask textarea").press("Enter")
    wait_for_replies(page, 1)
    cards = page.locator("#ww-chat .ww-cards").nth(0).locator(".ww-card")
    assert cards.count() >= 3

    link = cards.first.locator("a.ww-title")
    title = link.inner_text().strip()
    with page.context.expect_page() as opened:
        link.click()
    product_page = opened.value
    product_page.wait_for_load_state()
    assert product_page.locator("h1").first.inner_text().strip() == title
    product_page.close()

    click_a_price_chip_and_check_every_card(page, re.compile(r"under ¥\d+"))

    assert page.locator("#ww-send").inner_text().strip() == "Ask"  # the page stayed English
    screenshot(page, "ui.png")


def test_a_chinese_chat_in_the_browser(page, server):
    page.goto(server)
    page.locator("#ww-ask textarea").fill("我是大圆脸，怎么选帽子？")
    page.locator("#ww-ask textarea").press("Enter")
    wait_for_replies(page, 1)
    reply = page.locator("#ww-chat .message-row.bot-row").first.inner_text()
    assert HAN.search(reply.split("\n")[0]), reply  # the summary is Chinese
    assert "帽型" in reply and "符合建议" in reply  # the guide's Chinese dimensions, reasons
    assert page.locator("#ww-chat .ww-cards").nth(0).locator(".ww-card").count() >= 3
    # The page's own words followed the question into Chinese.
    page.wait_for_function("document.querySelector('#ww-send').innerText.trim() == '问一问'")
    assert page.locator("#ww-language input[value=zh]").is_checked()

    click_a_price_chip_and_check_every_card(page, re.compile(r"¥\d+以内"))

    screenshot(page, "ui-zh.png")
