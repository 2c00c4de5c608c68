"""Commands that take the store's meetings elsewhere or ask how they connect: export, dyad, top."""

import sys

import click

from whomet.tui.commands.filter_options import build_filter, filter_options
from whomet.tui.context import Context, fail, pass_context
from whomet.tui.literal import clean, literal

# Kept here (not imported from the store) so that `whomet export --help` loads no SQLAlchemy;
# tests/test_cli_help.py checks they match the store's.
FORMATS = ("json", "jsonl", "ftm", "gexf", "graphml", "csv")
LEVELS = ("person", "organization", "side")
MEASURES = ("meetings", "counterparts", "betweenness")


@click.command("export", epilog="""\b
Examples:
  whomet export -o all.json
  whomet export --format ftm --side AZE --from 2019 -o aze.ftm.json
  whomet export --format gexf --level organization -o network.gexf
  whomet export --format csv --signed -o signed/""")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json/jsonl: meeting records (import reads them back); ftm: FollowTheMoney entities (Aleph); "
                   "gexf: the network with time (Gephi); graphml: the network (yEd, Cytoscape); "
                   "csv: a folder of CSV files.")
@click.option("-o", "--output", metavar="PATH",
              help="Write here (a folder for csv) instead of stdout; it appears only when complete, "
                   "never over the store, a link or a device.")
@click.option("--level", type=click.Choice(LEVELS), default="person", show_default=True,
              help="The network's nodes (gexf, graphml, and csv's nodes/edges).")
@filter_options
@pass_context
def export_cmd(ctx: Context, fmt: str, output: str | None, level: str, meeting_filter: dict) -> None:
    """Write the store's meetings, or those the filters select, for whomet or for other tools.

    The filters mean what the browser's do, and select the same meetings. With filters,
    json/jsonl write the records of the selected meetings' sources, each holding only its
    selected meetings.
    """
    from whomet.store import OutputError

    store = ctx.store(create=False)
    f = build_filter(store, meeting_filter)
    try:
        if output is None:
            if fmt == "csv":
                fail("csv writes a folder of files: give one with -o DIR")
            if fmt in ("gexf", "graphml"):
                store.export(fmt, f, binary=sys.stdout.buffer, level=level)
            else:
                store.export(fmt, f, text=sys.stdout, level=level)
            return
        written = _export_with_progress(ctx, store, fmt, f, output, level)
    except OutputError as exc:
        fail(clean(str(exc)))
    except OSError as exc:
        fail(f"{clean(str(output))}: {exc.strerror or exc}")
    ctx.err.print(literal(f"{written} written to {output}"))


def _export_with_progress(ctx: Context, store, fmt: str, f, output: str, level: str) -> str:
    """Export to a file, with a live line on a terminal: records so far for json/jsonl (which
    count as they go), elapsed time for the others (which know their size only at the end)."""
    if not ctx.err.is_terminal:
        return store.export(fmt, f, path=output, level=level)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("exporting {task.description}"), TimeElapsedColumn(),
                  console=ctx.err, transient=True) as progress:
        task = progress.add_task(fmt)

        def on_records(n: int) -> None:
            progress.update(task, description=f"{fmt}: {n:,} records")

        return store.export(fmt, f, path=output, level=level, on_records=on_records)


@click.command("dyad", epilog="""\b
Examples:
  whomet dyad AZE RUS
  whomet dyad georgia azerbaijan --from 2020 --json""")
@click.argument("side_a")
@click.argument("side_b")
@click.option("--from", "date_from", default="", metavar="DATE", help="From this date: 2019, 2019-06 or 2019-06-14.")
@click.option("--to", "date_to", default="", metavar="DATE", help="Up to this date.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_context
def dyad_cmd(ctx: Context, side_a: str, side_b: str, date_from: str, date_to: str, as_json: bool) -> None:
    """The bilateral timeline of two sides: every meeting between them in order, each side's
    highest-ranking attendee, what was signed and awarded, and the meetings per year.

    Highest-ranking: the delegation's head first, then the position (minister > first
    deputy minister > deputy minister > ... ), then the rank (general > lieutenant general
    > ...): store/data/precedence.tsv.
    """
    from rich.table import Table
    from rich.text import Text

    store = ctx.store(create=False)
    codes = []
    for value in (side_a, side_b):
        found = store.side_codes(value)
        if len(found) != 1:
            fail(f"{value!r} names {'no side' if not found else 'several sides: ' + ', '.join(found)}")
        codes.append(found[0])
    f = build_filter(store, {"side": "", "date_from": date_from, "date_to": date_to, "person": "", "organization": "",
                             "text": "", "topic": "", "signed": False, "awards": False})
    d, meetings = store.dyad_stream(codes[0], codes[1], f)
    if as_json:
        _dyad_json(d, meetings)
        return
    out = ctx.out
    out.print(Text.assemble(literal(f"{d.a_name} ({d.a})", "bold"), " and ", literal(f"{d.b_name} ({d.b})", "bold"),
                            f" · {d.meetings} meetings · {d.agreements} signed · {d.awards} awards"))
    if not d.meetings:
        sys.exit(1)
    # One block per meeting: the date line, each side's lead, then what was signed and awarded.
    # Printed a few hundred blocks at a time (one print per line costs more than the query).
    lines: list = []
    for m in meetings:
        lines.append(Text(""))
        head = Text.assemble((m.meeting.date.isoformat() if m.meeting.date else "undated", "bold"), "  ",
                             literal(m.meeting.place), (f"  {m.host} hosts" if m.host else "", "dim"),
                             (f"  {m.event.mode} · CAMEO {' '.join(m.event.codes)}", "dim"))
        lines.append(head)
        lines.append(Text("  ").append_text(literal(m.meeting.title or "", "italic")))
        for code, lead in ((d.a, m.lead_a), (d.b, m.lead_b)):
            line = Text.assemble(("  " + code.ljust(4), "bold cyan"))
            if lead is None:
                line.append("no named attendee", style="dim")
            else:
                line.append("★ " if lead.head else "  ", style="yellow")
                line.append_text(literal(lead.name, "bold"))
                for extra in (lead.rank, lead.position):
                    if extra:
                        line.append(" · ", style="dim")
                        line.append_text(literal(extra))
            lines.append(line)
        for kind, title in m.agreements:
            lines.append(Text.assemble(("  signed  ", "magenta"), literal(f"{kind}: {title}" if title else kind)))
        for award in m.awards:
            lines.append(Text.assemble(("  award   ", "magenta"), literal(award)))
        if len(lines) >= 2000:
            out.print(Text("\n").join(lines))
            lines = []
    if lines:
        out.print(Text("\n").join(lines))
    out.print()
    years = Table(title="meetings per year", show_edge=False)
    years.add_column("year")
    years.add_column("meetings", justify="right")
    for year, n in d.per_year.items():
        years.add_row(str(year), str(n))
    out.print(years)


def _dyad_json(summary, meetings) -> None:
    """The timeline as `_print_json` writes a whole Dyad, written a meeting at a time."""
    import dataclasses
    import json

    from whomet.tui.commands.store_cmds import _json_default

    def dump(value) -> str:
        return json.dumps(value, default=_json_default, ensure_ascii=False, indent=2)

    whole = dataclasses.asdict(summary)
    whole["meetings"] = []
    order = ("a", "b", "a_name", "b_name", "meetings", "per_year", "agreements", "awards")  # Dyad's fields
    text = dump({k: whole[k] for k in order})
    head, tail = text.split('\n  "meetings": [],\n', 1)
    click.echo(head + '\n  "meetings": [', nl=False)
    n = 0
    for m in meetings:
        item = "\n".join("    " + line for line in dump(dataclasses.asdict(m)).split("\n"))
        click.echo(("," if n else "") + "\n" + item, nl=False)
        n += 1
    click.echo(("\n  ],\n" if n else "],\n") + tail)


@click.command("top", epilog="""\b
Examples:
  whomet top
  whomet top --by betweenness --from 2019 --to 2021
  whomet top --by counterparts --level organization --side AZE""")
@click.option("--by", type=click.Choice(MEASURES), default="meetings", show_default=True,
              help="meetings taken part in; counterparts met (of other sides); betweenness (on others' shortest chains).")
@click.option("--level", type=click.Choice(LEVELS), default="person", show_default=True)
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@filter_options
@pass_context
def top_cmd(ctx: Context, by: str, level: str, limit: int, as_json: bool, meeting_filter: dict) -> None:
    """Who is most central in the who-met-whom network of the meetings the filters select (networkx).

    Filters select meetings, as in the browser: --side AZE ranks everyone at AZE's meetings.
    """
    from rich.table import Table

    store = ctx.store(create=False)
    ranking = store.top(build_filter(store, meeting_filter), by, level, limit)
    if as_json:
        from whomet.tui.commands.store_cmds import _print_json

        _print_json(ranking)
        return
    note = f" · betweenness estimated from {ranking.sampled} sampled nodes" if ranking.sampled else ""
    ctx.out.print(literal(f"{ranking.nodes:,} {level} nodes, {ranking.edges:,} links{note}"))
    table = Table(show_edge=False)
    for column, justify in (("#", "right"), (level, "left"), ("side", "left"), ("organization", "left"),
                            ("meetings", "right"), ("counterparts", "right"), ("betweenness", "right")):
        table.add_column(column, justify=justify, overflow="fold")
    for i, c in enumerate(ranking.top, 1):
        table.add_row(str(i), literal(c.name), literal(c.side or ""),
                      literal((c.organization or "") if level == "person" else ""), f"{c.meetings:,}",
                      f"{c.counterparts:,}", f"{c.betweenness:.4f}" if c.betweenness is not None else "")
    ctx.out.print(table)
    if not ranking.top:
        sys.exit(1)
