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
from typing import TypeVar

Result = TypeVar("Result")

LONGEST_REMEMBERED = 2000   # characters; longer texts are rare and would make the memory large


def remember_texts(maxsize: int) -> Callable[[Callable[[str], Result]], Callable[[str], Result]]:
    """Memoise a pure function of one string.

    Callers must not mutate what it returns.
    """
    def decorate(function: Callable[[str], Result]) -> Callable[[str], Result]:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def lookup(text: str) -> Result:   # called hundreds of times per article: kept minimal
            return cached(text) if len(text) <= LONGEST_REMEMBERED else function(text)

        return lookup
    return decorate
