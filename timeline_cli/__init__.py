"""timeline: a sourced, dated timeline of who said what, from news article texts.

The library core is pure: `extract_article(text)` takes an article's text and
returns an `Article` with its statements; nothing here reads files or prints.
"""
from timeline_cli.errors import TimelineError
from timeline_cli.extract import extract_article
from timeline_cli.models import Article, Statement

__version__ = "0.1.0"
__all__ = ["Article", "Statement", "TimelineError", "extract_article", "__version__"]
