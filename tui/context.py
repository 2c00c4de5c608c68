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

    def store(self, create: bool = False, write: bool | None = None):
        """The store named by --db / WHOMET_DB / the default; a one-line error and exit 1 if it cannot open.

        `create` (import): made when missing; otherwise a missing store is an error and nothing is
        made. `write` (default: `create`): the command writes, so a read-only or damaged store is
        refused up front; a reader gets a read-only store opened read-only."""
        if self._store is None:
            from whomet.store import Store, StoreError

            try:
                self._store = Store.open(self.db, create=create, write=write, notice=notice)
            except StoreError as exc:
                fail(str(exc))
        return self._store


def notice(message: str) -> None:
    """One line of news on stderr (a store upgraded), literal."""
    from whomet.tui.literal import clean

    click.echo(f"whomet: {clean(message)}", err=True)


def fail(message: str, code: int = 1) -> None:
    """One line on stderr, literal (control characters made visible, never markup), then exit non-zero."""
    from whomet.tui.literal import clean

    click.echo(f"whomet: {clean(message)}", err=True)
    sys.exit(code)


pass_context = click.make_pass_decorator(Context)
