"""The rule registry: every pattern and every decision that can produce a fact has an id.

An id is `family.name` (`head.led_by`, `date.dateline`, `person.rank_before`): the family says
what kind of fact the rule yields (person, side, head, host, agreement, award, date, place,
meeting, office, rank, org, topic, text), the name says which phrasing. Patterns are compiled
here, once, at import of the module that uses them; `RULES` then lists every rule of the
extractor with its pattern (None for a decision made in code, such as 'the side of the host').
A fact in a record names the rule that produced it (`rule`, `side_rule`, `head_rule`), and
`whomet extract --explain` prints them; see README.md beside this file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from whomet.store.extract.lookahead import gated

FAMILIES = ("person", "side", "head", "host", "agreement", "award", "date", "place", "meeting", "office", "rank",
            "org", "topic", "text", "lexicon")
_ID = re.compile(r"^([a-z]+)\.[a-z0-9_]+$")


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern | None
    doc: str
    regex: str | None = None  # the pattern as written (its compiled form may be rewritten for speed: pattern())


RULES: dict[str, Rule] = {}


def _register(rule_id: str, rx: re.Pattern | None, doc: str, regex: str | None = None) -> None:
    m = _ID.match(rule_id)
    if not m or m.group(1) not in FAMILIES:
        raise ValueError(f"rule id {rule_id!r} is not family.name with a known family ({', '.join(FAMILIES)})")
    if rule_id in RULES and RULES[rule_id].pattern is not rx:
        raise ValueError(f"rule id {rule_id!r} registered twice")
    RULES[rule_id] = Rule(rule_id, rx, doc, regex)


def pattern(rule_id: str, regex: str, flags: int = 0, doc: str = "") -> re.Pattern:
    """Compile `regex` and register it under `rule_id`; the compiled pattern is what the caller uses.

    The pattern compiled may open with a look-ahead for the characters a match can start with, or
    have its opening word boundary moved after its first letter (lookahead.py), and the alternatives of its groups
    grouped by first letter (_grouped): the same matches, found faster. Its `.pattern` shows it; a pattern built from
    another's `.pattern` stays exact, since such rewrites only restate it. `RULES[rule_id].regex` keeps it as written."""
    rx = re.compile(gated(_grouped(regex, flags), flags), flags)
    _register(rule_id, rx, doc, regex)
    return rx


def twin(regex: str, flags: int = 0) -> re.Pattern:
    """Compile a registered rule's twin (the same pattern for lower-cased text, say) as pattern() compiles a rule,
    without registering it: its facts are its rule's."""
    return re.compile(gated(_grouped(regex, flags), flags), flags)


# The characters whose lower case re.I does not match with the lower case of (a dotless i, a long s) or that lower to
# more than one character ('İ'): a text with one of them has no lower-cased text that case-blind twins can search
_NO_LOWER_TWIN = ("\u0131", "\u017f")
# the last few texts asked and their answers, the latest first: a release's text (lowering it costs ~10 us when it
# holds any non-ASCII character), a meeting's part of it and the sentences asked in between
_KEPT = 4
_LOWERED: list[tuple[str, str | None]] = []


def lowered(text: str) -> str | None:
    """text.lower() with every character at its offset, for the case-blind patterns' lower-case twins (CaseBlind);
    None when no such text exists. The last few texts' answers are kept: one release asks many times."""
    for kept in _LOWERED:
        if kept[0] is text:
            return kept[1]
    low = text.lower()
    if len(low) != len(text) or _NO_LOWER_TWIN[0] in text or _NO_LOWER_TWIN[1] in text:
        low = None
    _LOWERED.insert(0, (text, low))
    del _LOWERED[_KEPT:]
    return low


_LOWER_UNSAFE = re.compile(r"\(\?(?![:=!]|<[=!])|\\[xuUN0-9]")
_ESCAPE_OR_CAPITAL = re.compile(r"\\.|[A-Z]")


class CaseBlind:
    """A registered case-blind (re.I) pattern run on the lower-cased text (text.lowered) as its lower-case twin
    without re.I: the engine then compares plain characters and scans for a literal opening, instead of folding
    case at every position. Each match the twin finds is matched again by the pattern itself on the text, so the
    caller gets the pattern's own matches (its groups in the text's case); with no safe lower-cased text (a letter
    whose lower case is longer, a dotless i, a long s), the pattern runs on the text as written.

    The twin is the pattern with its capitals written in lower case: a pattern whose letters are ASCII (other characters
    have no case), with no inline flags, named groups or numeric escapes, so that every character it matches in the lower-cased text stands for exactly the
    characters re.I matches in the text (tests check it). Words every match holds one of (`needs`, read from the
    pattern's parse tree: 'hosted by' needs 'hosted', 'organised' or 'organized') are looked for first in the
    lower-cased text: a search where none is found is not run.

    A case-sensitive part ('(?-i:met|[a-z]+ed)') is searched in the twin case-blind, as its lower case ('met' in the
    lower-cased text: 'met', 'Met', 'MET'): the twin then matches wherever the pattern does and at some places more
    (no negative lookaround or negated class, where a looser part would match less), so each place the twin finds is
    tried by the pattern itself and the search goes on from the next character where the pattern fails there
    (`loose`): the same matches, in the same order (for a pattern that matches no empty string)."""

    __slots__ = ("rx", "twin", "needs", "loose", "opening")

    def __init__(self, rx: re.Pattern, regex: str, flags: int) -> None:
        self.loose = "(?-i:" in regex
        if self.loose:
            if "(?!" in regex or "(?<!" in regex or "[^" in regex:
                raise ValueError(f"no looser twin for {regex[:60]!r}: a case-sensitive part in a pattern without "
                                 "negative lookarounds or negated classes only")
            regex = regex.replace("(?-i:", "(?:")
        if not flags & re.I or flags & re.X or _LOWER_UNSAFE.search(regex) or not all(
                c.isascii() or c.lower() == c == c.upper() for c in regex):
            raise ValueError(f"no lower-case twin for {regex[:60]!r}: case-blind patterns of ASCII letters without "
                             "inline flags, named groups or numeric escapes only")
        low = _ESCAPE_OR_CAPITAL.sub(lambda m: m.group() if len(m.group()) == 2 else m.group().lower(), regex)
        self.rx, self.twin = rx, twin(low, flags & ~re.I)
        self.needs = needed_words(low)
        # a twin whose every match opens with one of a few words is tried where they stand (anchored)
        opening = opening_words(low) if not self.loose else None
        self.opening = opening if opening and len(opening) <= _MAX_OPENING else None

    def _absent(self, low: str, pos: int, end: int) -> bool:
        return self.needs is not None and not holds_any(low, self.needs, pos, end)

    def within(self, text: str, pos: int = 0, endpos: int | None = None) -> CaseBlind:
        """This pattern for many searches inside text[pos:endpos] (one a sentence): its needed words are looked for there
        once, and each search then looks only for those found (none found: no search runs)."""
        low = lowered(text)
        if low is None or self.needs is None:
            return self
        end = len(text) if endpos is None else endpos
        narrowed = CaseBlind.__new__(CaseBlind)
        narrowed.rx, narrowed.twin, narrowed.loose, narrowed.opening = self.rx, self.twin, self.loose, self.opening
        part = low if pos == 0 and end >= len(low) else low[pos:end]
        narrowed.needs = tuple(word for word in self.needs if word in part)
        return narrowed

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        if low is None:
            return self.rx.finditer(text, pos, end)
        if self._absent(low, pos, end):
            return iter(())
        if self.loose:
            return self._tried(text, low, pos, end)
        match = self.rx.match
        found = anchored(self.twin, low, self.opening, pos, end) if self.opening else self.twin.finditer(low, pos, end)
        return (match(text, m.start(), end) for m in found)

    def _tried(self, text: str, low: str, pos: int, end: int) -> Iterator[re.Match]:
        """The pattern's matches at the places its looser twin finds, on from the next place where it fails there."""
        search, match = self.twin.search, self.rx.match
        while (m := search(low, pos, end)) is not None:
            got = match(text, m.start(), end)
            if got is None:
                pos = m.start() + 1
                continue
            yield got
            pos = got.end() if got.end() > got.start() else got.end() + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        if low is None:
            return self.rx.search(text, pos, end)
        if self._absent(low, pos, end):
            return None
        if self.loose:
            return next(self._tried(text, low, pos, end), None)
        m = next(anchored(self.twin, low, self.opening, pos, end), None) if self.opening else self.twin.search(low, pos, end)
        return None if m is None else self.rx.match(text, m.start(), end)


def needed_words(regex: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of `regex` (case-sensitive) holds, from its parse tree: the best of its runs of
    literal characters and of its alternations whose every branch needs one; None when it needs none of at least
    three characters."""
    from re import _constants as C, _parser

    def seq(items) -> frozenset[str] | None:
        found, run = [], []
        for op, av in items:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            if run:
                found.append(frozenset({"".join(run)}))
                run = []
            got = item(op, av)
            if got:
                found.append(got)
        if run:
            found.append(frozenset({"".join(run)}))
        return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)

    def item(op, av) -> frozenset[str] | None:
        if op is C.BRANCH:
            branches = [seq(b) for b in av[1]]
            return None if not all(branches) else frozenset().union(*branches)
        if op is C.SUBPATTERN:
            return seq(av[3]) if not (av[1] | av[2]) else None  # (no inline flags inside)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            return seq(av[2])
        if op is C.ATOMIC_GROUP:
            return seq(av)
        return None

    tree = _parser.parse(regex, flags)
    if tree.state.flags & (re.I | re.X):
        return None
    words = seq(tree)
    return tuple(sorted(words)) if words and min(map(len, words)) >= 3 else None


def opening_words(regex: str, flags: int = 0) -> tuple[str, ...] | None:
    """The literal words one of which every match of `regex` (case-sensitive) opens with, from its parse tree: a run of
    literal characters first, or a group whose alternatives each open with one ('(?:headed|led|chaired)\\s+by' ->
    ('chaired', 'headed', 'led')); None when it opens with anything else (a class, a look-around, something optional) or
    with a word of fewer than three characters. A search for it may then look for those words and try the pattern at
    each (anchored)."""
    from re import _constants as C, _parser

    def opening(items) -> set[str] | None:
        run = []
        for op, av in items:
            if op is not C.LITERAL:
                break
            run.append(chr(av))
        if run:
            return {"".join(run)}
        if not len(items):
            return None
        op, av = items[0]
        if op is C.AT and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
            return opening(items[1:])  # ('\bheld': a match opens with 'held' still; the pattern tries the boundary)
        if op is C.SUBPATTERN and not (av[1] | av[2]):
            return opening(av[3])
        if op is C.BRANCH:
            words: set[str] = set()
            for branch in av[1]:
                got = opening(branch)
                if not got:
                    return None
                words |= got
            return words
        return None

    tree = _parser.parse(regex, flags)
    if tree.state.flags & (re.I | re.X):
        return None
    words = opening(tree)
    return tuple(sorted(words)) if words and min(map(len, words)) >= 3 else None


def anchored(rx: re.Pattern, text: str, words: tuple[str, ...], pos: int = 0, endpos: int | None = None,
             low: str | None = None) -> Iterator[re.Match]:
    """rx.finditer(text, pos, endpos) for a pattern every match of which opens with one of `words` (opening_words) and
    none is empty: the pattern is tried at each place one of them stands (found with str.find; in `low`, the text's lower
    case with every character at its offset, for a case-blind pattern), from the end of the match before, instead of at
    every character: the same matches, in the same order."""
    end = len(text) if endpos is None else endpos
    where = text if low is None else low
    starts: set[int] = set()
    for word in words:
        at = where.find(word, pos, end)
        while at != -1:
            starts.add(at)
            at = where.find(word, at + 1, end)
    done = pos
    match = rx.match
    for at in sorted(starts):
        if at < done:
            continue
        m = match(text, at, end)
        if m is not None:
            yield m
            done = m.end()


def holds_any(text: str, words: tuple[str, ...], pos: int = 0, end: int | None = None) -> bool:
    """Whether text[pos:end] holds one of `words` (a pattern's needed words: where it holds none, no search can match)."""
    # (the span cut once and each word looked for with 'in': str.find(word, pos, end) parses its arguments at each call;
    # a slice reads pos and end as find does, and the words are never empty)
    part = text if pos == 0 and (end is None or end >= len(text)) else text[pos:end]
    for word in words:
        if word in part:
            return True
    return False


def needs(*patterns: re.Pattern) -> tuple[str, ...]:
    """The words one of which every match of any of these registered case-sensitive patterns holds (needed_words of
    each as written): a pass that only acts on their matches skips a text without one (`holds_any`). Raises when one
    of them needs no such word (a case-blind pattern, one that may match without a word of three letters)."""
    found: set[str] = set()
    for rx in patterns:
        rx = rx.rx if isinstance(rx, Needing) else rx
        rule = next((r for r in RULES.values() if r.pattern is rx), None)
        words = needed_words(rule.regex, rx.flags) if rule is not None and rule.regex is not None else None
        if words is None:
            raise ValueError(f"no needed words for {rx.pattern[:60]!r}: registered case-sensitive patterns that "
                             "need a word of three letters or more only")
        found.update(words)
    return tuple(sorted(found))


# ... and the letter that lowers to two characters ('İ'): a text holding one is searched as it is
_NO_LOWER_WORDS = _NO_LOWER_TWIN + ("\u0130",)


def _holds_odd(text: str) -> bool:
    """Whether text holds one of _NO_LOWER_WORDS (none is ASCII: an ASCII text, str.isascii at no cost, is not looked
    through; a loop, not a generator: asked for every window a guarded pattern is matched in)."""
    for odd in _NO_LOWER_WORDS:
        if odd in text:
            return True
    return False


class Guarded:
    """A registered case-blind (re.I) pattern that cannot run as a lower-case twin (a case-sensitive part inside it:
    '(?-i:met)'), searched only in a text whose lower case holds one of the words every match needs (read from the
    regex with its capitals in lower case, as CaseBlind reads them): the same matches, no search where none can be."""

    __slots__ = ("rx", "needs")

    def __init__(self, rx: re.Pattern, regex: str) -> None:
        low = _ESCAPE_OR_CAPITAL.sub(lambda m: m.group() if len(m.group()) == 2 else m.group().lower(), regex)
        # (a non-ASCII character in a class, '[\w’]', is no needed word: the words alone must be ASCII)
        words = needed_words(low) if rx.flags & re.I else None
        if words is None or any(not (w.isascii() and w == w.lower()) for w in words):
            raise ValueError(f"no needed words for {regex[:60]!r}: a case-blind pattern of ASCII letters that needs a word")
        # a word holding another is found only where that one is: not looked for ('headed' past 'head')
        self.rx, self.needs = rx, tuple(w for w in words if not any(v != w and v in w for v in words))

    def _absent(self, text: str, pos: int, end: int | None) -> bool:
        part = text[pos:end]
        if not part.isascii() and _holds_odd(part):
            return False
        return not holds_any(part.lower(), self.needs)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        return None if self._absent(text, pos, end) else self.rx.search(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        return iter(()) if self._absent(text, pos, end) else self.rx.finditer(text, pos, end)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        return None if self._absent(text, pos, end) else self.rx.match(text, pos, end)


class Needing:
    """A registered pattern (case-sensitive or case-blind) searched only in a span that holds one of the words every
    match holds (needed_words of the regex as written; a case-blind pattern's in the lower case of the text): where none
    is, no search can match, so none runs and the answer is the one the search would give (no match, an empty iterator,
    the text unsplit). The words found in the last text asked are kept with it: a release's text asked about sentence by
    sentence is looked through once, then only for the words it holds. For a pattern searched over spans where it seldom
    matches (a meeting's text, a sentence) and whose words are few: a test costs a find a word."""

    __slots__ = ("rx", "needs", "opening", "_blind", "_last", "pattern", "flags", "groups", "groupindex")

    def __init__(self, rx: re.Pattern) -> None:
        rule = next((r for r in RULES.values() if r.pattern is rx), None)
        if rule is None or rule.regex is None:
            raise ValueError(f"not a registered pattern: {rx.pattern[:60]!r}")
        regex, self._blind = rule.regex, bool(rx.flags & re.I)
        if self._blind:  # (a case-sensitive part is read as its lower case too: its words then still hold)
            regex = _ESCAPE_OR_CAPITAL.sub(lambda m: m.group() if len(m.group()) == 2 else m.group().lower(), regex)
            regex = regex.replace("(?-i:", "(?:")
        words = needed_words(regex, rx.flags & ~re.I) if not rx.flags & re.X else None
        if words is None or self._blind and any(not (w.isascii() and w == w.lower()) for w in words):
            raise ValueError(f"no needed words for {rule.id}: a pattern that needs a word of three letters or more "
                             "(ASCII in lower case, when case-blind) only")
        # a word holding another is found only where that one is: not looked for ('headed' past 'head')
        self.rx, self.needs = rx, tuple(w for w in words if not any(v != w and v in w for v in words))
        # a pattern whose every match opens with one of a few words is tried where they stand (anchored)
        opening = opening_words(regex, rx.flags & ~re.I) if not rx.flags & re.X else None
        self.opening = opening if opening and len(opening) <= _MAX_OPENING and not (
            self._blind and any(not (w.isascii() and w == w.lower()) for w in opening)) else None
        self.pattern, self.flags, self.groups, self.groupindex = rx.pattern, rx.flags, rx.groups, rx.groupindex
        self._last: tuple = (None, None, None)  # (text, the text searched for the words, the words it holds)

    def _absent(self, text: str, pos: int, end: int) -> bool:
        if pos < 0 or end < 0:
            pos, end = max(pos, 0), max(end, 0)  # (re reads a negative offset as 0, str.find from the end)
        last = self._last
        if last[0] is not text:
            low = text
            if self._blind:
                low = _lower_kept(text)
            # (None: a text whose lower case would not stand for what re.I matches; it is searched)
            last = self._last = (text, low, None if low is None else tuple(w for w in self.needs if w in low))
        present = last[2]
        if present is None:
            return False
        if pos <= 0 and end >= len(text):
            return not present
        return not holds_any(last[1], present, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        if self._absent(text, pos, end):
            return None
        low = self._last[1]
        if self.opening is None or low is None or pos < 0 or end < 0:
            return self.rx.search(text, pos, end)
        return next(anchored(self.rx, text, self.opening, pos, end, low if self._blind else None), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        if self._absent(text, pos, end):
            return iter(())
        low = self._last[1]
        if self.opening is None or low is None or pos < 0 or end < 0:
            return self.rx.finditer(text, pos, end)
        return anchored(self.rx, text, self.opening, pos, end, low if self._blind else None)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        return None if self._absent(text, pos, end) else self.rx.match(text, pos, end)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return [text] if self._absent(text, 0, len(text)) else self.rx.split(text, maxsplit)


# the most opening words a Needing pattern is tried at (each is a find through the span; measured: 4, 6, 10 and 20 words
# each fewer instructions than the one before, over the patterns wrapped now)
_MAX_OPENING = 20


def _lower_kept(text: str) -> str | None:
    """lowered(text) when it is kept already, else text's lower case (not kept: a sentence's, say, would push out the
    release's); None when no lower case stands for what re.I matches (a letter whose lower case is longer, a dotless i,
    a long s)."""
    for kept in _LOWERED:
        if kept[0] is text:
            return kept[1]
    low = text.lower()
    if len(low) != len(text) or not text.isascii() and _holds_odd(text):
        return None
    return low


def needing(rx: re.Pattern) -> Needing:
    """A registered pattern searched only where its needed words are (Needing)."""
    return Needing(rx)


def guarded(rule_id: str, regex: str, flags: int = re.I, doc: str = "") -> Guarded:
    """pattern(rule_id, regex, flags) searched only where its words are (Guarded): for a case-blind pattern searched
    over long text that cannot have a lower-case twin."""
    return Guarded(pattern(rule_id, regex, flags, doc), regex)


def case_blind(rule_id: str, regex: str, flags: int = re.I, doc: str = "") -> CaseBlind:
    """pattern(rule_id, regex, flags) searched through its lower-case twin (CaseBlind): for a case-blind pattern
    searched often over long text."""
    return CaseBlind(pattern(rule_id, regex, flags, doc), regex, flags)


_OPENING_WORDS = re.compile(r"\(\?:([A-Za-z]+(?:\|[A-Za-z]+)*)\)(.*)", re.S)


def _top_level(regex: str) -> tuple[list[str], int]:
    """The alternatives of `regex` outside any group, and the index where it closes a group it did not open (its
    length if none): '(?:a|b)c|d)e' -> (['(?:a|b)c', 'd'], 10)."""
    depth, i, start, parts = 0, 0, 0, []
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 1
        elif c == "[":  # a class: to its closing bracket ('[^]x]' holds one)
            i += 1 + (regex[i + 1:i + 2] == "^")
            i = regex.index("]", i + 1 if regex[i:i + 1] == "]" else i)
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                break
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
        i += 1
    return parts + [regex[start:i]], i


def _top_level_bar(regex: str) -> bool:
    """Whether `regex` has an alternation outside any group."""
    parts, end = _top_level(regex)
    return len(parts) > 1 or end < len(regex)


def _grouped(regex: str, flags: int) -> str:
    """`regex` with the alternatives of each of its non-capturing groups (and its own) grouped by first letter
    (by_first_letter): the same matches, fewer branches tried at each place."""
    if flags & re.X:
        return regex
    parts, _end = _top_level(regex)
    return _alternation(parts, flags)


def _alternation(parts: list[str], flags: int) -> str:
    """Alternatives, each with its own groups rewritten, grouped by first letter where they allow it."""
    spread = [y for part in parts for x in _opening_words_spread(part) for y in _case_pair_spread(x, flags)] \
        if len(parts) > 1 else parts
    return by_first_letter([_inner(x, flags) for x in spread])


_CASE_PAIR = re.compile(r"\[([A-Za-z])([A-Za-z])\](?![?*+{])")


def _case_pair_spread(fragment: str, flags: int) -> list[str]:
    """'[Hh]eadquarters' -> ['Headquarters', 'headquarters'] in a case-sensitive pattern: at any place at most one of
    them can match, and each then opens with its letter, which by_first_letter groups and the engine scans for."""
    m = _CASE_PAIR.match(fragment)
    if flags & re.I or m is None or m.group(1).lower() != m.group(2).lower() or m.group(1) == m.group(2) \
            or _captures(fragment):
        return [fragment]  # (a group that captures would be written twice: its number would move)
    return [m.group(1) + fragment[m.end():], m.group(2) + fragment[m.end():]]


def _inner(regex: str, flags: int) -> str:
    """`regex` (no alternation outside its groups) with each non-capturing group's alternatives rewritten."""
    out, i = [], 0
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            out.append(regex[i:i + 2])
            i += 2
        elif c == "[":
            j = i + 1 + (regex[i + 1:i + 2] == "^")
            j = regex.index("]", j + 1 if regex[j:j + 1] == "]" else j)
            out.append(regex[i:j + 1])
            i = j + 1
        elif regex.startswith("(?:", i):
            parts, end = _top_level(regex[i + 3:])
            out.append("(?:" + _alternation(parts, flags) + ")")
            i += 3 + end + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _opening_words_spread(fragment: str) -> list[str]:
    """'(?:working|joint) meeting' -> ['working meeting', 'joint meeting']: the same matches, tried in the same order."""
    m = _OPENING_WORDS.fullmatch(fragment)
    if m is None or m.group(2)[:1] in ("?", "*", "+", "{") or _top_level_bar(m.group(2)):
        return [fragment]  # ('(?:a|b)?c' is not 'a?c|b?c')
    return [word + m.group(2) for word in m.group(1).split("|")]


def by_first_letter(fragments: list[str]) -> str:
    """The alternation of `fragments`, grouped by their first letter when each opens with a letter of its own and
    holds no group that captures: 'pre(?:sented|senting)|a(?:warded)'. At any place only the fragments of that place's
    letter can match, tried in the list's order as before: the same matches, and the engine tries one branch a letter
    rather than every fragment. Else the plain alternation. (Grouped by the letter as written, so a case-sensitive
    part of a case-blind pattern stays exact.)"""
    groups: dict[str, list[str]] = {}
    for f in fragments:
        if not f[:1].isascii() or not f[:1].isalpha() or f[1:2] in ("", "?", "*", "+", "{", "|") or _captures(f):
            return "|".join(fragments)
        groups.setdefault(f[0], []).append(f)
    if len(groups) == len(fragments):
        return "|".join(fragments)
    return "|".join(f"{fs[0][0]}(?:{'|'.join(f[1:] for f in fs)})" if len(fs) > 1 else fs[0] for fs in groups.values())


def _captures(fragment: str) -> bool:
    """Whether a fragment holds a group that captures (its number would move) or refers to one (or is no regex)."""
    try:
        return re.compile(fragment).groups > 0 or bool(re.search(r"\\\d|\(\?P[=<]", fragment))
    except re.error:
        return True


def phrases(rule_id: str, fragments: list[str], flags: int = 0, closed: bool = True, doc: str = "") -> re.Pattern:
    """One pattern for a list of phrase fragments (a lexicon entry each): \\b(?:a|b|...)\\b, or open at the end."""
    return pattern(rule_id, r"\b(?:" + "|".join(fragments) + (r")\b" if closed else ")"), flags, doc)


def decision(rule_id: str, doc: str) -> str:
    """Register a rule that is code rather than one pattern ('the side of the host'); returns the id."""
    _register(rule_id, None, doc)
    return rule_id
