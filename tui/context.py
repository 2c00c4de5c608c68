"""What every command gets: the --db choice, consoles, and the store, opened on first use.

Both the click group (tui/cli.py) and the command modules (tui/commands/) import this small
module, so neither imports the other. Nothing heavy is imported here: `whomet --help` and
`whomet CMD --help` must not load SQLAlchemy, Textual or the extractor.
"""

import sys
from functools import cached_property

import click


class Context:
    def __init__(self, db: str | None):
        self.db = db
        self._store = None

    @cached_property
    def out(self):
        from rich.console import Console

        return Console(highlight=False)

    @cached_property
    def err(self):
        from rich.console import Console

        return Console(stderr=True, highlight=False)

    def store(self, create: bool = True):
        """The store named by --db / WHOMET_DB / the default; a one-line error and exit 1 if it cannot open."""
        if self._store is None:
            from whomet.store import Store, StoreError

            try:
                self._store = Store.open(self.db, create=create)
            except StoreError as exc:
                fail(str(exc))
        return self._store


def fail(message: str, code: int = 1) -> None:
    """One line on stderr, literal (release text is never markup), then exit non-zero."""
    click.echo(f"whomet: {message}", err=True)
    sys.exit(code)


pass_context = click.make_pass_decorator(Context)
