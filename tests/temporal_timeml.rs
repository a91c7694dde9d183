//! TimeML in and out: re-tagging keeps every byte outside the inserted
//! tags, malformed documents are clear errors, and `dateline tag --format
//! timeml` reports partial failures in its exit status.

mod common;
use common::{dateline, OkStdout};
use dateline::temporal::Tagger;
use dateline::timeml;

const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-04-17" temporalFunction="false" functionInDocument="CREATION_TIME">April 17, 2025</TIMEX3></DCT>
<TITLE>Ferry talks</TITLE>
<TEXT>
Harbour officials <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t9" type="DATE" value="2025-04-17">Thursday</TIMEX3> that the ferry &amp; freight talks would resume next week.

The strike lasted five hours &quot;at most&quot;, and ended last Saturday.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
"#;

fn strip_timex(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(p) = rest.find("<TIMEX3 tid=\"t") {
        // keep the DCT's TIMEX3 (it has functionInDocument="CREATION_TIME")
        let end = rest[p..].find('>').unwrap() + p;
        if rest[p..end].contains("CREATION_TIME") {
            out.push_str(&rest[..=end]);
            rest = &rest[end + 1..];
            continue;
        }
        out.push_str(&rest[..p]);
        rest = &rest[end + 1..];
        let close = rest.find("</TIMEX3>").unwrap();
        out.push_str(&rest[..close]);
        rest = &rest[close + "</TIMEX3>".len()..];
    }
    out.push_str(rest);
    out
}

#[test]
fn retag_keeps_text_byte_identical() {
    let out = timeml::retag("doc.tml", DOC.as_bytes().to_vec(), Tagger::global()).unwrap();
    // the old EVENT / TIMEX3 tags inside TEXT are dropped, nothing else changes
    let expected = DOC
        .replace(r#"<EVENT eid="e1" class="REPORTING">said</EVENT>"#, "said")
        .replace(
            r#"<TIMEX3 tid="t9" type="DATE" value="2025-04-17">Thursday</TIMEX3>"#,
            "Thursday",
        );
    assert_eq!(strip_timex(&out), expected);
    for want in [
        r#"value="2025-04-17" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Thursday</TIMEX3>"#,
        r#"type="DATE" value="2025-W17""#,
        r#"type="DURATION" value="PT5H" temporalFunction="false" functionInDocument="NONE">five hours</TIMEX3>"#,
        r#"value="2025-04-12""#,
    ] {
        assert!(out.contains(want), "missing {want} in\n{out}");
    }
    // the DCT keeps its tid; new tids do not reuse it
    assert_eq!(out.matches(r#"tid="t0""#).count(), 1);
}

#[test]
fn plain_text_decodes_entities() {
    let doc = timeml::parse("doc.tml", DOC.to_string()).unwrap();
    assert!(doc.plain().contains("ferry & freight"));
    assert!(doc.plain().contains("\"at most\""));
    assert_eq!(
        doc.dct,
        chrono::NaiveDate::from_ymd_opt(2025, 4, 17).unwrap()
    );
}

fn err(doc: &str) -> String {
    timeml::parse("bad.tml", doc.to_string())
        .unwrap_err()
        .to_string()
}

#[test]
fn malformed_documents_name_file_and_line() {
    let unclosed = DOC.replace(
        "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"2025-04-17\">Thursday</TIMEX3>",
        "<TIMEX3 tid=\"t9\">Thursday",
    );
    let e = err(&unclosed);
    assert!(
        e.starts_with("bad.tml:7:") && e.contains("never closed"),
        "{e}"
    );
    let e = err(&DOC.replace(
        "<EVENT eid=\"e1\" class=\"REPORTING\">",
        "<EVENT eid=\"e1\" class=\"REPORTING\"",
    ));
    assert!(
        e.starts_with("bad.tml:7:") && e.contains("unclosed tag"),
        "{e}"
    );
    let e = err(&DOC.replace(
        "value=\"2025-04-17\" temporalFunction=\"false\"",
        "value=\"someday\" temporalFunction=\"false\"",
    ));
    assert!(e.starts_with("bad.tml:4:") && e.contains("someday"), "{e}");
    let no_dct: String = DOC
        .lines()
        .filter(|l| !l.starts_with("<DCT>"))
        .collect::<Vec<_>>()
        .join("\n");
    let e = err(&no_dct);
    assert!(e.starts_with("bad.tml:1:") && e.contains("DCT"), "{e}");
    let e = err(&DOC.replace("</TEXT>", ""));
    assert!(e.starts_with("bad.tml:6:") && e.contains("TEXT"), "{e}");
}

#[test]
fn cli_reports_partial_and_total_failure() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.tml");
    let bad = dir.path().join("b.tml");
    std::fs::write(&good, DOC).unwrap();
    std::fs::write(&bad, DOC.replace("</TEXT>", "")).unwrap();
    let out = dir.path().join("out");
    let r = dateline()
        .args(["tag", "--format", "timeml"])
        .arg(dir.path())
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(6);
    let stderr = String::from_utf8(r.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("b.tml:6:"), "{stderr}");
    assert!(out.join("a.tml").exists());
    assert!(!out.join("b.tml").exists());
    dateline()
        .args(["tag", "--format", "timeml"])
        .arg(&bad)
        .assert()
        .code(3);
    dateline()
        .args(["tag", "--format", "timeml"])
        .arg(&good)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("<TIMEX3 tid=\"t1\""));
}

#[test]
fn cli_json_lists_text_offsets_and_values() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("a.txt");
    let text = "Ferry talks resume\nThe envoy met the mayor last Saturday for five hours.\n";
    std::fs::write(&art, text).unwrap();
    let out = dateline()
        .args(["tag", "--date", "2025-04-17", "--format", "json"])
        .arg(&art)
        .ok_stdout();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["dct"], "2025-04-17");
    let t = &v["timexes"][0];
    assert_eq!(t["text"], "last Saturday");
    assert_eq!(t["value"], "2025-04-12");
    let (s, e) = (
        t["start"].as_u64().unwrap() as usize,
        t["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "last Saturday");
    assert_eq!(v["timexes"][1]["value"], "PT5H");
}

/// `dateline tag` on JSON Lines: a bad line is reported as `file:line:
/// reason` on stderr and skipped, the other articles are tagged, exit 6;
/// when no article can be read, the error is the exit status (3).
#[test]
fn tag_reports_bad_json_lines_and_tags_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let good = |t: &str, day: &str| {
        format!("{{\"title\": \"{t}\", \"published\": \"2025-04-17\", \"text\": \"Talks on {t} ended on {day}.\"}}\n")
    };
    let mut feed = good("Alpha", "Monday");
    feed.push_str("{\"title\": \"Broken\", \"text\": 5}\n");
    feed.push_str("not json at all\n");
    feed.push_str(&good("Gamma", "Tuesday"));
    let p = dir.path().join("feed.jsonl");
    std::fs::write(&p, feed).unwrap();
    let r = dateline().arg("tag").arg(&p).assert().code(6);
    let out = r.get_output();
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    let name = p.display().to_string();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(lines[0].contains(&format!("{name}:2: ")), "{stderr}");
    assert!(lines[1].contains(&format!("{name}:3: ")), "{stderr}");
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    // each article under its origin (file:line), so the skipped lines show
    assert_eq!(
        stdout,
        format!(
            "## {name}:1\nMonday\tDATE\t2025-04-14\n\n## {name}:4\nTuesday\tDATE\t2025-04-15\n"
        ),
        "{stdout}"
    );
    // JSON: one object per good article
    let r = dateline()
        .args(["tag", "--format", "json"])
        .arg(&p)
        .assert()
        .code(6);
    let stdout = String::from_utf8(r.get_output().stdout.clone()).unwrap();
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    // nothing readable: the error is the status
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "not json\n{\"text\": 5}\n").unwrap();
    let r = dateline().arg("tag").arg(&bad).assert().code(3);
    let stderr = String::from_utf8(r.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains(&format!("{}:", bad.display())), "{stderr}");
}
