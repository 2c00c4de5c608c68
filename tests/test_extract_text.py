"""Tokens carry offsets into the text they came from (text.tokenize): the spans every fact points at."""

from whomet.store.extract.text import tokenize


def test_token_offsets_are_the_text_slices_across_every_kind_of_blank():
    text = " \tGen.\u00a0Al-Harbi's\u2009talks\u3000(IGP)\r\n\n«Ivanov» –  met,\x0bthen 2024-06-12 left. "
    toks = tokenize(text)
    assert [text[t.start:t.end] for t in toks] == [t.text for t in toks]
    assert [t.text for t in toks][:6] == ["Gen", ".", "Al-Harbi's", "talks", "(", "IGP"]
    assert "".join(text[t.start:t.end] for t in toks) == "".join(text.split())


def test_tokens_inside_bounds_count_from_the_whole_text():
    text = "Minister Petraitis met Colonel Nowak in Vilnius."
    a, b = text.index("met"), text.index(" in")
    toks = tokenize(text, a, b)
    assert [(t.text, t.start, t.end) for t in toks] == [("met", a, a + 3), ("Colonel", a + 4, a + 11),
                                                       ("Nowak", a + 12, b)]


def test_blanks_before_a_token_are_what_lstrip_strips():
    # tokenize takes each token's blanks off with str.lstrip: that must strip exactly what the pattern's \s matched
    import re
    import sys
    blank = re.compile(r"\s")
    odd = [chr(c) for c in range(sys.maxunicode + 1) if (blank.fullmatch(chr(c)) is not None) != chr(c).isspace()]
    assert odd == []
    text = "\u2028\u00a0\u1680Nowak\u205f\u3000met"
    assert [(t.text, t.start) for t in tokenize(text)] == [("Nowak", 3), ("met", 10)]
