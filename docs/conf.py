"""Sphinx configuration for the `baocao_kt` documentation.

Build with ``python -m sphinx -W --keep-going -b html docs docs/_build/html``. The pages
are MyST Markdown; their ``>>>`` examples are run by pytest (``--doctest-glob=*.md``).
"""

from __future__ import annotations

from importlib.metadata import version as _version
from typing import TYPE_CHECKING

import baocao_kt.errors

if TYPE_CHECKING:
    from docutils.nodes import Element
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

project = "baocao_kt"
author = "baocao_kt developers"
copyright = "2026, baocao_kt developers"
release = _version("baocao_kt")
version = ".".join(release.split(".")[:2])
language = "en"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# Docstrings write `Percent` for a name: let that be a cross-reference where it resolves.
default_role = "py:obj"

# MyST: ::: fences for admonitions, definition lists for the glossary.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# autodoc: types in the signature; aliases such as `Number` are shown expanded.
autodoc_typehints = "signature"
autodoc_member_order = "bysource"

# napoleon: Google-style docstrings; attributes as fields, not separate objects.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
napoleon_use_rtype = False

html_theme = "furo"
html_title = f"baocao_kt {release}"
html_static_path: list[str] = []


# The errors are documented once, under their module (`baocao_kt.errors.ParseError`), and
# exported from the package too: let `ParseError` and `baocao_kt.ParseError` link there.
_ERRORS = frozenset(baocao_kt.errors.__all__)


def _link_error_alias(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: Element
) -> Element | None:
    """Resolve a reference to an error by its exported name to its documented one."""
    if node.get("refdomain") != "py":
        return None
    name = node["reftarget"].rpartition(".")[2]
    if name not in _ERRORS or node["reftarget"] not in {name, f"baocao_kt.{name}"}:
        return None
    target = f"baocao_kt.errors.{name}"
    return env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], target, node, contnode
    )


def setup(app: Sphinx) -> dict[str, bool]:
    """Connect the error aliases."""
    app.connect("missing-reference", _link_error_alias)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
