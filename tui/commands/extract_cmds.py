"""Commands that read releases without touching the store: extract, eval."""

import json
import sys
from pathlib import Path

import click

from whomet.tui.context import fail
from whomet.tui.literal import clean


def _explain(path: Path, text: str, extraction) -> str:
    """One line per fact: meeting, kind, rule id, span and the text there, the value."""
    from whomet.store import extract_facts

    lines = [clean(str(path))]
    for f in extract_facts(extraction):
        where = f"{f.span[0]}-{f.span[1]}" if f.span else "-"
        quoted = f' "{clean(text[f.span[0]:f.span[1]])}"' if f.span else ""
        guess = "  (guessed)" if f.guessed else ""
        lines.append(f"  {f.meeting}  {f.kind:<9} {f.rule or '-':<24} {where:<11} {clean(f.value)}{quoted}{guess}")
    for line in extraction.fallbacks:
        lines.append(f"  fallback: {clean(line)}")
    return "\n".join(lines)


@click.command("extract", epilog="""\b
Examples:
  whomet extract fixtures/releases/000-baku-border-working-group.txt""")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--explain", is_flag=True, help="Print each fact with the id of the rule that produced it and its span.")
def extract_cmd(files: tuple[Path, ...], explain: bool) -> None:
    """Print the meeting record extracted from each release FILE as JSON; the store is not touched.

    FILE is a text release (.txt, .md) or a saved web page (.html, .htm), whose main text is read.

    One file prints an indented JSON object; several print one JSON document per line.
    A file that cannot be read is reported on stderr and the others still print; so is a
    fallback the extractor took (an internal error, a text too long to read whole), with
    exit status 1.
    """
    from whomet.store import RECORD_SUFFIXES, InputError, extract_checked, read_release

    failed = False
    for path in files:
        if path.suffix.lower() in RECORD_SUFFIXES:  # read as text it yields nothing, silently
            click.echo(f"whomet: {clean(str(path))}: a meeting record, not a release (`whomet import` reads it)", err=True)
            failed = True
            continue
        try:
            text = read_release(path)
        except InputError as exc:
            click.echo(f"whomet: {clean(str(exc))}", err=True)
            failed = True
            continue
        extraction = extract_checked(text)
        if explain:
            click.echo(_explain(path, text, extraction))
        else:
            data = extraction.record.dump()
            click.echo(json.dumps(data, ensure_ascii=False, indent=2 if len(files) == 1 else None))
        for line in extraction.fallbacks:
            click.echo(f"whomet: {clean(str(path))}: extraction fell back: {clean(line)}", err=True)
            failed = True
    if failed:
        sys.exit(1)


def _pct(value: float) -> str:
    return f"{value:.3f}"


@click.command("eval", epilog="""\b
Examples:
  whomet eval fixtures
  whomet eval ../shared/corpus --misses""")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--misses", is_flag=True, help="Also list every miss: release, field, expected, got.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--split", type=click.Choice(["dev", "sealed"]), default=None,
              help="Only the releases DIRECTORY/manifest.json puts in this split.")
@click.option("--batch", default=None, help="With --split: only the releases whose name starts with BATCH (a batch "
              "such as s27-place-).")
def eval_cmd(directory: Path, misses: bool, as_json: bool, split: str | None, batch: str | None) -> None:
    """Score extraction over DIRECTORY/releases/*.txt against DIRECTORY/gold/*.json (SCHEMA.md's scoring)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    from whomet.store import InputError, evaluate_dir

    if not directory.is_dir():
        fail(f"{directory}: not a directory")
    if batch is not None and split is None:
        fail("--batch needs --split (a batch is part of a split of DIRECTORY/manifest.json)")
    try:
        report = evaluate_dir(directory, split=split, batch=batch)
    except (FileNotFoundError, InputError, ValueError) as exc:  # a bad manifest is a ValueError
        fail(str(exc))
        return
    if as_json:
        data = report.to_dict()
        if not misses:
            data.pop("misses")
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    out = Console(highlight=False)
    table = Table(title=f"Extraction scored over {report.releases} releases")
    for col in ("field", "precision", "recall", "F1", "share", "counts"):
        table.add_column(col, justify="left" if col in ("field", "counts") else "right")
    for name in report.PRF_FIELDS:
        s = getattr(report, name)
        table.add_row(name, _pct(s.precision), _pct(s.recall), _pct(s.f1), "",
                      f"tp {s.tp}  fp {s.fp}  fn {s.fn}")
    for name in report.SHARE_FIELDS:
        s = getattr(report, name)
        label = {"rank": "rank agreement", "position": "position agreement", "city": "place city",
                 "country": "place country"}.get(name, name)
        table.add_row(label, "", "", "", _pct(s.value), f"{s.matched}/{s.total}")
    out.print(table)
    out.print(Text(f"fallbacks: {len(report.fallbacks)} release(s) where extraction fell back"))
    for f in report.fallbacks:
        out.print(Text(f"  {clean(f.release)}: {clean(f.reason)}"))
    if misses:
        mt = Table(title=f"Misses ({len(report.misses)})")
        for col in ("release", "field", "expected", "got"):
            mt.add_column(col, overflow="fold")
        for m in report.misses:
            mt.add_row(Text(clean(m.release)), Text(m.field), Text(clean(_show(m.expected))), Text(clean(_show(m.got))))
        out.print(mt)


def _show(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)

