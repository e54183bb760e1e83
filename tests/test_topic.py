import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_cli import extract_article
from timeline_cli.topic import Profile, ProfileError, default_profile

PROFILE = default_profile()


def judge(statement: str, frame: str = "", paragraph: str = "", lead: bool = False) -> bool:
    return PROFILE.decide(statement, frame, paragraph, lead).on_topic


@pytest.mark.parametrize("statement", [
    "Kyiv has every right to strike military targets on Russian soil.",            # action + Russian territory
    "The drones that hit the Belgorod region were launched from the south.",       # named Russian place
    "the attack on the airfield in Kursk was a crime",
    "Ukraine may use the weapons against targets inside Russia.",
    "the ban on using Storm Shadow against Russia must be lifted",                 # permission + weapons
    "we will lift the restrictions on ATACMS",                                     # permission + Western weapons
    "any move enabling Ukraine to acquire long-range military capabilities would carry risks",   # what kind of capability, between
    "the allies had announced authorizing the use of longer-range weapons",       # "authorizing", "longer-range"
    "the missile's range could potentially target Moscow",                         # a verb right before the place
    "there were attempts to attack Moscow with drones",
    "the new missiles could reach Belgorod within minutes",
    "six ATACMS had been fired at its Bryansk region",                            # "fired at", not only "fire at"
    "We have not encouraged or enabled strikes outside of Ukraine.",               # outside Ukraine: in Russia
    "Washington does not encourage Ukraine to strike targets outside Ukrainian territory.",
    "a drone attack on a presidential residence in the Novgorod region",          # a Russian region further north
    "it shot down 121 drones targeting 13 regions, including Ryazan and Moscow",   # places in a list
    "the ability to fire back at the forces firing across the border",           # "fire back", across the border
    "its use of the weapons was not limited to targets on the Russian side",      # the Russian side (of the border)
    "they may fire at Russian planes flying in Russian airspace",
    "targeting Russian fighter jets before they can be used against cities can save lives",
    "any command center in the Russian capital is a legitimate military target",
    "when trying to fly to Moscow, a drone was destroyed",
    "air defence worked over the Belgorod district: several unmanned aerial vehicles were shot down",   # UAVs, shot down
    "little by little, war is returning to the territory of Russia",                # the war carried into Russia
    "thanking every unit for making it possible to push the war out into the aggressor's territory",   # the war pushed into it
    "Kyiv is now taking the fighting into Russian territory",
    "Ukraine will soon be able to attack any point of the Russian federation",
    "a Ukrainian response will reach any point in the Russian federation",
    "our defenders contribute to the return of the war to Russian military facilities",
    "long-range strikes are drone responses to Russia's actions",                   # "responses" too
    "the decision to approve the use of German weapons to strike Russia",          # the verb on the country itself
    "the decision to enable Ukraine to employ the weaponry against Russian military facilities",   # "enable" permits
    "although Moscow has been hit by drones, Russia will not declare a state of war",   # struck, in the passive
    "Belgorod is under attack by enemy drones, one person was killed",             # under attack
    "the US asked Kyiv to stop targeting Russian oil refineries",                  # what the target serves, between
    "the strikes against Russian energy sources have not altered its ability to fight",
    "Ukraine is entitled to hit military targets on the aggressor state territory",   # the aggressor's territory
    "the ban on deep strikes must be lifted",                                       # deep strikes: into Russia
    "A storage tank at the oil refinery in Kuban has caught fire due to a drone attack.",   # Kuban: Krasnodar Krai
    "the new battery is defensive and cannot be used on Russian territory",        # where weapons may be used
    "The US does not support long-range capabilities being used within Russia",   # ("being used" too)
    "The shelling of the city of Belgorod has begun.",                            # "of" a Russian city
    "I will not deliver cruise missiles that are capable of reaching as far as Moscow",
    "praised a drone strike on Russian strategic bomber jets",                     # bombers at their bases
    "All attacks at the military airfields in Ivanovo, Ryazan, and Amur regions were repelled",   # far from the border
    "A drone plant in Alabuz (Tatarstan, 1,700 km from the border) was attacked by drones",   # the region in brackets
    "next time you think of hitting the Chechen Republic with drones, we will answer",   # the North Caucasus is Russia too
    "two drones were shot down over Makhachkala overnight",
    "Ukraine now uses its long-range weapons against Russia almost daily",        # "uses", a possessive and a kind
    "a decision to use Western long-range weapons against Russia would mean war",
    "the US does not encourage Ukraine to carry out strikes beyond its territories",   # beyond its territory: in Russia
    "An unmanned aerial vehicle heading for Moscow has been shot down",            # heading for
    "Grossi was aware of the origins of attacks on Russian nuclear facilities",   # what the target serves: nuclear
    "the Armed Forces of Ukraine allegedly breached the border with Kursk Oblast.",   # a breach into a Russian region
    "The campaign against Russia's energy infrastructure shows that Kyiv can inflict some pain",   # Russia's, as Russian
])
def test_strikes_and_permission_are_on_topic(statement):
    assert judge(statement)


@pytest.mark.parametrize("statement, lead", [
    ("Ukraine has the right to self-defence.", True),        # self-defence, in an article about strikes
    ("denied any involvement in the drone attack.", True),    # responsibility for a strike
    ("the military intelligence had carried out the attack.", True),   # who carried it out
    ("Moscow will respond to every attack with mirror actions.", True),   # Russian reaction
    ("the HIMARS rockets killed civilians", True),           # Western weapons used, article about strikes
    ("he might supply Ukraine with Tomahawk missiles, capable of striking targets 1,500 miles away", True),
    ("But it is for Ukraine to decide how to deploy them.", True),   # whose decision it is, article about strikes
    ("It is up to the Ukrainian government to decide how best to use these assets.", True),
    ("13 Ukrainian drones were shot down over the region.", True),       # Ukraine's strikes, article about strikes
    ("under international law this right does not end at the border", True),   # self-defence reaching into Russia
    ("An attempt by the Kiev regime to attack a zone where civil infrastructure is located is a terrorist act", True),
    ("All the weapons leaving from Italy should be used within Ukraine", True),   # weapons kept to Ukraine's ground
    ("any weapons provided to Ukraine can only be used within its borders.", True),
    ("Ukrainians should not be restricted in using delivered weapons.", True),   # restricted in their use
    ("countries providing these weapons have the right to put limits on individual weapons", True),
    ("so Italy's position remains the same: to use our weapons on Ukrainian territory.", True),
    ("The US aid provided should be used on the territory of Ukraine", True),
    ("Russia has promised a strong response if these weapons are used.", True),  # a reaction to their use
    ("the decision to use Western supplied weapons is for the allies", True),    # whose weapons, unhyphenated
    ("Putin has condemned Ukraine's incursion as a large-scale provocation.", True),   # Ukraine's incursion
    ("fighting is ongoing after Ukrainian troops smashed through the border", True),  # troops breaking through
    ("the ministry claimed to have intercepted eight ballistic missiles fired from Ukraine", True),   # fired from Ukraine
    ("two drones launched from Ukrainian territory were destroyed", True),
    ("air defense systems on duty intercepted and destroyed 41 Ukrainian aircraft-type unmanned aerial vehicles", True),
    ("Russian air defence systems destroyed or intercepted a total of 41 Ukraine-launched drones overnight", True),
    # Moscow's reading of such strikes: the West joining the war.
    ("Moscow would consider any such strikes a sign that NATO was openly joining the conflict.", True),
    ("If such weapons are used, that would mean the NATO nations are openly at war with Russia", True),
    # Ukraine as the one striking: "Ukraine's new attack on the pipeline", "Ukraine attacked the pipeline".
    ("Ukraine's new attack on the pipeline is particularly upsetting", True),
    ("he said Ukraine has repeatedly attacked the pumping station", True),
    ("the Ukrainian army's attack has caused more than 60 civilian casualties", True),   # the army's attack
    # ("Russian war correspondents" write; they place no war anywhere.)
    ("Russian war correspondents are already whining that the strike was effective and that air defenses failed", True),
    # Drones met by air defences that the words place nowhere else: Russia's, in such an article.
    ("the drone was destroyed by a Russian air defense system.", True),
    # Moscow's name for such a strike, in an article about it: "an act of nuclear terrorism".
    ("The watchdog must immediately respond to the act of nuclear terrorism on the part of the Kiev regime, the Russian diplomat said", True),
    ("the air defense forces destroyed an aircraft-type drone over the region's territory", True),
])
def test_context_dependent_statements_need_an_article_about_strikes(statement, lead):
    assert judge(statement, lead=lead)
    assert not judge(statement, lead=False)


@pytest.mark.parametrize("statement", [
    "NATO membership for Ukraine is a question of when, not if.",
    "The sending of NATO troops to Ukraine is not on the table.",
    "A massive cyber attack could trigger Article 5.",
    "The front line near Kharkiv is stable and the enemy attack has been stopped.",
    "The alliance will support Ukraine for as long as it takes.",
    "Grain exports rose again in the spring.",
    "The reforms enable farmers to export more grain to Russia.",   # "enable", but no strike and no weapons
    "Russia had received ballistic missiles from Iran and will likely use them in Ukraine within weeks.",  # Russia's use, in Ukraine
    "Russia brought war to our land, and it should feel what it has done.",   # the war carried into Ukraine
    "The West is waging a direct war against Russia with Ukrainian hands.",   # Moscow's rhetoric, no strike in it
    "These attacks on our cities show that we must put more pressure on Russia.",   # pressure laid on it, no place struck
    "New sanctions on Russia will follow the attacks on the capital.",
    "Russia used its own long-range weapons in Ukraine again.",   # Russia's use, in Ukraine
    # Russia's strikes on Ukraine: "in Moscow" is where someone is talked to, the answer is to people.
    "Today was one of the largest Russian strikes, 210 drones and missiles. Russia targeted energy. This is the answer to all "
    "those who wanted to achieve something with Putin through phone calls, not in talking to someone in Moscow.",
    "The drones hit Kharkiv overnight, a day after the talks in Moscow ended.",
    "Ukrainian air defences shot down 30 drones overnight.",                       # Ukraine's defences
    "its air defence had downed eight out of nine drones over the country on Sunday.",   # whose, the words do not say
    "air defences shot down 17 drones over Crimea and the Black Sea overnight.",   # Crimea: Ukraine's by law
    "The Kremlin regime launched the process of disintegration of its empire itself, he responded.",   # no weapon launched
])
def test_other_questions_are_off_topic_even_in_an_article_about_strikes(statement):
    assert not judge(statement, lead=True)


def test_a_short_quote_is_judged_with_its_paragraph():
    paragraph = 'Zakharova said fragments of the HIMARS rockets used on Belgorod will "serve as direct proof."'
    assert judge("serve as direct proof.", paragraph=paragraph)
    assert not judge("serve as direct proof.", paragraph="She spoke to reporters in the capital.")
    # Nine words, "Kyiv's" one of them: short, however the apostrophe is written.
    paragraph = "Reporters asked about the strikes on Russian territory. She said the port does not back Kyiv's actions."
    for apostrophe in "'\u2019":
        assert judge(f"the port does not encourage or facilitate Kyiv{apostrophe}s actions.", paragraph=paragraph)


SHORT_THREE = """
[rules]
on_topic = "grain"
[groups]
grain = ['grain\\b']
[context]
short_statement_words = 3
"""


@pytest.mark.parametrize("statement, short", [
    ("we agree", True),
    ("we agree now", False),
    ("  \u201cwe--agree\u201d ", True),        # punctuation and spaces are no words
    ("Kyiv's view: yes", False),               # "Kyiv", "s", "view", "yes": four runs of letters
    ("", True),
])
def test_a_statement_shorter_than_the_profiles_limit_borrows_its_paragraphs_words(statement, short):
    profile = Profile.from_toml(SHORT_THREE)
    assert profile.decide(statement, "", "The grain ships left port.", False).on_topic is short


def test_matched_terms_say_why():
    decision = PROFILE.decide("Ukraine has the right to hit targets on Russian territory.", "", "", False)
    assert decision.on_topic
    assert any(t.startswith("russian_target: Russian territory") for t in decision.terms)
    assert any(t.startswith("action:") and "hit" in t for t in decision.terms)


def test_a_term_met_twice_in_other_case_is_listed_once_as_first_written():
    decision = PROFILE.decide("Strikes on Russian territory and on RUSSIAN TERRITORY again: we hit them.", "", "", False)
    russian = [t for t in decision.terms if t.startswith("russian_target:")]
    assert russian == ["russian_target: Russian territory"]


GRAIN = """
name = "grain-deal"
[rules]
on_topic = "grain and (shipping or port)"
veto = "weapons"
[groups]
grain = ['grain\\b', 'wheat\\b']
shipping = ['ships?\\b', 'corridor\\b']
port = ['odesa\\b', 'ports?\\b']
weapons = ['missiles?\\b']
"""


def test_a_custom_profile_follows_another_question():
    profile = Profile.from_toml(GRAIN)
    article = extract_article("Grain deal\n\nMay 2, 2024\n\n"
                              "Minister Olha Stefanyshyna said that grain ships left the port of Odesa on time.\n\n"
                              "Minister Olha Stefanyshyna said that missiles hit the grain port of Odesa.\n\n"
                              "Minister Olha Stefanyshyna said that Ukraine has the right to strike targets on Russian territory.",
                              profile=profile)
    assert [s.on_topic for s in article.statements] == [True, False, False]


@pytest.mark.parametrize("toml, message", [
    ("name = 'x'\n[groups]\na = ['x']\n", "on_topic"),
    ("[rules]\non_topic = 'a and b'\n[groups]\na = ['x']\n", "unknown group 'b'"),
    ("[rules]\non_topic = '(a'\n[groups]\na = ['x']\n", "ends too early"),
    ("[rules]\non_topic = 'a'\n[groups]\na = ['(']\n", "bad pattern"),
    ("[rules]\non_topic = 'a'\n[groups]\na = []\n", "non-empty"),
    ("this is = not toml [", "not valid TOML"),
    ("[rules]\non_topic = 'a'\n[context]\nspeaker_groups = ['b']\n[groups]\na = ['x']\n", "speaker_groups names unknown groups: b"),
])
def test_a_broken_profile_says_what_is_wrong(toml, message):
    with pytest.raises(ProfileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Profile.from_toml(toml)


def test_a_reaction_counts_when_it_is_russias():
    paragraph = '"This is a dangerous path," Peskov told reporters. "Such strikes would not go unanswered."'
    assert PROFILE.decide("This is a dangerous path", "Peskov told reporters. [Kremlin spokesman]", paragraph, True).on_topic
    ukrainian = 'Russia must feel the consequences. "Every strike on our cities will have a response," he said.'
    assert not PROFILE.decide("Every strike on our cities will have a response", "he said. [Ukraine's President]", ukrainian, True).on_topic


def test_lifting_restrictions_is_on_topic_in_an_article_about_strikes():
    assert judge("allies should consider lifting the restrictions.", lead=True)
    assert not judge("allies should consider lifting the restrictions.", lead=False)


@pytest.mark.parametrize("statement", [
    "the Kursk operation has changed the course of the war",
    "our military operation in the Kursk region continues",
    "the drone attack on the Tuapse refinery caused a fire",
    "the UAV crashed into an auxiliary construction site in the city of Kurchatov",
    "Kyiv should be allowed to neutralise Russian military bases used to fire missiles",
    "we should let them hit the Russian sites from which the missiles are fired",
])
def test_the_kursk_incursion_and_refinery_strikes_are_on_topic(statement):
    assert judge(statement)


def test_a_ground_incursion_by_ukrainian_troops_is_on_topic_in_an_article_about_strikes():
    assert judge("300 Ukrainian troops had crossed over the border with tanks", lead=True)
    assert judge("the Ukrainian incursion was stopped", lead=True)
    assert not judge("300 Ukrainian troops had crossed over the border with tanks", lead=False)
    assert not judge("Ukrainian troops advanced near the river", lead=True)


def test_a_strike_told_by_whose_forces_made_it_is_on_topic_in_an_article_about_strikes():
    said = "its forces had struck the airfield and triggered secondary detonations of ammunition."
    assert judge(said, frame="Ukraine's defence ministry said", lead=True)
    assert not judge(said, frame="Ukraine's defence ministry said", lead=False)
    # Russia's forces striking (in an article about strikes on Russia) are another question.
    assert not judge(said, frame="Russia's defence ministry said", lead=True)


def test_striking_at_long_range_and_inside_a_named_russian_place():
    assert judge("they have the capability to continue to strike at long range", lead=True)
    # A place named only in the speaker's role: the governor of a Russian region tells of an attack there.
    assert judge("drones launched from a truck targeted a military unit in a village",
                 frame="The governor of the Irkutsk region, Igor Example, noted that [governor of the Irkutsk region]")
    # Debris of downed drones falling there, told by the governor of a Russian region.
    assert judge("a fire broke out on the territory of an enterprise due to falling debris",
                 frame="The governor of Russia's Ryazan region, Pavel Example, said on Telegram that")
    assert not judge("a fire broke out on the territory of an enterprise due to falling debris",
                     frame="The mayor of Harbourtown, Pavel Example, said on Telegram that")
    assert judge("Kyiv attempted a strike on the residence inside the Kremlin grounds")
    assert not judge("they have the capability to continue to strike at long range", lead=False)


def test_the_parts_of_a_quote_split_by_its_attribution_share_the_topic():
    article = extract_article(
        "Minister warns\n\n"
        '\u201cMissile strikes deep inside Russian territory are an escalation,\u201d Minister Ivan Example said. '
        '\u201cAll of our warnings about these unacceptable actions have been ignored for many months.\u201d\n\n'
        '\u201cThe harvest was good,\u201d Example said. \u201cThe silos are full.\u201d\n\n'
        '\u201cOur warnings were ignored,\u201d Governor Anna Berg said.')
    assert [(s.text, s.on_topic) for s in article.statements] == [
        ("Missile strikes deep inside Russian territory are an escalation", True),
        ("All of our warnings about these unacceptable actions have been ignored for many months.", True),   # the rest
        ("The harvest was good", False),
        ("The silos are full.", False),
        ("Our warnings were ignored", False)]               # another speaker's words stand alone
    assert article.statements[1].topic_terms == article.statements[0].topic_terms


def test_the_parts_of_a_split_quote_are_read_together_when_neither_is_on_topic_alone():
    article = extract_article(
        "Night of fires\n\n"
        '"Tonight, our long-range sanctions reached two oil depots in Russia, far from the front line of this war," '
        'President Ivan Example wrote on the messaging app. "Each such strike means fewer resources for the war machine '
        'and brings the end of this war closer."\n\n'
        '"The harvest was good this year in every region of the country," Example wrote. '
        '"The silos are full and the prices are low for every family."')
    assert [s.on_topic for s in article.statements] == [True, True, False, False]
    assert article.statements[0].topic_terms == article.statements[1].topic_terms


def test_operations_inside_ukraine_stay_off_topic():
    assert not judge("the special military operation in Ukraine will continue", lead=True)
    assert not judge("the offensive near Kharkiv has been stopped", lead=True)
    assert not judge("the strikes on areas outside Ukraine's control will go on", lead=False)


@pytest.mark.parametrize("lead, expected", [
    ("Grain ships leave Odesa", True),
    ("Grain ships leave Odesa as the war goes on", False),   # 'not war' vetoes, even after 'grain' matched
    ("The war goes on", False),                               # 'grain' fails first: 'war' is never needed
    ("Wheat and grain prices", True),
    ("", False),
])
def test_the_article_rule_reads_the_lead_with_and_or_not(lead, expected):
    profile = Profile.from_toml("[rules]\non_topic = 'grain'\narticle = '(grain or wheat) and not war'\n"
                                "[groups]\ngrain = ['grain']\nwheat = ['wheat']\nwar = ['war\\b']\n")
    assert profile.lead_on_topic(lead) is expected


# The literal prefilter only skips patterns that cannot match: a profile's groups are the same
# with and without it, on text built from its own terms' words and arbitrary characters.
_TERM_WORDS = sorted({w for p in PROFILE.patterns.values() for w in re.findall(r"[a-z][a-z'-]+", p.pattern)})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_TERM_WORDS), st.text(max_size=6)), max_size=25).map(" ".join))
def test_literal_prefilter_never_hides_a_match(text):
    unfiltered = {group: tuple(m.group(0).strip() for m in pattern.finditer(text))
                  for group, pattern in PROFILE.patterns.items()}
    assert PROFILE._scan_groups(text) == {g: hits for g, hits in unfiltered.items() if hits}


def test_a_group_whose_word_starts_another_groups_word_is_still_found():
    """'counter' (one group) starts 'counterattack' (another): the text has both groups' terms."""
    profile = Profile("overlap", {"prefix": [r"counter\w*"], "longer": [r"counterattack\b"], "inner": [r"\w*attack\b"]},
                      on_topic="prefix and longer and inner")
    decision = profile.decide("the counterattack began at dawn", "", "", False)
    assert decision.on_topic
    assert decision.terms == ("prefix: counterattack", "longer: counterattack", "inner: counterattack")


def test_the_rest_of_a_quote_set_alone_in_the_next_paragraph_shares_its_topic():
    article = extract_article(
        "Minister warns\n\n"
        '\u201cPermission to strike deep into Russian territory is necessary,\u201d Minister Ivan Example said.\n\n'
        '\u201cSuch a decision will end the terror sooner.\u201d\n\n'
        '\u201cThe harvest was good,\u201d Example said.\n\n'
        '\u201cThe silos are full,\u201d he added.\n\n'
        '\u201cSuch a decision will end the terror sooner,\u201d Governor Anna Berg said.')
    assert [(s.text, s.on_topic) for s in article.statements] == [
        ("Permission to strike deep into Russian territory is necessary", True),
        ("Such a decision will end the terror sooner.", True),     # the rest, alone: one statement
        ("The harvest was good", False),
        ("The silos are full", False),                              # attributed anew: a statement of its own
        ("Such a decision will end the terror sooner", False)]     # another speaker's words stand alone


@pytest.mark.parametrize("statement", [
    "Ukrainian troops have seized 100 settlements in Russia",
    "Ukrainian forces now control 74 settlements in Russia\u2019s Kursk region",
    "Ukrainian forces currently hold control over 74 settlements in Russia's Kursk border region.",
    "Ukraine is not interested in occupying Russian territories",
])
def test_ground_seized_and_held_inside_russia_is_on_topic(statement):
    assert judge(statement)


def test_ground_held_elsewhere_or_the_initiative_is_not_ground_inside_russia():
    assert not judge("Ukrainian forces now control 74 settlements in the Kharkiv region")
    assert not judge("the enemy tries to seize the initiative in the Kursk region")


def test_kyivs_own_intent_to_strike_is_on_topic_in_an_article_about_strikes():
    assert judge("Kyiv fully intends to strike the airfield again.", lead=True)
    assert not judge("Kyiv fully intends to strike the airfield again.", lead=False)
    assert not judge("Kyiv's partners intend to hold talks again.", lead=True)


def test_the_right_to_wage_war_or_fight_on_russian_soil_is_on_topic():
    assert judge("Ukraine has the right to wage war on Russian soil because it fell victim to aggression")
    assert judge("under international law, Ukraine has the right to fight on Russian soil")
    assert not judge("Ukraine will fight on until the last village is free")


def test_a_verb_between_an_attack_and_a_russian_place_names_no_target():
    assert not judge("Russia\u2019s latest wave of attacks showed Moscow\u2019s disregard for peace efforts.")
    assert judge("the drones attacked the southern Belgorod region overnight")
    assert judge("a wave of attacks on the Russian capital Moscow")


def test_words_naming_again_what_the_speaker_just_said_share_its_topic():
    article = extract_article(
        "A headline about the harbour\n\n"
        "Anna Berg warned on Monday that if the allies let Kyiv strike targets inside Russia, it would mean war.\n\n"
        "\u201cIf such a decision is made, the harbour will close for good,\u201d Berg said.\n\n"
        "\u201cThe ferries will sail on Friday,\u201d Berg said.\n\n"
        "Piet Holm said such a decision would be wise for the harbour.")
    assert [(s.speaker, s.on_topic) for s in article.statements] == [
        ("Anna Berg", True), ("Anna Berg", True), ("Anna Berg", False), ("Piet Holm", False)]
    assert any(term.startswith("refers back") for term in article.statements[1].topic_terms)


def test_invading_russian_ground_is_an_attack_on_russia_and_russia_invading_ukraine_is_not():
    assert judge("The Armed Forces of Ukraine invaded the territory of the Russian Federation in the Kursk region.")
    assert judge("Ukrainian units invaded Russia's Belgorod region at dawn")
    assert not judge("Russia invaded Ukraine in February 2022 and the war goes on")


def test_an_assault_on_russian_ground_is_on_topic_and_an_assault_on_ukraine_or_a_rifle_is_not():
    assert judge("Ukraine's assault on Russia's borderline Kursk Region is unlikely to change the dynamics of the conflict")
    assert not judge("Russia's assault on Ukraine's eastern towns goes on")
    assert not judge("Police seized assault rifles in Russia last year, the report said")


def test_a_victory_or_leverage_over_russia_is_no_place_in_russia():
    assert not judge("the new drones gave the army hope of a military victory over Russia this year")
    assert not judge("the strikes on Ukrainian cities gave Kyiv's allies leverage over Russia, he said")
    assert judge("drones flew over Russia's Belgorod region and hit a depot")


def test_ukraine_attacking_is_ukraines_strike_and_an_attack_on_ukraine_is_not():
    assert not judge("Russia's new attack on the pipeline in Ukraine is upsetting", lead=True)
    assert not judge("Ukraine was attacked overnight by drones", lead=True)
    assert not judge("Ukraine struck a new deal with Poland on the harbour", lead=True)


def test_forces_crossing_the_border_into_russia_is_on_topic_and_into_ukraine_is_not():
    assert judge("at least 1,000 Ukrainian forces, supported by tanks, crossed the border into Russia on Tuesday.")
    assert judge("Ukrainian units crossed into the Kursk region overnight")
    assert not judge("Russian troops crossed the border into Ukraine in February 2022")


def test_weapons_kept_off_another_countrys_territory_is_a_restriction_and_a_deployment_in_the_army_is_not():
    assert judge("it is impossible for their weapons to be utilized outside of Ukraine.")
    assert judge("the weapons could be used for defence, but they cannot be deployed on the territory of another country.",
                 lead=True)
    assert not judge("the first of these long-range systems could be deployed in the Ukrainian armed forces within weeks",
                     paragraph="Berlin will finance production in Ukraine.")
    assert not judge("the tanks cannot be deployed on the territory of another country.")


def test_an_unchanged_policy_is_the_policy_on_strikes_in_an_article_about_them():
    assert judge("I don't have any announcements to make in terms of any change in policy.", lead=True)
    assert judge("the government's position was unchanged, and it was working with allies", lead=True)
    assert judge("our policy has not changed since May", lead=True)
    # (Elsewhere a policy is any policy.)
    assert not judge("I don't have any announcements to make in terms of any change in policy.")


def test_an_attempt_on_the_russian_presidents_residence_is_a_strike_on_russia():
    assert judge("it had thwarted a Ukrainian attempt to attack the Russian president\u2019s residence with two drones.")
    assert judge("drones attacked Putin's residence in the Novgorod region overnight")
    # (Whose attempt it was counts in an article about strikes; a residence elsewhere is no place in Russia.)
    assert judge("a Ukrainian attempt to attack the bridge was foiled", lead=True)
    assert not judge("drones attacked the Ukrainian president's residence, the ministry said")


def test_two_russian_regions_named_before_one_plural_are_russian_ground():
    assert judge("Kyiv tried to carry out attacks with drones over the northern part of the Black Sea, Crimea, Kursk and Bryansk regions.")
    assert not judge("Kyiv tried to carry out attacks with drones over the northern part of the Black Sea, Crimea, Kharkiv and Sumy regions.")


@pytest.mark.parametrize("title", ["the President of Russia", "a Hero of Russia", "the Government of Russia"])
def test_a_title_of_russia_is_no_place_struck(title):
    # Missiles and "of Russia" in a title: no strike on Russian ground.
    assert not judge(f"the new missiles were built to answer NATO deployments, {title} said of the launchers.")
    # ... while the same words about ground in Russia still count.
    assert judge("the new missiles hit a depot in the west of Russia, the ministry said of the launchers.")


def test_moscows_reading_of_strikes_in_so_many_words_counts_in_an_article_about_them():
    statement = "That would mark their direct involvement in the war against the Russian Federation, and we reserve the right to act."
    assert judge(statement, lead=True)
    assert judge("The Russian Federation reserves the right to take tough retaliatory measures.", lead=True)
    # Not in an article about something else, nor without Russia in the words or the attribution.
    assert not judge(statement)
    assert not judge("That would mark their direct involvement in the war, and we reserve the right to act.", lead=True)


@pytest.mark.parametrize("strike", ["airstrike", "air strike", "air-strike"])
def test_an_airstrike_on_a_russian_city_is_a_strike(strike):
    assert judge(f"the Ukrainian military's {strike} on a fuel depot in the Russian city of Belgorod is not helping the talks")


def test_moscow_calling_a_strike_a_terrorist_act_or_reserving_responsive_measures_counts_in_an_article_about_strikes():
    statement = "a planned terrorist act and an attempted attack against the president"
    assert judge(statement, frame="Kremlin spokesman Ivan Sample said that Russia considers the action", lead=True)
    assert judge("Russia reserves the right to carry out responsive measures.", lead=True)
    # Not in an article about something else, nor from a speaker not of Russia's side.
    assert not judge(statement, frame="Kremlin spokesman Ivan Sample said that Russia considers the action")
    assert not judge(statement, frame="Mayor Anna Berg said the bomb at the port was", lead=True)


def test_the_strike_the_article_is_about_named_again_is_on_topic_unless_placed_elsewhere():
    assert judge("This is the third such attack in a short period and another assault on our energy security", lead=True)
    assert judge("debris from the drone attack there had damaged three houses", lead=True)
    # Not in an article about something else, nor an attack the words place in Ukraine or call Russia's.
    assert not judge("This is the third such attack in a short period", lead=False)
    assert not judge("the attack on Kharkiv killed five people", lead=True)
    assert not judge("the latest Russian strikes damaged the power grid", lead=True)


def test_the_incursion_the_article_is_about_named_again_is_on_topic():
    assert judge("the incursion is an attempt by Kiev to improve its position at future talks", lead=True)
    assert judge("there was no damage on the ground as a result of the incursion", lead=True)
    assert not judge("the incursion is an attempt by Kiev to improve its position at future talks", lead=False)
    assert not judge("the incursion into Kharkiv region has displaced thousands", lead=True)


def test_drones_en_route_to_moscow_are_headed_for_russian_ground():
    assert judge("Air defence forces shot down several drones en-route to Moscow.")
    assert judge("several drones en route to Moscow were destroyed")
    assert not judge("several ferries en route to Tallinn were delayed")


def test_western_missiles_russia_says_it_shot_down_were_fired_at_russia():
    assert judge("Air defences shot down two Storm Shadow cruise missiles manufactured by Britain",
                 frame="the ministry said in a statement. [Russia's Defence Ministry]")
    assert judge("two ATACMS missiles were intercepted over the region", frame="the Russian Defence Ministry said")
    # Not in another side's words.
    assert not judge("Air defences shot down two Storm Shadow cruise missiles", frame="the ministry said")


def test_a_body_that_speaks_is_part_of_its_words_context_for_the_topic():
    article = extract_article("Ministry reports on drones\n\nMarch 4, 2024\n\n"
                              "The Russian Defence Ministry said it had intercepted drones over the border.\n\n"
                              "\u201cAir defences shot down two Storm Shadow cruise missiles made in Britain and three more today,\u201d the ministry said.")
    assert [s.on_topic for s in article.statements][-1]


def test_kyiv_as_the_one_who_acts_places_no_attack_elsewhere_but_a_ukrainian_town_hit_does():
    assert judge("criticized Kyiv for the attacks", lead=True)
    assert not judge("the drone attack in the city of Nikopol in the Dnipropetrovsk region injured two people", lead=True)
    assert not judge("the latest strike on a Ukrainian city killed three", lead=True)


def test_the_why_names_only_the_groups_that_count_for_a_statement():
    decision = PROFILE.decide("Russia's war against Ukraine is illegal, and Ukraine has the right of self-defence.", "", "", True)
    assert decision.on_topic
    groups = [term.split(":")[0] for term in decision.terms]
    assert "self_defence" in groups
    assert "elsewhere" not in groups and "off_topic" not in groups   # words that only rule statements out


def test_ground_fighting_in_a_russian_region_told_by_battles_clashes_or_storming_is_on_topic():
    assert judge("the army was battling Ukrainian fighters in the border region of Kursk")
    assert judge("clashes with Ukrainian forces in the Kursk region had been occurring since Tuesday")
    assert judge("Ukrainian forces stormed into Russia's Kursk region on Tuesday morning")
    # Not a battle against something else, nor fighting in Ukraine.
    assert not judge("the battle against corruption in Russia goes on")
    assert not judge("clashes with Russian forces near Pokrovsk had been occurring since Tuesday")


def test_a_weapon_fired_from_russia_at_a_ukrainian_city_is_not_a_strike_on_russia():
    assert not judge("the missile was fired from Russia's southern Astrakhan region and targeted enterprises in Dnipro", lead=True)
    assert not judge("drones launched from the Kursk region attacked the city of Sumy", lead=True)
    # Russia named as the place struck stays on the topic, and so does a launch with no Ukrainian target.
    assert judge("the drones launched from Ukraine hit an oil depot in the Bryansk region", lead=True)
    assert judge("the missile was fired from the Black Sea at the Krasnodar region refinery", lead=True)


def test_legitimate_defence_is_self_defence():
    assert judge("Ukraine has the right to legitimate defense.", lead=True)
    assert not judge("Ukraine has the right to legitimate defense.", lead=False)


def test_ukraine_is_targeting_names_ukraine_as_the_one_striking():
    assert judge("Ukraine is targeting completely legitimate military targets to disrupt logistics", lead=True)
    assert not judge("Ukraine is targeting completely legitimate military targets to disrupt logistics", lead=False)


def test_a_russian_regional_officials_frame_places_the_strike_in_the_region():
    assert judge("it had been shot down over the village", frame="Belgorod regional governor Piet Holm said")
    assert not judge("the ferries had been shot down over the village", frame="Harbour regional governor Piet Holm said")


def test_moscows_airports_are_places_in_russia():
    assert judge("the drones targeted areas with civilian infrastructure, including Vnukovo airport")
    assert judge("the drone attack on Domodedovo airport was repelled")
    assert not judge("the drones targeted areas with civilian infrastructure, including the main airport")


def test_neither_confirming_nor_denying_involvement_is_on_the_topic_of_an_article_about_a_strike():
    assert judge("this is good news, but Ukraine cannot confirm or deny involvement in this.", lead=True)
    assert judge("the ministry neither confirms nor denies its involvement", lead=True)
    assert not judge("this is good news, but Ukraine cannot confirm or deny involvement in this.", lead=False)
    # Involvement that nobody denies or confirms is no answer about the strike.
    assert not judge("the involvement of young people in politics is good news", lead=True)


def test_a_russian_reaction_in_an_article_about_the_strikes_is_on_the_topic():
    assert judge("Russia would respond.", frame="Kremlin spokesman Dmitry Example said", lead=True)
    assert judge("it marks a significant escalation", frame="the Kremlin said", lead=True)
    # Not in an article about something else, and not a response that is no Russian's.
    assert not judge("Russia would respond.", frame="Kremlin spokesman Dmitry Example said", lead=False)
    assert not judge("the port would respond to the storm", frame="Harbour Minister Anna Berg said", lead=True)
    # Russia named in the words of someone else is no Russian reaction.
    assert not judge("we must prevent Russia's war from escalating", frame="Harbour Minister Anna Berg said", lead=True)


def test_any_nations_weapons_used_on_russian_soil():
    assert judge("Ukraine could use Finnish weapons on Russian soil.")
    assert judge("Kyiv may use Dutch weapons against targets in Russia.")
    assert not judge("Ukraine could use Finnish weapons to defend Kharkiv.")


def test_a_speaker_group_is_read_in_the_attribution_only():
    profile = Profile.from_toml("[rules]\non_topic = 'port and harbour_side'\n[context]\nspeaker_groups = ['harbour_side']\n"
                                "[groups]\nport = ['ports?\\b']\nharbour_side = ['harbourland\\b']\n")
    assert profile.decide("the port is closed", "the Harbourland minister said", "", False).on_topic
    assert not profile.decide("the Harbourland port is closed", "the minister said", "", False).on_topic


def test_strikes_on_the_russian_arms_industry():
    assert judge("By hitting refineries that work for the Russian military-industrial complex, we cut its fuel.")
    assert judge("Our drones struck plants of Russia's defence industry overnight.")
    assert not judge("Sanctions have hit the Russian military-industrial complex hard.")   # sanctions: another question
    assert not judge("The Russian military-industrial complex is working around the clock, three shifts a day.")


def test_russias_own_soil_named_by_a_pronoun_and_terrorist_activity_against_its_regions():
    assert judge("Russia would continue its campaign in the face of the shelling of civilian facilities on its soil.")
    assert not judge("Russia would continue its campaign and hold exercises on its soil.")   # no strike
    assert judge("Kiev is stepping up terrorist activity against Russian regions", lead=True)
    assert not judge("Kiev is stepping up terrorist activity against Russian regions", lead=False)


def test_the_ukrainians_striking_russian_civilian_infrastructure():
    assert PROFILE.lead_on_topic("Strikes are a response to attacks on Russian civilian infrastructure")
    assert judge("We see how the Ukrainians strike our social and civilian infrastructure", lead=True)
    assert not judge("We see how the Ukrainians strike our social and civilian infrastructure", lead=False)


def test_quotation_marks_inside_the_words_do_not_break_a_phrase():
    assert judge("the drones struck Russian \u201csoil\u201d again")
    assert judge('the drones struck "Russian soil" again')
    assert not judge("the drones struck \u201csoil\u201d again")
