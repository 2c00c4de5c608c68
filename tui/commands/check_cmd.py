"""`whomet check`: the store's integrity, orphans, full-text index, derived columns and schema."""

import click
from rich.text import Text

from whomet.tui.context import Context, pass_context
from whomet.tui.literal import literal


def _print(ctx: Context, findings) -> None:
    # One finding a line (and its repair on the next): wraps cleanly, greps cleanly.
    for f in findings:
        line = Text.assemble(("ok     " if f.ok else "WRONG  ", "green" if f.ok else "bold red"), (f.check, "bold"), ": ")
        line.append_text(literal(f.detail))
        ctx.out.print(line)
        if f.repair:
            ctx.out.print(Text("       to repair: ").append_text(literal(f.repair)))


@click.command("check", epilog="""\b
Examples:
  whomet check
  whomet check --repair""")
@click.option("--repair", is_flag=True, help="Rebuild the full-text index, the meetings' listing columns and name keys.")
@pass_context
def check_cmd(ctx: Context, repair: bool) -> None:
    """Check the store: file integrity, orphaned rows, the full-text index, derived columns, schema version.

    Says what is wrong and how to repair it; the exit status is 1 while anything is wrong.
    """
    store = ctx.store(write=repair)
    ctx.out.print(literal(f"store: {store.label}"))
    findings = store.check()
    if repair and all(f.ok or f.repairable for f in findings):
        for line in store.repair():
            ctx.err.print(literal(f"repaired: {line}"))
        findings = store.check()
    _print(ctx, findings)
    if not all(f.ok for f in findings):
        raise SystemExit(1)

