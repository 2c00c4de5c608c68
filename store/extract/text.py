"""Tokens, sentences and paragraphs with character offsets into the release text."""

from __future__ import annotations

import re

from whomet.store.extract.rules import pattern
from dataclasses import dataclass

from whomet.store.names import fold

# Words (letters/digits, inner hyphens and apostrophes) and single punctuation marks, each with the blanks
# before it: every character is a word character, a blank or punctuation, so the tokens and the blanks between
# them tile the text, and a token's offset is the sum of the lengths before it (no search for where it starts).
# (possessive: a word's letters, its inner marks and the blanks are each taken whole, as nothing after them can
# match a part of them; the same tokens, fewer steps). No group: findall gives one string a token, blanks and word,
# and no tuple; str.lstrip takes the blanks off (it strips what re's \s matches: Python's whitespace, both).
_TOKEN = pattern("text.token", r"\s*+(?:\w++(?:[-'’]\w++)*+|[^\w\s])")
_PARAGRAPH = pattern("text.paragraph", r"\n[ \t]*\n\s*|\n(?=[ \t]*\S[^\n]{0,80}$)")
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "no", "gen", "col", "lt", "maj", "capt",
                           "sgt", "e", "h", "jr", "sr", "vs", "etc", "approx", "incl", "dept", "u", "s",
                           "hon", "amb", "eng", "brig", "supt", "insp", "cdr", "cmdr", "adm", "cpl", "pol",
                           "pgen", "pltgen", "pmgen", "pbgen", "pcol", "pltcol", "pmaj", "pcpt", "pcapt", "plt",
                           "lieut", "sen"})


class Token:
    """A word or punctuation mark: text, [start, end) offsets, folded form, and two cached tests. Made by tokenize()
    alone, which fills the slots itself (no __init__: a plain call of the class is the cheapest way to make one, and
    it is done for every token of every release)."""

    __slots__ = ("text", "start", "end", "low", "is_word", "is_cap")

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def _fold(word: str) -> str:
    if word.isascii() and word.isalnum():
        return word.lower()
    return fold(word) if word[0].isalnum() else word


# Answers computed from a word alone are kept in plain dicts (word -> answer): a release repeats its words and the
# lexicons' words recur across releases. Bounded, so that a stream of unique tokens cannot grow one without end.
MEMO_LIMIT = 200_000


def remember(memo: dict, word: str, answer):
    if len(memo) < MEMO_LIMIT:
        memo[word] = answer
    return answer


# word -> (folded form, is a word, is capitalised)
_FACTS: dict[str, tuple[str, bool, bool]] = {}


def _facts(word: str) -> tuple[str, bool, bool]:
    facts = _FACTS.get(word)
    if facts is None:
        first = word[0]
        facts = remember(_FACTS, word, (_fold(word), first.isalnum() or first == "_", first.isupper()))
    return facts


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    # findall instead of finditer: no Match object per token
    out = []
    append = out.append
    known = _FACTS
    token = Token
    pos = start
    for chunk in _TOKEN.findall(text, start, len(text) if end is None else end):
        word = chunk.lstrip()  # (the blanks before it: whitespace to re's \s and to str.lstrip alike)
        tok = token()
        pos += len(chunk)
        tok.text, tok.start, tok.end = word, pos - len(word), pos
        try:
            tok.low, tok.is_word, tok.is_cap = known[word]
        except KeyError:
            tok.low, tok.is_word, tok.is_cap = _facts(word)
        append(tok)
    return out


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    tokens: list[Token]
    paragraph: int


def _is_initial(tok: Token) -> bool:
    # 'N.', 'Ts.', 'Sh.' (an initial), not a normal capitalised word
    return tok.is_word and tok.text[0].isupper() and len(tok.text) <= 2 and tok.text.isalpha()


_PARAGRAPH_BREAK = pattern("text.paragraph_break", r"\n[ \t]*(?:\n[ \t]*)+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        # a lone line inside a paragraph block (header, byline) is split off at single newlines
        for line in _split_lines(text, a, b):
            if text[line[0]:line[1]].strip():
                out.append(line)
    return out


_LINE_BREAK = pattern("text.line_break", r"\n")


def _split_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    pos = a
    for m in _LINE_BREAK.finditer(text[a:b]):
        out.append((pos, a + m.start()))
        pos = a + m.end()
    out.append((pos, b))
    return out


def sentences(text: str) -> list[Sentence]:
    result: list[Sentence] = []
    for pno, (a, b) in enumerate(paragraphs(text)):
        toks = tokenize(text, a, b)
        first = 0  # the current sentence's first token
        for i in [k for k, tok in enumerate(toks) if tok.text in _STOPS]:
            tok = toks[i]
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if prev is not None and prev.end == tok.start and (prev.low in ABBREVIATIONS or _is_initial(prev) or (
                    "-" in prev.text and all(w in ABBREVIATIONS for w in prev.low.split()))):
                continue  # 'Gen.', 'N.', 'Brig-Gen.'
            if nxt is not None and not (nxt.text[0].isupper() or nxt.text in "\"“«(" or nxt.text[0].isdigit()):
                continue
            result.append(Sentence(toks[first].start, tok.end, toks[first:i + 1], pno))
            first = i + 1
        if first < len(toks):
            result.append(Sentence(toks[first].start, toks[-1].end, toks[first:], pno))
    return result


_STOPS = frozenset(".!?")  # the marks that may end a sentence (a token of punctuation is one character)
