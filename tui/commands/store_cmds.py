"""Commands that fill and read the store: import, stats, search, show, who-met, alias."""

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

import click

from whomet.tui.context import Context, fail, pass_context
from whomet.tui.literal import clean, literal

# rich's tables and the store load inside each command, not here: `whomet CMD --help` stays instant.

PROGRESS_AFTER = 20  # files; fewer finish before a bar would be worth drawing


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    raise TypeError(type(value).__name__)


def _print_json(data) -> None:
    click.echo(json.dumps(data, default=_json_default, ensure_ascii=False, indent=2))


def _side(code: str | None):
    from rich.text import Text
    from whomet.store import side_name

    if not code:
        return Text("")
    name = side_name(code)
    return literal(code if name == code else f"{name} ({code})")


def _date(value) -> str:
    return value.isoformat() if value else ""


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a path we may not look at: the import reports it in its place
        return False
BIG_FILE = 4 << 20  # bytes: one file this big shows the progress bar too


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


@click.command("import", epilog="""\b
Examples:
  whomet import fixtures/
  whomet import releases/*.txt records.jsonl""")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Only errors and the summary line.")
@pass_context
def import_cmd(ctx: Context, paths: tuple[Path, ...], quiet: bool) -> None:
    """Import meeting records (.json, .jsonl, .ndjson) and press releases (.txt, .md, saved web pages
    .html, .htm); directories are walked.

    Each file is one transaction: it lands whole or not at all. A file imported before
    (same sha256) is skipped. A record beside its release (same name, in the same folder
    or in sibling gold/ and releases/ folders) imports once, with the release text.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.table import Table

    from whomet.store import RELEASE_SUFFIXES

    store = ctx.store(create=True)
    plan = store.plan
    for path in paths:
        if _is_dir(path) and not plan([path]):
            click.echo(f"whomet: {clean(path)}: no .json, .jsonl, .txt, .md or .html files here", err=True)
    units = plan(paths)
    failures = 0

    def report(result) -> None:
        nonlocal failures
        if result.status == "failed":
            failures += 1
            click.echo(f"whomet: {clean(result.path)}: {clean(result.message)}", err=True)
        elif result.status == "skipped" and not quiet:
            click.echo(f"skipped {clean(result.path)}: {clean(result.message)}", err=True)
        elif result.status == "imported" and result.meetings == 0 and Path(result.path).suffix.lower() in RELEASE_SUFFIXES:
            # A release the extractor found no meeting in lands as a source only: say so, file by file.
            # (A record that lists no meeting says so itself: nothing to warn about.)
            click.echo(f"whomet: warning: {clean(result.path)}: no meeting found in it (kept as a source only)",
                       err=True)

    big = any(_size(u.path) >= BIG_FILE for u in units)
    show_bar = (len(units) >= PROGRESS_AFTER or big) and sys.stdout.isatty() and not quiet
    if show_bar:
        with Progress(TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[now]}"),
                      TimeRemainingColumn(), console=ctx.out, transient=True) as progress:
            task = progress.add_task("import", total=len(units), now="")

            def on_file(result):
                report(result)
                progress.update(task, advance=1, now="")

            def on_records(path, n):  # a big file: how far into it
                progress.update(task, now=f"{clean(Path(path).name)}: {n:,} records")
            result = store.import_paths(paths, on_file=on_file, on_records=on_records)
    else:
        result = store.import_paths(paths, on_file=report)

    table = Table(title=None, show_edge=False, box=None, pad_edge=False)
    for column in ("files", "imported", "meetings", "people added", "skipped", "failed"):
        table.add_column(column, justify="right")
    table.add_row(str(len(result.files)), str(result.count("imported")), f"{result.meetings:,}",
                  f"{result.people_added:,}", str(result.count("skipped")), str(result.count("failed")))
    ctx.out.print(table)
    empty_dirs = [p for p in paths if _is_dir(p) and not plan([p])]
    if failures or empty_dirs or not result.files:
        sys.exit(1)


@click.command("stats", epilog="""\b
Examples:
  whomet stats
  whomet stats --json""")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_context
def stats_cmd(ctx: Context, as_json: bool) -> None:
    """Counts per table, the date range, and the most active sides and people."""
    from rich.table import Table

    store = ctx.store()
    stats = store.stats()
    if as_json:
        _print_json(stats)
        return
    ctx.out.print(literal(f"store: {store.label}"))
    ctx.out.print(literal(f"dates: {_date(stats.first_date) or '-'} … {_date(stats.last_date) or '-'}"))
    counts = Table(show_edge=False, box=None)
    counts.add_column("table")
    counts.add_column("rows", justify="right")
    for name, n in stats.tables.items():
        counts.add_row(name, f"{n:,}")
    ctx.out.print(counts)
    sides = Table(title="top sides", show_edge=False)
    sides.add_column("side")
    sides.add_column("meetings", justify="right")
    for code, n in stats.top_sides:
        sides.add_row(_side(code), f"{n:,}")
    people = Table(title="top people", show_edge=False)
    people.add_column("person")
    people.add_column("side")
    people.add_column("meetings", justify="right")
    for name, side, n in stats.top_people:
        people.add_row(literal(name), _side(side), f"{n:,}")
    ctx.out.print(sides)
    ctx.out.print(people)


def _meetings_table(rows, title: str | None = None, width: int = 80):
    from rich.table import Table

    # One line per meeting: place, sides and title give way, ending in an ellipsis.
    narrow = width < 110
    caps = {"place": 10 if narrow else 14, "sides": 12 if narrow else 22}
    caps["title"] = max(10, width - 6 - 10 - caps["place"] - caps["sides"] - 3 * 3 - 8 * 3)
    table = Table(title=title, show_edge=False)
    for column, justify in (("id", "right"), ("date", "left"), ("place", "left"), ("sides", "left"),
                            ("title", "left"), ("att", "right"), ("agr", "right"), ("awd", "right")):
        table.add_column(column, justify=justify, no_wrap=True, overflow="ellipsis", max_width=caps.get(column),
                         min_width={"id": 2, "date": 10}.get(column))
    for m in rows:
        table.add_row(str(m.id), _date(m.date), literal(m.place), literal(m.sides), literal(m.title),
                      str(m.n_attendees), str(m.n_agreements), str(m.n_awards))
    return table


@click.command("search", epilog="""\b
Examples:
  whomet search border
  whomet search Bachurin --json""")
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_context
def search_cmd(ctx: Context, query: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Full-text search over meetings (titles, places, sides, people, agreements, awards, release text) and people."""
    from rich.table import Table

    _check_limit(limit)
    result = ctx.store().search(" ".join(query), limit=limit)
    if as_json:
        _print_json({"meetings": result.meetings, "people": result.people})
        return
    if result.people:
        people = Table(title="people", show_edge=False)
        for column in ("id", "name", "side", "meetings"):
            people.add_column(column)
        for p in result.people:
            people.add_row(str(p.id), literal(p.name), _side(p.side), str(p.meetings))
        ctx.out.print(people)
    ctx.out.print(_meetings_table(result.meetings, title=f"meetings ({len(result.meetings)})", width=ctx.out.width))
    if not result.meetings and not result.people:
        sys.exit(1)


def _check_limit(limit: int) -> None:
    from whomet.store import MAX_LIMIT

    if not 1 <= limit <= MAX_LIMIT:
        fail(f"--limit {limit}: give a number from 1 to {MAX_LIMIT:,}")


def _fact_span(span) -> str:
    return f"  @{span[0]}-{span[1]}" if span else ""


@click.command("show", epilog="""\b
Examples:
  whomet show 1
  whomet show 1 --source""")
@click.argument("meeting_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--source", "with_source", is_flag=True, help="Also print the release text.")
@pass_context
def show_cmd(ctx: Context, meeting_id: int, as_json: bool, with_source: bool) -> None:
    """One meeting: its delegations and members, agreements, awards and topics."""
    from rich.text import Text
    from whomet.store import MAX_ID, side_name

    m = ctx.store().meeting(meeting_id) if 0 < meeting_id <= MAX_ID else None
    if m is None:
        fail(f"no meeting with id {meeting_id}")
    if as_json:
        data = dataclasses.asdict(m)
        if not with_source:
            data["source"].pop("text")
        _print_json(data)
        return
    out = ctx.out
    place = m.city or ""
    if m.country_code:
        place = f"{place}, {side_name(m.country_code)}" if place else side_name(m.country_code)
    if m.format == "video_conference":
        place = "video conference" + (f" ({place})" if place else "")
    # The extractor's fallbacks are said where they stand: a date from the release, a place from the host.
    out.print(Text.assemble((f"#{m.id} ", "dim"), (_date(m.date), "bold"), (" (guessed)" if "date" in m.guessed else "", "dim"),
                            " · ", literal(place), (" (guessed)" if "place" in m.guessed else "", "dim")))
    out.print(literal(m.title, style="bold"))
    if m.kind:
        out.print(literal(m.kind, style="italic"))
    out.print(Text(f"event type: {m.event_type.label}", style="dim"))  # PLOVER / CAMEO (store/eventtype.py)
    for d in m.delegations:
        out.print()
        out.print(Text.assemble((d.side, "bold cyan"), "  ", literal(d.organization or ""),
                                (" (host)" if d.host else "", "dim")))
        for member in d.members:
            line = Text.assemble(("  ★ " if member.head else "    ", "yellow"), literal(member.name, "bold"))
            if member.rank:
                line.append("  ")
                line.append_text(literal(member.rank, "green"))
            if "side" in member.guessed:
                line.append("  (side guessed)", style="dim")
            out.print(line)
            if member.position:
                out.print(Text("      ").append_text(literal(member.position, "dim")))
        for group in d.groups:
            out.print(Text("    + ").append_text(literal(group, "italic")))
    if m.agreements:
        out.print()
        out.print(Text("Signed", style="bold"))
        for a in m.agreements:
            out.print(Text.assemble("  ", (a.kind, "magenta"), "  ", literal(a.title or ""),
                                    (f"  [{' · '.join(a.parties)}]" if a.parties else "", "dim")))
    if m.awards:
        out.print()
        out.print(Text("Awards", style="bold"))
        for w in m.awards:
            to = ", ".join(name for _, name in w.recipients) or ""
            if w.recipient_group:
                to = f"{to}, {w.recipient_group}" if to else w.recipient_group
            out.print(Text.assemble("  ", literal(w.giver or "?"), (f" ({w.giver_side})" if w.giver_side else "", "dim"),
                                    " → ", literal(to), (f" ({w.recipient_side})" if w.recipient_side else "", "dim"),
                                    "  ", (w.kind, "magenta"), " ", literal(w.award or "")))
    if m.topics:
        out.print()
        out.print(Text.assemble(("Topics  ", "bold"), literal(" · ".join(m.topics))))
    out.print()
    for i, src in enumerate(m.sources or [m.source]):
        # One meeting reported by several sources (merged by a judgement): every one of them.
        out.print(Text.assemble(("Source  " if i == 0 else "        ", "bold"), literal(src.publisher or "unknown publisher"),
                                ", ", _date(src.date) or "undated", ("  " + clean(src.path) if src.path else "", "dim")))
    src = m.source
    if with_source and src.text:
        out.print()
        out.print(literal(src.text))


@click.command("who-met", epilog="""\b
Examples:
  whomet who-met Sergey Bachurin
  whomet who-met Azimov --side AZE --json""")
@click.argument("name", nargs=-1, required=True)
@click.option("--side", help="The person's side, when the name is shared (AZE, INTERPOL ...).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_context
def who_met_cmd(ctx: Context, name: tuple[str, ...], side: str | None, as_json: bool) -> None:
    """The person's counterparts: people on other sides of the same meetings, times met, first and last date."""
    from rich.table import Table
    from rich.text import Text

    store = ctx.store()
    query = " ".join(name)
    if side is not None:
        side, problem = store.one_side(side)
        if problem:
            fail(problem)
    found = store.lookup_person(query, side=side)
    if found.match is None and found.candidates:
        shown = found.candidates[:30]
        options = "; ".join(f"{h.name} ({h.side or '?'}, {h.meetings} meeting{'s' * (h.meetings != 1)})" for h in shown)
        more = f" and {len(found.candidates) - len(shown)} more" if len(found.candidates) > len(shown) else ""
        fail(f"{clean(query)!r} names {len(found.candidates)} people: {clean(options)}{more}; "
             "give the full name or --side")
    if found.match is None:
        near = f"; closest names: {clean(', '.join(h.name for h in found.near))}" if found.near else ""
        fail(f"no such person: {clean(query)!r}{near}")
    best = found.match
    people = store.counterparts(best.id)
    if as_json:
        _print_json({"person": best, "counterparts": people})
        return
    title = Text.assemble(literal(best.name, "bold"), " (", _side(best.side),
                          f") · {best.meetings} meeting{'s' * (best.meetings != 1)}")
    if found.how == "alias":
        title.append(f"  (also known as {clean(query)!r})", style="dim")
    ctx.out.print(title)
    table = Table(show_edge=False)
    for column, justify in (("person", "left"), ("side", "left"), ("organization", "left"), ("met", "right"),
                            ("first", "left"), ("last", "left")):
        # Names and dates stay whole on narrow terminals; the organisation wraps.
        table.add_column(column, justify=justify, no_wrap=column != "organization")
    for c in people:
        table.add_row(literal(c.name), _side(c.side), literal(c.organization or ""), str(c.met),
                      _date(c.first), _date(c.last))
    ctx.out.print(table)


@click.command("alias", epilog="""\b
Examples:
  whomet alias "S. Bachurin" "Sergey Bachurin"
  whomet alias "Sergei Bachurin" "Sergey Bachurin" --side RUS""")
@click.argument("alias")
@click.argument("person")
@click.option("--side", help="The person's side, when the name is shared.")
@pass_context
def alias_cmd(ctx: Context, alias: str, person: str, side: str | None) -> None:
    """Make ALIAS another name of PERSON: later imports and searches resolve it to them."""
    from whomet.store import AliasError

    store = ctx.store(write=True)
    if side is not None:
        side, problem = store.one_side(side)
        if problem:
            fail(problem)
    try:
        added = store.add_person_alias(alias, person, side)
    except AliasError as exc:
        fail(clean(str(exc)))
    ctx.out.print(literal(f"{added.name} -> {added.target_name} ({added.side})"))
