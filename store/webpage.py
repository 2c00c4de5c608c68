"""Saved web pages, and text files carrying web-page junk, as the plain release text the extractor reads.

A saved page (`.html`, `.htm`) goes through trafilatura, a maintained boilerplate remover, imported
only when a page is read (so `whomet --help` and text-only imports never load it). The page's main
text keeps what identifies the release, as its first lines, in the shape of a corpus release:

     date 2024-03-12 Source: <publisher>      (when the page gives a date and a publisher)

    <headline>

    12 March 2024                            (the date alone, when the page names no publisher)

    <main text, one paragraph per line>

Navigation, share buttons, cookie banners, scripts, footers and comments are dropped by trafilatura.
The publisher is the page's site name (`og:site_name` and the like) or else its host name; the date
its publication date (htmldate, the original date rather than the last modified one).

A text file (`.txt`, `.md`) is cleaned conservatively: only whole lines at the very top and the very
bottom that match `JUNK` (navigation trails, skip links, share and print links, cookie banners,
'related news' and paging links, lone menu words) are dropped, and blank lines around them. Nothing
is touched between the first and the last line that is not junk, and a header line found in the top
junk stays first. A clean release comes back unchanged.
"""

from __future__ import annotations

import re
HTML_SUFFIXES = {".html", ".htm"}

_SOCIAL = r"(?:facebook|twitter|x|linkedin|telegram|whatsapp|vk|vkontakte|instagram|youtube|email|e-mail|print|copy link)"
JUNK = [
    # skip links and lone menu words of a page's masthead or footer
    re.compile(r"(?i)^(?:skip to (?:main )?content|menu|search|main menu|print|home|sitemap|site map|contacts?|"
               r"read more|related (?:news|articles|posts)|more news|back to (?:top|news|news releases|the list)[\w ]*|"
               r"previous news(?: \| next news)?|next news|all news|print \| send to a friend|"
               r"post a comment|no comments?:?|tags?:.*)$"),
    # share lines: 'Share this', 'Share this page:', 'Share on: Facebook Twitter LinkedIn', 'Share: Facebook | Telegram'
    re.compile(rf"(?i)^share(?: this(?: page| article| story)?| on| button)?\s*:?(?:[\s|,/·•-]*{_SOCIAL})*[\s|,/·•-]*$"),
    # a line of social network names only
    re.compile(rf"(?i)^(?:{_SOCIAL})(?:[\s|,/·•-]+{_SOCIAL})+$"),
    # cookie banners
    re.compile(r"(?i)^(?=.*\bcookies?\b)(?=.*\b(?:accept|consent|agree|settings|reject|we use|this (?:web)?site uses)\b).{0,400}$"),
    # navigation trails: three or more short items split by | > › » / (no sentence inside)
    re.compile(r"^(?:[^|>›»/.!?]{1,40}(?:\s[|>›»/]\s|\s?[|›»]\s?)){2,}[^|>›»/.!?]{1,40}$"),
]
_HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+Source:", re.I)
# A page's date line with its section words (' date 2017-06-02 / Front page / News', '12 May 2024 | World'): it looks
# like a navigation trail but holds the page's date, which dates the release
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATED = re.compile(rf"\b(?:(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d|"
                    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\s+(?:19|20)\d\d|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\b")


def is_junk(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and any(p.match(stripped) for p in JUNK) and not _DATED.search(stripped)


def clean_text(text: str) -> str:
    """`text` without web-page junk lines at its top and bottom (see the module's docstring)."""
    lines = text.split("\n")
    start, header = 0, None
    while start < len(lines) and (not lines[start].strip() or is_junk(lines[start]) or _HEADER.match(lines[start])):
        if _HEADER.match(lines[start]):
            if header is not None:
                break
            header = lines[start]
        start += 1
    end = len(lines)
    while end > start and (not lines[end - 1].strip() or is_junk(lines[end - 1])):
        end -= 1
    dropped = [ln for ln in lines[:start] + lines[end:] if ln.strip() and ln is not header]
    if not dropped:
        return text
    body = "\n".join(lines[start:end])
    return (header + "\n\n" + body if header is not None else body) + "\n"


class PageError(ValueError):
    """A page that yields no release text; str() is the problem (store.inputs names the file)."""


def page_text(data: bytes) -> str:
    """The release text of a saved web page; PageError when the page has no main text."""
    if not data.strip():
        raise PageError("file is empty")
    try:
        import trafilatura
    except ImportError as exc:  # a broken install must say so, not read pages as empty
        raise PageError(f"cannot read web pages: {exc}") from None
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, include_links=False, favor_precision=True,
                                      date_extraction_params={"original_date": True, "extensive_search": True})
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise PageError("no main text found in the web page")
    title = _one_line(getattr(doc, "title", None))
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if title and paragraphs and _one_line(paragraphs[0]) == title:
        paragraphs = paragraphs[1:]  # the page's h1 repeats its <title>
    head = []
    date = getattr(doc, "date", None)
    date = date if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None
    publisher = _one_line(getattr(doc, "sitename", None)) or _one_line(getattr(doc, "hostname", None))
    if date and publisher:
        head.append(f" date {date} Source: {publisher}")
    if title:
        head.append(title)
    if date and not publisher:  # the header line needs a publisher: the date stands as a date line instead
        import datetime as dt
        day = dt.date.fromisoformat(date)
        head.append(f"{day.day} {day:%B} {day.year}")
    return "\n\n".join(head + paragraphs) + "\n"


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) if value else None
