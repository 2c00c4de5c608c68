"""The `whomet` command: with no subcommand it opens the browser; subcommands run once and exit."""

import sys

import click
from rich.console import Console

from whomet.store.db import ENV_VAR, StoreError, open_engine


class Context:
    """What every command gets: the --db choice and, on first use, the opened store."""

    def __init__(self, db: str | None):
        self.db = db
        self._engine = None
        self.out = Console(highlight=False)
        self.err = Console(stderr=True, highlight=False)

    def engine(self, create: bool = True):
        if self._engine is None:
            try:
                self._engine = open_engine(self.db, create=create)
            except StoreError as exc:
                fail(str(exc))
        return self._engine


def fail(message: str, code: int = 1) -> None:
    """One line on stderr, literal (release text is never markup), then exit non-zero."""
    click.echo(f"whomet: {message}", err=True)
    sys.exit(code)


pass_context = click.make_pass_decorator(Context)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar=ENV_VAR, metavar="PATH|URL",
              help=f"The store: a SQLite file path or an SQLAlchemy URL [env {ENV_VAR}; default: whomet.db in the user data directory].")
@click.version_option(package_name="whomet")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """whomet: who met whom, from the records of official meetings between government agencies."""
    ctx.obj = Context(db)
    if ctx.invoked_subcommand is None:
        from whomet.tui.app import run_browser

        run_browser(ctx.obj)


def _register() -> None:
    from whomet.tui.commands import extract_cmds, store_cmds

    for module in (store_cmds, extract_cmds):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
