"""Positions (offices): the words that head an office title and how to cut one out of a clause."""

from __future__ import annotations

import re

from whomet.store.extract.lexicon import COUNTRY_NAMES, SIDE_PHRASES, WORD, city_country, words_at
from whomet.store.extract.calendar_words import MONTH_NAME, WEEKDAY
from whomet.store.extract.rules import decision, pattern
from whomet.store.extract.tables import json_data, pairs
from whomet.store.extract.tables import words as word_list
from whomet.store.extract.text import remember

from whomet.store.names import fold

# Nouns that head an office title ('Deputy Minister of ...', 'head of the department').
HEAD_WORDS = frozenset(fold(w) for w in json_data("phrases.json")["office_heads"])
# Words that qualify a head word and belong to the title ('First Deputy', 'Senior Liaison').
MODIFIERS = frozenset(fold(w) for w in json_data("phrases.json")["office_modifiers"])
# Lower-case words that start a clause rather than a title.
_LEAD_STRIP = pattern("office.lead_strip", r"^(?:(?:and|as well as|also|the|its|his|her|their|by|were|was|with|to|of|among others|"
                         r"including|included|namely|both|a|an|visiting)\b[\s,]*)+", re.I)
_NOT_IN_TITLE = frozenset("""the a an its his her their and or by with to of for in on at was were is are also
included including were among as well both who which that this these those excellency excellencies highness
while whereas when after before then
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday""".split())
# ('His Excellency Interior Minister X': the honorific opens no office; '21 March Minister X': a date ends before it)
# the blanks and marks an office's text loses at its end ('Head of X, ' -> 'Head of X'): what '[\s,;:–—-]+$' would
# take, read from the end instead of tried at every blank of the text (str.rstrip's blanks are re's \s)
_TAIL_MARKS = ",;:–—-"


def strip_tail(text: str) -> str:
    while True:
        kept = text.rstrip().rstrip(_TAIL_MARKS)
        if len(kept) == len(text):
            return text
        text = kept


_OWNER_LOWER = pattern("office.owner_lower", r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+(?=[a-z])")
_TRAILING_ACRONYM = pattern("office.trailing_acronym", r"\s*\(([A-Z][A-Z0-9]{1,7}(?:/[A-Z][A-Z0-9]{1,7}){0,3})\)$")
_INITIAL_WORDS = pattern("office.own_acronym", r"[^\W\d_]+", doc="after a name, an office's own acronym in brackets "
                         "goes ('X, Inspector General of Police (IGP),'), an agency's stays ('..., Director General of "
                         "National Security (DGSN)')")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})


def drop_own_acronym(title: str) -> str:
    """'Inspector General of Police (IGP)' -> 'Inspector General of Police': the office's own acronym goes;
    an agency's acronym stays ('Head of the National Central Bureau (NCB)', 'Director General of National
    Security (DGSN)'): only an acronym made of the initials of the whole title is the office's own."""
    # (an acronym closing the title: a title ending in no bracket holds none, and is not searched)
    m = _TRAILING_ACRONYM.search(title) if title.endswith((")", ")\n")) else None
    if not m:
        return title
    words = _INITIAL_WORDS.findall(title[:m.start()])
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in _FUNCTION_WORDS).upper()
    return title[:m.start()].rstrip() if m.group(1) in (every, content) else title

_INNER_ACRONYM = pattern("office.inner_acronym", r"\(([A-Z][A-Z0-9]{1,7}(?:/[A-Z][A-Z0-9]{1,7}){0,3})\)(?=\s+(?:[A-Z]|[a-z]+\s*$))")
_DELEGATION_ROLE = pattern("office.delegation_role", r"^(?:head|leader|chief|chairman)\s+of\s+(?:the\s+|a\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}?delegation(?:\s+to\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:session|meeting|"
                           r"conference|talks|forum|commission))?\s*,\s*(?=[A-Z])", re.I)
# the same role right before the office left_position returned (people.py marks the person as its head)
DELEGATION_ROLE_BEFORE = pattern("head.delegation_role", r"(?:head|leader|chief|chairman)\s+of\s+(?:the\s+|a\s+)?"
                                 r"(?:[\w'’-]+\s+){0,3}?delegation(?:\s+to\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:session|"
                                 r"meeting|conference|talks|forum|commission))?\s*,\s*$", re.I)
# ('Directing Staff and Leader of the Delegation, X': the role after 'and' is who led, told apart, no portfolio)
_DELEGATION_ROLE_START = pattern("office.delegation_role_start", r"(?:head|leader|chief|chairman)\s+of\b", re.I)
_QUOTED = pattern("office.quoted", r"[\"“«][^\"”»]{0,200}[\"”»]")


# word -> is_head's answer: asked for every word before every person (~60 a release)
_HEAD_WORD: dict[str, bool] = {}


def is_head(word: str) -> bool:
    known = _HEAD_WORD.get(word)
    if known is None:
        f = fold(word)
        known = remember(_HEAD_WORD, word, f in HEAD_WORDS or any(part in HEAD_WORDS for part in f.split()))
    return known


_ENDS_IN_AND = pattern("office.ends_in_and", r",?\s+and$")


def left_position(segment: str, lower_last: bool = False) -> str | None:
    """The office title in the clause before a person ('..., the Head of X, ' -> 'Head of X')."""
    seg = strip_tail(segment)
    if not seg:
        return None
    both = _OF_BOTH.search(seg) if " of " in seg and seg.endswith("s") and segment.rstrip().endswith(",") else None
    if both:
        seg = seg[:both.start()]  # OF_BOTH: 'the Interior Ministers of both nations, A of X and B of Y'
        segment = seg + " "
    masked = _QUOTED.sub(lambda m: " " * len(m.group()), seg) if '"' in seg or "“" in seg or "«" in seg else seg
    if "`" in masked:
        masked = masked.replace("`s ", "'s ")  # "Azerbaijan`s Minister": a backtick for the apostrophe (same length)
    # 'Federal Police (AFP) Commissioner': an agency's acronym in brackets inside an office is part of it
    if "(" in masked:
        masked = _INNER_ACRONYM.sub(lambda m: " " + m.group(1) + " ", masked)
    words = words_at(masked)
    fallback = None
    last_word = words[-1][0] if words else ""
    # PLURAL_SHARED_OFFICE: 'Czech and Slovak Prime Ministers A and B'
    plural = bool(last_word) and (last_word[0].isupper() or both is not None) and last_word.endswith("s") and segment.endswith(" ") \
        and not is_head(last_word) and is_head(last_word[:-1]) and not segment.rstrip().endswith(",")
    for idx, (w, a, _b) in enumerate(words):
        if not is_head(w) and not (plural and idx == len(words) - 1):
            continue
        if fallback is not None and w[0].islower():
            continue
        if w[0].islower():
            # lower-case office only as 'the head of ...' / 'senior detective of ...' / 'police attaché in ...'
            rest = masked[_b:_b + 12]
            last = idx == len(words) - 1 and (segment.rstrip().endswith(",") or lower_last and segment.endswith(" "))
            if not rest.startswith((" of ", " in ", " at ", " for ", " general of ")) \
                    and not (idx + 1 < len(words) and is_head(words[idx + 1][0])) and not last:
                continue  # ('the Korean police attaché, Senior Superintendent X': an office in apposition)
        start = a
        k = idx - 1
        lower_head = w[0].islower()
        seen_cap = False
        acronym_lower = False
        if not lower_head and k >= 1 and words[k][0].islower():
            # ACRONYM_LOWER_OFFICE: 'ICE organized crime unit Chief X': an agency's acronym, then lower-case words
            low = k
            while low >= 0 and k - low < 3 and words[low][0].isalpha() and words[low][0].islower() \
                    and fold(words[low][0]) not in _NOT_IN_TITLE and fold(words[low][0]) not in _CLAUSE_VERBS:
                low -= 1
            if low >= 0 and low < k and len(words[low][0]) >= 2 and words[low][0].isupper() and words[low][0].isalpha() \
                    and masked[words[low][2]:start].replace(" ", "").isalpha():
                start = words[low][1]
                k = low - 1
                acronym_lower = True
        while k >= 0:
            pw, pa, pb = words[k]
            if k >= 1 and words[k - 1][0] in ("in", "at") and pw[0].isupper() and not is_head(pw) and (
                    city_country(pw) or (fold(pw),) in COUNTRY_NAMES):
                break  # ('received in Hanoi Mongolian Minister X', 'accompanied in Greece Justice Minister X': the
                # place is the verb's, not the office's; office.place_before_office)
            if plural and pw == "and" and k > 0 and words[k - 1][0][0].isupper() and masked[pb:start] == " ":
                start = pa  # ('Czech and Slovak Prime Ministers': two owners of one plural office)
                k -= 1
                continue
            if pw == "and" and k >= 1 and words[k - 1][0][0].isupper() and masked[start:start + 1].isupper() \
                    and (fold(words[k - 1][0]), "and", fold(_OWNER_S.sub("", masked[start:].split(" ", 1)[0]))) \
                    in COUNTRY_NAMES:
                start = words[k - 1][1]  # "Bosnia and Herzegovina's Security Minister X": a country's own 'and'
                k -= 2
                continue
            if pw == "and" and k >= 1 and words[k - 1][0][0].isupper() and is_head(words[k - 1][0]) \
                    and masked[pb:start] == " " and masked[words[k - 1][2]:pa] == " " and not lower_head:
                start = pa  # JOINED_OFFICES: 'State Councilor and Minister of Public Security X': two offices, one holder
                k -= 1
                continue
            if pw == "and" and k >= 1 and words[k - 1][0][0].isupper() and not lower_head \
                    and masked[pb:start] == " " and masked[words[k - 1][2]:pa] == " " \
                    and (fold(words[k - 1][0]) in _PORTFOLIO_WORDS or fold(words[k - 1][0]) in MODIFIERS) \
                    and not _DELEGATION_ROLE_START.match(seg, start):
                start = pa  # JOINED_OFFICES: 'Justice and Public Security Minister X', 'Extraordinary and
                k -= 1  # Plenipotentiary Ambassador X': two portfolios or modifiers of one office
                continue
            if pw == "and" and k >= 2 and words[k - 1][0] == "member" and words[k - 2][0][0].isupper() \
                    and masked[words[k - 2][2]:start] == " member and " and not lower_head:
                start = words[k - 2][1]  # ('Politburo member and Minister of Public Security X')
                k -= 3
                continue
            if pw in _LOWER_RANK_WORDS and masked[pb:start] == " " and not lower_head and seg[start:start + 1].isupper():
                start = pa  # LOWER_MODIFIER: 'the deputy Prime Minister of X': a modifier written in lower case
                k -= 1
                continue
            if pw == "of" and k >= 1 and words[k - 1][0][0].isupper() and fold(words[k - 1][0]) in _AGENCY_STARTS \
                    and masked[pb:start] == " ":
                start = pa  # AGENCY_OF_BEFORE_OFFICE: 'the U.S. Department of Homeland Security Secretary X'
                k -= 1
                continue
            if lower_head and pw.islower() and (fold(pw) in _CLAUSE_VERBS or pw.endswith("ed") and pw not in _ED_WORDS):
                break  # ('China has awarded police minister X': a verb ends the lower-case office)
            if lower_head and seen_cap and pw.isalpha() and pw.islower():
                break  # ('a meeting between Belgian interior minister X': the lower-case words end at the demonym)
            if lower_head and (fold(pw) in _CLAUSE_VERBS or fold(pw) in _AWARD_VERBS):
                break  # LOWER_OFFICE_VERB: 'China has awarded police minister X': a verb ends a lower-case office
            seen_cap = seen_cap or pw[0].isupper()
            between = masked[pb:start]
            if between in ("' ", "’ ") and pw.endswith("s") and pw[0].isupper():
                start = pa  # "Barbados' Police Commissioner X": an owner whose name ends in s, its apostrophe alone
                k -= 1
                continue
            if fold(pw) in _BODY_INNER_WORDS and between == " " and "of" != pw != "the":
                body = _body_across(masked, pa)
                if body is not None:
                    # BODY_BEFORE_OFFICE: 'United Nations Office on Drugs and Crime Country Representative X': a body's
                    # name that holds 'on', 'and', 'for' or 'in' is the office's owner, whole
                    start = body
                    k = max((x for x, (_w, _a, wb) in enumerate(words) if wb <= body), default=-1)
                    continue
            if between.strip() and between != "/" and not (between.strip() == "." and len(pw) == 1 and pw.isupper()) \
                    or fold(pw) in _NOT_IN_TITLE:
                break  # ('Middle East/Central Asia Director': a slash joins two capitalised words; 'U.S. Consul')
            if not pw[0].isupper() and not (lower_head and pw.isalpha()):
                break
            start = pa
            k -= 1
        title = strip_tail(seg[start:]).strip()
        title = _LEAD_STRIP.sub("", title).strip()
        # "Europol's Executive Director", 'Russian Interior Minister': an owner or a demonym before the office
        # names the side (people.py) and stays in the position, as written
        # 'the head of the Ukrainian delegation, Director of X Ostap Kovalenko': who led is told apart, the office
        # follows the comma
        title = _DELEGATION_ROLE.sub("", title)
        # 'Inspector-General of Police (IGP), X': the office's own acronym goes; an agency's stays, as written
        # ('the General Commander of the Police of the Republic of Mozambique (PRM), X')
        title = drop_own_acronym(title)
        # (the lower-case words after an acronym are the unit's, not a verb: 'ICE organized crime unit Chief')
        cut = _CLAUSE_AFTER.sub("", title).strip() if acronym_lower else cut_clause(title)
        # (only a text ending in 'and' can end in ', and': no search for the others)
        if len(cut) > 200 or not cut or cut.endswith(("and", "and\n")) and _ENDS_IN_AND.search(cut):
            if fallback is None:
                return None  # '... was appointed Chairperson, and Colonel X': the office closes the clause before
            continue
        if cut != title or _CLAUSE_INSIDE.search(title):
            # OFFICE_NEAREST: '<Office A> <Name A> paid a visit to the <Office B> <Name B>', '<Office A> ... extended a
            # welcome to <Office B> <Name B>': a clause after the first office; the nearest one is the person's
            if fallback is None:
                fallback = cut
            continue
        if " and " in cut:
            cut = _second_owner(cut)
        return cut
    return fallback


TWO_OWNERS = decision("office.two_owners", "two offices joined by 'and', each with its own country or demonym, are two "
                      "people's: 'between the Russian Chairman and National Commissar of the Finnish Police X' (X holds "
                      "the second)")


def _second_owner(title: str) -> str:
    """TWO_OWNERS: the office after 'and' when the words before it and after it each name a different side."""
    first, _, second = title.partition(" and ")
    owners = [{SIDE_PHRASES.get((fold(w),)) for w in _words_only(part)} - {None} for part in (first, second)]
    lead = fold(second.split(" ", 1)[0]) if second else ""
    if owners[0] and owners[1] and not owners[0] & owners[1] and second[:1].isupper() and (
            is_head(second.split(" ", 1)[0]) or lead in MODIFIERS) and any(is_head(w) for w in _words_only(first)):
        return second  # (not 'Czech and Slovak Prime Ministers', nor '... UN Office on Drugs and Crime (UNODC)')
    return title


def _words_only(text: str) -> list[str]:
    return WORD.findall(text)


BODY_BEFORE_OFFICE = decision("office.body_before_office", "an international body's name that holds 'on', 'and', "
                              "'for' or 'in' (data/bodies.tsv) before an office word is the office's owner, whole: 'United "
                              "Nations Office on Drugs and Crime Country Representative X'")
_BODY_INNER_WORDS = frozenset({"on", "and", "for", "in"})
# the bodies' names that hold one of those words (the walk back over an office's capitalised words stops there)
_BODY_NAMES = sorted((name for name in pairs("bodies.tsv") if _BODY_INNER_WORDS & set(name.lower().split())),
                     key=len, reverse=True)
_BODY_NAME = pattern("office.body_name", r"\b(?:" + "|".join(re.escape(name) for name in _BODY_NAMES) + r")\b")


def _body_across(text: str, at: int) -> int | None:
    """The start of a body's name (_BODY_NAMES) that runs over text[at] and ends before an office word, or None."""
    for m in _BODY_NAME.finditer(text, max(0, at - 60), at + 60):
        if m.start() < at < m.end():
            return m.start()
    return None


_AGENCY_STARTS = frozenset(json_data("phrases.json")["agency_starts"])
AGENCY_OF_BEFORE_OFFICE = decision("office.agency_of_before_office", "an agency named 'Department of X' or 'Ministry "
                                   "of X' before an office word is the office's, as written: 'the U.S. Department of "
                                   "Homeland Security (DHS) Secretary X'")
_LOWER_RANK_WORDS = frozenset({"deputy", "vice", "acting", "first", "additional", "caretaker", "interim"})
LOWER_MODIFIER = decision("office.lower_modifier", "a modifier written in lower case right before a capitalised office "
                          "('the deputy Prime Minister of X, Y', 'additional Deputy Minister Y', 'caretaker Minister Y') "
                          "is the office's, as written")
JOINED_OFFICES = decision("office.joined_offices", "two offices joined by 'and' right before one name are both the "
                          "person's, as written: 'State Councilor and Minister of Public Security X'; so are two "
                          "portfolios or modifiers of one office: 'Justice and Public Security Minister X'")
# words that name a portfolio or an agency's field, never a person's name ('Justice', 'Security', 'Interior'); an
# agency's last word ends a name of its own ('the Latvian Customs Service and Deputy Minister X': two parties)
_PORTFOLIO_WORDS = frozenset(fold(w) for w in word_list("not_name_words.tsv")) \
    - frozenset(json_data("phrases.json")["agency_ends"])
ACRONYM_LOWER_OFFICE = decision("office.acronym_lower_words", "an agency's acronym, one to three lower-case words and a "
                                "capitalised office word right before a name make one office: 'ICE organized crime unit "
                                "Chief X'")
PLURAL_SHARED_OFFICE = decision("office.plural_shared", "an office in the plural right before 'A and B' is the "
                                "office of both, as written: 'Czech and Slovak Prime Ministers A and B'")
_OF_BOTH = pattern("office.plural_of_both", r"(?<=s)\s+of\s+(?:both|the\s+(?:two|three|four)|these|those|the)\s+"
                   r"(?:(?:two|three|four|[A-Z][a-z]+)\s+){0,2}(?:nations|countries|sides|states|"
                   r"governments|ministries)$",
                   doc="'the Interior Ministers of both nations, A of X and B of Y': the plural office is both's, "
                       "without the words that say whose (office.plural_shared)")
_CLAUSE_INSIDE = pattern("office.nearest_before", r"\s(?:a|an)\s+[a-z]",
                         doc="a clause (a verb, an indefinite article) between an office and the name: the office after "
                             "the clause is the person's ('Deputy Commissioner A paid a visit to the Commissioner of "
                             "Police B')")


PLACE_BEFORE_OFFICE = decision("office.place_before_office", "a city or a country after 'in' or 'at' right before an "
                               "office is the verb's place, not the office's owner: 'received in Hanoi Mongolian Minister "
                               "X', 'accompanied in Greece Justice Minister X'")
LOWER_OFFICE_VERB = decision("office.lower_office_verb", "a lower-case office right before a name ends at a verb: 'China "
                             "has awarded police minister X' (the office is 'police minister')")
_OWNER_S = pattern("office.owner_s", r"['’`]s$")
_ED_WORDS = frozenset({"armed", "united", "combined", "retired", "seconded", "designated", "appointed", "elected"})
_CLAUSE_VERBS = frozenset("said met told noted held led took gave made spoke became was were is are has have "
                          "arrived visited stressed signed addressed welcomed thanked expressed added opened underlined "
                          "emphasised emphasized highlighted since during while when whose paid sought brought went came "
                          "began spent sent kept included includes comprised".split())


# verbs that hand a person an honour, before a lower-case office ('China has awarded police minister X')
_AWARD_VERBS = frozenset("awarded decorated honoured honored conferred bestowed presented congratulated thanked "
                         "received welcomed".split())
LOWER_OFFICE_VERB = decision("office.lower_office_verb", "a lower-case office read back from its head word ends at a "
                             "verb: 'China has awarded police minister X' (the office is 'police minister')")


LOWER_TITLE_AFTER = decision("office.lower_title_after", "an appositive of one to three lower-case words ending in an "
                             "office word is the office: 'X, legal advisor; Y, technical coordinator'")


_RIGHT_POSITION_ARTICLE = pattern("office.right_position_article", r"(?:the|its|his|her)\s+(?=[A-Z])")


_ARTICLE_CAPITALISED = pattern("office.article_capitalised", r"^[A-Z][\w'’-]*$",
                                doc="', the Lithuanian Police Commissioner General': an article before capitalised "
                                    "words with an office word among them opens an office")


_ARTICLE_LOWER_OFFICE = pattern("office.article_lower", r"(?:the|its|his|her|a|an)\s+((?:[a-z]+\s+){0,2}?)([a-z]+)\s+"
                                r"(?:of|for|in|at|to)\s+",
                                doc="', the head of the Cyber Police': an article before a lower-case office word and "
                                    "'of' opens an office")


_ARTICLE_LOWER_WHOLE = pattern("office.article_lower_whole", r"(?:the|its|his|her)\s+((?:[a-z]+\s+){0,2}?)([a-z]+)$",
                               doc="', the police spokesperson,': an article, lower-case words and an office word "
                                   "that end the appositive make an office")


def _capitalised_office(first_words: list[str]) -> bool:
    """Capitalised words, then maybe lower-case office words, with an office word among them: 'Lithuanian Police
    Commissioner General', 'Ukrainian Border Guard liaison officer'."""
    if not first_words or not _ARTICLE_CAPITALISED.match(first_words[0]):
        return False
    lower = False
    for w in first_words:
        if _ARTICLE_CAPITALISED.match(w) and not lower:
            if is_head(w):
                return True
            continue
        if not (is_head(w) or fold(w) in MODIFIERS):
            return False
        lower = True
        if is_head(w):
            return True
    return False


_NEWLY_APPOINTED = pattern("office.newly_appointed", r"^(the|its|his|her)\s+(?:newly[- ]|recently\s+)?(?:appointed|elected)\s+"
                           r"(?=[A-Z])", doc="', the newly appointed European Commissioner for X,': the office without "
                                             "the words that say since when it is held")


def right_position(phrase: str) -> str | None:
    """An office in the appositive after a name (', Deputy Minister,' / ', head of the unit')."""
    p = phrase.strip()
    if not p or len(p) > 200:
        return None
    if p[:3] in ("the", "its", "his", "her") and ("ppointed " in p[:30] or "lected " in p[:30]):
        p = _NEWLY_APPOINTED.sub(r"\1 ", p)
    # ', the Deputy Chief for Operations,': an article before a capitalised office is not part of it
    m = _RIGHT_POSITION_ARTICLE.match(p)
    opened = False
    if m and is_head(p[m.end():].split()[0]) or m and fold(p[m.end():].split()[0]) in MODIFIERS:
        p = p[m.end():]
    elif m and _capitalised_office(p[m.end():].split()[:5]):
        p = p[m.end():]  # ', the Lithuanian Police Commissioner General': office.article_capitalised
        opened = True
    else:
        lower = _ARTICLE_LOWER_OFFICE.match(p)
        whole = _ARTICLE_LOWER_WHOLE.match(p) if lower is None else None
        if lower and is_head(lower.group(2)) and all(fold(w) in MODIFIERS for w in lower.group(1).split()):
            p = p[lower.start(1) if lower.group(1) else lower.start(2):]  # ', the head of the Cyber Police',
            opened = True  # ', a senior adviser to the Minister': office.article_lower
        elif whole and is_head(whole.group(2)):
            p = p[whole.start(1) if whole.group(1) else whole.start(2):]  # ', the police spokesperson,'
            opened = True
    owner = _OWNER_LOWER.match(p)
    if owner and is_head(p[owner.end():].split()[0]):
        opened = True  # ', Ukraine's ambassador to Poland': office.owner_lower, the owner stays as written
    first = p.split()[0]
    if fold(first) in ("a", "an", "the", "who", "which", "his", "her", "its", "their", "and", "at", "in", "on"):
        return None
    words = words_at(p)
    if not words:
        return None
    if first[0].islower() and (first.endswith("ed") or fold(first) in _CLAUSE_VERBS) and not is_head(first):
        return None  # ', visited Warsaw and met the Deputy Minister': a clause, not an office
    if len(words) <= 3 and is_head(words[-1][0]) and words[-1][2] == len(p) and all(
            w.isalpha() and w.islower() and fold(w) not in _NOT_IN_TITLE and fold(w) not in _CLAUSE_VERBS
            and not w.endswith("ed") for w, _a, _b in words):
        return p  # LOWER_TITLE_AFTER: ', legal advisor;', ', rulings director;'
    # the first few words must contain an office word ... or further on, after an agency's capitalised name
    # (', United Nations Office for Drugs and Crime Regional Representative': office.agency_then_office)
    capitalised = True  # every word so far capitalised or a function word: an agency's name
    for idx, (w, _a, _b) in enumerate(words[:14]):
        capitalised = capitalised and (w[0].isupper() or w in _FUNCTION_WORDS)
        if idx >= 6 and not capitalised:
            break
        if is_head(w) and (w[0].isupper() or fold(first) in MODIFIERS or is_head(first) or opened):
            # ", Egypt's Assistant Minister of Interior": the owner names the side and stays, as written
            return drop_own_acronym(cut_clause(strip_tail(p))) or None
    return None


# '<office> as the Chairperson', '<office> led their respective delegations': the office ends there
_CLAUSE_AFTER = pattern("office.clause_after", r"\s+(?:as\s+(?!well\b)(?:the\s+|a\s+|an\s+)?[A-Za-z-]+\b|(?:%s)\b|"
                        r"(?:together|along|jointly)\s+with\b|accompanied\s+by\b|alongside\b|as\s+well\s+as\b|by\s+(?=[A-Z])|"
                        r"--+\s|—\s+[a-z]|–\s+[a-z]|at\s+(?:the|its|his|her)\s+[a-z]|and\s+(?:the|his|her|their|its)\s+(?:accompanying\s+|visiting\s+)?"
                        r"(?:delegations?|team|entourage|officials|staff|members)\b).*$"
                        % "|".join(sorted(_CLAUSE_VERBS)), re.S,
                        doc="'<office> as the Chairperson', '<office> together with Y', '<office> at the headquarters', "
                            "'<office> -- a remark between dashes --', "
                            "'<office> by Commissioner Y' (the agent of a passive), "
                            "'<office> and the delegation accompanying the guest': the office ends there")


# '... Minister of Public Security addressed the conference': a lower-case past tense right after a capitalised
# word of the office starts the sentence's verb
_VERB_AFTER = pattern("office.verb_after", r"([\w'’)]+)\s+[a-z]{2,}ed\b")


AGENCY_THEN_OFFICE = decision("office.agency_then_office", "an appositive that names an agency in capitalised words "
                              "before its office word: 'X, United Nations Office for Drugs and Crime Regional "
                              "Representative to Central Asia'")
# '... Representative to Central Asia on May 24': a date after the office is the sentence's
_DATE_TAIL = pattern("office.date_tail", r"\s+(?:on|since)\s+(?:\d{1,2}\s+)?(?:" + MONTH_NAME + "|" + WEEKDAY + r")\b.*$", re.S)


def cut_clause(title: str) -> str:
    cut = _CLAUSE_AFTER.sub("", title).strip()
    if cut != title and cut.endswith(" and"):
        cut = cut[:-4]  # ('Minister of Home Affairs and Immigration and included Hon. X': the clause's 'and' goes too)
    title = cut
    if " on " in title or " since " in title:
        title = _DATE_TAIL.sub("", title)
    if "ed " not in title and not title.endswith("ed"):
        return title
    for m in _VERB_AFTER.finditer(title):
        if m.group(1)[0].isupper() or m.group(1) == ")":
            return title[:m.end(1)]
    return title
