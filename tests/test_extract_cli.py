"""`whomet extract` and `whomet eval` through click's CliRunner."""

import json
from pathlib import Path

import pytest

from whomet.store.corpus import split_ids
from whomet.tui.cli import main

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SPLIT_CORPUS = Path(__file__).resolve().parent / "corpus"
RELEASE = ("date 2020-03-05 Source: [red]Ministry of Internal Affairs of the Republic of Kazakhstan\n\n"
           "A delegation of the Ministry of Internal Affairs of the Republic of Kazakhstan headed by Deputy "
           "Minister, Police Major General Yerlan Sadykov held talks in Bishkek with the Minister of Internal "
           "Affairs of the Kyrgyz Republic, Major General of Militia Ulan Niyazbekov.\n")


def test_extract_one_file_prints_an_indented_object_and_no_markup_is_interpreted(runner, tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(RELEASE, encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("{\n")
    data = json.loads(result.output)
    assert data["source"]["date"] == "2020-03-05"
    names = [m["name"] for d in data["meetings"][0]["delegations"] for m in d["members"]]
    assert "Yerlan Sadykov" in names
    assert data["source"]["publisher"].startswith("[red]Ministry")  # printed literally, never rendered


def test_extract_several_files_prints_json_lines_and_reports_bad_files(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(RELEASE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Mrs. Lucía".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    result = runner.invoke(main, ["extract", str(good), str(empty), str(binary), str(latin), str(missing),
                                  str(tmp_path), str(good)])
    assert result.exit_code == 1
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    assert len(lines) == 2 and all(json.loads(ln)["meetings"] for ln in lines)
    err = result.stderr.splitlines()
    assert len(err) == 5
    assert all(line.startswith("whomet: ") for line in err)
    assert any("empty.txt: file is empty" in line for line in err)
    assert any("bin.txt" in line and "binary" in line for line in err)
    assert any("latin.txt" in line and "UTF-8" in line for line in err)
    assert any("missing.txt: no such file" in line for line in err)
    assert any("is a directory" in line for line in err)


def test_extract_good_files_exit_zero(runner, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(RELEASE, encoding="utf-8")
    b.write_text("Nothing happened today.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(a), str(b)])
    assert result.exit_code == 0
    assert [len(json.loads(ln)["meetings"]) for ln in result.stdout.splitlines()] == [1, 0]


def test_eval_prints_a_table_and_misses(runner):
    result = runner.invoke(main, ["eval", str(SPLIT_CORPUS), "--split", "dev", "--misses"])
    assert result.exit_code == 0, result.output
    for word in ("attendees", "heads", "agreements", "awards", "rank agreement", "place city", "Misses"):
        assert word in result.stdout


def test_eval_json(runner):
    result = runner.invoke(main, ["eval", str(SPLIT_CORPUS), "--split", "dev", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["releases"] == len(split_ids(SPLIT_CORPUS, "dev")) and "misses" not in data
    assert 0 <= data["attendees"]["f1"] <= 1


def test_eval_batch_scores_one_batch_and_names_an_empty_one(runner):
    result = runner.invoke(main, ["eval", str(SPLIT_CORPUS), "--split", "dev", "--batch", "d27-place-", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["releases"] == 9
    result = runner.invoke(main, ["eval", str(SPLIT_CORPUS), "--split", "dev", "--batch", "s26-"])
    assert result.exit_code == 1 and "no release in split 'dev' whose name starts with 's26-'" in result.stderr
    result = runner.invoke(main, ["eval", str(SPLIT_CORPUS), "--batch", "d27-place-"])
    assert result.exit_code == 1 and "--batch needs --split" in result.stderr


def test_eval_split_needs_a_manifest_and_names_a_missing_release(runner, tmp_path):
    (tmp_path / "releases").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "releases" / "a.txt").write_text(RELEASE, encoding="utf-8")
    result = runner.invoke(main, ["eval", str(tmp_path), "--split", "sealed"])
    assert result.exit_code == 1 and "manifest.json: no manifest" in result.stderr
    (tmp_path / "manifest.json").write_text(json.dumps({"releases": [{"id": "a", "split": "sealed"},
                                                                     {"id": "b", "split": "sealed"}]}))
    result = runner.invoke(main, ["eval", str(tmp_path), "--split", "sealed"])
    assert result.exit_code == 1 and "releases/b.txt is missing" in result.stderr
    (tmp_path / "manifest.json").write_text(json.dumps({"releases": [{"id": "a", "split": "later"}]}))
    result = runner.invoke(main, ["eval", str(tmp_path), "--split", "sealed"])
    assert result.exit_code == 1 and "split must be one of dev, sealed" in result.stderr


@pytest.mark.skipif(not (CORPUS / "releases").is_dir(), reason=f"shared corpus not found at {CORPUS}")
def test_eval_corpus_json_meets_targets(runner):
    result = runner.invoke(main, ["eval", str(CORPUS), "--json", "--misses"])
    data = json.loads(result.stdout)
    assert data["attendees"]["f1"] >= 0.95 and isinstance(data["misses"], list)


def test_eval_bad_directory(runner, tmp_path):
    result = runner.invoke(main, ["eval", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "whomet:" in result.stderr and "not a directory" in result.stderr
    result = runner.invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code == 1 and "no releases" in result.stderr


def test_eval_names_a_gold_file_that_is_no_json_or_no_record(runner, tmp_path):
    (tmp_path / "releases").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "releases" / "a.txt").write_text(RELEASE, encoding="utf-8")
    gold = tmp_path / "gold" / "a.json"
    gold.write_text("{", encoding="utf-8")
    result = runner.invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and f"{gold}: not JSON" in result.stderr
    gold.write_text(json.dumps({"meetings": [{"delegations": [{"side": "XYZ"}]}]}), encoding="utf-8")
    result = runner.invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{gold}: meetings[0].delegations[0].side: unknown side code 'XYZ'" in result.stderr


def test_extract_explain_prints_each_fact_with_its_rule_and_span(runner, tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(RELEASE + "\x1b[31m\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    person = next(line for line in lines if " person " in line and "Yerlan Sadykov" in line)
    assert "person.rank_before" in person
    start, end = (int(x) for x in person.split()[3].split("-"))
    assert RELEASE[start:end] == "Yerlan Sadykov"
    assert any(" head " in line and "head.led_by" in line and "Yerlan Sadykov" in line for line in lines)
    assert any(" side " in line and "Ulan Niyazbekov: KGZ" in line for line in lines)
    assert "\x1b" not in result.output


def test_extract_reports_a_fallback_and_exits_one(runner, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(RELEASE * 600, encoding="utf-8")  # past MAX_CHARS: the rest is not read, and that is said
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 1
    assert "extraction fell back: text of" in result.stderr
