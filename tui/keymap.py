"""The user's own keys: `keymap.json` in whomet's config directory remaps bindings by id.

    {"main.search": "ctrl+f", "main.clear": "X,ctrl+x"}

Every binding has an id (press `?` to see them); unknown ids are ignored by Textual, and a
file that is not a JSON object of strings is reported once and skipped, never fatal.
"""

import json
import os
from pathlib import Path

import platformdirs

MAX_BYTES = 64 * 1024


def keymap_path() -> Path:
    override = os.environ.get("WHOMET_KEYMAP")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("whomet", appauthor=False)) / "keymap.json"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """(keymap, problem): the remappings, and a one-line message when the file could not be used."""
    path = path or keymap_path()
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            return {}, f"{path}: not used (larger than {MAX_BYTES // 1024} KiB; a keymap is a few lines)"
        data = json.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        return {}, None
    except RecursionError:
        return {}, f"{path}: not used (nested too deep to read)"
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, f"{path}: not used ({exc})"
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        return {}, f"{path}: not used (expected a JSON object of binding id -> keys)"
    return data, None
