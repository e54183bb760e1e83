"""Direct quotes and reported speech in an article's body paragraphs.

Two passes over each body paragraph, both linear in its length:
- reported speech: a reporting verb outside quotes, its subject before it
  ("NATO's Secretary General Jens Stoltenberg has said"), its clause after it
  ("that ...", "to ...", or the predicate for "denied", "accused", "urged");
- direct quotes: each quoted span with its attribution after it ("..., he said")
  or before it ("Stoltenberg said: ..."), else the speaker of the quote it
  continues (next paragraph, split by "he said", or a quote-only paragraph).
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import OrderedDict
from collections.abc import Iterator
from copy import copy
from dataclasses import dataclass
from typing import Any

from timeline_cli.cleaning import Paragraph
from timeline_cli.dates import may_give_a_date, relative_day, resolve_in_month, resolve_statement_date
from timeline_cli.memo import LONGEST_REMEMBERED, remember_texts
from timeline_cli.models import FuzzyDate, Statement
from timeline_cli.patterns import WEEKDAYS, word_alternation
from timeline_cli.speakers import (_BULLET_OPENING, ROLE_NOUNS, _NICKNAME_IN_NAME, _QUOTED_ADVERB_END, _LIST_ITEM_BEFORE, _LEADING_PHRASE, _MARKS_AFTER_COMMA, _PARTICIPLE_OPENING, _PARTICIPLES_OF_SPEECH, _SECTION_LABEL, REPORTING_PARTICIPLES, _WIRE_DATELINE, NEWSROOM_LABEL, ORG_HEADS, OUTLET_NAMES, TITLE_WORDS, People, Person, Speaker, SpeakerResolver, find_names, headline_label,
                                   opening_end, parse_subject,
                                   speaking_clause_start)

# --- quotes -----------------------------------------------------------------------

_QUOTE_CHARS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u2039\u203a]")
_CLOSERS = {"\u201c": "\u201d\"", "\u201e": "\u201c\u201d\"", "\u00ab": "\u00bb", "\"": "\"\u201d", "\u2018": "\u2019", "\u2039": "\u203a",
            "\u201d": "\u201d\""}   # Swedish and Finnish typography (and many a scraped page) open with the closing mark


@dataclass
class Quote:
    start: int        # offsets of the quoted words (without the marks), absolute
    end: int
    open_start: int   # offset of the opening mark (or paragraph start when continued)
    close_end: int    # offset just after the closing mark (or paragraph end when open)
    continues: bool = False   # the rest of a quote left open in an earlier paragraph
    open_end: bool = False    # no closing mark before the paragraph ended


def _misused_opener(prev: str, nxt: str) -> bool:
    """'hospitalised,\u201c he said', 'territory\u201c, said the minister': an opening mark set where
    the closing one belongs, right after the words' last punctuation and before a space, or glued
    to the last word and before the punctuation that ends the words."""
    return (prev in ",.!?\u2026" and nxt.isspace()) or (prev.isalnum() and nxt in ",.;")


def _closes_twice(text: str, k: int, opener: str) -> bool:
    """Whether two closing marks of `opener` follow position `k` before it opens again."""
    closer = "\u201d" if opener == "\u201c" else "\u00bb"
    reopen = text.find(opener, k + 1)
    end = reopen if reopen >= 0 else len(text)
    first = text.find(closer, k + 1, end)
    return first >= 0 and text.find(closer, first + 1, end) >= 0


def find_quotes(text: str, offset: int, carry_open: bool) -> list[Quote]:
    """Quoted spans of one paragraph. `carry_open`: the previous body paragraph ended inside a quote."""
    quotes: list[Quote] = []
    inside: str | None = None
    start = 0
    nested = False   # inside a straight quote, a quote of its own: 'he said: "this "dove of peace" sent ..."'
    nested_end = -1  # where the last such inner quote closed
    inner_open = 0   # inner quotes open inside a curly quote or guillemets of the same kind
    for m in _QUOTE_CHARS.finditer(text):
        ch, k = m.group(0), m.start()
        prev = text[k - 1] if k else " "
        nxt = text[k + 1] if k + 1 < len(text) else " "
        if inside is None:
            if ch == "\u2019" or (ch == "\u2018" and (prev.isalnum() or not nxt.isalnum())):
                continue  # an apostrophe, not a quotation mark
            if ch == "\u201d" and nxt.isalnum() and (prev.isspace() or prev in ":(\u2013\u2014-") and not (
                    # (Unless a quote left open above ends here: 'medical care, \u201dsaid the governor.')
                    carry_open and not quotes and prev.isspace() and text[k - 2 : k - 1] in ",.!?\u2026"):
                inside, start = ch, k   # "he wrote: ”Windows were broken ...”": a mark before a word opens
                continue
            closing = (ch in "\u201d\u00bb\u203a" or (ch == "\"" and not prev.isspace() and (nxt.isspace() or nxt in ".,;:)" or k + 1 == len(text)) and k > 0)
                       or (ch == "\u201c" and _misused_opener(prev, nxt)))
            if closing:
                if carry_open and not quotes:
                    quotes.append(Quote(offset, offset + k, offset, offset + k + 1, continues=True))
                    carry_open = False
                continue
            inside, start = ch, k
        else:
            if inside == ch == "\"":
                if prev.isspace() and nxt.isalnum():
                    nested = True   # a mark that opens, inside the quote: the words quote someone
                    continue
                if nested and not prev.isspace():
                    nested, nested_end = False, k  # ... and its closing mark; the outer quote goes on
                    continue
            # (A ’ between letters is an apostrophe, unless a capital follows a small letter: a
            # closing mark glued to the next sentence, "‘large-scale provocation’Moscow claimed".)
            if ((ch in _CLOSERS[inside] and not (ch == "\u2019" and nxt.isalnum() and not (nxt.isupper() and prev.islower())))
                    or (ch == inside == "\u201c" and _misused_opener(prev, nxt))):
                if inner_open:
                    inner_open -= 1   # the inner quote's closing mark: the outer quote goes on
                    continue
                if k > start + 1:
                    quotes.append(Quote(offset + start + 1, offset + k, offset + start, offset + k + 1))
                inside, nested, nested_end = None, False, -1
            elif ch == inside and ch in "\u201c\u00ab" and _closes_twice(text, k, ch):
                # '\u201cThe missiles are not \u201cbearers of sovereignty\u201d, so ...,\u201d he said': a quote
                # inside the quote, in the same marks, when two closing marks follow before the next opening one.
                inner_open += 1
            elif ch == inside and ch in "\u201c\u00ab\u201e":
                start = k  # an opening mark again: the earlier one was never closed
    if inside == "\"" and nested_end > start:
        # The outer quote never closes: its first mark was a stray one ('"The missile is a weapon
        # "that can reach Moscow," said X'), and the inner quote's closing mark closes the words.
        quotes.append(Quote(offset + start + 1, offset + nested_end, offset + start, offset + nested_end + 1))
    elif inside is not None and len(text) > start + 1:
        if (forgotten := _FORGOTTEN_CLOSE.search(text, max(start + 1, len(text) - _FORGOTTEN_CLOSE_REACH))) is not None:
            # The words end where their attribution begins: the closing mark was never typed.
            quotes.append(Quote(offset + start + 1, offset + forgotten.start(), offset + start, offset + forgotten.start()))
        else:
            quotes.append(Quote(offset + start + 1, offset + len(text), offset + start, offset + len(text), open_end=True))
    if carry_open and quotes and not quotes[0].continues and quotes[0].open_start == offset:
        quotes[0].continues = True  # a new paragraph of the same quote opens with a mark again
    if (", '" in text or ": '" in text) and (single := _single_quotes_after_verb(text, offset, quotes)):
        quotes = sorted(quotes + single, key=lambda q: q.open_start)
    return quotes


# Words in straight single quotes right after a verb of saying: "Zelensky stated, 'But strikes are not
# carried out with words. Such things are not announced.'" (An apostrophe inside may only be followed
# by a small letter, "don't"; the closing mark follows the words' last punctuation.)
_STRAIGHT_SINGLE_QUOTE = re.compile(r"(?<=[,:] )'(?=[A-Z])(?:[^'\n]|'(?=[a-z]))*?[.!?,]'(?=\s|$)")


def _single_quotes_after_verb(text: str, offset: int, quotes: list[Quote]) -> list[Quote]:
    found = []
    starts = [q.open_start - offset for q in quotes]   # (in order, none overlapping: one neighbour to check)
    for m in _STRAIGHT_SINGLE_QUOTE.finditer(text):
        s, e = m.start(), m.end()
        if (before := bisect.bisect_left(starts, e) - 1) >= 0 and quotes[before].close_end - offset > s:
            continue   # inside or across quotes found already
        if _SAID_BEFORE_SINGLE.search(text, max(0, s - 40), s) is None:
            continue   # "the so-called 'red lines,' which ...": no verb of saying before it
        found.append(Quote(offset + s + 1, offset + e - 1, offset + s, offset + e))
    return found


# --- sentences ----------------------------------------------------------------------

# Titles written with a full stop before a name ("Sen. X", "Gen. X"): no sentence ends there.
_TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Sen", "Rep", "Gov", "Cmdr", "Cdr", "Brig")
_ABBREVIATIONS = re.compile(r"(?:\b(?:" + "|".join(_TITLE_ABBREVIATIONS) + r"|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Corp|approx|e\.g|i\.e)|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])\.$")
# A full stop glued to the next sentence ("told reporters.The spokesman added", 'on Wednesday.“Air
# defenses ...') ends one too, after a lower-case word (not "U.S.", not "Censor.NET", not a site's
# name in title case, "Caliber.Az quotes ..."); so does a closing mark glued to one ("...
# ‘large-scale provocation’Moscow claimed": a headline run on).
# (A run of marks is read once, from its first mark: "......" costs its length, not its length squared.)
# (A footnote's number may follow the stop: "... on peace agreements.[2] The United States ...".)
_WEB_SUFFIXES = r"(?:Az|Ru|Ua|By|Kz|Uz|Ge|Am|Com|Net|Org|Info|News)\b"
_SENTENCE_END = re.compile(r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*+(?:[\"'\u201d\u2019\u00bb)]*(?:\[\d{1,3}\])?(?=\s+[\"'\u201c\u201d\u2018\u00ab(]?[A-Z0-9])|(?<=[a-z]{2}\.)(?=[\u201c\u00ab]?[A-Z][a-z])(?!" + _WEB_SUFFIXES + ")"
                           r"|(?<=[a-z]{2}\.)[\u201d\u2019\u00bb]+(?=[A-Z][a-z]))"   # ('... apart.\u201dRussian ...': the space lost after a quote)
                           r"|[\u201d\u2019](?<=[a-z]{2}[\u201d\u2019])(?=[A-Z][a-z])")   # (the mark first: a test only where one stands)

# A footnote's number closing a sentence ("agreements.[2]").
_FOOTNOTE_END = re.compile(r"\[\d{1,3}\]\s*$")
# "7:25 p.m. ET": a time zone after a clock time, where "p.m." ends no sentence.
_TIME_ZONE = re.compile(r"\s+\(?(?:ET|EST|EDT|CT|PT|PST|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|Moscow|Kyiv|Kiev)\b")


def _overlapping(quotes: list[Quote], starts: list[int], begin: int, end: int) -> list[Quote]:
    """Quotes (sorted, not overlapping) that intersect [begin, end), found by bisection."""
    i = max(0, bisect.bisect_right(starts, begin) - 1)
    found = []
    while i < len(quotes) and quotes[i].open_start < end:
        if quotes[i].close_end > begin:
            found.append(quotes[i])
        i += 1
    return found


_BULLETS = "\u2022\u25aa\u25cf\u2023*-\u2013\u2014"
_BULLET_LABEL = re.compile(r"^.\s*(?P<label>[^.:;!?\n]{3,100}:)\s+(?=[A-Z])")


def split_sentences(text: str, offset: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentence spans (absolute), never breaking inside a quote."""
    starts = [q.open_start for q in quotes]
    if " | " not in text:
        return _sentence_spans(text, offset, quotes, starts)
    # "..., the official has said | 1 June 2023 | Several drones ...": a page's pipes set apart its
    # headline, date and body, each of them sentences of its own (not inside a quote).
    spans: list[tuple[int, int]] = []
    segment = 0
    for pipe in re.finditer(r" \| ", text):
        i = bisect.bisect_left(starts, offset + pipe.start()) - 1
        if i >= 0 and quotes[i].open_start < offset + pipe.start() < quotes[i].close_end:
            continue
        spans.extend(_sentence_spans(text[segment : pipe.start()], offset + segment, quotes, starts))
        segment = pipe.end()
    spans.extend(_sentence_spans(text[segment:], offset + segment, quotes, starts))
    return spans


def _sentence_spans(text: str, offset: int, quotes: list[Quote], starts: list[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    if text[:1] in _BULLETS and (label := _BULLET_LABEL.match(text)) is not None and text[label.end() : label.end() + 1] not in _OPENING_MARKS and (
            (verb := _VERB_AT_END.search(label.group("label"))) is None or verb.group("adv")):   # (not "Berg said: ...")
        # "\u2022 Drone hits Russian airfield: A drone strike took place ...": a key-events list's item
        # opens with its headline, no one's words (left out of the spans); the first sentence follows.
        start = label.end()
    elif text.startswith("[") and (close := text.find("]", 1, 200)) > 0 and text[close + 1 : close + 2].isspace():
        # "[Peskov: drone strikes will not ...] May 31, Peskov said ...": a headline in brackets glued
        # before the paragraph's first sentence is a sentence of its own.
        spans.append((offset, offset + close + 1))
        start = close + 1
        while start < len(text) and text[start].isspace():
            start += 1
    for m in _SENTENCE_END.finditer(text, start):
        position = offset + m.start()
        i = bisect.bisect_left(starts, position) - 1
        if i >= 0 and quotes[i].open_start < position < quotes[i].close_end - 1:
            # Inside a quote, except at its very end when it began inside the sentence:
            # 'criticized attacks on “peaceful civilian targets.” The report said ...'.
            if not (offset + m.end() >= quotes[i].close_end and quotes[i].open_start > offset + start):
                continue
        if _ABBREVIATIONS.search(text[max(0, m.start() - 12) : m.start() + 1]):
            continue
        if text[max(0, m.start() - 3) : m.start() + 1] in ("a.m.", "p.m.") and _TIME_ZONE.match(text, m.end()):
            continue   # "At 3:25 a.m. local time (7:25 p.m. ET), ...": a clock time, not a sentence's end
        spans.append((offset + start, offset + m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((offset + start, offset + len(text)))
    return spans


# --- reporting verbs ------------------------------------------------------------------

_SAY = ("said|says|say|added|adds|stressed|stresses|warned|warns|noted|notes|insisted|insists|reiterated|reiterates|"
        "stated|states|explained|explains|argued|argues|emphasi[sz]ed|emphasi[sz]es|confirmed|confirms|announced|announces|"
        "declared|declares|wrote|writes|replied|replies|responded|responds|acknowledged|acknowledges|admitted|admits|"
        "asserted|asserts|maintained|maintains|suggested|suggests|believes|believed|considered that|considers that|recogni[sz]ed that|recogni[sz]es that|predicted|predicts|"
        "indicated|indicates|revealed|reveals|underlined|underlines|underscored|underscores|observed|observes|"
        "recalled|recalls|pointed out|points out|made clear|makes clear|made it clear|makes it clear|continued|continues|concluded|concludes|"
        "commented|comments|remarked|remarks|estimated|estimates|assured|assures|conceded|concedes|thinks|thought|"
        "hopes|hoped|signalled|signaled|signals|clarified|clarifies|specified|specifies|asked|asks|reported|reports|"
        "highlighted|highlights|informed|cautioned|cautions|reaffirmed|reaffirms|repeated|repeats|"
        "complained|complains|mentioned|mentions|contended|contends|lamented|laments|disclosed|discloses|"
        "affirmed|affirms|agreed|agrees|tweeted|tweets|posted|posts|hinted|hints|boasted|boasts|speculated|speculates|countered|retorted|"
        "drew attention to the fact|draws attention to the fact|pointed to the fact|points to the fact|"
        "expressed hope|expressed the hope|expressed confidence|expressed concern|expressed the view|expressed the belief|"
        "expressed his conviction|expressed her conviction|expressed regret|expressed the assumption|expressed the opinion|"
        # (A possessive before the noun: "The head of the ministry expressed his belief that ...".)
        "expressed his belief|expressed her belief|expressed their belief|expressed its belief|expressed his hope|expressed her hope|"
        "expressed their hope|expressed its hope|expressed his confidence|expressed her confidence|expressed their confidence|"
        "expressed its confidence|expressed his opinion|expressed her opinion|expressed his view|expressed her view|"
        "voiced hope|voiced the hope|voiced confidence|voiced concern|voiced the view|voiced the belief|voiced the assumption|voiced the opinion|"
        "advised|advises|answered|answers|elaborated|elaborates|quipped|quips|joked|jokes|summari[sz]ed|summari[sz]es|"
        # ("He went on to warn that ...": a base form after "went on to", which no other verb here has.)
        "went on to warn|went on to stress|went on to note|went on to explain|went on to claim|went on to insist|"
        "went on to argue|went on to suggest|went on to emphasi[sz]e|went on to add")
_TELL = "told|tells|reminded|reminds|informed|informs|assured|assures|reassured|reassures|warned|warns|cautioned|cautions"
_CLAIM = "claimed|claims|claim|alleged|alleges"
# Verbs whose words are an object or an infinitive: the statement is the whole predicate.
_PREDICATE = ("denied|denies|warned against|warns against|cautioned against|cautions against|warned of|warns of|"
              "expressed support for|expressed opposition to|voiced support for|voiced opposition to|"
              "expressed his support for|expressed her support for|expressed his opposition to|expressed her opposition to|accused|accuses|urged|urges|called for|calls for|called on|calls on|called|calls|condemned|condemns|"
              "blamed|blames|rejected|rejects|dismissed|dismisses|vowed|vows|threatened|threatens|promised|promises|"
              "pledged|pledges|welcomed|welcomes|criticised|criticized|criticises|criticizes|demanded|demands|"
              "denounced|denounces|decried|decries|lambasted|lambasts|"
              "refused|refuses|appealed|appeals|praised|praises|hailed|hails|described|describes|characteri[sz]ed|characteri[sz]es|referred to|refers to|"
              "labeled|labelled|labels|branded|termed|"
              "went on to accuse|went on to describe|went on to call|went on to urge|went on to deny|went on to condemn|"
              "went on to criticise|went on to criticize|went on to praise|went on to blame")
_AUX = r"(?:went\s+on\s+to|goes\s+on\s+to|has|have|had|also|again|repeatedly|reportedly|publicly|previously|earlier|later|then|once|further|already|recently|now|not|never|just|only|similarly|separately|likewise|even|therefore|thus|subsequently|officially|openly|explicitly|immediately|quickly|swiftly|would|will|could|did|does|do)"
_PREDICATE_VERB, _CLAIM_VERB, _TELL_VERB = re.compile(_PREDICATE), re.compile(_CLAIM), re.compile(_TELL)
# Every reporting verb, as one prefix tree (patterns.py): these run on every sentence.
_ANY_VERB = word_alternation(f"{_PREDICATE}|{_CLAIM}|{_TELL}|{_SAY}")
_SAYING_VERB = word_alternation(f"{_SAY}|{_TELL}|{_CLAIM}")
_SAYING_VERB_ONLY = re.compile(_SAYING_VERB)
_SAID_BEFORE_SINGLE = re.compile(rf"\b(?:{_SAYING_VERB})(?:\s+[\w.'-]+){{0,3}}\s*[,:] $")   # (see _single_quotes_after_verb)
# Verbs whose words may also come first: "The attack will not pass without a response, Putin vowed."
_PROMISE = "vowed|vows|pledged|pledges|threatened|threatens|urged|urges|demanded|demands|denied|denies|promised|promises"
_WORDS_FIRST_VERB = word_alternation(f"{_SAY}|{_TELL}|{_CLAIM}|{_PROMISE}")
_SPEECH_VERB = word_alternation(f"{_SAY}|{_TELL}")
_VERB = re.compile(rf"(?<![-\w])(?P<verb>{_ANY_VERB})\b")  # not "so-called"
# Who says a quote, named where it closes: '..., " said Anna Berg', '..., " the minister said' (not "he said").
_NAMED_AT_CLOSE = re.compile(rf"[\s,]*+(?:(?:{_SPEECH_VERB})\s+(?!(?:he|she|they|it|we|I)\b)(?:the\s+)?[A-Z]"
                             rf"|(?:[Tt]he\s+[\w'\u2019.-]+|[A-Z][\w'\u2019.-]*)(?:\s+[\w'\u2019.-]+){{0,3}}?\s+(?:also\s+)?(?:{_SPEECH_VERB})\b)")
# A quote inside reported words with an attribution of its own after it: ', \u201cB,\u201d he said'.
_OWN_ATTRIBUTION = re.compile(rf"\s*+,?\s*+(?P<who>he|she|they|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,2}})\s+(?:also\s+)?(?:{_SPEECH_VERB})\b")
# A run of three or more labels of a few words each, in quotation marks and said by no one: the
# tagline of a page's author box, not more words of whoever spoke before.
# (No pronoun or article opens a label: "We won. We did it. Thank you." is speech.)
_TAGLINE_LABEL = r"(?!(?:I|We|You|He|She|It|They|This|That|These|Those|There|Thank|No|Yes|The|A|An|Our|My|Your|His|Her|Their|Its|All|Every)\b)[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}"
_TAGLINE = re.compile(rf"\s*(?:{_TAGLINE_LABEL}\.\s+){{2,}}{_TAGLINE_LABEL}[.!]?\s*")
# A quote left open that ends in its own attribution, "\u2018The plans are ready, said the director,
# Ivan Sample.": the closing mark was forgotten before the comma, and the words are not carried on.
_FORGOTTEN_CLOSE_REACH = 400   # characters from the paragraph's end: the attribution is short, the paragraph may not be
_FORGOTTEN_CLOSE = re.compile(
    # (No "that" after the verb: "..., Merz insisted that a decision was made." is the speaker's own words.)
    rf",(?:\s*[\u2013\u2014])?(?=\s+(?:(?:{_SPEECH_VERB})\s+(?:the\s|a\s|an\s|[A-Z])|(?:he|she|they|[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){{0,2}})\s+(?:also\s+)?(?:{_SPEECH_VERB})\b)"
    r"(?:(?!\bthat\b)[^.!?\"\u201c\u201d\u2018\u2019\u00ab\u00bb]){0,160}[.!?]?\s*$)")
# A quote's own "he said" right before a participle: the participle's subject is that pronoun.
_PRONOUN_SAID_BEFORE = re.compile(rf"[,\"\u201d\u2019]\s*(?:he|she|they)\s+(?:also\s+)?(?:{_SPEECH_VERB})\b[^,\"\u201c\u201d]{{0,40}}$")
_JOINING_PUNCTUATION = " \t\n,:;\u2013\u2014-"
_CLOSING_MARKS = "\"\u201d\u2019\u00bb'"
# "called the remarks 'a dangerous statement'" is speech; "called his mother" is not: it needs a quote
# (and so does "referred to the attack as 'a provocation'", "labeled the strikes a 'terrorist attack'").
_NAMING_VERBS = frozenset(("called", "calls", "referred to", "refers to", "labeled", "labelled", "labels", "branded", "termed"))
# ("has branded recent drone attacks on Moscow, which Russia claims ..., as “acts of desperation”":
# a long object, then "as" and the quoted name.)
_CALLED_WITH_QUOTE = re.compile(r"^(?:(?:\s+[^\s\"\u201c\u00ab\u201e]+){0,6}?|[^.!?\"\u201c\u00ab\u201e]{0,200}?\sas)\s+[\"\u201c\u00ab\u201e]")


# ... or, without marks, the thing then what it was called, a judgement: "called Kiev's attempt to attack the
# plant an act of nuclear terrorism" (not "called on", "called a meeting", "called the president").
_CALLED_A_NAME = re.compile(r"^\s+(?!(?:on|for|off|up|in|back|out|upon)\b)[^.!?;:\"\u201c\u201d\u00ab\u00bb]{2,120}?\s+(?:as\s+)?(?:an?|the)\s+"
                            r"(?:\w+\s+){0,2}?(?:act|acts|provocation|escalation|crime|crimes|mistake|step|signal|threat|violation|"
                            r"manifestation|continuation|sign|example|lie|farce|terrorism|terrorist)\b")


def _verb_then_words(most_words: int, end: str) -> re.Pattern[str]:
    """A reporting verb, then at most `most_words` words before the `end` mark(s) closing the text."""
    return re.compile(rf"(?:^|\s)(?P<verb>{_ANY_VERB})(?P<adv>(?:\s+[^\s\"\u201c\u201d\u00ab\u00bb]+){{0,{most_words}}}?)\s*{end}\s*$")


_VERB_AT_END = _verb_then_words(10, "[,:\u2014\u2013-]?")
# ... and before a colon, which introduces words after an object of any length.
_VERB_BEFORE_COLON = _verb_then_words(20, ":")
# A verb of talking about something, before a colon only: "Putin discussed the advance into Kursk: '...'".
_TALKED_ABOUT_BEFORE_COLON = re.compile(r"(?:^|\s)(?P<verb>spoke|speaks|talked|talks|discussed|discusses|addressed|addresses)"
                                        r"(?P<adv>(?:\s+[^\s\"\u201c\u201d\u00ab\u00bb]+){1,20}?)\s*:\s*$")
_AUX_TAIL = re.compile(rf"(?:\s+{_AUX})+$", re.IGNORECASE)
# After the verb, up to "that": a few words, an aside between commas ("on Thursday, June 6,"), more words.
# A word between the verb and "that", full stops inside or after it included: inside one sentence they
# end no sentence ("said on Aug. 10 that", "told U.S. lawmakers that").
_ADV_WORD = r"[^\s\"\u201c\u201d,.;:!?]+(?:\.[^\s\"\u201c\u201d,.;:!?]*)*"
# (A date set after a weekday with one comma only: "said on Saturday, March 2 that".)
# (Or the year after its day, the comma after it left out: "said on August 1, 2023 that".)
_DATE_AFTER_COMMA = (r"\s*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                     r"|(?<=\d)\s*,\s*(?:19|20)\d\d")
# (And a country after its city: "said at the G20 summit in Rio, Brazil that".)
_PLACE_AFTER_COMMA = r"(?<=[a-z])\s*,\s*[A-Z][\w'\u2019-]+"
_THAT = re.compile(rf"^(?P<adv>(?:\s+{_ADV_WORD}){{0,6}}?(?:\s*,[^,\"\u201c\u201d]{{1,70}},|(?:{_DATE_AFTER_COMMA}|{_PLACE_AFTER_COMMA})(?=\s+that\b))?(?:\s+{_ADV_WORD}){{0,20}}?)\s*,?\s+that(?:\s*,)?\s+(?P<clause>\S.*)$", re.DOTALL)
_TO = re.compile(r"^\s+(?P<clause>to\s+\S.*)$", re.DOTALL)
# A noun phrase between a verb of saying and "that" (not a phrase of time or of the occasion).
_NOUN_BEFORE_THAT = re.compile(r"\s+(?:\d[\d,.]*|the|a|an|its|their|his|her|some|many|most|several|dozens|hundreds|"
                               # (these only before a verb of their own: "said these storms showed that ...",
                               # not "asserted these proposals as evidence that ...")
                               r"(?P<demonstrative>these|those|such|both|each|every|any|no|our|my|your))\s"
                               r"(?![^,]*\b(?:day|week|month|morning|afternoon|evening|night|year|time|weekend|statement|interview|"
                               r"briefing|conference|post|address|speech|letter|report|message|video|call|meeting|summit)s?\b)")
_COMMA_THEN_TIME = re.compile(rf",\s+(?:earlier|later|on|last|this|late|early|yesterday|today|{WEEKDAYS})\b", re.IGNORECASE)
# Auxiliaries and modals: a clause that holds one is finite.
_AUXILIARIES = "is|are|was|were|has|have|had|will|would|can|could|should|must|may|might"
# (Folded into a prefix tree, as every reporting verb's next words are tried: see patterns.py.
# Each word runs from one word boundary to the next, so which alternative matches never changes
# where a match starts or ends.)
_FINITE = re.compile(r"\b(?:" + word_alternation(
    f"{_AUXILIARIES}|does|do|did|shall|"
    "needs|wants|remains|supports|plans|intends|continues|opposes|knows|seems|appears|deserves|"
    "expects|hopes|believes|agrees|means|includes|takes|makes|gives|sees|gets|keeps|considers|shows|seeks|poses|lacks|"
    "aims|tries|helps|proves|represents|constitutes|violates|requires|allows|brings|depends|"
    "reserves|retains|holds|wishes|fears|feels|thinks|accepts|respects|understands|assumes|counts|relies|"
    # ("said the decision rests with each ally", "said the ban applies to ...")
    # (Not those that are as often nouns: "underscored the risks of the conflict", "the sounds of explosions".)
    "rests|applies|exists|goes|comes|reflects|follows|puts|lets|affects|involves|undermines|threatens|happens|occurs|becomes|"
    # ("recognised that the stance complicates its ability to mediate")
    "complicates|prevents|reduces|weakens|strengthens|endangers|jeopardi[sz]es|hampers|hinders|contradicts|demonstrates|"
    # (what a site does: "said the Progress plant produces components for missiles")
    "produces|supplies|houses|serves|hosts|processes|operates|provides|contains|lies|sits|belongs|faces|owns|employs|manufactures|stores|"
    # ... and verbs of a stance ("said the Chinese side calls on all parties to ...").
    "calls|urges|demands|insists|warns|condemns|welcomes|rejects|denies|regards|views|stands|regrets|"
    # Irregular pasts that are never nouns or adjectives ("knew how to respond").
    "knew|took|gave|made|came|went|saw|thought|felt|kept|held|meant|stood|began|became|found|"
    "brought|sought|fought|spent|sent|built|understood|chose|grew|drew|wrote|spoke|broke|rose|fell|shot|struck|"
    "left|lost|won|told|paid|sold|bought|caught|taught|led|fled|ran|flew|threw|blew|sank|drove|withdrew|overran|forbade|"
    # ... and a few that are, in this news, mostly verbs ("said the strike hit an oil depot").
    "hit|hits") + r"|\w+ed"
    # Contractions: "said it's ready", "said they won't" ("Russia's" is a possessive, not "is").
    r"|(?i:(?:it|he|she|that|there|what|who|here)['\u2019]s|(?:i|you|we|they|he|she|it|there|that)['\u2019](?:re|ll|ve|d|m)|\w+n['\u2019]t))\b")
# Words in -ed that are no verbs ("the need for decisive action").
_NOT_PASTS = frozenset(("need", "feed", "speed", "seed"))
# A word in -ed right after one of these is an adjective: "emphasized their continued effectiveness".
_DETERMINERS = frozenset("the a an their his her its our your my this that these those".split())


def _finite_verb(words: str) -> re.Match[str] | None:
    """The first finite verb in `words` (see _FINITE), passing over pasts used as adjectives."""
    for verb in _FINITE.finditer(words):
        if verb.group(0).endswith("ed") and (words[: verb.start()].rstrip().rpartition(" ")[2].lower() in _DETERMINERS
                                             or words[verb.start() - 1 : verb.start()] == "-"):   # "a so-called operation"
            continue
        return verb
    # A verb in -s right after a subject pronoun is finite, whatever the verb: "says it strikes only ...".
    return _PRONOUN_THEN_VERB.match(words)


_PRONOUN_THEN_VERB = re.compile(r"(?:it|he|she)\s+(?P<verb>[a-z]{3,}s)\b(?<!ss)")


_UNQUOTED = str.maketrans({mark: "'" for mark in "\"\u201c\u201d\u00ab\u00bb"})
_INSIDE_QUOTE_PUNCT = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")
# "According to his words, ...", "according to her statement": as "according to him/her".
_OWN_WORDS = re.compile(r"^(?P<pronoun>his|her|their)\s+(?:own\s+)?(?:words|statement|remarks|comments|estimates?|data|information|assessment)$", re.IGNORECASE)
# ... and "according to a grim report from acting Governor X", "the latest statement by the ministry": X's.
_REPORT_FROM = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|message|post|update|announcement)\s+(?:from|by)\s+(?P<who>\S.*)$", re.DOTALL)
# The source may be a role with the name in apposition: "According to the adviser to the head
# of the Office, Mykhailo Example, the authorities never asked ...".
_ACCORDING_START = re.compile(r"^(?:[\u2022\u25a0-\u25ff]\ufe0f?\s*)?"   # (a bullet: "\u25aaAccording to the statement, ...")
                              r"(?:(?:Details|Background|Context|Update|Reminder|Recap):\s+)?"   # (a page's section label first,
                              r"(?:(?:For example|For instance|However|Meanwhile|Moreover|In addition|But|And|So|Thus|Yet|Still|Also),?\s+)?"   # or a connective)
                              r"(?:[Aa]ccording to|As per) (?P<who>[^,]{2,120}?(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}(?=,))?"
                              # (the name's title set apart: "According to Andriy Example, head of the Centre for ..., there is ...")
                              r"(?:,\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}?(?:head|chief|director|spokes(?:man|woman|person)|minister|governor|mayor|"
                              r"commander|adviser|advisor|aide|secretary|ambassador|representative|deputy|leader|chairman|chairwoman|official)"
                              r"\s+(?:of|for|at|to|in)\s[^,\"\u201c\u201d]{2,90}(?=,))?)"
                              # (an aside on the source: "According to an official, who requested anonymity, ...")
                              r"(?:,\s+(?:who|which)\s[^,\"\u201c\u201d]{1,150})?"
                              # (or when and where the source spoke: "According to X, speaking on Sunday in an
                              # interview with Fox News, the president could ...": part of the frame, not the words)
                              r"(?P<aside>,\s+(?:speaking|writing|talking|commenting|appearing|responding|answering)\s[^,\"\u201c\u201d]{1,150})?"
                              r",\s+(?P<clause>\S.*)$", re.DOTALL)
# "Interfax quoted Governor X as saying that ...": the words are the person quoted, the outlet only passes them on.
# (When and where may come between: "as saying on Friday that ...".)
# ('Tagesschau quotes the head of government as saying that ...': a role too, and the present.)
_QUOTED_NAME = r"\b(?:quoted|cited|quotes|cites)\s+(?P<named>(?:[A-Z]|the\s|an?\s)[^,\"\u201c\u201d\u00ab\u00bb.;!?]{1,80}?)\s+as\s+saying"
_QUOTED_NAME_AS_SAYING = re.compile(_QUOTED_NAME +
                                    r"(?:\s+(?:on|in|at|during|after|earlier|later|last|this)\b[^,\"\u201c\u201d\u00ab\u00bb]{0,60}?\s+that\b|\s+that\b)?"
                                    r"[\s,]+(?P<clause>[^\s\"\u201c\u201d\u00ab\u2018'].*)$", re.DOTALL)
# ... and after words not quoted: "..., Deputy Foreign Minister X was quoted as saying on Tuesday."
_WORDS_THEN_QUOTED_AS_SAYING = re.compile(
    r"^(?P<clause>[^\"\u201c\u201d]{12,}?),\s+(?P<who>[^,\"\u201c\u201d]{2,120}?)\s+(?:was|were|has\s+been|had\s+been|is|is\s+being)\s+"
    r"(?:quoted|cited)\s+as\s+saying(?:\s+(?:on|in|by|to|at|during|after|earlier|later|last|this)\b[^\"\u201c\u201d]{0,100}?)?\.?\s*$", re.DOTALL)
# ... or, the outlet first: "Ukraine has become a state sponsor of terrorism, TASS news agency quoted X
# as saying in a comment on ...": the words before are X's (what follows says only where he spoke).
_WORDS_THEN_OUTLET_QUOTED = re.compile(
    r"^(?P<clause>[^\"\u201c\u201d]{12,}?),\s+[^,\"\u201c\u201d]{2,80}?\s+(?:quoted|cited|quotes|cites)\s+"
    r"(?P<who>(?:[A-Z]|the\s|an?\s)[^,\"\u201c\u201d\u00ab\u00bb.;!?]{1,80}?)\s+as\s+saying"
    r"(?:\s+(?:on|in|by|to|at|during|after|earlier|later|last|this|while|when)\b(?:(?!\bthat\b)[^\"\u201c\u201d]){0,200}?)?\.?\s*$", re.DOTALL)
# ... and a translation's "..., reads in the statement of the Ministry of Foreign Affairs of China.": the
# words before are the body's whose statement it is.
_WORDS_THEN_READS_IN = re.compile(
    r"^(?P<clause>[^\"\u201c\u201d]{12,}?),\s+(?:it\s+|as\s+)?(?:reads|read|says|said|states|stated)\s+(?:in\s+)?(?:the|a)\s+(?:\w+\s+)?"
    r"(?:statement|message|post|communiqu[e\u00e9]|press\s+release|address|appeal)\s+(?:of|by|from)\s+(?P<who>(?:the\s+)?[A-Z][^,;:\"\u201c\u201d]{1,100}?)\.?\s*$", re.DOTALL)
# ... and before a quote: 'Interfax quoted Governor X as saying: "..."'.
_QUOTED_NAME_BEFORE = re.compile(_QUOTED_NAME + r"\s*[:,]?\s*$")
# "As the President of Ukraine, Volodymyr Example, stated, ...": a role with the name in apposition.
_AS_SAID_START = re.compile(r"^As (?P<who>[^,\"\u201c\u201d]{2,80}?(?P<named>,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}(?=,))?)"
                            r"(?(named),)\s+(?:(?:has|had|also|rightly|once)\s+)*"
                            r"(?:noted|said|stressed|emphasi[sz]ed|pointed out|explained|put it|added|warned|stated|recalled|underlined)"
                            r"(?:\s+(?:on|in|at|during|earlier|last|this)\b[^,\"\u201c\u201d]{0,60})?,\s+(?P<clause>\S.*)$", re.DOTALL)
_SUBJECT_THEN_VERB = re.compile(rf"^(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}})\s+(?:{_AUX}\s+)*(?:{_ANY_VERB})\b")
# (Commas in the source only before an apposition or a relative clause: in "Russia's position,
# according to the press secretary, should be clear" the source is set inside the words, which go on.)
_ACCORDING_END = re.compile(r"^(?P<clause>.{12,}?),\s+according to (?P<who>[^\"\u201c\u201d,]{2,120}?"
                            # (a call sign in quotation marks inside the name: 'according to Robert "Madyar" Brovdi')
                            r"(?:\s[\"\u201c][A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?[\"\u201d]\s[A-Z][^\"\u201c\u201d,]{1,60}?)?"
                            # (and an apposition or two: ", the head of ...", ", commander of ...", ", who ...",
                            # ", an analyst with Example Risk, a consultancy")
                            r"(?:,\s+(?:[A-Z]|(?:an?|the|his|her|its|their)\s|(?:(?:former|deputy|acting)\s+)?(?:commander|head|chief|director|"
                            r"spokes(?:man|woman|person)|minister|governor|mayor|advis[eo]r|leader|chairman|chairwoman|secretary|ambassador|"
                            r"member|founder|president|professor|analyst|expert)\s)[^\"\u201c\u201d,]{1,80}?"
                            r"|,\s+(?:who|which)\b[^\"\u201c\u201d]{0,200}?){0,2})\.?$", re.DOTALL)
# (In title case: a word in capitals with a colon, "UPDATE:", may be part of the words.)
_TOPIC_LABEL = re.compile(r"(?=[^:]*[a-z])(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*:\s+(?=[A-Z])")
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z.-]{2,}(?:\s[A-Z][A-Z.-]+){0,2}:\s+")
# "Two drones were destroyed, as announced by Mayor X on his Telegram channel": the words before are X's.
_AS_SAID_BY_END = re.compile(r"^(?P<clause>[^\"\u201c\u201d]{12,}?),\s+as\s+(?:announced|stated|said|noted|confirmed|declared|written)\s+by\s+"
                             r"(?P<who>[^\"\u201c\u201d,;:]{2,100}?)(?:\s+(?:on|in|at|during|via|after)\b[^\"\u201c\u201d;:]{0,80}?)?\.?$", re.DOTALL)
# "The dialogue will take place in private, this was stated by John Example, Coordinator for ...":
# the words, then who said them (and perhaps their title and the outlet that carried it).
_THIS_SAID_BY_END = re.compile(r"^(?P<clause>[^\"\u201c\u201d]{12,}?),\s+(?:this|that|it)\s+(?:was|has been|is)\s+(?:\w+ly\s+)?"
                               r"(?:stated|said|announced|noted|declared|confirmed)\s+by\s+"   # ("reported by": an outlet, mostly)
                               r"(?P<who>[^\"\u201c\u201d,;:]{2,100}?)(?:,\s+[^\"\u201c\u201d;:]{2,200}?)?\.?$", re.DOTALL)
# A transcript's label of who speaks: "JULIE EXAMPLE:", "Dmytro Example: (00:18)", then the words.
_SPEAKER_LABEL = re.compile(r"(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}"
                            # (in capitals, an official transcript's title and name: "SECRETARY OF DEFENSE LLOYD J. AUSTIN III")
                            r"|[A-Z][A-Z'\u2019.-]*(?:\s+[A-Z][A-Z'\u2019.-]*){4,7}"
                            # (or a title with "of" before the name, as the Kremlin's transcripts print it: "President
                            # of Russia Vladimir Example", "Deputy Chief of Staff ... \u2013 Presidential Press Secretary X")
                            r"|[A-Z][\w'\u2019.-]*(?:\s+(?:of|the|for|and|[\u2013-]|[A-Z][\w'\u2019.-]*)){3,15}(?<=[a-z]))"
                            # (a time code before the colon or after it: "Jens Example (00:19):", "Dmytro Example: (00:18)";
                            # or the speaker's role after a comma, as broadcasters print it: "Radoslaw Example, Polish Foreign Minister:")
                            r"(?P<role>,\s+[A-Za-z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,7})?"
                            r"(?:\s*\(\d{1,2}:\d{2}(?::\d{2})?\))?\s*:\s*(?:\(\d{1,2}:\d{2}(?::\d{2})?\)\s*)?(?P<rest>.*)$",
                            re.DOTALL)
# A transcript's label in capitals of someone unnamed: "Q:", "STAFF:", "MODERATOR:", "REPORTER:".
# (Never a dateline: "MOSCOW: Ukraine attacked ...".)
# (Or a transcription service's "Speaker 1 (00:00):", alone on its line.)
# An interviewer's question set off by "Q." (the answers below carry no label).
_QUESTION_LABEL = re.compile(r"Q(?:uestion)?\s*[.:]\s+\S")
# Who an interview is with, as its headline or opening says: "Volodymyr Example's interview with
# The Times", "an interview with Foreign Minister X", "X spoke to the Times journalists ...".
_INTERVIEW_WITH = re.compile(r"\b(?P<a>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})['\u2019]s\s+[Ii]nterview\b"
                             r"|\b[Ii]nterview\s+with\s+(?P<b>(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2})"
                             r"|\b(?P<c>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})(?:\s+of\s+[A-Z][\w-]+)?\s+(?:spoke|talked)\s+(?:to|with)\b")
_LABEL_IN_CAPITALS = re.compile(r"(?:Q|QUESTION|STAFF|MODERATOR|REPORTER|JOURNALIST|INTERVIEWER|HOST|ANCHOR|OPERATOR|PARTICIPANT|AUDIENCE)\s*:\s+\S"
                                r"|Speaker\s+\d{1,2}(?:\s*\(\d{1,2}:\d{2}(?::\d{2})?\))?\s*:(?:\s+\S|\s*$)")
# Title case for a label in capitals: small words stay small, a generation's numeral stays in capitals.
_LABEL_SMALL_WORDS = frozenset(("of", "the", "for", "and", "to"))
_NAME_NUMERAL = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$", re.IGNORECASE)
# "Putin: No. But ...": a transcript's label of one word (see _surname_label).
# A name and a role in capitals, a comma between: "DMYTRO EXAMPLE, UKRAINIAN MINISTER OF FOREIGN AFFAIRS: ...".
_CAPITALS_NAME_ROLE_LABEL = re.compile(r"(?P<who>[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){1,3}),\s+"
                                       r"(?P<role>[A-Z][A-Z'\u2019.,\s-]{2,100}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
_SURNAME_LABEL = re.compile(r"(?P<who>[A-Z][\w'\u2019.-]+)(?:\s*\(\d{1,2}:\d{2}(?::\d{2})?\))?\s*:\s*(?:\(\d{1,2}:\d{2}(?::\d{2})?\)\s*)?(?P<rest>.*)$", re.DOTALL)
# Words first need words in lower case: "March 14, 2024 (EIRNS)\u2014Yesterday, X said" holds none.
_LOWER_CASE_WORD = re.compile(r"\b[a-z]{2,}\b")
# Reported speech with the clause first: "Any use of ... would be an escalation, Peskov added."
_CLAUSE_FIRST = re.compile(
    # (A quoted fragment may end the words, its comma inside the marks: '... or "unforeseen consequences," X said'.)
    # (Possessive: the spaces after the comma are never the subject's, so a long run of them costs its length once.)
    rf"^(?P<clause>[^\"\u201c\u201d\u00ab\u00bb]{{15,}}?)(?P<sep>,'?|\s[-\u2013\u2014])\s++"
    # The subject holds no dash between spaces: "... be made - He said" is words, then their speaker.
    rf"(?P<subj>(?:[^,;:\"\u201c\u201d\u00ab\u00bb\u2013\u2014\s]|\s(?!-\s)){{2,120}}?"
    rf"(?:,\s*[^,;:\"\u201c\u201d\u00ab\u00bb]{{2,100}}?,)?)\s+(?:{_AUX}\s+)*"
    rf"(?P<verb>{_WORDS_FIRST_VERB})\b(?P<adv>[^\"\u201c\u201d\u00ab\u00bb]{{0,200}}?)\s*[.!]?$", re.DOTALL)
# The same with the speaker after the last comma, when the first reading took a verb of the words
# for the speaker's: "..., while at least 37 were confirmed killed in the attack, President X said."
_CLAUSE_FIRST_LAST = re.compile(
    rf"^(?P<clause>[^\"\u201c\u201d\u00ab\u00bb]{{15,}})(?P<sep>,)\s++(?P<subj>[^,;:\"\u201c\u201d\u00ab\u00bb\u2013\u2014]{{2,120}}?)\s+(?:{_AUX}\s+)*"
    rf"(?P<verb>{_WORDS_FIRST_VERB})\b(?P<adv>[^,\"\u201c\u201d\u00ab\u00bb]{{0,120}}?)\s*[.!]?$", re.DOTALL)
# Whom a "told" speaks to: "reporters", an outlet ("Life.ru", "the Financial Times"), a person.
_ADDRESSEE = re.compile(r"^\s+(?:reporters|journalists|the press|(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}(?:\s+\([A-Z][\w.&-]{1,10}\))?)")
# What may follow the verb of words-first at any length: when, where, how they were said ("...,
# X said on Thursday as he traveled to Kyiv to discuss ..."), never more words.
_CIRCUMSTANCE = re.compile(
    # (A day may come first: "..., X announced Tuesday, as he arrived for the summit in ...".)
    rf"^\s*,?\s*(?:(?:early|late)\s+)?(?:(?:{WEEKDAYS}|yesterday|today|earlier|later)\s*,?\s*)?"
    r"(?:on|in|at|during|after|before|while|when|as|ahead\s+of|following)\b", re.IGNORECASE)
# ... and after a comma it is an aside, whatever its verbs: "..., Moscow said Tuesday, in what would be ...".
_ASIDE_AFTER_VERB = re.compile(
    # ("..., the governor said early on Tuesday, after war bloggers reported ...")
    rf"^\s*(?:(?:(?:early|late)\s+)?(?:on\s+)?(?:{WEEKDAYS}|yesterday|today)\s*)?,\s*"
    r"(?:in|as|while|when|after|before|following|amid|ahead\s+of)\b"
    # ... or without one, a clause of the speaker's own: "..., X said as he refused to confirm ..."
    rf"|^\s*(?:(?:{WEEKDAYS}|yesterday|today)\s+)?(?:as|while|when|after|before)\s+(?:he|she|they|we)\s"
    # ... or the statement that carried them, described: "..., the ministry said in a statement in which it vowed ..."
    r"|^\s*in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|video|interview|address|message|briefing)\s+(?:in\s+which|where)\s", re.IGNORECASE)
_CLAUSE_FIRST_INVERTED = re.compile(
    r"^(?P<clause>[^\"\u201c\u201d\u00ab\u00bb]{15,}?)(?P<sep>,|\s[-\u2013\u2014])\s+(?P<verb>said|says|added|adds|told|wrote|stressed|stresses|"
    # (Not "reports" or "writes": "..., writes Tagesschau" is an outlet passing the words on.)
    r"warned|warns|noted|notes|stated|states|announced|announces|emphasi[sz]ed|emphasi[sz]es|explained|explains|insisted|insists|"
    r"declared|declares|recalled|recalls|believes|concluded|concludes|pointed\s+out|points\s+out|informed)\s+"
    # (The same speaker's second verb may follow: "... \u2014 emphasised X, but repeated that ...".)
    r"(?P<subj>[^\"\u201c\u201d\u00ab\u00bb]{2,180}?)(?:,\s+(?:but|and)\s+(?P<more>[a-z]+ed\s[^\"\u201c\u201d\u00ab\u00bb]*))?\s*[.!]?$", re.DOTALL)
# What may open a long subject of words reported without "that", after a plain verb of saying.
_LONG_SUBJECT_OPENERS = frozenset("any every no all each such the a an".split())
# Capitalised words after "said" that open no subject of the words ("said In ...", "said This ...").
_NOT_A_SUBJECT_OPENER = frozenset("this that these those it in on at for from with by during after before".split())
_PLAIN_SAY = frozenset("said says warned warns added adds stressed stresses noted notes insisted insists".split())
# Where and when, after the speaker of "..., said X": a lower-case preposition ends the name.
_AFTER_INVERTED_SUBJECT = re.compile(r"\s+(?:in|on|at|during|via|through|to|after|before|when|while|with)\s+\S")
# ... when what comes before it may be a speaker: a name, a title, "the ministry" (not "emphasized that Kiev ...").
_INVERTED_SUBJECT_START = re.compile(r"(?:(?:the|a|an)\s+(?:[a-z-]+\s+(?:of\s+(?:the\s+)?)?){0,4})?[A-Z]")   # ("the chief of the HUR, X")
# The period of an initial ("a U.S. official", "J.D. Vance") or of a title ("Sen. X", "Gen. X") does
# not end the words it stands in. (Lookbehinds must be of fixed width: one per title.)
_INITIAL_PERIOD = "(?:(?<=\\b[A-Z])|" + "|".join(rf"(?<=\b{title})" for title in (*_TITLE_ABBREVIATIONS, "Amb")) + ")\\."
# "Sen. X (R-Miss.)": a member's party and state, set in parentheses.
_PARTY_STATE = r"\([A-Z]-[A-Z][\w.]{0,10}\)"
_SAID_AFTER_WORDS = re.compile(
    rf"^\s+[a-z][^\"\u201c\u201d\u00ab\u00bb.;:!?]{{0,150}}?,\s+(?P<verb>{_SPEECH_VERB})\s+(?P<subj>(?:[^\"\u201c\u201d\u00ab\u00bb,.;!?]|{_INITIAL_PERIOD}){{1,100}}?)"
    rf"(?=\s*(?:[,;!?]|\.(?<!\b[A-Z]\.)(?!\w)|$))")
# ... or a short phrase of place after a quote, then the speaker and a verb of saying.
_SAID_AFTER_PLACE = re.compile(rf"^\s+(?:in|on|at|near|from|over)\s[^\"\u201c\u201d\u00ab\u00bb.;:!?,]{{1,60}}?,\s+"
                               rf"(?P<subj>[^\"\u201c\u201d\u00ab\u00bb.;:!?,]{{2,80}}?)\s+(?:{_AUX}\s+)*(?:{_SAYING_VERB})\b")
# "Name, the head of ...,": a name followed by its role in apposition.
# ("..., Francisco Example, co-founder and chief executive officer of drone maker X, said": a bare role too.)
_APPOSITION_AFTER_NAME = re.compile(r"^\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3},\s+(?:the\s|an?\s|[a-z][\w-]*\s)")
# A lead-in to words-first that names where they were reported before: "As X earlier reported, ...".
_AS_REPORTED_LEAD = re.compile(r"As\s+[^,;:\"\u201c\u201d]{2,60}?\s+(?:(?:earlier|previously|already)\s+)?(?:reported|wrote|informed)\s*,\s+(?=\S)")
_ATTRIBUTION_AFTER = re.compile(
    # (Not a subject that opens with the verb: '"...," said Yuri X, as reported.' is the inverted order,
    # "reported" no verb of its. A name's apposition may run long: "X, co-founder and chief executive
    # officer of drone manufacturer Y, said".)
    rf"^\s*[,;:\u2014\u2013-]?\s*(?:(?:and|but)\s*,?\s*)?(?:(?!so\s+(?:says|said)\b)(?!(?:{_AUX}\s+)*(?:{_SPEECH_VERB})\s)(?P<subj>(?:[^\"\u201c\u201d\u00ab\u00bb.;!?]|{_INITIAL_PERIOD}|{_PARTY_STATE}){{1,140}}?)\s+(?:{_AUX}\s+)*(?P<verb>{_ANY_VERB})\b"
    # ('"We need to survive", so says President X': the inverted order, "so" before the verb.)
    rf"|(?:so\s+(?=says|said))?(?:{_AUX}\s+)*(?P<verb2>{_SPEECH_VERB})\s+(?P<subj2>(?:[^\"\u201c\u201d\u00ab\u00bb,.;!?]|{_INITIAL_PERIOD}){{1,100}}?)"
    # (A full stop glued to letters ends no name: "informs Censor.NET" names a website.)
    # (An adverb of contrast may close it: '"...", pointed out Defence Minister X instead.')
    rf"(?=\s*(?:[,;!?]|\.(?<!\b[A-Z]\.)(?!\w)|$|\s+(?:on|in|at|during|after|before|when|while|to|as|ahead)\b"
    r"|\s+(?:instead|too|though|however|meanwhile)\s*[.,;!?])))",
)
# Title words in lower case ("head", "spokesman"), as one prefix tree.
_LOWER_CASE_TITLES = word_alternation(w for w in TITLE_WORDS if w.isalpha() and w.islower())
# A sentence's subject when it is a name, perhaps with its titles or a name in apposition:
# "NATO Secretary General Jens Example", "Ukraine's President, Pal Example,".
_LEAD_SUBJECT = re.compile(
    # Not a participle opening the sentence: "Answering the question ..., Singh said".
    r"^(?![A-Z][a-z]+ing\s+(?:the|a|an|to|on|about|at|in|with|his|her|their|its|for|from|into|that|this|these|those|"
    r"what|whether|how|why|when|where|questions?|reporters|journalists)\b)"
    # (Titles run long: "White House National Security Communications Advisor John Kirby".)
    # (An apposition after the name: "X, Defence Minister,", "X, the region's health minister,".)
    # (Or who the person is: "X, who leads Ukraine's Center for ...,".)
    r"([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,7}(?:,\s+(?:who\s+[^,;:\"\u201c\u201d\u00ab\u00bb]{2,100}?|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
    r"|(?:(?:the|a|an)\s+|(?=(?:" + _LOWER_CASE_TITLES + r")\s))"   # ("X, head of Y's office,")
    r"[^,;:\"\u201c\u201d\u00ab\u00bb]{2,80}?),)?)\s+[a-z]")
# ... or a role in lower case before the name: "EU foreign policy chief Josep Example also joined
# the call, adding that ...". (The subject parser refuses words that are verbs: "Officials told X".)
# (No verb in the past among the words before it: "Holm thanked Harbourtown's Port Service, stating that
# ..." is Holm's, not a body's.)
# (A title may hold "for" and "and": "EU High Representative for Foreign Affairs and Security Policy
# Josep Borrell endorsed ..., stating that"; capitalised words before them are no name.)
_ROLE_THEN_NAME = re.compile(r"^((?:(?![a-z][a-z'\u2019-]*ed\s)[\w'\u2019.-]+\s+){1,9}?[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2})\s+(?!(?:for|and)\s)[a-z]")
# ... or a surname alone after a title in lower case: "Poland's president Duda sought to ..., saying ...".
_ROLE_THEN_SURNAME = re.compile(r"^((?:[\w'\u2019.-]+\s+){0,4}?(?:" + word_alternation(w for w in TITLE_WORDS if w.isalpha())
                                + r")\s+[A-Z][\w'\u2019-]+)\s+[a-z]")
# ... or whatever names the office, then its title and the name: "National Security Council
# spokesman John Kirby commented ..." (not the council: the words before the title are its owner's).
_TITLE_THEN_NAME = re.compile(r"^([^,;:\"\u201c\u201d]{0,80}?\b(?:" + _LOWER_CASE_TITLES
                              + r")\s+[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2})\s+[a-z]")
# ("Direct speech Bocharova:": a translation may leave out the preposition, the name in its genitive.)
_QUOTE_LABEL = re.compile(r"^\s*(?:Quote|Direct speech)\s+(?:(?:from|of|by)\s+)?(?P<who>[^:;\"\u201c\u201d\u00ab\u00bb]{2,80}?)\s*:\s*$", re.IGNORECASE)
_OPENS_QUOTE = re.compile(r"^\s*[,:]?\s*[\"\u201c\u00ab\u201e]")
_BARE_CLAUSE = re.compile(r"^\s*,?\s*(?P<clause>\S.*)$", re.DOTALL)
# "said on Friday it was time ...", "said in a statement the strikes were ...": a short phrase of
# time or channel, then the clause without "that". Only these phrases: "said in Kyiv" is no clause.
_TIMED_CLAUSE = re.compile(
    r"^(?P<adv>\s*,?\s*(?:(?:late|early|later|earlier)\s+)?(?:yesterday|today|(?:last|this)\s+(?:week|night|month|morning|afternoon|evening)|"
    rf"(?:on\s+)?(?:{WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|"   # ("said Sunday the incursion aims ...")
    r"in\s+an?\s+(?:statement|interview|video(?:\s+address)?|post|briefing)|on\s+(?:telegram|twitter|x|facebook|social\s+media)|"
    r"later|earlier)),?"
    r"\s+(?P<clause>\S.*)$", re.DOTALL | re.IGNORECASE)
# "told reporters there was no change", "told the BBC the strikes were legitimate": the audience
# (and a phrase of time or channel) belongs to the frame; the clause follows without "that".
# A named audience is a run of capitalised words; the longest that leaves a clause wins.
# "told MSNBC television", "told Rossiya-1 channel": what the named audience is.
_AUDIENCE_MEDIUM = r"(?:\s+(?:television|TV|radio|channel|network|broadcaster|newspaper|magazine|website|podcast|news\s+agency))?"
_AUDIENCE_TIME = r"(?:\s+(?:on\s+\w+day|yesterday|today|last\s+week|in\s+an?\s+(?:interview|statement|briefing)))?"
# Whom one tells may be a broadcaster's programme, its title in quotes: "told ABC News' "Good
# Morning America" that ...", "told CNN's "State of the Union" on Sunday that ...". The title is
# a few words in title case; quoted words of any other shape before "that" are someone's words.
_PROGRAMME_AUDIENCE = re.compile(
    r"^(?P<adv>\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:'s?|\u2019s?)?\s+[\"\u201c]"
    r"[A-Z][\w'\u2019.&-]*(?:\s+(?:[A-Z][\w'\u2019.&-]*|the|of|and|in|on|with|at|for|to|a)){0,5}[\"\u201d]"
    r"(?:\s+(?:programme|program|show|broadcast|interview))?"
    rf"{_AUDIENCE_TIME}),?\s+that\s+(?P<clause>\S.*)$", re.DOTALL)
# ("Russia has warned the West saying it was playing with fire": the words follow the participle.)
_SAYING_AFTER_AUDIENCE = r"(?:(?:saying|stating|adding|noting)\s+(?:that\s+)?)?"
_TOLD_AUDIENCE = [re.compile(
    r"^(?P<adv>\s+(?:reporters|journalists|lawmakers|legislators|parliament|senators|MPs|students|me|us|him|them|"
    r"residents|citizens|locals|viewers|listeners|voters|(?:the\s+)?(?:public|population|audience|nation)|"
    r"(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)|(?:state|national|public)\s+(?:television|TV|media|radio|broadcaster))"
    rf"{_AUDIENCE_TIME}),?\s+{_SAYING_AFTER_AUDIENCE}(?P<clause>\S.*)$", re.DOTALL)] + [re.compile(
    rf"^(?P<adv>\s+(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){{{n}}}{_AUDIENCE_MEDIUM}{_AUDIENCE_TIME}),?\s+{_SAYING_AFTER_AUDIENCE}(?P<clause>\S.*)$", re.DOTALL)
    for n in (3, 2, 1, 0)]
# How a clause may open: a capitalised word, a determiner or a pronoun (else a verb must come soon).
_SUBJECT_START = re.compile(r"^(?:[A-Z]|(?:the|a|an|it|he|she|they|we|there|this|these|those|his|her|its|their|our|no|some|any|all|such)\b)")


def _told_clause(post: str) -> re.Match[str] | None:
    """The clause after 'told AUDIENCE' when no 'that' introduces it, or None."""
    head = post[:300]   # the candidates are judged on the words near the verb: linear in long paragraphs
    for pattern in _TOLD_AUDIENCE:
        m = pattern.match(head)
        if m is None:
            continue
        if m.group("adv").endswith(("'s", "\u2019s")):
            continue   # "told the BBC's Newsnight programme": the audience goes on
        audience = m.group("adv").split()
        if any(word.endswith(("'s", "\u2019s")) for word in audience[2 if audience[0].lower() == "the" else 1 :]):
            continue   # "told AFP Kyiv's SBU service had ...": a possessive after the audience opens the clause
        clause = m.group("clause")
        words = clause.split()
        if (not _FINITE.match(clause) and not _PREPOSITION_START.match(clause) and not clause.startswith(("about", "of"))
                and _FINITE.search(" ".join(words[:10]))
                and (_SUBJECT_START.match(clause) or _FINITE.search(" ".join(words[:3])))):
            return pattern.match(post)
    return None


# Reporting verbs read in one sentence: real ones hold a handful ("said ..., adding ..., and warned ...").
_MOST_VERBS_IN_A_SENTENCE = 40
# How far before a reporting verb its subject is looked for. A subject is at most 300 characters
# after its lead-in (speakers._LONGEST_SUBJECT); lead-ins run to a few hundred more.
_PRE_WINDOW = 1000
# A reporting verb right after "who" or "which" (and auxiliaries) belongs to a relative clause.
# ("Kyiv, which used not to claim such attacks, has changed tactic": a verb after "used to" too.)
# ("DeepState, which first reported the footage, said ...": an adverb too.)
_RELATIVE_ADVERBS = ("first", "also", "previously", "earlier", "initially", "originally", "recently", "already", "reportedly", "later")
_RELATIVE_BEFORE = re.compile(rf"(?:^|[\s,])(?:who|which)\s+(?:(?:{_AUX}|used|tend(?:s|ed)?|want(?:s|ed)?|tried|tries|sought|seeks|to|"
                              rf"{'|'.join(_RELATIVE_ADVERBS)})\s+)*$")


# Patterns anchored at the end ("...$") are tried by `search` from every position before it, a
# few microseconds for each verb read. The word that ends the text tells at once whether one can
# match: these are the last words each can end on (a superset is enough).
def _last_word(text: str) -> str | None:
    """The last word of `text` in lower case, "" if none, or None when it is not ASCII: `re`'s
    IGNORECASE folds some letters as `str.lower` does not ("\u0130S" matches "is")."""
    words = text.rsplit(None, 1)
    if not words:
        return ""
    return words[-1].lower() if words[-1].isascii() else None


_AUX_LAST_WORDS = frozenset(alternative.split("\\s+")[-1] for alternative in _AUX[3:-1].split("|"))
_RELATIVE_LAST_WORDS = _AUX_LAST_WORDS | {"who", "which", "used", "tend", "tends", "tended", "want", "wants", "wanted",
                                          "tried", "tries", "sought", "seeks", "to", *_RELATIVE_ADVERBS}


def _relative_before(text: str) -> bool:
    """Whether `text` ends in "who" or "which" (and auxiliaries): see _RELATIVE_BEFORE."""
    last = _last_word(text)
    return (last is None or last in _RELATIVE_LAST_WORDS or last.endswith(("who", "which"))) and _RELATIVE_BEFORE.search(text) is not None
# "... comments from US President Joe Biden, who said that ...": the words are those of the
# name (with its title) right before the "who".
_NAMED_RELATIVE = re.compile(rf"(?:^|\s)(?P<who>(?:[A-Z][\w'\u2019.-]*\s+){{0,6}}[A-Z][\w'\u2019.-]*),\s*who\s+(?:{_AUX}\s+)*$")
# Quoted words that end in a verb of saying ("very clearly stated"): how someone spoke, not what.
_SPEECH_VERB_AT_END = re.compile(rf"\b(?:{_SPEECH_VERB})[\s,.;:]*$")
_WORDS_OF = re.compile(r"(?:the\s+)?(?:words|remarks|statements?|comments|position|speech|assurances?)\s+(?:of|by|from)\b", re.IGNORECASE)
# (After a manner adverb too: "responded sharply to X's accusations that ..." holds no words of its own.)
_PREPOSITION_START = re.compile(r"^(?:(?!only\b)[a-z]+ly\s+)?(?:on|in|at(?!\s+(?:least|most)\b)|to|during|after|before|when|while|as|by|from|with|for|according\s+to)\b", re.IGNORECASE)   # ("at least": a number)
# "said this in an interview with ...", "said so at the summit": words said before, no words here.
# ("reported the news via Telegram, Ukrinform saw": what was reported, no words of anyone.)
_REFERENCE_START = re.compile(r"^(?:this|so|it|the news)\s+(?:on|in|at|to|during|after|before|when|while|as|by|from|with|via|through)\b",
                              re.IGNORECASE)
# After a quoted fragment, more of the phrase it stands in, a comma, and the verb's subject:
# '... "no way back" for Russia, he said'. (The fragment ends no words of anyone's.)
_PHRASE_THEN_SUBJECT = re.compile(rf"\s*[^\s,;:.!?\"\u201c\u201d\u00ab\u00bb][^,;:.!?\"\u201c\u201d\u00ab\u00bb]{{0,80}},\s+"
                                  rf"(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}})\s+(?:{_AUX}\s+)*$")
# "answered a question related to Ukraine's request to hit ...": the question answered, not the answer.
_QUESTION_OBJECT = re.compile(r"^(?:(?:a|the|this|that|these|those|his|her|their|its|several|many|some|two|three|[\w-]+(?:'s|\u2019s|s'|s\u2019))\s+)?"
                              r"(?:[\w-]+\s+)?(?:questions?|quer(?:y|ies)|inquir(?:y|ies))\b", re.IGNORECASE)
# '"...," - Sergei Example.': a dash and a name alone close the paragraph after the words.
_DASH_NAME_AFTER_QUOTE = re.compile(r"^\s*,?\s*[-\u2013\u2014]\s*(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})\s*\.?\s*$")
# 'Mayor Example: "..."': a name, perhaps with its title, as a label before the words.
_NAME_LABEL = re.compile(r"^\s*(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,4})\s*:\s*$")
# '"...," Budanov's words in WP.': a translation's attribution without a verb. (Not '"...," Holm's
# words were clear', the writer's own sentence.)
_WORDS_OF_AFTER_QUOTE = re.compile(r"^\s*,?\s*(?:[-\u2013\u2014]\s*)?(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}?)['\u2019]s?\s+words\b"
                                   r"(?!\s+(?:were|was|are|is|have|had|came|drew|left)\b)")
_ACCORDING_AFTER_QUOTE = re.compile(rf"^\s*,?\s*according to (?P<who>(?:[^\"\u201c\u201d.;]|{_INITIAL_PERIOD}){{2,100}})")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_CLAUSE_PUNCTUATION_START = re.compile(r"^\s*[,:\u2014\u2013-]")
_FINITE_CLAUSE = re.compile(rf"\b(?:{_AUXILIARIES})\b")
# ... or a name and a verb in the past: "..., X, on Wednesday, said Ukraine launched an attack on ..."
# (not a day or a month: "said Monday evening", "said June 3").
_NAMED_SUBJECT_CLAUSE = re.compile(rf"^\s+(?:the\s+)?(?!(?i:{WEEKDAYS}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
                                   r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}\s+(?:had\s+)?[a-z]{3,}ed\b")
# Words that open a lead-in ("Now, ...", "This week, ...") but also a clause of words ("This is done by ...").
_ADVERB_OPENING = re.compile(r"(?:earlier|later|meanwhile|however|still|instead|this|now|then|also|but|and)\b", re.IGNORECASE)
# A gerund as the subject of a clause of its own: "Getting permission to use long-range weapons
# could be a key factor, X says" (words), unlike "Arriving at the summit, X said" (a lead-in). The
# auxiliary must come before any word that opens a clause inside the phrase: in "Dismissing
# fears Ukraine was behind it" the "was" is the fear's. Prepositions in -ing ("Following
# reports Kyiv had ...") and the participles of speech open lead-ins only.
_GERUND_SUBJECT = re.compile(
    rf"(?!(?:{_PARTICIPLES_OF_SPEECH}|following|including|according|regarding|concerning|considering|notwithstanding|"
    r"having|being|citing|noting|saying|adding|stressing|claiming|alleging|warning)\b)"
    r"(?-i:[A-Z][a-z]{2,}ing)\s+(?:(?!(?:that|which|who|whom|where|when|as|if|because|while|after|before|since|claims?|"
    rf"reports?|news|suggestions?|allegations?|fears?)\b)[\w'\u2019.-]+\s+){{1,12}}?(?:{_AUXILIARIES})\b",   # (a word may hold stops: "U.S.")
    re.IGNORECASE)

# A name set before its role with one comma: "..., John Example, the spokesperson said".
_NAME_BEFORE_ROLE = re.compile(r",\s+(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2})$")
# A second verb of the same subject that opens a quote: "X said that A and added: "B"".
_SAYS_MORE = re.compile(r"\s+and\s+(?:also\s+|then\s+)?(?:added|said|noted|stressed|emphasi[sz]ed|continued|concluded|explained|went\s+on)\s*[:,]")
_SAID_AND = re.compile(rf"^(?P<subj>[^,;\"\u201c\u201d\u00ab\u00bb]{{2,100}}?)\s+(?:{_AUX}\s+)*(?:{_SPEECH_VERB})\b[^\"\u201c\u201d\u00ab\u00bb]*\sand(?:\s+also|\s+then)?$")
_OPENING_MARKS = "\"\u201c\u00ab\u201e"
# A paragraph that puts a question to a person, whose answer is the quote below.
_ASKED_PERSON = re.compile(r"^(?P<who>[A-Z][^,;:\"\u201c\u201d\u00ab\u00bb]{1,80}?)\s+(?:was|were)\s+(?:then\s+|also\s+|later\s+|again\s+)?"
                           r"asked\s+(?:whether|if|about|what|why|how|when|where|who|which)\b")
# "X made several statements about ...": a speaker's points, listed below ...
_POINTS_MADE = re.compile(r"\s(?:made|gave|delivered|issued|laid\s+out|outlined|set\s+out|listed)\s+(?:several|a\s+number\s+of|a\s+series\s+of|a\s+few|some|multiple|the\s+following|these|two|three|four|five|six)"
                          r"\s+(?:\w+\s+)?(?:statements|remarks|points|claims)\b")
# ... after "The key points are:" (or the statements' own colon: "... made the following statements:").
_POINTS_FOLLOW = re.compile(r"(?:(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:key|main|most\s+important)\s+(?:points|statements|theses|takeaways)"
                            r"(?:\s+(?:are|were|include|included))?|(?:statements|remarks|points|claims)[^.:;!?]{0,120}):$")
# A list's own heading, in an aggregator's form: "The main statements from Maria Example's briefing:",
# its points one per line below, each closed by a semicolon but the last (bullets or none).
_POINTS_FROM = re.compile(r"^(?:(?:the|here\s+are\s+the)\s+)?(?:main|key|principal|most\s+important)\s+(?:statements|theses|points|remarks|takeaways)\s+"
                          r"(?:from|of|by|in)\s+(?P<who>[A-Z][^:;.!?]{1,80}?)['\u2019]s?\s+(?:\w+\s+)?(?:briefing|speech|address|interview|"
                          r"press\s+conference|statement|remarks|talk|meeting|article|post)s?\s*:$", re.IGNORECASE)
# A bullet that opens one of the listed points.
_POINT_BULLET = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023*\u2013\u2014-]|\d{1,2}[.)])\s+")   # (or numbered: "1. ...")
_SPEECH_VERB_ONLY = re.compile(_SPEECH_VERB)
# After the verb that introduces the paragraph below: a few words, never "that".
_INTRODUCING_TAIL = re.compile(r"(?:\s+(?!that\b)[^\s\"\u201c\u201d\u00ab\u00bb]+){0,10}?\s*[,:\u2014\u2013-]?\s*")
_INTRODUCING_PARTICIPLES = "saying|adding|writing|stating|declaring"   # ", saying," before the words set apart below
_INTRODUCING_END = re.compile(rf"(?:,\s*(?:{_INTRODUCING_PARTICIPLES}))?\s*[,:\u2014\u2013]\s*$")
_CONNECTIVE_ONLY = re.compile(r"\s*(?:and|but|also|then|yet|still|moreover|however|further|furthermore|besides)?\s*[,:\u2014\u2013-]?\s*", re.IGNORECASE)
_SAYING_AT_END = re.compile(rf",\s*(?:{_INTRODUCING_PARTICIPLES})\s*[,:\u2014\u2013-]?$")
# "Zelensky released an ironic statement about the attack on Feodosia:": a statement made, and its
# words below (no verb of saying; the subject is the sentence's, before the verb).
_STATEMENT_MADE_COLON = re.compile(r"\s(?:released|issued|made|published|posted|delivered|gave)\s+(?:a|an|the|his|her|its|their)\s+"
                                   r"(?:[\w-]+\s+){0,2}?(?:statement|message|post|address|comment|remarks)\b[^.!?:\"\u201c\u201d]{0,200}:$")
# A participle of saying that ends a paragraph before words set apart: "..., stating:".
_PARTICIPLE_COLON = re.compile(rf",\s+(?:{_INTRODUCING_PARTICIPLES}|noting|explaining|stressing|emphasi[sz]ing|warning|replying|responding|answering)\s*:$")
_ENDS_WITH_VERB = re.compile(rf"\b(?:{_SPEECH_VERB})$")
_THAT_START = re.compile(r"\s*that\b")
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;\"\u201c\u201d]*,")
# ("said the day before that ..." is a day counted back, not an event's.)
_EVENT_PHRASE = re.compile(r"\b(?:after|following|since|(?<!day )before|amid|ahead of|in the wake of|in response to)\b[^,;:\"\u201c\u201d]*", re.IGNORECASE)
_CLEFT = re.compile(rf"It (?:is|was) (?P<who>[^,.;\"\u201c\u201d]{{2,60}}?)(?:,[^,.;\"\u201c\u201d]{{2,80}},)? (?:who|that) (?:{_AUX}\s+)*(?:{word_alternation(f'{_PREDICATE}|{_SAY}|{_CLAIM}')})\b")
# What sets an attribution inside the words: commas, or dashes with spaces ("A – he claims – B").
_INSIDE_MARKS = ",\u2013\u2014-"


# "Words ..., X said, speaking at the opening of the summit:": words first, though a colon ends
# the sentence (a list of more words follows).
_WORDS_FIRST_THEN_COLON = re.compile(r"^[^,:]{30,},\s+[^,:]{3,80}\s(?:said|says|stated|states|noted|notes|added|adds),\s+[a-z]{3,}ing\s[^,:]*:\s*$")
# "speaking at the summit", "writing on Telegram": the writer's circumstance of the words, no more of them.
_CIRCUMSTANCE_PARTICIPLE = re.compile(r"[a-z]{3,}ing\s+(?:at|to|on|in|with|about|during|after|before|from|via|for)\b")


def _inside_mark(post: str) -> str | None:
    """The mark after a verb that sets its attribution inside the words: a comma, or a dash with
    spaces around it (returned with them); None when no such mark follows."""
    mark = post.lstrip()[:1]
    if mark == ",":
        return mark
    if mark and mark in _INSIDE_MARKS and post.lstrip()[1:2] == " ":
        return f" {mark} "
    return None


# ", to which he said:", ", in response to which the minister said:": the subject after "which".
_TO_WHICH = re.compile(r",\s+(?:[a-z]+\s+){0,3}?(?:to|in|at|after)\s+which\s+(?P<subj>[^,]{1,80})$")
# A capitalised subordinator opens a new sentence, never a subject: "As the advance continued, ...".
_SUBORDINATOR_OPENS = re.compile(r"\s*(?:As|When|While|After|Before|Because|Since|Although|Though|If|Once|Until|Unless|Whereas)\s"
                                  # ('... "must feel what it has done" after Russia claimed to have ...': the
                                  # sentence goes on with a clause of its own; "as X said" may attribute the quote.)
                                  r"|\s*(?:when|while|after|before|because|since|although|though|if|once|until|unless|whereas)\s+(?!asked\b)")
# A relative pronoun opening the subject of words-first: a relative clause, whose words follow its verb.
# (Also a noun naming the words before a relative clause without its pronoun: "..., an assertion
# Ukraine's president has denied", "..., a claim the ministry rejected".)
_RELATIVE_START = re.compile(r"(?:which|that|whom|whose)\s|(?:an?|the)\s+(?:assertion|claim|charge|accusation|allegation|"
                             # (not who issued or carried it: "a statement cited by RIA Novosti said")
                             r"version|account|stance|position|statement)s?\s+(?!that\b|which\b|of\b|by\b|from\b|"
                             r"(?:cited|quoted|carried|reported|issued|released|published|posted)\s+by\b)", re.IGNORECASE)
# A subject after a conjunction is a second clause's ("..., but Kyiv continues ..."), and these
# verbs before "to" are no speech ("continued to press", "hopes to return").
_CONJUNCTION_START = re.compile(r"(?:and|but|or|yet|so|while|whereas|because|although|though|since|when|if)\b", re.IGNORECASE)
_VERBS_OF_DOING = frozenset(("continued", "continues", "hopes", "hoped", "asked", "asks", "thinks", "thought", "promised",
                             "promises", "signalled", "signaled", "signals", *_PROMISE.split("|")))   # ("..., and X vowed to respond")
# "Preliminary reports from the region said nobody was hurt, Governor X wrote": the speaker passes on
# what early reports say; no one else's statement is nested in the words.
_PRELIMINARY_REPORTS = re.compile(r"(?:preliminary|initial|first|early)\s+(?:reports?|data|information|estimates)\b", re.IGNORECASE)
# "X previously stated that Y, RT writes": the outlet only cites a report inside its words.
# (Not a noun: "Russian authorities' claims that ... are false, X said" are X's words; nor the
# speaker's own aside: "as I have said many times, we will ..., said X"; nor a passive aside:
# "... on the enemy's territory, as stated in international law, X said".)
_NESTED_REPORT = re.compile(r"(?<!'s )(?<!\u2019s )(?<!s' )(?<!s\u2019 )(?<!the )(?<!his )(?<!her )(?<!its )(?<!their )(?<!these )(?<!those )(?<!such )"
                            r"(?<!\bas )(?<!\bI )(?<!\b[Ww]e )(?<!\bI have )(?<!\b[Ww]e have )(?<!\bI had )(?<!\b[Ww]e had )(?<!\bI've )(?<!\b[Ww]e've )"
                            rf"\b(?:{word_alternation('said|says|told|tells|stated|states|wrote|writes|noted|notes|claimed|claims|added|adds|stressed|stresses|announced|announces|declared|declares|emphasi[sz]ed|emphasi[sz]es|insisted|insists|warned|warns')})\b"
                            # ("X responded to the criticism of ..., Report informs": X's answer, the outlet passing it on;
                            # not "Kyiv responded with drones", a deed.)
                            r"|\bresponded\s+to\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:criticism|questions?|remarks|accusations|claims|statements?|comments|reports)\b"
                            # ("X and Y made the statement during a press conference, YLE reports": the outlet tells where.)
                            r"|\bmade\s+(?:the|this|that|these|those|such|a|their|his|her|its)\s+(?:joint\s+)?(?:statements?|remarks|comments)\b")
# A colon outside quotes right before a quotation mark: 'The reaction was immediate: "...'.
_COLON_BEFORE_QUOTE = re.compile(r"(?<=[\w)]):\s*(?=[\"\u201c\u00ab\u201e])")
# A quote that reports a person's words: '"Example stressed that the drones ...," TASS reported.'
_QUOTED_REPORT = re.compile(rf"\s*(?!(?:He|She|They|We|I|It|You|This|That|There|Our|My)\b)(?P<subj>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}})\s+(?:{_AUX}\s+)*"
                            rf"(?:{_SAYING_VERB})\s+that\s+(?P<clause>\S.*)", re.DOTALL)
# '... "agreements that we will receive all this," but he did not elaborate.': the writer's remark on the words.
# (The subject may go unsaid: "X said it had repelled the attack, but did not admit any damage.")
# (Or the comma: "reported that four drones were destroyed but did not mention the depot".)
_WRITERS_REMARK = re.compile(r"(?:,[\"\u201d\u2019']?\s+|\s+(?=but\s))(?:but|though|although)\s+(?:(?:he|she|they|it)\s+)?(?:did\s+not|didn['\u2019]t|would\s+not|wouldn['\u2019]t|declined|refused|"
                             r"gave\s+no|offered\s+no|provided\s+no)\s+(?:to\s+)?(?:elaborate|comment|give|provide|offer|say|specify|detail|further|any|more|"
                             r"admit|acknowledge|confirm|mention|explain|disclose|reveal|name|identify|"
                             r"details?|information|evidence|explanation|figures|indication|proof)\b[^.;]*\.?$"   # ("but gave no details")
                             # "X denied any involvement, a stance that has persisted ...": the writer naming the words.
                             r"|,\s+an?\s+(?:stance|position|claim|assertion|charge|accusation|allegation|detail|remark|statement)\s+(?:that|which)\s[^.;\"\u201c\u201d]*\.?$"
                             # (without its "that" only of a denial: "..., an assertion Ukraine's president has denied")
                             r"|,\s+an?\s+(?:claim|assertion|charge|accusation|allegation)\s+(?=[A-Z]|the\s)[^.;\"\u201c\u201d]*?"
                             r"\b(?:denied|rejected|dismissed|disputed|refuted|denies|rejects|dismisses|disputes|refutes)\.?$")   # ("a charge Ukraine denies")
# ", UNN reports.", ", according to RT." closing a reported clause cite the outlet: not the speaker's words.
# The verbs of an outlet passing words on: "..., RT writes", "..., Report informs".
_OUTLET_VERBS = frozenset(("reports", "writes", "informs", "reported", "wrote"))
_OUTLET_TAIL = re.compile(
    # (The comma may stand inside a quote's closing mark: '... at Russia "in self-defense," reports UNN'.)
    r"(?:,|(?<=,[\"\u201d\u2019]))\s+(?:according to\s+[^,\"\u201c\u201d]{2,60}?|as\s+(?:quoted|cited|reported)\s+by\s+[^,\"\u201c\u201d]{2,60}?"
    # (", per Sky News.", ", per the Wall Street Journal.": the outlet that carried it)
    r"|per\s+(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}"
    r"|(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,3}?(?:(?:news\s+)?agency\s+|newspaper\s+|outlet\s+|broadcaster\s+)?"
    rf"(?:{'|'.join(sorted(_OUTLET_VERBS))})"
    # ", Russian news agencies reported.", ", state media reported."
    r"|(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,2}(?:(?:state|local|national|regional|independent|world|international|foreign|western|Western)\s+)?(?:news\s+agencies|agencies|media|outlets|newspapers|television|TV)\s+(?:reported|report|reports)"
    # ", Turkish public broadcaster TRT World reported": what the outlet is, then its name.
    r"|(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:state|public|private|independent|national|local|regional|online)\s+)?"
    r"(?:news\s+agency|agency|newspaper|outlet|broadcaster|(?:TV\s+)?channel|daily|website|portal)\s+(?:[A-Z][\w.&'\u2019-]*\s+){1,3}?"
    rf"(?:{'|'.join(sorted(_OUTLET_VERBS))})"
    # ", reported Defense News.": the outlet after its verb.
    r"|(?:reports|reported|writes|wrote)\s+(?:[Tt]he\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})"
    # (", Anadolu news agency reported on Aug. 22.": and when.)
    rf"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?i:{WEEKDAYS})|yesterday|today|earlier|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?))?"
    # ", News.az reports citing Fox News.": and whom it cites.
    r"(?:,?\s+(?:citing|quoting|quoted\s+by|cited\s+by|with reference to|referring to|via)\s+[^,\"\u201c\u201d]{2,60}?)?\s*\.?\s*$")
# "..., adding that ...": the same speaker says more (see _participles).
_PARTICIPLES = REPORTING_PARTICIPLES
_PARTICIPLE_START = re.compile(rf"(?:{_PARTICIPLES})\s+that\b")
# (The comma may close a quote: 'noted that "facilities were damaged," adding that ...'.)
_PARTICIPLE_JOIN = re.compile(rf",(?P<mark>[{_MARKS_AFTER_COMMA}]?)\s+(?:{_PARTICIPLES})\s+that\s")
_MAY_REPORT_PATTERN = re.compile(rf"(?<![-\w])(?:{_ANY_VERB})\b|\baccording to\b|\bas per\b|\bmade by\b|\bas saying\b|,\s+(?:{_PARTICIPLES})\s"
                                 r"|\bin (?:his|her|their|(?:the )?[\w.-]+['\u2019]s?) (?:opinion|view|words),"
                                 r"|\b(?:view|opinion|position|assessment|belief|conclusion) (?:is|was) that\b|\bis the (?:opinion|view|assessment|conclusion) of\b"
                                 # (a video's caption: "..., John Example, Kremlin spokesman, via statement.")
                                 r"|, via (?:a )?statement\.?\s*$|, on [A-Z][^,;]{1,60}\.?\s*$", re.IGNORECASE)
# ', while Prime Minister Y wished luck ...' right after a quote: someone else's clause (see _clause_statement).
_CONTRAST_AFTER_QUOTE = re.compile(r"\s*,?\s+(?:while|whereas)\s+(?:the\s+)?[A-Z]")
# '... that "Ukraine must win this war" and pledged further support': a second act of the speaker's.
# (A past tense, not an adjective, when an article or preposition follows it, or when the quote is a
# clause of its own: not '"strikes on airfields" and armed raids'.)
_SECOND_PREDICATE_AFTER_QUOTE = re.compile(r"\s*,?\s+and\s+(?:also\s+|then\s+)?[a-z]{3,}ed\s+(?P<after>his|her|their|its|the|a|an|to|for|on|that)?\b")
# "In his opinion, it is quite normal for ...": the view of whom the pronoun means, as "according to him";
# "In Orban's view, the presence ...": the view of whom the name means.
_IN_ONES_VIEW = re.compile(r"^(?:(?:However|Meanwhile|Moreover|But|And|So|Also|Still),?\s+)?[Ii]n (?P<who>his|her|their|"
                           # ("In the professor's opinion": a role the article gave someone.)
                           r"(?P<named>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)['\u2019]s?) (?:opinion|view|words),\s+"
                           r"(?P<clause>\S.*)$", re.DOTALL)
# "Holm's view is that the storm will pass": the words of whom the possessive names.
_VIEW_IS_THAT = re.compile(r"^(?P<named>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}|The\s+[a-z]+(?:\s+[a-z]+)?)['\u2019]s?\s+"
                           r"(?:view|opinion|position|assessment|belief|conclusion)\s+(?:is|was)\s+that\s+(?P<clause>\S.*)$", re.DOTALL)
_PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she", "their": "they"}


def _participle_before_that(text: str) -> bool:
    """A plain test that `text` may hold one of REPORTING_PARTICIPLES before "that" (every one ends
    in "ing" but "pointing out"), before the patterns are tried."""
    return "ing that " in text or "out that " in text


def _may_report(text: str) -> bool:
    """Whether a paragraph may hold a statement: a reporting verb, "according to", a participle
    of speech after a comma, or one before "that" (", with X stating that ...": a plain test)."""
    return _participle_before_that(text) or _MAY_REPORT_PATTERN.search(text) is not None
# The writer's participle phrase after a words-first verb: "..., X said Tuesday, marking the first ...".
# (Or "without" and one: "..., X told ABC News, without specifically saying whether ...".)
_CLOSING_PARTICIPLE = re.compile(r",\s+(?:without\s+(?:[a-z]+ly\s+)?)?[a-z]{3,}ing\b.*$", re.DOTALL)
# The writer's aside after a dash, when a comma set the words apart: "..., the official said - among
# the weapons that have ...". (Words set apart by dashes go on after the second: "A – X claims – B".)
_DASH_ASIDE = re.compile(r"(?:\s+-|\s*[\u2013\u2014])\s+(?!and\b|but\b)[a-z].*$", re.DOTALL)
# "responded to a question about Victoria Example suggesting ... that ...": the that-clause is hers.
_INNER_PARTICIPLE = re.compile(r"(?<!,)\s(?:saying|claiming|stating|suggesting|arguing|insisting|asserting|alleging)\b")
# Where the participle's subject is the speaker's own message: "confirmed the attack on Telegram saying that ...".
_OWN_CHANNEL_END = re.compile(r"\b(?:on|in|via|through)\s+[A-Z][\w.-]*$")


def _others_participle(words: str) -> bool:
    """Whether a speech participle between a verb and "that" is someone else's ("responded to a question
    about Victoria Nuland suggesting that ..."), not the subject's own ("confirmed the attack on
    Telegram saying that ...", "in a post saying that ..."): it owns the that-clause."""
    participle = _INNER_PARTICIPLE.search(words)
    if participle is None:
        return False
    before = words[: participle.start()].rstrip()
    return not (before.rpartition(" ")[2][:1].islower() or _OWN_CHANNEL_END.search(before))
_PARTICIPLE_AFTER_COMMA = re.compile(rf",[{_MARKS_AFTER_COMMA}]?\s+(?:[a-z]{{3,}}ing\s[^,;:\"\u201c\u201d\u00ab\u00bb]{{1,80}}?\s+and\s+)?(?:{_PARTICIPLES})\b")
# "The donation comes as ..., with Wallace stating that Russia's aggression is failing": the
# person after "with" says the words.
_WITH_PARTICIPLE_THAT = re.compile(rf",\s+with\s+(?P<who>[^,;:\"\u201c\u201d\u00ab\u00bb]{{2,80}}?)\s+(?:{_PARTICIPLES})\s+that\s+"
                                   r"(?P<clause>[^\"\u201c\u201d\u00ab\u00bb].*?)\s*$", re.DOTALL)
_VERB_THEN_PLACE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|spoke|speaks|speaking|appeared|appearing|added|adds|stated|states)\s+(?:on|in|to)\s$")
# ... or a network's possessive before it: 'said during an interview with CBS’ “Face the Nation.”', 'told CNN’s “State of the Union”'.
_PROGRAMME_OF = re.compile(r"\b(?:with|on|to|told|tells)\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['\u2019]s?\s$")


def _programme_name_at(text: str, opening: int) -> bool:
    """Whether the quote opening at `opening` names a programme or paper: 'X said on "Fox News Sunday."'."""
    before = text[max(0, opening - 60) : opening]
    return ((before.endswith((" on ", " in ", " to ")) and _VERB_THEN_PLACE.search(before) is not None)
            or (before.endswith(("' ", "'s ", "\u2019 ", "\u2019s ")) and _PROGRAMME_OF.search(before) is not None))


# 'sent a request to Defense Minister X and received the following answer:': whom the request went to.
_ANSWER_RECEIVED = re.compile(r"\b(?:request|question|questions|inquiry|query|enquiry)\s+to\s+(?P<who>[^,;:\"\u201c\u201d]{2,100}?)\s+"
                              r"and\s+(?:have\s+|has\s+|had\s+)?received\s+(?:the\s+following|an?|this|the)\s+(?:answer|response|reply|comment)\s*:\s*$")
# 'Trump had reportedly responded to the request by saying, "..."': a name, its verb, "by saying".
_BY_SAYING = re.compile(r"(?:^|[\s,])(?P<subj>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:(?:had|has|have|also|reportedly|then|once)\s+)*"
                        r"[a-z]+\b[^,;\"\u201c\u201d\u00ab\u00bb]{0,80}?\s+by\s+saying\s*[,:]?\s*$")
# ... and before a quote: 'Italy has not, with X stating last week that Italian arms "..."'.
_WITH_PARTICIPLE_BEFORE_QUOTE = re.compile(rf",\s+with\s+(?P<who>[^,;:\"\u201c\u201d\u00ab\u00bb]{{2,80}}?)\s+(?:{_PARTICIPLES})"
                                           r"(?:\s+[^\s,;\"\u201c\u201d\u00ab\u00bb]+){0,8}?(?:\s+that)?\s*[,:]?\s*$")
# What an institution does before its participle's quote: "issued a statement on X, emphasizing".
_ISSUED_STATEMENT = re.compile(r"\s*(?:has\s+|had\s+)?(?:issued|released|published|posted|put\s+out|made)\s+(?:a|an|its|the)\s+(?:\w+\s+)?"
                               r"(?:statement|communiqu[eé]|message|post|note|comment)\b")
# A participle right before a quote: 'X hinted at it, stating on Thursday that "..."'.
_PARTICIPLE_BEFORE_QUOTE = re.compile(rf",\s+(?:{_PARTICIPLES})(?:\s+[^\s,;\"\u201c\u201d\u00ab\u00bb]+){{0,8}}?(?:\s+that)?\s*[,:]?\s*$")
# (Where between, briefly: "saying in a post on X that ...".)
_PARTICIPLE_THAT = re.compile(rf",[{_MARKS_AFTER_COMMA}]?\s+"
                              # (after another participle and "and": "..., accusing Kyiv of terrorism and confirming that ...")
                              rf"(?:[a-z]{{3,}}ing\s[^,;:\"\u201c\u201d\u00ab\u00bb]{{1,80}}?\s+and\s+)?(?:{_PARTICIPLES})(?:\s+(?:in|on|at|during|via|after)\s[^,;:\"\u201c\u201d\u00ab\u00bb]{{1,60}}?)?\s+that\s+"
                              r"(?P<clause>[^\"\u201c\u201d\u00ab\u00bb].*?)\s*$", re.DOTALL)
# ... or its infinitive: ", claiming to have thwarted a "terrorist attack"".
_PARTICIPLE_TO = re.compile(rf",[{_MARKS_AFTER_COMMA}]?\s+(?P<claim>claiming|vowing|promising|threatening|pledging)\s+to\s")
# Without "that" only when a subject and a finite verb follow at once ("..., saying it has the
# right to ..."): "stressing the need for increased aid" reports no words.
_PARTICIPLE_BARE = re.compile(
    r",\s+(?:saying|adding|noting|warning|insisting|arguing|stressing|claiming)\s+(?P<clause>(?:"
    r"(?:he|she|it|they|we|I|there|this|these|those|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
    # (or a number of things: "saying two drones had been shot down", "saying 13 people were hurt")
    r"|(?:the|its|his|her|their|our|one|two|three|four|five|six|seven|eight|nine|ten|several|\d[\d,.]*)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2})\s+"
    rf"(?:(?:{_AUXILIARIES}|does|do|did|shall|needs|wants|remains|supports|plans|intends|opposes|knows|believes|agrees)\b|\w+n['\u2019]t\b)"
    # (a past tense after a pronoun: "arguing he needed the capability")
    r"|(?:he|she|it|we|they)\s+\w{2,}ed\b)"
    r".*?)\s*$", re.DOTALL)
# "This was stated by the spokesperson X during the telethon": the sentences before it (or the
# paragraph before, when it opens a paragraph) are X's words, reported.
_BACK_REFERENCE = re.compile(
    r"(?:(?:According to [^,\"\u201c\u201d]{2,90},\s+)?(?:(?:[Tt]his|[Tt]hat|[Ii]t|[Tt]hese words|[Tt]his statement|[Ss]uch a statement)\s+"
    r"(?:was|is|were|has been|had been)\s+(?:\w+ly\s+)?"
    r"(?:stated|said|announced|reported|declared|noted|emphasi[sz]ed|written|told|explained|confirmed|voiced|expressed)"
    # "made" only for words: "It was made by Iran" is about a drone.
    r"|(?:[Tt]his|[Tt]hat|[Ss]uch an?)\s+(?:statement|announcement|remark|comment|assessment|claim)\s+(?:was|has been|had been)\s+made"
    # "This opinion was expressed by U.S. Secretary of Defense X in an article ...".
    r"|(?:[Tt]his|[Tt]hat|[Ss]uch an?)\s+(?:opinion|view|position|point of view|assessment|sentiment|warning)\s+(?:was|has been|had been)\s+"
    r"(?:\w+ly\s+)?(?:expressed|voiced|shared|stated|issued))"
    # (A date set off by commas too: "announced on Thursday, June 1, by"; a place and an occasion:
    # "stated in Brussels before a meeting of EU defence ministers by".)
    r"(?:\s+[^\s.;:\"\u201c\u201d]+){0,12}?\s+by\s+"
    # "The remarks came from Foreign Minister X during a press conference".
    r"|(?:The|These|Those|His|Her)\s+(?:remarks|comments|words|statements?)\s+(?:came|come)\s+from\s+"
    # "This is the opinion of professor X" (translated: "Такого мнения придерживается ...").
    r"|(?:[Tt]his|[Tt]hat)\s+(?:is|was)\s+the\s+(?:opinion|view|assessment|conclusion)\s+of\s+"
    # "About this reported Governor X on Telegram." (translated from Russian: "Об этом сообщил ...").
    # ("About this in his Telegram channel reported X": where, before the verb.)
    r"|About\s+(?:this|that|it)\s+(?:(?:in|on|via)\s+[^.;:!?,\"\u201c\u201d]{1,60}?\s+)?(?:\w+ly\s+)?(?:reported|said|wrote|stated|announced|informed|told)\s+)"
    rf"(?P<who>(?:[^.;:!?\"\u201c\u201d]|{_INITIAL_PERIOD}){{2,150}}?)"
    r"(?=,?\s+(?:during|in|at|on|while|when|after|before|via|speaking|answering|with|citing|to|writes|reports|informs|according)\b"
    # (or a role in apposition: "by Fedir Example, a member of the \"...\" party, informs ...")
    # (A stop after a lone capital is an initial's: "by U.S. Secretary of Defense X".)
    r"|,\s+[A-Z][\w.-]*\s+(?:reports|writes|informs)\b|,\s+(?:a|an|the)\s|\s*(?:(?<!\b[A-Z])\.|[;!?])|\s*$)")
# "During a press briefing on 30 September 2024, spokesperson X was asked if ... X responded that
# ...": an occasion and its day, then the speaker answering there, in the same paragraph.
_ASKED_ON_OCCASION = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<lead>[^.!?\"\u201c\u201d]{0,150}?)(?P<who>[A-Z][\w'\u2019-]+)\s+(?:was|were)\s+(?:asked|questioned|pressed)\b")
# A question put to the speaker, before the answer's attribution: "When asked if he thought it would be
# okay to ..., X said ...", "Asked whether he believed ..., X said ...".
_QUESTION_LEAD_IN = re.compile(r"^(?:(?:when|after\s+being|upon\s+being|on\s+being|while\s+being)\s+)?asked\s+(?:if|whether|why|how|what|when|who|about)\b[^,;:\"\u201c\u201d]{3,200},\s",
                               re.IGNORECASE)
# News agencies passing the words on, at their end: "..., EFE and Reuters note.".
_OUTLETS_NOTE_END = re.compile(r",\s+(?P<outlets>[A-Z][\w.-]*(?:(?:,\s+|\s+and\s+)[A-Z][\w.-]*){0,3})\s+(?:notes?|reports?|reported|writes?|wrote)\.?\s*$")
# A name alone on its line, its role after a comma, and a colon: the label of the quote below it.
_NAME_LABEL_LINE = re.compile(r"(?P<who>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})(?:,\s+[^,:;.!?\"\u201c\u201d]{3,80})?:")
# A paragraph that opens with an unnamed speaker and a verb of saying: "Ukraine's top military
# commander has said his forces ...".
_UNNAMED_SAID_OPENING = re.compile(rf"(?:The\s+|A\s+|An\s+)?[A-Z][\w'\u2019.-]*(?:\s+[a-z][\w'\u2019.-]*){{0,5}}?\s+(?:{ROLE_NOUNS})\s+(?:(?:has|have|had)\s+)?"
                                   rf"(?:{_SAYING_VERB})\s+(?:that\s+)?(?=[\w\"\u201c])")
# A straight single quote opening after a sentence's end: ". 'The situation is under control,' X wrote".
_SINGLE_QUOTE_OPENING = re.compile(r"[.!?]\s+'(?=[A-Z])")
# Words that go on from the sentence before: "But it must respect the rules, X said."
_CONNECTIVE_OPENING = re.compile(r"(?:But|And|Yet|Still|However,|At the same time,)\s")
# After a quoted fragment that opens a sentence, the sentence's own verb: '"33 drones" were "destroyed"'.
# ('"Two enemy drones" attacked the depot, X said': a past tense, never a verb of saying after the quote.)
_VERB_AFTER_OPENING_QUOTE = re.compile(r"\s+(?:were|was|are|is|have been|has been|had been|will be|would be|"
                                       rf"(?!(?:{_SAYING_VERB})\b)[a-z]{{3,}}ed|struck|hit|fell|flew|shot|set|sent)\s")
# A paragraph that opens in the first person: "I was not happy ...", "We will respond ...".
_FIRST_PERSON_START = re.compile(r"\s*(?:I|We)(?:['\u2019](?:m|ve|ll|d|re))?\s")
# Words, then a name, its role and where they were said, with no verb: a video's captions
# ("..., John Example, White House spokesman, on MSNBC's 'Morning Joe'.", "..., via statement.").
_VERBLESS_ATTRIBUTION = re.compile(
    r"^(?P<clause>[^\"\u201c\u201d]{15,}?),\s+(?P<who>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}),\s+"
    r"(?P<role>[^,.;:\"\u201c\u201d]{3,80}?),\s+(?:via\s+(?:a\s+)?statement|via\s+[A-Z][^.,;]{1,40}|on\s+[A-Z][^,;]{1,60}?|"
    r"in\s+(?:a|an)\s+(?:statement|interview|video|post)(?:\s+[^.,;]{1,60}?)?)\s*\.?\s*$")
# "Macron said this at a joint press conference on May 28": when and where the words just
# before were said. The occasion follows at once ("said this week that ..." is new words).
_OCCASION_VERB = r"(?:said|stated|announced|noted|emphasi[sz]ed|stressed|wrote|declared|told)"
_OCCASION_WORD = r"(?:at|during|in|on|while|when|after|before|via|speaking|answering|to)\b"   # what opens the occasion
_OCCASION = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<who>[Hh]e|[Ss]he|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,4}"
    # (or an unnamed source and where it sits: "A source at the SBU told this to Ukrinform.")
    r"|[Aa]n?\s+(?:[a-z]+\s+){0,2}?(?:source|official|representative|spokes(?:man|woman|person))\s+(?:at|in|from|of|within)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})\s+"
    # (or "made the remark": "Example made the remark in an interview with a magazine on Friday.")
    rf"(?:{_OCCASION_VERB}\s+(?:this|so|it)|made\s+(?:the|these|those|his|her|their)\s+(?:remarks?|comments?|statements?))\s+(?={_OCCASION_WORD})[^.!?]{{0,200}}")
# ... and as a later sentence of the paragraph that holds the words: "Two bodies were recovered.
# The governor of the region, X, announced this in his Telegram channel."
_OCCASION_SENTENCE = re.compile(
    r"(?P<who>[A-Z][^.;:!?\"\u201c\u201d]{1,120}?)\s+"
    rf"{_OCCASION_VERB}\s+(?:this|so)\s+{_OCCASION_WORD}[^.!?\"\u201c\u201d]{{0,200}}[.!?]?\s*$")
_OCCASION_HINT = re.compile(rf"\s(?:this|so|it|remarks?|comments?|statements?)\s+{_OCCASION_WORD}")
_WEB_ADDRESS = re.compile(r"\w\.(?:net|com|ua|ru|org|info|news|media)\b", re.IGNORECASE)
_CITING = re.compile(r",?\s+(?:with reference to|citing|referring to|quoting)\b")
_CITING_AFTER_VERB = re.compile(r"(?:\s+(?:this|it|that))?" + _CITING.pattern)   # (also after "reports this")
# Whom an outlet's report cites, at its end: ", citing Swedish Defense Minister Pal Jonson", ", citing
# comments from Ukraine's military intelligence chief X" (a person, checked when asked).
_CITED_PERSON = re.compile(r",?\s+(?:citing|quoting)\s+(?:(?:comments|remarks|statements?|words)\s+(?:from|by|of)\s+)?"
                           r"(?P<who>[^,;:\"\u201c\u201d\s][^,;:\"\u201c\u201d]{1,80}?)\s*\.?$")
# (A defence, intelligence or space agency is a body of a state, no outlet: "according to the Russian defense agency".)
_OUTLET_WORD = re.compile(r"\b(?:news agency|(?<!defense )(?<!defence )(?<!intelligence )(?<!space )(?<!security )(?<!nuclear )agency|"
                          r"newspaper|outlet|publication|TV channel|broadcaster|correspondent)\b", re.IGNORECASE)
# ... or said by whom the sentence then names: "This was reported in his Telegram channel, the
# region's governor, X, told." (translated from Russian: "Об этом ... рассказал X").
_BACK_REFERENCE_THEN_SAID = re.compile(
    r"(?:[Tt]his|[Tt]hat|[Ii]t)\s+(?:was|has been)\s+(?:reported|stated|announced|said|written)\s+(?:in|on|via)\s+[^,.;:!?\"\u201c\u201d]{1,60},\s+"
    r"(?P<who>[^.;:!?\"\u201c\u201d]{2,120}?),?\s+(?:told|said|wrote|reported|informed|noted|stated)\.?\s*$")


def _referring_back(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """A sentence (text[start:end]) that makes the words before it someone's: its match, naming them as "who"."""
    end = len(text) if end is None else end
    return _BACK_REFERENCE.match(text, start, end) or _BACK_REFERENCE_THEN_SAID.match(text, start, end)


_BACK_REFERENCE_STARTS = ("This", "this", "That", "that", "It ", "it ", "These", "these", "Such", "such", "According",
                          "The remarks", "The comments", "The words", "The statement", "Those", "His remarks", "Her remarks", "About")
_REFERRING_STARTS = (*_BACK_REFERENCE_STARTS, "-", "\u2013", "\u2014")
# A paragraph that is an attribution and nothing else, the words in the paragraph before (translated
# from Ukrainian sites): "Press secretary of the US State Department, Ned Example, states, during
# video briefing, RBC-Ukraine reports."
_ATTRIBUTION_ONLY = re.compile(
    r"(?P<who>[A-Z][^,.;:!?\"\u201c\u201d]{1,80}?(?:,\s+[A-Z][^,.;:!?\"\u201c\u201d]{1,60}?,)?)\s+"
    r"(?:states|stated|said|says|noted|notes|declared|declares|wrote|writes|announced|announces)"
    r"(?:,?\s+(?:during|in|at|on|via|while|when)\s+(?:(?!that\s)[^.;:!?\"\u201c\u201d]){1,100}?)?"
    r"(?:,\s+[A-Z][\w.-]*(?:\s+[\w.-]+){0,3}\s+(?:reports|writes|informs))?\.")
# A line that is only a name and a role: "Friedrich Example, Chancellor of Germany".
# A name alone on its line, and a role alone on the line below it (a pull quote's signature in two lines).
_NAME_ALONE = re.compile(r"(?P<who>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})")
_ROLE_LINE_BELOW = re.compile(r"\s*\n\s*(?P<role>[A-Z][^.;:!?\"\u201c\u201d,\n]{2,60})\s*(?:\n|$)")
_SIGNATURE_LINE = re.compile(r"(?P<who>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}),\s+(?P<role>[A-Za-z][^.;:!?\"\u201c\u201d,]{2,80})")
# A dash that opens a paragraph of direct speech: "\u2013 Unfortunately, a major attack is coming, says X."
_SPEECH_DASHES = ("\u2013 ", "\u2014 ")
# The dash after a full stop that opens such an attribution inside a sentence: "... at the plant. - reported the Air Force."
_DASH_AFTER_STOP = re.compile(r"(?<=[.!?])\s+(?=[-\u2013\u2014]\s*[a-zA-Z])")
# A paragraph of its own after words set off without quotation marks: "- He said.", "— Example noted."
_DASH_ATTRIBUTION = re.compile(
    r"[-\u2013\u2014]\s*(?P<who>[Hh]e|[Ss]he|[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3})\s+"
    r"(?:said|added|noted|stressed|emphasi[sz]ed|explained|stated|concluded|continued|wrote|summed up|reported)\.?")
# ... or with the verb first: "- said the NATO Secretary General.", "- reported the Air Force of the Armed Forces of Ukraine."
_DASH_ATTRIBUTION_INVERTED = re.compile(
    r"[-\u2013\u2014]\s*(?:said|added|noted|stressed|emphasi[sz]ed|explained|stated|concluded|continued|wrote|summed up|reported)\s+"
    r"(?P<who>(?:[Tt]he\s+)?[\w'\u2019-]+(?:\.[\w-]+)*(?:\s+[\w'\u2019-]+(?:\.[\w-]+)*){0,8})\.?")
# "said that A, and that she hoped B": a second clause of the same verb, the same speaker's words.
_AND_THAT_AGAIN = re.compile(r",?\s+and\s+that\s+(?=\S)")
# A second main clause joined on to a reported clause, and the subject that opens it: a name,
# a role or a pronoun of at most eight words, no commas ("presidential spokesman Dmitry Peskov").
# (The comma may stand inside a quote that closes there: 'amounted to a "provocation," while his officials said ...'.)
_JOINED_CLAUSE = re.compile(rf",(?P<mark>[{_MARKS_AFTER_COMMA}]?)\s+(?:and|but|while|whereas|before)\s+")
# A sentence that opens with a subordinate clause of saying: "While X emphasised that A, he said B".
# ("A day after Russia accused Kyiv of X, the governor said Y": a time before "after" too, and any verb of saying.)
# After a subordinate clause, the main clause: a comma (and the quote it closes), a capitalised
# subject and a verb in the past ("..., French Foreign Minister X struck a different note").
_MAIN_CLAUSE_AFTER_COMMA = re.compile(r",(?P<mark>[\"\u201d\u2019])?\s+(?:[A-Z][\w'\u2019.-]*\s+){1,6}(?:has\s+|had\s+|also\s+)?"
                                      r"(?:[a-z]+ed|struck|took|made|gave|held|kept|stood|came|went|said|told|saw|sought|brought|spoke)\b")
_SUBORDINATE_OPENING = re.compile(r"(?:(?:A|One|Two|Three|Several|Hours|Days|Weeks|Months|Moments|Minutes|Shortly|Soon|Just|Only)\s+(?:\w+\s+)?(?:after|before)"
                                  rf"|While|Whereas|Although|Though|When|After|Because|Since|Once|Before|Until)\s+[^,]*\b(?:that|{_ANY_VERB})\b")
# Without a comma, a contrast joins another's report on only when a subject and its words follow.
_CONTRAST = re.compile(r"\s+(?:but|although|though|whereas|while)\s+")
# "as" before another's report: "... as his officials asserted that ..." (a named subject, or whose).
_AS_JOINED = re.compile(r",?\s+as\s+(?=(?:his|her|their|its|the)\s|[A-Z])")
# The same subject goes on with a second reporting verb: "..., but noted that ...", ", and also said".
_SHARED_SUBJECT = re.compile(rf",?\s+(?:and|but)\s+(?:{_AUX}\s+)*")
# Without a comma, only a verb of saying right after "and" goes on with the same subject:
# "He warned that A and stressed that B".
_AND_THEN_VERB = re.compile(rf"(?<![,\s])\s+(?:and|but)\s+(?:{_AUX}\s+)*$")
# "cautioned that it is unwise to provoke Russia and accused the West of ...": a clause in the present
# (or with a modal) shares no subject with a verb in the past after "and": the speaker's next predicate.
_PRESENT_OR_MODAL = frozenset("is are am can must should may might will shall".split())
# "X did not confirm the report, but said that ...": the subject of what X would not say says the rest.
_REFUSED_THEN = re.compile(
    r"^(?P<subj>[^;\"\u201c\u201d\u00ab\u00bb]{2,200}?)\s+(?:(?:did|does|do|would|could|will|has|have|had)\s*(?:not\b|n['\u2019]t\b)|never\b|declined\s+to\b|refused\s+to\b)"
    rf"[^;\"\u201c\u201d\u00ab\u00bb]*?,?\s+but\s+(?:(?:it|he|she|they)\s+)?(?:{_AUX}\s+)*$")


def _removes_from_office(post: str) -> bool:
    """Whether "dismissed" is followed by the person it removed ("dismissed Kursk Oblast Governor
    X", "dismissed his defence minister, X"): a deed, not a rejection of words."""
    runs = find_names(post[:120])
    if not runs or runs[0].start > 70:
        return False
    before = post[: runs[0].start].replace(",", " ").split()
    return bool(runs[0].title or before) and all(
        w[:1].isupper() or w in ("the", "his", "her", "its", "their") or w.lower() in TITLE_WORDS for w in before)


# "refused to specify what ...", "refused to comment": declining to speak, no words of theirs
# ("refused to say that X" stays, as the predicate it is).
_REFUSED_TO_SAY = re.compile(r"^\s+to\s+(?:comment|specify|say|disclose|confirm|elaborate|give|name|reveal|answer|discuss|speculate|provide|"
                             r"go into|share|identify|detail|explain)(?:\s+(?:any|further|more|publicly|directly|specifically))*"
                             # (or what: "refused to give a military forecast for 2024")
                             r"(?:\s+(?:what|which|whether|how|when|where|who|why|if|on|about|details)\b|\s*[.,;]|\s*$"
                             r"|\s+(?:a|an|any)\s+(?:\w+\s+)?(?:forecast|prediction|comment|details?|figures?|numbers?|timeline|date|estimate|answer)\b)")
_EXAMPLES_ASIDE = re.compile(r", (?=[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,5}?,\s+(?:such as|including|like|notably)\s+[^,;\"\u201c\u201d]{2,80},"
                             r"(?:\s+(?:has|have|had|also|later|then|again))*\s*$)")
_SUBJECT_OF_JOINED = re.compile(r"[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,7}?(?:\s+(?:has|have|had|also|later|then|again))*\s*")
# ("Source: Zelenskyy's evening address": the owner of the address, channel or statement speaks.)
_SOURCE_LINE = re.compile(r"^Source\s*:\s*(?P<who>[^,.;:]{2,80}?)(?:['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:address|speech|statement|interview|post|"
                          r"channel|account|video|remarks|comments|briefing|message|appeal|column|letter|page))?"
                          r"(?=\s+(?:in|at|on|during|to|for|via|citing|speaking)\b|[,.;:]|$)")
_INDIRECT_QUESTION = re.compile(r"^(?:whether|if|when|how|what|why|who|where|which)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
_WORDS = re.compile(r"\w+")


# Nouns whose "that" clause is what others claim: "denied reports that X" says the opposite of X,
# "commented on claims that X" says nothing of X. ("said in a statement that X" is the words.)
_HEARSAY_NOUN_END = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|information|news|speculation|assertions?|"
    r"charges?|insinuations?|theory|theories|notion)"
    # ... and where they came from: "the information disseminated by a number of channels", "reports in the media"
    r"(?:\s+\w+(?:ed|ing))?(?:\s+(?:by|in|on|from|across|among|through)(?:\s+[\w'\u2019.-]+){1,8})?$"
    # ... or someone else's words, said to be theirs: "commented on the statement of the Russian
    # president that ..." (that president's words, not the commenter's).
    r"|\b(?:statements?|words|remarks|threats?|warnings?)\s+(?:of|by)(?:\s+[\w'\u2019.-]+){1,8}$")


# A clause that opens with a verb: its "that" was a relative or a demonstrative pronoun
# ("targets that are used ...", "said that was the plan"), not the start of the words.
_VERB_FIRST = re.compile(rf"(?:{_AUXILIARIES}|does|do|did|shall)\b")
# Verbs in the past that are never adjectives: after "that", they make it a relative pronoun.
_RELATIVE_VERB_FIRST = re.compile(r"(?:knew|took|gave|made|came|went|saw|held|kept|began|became|found|brought|sent|built|chose|grew|drew|wrote|"
                                  r"spoke|broke|rose|fell|struck|occurred|happened|erupted|caused|killed|hit)\s")
# A reporting verb in the passive: "X was told that ..." (X heard the words), unless hearsay follows
# ("X is reported to have said that ...").
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|gets?|got|getting)\s+"
                             r"(?:(?:also|not|never|then|later|earlier|once|again|often|sometimes|still|always|long|\w+ly)\s+)*$", re.IGNORECASE)
_PASSIVE_LAST_WORDS = ("was", "were", "is", "are", "been", "being", "be", "get", "gets", "got", "getting",
                       "also", "not", "never", "then", "later", "earlier", "once", "again", "often", "sometimes", "still",
                       "always", "long", "ly")
# A participle with its agent, set off after a name: "X, frequently characterized by media outlets
# as ..., was questioned ...": what others say of X.
_AGENT_AFTER = re.compile(r"\s+by\s+(?!(?:phone|telephone|video|videolink|letter|e-?mail|text|radio|saying|stating|noting|adding)\b)")
_APPOSED_PARTICIPLE_BEFORE = re.compile(r",\s+(?:\w+ly\s+)*$")


def _passive_before(text: str) -> bool:
    """Whether `text` ends in a passive's auxiliary (and adverbs): see _PASSIVE_BEFORE."""
    last = _last_word(text)
    return (last is None or last.endswith(_PASSIVE_LAST_WORDS)) and _PASSIVE_BEFORE.search(text) is not None
# ... but "X was quoted as saying" still gives X's words.
_HEARSAY_PASSIVES = frozenset(("quoted", "cited", "reported", "heard", "overheard", "recorded", "filmed"))
# After a quote: '"...," Holm was quoted by Reuters as saying'.
_QUOTED_AS_SAYING = re.compile(r"^\s*[,;:\u2014\u2013-]?\s*(?P<subj>[^\"\u201c\u201d\u00ab\u00bb.;!?]{1,100}?)\s+(?:was|is|has\s+been|had\s+been)\s+"
                               r"(?:\w+ly\s+)?(?:quoted|cited)\s+(?:by\s+[^,.;\"\u201c\u201d]{1,60}?\s+)?as\s+saying\b"
                               # ... or the outlet first: '"...," state news agency RIA-Novosti reported Belostotsky as saying'.
                               r"|^\s*[,;:\u2014\u2013-]?\s*(?:[^\"\u201c\u201d\u00ab\u00bb.;!?]|\.(?=\w)){1,100}?\s+(?:reported|quoted|cited|quotes|cites)\s+"
                               r"(?P<named>[^\"\u201c\u201d\u00ab\u00bb.;!?]{1,80}?)\s+as\s+saying\b")
# Before a quote: a capitalised subject and a verb this reader does not know ('ABC reviewed: "..."'),
# unless the subject opens with a word that may refer back to the last speaker ("She went on:").
_SUBJECT_VERB_COLON = re.compile(r"^\s*(?P<subj>[A-Z][^:;\"\u201c\u201d\u00ab\u00bb]{0,80}?)\s+[a-z]{3,}(?:ed|s)\s*:\s*$")
_ANAPHORIC_OPENERS = frozenset("he she it they his her its their this that these those the".split())
_HEARSAY_INFINITIVE = re.compile(rf"\s+to\s+have\s+(?:{_SAYING_VERB})")
# "said air defences shot them down but that ...": a clause, then "but that" and a second one.
_SECOND_THAT = re.compile(r"^(?:\s+[^\s,]+){3,}\s+(?:but|and)$")
_WHOLE_CLAUSE = re.compile(r"^(?P<adv>)\s*(?P<clause>\S.*)$", re.DOTALL)
# "said Ukrainian forces have taken areas that Russia used": the words before "that" hold a finite
# verb with its subject, so they are a clause, and "that" only opens a relative one inside it.
_CLAUSE_BEFORE_THAT = re.compile(
    rf"^(?:\s+[^\s,]+)*?\s+(?!(?:who|which|that|where|when|to)\s)[^\s,]+\s+(?:{_AUXILIARIES}|does|do|did|knew|took|gave|made|came|went|saw|"
    r"held|kept|began|became|found|brought|sent|built|chose|grew|drew|wrote|spoke|broke|rose|fell|shot|struck)\s"
    # (or a pronoun and its verb: "told Zelenskyy he plans to propose that ...", "stated it knows nothing about the fact that")
    r"|^(?:\s+[^\s,]+)*?\s+(?:he|she|it|they|we)\s+[a-z]+(?:s|ed)\s")
# Words before a reporting verb that deny it: "did not say that X" does not say X.
_NEGATED_BEFORE = re.compile(rf"(?:\bnot|\bnever|n['\u2019]t|\bno\s+longer)(?:\s+(?:{_AUX}|\w+ly))*\s*$", re.IGNORECASE)


def _negated_before(text: str) -> bool:
    """Whether `text` ends in a negation (and auxiliaries): see _NEGATED_BEFORE."""
    last = _last_word(text)
    return ((last is None or last in _AUX_LAST_WORDS or last.endswith(("not", "never", "n't", "n\u2019t", "longer", "ly")))
            and _NEGATED_BEFORE.search(text) is not None)


# Reporting verbs that are also plural nouns: after "Duda's earlier", "his", "the latest" they are nouns.
_QUOTE_WITH_ATTRIBUTION = re.compile(r"[,!?][\"\u201d]\s+(?:he|she|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?:said|says|added|stated|told)\b")
_CAPITALS_KICKER = re.compile(r"[\"'\u2018\u201c]?[A-Z][A-Z0-9,.'\u2019!?&-]*(?:\s+[A-Z0-9,.'\u2019!?&-]+)+[\"'\u2019\u201d]?:\s+(?=[A-Z])")
# A medium named right before its title in quotation marks.
_TITLE_OF_MEDIUM = re.compile(r"\b(?:newspaper|magazine|daily|weekly|tabloid|outlet|channel|broadcaster|programme|program|show|"
                              r"podcast|documentary|film|book|website|portal|publication|paper|column|talk show)\s+$", re.IGNORECASE)


# What is confirmed when no clause follows: an event, told as a noun ("confirmed the strike on the refinery").
_CONFIRMED_EVENT = re.compile(r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|hits?|explosions?|fires?|raids?|death|deaths|"
                              r"destruction|downing|shooting\s+down|loss|losses|damage|casualties|incursion|operation)\b")
# ... which ends where a participle or a relative clause begins ("confirmed the attack, saying ...").
# The writer's note of where a predicate was said: "rejected the possibility of ..., making this
# announcement during the editorial conference of dpa".
_OCCASION_PARTICIPLE_END = re.compile(r",\s+(?:making|delivering|giving|issuing)\s+(?:this|the|that|these|his|her|their|its)\s+"
                                      r"(?:announcement|statement|remarks?|comments?|speech|address)\b")
_EVENT_CONFIRMED_END = re.compile(r",\s+(?:[a-z]{3,}ing|where|which|who|when|as|after|while|and)\b|\s+[a-z]{3,}ing\s+(?:them|it|that)\b")
# What a name in quotation marks may be the name of: 'the "Steel Horse" station', 'the "Druzhba" oil pipeline'.
_NAMED_THING_AFTER = re.compile(r"\s+(?:oil\s+|gas\s+|pumping\s+|power\s+|military\s+|air\s+)?(?:station|pipeline|plant|refinery|airport|airfield|"
                                r"base|factory|depot|terminal|complex|system|systems|company|enterprise|bridge|port|ship|vessel|"
                                r"battalion|brigade|regiment|unit|group|operation|program|programme|party|movement|channel|newspaper|"
                                r"magazine|show|festival|forum|summit|exercise|exercises|drone|drones|missile|missiles)\b")


def _looks_like_a_title(text: str) -> bool:
    """Whether quoted `text` reads as the name of a show or paper: up to five words, each of four
    letters or more capitalised ("Meet the Press.", "State of the Union"), not a sentence of words."""
    words = text.strip().rstrip(".,!?").split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and all(word[:1].isupper() for word in words if len(word) >= 4)


_NOUN_FORMS = frozenset("remarks comments claims calls notes states stresses replies estimates hopes signals highlights "
                        "reports promises pledges vows demands appeals repeats recalls".split())
# ... and a verb right after it: "Local reports indicate that ...", "Initial claims say ...": the noun is the subject.
_VERB_AFTER_NOUN = re.compile(r"\s+(?:(?:also|now|further)\s+)?(?:indicate|indicated|suggest|suggested|say|said|show|showed|shown|claim|claimed|"
                              r"state|stated|confirm|confirmed|allege|alleged|reveal|revealed|point|pointed|were|are|have|had)\b")
# A verb right before a word that may be a noun or a verb of saying makes it its object:
# "declined to confirm reports that ...", "dismissed claims that ...". (Not "was confirming
# reports that ...": the words confirmed are the subject's, read at "reports".)
_OBJECT_VERB_BEFORE = re.compile(r"(?:\bto\s+[a-z]+|\b(?:denied|denies|denying|dismissed|dismisses|dismissing|rejected|rejects|rejecting|"
                                 r"refuted|refutes|refuting|cited|cites|citing|ignored|ignoring))\s+$")
_ADJECTIVE_FORMS = frozenset("repeated reported alleged stated declared estimated predicted suggested promised threatened claimed agreed".split())
_PREPOSITION_BEFORE = re.compile(r"\b(?:despite|amid|after|following|with|without|of|by|to|from|for|over|against|about|on|in)\s+$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?:['\u2019]s?|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]hese|[Tt]hose|[Ss]uch|[Tt]he))"
                                r"(?P<words>(?:\s+[a-z][\w-]*){0,2})\s+$")


def _is_adjective_after_determiner(pre: str) -> bool:
    """Whether the words before a past form make it an adjective: a possessive or determiner, then
    adverbs at most ("the reported attack", "the widely reported strike"); not a noun between
    ("the head of the region reported that ...": a subject and its verb)."""
    m = _DETERMINER_BEFORE.search(pre)
    return m is not None and all(word.endswith("ly") for word in m.group("words").split())


def _is_noun_after_determiner(pre: str) -> bool:
    """Whether the words before a verb make it a noun: a possessive or determiner, then at most two
    lower-case words that are no role or institution ("Ukraine's president calls for" is a verb)."""
    m = _DETERMINER_BEFORE.search(pre)
    return m is not None and not any(word in TITLE_WORDS or word in ORG_HEADS for word in m.group("words").split())


_PREPOSITION_END = re.compile(r"\s(?:in|on|at|of|for|from|with|by|into|over|under|about|after|before|during|since|until)$")
# ... but "said the day before that ...": a time counted back, then the conjunction.
_TIME_BEFORE_END = re.compile(r"\b(?:day|days|night|evening|morning|week|weeks)\s+(?:before|after|earlier)$")


def _past_that(post: str, m: re.Match[str]) -> tuple[str, re.Match[str] | None]:
    """`post` with the "that" that `m` took for the conjunction masked, and the match read past it
    (the mask keeps the length, so offsets hold)."""
    that_at = m.end("adv") + post[m.end("adv") :].index("that")
    masked = post[:that_at] + "th_t" + post[that_at + 4 :]
    return masked, _THAT.match(masked)


def _that_clause(post: str) -> re.Match[str] | None:
    # Most words after a verb hold no "that": one substring test spares the regex its backtracking.
    if post[:1] == "," and _COMMA_THEN_TIME.match(post):
        post = " " + post[1:]   # "Peskov said, earlier Wednesday that ...": a stray comma (same length: offsets hold)
    m = _THAT.match(post) if "that" in post else None
    masked = post   # (with each "that" read as no conjunction masked; `post` itself stays the words)
    if m is not None and _PREPOSITION_END.search(m.group("adv")) and not _TIME_BEFORE_END.search(m.group("adv")):
        # "said on that day that ...", "said the elimination of the forces in that city will mean
        # ...": a "that" after a preposition is no conjunction; a later one may be.
        masked, m = _past_that(masked, m)
    if m is not None and m.group("adv") and _RELATIVE_VERB_FIRST.match(m.group("clause")) and not _PREPOSITION_END.search(m.group("adv")):
        # "said a fire that broke out at the refinery was caused by a drone": a "that" before a verb
        # in the past opens a relative clause of the words' subject; a later one may be the conjunction.
        masked, m = _past_that(masked, m)
    if m is not None and (_HEARSAY_NOUN_END.search(m.group("adv")) or _VERB_FIRST.match(m.group("clause"))):
        return None   # a predicate verb keeps its whole predicate ("denied reports that ..."); others give nothing
    if m is not None and (_SECOND_THAT.search(m.group("adv")) or _CLAUSE_BEFORE_THAT.match(m.group("adv") + " ")):
        # "said air defences shot them down but that ...": both clauses are the words (after a phrase of
        # time, which dates them: "said on Tuesday the strike was a warning to the West that ...").
        timed = _TIMED_CLAUSE.match(post)
        return timed if timed is not None and not _FINITE.match(timed.group("clause")) else _WHOLE_CLAUSE.match(post)
    return m


def _lead_subject(sentence: str) -> tuple[int, re.Match[str] | None]:
    """Where the words before a sentence's subject end, and the subject there when it is a name
    (with its titles) or a role in lower case and a name ("EU foreign policy chief X"): when the
    subject parser refuses that, the sentence's first word alone is nobody either ("Regional
    transport chief X": not a Mr Regional)."""
    offset = opening_end(sentence)
    rest = sentence[offset:]
    return offset, _TITLE_THEN_NAME.match(rest) or _ROLE_THEN_NAME.match(rest) or _ROLE_THEN_SURNAME.match(rest) or _LEAD_SUBJECT.match(rest)


# The end of an attribution's sentence: not the stop of "U.S." or "Gen." ("said U.S. Defense
# Secretary X ... on September 6": the date is still the attribution's).
_ATTRIBUTION_STOP = re.compile(r"(?<!\.[A-Z])" + "".join(rf"(?<!\b{title})" for title in _TITLE_ABBREVIATIONS) + r"[.!?](?:\s|$)")


def _up_to_sentence_end(text: str) -> str:
    """The attribution after a quote, up to the end of its sentence."""
    sentence_end = _ATTRIBUTION_STOP.search(text)
    return text[: sentence_end.end() if sentence_end else len(text)]


def _cites_an_outlet(who: str, after: str) -> bool:
    """'This was reported by Censor.NET with reference to European Pravda': a news site passing the
    story on, not a speaker whose words the paragraph before holds."""
    return bool(_WEB_ADDRESS.search(who + after[:8]) or _CITING.match(after) or _OUTLET_WORD.search(who))


def _speaks_that(verb: re.Match[str], sentence: str) -> bool:
    """A verb of saying with a that-clause after it: words of a subject, never its deeds."""
    return bool(_SAYING_VERB_ONLY.fullmatch(verb.group("verb"))) and _that_clause(sentence[verb.end() :]) is not None


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last of `pattern`'s matches in text[start:end], or None."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def _speaks(verb: re.Match[str], sentence: str) -> bool:
    """A verb of saying with a clause after it, with "that" or without ("said on Friday it ...", "said they ..."),
    or with a quotation ('said "we are pleased ..."')."""
    if _speaks_that(verb, sentence):
        return True
    if not _SAYING_VERB_ONLY.fullmatch(verb.group("verb")):
        return False
    post = sentence[verb.end() : verb.end() + 200]
    if (first := post.lstrip(" ,:")[:1]) and first in _OPENING_MARKS:
        return True
    clause = m.group("clause") if (m := _TIMED_CLAUSE.match(post)) else post.lstrip(" ,")
    return bool(_SUBJECT_START.match(clause)) and _FINITE.search(" ".join(clause.split(None, 6)[:6])) is not None


def _is_lead_in(clause: str) -> bool:
    """Words before ", X said" that only set the scene ("In an interview with the Economist"), not what X said."""
    if (participle := _PARTICIPLE_OPENING.match(clause)) is not None and not any(
            verb.group()[0].islower() for verb in _FINITE.finditer(clause, participle.end())):
        return True   # "Speaking to Britain, France and Germany": a participle's phrase, a list in it, no verb of its own
    if not _LEADING_PHRASE.fullmatch(clause + ", ") or _GERUND_SUBJECT.match(clause):
        return False
    # "This is done by those who supply the systems, he pointed out": an adverb-like opening,
    # then a clause of its own with a finite verb: the words.
    return not (_ADVERB_OPENING.match(clause) and _FINITE_CLAUSE.search(clause))


def _without_joining_end(text: str) -> str:
    """`text` without the punctuation and conjunctions that joined it to what followed ("A, and")."""
    while True:
        text = text.rstrip(_JOINING_PUNCTUATION)
        if not text.endswith((" and", " but")):
            return text
        text = text[:-4]


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))


@dataclass
class _Found:
    speaker: Speaker
    text: str
    kind: str
    start: int
    end: int
    frame: str
    quote: Quote | None = None
    continues_previous: bool = False   # the rest of the previous paragraph's open quote
    joint: bool = False                # one of several speakers of the same words ("A and B said")


def _last_speakers(found: list[_Found]) -> list[_Found]:
    """The last statement of `found`, with the others said jointly with it ("A and B said")."""
    last = found[-1]
    if not last.joint:
        return [last]
    return [f for f in found if f.joint and f.start == last.start and f.end == last.end]


# What `_attribution` says of a quote attributed to someone the article does not identify.
_UNNAMED = "someone unnamed"
_UNNAMED_PERSON = "a person unnamed"

# A question a paragraph's reading asks of its article: (kind, phrase, offset, phrase start),
# offsets counted from the paragraph's start.
_Question = tuple[str, str, int, int | None]
# Remembered readings of paragraphs, the least recently used forgotten first: each holds its
# questions with the shapes of their answers, and its statements (offsets from the paragraph's
# start): about 0.75 KB. Over the first 6,000 articles of the 20,000-article bench corpus, 53%
# of the paragraphs read were answered from here, and extraction took 8% fewer instructions.
# Paragraphs read once crowd out those that recur: in a 20,000-article ingest of that corpus,
# each of the two workers (10,000 articles, 190,875 paragraphs read, 56,387 different) could
# have answered 70% from here with room for all; 68.5% with 32,768 readings, 57% with 16,384.
# Fresh readings are a quarter of the extraction time; the larger memory costs 13 MiB.
_REMEMBERED_READINGS = 32768
# A remembered statement: (question, item) that found its speaker, text, kind, start, end, frame
# (None: the frame came with the speaker), quote index (-1: none), continues_previous, joint.
_Result = tuple[int, int, str, str, int, int, str | None, int, bool, bool]
_READINGS: OrderedDict[tuple[str, bool, bool, bool, bool], tuple[tuple[tuple[_Question, Any], ...], tuple[_Result, ...]]] = OrderedDict()


def _shape(kind: str, answer: Any) -> Any:
    """What a paragraph's reading makes of an answer (nobody, or the kinds of the speakers: a "he" is
    continued only by a person), all it decides by, apart from the speakers it passes on."""
    if kind == "speaker":
        return None if answer is None else answer.kind
    if kind == "speakers":
        return tuple(speaker.kind for speaker in answer)
    if kind == "open quote":
        return answer is not None
    return tuple((speaker.kind, joint) for speaker, _, joint in answer)


def _replayed(result: _Result, answers: list[Any], quotes: list[Quote], base: int) -> _Found:
    question, item, text, kind, start, end, frame, quote, continues_previous, joint = result
    answer = answers[question]
    if frame is None:   # from the paragraph before: speaker and frame together
        speaker, frame = (answer[0], answer[1]) if item < 0 else (answer[item][0], answer[item][1])
    else:
        speaker = answer if item < 0 else answer[item]
    return _Found(speaker, text, kind, start + base, end + base, frame, quotes[quote] if quote >= 0 else None,
                  continues_previous, joint)


_LONGER_WORD = re.compile(r"\b[^\W\d_]{4,}")
_NAME_WORD = re.compile(r"[\w'\u2019.-]+")
# What ends a word of the body without being part of a name: "Example's", "Example."
_POSSESSIVE_OR_STOP = re.compile(r"['\u2019]s$|[.]$")


def _in_title_case(text: str) -> bool:
    """A headline with Every Word Capitalised ("Scholz Repeats 'No' to Taurus Missiles"): its
    runs of capitals are no names."""
    words = _LONGER_WORD.findall(text)
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


class _ArticleExtractor:
    def __init__(self, text: str, paragraphs: list[Paragraph], published: dt.date | None,
                 published_month: dt.date | None = None, wire_day: dt.date | None = None) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.published = published
        self.published_month = published_month
        self.wire_day = wire_day
        self.people = People()
        self.resolver = SpeakerResolver(self.people, text)
        if (headline := next((p for p in paragraphs if p.label != "clutter"), None)) is not None and headline.label == "header" and (
                labelled := headline_label(headline.text)) is not None:
            self.resolver.headline_person, self.resolver.headline_end = labelled, headline.end
        # The paragraph being read (see _read): where it starts, the statements before it, the
        # questions it asked with their answers, answers to serve again, and which question
        # found each speaker handed out.
        self._base = 0
        self._previous: list[_Found] = []
        self._asked: list[tuple[_Question, Any]] = []
        self._answered: list[tuple[_Question, Any]] = []
        self._found_by: dict[int, tuple[int, int]] = {}
        self._found_so_far: list[_Found] = []   # the statements of the paragraph found so far (see _paragraph)
        self._sentence_index = 0
        self._mentions_of: dict[int, tuple[int, int]] | None = None   # where each person is first and last named (see _transcript_label)
        self._last_body_end = max((p.end for p in paragraphs if p.label == "body"), default=0)
        self._paragraph_starts = [p.start for p in paragraphs]
        self._open_quote_named_at_close = False   # (of the paragraph being read: see _read)

    def run(self) -> list[Statement]:
        quotes: dict[int, list[Quote]] = {}
        carried: dict[int, bool] = {}
        carry = False
        for index, para in enumerate(self.paragraphs):
            if para.label != "body":
                continue
            carried[index] = carry
            quotes[index] = find_quotes(para.text, para.start, carry)
            if carry and not quotes[index] and self._closed_later(index):
                # A paragraph inside a quote that runs on without a mark of its own, closed below
                # ('"Nothing has changed ...' / 'We believe ...' / '... in the future", Singh said.').
                quotes[index] = [Quote(para.start, para.end, para.start, para.end, continues=True, open_end=True)]
            carry = bool(quotes[index]) and quotes[index][-1].open_end
        body_words: frozenset[str] | None = None
        for index, para in enumerate(self.paragraphs):
            if para.label in ("body", "header", "caption", "heading"):
                named_in = None
                if para.label != "body" and _in_title_case(para.text):
                    # "Scholz Repeats 'No' to Taurus Missiles": in a headline in title case, a run of
                    # capitals is a name only if the body writes its last word too.
                    if body_words is None:
                        body_words = frozenset(_POSSESSIVE_OR_STOP.sub("", word) for p in self.paragraphs if p.label == "body"
                                               for word in _NAME_WORD.findall(p.text))
                    named_in = body_words
                self.people.scan(para.text, para.start, [(q.open_start, q.close_end) for q in quotes.get(index, [])], named_in,
                                 running_text=para.label != "caption")
        self.people.finish()
        statements: list[Statement] = []
        previous: list[_Found] = []
        # The paragraph just before, when nobody spoke in it: a body paragraph, or a heading (a
        # short line of words set off without quotation marks, which "- He said." may follow).
        unattributed: int | None = None
        answering: Speaker | None = None   # in a transcript, who is answering (see _transcript_label)
        interviewee: Speaker | None = None   # whom an interview of unlabelled answers is with
        interviewee_asked = False
        labels_seen = 0
        # Who asked in a labelled transcript, and the turns it gave each speaker: an interviewer's
        # turns are questions and set-up, no one's statement (see _without_interviewer).
        askers: set[str] = set()
        turns: list[Statement] = []

        def take_turn(speaker: Speaker, para: Paragraph, start: int) -> None:
            """A transcript's turn from `start`: a statement of `speaker`, or a question that makes them one who asks."""
            if para.text.rstrip().endswith("?"):
                askers.add(speaker.name)
            else:
                statements.append(turn := self._statement(self._transcript_words(speaker, para, start), para))
                turns.append(turn)
        # A quote left open at a paragraph's end with nobody to say it (and the whole paragraphs
        # that continue it): its speaker may follow where it closes, in a later paragraph.
        open_unsaid: list[tuple[Paragraph, Quote]] = []
        # "Governor X said on Telegram:" and his words as the next paragraph, set apart without
        # quotation marks (a blockquote the page lost): who says them.
        set_apart_by: _Found | None = None
        # "Source: X during a briefing" above a Ukrainska Pravda story: whose words its "Quote:" paragraphs are.
        named_source: _Found | None = None
        # "X made several statements about ... The key points are:" and a list of bullets below: X's.
        points_of: _Found | None = None
        semicolon_points = False   # (under a list's own heading, points may go without bullets, one per line)
        last_body_start = -1   # where the last body paragraph began (a dated statement's occasion may go on in the next)
        for index, para in enumerate(self.paragraphs):
            unsaid_before, open_unsaid = open_unsaid, []
            body_before = last_body_start
            if para.label == "body":
                last_body_start = para.start
            if points_of is not None:
                point_start: int | None = None
                if para.label == "body" and (bullet := _POINT_BULLET.match(para.text)) is not None:
                    point_start = bullet.end()
                elif semicolon_points and para.label in ("body", "heading") and not quotes.get(index) and para.text[:1].isupper():
                    # (A short point reads as a heading to the page's classifier.)
                    point_start = 0
                if point_start is not None:
                    listed_by = points_of
                    point_text = para.text[point_start:].rstrip()
                    if semicolon_points and point_start == 0:
                        # "...escalation.;" closes a point and says more follow; a point without one is the last.
                        if not point_text.endswith(";"):
                            points_of = None
                        point_text = point_text.rstrip(";").rstrip()
                    kind = "indirect"
                    if len(point_text) > 2 and point_text[0] in _OPENING_MARKS and point_text[-1] in "\"\u201d\u00bb" and (
                            not any(mark in point_text[1:-1] for mark in "\"\u201c\u201d\u00ab\u00bb")):
                        # 'laid out three points: 1. "Russia will lose."': each point a quotation of its own.
                        point_start, point_text, kind = point_start + 1, point_text[1:-1], "direct"
                    if _word_count(point_text) >= 4:
                        point = _Found(listed_by.speaker, point_text, kind, para.start + point_start,
                                       para.start + point_start + len(point_text), listed_by.frame)
                        statements.append(self._statement(point, para))
                    previous, unattributed = [], None
                    continue
                points_of = None   # the list has ended (a new introduction may start another, below)
            semicolon_points = False
            # (An article may open with the list: its lead paragraph then reads as a header.)
            if para.text.rstrip().endswith(":") and para.label in ("body", "header", "heading") and (lead := self._points_lead(para)) is not None:
                points_of = lead
                semicolon_points = _POINTS_FROM.match(para.text.strip()) is not None
                previous, unattributed = [], None
                continue
            if set_apart_by is not None:
                introduced, set_apart_by = set_apart_by, None
                # (A transcript speaker's question below their label is read as the transcript's: no statement.)
                labelled_question = answering is not None and answering.name == introduced.speaker.name and para.text.rstrip().endswith("?")
                if para.label == "body" and not quotes[index] and not carried[index] and not labelled_question and (
                        not _may_report(para.text) or _FIRST_PERSON_START.match(para.text)):
                    # (Words in the first person are the speaker's own, whatever they report: "I was not
                    # happy ..., and he has assured me today that ...".)
                    indent = len(para.text) - len(para.text.lstrip())
                    words = _Found(introduced.speaker, para.text.strip(), "direct", para.start + indent, para.start + len(para.text.rstrip()),
                                   introduced.frame)
                    statements.append(self._statement(words, para))
                    if answering is not None and answering.name == words.speaker.name:
                        turns.append(statements[-1])   # ("Geoff Example:" alone on its line, a transcript's label)
                    previous, unattributed = [words], None
                    continue
            if (para.text.rstrip().endswith(":") and para.label in ("body", "heading") and index + 1 < len(self.paragraphs)
                    and self.paragraphs[index + 1].label == "body" and self.paragraphs[index + 1].text[:1] not in _OPENING_MARKS
                    and not quotes.get(index)):
                set_apart_by = self._introducer(para)
            if para.label in ("body", "heading", "header") and ":" in para.text[:130] and (
                    labelled := self._transcript_label(para)) is not None:
                answering, words_start = labelled
                if (para.label == "header" and labels_seen == 0 and words_start < para.end
                        and not para.text[: words_start - para.start].rstrip(" :").isupper()):
                    # "Governor Example: Missile threat declared in the region": a headline in the
                    # form of a label, the article's own; no transcript begins there. (A label in
                    # capitals, "PRESS SECRETARY JOHN F. EXAMPLE: Hello ...", is an official transcript's.)
                    answering = None
                    continue
                # A label on a line of its own ("Dmytro Example: (00:18)") says the words follow.
                labels_seen += 1 if words_start < para.end else 2
                if words_start < para.end:
                    take_turn(answering, para, words_start)
                if _INTERVIEWER_ROLE.search(answering.role):
                    askers.add(answering.name)   # ("journalist Rick Example": whose turns are questions, however they end)
                previous, unattributed = [], None
                if (words_start >= para.end and index + 1 < len(self.paragraphs)
                        and self.paragraphs[index + 1].text[:1] in _OPENING_MARKS and not quotes.get(index)):
                    # "Péter Example, Foreign Minister:" alone above a quotation: the label says whose it is.
                    previous = [_Found(answering, "", "direct", para.start, para.start, para.text)]
                continue
            if para.text[:1] == "Q" and (question := _QUESTION_LABEL.match(para.text)) is not None and para.label in ("body", "heading"):
                # "Q. The administration has prohibited ...?": an interviewer's question, no one's
                # statement; the paragraphs below it, up to the next question, are the answer of
                # the one the article says it interviewed.
                if not interviewee_asked:
                    interviewee, interviewee_asked = self._interviewee(), True
                answering = interviewee
                labels_seen += 2
                continue
            if ":" in para.text[:60] and _LABEL_IN_CAPITALS.match(para.text):
                # "STAFF: Good afternoon ...", "Q: Mr. Secretary, ...": a transcript's label of someone
                # unnamed (a moderator, a reporter): their words are no one's here, and what follows
                # reads as a transcript.
                answering = None
                labels_seen += 1
                continue
            if answering is not None and ":" in para.text[:130] and (_SPEAKER_LABEL.match(para.text) or _SURNAME_LABEL.match(para.text)):
                answering = None   # a label of no one the article names: the transcript has ended
            if answering is not None and _UNNAMED_LABEL_LINE.fullmatch(para.text.strip()):
                # "The presenter:" on its own line: the next turn is someone unnamed's, not more of the answer.
                answering = None
                labels_seen += 1
                continue
            if answering is not None:
                # More of the answer: paragraphs without quotes, once the text reads as a transcript.
                # (A short answer, "Of course.", reads as a heading.)
                if para.label in ("body", "heading", "header") and not quotes.get(index) and labels_seen >= 2:
                    take_turn(answering, para, para.start)
                    continue
                answering = None
            source_line = _SOURCE_LINE.match(para.text) if para.label in ("body", "heading") else None
            if source_line:
                # "Source: Zelenskyy in an interview with Reuters" names the speaker of the quotes below it.
                speaker = self.resolver.resolve(source_line.group("who"), para.start + source_line.start("who"))
                # "Source: TASS with reference to emergency services; Governor X on Telegram": the
                # first of the sources the article identifies.
                semicolon = para.text.find("; ", source_line.end())
                while speaker is None and semicolon > 0:
                    if (other := _SOURCE_LINE.match(f"Source: {para.text[semicolon + 2 :]}")) is not None:
                        offset = semicolon + 2 + other.start("who") - len("Source: ")
                        speaker = self.resolver.resolve(other.group("who"), para.start + offset)
                    semicolon = para.text.find("; ", semicolon + 2)
                previous = [_Found(speaker, "", "direct", para.start, para.start, para.text)] if speaker else []
                named_source = previous[0] if previous else None
                unattributed = None
                continue
            if not previous and named_source is not None and para.text.startswith("Quote:") and quotes.get(index):
                # "Quote: "..."" after a paragraph that said no one's words ("declined to answer ..., saying
                # only that ..."): the source's words still, as the label says.
                previous = [named_source]
            if unattributed is not None and (para.text.startswith(_REFERRING_STARTS) or _OCCASION_HINT.search(para.text, 0, 120)
                                             or (len(para.text) < 250 and _ATTRIBUTION_ONLY.fullmatch(para.text.rstrip()))
                                             or (len(para.text) < 120 and _SIGNATURE_LINE.fullmatch(para.text.rstrip()))
                                             or (len(para.text) < 60 and _NAME_ALONE.fullmatch(para.text.rstrip()) and _ROLE_LINE_BELOW.match(self.text, para.end))
                                             ) and para.label in ("body", "heading") and (
                    back := self._paragraph_referred_to(para, self.paragraphs[unattributed], quotes.get(unattributed, []))):
                statements.append(self._statement(back, self.paragraphs[unattributed]))
                previous, unattributed = [back], None
                if para.label == "heading":
                    continue   # "- He said.": nothing more in it
                if (back.speaker.kind == "person" and index + 1 < len(self.paragraphs) and self.paragraphs[index + 1].text[:1] in _OPENING_MARKS
                        and not quotes.get(index) and (whole := _referring_back(para.text)) is not None and whole.end() >= len(para.text.rstrip()) - 1):
                    # "Germany has lifted ...", then "This was written by Chancellor X." alone, and a quote below
                    # with no attribution (Ukrainian sites' layout): the quote is X's statement itself.
                    previous = [_Found(back.speaker, "", "direct", para.start, para.start, para.text)]
                    continue
            # "Kirby reiterated:" and the quote as a paragraph of its own below (pages set quotes apart).
            last_char = para.text[-1:]
            introducer = (self._introducer(para) if (last_char in ":," or last_char.isalpha())   # most paragraphs end with a stop
                          and (para.label in ("body", "heading") or (para.label == "header" and _PARTICIPLE_COLON.search(para.text)))
                          and index + 1 < len(self.paragraphs)
                          and self.paragraphs[index + 1].label == "body" and self.paragraphs[index + 1].text[:1] in _OPENING_MARKS
                          and not quotes.get(index) else None)
            if para.label == "heading" and introducer is None:
                previous = []  # a new section: quotes below it do not inherit a speaker from above
                unattributed = index
            if para.label != "body" and (introducer is None or " that " not in para.text):
                if introducer is not None:
                    previous, unattributed = [introducer], None
                continue   # (a short line that introduces a quote below, and reports words itself, is read as body)
            unattributed = index
            is_body = para.label == "body"   # (or a short line that introduces a quote: no quotes, none carried)
            if not (quotes[index] if is_body else None) and not _may_report(para.text):
                # No quotation mark, no reporting verb, no "according to": no statement can start here
                # (though one may be introduced: "X released a statement:").
                previous, unattributed = ([introducer], None) if introducer else ([], unattributed)
                if statements and "made " in para.text and _OCCASION_HINT.search(para.text):
                    self._date_by_occasion(para, statements)   # "X made the remark in an interview on Friday."
                continue
            found = self._read(para, quotes[index] if is_body else [], carried[index] if is_body else False, previous)
            if found:
                previous = found
                unattributed = None
            elif _WORDS.search(para.text):
                previous = []
            if introducer:
                previous, unattributed = [*found, introducer], None
            elif (not found and is_body and not quotes[index] and " asked " in para.text and index + 1 < len(self.paragraphs)
                  and self.paragraphs[index + 1].text[:1] in _OPENING_MARKS and (asked := _ASKED_PERSON.match(para.text)) is not None):
                # "President X was then asked whether ..." and a quote below with no attribution: the answer, X's.
                speaker = self.resolver.resolve(asked.group("who"), para.start + asked.end("who"))
                if speaker is not None and speaker.kind == "person":
                    previous = [_Found(speaker, "", "direct", para.start, para.start, para.text)]
            if is_body and quotes[index]:
                if unsaid_before and found and found[0].quote is quotes[index][0] and found[0].quote.continues and (
                        found[0].kind == "direct" and not found[0].continues_previous):
                    # '"A ...' then '"... B," Berg said': A is Berg's too, the start of the same words.
                    self._said_before(found[0], unsaid_before, statements)
                last_quote = quotes[index][-1]
                # (Most of the paragraph quoted: not a stray mark before a few words, 'the slogan "No surrender'.)
                if last_quote.open_end and not any(f.quote is last_quote for f in found) and 2 * (last_quote.end - last_quote.start) >= len(para.text) and (
                        not last_quote.continues or unsaid_before or len(quotes[index]) > 1):
                    open_unsaid = [*(unsaid_before if last_quote.continues and len(quotes[index]) == 1 else []), (para, last_quote)]
            for f in found:
                if f.continues_previous and statements:
                    self._trim_direct(f)
                    joined = statements[-1]
                    joined.text = f"{joined.text} {f.text}"
                    joined.end, joined.paragraph_end = f.end, para.end
                else:
                    statement = self._statement(f, para)
                    if statements and statement.date_phrase is None and statements[-1].paragraph_start in (para.start, body_before):
                        _same_occasion_date(statement, f.frame, statements[-1], statements[-1].paragraph_start == para.start)
                    statements.append(statement)
            text = para.text
            if statements and ("d this " in text or "d so " in text or "d it " in text or "e this " in text or "e it " in text
                               or "e so " in text or "made " in text) and _OCCASION_HINT.search(text):
                self._date_by_occasion(para, statements)
            if statements and " asked " in text and statements[-1].paragraph_start == para.start:
                self._date_by_question(para, statements)
        if askers and turns:
            statements = _without_interviewer(statements, turns, askers)
        return _acronyms_spelled_out(_without_repeats(statements), self.text)

    def _marks_below(self, index: int, count: int) -> Iterator[tuple[Paragraph, list[Quote]]]:
        """Of the next `count` body paragraphs after paragraph `index`, read as inside a quote left
        open above, those with quotation marks (apostrophes alone are none), with their marks."""
        # (Counted from `index`, not sliced: a long text with many such paragraphs stays linear.)
        later = (self.paragraphs[i] for i in range(index + 1, len(self.paragraphs)) if self.paragraphs[i].label == "body")
        for para in itertools.islice(later, count):
            if _QUOTE_CHARS.search(para.text) and (marks := find_quotes(para.text, para.start, True)):
                yield para, marks

    def _closed_later(self, index: int) -> bool:
        """Whether the first quotation mark in the few body paragraphs after `index` closes a quote."""
        for para, marks in self._marks_below(index, 3):
            # A closing mark first: the paragraph opens inside the quote (not with a mark of its own).
            return marks[0].continues and marks[0].start == para.start and not marks[0].open_end
        return False

    def _named_at_close(self, para: Paragraph) -> bool:
        """Whether the quote `para` leaves open closes in a body paragraph below with its speaker
        named right after the closing mark ('"And so on," Anna Berg said.')."""
        # (A paragraph inside the quote may go without marks: see run.)
        for below, marks in self._marks_below(bisect.bisect_left(self._paragraph_starts, para.start), 6):
            first = marks[0]
            if not first.continues:
                return False   # a new quote opens: the open one never closes
            if not first.open_end:
                return _NAMED_AT_CLOSE.match(self.text, first.close_end, min(below.end, first.close_end + 120)) is not None
        return False

    def _said_before(self, closing: _Found, unsaid: list[tuple[Paragraph, Quote]], statements: list[Statement]) -> None:
        """The quotes of `unsaid`, left open in the paragraphs before with no one to say them, as
        the start of `closing`'s words: one statement of its speaker, `closing` joined on to it."""
        first_para, first_quote = unsaid[0]
        words = " ".join(self.text[q.start : q.end].strip() for _, q in unsaid)
        start = first_quote.start
        statement = self._statement(_Found(closing.speaker, words, "direct", start, start + len(self.text[start : first_quote.end].rstrip()),
                                           closing.frame, first_quote, joint=closing.joint), first_para)
        last_para, last_quote = unsaid[-1]
        statement.end, statement.paragraph_end = last_quote.start + len(self.text[last_quote.start : last_quote.end].rstrip()), last_para.end
        statements.append(statement)
        closing.continues_previous = True

    def _interviewee(self) -> Speaker | None:
        """The person an interview printed as questions and answers is with, as its headline or
        first paragraphs name them; None when they name no one the article knows."""
        for para in self.paragraphs[:6]:
            if para.label == "clutter":
                continue
            if (m := _INTERVIEW_WITH.search(para.text)) is not None:
                group = next(name for name in ("a", "b", "c") if m.group(name))
                speaker = self.resolver.resolve(m.group(group), para.start + m.end(group))
                return speaker if speaker is not None and speaker.kind == "person" else None
        return None

    def _transcript_label(self, para: Paragraph) -> tuple[Speaker, int] | None:
        """'VOLODYMYR ZELENSKYY: Of course, ...', 'Dmytro Example: (00:18)': a transcript's label of
        who speaks, with where the words start. Only a person the article names elsewhere (the
        interviewer too: their questions are left out)."""
        if _QUOTE_WITH_ATTRIBUTION.search(para.text):
            # 'Rubio: the conflict is a proxy war"Frankly speaking, ...," Rubio said.': a headline glued
            # to a quote with its attribution, no transcript's line.
            return None
        if (named := _CAPITALS_NAME_ROLE_LABEL.match(para.text)) is not None and any(
                word.lower().strip(".,") in TITLE_WORDS for word in named.group("role").split()):
            # "DMYTRO EXAMPLE, UKRAINIAN MINISTER OF FOREIGN AFFAIRS: Well, ...": a broadcast
            # transcript's name and role in capitals; the name is noted, so "EXAMPLE:" labels them later.
            name = named.group("who").title()
            labelled = self.people._find(name) or self.people.register(name)
            self.people.note_speaker(labelled, para.start + named.end("who"))
            return Speaker(labelled.name, "person", named.group("role").title()), para.start + named.start("rest")
        m = _SPEAKER_LABEL.match(para.text)
        if m is None:
            return self._surname_label(para)
        if m.group("rest")[:1] and m.group("rest")[0] in _OPENING_MARKS:
            return None   # ('Anthony Example: "..."': a quote with its speaker's name, read as such)
        in_capitals = m.group("who").isupper()
        label = m.group("who")
        if in_capitals:
            label = " ".join(w.lower() if i and w.lower() in _LABEL_SMALL_WORDS else w.title() for i, w in enumerate(label.split()))
        label = _NAME_NUMERAL.sub("", label)   # ("Lloyd J. Austin III": the name without its numeral)
        runs = find_names(label)
        if runs and len(label.split()) > 4 and label.endswith(f" {runs[-1].title} {runs[-1].name}") and runs[-1].title:
            # "Deputy Chief of Staff of the Presidential Executive Office \u2013 Presidential Press Secretary X": a
            # long title, then the one it ends with and the name (only titles and capitalised words before them).
            before = label[: runs[-1].title_start].split()
            if all(w in _LABEL_SMALL_WORDS or w in "\u2013-" or w[:1].isupper() for w in before) and any(
                    w.lower().strip(".") in TITLE_WORDS for w in before):
                runs = runs[-1:]
                label = f"{runs[0].title} {runs[0].name}"
        if not runs and (holder := self._holder_of_label(label, alone=not m.group("rest").strip())) is not None:
            # "NATO Secretary General: I think ...": an office for a label, held by the one person
            # the article gave it ("with NATO Secretary General Jens Example" in its header).
            return Speaker(holder.name, "person", "; ".join(holder.roles)), para.start + m.start("rest")
        # The label is a name and nothing else, perhaps with a title ("Moscow's Close Call:" is none).
        if len(runs) != 1 or label not in (runs[0].name, f"{runs[0].title} {runs[0].name}".strip()) or (
                runs[0].title and not any(word.lower().strip(".") in TITLE_WORDS for word in runs[0].title.split())):
            return None
        person = self.people._find(runs[0].name)
        if in_capitals and runs[0].title and (person is None or len(person.name.split()) < 2):
            # "SECRETARY BLINKEN:", as official transcripts print it: a title and a surname in
            # capitals label a speaker, named elsewhere or not. (In mixed case, a surname alone may
            # be a headline's first words.)
            return Speaker(runs[0].name, "person", runs[0].title), para.start + m.start("rest")
        if person is None or len(person.name.split()) < 2:
            return None
        if not in_capitals and not runs[0].title and not self._named_outside(person, para):
            return None   # ("Harbour Fears: the quay is closed again" is no one; a titled name labels its speaker)
        return Speaker(person.name, "person", "; ".join(person.roles)), para.start + m.start("rest")

    def _holder_of_label(self, label: str, alone: bool = False) -> Person | None:
        """The one person named with every word of an office that labels a transcript's speaker
        (one word only on a line of its own: "Ambassador:" above the answer)."""
        words = [w.lower() for w in label.split() if w.lower() not in _LABEL_SMALL_WORDS]
        if not (2 if not alone else 1) <= len(words) <= 6 or words[-1].strip(".") not in TITLE_WORDS:
            return None
        holders = [p for p in self.people.persons if " " in p.name and all(w in p.role_words for w in words)]
        return holders[0] if len(holders) == 1 else None

    def _surname_label(self, para: Paragraph) -> tuple[Speaker, int] | None:
        """'Putin: No. But once you ...': a surname alone labels a transcript's speaker when the
        article gives that person's full name outside the label."""
        m = _SURNAME_LABEL.match(para.text)
        if m is None or (m.group("rest")[:1] and m.group("rest")[0] in _OPENING_MARKS):
            return None
        word = m.group("who").title() if m.group("who").isupper() else m.group("who")
        if not m.group("rest").strip() and word.lower() in TITLE_WORDS and (holder := self._holder_of_label(word, alone=True)) is not None:
            return Speaker(holder.name, "person", "; ".join(holder.roles)), para.start + m.start("rest")   # "Ambassador:" on its line
        person = self.people.by_surname(word)
        if person is None or len(person.name.split()) < 2 or person.name.split()[-1] != word or not self._named_outside(person, para):
            return None
        return Speaker(person.name, "person", "; ".join(person.roles)), para.start + m.start("rest")

    def _named_outside(self, person: Person, para: Paragraph) -> bool:
        """Whether the article mentions `person` outside `para` (a label in mixed case is itself a mention)."""
        if self._mentions_of is None:
            self._mentions_of = {}
            for offset, named in self.people.mentions:
                self._mentions_of.setdefault(id(named), (offset, offset))
                first, last = self._mentions_of[id(named)]
                self._mentions_of[id(named)] = (min(first, offset), max(last, offset))
        first, last = self._mentions_of.get(id(person), (para.start, para.start))
        return not (para.start <= first and last < para.end)

    def _transcript_words(self, speaker: Speaker, para: Paragraph, start: int) -> _Found:
        words = self.text[start : para.end].strip()
        begin = self.text.index(words, start) if words else start
        return _Found(speaker, words, "direct", begin, begin + len(words), para.text[: start - para.start] or speaker.name)

    def _date_by_occasion(self, para: Paragraph, statements: list[Statement]) -> None:
        """'Macron believes that ... . Macron said this at a press conference on May 28': the
        statements just before, of the same speaker and with no date of their own, were made that day."""
        for m in _OCCASION.finditer(para.text):
            position = para.start + m.start()
            date, phrase = self._date(m.group(0))
            if phrase is None:
                continue
            before = [s for s in statements if s.end <= position]
            if not before:
                continue
            last = before[-1]
            if last.paragraph_start != para.start and (m.start() > 0 or self.text[last.paragraph_end : para.start].strip()):
                continue   # the words it refers to are those right before it: in its paragraph, or the one just above
            who = m.group("who")
            if who.lower() in ("he", "she"):
                if last.speaker_type != "person":
                    continue
            elif who.split()[-1] != last.speaker.split()[-1]:
                continue
            for statement in reversed(before):
                if statement.paragraph_start != last.paragraph_start or statement.speaker != last.speaker:
                    break
                if statement.date_phrase is None:
                    statement.date, statement.date_phrase = date, phrase

    def _date_by_question(self, para: Paragraph, statements: list[Statement]) -> None:
        """'During a briefing on 30 September, X was asked if ... X responded that ...': the
        answers after the question, of the one asked and with no date of their own, were given that day."""
        for m in _ASKED_ON_OCCASION.finditer(para.text):
            date, phrase = self._date(m.group("lead"))
            if phrase is None:
                continue
            position, who = para.start + m.end(), m.group("who")
            for statement in statements:
                if (statement.paragraph_start == para.start and statement.start >= position and statement.date_phrase is None
                        and statement.speaker.split()[-1] == who):
                    statement.date, statement.date_phrase = date, phrase

    def _points_lead(self, para: Paragraph) -> _Found | None:
        """Who made the points a list below gives: "At her press conference, X made several
        statements about ... The key points are:" (None when the paragraph introduces no list)."""
        text = para.text.rstrip()
        if (heading := _POINTS_FROM.match(text.lstrip())) is not None:
            indent = len(text) - len(text.lstrip())
            speaker = self.resolver.resolve(heading.group("who"), para.start + indent + heading.end("who"))
            return _Found(speaker, "", "indirect", para.start, para.start, text.lstrip()) if speaker is not None else None
        if not text.endswith(":") or (made := _POINTS_MADE.search(text)) is None or not _POINTS_FOLLOW.search(text, made.start()):
            return None
        sentence_start = max((stop.end() for stop in _SENTENCE_STOP.finditer(text, 0, made.start())), default=0)
        subject = text[sentence_start : made.start()]
        speaker = self.resolver.resolve(subject, para.start + made.start())
        return _Found(speaker, "", "indirect", para.start, para.start, text[sentence_start:]) if speaker is not None else None

    def _introducer(self, para: Paragraph) -> _Found | None:
        """The speaker of a paragraph that ends introducing words ("When asked ..., Kirby reiterated:")."""
        text = para.text.rstrip()
        if not text.endswith((":", ",")) and not _ENDS_WITH_VERB.search(text, max(0, len(text) - 30)):
            return None   # the cheap test first: most paragraphs end with a full stop
        if text.endswith(":") and (label := _NAME_LABEL_LINE.fullmatch(text.strip())) is not None:
            # "Péter Example, Hungarian Foreign Minister:" alone above a quote: a video's or page's label.
            speaker = self.resolver.resolve(label.group("who"), para.start + text.find(label.group("who")) + len(label.group("who")))
            return _Found(speaker, "", "direct", para.start, para.start, text.strip()) if speaker is not None and speaker.kind == "person" else None
        sentence_start = max((stop.end() for stop in _SENTENCE_STOP.finditer(text, 0, len(text) - 1)), default=0)
        # The sentence's last verb ("When asked about it, Kirby reiterated:" is Kirby's).
        m = _last_match(_VERB, text, sentence_start, len(text))
        # 'He added that he would raise it with Moscow:', '... told reporters that ..., saying,': the
        # reported clause, then the words below (the clause itself is read as body).
        reported_then_words = text.endswith(":") or _SAYING_AT_END.search(text) is not None
        if text.endswith(":") and _PARTICIPLE_COLON.search(text, max(0, len(text) - 30)):
            # "Kirby strongly condemned the attacks on Ukrainian cities, stating:": the sentence's subject.
            sentence = text[sentence_start:]
            offset, lead = _lead_subject(sentence)
            speaker = self.resolver.resolve(lead.group(1), para.start + sentence_start + offset + lead.end(1)) if lead else None
            if speaker is not None and speaker.kind == "person":
                return _Found(speaker, "", "direct", para.start, para.start, sentence)
        if m is None and text.endswith(":") and (made := _STATEMENT_MADE_COLON.search(text, sentence_start)) is not None:
            subject = text[sentence_start : made.start()].strip()
            subject = subject[opening_end(subject) :]   # (after a lead-in: "After the meeting, X gave ...")
            speaker = self.resolver.resolve(subject, para.start + made.start()) if subject else None
            return _Found(speaker, "", "direct", para.start, para.start, text[sentence_start:]) if speaker else None
        if (m is None or (_SPEECH_VERB_ONLY.fullmatch(m.group("verb")) is None and _CLAIM_VERB.fullmatch(m.group("verb")) is None)
                or not (reported_then_words or _INTRODUCING_TAIL.fullmatch(text, m.end()))):
            return None
        subject_region = _AUX_TAIL.sub("", text[sentence_start : m.start("verb")].rstrip()).rstrip()
        if not subject_region:
            return None
        if (said := _SAID_AND.match(subject_region)) is not None:
            subject_region = said.group("subj")   # "Lind said that ... and added:"
        speaker = self.resolver.resolve(subject_region, para.start + sentence_start + len(subject_region))
        return _Found(speaker, "", "direct", para.start, para.start, text[sentence_start:]) if speaker else None

    def _quoted_report(self, quote: Quote, frame: str) -> _Found | None:
        """A quote that is itself a report of a named person's words: that person's statement, reported."""
        if " that " not in self.text[quote.start : quote.end]:
            return None
        m = _QUOTED_REPORT.fullmatch(self.text, quote.start, quote.end)
        if m is None:
            return None
        speaker = self._ask("speaker", m.group("subj"), m.end("subj"))
        if speaker is None or speaker.kind != "person":
            return None
        clause = self.text[m.start("clause") : quote.end].rstrip(" ,;:")
        return _Found(speaker, clause, "indirect", m.start("clause"), m.start("clause") + len(clause), frame)

    def _paragraph_referred_to(self, para: Paragraph, before: Paragraph, quotes: list[Quote]) -> _Found | None:
        """A paragraph that opens "This was stated by X ..." makes the paragraph before it X's words,
        when nobody spoke there: directly when it is mostly a quotation, else reported."""
        m = (_BACK_REFERENCE.match(para.text) if para.text.startswith(_BACK_REFERENCE_STARTS) and before.label == "body"
             and (" by " in para.text[:200] or " of " in para.text[:40]) else None)
        if m is None and para.text[:1] in "-\u2013\u2014" and len(para.text) < 60:
            m = _DASH_ATTRIBUTION.fullmatch(para.text) or _DASH_ATTRIBUTION_INVERTED.fullmatch(para.text)
        if m is None and before.label == "body":
            # "President X stated this in an evening address on Sunday": the paragraph above, where
            # nobody spoke, holds X's words.
            m = _OCCASION.match(para.text)
        if m is None and before.label == "body" and len(para.text) < 250:
            m = _ATTRIBUTION_ONLY.fullmatch(para.text.rstrip())
        sign = _SIGNATURE_LINE.fullmatch(para.text.rstrip()) if m is None and len(para.text) < 120 else None
        if sign is None and m is None and len(para.text) < 60 and (alone := _NAME_ALONE.fullmatch(para.text.rstrip())) is not None and (
                role_line := _ROLE_LINE_BELOW.match(self.text, para.end)) is not None:
            # The same, the role on a line of its own below the name ("Dmitry Example" / "Kremlin spokesman").
            sign = _SIGNATURE_LINE.fullmatch(f"{alone.group('who')}, {role_line.group('role')}")
        if (m is None and before.label == "body" and sign is not None
                and any(w.lower() in TITLE_WORDS for w in sign.group("role").split()) and not quotes
                and _FIRST_PERSON.search(before.text) and not _may_report(before.text)
                and sign.group("who").split()[-1] not in before.text):
            # A pull quote: words in the first person without quotation marks, and below them only a
            # name and a role ("Friedrich Example, Chancellor of Germany"). (Words that tell of the
            # person, or report anyone, are the writer's: a photo's caption may follow them.)
            m = sign
        if m is None or not 4 <= _word_count(before.text) <= 150 or _cites_an_outlet(m.group("who"), para.text[m.end("who") :]):
            return None
        speaker = self.resolver.resolve(m.group("who"), para.start + m.end("who"))
        if speaker is None:
            return None
        stop = _SENTENCE_STOP.search(para.text, m.end())
        # Not the date label some pages glue to the first paragraph (" date 2024-08-31 Terror by ...").
        label = len(before.text) - len(_SECTION_LABEL.sub("", _WIRE_DATELINE.sub("", before.text, count=1), count=1))
        if (m is not sign and (said := _UNNAMED_SAID_OPENING.match(before.text, label)) is not None
                and not any(q.start < before.start + said.end() for q in quotes)):
            # "Ukraine's top commander has said his forces ...", then "General X made the statement in a
            # video": the words are what the role opening the paragraph said, not the role.
            label = said.end()
        return self._words(speaker, before.text[label:], before.start + label, quotes,
                           para.text[: stop.end() if stop else len(para.text)])

    # -- remembered readings -----------------------------------------------------------

    def _read(self, para: Paragraph, quotes: list[Quote], carry: bool, previous: list[_Found]) -> list[_Found]:
        """The statements of one body paragraph: as remembered when it was read before, else read.

        Reading a paragraph depends on its text (and whether it opens inside a quote), and on the
        questions it asks of its article: who a subject means (the resolver) and who spoke just
        before. The reading itself looks only at the shape of each answer (nobody, a person, a
        body; how many speakers) and passes the speakers on. So a reading is remembered with its
        questions, the shapes of their answers, and statements that name their speakers by the
        question that found them. When the same paragraph asks the same questions again and the
        answers have the same shapes, the statements are the remembered ones with today's
        speakers. At the first answer of another shape it is read afresh; the questions already
        asked are answered as they were, since the resolver takes note of each question ("he"
        means whoever was asked about last) and must not be asked twice.
        """
        base = para.start
        self._base, self._previous = base, previous
        self._answered = []
        remember = len(para.text) <= LONGEST_REMEMBERED
        # (A paragraph without marks may be read as inside a quote that closes below: see run.)
        # (A quote left open in the article's last paragraph is read apart: see _paragraph.)
        # (And whether a quote it leaves open is said, where it closes, by someone named there: see _paragraph.)
        self._open_quote_named_at_close = bool(quotes) and quotes[-1].open_end and self._named_at_close(para)
        key = (para.text, carry, bool(quotes), bool(quotes) and quotes[-1].open_end and para.end >= self._last_body_end,
               self._open_quote_named_at_close)
        reading = _READINGS.get(key) if remember else None
        if reading is not None:
            questions, results = reading
            answers = []
            for question, shape in questions:
                kind, phrase, offset, phrase_start = question
                answer = self._answer(kind, phrase, offset + base, None if phrase_start is None else phrase_start + base)
                answers.append(answer)
                self._answered.append((question, answer))
                if _shape(kind, answer) != shape:
                    break
            else:
                _READINGS.move_to_end(key)
                return [_replayed(result, answers, quotes, base) for result in results]
        self._asked, self._found_by = [], {}
        found = self._paragraph(para, quotes)
        if remember and (fresh := self._remembered(found, quotes, base)) is not None:
            _READINGS[key] = (tuple((question, _shape(question[0], answer)) for question, answer in self._asked), fresh)
            _READINGS.move_to_end(key)
            if len(_READINGS) > _REMEMBERED_READINGS:
                _READINGS.popitem(last=False)
        return found

    def _ask(self, kind: str, phrase: str, offset: int, phrase_start: int | None = None) -> Any:
        """Ask the article a question while reading a paragraph; note it, and where each speaker came from."""
        base = self._base
        question = (kind, phrase, offset - base, None if phrase_start is None else phrase_start - base)
        index = len(self._asked)
        if index < len(self._answered) and self._answered[index][0] == question:
            answer = self._answered[index][1]
        else:
            answer = self._answer(kind, phrase, offset, phrase_start)
        if kind == "speaker":
            answer = self._found(answer, index, -1) if answer is not None else None
        elif kind == "speakers":
            answer = [self._found(speaker, index, i) for i, speaker in enumerate(answer)]
        elif kind == "open quote":
            answer = (self._found(answer[0], index, -1), answer[1]) if answer is not None else None
        else:
            answer = tuple((self._found(speaker, index, i), frame, joint) for i, (speaker, frame, joint) in enumerate(answer))
        self._asked.append((question, answer))
        return answer

    def _found(self, speaker: Speaker, question: int, item: int) -> Speaker:
        """`speaker`, noted as the answer to `question`: a statement's speaker tells which question found it."""
        if id(speaker) in self._found_by:
            speaker = copy(speaker)   # one object handed out for two questions: each gets its own
        self._found_by[id(speaker)] = (question, item)
        return speaker

    def _answer(self, kind: str, phrase: str, offset: int, phrase_start: int | None) -> Any:
        if kind == "speaker":
            return self.resolver.resolve(phrase, offset)
        if kind == "speakers":
            return self.resolver.resolve_all(phrase, offset, phrase_start=phrase_start)
        previous = self._previous
        if kind == "open quote":
            # Who left a quote open at the end of the paragraph before, alone, and with what frame.
            last = previous[-1] if previous else None
            if last is None or last.quote is None or not last.quote.open_end or last.joint:
                return None
            return last.speaker, last.frame
        # "last speakers": who spoke last in the paragraph before, with what frame, and whether jointly.
        return tuple((f.speaker, f.frame, f.joint) for f in _last_speakers(previous)) if previous else ()

    def _remembered(self, found: list[_Found], quotes: list[Quote], base: int) -> tuple[_Result, ...] | None:
        """The statements of a fresh reading in the form they are remembered, or None if they cannot be."""
        quote_index = {id(q): i for i, q in enumerate(quotes)}
        results = []
        for f in found:
            source = self._found_by.get(id(f.speaker))
            if source is None or (f.quote is not None and id(f.quote) not in quote_index):
                return None   # not expected: a speaker or a quote from outside the reading
            question, item = source
            kind = self._asked[question][0][0]
            frame: str | None = f.frame
            if kind in ("open quote", "last speakers"):
                # A speaker from the paragraph before comes with the frame that introduced them there.
                answer = self._asked[question][1]
                if f.frame != (answer[1] if item < 0 else answer[item][1]):
                    return None
                frame = None
            results.append((question, item, f.text, f.kind, f.start - base, f.end - base, frame,
                            quote_index[id(f.quote)] if f.quote is not None else -1, f.continues_previous, f.joint))
        return tuple(results)

    # -- one paragraph -----------------------------------------------------------

    def _paragraph(self, para: Paragraph, quotes: list[Quote]) -> list[_Found]:
        # Questions of the article go through self._ask, so that the reading can be remembered.
        found: list[_Found] = []
        consumed: set[int] = set()
        self._quote_starts = [q.open_start for q in quotes]
        self._quote_index = {id(q): i for i, q in enumerate(quotes)}
        self._sentences = split_sentences(para.text, para.start, quotes)
        if self._sentences and (kicker := _CAPITALS_KICKER.match(para.text)) is not None and self._sentences[0][1] > para.start + kicker.end():
            # "'FIREPOWER, THAT'S WHAT'S COMING': Upon being greeted ..., X said ...": a newsletter's
            # kicker in capitals, quoted or not, heads the paragraph; the sentence begins after it.
            self._sentences[0] = (para.start + kicker.end(), self._sentences[0][1])
        for index, (start, end) in enumerate(self._sentences):
            cleft = _CLEFT.match(self.text, start, end)
            if cleft and index > 0:
                # "Ukraine must be free to strike ... . It is Jens Stoltenberg, ..., who calls for ...":
                # the sentence before is the words of the person the cleft names.
                speaker = self._ask("speaker", cleft.group("who"), start + cleft.end("who"))
                prev_start, prev_end = self._sentences[index - 1]
                if speaker is not None and not any(f.start < prev_end and prev_start < f.end for f in found):
                    found.append(self._clause_statement(speaker, self.text[prev_start:prev_end], prev_start,
                                                        self.text[start:end], quotes, consumed))
                    continue
            self._found_so_far, self._sentence_index = found, index
            if ((self.text.find("- ", start, end) >= 0 or self.text.find("\u2013", start, end) >= 0 or self.text.find("\u2014", start, end) >= 0)
                    and (dashed := self._dashed_words(start, end, quotes, consumed)) is not None):
                # "The hits caused severe fires at the plant. - reported the Air Force.": the words
                # before, set off by the dash, are those of whom it names.
                found.append(dashed)
                continue
            if index > 0 and self.text.startswith(_BACK_REFERENCE_STARTS, start) and (
                    back := self._back_reference(quotes, consumed)) is not None:
                found.append(back)
                continue
            if index > 0 and _OCCASION_HINT.search(self.text, start, end) and (occasion := _OCCASION_SENTENCE.match(self.text, start, end)) is not None and (
                    back := self._occasion_reference(occasion, quotes, consumed)) is not None:
                found.append(back)
                continue
            found.extend(self._reported(start, end, quotes, consumed))
        found.sort(key=lambda f: f.start)
        # (Before the first sentence only a bulleted item's headline: its quotes are no one's words.)
        first_sentence = self._sentences[0][0] if self._sentences else para.start
        for qi, quote in enumerate(quotes):
            if qi in consumed or quote.close_end <= first_sentence:
                continue
            if quote.continues and (opened := self._ask("open quote", "", para.start)) is not None:
                # The rest of a quote the previous paragraph left open: one statement.
                speaker, frame = opened
                found.append(_Found(speaker, self.text[quote.start : quote.end].strip(), "direct", quote.start, quote.end,
                                    frame, quote, continues_previous=True))
                continue
            if self.text[max(0, quote.open_start - 12) : quote.open_start].rstrip().lower().endswith("so-called"):
                continue   # 'announced a so-called "counter-terrorism operation"': a name, nobody's words
            if (_TITLE_OF_MEDIUM.search(self.text, max(0, quote.open_start - 30), quote.open_start) and _word_count(self.text[quote.start : quote.end]) <= 6
                    and self.text[quote.start : quote.start + 1].isupper() and self.text[quote.start : quote.end].rstrip()[-1:] not in ".,!?"):
                # 'told ... the French newspaper "Eastern France"': a paper's or a show's name (not 'told
                # the channel "we will not give up."', words in the marks).
                continue
            if self.text[max(0, quote.open_start - 4) : quote.open_start].endswith((" on ", " in ")) and _looks_like_a_title(self.text[quote.start : quote.end]):
                continue   # 'Rubio told NBC's Kristen Welker on "Meet the Press."': a programme's name, no words
            if _NAMED_THING_AFTER.match(self.text, quote.close_end) and _looks_like_a_title(self.text[quote.start : quote.end]):
                continue   # 'explosions near the "Steel Horse" station': the name of a place or thing, no words
            words = _word_count(self.text[quote.start : quote.end])
            attributed = self._attribution(para, quotes, qi)
            if (words >= 4 and (isinstance(attributed, tuple) or attributed is _UNNAMED)
                    and (reported := self._quoted_report(quote, attributed[1] if isinstance(attributed, tuple) else "")) is not None):
                found.append(reported)   # '"Example stressed that ...," the agency reported': Example's words
                continue
            if isinstance(attributed, tuple):
                speakers, frame = attributed
                if words >= 2:
                    found.extend(_Found(speaker, self.text[quote.start : quote.end].strip(), "direct", quote.start, quote.end, frame, quote,
                                        joint=len(speakers) > 1) for speaker in speakers)
                continue
            if words < 4 or attributed is _UNNAMED:
                # Scare quotes or a title, not a statement; or '"...," the general said': not
                # the words of whoever spoke before.
                continue
            if _TAGLINE.fullmatch(self.text, quote.start, quote.end):
                continue   # '"Freelance communicator. Total student. Beer ninja."': an author's box, nobody's words
            if quote.open_end and para.end >= self._last_body_end and not any(f.start < quote.open_start for f in found):
                # '"If they consider it possible to deliver ...' where the saved page ends, unclosed and
                # unattributed, opening its paragraph: whoever says it may be named after the cut, not
                # whoever spoke before. (After words of someone in the same paragraph, it goes on with them.)
                continue
            if quote.open_end and self._open_quote_named_at_close:
                # '"This is the first part ...' then '"... and the rest," Anna Berg said.': the words are
                # hers from the start (see run), whoever spoke in the paragraph before.
                continue
            sources = self._continued_speakers(para, quotes, quote, found)
            if attributed is _UNNAMED_PERSON:
                sources = [source for source in sources if source.speaker.kind == "person"]  # "he" is no ministry
            found.extend(_Found(source.speaker, self.text[quote.start : quote.end].strip(), "direct", quote.start, quote.end,
                                source.frame, quote, joint=source.joint) for source in sources)
        found.sort(key=lambda f: f.start)
        if more := self._participles(found):
            # "X reacted, saying A, but believes B": B, read at its own verb, is inside the
            # participle's words; one statement, not the whole and its end again.
            # (A quote inside them is part of those words too, as after "said that": 'arguing that
            # members "should not fear" escalation' is one statement, not it and "should not fear".)
            found = [f for f in found if not any(
                m.speaker.name == f.speaker.name and m.start <= f.start and f.end <= m.end for m in more)]
            found += more
            found.sort(key=lambda f: f.start)
        return found

    def _single_quoted(self, found: _Found) -> None:
        """"'Nine drones were shot down,' he said": words in straight single quotes (which this
        reader cannot tell from apostrophes elsewhere) are a direct quote, without the marks."""
        inner = found.text[1:].rstrip("'").rstrip(" ,")
        if found.kind != "indirect" or not found.text.startswith("'") or not inner:
            return
        begin = self.text.find(inner, found.start, found.end)
        if begin >= 0:
            found.kind, found.text, found.start, found.end = "direct", inner, begin, begin + len(inner)

    def _unspoken_from(self) -> int:
        """Where the words nobody has spoken yet begin in the paragraph being read: the first
        sentence after its last statement found so far."""
        spoken_to = max((f.end for f in self._found_so_far), default=self._sentences[0][0])
        index = self._sentence_index
        return next((s for s, _ in self._sentences[: index + 1] if s >= spoken_to), self._sentences[index][0])

    def _back_reference(self, quotes: list[Quote], consumed: set[int]) -> _Found | None:
        """'Kyiv will decide for itself. This was stated by Minister X.': the sentences before the
        back reference (the sentence being read), back to the last statement found, are the words
        of whom it names."""
        start, end = self._sentences[self._sentence_index]
        m = _referring_back(self.text, start, end)
        if m is None or _cites_an_outlet(m.group("who"), self.text[m.end("who") : end]):
            return None
        if self._unspoken_from() >= start:
            self._stated_by(m, start, end)
            return None
        return self._words_before(m, end, quotes, consumed)

    def _occasion_reference(self, m: re.Match[str], quotes: list[Quote], consumed: set[int]) -> _Found | None:
        """'Two bodies were recovered. The governor, X, announced this on Telegram.': the same, said actively."""
        if _cites_an_outlet(m.group("who"), self.text[m.end("who") : m.end()]):
            return None
        return self._words_before(m, m.end(), quotes, consumed)

    def _dashed_words(self, start: int, end: int, quotes: list[Quote], consumed: set[int]) -> _Found | None:
        """A sentence that ends "... . - reported the Air Force." (or is only that): the words nobody
        has spoken yet, up to the dash, as the words of whom the attribution names."""
        stripped_end = start + len(self.text[start:end].rstrip())
        dash_at = start if self.text[start] in "-\u2013\u2014" else None
        if dash_at is None and (tail := _DASH_AFTER_STOP.search(self.text, start, stripped_end)) is not None:
            dash_at = tail.end()
        if dash_at is None or stripped_end - dash_at > 100:
            return None
        m = _DASH_ATTRIBUTION.fullmatch(self.text, dash_at, stripped_end) or _DASH_ATTRIBUTION_INVERTED.fullmatch(self.text, dash_at, stripped_end)
        words_start = self._unspoken_from()
        words = self.text[words_start:dash_at].rstrip()
        if m is None or _word_count(words) < 4 or _cites_an_outlet(m.group("who"), ""):
            return None
        speaker = self._ask("speaker", m.group("who"), m.end("who"))
        if speaker is None:
            return None
        return self._clause_statement(speaker, words, words_start, self.text[dash_at:end], quotes, consumed)

    def _words_before(self, m: re.Match[str], end: int, quotes: list[Quote], consumed: set[int]) -> _Found | None:
        """The sentences before the one being read (up to `end`, its frame), back to the last
        statement found, as the words of whom `m` names; None when there are none or nobody."""
        start = self._sentences[self._sentence_index][0]
        words_start = self._unspoken_from()
        if words_start >= start:
            return None
        speaker = self._ask("speaker", m.group("who"), m.end("who"))
        if speaker is None:
            return None
        words = self.text[words_start:start].rstrip()
        return self._clause_statement(speaker, words, words_start, self.text[start:end], quotes, consumed)

    def _stated_by(self, m: re.Match[str], start: int, end: int) -> None:
        """'The Pentagon believes that ... . This was stated by Deputy Spokesperson X during a
        briefing on May 16': the institution's words in the sentence before were X's, that day."""
        previous_start = self._sentences[self._sentence_index - 1][0]
        said = [f for f in self._found_so_far if previous_start <= f.start < start]
        if len(said) != 1 or said[0].speaker.kind != "body" or said[0].joint:
            return
        speaker = self._ask("speaker", m.group("who"), m.end("who"))
        if speaker is not None and speaker.kind == "person":
            said[0].speaker, said[0].frame = speaker, self.text[start:end]

    def _participles(self, found: list[_Found]) -> list[_Found]:
        """'"...," Zelensky said, adding that Kyiv would ...': the same speaker says more."""
        more = []
        for start, end in self._sentences:
            sentence = self.text[start:end]
            if _participle_before_that(sentence) and ", with " in sentence and (joined := _WITH_PARTICIPLE_THAT.search(sentence)) is not None:
                clause_start, with_start = start + joined.start("clause"), start + joined.start()
                # "The Kremlin has dismissed the impact of such weapons, with spokesman X asserting that
                # ...": the report read at the first verb ends where X's own words begin.
                holding = [f for f in found if f.start <= clause_start < f.end]
                cut = (len(holding) == 1 and holding[0].kind == "indirect" and holding[0].start < with_start
                       and _word_count(self.text[holding[0].start : with_start]) >= 3)
                if ((cut or not holding) and _word_count(joined.group("clause")) >= 3
                        and (speaker := self._ask("speaker", joined.group("who"), start + joined.end("who"))) is not None
                        and (not cut or speaker.name != holding[0].speaker.name)):
                    if cut:
                        holding[0].end = with_start
                        holding[0].text = self.text[holding[0].start : with_start]
                    more.append(self._clause_statement(speaker, joined.group("clause"), clause_start,
                                                       sentence[joined.start() : joined.start("clause")], [], set()))
                    continue   # (with nobody named after "with", the sentence's other participles are read below)
            if "ing " not in sentence or _PARTICIPLE_AFTER_COMMA.search(sentence) is None:
                continue  # the patterns need a participle after a comma: most sentences have none
            matches: list[re.Match[str]] = []
            if "that" in sentence:
                while (m := _PARTICIPLE_THAT.search(sentence, matches[-1].start("clause") if matches else 0)) is not None:
                    matches.append(m)   # (each clause runs to the sentence's end; the next participle's words start a clause of their own)
            for k, m in enumerate(matches or _PARTICIPLE_BARE.finditer(sentence)):
                # ("adding that A, emphasizing that B": A ends where B's participle begins.)
                clause_end = start + (matches[k + 1].start() if k + 1 < len(matches) else m.end("clause"))
                clause_start = start + m.start("clause")
                clause = self.text[clause_start:clause_end]
                # (After the comma, and the quote it may close: '"... damaged," adding that'.)
                position = start + m.start() + 1 + (sentence[m.start() + 1 : m.start() + 2] in _MARKS_AFTER_COMMA)
                if any(f.start <= position < f.end for f in found):
                    continue  # already inside a statement ("accused ..., claiming ...")
                before = [f for f in found if start <= f.start < position]
                if _word_count(clause) < 3:
                    continue
                if any(f.kind == "direct" and clause_start <= f.start and f.end <= clause_end and 2 * (f.end - f.start) >= clause_end - clause_start
                       for f in found):
                    continue  # '..., adding that it's "not about geography."': the quotation, already a statement
                if not before and _PRONOUN_SAID_BEFORE.search(sentence, 0, m.start()):
                    continue  # 'The US decision "...," he said, pointing out that ...': his, and he is nobody known
                if not before:
                    # "Speaking to reporters, Example issued a stark warning, asserting that ...": the
                    # sentence's subject, when it is a person, says it.
                    offset, lead = _lead_subject(sentence)
                    # A lone capitalised word must be a surname the article gave (checked before asking:
                    # answering may register a lone word as a person).
                    lone = lead.group(1).split() if lead is not None else []
                    named = len(lone) != 1 or lone[0].lower() in ("he", "she") or self.people.by_surname(_POSSESSIVE_OR_STOP.sub("", lone[0])) is not None
                    speaker = (self._ask("speaker", lead.group(1), start + offset + lead.end(1))
                               if lead and offset + lead.end() < m.start() else None)
                    # (An institution too, when "that" opens its words: "The White House sought to distance
                    # the US from the attacks, saying that ...".)
                    # ("Russia's state news agency, RIA, cited ..., saying that": not Russia.)
                    # (A person the article names: "Tomahawks are a new step of aggression, suggesting that
                    # ...", words whose quotation marks the page lost, make no person of "Tomahawks".)
                    if speaker is not None and ((speaker.kind == "person" and named) or (
                            matches and speaker.kind == "body" and lead is not None and not lead.group(1).endswith(("'s", "\u2019s")))):
                        # The frame keeps a phrase of time before the subject ("Yesterday, X ..."), not a dateline.
                        dateline = _WIRE_DATELINE.match(sentence)
                        more.append(self._clause_statement(speaker, clause, clause_start,
                                                           sentence[dateline.end() if dateline else 0 : m.start()], [], set()))
                    continue
                owner = before[-1]
                if owner.joint:
                    continue  # "..., adding that": which of them added it is not said
                more.append(self._clause_statement(owner.speaker, clause, clause_start,
                                                   owner.frame, [], set()))
        return more

    def _continued_speakers(self, para: Paragraph, quotes: list[Quote], quote: Quote, found: list[_Found]) -> list[_Found]:
        """The speaker an unattributed quote belongs to, when the text makes it plain (all of
        them, when the words before were said jointly); [] when it does not."""
        before = [f for f in found if f.start < quote.start]
        if before:
            starts = [s for s, _ in self._sentences]
            sentence_start = starts[max(0, bisect.bisect_right(starts, quote.open_start) - 1)]
            lead_in = self.text[sentence_start : quote.open_start]
            if before[-1].end <= sentence_start and _WORDS.search(lead_in) and not _CONNECTIVE_ONLY.fullmatch(lead_in):
                # 'The plan comes after a deal aiming to create a "terror-free zone"': a quote inside
                # a later sentence of the writer's own, not more of the last speaker's words.
                return []
            return _last_speakers(before)
        earlier = [q for q in quotes if q.close_end <= quote.open_start]
        if earlier and _VERB.search(self.text, earlier[-1].close_end, quote.open_start):
            # '"...," a Harbourland admiral said. "..."': the quote before was attributed, to someone
            # this reader could not name; the one after is theirs, not the last speaker's.
            return []
        quoted = sum(q.end - q.start for q in quotes)
        starts_quoted = quotes[0].open_start <= para.start + 1
        if (starts_quoted or quoted >= 0.5 * len(para.text)) and (last := self._ask("last speakers", "", para.start)):
            if not starts_quoted and (lead := _LEAD_SUBJECT.match(self.text[para.start : quote.open_start])) is not None and (
                    (named := self._ask("speaker", lead.group(1), para.start + lead.end(1))) is not None
                    and all(named.name != speaker.name for speaker, _, _ in last)):
                # "The Foreign Ministry issued a statement ..., emphasizing "...": the paragraph's own
                # subject, someone other than the last speaker, comes before the quote; whose
                # words they are, the last speaker is not.
                return []
            return [_Found(speaker, "", "direct", para.start, para.start, frame, joint=joint) for speaker, frame, joint in last]
        if _FIRST_PERSON.search(self.text[quote.start : quote.end]):
            # "Stoltenberg then sends a message to Russia: ... “we could invoke Article 5”":
            # first-person words in a paragraph whose first sentence is about one person.
            first = self._sentences[0]
            lead = _LEAD_SUBJECT.match(self.text[first[0] : first[1]])
            lone = lead.group(1).split() if lead is not None else []
            if lead and (len(lone) != 1 or lone[0].lower() in ("he", "she")
                         # (a lone capitalised word: a surname the article gave, or one it uses again; "Banners in
                         # the square read ..." names no one)
                         or self.people.by_surname(_POSSESSIVE_OR_STOP.sub("", lone[0])) is not None
                         or self.text.count(_POSSESSIVE_OR_STOP.sub("", lone[0])) > 1):
                speaker = self._ask("speaker", lead.group(1), first[0])
                if speaker is not None and speaker.kind == "person":
                    return [_Found(speaker, "", "direct", first[0], first[0], self.text[first[0] : first[1]][: len(lead.group(0)) + 40])]
        return []

    # -- reported speech -----------------------------------------------------------

    def _reported(self, start: int, end: int, quotes: list[Quote], consumed: set[int]) -> list[_Found]:
        sentence = self.text[start:end]
        inside = [(q.open_start - start, q.close_end - start) for q in _overlapping(quotes, self._quote_starts, start, end)]
        found: list[_Found] = []
        # (A sentence with more reporting verbs than this is no prose, but a page's debris: its
        # first ones are read, so that such text costs no more per verb than prose does.)
        verbs = list(itertools.islice(_VERB.finditer(sentence), _MOST_VERBS_IN_A_SENTENCE))
        if "sked " in sentence[:20] and (question := _QUESTION_LEAD_IN.match(sentence)) is not None:
            # "Asked whether he believed the strikes were legitimate, X said ...": the question's verbs are no one's report.
            verbs = [v for v in verbs if v.start() >= question.end()]
        according = "ccording to" in sentence or sentence.startswith("As per ")   # ("As per a senior official, ...": Indian English)
        if " as saying" in sentence and not inside and (m := _WORDS_THEN_OUTLET_QUOTED.match(sentence)) is not None and (
                speakers := self._ask("speakers", m.group("who"), start + m.end("who"), start + m.start("who"))):
            return [self._clause_statement(speaker, m.group("clause"), start, sentence[m.end("clause") :], quotes, consumed,
                                           joint=len(speakers) > 1) for speaker in speakers]
        if (" reads " in sentence or " statement of " in sentence) and not inside and (m := _WORDS_THEN_READS_IN.match(sentence)) is not None and (
                speaker := self._ask("speaker", m.group("who"), start + m.end("who"))) is not None:
            return [self._clause_statement(speaker, m.group("clause"), start, sentence[m.end("clause") :], quotes, consumed)]
        # (Not after a quote: '"...," Interfax quoted X as saying on Wednesday' attributes that quote.)
        if " as saying" in sentence and (m := _QUOTED_NAME_AS_SAYING.search(sentence)) is not None and not any(
                s < m.end("named") for s, _ in inside):
            speakers = self._ask("speakers", m.group("named"), start + m.end("named"), start + m.start("named"))
            if speakers and not (_PREPOSITION_START.match(m.group("clause")) and _word_count(m.group("clause")) < 8):   # ("as saying in the post.": no words)
                return [self._clause_statement(speaker, m.group("clause"), start + m.start("clause"), sentence[: m.start("clause")],
                                               quotes, consumed, joint=len(speakers) > 1) for speaker in speakers]
        if " as saying" in sentence and not inside and (m := _WORDS_THEN_QUOTED_AS_SAYING.match(sentence)) is not None:
            # "Russia must prepare for a long confrontation ..., Deputy Foreign Minister X was quoted
            # as saying on Tuesday.": the words before are X's.
            speakers = self._ask("speakers", m.group("who"), start + m.end("who"), start + m.start("who"))
            if speakers:
                label = _CAPITALS_LABEL.match(sentence) or _WIRE_DATELINE.match(sentence)
                words_from = label.end() if label is not None and label.end() < m.end("clause") else 0
                return [self._clause_statement(speaker, m.group("clause")[words_from:], start + words_from, sentence[m.end("clause") :],
                                               quotes, consumed, joint=len(speakers) > 1) for speaker in speakers]
        if (" is that " in sentence or " was that " in sentence) and (m := _VIEW_IS_THAT.match(sentence)) is not None and (
                speaker := self._ask("speaker", m.group("named"), start + m.end("named"))) is not None:
            return [self._clause_statement(speaker, m.group("clause"), start + m.start("clause"), sentence[: m.start("clause")],
                                           quotes, consumed)]
        if " opinion, " in sentence or " view, " in sentence or " words, " in sentence:
            if (m := _IN_ONES_VIEW.match(sentence)) is not None and not _VERB.search(m.group("clause")) and (
                    speaker := (self._ask("speaker", m.group("named"), start + m.end("named")) if m.group("named")
                                else self._ask("speaker", _PRONOUN_OF_POSSESSIVE[m.group("who")], start + m.end("who")))) is not None:
                # (Not when the rest has a reporting verb of its own: "In his view, X said ..." is read there.)
                return [self._clause_statement(speaker, m.group("clause"), start + m.start("clause"), sentence[: m.start("clause")],
                                               quotes, consumed)]
        if (" via " in sentence or ", on " in sentence or ", in " in sentence) and not inside and (
                m := _VERBLESS_ATTRIBUTION.match(sentence)) is not None and any(
                w.lower() in TITLE_WORDS for w in re.findall(r"[\w-]+", m.group("role"))) and (
                (speaker := self._ask("speaker", m.group("who"), start + m.end("who"))) is not None and speaker.kind == "person"):
            # A video's captions: "Kyiv only does what it is told to do, Dmitry Example, Kremlin
            # spokesman, via statement." The name, the role and the channel attribute the words.
            return [self._clause_statement(speaker, m.group("clause"), start, sentence[m.start("who") :], quotes, consumed)]
        if not verbs and not according:
            return found  # no reporting verb and no "according to": nobody is reported here
        if sentence.startswith(_BACK_REFERENCE_STARTS) and _referring_back(sentence):
            return found  # "This was stated by X": the words are those before (see _back_reference)
        if (according and (m := _ACCORDING_START.match(sentence) or _ACCORDING_END.match(sentence))
                and not _OUTLET_WORD.search(m.group("who"))):   # "according to French outlet X": a paper passing news on
            # '"...," Berg said, according to RIA-Novosti', 'According to Censor.NET, he said this in an
            # interview': the source only cites whoever the clause says spoke. (Not asked about then: a
            # name asked about is whom "he" means next, and "According to Focus, he told reporters" is not Focus.)
            only_cites = (any(not any(s <= v.start() < e for s, e in inside) for v in _VERB.finditer(sentence, 0, m.end("clause")))
                          if m.start("clause") == 0 else _SUBJECT_THEN_VERB.match(m.group("clause")) is not None)
            who = m.group("who")
            if (own := _OWN_WORDS.match(who)) is not None:
                who = own.group("pronoun")   # "According to her statement": hers
            elif (report := _REPORT_FROM.match(who)) is not None:
                who = report.group("who")
            speaker = None if only_cites else self._ask("speaker", who, start + m.start("who"))
            if speaker is not None and speaker.kind != "person" and (_VERB.search(m.group("clause")) or " as saying" in m.group("clause")):
                # "According to RT, X said ...", "She described ..., according to RT", '"...," X was
                # quoted as saying, according to ANI': RT and ANI only cite.
                speaker = None
            # (A call sign in quotation marks inside the name is no quote: 'according to Robert "Madyar" Brovdi'.)
            call_sign = _NICKNAME_IN_NAME.search(m.group("who"))
            if speaker is not None and not any(s < m.end("who") and m.start("who") < e for s, e in inside
                                               if call_sign is None or not m.start("who") + call_sign.start("sign") <= s < e <= m.start("who") + call_sign.end("sign")):
                found.append(self._clause_statement(speaker, m.group("clause"), start + m.start("clause"),
                                                    "according to " + m.group("who") + (m.groupdict().get("aside") or ""), quotes, consumed))
                return found
            if speaker is None and not only_cites and m.re is _ACCORDING_START:
                # "According to preliminary reports, there was no damage, the governor added.": the
                # reports are nobody; the words may still have a speaker after them.
                according = False
        if ((m := (_AS_SAID_BY_END.match(sentence) if ", as " in sentence else None)
                  or (_THIS_SAID_BY_END.match(sentence) if " by " in sentence and (", this " in sentence or ", that " in sentence or ", it " in sentence) else None))
                is not None and not inside and not _cites_an_outlet(m.group("who"), "")):
            speaker = self._ask("speaker", m.group("who"), start + m.end("who"))
            if speaker is not None:
                # (Not a site's label or a dateline before the words: "SAEDNEWS: Russian air defence ...".)
                label = _CAPITALS_LABEL.match(sentence) or _WIRE_DATELINE.match(sentence)
                words_from = label.end() if label is not None and label.end() < m.end("clause") else 0
                return [self._clause_statement(speaker, m.group("clause")[words_from:], start + words_from, sentence[m.end("clause") :], quotes, consumed)]
        if sentence.startswith("As ") and (m := _AS_SAID_START.match(sentence)) and not _VERB.search(m.group("clause")):
            # "As Scholz noted, if Congress does not ..., some countries will have to ...": Scholz's words.
            # (Not when the rest has a reporting verb of its own: "As X said, Y stressed that ...".)
            speaker = self._ask("speaker", m.group("who"), start + m.end("who"))
            if speaker is not None and not any(s < m.end("who") and m.start("who") < e for s, e in inside):
                found.append(self._clause_statement(speaker, m.group("clause"), start + m.start("clause"),
                                                    sentence[: m.start("clause")], quotes, consumed))
                return found
        # Words first may hold short quoted fragments: 'Refineries are "legitimate targets" from a
        # military point of view, Deputy Prime Minister X said.' A quote that opens the sentence is
        # a direct quote, read with its attribution.
        # ('"33 drones" were "destroyed" over the regions, the ministry said': a quote opening the
        # sentence that its own verb goes on from is a fragment too.)
        fragments = bool(inside) and ((inside[0][0] > 0 and 2 * sum(e - s for s, e in inside) < len(sentence))
                                      or _VERB_AFTER_OPENING_QUOTE.match(sentence, inside[0][1]) is not None)
        if (not inside or fragments) and not according and (not sentence.rstrip().endswith(":") or _WORDS_FIRST_THEN_COLON.search(sentence)) and ("," in sentence or " - " in sentence or " \u2013 " in sentence or " \u2014 " in sentence):
            # Fragments' marks are masked (same length, so the offsets hold) for the patterns below.
            masked = sentence.translate(_UNQUOTED) if inside else sentence
            # "..., he said, adding that ...": the words before, and the participle's (see _participles).
            tail = _PARTICIPLE_THAT.search(masked) if "ing " in masked and " that " in masked else None
            if tail is None and "ing to " in masked:
                tail = _PARTICIPLE_TO.search(masked)   # '..., the ministry said, claiming to have thwarted a "terrorist attack"'
            if tail is None and inside and "ing " in masked:
                # '..., the ministry added, saying the attack had been "thwarted"': a quoted word in the
                # participle's words is no fragment of the attribution.
                tail = _PARTICIPLE_BARE.search(masked)
            first_part = masked[: tail.start()] if tail else masked
            # (The third reading only when a verb of saying stands near the end.)
            near_end = bool(verbs) and verbs[-1].start() > len(first_part) - 130
            for pattern in (_CLAUSE_FIRST, _CLAUSE_FIRST_INVERTED, _CLAUSE_FIRST_LAST) if near_end else (_CLAUSE_FIRST, _CLAUSE_FIRST_INVERTED):
                m = pattern.match(first_part)
                if m is None or _word_count(m.group("clause")) < 4 or _is_lead_in(m.group("clause")):
                    continue  # "In an interview with the Economist, X said ...": a lead-in, not the words
                if len(_LOWER_CASE_WORD.findall(m.group("clause"), 0, 200)) < 2:
                    continue  # "March 14, 2024 (EIRNS)—Yesterday, X reiterated ...": a dateline, no words of anyone
                if inside and any(e > m.end("sep") and s < len(first_part) and not _programme_name_at(sentence, s) for s, e in inside):
                    continue  # a quoted fragment in the attribution: not the words-first shape (a participle's words may be quoted)
                # (Not a verb inside a relative aside: "The circumstances of the strike, which the Russian side
                # claims was carried out on ..., do not fit ..., the report states.")
                clause_read = _RELATIVE_ASIDE.sub(",", m.group("clause")) if ", wh" in m.group("clause") else m.group("clause")
                if (_NESTED_REPORT.search(clause_read) and not _PRELIMINARY_REPORTS.match(clause_read)) or (
                        # "A spokesperson ... clarified on Tuesday that ..., Ednews informs via DW": any verb with
                        # its that-clause, when an outlet's verb closes the sentence.
                        m.group("verb") in _OUTLET_VERBS
                        and any(_that_clause(m.group("clause")[v.end() :]) for v in _VERB.finditer(m.group("clause")))):
                    continue  # "The president said this in an address, Censor.NET reports": the outlet only cites
                # "..., the ministry said Tuesday, marking the first such attack in ...": the writer's
                # participle phrase closes the sentence; it is no more words.
                adv = _CLOSING_PARTICIPLE.sub("", m.groupdict().get("adv") or "")
                if m.group("sep").startswith(","):
                    adv = _DASH_ASIDE.sub("", adv)
                if (pattern is _CLAUSE_FIRST and adv[1:2].isupper() and (runs := find_names(adv.strip()))
                        and runs[0].title_start == 0 and runs[0].end == len(adv.strip())):
                    continue  # "..., in Lakeside, Northvale, was attacked by drones, said Piet Holm": the speaker follows the verb
                if _TELL_VERB.fullmatch(m.group("verb")):
                    adv = _ADDRESSEE.sub("", adv, count=1)   # "..., X told Life.ru on the sidelines of ...": whom, then when
                if ((_word_count(adv) > 10 and not _CIRCUMSTANCE.match(adv)) or _THAT_START.match(adv)
                        or (_FINITE_CLAUSE.search(adv) and not _ASIDE_AFTER_VERB.match(adv)) or _NAMED_SUBJECT_CLAUSE.match(adv)):
                    continue  # "..., X said allies should ...": the words follow the verb
                if _CONJUNCTION_START.match(m.group("subj")) or (m.group("verb") in _VERBS_OF_DOING and adv.startswith(" to ")):
                    continue  # "..., but Kyiv continues to work on it": a second clause of the same sentence, not a speaker
                if _RELATIVE_START.match(m.group("subj")):
                    continue  # "... the attack, which the authorities said occurred overnight": their words follow the verb
                if ", and " in m.group("subj") and _LIST_ITEM_BEFORE.search(m.group("clause")):
                    # "Several allies, including Canada, Norway, Denmark, and Sweden, already pledged ...": the
                    # end of a list, not words and their speaker.
                    continue
                subject_region = _AUX_TAIL.sub("", m.group("subj").rstrip()).rstrip()
                if (pattern is _CLAUSE_FIRST_INVERTED and (channel := _AFTER_INVERTED_SUBJECT.search(subject_region))
                        and _INVERTED_SUBJECT_START.match(subject_region) and " that " not in subject_region[: channel.start()]):
                    # "..., said Governor X in a Telegram post on Wednesday": where and when, after the
                    # speaker (still in the frame, which it dates).
                    subject_region = subject_region[: channel.start()]
                clause_end = m.end("sep") if m.group("sep").endswith("'") else m.end("clause")   # the closing mark too
                if (pattern is _CLAUSE_FIRST and subject_region.startswith("the ")
                        and (named := _NAME_BEFORE_ROLE.search(m.group("clause")))):
                    # "..., John Example, the White House's spokesperson said": the name ends the words.
                    clause_end = m.start("clause") + named.start()
                    speakers = self._ask("speakers", named.group("name"), start + m.start("clause") + named.end("name"))
                elif m.group("verb") in _OUTLET_VERBS and (cited := _CITED_PERSON.search(m.groupdict().get("adv") or "")) is not None:
                    # "..., Hallandsposten reported on May 26, citing Swedish Defense Minister Pal Jonson.": the
                    # outlet passes on the words of the one it cites (a person the article names, not a paper).
                    speakers = [speaker for speaker in self._ask("speakers", cited.group("who"), start + m.start("adv") + cited.end("who"))
                                if speaker.kind == "person"]
                else:
                    speakers = self._ask("speakers", subject_region, start + m.start("subj") + len(subject_region))
                if speakers:
                    frame = m.group("subj") + " " + m.group("verb") + (m.groupdict().get("adv") or "")
                    clause, clause_start = sentence[m.start("clause") : clause_end], start + m.start("clause")
                    if clause_start == start and ":" in clause[:40] and (label := _TOPIC_LABEL.match(clause)) is not None:
                        # "Russia-Ukraine War: Refinery operations have been stopped, the governor said": a
                        # teaser's section label is nobody's words.
                        clause, clause_start = clause[label.end() :], clause_start + label.end()
                    elif clause.startswith("As ") and (reported := _AS_REPORTED_LEAD.match(clause)) is not None:
                        # "As Example Agency earlier reported, drone attacks ... , analyst X notes": the
                        # writer's lead-in to the words, not part of them.
                        clause, clause_start = clause[reported.end() :], clause_start + reported.end()
                    elif ": " in clause and (intro := _COLON_BEFORE_QUOTE.search(clause)) is not None and any(
                            s == m.start("clause") + intro.end() and e >= m.start("clause") + len(clause.rstrip()) - 1 for s, e in inside):
                        # 'The reaction was immediate: "We will respond ...," a statement said': the writer's
                        # words introduce the quote, which runs to the attribution; the words are the quote.
                        clause, clause_start = clause[intro.end() :], clause_start + intro.end()
                    dashed = (m.groupdict().get("sep") or ",") != "," or m.group("subj").lstrip()[:1] in "-\u2013\u2014"
                    # "\u2013 Words. More words, says Example.": a paragraph opened by a dash holds direct speech
                    # (Nordic and Slavic typography), from the dash on.
                    speech_dash = self.text.startswith(_SPEECH_DASHES, self._sentences[0][0])
                    if (dashed or speech_dash) and (free_from := self._unspoken_from()) < start:
                        # "Words. More words - Example said." (or "..., - Example said."): a dash closes
                        # words set off without quotation marks, from where nobody was speaking.
                        if self.text.startswith(_SPEECH_DASHES, free_from):
                            free_from += 2
                        clause, clause_start = self.text[free_from : start + m.end("clause")], free_from
                    elif speech_dash and start == self._sentences[0][0]:
                        clause, clause_start = clause[2:], clause_start + 2   # (the dash is no part of the words)
                    elif (clause_start == start and _CONNECTIVE_OPENING.match(clause) and self._sentence_index > 0
                          and self._unspoken_from() == (previous := self._sentences[self._sentence_index - 1])[0]
                          and not any(q.start < start and q.end > previous[0] for q in quotes)):
                        # "Ukraine has the right to defend itself. But it must respect the rules, X said.": the
                        # sentence the words go on from, where nobody else spoke, is X's too.
                        clause, clause_start = self.text[previous[0] : start + m.end("clause")], previous[0]
                    if m.group("sep") == ",'" and not clause.startswith("'") and (
                            single_opening := _last_match(_SINGLE_QUOTE_OPENING, clause, 0, len(clause))):
                        # "The message stressed ... . 'The situation is under control,' X wrote.": the single
                        # quote opens after the sentence before; the words are the quote's.
                        clause, clause_start = clause[single_opening.end() - 1 :], clause_start + single_opening.end() - 1
                    said = [self._clause_statement(speaker, clause, clause_start, frame, quotes, consumed,
                                                   joint=len(speakers) > 1) for speaker in speakers]
                    if (more := m.groupdict().get("more")) and (second := _VERB.match(more)) is not None and (
                            (that := _that_clause(more[second.end() :])) is not None):
                        # "..., said X, and added that ...": X's second report.
                        more_start = start + m.start("more") + second.end() + that.start("clause")
                        said += [self._clause_statement(speaker, that.group("clause"), more_start, more[: second.end() + that.start("clause")],
                                                        quotes, consumed, joint=len(speakers) > 1) for speaker in speakers]
                    if tail is not None and tail.re is _PARTICIPLE_TO:
                        # "..., the ministry said, claiming to have thwarted a "terrorist attack"": the claim too, as its predicate.
                        claim_start = tail.start("claim")
                        said += [self._clause_statement(speaker, sentence[claim_start:].rstrip(), start + claim_start,
                                                        sentence[:claim_start], quotes, consumed, joint=len(speakers) > 1) for speaker in speakers]
                    if m.group("sep") == ",'" and clause.startswith("'"):
                        for f in said:
                            self._single_quoted(f)
                    return said
        search_from = 0
        shared_subject: tuple[int, list[Speaker]] | None = None   # where a clause ended at ", but", and whose it was
        for vm in verbs:
            if vm.start() < search_from or any(s <= vm.start() < e for s, e in inside):
                continue
            # The subject and the words dating it stand near the verb: a long run-on sentence with
            # many verbs is read in a window, so each verb costs the same (see _PRE_WINDOW).
            pre_start = max(0, vm.start() - _PRE_WINDOW)
            pre = sentence[pre_start : vm.start()]
            # A quote earlier in the sentence: its attribution, read with the quote. (Not a quote inside a
            # first report another is joined on to: 'warned that it is "dangerous" and stressed that ...',
            # 'said it was "understandable", but Example said ...'.)
            joined_at = shared_subject[0] if shared_subject is not None else -1
            bare_join = shared_subject is not None and sentence[joined_at] != ","
            post = sentence[vm.end() :]
            after_quote = -1   # where a quote ended whose words end their own sentence
            if any(e <= vm.start() and not e <= joined_at for s, e in inside) and not _QUOTED_ADVERB_END.search(pre[-30:].rstrip()):
                # ('he "strongly" urged Ukraine ...': an adverb in quotation marks right before the verb is the
                # writer's irony, no quote; the subject stands before it.)
                quote_end = max(e for _, e in inside if e <= vm.start())
                quote_start = max(s for s, e in inside if e == quote_end)
                # (A short name in quotation marks is no one's words: 'In an appearance on the broadcast
                # "Example Camera" on Saturday night, X said that ...' is X's report.)
                named_only = (_word_count(sentence[quote_start:quote_end]) <= 4 and pre_start <= quote_start
                              and sentence[quote_end - 2 : quote_end - 1] not in ".,!?;:\u2026"
                              and sentence[quote_start + 1 : quote_start + 2].isupper())
                # (Nor a fragment inside a phrase of the writer's that opens the sentence: 'Stressing that
                # there is "no way back" for Russia, he said ...' is his report.)
                embedded = quote_start > 0 and _PHRASE_THEN_SUBJECT.match(sentence, quote_end, vm.start()) is not None
                if not named_only and not embedded and not (sentence[quote_end - 2 : quote_end - 1] in ".!?\u2026" and pre_start <= quote_end
                        and (that := _that_clause(post)) is not None and not _PREPOSITION_START.match(that.group("clause"))):
                    continue
                # ('"... the same way." He added that ...': after such a quote, a report of its own;
                # not '"..." X said that at a rally', where "that" is the quote.)
                after_quote = quote_end - pre_start
            named_relative = None
            if _relative_before(pre[-80:]):
                if _SAYING_VERB_ONLY.fullmatch(vm.group("verb")) and _that_clause(post) is not None:
                    named_relative = _NAMED_RELATIVE.search(pre, max(0, len(pre) - 150))
                    before_name = pre[: named_relative.start("who")].rstrip() if named_relative else ""
                    if not before_name or before_name.endswith(","):
                        named_relative = None   # "Scholz, who said that ..., met Macron": an aside in the subject; its words end who knows where
                if named_relative is None:
                    continue  # "Scholz, who has refused to supply Taurus, said ...": the verb of an aside
            if _negated_before(pre[-60:]):
                continue  # "did not say that ...", "never said that ...": words the speaker did not say
            if (_passive_before(pre[-60:]) or (_APPOSED_PARTICIPLE_BEFORE.search(pre[-40:]) and _AGENT_AFTER.match(post))) and (
                    not _HEARSAY_INFINITIVE.match(post)):
                # "X was told that ...", "X was asked about claims that ...": X heard the words.
                # ("X is reported to have said that ..." are X's.)
                continue
            if pre_start == 0 and pre.startswith(("As ", "as ")) and post.startswith(","):
                continue  # "As Example Wire reported, the mayor said ...": an aside; the sentence's speaker follows
            if _OPENS_QUOTE.match(post):
                continue  # `said: "..."` introduces a direct quote
            verb = vm.group("verb")
            if verb in _NOUN_FORMS and (_is_noun_after_determiner(pre[-60:]) or _OBJECT_VERB_BEFORE.search(pre[-40:])
                                        or _PREPOSITION_BEFORE.search(pre[-20:]) or _VERB_AFTER_NOUN.match(post)):
                # "Duda's earlier remarks were criticised", "X, in comments published on Sunday, warned
                # ...": a noun, and nobody speaks at it
                continue
            if verb in _ADJECTIVE_FORMS and (_is_adjective_after_determiner(pre[-60:]) or _PREPOSITION_BEFORE.search(pre[-20:])) and (
                    not pre.endswith((" and ", " but "))):   # ("visited the families and declared that ...": a second verb)
                continue  # "Despite repeated hints from X that ...", "the reported attack": an adjective
            clause_match = None
            text_start = None
            if verb in _NAMING_VERBS and not _CALLED_WITH_QUOTE.match(post) and not _CALLED_A_NAME.match(post):
                continue
            if verb in ("refused", "refuses") and _REFUSED_TO_SAY.match(post):
                continue
            if verb in ("dismissed", "dismisses") and _removes_from_office(post):
                continue
            if _PREDICATE_VERB.fullmatch(verb):
                # The whole predicate, "denied that X" too: X alone would read as the speaker's claim,
                # the opposite of what was said. (From the verb itself: "[went on to] accuse ...".)
                text_start = vm.start() + (len("went on to ") if verb.startswith("went on to ") else 0)
            else:
                clause_match = _that_clause(post) or (_TO.match(post) if _CLAIM_VERB.fullmatch(verb) else None)
                that_adv = (clause_match.groupdict().get("adv") or "") if clause_match else ""
                if clause_match and (_INSIDE_QUOTE_PUNCT.search(that_adv) or _others_participle(that_adv)
                                     # "says 17 of the 24 drones that Russia launched were shot down": a "that"
                                     # after a noun opens a relative clause (not after whom one tells: "told the BBC that")
                                     or (not _TELL_VERB.fullmatch(verb) and (noun := _NOUN_BEFORE_THAT.match(that_adv)) is not None
                                         and (noun.group("demonstrative") is None or _finite_verb(that_adv) is not None)
                                         # (unless the subject's own participle stands before "that": "confirmed the
                                         # attack on Telegram saying that ...")
                                         and _INNER_PARTICIPLE.search(that_adv) is None)):
                    clause_match = None
                if _TELL_VERB.fullmatch(verb) and " " in post[:2] and (clause_match is None or clause_match.re is _WHOLE_CLAUSE):
                    # (Whom one tells is no part of the words: "told reporters it was clear ... that X
                    # would ..." reads "it was clear ...", not "reporters it was clear ...".)
                    clause_match = _PROGRAMME_AUDIENCE.match(post) or _told_clause(post) or clause_match
                elif clause_match is None and not _TELL_VERB.fullmatch(verb) and verb not in ("asked", "asks", "continued", "continues"):
                    # A phrase of time or channel first ("said on Friday it was ...") belongs to the frame,
                    # where it dates the words; otherwise the clause starts right after the verb.
                    timed = _TIMED_CLAUSE.match(post)
                    if timed and _FINITE.match(timed.group("clause")):
                        timed = None   # "said today is the day": a subject, not a phrase of time
                    # (A phrase of time, when there is one, is never part of the words: "said Saturday, after ...".)
                    for bare in (timed,) if timed is not None else (_BARE_CLAUSE.match(post),):
                        head = bare.group("clause") if bare else ""
                        if ", wh" in head[:120]:
                            head = _RELATIVE_ASIDE.sub("", head, count=1)   # "said the refinery, which processes ..., had been hit"
                        # (Up to a colon: "confirmed the attack, on Telegram: '... was made'" holds an object, then a quote.)
                        colon = head.find(":", 0, 200)
                        words = (head if colon < 0 else head[:colon]).split(None, 16)
                        # A subject of the words may run long when a determiner opens it ("said any western
                        # move to let Kyiv use such weapons against targets inside Russia would mean ..."),
                        # after a plain verb of saying; otherwise the verb comes within ten words ("said
                        # this at the summit in ..." holds none: no words of anyone).
                        # (A capitalised word opens one too: "said Ukrainian attacks on its border area near the
                        # Sumy region killed three people".)
                        long_subject = bool(words) and (words[0].lower() in _LONG_SUBJECT_OPENERS or (
                            words[0][:1].isupper() and words[0].lower() not in _NOT_A_SUBJECT_OPENER)) and verb in _PLAIN_SAY
                        first_words = " ".join(words[: 16 if long_subject else 10])
                        finite = _finite_verb(first_words) if bare else None
                        if (finite and not _PREPOSITION_START.match(head) and not _REFERENCE_START.match(head)
                                and not _QUESTION_OBJECT.match(head)
                                # "rarely claims responsibility for what Moscow says are ...": a deed's object, no words
                                and not (verb.startswith("claim") and head.startswith(("responsibility", "credit")))
                                and not _PARTICIPLE_START.match(head)   # "said, adding that ...": see _participles
                                # "recalled the words of Chancellor X, who stated that ...": X's words, read at X's verb
                                and not _WORDS_OF.match(head)
                                # "acknowledged the attack but claimed ...": an object, then the subject's second verb
                                and not first_words[: finite.start()].endswith((" and ", " but ", " or "))
                                # "underscored the risks, alleging that ...": an object, then the participle's words
                                and not _PARTICIPLE_AFTER_COMMA.search(first_words, 0, finite.start())):
                            clause_match = bare
                            break
            # "Those escalations, Healey said, include ...": an attribution set inside the words.
            # ("The return of the islands – he claims – would ...": between dashes too.)
            inside_mark = _inside_mark(post)
            set_inside = pre_start == 0 and inside_mark is not None and inside_mark in pre.rstrip(" ,")
            if set_inside and text_start is None and clause_match is None:
                clause_match = _BARE_CLAUSE.match(post)   # the rest needs no verb of its own to be the words
                if clause_match is not None and (_PREPOSITION_START.match(clause_match.group("clause"))
                                                 or _CIRCUMSTANCE_PARTICIPLE.match(clause_match.group("clause"))):
                    # "X, Ned Example, states, during a briefing, Example Wire reports": when and where, no words
                    # (nor "..., X said, speaking at the opening of the summit").
                    clause_match = None
            if (text_start is None and clause_match is None and verb in ("confirmed", "confirms")
                    and _CONFIRMED_EVENT.match(post) is not None):
                text_start = vm.start()   # "The General Staff confirmed the strike on the Volgograd refinery": the whole predicate
            if text_start is None and clause_match is None:
                continue
            subject_region = _AUX_TAIL.sub("", pre.rstrip()).rstrip()
            subject = subject_region if after_quote < 0 else subject_region[after_quote:]
            words_before = ""
            whole_frame = False
            shared = (shared_subject is not None and _SHARED_SUBJECT.fullmatch(sentence, shared_subject[0], vm.start())
                      and (_speaks_that(vm, sentence) or text_start is not None
                           # ('confirmed it was "not positive," but stressed Ukraine would not ...': a clause without "that")
                           or (clause_match is not None and _speaks(vm, sentence))))
            if shared:
                pass   # "X said that A, but noted that B": B is X's too
            elif bare_join and joined_at >= pre_start and (contrast := _CONTRAST.match(sentence, joined_at)):
                subject = subject_region[contrast.end() - pre_start :]   # "accused X of Y but Ukraine said ...": after "but"
            elif (shared_subject is not None and joined_at >= pre_start and sentence.startswith(", ", joined_at)
                  and _SUBORDINATE_OPENING.match(sentence)):
                subject = subject_region[joined_at + 2 - pre_start :]   # "While X emphasised that A, he said B": after the comma
            elif named_relative is not None:
                subject_region = pre[: named_relative.end("who")]
                subject = named_relative.group("who")
            elif (pre_start == 0 and "but " in pre and (refused := _REFUSED_THEN.match(pre))
                  # (not when the denial is a participle's: "X reacted, saying he couldn't share details, but believes ...")
                  and not _PARTICIPLE_AFTER_COMMA.search(refused.group("subj"))
                  and (_speaks_that(vm, sentence) or (clause_match is not None and _SAYING_VERB_ONLY.fullmatch(verb)))):
                # "X declined to confirm the report, but said that ...": X's words; the whole sentence
                # up to the verb is their frame ("On Monday, X declined ..., but said").
                subject_region = subject = refused.group("subj")
                whole_frame = True
            elif inside_mark is not None and inside_mark in subject_region and not subject_region.endswith(inside_mark):
                # "Ukraine, Kuleba insisted, has the right ...": an attribution set inside the words.
                # Its subject is what follows the last comma (or dash), not the words before it.
                subject = subject_region[subject_region.rindex(inside_mark) + len(inside_mark) :].strip()
                words_before = subject_region[: subject_region.rindex(inside_mark)]
            speakers = shared_subject[1] if shared and shared_subject is not None else self._ask("speakers", subject, start + pre_start + len(subject_region))
            if not speakers:
                continue
            if text_start is not None:
                clause, clause_start = sentence[text_start:], start + text_start
                if verb in ("confirmed", "confirms") and (aside := _EVENT_CONFIRMED_END.search(clause)) is not None:
                    clause = clause[: aside.start()]   # "confirmed the attack, saying that ...": the participle's words are read as theirs
                elif ", " in clause and (aside := _OCCASION_PARTICIPLE_END.search(clause)) is not None:
                    clause = clause[: aside.start()]
                # ("denied on Friday that ...": when, between the verb and its "that", dates the words.)
                frame = pre + verb + that.group("adv") if (that := _that_clause(post)) is not None and that.group("adv") else pre
            else:
                if clause_match is None:
                    continue   # (cannot happen: checked above; says so to the type checker without an assert)
                clause, clause_start = clause_match.group("clause"), start + vm.end() + clause_match.start("clause")
                frame = pre + verb + (clause_match.groupdict().get("adv") or "")
            # Dates in an earlier clause of the sentence belong to someone else's words.
            if not whole_frame:
                frame = frame[speaking_clause_start(frame[: len(pre)]) :]
            clause_offset = clause_start - start
            if (joined := self._joined_report(sentence, clause_offset, verbs, inside)) is not None:
                # "accused Kyiv of X, and spokesman Y said that Z": X is theirs, Z is Y's (read next).
                clause = sentence[clause_offset:joined].rstrip(" ,")
            if " and " in clause and (more := _SAYS_MORE.search(clause)) is not None:
                clause = clause[: more.start()]   # "... that X and added: "Y"": Y is a quote of its own
            if text_start is None and _participle_before_that(clause) and (adding := _PARTICIPLE_JOIN.search(clause)) is not None and not any(
                    s <= clause_offset + adding.end("mark") < e for s, e in inside):
                # "said that X, adding that Y": Y is more of the speaker's words, a statement of its own
                # (see _participles; a quotation, read as one). (A predicate keeps its whole length.)
                clause = clause[: adding.end("mark") if adding.group("mark") else adding.start()]
            if _word_count(clause) < 3 or (_INDIRECT_QUESTION.match(clause) and verb not in ("asked", "asks")
                                           and not sentence[:clause_offset].rstrip(" ,").endswith("that")
                                           # ("says, if the reports are true, the decision amounts to ...": a condition too)
                                           and not (sentence[:clause_offset].rstrip().endswith(",") and ", " in clause)):
                continue  # "did not say whether ...": a question, not a statement ("warned that if ..." is a condition)
            said = [self._clause_statement(speaker, clause, clause_start, frame, quotes, consumed, joint=len(speakers) > 1)
                    for speaker in speakers]
            if (words_before and set_inside and (opening := opening_end(words_before + ", ")) < len(words_before) and _word_count(words_before) <= 12
                    # (not "Putin's press secretary, X said, earlier Wednesday that ...": the words follow "that")
                    and (clause_match is None or clause_match.re not in (_THAT, _WHOLE_CLAUSE))):
                # The words before the attribution are the start of the statement, joined to the rest
                # as an elision ("Those escalations \u2026 include ..."), its offsets spanning both.
                if (colon := words_before.rfind(": ", opening)) >= 0:
                    opening = colon + 2   # "the implications are stark: the targets, he confirmed, were ...": the writer's, up to the colon
                for f in said:
                    if f.kind == "indirect":
                        f.text = f"{words_before[opening:].strip()} \u2026 {f.text}"
                        f.start = start + opening + (len(words_before[opening:]) - len(words_before[opening:].lstrip()))
            found.extend(said)
            # The clause is the statement; no verbs inside it, up to where another report is joined on.
            search_from = joined if joined is not None else vm.end() + len(post)
            if (joined is not None and clause_match is not None
                    and (second := _AND_THAT_AGAIN.match(sentence, joined)) is not None and not any(s <= joined < e for s, e in inside)):
                found.extend(self._clause_statement(speaker, sentence[second.end() :], start + second.end(), frame, quotes, consumed,
                                                    joint=len(speakers) > 1) for speaker in speakers)
                search_from = len(sentence)   # (its verbs are inside the words: "that she hoped ...")
            shared_subject = (joined, speakers) if joined is not None else None
        return found

    def _joined_report(self, sentence: str, clause_offset: int, verbs: list[re.Match[str]], inside: list[tuple[int, int]]) -> int | None:
        """Where a clause gives way to another report joined on by a conjunction (", and the
        spokesman said that ...", ", before the president said ..."), or None."""
        comma_joined = _JOINED_CLAUSE.search(sentence, clause_offset) is not None
        subordinate = _SUBORDINATE_OPENING.match(sentence) is not None
        if subordinate and (main := _MAIN_CLAUSE_AFTER_COMMA.search(sentence, clause_offset + 10)) is not None and not any(
                s < main.start() < e - 2 for s, e in inside):
            # "While Blinken reiterated that A, French Foreign Minister X struck a different note": the
            # subordinate clause's words end where the main clause, with a subject of its own, begins.
            return main.start() + (2 if main.group("mark") else 0)
        joined_by_as = sentence.find(" as ", clause_offset) >= 0
        if (not comma_joined and not subordinate and not joined_by_as and " and " not in sentence[clause_offset:]
                and _CONTRAST.search(sentence, clause_offset) is None):
            return None   # most clauses join nothing on: one search decides
        for vm in verbs:
            if vm.start() <= clause_offset + 10 or any(s <= vm.start() < e for s, e in inside):
                continue
            window_start = max(clause_offset, vm.start() - 150)
            if subordinate and (comma := sentence.rfind(", ", window_start, vm.start())) > clause_offset:
                # "While X emphasised that A, he said B": the subordinate clause ends where the main
                # clause's subject and verb begin.
                if _SUBJECT_OF_JOINED.fullmatch(sentence, comma + 2, vm.start()) and _speaks(vm, sentence):
                    return comma
                # ("While X confirmed that A, Orban and other leaders, such as Y, have urged B": a subject
                # with its examples set off by commas.)
                if ((aside := _last_match(_EXAMPLES_ASIDE, sentence, window_start, vm.start())) is not None and aside.start() > clause_offset
                        and (_speaks(vm, sentence) or _PREDICATE_VERB.fullmatch(vm.group("verb")))):
                    return aside.start()
            if (bare := _AND_THEN_VERB.search(sentence, window_start, vm.start())) is not None and _speaks(vm, sentence):
                return bare.start()   # "... and stressed that ...", "... and said the site was secured": the same speaker's second report
            if bare is not None and _PREDICATE_VERB.fullmatch(verb := vm.group("verb")) and verb.split()[0].endswith("ed") and (
                    (last := _last_match(_FINITE, sentence, clause_offset, bare.start())) is not None
                    and last.group(0).lower() in _PRESENT_OR_MODAL):
                return bare.start()   # "... that it is unwise to provoke Russia and accused the West of ...": the speaker's predicate
            if (joined_by_as and (as_joined := _last_match(_AS_JOINED, sentence, window_start, vm.start())) is not None
                    and as_joined.start() > clause_offset and _speaks_that(vm, sentence)
                    and _SUBJECT_OF_JOINED.fullmatch(sentence, as_joined.end(), vm.start())):
                # "described the incursion as a provocation as his officials asserted that ...": the
                # officials' report, joined on by "as", is not the first speaker's words.
                return as_joined.start()
            if not comma_joined:
                # "Moscow accused Kyiv of the attack but Ukraine said it ...": a named subject after
                # "but" with words of its own begins another's report, comma or none.
                contrast = _last_match(_CONTRAST, sentence, window_start, vm.start())
                if contrast is None or any(s <= contrast.start() < e for s, e in inside):
                    continue
                subject = sentence[contrast.end() : vm.start()]
                # ("... but Ukrainian officials denied that ...": a denial is another's report too.)
                if ((subject[:1].isupper() or subject.startswith("the ")) and _SUBJECT_OF_JOINED.fullmatch(subject)
                        and not _negated_before(subject) and (_speaks(vm, sentence) or _PREDICATE_VERB.fullmatch(vm.group("verb")))):
                    return contrast.start()
                continue
            joint = _last_match(_JOINED_CLAUSE, sentence, window_start, vm.start())
            if joint is None or any(s <= joint.end() - 1 < e for s, e in inside):
                continue
            subject = sentence[joint.end() : vm.start()]
            # (Not a subject that ends in "and" or holds a verb of saying: in ", and Germany now permit
            # such use and affirmed continued support", Germany is a list's last item in the words, and
            # "affirmed" the speaker's second verb.)
            if (_SUBJECT_OF_JOINED.fullmatch(subject) and not _negated_before(subject) and not subject.endswith(" and ")
                    and not _VERB.search(subject)):
                # (The words end at the comma, or with the quote the comma closes.)
                return joint.end("mark") if joint.group("mark") else joint.start()
            if not subject and _speaks_that(vm, sentence):
                return joint.start()   # ", but noted that ...": the same speaker's second report
        return None

    def _clause_statement(self, speaker: Speaker, clause: str, clause_start: int, frame: str, quotes: list[Quote], consumed: set[int],
                          joint: bool = False) -> _Found:
        while "," in clause and (outlet := _OUTLET_TAIL.search(clause)):
            clause = clause[: outlet.start()].rstrip()   # (each outlet in a chain: ", DW reports, UNN writes.")
        if (" but " in clause or "though " in clause or ", a" in clause) and (remark := _WRITERS_REMARK.search(clause)):
            # (A closing quotation mark after the comma stays: 'does "not support long-range attacks," but refused ...'.)
            clause = clause[: remark.start() + (2 if clause[remark.start() + 1 : remark.start() + 2] in ("\"", "\u201d") else 0)]
        if " while " in clause or " whereas " in clause or " and " in clause:
            # 'emphasized that "Ukraine has the right ...," while Prime Minister Y wished luck ...': the
            # quote is the words; the clause after it compares someone else, or tells what else the
            # speaker did ('... that "Ukraine must win" and pledged support').
            opening = clause_start + len(clause) - len(clause.lstrip())
            for q in _overlapping(quotes, self._quote_starts, opening, opening + 1):
                if q.open_start == opening and not q.open_end and (
                        _CONTRAST_AFTER_QUOTE.match(self.text, q.close_end, clause_start + len(clause))
                        or ((second := _SECOND_PREDICATE_AFTER_QUOTE.match(self.text, q.close_end, clause_start + len(clause)))
                            and _word_count(self.text[q.start : q.end]) >= 4
                            and (second.group("after") or _FINITE.search(self.text, q.start, q.end)))):
                    clause = clause[: q.close_end - clause_start]
        clause_end = clause_start + len(clause.rstrip())
        inner = [(self._quote_index[id(q)], q)
                 for q in _overlapping(quotes, self._quote_starts, clause_start, clause_end) if clause_start <= q.open_start]
        for k, (_, q) in enumerate(inner):
            if q.open_end or q.close_end >= clause_end or (attributed := _OWN_ATTRIBUTION.match(self.text, q.close_end, clause_end)) is None:
                continue
            if "," not in self.text[q.end - 1 : q.close_end] and not attributed.group(0).lstrip().startswith(","):
                continue   # 'that the "war party," he said ...' needs the comma that closes the quote's clause
            before = clause[: q.open_start - clause_start].rstrip()
            # The quote starts a sentence of its own (the text lost the space between them), or stands
            # apart behind a dash or comma with "he said" (or the speaker's name) after it. (Not 'said the
            # port was "a dangerous step," Example Wire reported': words of the clause, and an outlet
            # passing them on.)
            ends_sentence = before.rstrip(_CLOSING_MARKS)[-1:] in ".!?"
            who = attributed.group("who")
            same_speaker = who in ("he", "she", "they") or who.rsplit(None, 1)[-1] == speaker.name.rsplit(None, 1)[-1]
            joined = before[-1:] in _JOINING_PUNCTUATION or before.endswith((" and", " but"))
            if not same_speaker or not (ends_sentence or joined):
                break
            before = _without_joining_end(before)
            if _word_count(before) >= 3:
                # "noted that A \u2013 \u201cB,\u201d he said on Sunday": A is reported, B a quote with its own
                # attribution (read with the quotes, dated by its own frame).
                clause, inner = before, inner[:k]
            break
        for i, _ in inner:
            consumed.add(i)
        return self._words(speaker, clause, clause_start, [q for _, q in inner], frame, joint)

    def _words(self, speaker: Speaker, clause: str, clause_start: int, inner: list[Quote], frame: str, joint: bool = False) -> _Found:
        """A speaker's words at `clause_start`, holding the quotes `inner`: reported, or when they
        are mostly quoted, exactly the quoted words as a direct quote."""
        if inner and sum(_word_count(self.text[q.start : q.end]) for q in inner) >= 0.6 * _word_count(clause):
            words = " \u2026 ".join(self.text[q.start : q.end].strip() for q in inner)
            return _Found(speaker, words, "direct", inner[0].start, inner[-1].end, frame, inner[-1], joint=joint)
        if (inner and (last := inner[-1]).close_end >= clause_start + len(clause.rstrip()) - 1
                and (saying := _SAYING_AT_END.search(self.text[clause_start : last.open_start].rstrip())) is not None
                and not any(verb.group(0) not in _NOT_PASTS for verb in _FINITE.finditer(self.text, clause_start, clause_start + saying.start()))):
            # "emphasized the need for decisive action, stating, "Strong decisions are needed ..."": an
            # object, no words of anyone, then the words themselves, quoted.
            return _Found(speaker, self.text[last.start : last.end].strip(), "direct", last.start, last.end, frame, last, joint=joint)
        # "KYIV (Reuters) - Ukraine has the right ...": a dateline, a list bullet or a newsroom's
        # byline ("Web Desk: ") is nobody's words.
        opening = clause.lstrip()
        if m := (_WIRE_DATELINE.match(opening) or (NEWSROOM_LABEL.match(opening) if ":" in opening[:40] else None)
                 if opening[:1].isalnum() or opening[:1] == "(" else _BULLET_OPENING.match(opening)):
            cut = len(clause) - len(opening) + m.end()
            clause, clause_start = clause[cut:], clause_start + cut
        if (tail := _INTRODUCING_END.search(clause)) is not None:
            clause = clause[: tail.start()]   # '... with Zelenskyy, saying,' and the quote below: not the words
        if (" note" in clause[-40:] or " report" in clause[-40:] or " write" in clause[-40:]) and (
                trailer := _OUTLETS_NOTE_END.search(clause)) is not None and all(
                word.lower() in OUTLET_NAMES for word in re.findall(r"[A-Z][\w.-]*", trailer.group("outlets"))):
            clause = clause[: trailer.start()]   # "..., EFE and Reuters note.": the agencies passing it on, not the words
        if clause.endswith("]") and (footnote := _FOOTNOTE_END.search(clause)) is not None:
            clause = clause[: footnote.start()]   # "... on peace agreements.[2]": the page's note, not the words
        return _Found(speaker, clause.strip(), "indirect", clause_start, clause_start + len(clause.rstrip()), frame, joint=joint)

    # -- attribution of direct quotes ---------------------------------------------

    def _opens_sentence(self, offset: int) -> bool:
        """Whether `offset` is where a sentence of the paragraph being read begins."""
        k = bisect.bisect_right([s for s, _ in self._sentences], offset) - 1
        return k >= 0 and not self.text[self._sentences[k][0] : offset].strip()

    def _attribution(self, para: Paragraph, quotes: list[Quote], qi: int) -> tuple[list[Speaker], str] | str | None:
        """The speakers a quote is attributed to, with the attribution; None when it has none.

        _UNNAMED: the quote's own attribution names someone the article does not identify
        ('"...," the general said'); _UNNAMED_PERSON: "he" or "she" whom it does not identify.
        """
        quote = quotes[qi]
        unnamed: str | None = None
        # After: `"...," Stoltenberg said at a June 1 press conference.` / `"...," says Ihor Prokhorenko of ...`
        after_end = quotes[qi + 1].open_start if qi + 1 < len(quotes) else para.end
        after = self.text[quote.close_end : after_end]
        if not quote.open_end and after[:3].lstrip(" ,")[:1] in "-\u2013\u2014" and (dashed := _DASH_NAME_AFTER_QUOTE.match(after)):
            who = dashed.group("who").rstrip(".")
            speaker = self._ask("speaker", who, quote.close_end + dashed.start("who") + len(who))
            if speaker is not None and speaker.kind == "person":
                return [speaker], after
        if not quote.open_end and "words" in after[:60] and (words_of := _WORDS_OF_AFTER_QUOTE.match(after)) is not None:
            # '"We have prepared a plan ...," Budanov's words in WP.': his words, as a translation puts it.
            speaker = self._ask("speaker", words_of.group("who"), quote.close_end + words_of.end("who"))
            if speaker is not None:
                return [speaker], _up_to_sentence_end(after)
        according = _ACCORDING_AFTER_QUOTE.match(after)
        if according is not None and not quote.open_end:
            speaker = self._ask("speaker", according.group("who"), quote.close_end + according.start("who"))
            if speaker is not None:
                return [speaker], according.group(0)
        if not quote.open_end and " as saying" in after[:160] and (hearsay := _QUOTED_AS_SAYING.match(after)) is not None:
            # '"...," Holm was quoted as saying by Reuters': the words are Holm's.
            who = "named" if hearsay.group("named") is not None else "subj"
            offset = quote.close_end + hearsay.end(who)
            speakers = self._ask("speakers", hearsay.group(who), offset, offset)
            if speakers:
                return speakers, _up_to_sentence_end(after)
        # A closing mark glued to a word ("‘provocation’Moscow claimed"): the next sentence run on, no attribution.
        # (Not a comma, a space and the mark before a verb: 'medical care, \u201dsaid the governor' lost its space.)
        # (Nor after a comma inside the marks: '"... ready to strike,"Austin said' lost its space too.)
        run_on = after[:1].isalpha() and not (self.text[quote.close_end - 3 : quote.close_end - 1] == ", " and _VERB.match(after)) and not (
            self.text[quote.close_end - 2 : quote.close_end - 1] == ",")
        m = None if run_on else _ATTRIBUTION_AFTER.match(after)
        if m is not None and m.group("subj") and _SUBORDINATOR_OPENS.match(m.group("subj")):
            m = None   # '"...." As the advance continued, ...': a new sentence of the writer's, no attribution
        if m is not None and m.group("subj") and self.text[quote.start : quote.end].rstrip()[-1:] == ".":
            # A full stop inside the marks, then a new sentence, not the quote's attribution: another's report with
            # words of its own ('"...." The BBC noted that ...'; '"...." He added that ...' goes on with the
            # speaker), or a subject after a lead-in ('a "terrorist act." In Irkutsk, Governor X confirmed ...').
            subject = m.group("subj")
            if "," in subject or (after[m.end() : m.end() + 6] == " that " and subject.strip().lower() not in ("he", "she", "they")):
                m = None
            elif _PREDICATE_VERB.fullmatch(m.group("verb")) and after[m.end() : m.end() + 1] not in (".", ",", ""):
                m = None   # ('"... where and when it sees fit." Kyiv denied any involvement.': Kyiv's own report)
            elif _CITING_AFTER_VERB.match(after, m.end()):
                m = None   # ('"...." UNN reports this with reference to Polskie Radio.': an outlet passing it on)
        if m is not None and not quote.open_end:
            subject = m.group("subj") or m.group("subj2")
            # '"...," he said' ends a clause inside or right after the quote; a quote in mid-sentence
            # ('hit the "zone" overnight, and Kyiv said') takes only a subject right behind it.
            ends_clause = self.text[quote.start : quote.end].rstrip()[-1:] in ",.!?\u2026\u2014\u2013-" or _CLAUSE_PUNCTUATION_START.match(after)
            # A name's apposition may run long ('"...," Anna Berg, the head of Ukraine's commission on
            # arms and munitions, told X'): then the words before its comma must be few.
            head = subject.split(",", 1)[0] if ends_clause and _APPOSITION_AFTER_NAME.match(subject) else subject
            if m.group("subj") and _passive_before(subject + " ") and m.group("verb").lower() not in _HEARSAY_PASSIVES:
                # '"...," Holm was told', "'This Week,' Blinken was asked": words said to them, not by them.
                if ends_clause:
                    unnamed = _UNNAMED
            elif _word_count(head) <= (12 if ends_clause else 4) and (ends_clause or "," not in subject):
                offset = quote.close_end + (m.start("subj") if m.group("subj") else m.start("subj2"))
                # With an apposition ("Andriy Example, President X's chief of staff, said"), the speaker
                # is noted where the subject ends, after the names inside it: "he" means the speaker.
                end = offset + len(subject.rstrip()) if "," in subject else offset
                speakers = self._ask("speakers", subject, end, offset)
                if speakers:
                    return speakers, _up_to_sentence_end(after)
                if ends_clause:
                    unnamed = _UNNAMED_PERSON if subject.strip().lower() in ("he", "she") else _UNNAMED
        if unnamed is None and not quote.open_end and not run_on and (late := _SAID_AFTER_WORDS.match(after)) is not None:
            # '"..." to strike targets in Russia, said Anna Berg, the ...': the sentence goes on past
            # the quote, and the speaker follows the verb at its end.
            offset = quote.close_end + late.start("subj")
            speakers = self._ask("speakers", late.group("subj"), offset, offset)
            if speakers:
                return speakers, _up_to_sentence_end(after)
        if (unnamed is None and not quote.open_end and not run_on and after[:1] == " "
                and (placed := _SAID_AFTER_PLACE.match(after)) is not None and self._opens_sentence(quote.open_start)):
            # '"Ukrainian forces hit the oil depot in Engels" in the Saratov region, the general staff said':
            # a quote that opens its sentence, where it happened, then its speaker.
            offset = quote.close_end + placed.start("subj")
            speakers = self._ask("speakers", placed.group("subj"), offset + len(placed.group("subj")), offset)
            if speakers:
                return speakers, _up_to_sentence_end(after)
        # Before: `Stoltenberg said: "..."`, `The NATO chief added, "..."`, `", he said, "...`
        sentence_starts = [s for s, _ in self._sentences]
        k = bisect.bisect_right(sentence_starts, quote.open_start) - 1
        sentence_start = sentence_starts[k] if k >= 0 else para.start
        region_start = max(sentence_start, quotes[qi - 1].close_end if qi and quotes[qi - 1].close_end <= quote.open_start else sentence_start)
        before = self.text[region_start : quote.open_start]
        if ("uote " in before or "speech " in before) and (labelled := _QUOTE_LABEL.match(before)) is not None:
            # 'Quote from Zelenskyy: "..."': a label some outlets set before the words.
            speakers = self._ask("speakers", labelled.group("who"), region_start + labelled.end("who"))
            return (speakers, before) if speakers else _UNNAMED
        if before.rstrip().endswith(":") and region_start == para.start and (named := _NAME_LABEL.match(before)) is not None:
            # 'Mayor Example: "..."' opening a paragraph: a person's name as the label of the words.
            speaker = self._ask("speaker", named.group("who"), region_start + named.end("who"))
            if speaker is not None and speaker.kind == "person":
                return [speaker], before
        if " as saying" in before and (named := _QUOTED_NAME_BEFORE.search(before)) is not None:
            speakers = self._ask("speakers", named.group("named"), region_start + named.end("named"), region_start + named.start("named"))
            if speakers:
                return speakers, before
        after_quote = region_start != sentence_start
        if _programme_name_at(self.text, quote.open_start):
            return _UNNAMED   # 'Vance said on "Fox News Sunday."': the name of a programme or paper, no words
        if "received" in before and (answered := _ANSWER_RECEIVED.search(before)) is not None:
            # 'Journalists sent a request to Defense Minister X and received the following answer: "..."': X's.
            speaker = self._ask("speaker", answered.group("who"), region_start + answered.end("who"))
            if speaker is not None:
                return [speaker], before
        if " by saying" in before and (by_saying := _BY_SAYING.search(before)) is not None:
            # '..., now that Trump had responded to the request by saying, "..."': the subject of that verb.
            speaker = self._ask("speaker", by_saying.group("subj"), region_start + by_saying.end("subj"))
            if speaker is not None:
                return [speaker], before
        if not after_quote and ", with " in before and (joined := _WITH_PARTICIPLE_BEFORE_QUOTE.search(before)) is not None:
            # 'Italy has not, with X stating last week that Italian arms "..."': the person after "with".
            speaker = self._ask("speaker", joined.group("who"), region_start + joined.end("who"))
            if speaker is not None:
                return [speaker], before
        if not after_quote and "ing" in before and (participle := _PARTICIPLE_BEFORE_QUOTE.search(before)) is not None:
            # 'X had only hinted at the attack, stating on Thursday that "..."': the sentence's subject
            # says it, when that is a person (a lone word: a surname the article gave), or an
            # institution that issued a statement ("The Foreign Ministry issued a statement on X,
            # emphasizing that "..."").
            offset, lead = _lead_subject(before)
            lone = lead.group(1).split() if lead is not None else []
            if lead is not None and offset + lead.end() < participle.start() and (
                    len(lone) != 1 or lone[0].lower() in ("he", "she") or self.people.by_surname(_POSSESSIVE_OR_STOP.sub("", lone[0])) is not None):
                speaker = self._ask("speaker", lead.group(1), region_start + offset + lead.end(1))
                if speaker is not None and (speaker.kind == "person" or (
                        speaker.kind == "body" and _ISSUED_STATEMENT.match(before, offset + lead.end(1)) is not None)):
                    return [speaker], before
        if before.endswith("who ") and (named := _NAMED_RELATIVE.search(before)) is not None and (
                _SPEECH_VERB_AT_END.search(self.text, quote.start, quote.end) is not None):
            # 'She recalled the words of X, who "very clearly stated" that "..."': the marks hold how X
            # spoke, so the words are X's, not those of the sentence's subject.
            speakers = self._ask("speakers", named.group("who"), region_start + named.end("who"))
            if speakers:
                return speakers, before
        m = _VERB_AT_END.search(before)
        if m is None and before.rstrip().endswith(":"):
            # 'he commented on another massive attack on Kyiv on the night of July 9: "..."': a colon
            # introduces the words, after an object of any length.
            m = _VERB_BEFORE_COLON.search(before) or _TALKED_ABOUT_BEFORE_COLON.search(before)
        if m is not None and " but " in before and (contrast := _last_match(_CONTRAST, before, 0, len(before))) is not None:
            # 'The government denied it but Adviser Example said "..."': the verb at the end, its subject after "but".
            later = _VERB_AT_END.search(before, contrast.end())
            if (later is not None and before[contrast.end() : contrast.end() + 1].isupper()
                    and _SUBJECT_OF_JOINED.fullmatch(before, contrast.end(), later.start("verb"))):
                region_start, before = region_start + contrast.end(), before[contrast.end() :]
                m = _VERB_AT_END.search(before)
        if m is not None and m.group("verb") in _VERBS_OF_DOING and m.group("adv").startswith(" to "):
            m = None   # 'Ukraine had continued to make rapid advances in Kursk "following ...': no one's words
        if m is not None and " that " in f" {m.group('adv')} " and unnamed is None:
            # 'The ministry in Example said that "..."': the words of that subject, which the reported
            # speech reads; when it names nobody the article identifies, they are nobody's, never
            # those of whoever spoke before. After an earlier quote ('X said that "...", but claimed
            # that "..."'), the subject is that of the sentence's first verb.
            verb_at = region_start + m.start("verb")
            subject_start = sentence_start
            between = self.text[region_start:verb_at]
            if after_quote and parse_subject(_AUX_TAIL.sub("", between.rstrip()).strip(" ,;:")) is not None:
                subject_start = region_start + len(between) - len(between.lstrip(" ,;:"))
            elif after_quote:
                # (Unless the words between the quotes name a subject of their own: '"A." She added that "B"'.)
                first = _VERB.search(self.text, sentence_start, verb_at)
                verb_at = first.start() if first is not None else verb_at
            subject_region = _AUX_TAIL.sub("", self.text[subject_start:verb_at].rstrip()).rstrip()
            if subject_region and not self._ask("speakers", subject_region, subject_start + len(subject_region)):
                return _UNNAMED
        elif m is not None:
            subject_region = _AUX_TAIL.sub("", before[: m.start("verb")].rstrip()).rstrip()
            speakers = self._ask("speakers", subject_region, region_start + len(subject_region))
            if not speakers and (said := _SAID_AND.match(subject_region)) is not None:
                # 'Lind said that the port was ready and added: "..."': the first verb's subject.
                speakers = self._ask("speakers", said.group("subj"), region_start + said.end("subj"))
            if not speakers and " but" in subject_region[-12:] and (refused := _REFUSED_THEN.match(subject_region + " ")) is not None:
                # 'X did not directly acknowledge the attack but said: "..."': the subject of what X would not say.
                speakers = self._ask("speakers", refused.group("subj"), region_start + refused.end("subj"))
            if not speakers and " which " in subject_region and (replied := _TO_WHICH.search(subject_region)) is not None:
                # 'He was asked whether ..., to which he said: "..."': the subject after "to which".
                speakers = self._ask("speakers", replied.group("subj"), region_start + replied.end("subj"))
            if not speakers and subject_region.endswith("who") and (named := _NAMED_RELATIVE.search(subject_region + " ")) is not None:
                # 'It was a similar message from the head of the office Andriy Example, who told me: "..."'
                speakers = self._ask("speakers", named.group("who"), region_start + named.end("who"))
            if not speakers and (last := _last_match(_VERB, before, m.end("verb"), len(before))) is not None and (
                    _VERB_AT_END.match(before, last.start() - 1) is not None):
                # 'When asked about it, Kirby responded, "..."': the subject of the last verb.
                subject_region = _AUX_TAIL.sub("", before[: last.start("verb")].rstrip()).rstrip()
                speakers = self._ask("speakers", subject_region, region_start + len(subject_region))
            if speakers:
                return speakers, before
            subject = parse_subject(subject_region)
            if subject is not None and unnamed is None:
                # 'The Kremlin spokesman added: "..."' with no spokesman named: someone the article
                # does not identify, not whoever spoke in the paragraph before.
                unnamed = _UNNAMED_PERSON if subject.form == "pronoun" else _UNNAMED
        elif unnamed is None and (lead := _SUBJECT_VERB_COLON.search(before)) is not None:
            # 'ABC reviewed: "..."': a verb this reader does not know, after a subject that is no
            # pronoun, introduces someone else's words, never the last speaker's.
            if lead.group("subj").split(None, 1)[0].lower() not in _ANAPHORIC_OPENERS:
                unnamed = _UNNAMED
        return unnamed

    # -- statements ------------------------------------------------------------------

    def _date(self, frame: str) -> tuple[FuzzyDate | None, str | None]:
        if self.published is None and self.published_month is not None:
            words = _date_words(frame)
            return resolve_in_month(words, self.published_month) if words is not None else (None, None)
        value, phrase = _frame_date(frame, self.published)
        if self.wire_day is not None and phrase is not None and relative_day(phrase):
            # "said early Wednesday" under "MOSCOW, August 30 (Sputnik) -" on a page dated the 29th:
            # the story's Wednesday is the dateline's day, not the one six days before the page's.
            value, phrase = resolve_statement_date(phrase, self.wire_day)
        return value, phrase

    def _trim_direct(self, found: _Found) -> None:
        """The comma before a closing quote belongs to the attribution ('"...," he said'), not the words."""
        if found.kind != "direct":
            return
        trimmed = found.text.rstrip().rstrip(",;:\u2014\u2013 ").rstrip()
        if trimmed:
            found.text = trimmed
            found.end = found.start + len(self.text[found.start : found.end].rstrip().rstrip(",;:\u2014\u2013 ").rstrip())

    def _statement(self, found: _Found, para: Paragraph) -> Statement:
        date, phrase = self._date(found.frame)
        self._trim_direct(found)
        return Statement(
            speaker=found.speaker.name, text=found.text, kind=found.kind, start=found.start, end=found.end,
            paragraph_start=para.start, paragraph_end=para.end, speaker_type=found.speaker.kind,
            date=date, date_phrase=phrase,
            # (Who speaks belongs to the context: a person's role, a body's name when the frame only
            # says "the ministry said".)
            topic_context=found.frame + (f" [{found.speaker.role}]" if found.speaker.role else "")
            + (f" [{found.speaker.name}]" if found.speaker.kind == "body" and found.speaker.name not in found.frame else ""),
        )


# An attribution that is nothing but the verb ("he said", "Zelenskyy added:"): no new occasion.
_BARE_ATTRIBUTION = re.compile(
    r"^[\s,;:\u2014\u2013-]*(?:[\w.'\u2019-]+\s+){0,4}?(?:said|says|added|adds|continued|went\s+on|stressed|noted|insisted)"
    r"(?:\s+(?:he|she|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}))?"
    # (Or it introduces the quote: 'He stressed however that "we should not ..."'.)
    r"(?:\s*,?\s+(?:however|also|further|then)\b,?)?(?:\s+that)?"
    # (A participle may close it: '"...," he added, asking residents to "remain alert".')
    r"(?:,\s+(?:asking|urging|calling|adding|noting|stressing|warning)\b[^.;:]{0,120})?[\s,.;:\u2014\u2013-]*$")


# ... and, in the same paragraph, "He said, however, that ..." ("She also said" may be another occasion).
_SAID_AGAIN_ATTRIBUTION = re.compile(
    r"^[\s,;:\u2014\u2013-]*(?:[Hh]e|[Ss]he|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s+(?:said|says)"
    r"[\s,]+(?:however|further|then)[\s,]*(?:that\s*)?$")
# Reported words that go on from the last: "He added that ...", "Berg continued:".
_ADDED_ATTRIBUTION = re.compile(
    r"^[\s,;:\u2014\u2013-]*(?:he|she|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s+(?:also\s+)?(?:added|continued|went\s+on)"
    r"[\s,.;:\u2014\u2013-]*(?:(?:however|also|further|then)\s*,?\s*)?(?:that\s*)?$", re.IGNORECASE)


# A transcript's label on a line of its own, of someone it does not name: "The presenter:", "Host:".
_UNNAMED_LABEL_LINE = re.compile(r"(?:[Tt]he\s+)?[A-Za-z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,3}\s*:")
# Whose job is to ask: in a transcript, their turns are questions and set-up, however they end.
_INTERVIEWER_ROLE = re.compile(r"\b(?:journalist|presenter|host|anchor|interviewer|correspondent|reporter|moderator|broadcaster)s?\b", re.IGNORECASE)


def _without_interviewer(statements: list[Statement], turns: list[Statement], askers: set[str]) -> list[Statement]:
    """A labelled transcript's statements without the turns of those who asked, when someone else
    only answered ("Geoff Example: ... What are your expectations?" / "Radoslaw Example: ..."): the
    interviewer's set-up is no one's statement. (When everyone asks, as in a debate, all stay.)"""
    if not any(turn.speaker not in askers for turn in turns):
        return statements
    dropped = {id(turn) for turn in turns if turn.speaker in askers}
    return [s for s in statements if id(s) not in dropped]


def _same_occasion_date(statement: Statement, frame: str, before: Statement, same_paragraph: bool) -> None:
    """'On Friday, Zelenskyy urged ... "We need ...," he said': a quote right after a dated
    statement of the same speaker, in the same paragraph or the next, with a bare attribution,
    was said that day too ('X said on Tuesday. / "We think ...," said X.'); so were reported
    words he "added" there. (Further on, or reported with a verb of its own, the text no
    longer says so.)"""
    if before.speaker == statement.speaker and before.date_phrase is not None and (
            _BARE_ATTRIBUTION.match(frame) if statement.kind == "direct"
            # (In the same paragraph, "He said, however, that ..." goes on too.)
            else _ADDED_ATTRIBUTION.match(frame) or (same_paragraph and _SAID_AGAIN_ATTRIBUTION.match(frame))):
        statement.date, statement.date_phrase = before.date, before.date_phrase


def _frame_date(frame: str, published: dt.date | None) -> tuple[FuzzyDate | None, str | None]:
    words = _date_words(frame)
    if words is not None:
        value, phrase = resolve_statement_date(words, published)
        if value is not None:
            return value, phrase
    return (FuzzyDate(published) if published else None), None


_DATE_LABEL_START = re.compile(r"^\W*(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\s+", re.IGNORECASE)


@remember_texts(16384)  # attributions recur ("he said", "the ministry said on Friday"); they rarely give a date
def _date_words(frame: str) -> str | None:
    """The words of an attribution that may date the statement, or None when none can."""
    # "After the May 30 attack, Peskov said": that date is the event's, not the words'.
    words = _EVENT_PHRASE.sub(" ", frame)
    if words[:12].lstrip().lower().startswith(("date", "published", "posted", "updated")):
        # (A page's date label glued before the first sentence, "date 2023-08-31 Ukraine said
        # Wednesday": the page's date, never the words'.)
        words = _DATE_LABEL_START.sub(" ", words, count=1)
    if "," in words:
        # "Anna Example, who visited Kyiv on Friday, said": that Friday is the visit's.
        words = _RELATIVE_ASIDE.sub(" ", words)
    return words if may_give_a_date(words) else None


def _without_repeats(statements: list[Statement]) -> list[Statement]:
    """Each statement once: a page that prints the same words of the same speaker again (a pull
    quote, a "What you need to know" box) has said them once, on that day. The first stays."""
    seen: set[tuple[str, str, str, object]] = set()
    kept = []
    for statement in statements:
        # (A headline that repeats the first sentence without its full stop repeats it too.)
        key = (statement.speaker, statement.kind, statement.text.rstrip(" .!?,;:"), statement.date)
        if key not in seen:
            seen.add(key)
            kept.append(statement)
    if any(_may_be_cut_short(s.text) for s in kept):
        # "According to GUR, Russia must be convinced of Putin's inability to protect the c...": a
        # page's teaser, cut short, of words the article then gives whole. (Or the lead repeated
        # where the saved page ends: "... amid reports that the West had authorized")
        texts = sorted({(s.speaker, s.text) for s in kept})   # (each teaser is looked up, not compared with all)
        kept = [s for s in kept if not _cut_short_of_another(s, texts)]
    return kept


def _may_be_cut_short(text: str) -> bool:
    """Words that end in an ellipsis, or long words that end mid-sentence (without a mark)."""
    return text.endswith(("...", "\u2026")) or (len(text) >= 60 and text[-1:].isalnum())


def _cut_short_of_another(statement: Statement, texts: list[tuple[str, str]]) -> bool:
    """Whether the statement's words end in an ellipsis (or mid-sentence) and open longer words of
    the same speaker (`texts`: the speakers and words of all statements, each pair once, sorted)."""
    if not _may_be_cut_short(statement.text):
        return False
    opening = statement.text.rstrip(".\u2026 ")
    if len(opening) < 20:
        return False
    ellipsis = statement.text.endswith(("...", "\u2026"))
    i = bisect.bisect_left(texts, (statement.speaker, opening))
    while i < len(texts) and texts[i][0] == statement.speaker and texts[i][1].startswith(opening):
        # (Without an ellipsis the other must say more than a closing mark: a quote that repeats a
        # reported sentence word for word is a statement of its own.)
        if texts[i][1] != statement.text and (ellipsis or texts[i][1].rstrip(_CLOSING_PUNCTUATION) != opening):
            return True
        i += 1
    return False


# The marks that may close words after their last word.
_CLOSING_PUNCTUATION = " .!?,;:\"'\u201d\u2019\u00bb"


_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A ministry's common acronym and the word its full name holds ("MoD": the Ministry of Defence).
_MINISTRY_ACRONYMS = {"mod": re.compile(r"defen[cs]e", re.IGNORECASE), "mfa": re.compile(r"foreign", re.IGNORECASE)}


def _acronyms_spelled_out(statements: list[Statement], text: str) -> list[Statement]:
    """"The Institute for the Study of War (ISW) said ..." and later "ISW assessed ...": one speaker,
    by the name the article spelled out (only a body that also speaks under that full name)."""
    bodies = {s.speaker for s in statements if s.speaker_type == "body"}
    for statement in statements:
        acronym = statement.speaker
        if not _ACRONYM.fullmatch(acronym):
            continue   # (an acronym, whatever kind of speaker it was read as: no person's name is one)
        full = [name for name in bodies if name != acronym and f"{name} ({acronym})" in text]
        if len(full) == 1:
            statement.speaker, statement.speaker_type = full[0], "body"
    # "the MoD concluded" after "the Russian Ministry of Defense said": the one such ministry that
    # spoke, by the name it spoke under first (not when two countries' ministries spoke).
    ministries: dict[str, str | None] = {}   # per acronym, the name it stands for (None: no one such ministry)
    for statement in statements:
        acronym = statement.speaker.lower()
        if statement.speaker_type != "body" or (kind := _MINISTRY_ACRONYMS.get(acronym)) is None:
            continue
        if acronym not in ministries:
            named = [s.speaker for s in statements if s.speaker_type == "body" and "ministry" in s.speaker.lower() and kind.search(s.speaker)]
            owners = {w for name in named for w in re.findall(r"[A-Z][\w'\u2019-]*", name) if not kind.fullmatch(w) and w not in ("Ministry", "The")}
            ministries[acronym] = named[0] if named and len(owners) <= 1 else None
        statement.speaker = ministries[acronym] or statement.speaker
    return statements


def extract_statements(text: str, paragraphs: list[Paragraph], published: dt.date | None,
                       published_month: dt.date | None = None, wire_day: dt.date | None = None) -> list[Statement]:
    """Statements of the `body` paragraphs, in text order, with speakers and dates.

    `published_month` (the last day of a month) places dates without a year ("on May 28") in an
    article whose page gives only the month it appeared; `wire_day` (see dates.wire_day) is the
    day a wire dateline gives, which "on Wednesday" counts from.
    """
    return _ArticleExtractor(text, paragraphs, published, published_month, wire_day).run()
