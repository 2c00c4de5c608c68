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
  whomet eval ../shared/corpus --misses
  whomet eval tests/corpus --split dev --rules""")
@click.argument("directories", metavar="DIRECTORY...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--misses", is_flag=True, help="Also list every miss: release, field, expected, got.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--rules", is_flag=True, help="Also score each rule id: per rule and kind, its facts the gold confirms "
              "(right), contradicts (wrong) or does not have (not in gold), the worst rules first; see below.")
@click.option("--split", type=click.Choice(["dev", "sealed"]), default=None,
              help="Only the releases DIRECTORY/manifest.json puts in this split.")
@click.option("--batch", default=None, help="With --split: only the releases whose name starts with BATCH (a batch "
              "such as s27-place-).")
def eval_cmd(directories: tuple[Path, ...], misses: bool, rules: bool, as_json: bool, split: str | None,
             batch: str | None) -> None:
    """Score extraction over DIRECTORY/releases/*.txt against DIRECTORY/gold/*.json (SCHEMA.md's scoring).

    Several DIRECTORY are scored together, as one corpus; their releases are then named DIRECTORY/release
    (the folder's own name), and --split and --batch apply to each.

    \b
    --rules: a fact is what `whomet extract --explain` prints; per kind, against the release's gold
    (names, sides, cities folded as in scoring; meetings matched in order):
      person     right: a gold member has that name; wrong: none has, but one's name holds all its
                 words or it holds all of one's (cut short or run on); else not in gold
      side       right: the gold puts the name on that side; wrong: on other sides only
      head       right: the gold marks the name head; wrong: the gold has the name, never as head
      date       right: the gold meeting in the same position has that date; wrong: another (or none)
      place      right: the country of that gold meeting and, if it names a city, its city;
                 wrong: either differs (a city it does not name is a miss, not its error)
      meeting    right: the gold has a meeting in that position (never wrong)
      agreement  right: a gold agreement of that kind not yet taken; wrong: none of that kind left
                 but one of another kind nothing matched
      award      right: the gold has its key (giver or award, recipient side); wrong: it does not,
                 but has an award nothing matched
    side, head: not in gold when the gold has no member of that name; date, place: when the gold has
    no meeting in that position; agreement, award: when no gold one is left unmatched.
    Rank and position carry no rule id. Sorted by wrong, then right minus wrong: the worst first;
    'releases right' counts the releases a rule was right in (one only: a rule of one page's phrasing?).
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    from whomet.store import EvalReport, InputError, evaluate_dir, evaluate_rules

    for directory in directories:
        if not directory.is_dir():
            fail(f"{directory}: not a directory")
    if batch is not None and split is None:
        fail("--batch needs --split (a batch is part of a split of DIRECTORY/manifest.json)")
    try:
        reports = [(evaluate_rules if rules else evaluate_dir)(d, split=split, batch=batch) for d in directories]
    except (FileNotFoundError, InputError, ValueError) as exc:  # a bad manifest is a ValueError
        fail(str(exc))
        return
    if len(reports) == 1:
        report = reports[0]
    else:
        report = EvalReport()
        for d, one in zip(directories, reports):
            report.merge(one, prefix=f"{d.name}/")
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
    if rules:
        rt = Table(title=f"Facts per rule over {report.releases} releases, the worst first")
        for col in ("rule", "kind", "right", "wrong", "not in gold", "precision", "releases right", "releases wrong"):
            rt.add_column(col, justify="left" if col in ("rule", "kind") else "right")
        for r in report.rules.worst_first():
            rt.add_row(Text(r.rule), r.kind, str(r.right), str(r.wrong), str(r.not_in_gold), _pct(r.precision),
                       str(len(r.right_in)), str(len(r.wrong_in)))
        out.print(rt)
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

