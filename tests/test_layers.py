"""The shape of the code, checked: layers, no cycles, word lists as data, wiring-only pipeline."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"
WORD_LIST = 8  # a literal of this many strings is a word list: it belongs in the lexicon


def test_the_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout[-3000:]


def test_no_module_imports_one_that_imports_it_back():
    graph = grimp.build_graph("assistant")
    cycles = [(a, b) for a in graph.modules for b in graph.find_modules_directly_imported_by(a)
              if graph.chain_exists(importer=b, imported=a)]  # fmt: skip
    assert cycles == []


def _word_lists(tree: ast.AST) -> list[int]:
    """Line numbers of literal lists, tuples and sets of many strings, and of strings split
    into many words."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            strings = [
                e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            if len(strings) >= WORD_LIST:
                found.append(node.lineno)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "split" and isinstance(node.func.value, ast.Constant)
                and len(str(node.func.value.value).split()) >= WORD_LIST):  # fmt: skip
            found.append(node.lineno)
    return found


def _all_names(tree: ast.AST) -> set[int]:
    return {node.value.lineno for node in ast.walk(tree) if isinstance(node, ast.Assign)
            and any(getattr(t, "id", "") == "__all__" for t in node.targets)}  # fmt: skip


def test_word_lists_live_in_the_lexicon_not_in_code():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lines = set(_word_lists(tree)) - _all_names(tree)
        offenders += [f"{path.relative_to(PACKAGE)}:{n}" for n in sorted(lines)]
    assert offenders == []


def test_the_pipeline_is_wiring_and_never_queries_the_store():
    source = (PACKAGE / "pipeline.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) < 250
    calls = {node.func.attr for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}  # fmt: skip
    assert not calls & {"query", "query_guides"}


def test_the_benchmark_scripts_still_import():
    """`make bench` is not run by the tests; a renamed import must still fail here."""
    import importlib.util

    for script in ("run.py", "load.py", "scale.py", "measure.py"):
        path = PACKAGE.parent / "bench" / script
        spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        try:
            spec.loader.exec_module(module)
        finally:
            del sys.modules[spec.name]
