"""The first-character look-ahead `rules.pattern` puts in front of a pattern, for speed only.

Python's regex engine, searching, tries the whole pattern at every position of the text unless the
pattern starts with something it can scan for (a literal, a character class, a branch of literals).
A pattern starting with `\\b(?:...|...)` or a look-behind gets no such scan: each position costs a full
attempt. `(?=[chars])`, with the characters a match can start with, fails those positions at once:
~1.5-2x faster searches for those patterns and the same matches, since a match must start with one of
these characters anyway (the look-ahead is implied by the pattern). A case-sensitive pattern opening with
`\\b(?:` and alternatives that each open with a letter (or made of alternatives that each open with `\\b` and a
letter) gets no look-ahead: the boundary moves after each alternative's first letter instead
(boundary_into_branches), and the engine scans for that branch of literals.

The characters come from the pattern's parse tree (the stdlib parser `re._parser`); where they
cannot be known exactly (a `\\w`, a negated class, `.`, a pattern that can match the empty string, a
non-ASCII letter under IGNORECASE) there is no look-ahead. Under IGNORECASE the class lists every
case form `re` matches (also 'İ', 'ı' for i, 'K' (Kelvin) for k, 'ſ' for s) and is itself case-sensitive.
"""

from __future__ import annotations

import re

try:
    import _sre
    from re import _constants as C
    from re import _parser
except ImportError:  # a Python without these internals: patterns run without the look-ahead, as written
    _parser = None

# Besides its two ASCII cases, re's IGNORECASE matches these for an ASCII letter (tests check it over all of Unicode)
ODD_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# a class of more first characters than this gains little
MAX_CHARS = 64
# stands for \\d among the first characters: a digit starts few positions of a text, and a class holds it as is
_DIGIT = -1
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """The first characters of a match cannot be listed."""


def first_chars(regex: str, flags: int = 0) -> str | None:
    """The look-ahead `(?=[...])` to put before `regex`, or None when it would not help or cannot be exact."""
    if _parser is None or _GLOBAL_FLAGS.match(regex):
        return None  # global inline flags must open the pattern: no look-ahead before them
    if not regex.startswith(("(", r"\b", r"\B")) and "|" not in regex:
        return None  # a literal, a class, \s, \d, ^ or \A first: nothing to gain (and no parse at import)
    tree = _parser.parse(regex, flags)
    if not tree.data or _scans_itself(tree):
        return None
    op, av = tree.data[0]
    if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        return None  # the engine tries an anchored pattern once
    if op is C.ASSERT and av[0] == 1:
        return None  # the pattern opens with a look-ahead of its own (a second one measured no faster)
    try:
        chars, empty = _first(tree, bool(tree.state.flags & re.I))
    except _Unknown:
        return None
    if empty or not chars or len(chars) > MAX_CHARS:
        return None
    body = "".join(_class_char(c) for c in sorted(chars))
    return f"(?-i:[{body}])" if tree.state.flags & re.I else f"[{body}]"


# '\bword ...' or '\b[Ww]ord ...' (a word boundary, then a letter or digit, not optional): the engine scans fast for
# a literal or a class that opens a pattern, not for a boundary. 'w(?<!\w[\s\S])ord ...' reads the same matches: a
# boundary before a word character is the start of the text or no word character before it, and after the first
# character that is the look-behind. Measured 2-6x faster than the look-ahead for such patterns.
_BOUNDARY_FIRST = re.compile(r"\\b([A-Za-z0-9]|\[[A-Za-z0-9]+\])(?![?*+{])")
BOUNDARY_AFTER = r"(?<!\w[\s\S])"


def gated(regex: str, flags: int = 0) -> str:
    """`regex` with its first-character look-ahead in front, or with its opening word boundary moved after its
    first character (BOUNDARY_AFTER), when either helps."""
    spread = None if flags & (re.X | re.I) else boundary_into_branches(regex)
    if spread is not None:
        return spread
    opening = _BOUNDARY_FIRST.match(regex) if not flags & re.X else None
    if opening and flags & re.I and _alternatives(regex) > 1:
        # '\\bfor X|\\bin Y' under IGNORECASE: moving the first alternative's boundary leaves the engine nothing to scan
        # for and the others' tried at every position (award.cut measured 8x slower so than behind the look-ahead)
        opening = None
    if opening:
        return opening.group(1) + BOUNDARY_AFTER + regex[opening.end():]
    chars = first_chars(regex, flags)
    if chars is None:
        return regex
    return f"(?={chars})(?:{regex}\n)" if flags & re.X else f"(?={chars})(?:{regex})"  # (a comment may end it)


def start_apart(regex: str) -> tuple[str, str] | None:
    """'(?:^|A|B)REST' -> ('(?:A|B)REST', 'REST'): a pattern whose opening group has '^' among its alternatives, as one
    searched from the text's start ('^' without MULTILINE) and one matched at the start. '^' leaves the engine no first
    characters to scan for, so that it tries the whole pattern at every position; its matches are those of the second
    at the start (when it matches there), then those of the first from where that match ends. None for any other
    shape (REST with alternatives of its own, the group repeated)."""
    if not regex.startswith("(?:^|") or _alternatives(regex) != 1:
        return None
    found = _group_alternatives(regex, 0)
    if found is None or regex[found[1] + 1:found[1] + 2] in ("?", "*", "+", "{"):
        return None
    parts, close = found
    rest = regex[close + 1:]
    return "(?:" + "|".join(parts[1:]) + ")" + rest, rest


def _alternatives(regex: str) -> int:
    """How many top-level alternatives regex has (1 when it has none, or when this reader cannot tell)."""
    found = _group_alternatives("(?:" + regex + ")", 0)
    return len(found[0]) if found is not None and found[1] == len(regex) + 3 else 1


def _group_alternatives(regex: str, at: int) -> tuple[list[str], int] | None:
    """The top-level alternatives of the group opening at regex[at] ('(?:'), and the index of its ')'; None when
    it holds a class or an escape this reader does not follow."""
    depth, i, start, parts = 0, at + 3, at + 3, []
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1 + (regex[i + 1:i + 2] == "^")
            i = regex.find("]", i + 1 if regex[i:i + 1] == "]" else i)
            if i == -1:
                return None
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return parts + [regex[start:i]], i
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
        i += 1
    return None


_LETTER_FIRST = re.compile(r"([A-Za-z0-9])(?![?*+{])")  # (a class first: no branch of literals)


def boundary_into_branches(regex: str) -> str | None:
    """'\\b(?:d(?:rug|arknet)|narcotic)...' -> '(?:d(?<!\\w[\\s\\S])(?:rug|arknet)|n(?<!\\w[\\s\\S])arcotic)...': the opening
    boundary moved after the first letter of each alternative of the group it opens, when each opens with a letter
    or a digit; '\\bfor X|\\bin Y' -> 'f(?<!\\w[\\s\\S])or X|i(?<!\\w[\\s\\S])n Y' likewise (an alternative
    opening with a punctuation mark, ',\\s+and by', kept as it is). The pattern then opens with
    a branch of literals, which the engine scans for (a boundary first, it tries every position). Case-sensitive
    patterns only (under IGNORECASE the engine scans for no cased literal). None when the pattern is of neither
    shape."""
    if regex.startswith("\\b(") and not regex.startswith("\\b(?"):
        return _into_capture(regex)
    if regex.startswith("\\b(?:"):
        found = _group_alternatives(regex, 2)
        if found is None:
            return None
        parts, close = found
        if regex[close + 1:close + 2] in ("?", "*", "+", "{"):
            return None
        moved = [_moved(part) for part in parts]
        return None if None in moved else "(?:" + "|".join(moved) + ")" + regex[close + 1:]
    # '\\bfor X|\\bin Y': each alternative of the whole pattern opens with the boundary and a letter
    found = _group_alternatives("(?:" + regex + ")", 0)
    if found is None or len(found[0]) < 2 or found[1] != len(regex) + 3:
        return None
    moved = [_moved(part[2:]) if part.startswith("\\b") else _PUNCTUATION_FIRST.match(part) and part
             for part in found[0]]
    return None if None in moved or not any(part.startswith("\\b") for part in found[0]) else "|".join(moved)


# an alternative opening with a mark that is a literal as written (',\s+and ...'): the engine scans for it as it is
_PUNCTUATION_FIRST = re.compile(r"[,;:'’\-–—&/\"“”«»](?![?*+{])")


def _into_capture(regex: str) -> str | None:
    """'\\b(X...)...' -> '(X(?<!\\w[\\s\\S])...)...' (X a letter, a digit or a class of them) and '\\b((?:a..|b..)...)' -> each
    alternative's boundary moved: the boundary before a capturing group opening either way (the engine looks inside the
    group for what to scan for)."""
    found = _group_alternatives("(?:" + regex[3:], 0)  # (the group read as if it did not capture: same offsets)
    if found is None or len(found[0]) > 1 or regex[found[1] + 1:found[1] + 2] in ("?", "*", "+", "{"):
        return None  # unreadable, alternatives of its own, or optional: the boundary may stand before what follows it
    inner = regex[3:]
    if inner.startswith("(?:"):
        spread = boundary_into_branches("\\b" + inner)
        return None if spread is None else "(" + spread
    opening = _FIRST_LETTER_OR_CLASS.match(inner)
    return None if opening is None else "(" + opening.group(1) + BOUNDARY_AFTER + inner[opening.end():]


# a letter, a digit or a class of them (ranges too), not repeated: a word character, which the boundary stands before
_FIRST_LETTER_OR_CLASS = re.compile(r"([A-Za-z0-9]|\[(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+\])(?![?*+{])")


def _moved(part: str) -> str | None:
    """An alternative opening with a letter or a digit, the boundary moved after it; None for any other."""
    m = _LETTER_FIRST.match(part)
    return None if m is None else m.group(1) + BOUNDARY_AFTER + part[m.end():]


def _class_char(c: int) -> str:
    if c == _DIGIT:
        return "\\d"
    ch = chr(c)
    return ch if ch.isalnum() and ch.isascii() else f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" if c < 0x10000 \
        else f"\\U{c:08x}"


def _cases(chars: set[int], fold: bool) -> set[int]:
    if not fold:
        return chars
    out = set(chars)
    for c in chars:
        if c == _DIGIT or not _sre.unicode_iscased(c):
            continue
        ch = chr(c)
        if not ch.isascii():
            raise _Unknown  # a non-ASCII letter's case forms under IGNORECASE: not listed here
        low = ch.lower()
        out |= {ord(low), ord(low.upper())} | {ord(x) for x in ODD_CASES.get(low, "")}
    return out


def _first(seq, fold: bool) -> tuple[set[int], bool]:
    """(the characters a match of the sequence can start with, whether it can match the empty string)."""
    out: set[int] = set()
    for op, av in seq:
        chars, empty = _first_of(op, av, fold)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_of(op, av, fold: bool) -> tuple[set[int], bool]:
    if op is C.LITERAL:
        return _cases({av}, fold), False
    if op is C.IN:
        chars: set[int] = set()
        for item, value in av:
            if item is C.LITERAL:
                chars.add(value)
            elif item is C.RANGE and value[1] - value[0] <= MAX_CHARS:
                chars.update(range(value[0], value[1] + 1))
            elif item is C.CATEGORY and value is C.CATEGORY_DIGIT:
                chars.add(_DIGIT)
            else:  # a negated class, \w, \s, \D, a wide range
                raise _Unknown
        return _cases(chars, fold), False
    if op is C.BRANCH:
        out: set[int] = set()
        empty = False
        for alternative in av[1]:
            chars, alt_empty = _first(alternative, fold)
            out |= chars
            empty = empty or alt_empty
        return out, empty
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _first(sub, (fold or bool(add_flags & re.I)) and not del_flags & re.I)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars, empty = _first(sub, fold)
        return chars, empty or low == 0
    if op is C.ATOMIC_GROUP:
        return _first(av, fold)
    if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
        return set(), True  # takes no character: the next item gives the first one
    raise _Unknown  # any character, a back-reference, a conditional


def _scans_itself(tree) -> bool:
    """Whether the engine already finds the pattern's possible starts fast: a literal, a class or a branch of
    literals first (sre_compile's prefix scans; measured: a look-ahead before them makes searches 1.5-3x slower,
    also under IGNORECASE)."""
    seq = tree
    while seq.data and seq.data[0][0] is C.SUBPATTERN:
        seq = seq.data[0][1][3]
    if not seq.data:
        return False
    op, av = seq.data[0]
    if op is C.LITERAL or op is C.IN:
        return True
    if op is C.BRANCH:
        return all(alt.data and alt.data[0][0] is C.LITERAL for alt in av[1])
    return False
