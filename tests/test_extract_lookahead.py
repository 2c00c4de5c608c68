"""rules.pattern's first-character look-ahead (store/extract/lookahead.py) changes speed, never matches."""

import re
import string

import pytest

from whomet.store.extract import extract  # noqa: F401  (imports every module, so RULES is complete)
from whomet.store.extract.lookahead import BOUNDARY_AFTER, ODD_CASES, first_chars, gated
from whomet.store.extract.rules import RULES
from tests.extract_helpers import release_texts

_GATE = re.compile(r"\(\?=(?:\(\?-i:)?\[[^\]]*\]\)?\)\(\?:")


def _texts() -> list[str]:
    texts = release_texts()
    # every case form: a look-ahead that missed one would lose a match in capitals or in title case
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts] + [t.title() for t in texts]


_MOVED = re.compile(r"([A-Za-z0-9]|\[[A-Za-z0-9]+\])" + re.escape(BOUNDARY_AFTER))


def _ungated(rx: re.Pattern) -> str | None:
    """The regex as written, for a pattern rules.pattern sped up; None for one it left as it was."""
    m = _GATE.match(rx.pattern)
    if m:
        return rx.pattern[m.end():-1]
    if BOUNDARY_AFTER not in rx.pattern:
        return None
    m = _MOVED.match(rx.pattern)
    candidates = [
        "\\b" + m.group(1) + rx.pattern[m.end():] if m else None,  # after the first letter
        "\\b" + rx.pattern.replace(BOUNDARY_AFTER, ""),  # into each alternative of the opening group
        # ... or of the whole pattern (boundary_into_branches)
        re.sub(r"(^|\|)([A-Za-z0-9])" + re.escape(BOUNDARY_AFTER), lambda x: x.group(1) + "\\b" + x.group(2), rx.pattern),
    ]
    return next((c for c in candidates if c is not None and gated(c, rx.flags) == rx.pattern), None)


def test_ignorecase_matches_exactly_the_listed_case_forms_of_each_ascii_letter():
    every = "".join(map(chr, range(0x110000)))
    for letter in string.ascii_lowercase:
        found = set(re.findall(letter, every, re.I))
        assert found == {letter, letter.upper(), *ODD_CASES.get(letter, "")}, letter


def test_most_word_list_patterns_are_gated():
    gated_ids = {rule_id for rule_id, rule in RULES.items() if rule.pattern is not None and _ungated(rule.pattern)}
    assert {"meeting.present", "award.verb", "topic.one", "person.boundary", "award.exchanged", "date.on_date"} <= gated_ids
    assert len(gated_ids) >= 130


def test_every_gated_rule_pattern_finds_what_it_finds_without_the_gate():
    texts = _texts()
    checked = 0
    for rule_id, rule in RULES.items():
        source = _ungated(rule.pattern) if rule.pattern is not None else None
        if source is None:
            continue
        assert gated(source, rule.pattern.flags) == rule.pattern.pattern, rule_id
        plain = re.compile(source, rule.pattern.flags)
        for text in texts:
            got = [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], rule_id
        checked += 1
    assert checked >= 100


@pytest.mark.parametrize("regex, flags, text", [
    (r"\b(?:sign|kit)\w*", re.I, "ſign ſIGN Kit KIT kit \u0130t \u0131t sIgn"),
    (r"\b(?:it|is)\b", re.I, "IT \u0130T \u0131t iſ IS"),
    (r"(?<!\w)(?:[A-C]x|d)", 0, "Ax bx dx Cx"),
    (r"\b(?:a|b)?c", 0, "ac c bc"),
    (r"(?:x(?i:y)|(?-i:Z)w)", re.I, "xY XY zW Zw"),
    (r"\b(?:\d{1,2}|two)\s+days", re.I, "\u0663 days, 12 DAYS, Two days"),  # any decimal digit, not only 0-9
    # the boundary moved after the first letter: the start, a word character, an underscore, a digit before it
    (r"\bexchanged\s+gifts", re.I, "exchanged gifts; re-exchanged gifts, _exchanged gifts 2exchanged gifts \u0130exchanged gifts"),
    (r"\b[Oo]n\s+\d|\bby", 0, "On 5 Bon 5 on 6 (on 7) by baby _by"),
    # ... and after the first letter of each alternative of an opening group (case-sensitive patterns)
    (r"\b(?:t(?:wo|hree)|Both|5x)\s+x", 0, "two x atwo x Both x _three x 3two x three  x 5x x a5x x \u0130two x"),
    (r"\b(?:d(?:rug(?P<a>)|arknet(?P<b>))|n(?:arcotic(?P<c>)))", 0, "drug, narcotic; undrug darknet xnarcotic _drug"),
    (r"\bfor (their|his)\b|\bin recognition\b|\bwho\b", 0, "for his, for hisx; in recognition who, awho _in recognition"),
])
def test_gate_keeps_matches_of_hard_cases(regex, flags, text):
    plain = re.compile(regex, flags)
    fast = re.compile(gated(regex, flags), flags)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in fast.finditer(text.upper())] == [m.span() for m in plain.finditer(text.upper())]
    assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)]


@pytest.mark.parametrize("regex, flags", [
    (r"\w+ed", 0),  # any word character
    (r"^(?:met|held)", 0),  # anchored: tried once
    (r"\b(?:a|b)?", 0),  # can match the empty string
    (r"met|held", 0),  # the engine scans for a branch of literals itself
    (r"signed", 0),  # and for a literal
    (r"(?:working group|ceremony)", re.I),  # also under IGNORECASE (there a look-ahead made it 2-3x slower)
    (r"[cq]eremony", re.I),
    (r"\b(?:é|e)t", re.I),  # a non-ASCII letter under IGNORECASE
    (r"(?=[mh])\b(?:met|held)", 0),  # its own look-ahead
    (r"(?=[mh])\b(?:met|held)", re.I),
    (r"(?im)^related", 0),  # global flags open it
])
def test_no_gate_where_it_cannot_be_exact_or_would_not_help(regex, flags):
    assert first_chars(regex, flags) is None
    assert gated(regex, flags) == regex


def test_boundary_moves_after_a_first_letter_or_letter_class():
    assert gated(r"\bexchanged\s", re.I) == "e" + BOUNDARY_AFTER + r"xchanged\s"
    assert gated(r"\b[Oo]n\s+") == "[Oo]" + BOUNDARY_AFTER + r"n\s+"
    assert gated(r"\ba?b") != "a" + BOUNDARY_AFTER + "?b"  # an optional first letter: the look-ahead instead
    # IGNORECASE and several alternatives: the boundary moved in the first alone would leave the engine nothing to scan
    # for (a cased literal) and the others tried at every position; the look-ahead of every first letter instead
    assert gated(r"\bfor x|\bin y", re.I) == r"(?=(?-i:[FIfi\u0130\u0131]))(?:\bfor x|\bin y)"
    assert gated(r"\bfor x|\bin y") == "f" + BOUNDARY_AFTER + "or x|i" + BOUNDARY_AFTER + "n y"  # (case-sensitive: each)
    assert gated(r"\bfor (?:x|y)", re.I) == "f" + BOUNDARY_AFTER + "or (?:x|y)"  # one alternative: moved


def test_gate_lists_the_first_characters():
    assert first_chars(r"\b(?:met|held)\b") == "[hm]"
    assert first_chars(r"\b(?:met|held)\b", re.I) == "(?-i:[HMhm])"
    assert first_chars(r"\b(?:sign)", re.I) == "(?-i:[Ss\\u017f])"
    assert first_chars(r"\b(?:\d+|two)\s", re.I) == "(?-i:[\\dTt])"
    assert first_chars(r"(?<!\w)ceremony") == "[c]"


@pytest.mark.parametrize("regex, spread", [
    (r"\b(?:d(?:rug|arknet)|narcotic)x", r"(?:d(?<!\w[\s\S])(?:rug|arknet)|n(?<!\w[\s\S])arcotic)x"),
    (r"\b(?:a|b)?c", None),  # an optional group: the boundary may stand before 'c'
    (r"\b(?:a|\sb)c", None),  # an alternative opening with no letter
    (r"\b(?:[Aa]x|b)", None),  # a class first: no branch of literals to scan for
    (r"\bx(?:a|b)", None),  # no group right after the boundary (the single letter moves: _BOUNDARY_FIRST)
    (r"\bfor (?:a|b)\b|\bin x\b|\bwho\b", r"f(?<!\w[\s\S])or (?:a|b)\b|i(?<!\w[\s\S])n x\b|w(?<!\w[\s\S])ho\b"),
    (r"\bfor x|in y", None),  # an alternative without the boundary
    # an alternative opening with a punctuation mark stays as it is: the branch opens with literals all the same
    (r"\bside\s+by\b|,\s+and\s+by\b", r"s(?<!\w[\s\S])ide\s+by\b|,\s+and\s+by\b"),
    (r",\s+and|;\s+or", None),  # no boundary to move: the engine scans for these marks already
    (r"\bx|,+y", None),  # a repeated mark (it may be the first of several)
    (r"\bx|\.y", None),  # an escape first
    # the boundary before a capturing group: moved inside it, the engine scans for what the group opens with
    (r"\b((?:Jan|Feb)\w*)\s+(\d+)", r"((?:J(?<!\w[\s\S])an|F(?<!\w[\s\S])eb)\w*)\s+(\d+)"),
    (r"\b([A-Z][a-z]+)s\b", r"([A-Z](?<!\w[\s\S])[a-z]+)s\b"),
    (r"\b([A-Z]x)?y", None),  # an optional group: the boundary may stand before 'y'
    (r"\b(a|b)c", None),  # alternatives of the group's own
    (r"\b(\d{1,2})x", None),  # a repeated first item
    (r"(\bfor)|\bx", None),  # a group first
])
def test_boundary_into_branches(regex, spread):
    from whomet.store.extract.lookahead import boundary_into_branches

    assert boundary_into_branches(regex) == spread


def test_a_case_sensitive_word_group_opens_with_a_branch_of_literals():
    # the engine scans for a branch of literals; a boundary first, it would try every position
    assert RULES["topic.one"].pattern.pattern.startswith("(?:d" + BOUNDARY_AFTER)
    assert gated(r"\b(?:met|held)\b", re.I) == r"(?=(?-i:[HMhm]))(?:\b(?:met|held)\b)"  # IGNORECASE: the look-ahead


@pytest.mark.parametrize("regex, split", [
    (r"(?:^|\.\s+|\n)x+y", (r"(?:\.\s+|\n)x+y", r"x+y")),
    (r"(?:^|,)(?:a|b)", (r"(?:,)(?:a|b)", r"(?:a|b)")),
    (r"(?:^|,)x|y", None),  # alternatives after the group: matched at the start, they would come before ',x'
    (r"(?:^|,)?x", None),  # an optional group
    (r"(?:,|^)x", None),  # '^' not first
    (r"x(?:^|,)", None),
])
def test_start_apart(regex, split):
    from whomet.store.extract.lookahead import start_apart

    assert start_apart(regex) == split


def test_a_trigger_opening_with_a_class_of_dashes_needs_one_of_them():
    # delegations._opening_marks: '[–—]\s*by' (no word of three letters) is searched only in a text holding a dash
    from whomet.store.extract.delegations import HEAD_BEFORE, _opening_marks

    assert _opening_marks(r"[–—]\s*by\b") == ("–", "—")
    assert _opening_marks(r"[-–]\s*by\b") is None and _opening_marks(r"[a-z]by") is None  # (an ASCII mark, a range)
    assert _opening_marks(r"by\s+[–—]") is None
    assert ("–", "—") in HEAD_BEFORE._needs
    assert [m.group() for m in HEAD_BEFORE.finditer("The talks were opened — by the minister A.")] == ["— by"]
    assert [m.group() for m in HEAD_BEFORE.finditer("The talks were opened - by the minister A.")] == []


def test_head_triggers_find_what_their_case_blind_patterns_find():
    # delegations._Triggers: lower-case twins, the '^' alternative matched apart at the start (start_apart)
    from whomet.store.extract.delegations import HEAD_BEFORE

    texts = release_texts()
    edge = ["Heading a delegation, A came.", "Leading the Latvian delegation was B. Heading the team, C spoke.",
            "The head of the Omani delegation was D, the head of the Qatari team was E.", "head of the x side is F",
            "\nLeading his police delegation, G", "– by H. Led by I"]
    from whomet.store.extract.rules import twin

    # each twin as a whole ('^' kept), on the lower-cased text
    whole = [twin(RULES[r.id].regex.replace("[A-Z]", "[^\\W\\d_]")) for r in RULES.values()
             if r.id.startswith("head.led_by_")]
    assert len(whole) == len(HEAD_BEFORE._rx)
    for text in texts + edge + [t.upper() for t in edge] + [" " + t for t in edge]:
        low = text.lower()
        want = sorted(((m.start(), m.end()) for rx in whole for m in rx.finditer(low)
                       if not (m.start() and text[m.start() - 1].isalnum() and text[m.start()].isalnum())),
                      key=lambda span: span[0])
        assert [(m.start(), m.end()) for m in HEAD_BEFORE.finditer(text)] == want, text[:60]
