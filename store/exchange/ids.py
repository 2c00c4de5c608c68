"""Stable ids for everything an exchange format writes, shared by every format.

An id is derived from what identifies the thing in the store, not from its row number:
a side by its code, a person by side and folded name (the key the store resolves people
on), an organisation by side and folded name, a source by the imported file's sha256 and
its place in that file, a meeting by its source and its place in the source. So exporting
the same store twice, or a store rebuilt from the same files, gives the same ids, and FtM,
CSV and graph exports of one store name each thing alike. Ids fit FtM's id syntax
(letters, digits, dots, hyphens).
"""

import hashlib


def _h(*parts) -> str:
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def side(code: str) -> str:
    return "wm-side-" + "".join(ch for ch in code.lower() if ch.isalnum())


def person(side_code: str | None, key: str) -> str:
    return "wm-person-" + _h(side_code, key)


def organization(side_code: str | None, key: str) -> str:
    return "wm-org-" + _h(side_code, key)


def source(file_sha256: str | None, ordinal: int, release_sha256: str | None, row_id: int) -> str:
    # A source always comes from an imported file; the row id is the last resort of a store
    # written some other way, and is stable for that store only.
    if file_sha256:
        return "wm-source-" + _h(file_sha256, ordinal)
    if release_sha256:
        return "wm-source-" + _h("release", release_sha256, ordinal)
    return "wm-source-" + _h("row", row_id)


def meeting(source_id: str, ordinal: int) -> str:
    return "wm-meeting-" + _h(source_id, ordinal)


def part(meeting_id: str, kind: str, *ordinals: int) -> str:
    """A fact of a meeting: delegation d0, member d0-m1, agreement a0, award w0."""
    return meeting_id.replace("wm-meeting-", f"wm-{kind}-") + "-" + "-".join(str(o) for o in ordinals)


def derived(kind: str, *parts) -> str:
    """An entity made from other values (a position, an occupancy, a document link)."""
    return f"wm-{kind}-" + _h(*parts)
