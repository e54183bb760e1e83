"""Fast regular expressions for long lists of words.

Python's `re` tries the alternatives of `a|b|c` one after another at every
position, so a pattern listing 150 reporting verbs costs 150 tries per character.
The same words folded into a prefix tree (`a(?:dd(?:ed|s)|...)`) cost a few tries
each. Matching is unchanged: the longest word wins, as when they are listed longest
first.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# The days of the week, lower case, for patterns matched with re.IGNORECASE or on lowered text.
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# Cyrillic letters that look like Latin ones, as they turn up inside Latin words ("Censor.N\u0415\u0422"
# with a Cyrillic E and T): read as their lookalikes where a word is tested, never in the text.
LATIN_LOOKALIKES = str.maketrans("\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456",
                                 "ABEKMHOPCTXaeopcyxi")



def without_accents(text: str) -> str:
    """The text with its accents dropped ("R\u00fctte" -> "Rutte", "Kul\u00e8ba" -> "Kuleba"): how names are
    compared across spellings (the speaker reader's misspellings, the store's name search)."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


_CHOICE = re.compile(r"\[([^\]\\^-]+)\]")


def _expand(word: str) -> list[str]:
    """'emphasi[sz]ed' -> ['emphasised', 'emphasized']; the only syntax allowed in a word list."""
    m = _CHOICE.search(word)
    if m is None:
        return [word]
    return [variant for ch in m.group(1) for variant in _expand(word[: m.start()] + ch + word[m.end() :])]


def word_alternation(words: str | Iterable[str]) -> str:
    """A regex (no capturing groups) matching any of `words` ("said|says|pointed out|emphasi[sz]ed").

    Words are literal text except for `[..]` choices of single characters.
    """
    items = words.split("|") if isinstance(words, str) else list(words)
    trie: dict = {}
    for word in {variant for item in items for variant in _expand(item)}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
