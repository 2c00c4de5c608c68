"""Agreements: documents signed or adopted at the meeting; drafts and 'to be signed' are not.

A signing clause ('signed the Protocol on ...', 'a protocol and a plan ... were signed',
'adopted a Joint Statement') is split into noun phrases at ' and the/a ', ', as well as'
and ';'; each piece whose first few words name a kind of document is one agreement.
"""

from __future__ import annotations

import datetime as dt
import bisect
import re

from whomet.store.extract.earlier import may_tell_earlier, told_as_earlier
from whomet.store.extract.calendar_words import MONTH_NAME, WEEKDAY
from whomet.store.extract.rules import case_blind, decision, needing, pattern, phrases
from whomet.store.extract.tables import json_data

KINDS = [(phrases(f"agreement.kind_{kind}", words, re.I), kind)
         for kind, words in json_data("phrases.json")["agreement_kinds"].items()]
# (each alternative opens with its own word, 'the' written out, so that rules.pattern groups them by first letter)
SIGN = case_blind("agreement.sign", r"\b(?:signed|adopted|inked|sealed|concluded|endorsed|approved|initialled|initialed|countersigned|"
               r"executed|"
               r"renewed|sined|singed|"
               r"signs?|inks?|signing(?=\s+(?:a|an|the|two|three|several|their|its|new)\s)|"
               r"put\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on|under)|affixed\s+(?:their|his|her|its)\s+signatures?\s+(?:to|on)|put\s+pen\s+to\s+paper\s+(?:on|to)|"
               r"issued|the\s+(?:signing|signature|adoption)(?:\s+ceremony)?\s+of|"
               r"signing(?:\s+ceremony)?\s+of|signature(?:\s+ceremony)?\s+of|adoption(?:\s+ceremony)?\s+of|signing\s+ceremony\s+for|"
               r"exchanged|extended|handed\s+over|the\s+exchange\s+of|exchange\s+of|entered\s+into)\b", re.I)
# 'the two chiefs exchanged the Memorandum of Understanding', 'witnessed the exchange of an MoU', 'entered into an
# MoU': exchanging, handing over or entering into makes a signed document only when the document itself follows ('exchanged views on the draft agreement' does
# not), and only a document two parties sign, not a plan or a programme one hands to the other; 'extended the memorandum
# for five years' prolongs a document of any kind, again only as the object ('extended their gratitude' is none)
# a document whose relative clause says it is still to be signed ('initialled the text of the agreement, which will be
# signed later', 'approved the plan, which is to be signed in May'): no signed document
_SIGNED_LATER = pattern("agreement.signed_later", r",\s*(?:which|that)\s+(?:will|would|shall|is\s+to|are\s+to|is\s+expected\s+to|"
                        r"are\s+expected\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?:then\s+)?be\s+(?:formally\s+)?(?:signed|"
                        r"concluded|adopted)\b", re.I)
# the nominal signing words, which open no clause of their own ('the Agreement on the exchange of information')
_NOMINAL_SIGN = pattern("agreement.nominal_sign", r"(?:the\s+)?(?:signing|signature|adoption|exchange)(?:\s+ceremony)?\s+"
                        r"(?:of|for)", re.I)
_REACH = 400
_EXCHANGED = pattern("agreement.exchanged", r"(?:the\s+)?(?:exchanged|extended|handed\s+over|exchange\s+of|entered\s+into)", re.I)
_OBJECT_PREPOSITION = pattern("agreement.exchanged_object", r"\b(?:on|of|for|about|with|in|to|into|over|regarding)\b", re.I)
# 'exchanged the signed copies of a protocol', 'handed over the original text of the agreement': the copies stand for the document
# ('exchanged documents on the minutes of the session': the documents are the minutes)
_COPIES_OF = pattern("agreement.copies_of", r"^\W*(?:(?:the|their|its|signed|original|ratified)\s+)*(?:(?:copies|copy|texts?|"
                     r"originals?|instruments?\s+of\s+ratification|instruments?|ratification\s+instruments?)\s+of|documents\s+(?:on|of))\s+", re.I)
_EXCHANGED_KINDS = ("memorandum", "agreement", "protocol", "statement", "other")
# 'executed a Memorandum of Understanding', 'The MOU was executed at the plenary': in a deed's words, executing a document
# two parties sign is signing it; a plan or a programme executed is carried out (`agreement.executed`)
EXECUTED = decision("agreement.executed", "'executed' signs a document two parties sign (memorandum, agreement, protocol)")
_EXECUTED_KINDS = ("memorandum", "agreement", "protocol", "other")
# 'issued a joint statement', 'A joint communiqué was issued', 'made the joint declaration with', 'released a joint
# communiqué': issuing makes a joint statement, no other kind of document ('the ministry issued a statement' is a press
# release, 'made an agreement on' a promise)
_ISSUED = pattern("agreement.issued_statement", r"issued|made|released", re.I)
# 'made the joint declaration', 'released a joint communiqué': searched apart from SIGN, only in a sentence that says
# 'made' or 'released' ('made' is in most releases: as one of SIGN's needed words it would make every sentence searched)
_MADE_STATEMENT = pattern("agreement.issued_statement_made", r"\b(?:made|released)(?=\s+(?:a|an|the|their|its)\s+"
                          r"(?:[\w-]+\s+)?(?:joint|declaration|communiqu))", re.I)
_JOINT = pattern("agreement.issued_joint", r"\b(?:joint|communiqu[eé]s?|declarations?)\b", re.I)
# 'discussed the signing of', 'preparations for the signing of': only talked about, not signed
_NOMINAL_NOT = pattern("agreement.nominal_not", r"\b(?:discuss\w*|prepar\w*|for|towards?|ahead of|before|possible|future|upcoming|planned|"
                          r"proposed|consider\w*|agreed on|schedul\w*|expected|since|anniversary\s+of|(?:progress|status|issue|question|"
                          r"possibility|prospects?|timing|date)\s+(?:of|on|for|towards?))\s+(?:the\s+)?(?:(?:early|earliest|speedy|"
                          r"swift|prompt|timely|eventual|soonest)\s+)?$", re.I)
# a nominal signing its own sentence calls off: 'The signing of the memorandum was postponed', 'the signing ceremony of the
# protocol has been cancelled'
_CALLED_OFF = pattern("agreement.called_off", r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+)?"
                      r"(?:postponed|cancell?ed|delayed|deferred|put\s+off|called\s+off|suspended|rescheduled)\b", re.I)
# a signing still to come after an intention: 'agreed to initialise their relations by drafting and signing a memorandum
# soon', 'decided to strengthen ties by signing a protocol'
_INTENDED = pattern("agreement.gerund_intended", r"\b(?:agreed|decided|plans?|planned|intends?|intended|promised|pledged|"
                    r"undertook|committed|resolved|aim|aims|hope|hopes)\s+to\b[^.;]{0,80}$", re.I)
# 'in addition to signing a memorandum' tells a signing; 'committed to signing', 'before signing', 'discussed signing a
# protocol' do not
_GERUND_NOT = pattern("agreement.gerund_not", r"\b(?:(?<!addition\s)to|for|towards?|ahead\s+of|before|about|discuss\w*|consider\w*|prepar\w*|"
                      r"plan\w*|propos\w*|without|not|instead\s+of|on|(?:possibility|prospects?|question|issue|idea|need|"
                      r"necessity|importance|feasibility|advisability|option|ways?|means)\s+of)\s+$", re.I)
# a signing the text places before the meeting without a date: 'have already signed', 'had previously signed', 'Since
# then, the two countries have signed ...', 'signed earlier'
_ALREADY = pattern("agreement.already_signed", r"\b(?:already|previously|earlier|formerly|so\s+far|to\s+date|in\s+the\s+past|"
                   r"since\s+then|over\s+the\s+(?:past\s+|last\s+)?(?:years|decades?))\b[^.;:]{0,20}$|\s+(?:earlier|previously|"
                   r"in\s+the\s+past)\b", re.I)
# a passive whose subject names no kind ('documents were signed'), the documents listed after it
_INCLUDING = pattern("agreement.passive_including", r"\s*(?:,\s*)?(?:including|among\s+them|namely|notably)\s+", re.I)
_ALREADY_FRONTED = pattern("agreement.already_signed_fronted", r"\W*(?:Since\s+then|So\s+far|To\s+date|In\s+the\s+past|Over\s+the\s+"
                           r"(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)),")
# 'The conference will end with the signing of ...': a signing still to come
_FUTURE_SIGNING = pattern("agreement.future_signing", r"\b(?:will|would|shall|is to|are to|is expected to|are expected to)\b"
                          r"[^.;]{0,60}$", re.I)
# a passive whose subject is negated: 'No agreement was signed', 'no documents were signed at the talks', 'Neither
# memorandum has been signed yet'
_NO_SUBJECT = pattern("agreement.negated_subject", r"\b(?:[Nn]o|[Nn]either|[Nn]one\s+of\s+the)\s+(?:[\w-]+\s+){0,4}?"
                      r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:also\s+|yet\s+)?$")
_NOT_SIGNED = pattern("agreement.not_signed", r"(?:\bto be|\bfor|\bwill be|\bwould be|\bshall be|\bcould be|\bbe|\bnot|\bnever|\byet to be|"
                         r"\bready to be|\bexpected to be|\bplanned to be|\bprepared for)\s+$", re.I)
# a verb in the present ('Poland, Ukraine sign MoU on ...', a headline) tells a signing; after 'to', a modal or a
# negation it is planned or refused; its subject must be a name (a capital letter), not 'they' of a plan
# 'was signed the Protocol ...' (the subject after the verb, as translated releases write): the document follows
_INVERTED = pattern("agreement.inverted_passive", r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?=[A-Z]|MoU|memorand|agreement|protocol)")
_PRESENT_NOT = pattern("agreement.present_not", r"\b(?:to|will|would|shall|may|might|can|could|should|must|not|never|"
                       r"to\s+\w+|plans?|ready|set|expected|due|going)\s+(?:also\s+)?$", re.I)
decision("agreement.present_tense", "a signing told in the present ('A, B sign MoU', a headline): kept only when "
                                    "the text tells no signing in the past")
_PRESENT_SUBJECT = pattern("agreement.present_subject", r"(?<![\w'’.-])(?!(?:They|We|It|You|I|He|She|Both|All)\b)[A-Z][\w'’.-]*\s*"
                           r"(?:\([A-Z]+\)\s*)?$")
_PASSIVE = pattern("agreement.passive", r"(?:\bwas|\bwere|\bhave been|\bhas been|\bhad been|\bis|\bare)\s+(?:also\s+)?"
                   r"(?:(?:drawn\s+up|prepared|agreed|finali[sz]ed|negotiated|approved|endorsed)\s+and\s+(?:then\s+)?)?$", re.I)
_SPLIT = pattern("agreement.split", r"\s+and\s+(?=(?:a|an|the|also|adopted|signed)\b)|,\s*as well as\s+|\s+as well as\s+|;\s*|,\s+and\s+",
                    re.I)
_DRAFT = pattern("agreement.draft", r"^\W*(?:(?:the|a|an|also|adopted|signed|approved|final|revised|new|joint)\s+)*"
                 r"(?:draft|proposed|future)\b", re.I)
# 'concluded with the signing of X': the nominal 'the signing of' tells the document, 'concluded' does not
_CONCLUDED_WITH = pattern("agreement.concluded_with", r"\s+(?:(?:the|their|its|his|her|this|a)\s+(?:[\w-]+\s+){0,3}?)?"
                          r"(?:on\s+[^,.;]{1,30}?\s+)?with\s+(?:the\s+)?(?:signing|signature|adoption)\b",
                          re.I)
# a document named by its own title before the kind ('the Aseanapol Communication and Coordination Protocol for
# Crisis Management (ACCPCM)'): capitalised words, with 'and', 'of', 'for', 'on' between them
_NAMED_WORD = pattern("agreement.named_title", r"^(?:[A-Z][\w'’.&–—-]*|and|of|for|on|the|in|&|[–—-])$")
_NAMED_TAIL = pattern("agreement.named_title_end", r"(?<=\))\s+(?=[a-z])")
# a later mention of a document of the same kind is the same document unless the text says it is another one
_ANOTHER = pattern("agreement.another", r"\b(?:also|another|second|further|additional|additionally|(?:in\s+)?addition|separate|new|"
                   r"two|three|several|both)\b", re.I)
# read in the sentence outside its documents' own words: 'In addition, ...', 'were also signed'; not a number or 'new' of
# another document of the sentence ('signed new agreements as well as a programme'), nor 'the two ministers signed'
# ('On the sidelines, the police chiefs signed ...', 'In the margins of the meeting', 'Separately,', 'Meanwhile,', 'On the same
# day': another occasion of the visit, another document)
_ANOTHER_CLAUSE = pattern("agreement.another_clause", r"\b(?:also|another|second|further|additional|additionally|"
                          r"(?:in\s+)?addition|separate|separately|meanwhile|on\s+the\s+sidelines|in\s+the\s+margins?|"
                          r"the\s+same\s+day)\b", re.I)
# a document of a kind already told, its signing dated another day ('signed the Arrangement on 29 September ... A working
# arrangement was signed on 22 September with ...'): another document
_ANOTHER_DAY = pattern("agreement.another_day", r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + MONTH_NAME + r")\b|\b(" + MONTH_NAME
                       + r")\s+(\d{1,2})\b")
# 'met in X to sign an Action Plan': the meeting was held for the signing, which it tells
_MET_TO_SIGN = pattern("agreement.met_to_sign", r"\b(?:met|gathered|convened|assembled|came\s+together)\b[^.;:]{0,80}?\bto\s+$", re.I)
# '..., which was signed in Hanoi in January': the relative clause tells of the noun phrase right before its comma, a
# document only when that phrase is one (its kind word, then at most a complement: 'the Agreement on X, which was signed')
_RELATIVE_PASSIVE = pattern("agreement.relative_antecedent", r",\s*(?:which|that)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|"
                            r"are)\s+(?:also\s+)?$", re.I)
_ANTECEDENT_TAIL = pattern("agreement.relative_antecedent_tail", r"(?:\s*\([A-Z][\w.-]*\))?(?:\s+(?:of|on|for|between|in|concerning|"
                           r"regarding|with|among)\s+[^,;:.()]{1,150}?)?\s*")
# 'signed agreements on coast guard and environment cooperation ... X and Y exchanged a memorandum of cooperation ...
# Additionally, A and B exchanged a memorandum on ...': a plural kind word with no number sums up the documents the
# text then tells one by one
_PLURAL_SUMMARY = pattern("agreement.plural_summary", r"(?:agreements|memoranda|memorandums|MoUs|documents|accords|deals)\b", re.I)
# a list after a colon ('signed the following documents: a Protocol ...; a Plan ...'): the items follow the colon
_COLON_LIST = pattern("agreement.colon_list", r"[^:;.]{0,80}:\s*")
# items of a list joined by bare commas ('a Protocol on X, a Plan of Y and a Memorandum on Z'): a piece after a
# comma is a document of its own only if it opens with one; otherwise it belongs to the title before it
_COMMA = pattern("agreement.comma_list", r",\s+")
_WEEKDAY = WEEKDAY
# what follows a title but is not part of it: the day, the partner ('... on Wednesday in Minsk', '... with his
# Spanish counterpart')
_TITLE_END = needing(pattern("agreement.title_end", rf"\s+on\s+{_WEEKDAY}\b|\s+with\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?counterparts?\b|"
                     r",?\s+and\s+(?:also\s+)?(?:agreed|decided|discussed|noted|stressed|exchanged|expressed|reviewed|held|"
                     r"visited|emphasi[sz]ed|underlined|welcomed|thanked|praised|pledged|committed)\b|"
                     r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:signed|adopted|approved|concluded|initiall?ed)\b"))
_LEAD = pattern("agreement.lead", r"^\W*(?:(?:they|the parties|both sides|also|adopted|signed|approved|inked|concluded|exchanged|the|a|an|off\s+on|"
                   r"two|new|and|including|among\s+them|among\s+which|namely|on behalf of [^,]+,|in addition(?: to that)?,?|"
                   r"on\s+" + _WEEKDAY + r")\s+)+", re.I)


# a tally, not a document: 'has signed over 30 MoUs with foreign partners', 'more than ten agreements' (two to nine is a
# count of documents, `agreement.counted_plural`; a year before the
# document's words is its period, no count: 'signed the 2026 cooperation plan')
_MANY = pattern("agreement.many", r"^\W*(?:(?:the|also|signed|have|has)\s+)*(?:over|more\s+than|some\s+(?=\d)|about|nearly|almost|around|"
                r"dozens\s+of|hundreds\s+of|numerous|a\s+number\s+of|a\s+total\s+of|(?:(?!(?:19|20)\d\d\s+[a-z])\d{2,}|ten|"
                r"eleven|twelve|twenty|thirty)\b(?!-))", re.I)
# where the clause of a signing verb begins and ends, for telling a signing of an earlier year ('signed in 2018, and
# the Plan adopted last year have been implemented'): each verb is read with its own clause only
_CLAUSE_START = pattern("agreement.clause_start", r";|,\s+and\b|\band\s+(?=the\b|a\b|an\b)")
_CLAUSE_END = pattern("agreement.clause_end", r"[,;.]")
_AT_EVENT = pattern("agreement.signed_at_event", r"\s+(?:during|at|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+"
                    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|talks|visit|conference|summit|consultations|"
                    r"round)\b", re.I)
_EVENT_END = pattern("agreement.signed_at_event_end", r"[;.]")
# 'the following documents were signed: a Protocol ...': the passive verb before a colon, the documents after it
_PASSIVE_COLON = pattern("agreement.passive_colon_list", r"\s*:\s*")
# one plural noun naming several documents: 'signed agreements on A, on B and on C' is three agreements
_PLURAL_ON_LIST = pattern("agreement.plural_on_list", r"^(agreements|protocols|memoranda|memorandums|plans|programmes|programs|"
                          r"roadmaps|treaties)\s+(on|of|for)\s+(.+)$", re.I | re.S)
_PLURAL_ON_ITEM = pattern("agreement.plural_on_list_item", r",\s+(?:and\s+)?(?=on\s)|\s+and\s+(?=on\s)")
_SINGULAR = {"agreements": "Agreement", "protocols": "Protocol", "memoranda": "Memorandum", "memorandums": "Memorandum",
             "plans": "Plan", "programmes": "Programme", "programs": "Program", "roadmaps": "Roadmap", "treaties": "Treaty"}


# 'implement the signed cooperation plans', 'the renewed memorandum': a participle between a determiner and its noun
# describes a document, it tells no signing ('the memorandum of understanding signed in Canberra last week' still does)
_PARTICIPLE_ADJECTIVE = pattern("agreement.participle_adjective", r"\b(?:the|this|these|those|its|their|our|a|an)\s+$", re.I)
# a kind word right after another one heads the phrase: 'a Joint Security Program (JSP) arrangement' is an arrangement,
# 'the Action Plan Agreement' an agreement (not after 'of', 'on': 'the Memorandum of Understanding on the Plan')
_HEAD_NOUN = pattern("agreement.head_noun", r"(?:\s*\([A-Z][\w.-]*\))?\s+(?=\S)")
# every kind word in one pattern: one call tells whether a kind word follows at all
_ANY_KIND = phrases("agreement.head_noun_kind", [w for words in json_data("phrases.json")["agreement_kinds"].values()
                                                 for w in words], re.I)


_RELATIVE_OPENING = pattern("agreement.relative_opening", r"\W*(?:which|that|who|whose|where|when|while)\b", re.I)


def kind_of(piece: str) -> tuple[str, int] | None:
    words = piece.split()
    head = " ".join(words[:6])
    best = None
    best_end = 0
    for rx, kind in KINDS:
        m = rx.search(head)
        if m and (best is None or m.start() < best[1]):
            best, best_end = (kind, m.start()), m.end()
    if best is not None and (after := _HEAD_NOUN.match(head, best_end)) and _ANY_KIND.match(head, after.end()):
        for rx, kind in KINDS:
            m = rx.match(head, after.end())
            if m and kind != best[0]:
                return kind, best[1]  # HEAD_NOUN: 'Joint Security Program (JSP) arrangement'
    return best


_TITLE_ARTICLE = pattern("agreement.title_article", r"^(?:the|a|an)\s+", re.I)
_TITLE_RELATIVE_CLAUSE = pattern("agreement.title_relative_clause", r",\s+(?:which|that|who)\b|\s+(?:which|that)\s+(?:creates|provides|will|is|was)\b")
_TITLE_SIGNERS = pattern("agreement.title_signers", r"\s+(?:by|between)\s+(?=(?:the\s+)?[A-Z])")
# 'The memorandum signed today provides ...': the participle after the document it tells (a reduced relative
# clause) tells this meeting's signing only with this meeting's time or occasion right after it; without one ('in
# line with the agreement signed by both parties', 'the memorandum signed between the two forces', 'a statement
# signed by the spokesman') it is background or a press statement. Between the kind word and the verb: an acronym,
# a complement ('of ...', 'on ...', 'between ...').
_AFTER_DOCUMENT = pattern("agreement.signed_after_document", r"(?:\s*\([A-Z][\w.-]*\))?(?:\s+(?:of|on|for|between|in|"
                          r"concerning|regarding)\s+[^,;:.()]{1,100}?)?\s+$")
_THIS_OCCASION = pattern("agreement.signed_after_document_time", r"\s+(?:here\s+|(?:by\s+the\s+two\s+\w+|"
                         r"by\s+both\s+\w+|in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?(?:today|yesterday|"
                         r"this\s+(?:morning|afternoon|evening|week)|last\s+(?:week|night)|tonight|"
                         r"on\s+" + WEEKDAY + r"|"
                         r"(?:at|during|following|after)\s+(?:the|this|today's|yesterday's)\s+(?:end\s+of\s+the\s+)?"
                         r"(?:meeting|talks|visit|ceremony|session|conference|negotiations|consultations))\b")
# the noun phrase a document's kind word heads, read back from the kind word: its determiners, numbers, capitalised
# title words and modifiers, up to a word that opens a clause or a phrase ('after', 'and', 'finalised', 'of')
_NP_STOP = pattern("agreement.noun_phrase_stop", r"(?:after|before|when|once|as|since|while|where|until|and|or|but|"
                   r"that|which|who|then|also|of|on|in|at|by|with|for|to|from|under|between|said|says|noted|is|are|was|"
                   r"were|has|have|had|be|been|will|would|it|they|we|he|she|\w+ed|\w+ing|\w*\W)", re.I)
# 'the arrangement also marked ...', 'the agreement at the Headquarters': a definite kind word with no title or
# complement of its own is a later mention of a document already told
_DEFINITE_BARE = pattern("agreement.definite_mention", r"^\W*(?:the|this|that)\s+([\w-]+)(?![\w-])(?!\s*\(|\s+(?:of|on|for|between|"
                         r"in|to|concerning|regarding|with|among|amongst)\b|\s+(?-i:[A-Z0-9]))", re.I)


def _np_start(text: str, lo: int, kind_at: int) -> int:
    """Where the noun phrase whose kind word begins at kind_at begins (not before lo)."""
    start = kind_at
    for _ in range(8):
        j = text.rfind(" ", lo, start - 1)
        word = text[(j + 1 if j != -1 else lo):start].strip()
        if not word or _NP_STOP.fullmatch(word):
            break
        start = j + 1 if j != -1 else lo
        if j == -1:
            break
    return start


def _document_before(text: str, sa: int, verb: int, verb_end: int) -> int | None:
    """Where the document a participle tells begins ('The memorandum signed today'), if one ends right before it and
    this meeting's time or occasion follows the participle, or it is a joint statement two people signed."""
    occasion = _THIS_OCCASION.match(text, verb_end) is not None
    if not occasion and not _JOINTLY_SIGNED.match(text, verb_end):
        return None
    lo = max(sa, verb - 160)
    for rx, kind in KINDS:
        if not occasion and kind != "statement":
            continue
        for km in rx.finditer(text, lo, verb):
            if _AFTER_DOCUMENT.fullmatch(text, km.end(), verb) and (occasion or _JOINT.search(km.group())):
                return _np_start(text, sa, km.start())
    return None


# 'The communique signed by A, Governor of X, and B, Minister of Y, urged ...': a joint statement two people signed is
# the statement of the meeting they close ('a statement signed by the spokesman' is a press release)
_JOINTLY_SIGNED = pattern("agreement.joint_statement_signed", r"\s+by\s+[^.;:]{3,120}?\s+and\s+(?=[A-Z])")


def find_agreements(text: str, a: int, b: int, sentence_spans: list[tuple[int, int]],
                    when: dt.date | None = None) -> list[tuple[str, str, int, int, str]]:
    """(title, kind, start, end, rule id) of each document signed in text[a:b] at the meeting (on `when`)."""
    out: list[tuple[str, str, int, int, str]] = []
    sentence_of: dict[int, int] = {}  # start of a found agreement -> its sentence's start
    sentence_end: dict[int, int] = {}  # a sentence's start -> its end
    pieces_in: dict[int, list[tuple[int, int]]] = {}  # a sentence's start -> the spans of the documents found in it
    sign = SIGN.within(text)  # (its words looked for once, not in each sentence)
    for sa, sb in sentence_spans:
        if sb <= a or sa >= b:
            continue
        earlier_here = None
        sentence_end[sa] = sb
        # PARTICIPLE_ADJECTIVE: 'implement the signed cooperation plans', 'exchanged the signed copies of': no verb
        signs = [m for m in sign.finditer(text, sa, sb) if not (
            m.group()[-2:].lower() == "ed" and _PARTICIPLE_ADJECTIVE.search(text, max(sa, m.start() - 12), m.start())
            and _opens_with_kind(_COPIES_OF.sub("", text[m.end():min(sb, m.end() + 80)])))]
        if text.find("made ", sa, sb) != -1 or text.find("released ", sa, sb) != -1:
            signs = sorted(signs + list(_MADE_STATEMENT.finditer(text, sa, sb)), key=lambda m: m.start())
        finite = [m.start() for m in signs if not _NOMINAL_SIGN.fullmatch(m.group())]
        for m in signs:
            exchanged = _EXCHANGED.fullmatch(m.group())
            if exchanged:
                object_ = _COPIES_OF.sub("", _LEAD.sub("", text[m.end():min(sb, m.end() + 100)]))
                k = kind_of(object_)
                if k is None or k[1] > 25 or (k[0] not in _EXCHANGED_KINDS and m.group().lower() != "extended") or \
                        len(object_[:k[1]].split()) > 3 or \
                        _OBJECT_PREPOSITION.search(object_, 0, k[1]):
                    continue  # 'exchanged views', 'entered into talks on the agreement': the document is not the object
            # a verb's clause: from at most _REACH characters before it to the next signing verb ('signed a protocol
            # and signed a plan'), which keeps a sentence of many signings linear
            lo = max(sa, m.start() - _REACH)
            nxt = bisect.bisect_right(finite, m.start())
            hi = finite[nxt] if nxt < len(finite) else sb
            if hi < sb and _PASSIVE.search(text, max(m.end(), hi - 40), hi):
                # '...; in addition, a Readmission Agreement ... were also signed': the last clause is the subject of
                # the next, passive verb
                last = None
                for last in _CLAUSE_START.finditer(text, m.end(), hi):
                    pass
                if last is not None:
                    hi = last.start()
            before = text[lo:m.start()]
            if _NOT_SIGNED.search(before[-30:]) or _NO_SUBJECT.search(before[-80:]):
                continue

            met_to_sign = m.group().lower() == "sign" and _MET_TO_SIGN.search(before[-120:])
            if m.group().lower() in ("sign", "signs", "ink", "inks") and not met_to_sign and (
                    _PRESENT_NOT.search(before[-40:]) or not _PRESENT_SUBJECT.search(before[-80:])):
                continue  # PRESENT_NOT: 'agreed to sign', 'will sign', 'ready to sign'; a headline's 'A, B sign MoU' counts
            if earlier_here is None:
                earlier_here = may_tell_earlier(text, sa, sb)
            if earlier_here:
                clause_start = max((c.end() for c in _CLAUSE_START.finditer(text, lo, m.start())), default=lo)
                # AT_EVENT: 'signed during the meeting of X held in Tehran on 24 February 2015': the event's own
                # clause dates the signing, however long
                reach = 200 if _AT_EVENT.match(text, m.end()) else 60
                after = _EVENT_END.search(text, m.end(), min(sb, m.end() + reach)) if reach == 200 else \
                    _CLAUSE_END.search(text, m.end(), min(sb, m.end() + reach))
                if told_as_earlier(text, clause_start, after.start() if after else min(sb, m.end() + reach), when, purpose=True):
                    continue  # EARLIER: 'the Agreement ..., signed in 2018, remains the basis', 'In 2021, they signed''
            if _ALREADY.search(text, max(lo, m.start() - 30), m.start()) or _ALREADY.match(text, m.end()) or \
                    _ALREADY_FRONTED.match(text, sa, m.start()):
                continue  # ALREADY_SIGNED: 'the ministries have already signed memoranda on ...', 'had earlier signed'
            if m.group().lower() == "concluded" and (not kind_of(text[m.end():m.end() + 60])
                                                     or _CONCLUDED_WITH.match(text, m.end(), sb)):
                continue
            nominal = m.group().lower().endswith((" of", " for"))
            if m.group().lower() == "signing" and (_GERUND_NOT.search(before[-40:]) or _FUTURE_SIGNING.search(before[-80:])
                                                    or _INTENDED.search(before[-100:])):
                continue  # GERUND_NOT: 'committed to signing a memorandum', 'discussed signing the protocol'
            if nominal and (_NOMINAL_NOT.search(before[-40:]) or _FUTURE_SIGNING.search(before[-80:])
                            or _CALLED_OFF.search(text, m.end(), sb)):
                continue  # CALLED_OFF: 'The signing of the memorandum was postponed'
            colon_after = None if nominal else _PASSIVE_COLON.match(text, m.end(), hi)
            including = None
            if colon_after and _PASSIVE.search(before[-40:]):
                window = (colon_after.end(), hi)  # 'the following documents were signed: a Protocol ...; a Plan ...'
            elif not nominal and _PASSIVE.search(before[-40:]) and not _INVERTED.match(text, m.end(), hi):
                first_kind = min((mm.start() for rx, _k in KINDS for mm in [rx.search(before)] if mm),
                                 default=None)
                relative = _RELATIVE_PASSIVE.search(before)
                if relative is not None and first_kind is not None:
                    last = max(((mm.start(), mm.end()) for rx, _k in KINDS for mm in rx.finditer(before, 0, relative.start())),
                               default=None)
                    if last is None or not _ANTECEDENT_TAIL.fullmatch(before, last[1], relative.start()):
                        continue  # RELATIVE_ANTECEDENT: '... programmes to implement the blueprint, which was signed in ...'
                    first_kind = last[0]
                including = _INCLUDING.match(text, m.end(), hi) if first_kind is None else None
                if first_kind is None and including is None:
                    continue
                if including is not None:
                    # 'A number of documents were signed, including a memorandum on X and a plan of Y': the list
                    window = (including.end(), hi)
                else:
                    cut = before.rfind(", ", 0, first_kind)
                    # the subject begins with the noun phrase of its first document ('... after the Agreement on X was
                    # signed', '... and finalised the Joint Communique, which was signed by ...')
                    window_start = max(lo + (cut + 2 if cut != -1 else 0), _np_start(text, lo, lo + first_kind))
                    window = (window_start, m.start() - len(_PASSIVE.search(before[-40:]).group()))
            else:
                window = (m.end(), hi)
                doc_at = None if nominal or _opens_with_kind(text[m.end():min(sb, m.end() + 80)]) else \
                    _document_before(text, lo, m.start(), m.end())
                if doc_at is not None:
                    window = (doc_at, m.start())  # 'the memorandum signed today'
            rule = ("agreement.signed_after_document" if window[1] <= m.start() and not _PASSIVE.search(before[-40:])
                    else "agreement.passive" if window[1] <= m.start() else
                    "agreement.passive_colon_list" if colon_after and _PASSIVE.search(before[-40:]) else
                    "agreement.exchanged" if exchanged else
                    "agreement.passive_including" if including is not None else
                    "agreement.inverted_passive" if not nominal and _PASSIVE.search(before[-40:]) else
                    "agreement.met_to_sign" if met_to_sign else
                    "agreement.present_tense" if m.group().lower() in ("sign", "signs", "ink", "inks") else "agreement.sign")
            colon = _COLON_LIST.match(text, window[0], window[1])
            if colon and _opens_with_kind(text[colon.end():window[1]]):
                window = (colon.end(), window[1])
            piece_start = window[0]
            seg = text[window[0]:window[1]]
            pos = 0
            pieces = []
            for sm in _SPLIT.finditer(seg):
                pieces += _comma_items(seg, pos, sm.start())
                pos = sm.end()
            pieces += _comma_items(seg, pos, len(seg))
            for p0, p1 in pieces:
                piece = seg[p0:p1]
                if _SIGNED_LATER.search(text, piece_start + p0, min(sb, piece_start + p1 + 40)):
                    continue  # SIGNED_LATER: 'initialled the text of the agreement, which will be signed later'
                if _DRAFT.match(piece) or _MANY.match(piece) or earlier_here and told_as_earlier(
                        text, piece_start + p0, piece_start + p1, when, in_title=True, purpose=True):
                    continue  # '...; the protocol of 2012 had been signed by their predecessors'

                piece_clean = _LEAD.sub("", piece)
                if exchanged:
                    piece_clean = _COPIES_OF.sub("", piece_clean)  # COPIES_OF: 'exchanged the signed copies of a protocol'
                k = kind_of(piece_clean)
                definite = _DEFINITE_BARE.match(piece)
                if definite and k and k[1] == 0 and any(rx.fullmatch(definite.group(1)) for rx, _kind in KINDS):
                    piece_clean = definite.group(1)  # DEFINITE_MENTION: 'the arrangement also marked ...
                if k and _ISSUED.fullmatch(m.group()) and (k[0] != "statement" or not _JOINT.search(piece_clean)):
                    continue
                if k and m.group().lower() == "executed" and k[0] not in _EXECUTED_KINDS:
                    continue  # EXECUTED: 'executed a memorandum' signs it; 'executed the operation plan' carries it out
                named = False
                if not k or k[1] > 25:
                    far = k
                    k = _named(piece_clean)
                    if k is not None:
                        named = True
                    elif far and _MODIFIER_CHAIN.fullmatch(piece_clean, 0, far[1]):
                        k = far  # MODIFIER_CHAIN: 'the Latvia-Lithuania police cooperation agreement'
                    else:
                        continue
                title = piece_clean.strip().rstrip(".,;")
                if named:
                    title = _NAMED_TAIL.split(title)[0]
                title = _TITLE_END.split(title)[0]
                title = _TITLE_ARTICLE.sub("", title)
                title = _TITLE_RELATIVE_CLAUSE.split(title)[0]
                if nominal:  # 'the signing of a Protocol on X by A and B': the signers are not the title
                    title = _TITLE_SIGNERS.split(title)[0]
                if not title[:1].isupper():
                    title = title[:1].upper() + title[1:]
                if title.lower() in ("protocol", "minutes"):
                    title = f"{title[:1].upper()}{title[1:].lower()} of the meeting"
                rule_here = "agreement.named_title" if named else EXECUTED if m.group().lower() == "executed" else rule
                for one, one_rule in _plural_items(title, rule_here, _counted(piece)):
                    out.append((one[:300], k[0], piece_start + p0, piece_start + p1, one_rule))
                sentence_of[piece_start + p0] = sa
                pieces_in.setdefault(sa, []).append((piece_start + p0, piece_start + p1))
    # a bare 'the memorandum' mentioned again is the same document; so is a document of a kind already signed in
    # an earlier sentence (the lead announces it, the body tells it again), unless the text says it is another one
    if any(rule != "agreement.present_tense" for *_x, rule in out):
        # a headline's 'A, B sign agreement' names loosely what the body tells exactly ('signed a memorandum')
        out = [found for found in out if found[4] != "agreement.present_tense"]
    # 'The deal was sealed ... during the signing of an MoU': a definite mention of a bare general kind beside a document
    # of a kind of its own in one sentence names that document
    out = [found for found in out if not (found[1] == "agreement" and _bare(found[0]) and _DEFINITE_BARE.match(text[found[2]:found[3]])
                                          and any(o[1] != "agreement" and sentence_of.get(o[2]) == sentence_of.get(found[2])
                                                  for o in out))]
    seen: set[str] = set()
    result = []
    kinds_seen: dict[str, int] = {}  # kind -> sentence of its first document
    for title, kind, s, e, rule in out:
        k = (kind, title.lower()[:60])
        if k in seen:
            continue
        here = sentence_of.get(s)
        named = None
        if kind == "agreement" and not kinds_seen and _bare(title) and _DEFINITE_BARE.match(text[s:e]):
            named = _antecedent(text, a, s)
            if named is not None:  # DEFINITE_ANTECEDENT: 'a joint security protocol ... The agreement was signed by'
                title, kind, rule = named[0], named[1], DEFINITE_ANTECEDENT
        if named is not None:
            pass
        elif kind in kinds_seen and kinds_seen[kind] != here and _other_day(text, kinds_seen[kind], here, sentence_end):
            pass  # ANOTHER_DAY: signed on another day, another document
        else:
            # 'The agreement was signed in the presence of ...' after a memorandum told before: the same document
            generic_again = kind == "agreement" and _bare(title) and any(first != here for first in kinds_seen.values())
            kind_at = min((mm.start() for rx, _k in KINDS for mm in [rx.search(text, s, e)] if mm), default=s)
            if generic_again or kind in kinds_seen and (_bare(title) or (
                    kinds_seen[kind] != here and not _ANOTHER.search(text, s, kind_at) and not _told_as_another(
                        text, here, sentence_end, pieces_in))):
                # 'signed a memorandum of understanding (MoU) ... The MoU was signed by', a lead that tells the
                # signing and a later paragraph that tells it again: the same document. Several documents of one
                # kind are listed in one sentence ('a Protocol on X and a Protocol on Y'), or told as another one
                # by the words before it ('also signed a memorandum', 'Additionally, ... a memorandum').
                continue
        seen.add(k)
        kinds_seen.setdefault(kind, here if here is not None else -1)
        result.append((title, kind, s, e, rule))
    summaries = [r for r in result if _PLURAL_SUMMARY.match(r[0]) and not _MANY.match(r[0])]
    for summary in summaries:
        told = [r for r in result if sentence_of.get(r[2]) != sentence_of.get(summary[2])
                and r[4] != "agreement.counted_plural"]  # (a count is a summary too)
        if len(told) >= 2:
            result.remove(summary)  # PLURAL_SUMMARY: the documents told one by one after it
    # COUNTED_INCLUDES: 'signed seven agreements. ... A framework agreement was also adopted; memoranda were signed ...':
    # the documents told one by one are among the counted ones, not more of them
    counted = [r for r in result if r[4] == "agreement.counted_plural"]  # (COUNTED_INCLUDES)
    if counted:
        # ('five plans, among them a Plan of X': the plan named is one of the five; 'agreements' is any kind's general word)
        told = sum(1 for r in result if r[4] != "agreement.counted_plural" and counted[0][1] in (r[1], "agreement"))
        for r in counted[::-1][:min(told, len(counted) - 1)]:
            result.remove(r)
    if not result and text.find("signing ceremony", a, b) != -1:
        result = _ceremony_document(text, a, b, sentence_spans)
    return result


# 'Speaking after the signing ceremony, X said ...' with 'The agreement covers ...': the ceremony tells that the
# document a sentence opens with ('The agreement', 'This memorandum') was signed, though no clause says so
_CEREMONY = pattern("agreement.ceremony_document", r"\b(?:after|at|during|following)\s+(?:the|today's|yesterday's)\s+"
                    r"signing\s+ceremony\b(?!\s+(?:of|for)\b)|\bthe\s+signing\s+ceremony\s+(?:was\s+held|took\s+place)\b",
                    re.I)
_OPENING_MENTION = pattern("agreement.ceremony_document_mention", r"\W*(?:The|This)\s+([\w-]+)\s+(?-i:[a-z])")


def _ceremony_document(text: str, a: int, b: int, sentence_spans) -> list[tuple[str, str, int, int, str]]:
    for sa, sb in sentence_spans:
        if sb <= a or sa >= b:
            continue
        cm = _CEREMONY.search(text, sa, sb)
        if cm is None or _FUTURE_SIGNING.search(text, sa, cm.start()):
            continue
        for ta, tb in sentence_spans:
            mm = _OPENING_MENTION.match(text, ta, tb) if a <= ta < b else None
            kind = next((k for rx, k in KINDS if rx.fullmatch(mm.group(1))), None) if mm else None
            if kind is not None:
                return [(mm.group(1)[:1].upper() + mm.group(1)[1:], kind, mm.start(1), mm.end(1),
                         "agreement.ceremony_document")]
    return []


COUNTED_INCLUDES = decision("agreement.counted_includes", "a count of documents ('signed seven agreements') includes those "
                                                            "told one by one in other sentences")


# 'The government of X and Y a joint security protocol ... The agreement was signed by A and B': a bare 'the agreement'
# names no kind of its own; with no document told before it, it is the last document of another kind the text named
DEFINITE_ANTECEDENT = decision("agreement.definite_antecedent", "a bare 'the agreement' signed is the document of another "
                                                                "kind named last before it")
_ANTECEDENT_END = pattern("agreement.definite_antecedent_end", r"[^,;:.()]*")
_ARTICLE = pattern("agreement.definite_antecedent_article", r"\b(?:the|a|an)\s+", re.I)


def _antecedent(text: str, a: int, s: int) -> tuple[str, str] | None:
    """(title, kind) of the last document named in text[a:s], if it is of a kind other than 'agreement' or 'statement'."""
    last = max(((mm.start(), mm.end(), kind) for rx, kind in KINDS for mm in rx.finditer(text, a, s)), default=None)
    if last is None or last[2] in ("agreement", "statement"):
        return None
    start = _np_start(text, a, last[0])
    if _DRAFT.match(text[start:last[0]]):
        return None  # 'a draft protocol ... The agreement was signed': another document than the draft
    article = max((m.end() for m in _ARTICLE.finditer(text, start, last[0])), default=start)
    title = text[article:_ANTECEDENT_END.match(text, last[1]).end()].strip()
    return title[:1].upper() + title[1:], last[2]


def _told_as_another(text: str, sa: int | None, sentence_end: dict[int, int],
                     pieces_in: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether the words of sentence sa outside its documents tell another one ('In addition, ...', 'also signed')."""
    if sa is None:
        return False
    at = sa
    for lo, hi in sorted(pieces_in.get(sa, [])) + [(sentence_end.get(sa, sa), sentence_end.get(sa, sa))]:
        if lo > at and _ANOTHER_CLAUSE.search(text, at, lo):
            return True
        at = max(at, hi)
    return False


def _other_day(text: str, first: int | None, here: int | None, sentence_end: dict[int, int]) -> bool:
    """Whether the sentences starting at first and here date their signings on two different days."""
    if first is None or here is None or first < 0:
        return False
    days = []
    for sa in (first, here):
        m = _ANOTHER_DAY.search(text, sa, sentence_end.get(sa, sa))
        if m is None:
            return False
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        days.append((int(day), month.lower()))
    return days[0] != days[1]


def _bare(title: str) -> bool:
    """A title that is only its kind, maybe with an acronym ('the memorandum', 'MoU', 'the JRD'): a later mention."""
    words = title.split()
    if len(words) > 2:
        return False
    k = kind_of(title)
    if k is None:
        return True
    rest = [w for w in words if not any(rx.fullmatch(w) for rx, _kind in KINDS)]
    return all(w.strip("()").isupper() for w in rest)


# 'signed two memoranda of understanding', 'Three agreements were signed': a number from two to nine before a plural kind
# word is that many documents (ten and more is a tally, `agreement.many`, or one entry for the lot)
_COUNTED = pattern("agreement.counted_plural", r"^\W*(?:(?:the|also|signed|adopted|have|has|had|were|a\s+total\s+of)\s+)*"
                   r"(two|three|four|five|six|seven|eight|nine|[2-9])\s+(?:[\w-]+\s+){0,3}?(?:agreements|memoranda|memorandums|"
                   r"MoUs|protocols|plans|programmes|programs|roadmaps|treaties|accords|arrangements|statements|declarations|"
                   r"communiqu[eé]s|letters)\b", re.I)
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _counted(piece: str) -> int:
    m = _COUNTED.match(piece)
    if m is None:
        return 1
    word = m.group(1).lower()
    return _NUMBER.get(word) or int(word)


def _plural_items(title: str, rule: str, count: int = 1) -> list[tuple[str, str]]:
    """'Agreements on A, on B and on C': one document per item, each titled with the noun in the singular; 'two
    memoranda' (count 2): two documents, numbered in their titles."""
    m = _PLURAL_ON_LIST.match(title)
    items = _PLURAL_ON_ITEM.split(m.group(3)) if m is not None else []
    if len(items) < 2:
        if count > 1:
            return [(f"{i} of {count}: {title}", "agreement.counted_plural") for i in range(1, count + 1)]
        return [(title, rule)]
    noun = _SINGULAR.get(m.group(1).lower(), m.group(1))
    return [(f"{noun} {m.group(2)} {items[0]}", "agreement.plural_on_list")] + [
        (f"{noun} {item}", "agreement.plural_on_list") for item in items[1:]]


def _opens_with_kind(piece: str) -> bool:
    if _RELATIVE_OPENING.match(piece):
        return False  # '..., which amends the agreement signed by their predecessors': a clause about the document
    k = kind_of(_LEAD.sub("", piece))
    return k is not None and k[1] <= 25 and len(_LEAD.sub("", piece)[:k[1]].split()) <= 3


def _comma_items(seg: str, a: int, b: int) -> list[tuple[int, int]]:
    """seg[a:b] cut at the commas after which a document of its own begins."""
    items = [[a, b]]
    for cm in _COMMA.finditer(seg, a, b):
        if _opens_with_kind(seg[cm.end():b]):
            items[-1][1] = cm.start()
            items.append([cm.end(), b])
    return [(x, y) for x, y in items]


# a kind word after a long chain of modifiers ('the Eurojust – Albania cooperation agreement', 'a Latvia-Lithuania police
# cooperation agreement'): up to five words before it, with no preposition, conjunction, verb or punctuation among them
_MODIFIER_CHAIN = pattern("agreement.modifier_chain", r"(?:(?!(?:of|on|for|to|with|by|in|at|from|into|and|or|but|that|which|who|"
                          r"was|were|is|are|be|been|has|have|had|will|would|shall|can|could|may|after|before|during|"
                          r"while|as|than|its|their|his|her|this|these|those)\b)[\w'’.–—-]+(?:\s+[–—-]\s+|\s+)){2,5}", re.I)


def _named(piece: str) -> tuple[str, int] | None:
    """The kind of a document named by its own capitalised title, the kind word closing the name."""
    words = piece.split()
    if not words or not words[0][:1].isupper():
        return None
    for i, w in enumerate(words[:10]):
        if i and w[:1].isupper():
            k = kind_of(" ".join(words[i:i + 2]))
            if k and k[1] == 0:
                return k[0], 0
        if not _NAMED_WORD.match(w):
            return None
    return None
