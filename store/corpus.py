"""A test corpus folder with a manifest: which releases are development data and which are sealed.

`DIR/manifest.json` lists every release of `DIR/releases/` with its split: `dev` (read and tuned on)
or `sealed` (written, measured untouched once, and never read while changing the extractor). Its
`history` lists the figures measured on each split, with the date and the git commit they belong to.
Scoring a split is `evaluate_dir(DIR, split=...)`; this module only reads the manifest.
"""

from __future__ import annotations

import json
from pathlib import Path

SPLITS = ("dev", "sealed")
MANIFEST = "manifest.json"


class ManifestError(ValueError):
    """A manifest that cannot be used; str() names the file and the problem."""


def load_manifest(directory: Path | str) -> dict:
    path = Path(directory) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path}: no manifest (needed to choose a split)") from None
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{path}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("releases"), list):
        raise ManifestError(f"{path}: expected an object with a 'releases' list")
    for i, entry in enumerate(data["releases"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise ManifestError(f"{path}: releases[{i}]: no 'id'")
        if entry.get("split") not in SPLITS:
            raise ManifestError(f"{path}: releases[{i}] ({entry['id']}): split must be one of {', '.join(SPLITS)}")
    return data


def split_ids(directory: Path | str, split: str) -> list[str]:
    """The ids (release file stems) of one split, in manifest order."""
    if split not in SPLITS:
        raise ManifestError(f"unknown split {split!r} (one of {', '.join(SPLITS)})")
    return [entry["id"] for entry in load_manifest(directory)["releases"] if entry["split"] == split]
