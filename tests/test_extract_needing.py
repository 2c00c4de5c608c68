"""rules.Needing: a registered pattern searched only in a span holding one of its needed words gives exactly what the
pattern gives (speed only), for every pattern the extractor wraps so, over the corpus, its case variants and odd letters."""

import importlib
import pkgutil
import re

import pytest

import whomet.store.extract as package
from whomet.store.extract import extract  # noqa: F401  (imports every module)
from whomet.store.extract.rules import RULES, Needing, lowered, needing, needs, pattern, phrases
from tests.extract_helpers import release_texts

# letters re.I matches with an ASCII letter that lower to none (dotless i, long s), one that lowers to 'k' (Kelvin
# sign) and one whose lower case is longer (dotted capital I): a text holding one must still be searched right
ODD = "\u0131 \u017f \u212a \u0130"


def _texts() -> list[str]:
    texts = release_texts()
    return texts + [t.upper() for t in texts] + [t.title() for t in texts] + [t.lower() for t in texts] + \
        [t.replace("k", "\u212a") for t in texts[:5]] + [t + " " + ODD for t in texts[:5]] + \
        [t.replace("s", "\u017f", 3) for t in texts[:3]] + [t.replace("i", "\u0131", 3) for t in texts[:3]] + \
        [t.replace("I", "\u0130") for t in texts[:3]]


def _wrapped() -> dict[str, Needing]:
    found: dict[str, Needing] = {}
    ids = {id(r.pattern): r.id for r in RULES.values() if r.pattern is not None}
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        for value in vars(importlib.import_module(info.name)).values():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(item, Needing):
                    found[ids[id(item.rx)]] = item
    return found


def _same(gated, rx, text: str, pos: int, end: int) -> None:
    assert [(m.span(), m.groups()) for m in gated.finditer(text, pos, end)] == \
        [(m.span(), m.groups()) for m in rx.finditer(text, pos, end)]
    got, want = gated.search(text, pos, end), rx.search(text, pos, end)
    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    got, want = gated.match(text, pos, end), rx.match(text, pos, end)
    assert (got and got.span()) == (want and want.span())


def test_the_wrapped_patterns_are_registered_rules_with_needed_words():
    found = _wrapped()
    assert {"host.received", "side.accompanied", "place.address_city", "meeting.visit_to"} <= set(found)
    for rule_id, gated in found.items():
        assert RULES[rule_id].pattern is gated.rx and gated.needs, rule_id
        assert gated.pattern == gated.rx.pattern and gated.groups == gated.rx.groups, rule_id


def test_every_wrapped_pattern_finds_what_it_finds_unwrapped():
    texts = _texts()
    for rule_id, gated in _wrapped().items():
        rx = gated.rx
        for text in texts:
            n = len(text)
            # the whole text, a part of it, sentence-sized windows (the same text asked again and again), and a
            # slice of it (another text each time)
            for pos, end in ((0, n), (n // 3, n), (n // 4, n // 2), (-5, n + 5)):
                _same(gated, rx, text, pos, end)
            for pos in range(0, n, 150):
                _same(gated, rx, text, pos, pos + 200)
            part = text[n // 5:n // 2]
            _same(gated, rx, part, 0, len(part))
            assert gated.split(part) == rx.split(part), rule_id


def test_a_span_without_the_words_is_not_searched():
    calls = []

    class Spy:
        def __init__(self, rx):
            self.rx = rx

        def search(self, *args):
            calls.append(("search",) + args[1:])
            return self.rx.search(*args)

        def match(self, *args):
            calls.append(("match",) + args[1:])
            return self.rx.match(*args)

    rx = pattern("meeting.needing_example", r"\b(?:accompanied|joined)\s+by\b", re.I)
    gated = needing(rx)
    assert gated.needs == ("accompanied", "joined") and gated.opening == ("accompanied", "joined")
    gated.rx = Spy(rx)
    text = "The minister met his guest. She was Accompanied by two aides. They talked."
    assert gated.search(text, 0, 27) is None and calls == []  # the first sentence holds neither word
    # the second does: the pattern is tried where its opening word stands (rules.anchored), not searched for
    assert gated.search(text, 28, 61).group() == "Accompanied by" and calls == [("match", 36, 61)]
    assert gated.search("No word of it here.") is None and len(calls) == 1
    # a text whose lower case would stand for less than re.I matches is searched (a dotless i for an 'i')
    assert gated.search("jo\u0131ned by").group() == "jo\u0131ned by" and calls[-1] == ("search", 0, 9)
    del RULES["meeting.needing_example"]


def test_a_case_sensitive_pattern_needs_its_words_as_written():
    rx = phrases("meeting.needing_cased_example", ["Accepting", "Receiving"], closed=False)
    gated = needing(rx)
    assert gated.needs == ("Accepting", "Receiving")
    assert gated.search("receiving the medal") is None and gated.search("Receiving the medal").group() == "Receiving"
    assert needs(gated) == ("Accepting", "Receiving")
    del RULES["meeting.needing_cased_example"]


def test_a_pattern_without_needed_words_is_refused():
    rx = pattern("meeting.needing_no_words_example", r"\b(?:by|at)\s+[A-Z]\w+")
    with pytest.raises(ValueError, match="no needed words"):
        needing(rx)
    del RULES["meeting.needing_no_words_example"]
    with pytest.raises(ValueError, match="not a registered pattern"):
        needing(re.compile(r"accompanied by"))


def test_the_release_text_kept_lowered_is_not_pushed_out_by_a_sentence():
    text = "The delegation was received by the minister. It was accompanied by aides."
    low = lowered(text)
    gated = _wrapped()["side.accompanied"]
    gated.search(text[44:])  # another text (a slice): its lower case is made, not kept
    assert lowered(text) is low


def test_a_sentence_is_asked_for_a_meeting_cue_once_and_answered_as_the_pattern_answers():
    from whomet.store.extract import places

    sentences = ["The ministers met in Riga.", "It rained.", "The ministers met in Riga.", "Talks were held at the Ministry.",
                 "It rained."]
    for s in sentences + [s.upper() for s in sentences] + [t.split(".")[0] for t in _texts()[:10]]:
        # (asked twice: the second answer is the one kept)
        assert places._cued(s) == (places.MEETING_CUE.search(s) is not None) == places._cued(s), s


def test_the_words_every_match_opens_with_are_read_from_the_pattern():
    from whomet.store.extract.rules import opening_words

    assert opening_words(r"(?:headed|led|chaired)(?:\s+jointly)?\s+by\b") == ("chaired", "headed", "led")
    assert opening_words(r"delegation\s+led") == ("delegation",)
    assert opening_words(r"under the (?:chairmanship|leadership) of") == ("under the ",)
    assert opening_words(r"(?:at|on) the head of") is None  # (words of two letters: found everywhere)
    assert opening_words(r"(?:\.\s+|\n)heading") is None and opening_words(r"[–—]\s*by") is None
    assert opening_words(r"(?:headed)?\s+by") is None and opening_words(r"(?<=\s)led by") is None
    assert opening_words(r"led by", re.I) is None  # (case-blind: the words as written are not what it matches)


def test_an_anchored_search_finds_what_the_search_finds():
    from whomet.store.extract.rules import anchored, opening_words

    regexes = [r"(?:headed|led|chaired|presided over)(?:\s+respectively|\s+jointly)?\s+by\b",
               r"(?:delegation|delegations)\s+(?:headed|led)\s+\w+", r"led(?:\s+by)?"]
    texts = [t.lower() for t in _texts()[:20]] + ["led led by, called by; headed jointly by x", "delegations led a, delegation led b",
                                                  "ledled by led", ""]
    for regex in regexes:
        rx, words = re.compile(regex), opening_words(regex)
        assert words, regex
        for text in texts:
            for pos in (0, 7, len(text) // 2):
                assert [m.span() for m in anchored(rx, text, words, pos)] == [m.span() for m in rx.finditer(text, pos)]
