"""Agreements: documents signed or adopted at the meeting; drafts and 'to be signed' are not.

A signing clause ('signed the Protocol on ...', 'a protocol and a plan ... were signed',
'adopted a Joint Statement') is split into noun phrases at ' and the/a ', ', as well as'
and ';'; each piece whose first few words name a kind of document is one agreement.
"""

from __future__ import annotations

import re

from whomet.store.extract.rules import pattern, phrases
from whomet.store.extract.tables import json_data

KINDS = [(phrases(f"agreement.kind_{kind}", words, re.I), kind)
         for kind, words in json_data("phrases.json")["agreement_kinds"].items()]
SIGN = pattern("agreement.sign", r"\b(?:signed|adopted|inked|concluded|endorsed|approved|initialled|initialed|countersigned|(?:the\s+)?(?:signing|signature|adoption)\s+of)\b", re.I)
# 'discussed the signing of', 'preparations for the signing of': only talked about, not signed
_NOMINAL_NOT = pattern("agreement.nominal_not", r"\b(?:discuss\w*|prepar\w*|for|towards?|ahead of|before|possible|future|upcoming|planned|"
                          r"proposed|consider\w*|agreed on|schedul\w*|expected)\s+(?:the\s+)?$", re.I)
# 'The conference will end with the signing of ...': a signing still to come
_FUTURE_SIGNING = pattern("agreement.future_signing", r"\b(?:will|would|shall|is to|are to|is expected to|are expected to)\b"
                          r"[^.;]{0,60}$", re.I)
_NOT_SIGNED = pattern("agreement.not_signed", r"(?:\bto be|\bfor|\bwill be|\bwould be|\bshall be|\bcould be|\bbe|\bnot|\bnever|\byet to be|"
                         r"\bready to be|\bexpected to be|\bplanned to be|\bprepared for)\s+$", re.I)
_PASSIVE = pattern("agreement.passive", r"(?:\bwas|\bwere|\bhave been|\bhas been|\bhad been|\bis|\bare)\s+(?:also\s+)?$", re.I)
_SPLIT = pattern("agreement.split", r"\s+and\s+(?=(?:a|an|the|also|adopted|signed)\b)|,\s*as well as\s+|\s+as well as\s+|;\s*|,\s+and\s+",
                    re.I)
_DRAFT = pattern("agreement.draft", r"^\W*(?:(?:the|a|an|also|adopted|signed|approved)\s+)*(?:draft|proposed|future)\b", re.I)
_LEAD = pattern("agreement.lead", r"^\W*(?:(?:they|the parties|both sides|also|adopted|signed|approved|inked|concluded|the|a|an|"
                   r"two|new|on behalf of [^,]+,)\s+)+", re.I)


def kind_of(piece: str) -> tuple[str, int] | None:
    words = piece.split()
    head = " ".join(words[:6])
    best = None
    for rx, kind in KINDS:
        m = rx.search(head)
        if m and (best is None or m.start() < best[1]):
            best = (kind, m.start())
    return best


_RX_FIND_AGREEMENTS_1 = pattern("agreement.find_agreements_1", r"^(?:the|a|an)\s+", re.I)
_RX_FIND_AGREEMENTS_2 = pattern("agreement.find_agreements_2", r",\s+(?:which|that|who)\b|\s+(?:which|that)\s+(?:creates|provides|will|is|was)\b")
_RX_FIND_AGREEMENTS_3 = pattern("agreement.find_agreements_3", r"\s+(?:by|between)\s+(?=(?:the\s+)?[A-Z])")


def find_agreements(text: str, a: int, b: int, sentence_spans: list[tuple[int, int]]) -> list[tuple[str, str, int, int, str]]:
    """(title, kind, start, end, rule id) of each document signed in text[a:b]."""
    out: list[tuple[str, str, int, int, str]] = []
    sentence_of: dict[int, int] = {}  # start of a found agreement -> its sentence's start
    for sa, sb in sentence_spans:
        if sb <= a or sa >= b:
            continue
        for m in SIGN.finditer(text, sa, sb):
            before = text[sa:m.start()]
            if _NOT_SIGNED.search(before[-30:]):
                continue
            if m.group().lower() == "concluded" and not kind_of(text[m.end():m.end() + 60]):
                continue
            nominal = m.group().lower().endswith(" of")
            if nominal and (_NOMINAL_NOT.search(before[-40:]) or _FUTURE_SIGNING.search(before[-80:])):
                continue
            if not nominal and _PASSIVE.search(before[-20:]):
                first_kind = min((mm.start() for rx, _k in KINDS for mm in [rx.search(before)] if mm),
                                 default=None)
                if first_kind is None:
                    continue
                cut = before.rfind(", ", 0, first_kind)
                window_start = sa + (cut + 2 if cut != -1 else 0)
                window = (window_start, m.start() - len(_PASSIVE.search(before[-20:]).group()))
            else:
                window = (m.end(), sb)
            rule = "agreement.passive" if window[1] <= m.start() else "agreement.sign"
            piece_start = window[0]
            seg = text[window[0]:window[1]]
            pos = 0
            pieces = []
            for sm in _SPLIT.finditer(seg):
                pieces.append((pos, sm.start()))
                pos = sm.end()
            pieces.append((pos, len(seg)))
            for p0, p1 in pieces:
                piece = seg[p0:p1]
                if _DRAFT.match(piece):
                    continue
                piece_clean = _LEAD.sub("", piece)
                k = kind_of(piece_clean)
                if not k or k[1] > 25:
                    continue
                title = piece_clean.strip().rstrip(".,;")
                title = _RX_FIND_AGREEMENTS_1.sub("", title)
                title = _RX_FIND_AGREEMENTS_2.split(title)[0]
                if nominal:  # 'the signing of a Protocol on X by A and B': the signers are not the title
                    title = _RX_FIND_AGREEMENTS_3.split(title)[0]
                if not title[:1].isupper():
                    title = title[:1].upper() + title[1:]
                if title.lower() in ("protocol", "minutes"):
                    title = "Protocol of the meeting"
                out.append((title[:300], k[0], piece_start + p0, piece_start + p1, rule))
                sentence_of[piece_start + p0] = sa
    # a bare 'the memorandum' mentioned again is the same document
    seen: set[str] = set()
    result = []
    kinds_seen: dict[str, int] = {}  # kind -> sentence of its first document
    for title, kind, s, e, rule in out:
        k = (kind, title.lower()[:60])
        if k in seen:
            continue
        if kind in kinds_seen and (len(title.split()) <= 2 or kinds_seen[kind] != sentence_of.get(s)):
            # 'signed a memorandum of understanding (MoU) ... The MoU was signed by', a lead that tells the
            # signing and a later paragraph that tells it again: the same document. Several documents of one
            # kind are listed in one sentence ('a Protocol on X and a Protocol on Y').
            continue
        seen.add(k)
        kinds_seen.setdefault(kind, sentence_of.get(s, -1))
        result.append((title, kind, s, e, rule))
    return result
