"""timeline: a sourced, dated timeline of who said what, from news article texts.

The library core is pure: `extract_article(text)` takes an article's text and
returns an `Article` with its statements; nothing here reads files or prints.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline_cli.errors import TimelineError
from timeline_cli.models import Article, Statement

if TYPE_CHECKING:
    from timeline_cli.extract import extract_article

__version__ = "0.1.0"
__all__ = ["Article", "Statement", "TimelineError", "extract_article", "__version__"]


def __getattr__(name: str) -> Any:
    # The extractor compiles hundreds of regular expressions; load it on first use only,
    # so that `timeline show` and other readers of the store start fast.
    if name == "extract_article":
        from timeline_cli.extract import extract_article
        return extract_article
    raise AttributeError(f"module 'timeline_cli' has no attribute {name!r}")
