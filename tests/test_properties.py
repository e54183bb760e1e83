"""Arbitrary and hostile text never breaks extraction, and stays linear."""
import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline_cli import extract_article

QUOTES = st.sampled_from(['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "\u2018", "\u2019", "'"])
PIECES = st.one_of(
    st.text(max_size=40),
    QUOTES,
    st.sampled_from([" said ", " says ", ", he said. ", "According to ", " told reporters that ", "\n\n", "\n", ". ",
                     "Minister Eva Lind", "the minister", "Read more:", "News Feed", "June 1, 2023", "on Friday",
                     "\x1b[31m", "\x00", "\u202e", "  ", ",", "KYIV, May 28 (Reuters) - "]),
)
TEXTS = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_statements_whose_offsets_point_into_it(text):
    article = extract_article(text)
    for statement in article.statements:
        assert 0 <= statement.paragraph_start <= statement.start < statement.end <= len(article.text)
        assert statement.end <= statement.paragraph_end or statement.kind == "direct"
        assert statement.text.strip() and statement.speaker.strip()
        assert "\x1b" not in statement.text and "\x00" not in statement.text
    assert "\x1b" not in article.text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_any_unicode_never_raises(text):
    extract_article(text)


MARKUP = st.sampled_from(["<p>", "</p>", "<div>", "<script>", "</script>", "<![", "<!--", "-->", "<?", "&amp;", "&#", "<br/>",
                           "<meta property=\"article:published_time\" content=\"2024-02-30\">", "<h1>", "<nav>", "</", ">", "<"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(PIECES, MARKUP), max_size=60).map(lambda parts: "<!DOCTYPE html>" + "".join(parts)))
def test_any_web_page_never_raises_and_offsets_point_into_its_text(page):
    # Broken markup, unclosed comments and impossible dates in a saved page.
    article = extract_article(page)
    for statement in article.statements:
        assert 0 <= statement.start < statement.end <= len(article.text)


ADVERSARIAL = {
    "an unclosed quote with many false ends": 'Minister Eva Lind said, "' + 'Ukraine will strike, "he said" and. ' * 140_000,
    "one word without end": "x" * 5_000_000,
    "commas before a verb": "word, " * 830_000 + " Peskov said.",
    "names without end": " ".join(f"Name{i % 997} Surname{i}" for i in range(420_000)),
    "quotes only": '"\u201c\u00ab' * 1_700_000,
    # Long paragraphs, each a run-on sentence with a reporting verb every few words: each verb
    # once cost time in proportion to its paragraph (38 s for these 5 MB).
    "reporting verbs without end": ("Berg said on Friday " * 950 + "said the budget would pass.\n\n") * 270,
    # Long paragraphs of short quotes: each quote's topic once scanned its whole paragraph (39 s for
    # these 1.2 MB; the quotes themselves take about 2 s).
    "short quotes without end": ('"The port is shut," Lind said. ' * 450 + "\n\n") * 90,
    # Quoted words each followed by a long run of spaces: the words-first reading once tried every
    # way of dividing each run between its patterns (18 s for one 12 KB paragraph).
    "runs of spaces after quotes": ("Piet Holm said that the port is shut \u2013 "
                                    + ('"the storm,"' + " " * 300 + "x ") * 40 + "\n\n") * 400,
    # A run of full stops was a sentence end tried from each of its stops (4 s for 12 KB), and a run
    # of initials a name's beginning read to its end from each of them (1 s for 12 KB).
    "runs of full stops": ('"The port is shut," ' + "." * 12_000 + " said Eva Lind.\n\n") * 400,
    "runs of initials": ("The port is shut, " + "A. " * 4_000 + "\n\n") * 400,
    # Quotes left open over plain paragraphs (distinct, or they read as page furniture): each looked
    # ahead through all the paragraphs after it (58 s for these 5 MB).
    "quotes left open over plain paragraphs": "".join(f"\u201cThe ferries wait in port number {i} today.\n\nThe quay number {i} is shut for "
                                                      f"the winter.\n\nThe crews of ferry {i} wait for orders\u201d, Berg said.\n\n"
                                                      for i in range(40_000)),
}


def _seconds_per_byte_of_prose() -> float:
    """How fast this machine reads ordinary news paragraphs (distinct ones: none is read from memory)."""
    prose = "".join(f"Harbour Minister Piet Calibrant said on Monday that ferry {i} would wait in port until the storms "
                    f"had passed.\n\n\"We will not send crews out into this weather,\" he told reporters in Lakeside, "
                    f"adding that quay {i} was closed.\n\n" for i in range(2_500))
    started = time.perf_counter()
    extract_article(prose)
    return (time.perf_counter() - started) / len(prose)


def test_five_megabytes_of_hostile_text_finish_in_seconds():
    # Linear work takes seconds here, about what 5 MB of ordinary prose takes on the same machine
    # (measured, so that a slower machine is allowed more time); a backtracking or quadratic path
    # takes minutes.
    limit = max(20.0, 2 * _seconds_per_byte_of_prose() * 5_000_000)
    for name, text in ADVERSARIAL.items():
        text = text[:5_000_000]
        started = time.perf_counter()
        extract_article(text)
        assert time.perf_counter() - started < limit, name


DATE_PIECES = st.one_of(
    st.text(max_size=12),
    st.sampled_from([" ", "on ", "in ", "last ", "this ", "past ", "early ", "THIS ", "Friday", "SUNDAY", "night", "week",
                     "MONTH", "morning", "Afternoon", "yesterday", "Tonight", "two days ago", "3 days ago", "June", "may", "1", "28", "2024",
                     "28.05.2024", "2024-5-3", "of ", "\u0130", "\u0131", "\u017f", "\u212a", "thi\u017f ", "wee\u212a"]),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(DATE_PIECES, max_size=12).map("".join))
@example("he said THIS MORNING").via("a phrase with none of the commoner needles")
@example("he said thi\u017f evening").via("a long s, which IGNORECASE reads as s")
@example("in May").via("a month alone")
def test_the_quick_date_test_agrees_with_every_date_pattern(frame):
    # may_give_a_date skips patterns that cannot match; it must answer as running them all would.
    from timeline_cli import dates

    every_pattern = (next(dates.find_absolute_dates(frame), None) is not None
                     or any(p.search(frame) for p in dates._MONTH_DAY)
                     or dates._RELATIVE.search(frame) is not None or dates._IN_MONTH.search(frame) is not None
                     or dates._IN_YEAR.search(frame) is not None)
    assert dates.may_give_a_date(frame) == every_pattern


# The words before a reporting verb: names, auxiliaries, negations, adverbs, marks, odd spaces and
# letters that IGNORECASE folds as str.lower does not.
WORDS_BEFORE_A_VERB = st.lists(st.one_of(
    st.text(max_size=6),
    st.sampled_from(["was", "WAS", "(was", "is", "this", "be", "getting", "not", "cannot", "never", "didn't", "don\u2019t",
                     "no", "longer", "who", ",who", "Which", "used", "tends", "went", "on", "to", "also", "has", "quickly",
                     "x-ly", "Berg", "Holm", "\u0130S", "\u017fo", "\u212a"]),
    st.sampled_from([" ", "  ", "\n", ",", ", ", "\u00a0", "\t", "\u2028"]),
), max_size=10).map("".join)


@settings(max_examples=800, deadline=None)
@given(WORDS_BEFORE_A_VERB)
@example("the report \u0130S ").via("a dotted capital I, which IGNORECASE reads as i")
@example("Kyiv,who ").via("who after a comma")
@example("Berg did not ").via("a negation")
@example("Holm was quickly ").via("a passive, then an adverb")
@example("Holm, who has repeatedly ").via("a relative clause, then auxiliaries")
def test_the_quick_tests_before_a_verb_agree_with_their_patterns(before):
    # _negated_before and its kin skip a pattern when the last word shows it cannot match; they
    # must answer as the pattern would.
    from timeline_cli import statements

    assert statements._negated_before(before) == (statements._NEGATED_BEFORE.search(before) is not None)
    assert statements._passive_before(before) == (statements._PASSIVE_BEFORE.search(before) is not None)
    assert statements._relative_before(before) == (statements._RELATIVE_BEFORE.search(before) is not None)


# Paragraphs that recur across articles (wire copy), with subjects whose meaning depends on the
# article: pronouns, surnames, roles, institutions, joint subjects, quotes left open.
NAMES = st.sampled_from(["Anna Lindqvist", "Jonas Lindqvist", "Pal Berg", "Greta Hale", "Olena Kravets"])
SHARED_PARAGRAPHS = st.sampled_from([
    "\u201cUkraine has every right to strike the bases the attacks come from,\u201d Lindqvist said.",
    "\u201cThe strikes on the airfields are lawful self-defence,\u201d he said.",
    "He added that the limits on Western weapons had to go.",
    "According to the minister, the strikes inside Russia are lawful and will continue.",
    "The Defence Ministry said the drones were shot down over the border. It added that nobody was hurt.",
    "Berg and Lindqvist said the decision was long overdue.",
    "\u201cWe cannot fight with one hand tied behind our back.",
    "\u201cThat is why the restrictions have to be lifted now.\u201d",
    "\u201cWe will answer every strike on our territory, and we will answer it in kind,\u201d the minister warned.",
    "Kravets told reporters there was no change in the policy on long-range missiles.",
    "Drones hit two airfields overnight, the regional governor reported.",
    "A source in Ukraine's SBU security service told reporters that the drones hit fuel depots.",
    "\u201cThese are legitimate military targets and we will hit them again,\u201d the source said.",
    "\u201cWe will answer every strike on our territory,\u201d the general said.",
])
INTRODUCTIONS = st.builds("{} Minister {} spoke in {}.".format, st.sampled_from(["Defence", "Foreign", "Prime"]), NAMES,
                          st.sampled_from(["Kyiv", "Oslo", "Riga"]))
ARTICLES = st.lists(st.one_of(SHARED_PARAGRAPHS, INTRODUCTIONS), min_size=1, max_size=8).map(
    lambda paragraphs: "Talks on the strikes\n\nMarch 4, 2024\n\n" + "\n\n".join(paragraphs))


def _statements_of(text: str) -> list[tuple]:
    return [(s.speaker, s.speaker_type, s.text, s.kind, s.start, s.end, s.date, s.date_phrase, s.topic_context)
            for s in extract_article(text).statements]


@settings(max_examples=150, deadline=None)
@given(st.lists(ARTICLES, min_size=2, max_size=4))
def test_remembering_paragraphs_read_before_never_changes_a_statement(texts):
    from timeline_cli import statements

    remembered = [_statements_of(text) for text in texts]   # later articles repeat earlier paragraphs
    read_alone = []
    for text in texts:
        statements._READINGS.clear()   # as if no paragraph had been read before
        read_alone.append(_statements_of(text))
    assert remembered == read_alone
