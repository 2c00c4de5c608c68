"""Speed-only rewrites of the extractor's patterns change speed, never matches: case-blind patterns searched through
a lower-case twin (rules.CaseBlind, rules.lowered), lexicon lists grouped by first letter (rules.by_first_letter),
the topics' one pattern (topics.py)."""

import importlib
import pkgutil
import re

import pytest

import whomet.store.extract as package
from whomet.store.extract import extract  # noqa: F401  (imports every module)
from whomet.store.extract import topics
from whomet.store.extract.rules import RULES, CaseBlind, by_first_letter, lowered
from tests.extract_helpers import release_texts

# the characters re.I matches with an ASCII letter that are none (dotless i, long s, Kelvin sign, dotted capital I),
# and letters whose lower case is longer: each makes the lower-cased text unusable or tests that it stays exact
ODD = "\u0131 \u017f \u212a \u0130 \u00df \ufb03"


def _texts() -> list[str]:
    texts = release_texts()
    cases = texts + [t.upper() for t in texts] + [t.title() for t in texts] + [t.lower() for t in texts]
    # a Kelvin sign keeps the lower-cased text usable (it lowers to 'k'); the others send the search to the plain pattern
    return cases + [t.replace("k", "\u212a") for t in texts[:5]] + [t + " " + ODD for t in texts[:5]] + \
        [t.replace("s", "\u017f", 3) for t in texts[:3]] + [t.replace("i", "\u0131", 3) for t in texts[:3]]


def _case_blind_patterns() -> dict[str, CaseBlind]:
    found: dict[str, CaseBlind] = {}
    ids = {id(r.pattern): r.id for r in RULES.values() if r.pattern is not None}
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        for value in vars(importlib.import_module(info.name)).values():
            items = value if isinstance(value, (list, tuple)) else [value]
            for item in items:
                for x in (item if isinstance(item, tuple) else (item,)):
                    if isinstance(x, CaseBlind):
                        found[ids[id(x.rx)]] = x
    return found


def test_the_case_blind_patterns_are_registered_rules():
    found = _case_blind_patterns()
    assert {"head.heads_list", "place.video", "meeting.kind_talks"} <= set(found)
    for rule_id, cb in found.items():
        assert RULES[rule_id].pattern is cb.rx and cb.rx.flags & re.I and not cb.twin.flags & re.I, rule_id


def test_every_case_blind_pattern_finds_what_its_plain_pattern_finds():
    texts = _texts()
    for rule_id, cb in _case_blind_patterns().items():
        for text in texts:
            got = [(m.span(), m.groups()) for m in cb.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in cb.rx.finditer(text)], rule_id
            for pos, end in ((len(text) // 3, len(text)), (len(text) // 4, len(text) // 2)):
                got = [(m.span(), m.group()) for m in cb.finditer(text, pos, end)]
                assert got == [(m.span(), m.group()) for m in cb.rx.finditer(text, pos, end)], rule_id
                a, b = cb.search(text, pos, end), cb.rx.search(text, pos, end)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), rule_id


@pytest.mark.parametrize("regex, text", [
    (r"\b(?:sign|kit)\w*", "\u017fign \u017fIGN Kit KIT kit \u212ait \u0130t \u0131t sIgn"),
    (r"\b(?:it|is)\b", "IT \u0130T \u0131t i\u017f IS \u212a"),
    (r"[A-C]x|[^a-z]y", "Ax bx Cx dx AY 1y \u212ay \u0131y \u00c9y"),
    (r"(?<=[a-z] )(?:Monday|friday)(?=\s*[.,])", "met Monday. MET FRIDAY, 1 Monday."),
    (r"\b(\w+)\s+(?:strasse|street)\b", "Hauptstra\u00dfe 5, Main STREET, main Street"),
    (r"heads\s+of[–—]by", "HEADS OF–BY heads of—by"),
    # a case-sensitive part: the looser twin finds more places, the pattern keeps its own ('Friday met', not 'FRIDAY MET')
    (r"\b(?:Monday|friday)(?=\s+(?-i:met|[a-z]+ed)\b)", "Monday Met, FRIDAY met, friday agreed MONDAY AGREED Monday Signed x"),
    (r"\b(?-i:[A-Z]{2,})\s+(?:led|headed)\b", "NCB led, Ncb led, ncb LED, EU HEADED the, eu headed NCBs led"),
    (r"(?:on\s+)?(?-i:Mon)day", "on Monday, on MONDAY, ON Monday on monday Mon day"),
])
def test_case_blind_hard_cases(regex, text):
    plain = re.compile(regex, re.I)
    cb = CaseBlind(plain, regex, re.I)
    for t in (text, text.upper(), text.lower(), "\u017f " + text, text.replace("\u0130", "")):
        assert [(m.span(), m.groups()) for m in cb.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)]


@pytest.mark.parametrize("regex, flags", [
    (r"met", 0),  # not case-blind
    (r"(?i)met", 0),
    (r"(?!(?-i:[A-Z]))met", re.I),  # a case-sensitive part inside a negative lookaround (looser: matches less)
    (r"(?-i:[^A-Z])met", re.I),  # ... or a negated class
    (r"(?P<verb>met)", re.I),  # a named group
    (r"\x4det", re.I),  # a letter written as a code
    (r"m\u00e9t", re.I),  # a non-ASCII letter
    (r"met  # verb", re.I | re.X),
])
def test_case_blind_refuses_patterns_its_twin_could_not_match_exactly(regex, flags):
    with pytest.raises(ValueError):
        CaseBlind(re.compile(regex, flags), regex, flags)


@pytest.mark.parametrize("regex, needs", [
    (r"\b(?:hosted|organi[sz]ed)\s+by\b", ("hosted", "organi")),
    (r"\b(today|yesterday|on\s+(?:monday|friday))\b", ("friday", "monday", "today", "yesterday")),
    (r"heads\s+of\s+(?:the\s+)?delegations?", ("delegation",)),
    (r"(?:abc)?defg+h", ("def",)),
    (r"(?:\b(?:by|were)\b|[;:()])", None),  # a branch needing no word of three characters
    (r"x(?=signed)|y", None),  # a look-ahead's words are not part of the match
    (r"(?i:signed)", None),  # inline flags
])
def test_needed_words(regex, needs):
    from whomet.store.extract.rules import needed_words

    assert needed_words(regex) == needs


def test_a_case_blind_search_without_its_words_is_not_run():
    cb = CaseBlind(re.compile(r"\bhosted\s+by\b", re.I), r"\bhosted\s+by\b", re.I)
    assert cb.needs == ("hosted",)
    text = "x" * 500 + " The talks were HOSTED  by the Ministry."
    assert [m.span() for m in cb.finditer(text)] == [m.span() for m in cb.rx.finditer(text)] != []
    assert cb.search(text, 0, 510) is None and list(cb.finditer(text, 0, 510)) == []


def test_lowered_keeps_offsets_or_says_none():
    assert lowered("The Minister MET") == "the minister met"
    text = "Kelvin \u212a, Stra\u00dfe, caf\u00e9"
    assert lowered(text) == text.lower() and len(lowered(text)) == len(text)
    for odd in ("\u0131", "\u017f", "\u0130"):
        assert lowered("Sign " + odd) is None
    once = "x" * 500 + " Signed"
    assert lowered(once) is lowered(once)  # kept: one release asks many times


@pytest.mark.parametrize("fragments, grouped", [
    (["handed", "presented", "honoured", "presenting"], "h(?:anded|onoured)|p(?:resented|resenting)"),
    (["Medals?", "medal", "Memento"], "M(?:edals?|emento)|medal"),  # the letter as written
    (["met", "mutually agreed", "joint"], "m(?:et|utually agreed)|joint"),
    (["met", "held"], "met|held"),  # nothing to group
    (["(?:working|joint) meeting", "met"], None),  # a fragment opening with a group (spread before, by _alternation)
    (["s?igned", "sealed"], None),  # an optional first letter
    (["(signed)", "sealed"], None),  # a group that captures: its number would move
    (["s(?P<x>igned)", "sealed"], None),
    (["signed\\1", "sealed"], None),  # a back-reference
    (["\\bsigned", "sealed"], None),
])
def test_by_first_letter(fragments, grouped):
    assert by_first_letter(fragments) == (grouped or "|".join(fragments))


@pytest.mark.parametrize("regex, flags, text", [
    (r"\b(?:met|meet|meeting|held)\s+(\w+)", re.I, "MEETING held Met with meet them; meetings held"),
    (r"\b(?:ab|ac)x|ad", 0, "abx acx ad abd"),
    (r"\b(?:was|were)\s+(?:received|welcomed)\s+by\b", re.I, "was received by; WERE welcomed BY; were by"),
    (r"\b(?:on|in|over)\b(?=\s+[A-Z])", 0, "on Monday in town over Noon, over time"),
    (r"x(?:foo|far(?:e|m)|bar)y|(?:working|joint) meeting", 0, "xfooy xfarey xfarmy xbary joint meeting working meeting"),
    (r"(?:the\s+)?(?:signing|signature)\s+of|(?:a|b)*x", re.I, "The signing of; signature of; abx x"),
    (r"(?<=(?:ab|ac))d|(?-i:(?:Ab|ab)c)", re.I, "abd acd Abc abc ABC"),  # a case-sensitive part: grouped as written
    (r"(\w+) (?:and|as|at) \1", 0, "to and to, go as go"),
    # a letter's two cases in a class open two alternatives (case-sensitive patterns): grouped with the others
    (r"\b(?:[Hh]all|[Hh]ouse|[hH]otel|port)\b", 0, "Hall hall HALL House hotel Hotel port Port"),
])
def test_groups_rewritten_by_first_letter_find_the_same(regex, flags, text):
    from whomet.store.extract.rules import _grouped

    grouped = _grouped(regex, flags)
    assert grouped != regex
    plain, fast = re.compile(regex, flags), re.compile(grouped, flags)
    for t in (text, text.upper(), text.lower(), text.title()):
        assert [(m.span(), m.groups()) for m in fast.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)]


@pytest.mark.parametrize("regex", [r"\b(?:a|b)?x", r"(?:ab|[a-c]x)", r"(?:(ab)|ac)x", r"(?:a|b)x", r"(?:ab|ac)x  # c",
                                   r"(?:[Hh](a)ll|x)", r"(?:[Hh]?all|x)", r"(?:[Hb]all|x)"])
def test_groups_left_alone(regex):
    from whomet.store.extract.rules import _grouped

    assert _grouped(regex, re.X if "#" in regex else 0) == regex


def test_every_rule_pattern_finds_what_its_regex_as_written_finds():
    texts = _texts()
    rewritten = 0
    for rule_id, rule in RULES.items():
        if rule.pattern is None or rule.regex is None or rule.pattern.pattern == rule.regex:
            continue
        rewritten += 1
        plain = re.compile(rule.regex, rule.pattern.flags)
        for text in texts[::3]:
            got = [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], rule_id
    assert rewritten >= 200


def test_top_level_bar():
    from whomet.store.extract.rules import _top_level_bar

    assert _top_level_bar("a|b") and _top_level_bar("[]]|x") and _top_level_bar("(a)|b")
    assert not _top_level_bar("(a|b)") and not _top_level_bar("[|]x") and not _top_level_bar("[^]|]x")
    assert not _top_level_bar("\\|x") and not _top_level_bar("x(?:[(]|y)")


def test_phrases_lists_grouped_by_first_letter_find_what_the_plain_lists_find():
    from whomet.store.extract.tables import json_data

    lists = json_data("phrases.json")
    texts = _texts()
    for rule_id, key, close in (("award.verb", "award_verbs", r"\b"), ("award.noun", "award_nouns", r"\b"),
                                ("meeting.present", "meeting_cues", "")):
        rx = RULES[rule_id].pattern
        assert "|".join(lists[key]) not in rx.pattern  # grouped
        plain = re.compile(r"\b(?:" + "|".join(lists[key]) + ")" + close, rx.flags)
        for text in texts:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)], rule_id


def test_topics_one_pattern_finds_what_the_table_in_order_finds():
    plain = re.compile(r"\b(?:" + "|".join(f"(?P<t{i}>{rx})" for i, (_n, rx) in enumerate(topics._TOPICS)) + ")")
    texts = _texts() + ["internet fraud, then fraud; organised crime and organized crime; courses, coursesx"]
    for text in texts:
        low = text.lower()
        want = [(m.span(), int(m.lastgroup[1:])) for m in plain.finditer(low)]
        assert [(m.span(), topics._TOPIC_OF[m.lastgroup]) for m in topics._ONE.finditer(low)] == want
    assert topics.find_topics("Internet fraud and cyber attacks") == ["cybercrime"]  # 'fraud' taken by 'internet fraud'
    # find_topics scans for the character before each match: the same topics, at the start of a text too
    for text in texts + ["Drug trafficking; _drug 2drug x-drug", "drugdrug drug", "courses, coursesx Cyber", "Fraud",
                         "online", "a"]:
        low = text.lower()
        want = [name for i, (name, _rx) in enumerate(topics._TOPICS) if i in {int(m.lastgroup[1:]) for m in plain.finditer(low)}]
        assert topics.find_topics(text) == want, text[:40]
    assert topics.find_topics("fraud, Money Laundering and DRUGS") == ["drug trafficking", "fraud", "money laundering"]


def test_agreement_sign_written_letter_first_finds_what_the_optional_article_form_finds():
    from whomet.store.extract.agreements import SIGN

    # the form before 'the' was written out in its own alternatives (so that the alternatives group by first letter)
    optional = re.compile(
        r"\b(?:signed|adopted|inked|sealed|concluded|endorsed|approved|initialled|initialed|countersigned|executed|renewed|"
        r"sined|singed|signs?|inks?|"
        r"signing(?=\s+(?:a|an|the|two|three|several|their|its|new)\s)|put\s+(?:their|his|her|its)\s+signatures?\s+"
        r"(?:to|on|under)|affixed\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on)|put\s+pen\s+to\s+paper\s+(?:on|to)|issued|(?:the\s+)?(?:signing|signature|adoption)(?:\s+ceremony)?\s+of|signing\s+ceremony\s+for|"
        r"exchanged|extended|handed\s+over|(?:the\s+)?exchange\s+of|entered\s+into)\b", re.I)
    texts = _texts() + ["The signing of the MoU; the  Signing Ceremony for; THE SIGNATURE CEREMONY OF; the exchange of; "
                        "signing the plan; an exchange of views; the adoption of; theexchange of; EXECUTED the plan; "
                        "affixed their signatures to; put pen to paper on; extended the memorandum"]
    for text in texts:
        assert [(m.span(), m.group()) for m in SIGN.finditer(text)] == \
            [(m.span(), m.group()) for m in optional.finditer(text)]


def test_needs_reads_the_words_of_registered_patterns_and_guards_a_pass():
    from whomet.store.extract import delegations, side_clauses
    from whomet.store.extract.rules import holds_any, needs

    words = needs(side_clauses._SIGNED_TOGETHER, side_clauses._SIGNED_BY)
    assert words == ("exchanged", "inked", "signed") == side_clauses._SIGNED_WORDS
    assert holds_any("The two ministers inked it.", words)
    assert not holds_any("The two ministers Signed it.", words)  # (the patterns are case-sensitive: no match there)
    assert not holds_any("They signed it.", words, 0, 8)
    assert delegations._ACCOMPANIED_WORDS == ("accompanied", "escorted", "joined")
    assert delegations._HOSTED_WORDS == ("greeted", "hosted", "received", "welcomed")
    with pytest.raises(ValueError):
        needs(delegations.CALLED_ON)  # case-blind: a lower-case guard would miss 'Paid a call on'
    with pytest.raises(ValueError):
        needs(re.compile(r"\bsigned\b"))  # not registered: its words as written are unknown
    with pytest.raises(ValueError):
        needs(delegations._COMPANION_NEXT)  # no word of three letters every match holds (', ' alone)


def test_strip_tail_takes_what_the_trailing_pattern_takes():
    import random

    from whomet.store.extract.positions import strip_tail

    trailing = re.compile(r"[\s,;:–—-]+$")
    samples = ["Head of the Unit, ", "Minister of X ,\n", "Director\u00a0;\u2003– ", "Chief—", "a - b -", "", " ,;",
               "Deputy Minister\n\n", "x\n", "Chief of Staff,\u3000"]
    rnd = random.Random(8)
    alphabet = ["a", "B", " ", "\t", "\n", "\u00a0", "\u2003", ",", ";", ":", "–", "—", "-", ".", ")", "’"]
    samples += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(3000)]
    for s in samples:
        assert strip_tail(s) == trailing.sub("", s), repr(s)


def test_a_guarded_pattern_finds_what_its_pattern_finds_and_skips_texts_without_its_words():
    from whomet.store.extract.delegations import HEAD_AFTER
    from whomet.store.extract.header import RELATIVE
    from whomet.store.extract.rules import Guarded

    # date.relative: a case-sensitive part, searched through its looser twin (CaseBlind.loose)
    assert isinstance(RELATIVE, CaseBlind) and RELATIVE.loose and "monday" in RELATIVE.needs and "today" in RELATIVE.needs
    texts = _texts() + ["They met on MONDAY.", "met on \u017funday, then", "FR\u0130DAY", "the ministers met Friday.",
                        "Talks began Tuesday and the sides Thursday agreed", "Talks began TUESDAY AND the sides THURSDAY AGREED",
                        "met in May"]
    for text in texts:
        for pos, end in ((0, len(text)), (3, len(text) // 2), (len(text) // 3, len(text))):
            assert [m.span() for m in RELATIVE.finditer(text, pos, end)] == [m.span() for m in RELATIVE.rx.finditer(text, pos, end)]
            got, want = RELATIVE.search(text, pos, end), RELATIVE.rx.search(text, pos, end)
            assert (got and got.span()) == (want and want.span())
    # head.head_after: a window after a name is matched only where one of its words is
    assert isinstance(HEAD_AFTER, Guarded) and "led" in HEAD_AFTER.needs and "headed" not in HEAD_AFTER.needs
    windows = [", who led the Estonian delegation", ", WHO HEADED THE TEAM", " (leader) and", ", as Head of the Polish side,",
               ", Director General, NCB led the Indian delegation", ", Director General, ncb led the delegation",
               ", a veteran, arrived on top of a security team", " at its head", ", in his capacity as chair,",
               ", \u017fpoke", ", who spoke to the press", " and the minister", ", who LED\u0130 the delegation"]
    for text in texts[:40] + windows:
        for start in range(0, min(len(text), 400), 7):
            window = text[start:start + 140]
            got, want = HEAD_AFTER.match(window), HEAD_AFTER.rx.match(window)
            assert (got and got.span()) == (want and want.span()), window
    assert HEAD_AFTER._absent(", who spoke to the press", 0, None)
    assert not HEAD_AFTER._absent(", who led the talks", 0, None)
    with pytest.raises(ValueError):
        Guarded(re.compile(r"\b(?:by|at)\b", re.I), r"\b(?:by|at)\b")  # no word of three letters every match needs
    with pytest.raises(ValueError):
        Guarded(re.compile(r"\bmet\b"), r"\bmet\b")  # not case-blind: CaseBlind's and pattern()'s own case


def test_a_text_may_list_heads_wherever_the_heads_list_pattern_matches():
    # delegations.may_list_heads skips HEADS_LIST (whose '^' alternative leaves the engine nothing to scan for) on a text
    # without the list's own closing words: it must never skip a text where the pattern matches
    from whomet.store.extract.delegations import HEADS_LIST, may_list_heads

    listed = ["The heads of delegations: A and B.", "attended by the heads of the two delegations, A and B",
              "HEADS OF DELEGATION – A", "Present were the heads of delegation were A", "heads of\ndelegations: x",
              "x. The Heads of the Police Delegations: A", "included heads of delegations, A"]
    not_listed = ["the heads of police met", "heads of state", "no heads at all", "Heads of Delegations met."]
    for text in _texts() + listed + not_listed + [t.title() for t in listed] + ["\u0131 " + t for t in listed]:
        if "eads of" in text and HEADS_LIST.rx.search(text):  # ('eads of': the older, looser guard, kept)
            assert may_list_heads(text), text[:80]
    assert all(HEADS_LIST.rx.search(t) for t in listed if "eads of" in t)
    assert not any(may_list_heads(t) for t in not_listed)


def test_words_at_gives_each_word_pattern_match_with_its_offsets():
    # lexicon.words_at reads WORD's matches off one findall (each with the non-letters before it), not match objects
    from whomet.store.extract.lexicon import WORD, words_at

    edge = ["", "x", "12 ab_cd __e", "O’Neil-Smith’s  d'Arc -x- 'y' é ü ß", "a-", "a--b", "’a’", "\u0131\u017f\u212a 3"]
    for text in _texts() + edge:
        assert words_at(text) == [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)], text[:60]


def test_each_event_city_match_holds_its_second_words():
    # places._EVENT_CITY_ALSO skips a sentence without one of these words: every match must hold one
    from whomet.store.extract.places import _EVENT_CITY, _EVENT_CITY_ALSO, _EVENT_CITY_NEEDS

    assert len(_EVENT_CITY_ALSO) == len(_EVENT_CITY) == len(_EVENT_CITY_NEEDS)
    edge = ["Today in Riga, the chiefs met.", "Yesterday, in Tallinn, talks went on.", "On 12 May in Vilnius, they met.",
            "The team travelled to Oslo.", "He arrived in Bergen.", "They went to Turku.", "The minister came to Espoo."]
    checked = 0
    for rx, also in zip(_EVENT_CITY, _EVENT_CITY_ALSO):
        if also is None:
            continue
        for text in _texts() + edge:
            for m in rx.finditer(text):
                checked += 1
                assert any(w in m.group() for w in also), m.group()
    assert checked >= 5


def test_holds_any_reads_its_span_as_str_find_does():
    # holds_any cuts text[pos:end] once and looks for each word with 'in': the same answer as text.find(word, pos, end)
    # for every span, negative and past-the-end offsets included
    from whomet.store.extract.rules import _holds_odd, holds_any

    text = "The ministers signed it; they inked a plan"
    words = ("signed", "inked", "plan")
    for pos in range(-5, len(text) + 3):
        for end in [None, *range(-5, len(text) + 3)]:
            found = any(text.find(w, pos, len(text) if end is None else end) != -1 for w in words)
            assert holds_any(text, words, pos, end) is found, (pos, end)
    # a text holding a letter whose lower case cannot stand for what re.I matches is told apart, ASCII or not
    assert not _holds_odd("Istanbul")
    assert not _holds_odd("İ".lower()[:1] + "stanbul – talks")
    assert all(_holds_odd(f"in {odd} x") for odd in ("\u0131", "\u017f", "\u0130"))
