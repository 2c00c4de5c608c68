"""Commands that take decisions about the records: merge, unmerge, correct, judgements,
candidates, resolve, reextract. Each decision is a judgement kept beside the extraction."""

import json
import sys
from pathlib import Path

import click

from whomet.tui.context import Context, fail, pass_context
from whomet.tui.literal import clean, literal

KINDS = {"person": "person", "org": "organization", "organization": "organization", "meeting": "meeting"}
PROGRESS_AFTER = 20  # releases; fewer finish before a bar would be worth drawing


def _entity(kind: str) -> str:
    return KINDS[kind]


def _ref(store, entity: str, ref: str) -> int:
    from whomet.store import JudgementError

    try:
        return store.resolve_ref(entity, ref)
    except JudgementError as exc:
        fail(clean(str(exc)))


def _report(ctx: Context, decision) -> None:
    ctx.out.print(literal(decision.message + (f"  [{decision.status}]" if decision.judgement else "")))
    _orphans(ctx, decision.orphaned)


def _orphans(ctx: Context, orphaned) -> None:
    if orphaned:
        ctx.err.print(literal(f"{len(orphaned)} judgement{'s' * (len(orphaned) != 1)} no longer find their fact "
                              "(kept, marked orphaned):"))
        for j in orphaned:
            ctx.err.print(literal(f"  #{j.id} {j.describe()}"))


@click.command("merge", epilog='\x08\nExamples:\n  whomet merge person "Aleksandr Sukhovoi@RUS" "Alexander Sukhovoy@RUS" --note "same colonel"\n  whomet merge person 12 31 --not\n  whomet merge meeting 40 41')
@click.argument("kind", type=click.Choice(sorted(KINDS)))
@click.argument("a")
@click.argument("b")
@click.option("--not", "not_same", is_flag=True, help="Record that they are NOT the same (never proposed again).")
@click.option("--unsure", is_flag=True, help="Record that you cannot tell (not proposed again).")
@click.option("--note", help="Why: kept with the judgement.")
@pass_context
def merge_cmd(ctx: Context, kind: str, a: str, b: str, not_same: bool, unsure: bool, note: str | None) -> None:
    """Judge two people, organisations or meetings to be the same (or, with --not, not the same).

    A and B are ids, or names (`Name` or `Name@SIDE`) for people and organisations. The
    records stay as the sources wrote them; views resolve them to one. `whomet unmerge` undoes it.
    """
    from whomet.store import JudgementError

    if not_same and unsure:
        fail("--not and --unsure exclude each other")
    store = ctx.store(create=False)
    entity = _entity(kind)
    ia, ib = _ref(store, entity, a), _ref(store, entity, b)
    try:
        decision = store.judge(entity, ia, ib, "not_same" if not_same else "unsure" if unsure else "same", note)
    except JudgementError as exc:
        fail(clean(str(exc)))
    _report(ctx, decision)
    if decision.status == "conflict":
        fail("not merged: a `not same` judgement keeps them apart (see `whomet judgements`)")


@click.command("unmerge", epilog='\x08\nExamples:\n  whomet unmerge person "Igor Zubov@RUS" "Igor Zubkov@RUS"\n  whomet unmerge meeting 40')
@click.argument("kind", type=click.Choice(sorted(KINDS)))
@click.argument("a")
@click.argument("b", required=False)
@click.option("--note", help="Why: kept with the retracted judgement.")
@pass_context
def unmerge_cmd(ctx: Context, kind: str, a: str, b: str | None, note: str | None) -> None:
    """Undo `same` judgements: between A and B, or (without B) every one joining A to another record.

    The judgements are kept, marked inactive, so the log shows what was decided and undone;
    an automatic merge undone is never made again.
    """
    from whomet.store import JudgementError

    store = ctx.store(create=False)
    entity = _entity(kind)
    ia = _ref(store, entity, a)
    ib = _ref(store, entity, b) if b is not None else None
    try:
        decision = store.unmerge(entity, ia, ib, note)
    except JudgementError as exc:
        fail(clean(str(exc)))
    _report(ctx, decision)


VERB_HELP = ("drop NAME | side NAME CODE | head NAME | not-head NAME | rank NAME RANK | position NAME POSITION | "
             "not-agreement TITLE | not-award AWARD | add-attendee NAME --side CODE | add-agreement TITLE | add-award AWARD")


@click.command("correct", epilog='\x08\nExamples:\n  whomet correct 12 drop "Ministry of Interior"\n  whomet correct 12 side "Igor Zubov" RUS\n  whomet correct 12 rank "Igor Zubov" "Colonel"\n  whomet correct 12 add-attendee "Oleg Petrov" --side RUS --rank "Major General"')
@click.argument("meeting_id", type=int)
@click.argument("verb", metavar="VERB")
@click.argument("name")
@click.argument("value", required=False)
@click.option("--side", help="add-attendee: the attendee's side.")
@click.option("--rank", help="add-attendee: their rank.")
@click.option("--position", help="add-attendee: their position.")
@click.option("--head", is_flag=True, help="add-attendee: they head their delegation.")
@click.option("--span", nargs=2, type=int, metavar="START END",
              help="add-*: where the fact is in the release text (found by its name when not given).")
@click.option("--kind", "fact_kind", help="add-agreement / add-award: its kind (protocol, medal ...).")
@click.option("--party", "parties", multiple=True, help="add-agreement: a party's side (repeat).")
@click.option("--giver", help="add-award: who gave it.")
@click.option("--giver-side", help="add-award: the giver's side.")
@click.option("--recipient", "recipients", multiple=True, help="add-award: a recipient (repeat).")
@click.option("--recipient-side", help="add-award: the recipients' side.")
@click.option("--note", help="Why: kept with the judgement.")
@pass_context
def correct_cmd(ctx: Context, meeting_id: int, verb: str, name: str, value: str | None, side, rank, position, head,
                span, fact_kind, parties, giver, giver_side, recipients, recipient_side, note) -> None:
    """Correct one fact of a meeting; the extraction stays, the correction is kept beside it.

    VERB NAME [VALUE] is one of: drop NAME | side NAME CODE | head NAME | not-head NAME |
    rank NAME RANK | position NAME POSITION | not-agreement TITLE | not-award AWARD |
    add-attendee NAME --side CODE [--rank R] [--position P] [--head] [--span S E] |
    add-agreement TITLE [--kind K] [--party CODE ...] | add-award AWARD [--kind K] [--giver G]
    [--giver-side CODE] [--recipient NAME ...] [--recipient-side CODE].
    Corrections survive `whomet reextract`; `whomet judgements --retract ID` undoes one.
    """
    from whomet.store import JudgementError

    store = ctx.store(create=False)
    extra = {"side": side, "rank": rank, "position": position, "head": head, "kind": fact_kind,
             "parties": list(parties), "giver": giver, "giver_side": giver_side, "recipients": list(recipients),
             "recipient_side": recipient_side}
    if span:
        extra["span"] = list(span)
    extra = {k: v for k, v in extra.items() if v not in (None, [], False)}
    try:
        decision = store.correct(meeting_id, verb, name, value, extra if verb.startswith("add-") else None, note)
    except JudgementError as exc:
        fail(clean(str(exc)))
    _report(ctx, decision)
    if decision.status == "orphaned":
        fail("the correction was recorded but finds no fact to apply to")


@click.command("judgements", epilog='\x08\nExamples:\n  whomet judgements\n  whomet judgements --export decisions.jsonl\n  whomet judgements --import colleague.jsonl\n  whomet judgements --retract 7')
@click.option("--export", "export_to", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the whole log as JSON Lines ('-' for stdout).")
@click.option("--import", "import_from", type=click.Path(dir_okay=False, path_type=Path),
              help="Merge a JSON Lines log shared by a colleague (idempotent).")
@click.option("--retract", "retract_id", type=int, metavar="ID", help="Undo one judgement (kept, marked inactive).")
@click.option("--all", "show_all", is_flag=True, help="Also list retracted judgements.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable list.")
@pass_context
def judgements_cmd(ctx: Context, export_to: Path | None, import_from: Path | None, retract_id: int | None,
                   show_all: bool, as_json: bool) -> None:
    """List the judgements (merges and corrections), share them as JSON Lines, or undo one.

    The log is the team's record of decisions: export it, review it, import a colleague's
    (a judgement already here is not added twice; one retracted there is retracted here).
    """
    from rich.table import Table
    from whomet.store import JudgementError

    store = ctx.store(create=False)
    if retract_id is not None:
        try:
            _report(ctx, store.retract(retract_id))
        except JudgementError as exc:
            fail(clean(str(exc)))
        return
    if import_from is not None:
        try:
            with import_from.open(encoding="utf-8") as f:
                count, decision = store.import_judgements(f, str(import_from))
        except OSError as exc:
            fail(f"{import_from}: {exc.strerror or exc}")
        except UnicodeDecodeError:
            fail(f"{import_from}: not UTF-8 text")
        except JudgementError as exc:
            fail(clean(str(exc)))
        ctx.out.print(literal(f"{import_from}: {count.added} added, {count.retracted} retracted, "
                              f"{count.unchanged} already here"))
        _orphans(ctx, decision.orphaned)
        return
    if export_to is not None:
        if str(export_to) == "-":
            store.export_judgements(sys.stdout)
            return
        partial = export_to.with_name(export_to.name + ".partial")
        try:
            with partial.open("w", encoding="utf-8") as out:
                n = store.export_judgements(out)
            partial.replace(export_to)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            fail(f"{export_to}: {exc.strerror or exc}")
        ctx.err.print(literal(f"{n:,} judgements written to {export_to}"))
        return
    rows = store.judgements(active_only=not show_all)
    if as_json:
        import dataclasses

        click.echo(json.dumps([dataclasses.asdict(j) for j in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        ctx.err.print("no judgements yet")
        return
    table = Table(show_edge=False)
    for column in ("id", "when", "status", "judgement", "note"):
        table.add_column(column, overflow="fold")
    for j in rows:
        table.add_row(str(j.id), j.created_at[:16].replace("T", " "), j.status if j.active else "retracted",
                      literal(j.describe()), literal(j.note or ""))
    ctx.out.print(table)


@click.command("candidates", epilog='\x08\nExamples:\n  whomet candidates --kind person\n  whomet candidates --kind org --json')
@click.option("--kind", type=click.Choice(["person", "org", "meeting"]), default="person", show_default=True)
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_context
def candidates_cmd(ctx: Context, kind: str, limit: int, as_json: bool) -> None:
    """Likely pairs not yet judged, best first, with the evidence and the rule that matched.

    `auto` marks the pairs `whomet resolve` would merge on its own; the rest wait for a
    person (`whomet merge`, or the review queue in the browser, key `R`).
    """
    import dataclasses

    from rich.table import Table

    rows = ctx.store(create=False).candidates(_entity(kind), limit)
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(c) for c in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        ctx.err.print(f"no {KINDS[kind]} candidates")
        return
    table = Table(show_edge=False)
    for column in ("a", "b", "rule", "evidence", "auto"):
        table.add_column(column, overflow="fold")
    for c in rows:
        table.add_row(literal(c.a_label), literal(c.b_label), literal(c.rule), literal("; ".join(c.evidence)),
                      "auto" if c.auto else "")
    ctx.out.print(table)


@click.command("resolve", epilog='\x08\nExamples:\n  whomet resolve --dry-run\n  whomet resolve')
@click.option("--dry-run", is_flag=True, help="List what would be merged; write nothing.")
@pass_context
def resolve_cmd(ctx: Context, dry_run: bool) -> None:
    """Automatic resolution, conservative: merge the pairs a rule is sure of, and list every merge.

    Organisations by their name without country words and by acronym; people by
    transliteration variants and initials with context (same release, organisation,
    position or meeting); meetings reported by two sources when date, sides and people
    agree. Each merge is a judgement (source auto, with its rule): `whomet unmerge` undoes it.
    """
    store = ctx.store(create=False)
    report = store.resolve(dry_run=dry_run)
    verb = "would merge" if dry_run else "merged"
    for c in report.merged:
        ctx.out.print(literal(f"{verb} {c.kind}: {c.a_label} = {c.b_label}  ({c.rule})"))
    ctx.out.print(literal(
        f"people {report.people_before:,} -> {report.people_after:,} · organizations {report.organizations_before:,}"
        f" -> {report.organizations_after:,} · meetings {report.meetings_before:,} -> {report.meetings_after:,}"
        + (f" · {report.conflicts} kept apart by a `not same`" if report.conflicts else "")))


@click.command("reextract", epilog='\x08\nExamples:\n  whomet reextract')
@pass_context
def reextract_cmd(ctx: Context) -> None:
    """Run the current extractor over every stored release and replace the extracted facts.

    Hand-checked records imported beside their release are left as they are. Every
    judgement is kept and re-attached to the new facts by release, meeting and name; those
    whose fact is gone are listed and kept, marked orphaned.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    store = ctx.store(create=False)
    if sys.stdout.isatty():
        with Progress(TextColumn("re-extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=ctx.out, transient=True) as progress:
            task = progress.add_task("reextract", total=None)

            def on_source(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)
            report = store.reextract(on_source=on_source)
    else:
        report = store.reextract()
    for path, problem in report.failed:
        click.echo(f"whomet: {clean(path)}: kept as it was: extraction failed ({clean(problem)})", err=True)
    ctx.out.print(literal(
        f"{report.sources:,} releases · {report.changed:,} changed · meetings {report.meetings_before:,} -> "
        f"{report.meetings_after:,} · attendees {report.attendees_before:,} -> {report.attendees_after:,}"))
    _orphans(ctx, report.orphaned)
    if report.still_orphaned:
        ctx.err.print(literal(f"{report.still_orphaned} judgement(s) were orphaned before this run and still are"))
    if report.failed:
        sys.exit(1)
