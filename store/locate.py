"""Where the store lives when --db and $WHOMET_DB say nothing: whomet.db in the user data directory.
Light (no SQLAlchemy), for store/quick.py as much as store/db.py."""

from pathlib import Path

import platformdirs


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("whomet", appauthor=False)) / "whomet.db"
