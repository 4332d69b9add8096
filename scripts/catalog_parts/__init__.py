"""Generators for Wenwen's default catalog, one module per group of top-level categories.

Each module exposes ``PARTS``: a list of ``(code, generate)`` pairs, where ``code`` is a short
upper-case id prefix (e.g. ``"HT"`` for hats) and ``generate(rng)`` returns product dicts without
``id``, ``url`` and ``currency`` (``scripts/make_catalog.py`` adds those).
"""
