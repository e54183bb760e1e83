"""Who is speaking: names, roles, pronouns and institutions within one article.

No list of people or office holders: a person is whoever the article names, and a
role ("the NATO chief") resolves to the person the same article gave that role.
What the module does know is language: title words, institution nouns, place and
nationality names, so that "Swedish Prime Minister Ulf Kristersson" yields the
person "Ulf Kristersson" with the role "Swedish Prime Minister".
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from timeline_cli.memo import remember_texts
from timeline_cli.patterns import LATIN_LOOKALIKES, WEEKDAYS, without_accents, word_alternation

# --- vocabulary (language, not people) ------------------------------------------

TITLE_WORDS = frozenset("""
president vice prime minister secretary general secretary-general deputy chief head spokesman spokeswoman
spokesperson ambassador chancellor senator sen. rep. representative governor mayor gen. lt. col. colonel admiral
adm. commander director chairman chairwoman chair speaker leader king queen pope dr. mr. mrs. ms. prof. professor dr mr mrs ms
sir lord lady state interior finance economy justice health foreign defence defense affairs envoy adviser advisor
aide press national security first former acting presidential official officer sergeant captain major marshal field
high commissioner mp lawmaker patriarch crown prince princess sheikh emir prosecutor judge attorney dictator
premier counsellor councillor consul analyst expert professor researcher journalist correspondent editor ruler
ombudsman diplomat minister-president supreme commander-in-chief army navy air staff top senior military
intelligence deputy-head head-of gen lt col sgt capt maj adm sen rep gov prof policy spy negotiator counterpart
member ranking legislator politician coordinator communications strategic
lt-gen maj-gen brig-gen col-gen lt-col vice-adm rear-adm cmdr. cmdr cdr. cdr brig. brig
congressman congresswoman councilman councilwoman assemblyman assemblywoman
""".split())
LEADER_WORDS = frozenset("""president secretary-general secretary general prime minister chancellor chief head leader
commander director chairman chairwoman premier king queen governor mayor""".split())
ROLE_NOUNS = ("secretary-general|secretary general|prime minister|foreign minister|defence minister|defense minister|"
              "foreign secretary|defence secretary|defense secretary|secretary of state|spokesperson|spokeswoman|spokesman|"
              "chief|head|leader|boss|minister|president|chancellor|premier|adviser|advisor|aide|ambassador|envoy|"
              "general|commander|official|diplomat|governor|mayor|secretary|director|chairman|chairwoman|senator|"
              "lawmaker|legislator|parliamentarian|analyst|expert|officer|source|representative|prosecutor|negotiator|politician|"
              "ombudsman|commissioner|coordinator|professor|researcher|scholar|economist|historian|political scientist")
ORG_HEADS = frozenset("""ministry ministries kremlin government pentagon army office council committee agency service services
department command staff forces force house embassy institute institution center centre foundation administration parliament duma senate congress court commission union
alliance police guard navy fleet headquarters directorate bureau cabinet presidency secretariat military party
assembly rada nato un eu mod gur sbu fsb kgb cia fbi white-house state-department mfa authorities
general-staff air-force intelligence hur brigade battalion regiment corps nations authority organization organisation
company corporation operator watchdog regulator group university academy college consortium""".split())
PLACES = frozenset("""
russia ukraine kyiv kiev moscow washington london paris berlin brussels warsaw beijing china poland germany france
britain england uk u.k. us u.s. usa u.s.a. america europe belarus minsk sweden finland norway denmark estonia latvia
lithuania italy rome spain madrid turkey ankara iran tehran israel japan tokyo india hungary budapest slovakia
czechia prague romania moldova georgia armenia azerbaijan kazakhstan crimea donbas donetsk luhansk kharkiv kherson
zaporizhzhia odesa odessa lviv dnipro belgorod kursk bryansk voronezh rostov krasnodar stockholm helsinki oslo
vilnius riga tallinn the_hague netherlands holland canada ottawa australia
""".split())
NATIONALITIES = frozenset("""
russian ukrainian american british english french german polish swedish finnish norwegian danish estonian latvian
lithuanian italian spanish turkish iranian israeli chinese japanese indian hungarian slovak czech romanian chechen crimean
kazakh uzbek armenian azerbaijani syrian korean saudi qatari egyptian swiss austrian belgian greek irish portuguese bulgarian
serbian croatian
moldovan belarusian georgian european western dutch canadian australian nordic baltic
""".split())
# Buildings and streets that stand for a government when they speak ("Downing Street said").
SEATS_OF_POWER = frozenset("""downing street|no 10|no. 10|number 10|number ten|whitehall|elysee|\u00e9lys\u00e9e|elysee palace|
\u00e9lys\u00e9e palace|bankova|quai d'orsay|foggy bottom|capitol hill|zhongnanhai|chigi palace|palazzo chigi""".replace("\n", "").split("|"))
# Countries whose names are several words ("The United States has said ..."): their governments
# speak as one-word countries do.
COUNTRIES_OF_WORDS = frozenset("""united states|united kingdom|czech republic|south korea|north korea|new zealand|
south africa|saudi arabia|united arab emirates""".replace("\n", "").split("|"))
MONTH_WORDS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())
# News outlets known by their initials or one word: they pass news on, no statement of theirs.
OUTLET_NAMES = frozenset("""reuters afp ap tass ria novosti interfax bloomberg politico axios nyt wsj ft dpa ansa efe pap unian
ukrinform unn rbc nhk cbs nbc abc cnn bbc rt izvestia kommersant vedomosti meduza
baza shot mash astra rybar readovka supernova exilenova
spiegel welt zeit bild faz handelsblatt tagesspiegel monde figaro liberation repubblica stampa corriere pais país mundo
yle nrk svt wyborcza rzeczpospolita pravda""".split())   # (Telegram channels Russian news cites; Europe's papers, "Der Spiegel")
# Capitalised words that start sentences or name things, never people.
NOT_NAME = OUTLET_NAMES | frozenset("""
the a an this that these those it its in on at as after before but and or if when while according several multiple both neither
last next first meanwhile however also there here what who why how where we our they their he she his her i you my
news times post independent daily review media press agency channel tv radio group company inc corp federation
republic kingdom states nations union sea ocean river region oblast province krai kray okrug street square palace bridge airport base
bay lake cape consortium
airfield plant refinery war world cup summit forum conference charter treaty article day week storm shadow himars
atacms patriot leopard abrams bradley f-16 taurus scalp economist guardian reuters cnn bbc afp ap tass ria interfax
bloomberg politico telegraph google facebook twitter telegram x youtube read more related editors picks feed home
business subscribe monday tuesday wednesday thursday friday saturday sunday key developments live latest update
updates breaking opinion analysis explainer exclusive watch listen hear photo video image getty images mr mrs ms dr
house office forces staff council ministry government committee security defence defense foreign affairs affair
armed general state department white kremlin pentagon parliament congress senate court commission alliance army
navy party front line eastern western northern southern central east west north south new old great grand united
soviet islamic national international global democratic republican presidential military air space cyber nuclear
god allah christ lord easter christmas ramadan covid internet jr sr
missile missiles system systems weapon weapons rocket rockets drone drones tank tanks aircraft tactical ballistic
artillery launcher launchers city district county municipality village town
desk bureau newsroom editorial rights
despite amid amidst during following with without among against for from by of to since until under over through
although though whereas because once unless whether elsewhere
into upon within across beyond toward towards regarding concerning unlike like near
thus hence therefore nevertheless nonetheless moreover furthermore additionally indeed similarly likewise previously recently
subsequently consequently accordingly besides notably finally again now still currently initially originally reportedly
apparently importantly specifically crucially separately afterwards overall ultimately earlier later soon shortly yesterday
today tonight overnight instead then
""".split())
_MONTHS_AS_NAMES = frozenset("jan may june april august".split())
# How far after "the minister" the article may first name the minister, for the two to be one.
_NAMED_SOON_AFTER = 400
# How far back "the UK prime minister" may name again the article's one untitled speaker.
_SOLE_UNTITLED_REACH = 3000
_MOST_OF_ONE_SURNAME = 32
# A Slavic patronymic: "Vyacheslav Viktorovich" is a given name and a father's name, no surname.
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)")
_SPOKES = frozenset(("spokesperson", "spokeswoman", "spokesman"))   # one role, whatever the word
_PRESS_SECRETARY = frozenset(("press", "secretary"))
# Role words a reporter uses to refer back to the person just quoted.
_GENERIC_REFERENCES = frozenset("diplomat minister president politician general commander official leader chief envoy ambassador "
                                "lawmaker legislator parliamentarian".split())
# Lower-case words that may stand before a title: "the former", "opposition leader".
_MODIFIERS = frozenset("the a an his her their its former then acting veteran opposition party longtime long-time outgoing incoming newly elected "
                       "regional local provincial federal national municipal appointed re-elected reelected designate interim caretaker armed".split())
# Plural or generic subjects that open sentences ("Officials said ..."): never one person's name.
GENERIC_SUBJECTS = frozenset("""
officials sources analysts experts residents witnesses observers reports critics lawmakers diplomats troops soldiers
locals investigators prosecutors officers rescuers medics doctors activists protesters people many some others both
all several everyone nobody someone anyone scientists researchers journalists reporters leaders ministers allies
partners countries governments media monitors commanders militants separatists citizens voters bloggers
insiders authorities spokespeople representatives negotiators delegates delegations members users commentators statistics data
polls surveys documents records figures estimates images videos footage
""".split())
PARTICLES = frozenset("de da van von der den bin al la le di du dos del ibn ter".split())
PRONOUNS = frozenset({"he", "she", "him", "her"})
# An age for a name: "the 46-year-old", "the 71-year-old leader".
_AGE_EPITHET = re.compile(r"the\s+\d{1,3}-year-old(?:\s+(?:man|woman|politician|leader|minister|president|official|diplomat|general|veteran))?")

_TOKEN = re.compile(r"[^\W\d_][\w'\u2019.\-]*|\d[\w-]*|[^\w\s]", re.UNICODE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]+")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:\"\u201c\u201d]")
_PREPOSITIONAL_TAIL = re.compile(r"^(?:of|from|at|for)\b")


_NAME_SUFFIX = re.compile(r"^,?\s*(?:(?:Jr|Sr)\.?|II|III|IV)(?![\w'])")
_PARENTHETICAL = re.compile(r"\s*\([^()]{1,40}\)")
_BREAK_MARK = re.compile(r"[.!?:\u201d\"]")   # the marks _SENTENCE_BREAK needs (besides the text's start)
_SENTENCE_BREAK = re.compile(r"(?:(?<!\.[A-Z])\.|[!?:\u201d\"])\s+|^")   # (not "U.S. President X": an abbreviation)
# Nothing, or "On Monday, ", or a longer phrase of place or time ("In the Smolensk region west of Moscow, "),
# or the name of the body whose title follows ("US Foreign Relations Committee Chairman X").
# (A lead-in, then capitalised words of the title: "Earlier, White House spokesman X".)
_LEAD_WORDS = re.compile(r"^(?:(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+,\s*"
                         r"|(?:In|On|At|After|Before|During|Following|Speaking|Asked|Amid|Despite|Since|When|While|Earlier|Later|"
                         r"Addressing|Responding|Writing)\s[^,;:\"\u201c\u201d]{0,90},\s*)?"
                         # Titles, in capitals or a role noun in lower case: "anchor Martha Example".
                         r"(?:(?:[A-Z][\w'\u2019.-]*|(?:the\s+)?(?!(?:after|later|over|under|never|ever|whether|other|rather|either|neither|together|for|or|nor)\s)"
                         r"[a-z][\w-]*(?:man|woman|person|er|or|ist|ant|ent|chief|head))\s+){0,4}$")


# A lone capitalised word opening a paragraph, then a verb of saying.
_LONE_SURNAME_SPEAKS = re.compile(r"(?P<word>[A-Z][a-z][\w'\u2019-]*)\s+(?:(?:has|had|also|then)\s+)?"
                                  r"(?:said|says|told|tells|added|adds|stressed|noted|insisted|stated|explained|warned|"
                                  r"emphasi[sz]ed|replied|argued|declared)\b")


# A colon after words reported ("According to him, ...:"): what follows it is still theirs.
_REPORTED_BEFORE_COLON = re.compile(r"\b(?:[Aa]ccording to|said|says|stated|noted|added|told|believes|warned|stressed)\b[^:]*$")


def _opens_sentence(text: str, index: int) -> bool:
    """Whether a name at `index` stands at the start of its sentence (after at most a few words: "On Monday, ")."""
    start = max(0, index - 120)
    prefix = text[start:index]
    if start > 0 and _BREAK_MARK.search(prefix) is None:
        return False   # no sentence starts within reach: one scan in C instead of a match at every position
    breaks = list(_SENTENCE_BREAK.finditer(prefix))
    lead = prefix[breaks[-1].end():] if breaks and (breaks[-1].end() > 0 or start == 0) else None
    if lead is not None and len(breaks) > 1 and prefix[breaks[-1].start()] == ":" and _REPORTED_BEFORE_COLON.search(
            prefix, breaks[-2].end(), breaks[-1].start()):
        # "According to him, this conflict has no military solution: Russia's dictator X cannot ...":
        # after a colon, still the words reported; X is no subject of the article's own sentences.
        return False
    return lead is not None and bool(_LEAD_WORDS.match(lead))


# A country's adjective that is not its name with the ending changed ("Ukraine" -> "Ukrainian" is).
_IRREGULAR_ADJECTIVES = {
    "britain": "british", "uk": "british", "u.k.": "british", "england": "english", "france": "french",
    "poland": "polish", "netherlands": "dutch", "holland": "dutch", "finland": "finnish", "denmark": "danish",
    "sweden": "swedish", "spain": "spanish", "switzerland": "swiss", "greece": "greek", "ireland": "irish",
    "us": "american", "u.s.": "american", "usa": "american", "america": "american", "washington": "american",
    "moscow": "russian", "kyiv": "ukrainian", "kiev": "ukrainian", "beijing": "chinese", "berlin": "german",
    "paris": "french", "london": "british", "warsaw": "polish",
}


def _is_adjective_of(adjective: str, place: str) -> bool:
    """Whether `adjective` is the adjective of `place` ("ukrainian" of "ukraine", "british" of "uk"), lower case."""
    irregular = _IRREGULAR_ADJECTIVES.get(place)
    if irregular is not None:
        return adjective == irregular
    stem = place.rstrip("aey")   # Ukraine -> Ukrain(ian), Russia -> Russi(an), Germany -> German
    return len(stem) >= 4 and adjective.startswith(stem) and len(adjective) - len(stem) <= 4


# The European Union, as a role's owner may name it ("the EU's chief diplomat").
_UNION_NAMES = frozenset(("eu", "e.u.", "european"))


def _country_in(modifier: str, role_words: set[str]) -> bool:
    """Whether "Ukraine's" (in "Ukraine's foreign minister") names the country of a role the
    article wrote with its adjective ("Ukrainian Foreign Minister"), or the other way round:
    "the Ukrainian air force" for a role written "Ukraine's air force spokesman"."""
    country = _strip_possessive(modifier.lower())
    if country in role_words or any(_is_adjective_of(word, country) for word in role_words):
        return True
    if country in _UNION_NAMES:
        # "the EU's chief diplomat": the "High Representative of the European Union for Foreign Affairs".
        return not role_words.isdisjoint(_UNION_NAMES) or {"european", "union"} <= role_words
    if country in _IRREGULAR_ADJECTIVES:
        return False   # a place itself, with its own adjective: never read as an adjective
    return country in NATIONALITIES and any(word in PLACES and _is_adjective_of(country, word) for word in role_words)


# The Kremlin is Russia's presidency: "the Russian presidential spokesman" is the "Kremlin spokesman",
# and "the Kremlin leader" the "Russian President".
_KREMLIN_SIDE = frozenset(("russia", "russian", "presidential", "moscow"))
_PRESIDENT_WORDS = frozenset(("president", "presidential"))


def _seat_fits(modifier: str, role_words: set[str]) -> bool:
    word = _strip_possessive(modifier.lower())
    if word == "kremlin":
        return not role_words.isdisjoint(_PRESIDENT_WORDS) and not role_words.isdisjoint(("russia", "russian"))
    return word in _KREMLIN_SIDE and "kremlin" in role_words


# "The top diplomat", "Britain's chief diplomat": the foreign minister (or secretary of state).
_DIPLOMAT_ROLES = (frozenset(("foreign", "minister")), frozenset(("foreign", "secretary")), frozenset(("secretary", "state")),
                   frozenset(("foreign", "affairs")), frozenset(("foreign", "ministry")))   # ("head of the Ministry of Foreign Affairs")
# Generic references that name an office, with the role words any of which fits it: "the diplomat"
# may be a foreign ministry's spokeswoman, never a defence secretary; "the minister" a secretary
# or department chief ("Defence Secretary X", "Pentagon chief X"), never a president.
# How far below a role in the lead its holder may first be named (a few paragraphs).
_NAMED_LATER = 2000
_OFFICE_WORDS = {
    "diplomat": frozenset(("foreign", "ambassador", "envoy", "diplomat", "diplomatic", "state", "consul")),
    "ambassador": frozenset(("ambassador", "envoy", "diplomat")),
    "envoy": frozenset(("ambassador", "envoy", "diplomat")),
    "minister": frozenset(("minister", "secretary", "chief", "head")),
    "president": frozenset(("president",)),
}
# "the lawmaker", "the parliamentarian": a member of a legislature, whatever the country calls it.
_LEGISLATURE_WORDS = frozenset(("parliament", "parliamentary", "parliamentarian", "legislature", "legislative", "legislator", "lawmaker",
                                "mp", "duma", "rada", "congress", "congressman", "congresswoman", "senate", "senator", "bundestag",
                                "sejm", "knesset", "deputy", "deputies", "assembly", "assemblyman", "assemblywoman"))
_OFFICE_WORDS.update(dict.fromkeys(("lawmaker", "legislator", "parliamentarian"), _LEGISLATURE_WORDS))


# Offices a person holds only when the role opens with them, never when they follow its "of".
_HEADS_OF_STATE = frozenset(("president", "prime", "premier", "chancellor", "king", "queen"))
_OF_TAIL = re.compile(r"\s(?:of|for|to)\s.*$", re.IGNORECASE | re.DOTALL)


def _head_words(role: str) -> set[str]:
    """The words of a role before its "of" ("Press Secretary of the President": press, secretary)."""
    words = [_strip_possessive(w) for w in re.findall(r"[\w'\u2019-]+", _OF_TAIL.sub("", role).lower())]
    return {*words, *(part for w in words for part in w.split("-"))}


def _heads_role(head_parts: set[str], role: str) -> bool:
    """Whether an office ("president", "prime minister", "premier") opens `role`, before its "of"."""
    words = _head_words(role)
    return (head_parts <= words or ("premier" in head_parts and ({"prime", "minister"} <= words or "pm" in words))
            or (head_parts >= {"prime", "minister"} and ("premier" in words or "pm" in words)))


# A chief in uniform is no minister: "Chief of the General Staff X ... the minister said" is someone else.
_MILITARY_WORDS = frozenset(("general", "staff", "commander", "commander-in-chief", "army", "navy", "military", "admiral",
                             "colonel", "marshal", "armed", "forces"))


def _holds_office(head: str, person: Person) -> bool:
    """Whether a generic reference ("the diplomat", "the minister") can mean `person`, by their roles."""
    fitting = _OFFICE_WORDS.get(head)
    if head == "minister" and not person.role_words.isdisjoint(_MILITARY_WORDS) and person.role_words.isdisjoint(("minister", "secretary")):
        return False
    if head in _HEADS_OF_STATE and person.roles:
        return any(_heads_role({head}, role) for role in person.roles)   # (not the "Press Secretary of the President")
    if head == "diplomat" and any(_POSTED_REPRESENTATIVE.search(role) for role in person.roles):
        return True   # ("Senior Representative to Ukraine", "Permanent Representative to the UN"; not "a representative of the ministry")
    return fitting is None or not fitting.isdisjoint(person.role_words)   # ("the official": anyone with a role)


_POSTED_REPRESENTATIVE = re.compile(r"\b(?:[Pp]ermanent\s+[Rr]epresentative|[Rr]epresentative\s+(?:to|in|at)\s)")


def _names_an_institution(title: str, preceding: str) -> bool:
    """Whether the title before a name says what institution it is ("aviation agency"), not a person's
    office ("agency head", "spokesperson for the Harbour Ministry": `preceding` is the text before it)."""
    words = [_bare(word) for word in title.split()]
    return (words[-1] in ORG_HEADS and not any(word in TITLE_WORDS for word in words)
            and _OFFICE_OF_BEFORE.search(preceding[-60:]) is None)


_OFFICE_BEFORE_TITLE = re.compile(r"(?P<office>(?:[A-Z][a-z]+\s+)?[a-z][\w-]*)\s+(?:for|of|at)\s+(?:the\s+)?$")
# "spokesperson for the", "head of": a person's office of the institution named next.
_OFFICE_OF_BEFORE = re.compile(r"(?:^|\s)[\w-]+\s+(?:for|of|at)(?:\s+the)?\s*$")


_DOUBLED_LETTER = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)  # a pure function of a word, asked for every new name
def _spelling_key(surname: str) -> str | None:
    """A surname as transliterations agree on it: "Zelenskyy" and "Zelensky", "Podolyak" and
    "Podoliak" are one name. None for short names, where such likeness means nothing."""
    # (Accents too: "Szijjártó" and "Szijjarto", as pages without them spell it.)
    key = _DOUBLED_LETTER.sub(r"\1", without_accents(_strip_possessive(surname.lower())).replace("y", "i")).rstrip("i")
    return key if len(key) >= 5 else None


_VOWELS = "aeiouy"


def _one_letter_apart(known: str, word: str) -> bool:
    """Whether `word` is `known` (a surname the article gave; both without accents) or misspells it:
    one letter changed when both have five letters or more, or one letter more or less when the
    shorter has four or more."""
    if known == word:
        return True
    if len(known) == len(word):
        differ = [i for i, (a, b) in enumerate(zip(known, word)) if a != b]
        if len(differ) == 2 and len(word) >= 5 and differ[1] == differ[0] + 1 and differ[0] > 0 and (
                known[differ[0]] == word[differ[1]] and known[differ[1]] == word[differ[0]]):
            return True   # two letters swapped, after the first ("Inhat" for "Ihnat")
        return len(word) >= 5 and len(differ) == 1
    shorter, longer = (known, word) if len(known) < len(word) else (word, known)
    if len(longer) - len(shorter) != 1 or len(shorter) < 4:
        return False
    cut = next((i for i, (a, b) in enumerate(zip(shorter, longer)) if a != b), len(shorter))
    return shorter[cut:] == longer[cut + 1 :]


def _transliterated_alike(first: str, other: str) -> bool:
    """Whether two given names are one name in two transliterations: "Radoslaw" and "Radoslav",
    "Serhiy" and "Serhii", "Volodymyr" and "Wolodymyr" (same first letter, or V and W; four letters
    or more once w/v, y/i, accents and doubled letters are set aside)."""
    if first[:1] != other[:1] and {first[:1], other[:1]} != {"V", "W"}:
        return False
    keys = [_DOUBLED_LETTER.sub(r"\1", without_accents(name.lower()).replace("w", "v").replace("y", "i")).rstrip("i")
            for name in (first, other)]
    return keys[0] == keys[1] and len(keys[0]) >= 4


def _strip_possessive(token: str) -> str:
    if token.endswith(("'s", "\u2019s")):
        return token[:-2]
    return token[:-1] if token.endswith(("'", "\u2019")) else token


@lru_cache(maxsize=65536)  # a pure test on a word; archives reuse the same words endlessly
def _bare(token: str) -> str:
    """Lower-case token without a possessive ending or trailing full stop (keeps U.K.)."""
    word = _strip_possessive(token)
    if word.endswith(".") and word.count(".") == 1:
        word = word[:-1]
    return word.lower()


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


@lru_cache(maxsize=65536)
def _is_acronym(token: str) -> bool:
    word = _strip_possessive(token)
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


# First parts of titles spelt with hyphens: "Under-Secretary-General", "Vice-President".
_TITLE_PREFIXES = frozenset(("under", "vice", "deputy", "co"))


@lru_cache(maxsize=65536)
def _title_like(token: str) -> bool:
    word = _bare(token)
    if word in TITLE_WORDS or word in NATIONALITIES or word in PLACES or word in ORG_HEADS or _is_acronym(token):
        return True
    parts = [part for part in word.split("-") if part]
    # (a dash alone is no title; "President-elect" is one, and "Under-Secretary-General")
    return len(parts) > 1 and all(p in TITLE_WORDS or p in ORG_HEADS or (p == "elect" and i > 0) or (p in _TITLE_PREFIXES and i == 0)
                                  for i, p in enumerate(parts))


def _name_token(token: str, following: str = "") -> bool:
    return _name_token_cached(token, following[:1].isdigit())


def _institution_word(token: str) -> bool:
    """'Assembly', 'Ministry', 'Committee' spelled as a word (acronyms such as NATO are names of their own)."""
    return not _is_acronym(token) and _bare(token) in ORG_HEADS


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,2}$")


def _institution_follows(words: list[str], k: int) -> bool:
    """Whether an institution's head word is words[k], or follows it after at most two words of
    its portfolio that are no names ("Emergency Situations Ministry", "Foreign Relations Committee")."""
    for index in range(k, min(k + 3, len(words))):
        if _institution_word(words[index]):
            return True
        if _POSSESSIVE_END.search(words[index]) or _name_token(words[index]):
            return False
    return False


def _before_name(words: list[str], following: list[str], i: int) -> bool:
    """Whether words[i] starts a run of initials that a name word follows ("Lloyd J. Austin")."""
    k = i
    # No name has more than three ("J. R. R."): a longer run is read no further, so a list of
    # thousands of initials costs its length, not its length squared.
    while k < len(words) and k - i < 3 and _initials(words[k]):
        k += 1
    return k > i and k < len(words) and _name_token(words[k], following[k])


# Two capitals that are an abbreviation, never a person's initials written without stops ("JD Vance").
_TWO_LETTER_ABBREVIATIONS = frozenset("PM MP TV AP AI FM DM UA RF DC EU UN US UK PR HR IT ID OK NY LA DW GB EC ET GMT".split())


@lru_cache(maxsize=4096)
def _initials(token: str) -> bool:
    """'J.' or 'J.D.' in a name ("Lloyd J. Austin", "J.D. Vance", "JD Vance"); never U.S., U.K., E.U., U.N., PM."""
    if len(token) == 2 and token.isupper() and token.isalpha():
        # (nor an outlet or any word this reader knows: "RT Margarita Example" is RT's editor)
        return token not in _TWO_LETTER_ABBREVIATIONS and not _known_word(token.lower())
    return bool(_INITIALS.match(token)) and _bare(token) not in PLACES and token.replace(".", "").lower() not in ORG_HEADS


# Endings of abstract nouns, never of a name: "European and Euro-Atlantic Integration" is a portfolio.
_ABSTRACT_ENDINGS = ("tion", "sion", "ism", "ology", "ness")
# "Moscow-appointed", "Kremlin-backed", "US-led", "Kyiv-based": a capitalised word made an
# adjective by the participle after its hyphen; no name ends so ("Jong-un" does not).
_PARTICIPLE_COMPOUND = re.compile(r"^[^\W\d_][\w'\u2019]*-(?:[a-z]+(?:ed|ing)|led|run|held|born|made|built|grown)$")


@lru_cache(maxsize=65536)
def _name_token_cached(token: str, before_number: bool) -> bool:
    if not token[:1].isupper() or token.isupper() or _is_acronym(token) or any(c.isdigit() for c in token):
        return False   # (digits: a byline glued to its date, "David Lynch21 November 2024")
    word = _bare(token)
    if len(word) > 6 and (word.endswith(_ABSTRACT_ENDINGS) or (word[-1] == "s" and word[:-1].endswith(_ABSTRACT_ENDINGS))):
        return False   # (plural too: "National Security Communications Advisor X")
    if word in MONTH_WORDS and (before_number or word not in _MONTHS_AS_NAMES):
        return False  # "May 30" is a date; "Jan Olsen" and "April Ryan" are people
    if "-" in word and (word.endswith("-elect") or _title_like(token) or any(part in _OFFICE_PARTS for part in word.split("-"))):
        return False  # "President-elect Donald Trump", "Under-Secretary-General X": a title (however mangled: "Below-Secretary-Normal")
    if _PARTICIPLE_COMPOUND.match(_strip_possessive(token)):
        return False  # "Crimea's Moscow-appointed governor X": an adjective before the title
    if word[-1:] == "s" and (word[:-1] in _PLURAL_TITLES or (word.endswith("ies") and word[:-3] + "y" in _PLURAL_TITLES)):
        return False  # "the NATO Foreign Ministers meeting", "Defence Secretaries": an office held by several
    return not _known_word(word)


# Offices no part of a double-barrelled surname names.
_OFFICE_PARTS = frozenset(("secretary", "minister", "president", "governor", "chancellor", "ambassador", "spokesman", "spokesperson",
                           "chief", "editor"))   # ("Editor-in-chief Anna Example" opening a sentence)
# Titles whose plural is no surname ("Fields" and "Majors" are).
_PLURAL_TITLES = frozenset(w for w in TITLE_WORDS if w.isalpha() and len(w) >= 5 and w not in ("field", "major"))


def _known_word(word: str) -> bool:
    """A lower-case word this reader knows as no part of a person's name: a title, place,
    nationality, institution or outlet."""
    return word in NOT_NAME or word in TITLE_WORDS or word in PLACES or word in NATIONALITIES or word in ORG_HEADS


@lru_cache(maxsize=4096)
def _surname_in_capitals(token: str) -> bool:
    """'REZNIKOV' in "Alexey REZNIKOV": a surname some outlets set in capitals, after a given
    name, at the end of the run; never an acronym this reader knows (NATO, TASS, USA)."""
    word = _strip_possessive(token).rstrip(".")
    return len(word) >= 4 and word.isalpha() and word.isupper() and not _known_word(word.lower())


@dataclass(frozen=True)
class NameRun:
    """A person's name in the text, with the title words before it."""
    name: str          # "Jens Stoltenberg" (possessive removed)
    start: int
    end: int
    title: str         # "NATO Secretary-General" ("" when none)
    title_start: int


_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0400-\u042f"
# Runs of capitalised words (and name particles between them): the only places a name can be.
_CAPITAL_RUN = re.compile(
    rf"(?<![\w'\u2019.-])[{_UPPER}][\w'\u2019.\-]*"
    rf"(?: (?:[{_UPPER}][\w'\u2019.\-]*|(?:{'|'.join(sorted(PARTICLES))})(?= [{_UPPER}])))*")
_NEXT_WORD = re.compile(r"\s*(\S+)")


def _ends_sentence(word: str) -> bool:
    """'Example.' ends a sentence; the initials 'J.' and 'U.S.' do not."""
    return word.endswith(".") and len(word) > 2 and "." not in word[:-1]


# Offices whose holder's portfolio is part of the title: "Infrastructure Minister", "the armed
# forces minister" (never the foreign minister named before).
_PORTFOLIO_HEADS = frozenset(("minister", "secretary"))
_SENTENCE_ADVERBS = frozenset("yesterday today tonight meanwhile earlier later now then also however still again "
                              "separately instead overnight recently previously".split())


def _area_title_end(tokens: list[re.Match[str]], area: int) -> int:
    """For the area word at tokens[area] ("region"), one past the title word that governs it
    ("governor of the region", "head of the Lakeside region"); 0 when none does."""
    index = area - 1
    if index >= 0 and tokens[index].group(0)[:1].isupper():
        index -= 1   # the area's name
    if index >= 0 and tokens[index].group(0)[:1].isupper() and _POSSESSIVE_END.search(tokens[index].group(0)):
        index -= 1   # whose area it is: "Governor of Russia's Volgograd Oblast"
    if index >= 0 and tokens[index].group(0) == "the":
        index -= 1
    if index >= 1 and tokens[index].group(0) == "of" and _title_like(tokens[index - 1].group(0)):
        return index
    return 0


def _institution_title_end(tokens: list[re.Match[str]], head: int) -> int:
    """For an institution's capitalised head word at tokens[head] ("Forces"), one past the title word
    that governs it ("Commander-in-Chief of the Ukrainian Armed Forces"); 0 when none does."""
    index = head - 1
    while index >= 0 and head - index <= 3 and tokens[index].group(0)[:1].isupper() and tokens[index].group(0).isalpha():
        index -= 1   # the institution's other words ("Ukrainian Armed")
    if index >= 0 and tokens[index].group(0) == "the":
        index -= 1
    if index >= 1 and tokens[index].group(0) in ("of", "for") and _title_like(tokens[index - 1].group(0)):
        return index
    return 0


_ACRONYM_BEFORE = re.compile(r"\s\([A-Z]{2,6}\) $")


def _title_before(text: str, position: int) -> int:
    """Where the title words right before a name start ("NATO Secretary-General", "Secretary of State")."""
    window_start = max(0, position - 120)
    # The common cases are decided without tokenising the window.
    if position < 2 or position == window_start or text[position - 1] != " ":
        return position   # no word right before the name, one space away
    before = text[position - 2]
    if not (before.isalnum() or before in "'\u2019.-_") and not (before == ")" and _ACRONYM_BEFORE.search(text, window_start, position)):
        return position   # a mark ends the word before ("...,” Petrenko"): a token of its own, no title
    space = text.rfind(" ", window_start, position - 1)
    previous = text[space + 1 : position - 1]
    if (space >= window_start and previous.isalpha() and previous not in ("of", "for", "the") and not _title_like(previous)
            and previous.lower() not in _AREA_WORDS and previous not in _STATE_NOUNS):
        return position   # one plain word before the name, and no title
    tokens = [m for m in _TOKEN.finditer(text, window_start, position)]
    k = len(tokens)
    acronym_at = -1   # (where an acronym in brackets right before the name was passed over)
    while k > 0 and len(tokens) - k < 10:   # ("Press Secretary of the President of the Russian Federation")
        gap_end = tokens[k].start() if k < len(tokens) else position
        if text[tokens[k - 1].end() : gap_end] not in (" ", ""):
            break
        word = tokens[k - 1].group(0)
        if word.endswith(".") and "." not in word[:-1] and len(bare := _bare(word)) > 3 and bare not in TITLE_WORDS:
            break   # "... settlements in Russia. Example wrote": the sentence before ends; no title
        if k == len(tokens) and word == ")" and k > 3 and tokens[k - 3].group(0) == "(" and _ACRONYM_BEFORE.search(text, window_start, position):
            k -= 3   # "the chief of the Defence Intelligence of Ukraine (HUR) Kyrylo Example": the institution's acronym
            acronym_at = k
            continue
        if word[:1].isupper() and _bare(word) in ORG_HEADS and (title_end := _institution_title_end(tokens, k - 1)):
            k = title_end   # "Commander-in-Chief of the Ukrainian Armed Forces Oleksandr Example": the title's institution
            continue
        if _title_like(word) or (word in ("of", "for", "to", "the") and k > 1 and _title_like(tokens[k - 2].group(0))):
            k -= 1
            continue
        if word == "the" and k > 2 and tokens[k - 2].group(0) in ("of", "for", "to") and _title_like(tokens[k - 3].group(0)):
            k -= 1   # "Press Secretary of the President X", "Permanent Representative to the UN X": the whole is the title
            continue
        if word in _STATE_NOUNS and k > 1 and tokens[k - 2].group(0)[:1].isupper():
            k -= 2   # "... of the Russian Federation X", "... of the United Kingdom X": a country in the title
            continue
        if _bare(word) in _AREA_WORDS and (title_end := _area_title_end(tokens, k - 1)):
            k = title_end   # "the governor of the region Vyacheslav Example": the title's area
            continue
        if (word[:1].isupper() and word.isalpha()
                and (any(_bare(t.group(0)) in _PORTFOLIO_HEADS for t in tokens[k : k + 3])
                     or (k < len(tokens) and tokens[k].group(0)[:1].isupper() and _bare(tokens[k].group(0)) in ORG_HEADS))
                and word.lower() not in NOT_NAME and word.lower() not in MONTH_WORDS and word.lower() not in _SENTENCE_ADVERBS):
            # A portfolio of any name before "Minister" ("Infrastructure Minister", "Harbour Minister"),
            # and the first word of an institution's name ("Port Authority chief", "Coast Guard chief").
            k -= 1
            continue
        break
    if k == acronym_at:
        return position   # ("drones (UAV) Anna Example": an acronym, and no title before it)
    return tokens[k].start() if k < len(tokens) else position


# A state named in capitals that no list holds: "the Donetsk People's Republic", "the Republic of Moldova".
_STATE_NAME = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Republic|Federation|Kingdom|Emirates)"
                         r"|(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:Republic|Federation|Kingdom)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
# The last word of a country named in several words ("the Russian Federation", "the Czech Republic").
_STATE_NOUNS = frozenset(("Federation", "Republic", "Kingdom", "States", "Emirates"))
# A local office and "of" right before a run of capitalised words: "Head of Nizhnekamsk Ramil Example".
_PLACE_OF_BEFORE = re.compile(r"\b(?:[Hh]ead|[Mm]ayor|[Gg]overnor|[Cc]hief|[Pp]refect|[Aa]dministrator)\s+of\s+$")
# A title ending in "of"/"for" right before a run of capitalised words: its first word is the portfolio.
_PORTFOLIO_OF_BEFORE = re.compile(r"\b(?:Secretary|Minister|Commissioner)\s+(?:of|for)\s+$")
# An institution's head word and "of" right before a run of capitalised words: "Ministry of Emergency Situations".
_INSTITUTION_OF_BEFORE = re.compile(r"\b(?:" + word_alternation(w for w in ORG_HEADS if "-" not in w and len(w) > 3)
                                    + r")\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)


# An area a role may govern without naming it: "the governor of the region".
_AREA_WORDS = frozenset(("region", "oblast", "province", "district", "territory", "krai"))


def find_names(text: str) -> list[NameRun]:
    """Person names, with offsets into `text`: runs of capitalised words that are not titles,
    places or institutions.

    A single word counts only when it follows a title ("President Zelensky") or is
    later matched against a full name the article gave.
    """
    return list(_names_in(text))


@remember_texts(32768)
def _names_in(text: str) -> tuple[NameRun, ...]:
    runs: list[NameRun] = []
    for run in _CAPITAL_RUN.finditer(text):
        words = run.group(0).split(" ")
        if len(words) == 1 and not _name_token_cached(words[0], False):
            continue   # most runs are one capitalised word that is no name ("The", "Ukraine's")
        starts = []
        position = run.start()
        for word in words:
            starts.append(position)
            position += len(word) + 1
        after = _NEXT_WORD.match(text, run.end())
        # The word after each word of the run ("May" is a date before "30").
        following = [*words[1:], after.group(1) if after else ""]
        i = 0
        carried_title_start: int | None = None
        while i < len(words):
            # A name starts with a name word, or with initials before one ("J.D. Vance", "J. D. Vance").
            if not _name_token_cached(words[i], following[i][:1].isdigit()) and not _before_name(words, following, i):
                i += 1
                continue
            j = i
            while j + 1 < len(words) and not _POSSESSIVE_END.search(words[j]) and not _ends_sentence(words[j]):
                nxt = words[j + 1]
                if (_name_token(nxt, following[j + 1]) or _before_name(words, following, j + 1)
                        or (j + 2 == len(words) and _surname_in_capitals(nxt))
                        or (nxt.lower() in PARTICLES and j + 2 < len(words) and _name_token(words[j + 2], following[j + 2]))):
                    j += 1
                    continue
                break  # a possessive ends the name: "Stoltenberg's words"
            if j + 1 < len(words) and words[j + 1].lower() in _AREA_WORDS:
                # "Governor of the Leningrad Region Alexander Example": a place, its area word capitalised.
                i = j + 2
                continue
            if _institution_follows(words, j + 1) and not _POSSESSIVE_END.search(words[j]):
                # "the Alliance's Parliamentary Assembly", "the Emergency Situations Ministry": the words
                # before an institution's head word name the institution; the possessive before them
                # is no title of a person.
                i = j + 1
                continue
            if j - i >= 2 and text.endswith(" in ", 0, starts[i]) and _name_token_cached(words[i + 1], False):
                # "Permanent Representative to international organizations in Vienna Mikhail Example": a
                # place after "in", then the name (three capitalised words after "in" are never one name).
                i += 1
            if text.endswith(" of ", 0, starts[i]) and _PLACE_OF_BEFORE.search(text, max(0, starts[i] - 20), starts[i]):
                if j == i:
                    i += 1   # "the mayor of Novorossiysk": the place the office is of, no mayor's name
                    continue
                if j - i >= 2 and _name_token_cached(words[i + 1], False):
                    i += 1   # "Head of Nizhnekamsk Ramil Example": the place, then the name
            title_start = _title_before(text, starts[i])
            if text.endswith(("of ", "for ", "the "), 0, starts[i]) and _INSTITUTION_OF_BEFORE.search(text, max(0, starts[i] - 40), starts[i]):
                # "the Ministry of Emergency Situations": the words after an institution's "of" are its portfolio.
                i = j + 1
                continue
            if j - i != 1 and _PORTFOLIO_OF_BEFORE.search(text, max(0, starts[i] - 20), starts[i]):
                # "Secretary of Transport Piet Holm": the first word is the portfolio, not a name;
                # "the Secretary of Transport said" names nobody.
                if j == i:
                    i += 1
                    continue
                i += 1
            title = text[title_start : starts[i]].strip()
            if title.endswith((" of", " for")) and _POSSESSIVE_END.search(words[j]):
                # "the head of Zelenskyy's office Andriy Example": the title is of the office, not Zelenskyy's.
                title, title_start = "", starts[i]
            last_word = words[j][:-1] if _ends_sentence(words[j]) else words[j]
            if j > i and _surname_in_capitals(last_word):
                last_word_cased = last_word.capitalize()   # one spelling for "Alexey REZNIKOV" and "Reznikov said"
                name = _POSSESSIVE_END.sub("", " ".join([*words[i:j], last_word_cased]))
            else:
                name = _POSSESSIVE_END.sub("", " ".join([*words[i:j], last_word]))
            if j + 1 == len(words) and after and after.group(1).rstrip(".,;:") in _AREA_WORDS:
                i = j + 1
                continue   # "the governor of Russia's Northvale region": a place the reader does not know
            if j == i and title and (_bare(following[j]) in TITLE_WORDS or following[j] in _STATE_NOUNS) and not _POSSESSIVE_END.search(words[j]):
                # "Former Harbourland President X", "... of the Harbour Federation X": a lone word
                # between two titles qualifies the second; the whole is the title of the name after it.
                carried_title_start = title_start
                i = j + 1
                continue
            if carried_title_start is not None:
                title_start, carried_title_start = carried_title_start, None
                title = text[title_start : starts[i]].strip()
            if j == i and title.lower().endswith((" of the", " for the")):
                i = j + 1
                continue   # "the head of the Dnipropetrovsk regional military administration": a place, never a person after "the"
            if j == i and title and all(_bare(w) in PLACES or w.lower() in NATIONALITIES for w in title.split()):
                i = j + 1
                continue   # "in Russia's Volgograd": a country's lone capitalised word is a place of it, no one's name
            if j == i and j + 1 == len(words) and (nicknamed := _NICKNAME_THEN_SURNAME.match(text, run.end())) is not None and (
                    _name_token(nicknamed.group("surname"))):
                # 'Robert "Madyar" Brovdi': a call sign in quotation marks between the given name and the
                # surname; the name is the two.
                name = f"{_POSSESSIVE_END.sub('', words[i])} {_POSSESSIVE_END.sub('', nicknamed.group('surname'))}"
                runs.append(NameRun(name, starts[i], nicknamed.end("surname"), title, title_start))
            elif j > i or title:
                end = starts[j] + len(last_word)
                runs.append(NameRun(name, starts[i], end, title, title_start))
            i = j + 1
    return tuple(runs)


# An adverb alone in quotation marks at the end of a subject, right before the verb: 'he "strongly"
# [urged]' (the writer's irony, no one's words).
_QUOTED_ADVERB_END = re.compile(r"\s[\"\u201c\u00ab][a-z]+ly[\"\u201d\u00bb]$")
# A nickname or call sign in quotation marks between a given name and a surname: 'Robert "Madyar" Brovdi'.
_CALL_SIGN = r"[\"\u201c\u2018'][A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?[\"\u201d\u2019']"
_NICKNAME_THEN_SURNAME = re.compile(rf" {_CALL_SIGN} (?P<surname>[A-Z][\w'\u2019-]*)")   # (read after the given name)
_NICKNAME_IN_NAME = re.compile(rf"(?P<given>\b[A-Z][\w'\u2019-]*)(?P<sign>\s{_CALL_SIGN})(?=\s[A-Z])")   # (inside a subject)


# --- the article's people -----------------------------------------------------

@dataclass
class Person:
    name: str                              # the fullest form the article gives
    roles: list[str] = field(default_factory=list)
    role_words: set[str] = field(default_factory=set)


# A role after a name, up to its closing comma, or to the verb when the comma is left out
# ("Matthew Example, Spokesman of the US State Department stated that ...").
_APPOSITIVE = re.compile(r"^\s*,\s*(?:who is |the |an? )?(?!\s*[a-z]+ing\s)(?!\s*(?:during|in|at|on|after|before|while|when|speaking|according|via|with|from|to|for|writes|reports|who|which|said|says|told|tells|added|adds|stated|wrote|warned|noted|claimed|insisted|stressed|declared|announced|posted|replied|confirmed|denied)\b)(?P<role>[^,;.\u201c\u201d\"]{3,90}?)\s*(?:,|$|\s+(?:has|had|have|said|says|told|is|was|added|denied|accused|stressed|warned|noted|claimed|insisted|urged|reiterated|"
                         r"stated|states|declared|announced|explained|emphasi[sz]ed|confirmed)\b)")
_ROLE_BEFORE_COMMA = re.compile(r"\b(?:[Tt]he|an?|[Ff]ormer)\s+(?P<role>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,7}),\s$")
_TITLE_BEFORE_COMMA = re.compile(r"(?:^|(?<=[\s(]))(?P<role>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,9}),\s$")
_OF_ROLE = re.compile(r"^\s+(?:of|from|at)\s+(?:the\s+)?(?P<role>[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+)?[A-Z][\w'\u2019.-]*){0,6})")


_ROLE_FUNCTION_WORDS = frozenset(("the", "a", "an", "of", "for", "to"))
_DEFENCE_WORDS = frozenset(("defense", "defence"))
_US_WORDS = frozenset(("us", "u.s.", "usa", "u.s.a.", "american", "america", "united", "states"))


def _us_defence_role(role_words: set[str]) -> bool:
    """Whether a defence role can be the Pentagon's: not one of another country ("Ukrainian
    Secretary of Defense X" is no "head of the Pentagon")."""
    return not role_words.isdisjoint(_DEFENCE_WORDS) and not any(
        (w in NATIONALITIES or w in PLACES) and w not in _US_WORDS for w in role_words)


# Where words are said, which a phrase before a name may end with: no role of the name's.
_OCCASIONS = frozenset(("meeting", "meetings", "session", "summit", "conference", "briefing", "forum", "talks", "interview",
                        "visit", "hearing", "debate", "event", "ceremony", "speech", "address"))
# Forms of address, no offices: "Sir Keir Starmer" has no title that says what he does.
_HONORIFICS = frozenset(("sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr"))
# Offices one person holds, which an article may use to name again someone it first named
# without a title ("Sir Keir Starmer ... The UK prime minister said").
_HIGH_OFFICES = frozenset(("prime minister", "premier", "president", "chancellor", "foreign secretary", "foreign minister",
                           "defence secretary", "defense secretary", "defence minister", "defense minister",
                           "home secretary", "secretary of state", "secretary general", "secretary-general"))
# Roles a reporter gives a person the article named without a title (see SpeakerResolver._bind).
_UNTITLED_REFERENCES = frozenset("diplomat envoy ambassador representative politician lawmaker legislator parliamentarian".split())
_FORMER_ROLE = re.compile(r"(?:the\s+)?(?:former|ex-)", re.IGNORECASE)
def _names_a_person(owner: str) -> bool:
    """Whether the owner of "X's spokesman" is a person's surname: no place, nationality,
    institution or seat of power ("Putin's", not "the Kremlin's" or "Russia's")."""
    word = _strip_possessive(owner).lower()
    return (_is_capitalised(owner) and not _is_acronym(owner) and word not in PLACES and word not in NATIONALITIES
            and word not in ORG_HEADS and word not in SEATS_OF_POWER and word not in _ONE_WORD_OFFICES and word not in NOT_NAME
            and word not in TITLE_WORDS)


# Offices named by one word, whose officials speak for them ("the Pentagon representative").
_ONE_WORD_OFFICES = frozenset(("pentagon", "kremlin", "nato", "bankova", "elysee", "\u00e9lys\u00e9e", "whitehall"))
# Offices of a place that an article names without it: "Governor X" (of the article's region).
_LOCAL_HEADS = frozenset(("governor", "mayor"))


# Ministries as articles abbreviate them, with the role words that spell them out.
_ROLE_ABBREVIATIONS = (("mfa", frozenset(("foreign", "ministry"))), ("mfa", frozenset(("foreign", "affairs"))),
                       ("mod", frozenset(("defence", "ministry"))), ("mod", frozenset(("defense", "ministry"))))


# "The head of the President's Office, X, declared ...": the role that opens the sentence, then
# the name set apart by commas, is the sentence's subject.
_ROLE_APPOSED = re.compile(r"\b(?:The|An?)\s[^.,;:!?\"\u201c\u201d]{3,100},\s$")
# "..., with spokesman X asserting that ...": X is the subject of his own report, as much as one
# who opens a sentence ("However, he warned" after it is X).
_WITH_BEFORE = re.compile(r",\s+with\s+$")
# The participles that introduce a report after a comma (", adding that ..."): the statement reader
# joins and splits on them, and they make a subject of the one named before them here.
REPORTING_PARTICIPLES = ("adding|saying|noting|stressing|warning|insisting|claiming|stating|arguing|explaining|alleging|asserting|"
                         "declaring|emphasi[sz]ing|underscoring|reiterating|suggesting|acknowledging|admitting|confirming|revealing|announcing|pointing out")
_SPEAKING_AFTER = re.compile(rf"\s+(?:{REPORTING_PARTICIPLES})\b")


class People:
    """The persons one article names, with their roles, and where each is mentioned.

    Lookups are indexed (by surname, by offset) so that long texts stay linear.
    """

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self._by_surname: dict[str, list[Person]] = {}
        self._by_spelling: dict[str, list[Person]] = {}   # surnames by _spelling_key: "Zelensky" finds "Zelenskyy"
        self._by_first_word: dict[str, list[Person]] = {}   # persons by the first word of their name (by_first_word)
        self._by_shape: dict[tuple[int, str], list[str]] = {}   # surnames by length and first two letters (misspelling_of)
        self._with_role: dict[tuple[tuple[str, ...], str], list[Person]] = {}   # answers of with_role, until a name is added
        self.mentions: list[tuple[int, Person]] = []   # (offset, person) outside quotes, sorted by `finish`
        self._mention_offsets: list[int] = []
        self._mentioned_at: set[int] = set()
        self._first_at: dict[int, int] = {}   # id(person) -> offset of their first mention (first_mentioned)
        # Unplaced holders ("Governor X") that a role of a named place was read as: id -> place words.
        self._bound_places: dict[int, frozenset[str]] = {}
        # Offsets of mentions that are the subject of their sentence, and of every resolved speaker:
        # "he said" refers to the last of these, not to a person named as an object.
        self._subjects: set[int] = set()
        self._spoke_at: set[int] = set()   # offsets of resolved speakers only
        self._subject_persons: set[int] = set()   # id() of each person ever at an offset in _subjects
        self._quoted: list[tuple[int, int]] = []   # every quote's span, in text order (see unquoted_between)
        self._quote_starts: list[int] = []
        self._quoted_sums: list[int] = []

    def _find(self, name: str) -> Person | None:
        tokens = name.split()
        candidates = self._by_surname.get(tokens[-1])
        if not candidates and (key := _spelling_key(tokens[-1])) is not None:
            candidates = self._by_spelling.get(key)
        # No real article names more people of one surname than this; hostile text may name
        # thousands, and must not make each new name cost as much as all before it.
        given_surname = tokens[-1]
        for person in itertools.islice(candidates or (), _MOST_OF_ONE_SURNAME):
            ptokens = person.name.split()
            tokens[-1] = ptokens[-1]   # the spelling the article gave first
            if ptokens == tokens or (len(tokens) < len(ptokens) and ptokens[-len(tokens):] == tokens):
                return person
            if len(tokens) > len(ptokens) and (tokens[-len(ptokens):] == ptokens
                                               or (len(ptokens) >= 2 and tokens[0] == ptokens[0])):
                # A fuller form of a name seen before: "Jens Example" of "Example", or with a middle
                # name or initial, "Lloyd J. Example" of "Lloyd Example".
                if given_surname != ptokens[-1] and without_accents(given_surname) == ptokens[-1]:
                    tokens[-1] = given_surname   # (with the accents the first spelling lost: "Szijjarto", then "Péter Szijjártó")
                person.name = " ".join(tokens)
                return person
            if len(ptokens) > len(tokens) >= 2 and ptokens[0] == tokens[0]:
                return person   # "Lloyd Example" after "Lloyd J. Example"
            if len(ptokens) == len(tokens) == 2 and _transliterated_alike(ptokens[0], tokens[0]):
                return person   # "Radoslav Example" after "Radoslaw Example": one name, spelt from another alphabet
        if not candidates and (len(tokens) == 1 or (len(tokens) == 2 and _PATRONYMIC.fullmatch(tokens[1]))):
            first_worded = self._by_first_word.get(tokens[0], [])
            if len(first_worded) == 1:
                # "spokesperson Lin" after "Lin Jian": a Chinese name gives the surname first;
                # "Vyacheslav Viktorovich" after "Vyacheslav Volodin": his given name and patronymic.
                return first_worded[0]
        return None

    def add(self, run: NameRun, text: str) -> Person:
        """Register a name found in `text` (the run's offsets are relative to it) with the roles it is given."""
        self._with_role.clear()
        person = self._find(run.name) or self.register(run.name)
        roles = [run.title] if run.title else []
        if run.title and (office := _OFFICE_BEFORE_TITLE.search(text, max(0, run.title_start - 60), run.title_start)) is not None and (
                _bare(office.group("office").split()[-1]) in TITLE_WORDS):
            # "Deputy spokeswoman for the U.S. Department of Defense Sabrina Singh": the office, then its institution.
            roles[0] = text[office.start("office") : run.title_start] + run.title
        if not run.title and text[run.start - 2 : run.start] == ", ":
            if m := _ROLE_BEFORE_COMMA.search(text, max(0, run.start - 100), run.start):
                words = m.group("role").split()
                if (_bare(words[0]) in TITLE_WORDS or (len(words) <= 3 and _bare(words[-1]) in TITLE_WORDS)
                        # "the Kremlin's ambassador to London, Andrei Example": whose office, then the office
                        or (len(words) >= 2 and words[0].endswith(("'s", "\u2019s")) and _bare(words[1]) in TITLE_WORDS)) and _bare(words[-1]) not in _OCCASIONS:
                    # "the spokesperson for the President, Serhiy Example"; "The Ukrainian leader, X"
                    roles.append(m.group("role"))
            elif m := _TITLE_BEFORE_COMMA.search(text, max(0, run.start - 120), run.start):
                # "Deputy Prime Minister for European Integration of Ukraine, Olha Example": from the first title word.
                # (Not an occasion: "At a Security Council meeting, X said ...".)
                words = m.group("role").split()
                first = next((i for i, w in enumerate(words) if _is_capitalised(w) and _bare(w) in TITLE_WORDS), None)
                if first is None and len(words) <= 4 and words[0].endswith(("'s", "\u2019s")) and _bare(words[-1]) in TITLE_WORDS:
                    first = 0   # "Moscow's mayor, Sergei Example": an office, and whose it is
                if first is not None and _bare(words[-1]) not in _OCCASIONS:
                    roles.append(" ".join(words[first:]))
        after = text[run.end : run.end + 200]
        if m := _APPOSITIVE.match(after):
            roles.append(m.group("role"))
        elif m := _OF_ROLE.match(after):
            roles.append(m.group("role"))
        for role in roles:
            if role and role not in person.roles and len(person.roles) < 8:
                person.roles.append(role)
                person.role_words.update(w for w in re.findall(r"[\w.-]+", _strip_possessive(role.lower())) if w not in _ROLE_FUNCTION_WORDS)
                person.role_words.update(p for w in list(person.role_words) for p in w.split("-"))
                for abbreviation, spelt_out in _ROLE_ABBREVIATIONS:
                    if spelt_out <= person.role_words:
                        person.role_words.add(abbreviation)   # "the head of the Polish MFA" after "... Foreign Ministry"
                if "pm" in person.role_words:
                    person.role_words.update(("prime", "minister"))   # "the prime minister" after "Australian PM X"
        return person

    def register(self, name: str) -> Person:
        """A new person, filed under their surname (and its spelling key), with no roles yet."""
        self._with_role.clear()
        person = Person(name)
        self.persons.append(person)
        tokens = name.split()
        surname = tokens[-1]
        if 2 <= len(tokens) <= 3:
            self._by_first_word.setdefault(tokens[0], []).append(person)
        if surname not in self._by_surname:
            plain = without_accents(surname)
            self._by_shape.setdefault((len(plain), plain[:2]), []).append(surname)
        self._by_surname.setdefault(surname, []).append(person)
        if (key := _spelling_key(name.split()[-1])) is not None:
            self._by_spelling.setdefault(key, []).append(person)
        return person

    def _mention(self, position: int, person: Person) -> None:
        if position not in self._mentioned_at:
            self._mentioned_at.add(position)
            self.mentions.append((position, person))
            self._note_first(position, person)

    def _note_first(self, position: int, person: Person) -> None:
        first = self._first_at.get(id(person))
        if first is None or position < first:
            self._first_at[id(person)] = position

    def scan(self, text: str, offset: int, quoted: list[tuple[int, int]], named_in: frozenset[str] | None = None,
             running_text: bool = True) -> None:
        """Register every name in a paragraph; remember mentions outside quotes. Call `finish` after the last.

        `named_in`: register only names with a title, or whose surname is one of these words (the
        words of the body, for a headline in title case).
        `running_text`: False for a caption, whose names are mentions but never the subject a later
        "he" means (the article's sentences go on past the photo).
        """
        starts = [s for s, _ in quoted]
        self._quoted.extend(quoted)

        def in_quote(position: int) -> bool:
            i = bisect.bisect_right(starts, position) - 1
            return i >= 0 and position < quoted[i][1]

        full_names: list[tuple[int, int]] = []   # where a full name stood: its surname is no second mention
        for run in _names_in(text):   # offsets relative to the paragraph
            if len(run.name.split()) < 2 and self._find(run.name) is None and not run.title:
                continue
            if run.title and _names_an_institution(run.title, text[: run.title_start]):
                continue   # "the aviation agency Rosaviatsia": an institution's name, no person
            if named_in is not None and not run.title and run.name.rsplit(" ", 1)[-1] not in named_in:
                continue   # ("Scholz Repeats": no "Repeats" in the body; "Dmytro Example": "Example said" there)
            person = self.add(run, text)
            start = run.start + offset
            full_names.append((run.start, run.end))
            if not in_quote(start):
                self._mention(start, person)
                if _opens_sentence(text, run.title_start) or (
                        text.startswith(", ", run.end) and (role := _ROLE_APPOSED.search(text, max(0, run.title_start - 110), run.title_start))
                        and _opens_sentence(text, role.start())) or (
                        _SPEAKING_AFTER.match(text, run.end) and _WITH_BEFORE.search(text, max(0, run.title_start - 8), run.title_start)):
                    # (A name alone on its line is a byline or a label, no sentence's subject.)
                    if running_text and (text[run.end :].strip(" .,") or text[: run.title_start].strip()):
                        self._note_subject(start, person)
        # "Rutte said this at a press conference with President X. '...,' he said": a surname the
        # text never spells out, speaking at the start of a paragraph, is a person "he" may mean.
        # (One match at the start: an article opens so when its first lines were cut.)
        if (lone := _LONE_SURNAME_SPEAKS.match(text)) is not None and self._find(word := lone.group("word")) is None and (
                (speaker := _lone_word(word)) is not None and speaker.kind == "person" and not in_quote(offset)):
            # ("Rinkevichs said" after "Edgars Rinkevičs": the person named before, spelt another way.)
            lone_person = self.misspelling_of(word, offset) or self.register(word)
            self._mention(offset, lone_person)
            if running_text:
                self._note_subject(offset, lone_person)
        # Surnames alone ("Stoltenberg said") are mentions of a person already named.
        known_surnames = self._by_surname
        if not any(surname in text for surname in known_surnames):
            return   # two paragraphs in three name nobody known: skip reading their capitalised words
        for m in _CAPITALISED.finditer(text):
            word = m.group(0)
            if word.endswith(("'s", "\u2019s")):
                word = word[:-2]
            if word not in known_surnames:
                continue  # most capitalised words are nobody's surname: decided by one lookup
            position = m.start() + offset
            if position in self._mentioned_at or in_quote(position) or any(s < m.start() < e for s, e in full_names):
                continue
            named = self.by_surname(word)
            if named is not None:
                self._mention(position, named)
                if running_text and _opens_sentence(text, m.start()):
                    self._note_subject(position, named)

    def finish(self) -> None:
        self.mentions.sort(key=lambda pm: pm[0])
        merged: list[tuple[int, int]] = []   # (a quote within a quote counts once)
        for quote_start, quote_end in sorted(self._quoted):
            if merged and quote_start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], quote_end))
            else:
                merged.append((quote_start, quote_end))
        self._quoted = merged
        self._quote_starts = [quote_start for quote_start, _ in merged]
        # Quoted characters before each quote, for _quoted_before.
        self._quoted_sums = list(itertools.accumulate((end - start for start, end in merged[:-1]), initial=0))
        self._mention_offsets = [offset for offset, _ in self.mentions]

    def by_surname(self, word: str, position: int | None = None) -> Person | None:
        """The person a bare surname means (at `position`: the one named last before it)."""
        # Filed under the last word of their name, which a fuller form (see _find) keeps.
        matches = self._by_surname.get(word, ())
        if not matches and (key := _spelling_key(word)) is not None:
            matches = self._by_spelling.get(key, ())
        if not matches:
            return None
        if len(matches) == 1:
            return matches[0]
        # Two people share a surname: the one mentioned last. Everyone filed under it has that
        # surname (in one of its spellings), so the test needs no look through all of them.
        surname = matches[0].name.rsplit(" ", 1)[-1]
        key = _spelling_key(surname)
        before = len(self.mentions) if position is None else bisect.bisect_left(self._mention_offsets, position)
        for index in range(before - 1, -1, -1):
            person = self.mentions[index][1]
            last = person.name.rsplit(" ", 1)[-1]
            if last == surname or last == word or (key is not None and _spelling_key(last) == key):
                return person
        return matches[-1]

    def misspelling_of(self, word: str, position: int) -> Person | None:
        """The one person named before `position` whose surname `word` misspells: an accent more
        ("R\u00fctte"), one letter changed or two neighbours swapped (at least five letters), or one left
        out or added (at least four), the first two letters kept (the second may be a vowel for a vowel:
        "Lemmy" for "Lammy"; or swapped with the third: "Inhat" for "Ihnat").
        None when none or several."""
        if not word.isalpha() or len(word) < 3:
            return None   # (a letter or two misspells no surname: "B said")
        plain = without_accents(word)
        found: list[Person] = []
        # (Only surnames of about that length and that opening are compared: hostile text naming
        # thousands stays linear.)
        shapes = [(len(plain), plain[:2]), (len(plain) + 1, plain[:2]), (len(plain) - 1, plain[:2])]
        if len(plain) >= 5:
            shapes.append((len(plain), plain[0] + plain[2]))   # ("Inhat" for "Ihnat": the second and third swapped)
        if plain[1:2] in _VOWELS:
            # "Lemmy" for "Lammy": the one letter changed may be the second, a vowel for a vowel.
            shapes += [(len(plain), plain[0] + vowel) for vowel in _VOWELS if vowel != plain[1]]
        for shape in shapes:
            for surname in itertools.islice(self._by_shape.get(shape, ()), _MOST_OF_ONE_SURNAME):
                if surname == word or not _one_letter_apart(without_accents(surname), plain):
                    continue
                found.extend(p for p in self._by_surname[surname] if self._named_before(p, position) and p not in found)
                if len(found) > 1:
                    return None
        return found[0] if found else None

    def note_speaker(self, person: Person, position: int) -> None:
        """A resolved speaker is the subject of its clause, wherever the name stood ("said Peskov")."""
        if position not in self._mentioned_at:
            i = bisect.bisect_left(self._mention_offsets, position)
            self._mention_offsets.insert(i, position)
            self.mentions.insert(i, (position, person))
            self._mentioned_at.add(position)
            self._note_first(position, person)
        self._note_subject(position, person)
        self._spoke_at.add(position)

    def _note_subject(self, position: int, person: Person) -> None:
        self._subjects.add(position)
        self._subject_persons.add(id(person))

    def ever_subject(self, person: Person) -> bool:
        """Whether the article has made `person` a sentence's subject or a speaker so far (not only
        named them in passing: "world leaders, including China's Xi Jinping")."""
        return id(person) in self._subject_persons

    def unquoted_between(self, start: int, end: int) -> int:
        """How many characters from `start` to `end` stand outside quotes: how far apart two places
        are in the writer's own words (a long quote between a name and its "the lawmaker said" adds none)."""
        return end - start - (self._quoted_before(end) - self._quoted_before(start))

    def _quoted_before(self, position: int) -> int:
        i = bisect.bisect_right(self._quote_starts, position) - 1
        if i < 0:
            return 0
        quote_start, quote_end = self._quoted[i]
        return self._quoted_sums[i] + min(position, quote_end) - quote_start

    def last_before(self, position: int) -> Person | None:
        """Whom "he" or "she" at `position` means: the last subject named, else the last person named."""
        i = bisect.bisect_left(self._mention_offsets, position)
        for index in range(i - 1, max(-1, i - 40), -1):
            if self.mentions[index][0] in self._subjects:
                return self.mentions[index][1]
        return self.mentions[i - 1][1] if i else None

    def mentioned_between(self, person: Person, start: int, end: int) -> bool:
        """Whether `person` is mentioned (or spoke) after offset `start` and before `end`."""
        index = bisect.bisect_left(self._mention_offsets, end) - 1
        while index >= 0 and self.mentions[index][0] > start:
            if self.mentions[index][1] is person:
                return True
            index -= 1
        return False

    def untitled_subject_before(self, position: int) -> Person | None:
        """The person named last before `position`, when that mention was a sentence's subject, is
        close (`_NAMED_SOON_AFTER`), spelled out in full, and given no title but a form of address ("Sir")."""
        i = bisect.bisect_left(self._mention_offsets, position) - 1
        # (Past people named with a title in between, never subjects: "Sir Keir Example has declined ...
        # after President Joe Example authorised ... The UK prime minister said": the one before them.)
        while i >= 0 and self.mentions[i][0] not in self._subjects and self.mentions[i][1].roles and position - self.mentions[i][0] <= _NAMED_SOON_AFTER:
            i -= 1
        if i < 0:
            return None
        offset, person = self.mentions[i]
        if offset not in self._subjects or position - offset > _NAMED_SOON_AFTER or not person.role_words <= _HONORIFICS or " " not in person.name:
            return None   # (a lone surname the article never spells out may be anyone's; "Sir" is no office)
        return person

    def _named_before(self, person: Person, position: int) -> bool:
        return (first := self.first_mentioned(person)) is not None and first < position

    def by_first_word(self, word: str, position: int) -> Person | None:
        """The one person named before `position` whose name of two or three words begins with `word`:
        "Mao said" after "spokesperson Mao Ning" (a Chinese name gives the surname first). None
        when none or several do."""
        found = [person for person in itertools.islice(self._by_first_word.get(word, ()), _MOST_OF_ONE_SURNAME)
                 if self._named_before(person, position)]
        return found[0] if len(found) == 1 else None

    def named_after_last_of(self, person: Person, position: int, reach: int = 400) -> list[Person]:
        """The others named after `person`'s last mention before `position` (within `reach`), each once."""
        end = bisect.bisect_left(self._mention_offsets, position)
        others: list[Person] = []
        for index in range(end - 1, max(-1, end - 40), -1):
            offset, named = self.mentions[index]
            if named is person or offset < position - reach:
                break
            if named not in others:
                others.append(named)
        return others

    def women_named_before(self, position: int) -> list[Person]:
        """The women (see `_female`) among the last few hundred names before `position`, each once."""
        end = bisect.bisect_left(self._mention_offsets, position)
        women: list[Person] = []
        for _, person in self.mentions[max(0, end - 300) : end]:
            if person not in women and _female(person):
                women.append(person)
        return women

    def untitled_holder(self, head: str, position: int) -> Person | None:
        """Whom "the prime minister", "the diplomat" names when the article gives the role to nobody
        by title: the person named without one just before, or the one such person who spoke."""
        if self.with_role([], head):
            return None
        return self.untitled_subject_before(position) or self.sole_untitled_speaker(position)

    def of_country_only(self, modifiers: tuple[str, ...], position: int) -> Person | None:
        """The one person named before `position` whom the article gives a country and no office
        ("Turkey's Recep Tayyip Erdogan"), that country the one `modifiers` names ("Turkish")."""
        found: Person | None = None
        for person in self.persons:
            words = person.role_words - _HONORIFICS
            first = self._first_at.get(id(person))
            if (first is None or first >= position or not words or not all(w in PLACES or w in NATIONALITIES for w in words)
                    or not all(_country_in(m, words) for m in modifiers)):
                continue
            if found is not None:
                return None
            found = person
        return found

    def sole_untitled_speaker(self, position: int) -> Person | None:
        """The one person, spelled out in full and given no title, who spoke in the
        `_SOLE_UNTITLED_REACH` characters before `position`; None when none or several did."""
        found: Person | None = None
        i = bisect.bisect_left(self._mention_offsets, position) - 1
        lowest = i - 200   # (a bounded look back: a text of a thousand names stays linear)
        while i >= 0 and i > lowest and position - self.mentions[i][0] <= _SOLE_UNTITLED_REACH:
            offset, person = self.mentions[i]
            if offset in self._spoke_at and person.role_words <= _HONORIFICS and " " in person.name:
                if found is not None and found is not person:
                    return None
                found = person
            i -= 1
        return found

    def named_soon_after(self, head: str, position: int, modifiers: tuple[str, ...] = ()) -> Person | None:
        """The article's one holder of role `head` when it first names them soon after `position`."""
        holders = self.with_role(list(modifiers), head)
        if len(holders) > 1:
            # "A regional governor said ... Maxim Example, governor of the X region, said": of several
            # holders, the next person the article names, if a holder named here for the first time.
            after = bisect.bisect_right(self._mention_offsets, position)
            if after == len(self.mentions) or self.mentions[after][1] not in holders:
                return None
            holders = [self.mentions[after][1]]
        if len(holders) != 1:
            return None
        first = self.first_mentioned(holders[0])
        return holders[0] if first is not None and 0 < first - position <= _NAMED_SOON_AFTER else None

    def first_mentioned(self, person: Person) -> int | None:
        """Where the article first names `person` outside quotes (None: never)."""
        return self._first_at.get(id(person))

    def by_role(self, modifiers: list[str], head: str, position: int, only_one: bool = False) -> Person | None:
        """The person this article gave a role matching "the NATO chief", "the minister"
        (with `only_one`, None when the article gave it to more than one person)."""
        candidates = self.with_role(modifiers, head)
        if not candidates or (only_one and len(candidates) > 1):
            return None
        # The one named last before; else one named right after ("The health minister said ...
        # Health Minister X added ..."), never a spokeswoman named only paragraphs further down
        # (a "Recall" paragraph about another story).
        after = bisect.bisect_left(self._mention_offsets, position)
        if len(candidates) > 1:
            # Of two presidents, the one the text last made a subject ("He said this at a press
            # conference with Finnish President X. ... the president emphasized": not X, named in passing).
            for index in range(after - 1, max(-1, after - 40), -1):
                offset, person = self.mentions[index]
                if person in candidates and offset in self._subjects:
                    return person
        for index in range(after - 1, -1, -1):
            if self.mentions[index][1] in candidates:
                return self.mentions[index][1]
        if len(candidates) == 1:
            # (Further on for a role the article narrows: "the Kremlin's top spokesman said" in the lead,
            # "Kremlin spokesman X" two paragraphs down.)
            reach = _NAMED_SOON_AFTER if not modifiers else 2 * _NAMED_SOON_AFTER
            for index in range(after, len(self.mentions)):
                offset, person = self.mentions[index]
                if offset - position > reach:
                    break
                if person is candidates[0]:
                    return person
        return None

    def untitled_named_before(self, position: int, other: Person) -> bool:
        """Whether someone other than `other`, given no title, was named for the first time in the
        `_NAMED_SOON_AFTER` characters before `position`."""
        before = bisect.bisect_left(self._mention_offsets, position) - 1
        if before < 0 or position - self.mentions[before][0] > _NAMED_SOON_AFTER:
            return False
        person = self.mentions[before][1]
        # (Introduced there in full, first name and surname: a surname alone is someone named before.)
        first = self.first_mentioned(person)
        return (person is not other and not person.roles and " " in person.name
                and first is not None and position - first <= _NAMED_SOON_AFTER)

    def placed_elsewhere(self, person: Person, modifiers: Sequence[str]) -> bool:
        """Whether the article put `person`'s office in a place, and not in any the modifiers name
        (the governor of Krasnodar is not "the governor of Russia's Belgorod region")."""
        places = self._bound_places.get(id(person)) or frozenset(w for w in person.role_words if w in PLACES)
        named = [_strip_possessive(m.lower()) for m in modifiers]
        # (The country both share says nothing: the most specific place, named last, must differ.)
        return bool(named) and bool(places - set(named)) and named[-1] not in places

    def with_role(self, modifiers: list[str], head: str) -> list[Person]:
        """The persons this article gave a role matching "the NATO chief", "the minister"."""
        key = (tuple(modifiers), head)
        if (known := self._with_role.get(key)) is None:
            known = self._with_role[key] = self._find_with_role(modifiers, head)
        return known

    def _find_with_role(self, modifiers: list[str], head: str) -> list[Person]:
        head = head.lower().replace(" ", "-")
        # "the Secretary of State" is the "State Secretary": role words leave out "of" (see People.add).
        head_parts = set(head.split("-")) - _ROLE_FUNCTION_WORDS
        generic = head in ("chief", "head", "leader", "boss")
        candidates = []
        unplaced = []   # the head fits, and the role names an area but not which one
        holders = 0     # the head fits, the modifiers do not
        former_asked = "former" in (m.lower() for m in modifiers)
        for person in self.persons:
            words = person.role_words
            if not words:
                continue
            if not former_asked and "former" in words and all(_FORMER_ROLE.match(role) for role in person.roles):
                continue   # "the Russian leader" is never the "Former Russian President" the article named
            if (bound := self._bound_places.get(id(person))) is not None:
                words = words | bound
            head_ok = (head in words or head_parts <= words or (generic and bool(words & LEADER_WORDS))
                       # "the premier" is the prime minister, and the other way round
                       or (head == "premier" and {"prime", "minister"} <= words) or (head == "prime-minister" and "premier" in words)
                       or (head == "diplomat" and any(role <= words for role in _DIPLOMAT_ROLES))
                       # "the Defense Minister" after "Defense Secretary John Example": a portfolio's secretary is its minister.
                       or ("minister" in head_parts and "secretary" in words and "general" not in words and "press" not in words
                           and bool(head_parts - {"minister"} or modifiers) and head_parts - {"minister"} <= words))
            if head in _SPOKES or (head == "secretary" and "press" in modifiers):
                # A press secretary is the spokesperson ("the press secretary of the President, X" ...
                # "the spokesperson said").
                head_ok = bool(words & _SPOKES) or _PRESS_SECRETARY <= words
            elif head_ok and head_parts & _HEADS_OF_STATE and not any(_heads_role(head_parts, role) for role in person.roles):
                # "the president" is never the "Press Secretary of the President" nor the "head of the
                # Office of the President": the office must head one of the person's roles.
                head_ok = not person.roles
            elif head in ("official", "representative") and (len(modifiers) >= 2 or (
                    len(modifiers) == 1 and _strip_possessive(modifiers[0]).lower() in _ONE_WORD_OFFICES)):
                # "The White House official", "the Pentagon representative": whoever holds a role
                # there. Another word alone ("the US official") fits too many: a president as well as his aide.
                head_ok = True
            elif head == "representative" and not head_ok:
                # A spokesperson is their office's representative (the "official representative" of a
                # ministry, in translations from Russian and Ukrainian).
                head_ok = bool(words & _SPOKES)
            mods_ok = all(m.lower() in words or _country_in(m, words) or (_strip_possessive(m.lower()) == "pentagon" and _us_defence_role(words))
                          or _seat_fits(m, words)
                          # ("the President of the Russian Federation": the Russian President)
                          or (m in _STATE_NOUNS and len(modifiers) > 1)
                          for m in modifiers)   # ("the Pentagon chief": the Defense Secretary)
            if head_ok and mods_ok:
                candidates.append(person)
            elif head_ok:
                holders += 1
                if (modifiers and bound is None and (head in _LOCAL_HEADS or not words.isdisjoint(_AREA_WORDS))
                        and not any(w in PLACES or w in NATIONALITIES for w in words)):
                    unplaced.append(person)
        # "The governor of the region, X, ..." then "according to the governor of the Belgorod
        # region", or "Volgograd's governor ... Governor X said": the article's one governor, of a
        # place it does not name. (Not when it names another governor, of a place this reader may
        # not know: "Lakeside governor Y"; nor a president, whose country matters: "Russia's president".)
        if candidates or not (holders == len(unplaced) == 1 and all(m[:1].isupper() for m in modifiers)):
            return candidates
        # From now on he governs that place, and "the governor of the Northvale region" is someone else.
        self._bound_places[id(unplaced[0])] = frozenset(m.lower() for m in modifiers)
        return unplaced


_OF_PORTFOLIO = re.compile(r"\b(ministry|department|office) of (?:the )?(\w+)(?: affairs)?$")
# Whose it is, after the portfolio: "Ministry of Defense of the Russian Federation".
_OF_OWNER = re.compile(r"^(?P<inst>.*\b(?:ministry|department|office) of (?:the )?\w+(?: affairs)?) of (?:the )?(?P<owner>[\w ]+)$")


def _institution_kind(name: str) -> str:
    """An institution's name as "the ... ministry" would name it: "Russian Ministry of Defense"
    is the "russian defence ministry", "Ministry of Defense of the Russian Federation" the
    "russian federation defence ministry"."""
    lowered = name.lower().replace("defense", "defence")
    if (m := _OF_OWNER.match(lowered)) is not None:
        lowered = f"{m.group('owner')} {m.group('inst')}"
    return _OF_PORTFOLIO.sub(r"\2 \1", lowered)


def _ministry_for_department(referred: str) -> tuple[str, ...]:
    """"the defence department" as a translation from Russian may call a ministry ("the military
    department said"): the ministry it may mean, if `referred` is a department. ("The military
    said" after the defence ministry spoke: that ministry, or the armed forces or general staff.)"""
    if referred == "military":
        return ("defence ministry", "armed forces", "general staff")
    return (referred[: -len("department")] + "ministry",) if referred.endswith("department") else ()


# --- subjects of reporting verbs ------------------------------------------------

@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str      # person | role | body
    role: str = "" # what the article calls them ("Kremlin spokesman"), context for the topic


# A subordinate clause's conjunction before its subject: "While the prime minister emphasised that
# ..., he said ...", "Although X said ...". (With a comma after, it opens a phrase: _LEADING_PHRASE.)
_SUBORDINATOR = re.compile(r"^(?:while|whereas|where|although|though|when|after|because|since|once|before|until)\s+(?=[^,]*$)", re.IGNORECASE)
# A relative clause's object before its subject: "... into Russia — something the Kremlin said would
# signal ...", "a step which the ministry said": the speaker is who follows.
_RELATIVE_OBJECT = re.compile(r"^(?:(?:some|any|every)thing(?:\s+(?:that|which))?|which|whom)\s+(?=(?:the\s+)?[A-Z][^,]*$)", re.IGNORECASE)
_LEAD_IN = re.compile(
    # ("Later Wednesday, the ministry said": the day with it, or "Wednesday" is read as a name.)
    rf"^(?:(?:(?:late|early|earlier|later)(?:\s+on)?\s+(?:{WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?(?=,)|"
    r"and|but|so|yet|meanwhile|however|separately|elsewhere|earlier|later|also|then|instead|in addition|"
    r"in response(?: to [^,]{1,80})?(?=,)|"   # (not "In response " alone: "In response to the move, X said")
    r"yesterday|today|tonight|overnight|"
    # A time counted from another event: "About an hour later, X said", "The next day, X said".
    r"(?:about |some |just |only |nearly |almost |barely )?(?:an?|one|two|three|four|five|six|seven|several|a few|a couple of|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?|minutes?)\s+(?:later|earlier|before|afterwards|ago)(?=,)|"
    # (Never "after" with a clause: "A few hours after Macron spoke, a spokesperson told CNN ...".)
    r"(?:hours|days|weeks|months|minutes|moments|shortly|soon|not long)\s+(?:later|afterwards|before)(?=,)|"
    r"(?:the\s+)?(?:next|following|previous)\s+(?:day|morning|evening|week)(?=,)|later that (?:day|morning|evening|night)(?=,)|"
    # Sentence adverbs ("Thus, the Kremlin said"): never a surname of the speaker.
    r"thus|hence|therefore|nevertheless|nonetheless|moreover|furthermore|additionally|indeed|similarly|likewise|"
    r"previously|recently|subsequently|consequently|accordingly|besides|notably|finally|again|now|still|in particular|"
    r"currently|initially|originally|reportedly|apparently|importantly|specifically|crucially|separately|"
    r"as a result|in other words|on the other hand|afterwards|overall|ultimately|at the time|"
    # (and any adverb of a writer's comment by its form: "Interestingly, Germany is ...", "Oddly, the
    # ministry"; lower case after its capital, so no "McNally, the minister")
    r"(?-i:[A-Z][a-z]{2,}(?:ingly|edly|ally|ously|ably|ibly|ently|antly|ively|ately|fully|ily|ely)|Oddly|Sadly)(?=,)|"
    # ("In a statement carried by Russian news agencies, the ministry said": where it appeared too.)
    r"in a(?:n? \w+)? statement (?:carried|published|posted|released|issued|cited|quoted|shared|circulated) (?:by|on|in) [^,]{2,60}(?=,)|"
    # ("In an interview published on Tuesday, X said": the rest of the phrase up to its comma.)
    r"in (?:a statement|an interview)(?: [^,\"\u201c\u201d]{1,100})?(?=,)|in a statement|in an interview|at the same time|in turn|for (?:his|her|its|their) part|for example|"
    # "Recall that earlier the head of the region reported ...": a translated "we remind you".
    r"(?:let us |let's |we )?recall that|it should be recalled that|we remind (?:you )?that|as a reminder|"
    r"(?:late |early )?(?:on|last|this) (?:\w+day|week|month|morning|evening|night)(?: \w+)?|"
    # An occasion and its day, with no comma: "At the UN briefing on Wednesday Russian Foreign Minister X said".
    r"(?:at|during|after|in) (?:the|a|an|his|her|its|their) [^,]{2,60}? (?:on|last|this) \w+day|"
    r"(?:on|in) \w+ \d{1,2}(?:, \d{4})?|speaking [^,]{0,60}|according to [^,]{2,60},|"
    # The outlet that reported it first: "As Ukrinform reported, on 7 August, spokesman X said".
    r"as (?:[^,]{1,60}?\s)?(?:reported|reports|writes|wrote|informed|noted|said|stated|stressed|emphasi[sz]ed|pointed out|explained|put it)"
    r"(?:\s+by\s+[^,]{2,60})?(?=,))\s*,?\s+)+",
    re.IGNORECASE,
)
# A wire dateline opening the first sentence: "KYIV, May 28 (Reuters) - ", "MOSCOW, June 3. /TASS/. ".
_MONTH_PATTERN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
# "MOSCOW: The Kremlin said ...": a colon after a lone word in capitals ends a dateline only when the
# word is a known place; "PESKOV: ..." labels a speaker in a transcript, "UPDATE: ..." a revision.
_PLACE_COLON = ("(?:" + "|".join(sorted(form for place in PLACES if place.isalpha() and len(place) >= 4 for form in (place.upper(), place.title())))
                + r")(?:\s*\([^)]{1,30}\))?:\s+")
_PLACE_TITLE = "(?:" + "|".join(sorted(place.title() for place in PLACES if place.isalpha() and len(place) >= 4)) + r")\b"
_WIRE_DATELINE = re.compile(
    r"^[A-Z]{3,}(?:[ '\u2019-][A-Z]{2,})*(?:\s*/\s*[A-Z]{3,}(?:[ '\u2019-][A-Z]{2,})*)*"   # KYIV, NEW YORK, MOSCOW / PRAGUE
    rf"(?:,\s*(?!{_MONTH_PATTERN}\b)[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*)?)?"  # , Ukraine
    rf"(?:,?\s*(?:{_MONTH_PATTERN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH_PATTERN})(?:,\s*\d{{4}})?\.?)?"   # , May 28 (or "April 26th", "30 December")
    r"\s*(?:/[^/]{1,20}/\.?\s+|(?:\([^)]{1,30}\))?\s*(?:[-\u2013\u2014]+\s+|[\u2013\u2014]+(?=[A-Z]))"   # /TASS/. or (Reuters) - or KYIV—
    r"|\([^)]{1,30}\)\s*-(?=[A-Z])"   # or an updated wire story's "(Reuters) -An oil refinery"
    r"|\([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?\)\s+(?=[A-Z])"   # or an agency's tag with no dash: "MOSCOW (Sputnik) The ..."
    r"|\([A-Z][^()]{0,60}\d{4}\)\s*(?:[-\u2013\u2014]+\s*)?(?=[A-Z]))"   # ... or with its date: "(Example News - 7th December, 2022) "
    # A colon ends it only after a country, never after a lone word in capitals ("UPDATE:"): "MESEBERG, Germany: ".
    r"|^[A-Z]{3,}(?:[ '\u2019-][A-Z]{2,})*,\s*[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*)?\s?:\s+"
    rf"|^{_PLACE_COLON}"
    # An agency's tag alone, in capitals, opening the text: "(MENAFN) A Ukrainian drone assault ...".
    r"|^\([A-Z]{3,}[A-Z&.-]*\)\s+(?=[A-Z])"
    # The agency's address glued to the city in capitals: "aa.com.trMOSCOW Russia on Monday said ...".
    r"|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|ua|ru|uk|tr|de|fr|pl|by|kz|eu|io)(?:\.[a-z]{2})?[A-Z]{3,}(?:[ '\u2019-][A-Z]{2,})*\s+(?=[A-Z])"
    # A city in capitals and its day, the dash lost in copying: "MOSCOW, February 20 Before the ...".
    rf"|^[A-Z]{{3,}}(?:[ '\u2019-][A-Z]{{2,}})*,\s*{_MONTH_PATTERN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?=[A-Z][a-z])"
    # In title case, places and a day, then the agency's tag and a dash: "Moscow/London, July 31,(dpa/GNA) \u2013 ".
    rf"|^[A-Z][a-z]+(?:/[A-Z][a-z]+)*,\s*(?:{_MONTH_PATTERN}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_PATTERN}),?\s*\([^)]{{1,30}}\)\s*[-\u2013\u2014]+\s+(?=[A-Z])"
    # In title case, a place and its country or state before a dash: "Washington, DC \u2014 ", "Kyiv, Ukraine \u2013 ".
    r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s+[\u2013\u2014]\s+(?=[A-Z])"
    # A hyphen serves as the dash when a country or known place follows the comma: "Moscow, Russia - ".
    rf"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*{_PLACE_TITLE}\s+-\s+(?=[A-Z])"
    # ... or a colon, with a space before it or none: "Kyiv, Ukraine : Russia claimed ...".
    rf"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*{_PLACE_TITLE}\s?:\s+(?=[A-Z])"
    # A place in title case and an agency's tag: "Moscow, (APP - Example News - 3rd Feb, 2024) A fire ...".
    r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s*\([A-Z]{2,}[^()]{0,80}\)\s*(?:[-\u2013\u2014]+\s*)?(?=[A-Z])"
    # A known place and an agency's initials before a dash, glued or not: "Moscow, SANA- ", "Kyiv, UNN \u2013 ".
    rf"|^{_PLACE_TITLE},\s*[A-Z]{{2,6}}\s?[-\u2013\u2014]+\s*(?=[A-Z])"
    # ... or its state's code without a comma: "Washington DC - ".
    r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?:[A-Z]{2}|D\.C\.)\s+[-\u2013\u2014]\s+(?=[A-Z])"
    # A date and an agency's tag before a dash: "March 14, 2024 (EIRNS)\u2014Yesterday, ...", "May 31 (UPI) -- ".
    rf"|^(?:{_MONTH_PATTERN}\.?\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH_PATTERN}\.?)(?:\s+\d{{4}})?\s*\([^)]{{1,30}}\)\s*[-\u2013\u2014]+\s*(?=[A-Z])"
    # An agency's name in capitals, hyphenated, with no dash after it: "EXAMPLE-NEWS Air defense destroyed ...".
    r"|^[A-Z]{3,}(?:-[A-Z]{2,})+\s+(?=[A-Z][a-z])"
    # A scraped page's date label glued to the first sentence: "date 2023-07-05 Islam Times - ".
    r"|^(?:(?:date|published|posted|updated):?\s*\d{4}-\d{2}(?!-)|(?:date|published|posted|updated)?:?\s*\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?Z?)?\s+"
    # (after it, an outlet's or a place's name and a dash: "Islam Times - ", "Beijing, China - ")
    rf"(?:(?:[A-Z][\w.&'\u2019-]*,?\s+){{1,4}}[-\u2013\u2014]+\s+|{_PLACE_COLON})?")
# A newsroom's byline: "Web Desk: ", "Moon Desk: ", "Kyiv Bureau: ".
_NEWSROOM = r"(?:[\w.&'\u2019-]+\s+){1,2}(?:desk|bureau|newsroom)\s*:\s*"
NEWSROOM_LABEL = re.compile(_NEWSROOM, re.IGNORECASE)
# Section labels some outlets put before a paragraph: "Details: Zelenskyy added that ...", a
# newsroom's byline, and an agency's tag: "(MENAFN) In a stern rebuke, Maria Example ...".
_SECTION_LABEL = re.compile(r"^(?:(?:details|background|quote|update|context|reminder|previously|recap|for reference|comment|reaction)\s*:\s*"
                            rf"|{_NEWSROOM}"
                            # (a live blog's clock time: "9:20 p.m.: ", "14:05 GMT: ")
                            r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?:\s+"
                            r"|\([A-Z][\w.&'\u2019 -]{1,30}\)\s*)+", re.IGNORECASE)
# A leading phrase before the subject: "In an interview with the Economist, ", "Asked about the strikes, ".
# A participle's phrase may run long ("Answering the question at the briefing whether what is
# happening in ... corresponds to ..., Singh said"); it is never the words said.
_PARTICIPLES_OF_SPEECH = "speaking|asked|addressing|responding|replying|commenting|answering|referring|talking|reacting|questioned|pressed"
# A list bullet before a paragraph's first word: "- Earlier, Olaf Example opposed ...".
# (Any of the glyphs pages use, and "?" where a page's bullet lost its encoding: "? Two women were ...".)
_BULLET_OPENING = re.compile(r"^[-\u2013\u2014\u2022\u2023\u2043\u25aa\u25a0\u25cf\u25e6\u25ba\u25b6\u220e\u00b7*?]\s+"
                             # Geometric shapes, symbols and emoji set as bullets, a space after them or not ("\u25feThe West ...").
                             r"|^[\u2022\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF][\ufe0f\u200d]*\s*")
_LEADING_PHRASE = re.compile(
    # ("From the Oval Office, President X told reporters ...": where X spoke from.)
    # ("Even before taking office as chancellor, Merz said ...": an adverb may stand first.)
    r"^(?:(?:(?:even|just|shortly|long|well|only|right|immediately)\s+)?"
    r"(?:(?:in|at|on|upon|from|during|after|before|following|prior\s+to|ahead\s+of|to\s+(?:the|a|this|that)\s+question|"
    # ("Over the weekend, Secretary X said"; not "Over 100 officials, ...": a count is no time.)
    r"over\s+(?:the|this|that|recent|several|a)|throughout|within|"
    r"earlier|later|meanwhile|however|separately|still|instead|last|this|overnight|now|then|also|but|and|while|for|despite|"
    # A subordinate clause before the subject: "As the summit begins on July 9, Kirby said ...".
    r"when|as|although|though|whereas|because|once|until|unless|whether|"
    # (and an aside on the phrase before: "In an interview with Time, which named him ..., X said")
    r"which|where|"
    # ("Without mentioning the attack on Tver, the ministry said ...": what the speaker left out.)
    rf"since|amid|visiting|in response|with|without|unlike|contrary\s+to|as\s+(?:recently|early|late)\s+as|as\s+of|"
    # "A few hours after X delivered the announcement, ..."
    r"(?:(?:a\s+few|several|some|one|two|three|\d+)\s+)?(?:hours?|days?|minutes?|weeks?)\s+(?:after|before|later))\b[^,]{0,150}|"
    # A date alone: "May 31, Peskov ... said", "31 May, ...".
    rf"{_MONTH_PATTERN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_PATTERN}(?:\s+\d{{4}})?|"
    rf"(?:(?:when|if|once)\s+)?(?:writing|{_PARTICIPLES_OF_SPEECH})\b[^,;\"\u201c\u201d]{{0,200}}|"
    # Any participle's phrase: "Arriving at the summit, X said" (not "Beijing, ...": a lower-case word follows).
    r"(?!(?:some|any|no|every)thing\b)(?-i:[A-Z]?[a-z]{2,}ing)\s+(?-i:[a-z])[^,;\"\u201c\u201d]{0,150}),\s+)+",
    re.IGNORECASE)
# A participle's phrase with commas of its own: the subject follows one of them.
_PARTICIPLE_OPENING = re.compile(rf"^(?:(?:when|if|once)\s+)?(?:{_PARTICIPLES_OF_SPEECH})\b"
                                 # any participle before a preposition or determiner: "Hinting at Britain, which ..., Scholz said"
                                 r"|^(?-i:[A-Z][a-z]{2,}ing)\s+(?-i:at|to|on|about|in|with|for|from|into|over|after|the|a|an|his|her|their|its)\s"
                                 # ... or before a capitalised word, when a comma closes the phrase: "Citing British
                                 # intelligence, Mr Healey said" (not "Browning Smith said").
                                 r"|^(?-i:[A-Z][a-z]{2,}ing)\s+(?-i:[A-Z])[^,;:\"\u201c\u201d]{0,80},\s",
                                 re.IGNORECASE)
# The last clause boundary before the subject: "..., while the governor of the region [said]".
# The marks a comma may close a quote with before the next words ('a "provocation," while ...').
_MARKS_AFTER_COMMA = "\"\u201d\u2019"
# (Its comma may close a quote: '... a "provocation," while his officials said'.)
_CLAUSE_BOUNDARY = re.compile(rf"(?:,[{_MARKS_AFTER_COMMA}]?\s*(?:while|and|but|as|after|when|whereas|although|though|before|because)\s+|;\s*|\s[\u2014\u2013]\s)")
# ... but "while visiting Kyiv," or "when in Kyiv," between the subject and its verb has no subject:
# an aside of the clause around it.
_VERBLESS_ASIDE = re.compile(r",\s*(?:while|when|after|before|as)\s+(?:[a-z]{2,}ing|in|at|on|during|asked)\b[^,;\"\u201c\u201d]{0,80},$")
# "His comments came after Lavrov said ...", "This comes as Russia's defense ministry claimed ...":
# without a comma, a subordinating word before a capitalised word opens the clause whose subject
# speaks. (With commas, "Kuleba, speaking before Zelensky arrived, said" is an apposition: left
# to the rules for those.)
_SUBORDINATE = re.compile(r".*\s(?:after|since|because|although|though|when|once|until|before|(?:comes|came|come|coming)\s+as)\s+(?=[A-Z]|the\s+[A-Z])", re.DOTALL)
# "X issued a warning to residents, urging caution as he emphasized that ...": a pronoun right before
# the verb, after a subordinating word, is the subject, whatever stands before it.
_SUBORDINATE_PRONOUN = re.compile(r".*\s(?:as|while|when|after|since|because|although|though|once|until|before)\s+(?=(?:he|she|they)$)", re.DOTALL)


# "Zelenskyy inquired about ... and Syrskyi [assured]": a named subject and its own past verb, then
# "and" and a name alone before the reporting verb: a second clause, whose subject speaks.
_SECOND_CLAUSE = re.compile(r"^(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:also\s+|later\s+|then\s+)?(?-i:[a-z]{2,}ed)\s[^,;]*?\sand\s+"
                            r"(?=[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?$)")


# The last item of a list set off by commas ("Several allies, including Canada, Denmark, and Sweden,
# already pledged ..."): its ", and" opens no clause of its own.
_NAME_ITEM = r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"   # one item of such a list
_LIST_ITEM_BEFORE = re.compile(rf",\s+{_NAME_ITEM}$")
_LAST_LIST_ITEM = re.compile(rf"{_NAME_ITEM},\s*$")
# ... or a list that is itself the subject, its serial comma before "and" ("Denmark, Belgium, and
# Norway said"): names from the start, perhaps after a lead-in of a preposition ("In addition to
# Denmark, the Netherlands, Belgium, and Norway have promised"); "Drones hit Kursk, Belgorod, and
# Peskov said" is two clauses.
_SUBJECT_LIST_HEAD = re.compile(
    r"(?:(?:In\s+addition\s+to|Besides|Like|Alongside|Along\s+with|Apart\s+from|As\s+well\s+as|Together\s+with|After|Following)\s[^,]{1,60},\s*)?"
    rf"(?:{_NAME_ITEM},\s*)+")
_LAST_NAME_ITEM = re.compile(rf"{_NAME_ITEM}\s*")


# An aside set off by two dashes, then a name right before the verb: the name is the subject.
_NAME_AFTER_DASHED_ASIDE = re.compile(r"[\u2013\u2014][^\u2013\u2014]{3,200}[\u2013\u2014]\s*(?=[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}$)")


def speaking_clause_start(region: str) -> int:
    """Where the clause of the reporting verb begins in the words before it (0: at their start)."""
    if ("\u2014" in region or "\u2013" in region) and (aside := _NAME_AFTER_DASHED_ASIDE.search(region)) is not None:
        return aside.end()   # "When pressed about ... involvement\u2014which others did not endorse\u2014Barrot [stated]"
    if region.endswith(("he", "they")) and (m := _SUBORDINATE_PRONOUN.match(region)) is not None:
        return m.end()
    boundaries = list(_CLAUSE_BOUNDARY.finditer(region))
    if boundaries and region.startswith(", and", boundaries[-1].start()) and _LAST_LIST_ITEM.fullmatch(region, boundaries[-1].end()) and (
            _LIST_ITEM_BEFORE.search(region, 0, boundaries[-1].start())):
        boundaries.pop()
        return boundaries[-1].end() if boundaries else 0
    if (len(boundaries) == 1 and region.startswith(", and", boundaries[0].start()) and _LAST_NAME_ITEM.fullmatch(region, boundaries[0].end())
            and _SUBJECT_LIST_HEAD.fullmatch(region, 0, boundaries[0].start() + 2)):
        return 0
    if boundaries and region.endswith(",") and _VERBLESS_ASIDE.match(region, boundaries[-1].start()):
        boundaries.pop()   # "X, while visiting Kyiv, said": an aside with no subject of its own, not a new clause
    if boundaries:
        return boundaries[-1].end()
    if "," not in region:
        if (m := _SUBORDINATE.match(region)) is not None:
            return m.end()
        if (m := _SECOND_CLAUSE.match(region)) is not None:
            return m.end()
    return 0
# Where and when, set off by a comma after the subject: "The envoy, Vasily Example, during a
# meeting of the Security Council, accused ...".
_OCCASION_ASIDE = re.compile(r",\s+(?:during|at|in|after|before|on)\s+(?:a|an|the|his|her|its|their)\s+[^,;\"\u201c\u201d]{2,80}$")
# ... or what the words answer: "The head of the committee, Leonid Example, commenting on the
# recognition by X that ..., said".
_RESPONDING_ASIDE = re.compile(r",\s+(?:commenting|speaking|responding|referring|reacting|answering|replying|talking)\s"
                               r"[^,;\"\u201c\u201d]{2,250}$")
# A subject that cites its own sources is a newsroom: "UNN, citing its own sources, reported".
_OWN_SOURCES = re.compile(r",\s+citing\s+(?:its|their)\s+(?:own\s+)?sources\b")
# Time words between the subject and the verb: "Zelenskiy on Tuesday urged".
# (Set off by commas too: "The governor of Samara, X, on Wednesday, said".)
_TIME_TAIL = re.compile(rf"(?:,?\s+(?:on\s+)?(?:{WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?"
                        r"|,?\s+(?:yesterday|today|tonight|overnight|earlier|later|also|again|meanwhile|last\s+(?:week|month|year)|this\s+(?:week|month))"
                        # A day of the month: "Zelenskiy on August 8 said", "X on Thursday, Aug. 8, 2024 said".
                        r"|,?\s+(?:on\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                        r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+\d{4})?,?"
                        # A manner adverb: "Putin calmly explained", "has repeatedly, vaguely promised"
                        # (never a noun in -ly: "the family said"); an auxiliary before it.
                        r"|,?\s+(?-i:(?!(?:family|ally|rally|supply|assembly|reply|anomaly|monopoly|daily|weekly|monthly|quarterly)\b)[a-z]{2,}ly)"
                        r"|\s+(?-i:has|have|had|was|were|is|will|would|did|does))+$",
                        re.IGNORECASE)
# Where the words were said, between the subject and the verb: "The Defense Ministry in a statement
# said", "Zelensky in his nightly video address said", "The governor in a Telegram post said".
_CHANNEL_TAIL = re.compile(r"(?:,?\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:statement|post|interview|address|message|video|briefing|speech|tweet|letter|comments?|remarks|op-ed|article|"
                           r"column|conversation|appearance|broadcast|note|release)"
                           r"(?:\s+(?:on|with|to|at|for|published|posted|released)\s+[^,;\"\u201c\u201d]{1,60})?"
                           # ("Mayor X on his Telegram said", "X while talking to RTVI TV channel said")
                           r"|,?\s+on\s+(?:his|her|its|their)\s+(?:official\s+)?(?:telegram|facebook|twitter|x|vkontakte|instagram)(?:\s+(?:channel|page|account|feed))?"
                           r"|,?\s+(?:while|when)\s+(?:talking|speaking)\s+(?:to|with)\s+[^,;\"\u201c\u201d]{1,60})$", re.IGNORECASE)
_REPORTING_INSIDE = re.compile(r"\b(?:said|says|told|tells|added|stated|announced)\b")
# Capitalised words after "the head of" that are no institution's or country's name.
_NO_OWNER_WORDS = frozenset("the a an of for at to in and".split())
_THE_PM = re.compile(r"^((?:the|The|a|A)\s+(?:[\w.'\u2019-]+\s+){0,3}?)PM$")
_ROLE_PHRASE = re.compile(
    rf"^(?P<det>the|a|an|one|another)\s+(?P<mods>(?:[\w.'\u2019-]+\s+){{0,6}}?)(?P<head>{ROLE_NOUNS})(?P<rest>\s+(?:of|for|at|to|in|from|with)\s+.{{0,80}})?$",   # ("an official from Ukraine's security service")
    re.IGNORECASE,
)
# A possessive that names no place but the article's own: "the region's governor", "the city's mayor".
_ARTICLES_PLACE = (_AREA_WORDS - {"territory"}) | {"city", "town"}
_POSSESSIVE_ROLE = re.compile(
    rf"^(?P<owner>(?:[A-Z][\w.'\u2019-]*\s+)?[A-Z][\w.-]*['\u2019]s)\s+(?P<mods>(?:[\w.'\u2019-]+\s+){{0,4}}?)(?P<head>{ROLE_NOUNS})"
    # (where a diplomat serves: "Moscow's ambassador to Britain", "Kyiv's envoy to the UN")
    r"(?:\s+(?:to|at)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})?$",
    re.IGNORECASE)
_DOCUMENT_TAIL = re.compile(r"(?:['\u2019]s)?\s+(?:statement|communiqu[eé]|press release|readout|message)$", re.IGNORECASE)
# "the statement of the Russian Foreign Ministry said", "a joint statement issued by X said": X.
# ("According to an urgent post shared by Governor X on his Telegram page": X; where it was posted is no part of the name.)
_DOCUMENT_HEAD = re.compile(r"^(?:the|a|an|in\s+a)\s+(?:[\w-]+\s+){0,3}?(?:statement|communiqu[eé]|press release|readout|post|message|video\s+address)\s+"
                            r"(?:of|by|from|issued\s+by|released\s+by|shared\s+by|posted\s+by|published\s+by)\s+(?P<issuer>\S.*?)"
                            r"(?:\s+(?:on|in|via)\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w-]+\s+){0,2}(?:telegram|page|channel|account|messenger|app|website|x|twitter|facebook|vkontakte)\b.*)?$",
                            re.IGNORECASE | re.DOTALL)
_DOCUMENT_CARRIED = re.compile(r"^(?:the|a|an)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|press release|message)\s+(?:cited|quoted|carried|reported)\s+by\s+\S",
                               re.IGNORECASE)
# A report and who issued it: "a report by the Institute for the Study of War", "the ISW report".
_REPORT_BY = re.compile(r"^(?:the|a|an|in\s+a)\s+(?:(?:new|latest|recent|daily|annual)\s+)?(?:report|assessment)\s+"
                        r"(?:of|by|from|issued\s+by|released\s+by|published\s+by)\s+(?P<issuer>\S.*)$", re.IGNORECASE | re.DOTALL)
_REPORT_TAIL = re.compile(r"^(?:the|an?)\s+(?P<issuer>(?!(?:new|latest|recent|daily|annual|this|that)\s)\S.*?)(?:['\u2019]s)?\s+(?:report|assessment)$",
                          re.IGNORECASE | re.DOTALL)
_BODY_PHRASE = re.compile(
    # (No preposition among its words: "The Defence Secretary pointed to recent intelligence [reports]" is a clause.)
    r"^(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w.'\u2019-]*\s+|(?!(?:to|at|on|with|by|into|about|over|after|before|against|that|which|who)\s)"
    r"[a-z]+(?:['\u2019]s)?\s+){0,5}?[\w.'\u2019-]+)"   # "prosecutor general's office"
    # "of Defence", and in lower case "the ministry of defence in Moscow".
    r"(?P<of>\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*|defen[cs]e|foreign affairs|internal affairs|emergency situations|justice|finance|transport|energy|economy|health|interior|infrastructure|education|culture|agriculture)"
    r"(?:\s+(?:of|for|the|and|in|[A-Z][\w.'\u2019-]*)){0,6})?"
    r"(?:\s+\([A-Z][\w.-]{1,10}\))?$")
_ROLE_THEN_NAME = re.compile(
    # ("One of Zelenskyy's senior aides, Mykhailo Example,": one of a group, named.)
    r"^(?P<role>(?:[Tt]he|[Aa]n?|[Oo]ne\s+of|[A-Z][\w.-]*['\u2019]s|(?P<title>[A-Z][\w-]*|[a-z]+))\s[^,;:\"\u201c\u201d]{2,120}),\s+"
    # (The name may carry its own title: "The head of the Duma committee, LDPR leader Leonid Example,".)
    r"(?P<name>(?:[\w.'\u2019-]+\s+){0,3}?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,5}),?$")
_APPOSITIVE_TAIL = re.compile(r"\s*,.*$|\s+(?:who|which)\b.*$", re.DOTALL)
# What a ministry is for, in lower case: "the defence ministry" is one, "the regional ministry" is not.
_MINISTRY_KINDS = frozenset("defence defense foreign interior emergencies emergency justice finance health economy energy "
                            "agriculture education culture transport infrastructure".split())
# "X visited the site and [said]": the subject, then a first verb and "and" or "but" before the reporting verb.
# (Irregular pasts too: "X went to the scene and said ...", "X, the governor, sent his sympathies and declared ...".)
_COORDINATED_VERB = re.compile(r"\s+(?:has|have|had|is|was|were|\w+ed|\w+s|went|sent|met|made|took|gave|came|saw|held|spent|paid|led|left|"
                               r"kept|brought|sought|spoke|wrote|began|stood|thought|felt|found|flew|drove|ran|rang|sat|shook)\b")
_COORDINATED_END = re.compile(r"\s(?:and|but)$")
# "X made headlines when he said that ...", "The port closed after Berg said ...": the subject of a
# subordinate clause at the end of the region speaks, not the main clause's.
_SUBORDINATE_CLAUSE_END = re.compile(r"\s(?:when|after|because|while|before|once|until|since|although|though)\s+"
                                     r"(?P<who>he|she|they|(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})$")
# A clause of its own before the second verb: "PURL was launched as the Trump administration moved
# away from ... and [demanded]": the subject after the subordinating word does both.
_SUBORDINATE_SUBJECT = re.compile(r"^.*\s(?:as|after|because|while|when|since|although|though|before|once)\s+(?=(?:the\s+)?[A-Z])", re.DOTALL)


@dataclass(frozen=True)
class Subject:
    """What the words before a reporting verb say, before the article's people are consulted.

    `form` says how the article binds it to a speaker (`SpeakerResolver._bind`):
    - "it": the institution that spoke just before; "pronoun": the person last named;
    - "document" ("the statement"): the institution or person that spoke just before;
    - "name": `name` is a person's name (a fuller form the article gave wins);
    - "surname": a lone capitalised word, the surname of a person named before if any;
    - "owned_role" ("Ukraine's foreign minister") and "the_role" ("the NATO chief"): the person
      the article gave role `name` with modifiers `modifiers`;
    - "indefinite_role" ("a regional governor", in a wire story's lead): the article's one holder
      of office `name`, when it names them soon after (never before);
    - "institution_reference" ("the ministry"): the institution that spoke last, if it is one;
    - "speaker": `fallback` is the answer whatever the article says.
    `fallback` is the answer when the article knows nobody better (None: nobody).
    """
    form: str
    name: str = ""
    modifiers: tuple[str, ...] = ()
    fallback: Speaker | None = None
    generic: bool = False   # "the diplomat": may refer back to the titled person just named
    local: bool = False     # "the local governor", "the region's governor": of the article's place, so only its one governor


_ROLE_MODIFIERS = ("foreign", "defence", "defense", "prime", "deputy", "former")
# Words before a minister or secretary that only rank or date the office, never its portfolio.
_UNSPECIFIC = frozenset("top senior junior new current sitting serving then former powerful influential "
                        "country's nation's government's cabinet".split())
_AROUND_A_PERSON = frozenset("supporters opponents aides rivals associates colleagues friends relatives family wife husband "
                             "son daughter lawyer lawyers advisers advisors spokespeople".split())
# "A senior adviser to", "an aide to Mayor", "a spokesman for": one unnamed member of the named person's staff.
_ONE_OF_A_PERSONS_STAFF = re.compile(r"(?P<det>(?:an?|one)\s+)(?:[\w-]+\s+){0,3}?(?:aide|adviser|advisor|assistant|spokesman|spokeswoman|"
                                     r"spokesperson|representative|envoy|lawyer)\s+(?:to|for|of)\s+"
                                     r"(?:the\s+)?(?:[\w.-]+\s+){0,4}$", re.IGNORECASE)
# A lower-case noun that may qualify a title ("port spokeswoman"): no verb, adverb or function word.
_PLAIN_NOUN = re.compile(r"(?!(?:said|says|told|is|was|are|were|has|had|have|will|would|can|could|may|might|also|then|now|"
                         r"in|on|at|by|with|from|about|against|after|before|over|under|as|like|but|or|if|when|while|which|who|"
                         r"that|this|these|those|not|no)$)[a-z][a-z-]{2,}(?<!ly)(?<!ing)(?<!ed)")


def _role_modifiers(mods: list[str], head: str) -> tuple[str, ...]:
    """The words before a role noun that narrow whom it can mean (a portfolio in lower case too)."""
    portfolio = head.lower() in _PORTFOLIO_HEADS
    return tuple(w for w in mods if _is_capitalised(w) or w.lower() in _ROLE_MODIFIERS
                 or (portfolio and w.lower() not in _MODIFIERS and w.lower() not in _UNSPECIFIC
                     and _PLAIN_NOUN.fullmatch(w) is not None))


# Longer than this, the words before a verb are no subject (a name with all its titles and a
# relative clause fit well within); the patterns below need not read them.
_LONGEST_SUBJECT = 300


def opening_end(sentence: str) -> int:
    """Where the words before a sentence's subject end: a wire dateline, a section label, a lead-in."""
    rest = _BULLET_OPENING.sub("", _WIRE_DATELINE.sub("", sentence, count=1), count=1)
    rest = _LEADING_PHRASE.sub("", _LEAD_IN.sub("", _SECTION_LABEL.sub("", rest, count=1), count=1), count=1)
    return len(sentence) - len(rest)


_DASHED_APPOSITION = re.compile(r"\s+[-\u2013\u2014]\s+[^-\u2013\u2014]{2,80}?\s+[-\u2013\u2014]$")


_OUTLETS_SOURCE = re.compile(r"^(?:[Tt]he\s+)?(?P<outlet>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['\u2019]s\s+(?=(?:[a-z]+\s+){0,2}sources?\b)")
_TWO_TITLES = re.compile(r"^(?:[a-z][\w-]*\s+){0,3}?(?P<title>[a-z]+)\s+and\s+(?P<second>(?:[a-z][\w-]*\s+){1,3}[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})$")
_BARE_ROLE = re.compile(r"(?!(?:The|A|An|This|That|These|Those|Our|His|Her|Their|Its|Another|One|Every|Each|Any|Some|No)\s)(?:[A-Z][\w-]*\s+)(?:(?!(?:the|a|an|of|and|or|to|in|on|at|for|by|with)\s)[a-z][\w-]*\s+){0,2}(?P<title>[a-z]+)")
_INTERLOCUTOR = re.compile(r"(?<=\b[Tt]he )interlocutor$|(?<=\b[Oo]ur )interlocutor$")


@remember_texts(16384)  # the same subjects recur endlessly ("he", "Stoltenberg", "the ministry"); parsing is pure
def parse_subject(phrase: str) -> Subject | None:
    """The subject region (sentence start to the verb) as a `Subject`, or None when it names nobody."""
    phrase = _BULLET_OPENING.sub("", _WIRE_DATELINE.sub("", phrase.strip()), count=1)
    if " \"" in phrase or " \u201c" in phrase or " \u2018" in phrase or " \u00ab" in phrase:
        phrase = _NICKNAME_IN_NAME.sub(r"\g<given>", phrase)   # 'Robert "Madyar" Brovdi': the name without the call sign
        phrase = _QUOTED_ADVERB_END.sub("", phrase)   # 'he "strongly" [urged]': the writer's irony, not the subject
    if phrase[-1:] in "-\u2013\u2014" and (apposition := _DASHED_APPOSITION.search(phrase)) is not None:
        phrase = phrase[: apposition.start()]   # "Dmitry Example \u2013 former Russian president \u2013": the name before it
    phrase = phrase[speaking_clause_start(phrase) :]
    phrase = _SECTION_LABEL.sub("", phrase.strip())
    if phrase.endswith("interlocutor"):
        # "the interlocutor said" (Ukrainian and Russian "spivrozmovnyk"): the source the report quotes.
        phrase = _INTERLOCUTOR.sub("source", phrase)
    if phrase.endswith("PM"):
        phrase = _THE_PM.sub(r"\1prime minister", phrase)   # "the PM said", "the Australian PM said"
    if not _PARTICIPLE_OPENING.match(phrase):
        phrase = _LEAD_IN.sub("", phrase)
    if "source" in phrase and (outlet := _OUTLETS_SOURCE.match(phrase)) is not None and any(
            word.lower() in OUTLET_NAMES for word in outlet.group("outlet").split()):
        # "Ukrainska Pravda's source in the SBU": the source speaks; the outlet only passes it on.
        phrase = "a " + phrase[outlet.end() :]
    if _PARTICIPLE_OPENING.match(phrase):
        # "Answering the question whether ... the Kursk region, which Ukraine invaded, corresponds
        # to ..., Singh": the subject is the first part after a comma that is one.
        if len(phrase) > 2 * _LONGEST_SUBJECT:
            return None
        if phrase.rpartition(",")[2].strip().lower() in PRONOUNS:
            # "Appealing to the United States, Britain and France, he": a list inside the participle's
            # clause, and the pronoun after it is the subject (an apposition never ends in one).
            return Subject("pronoun", phrase.rpartition(",")[2].strip().lower())
        if "," not in phrase and (last := phrase.rpartition(" ")[2].lower()) in ("he", "she"):
            return Subject("pronoun", last)   # "Speaking to the outlet Example.ua he said": the comma left out
        # (A place may end the participle's clause: "Meeting X in Kadriorg, Tallinn, on Wednesday,
        # President Y": a name after it is the subject, not the seat of power.)
        first = None
        for comma in re.finditer(r",\s+", phrase):
            if (subject := parse_subject(phrase[comma.end() :])) is not None:
                if subject.form not in ("speaker", "surname") or subject.fallback is None or subject.fallback.kind != "body":
                    return subject
                first = first or subject
        return first
    phrase = _RELATIVE_OBJECT.sub("", _SUBORDINATOR.sub("", _LEADING_PHRASE.sub("", phrase), count=1), count=1)
    phrase = _TIME_TAIL.sub("", phrase.rstrip(" ,")).strip(" ,;:\u2014\u2013-")
    if " and " in phrase and (two := _TWO_TITLES.match(phrase)) is not None and two.group("title") in TITLE_WORDS:
        # "presidential aide and conflict negotiator Mykhaylo Example": two titles of one name.
        phrase = two.group("second")
    if (bare_role := _BARE_ROLE.fullmatch(phrase)) is not None and bare_role.group("title").lower() in TITLE_WORDS:
        # "Moscow mayor said", "Kremlin spokesman said": headline English, "the" left out.
        phrase = "the " + phrase
    if (" in " in phrase or " on " in phrase or " while " in phrase or " when " in phrase) and (channel := _CHANNEL_TAIL.search(phrase)) is not None:
        phrase = _TIME_TAIL.sub("", phrase[: channel.start()].rstrip(" ,")).strip(" ,;:\u2014\u2013-")   # "The Defense Ministry in a statement [said]"
    if ", " in phrase:
        if _OWN_SOURCES.search(phrase):
            return None   # "UNN, citing its own sources, reported": an outlet passing news on, no speaker
        phrase = _OCCASION_ASIDE.sub("", phrase)   # "Role, X, during a meeting of the Council[, accused]": X
        if "ing " in phrase and phrase.count(", ") >= 2:
            phrase = _RESPONDING_ASIDE.sub("", phrase)   # "Role, X, commenting on ...[, said]": X
    if "(" in phrase:
        # "Sen. Lindsey Graham (R-S.C.)", "the Main Intelligence Directorate (HUR)": an aside, not the name.
        phrase = _PARENTHETICAL.sub("", phrase).strip(" ,;:\u2014\u2013-")
    if not phrase or len(phrase) > _LONGEST_SUBJECT:
        return None
    lowered = phrase.lower()
    if lowered == "it":
        return Subject("it")
    if (office := _OFFICE_OF.fullmatch(phrase)) is not None:
        # "The office of the Ukrainian president said": the office, an institution; never the
        # president in person (nor a president named there: "the office of President X").
        name = office.group("office")
        return Subject("speaker", fallback=Speaker(name[0].upper() + name[1:], "body"))
    if lowered.startswith(("your ", "my ", "our ", "their ")) and not any(word[:1].isupper() for word in phrase.split()[1:]):
        return None   # "Your government has urged a change": whose, the words do not name (an interviewer's question)
    if lowered in PRONOUNS:
        return Subject("pronoun", lowered)
    if lowered.startswith("the ") and _AGE_EPITHET.fullmatch(lowered):
        return Subject("pronoun", lowered)   # "the 46-year-old said": whom the article spoke of last, like "he"
    if (subordinate := _SUBORDINATE_CLAUSE_END.search(phrase)) is not None:
        return parse_subject(subordinate.group("who"))
    if _COORDINATED_END.search(phrase):
        if (clause := _SUBORDINATE_SUBJECT.match(phrase)) is not None and _COORDINATED_VERB.search(phrase, clause.end(), len(phrase) - 4):
            phrase = phrase[clause.end() :]   # (a subject and its verb after the word: "as" may be "described X as Y")
        # The first of the first few verb-like words after which a subject stands: "communications"
        # ends in s, but "coordinator for strategic communications John Kirby deferred ... but" is Kirby.
        verbs = list(itertools.islice(_COORDINATED_VERB.finditer(phrase, 1, len(phrase) - 4), 4))
        for verb in verbs:
            np = phrase[: verb.start()]
            # ("Eva Example, the governor of X, sent ... and": the name before its apposition.)
            subject = _noun_phrase(np.rstrip(","), allow_tail=True) if np.endswith(",") else _noun_phrase(np, allow_tail=False)
            if subject is not None:
                return subject
        if verbs:
            return None
    if _DOCUMENT_CARRIED.match(phrase):
        return Subject("document")   # "a statement cited by RIA Novosti said": the one who just spoke; the outlet carried it
    if (document_head := _DOCUMENT_HEAD.match(phrase)) is not None:
        return _noun_phrase(document_head.group("issuer"), allow_tail=False)
    if lowered in ("the report", "its report"):
        # '"...," the report said' right after "the Defense Ministry reported": the institution that
        # just spoke (never a person, nor an outlet: outlets are no speakers).
        return Subject("document", "report")
    if (document := _DOCUMENT_TAIL.search(phrase)) is not None:
        # "the Kremlin statement said", "a ministry statement said": whoever issued it ("the statement": unknown).
        issuer = re.sub(r"^(?:an?|one)\s+", "", phrase[: document.start()], flags=re.IGNORECASE)
        if issuer.lower() in ("the", "this", "that", "its"):
            # '"...," the statement said' after "The General Staff said ...", or after "This was
            # reported by Commander X": who just spoke, an institution before a person ("his
            # statement", though, names no one for sure).
            return Subject("document")
        if issuer.lower() in ("", "his", "her", "their", "our"):
            return None
        if issuer.lower() in ORG_HEADS and issuer.islower():
            issuer = "the " + issuer   # "a ministry statement said": the ministry's, as "the ministry said"
        return _noun_phrase(issuer, allow_tail=False)
    if (report := _REPORT_BY.match(phrase) or _REPORT_TAIL.match(phrase)) is not None:
        # "the report by the Institute for the Study of War (ISW) states", "the ISW report says": the
        # institution's (an outlet's report names no speaker; "the report" alone names no one).
        return _noun_phrase(report.group("issuer"), allow_tail=False)
    return _noun_phrase(phrase, allow_tail=True)


_OUTLET_KIND = re.compile(r"\b(?:news\s+agency|news\s+outlet|newspaper|broadcaster|(?:tv|television)\s+channel|news\s+(?:web)?site)\s+(?-i:[A-Z])"
                          # (or after the name: "Xinhua news agency reported")
                          r"|(?-i:[A-Z])[\w.&'\u2019-]*\s+(?:news\s+agency|news\s+outlet|newspaper|broadcaster|(?:tv|television)\s+channel|news\s+(?:web)?site)$",
                          re.IGNORECASE)


def _noun_phrase(phrase: str, allow_tail: bool) -> Subject | None:
    # "The head of the Kremlin administration, Sergei Kiriyenko, said": the name in apposition
    # to a role is the speaker.
    named = _ROLE_THEN_NAME.match(phrase.strip()) if allow_tail else None
    if named and named.group("title") and _bare(named.group("title")) not in TITLE_WORDS and not (
            # "Danish senator and first deputy chairman of ..., Piet Example": a nationality, then the title.
            _bare(named.group("title")) in NATIONALITIES and _bare(named.group("role").split()[1]) in TITLE_WORDS
            and not find_names(named.group("role"))):   # (not "Russian Foreign Minister X, RIA Novosti")
        # "Deputy Prime Minister for ..., Olha Example", "head of the district, Eva Example" open with a
        # title; "Kyiv, Pal Example" does not.
        named = None
    if named:
        runs = find_names(named.group("name"))
        # The name alone, or behind its own titles: "..., Maj. Gen. Pat Ryder, told reporters".
        if len(runs) == 1 and named.group("name").strip() in (runs[0].name, f"{runs[0].title} {runs[0].name}"):
            return Subject("name", runs[0].name, fallback=Speaker(runs[0].name, "person", named.group("role")))
    head = _APPOSITIVE_TAIL.sub("", phrase).strip() if allow_tail else phrase.strip()
    if _REPORTING_INSIDE.search(phrase[len(head) :]):
        return None  # what follows the name is another clause, not an apposition
    if not head or len(head.split()) > 16 or (len(head.split()) > 12 and not (
            # (A long title only before a name: "Assistant to the President of the United States for
            # National Security Jake Example".)
            (ending := find_names(head)) and ending[-1].end == len(head))):
        return None
    seat = _strip_article(head)
    if any(word in OUTLET_NAMES for word in re.split(r"[\s-]+", seat.lower())) or _OUTLET_KIND.search(seat):
        # "RIA Novosti reported", "the agency RIA-Novosti said": an outlet passing news on (also one
        # the reader does not know, by what it is: "Russian state news agency Taas said").
        return None
    if seat.lower() in SEATS_OF_POWER or seat.lower() in COUNTRIES_OF_WORDS or _STATE_NAME.fullmatch(seat):
        return Subject("speaker", fallback=Speaker(seat, "body"))
    # A named person, perhaps behind titles: "NATO's Secretary General Jens Stoltenberg".
    runs = find_names(head)
    if runs and (staff := _ONE_OF_A_PERSONS_STAFF.match(head[: runs[0].start])) is not None and (
            not _REPORTING_INSIDE.search(head[runs[-1].end :])):
        # "a senior adviser to President X", "a spokesman for X": someone of X's staff speaks, unnamed;
        # the role as written, X in it, is the speaker (never X). ("A close ally of X has warned ...":
        # a lead that names the ally soon after, not a role.)
        return Subject("speaker", fallback=Speaker(head[staff.end("det") :].strip(), "role"))
    if (len(runs) == 1 and head.startswith(runs[0].name) and head[len(runs[0].name) : len(runs[0].name) + 3] in ("'s ", "\u2019s ")
            and _POSSESSIVE_ROLE.match(head)):
        runs = []   # "Vladimir Putin's spokesman": the person whose office it is; read as "Putin's spokesman" below
    if runs:
        run = runs[0]
        last = runs[-1]
        if (len(runs) > 1 and last.end == len(head) and head[run.end :].startswith(" of ")
                and any(_bare(word) in TITLE_WORDS for word in last.title.split())):
            # "US Joint Chiefs of Staff Chairman Gen. Charles Brown": what comes before "of" is
            # part of the title; the titled name at the end is the person.
            return Subject("name", last.name, fallback=Speaker(last.name, "person", head[: last.start].strip()))
        before = head[: run.title_start].strip()
        after = _NAME_SUFFIX.sub("", head[run.end :]).strip()   # "Charles Q. Brown Jr.": the name is whole
        # Before the title only the rest of a title: "Opposition leader", "the former",
        # "Head of the Main Intelligence Directorate (HUR)"; never a clause ("It is").
        before_words = before.split()
        # "Critics of President X", "Aides to Minister X": people around the person speak, not the person.
        around = any(_bare(w) in GENERIC_SUBJECTS or _bare(w) in _AROUND_A_PERSON for w in before_words)
        # "port spokeswoman X", "harbour master X": one plain noun may qualify the title (not after "of").
        plain_noun = (len(before_words) >= 1 and not any(w in ("of", "for", "to", "and") for w in before_words)
                      and _PLAIN_NOUN.fullmatch(before_words[-1]) is not None and (run.title or len(before_words) >= 2))
        # "the mayor of the Russian capital Sergei Example": a title, then "of" and what it is the title of.
        # ("governor of Russia's borderline Belgorod Region X": without "the" too.)
        plain_noun = plain_noun or (len(before_words) >= 4 and before_words[0].lower() == "the" and _bare(before_words[1]) in TITLE_WORDS
                                    and before_words[2] == "of") or (
            len(before_words) >= 3 and _bare(before_words[0]) in TITLE_WORDS and before_words[1] == "of")
        short_modifier = len(before_words) <= 10 and not around and all(
            (_is_capitalised(w) and w.lower() not in ("it", "this", "that", "there", "here"))
            or w.lower() in TITLE_WORDS or w.lower() in _MODIFIERS or w in ("of", "for", "and", "to")
            # ("the ex-Defense Minister X")
            or (w[:3].lower() == "ex-" and (_is_capitalised(w[3:]) or w[3:].lower() in TITLE_WORDS))
            or (w[:4].lower() in ("pro-", "anti") and _is_capitalised(w[4:].lstrip("-")))   # ("the pro-Kremlin governor X")
            or (w.startswith("(") and w.endswith(")")) or (plain_noun and _PLAIN_NOUN.fullmatch(w) is not None)
            # "the region's deputy governor X": whose office it is, right before the title.
            or (w is before_words[-1] and w.endswith(("'s", "\u2019s")) and _PLAIN_NOUN.fullmatch(w[:-2]) is not None)
            for w in before_words) and not _CLAUSE_PUNCTUATION.search(before)
        if (len(before_words) >= 3 and before_words[1] == "and" and _is_capitalised(before_words[0])
                and _bare(before_words[0]) not in TITLE_WORDS and _bare(before_words[2]) in TITLE_WORDS):
            return None   # "Austin and Chairman of the Joint Chiefs of Staff Gen. X": two people, not X alone
        if short_modifier and _PERSONS_OFFICE.fullmatch(head, run.end) and ("'s" in head[run.end - 2 : run.end + 2] or "\u2019s" in head[run.end - 2 : run.end + 2]):
            # "Prime Minister Anna Example's office said": the office speaks, as "Example's office" does.
            return Subject("speaker", fallback=Speaker(_strip_article(head), "body"))
        if short_modifier and (not after or _PREPOSITIONAL_TAIL.match(after)):
            # ("the aviation agency Rosaviatsia": the name of an institution, after what it is.)
            kind = "body" if run.title and _names_an_institution(run.title, before) else "person"
            return Subject("name", run.name, fallback=Speaker(run.name, kind, run.title))
        return None
    tokens = head.split()
    if (len(tokens) == 2 and tokens[0].lower() == "the" and _is_acronym(tokens[1]) and tokens[1].lower() not in NOT_NAME
            and tokens[1].lower() not in TITLE_WORDS and tokens[1].lower() not in ("pm", "ceo", "dpm")):   # "the PM" is a person
        return Subject("speaker", fallback=Speaker(tokens[1], "body"))   # "The ICRC said", "the IAEA said"
    if len(tokens) == 1:
        word = _POSSESSIVE_END.sub("", tokens[0])
        if not _is_capitalised(word):
            return None
        return Subject("surname", word, fallback=_lone_word(word))
    if m := _POSSESSIVE_ROLE.match(head):
        # "Ukraine's foreign minister": the person the article gave that role, else the role itself.
        owner = _strip_article(_strip_possessive(m.group("owner")))   # ("the Kremlin's top spokesman": the Kremlin)
        mods = [w for w in m.group("mods").split() if _is_capitalised(w) or w.lower() in _ROLE_MODIFIERS]
        # The owner must be part of the role the article gave: "Poland's foreign minister" is
        # never the "Foreign Minister Dmytro Kuleba" of an article about Ukraine.
        if owner in _ARTICLES_PLACE:
            # "the region's governor": the governor of the place the article is about; the article's
            # own governor, if it names one (and only one).
            return Subject("owned_role", m.group("head"), tuple(mods), fallback=Speaker(head, "role"), local=True)
        return Subject("owned_role", m.group("head"), (owner, *mods), fallback=Speaker(head, "role"))
    if m := _ROLE_PHRASE.match(head):
        mods = m.group("mods").split()
        role_head = m.group("head")
        if m.group("det").lower() == "the":
            # "the spokesman" with nobody named so: unknown, not a guess. "The head of the Pentagon":
            # the names after "of" narrow it as those before it would ("the Pentagon head").
            of_whom = [_strip_possessive(w) for w in re.findall(r"[\w.'\u2019-]+", m.group("rest") or "")
                       if _is_capitalised(w) and w.lower() not in _NO_OWNER_WORDS]
            if role_head.lower() == "head" and of_whom == ["State"]:
                of_whom = []   # "the Head of State": the country's leader, no state of that name
            # ("The governor of the Kursk region": a place names the office; if the article names no
            # one who could hold it, the role as written is the speaker. See SpeakerResolver._bind.)
            placed = bool(of_whom) or any(_is_capitalised(w) for w in mods)
            # "The spokesman of the Ukrainian military intelligence said": an office the sentence names
            # whole, the institution after "of"/"for", as a governor's by the place.
            spokes_of = role_head.lower() in _SPOKES and bool(of_whom) and (m.group("rest") or "").split(None, 1)[0].lower() in ("of", "for")
            return Subject("the_role", role_head, _role_modifiers(mods, role_head) + tuple(of_whom),
                           generic=role_head.lower() in _GENERIC_REFERENCES and all(m.lower() in NATIONALITIES for m in mods),   # ("the Russian official")
                           local=any(w.lower() in ("local", "regional") for w in mods),
                           fallback=Speaker(head.split(None, 1)[1], "role") if placed and (role_head.lower() in _LOCAL_HEADS or spokes_of) else None)
        unnamed = " ".join([*mods, role_head]) + (m.group("rest") or "")
        vague = not any(_is_capitalised(w) for w in unnamed.split())   # "an official": too vague to be a speaker
        if (role_head.lower() in _LOCAL_HEADS or role_head.lower() in _SPOKES) and m.group("det").lower() in ("a", "an"):
            # "A Russian regional governor said on Thursday ...", and "local governor X" in the next
            # sentence: a wire story's lead, naming its speaker right after ("a regional governor"
            # too, but only then). A spokesperson's office must fit: "a Pentagon spokeswoman" is
            # never the Kremlin's spokesman.
            office = tuple(_strip_possessive(w) for w in mods if _is_capitalised(w)) if role_head.lower() in _SPOKES else ()
            return Subject("indefinite_role", role_head.lower(), office, fallback=None if vague else Speaker(unnamed.strip(), "role"))
        if vague:
            return None
        return Subject("speaker", fallback=Speaker(unnamed.strip(), "role"))
    if m := _BODY_PHRASE.match(head):
        body = m.group("body")
        words = [_bare(w) for w in body.split()]
        if words[-1] in ORG_HEADS and not any(_is_capitalised(w) for w in body.split()) and not m.group("of"):
            if len(words) >= 2 and words[-2] == "military" and words[-1] in ("department", "ministry"):
                # "the military department said" (Russian "voyennoye vedomstvo"): the defence ministry that spoke.
                return Subject("institution_reference", f"defence {words[-1]}")
            if len(words) >= 2 and words[-2] in _MINISTRY_KINDS:
                # "the defence ministry": the defence ministry that just spoke, else one the text names no better.
                # ("the country's defence ministry": the owner is the article's country, and no name.)
                name = re.sub(r"^[a-z]+['\u2019]s\s+", "", body)
                return Subject("institution_reference", f"{words[-2]} {words[-1]}".replace("defense", "defence"), fallback=Speaker(name, "body"))
            first = body.split()[0].lower()
            owner = first[:-2] if first.endswith(("'s", "\u2019s")) else ""
            if owner in _ARTICLES_PLACE and len(words) >= 2 and head[:4].lower() == "the ":
                # "the region's crisis administration said": the article's own region's, as "the region's
                # governor" (the institution that spoke of that kind, else the office as written).
                return Subject("institution_reference", words[-1], fallback=Speaker(body, "body"))
            # "the ministry said": a reference to the institution that just spoke, not a name.
            return Subject("institution_reference", words[-1])
        if len(words) == 2 and words[0] in NATIONALITIES and words[1] in ORG_HEADS and body.split()[1].islower() and not m.group("of"):
            # "The Russian ministry stated ...": the Russian ministry that just spoke, named in full.
            return Subject("institution_reference", words[1], (words[0],), fallback=Speaker(_strip_article(body), "body"))
        if words[-1] in ORG_HEADS or (len(words) == 1 and words[0] in PLACES):
            # ("the nation's Foreign Ministry": an owner in lower case is the article's country, no name.)
            name = _COMMON_OWNER.sub("", body) + (m.group("of") or "")
            if len(words) == 1 and not m.group("of") and head[:4].lower() == "the " and words[0] in ORG_HEADS:
                # "the Department said" after the State Department spoke: that department.
                return Subject("institution_reference", words[0], fallback=Speaker(name, "body"))
            return Subject("speaker", fallback=Speaker(name[0].upper() + name[1:], "body"))
    return None


# A person's office that speaks for them (after their name and its "'s"): "Anna Example's office", "... press service".
_PERSONS_OFFICE = re.compile(r"(?:['\u2019]s)?\s+(?:press\s+)?(?:office|service|secretariat|chancellery|administration|cabinet|campaign)")
_COMMON_OWNER = re.compile(r"^[a-z]+['\u2019]s\s+(?=\S)")
# An office named by whose it is: "the office of the Ukrainian president", "the Office of the President of Ukraine".
_OFFICE_OF = re.compile(r"(?:[Tt]he\s+)?(?P<office>(?:[Pp]residential\s+|[Pp]ress\s+)?[Oo]ffice\s+of\s+(?:the\s+)?[^,;:\"\u201c\u201d]{2,80})")


def _strip_article(phrase: str) -> str:
    return phrase[4:] if phrase[:4].lower() == "the " else phrase


_WEBSITE = re.compile(r"\w\.(?:com|net|org|info|news|ua|ru|uk|de|fr|pl|by|kz|eu|io)$", re.IGNORECASE)


# Outlets' names of five letters or more by their first letter: what a lone word may misspell.
_OUTLETS_BY_OPENING: dict[str, tuple[str, ...]] = {}
for _outlet in sorted(OUTLET_NAMES):
    if len(_outlet) >= 5 and _outlet.isalpha():
        _OUTLETS_BY_OPENING[_outlet[0]] = (*_OUTLETS_BY_OPENING.get(_outlet[0], ()), _outlet)


def _lone_word(word: str) -> Speaker | None:
    """A capitalised word alone before the verb, when it is no surname the article gave."""
    if len(word) < 2:
        return None   # "B said": a letter is no one's name
    lowered_word = word.lower()
    if _is_acronym(word) and lowered_word in PLACES and lowered_word not in ORG_HEADS:
        return None  # "KYIV" in capitals opens a dateline
    if _WEBSITE.search(word.translate(LATIN_LOOKALIKES)):
        return None  # "Censor.NET", "Gazeta.ru": a website passing the news on, nobody's words
    if lowered_word in GENERIC_SUBJECTS or lowered_word in OUTLET_NAMES:
        # "Officials said", "Authorities said": nobody in particular ("Russian authorities" name a
        # body); "TASS reported": an outlet passing news on.
        return None
    if len(lowered_word) >= 5 and any(_one_letter_apart(outlet, lowered_word) for outlet in _OUTLETS_BY_OPENING.get(lowered_word[0], ())):
        return None   # "Ucrinform said": an outlet misspelt (Ukrinform), no surname
    if lowered_word in PLACES or lowered_word in ORG_HEADS or _is_acronym(word):
        return Speaker(word, "body")
    if (lowered_word in NOT_NAME or lowered_word in TITLE_WORDS or lowered_word in NATIONALITIES or lowered_word in MONTH_WORDS
            or (lowered_word.endswith("s") and lowered_word[:-1] in NATIONALITIES)):
        return None  # "Ukrainians said", "Minister said": nobody in particular
    if lowered_word.endswith("ing") and len(lowered_word) > 5:
        return None  # "Dismissing claims the port was closed": a participle, no surname the article gave
    if lowered_word in _SENTENCE_ADVERBS:
        return None  # "Then he was asked ...": an adverb opening the sentence
    if _COMPANY_ENDING.search(lowered_word):
        return Speaker(word, "body")  # "Rosenergoatom confirmed ...": a company or agency, by its name's make
    return Speaker(word, "person")  # a surname the article never spelled out


# How Russian and Ukrainian companies and agencies are named, and no surname ends:
# "Rosneft", "Naftogaz", "Gazprom", "Rosenergoatom", "Ukrenergo", "Rosaviatsia", "Roskomnadzor", "Sberbank".
_COMPANY_ENDING = re.compile(r"\w{3,}(?:neft|gaz|prom|atom|energo|aviatsi[ay]|nadzor|gvardi[ay]|bank|telecom)$")


_AIDE_WORDS = frozenset(("aide", "adviser", "advisor", "assistant"))
# What the article calls a word it names: "opposition outlet Verstka", "the newspaper Kommersant".
_MOST_WORDS_LOOKED_UP = 16   # lone words looked up one by one before the whole text is read for them
_INTRODUCED_AS = re.compile(r"\b(?:(?P<outlet>outlet|newspaper|paper|daily|weekly|agency|publication|website|site|channel|broadcaster|"
                            r"magazine|portal|tabloid|news\s+service|project)|company|operator|firm|corporation|enterprise|utility|"
                            r"provider|manufacturer|producer|giant|concern)\s+(?P<word>[A-Z][\w.'\u2019-]*)")
# "... both said", "... jointly said": the word that makes a coordinated subject a joint one.
_JOINTLY = re.compile(r"\s+(?:both|jointly|together|each)$", re.IGNORECASE)
_CONJUNCT_WORDS = TITLE_WORDS | ORG_HEADS | NATIONALITIES | PLACES | _MODIFIERS | PARTICLES | {"of", "for", "and"}


_WEEKDAY_WORDS = frozenset(WEEKDAYS.split("|"))
_LIST_JOINER = re.compile(r"\s*(?:(?:as\s+)?well as|including|along with|together with)\s+")   # ("well as": the clause may start after "as")


_CLAUSE_OPENERS = frozenset(("it", "he", "she", "they", "we", "i", "you", "that", "there", "this"))


def coordinated_subjects(phrase: str) -> list[tuple[str, int]] | None:
    """'Defence Minister Boris Pistorius and Foreign Minister Annalena Baerbock both' -> each
    subject with its end offset in `phrase`; None unless both sides are plain noun phrases.

    Plain means capitalised words and the language of titles and institutions only, so that
    two clauses joined by "and" ("Drones hit the ministry and Peskov") are never read as two
    speakers.
    """
    clause_start = speaking_clause_start(phrase)
    region = phrase[clause_start:]
    split = region.rfind(" and ")
    if split < 0:
        return None
    if region.split(None, 1)[0].lower() in _CLAUSE_OPENERS:
        # "..., said it halted flights at Vnukovo, Domodedovo and Zhukovsky": a clause of its own,
        # whose last names are places in it, not speakers.
        return None
    left_start = region.rfind(",", 0, split) + 1   # "On Friday, Scholz and Macron": the lead-in is no subject
    left_end = split
    if left_start and not region[left_start:split].strip() and not region.rstrip().endswith(","):
        # "Denmark, Belgium, and Norway": the serial comma ends the list's last item but one. (Not when a
        # comma follows the list: "Several allies, including A, B, and C, pledged" sets it off.)
        left_end = left_start - 1
        left_start = region.rfind(",", 0, left_end) + 1
    left = region[left_start:left_end]
    right = _TIME_TAIL.sub("", _JOINTLY.sub("", _TIME_TAIL.sub("", region[split + 5 :].rstrip())))
    left = _TIME_TAIL.sub("", left)
    if left.lstrip()[:5].lower() == "both ":
        left = left.lstrip()[5:]   # "Both Stoltenberg and Blinken said": "both" is no part of a name
    conjuncts: list[tuple[str, int]] = []
    # "Germany, Britain and France said": the items of a list before the last, each a name of a few
    # capitalised words (never a lead-in: "On Friday, Scholz and Macron").
    list_start = left_start
    while list_start > 0:
        comma = list_start - 1
        item_start = region.rfind(",", 0, comma) + 1
        item = region[item_start:comma]
        joined = _LIST_JOINER.match(item)
        if joined is not None:
            # "The former prime minister, as well as A, B and C": A is the list's first name.
            item_start, item = item_start + joined.end(), item[joined.end() :]
        words = item.split()
        # (A name may carry its title: "French President Emmanuel Example, German Chancellor X and ...".)
        if not (1 <= len(words) <= 6 and all(_is_capitalised(w) for w in words[words[0] == "the" :] or ["x"])
                and words[0].lower() not in _NO_NEW_SUBJECT - {"the"} and words[0].lower() not in MONTH_WORDS
                and words[0].lower() not in _WEEKDAY_WORDS):
            break
        conjuncts.insert(0, (item.strip(), clause_start + item_start + len(item.rstrip())))
        list_start = item_start
        if joined is not None:
            break
    for text, end in ((left, clause_start + left_start + len(left.rstrip())), (right, clause_start + split + 5 + len(right))):
        words = text.split()
        if not words or len(words) > 8:
            return None
        institution = len(words) <= 5 and words[0].lower() == "the" and _bare(words[-1]) in ORG_HEADS   # "the regional administration"
        if not institution and not all(_is_capitalised(w) or _bare(w) in _CONJUNCT_WORDS for w in words):
            return None
        conjuncts.append((text.strip(), end))
    return conjuncts


# The first word of a sentence after a full stop (or a line break), when capitalised.
_SENTENCE_OPENING_WORD = re.compile(r"(?:[.!?][\"\u201d\u2019)]*\s+|\n\s*)(?P<word>[A-Z][\w'\u2019.-]*)")
_NAME_THEN_SAYS = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}\s+(?:told|said|says|added|stated|wrote|explained|noted)\b")
_CLOSING_QUOTE_BEFORE = re.compile(r"[\"\u201d\u2019\u00bb],?\s*$")
_NAME_SAYS_AT_END = re.compile(_NAME_THEN_SAYS.pattern + r"[^.;:!?\"\u201c\u201d]{0,50}\.")
_PARAGRAPH_OPENING_WORD = re.compile(r"(?:[.!?][\"\u201d\u2019)]*\s+|\n\s*[\"\u201c\u2018\u00ab]?)(?P<word>[A-Z][\w'\u2019.-]*)")
# Capitalised words that open a sentence without making a new subject of it: articles, pronouns,
# prepositions, connectives ("The attack ...", "In a statement ...", "It added ...").
_NO_NEW_SUBJECT = frozenset("""the a an this that these those it its he she they his her their we our you i in on at by for
from with without after before during since while when as but and or however meanwhile earlier later also yet so still
according last some many no several both other such there here previously nevertheless moreover furthermore instead
then now today yesterday tonight one two three four five six seven eight nine ten if although though because despite
until unlike among amid under over what which who where why how all each every any most more""".split())


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?(?:\s|$)")
# A place a sentence is about: "on nearby Kryvyi Rih", "in the southern city of Example".
# For "the report": words that say another source reported something, and quoted words to skip.
_REPORT_WORD = re.compile(r"\b(?:reports?|reported|reporting|according|said|says|told|wrote|writes|cit(?:ed|ing)|quot(?:ed|ing))\b", re.IGNORECASE)
_QUOTED_SPAN = re.compile("[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
# A region named with its area word: "the Rostov region", "Belgorod Oblast".
_REGION_NAMED = re.compile(r"(?P<place>[A-Z][\w'\u2019-]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai)\b")
_PLACE_NAMED = re.compile(r"\b(?:in|on|of|near|at|over|outside)\s+(?:the\s+)?(?:(?:nearby|southern|northern|eastern|western|central|"
                          r"city|town|village|port|region|province|district)\s+(?:of\s+)?)*"
                          r"(?P<place>[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)")


# "The Swedish minister's remarks came as he announced": the pronoun of a clause after a
# possessor's words means that possessor.
_POSSESSOR_THEN_PRONOUN = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<owner>[A-Z][^,.;:!?\n]{1,60}?)(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:remarks|comments|words|statements?|speech|address|announcement|warning|message|post|interview)\s+"
    r"(?:came|come|comes|followed|follow|follows|were made|was made)\b[^.;:!?\n]{0,100}?\s(?:as|after|when|while|before|once)\s+(?:he|she)$")


# A headline that gives its words to a surname: "Peskov: Attacks on Belgorod will not go unanswered".
# Words a headline opens with before a colon that name a kind of story, not who speaks.
_HEADLINE_KICKERS = frozenset("""source sources update updated exclusive breaking analysis opinion watch video live photos photo
explainer editorial comment commentary interview report reports factbox timeline review podcast listen read revealed
official officials media poll survey war world news latest alert urgent developing correction clarification
sponsored feature insight perspective fact facts""".split())
_HEADLINE_LABEL = re.compile(r"(?P<who>[A-Z][a-z'\u2019-]{2,}):\s+\S")


def headline_label(headline: str) -> str | None:
    """The surname a headline labels its words with ("Peskov: ..."), if the word can be a surname."""
    m = _HEADLINE_LABEL.match(headline)
    if m is None:
        return None
    word = m.group("who")
    bare = word.lower()
    if (bare in _HEADLINE_KICKERS or bare in NOT_NAME or bare in TITLE_WORDS or bare in PLACES or bare in ORG_HEADS or bare in MONTH_WORDS
            or bare in COUNTRIES_OF_WORDS or bare in NATIONALITIES or bare in GENERIC_SUBJECTS or bare in OUTLET_NAMES):
        return None   # ("Ukraine: ...", "Exclusive: ...", "Kremlin: ...": no one's surname)
    return word


class SpeakerResolver:
    """Turns the words before a reporting verb into a speaker, within one article."""

    def __init__(self, people: People, text: str = "") -> None:
        self.people = people
        self.text = text   # the article: "it" looks at the sentences since the institution spoke
        self.last_body: tuple[Speaker, int] | None = None   # the institution that spoke last, and where
        self.bodies_spoken: list[tuple[Speaker, int]] = []   # every institution that spoke, and where, in order
        self.last_person: tuple[Speaker, int] | None = None   # the person who spoke last, and where
        self.last_role: tuple[Speaker, int] | None = None   # the unnamed official that spoke last, and where
        self.headline_person: str | None = None   # "Peskov: ..." as the headline: the surname that labels it (see headline_label)
        self.headline_end = 0
        # Where someone the article does not identify last spoke ("The Russian president noted ...").
        self.last_unknown: int | None = None
        self._introduced: dict[str, str] | None = None   # words the article calls an outlet or a company (see _introduced_as)
        self._introduced_asked: dict[str, str | None] = {}

    def _introduced_as(self, word: str) -> str | None:
        """"outlet" or "company" when the article calls `word` so ("opposition outlet Verstka", "energy
        company Ukrenergo"), else None."""
        if self._introduced is not None:
            return self._introduced.get(word)
        if word in self._introduced_asked:
            return self._introduced_asked[word]
        if len(self._introduced_asked) >= _MOST_WORDS_LOOKED_UP:
            # Many lone words asked about (a long text of unknown names): read the whole text once.
            self._introduced = {}
            for m in _INTRODUCED_AS.finditer(self.text):
                self._introduced.setdefault(m.group("word"), "outlet" if m.group("outlet") else "company")
            return self._introduced.get(word)
        # Most articles ask about a word or two: the words before its first few mentions.
        found: str | None = None
        position = self.text.find(word)
        for _ in range(8):
            if position < 0:
                break
            word_before = max(0, self.text.rfind(" ", 0, max(0, position - 1)) + 1)
            if (called := _INTRODUCED_AS.match(self.text, word_before, position + len(word))) is not None:
                found = "outlet" if called.group("outlet") else "company"
                break
            position = self.text.find(word, position + len(word))
        self._introduced_asked[word] = found
        return found

    def _placed_apart(self, person: Person, modifiers: tuple[str, ...]) -> bool:
        """Whether the sentence that first names `person` names a region ("In the Rostov region,
        Governor X ...") and none of the places `modifiers` name."""
        first = self.people.first_mentioned(person)
        # ("the Russian governor" names a country, no region: any of its regions' governors may be meant.)
        regions = {_strip_possessive(m).lower() for m in modifiers} - NATIONALITIES
        if first is None or not regions:
            return False
        start = max(self.text.rfind(". ", 0, first), self.text.rfind("\n", 0, first)) + 1
        stop = _SENTENCE_END.search(self.text, first, first + 300)
        places = {m.group("place").lower() for m in _REGION_NAMED.finditer(self.text, start, stop.end() if stop else first + 300)}
        return bool(places) and not places & regions

    def _about_another_place(self, person: Person, position: int) -> bool:
        """Whether the sentence of "the local governor" (ending at `position`) names a place that the
        text around the last mention of `person` never names: "Another attack on nearby Kryvyi Rih
        ..., according to the local governor" is not the governor of the city named before."""
        start = max(self.text.rfind(". ", 0, position), self.text.rfind("\n", 0, position), position - 300) + 1   # the sentence so far
        places = [m.group("place") for m in _PLACE_NAMED.finditer(self.text, start, position)]
        if not places:
            return False
        index = bisect.bisect_left(self.people._mention_offsets, start) - 1
        while index >= 0 and self.people.mentions[index][1] is not person:
            index -= 1
        if index < 0:
            return False
        named = self.people.mentions[index][0]
        stop = _SENTENCE_END.search(self.text, named, named + 300)   # (the sentence that names them, and those before)
        around = self.text[max(0, named - 300) : stop.end() if stop else named + 300]
        return not any(place in around for place in places)

    def resolve(self, phrase: str, position: int) -> Speaker | None:
        """`phrase` is the subject region (sentence start to the verb); `position` its end offset."""
        subject = parse_subject(phrase)
        speaker = self._bind(subject, position) if subject is not None else None
        self._note(speaker, position, subject)
        return speaker

    def resolve_all(self, phrase: str, position: int, phrase_start: int | None = None) -> list[Speaker]:
        """Like `resolve`, but "Pistorius and Baerbock both said" gives both speakers; [] for nobody.

        `phrase_start`: where `phrase` begins in the text, when `position` is not its end.
        """
        subject = parse_subject(phrase)
        speaker = self._bind(subject, position) if subject is not None else None
        # "The Kremlin and the Defence Ministry" reads as one institution's name; two are meant.
        conjuncts = coordinated_subjects(phrase) if speaker is None or (speaker.kind == "body" and " and the " in speaker.name) else None
        if speaker is not None and conjuncts is None and ", " in phrase and " and " in phrase:
            # "Germany, Britain and France said": a list of three or more, not the first with an apposition.
            listed = coordinated_subjects(phrase)
            conjuncts = listed if listed is not None and len(listed) >= 3 else None
        if conjuncts is None:
            self._note(speaker, position, subject)
            return [speaker] if speaker is not None else []
        if phrase_start is None:
            phrase_start = position - len(phrase)
        bound = []
        for text, end in conjuncts:
            subject = parse_subject(text)
            part = self._bind(subject, phrase_start + end) if subject is not None else None
            if part is None:
                # "Scholz and his aides said": all or nothing, never half a guess
                self._note(speaker, position)
                return [speaker] if speaker is not None else []
            bound.append((part, phrase_start + end))
        speakers: list[Speaker] = []
        for speaker, end in bound:
            self._note(speaker, end)
            if speaker not in speakers:
                speakers.append(speaker)
        return speakers

    def _note(self, speaker: Speaker | None, position: int, subject: Subject | None = None) -> None:
        # Who spoke where: "he" and "it" later refer back to it.
        if speaker is None and subject is not None and subject.form == "the_role":
            self.last_unknown = position
        elif speaker is not None and speaker.kind == "person":
            self.last_person = (speaker, position)
            # A surname the article never spelled out ("Putin told reporters ...") is a person too:
            # "He added" refers to them, not to someone they only mentioned.
            self.people.note_speaker(self.people._find(speaker.name) or self.people.register(speaker.name), position)
        elif speaker is not None and speaker.kind == "body":
            self.last_body = (speaker, position)
            self.bodies_spoken.append(self.last_body)
        elif speaker is not None and speaker.kind == "role":
            self.last_role = (speaker, position)

    def _reported_since(self, start: int, position: int) -> bool:
        """Whether words outside quotation marks report anything after the sentence that holds `start`
        and before `position`: another source whose report "the report" may be."""
        stop = _SENTENCE_END.search(self.text, start, position)
        between = _QUOTED_SPAN.sub("", self.text[stop.end() if stop else position : position])
        return _REPORT_WORD.search(between) is not None

    def _new_subject_since(self, start: int, position: int) -> bool:
        """Whether a whole sentence between `start` and the sentence of `position` opens with a
        name of its own: "Kyiv did not respond. It has denied ..." is Kyiv, not the ministry before."""
        paragraph_start = self.text.rfind("\n", start, position) + 1 or start
        # Paragraphs before this one count whole, those that open with a quotation mark too
        # ("Piet Holm said ...", then '"...," the statement said'); in this one, the last opening
        # is that of the sentence `position` is in.
        openings = [m.group("word") for m in _PARAGRAPH_OPENING_WORD.finditer(self.text, start, paragraph_start)]
        here = [m.group("word") for m in _SENTENCE_OPENING_WORD.finditer(self.text, max(start, paragraph_start - 1), position)]
        return any(word.lower().rstrip(".") not in _NO_NEW_SUBJECT for word in openings + here[:-1])

    def _untitled_speaker_after(self, position: int, words_first: bool = False) -> Person | None:
        """'..., a Pentagon spokeswoman said on Monday. "...," Sabrina Example told reporters': the
        next person the article names, soon after `position` and for the first time, with no title
        of their own, when a verb of saying follows the name (`words_first`: or when the name
        attributes words that end their sentence)."""
        people = self.people
        after = bisect.bisect_right(people._mention_offsets, position)
        if after == len(people.mentions):
            return None
        offset, person = people.mentions[after]
        if (not 0 < offset - position <= _NAMED_SOON_AFTER or not person.role_words <= _HONORIFICS or " " not in person.name
                or people.first_mentioned(person) != offset):
            return None   # (named before: the spokesperson is someone else)
        # Only as the attribution of a quote ('"...," Sabrina Example told'), or where asked, of words
        # first that end their sentence ("..., Alexander Example wrote on Telegram."): a name opening a
        # sentence, or with words after its verb, may be anyone's.
        after_quote = _CLOSING_QUOTE_BEFORE.search(self.text, max(0, offset - 4), offset) is not None
        if after_quote:
            return person if _NAME_THEN_SAYS.match(self.text, offset) else None
        return person if words_first and self.text[offset - 2 : offset] == ", " and _NAME_SAYS_AT_END.match(self.text, offset) else None

    def _last_role_called(self, subject: Subject, position: int) -> tuple[Speaker, int] | None:
        """The unnamed official who spoke last, close before `position`, if "the source", "the
        spokesperson" names what they were called ("A source in the security service told ...")."""
        role = self.last_role
        if role is None or not 0 < position - role[1] < 1500:
            return None
        head, words = subject.name.lower(), set(role[0].name.lower().split())
        if any(m.lower() not in words for m in subject.modifiers):
            return None   # "the Ukrainian source" after "a Ukrainian intelligence source", never after "a Russian source"
        return role if head in words or (head in _SPOKES and words & _SPOKES) else None

    def _introduced_in_paragraph(self, subject: Person, position: int) -> Person | None:
        """The one other person an earlier sentence of this paragraph names, after `subject` was last
        named, when "he" at `position` follows: "The comments follow the British Foreign Secretary,
        Lord X, lifting a similar restriction. '...,' he said" is X, not the speaker paragraphs before."""
        people = self.people
        paragraph_start = self.text.rfind("\n", 0, position) + 1
        index = bisect.bisect_left(people._mention_offsets, position) - 1
        others: set[int] = set()
        latest: Person | None = None
        lowest = index - 40   # (a bounded look back: a paragraph of a thousand names and pronouns stays linear)
        while index >= 0 and people.mentions[index][0] >= paragraph_start:
            named = people.mentions[index][1]
            if named is subject or index <= lowest:
                return None   # the subject is named in this paragraph (or too many names): it stays the one "he" means
            others.add(id(named))
            if len(others) > 1:
                return None   # two others: no one of them is plainly meant
            latest = latest or named
            index -= 1
        if latest is None:
            return None
        sentence_start = max(self.text.rfind(". ", paragraph_start, position), self.text.rfind("? ", paragraph_start, position))
        first_mention = people.mentions[index + 1][0]
        return latest if sentence_start > first_mention else None

    def _named_institution(self, referred: str, modifiers: tuple[str, ...], position: int) -> Speaker | None:
        """The one institution of the kind "the <referred>" names that the text before named, though it
        did not speak ("Russia's Defense Ministry labeled ... The ministry reported that ..."); None
        when none or two different ones were named."""
        sentence_start = max(self.text.rfind("\n", 0, position), self.text.rfind(". ", 0, position)) + 1
        head = referred.rsplit(" ", 1)[-1].capitalize()
        window = self.text[max(0, sentence_start - _NAMED_INSTITUTION_REACH) : sentence_start]
        if head not in window:
            return None
        named: Speaker | None = None
        for m in _NAMED_INSTITUTION.finditer(window):
            if m.group("head") != head:
                continue
            parsed = parse_subject(m.group(0))
            body = parsed.fallback if parsed is not None else None
            if body is None or body.kind != "body":
                continue
            kind = _institution_kind(body.name)
            # ("the ministry" is any ministry: "the Ministry of Emergency Situations of Bashkortostan" too.)
            if not ((kind.endswith(referred) or referred == head.lower()) and all(mod in kind.split() for mod in modifiers)):
                continue
            if named is not None and _institution_kind(named.name) != kind:
                return None   # two of that kind: which one is meant, the text does not say
            named = body
        return named

    def _bind(self, subject: Subject, position: int) -> Speaker | None:
        """The speaker a parsed subject at `position` means in this article."""
        people = self.people
        form = subject.form
        if form == "document":
            # An institution's statement when one spoke lately; a person's only when none did
            # (after "The General Staff said ... Piet Holm said ...", whose it is stays open).
            if (last_body := self.last_body) is not None and position - last_body[1] < 1500:
                if subject.name == "report" and self._reported_since(last_body[1], position):
                    return None   # ("The ministry said ... Reuters reported ... the report said": the outlet's)
                if 0 < position - last_body[1] < 600 and not self._new_subject_since(last_body[1], position):
                    return last_body[0]
                return None
            if subject.name == "report":
                return None   # (a report is an institution's, or an outlet's: never a person's statement)
            # A person's, only from the sentence right before: "This was reported by Commander X.
            # '...,' the statement said" (not when a sentence of any subject comes between).
            person_spoke = self.last_person
            if (person_spoke is not None and 0 < position - person_spoke[1] < 600
                    and len(_PARAGRAPH_OPENING_WORD.findall(self.text, person_spoke[1], position)) <= 1):
                return person_spoke[0]
            return None
        if form == "it":
            # "The ministry said ... It added that ...": the institution that just spoke, if close by.
            if self.last_body is not None and 0 < position - self.last_body[1] < 600 and not self._new_subject_since(self.last_body[1], position):
                return self.last_body[0]
            return None
        if form == "pronoun":
            if (owner := _POSSESSOR_THEN_PRONOUN.search(self.text, max(0, position - 200), position)) is not None and (
                    owned := parse_subject(owner.group("owner"))) is not None and owned.form != "pronoun":
                # "The Swedish minister's remarks came as he announced ...": he is the minister, not
                # whoever was named last.
                return self._bind(owned, owner.end("owner"))
            person = people.last_before(position)
            role = self.last_role
            unknown = self.last_unknown
            if (unknown is not None and unknown < position and (role is None or role[1] < unknown)
                    and (person is None or not people.mentioned_between(person, unknown, position))):
                # "The Russian president noted that ... According to him, ...": the one the article
                # does not name, not the person named before them.
                return None
            if role is not None and 0 < position - role[1] < 1500 and (person is None or not (
                    people.mentioned_between(person, role[1], position)
                    # (a surname the names scan did not know, only who spoke: "The Bundestag elected Merz ...")
                    or re.search(rf"\b{re.escape(person.name.rsplit(' ', 1)[-1])}\b", self.text[role[1] : position]))):
                # "..., an unnamed U.S. official told Politico. He added that ...": the official who
                # spoke last, not the president named before them.
                return role[0]
            if person is not None and _contradicts(subject.name, person):
                return None   # "Peskov said ... She added": not Peskov; whom she means is left open
            if person is not None and subject.name in ("he", "him") and _female(person):
                # "Anna Example met her counterpart Piet Example. He said ...": not Anna, by her first
                # name; the one man named after her, if only one; else left open (a wrong speaker is
                # worse than none).
                others = people.named_after_last_of(person, position)
                if len(others) == 1 and not _female(others[0]) and not _contradicts(subject.name, others[0]):
                    return _as_speaker(others[0])
                return None
            if (person is not None and subject.name in ("she", "her") and not _female(person)
                    and (women := people.women_named_before(position))):
                # "Maria Zakharova said ... Vladimir Putin considered ... She added": "she" is not a person
                # the text gives no sign of being a woman when it named a woman before: the one woman
                # named (not when an institution spoke after her: "The Defence Ministry said ... She
                # added" may be the ministry's), or, of several, none for sure.
                if len(women) > 1 or ((spoke_last := self.last_body) is not None
                                      and not people.mentioned_between(women[0], spoke_last[1], position)):
                    return None
                return _as_speaker(women[0])
            if (person is not None and not person.roles and not people.ever_subject(person)
                    and (spoke_last := self.last_body) is not None and spoke_last[1] < position
                    and not people.mentioned_between(person, spoke_last[1], position)):
                # "..., said the local office of the ministry. '...,' she stressed": the office's
                # unnamed spokeswoman, not a name seen in passing before the office spoke.
                return None
            if person is not None and (other := self._introduced_in_paragraph(person, position)) is not None:
                person = other
            return _as_speaker(person) if person else None
        if form == "name":
            person = people._find(subject.name)
            return _as_speaker(person) if person else subject.fallback
        if form == "surname":
            person = people.by_surname(subject.name, position)
            if person is None and subject.fallback is not None and subject.fallback.kind == "person":
                # '"...," Peskon emphasised' after Dmitry Peskov spoke: a surname the article never
                # gave, one letter off one it did, is that person misspelt, not someone new.
                person = people.misspelling_of(subject.name, position) or people.by_first_word(subject.name, position)
            if (person is None or " " not in person.name) and subject.fallback is not None and subject.fallback.kind == "person":
                # (A one-word "person" the article itself calls an outlet or a company is neither.)
                introduced = self._introduced_as(subject.name)
                if introduced == "outlet":
                    return None   # "According to Verstka" after "opposition outlet Verstka reported": a paper, no person
                if introduced == "company":
                    return Speaker(subject.name, "body")   # "state-run energy company Ukrenergo said": a company speaks
            return _as_speaker(person) if person else subject.fallback
        if form == "owned_role":
            # (The article's own region has one governor: with two, "the region's governor" is neither.)
            person = people.by_role(list(subject.modifiers), subject.name, position, only_one=subject.local)
            if person is None and subject.local and subject.name.lower() in _LOCAL_HEADS and not people.with_role([], subject.name):
                # A wire lead's "..., the region's governor said." and the governor named in the next
                # sentence's attribution ("..., Alexander Example wrote on Telegram."), as "the regional governor".
                person = people.named_soon_after(subject.name, position, subject.modifiers) or self._untitled_speaker_after(position, words_first=True)
            if person is None and not subject.local and subject.modifiers and len(holders := people.with_role(list(subject.modifiers), subject.name)) == 1 and (
                    (first := people.first_mentioned(holders[0])) is not None and 0 < first - position < _NAMED_LATER):
                # A lead's "Moscow's ambassador to Britain asserted ..." and "the Kremlin's ambassador to
                # London, Andrei Example" paragraphs below: the one holder the article names later (the
                # role as written would be a second, wrong speaker for the same words).
                person = holders[0]
            if (person is None and (subject.name.lower() in _SPOKES or subject.name.lower() == "representative")
                    and subject.modifiers and _names_a_person(subject.modifiers[0])):
                # "Putin's spokesman says ...": whose spokesman the article's one spokesperson is, the
                # article may not say ("Press Secretary of the President ... X"); with one, that one.
                # ("Putin's representative": his spokesman, in words translated from Russian.)
                holders = people.with_role([], "spokesperson")
                person = holders[0] if len(holders) == 1 else None
            if (person is None and subject.name.lower() in _AIDE_WORDS and subject.modifiers and _names_a_person(subject.modifiers[0])):
                # "Zelenskyy's aide stressed ..." after "Ukraine's presidential advisor, Mykhailo Example ...
                # He noted ...": the article's one aide or adviser, the one just spoken of, whose principal
                # it may name another way. (Never another's aide named paragraphs before.)
                aides = [p for p in people.persons if not p.role_words.isdisjoint(_AIDE_WORDS)]
                person = aides[0] if len(aides) == 1 and people.last_before(position) is aides[0] and (
                    people.mentioned_between(aides[0], position - 500, position)) else None
            return _as_speaker(person) if person else subject.fallback
        if form == "the_role":
            person = people.by_role(list(subject.modifiers), subject.name, position, only_one=subject.local)
            if person is not None and subject.local and self._about_another_place(person, position):
                person = None
            if person is not None and subject.name.lower() in _LOCAL_HEADS and subject.modifiers and self._placed_apart(person, subject.modifiers):
                # "the governor of the Bryansk region announced ..." and, further on, "In the Rostov region,
                # Governor X also reported ...": X governs another place.
                person = None
            if (person is not None and subject.generic and (first := people.first_mentioned(person)) is not None and first > position
                    and people.untitled_named_before(position, person)):
                # "Envoy in Vienna X called ... '...,' the diplomat said. Previously, spokeswoman Y ...": a
                # vague role right after someone whose title the reader did not catch may be them; it is
                # not the person named further on.
                person = None
            if person is None and subject.local:
                # "..., the regional governor said", then "according to Governor X" and later another
                # region's governor: the holder the article names next, for the first time, and soon; or
                # the untitled person whose quote comes next ('"...," Vyacheslav Example wrote on Telegram').
                person = people.named_soon_after(subject.name, position, subject.modifiers) or self._untitled_speaker_after(position)
            role = self._last_role_called(subject, position)
            if role is not None and (person is None or not people.mentioned_between(person, role[1], position)):
                # "A spokesperson for the French Foreign Ministry said ... '...,' the spokesperson
                # said": the official who just spoke, not the Kremlin spokesman named paragraphs ago.
                return role[0]
            if person is not None:
                return _as_speaker(person)
            if subject.name.lower() in _HIGH_OFFICES and (untitled := people.untitled_holder(subject.name, position)) is not None:
                # "Sir Keir Starmer has declined to rule out ... The UK prime minister said ...": a high
                # office nobody in the article holds by title, right after a person named without one
                # as the subject: that person, named again by office.
                return _as_speaker(untitled)
            if (subject.name.lower() in _HIGH_OFFICES and subject.modifiers and not people.with_role(list(subject.modifiers), subject.name)
                    and (national := people.of_country_only(subject.modifiers, position)) is not None):
                # "Turkey's Recep Tayyip Erdogan said ... the Turkish president told journalists": the one
                # person given that country and no office, named again by a high office of it.
                return _as_speaker(national)
            if subject.generic:
                # "the diplomat stressed", right after a titled person was named: that person
                # (not when the article names someone else "the minister", only further on).
                last = people.last_before(position)
                index = bisect.bisect_left(people._mention_offsets, position) - 1
                # Where that person was last named: other capitalised runs since ("Army Tactical
                # Missile Systems") do not bring them closer.
                while index >= 0 and people.mentions[index][1] is not last and position - people.mentions[index][0] < 400:
                    index -= 1   # (no further back than the 400 characters that matter: long texts stay linear)
                recent = people.mentions[index][0] if index >= 0 and people.mentions[index][1] is last else None
                if (last is not None and last.roles and recent is not None and people.unquoted_between(recent, position) < 400
                        # ("the diplomat" is no Defense Secretary: an office the noun names must be theirs.)
                        and _holds_office(subject.name, last)
                        # "the Chief of the Defence Intelligence of Ukraine" after its holder: the words after
                        # "of" are all in the role the article gave; a country alone names nobody ("The
                        # commander of Ukraine's air force" is not Ukraine's president named before).
                        # ("the Russian official" after "Governor of Russia's Rostov Oblast X": the country's adjective.)
                        and (not subject.modifiers or (all(m.lower() in last.role_words or _country_in(m, last.role_words) for m in subject.modifiers)
                                                       and any(m.lower() not in PLACES for m in subject.modifiers)))
                        and not people.with_role(list(subject.modifiers), subject.name)
                        # "The US official emphasized ... the official responded": the one not named, not the president before
                        and (self.last_unknown is None or self.last_unknown < recent)):
                    return _as_speaker(last)
            if (subject.name.lower() in _UNTITLED_REFERENCES and not any(m[:1].isupper() for m in subject.modifiers)
                    and (untitled := people.untitled_holder(subject.name, position)) is not None):
                # "Vasily X addressed the council on behalf of Russia ... the permanent representative
                # noted ...", "the diplomat commented": a diplomat's role the article gives nobody by title,
                # after the one person it named without one.
                return _as_speaker(untitled)
            # (Someone named only in passing, never a subject, is no holder the text left untitled.)
            if subject.fallback is not None and all(p.roles or not people.ever_subject(p) for p in people.persons) and all(
                    subject.modifiers and (people.placed_elsewhere(holder, subject.modifiers) or self._placed_apart(holder, subject.modifiers))
                    for holder in people.with_role([], subject.name)):
                # "The governor of the Kursk region said ...", in an article that names no governor and
                # no one without a title who might be that governor, or only the governor of another
                # place it named: the office as written.
                return subject.fallback
            if self.headline_person is not None and not people.persons and position > self.headline_end:
                # "Peskov: Attacks will not go unanswered" over "The Kremlin spokesman said ...", naming
                # no one else: the one the headline gives the words to.
                return Speaker(self.headline_person, "person", "")
            return None
        if form == "indefinite_role":
            # The article's one holder of the office, named after the role and soon, never before it
            # ("a governor" after Governor X is another governor).
            if (named := people.named_soon_after(subject.name, position, subject.modifiers)) is not None:
                return _as_speaker(named)
            if (subject.modifiers and (named := people.named_soon_after(subject.name, position)) is not None
                    and named.role_words <= _SPOKES):
                # "A Chinese Foreign Ministry spokesperson on Thursday called ..." then "spokesperson Mao
                # Example said": a title that names no office of its own contradicts none.
                return _as_speaker(named)
            if subject.name in _SPOKES and (untitled := self._untitled_speaker_after(position)) is not None:
                return _as_speaker(untitled)
            return subject.fallback
        if form == "institution_reference":
            # The institution of that kind that spoke last, close by ("the defense ministry said"
            # after the Russian Defense Ministry, though a health ministry's centre spoke in between).
            # ("the department" may be a ministry in translation, but a department spoken of comes first.)
            for referred in (subject.name, *_ministry_for_department(subject.name)):
                for body, spoke_at in reversed(self.bodies_spoken):
                    if position - spoke_at >= 1500:
                        break
                    kind = _institution_kind(body.name)
                    if 0 < position - spoke_at and kind.endswith(referred) and all(m in kind.split() for m in subject.modifiers):
                        return body
                if (institution := self._named_institution(referred, subject.modifiers, position)) is not None:
                    return institution
            return subject.fallback
        if subject.fallback is not None and subject.fallback.kind == "body":
            # "The General Staff said" after "the General Staff of the Armed Forces of Ukraine": the
            # same institution, by the fuller name the article gave it.
            opening = subject.fallback.name.lower() + " of "
            for body, _ in reversed(self.bodies_spoken):
                if body.name.lower().startswith(opening):
                    return body
        return subject.fallback


# An institution named in capitals ("Russia's Defense Ministry", "the Ministry of Emergency Situations
# of Bashkortostan"), and how far back "the ministry" may refer to one that did not speak.
_NAMED_INSTITUTION = re.compile(r"(?:\b[A-Z][\w'\u2019.-]*\s+){0,4}(?P<head>Ministry|Department|Office|Agency|Service|Committee|Command|"
                                r"Council|Directorate|Administration|Staff|Commission|Bureau)\b"
                                r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:of|for|the|and|[A-Z][\w'\u2019.-]*)){0,5}(?<![\s,]))?")
_NAMED_INSTITUTION_REACH = 1000


# Words that say whether a person is a man or a woman: titles and roles, and the endings of
# Slavic surnames, which differ ("Zakharova", "Peskov"; "Nowicka", "Sikorski").
_FEMALE_WORDS = frozenset("spokeswoman chairwoman congresswoman businesswoman mrs ms madam queen lady princess duchess baroness".split())
_MALE_WORDS = frozenset("spokesman chairman congressman businessman mr sir lord king prince duke baron".split())
_FEMALE_SURNAME_ENDINGS = ("ova", "eva", "yova", "skaya", "tskaya", "ska", "cka")
_MALE_SURNAME_ENDINGS = ("ov", "ev", "yov", "sky", "skyi", "skiy", "ski", "cki")


# First names ending in "a" that are men's ("Nikita", "Ilya"): every other such name is taken for a woman's.
_MALE_NAMES_IN_A = frozenset("nikita ilya kuzma foma luka luca andrea joshua jonah noah elijah mustafa musa isa yahya "
                             "sasha misha grisha pasha dima vova kolya tolya zhenya vanya petya nicola mattia elia ezra "
                             "akira garba kuba yura slava kostya lyosha alyosha fedya seryozha senya bola issa".split())


def _sex_by_role_and_surname(person: Person) -> tuple[bool, bool]:
    """(female, male): what the roles the article gave and the surname's ending say of `person`."""
    words = {w.rstrip(".") for w in person.role_words}
    surname = person.name.rsplit(" ", 1)[-1].lower()
    return (bool(words & _FEMALE_WORDS) or surname.endswith(_FEMALE_SURNAME_ENDINGS),
            bool(words & _MALE_WORDS) or surname.endswith(_MALE_SURNAME_ENDINGS))


def _female(person: Person) -> bool:
    """Whether the article or the name says that `person` is a woman: a title or role, a Slavic
    surname's ending, or a first name ending in "a" (not a man's such as "Nikita")."""
    first = person.name.lower().split()[0]
    return _sex_by_role_and_surname(person)[0] or (
        " " in person.name and len(first) > 2 and first.endswith("a") and first not in _MALE_NAMES_IN_A)


def _contradicts(pronoun: str, person: Person) -> bool:
    """Whether "he" or "she" cannot mean `person`, by what the article or the surname says."""
    if pronoun not in PRONOUNS:
        return False   # ("the 46-year-old": no gender to contradict)
    female, male = _sex_by_role_and_surname(person)
    if female == male:
        return False   # nothing known, or both ("Mr ... spokeswoman" is a mistake of the text, not ours to judge)
    return female if pronoun in ("he", "him") else male


def _as_speaker(person: Person) -> Speaker:
    return Speaker(person.name, "person", "; ".join(person.roles))
