"""A bounded memory of pure text functions.

An archive repeats itself: wire copy and reprints carry the same paragraphs and
quotes through many outlets, and attributions ("he said") recur endlessly. The
extractors that depend on nothing but their text remember recent answers, up to
a fixed number of entries of bounded length, so memory stays flat however large
the corpus.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar

Result = TypeVar("Result")

LONGEST_REMEMBERED = 2000   # characters; longer texts are rare and would make the memory large


def remember_texts(maxsize: int) -> Callable[[Callable[..., Result]], Callable[..., Result]]:
    """Memoise a pure function of a string (and other hashable arguments).

    Callers must not mutate what it returns.
    """
    def decorate(function: Callable[..., Result]) -> Callable[..., Result]:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def lookup(text: str, *rest: Any) -> Result:
            return cached(text, *rest) if len(text) <= LONGEST_REMEMBERED else function(text, *rest)

        return lookup
    return decorate
