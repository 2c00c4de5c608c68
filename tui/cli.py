"""The `whomet` command: with no subcommand it opens the browser; subcommands run once and exit.

Subcommands load lazily (click's "Lazily Loading Subcommands" pattern): the group knows each
command's module and one-line help, so `whomet --help` imports no command module at all,
and `whomet CMD` imports only CMD's.
"""

import importlib

import click

from whomet.store import ENV_VAR
from whomet.tui.context import Context, fail

# name -> (module under whomet.tui.commands, attribute, one-line help for `whomet --help`)
COMMANDS = {
    "import": ("store_cmds", "import_cmd", "Import meeting records (.json, .jsonl, .ndjson) and press releases (.txt, .md, .html, .htm)."),
    "export": ("analysis_cmds", "export_cmd", "Write the meetings as records, FtM (Aleph), GEXF (Gephi), GraphML or CSV."),
    "dyad": ("analysis_cmds", "dyad_cmd", "The bilateral timeline of two sides: meetings, leads, agreements, awards."),
    "top": ("analysis_cmds", "top_cmd", "Who is most central: by meetings, counterparts or betweenness."),
    "stats": ("store_cmds", "stats_cmd", "Counts per table, the date range, the most active sides and people."),
    "search": ("store_cmds", "search_cmd", "Full-text search over meetings and people."),
    "show": ("store_cmds", "show_cmd", "One meeting: delegations, members, agreements, awards, topics."),
    "who-met": ("store_cmds", "who_met_cmd", "A person's counterparts: who met whom, how often, first and last."),
    "alias": ("store_cmds", "alias_cmd", "Make ALIAS another name of PERSON for later imports and searches."),
    "merge": ("judge_cmds", "merge_cmd", "Judge two people, organisations or meetings the same (or --not the same)."),
    "unmerge": ("judge_cmds", "unmerge_cmd", "Undo `same` judgements between two records (kept in the log, inactive)."),
    "correct": ("judge_cmds", "correct_cmd", "Correct one fact of a meeting (drop, side, head, rank, position, add ...)."),
    "judgements": ("judge_cmds", "judgements_cmd", "List, share (JSON Lines) or undo the judgements."),
    "candidates": ("judge_cmds", "candidates_cmd", "Likely same people, organisations or meetings, with the evidence."),
    "resolve": ("judge_cmds", "resolve_cmd", "Automatic resolution, conservative: merge what a rule is sure of."),
    "reextract": ("judge_cmds", "reextract_cmd", "Run the current extractor over every stored release; judgements kept."),
    "extract": ("extract_cmds", "extract_cmd", "Print the meeting record extracted from a release, as JSON."),
    "eval": ("extract_cmds", "eval_cmd", "Score extraction over a corpus folder (releases/ and gold/)."),
    "check": ("check_cmd", "check_cmd", "Check the store (integrity, orphans, index, schema); --repair rebuilds."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *super().list_commands(ctx)})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS:
            module, attribute, _help = COMMANDS[name]
            return getattr(importlib.import_module(f"whomet.tui.commands.{module}"), attribute)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        # Failures of the store mid-command (a damaged page, a read-only file, a lost server)
        # and inputs over a limit end as one line, never a traceback.
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise  # click's own: --help, usage errors, Ctrl-C at a prompt
        except Exception as exc:
            from whomet.tui.failures import one_line

            message = one_line(ctx.obj, exc)
            if message is None:
                raise
            fail(message)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in sorted(COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]},
             epilog="""\b
Shell completion (bash; for zsh or fish use zsh_source / fish_source):
  eval "$(_WHOMET_COMPLETE=bash_source whomet)"

\b
Examples:
  whomet import fixtures/
  whomet
  whomet dyad AZE RUS""")
@click.option("--db", envvar=ENV_VAR, metavar="PATH|URL",
              help=f"The store: a SQLite file path or an SQLAlchemy URL [env {ENV_VAR}; default: whomet.db in the user data directory].")
@click.version_option(package_name="whomet", prog_name="whomet")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """whomet: who met whom, from the records of official meetings between government agencies.

    With no command, opens the browser on the store.
    """
    ctx.obj = Context(db)
    if ctx.invoked_subcommand is None:
        from whomet.tui.app import run_browser

        run_browser(ctx.obj)
