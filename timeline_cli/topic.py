"""Is a statement on the topic, and why: topic profiles kept as data (TOML).

A profile names groups of terms (regular expressions) and combines them in rules
written with `and`, `or`, `not` and parentheses. The built-in profile follows
Ukraine striking Russian territory; users add their own for other questions.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline_cli.errors import TimelineError
from timeline_cli.memo import remember_texts
from timeline_cli.patterns import word_alternation

DEFAULT_PROFILE = "ukraine-strikes-in-russia"
ARTICLE = "article"   # the pseudo-group: the article's lead is on the topic

Predicate = Callable[[Container[str]], bool]


class ProfileError(TimelineError):
    pass


def _compile_rule(source: str, known: set[str], where: str) -> tuple[Predicate, set[str], set[str]]:
    """Parse `a and (b or not c)` into a predicate over the set of matched group names; with the
    names the rule uses, and those it uses outside any `not` (a, b: the ones that count for a verdict)."""
    tokens = re.findall(r"\(|\)|[A-Za-z_][\w-]*|\S", source)
    position = 0
    used: set[str] = set()
    counting: set[str] = set()
    negations = 0   # how many `not`s the operand being read stands under

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str:
        nonlocal position
        token = peek()
        if token is None:
            raise ProfileError(f"topic rule {where!r} ends too early: {source.strip()!r}")
        position += 1
        return token

    def parse_chain(operator: str, parse_operand: Callable[[], Predicate],
                    combine: Callable[[Predicate, Predicate], Predicate]) -> Predicate:
        left = parse_operand()
        while peek() == operator:
            take()
            left = combine(left, parse_operand())
        return left

    def parse_or() -> Predicate:
        return parse_chain("or", parse_and, lambda a, b: lambda s: a(s) or b(s))

    def parse_and() -> Predicate:
        return parse_chain("and", parse_not, lambda a, b: lambda s: a(s) and b(s))

    def parse_not() -> Predicate:
        nonlocal negations
        if peek() == "not":
            take()
            negations += 1
            inner = parse_not()
            negations -= 1
            return lambda s: not inner(s)
        token = take()
        if token == "(":
            inner = parse_or()
            if take() != ")":
                raise ProfileError(f"topic rule {where!r}: missing ')' in {source.strip()!r}")
            return inner
        if token not in known:
            raise ProfileError(f"topic rule {where!r} names an unknown group {token!r} (groups: {', '.join(sorted(known))})")
        used.add(token)
        if not negations:
            counting.add(token)
        return lambda s: token in s

    predicate = parse_or()
    if peek() is not None:
        raise ProfileError(f"topic rule {where!r}: unexpected {peek()!r} in {source.strip()!r}")
    return predicate, used, counting


_PLAIN_ALTERNATIVES = re.compile(r"^\?:((?:[a-z' -]{3,}\|)*[a-z' -]{3,})$")


def required_literals(term: str) -> tuple[str, ...] | None:
    """Lower-case substrings one of which every match of `term` contains, or None when unknown.

    Used only to skip a regular expression that cannot match. It reads the term's top
    level: a run of plain characters, or a group of plain alternatives ("(?:moscow|kursk)"),
    that is not optional. A term it cannot analyse gets None and is always run.
    """
    depth, group_start = 0, 0
    outside: list[str] = []
    alternatives: list[tuple[str, ...]] = []
    i = 0
    while i < len(term):
        ch = term[i]
        if ch == "\\" and depth == 0:
            outside.append("\x00")
            i += 2
            continue
        if ch == "(":
            if depth == 0:
                group_start = i
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                optional = i + 1 < len(term) and term[i + 1] in "?*{"
                plain = _PLAIN_ALTERNATIVES.match(term[group_start + 1 : i])
                if plain and not optional:
                    alternatives.append(tuple(plain.group(1).split("|")))
                outside.append("\x00")
        elif ch == "[" and depth == 0:
            close = term.find("]", i + 1)
            if close < 0:
                return None
            outside.append("\x00")
            i = close + 1
            if i < len(term) and term[i] in "?*{":
                i += 1
            continue
        elif depth == 0:
            outside.append(ch)
        i += 1
    flat = "".join(outside)
    if "|" in flat:
        return None
    runs, current = [], ""
    for k, ch in enumerate(flat):
        optional = k + 1 < len(flat) and flat[k + 1] in "?*{"
        if optional or not (ch.isalnum() or ch in " -'"):
            runs.append(current)
            current = ""
        else:
            current += ch.lower()
    runs.append(current)
    best = max(runs, key=lambda r: len(r.strip()))
    if len(best.strip()) >= 3:
        return (best,)
    if alternatives:
        return max(alternatives, key=lambda alts: min(len(a) for a in alts))
    return None


@dataclass(frozen=True)
class Decision:
    on_topic: bool
    terms: tuple[str, ...]   # the words that matched, as "group: words"


class Profile:
    def __init__(self, name: str, groups: dict[str, list[str]], on_topic: str, veto: str = "", article: str = "",
                 short_statement_words: int = 10, lead_paragraphs: int = 3, description: str = "",
                 own_words_groups: Sequence[str] = (), speaker_groups: Sequence[str] = ()) -> None:
        self.name = name
        for setting, named in (("own_words_groups", own_words_groups), ("speaker_groups", speaker_groups)):
            if unknown := set(named) - set(groups):
                raise ProfileError(f"{setting} names unknown groups: {', '.join(sorted(unknown))}")
        # Groups matched in the attribution only (who speaks), never in the words or their paragraph.
        self.speaker_groups = frozenset(speaker_groups)
        self.own_words_groups = frozenset(own_words_groups) | self.speaker_groups
        # The same quote reaches an archive through many outlets (wire copy, reprints), and
        # attributions repeat ("he said"): judging a text is pure, so remember recent ones.
        self._groups = remember_texts(16384)(self._scan_groups)
        self.description = description
        self.short_statement_words = short_statement_words
        # Matches a text of at least that many words (each run of word characters is one, an
        # apostrophe inside a word joining its parts: "Kyiv's" is one word): one match from the
        # start, stopping at the last word it needs.
        self._long_statement = re.compile(r"\W*+(?:\w++(?:['\u2019]\w++)*+\W*+){%d}" % max(0, short_statement_words))
        self.lead_paragraphs = lead_paragraphs
        self.patterns: dict[str, re.Pattern[str]] = {}
        # Per group, the words one of which every match needs (None: unknown), as one
        # prefix-tree pattern: one search decides that the group's terms can be skipped.
        self._literal_patterns: dict[str, re.Pattern[str] | None] = {}
        literal_groups: dict[str, set[str]] = {}
        for group, terms in groups.items():
            if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms) or not terms:
                raise ProfileError(f"topic group {group!r} must be a non-empty list of strings")
            literals = [required_literals(t) for t in terms]
            if None in literals:
                self._literal_patterns[group] = None
            else:
                flat = [x for alts in literals for x in alts]  # type: ignore[union-attr]
                self._literal_patterns[group] = re.compile(word_alternation(flat))
                for literal in flat:
                    literal_groups.setdefault(literal, set()).add(group)
            try:
                self.patterns[group] = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{t})" for t in terms) + ")", re.IGNORECASE)
            except re.error as err:
                raise ProfileError(f"topic group {group!r} has a bad pattern: {err}") from None
        # All groups' literals in one pass, for scanning every group of a text: at each position
        # the prefix tree finds the longest literal starting there, and the literals starting
        # there are exactly its prefixes, so each literal stands for the groups of its prefixes.
        self._unfiltered_groups = [g for g, p in self._literal_patterns.items() if p is None]
        self._groups_of_literal = {literal: frozenset(g for other, gs in literal_groups.items() if literal.startswith(other) for g in gs)
                                   for literal in literal_groups}
        self._any_literal = re.compile(f"(?=({word_alternation(list(literal_groups))}))") if literal_groups else None
        known = set(self.patterns) | {ARTICLE}
        # (The groups that count for a verdict, not those that only rule one out, "not elsewhere", nor
        # the veto's: the terms a statement on the topic is shown with.)
        self.on_topic, used, counting = _compile_rule(on_topic, known, "on_topic")
        self._reasons = frozenset(counting)
        self.veto = _compile_rule(veto, known, "veto")[0] if veto.strip() else (lambda s: False)
        self.article = _compile_rule(article, set(self.patterns), "article")[0] if article.strip() else (lambda s: False)
        self.uses_article = ARTICLE in used
        # The rules' answer for each set of groups seen: a statement matches few of the
        # groups, so the sets that occur are few and the rules run once for each.
        self._verdicts: dict[frozenset[str], bool] = {}

    @classmethod
    def from_toml(cls, text: str, fallback_name: str = "custom") -> Profile:
        import tomllib  # here, not at the top: only profiles need it, and every command imports this module

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise ProfileError(f"topic profile is not valid TOML: {err}") from None
        rules = data.get("rules", {})
        if "on_topic" not in rules:
            raise ProfileError("topic profile needs [rules] on_topic = \"...\"")
        groups = data.get("groups")
        if not isinstance(groups, dict) or not groups:
            raise ProfileError("topic profile needs a [groups] table of term lists")
        context = data.get("context", {})
        return cls(str(data.get("name", fallback_name)), groups, rules["on_topic"], rules.get("veto", ""),
                   rules.get("article", ""), int(context.get("short_statement_words", 10)),
                   int(context.get("lead_paragraphs", 3)), str(data.get("description", "")),
                   list(context.get("own_words_groups", [])), list(context.get("speaker_groups", [])))

    @classmethod
    def from_file(cls, path: Path) -> Profile:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise ProfileError(f"cannot read topic profile {path}: {err.strerror}") from None
        return cls.from_toml(text, path.stem)

    def _scan_groups(self, text: str) -> dict[str, tuple[str, ...]]:
        """The groups whose terms occur in `text`, each with the words that matched. Do not mutate."""
        found: dict[str, tuple[str, ...]] = {}
        if _DOUBLE_QUOTES_FOUND.search(text):
            # Quotation marks inside the words are no break in a phrase: war has "returned to its home".
            text = text.translate(_DROP_DOUBLE_QUOTES)
        possible = set(self._unfiltered_groups)
        if self._any_literal is not None:
            for literal in set(self._any_literal.findall(text.lower())):
                possible |= self._groups_of_literal[literal]
        for group, pattern in self.patterns.items():
            if group not in possible:
                continue
            hits = tuple(m.group(0).strip() for m in pattern.finditer(text))
            if hits:
                found[group] = hits
        return found

    def _frame_groups(self, frame: str) -> dict[str, tuple[str, ...]]:
        """Groups in an attribution with the speaker's role after it ("Peskov said [Kremlin spokesman]").

        The two parts are scanned apart (no term spans the " [" seam) because each recurs on its
        own while their pairs rarely do; the result is the same as scanning the whole.
        """
        attribution, seam, role = frame.rpartition(" [")
        if not seam or not role.endswith("]"):
            return self._groups(frame)
        first, second = self._groups(attribution), self._groups(seam + role)
        if not second:
            return first
        if not first:
            return second
        return {group: first.get(group, ()) + second.get(group, ()) for group in self.patterns if group in first or group in second}

    def lead_on_topic(self, lead: str) -> bool:
        # A lead is read once (no article repeats another's), and the rule stops at its first
        # answer: scan each group only when the rule asks for it.
        return self.article(_GroupsOnDemand(self, lead))

    def _occurs(self, group: str, text: str, lowered: str) -> bool:
        return not self._cannot_occur(group, lowered) and self.patterns[group].search(text) is not None

    def _cannot_occur(self, group: str, lowered: str) -> bool:
        """None of the words every match of the group needs is in the (lower-cased) text."""
        literals = self._literal_patterns[group]
        return literals is not None and literals.search(lowered) is None

    def decide(self, statement: str, frame: str, paragraph: str, lead_on_topic: bool,
               paragraph_groups: dict[str, tuple[str, ...]] | None = None) -> Decision:
        """Judge one statement by its words and attribution; a short one with its paragraph too
        (`paragraph_groups`: the paragraph's groups when the caller has them already)."""
        # The words and their attribution are judged apart: text glued across the seam is no phrase.
        groups: dict[str, tuple[str, ...]] = dict(self._groups(statement))
        for group in self.speaker_groups & groups.keys():
            del groups[group]   # (who speaks, told by the attribution alone: "Russia" in the words is no Russian speaking)
        for group, hits in self._frame_groups(frame).items():
            groups[group] = groups.get(group, ()) + hits
        if not self._long_statement.match(statement):
            # A short quote is judged with its paragraph; groups about who speaks stay with the own words.
            for group, hits in (paragraph_groups if paragraph_groups is not None else self._groups(paragraph)).items():
                if group not in self.own_words_groups:
                    groups[group] = groups.get(group, ()) + hits
        names = set(groups)
        if lead_on_topic:
            names.add(ARTICLE)
        present = frozenset(names)
        verdict = self._verdicts.get(present)
        if verdict is None:
            verdict = self._verdicts[present] = self.on_topic(present) and not self.veto(present)
        if not verdict:
            return Decision(False, ())
        terms = []
        for group, hits in groups.items():
            if group not in self._reasons:
                continue   # (words that only rule statements out explain no verdict for one)
            spellings: dict[str, str] = {}
            for hit in hits:
                spellings.setdefault(hit.lower(), hit)   # each word once, as it was first written
            terms.append(f"{group}: {', '.join(spellings.values())}")
        if lead_on_topic and self.uses_article:
            terms.append(f"{ARTICLE}: lead on topic")
        return Decision(True, tuple(terms))

    def assess(self, article, paragraphs: Sequence) -> bool:  # (Article, list[Paragraph])
        """Set on_topic and topic_terms on every statement of an extracted article; True if its lead is on topic."""
        lead = article_lead(article.title, paragraphs, self.lead_paragraphs)
        lead_ok = self.lead_on_topic(lead)
        # A paragraph of many short quotes is scanned once, not once per quote (too long to be
        # remembered by _groups, it would cost its length for each of them).
        scanned: dict[tuple[int, int], dict[str, tuple[str, ...]]] = {}
        for statement in article.statements:
            span = (statement.paragraph_start, statement.paragraph_end)
            paragraph = article.text[span[0] : span[1]]
            if span not in scanned and not self._long_statement.match(statement.text):
                scanned[span] = self._groups(paragraph)
            decision = self.decide(statement.text, statement.topic_context, paragraph, lead_ok, scanned.get(span))
            statement.on_topic = decision.on_topic
            statement.topic_terms = list(decision.terms)
        def judge_joined(parts: list) -> Decision:   # (list[Statement])
            first = parts[0]
            paragraph = article.text[first.paragraph_start : first.paragraph_end]
            return self.decide(" ".join(part.text for part in parts), first.topic_context, paragraph, lead_ok,
                               scanned.get((first.paragraph_start, first.paragraph_end)))
        _share_within_split_quotes(article.statements, article.text, judge_joined)
        _share_with_words_referring_back(article.statements, article.text)
        return lead_ok


_DOUBLE_QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb"
_QUOTE_MARKS = _DOUBLE_QUOTE_MARKS + "\u2018\u2019"
_QUOTE_MARK = frozenset(_QUOTE_MARKS)   # one mark alone (a str would also hold "")


_DOUBLE_QUOTES_FOUND = re.compile(f"[{_DOUBLE_QUOTE_MARKS}]")
_DROP_DOUBLE_QUOTES = str.maketrans("", "", _DOUBLE_QUOTE_MARKS)


def _continues_alone(previous, statement, text: str) -> bool:   # (Statement, Statement, str)
    """Whether `statement` is a paragraph that is nothing but a quote, right after `previous`'s
    paragraph: '"A," she said.' then '"B."', the rest of her words."""
    return (not text[previous.paragraph_end : statement.paragraph_start].strip()
            and text[statement.paragraph_start : statement.start].strip() in _QUOTE_MARK
            and not text[statement.end : statement.paragraph_end].strip(_QUOTE_MARKS + " .,!?\u2026"))


def _share_within_split_quotes(statements: Sequence, text: str,
                               judge_joined: Callable[[list], Decision]) -> None:   # (list[Statement])
    """A quote split by its attribution ('"A," she said. "B."', or "B." as the next paragraph) is
    one statement of one speaker, as the annotation guideline joins it: on the topic if any part
    is, or if the parts read together are ("our sanctions reached two refineries in Russia" then
    "Each strike means ..."), with its terms. (Quotes of one speaker in a row: in one paragraph,
    or a paragraph of the quote alone right after.)"""
    def one_statement(parts: list) -> None:
        on = next((part for part in parts if part.on_topic), None)
        if on is not None:
            terms = tuple(on.topic_terms)
        elif len(parts) > 1 and (joined := judge_joined(parts)).on_topic:
            terms = joined.terms
        else:
            return
        for part in parts:
            if not part.on_topic:
                part.on_topic, part.topic_terms = True, list(terms)

    run: list = []
    for statement in statements:
        last = run[-1] if run else None
        if last is not None and statement.kind == "direct" and statement.speaker == last.speaker and (   # (a run holds direct quotes only)
                statement.paragraph_start == last.paragraph_start or _continues_alone(last, statement, text)):
            run.append(statement)
            continue
        one_statement(run)
        run = [statement] if statement.kind == "direct" else []
    one_statement(run)


# Words that name again what the speaker just spoke of: "If such a decision is made, ...",
# "This step would change the nature of the conflict".
_REFERRING_BACK = re.compile(r"^\W*(?:[\w'\u2019-]+\s+){0,4}?(?:such|this|that|these|those)\s+(?:an?\s+)?"
                             r"(?:decisions?|steps?|moves?|actions?|permission|scenario|option|possibility|strikes?|attacks?)\b",
                             re.IGNORECASE)


def _share_with_words_referring_back(statements: Sequence, text: str) -> None:   # (list[Statement])
    """A statement whose words open by naming again what its speaker said just before ('Putin
    warned that if the West allows Ukraine to use long-range missiles against Russia, it would
    mean war.' then '"If such a decision is made, ..."') is about the same thing: on the topic
    when that was. (The same speaker, the same paragraph or the next.)"""
    for previous, statement in zip(statements, statements[1:]):
        if (statement.on_topic or not previous.on_topic or statement.speaker != previous.speaker
                or _REFERRING_BACK.match(statement.text) is None):
            continue
        if statement.paragraph_start == previous.paragraph_start or not text[previous.paragraph_end : statement.paragraph_start].strip():
            statement.on_topic, statement.topic_terms = True, [*previous.topic_terms, "refers back: " + statement.text[:40]]


class _GroupsOnDemand:
    """The groups a text matches, as a rule sees them (`group in groups`), each found on first use."""

    def __init__(self, profile: Profile, text: str) -> None:
        self._profile = profile
        self._text = text
        self._lowered = text.lower()
        self._known: dict[str, bool] = {}

    def __contains__(self, group: object) -> bool:
        if not isinstance(group, str) or group not in self._profile.patterns:
            return False
        if group not in self._known:
            self._known[group] = self._profile._occurs(group, self._text, self._lowered)
        return self._known[group]


def article_lead(title: str | None, paragraphs: Sequence, count: int) -> str:
    body = [p.text for p in paragraphs if p.label == "body"][:count]
    return " ".join([title or "", *body])


@lru_cache(maxsize=1)
def default_profile() -> Profile:
    from importlib import resources  # only here: importing it costs every command's start-up
    text = resources.files("timeline_cli").joinpath("topics", f"{DEFAULT_PROFILE}.toml").read_text(encoding="utf-8")
    return Profile.from_toml(text, DEFAULT_PROFILE)
