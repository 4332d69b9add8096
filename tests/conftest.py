"""Shared fixtures: a network guard, the real offline embedder, assistants over temp data dirs."""

from __future__ import annotations

import os
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

from assistant.index.embeddings import HashEmbedder, MiniLMEmbedder  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent
LOOPBACK = ("127.0.0.1", "::1", "localhost")
# Tests choose their engine: an OPENAI_* variable in the environment must not switch the LLM on.
NO_LLM = {"openai_api_key": None, "openai_base_url": None}


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Tests never leave the machine: any connection beyond loopback fails loudly."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in LOOPBACK and self.family != socket.AF_UNIX:
            raise RuntimeError(f"test tried to reach {address}: tests must stay offline")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def embedder() -> MiniLMEmbedder:
    """The real model: for tests of what a shopper finds."""
    return MiniLMEmbedder()


@pytest.fixture(scope="session")
def hashed() -> HashEmbedder:
    """No model: for tests of mechanics (files, stores, faults, commands), which need no torch."""
    return HashEmbedder()


def make_settings(data_dir: Path, **overrides) -> Settings:
    values = {
        "data_dir": data_dir,
        "catalog": FIXTURES / "mini_catalog.jsonl",
        "guides_dir": FIXTURES / "guides",
        "chinese_route": 0,  # built where a test asks for it: e5 takes a minute on the demo store
    } | overrides
    return Settings(_env_file=None, **(NO_LLM | values))


def cli_env(data_dir: Path, **settings: str) -> dict[str, str]:
    """The environment a `wenwen` subprocess runs in: offline, over ``data_dir``, with the fixture
    catalog and guides and the hash embedder (``embedder="minilm"`` for the model); ``settings``
    are more WENWEN_ variables (``ingest_chunk="8"``)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "WENWEN_"))}
    return (
        clean
        | {
            "WENWEN_DATA_DIR": str(data_dir),
            "WENWEN_CATALOG": str(FIXTURES / "mini_catalog.jsonl"),
            "WENWEN_GUIDES_DIR": str(FIXTURES / "guides"),
            "WENWEN_EMBEDDER": "hash",
            "WENWEN_CHINESE_ROUTE": "0",
        }
        | {f"WENWEN_{k.upper()}": v for k, v in settings.items()}
    )


@pytest.fixture
def fresh(tmp_path, hashed) -> Assistant:
    """An assistant over an empty data dir, with the fixture catalog as its default; hashed
    vectors (its tests are about what is stored, not what is found)."""
    return Assistant(make_settings(tmp_path / "data"), hashed)


@pytest.fixture(scope="session")
def mini(tmp_path_factory, embedder) -> Assistant:
    """The fixture catalog, indexed once for read-only retrieval tests."""
    assistant = Assistant(make_settings(tmp_path_factory.mktemp("mini")), embedder)
    assistant.ensure_index()
    return assistant


@pytest.fixture(scope="session")
def default_catalog(tmp_path_factory, embedder) -> Assistant:
    """The bundled default catalog and guides, indexed once (about a minute on 2 cores)."""
    settings = Settings(_env_file=None, data_dir=tmp_path_factory.mktemp("default"),
                        chinese_route=0, **NO_LLM)  # fmt: skip
    assistant = Assistant(settings, embedder)
    assistant.ensure_index()
    return assistant


@contextmanager
def serving(app):
    """``app`` served by uvicorn on a free port of 127.0.0.1 for the block; yields its base URL."""
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
