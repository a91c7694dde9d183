//! `dateline summarize` on files written for these tests.

use predicates::prelude::*;

mod common;
use common::{dateline, OkStdout};

const ROWS: &str = concat!(
    r#"{"id": "a1", "title": null, "date": "2025-03-04", "url": "https://example.com/a1", "text": "(CNN)The city council voted on Tuesday to build a new bridge. It will cost $48 million. The mayor welcomed the vote. Two members opposed it. Work starts next spring."}"#,
    "\n",
    "\n",
    r#"{"id": 42, "title": "Storm cuts power", "published": "2025-03-05", "text": "A storm cut power to 40,000 homes. Crews worked through the night.\nSchools stayed closed on Thursday."}"#,
    "\n",
);

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(out.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn jsonl_in_json_lines_out() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("dev.jsonl");
    std::fs::write(&p, ROWS).unwrap();
    let out = dateline()
        .args(["summarize", p.to_str().unwrap(), "--format", "json"])
        .args(["--sentences", "2"])
        .ok_stdout();
    let rows = json_lines(&out);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], "a1");
    assert_eq!(rows[1]["id"], "42");
    for r in &rows {
        let s = r["summary"].as_str().unwrap();
        assert_eq!(s.lines().count(), 2, "{s}");
        assert!(s.lines().all(|l| !l.trim().is_empty() && l == l.trim()));
    }
}

#[test]
fn lead_method_and_word_budget() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("dev.jsonl");
    std::fs::write(&p, ROWS).unwrap();
    let out = dateline()
        .args(["summarize", p.to_str().unwrap(), "--format", "json"])
        .args(["--method", "lead", "--sentences", "1"])
        .ok_stdout();
    let rows = json_lines(&out);
    assert!(rows[1]["summary"]
        .as_str()
        .unwrap()
        .starts_with("A storm cut power"));
    let out = dateline()
        .args(["summarize", p.to_str().unwrap(), "--format", "json"])
        .args(["--words", "12"])
        .ok_stdout();
    for r in json_lines(&out) {
        let s = r["summary"].as_str().unwrap();
        assert!(s.lines().count() >= 1);
    }
}

#[test]
fn sentences_and_words_conflict() {
    dateline()
        .args(["summarize", "x.jsonl", "--sentences", "2", "--words", "10"])
        .assert()
        .code(2);
}

#[test]
fn bad_json_line_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.jsonl");
    std::fs::write(
        &p,
        "{\"id\": \"ok\", \"text\": \"Fine. Text.\"}\n{\"id\": \"broken\", \"text\": \n",
    )
    .unwrap();
    dateline()
        .args(["summarize", p.to_str().unwrap(), "--format", "json"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.jsonl"))
        .stderr(predicate::str::contains("2"));
}

#[test]
fn markdown_output_of_a_plain_article() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("story.txt");
    std::fs::write(
        &p,
        "Harbour pier collapses\n\nThe eastern end of the pier collapsed overnight. Two boats sank. Nobody was hurt. The ferry will restart on Monday.\n",
    )
    .unwrap();
    dateline()
        .args(["summarize", p.to_str().unwrap(), "--date", "2025-04-17"])
        .args(["--sentences", "2"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("## "))
        .stdout(predicate::str::contains("\n- "));
}

/// Markdown output escapes the article's text as `brief` does: no live
/// link, HTML tag or emphasis can come out of a summary.
#[test]
fn markdown_output_escapes_article_text() {
    let out = dateline()
        .args(["summarize", "fixtures/hostile-markup.md"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    for raw in ["[click](http://x)", "<script>", "**urgent**", "`code`"] {
        assert!(!out.contains(raw), "{raw} came out unescaped:\n{out}");
    }
    assert!(out.contains("&lt;script&gt;"), "{out}");
    // bullets wrap at 80 columns (a heading is one line, however long)
    assert!(
        out.lines()
            .filter(|l| !l.starts_with("## "))
            .all(|l| l.chars().count() <= 80),
        "{out}"
    );
}
