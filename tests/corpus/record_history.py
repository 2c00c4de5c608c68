"""Measure one split of this corpus with the installed extractor and append the figures to manifest.json.

    .venv/bin/python tests/corpus/record_history.py SPLIT "what was measured and why" [BATCH]

Appends one entry to the manifest's top-level `history` (the split's figures) and one to each
release's own `history` (its figures alone), with today's date (UTC) and the git commit of the
extractor. With BATCH (an id prefix such as `s27-award-`), only the split's releases whose id starts
with it are measured, and the entry names the batch: a new sealed batch records its UNTOUCHED figures
this way, apart from the batches measured before it. Releases are read as `whomet eval` reads them
(store.inputs.read_release). A working tree with uncommitted changes under store/ is recorded as
`<commit>+dirty`.
"""

import datetime
import json
import subprocess
import sys
from pathlib import Path

from whomet.store.evaluate import EvalReport, evaluate, evaluate_dir
from whomet.store.corpus import load_manifest, split_ids
from whomet.store.extract import extract
from whomet.store.inputs import read_release

HERE = Path(__file__).resolve().parent


def figures(report: EvalReport) -> dict:
    out: dict = {"releases": report.releases}
    for name in report.PRF_FIELDS:
        s = getattr(report, name)
        out[name] = {"p": round(s.precision, 3), "r": round(s.recall, 3), "f1": round(s.f1, 3)}
    for name in report.SHARE_FIELDS:
        out[name] = round(getattr(report, name).value, 3)
    # the sealed test holds rank and position as shares of GOLD attendees (test_corpus_split.py)
    gold = report.attendees.tp + report.attendees.fn
    out["rank_of_gold"] = round(report.rank.matched / gold, 3) if gold else 1.0
    out["position_of_gold"] = round(report.position.matched / gold, 3) if gold else 1.0
    return out


def commit() -> str:
    repo = HERE.parents[1]
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True, text=True,
                          check=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "store"], cwd=repo, capture_output=True, text=True,
                           check=True).stdout.strip()
    return head + ("+dirty" if dirty else "")


def dump(value, level: int = 0, compact: bool = False) -> str:
    """The manifest as JSON with one line per history entry and per origin, so diffs stay readable."""
    if compact or not isinstance(value, (dict, list)) or not value:
        return json.dumps(value, ensure_ascii=False)
    pad, inner = " " * level, " " * (level + 1)
    if isinstance(value, list):
        items = [dump(v, level + 1) for v in value]
        return "[\n" + ",\n".join(inner + i for i in items) + "\n" + pad + "]"
    items = []
    for key, v in value.items():
        flat = key in ("origin", "families") or (key == "history" and isinstance(v, list))
        if key == "history" and isinstance(v, list) and v:
            body = "[\n" + ",\n".join(inner + " " + dump(e, compact=True) for e in v) + "\n" + inner + "]"
        else:
            body = dump(v, level + 1, compact=flat)
        items.append(f"{inner}{json.dumps(key)}: {body}")
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"


def main(split: str, note: str, batch: str | None = None) -> None:
    manifest = load_manifest(HERE)
    stamp = {"date": datetime.datetime.now(datetime.timezone.utc).date().isoformat(), "commit": commit()}
    total = evaluate_dir(HERE, split=split, batch=batch)
    measured = {**stamp, "split": split, **({"batch": batch} if batch else {}), "note": note, "figures": figures(total)}
    manifest.setdefault("history", []).append(measured)
    wanted = {i for i in split_ids(HERE, split) if batch is None or i.startswith(batch)}
    for entry in manifest["releases"]:
        if entry["id"] not in wanted:
            continue
        gold = json.loads((HERE / "gold" / f"{entry['id']}.json").read_text(encoding="utf-8"))
        got = extract(read_release(HERE / "releases" / f"{entry['id']}.txt"))
        entry.setdefault("history", []).append({**stamp, "figures": figures(evaluate([(entry["id"], gold, got)]))})
    (HERE / "manifest.json").write_text(dump(manifest) + "\n", encoding="utf-8")
    print(json.dumps(measured, indent=1))


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
