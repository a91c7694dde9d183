//! `dateline daily` end to end over fixtures/daily (13 articles written for
//! this project, 6 stories, one broken file).
//!
//! The golden brief and calendar live in tests/daily-golden/. To re-bless
//! them after an intended change:
//!
//!     DATELINE_BLESS=1 cargo test --test daily
//!
//! and review the diff before committing.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const DATE: &str = "2025-04-17";

mod common;
use common::{dateline, root};

fn fixtures() -> PathBuf {
    root().join("fixtures/daily")
}

/// `dateline daily INPUTS... --date DATE --no-config`, to which a test adds
/// its own flags.
fn daily_on(inputs: &[&str]) -> Command {
    let mut c = dateline();
    c.arg("daily")
        .args(inputs)
        .args(["--date", DATE, "--no-config"]);
    c
}

/// Run `daily` over the fixtures (given relative to the crate root, so the
/// paths in the output do not depend on the checkout) into `dir`.
fn run_daily(dir: &Path, extra: &[&str]) -> (i32, String, String, Option<String>) {
    let out = dir.join("brief.md");
    let ics = dir.join("brief.ics");
    let a = dateline()
        .args(["daily", "fixtures/daily", "--date", DATE, "--no-config"])
        .arg("-o")
        .arg(&out)
        .arg("--ics")
        .arg(&ics)
        .args(extra)
        .output()
        .unwrap();
    let code = a.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&a.stderr).into_owned();
    let brief = std::fs::read_to_string(&out).unwrap_or_default();
    let cal = std::fs::read_to_string(&ics).ok();
    (code, brief, stderr, cal)
}

fn check_golden(name: &str, actual: &str) {
    let path = root().join("tests/daily-golden").join(name);
    if std::env::var_os("DATELINE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run DATELINE_BLESS=1 cargo test --test daily",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {:?}\n  actual: {:?}\n(re-bless with DATELINE_BLESS=1 if the change is intended)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn golden_daily_brief_and_calendar() {
    let d = tempfile::tempdir().unwrap();
    let (code, brief, stderr, cal) = run_daily(d.path(), &[]);
    assert_eq!(code, 6, "one broken input gives exit 6; stderr: {stderr}");
    check_golden("fixtures.brief.md", &brief);
    check_golden("fixtures.ics", &cal.expect("calendar written"));
}

#[test]
fn golden_ap_style_unwrapped() {
    let d = tempfile::tempdir().unwrap();
    let (code, brief, stderr, _) = run_daily(
        d.path(),
        &["--date-style", "ap", "--width", "0", "--sentences", "2"],
    );
    assert_eq!(code, 6, "{stderr}");
    check_golden("fixtures.ap-w0-s2.brief.md", &brief);
}

fn json_brief() -> serde_json::Value {
    let a = dateline()
        .args(["daily", "fixtures/daily", "--date", DATE, "--no-config"])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(a.status.code(), Some(6));
    serde_json::from_slice(&a.stdout).expect("JSON output")
}

fn sources(v: &serde_json::Value) -> Vec<String> {
    v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn an_event_reported_by_three_articles_appears_once_with_three_sources() {
    let v = json_brief();
    assert_eq!(v["schema"], 1);
    let stories = v["stories"].as_array().unwrap();
    let dam = stories
        .iter()
        .find(|s| {
            s["articles"].as_array().unwrap().len() >= 3
                && s["headline"].as_str().unwrap().contains("Marrow Bend")
        })
        .expect("a Marrow Bend story");
    let failures: Vec<&serde_json::Value> = dam["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["text"].as_str().unwrap().contains("gave way"))
        .collect();
    assert_eq!(failures.len(), 1, "the dam failure once: {failures:#?}");
    assert_eq!(failures[0]["date"]["start"], "2025-04-15");
    assert_eq!(
        sources(failures[0]),
        vec!["Harbor Ledger", "Northern Wire Service", "Valley Courier"]
    );
    // the upcoming vote in Brussels, three agencies, once
    let votes: Vec<&serde_json::Value> = v["upcoming"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| {
            u["event"]["text"]
                .as_str()
                .unwrap()
                .contains("vote on the North Sea quota deal")
        })
        .collect();
    assert_eq!(votes.len(), 1, "{votes:#?}");
    assert_eq!(votes[0]["event"]["date"]["start"], "2025-04-21");
    assert_eq!(
        sources(&votes[0]["event"]),
        vec!["Coastal Times", "Euro Desk", "Harbor Ledger"]
    );
}

#[test]
fn stories_group_overlapping_reports_and_order_by_importance() {
    let v = json_brief();
    let stories = v["stories"].as_array().unwrap();
    let sizes: Vec<usize> = stories
        .iter()
        .map(|s| s["articles"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes.iter().sum::<usize>(), 13);
    assert_eq!(sizes[..3], [5, 3, 2], "{sizes:?}");
    // every story's articles share its topic
    let origins = |i: usize| -> Vec<String> {
        stories[i]["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["origin"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        origins(0).iter().all(|o| o.contains("a-dam-")),
        "{:?}",
        origins(0)
    );
    assert!(
        origins(1).iter().all(|o| o.contains("b-fisheries")),
        "{:?}",
        origins(1)
    );
    assert!(
        origins(2).iter().all(|o| o.contains("c-fares-")),
        "{:?}",
        origins(2)
    );
    assert_eq!(stories[1]["id"], "eu-fisheries");
    // what comes next is in date order and points at real stories
    let up = v["upcoming"].as_array().unwrap();
    let starts: Vec<&str> = up
        .iter()
        .map(|u| u["event"]["date"]["start"].as_str().unwrap())
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    assert!(starts.iter().all(|s| *s > DATE));
    for u in up {
        let n = u["story"].as_u64().unwrap() as usize;
        assert!(n >= 1 && n <= stories.len());
    }
}

#[test]
fn output_is_identical_across_runs_and_input_orders() {
    let d1 = tempfile::tempdir().unwrap();
    let d2 = tempfile::tempdir().unwrap();
    let (_, b1, _, c1) = run_daily(d1.path(), &[]);
    // the same files named one by one, in reverse order
    let mut files: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| {
            format!(
                "fixtures/daily/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    files.sort();
    files.reverse();
    let a = dateline()
        .arg("daily")
        .args(&files)
        .args(["--date", DATE, "--no-config", "-o"])
        .arg(d2.path().join("brief.md"))
        .arg("--ics")
        .arg(d2.path().join("brief.ics"))
        .output()
        .unwrap();
    assert_eq!(a.status.code(), Some(6));
    let b2 = std::fs::read_to_string(d2.path().join("brief.md")).unwrap();
    let c2 = std::fs::read_to_string(d2.path().join("brief.ics")).unwrap();
    assert_eq!(b1, b2);
    let c1 = c1.unwrap();
    assert_eq!(c1.as_bytes(), c2.as_bytes());
    // one thread or many: the same bytes
    let d3 = tempfile::tempdir().unwrap();
    let a = dateline()
        .env("RAYON_NUM_THREADS", "1")
        .args([
            "daily",
            "fixtures/daily",
            "--date",
            DATE,
            "--no-config",
            "-o",
        ])
        .arg(d3.path().join("brief.md"))
        .arg("--ics")
        .arg(d3.path().join("brief.ics"))
        .output()
        .unwrap();
    assert_eq!(a.status.code(), Some(6));
    assert_eq!(
        std::fs::read_to_string(d3.path().join("brief.md")).unwrap(),
        b1
    );
    assert_eq!(
        std::fs::read_to_string(d3.path().join("brief.ics")).unwrap(),
        c1
    );
}

/// A strict reader for the subset of RFC 5545 the brief writes.
fn parse_ics(raw: &str) -> Vec<Vec<(String, String, String)>> {
    assert!(raw.ends_with("\r\n"), "ends with CRLF");
    for l in raw.split("\r\n") {
        assert!(
            !l.contains('\n') && !l.contains('\r'),
            "bare line break in {l:?}"
        );
        assert!(l.len() <= 75, "line longer than 75 octets: {l:?}");
    }
    let unfolded = raw.replace("\r\n ", "");
    let mut stack: Vec<String> = Vec::new();
    let mut events = Vec::new();
    let mut current: Option<Vec<(String, String, String)>> = None;
    let mut saw_calendar = false;
    for l in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        let colon = l.find(':').unwrap_or_else(|| panic!("no colon: {l:?}"));
        let (head, value) = (&l[..colon], &l[colon + 1..]);
        let mut parts = head.split(';');
        let name = parts.next().unwrap().to_string();
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '-'),
            "bad property name {name:?}"
        );
        let params: Vec<&str> = parts.collect();
        for p in &params {
            let (k, v) = p
                .split_once('=')
                .unwrap_or_else(|| panic!("bad param {p:?}"));
            assert!(k.chars().all(|c| c.is_ascii_uppercase() || c == '-') && !v.is_empty());
        }
        match name.as_str() {
            "BEGIN" => {
                if value == "VCALENDAR" {
                    assert!(stack.is_empty());
                    saw_calendar = true;
                } else {
                    assert_eq!(value, "VEVENT");
                    assert_eq!(stack, vec!["VCALENDAR"]);
                    current = Some(Vec::new());
                }
                stack.push(value.to_string());
            }
            "END" => {
                assert_eq!(stack.pop().as_deref(), Some(value), "unbalanced END");
                if value == "VEVENT" {
                    events.push(current.take().unwrap());
                }
            }
            _ => {
                assert!(!stack.is_empty(), "property outside a component");
                if let Some(ev) = current.as_mut() {
                    ev.push((name, params.join(";"), value.to_string()));
                }
            }
        }
    }
    assert!(saw_calendar && stack.is_empty(), "unbalanced calendar");
    assert!(unfolded.contains("\r\nVERSION:2.0\r\n"));
    assert!(unfolded.contains("\r\nPRODID:"));
    let is_date = |v: &str| v.len() == 8 && v.bytes().all(|b| b.is_ascii_digit());
    let is_datetime = |v: &str| {
        let v = v.strip_suffix('Z').unwrap_or(v);
        v.len() == 15
            && is_date(&v[..8])
            && &v[8..9] == "T"
            && v[9..].bytes().all(|b| b.is_ascii_digit())
    };
    let mut uids = std::collections::BTreeSet::new();
    for ev in &events {
        let one = |n: &str| {
            let v: Vec<_> = ev.iter().filter(|p| p.0 == n).collect();
            assert_eq!(v.len(), 1, "exactly one {n} in {ev:?}");
            v[0].clone()
        };
        let uid = one("UID");
        assert!(uids.insert(uid.2.clone()), "duplicate UID {}", uid.2);
        let stamp = one("DTSTAMP");
        assert!(is_datetime(&stamp.2) && stamp.2.ends_with('Z'), "{stamp:?}");
        let start = one("DTSTART");
        if start.1 == "VALUE=DATE" {
            assert!(is_date(&start.2), "{start:?}");
            let end = one("DTEND");
            assert_eq!(end.1, "VALUE=DATE");
            assert!(is_date(&end.2) && end.2 > start.2, "{start:?} {end:?}");
        } else {
            assert_eq!(start.1, "");
            assert!(is_datetime(&start.2), "{start:?}");
        }
        for (n, _, v) in ev {
            if n == "SUMMARY" || n == "DESCRIPTION" {
                let mut chars = v.chars();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => assert!(
                            matches!(chars.next(), Some('\\' | ';' | ',' | 'n' | 'N')),
                            "bad escape in {v:?}"
                        ),
                        ';' | ',' => panic!("unescaped {c:?} in {v:?}"),
                        _ => {}
                    }
                }
            }
        }
    }
    events
}

#[test]
fn calendar_parses_and_has_all_day_timed_and_span_events() {
    let d = tempfile::tempdir().unwrap();
    let (_, _, _, cal) = run_daily(d.path(), &[]);
    let cal = cal.unwrap();
    let events = parse_ics(&cal);
    assert!(events.len() >= 4, "{cal}");
    let starts: Vec<(String, String)> = events
        .iter()
        .map(|e| {
            let s = e.iter().find(|p| p.0 == "DTSTART").unwrap();
            (s.1.clone(), s.2.clone())
        })
        .collect();
    // the hearing at 6 p.m. is timed (floating: no --tz)
    assert!(
        starts.contains(&(String::new(), "20250422T180000".into())),
        "{starts:?}"
    );
    // next month is a span over May
    let may = events
        .iter()
        .find(|e| e.iter().any(|p| p.0 == "DTSTART" && p.2 == "20250501"));
    let may = may.unwrap_or_else(|| panic!("no May span: {starts:?}"));
    assert!(may.iter().any(|p| p.0 == "DTEND" && p.2 == "20250601"));
    // no clock: every DTSTAMP is the brief's date
    assert!(events.iter().all(|e| e
        .iter()
        .any(|p| p.0 == "DTSTAMP" && p.2 == "20250417T000000Z")));
}

#[test]
fn time_zone_makes_timed_events_utc() {
    let d = tempfile::tempdir().unwrap();
    let (_, _, _, cal) = run_daily(d.path(), &["--tz", "America/New_York"]);
    let cal = cal.unwrap();
    parse_ics(&cal);
    assert!(cal.contains("DTSTART:20250422T220000Z"), "{cal}");
}

#[test]
fn bad_input_is_reported_and_the_brief_still_written() {
    let d = tempfile::tempdir().unwrap();
    let (code, brief, stderr, _) = run_daily(d.path(), &[]);
    assert_eq!(code, 6);
    assert!(stderr.contains("fixtures/daily/broken.txt"), "{stderr}");
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert_eq!(
        stderr.lines().count(),
        1,
        "only the bad input is reported: {stderr}"
    );
    assert!(brief.starts_with("# Daily brief"));
    assert!(brief.contains("broken.txt"));
}

#[test]
fn strict_writes_nothing_and_exits_3() {
    let d = tempfile::tempdir().unwrap();
    // an older brief stays as it was
    std::fs::write(d.path().join("brief.md"), "old brief\n").unwrap();
    let (code, brief, stderr, cal) = run_daily(d.path(), &["--strict"]);
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("broken.txt"));
    assert_eq!(brief, "old brief\n");
    assert!(cal.is_none());
    assert_eq!(
        std::fs::read_dir(d.path()).unwrap().count(),
        1,
        "no temporary files left"
    );
}

#[test]
fn strict_without_bad_inputs_succeeds() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("b.md");
    dateline()
        .args([
            "daily",
            "fixtures/daily/b-fisheries.jsonl",
            "fixtures/daily/d-satellite.md",
        ])
        .args(["--date", DATE, "--no-config", "--strict", "-q", "-o"])
        .arg(&out)
        .assert()
        .code(0)
        .stderr("");
    let b = std::fs::read_to_string(out).unwrap();
    assert!(b.contains("2 stories from 4 articles"), "{b}");
}

#[test]
fn output_refuses_to_overwrite_an_input() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("story.md");
    std::fs::copy(fixtures().join("d-satellite.md"), &f).unwrap();
    let before = std::fs::read(&f).unwrap();
    for flag in ["-o", "--ics"] {
        let a = dateline()
            .arg("daily")
            .arg(d.path())
            .args(["--date", DATE, "--no-config", flag])
            .arg(&f)
            .output()
            .unwrap();
        assert_eq!(a.status.code(), Some(2), "{flag}");
        let err = String::from_utf8_lossy(&a.stderr);
        assert!(err.contains("refusing to write over"), "{err}");
        assert_eq!(std::fs::read(&f).unwrap(), before);
    }
}

#[test]
fn output_into_a_missing_folder_fails_cleanly() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("no/such/folder/brief.md");
    let a = daily_on(&["fixtures/daily/d-satellite.md"])
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(a.status.code(), Some(5));
    assert!(!out.exists());
}

#[test]
fn atomic_write_leaves_only_the_brief() {
    let d = tempfile::tempdir().unwrap();
    run_daily(d.path(), &[]);
    let mut names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, vec!["brief.ics", "brief.md"]);
}

#[test]
fn no_usable_article_is_an_input_error() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("b.md");
    let a = daily_on(&["fixtures/daily/broken.txt"])
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(a.status.code(), Some(3));
    assert!(!out.exists());
}

#[test]
fn missing_file_is_a_bad_input_not_a_crash() {
    let a = daily_on(&["fixtures/daily/d-satellite.md", "fixtures/daily/nope.txt"])
        .output()
        .unwrap();
    assert_eq!(a.status.code(), Some(6));
    let err = String::from_utf8_lossy(&a.stderr);
    assert!(
        err.contains("fixtures/daily/nope.txt") && err.contains("cannot read"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&a.stdout).contains("Kestrel-2"));
}

#[test]
fn standard_input_json_lines() {
    let jsonl = std::fs::read(fixtures().join("b-fisheries.jsonl")).unwrap();
    let a = dateline()
        .args([
            "daily",
            "-",
            "--date",
            DATE,
            "--no-config",
            "--format",
            "json",
        ])
        .write_stdin(jsonl)
        .output()
        .unwrap();
    assert_eq!(
        a.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&a.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(v["articles"], 3);
    assert_eq!(v["stories"].as_array().unwrap().len(), 1);
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let d = tempfile::tempdir().unwrap();
    let (_, _, stderr, _) = run_daily(d.path(), &[]);
    assert!(
        !stderr.contains("articles") && !stderr.contains('\u{1b}'),
        "{stderr:?}"
    );
}

#[test]
fn config_file_defaults_flags_override_and_unknown_keys_fail() {
    let d = tempfile::tempdir().unwrap();
    let fx = fixtures();
    let run = |args: &[&str]| {
        Command::cargo_bin("dateline")
            .unwrap()
            .current_dir(d.path())
            .arg("daily")
            .arg(fx.join("d-satellite.md"))
            .args(["--date", DATE])
            .args(args)
            .output()
            .unwrap()
    };
    std::fs::write(
        d.path().join("dateline.toml"),
        "date_style = \"ap\"\nwidth = 0\n",
    )
    .unwrap();
    let out = |a: std::process::Output| String::from_utf8_lossy(&a.stdout).into_owned();
    let a = run(&[]);
    assert_eq!(a.status.code(), Some(0));
    let s = out(a);
    // AP style in the timeline, and no wrapping
    assert!(s.contains("- **Thursday, April 17** (\"Thursday\")"), "{s}");
    assert!(s.lines().any(|l| l.len() > 100), "{s}");
    // a flag wins over the file
    let s = out(run(&["--date-style", "iso"]));
    assert!(s.contains("- **2025-04-17** (\"Thursday\")"), "{s}");
    // --no-config ignores it
    let s = out(run(&["--no-config"]));
    assert!(!s.contains("**Thursday, April 17**"), "{s}");
    assert!(s.lines().all(|l| l.chars().count() <= 80), "{s}");

    std::fs::write(
        d.path().join("dateline.toml"),
        "width = 60\nlanguage = \"fr\"\n",
    )
    .unwrap();
    let a = run(&[]);
    assert_eq!(a.status.code(), Some(2));
    let err = String::from_utf8_lossy(&a.stderr);
    assert!(
        err.contains("dateline.toml:2: unknown key `language`"),
        "{err}"
    );
    assert_eq!(run(&["--no-config"]).status.code(), Some(0));

    let other = d.path().join("house.toml");
    std::fs::write(&other, "sentences = 1\ndate_style = \"ap\"\n").unwrap();
    let a = run(&["--config", other.to_str().unwrap()]);
    assert_eq!(
        a.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&a.stderr)
    );
    assert!(out(a).contains("**Thursday, April 17**"));

    // the same configuration checks as `brief`: no summary is not a length
    std::fs::write(&other, "sentences = 0\n").unwrap();
    let a = run(&["--config", other.to_str().unwrap()]);
    assert_eq!(a.status.code(), Some(2));
    let err = String::from_utf8_lossy(&a.stderr);
    assert!(err.contains("`sentences` must be at least 1"), "{err}");
}

#[test]
fn a_template_error_names_the_file_and_line() {
    let d = tempfile::tempdir().unwrap();
    let t = d.path().join("t.md.j2");
    std::fs::write(
        &t,
        "# {{ daily.heading }}\n{% for s in daily.stories %}\n{{ s.nope }}\n{% endfor %}\n",
    )
    .unwrap();
    let a = daily_on(&["fixtures/daily/d-satellite.md"])
        .arg("--template")
        .arg(&t)
        .output()
        .unwrap();
    assert_eq!(a.status.code(), Some(4));
    let err = String::from_utf8_lossy(&a.stderr);
    assert!(err.contains("t.md.j2:3"), "{err}");
}

#[test]
fn a_template_that_never_ends_runs_out_of_fuel() {
    let d = tempfile::tempdir().unwrap();
    let t = d.path().join("loop.md.j2");
    std::fs::write(
        &t,
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n",
    )
    .unwrap();
    let o = d.path().join("out.md");
    let started = std::time::Instant::now();
    let a = daily_on(&["fixtures/daily/d-satellite.md"])
        .arg("--template")
        .arg(&t)
        .arg("-o")
        .arg(&o)
        .output()
        .unwrap();
    assert_eq!(
        a.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&a.stderr)
    );
    assert!(String::from_utf8_lossy(&a.stderr).contains("loop.md.j2"));
    assert!(!o.exists(), "no output file after a template error");
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn completions_and_man_page() {
    for sh in ["bash", "zsh", "fish"] {
        let a = dateline().args(["completions", sh]).output().unwrap();
        assert!(a.status.success());
        let s = String::from_utf8_lossy(&a.stdout);
        assert!(s.contains("daily") && s.contains("no-config"), "{sh}");
    }
    let a = dateline().arg("man").output().unwrap();
    assert!(a.status.success());
    let s = String::from_utf8_lossy(&a.stdout);
    assert!(
        s.starts_with(".ie") || s.contains(".TH dateline"),
        "{}",
        &s[..200.min(s.len())]
    );
    assert!(s.contains("dateline\\-daily") || s.contains("dateline-daily"));
    dateline().args(["completions", "tcsh"]).assert().code(2);
}

/// A newsroom's own template that prints article text with a bare
/// `{{ ... }}` (no `| md`) still gets it escaped: the daily brief renders
/// through the same Markdown formatter as the single brief.
#[test]
fn a_custom_template_escapes_article_text_without_md() {
    let d = tempfile::tempdir().unwrap();
    let article = d.path().join("a.md");
    std::fs::write(
        &article,
        "---\ntitle: \"Council vote [x](http://e.com) <b>\"\nsource: Test Wire\npublished: 2025-04-17\n---\n\n\
         The council will vote on the budget next Tuesday, the mayor said on Thursday.\n",
    )
    .unwrap();
    let t = d.path().join("mine.md.j2");
    std::fs::write(
        &t,
        "{% for s in daily.stories %}\nH: {{ s.headline }}\nW: {{ s.headline | wrap(\"  \") }}\n{% for e in s.upcoming %}\nE: {{ e.text }} ({{ e.when }})\n{% endfor %}\n{% endfor %}\n",
    )
    .unwrap();
    let a = daily_on(&[])
        .arg("--template")
        .arg(&t)
        .arg(&article)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&a.stdout);
    assert_eq!(
        a.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&a.stderr)
    );
    assert!(
        out.contains(r"H: Council vote \[x\](http\://e.com) &lt;b&gt;"),
        "{out}"
    );
    assert!(
        out.contains(r"W: Council vote \[x\](http\://e.com) &lt;b&gt;"),
        "{out}"
    );
    assert!(!out.contains("<b>") && !out.contains("[x]("), "{out}");
    assert!(out.contains("E: The council will vote"), "{out}");
}

/// An article dated after the brief is named in a warning; one without a
/// date is skipped with advice that fits `daily` (where --date is the
/// brief's date, not the article's).
#[test]
fn later_articles_warn_and_undated_ones_get_daily_advice() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("late.md"),
        "---\ntitle: Bridge opens\npublished: 2025-04-20\n---\nThe bridge opened on Saturday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("undated.txt"),
        "Ferry halted\n\nThe ferry stopped on Monday.\n",
    )
    .unwrap();
    let out = daily_on(&[dir.path().to_str().unwrap()]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.lines()
            .any(|l| l.contains("late.md") && l.contains("after the brief's date")),
        "{err}"
    );
    let undated = err
        .lines()
        .find(|l| l.contains("undated.txt"))
        .unwrap_or_default();
    assert!(
        undated.contains("in daily, --date is the brief's date"),
        "{err}"
    );
    assert!(!undated.contains("pass --date"), "{err}");
}

/// A bad --ics path fails before anything is written: an existing -o file
/// is left as it was and nothing goes to standard output.
#[test]
fn a_bad_second_output_leaves_the_first_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("brief.md");
    std::fs::write(&md, "keep").unwrap();
    let out = daily_on(&["fixtures/daily"])
        .arg("-o")
        .arg(&md)
        .arg("--ics")
        .arg(dir.path().join("missing/brief.ics"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--ics"));
    assert_eq!(std::fs::read_to_string(&md).unwrap(), "keep");
}
