//! The `brief` and `timeline` command lines: every error path of the
//! end-to-end issue, stdin, JSON, -o, templates and help.
//!
//! Exit codes are those of `dateline::error::exit` (listed in
//! docs/json-schema.md): 0 ok, 2 usage or no publication date, 3 unusable
//! input, 4 template, 5 output.

use std::path::Path;

use assert_cmd::Command;
use dateline::error::exit;
use predicates::prelude::*;

mod common;
use common::{dateline, OkStdout};

const ARTICLE: &str = "Envoys meet again in Geneva\n\n\
The envoys met in Bern last Saturday, officials said on Thursday.\n\n\
They are due to meet again next week in Geneva.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

/// Assert one line on stderr that names `path`.
fn one_line_naming(stderr: &[u8], path: &str) -> String {
    let s = String::from_utf8_lossy(stderr).into_owned();
    assert_eq!(s.trim_end().lines().count(), 1, "one line expected: {s:?}");
    assert!(s.contains(path), "{s:?} should name {path}");
    s
}

/// Run `dateline` with `args`: assert exit `code`, nothing on stdout and
/// one line on stderr that names `path`; return that line.
fn fails_in_one_line(args: &[&str], code: i32, path: &str) -> String {
    let out = dateline().args(args).assert().code(code).stdout("");
    one_line_naming(&out.get_output().stderr, path)
}

/// `dateline brief PATH --date 2025-04-17` must fail as bad input, in one
/// line that names the file; returns that line.
fn brief_rejects(path: &str) -> String {
    fails_in_one_line(&["brief", path, "--date", "2025-04-17"], exit::INPUT, path)
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn help_lists_the_options() {
    for sub in ["brief", "timeline"] {
        let out = dateline().args([sub, "--help"]).assert().success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        for flag in [
            "--date",
            "--tz",
            "--format",
            "--output",
            "--width",
            "--template",
            "--date-style",
        ] {
            assert!(text.contains(flag), "{sub} --help lacks {flag}:\n{text}");
        }
    }
    dateline()
        .args(["brief", "--help"])
        .assert()
        .stdout(predicate::str::contains("--sentences"))
        .stdout(predicate::str::contains("--words"))
        .stdout(predicate::str::contains("--config"))
        .stdout(predicate::str::contains("--no-config"));
    dateline().arg("--help").assert().success();
}

#[test]
fn help_teaches_date_sources_formats_and_exit_codes() {
    for sub in ["brief", "timeline", "tag"] {
        let out = dateline().args([sub, "--help"]).assert().success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for want in [
            "in order: --date; else the article's metadata",
            "else a dateline in the text",
            "front matter",
            "JSON Lines",
        ] {
            assert!(flat.contains(want), "{sub} --help lacks {want:?}:\n{text}");
        }
    }
    let out = dateline().arg("--help").assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for code in [
        exit::USAGE,
        exit::INPUT,
        exit::TEMPLATE,
        exit::OUTPUT,
        exit::PARTIAL,
    ] {
        assert!(
            flat.contains(&format!("; {code} ")),
            "exit {code} missing:\n{text}"
        );
    }
    // The examples on bundled fixtures run as written.
    let examples: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("dateline ") && l.contains("fixtures/"))
        .collect();
    assert!(examples.len() >= 2, "{text}");
    for ex in examples {
        let args: Vec<&str> = ex.split_whitespace().skip(1).collect();
        dateline().args(&args).assert().success();
    }
}

#[test]
fn no_date_found_exits_2_with_one_line_suggesting_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "undated.txt",
        b"A headline\n\nSomething happened, officials said.\n",
    );
    let out = dateline()
        .args(["brief", &path])
        .assert()
        .code(exit::NO_DATE)
        .code(2)
        .stdout("");
    let msg = one_line_naming(&out.get_output().stderr, &path);
    assert!(msg.contains("--date"), "{msg}");
}

#[test]
fn a_date_line_that_is_no_date_is_named_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "feb30.txt",
        b"Storm hits coast\n\nPublished Feb. 30, 2023\n\nA storm hit the coast on Tuesday.\n",
    );
    let msg = fails_in_one_line(&["brief", &path], exit::NO_DATE, &path);
    assert!(
        msg.contains("has no day 30") && msg.contains("--date"),
        "{msg}"
    );
}

#[test]
fn a_dateline_weekday_that_is_not_the_dates_is_one_warning_and_the_brief_is_still_made() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "wrongday.txt",
        b"Storm hits coast\n\nPublished Thursday, April 18, 2025\n\nA storm hit the coast on Tuesday.\n",
    );
    let out = dateline().args(["brief", &path]).assert().code(0);
    let out = out.get_output();
    let msg = one_line_naming(&out.stderr, &format!("{path}:3:"));
    assert!(msg.starts_with("dateline: warning:"), "{msg}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Apr 15, 2025"));
}

#[test]
fn tag_reads_the_publication_time_in_the_zone_given_as_brief_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "late.txt",
        b"Late vote\n\nPublished Jan. 4, 2023, 7:45 a.m. GMT\n\nThe council voted on Tuesday.\n",
    );
    let json = |extra: &[&str]| {
        let out = dateline()
            .args(["tag", &path, "--format", "json"])
            .args(extra)
            .ok_stdout();
        String::from_utf8(out).unwrap()
    };
    // a machine's UTC stamp is read in the article's zone
    assert!(json(&[]).contains(r#""dct":"2023-01-04""#));
    assert!(json(&["--tz", "America/Los_Angeles"]).contains(r#""dct":"2023-01-03""#));
    // a zone the stamp names itself is the writer's, and wins over --tz
    std::fs::write(
        &path,
        b"Late vote\n\nPublished Jan. 3, 2023, 11:45 p.m. PST\n\nThe council voted on Tuesday.\n",
    )
    .unwrap();
    assert!(json(&["--tz", "America/New_York"]).contains(r#""dct":"2023-01-03""#));
}

#[test]
fn tag_lists_one_expression_per_line_even_when_the_text_wraps_inside_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "wrapped.txt",
        b"Closure\n\nPublished Friday, December 31, 2021\n\nThe road will stay closed until Jan.\n14, officials said.\n",
    );
    let out = String::from_utf8(dateline().args(["tag", &path]).ok_stdout()).unwrap();
    assert_eq!(out, "Jan. 14\tDATE\t2022-01-14\n");
}

#[test]
fn tag_names_each_article_when_it_lists_several() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.txt",
        b"Vote\n\nPublished Friday, December 31, 2021\n\nThe council voted on Tuesday.\n",
    );
    let b = write(
        dir.path(),
        "b.txt",
        b"Fair\n\nPublished Monday, May 2, 2022\n\nThe fair opens on Friday.\n",
    );
    let out = String::from_utf8(dateline().args(["tag", &a, &b]).ok_stdout()).unwrap();
    assert_eq!(
        out,
        format!("## {a}\nTuesday\tDATE\t2021-12-28\n\n## {b}\nFriday\tDATE\t2022-05-06\n")
    );
    // one article: no heading, as before
    let out = String::from_utf8(dateline().args(["tag", &b]).ok_stdout()).unwrap();
    assert_eq!(out, "Friday\tDATE\t2022-05-06\n");
    // JSON Lines in, one origin per line (path:line)
    let out = dateline()
        .args(["tag", "fixtures/wire-roundup.jsonl", "--format", "json"])
        .ok_stdout();
    let origins: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["origin"].as_str().unwrap().to_string()
        })
        .collect();
    assert!(origins.len() > 1, "{origins:?}");
    for (k, o) in origins.iter().enumerate() {
        assert_eq!(o, &format!("fixtures/wire-roundup.jsonl:{}", k + 1));
    }
}

#[test]
fn invalid_utf8_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "latin1.txt",
        b"Caf\xe9 opens\n\nIt opened on Monday.\n",
    );
    let msg = brief_rejects(&path);
    assert!(msg.contains("UTF-8"), "{msg}");
}

#[test]
fn empty_file_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [("empty.txt", &b""[..]), ("blank.txt", &b" \n\n\t\n"[..])] {
        let path = write(dir.path(), name, bytes);
        let msg = brief_rejects(&path);
        assert!(msg.contains("empty"), "{msg}");
    }
}

#[test]
fn binary_file_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    // Valid UTF-8, but NUL bytes and control characters: not an article.
    let mut bytes = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00".to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 64));
    bytes.extend(b"Headline\n\nA sentence on Monday.\n");
    let path = write(dir.path(), "program.bin", &bytes);
    let msg = brief_rejects(&path);
    assert!(msg.to_lowercase().contains("binary"), "{msg}");
}

#[test]
fn file_with_no_sentences_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8]); 2] = [
        // A headline and a date line, no body.
        ("headline-only.txt", b"Just a headline\nApril 17, 2025\n"),
        // Front matter and nothing after it.
        (
            "front-matter-only.md",
            b"---\ntitle: Just a title\ndate: 2025-04-17\n---\n\n",
        ),
    ];
    for (name, bytes) in cases {
        let path = write(dir.path(), name, bytes);
        let msg = brief_rejects(&path);
        assert!(msg.contains("sentence"), "{msg}");
    }
}

#[test]
fn missing_file_is_one_clear_line() {
    fails_in_one_line(
        &["brief", "no/such/article.txt", "--date", "2025-04-17"],
        exit::INPUT,
        "no/such/article.txt",
    );
}

#[test]
fn bad_date_and_bad_options_are_usage_errors() {
    for bad in ["2025-13-01", "April 17", "yesterday", ""] {
        dateline()
            .args(["brief", "fixtures/paris-talks.txt", "--date", bad])
            .assert()
            .code(exit::USAGE)
            .stdout("")
            .stderr(predicate::str::contains("--date"));
    }
    dateline()
        .args([
            "brief",
            "fixtures/paris-talks.txt",
            "--date",
            "2025-04-17",
            "--tz",
            "Mars/Olympus",
        ])
        .assert()
        .code(exit::USAGE)
        .stderr(predicate::str::contains("Mars/Olympus"));
    dateline()
        .args(["brief", "fixtures/paris-talks.txt", "--date-style", "fancy"])
        .assert()
        .code(exit::USAGE);
    dateline()
        .args(["brief", "fixtures/paris-talks.txt", "--format", "html"])
        .assert()
        .code(exit::USAGE);
}

#[test]
fn template_errors_name_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let syntax = write(
        dir.path(),
        "syntax.md.j2",
        b"# {{ title }}\n\n{% for e in happened %}\n",
    );
    let msg = fails_in_one_line(
        &[
            "brief",
            "fixtures/paris-talks.txt",
            "--date",
            "2025-04-17",
            "--template",
            &syntax,
        ],
        exit::TEMPLATE,
        &format!("{syntax}:"),
    );
    assert!(msg.contains(&format!("template {syntax}:")), "{msg}");

    let runtime = write(
        dir.path(),
        "runtime.md.j2",
        b"# {{ title }}\n\n{{ no_such_value }}\n",
    );
    let out = dateline()
        .args([
            "timeline",
            "fixtures/paris-talks.txt",
            "--date",
            "2025-04-17",
        ])
        .args(["--template", &runtime])
        .assert()
        .code(exit::TEMPLATE);
    let msg = one_line_naming(&out.get_output().stderr, &format!("{runtime}:3:"));
    assert!(msg.contains("no_such_value"), "names the variable: {msg}");

    // A template that never finishes is stopped, with a hint, and nothing
    // is written.
    let forever = write(
        dir.path(),
        "forever.md.j2",
        b"# {{ title }}\n{% for i in range(10000) %}{% for j in range(10000) %}.{% endfor %}{% endfor %}\n",
    );
    let target = dir.path().join("out.md");
    let out = dateline()
        .args(["brief", "fixtures/paris-talks.txt", "--date", "2025-04-17"])
        .args(["--template", &forever, "-o"])
        .arg(&target)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(exit::TEMPLATE);
    let msg = one_line_naming(&out.get_output().stderr, &format!("{forever}:2:"));
    assert!(msg.contains("loop that never ends"), "{msg}");
    assert!(!target.exists());

    let missing = dir.path().join("missing.j2").display().to_string();
    let out = dateline()
        .args(["brief", "fixtures/paris-talks.txt", "--date", "2025-04-17"])
        .args(["--template", &missing])
        .assert()
        .code(exit::TEMPLATE);
    one_line_naming(&out.get_output().stderr, &missing);
}

#[test]
fn custom_template_is_used_and_escapes_article_text() {
    let dir = tempfile::tempdir().unwrap();
    let t = write(
        dir.path(),
        "mine.md.j2",
        b"TITLE {{ title }}\n{% for e in happened %}{{ e.label }}|{% endfor %}\n",
    );
    dateline()
        .args([
            "brief",
            "fixtures/hostile-markup.md",
            "--date",
            "2025-04-17",
        ])
        .args(["--template", &t])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("TITLE "))
        .stdout(predicate::str::contains("<script>").not())
        .stdout(predicate::str::contains("](http://").not());
}

#[test]
fn output_file_is_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("brief.md");
    let out_str = out_path.display().to_string();
    // Success: -o gives the same bytes as standard output.
    let stdout = dateline()
        .args(["brief", "fixtures/paris-talks.txt", "--date", "2025-04-17"])
        .ok_stdout();
    dateline()
        .args([
            "brief",
            "fixtures/paris-talks.txt",
            "--date",
            "2025-04-17",
            "-o",
            &out_str,
        ])
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read(&out_path).unwrap(), stdout);
    assert_eq!(files_in(dir.path()), ["brief.md"]);

    // Failures leave no file and no temporary file behind, and an existing
    // file untouched.
    let bad_template = write(dir.path(), "bad.j2", b"{% if %}");
    let undated = write(
        dir.path(),
        "undated.txt",
        b"Headline\n\nNo date in here at all.\n",
    );
    let fresh = dir.path().join("fresh.md").display().to_string();
    for args in [
        vec![
            "brief",
            "fixtures/paris-talks.txt",
            "--date",
            "2025-04-17",
            "--template",
            &bad_template,
        ],
        vec!["brief", &undated],
        vec!["brief", "no/such/file.txt", "--date", "2025-04-17"],
    ] {
        for target in [&fresh, &out_str] {
            let mut a = args.clone();
            a.extend(["-o", target.as_str()]);
            dateline().args(&a).assert().failure();
        }
    }
    assert_eq!(files_in(dir.path()), ["bad.j2", "brief.md", "undated.txt"]);
    assert_eq!(std::fs::read(&out_path).unwrap(), stdout);

    // -o naming the article itself is refused and the article is kept.
    let article = write(dir.path(), "article.txt", ARTICLE.as_bytes());
    let out = dateline()
        .args(["brief", &article, "--date", "2025-04-17", "-o", &article])
        .assert()
        .code(exit::USAGE);
    one_line_naming(&out.get_output().stderr, &article);
    assert_eq!(std::fs::read_to_string(&article).unwrap(), ARTICLE);
    std::fs::remove_file(&article).unwrap();

    // An output folder that does not exist is an output error.
    let nowhere = dir
        .path()
        .join("no/such/dir/brief.md")
        .display()
        .to_string();
    let out = dateline()
        .args([
            "brief",
            "fixtures/paris-talks.txt",
            "--date",
            "2025-04-17",
            "-o",
            &nowhere,
        ])
        .assert()
        .code(exit::OUTPUT);
    one_line_naming(&out.get_output().stderr, &nowhere);
}

#[test]
fn stdin_dash_works() {
    let out = dateline()
        .args(["brief", "-", "--date", "2025-04-17"])
        .write_stdin(ARTICLE)
        .ok_stdout();
    let md = String::from_utf8(out).unwrap();
    assert!(md.starts_with("# Envoys meet again in Geneva\n"), "{md}");
    assert!(md.contains("## Summary"), "{md}");
    let from_file = {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "a.txt", ARTICLE.as_bytes());
        dateline()
            .args(["brief", &p, "--date", "2025-04-17"])
            .ok_stdout()
    };
    assert_eq!(md.as_bytes(), from_file.as_slice());
}

#[test]
fn json_output_parses() {
    for sub in ["brief", "timeline"] {
        let out = dateline()
            .args([sub, "-", "--date", "2025-04-17", "--format", "json"])
            .write_stdin(ARTICLE)
            .ok_stdout();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["schema"], 1);
        assert_eq!(v["kind"], sub);
        assert_eq!(v["article"]["dct"], "2025-04-17");
        assert_eq!(v["article"]["dct_source"], "--date");
        assert!(v["timeline"]["happened"].is_array());
        assert!(v["timeline"]["upcoming"].is_array());
    }
    // JSON Lines in, one JSON object per article out.
    let out = dateline()
        .args([
            "brief",
            "fixtures/wire-roundup.jsonl",
            "--format",
            "json",
            "--date",
            "2025-04-17",
        ])
        .ok_stdout();
    for line in String::from_utf8(out).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["schema"], 1);
    }
}

#[test]
fn json_lines_give_one_brief_per_article() {
    let out = dateline()
        .args(["brief", "fixtures/wire-roundup.jsonl", "--format", "json"])
        .ok_stdout();
    let text = String::from_utf8(out).unwrap();
    let titles: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["article"]["title"].to_string()
        })
        .collect();
    assert_eq!(titles.len(), 3, "{text}");
    let md = dateline()
        .args(["brief", "fixtures/wire-roundup.jsonl"])
        .ok_stdout();
    let md = String::from_utf8(md).unwrap();
    assert_eq!(md.matches("\n---\n").count(), 2, "{md}");
}

#[test]
fn width_and_date_style_apply() {
    let run = |args: &[&str]| {
        let out = dateline()
            .args(["brief", "fixtures/paris-talks.txt", "--date", "2025-04-17"])
            .args(args)
            .ok_stdout();
        String::from_utf8(out).unwrap()
    };
    let narrow = run(&["--width", "40"]);
    // Headings are one line in Markdown and are never wrapped.
    assert!(
        narrow
            .lines()
            .all(|l| l.chars().count() <= 40 || l.starts_with("# ")),
        "{narrow}"
    );
    let unwrapped = run(&["--width", "0"]);
    assert!(
        unwrapped.lines().any(|l| l.chars().count() > 80),
        "{unwrapped}"
    );
    let ap = run(&["--date-style", "ap"]);
    assert!(ap.contains("**Published:** Thursday, April 17"), "{ap}");
    let iso = run(&["--date-style", "iso"]);
    assert!(iso.contains("**Published:** 2025-04-17"), "{iso}");
    let one = run(&["--sentences", "1"]);
    let summary = one
        .split("## Summary")
        .nth(1)
        .unwrap()
        .split("## ")
        .next()
        .unwrap();
    assert_eq!(summary.matches("\n- ").count(), 1, "{one}");
}

#[test]
fn date_accepts_rfc3339_and_tz_gives_its_day() {
    let dct = |extra: &[&str]| {
        let out = dateline()
            .args(["timeline", "-", "--format", "json"])
            .args(extra)
            .write_stdin(ARTICLE)
            .ok_stdout();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        v["article"]["dct"].as_str().unwrap().to_string()
    };
    // 23:30 in New York is already the next day in Paris.
    assert_eq!(dct(&["--date", "2025-04-17T23:30:00-04:00"]), "2025-04-17");
    assert_eq!(
        dct(&[
            "--date",
            "2025-04-17T23:30:00-04:00",
            "--tz",
            "Europe/Paris"
        ]),
        "2025-04-18"
    );
    assert_eq!(
        dct(&["--date", "2025-04-17", "--tz", "Asia/Tokyo"]),
        "2025-04-17"
    );
}

/// The bullet lines of the Summary section.
fn summary_items(md: &str) -> usize {
    md.split("## Summary")
        .nth(1)
        .unwrap()
        .split("## ")
        .next()
        .unwrap()
        .matches("\n- ")
        .count()
}

#[test]
fn config_file_gives_defaults_and_flags_win() {
    let dir = tempfile::tempdir().unwrap();
    let art = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/paris-talks.txt");
    let art = art.to_str().unwrap();
    std::fs::write(
        dir.path().join("dateline.toml"),
        "width = 40\nsentences = 1\ndate_style = \"iso\"\ntemplate = \"house.j2\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("house.j2"),
        "HOUSE {{ title }}\n## Summary\n{% for s in summary %}\n- {{ s.text }}{% endfor %}\n## End\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let mut c = Command::cargo_bin("dateline").unwrap();
        let out = c
            .current_dir(dir.path())
            .args(["brief", art, "--date", "2025-04-17"])
            .args(args)
            .ok_stdout();
        String::from_utf8(out).unwrap()
    };
    // ./dateline.toml is read: its template, relative to the file's folder.
    let house = run(&[]);
    assert!(house.starts_with("HOUSE "), "{house}");
    assert_eq!(summary_items(&house), 1, "{house}");
    // Flags win over the file; the built-in template comes back with
    // --no-config, and so do the built-in width and date style.
    let builtin = run(&["--no-config"]);
    assert!(
        builtin.contains("**Published:** Thu, Apr 17, 2025"),
        "{builtin}"
    );
    assert_eq!(summary_items(&builtin), 3, "{builtin}");
    let tpl = dir.path().join("plain.j2");
    std::fs::write(&tpl, "PLAIN\n").unwrap();
    assert_eq!(run(&["--template", tpl.to_str().unwrap()]), "PLAIN\n");
    // Without the template key: width, sentences and date style apply.
    let cfg = dir.path().join("other.toml");
    std::fs::write(&cfg, "width = 40\nsentences = 2\ndate_style = \"ap\"\n").unwrap();
    let c = cfg.to_str().unwrap();
    let md = run(&["--config", c]);
    assert!(md.contains("**Published:** Thursday, April 17"), "{md}");
    assert_eq!(summary_items(&md), 2, "{md}");
    assert!(
        md.lines()
            .all(|l| l.chars().count() <= 40 || l.starts_with("# ")),
        "{md}"
    );
    let flags = run(&[
        "--config",
        c,
        "--sentences",
        "1",
        "--date-style",
        "iso",
        "--width",
        "0",
    ]);
    assert!(flags.contains("**Published:** 2025-04-17"), "{flags}");
    assert_eq!(summary_items(&flags), 1, "{flags}");
    assert!(flags.lines().any(|l| l.chars().count() > 40), "{flags}");
    // timeline reads the same file
    let mut c2 = Command::cargo_bin("dateline").unwrap();
    let tl = c2
        .current_dir(dir.path())
        .args(["timeline", art, "--date", "2025-04-17", "--config", c])
        .ok_stdout();
    let tl = String::from_utf8(tl).unwrap();
    assert!(tl.contains("Thursday, April 17"), "{tl}");

    // A house brief template under its own key leaves timeline and daily
    // on their built-in ones (a brief template cannot render a daily).
    let own = dir.path().join("own.toml");
    std::fs::write(&own, "brief_template = \"house.j2\"\n").unwrap();
    let o = own.to_str().unwrap();
    assert!(run(&["--config", o]).starts_with("HOUSE "));
    let mut c3 = Command::cargo_bin("dateline").unwrap();
    let tl = c3
        .current_dir(dir.path())
        .args(["timeline", art, "--date", "2025-04-17", "--config", o])
        .ok_stdout();
    assert!(!String::from_utf8(tl).unwrap().starts_with("HOUSE "));
    let daily_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/daily");
    Command::cargo_bin("dateline")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "daily",
            daily_dir.to_str().unwrap(),
            "--date",
            "2025-04-17",
            "--config",
            o,
        ])
        .assert()
        .code(predicate::in_iter([exit::OK, exit::PARTIAL]));
}

#[test]
fn bad_config_is_a_usage_error_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.toml", b"width = 60\ncolour = \"red\"\n");
    for cmd in ["brief", "timeline"] {
        let out = dateline()
            .args([cmd, "fixtures/paris-talks.txt", "--date", "2025-04-17"])
            .args(["--config", &bad])
            .assert()
            .code(exit::USAGE)
            .get_output()
            .stderr
            .clone();
        let line = one_line_naming(&out, &format!("{bad}:2"));
        assert!(line.contains("colour"), "{line}");
    }
    let zero = write(dir.path(), "zero.toml", b"sentences = 0\n");
    let out = dateline()
        .args(["brief", "fixtures/paris-talks.txt", "--date", "2025-04-17"])
        .args(["--config", &zero])
        .assert()
        .code(exit::USAGE)
        .get_output()
        .stderr
        .clone();
    one_line_naming(&out, &zero);
    let missing = dir.path().join("missing.toml");
    dateline()
        .args(["brief", "fixtures/paris-talks.txt", "--date", "2025-04-17"])
        .args(["--config", missing.to_str().unwrap()])
        .assert()
        .code(exit::USAGE);
}

#[test]
fn words_budget_and_zero_counts() {
    let run = |args: &[&str]| {
        let out = dateline()
            .args(["brief", "fixtures/paris-talks.txt", "--date", "2025-04-17"])
            .args(args)
            .ok_stdout();
        String::from_utf8(out).unwrap()
    };
    // One word still gives one whole sentence; a large budget gives more.
    assert_eq!(summary_items(&run(&["--words", "1"])), 1);
    let many = summary_items(&run(&["--words", "200"]));
    assert!(many > 1, "{many}");
    for bad in [["--sentences", "0"], ["--words", "0"], ["--words", "x"]] {
        dateline()
            .args(["brief", "fixtures/paris-talks.txt", "--date", "2025-04-17"])
            .args(bad)
            .assert()
            .code(exit::USAGE)
            .stderr(predicate::str::contains(bad[0]));
    }
    // summarize and daily count the same way
    for args in [
        &["summarize", "fixtures/paris-talks.txt", "--sentences", "0"][..],
        &["summarize", "fixtures/paris-talks.txt", "--words", "0"][..],
        &[
            "daily",
            "fixtures/daily",
            "--date",
            "2025-04-17",
            "--sentences",
            "0",
        ][..],
    ] {
        dateline()
            .args(args)
            .assert()
            .code(exit::USAGE)
            .stderr(predicate::str::contains("at least 1"));
    }
    dateline()
        .args(["brief", "fixtures/paris-talks.txt", "--date", "2025-04-17"])
        .args(["--words", "10", "--sentences", "2"])
        .assert()
        .code(exit::USAGE);
}

/// Dotted paths of every key in a JSON value (`timexes[].start`).
fn key_paths(v: &serde_json::Value, prefix: &str, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.insert(p.clone());
                key_paths(x, &p, out);
            }
        }
        serde_json::Value::Array(a) => {
            for x in a {
                key_paths(x, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn json_matches_docs_json_schema_field_by_field() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json-schema.md"))
            .unwrap();
    // Every first-column name of the field tables, e.g. `article.origin`,
    // `date.value`, `timexes[]`.
    let documented: std::collections::BTreeSet<String> = doc
        .lines()
        .filter(|l| l.starts_with("| `"))
        .flat_map(|l| {
            let first = l.split('|').nth(1).unwrap_or("");
            first
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    // timex fields are documented in prose inside the `timexes[]` row
    let timex_fields = [
        "text", "start", "end", "type", "value", "anchored", "mod", "quant", "freq", "anchor",
    ];
    let is_documented = |path: &str| -> bool {
        let leaf = path.rsplit('.').next().unwrap();
        if path.starts_with("timexes[].") {
            return timex_fields.contains(&leaf) && doc.contains(&format!("`{leaf}`"));
        }
        if let Some(rest) = path.split_once(".date.").map(|(_, r)| r) {
            // event fields: `date.value`, `date.mentions[]` (text/start/end)
            let top = rest.split('.').next().unwrap();
            return documented.contains(&format!("date.{top}"))
                || documented.contains(&format!("date.{}[]", top.trim_end_matches("[]")));
        }
        if path.contains("[].") && path.starts_with("timeline.") {
            return documented.contains(leaf)
                || documented.contains(&format!("date.{leaf}"))
                || documented
                    .iter()
                    .any(|d| d.starts_with(&format!("{leaf}.")));
        }
        documented.contains(path)
            || documented.contains(&format!("{path}[]"))
            || documented.contains(path.trim_end_matches("[]"))
            || path.starts_with("sentences[].") // listed in the sentences[] row
            || (path.starts_with("article.") && doc.contains(&format!("`{path}`")))
            || documented.iter().any(|d| d.starts_with(&format!("{path}.")))
    };
    let fixtures = [
        "fixtures/paris-talks.txt",
        "fixtures/council-budget.md",
        "fixtures/election.json",
    ];
    for f in fixtures {
        for sub in ["brief", "timeline", "tag"] {
            let out = dateline()
                .args([sub, f, "--date", "2025-04-17", "--format", "json"])
                .ok_stdout();
            let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
            let mut paths = std::collections::BTreeSet::new();
            key_paths(&v, "", &mut paths);
            for p in &paths {
                assert!(
                    is_documented(p),
                    "{sub} {f}: `{p}` is not in docs/json-schema.md"
                );
            }
            assert_eq!(v["schema"], 1);
            match sub {
                "tag" => {
                    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
                    assert_eq!(keys, ["dct", "origin", "schema", "timexes"], "{sub} {f}");
                    assert_eq!(v["origin"], f, "{f}");
                    // offsets point into the same text as brief's article.text
                    let b = dateline()
                        .args(["brief", f, "--date", "2025-04-17", "--format", "json"])
                        .ok_stdout();
                    let b: serde_json::Value = serde_json::from_slice(&b).unwrap();
                    let text = b["article"]["text"].as_str().unwrap().as_bytes();
                    assert_eq!(v["timexes"], b["timexes"], "{f}");
                    for t in v["timexes"].as_array().unwrap() {
                        let (s, e) = (
                            t["start"].as_u64().unwrap() as usize,
                            t["end"].as_u64().unwrap() as usize,
                        );
                        assert_eq!(&text[s..e], t["text"].as_str().unwrap().as_bytes(), "{f}");
                    }
                }
                _ => {
                    for want in [
                        "article.origin",
                        "article.dct",
                        "article.dct_source",
                        "article.body",
                        "article.text",
                        "timeline.happened",
                        "timeline.upcoming",
                    ] {
                        assert!(paths.contains(want), "{sub} {f} lacks {want}");
                    }
                    let brief_only = ["sentences", "summary", "timexes"];
                    for k in brief_only {
                        assert_eq!(paths.contains(k), sub == "brief", "{sub} {f}: {k}");
                    }
                    let text = v["article"]["text"].as_str().unwrap().as_bytes();
                    for part in ["happened", "upcoming"] {
                        for ev in v["timeline"][part].as_array().unwrap() {
                            for m in ev["date"]["mentions"].as_array().unwrap() {
                                let (s, e) = (
                                    m["start"].as_u64().unwrap() as usize,
                                    m["end"].as_u64().unwrap() as usize,
                                );
                                assert_eq!(&text[s..e], m["text"].as_str().unwrap().as_bytes());
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn output_is_byte_identical_across_runs_threads_zones_and_folders() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let elsewhere = tempfile::tempdir().unwrap();
    let fixtures = [
        "paris-talks.txt",
        "council-budget.md",
        "election.json",
        "wire-roundup.jsonl",
    ];
    for f in fixtures {
        let art = root.join("fixtures").join(f);
        let art = art.to_str().unwrap();
        for sub in ["brief", "timeline", "tag"] {
            for fmt in ["markdown", "json"] {
                let run = |dir: &Path, threads: &str, tz: &str| {
                    let mut c = Command::cargo_bin("dateline").unwrap();
                    c.current_dir(dir)
                        .env("RAYON_NUM_THREADS", threads)
                        .env("TZ", tz)
                        .args([sub, art, "--date", "2025-04-17", "--format", fmt])
                        .ok_stdout()
                };
                let a = run(root, "1", "UTC");
                assert!(!a.is_empty(), "{sub} {f} {fmt}");
                assert_eq!(a, run(root, "1", "UTC"), "{sub} {f} {fmt}: second run");
                assert_eq!(
                    a,
                    run(elsewhere.path(), "4", "Pacific/Kiritimati"),
                    "{sub} {f} {fmt}: other folder, threads and TZ"
                );
            }
        }
    }
}

#[test]
fn front_matter_field_of_the_wrong_type_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "list.md",
            b"---\nsource: Wire\ndate: [1, 2]\n---\nTalks on Thursday.\n",
            ":3: ",
        ),
        (
            "obj.md",
            b"---\ntitle: {a: 1}\ndate: 2025-04-17\n---\nTalks on Thursday.\n",
            ":2: ",
        ),
        (
            "toml.md",
            b"+++\ndate = 2025-04-17\ntitle = 3\n+++\nTalks on Thursday.\n",
            ":3: ",
        ),
    ];
    for (name, bytes, at) in cases {
        let p = write(dir.path(), name, bytes);
        let out = dateline()
            .args(["brief", &p])
            .assert()
            .code(exit::INPUT)
            .get_output()
            .stderr
            .clone();
        let line = one_line_naming(&out, &format!("{p}{at}front matter: field `"));
        assert!(line.contains("must be"), "{line}");
    }
    // A YAML syntax error carries the file's line only, not the block's.
    let p = write(
        dir.path(),
        "syntax.md",
        b"---\ntitle: [x\ndate: 2025-04-17\n---\nBody.\n",
    );
    let out = dateline()
        .args(["brief", &p])
        .assert()
        .code(exit::INPUT)
        .get_output()
        .stderr
        .clone();
    let line = one_line_naming(&out, &format!("{p}:3: invalid YAML front matter"));
    assert!(!line.contains(" at line "), "{line}");
}

#[test]
fn output_into_a_missing_folder_or_onto_a_folder_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder").join("brief.md");
    let out = dateline()
        .args([
            "brief",
            "fixtures/paris-talks.txt",
            "--date",
            "2025-04-17",
            "-o",
        ])
        .arg(&missing)
        .assert()
        .code(exit::OUTPUT)
        .get_output()
        .stderr
        .clone();
    let line = one_line_naming(&out, &missing.display().to_string());
    assert!(line.contains("does not exist"), "{line}");
    let out = dateline()
        .args([
            "timeline",
            "fixtures/paris-talks.txt",
            "--date",
            "2025-04-17",
            "-o",
        ])
        .arg(dir.path())
        .assert()
        .code(exit::OUTPUT)
        .get_output()
        .stderr
        .clone();
    let line = one_line_naming(&out, &dir.path().display().to_string());
    assert!(line.contains("is a folder"), "{line}");
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );
}

#[test]
fn a_folder_as_article_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    for sub in ["brief", "timeline", "tag"] {
        let out = dateline()
            .args([sub, &d, "--date", "2025-04-17"])
            .assert()
            .code(exit::INPUT)
            .stdout("")
            .get_output()
            .stderr
            .clone();
        let line = one_line_naming(&out, &d);
        assert!(line.contains("is a folder"), "{line}");
    }
}

#[test]
fn config_tz_applies_and_tz_flag_wins() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(dir.path(), "paris.toml", b"tz = \"Europe/Paris\"\n");
    let dct = |extra: &[&str]| {
        let out = dateline()
            .args(["timeline", "-", "--format", "json", "--config", &cfg])
            .args(["--date", "2025-04-17T23:30:00-04:00"])
            .args(extra)
            .write_stdin(ARTICLE)
            .ok_stdout();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        v["article"]["dct"].as_str().unwrap().to_string()
    };
    assert_eq!(dct(&[]), "2025-04-18");
    assert_eq!(dct(&["--tz", "America/New_York"]), "2025-04-17");
}

#[test]
fn a_bad_line_in_json_lines_is_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let good = |t: &str| {
        format!("{{\"title\": \"{t}\", \"published\": \"2025-04-17\", \"text\": \"Talks on {t} ended on Thursday.\"}}\n")
    };
    let mut feed = good("Alpha");
    feed.push_str("{\"title\": \"Broken\", \"text\": 5}\n");
    feed.push_str(&good("Gamma"));
    feed.push_str("{\"title\": \"Empty\", \"published\": \"2025-04-17\", \"text\": \" \"}\n");
    let p = write(dir.path(), "feed.jsonl", feed.as_bytes());
    let target = dir.path().join("out.md");
    let out = dateline()
        .args(["brief", &p, "-o"])
        .arg(&target)
        .assert()
        .code(exit::PARTIAL)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains(&format!("{p}:2: ")), "{err}");
    assert!(lines[1].contains(&format!("{p}:4: ")), "{err}");
    let md = std::fs::read_to_string(&target).unwrap();
    assert!(md.contains("# Alpha") && md.contains("# Gamma"), "{md}");
    assert!(!md.contains("Broken"), "{md}");
    // timeline JSON: one line per good article
    let out = dateline()
        .args(["timeline", &p, "--format", "json"])
        .assert()
        .code(exit::PARTIAL)
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 2);
    // nothing usable: an input error, nothing written
    let bad = write(dir.path(), "bad.jsonl", b"{\"text\": 1}\n{\"text\": 2}\n");
    let target = dir.path().join("none.md");
    dateline()
        .args(["brief", &bad, "-o"])
        .arg(&target)
        .assert()
        .code(exit::INPUT);
    assert!(!target.exists());
}

#[test]
fn metadata_iso_variants_are_read_and_broken_ones_explained() {
    let dir = tempfile::tempdir().unwrap();
    let art = |published: &str| {
        format!("{{\"title\": \"T\", \"published\": \"{published}\", \"text\": \"Talks ended on Thursday.\"}}")
    };
    let ok = write(
        dir.path(),
        "ok.json",
        art("2025-04-17T23:15:00-0400").as_bytes(),
    );
    let out = dateline()
        .args(["timeline", &ok, "--format", "json"])
        .ok_stdout();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["article"]["dct"], "2025-04-17");
    let bad = write(
        dir.path(),
        "bad.json",
        art("2025-04-17T25:00:00Z").as_bytes(),
    );
    let out = dateline()
        .args(["brief", &bad])
        .assert()
        .code(exit::INPUT)
        .get_output()
        .stderr
        .clone();
    let line = one_line_naming(&out, &bad);
    assert!(line.contains("not a valid ISO 8601"), "{line}");
    assert!(line.contains("--date"), "{line}");
}

#[test]
fn output_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let art = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/paris-talks.txt");
    let mut c = Command::cargo_bin("dateline").unwrap();
    let out = c
        .current_dir(dir.path())
        .arg("brief")
        .arg(&art)
        .args(["--date", "2025-04-17", "-o", "-"])
        .ok_stdout();
    assert!(String::from_utf8(out).unwrap().starts_with("# "));
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );
}

#[test]
fn markdown_of_only_a_heading_has_no_body() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("heading.md", &b"# Council vote delayed\n"[..]),
        (
            "fm.md",
            &b"---\ntitle: T\ndate: 2025-04-17\n---\n# Council vote delayed\n"[..],
        ),
    ] {
        let p = write(dir.path(), name, bytes);
        let out = dateline()
            .args(["brief", &p, "--date", "2025-04-17"])
            .assert()
            .code(exit::INPUT)
            .stdout("")
            .get_output()
            .stderr
            .clone();
        let line = one_line_naming(&out, &p);
        assert!(line.contains("no sentences"), "{line}");
    }
    // A plain-text one-liner is a one-paragraph item: briefed, not refused.
    let p = write(
        dir.path(),
        "item.txt",
        b"The council delayed its vote on Thursday.\n",
    );
    dateline()
        .args(["brief", &p, "--date", "2025-04-17"])
        .assert()
        .success();
}

#[test]
fn a_closed_pipe_on_stdout_is_not_an_error() {
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    // enough articles that the output overflows any pipe buffer
    let mut feed = String::new();
    for i in 0..400 {
        feed.push_str(&format!(
            "{{\"title\": \"Item {i}\", \"published\": \"2025-04-17\", \"text\": \"The council of district {i} met on Thursday and will meet again next week, officials said on Thursday evening.\"}}\n"
        ));
    }
    let p = write(dir.path(), "feed.jsonl", feed.as_bytes());
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dateline"))
        .args(["brief", &p, "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));
}

/// `-o` writes what the path names: through a symbolic link (the link
/// stays), keeping an existing file's permissions, and into a device or
/// pipe rather than replacing it (`-o /dev/null`, `-o /dev/stdout`).
#[cfg(unix)]
#[test]
fn output_goes_through_links_keeps_permissions_and_never_replaces_devices() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let brief = |out: &str| {
        dateline()
            .args([
                "brief",
                "fixtures/paris-talks.txt",
                "--date",
                "2025-04-17",
                "-o",
                out,
            ])
            .assert()
            .success();
    };
    let real = dir.path().join("real.md");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("latest.md");
    symlink(&real, &link).unwrap();
    brief(&link.display().to_string());
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&real).unwrap().starts_with("# "));

    let secret = dir.path().join("embargoed.md");
    std::fs::write(&secret, "old").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o600)).unwrap();
    brief(&secret.display().to_string());
    let mode = std::fs::metadata(&secret).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);

    brief("/dev/null");
    let null = std::fs::metadata("/dev/null").unwrap();
    assert!(!null.is_file(), "/dev/null must stay a device");
}

#[test]
fn tag_and_summarize_refuse_to_write_over_their_input() {
    let dir = tempfile::tempdir().unwrap();
    let art = write(dir.path(), "a.txt", ARTICLE.as_bytes());
    for cmd in ["tag", "summarize"] {
        let msg = fails_in_one_line(
            &[cmd, &art, "--date", "2025-04-17", "-o", &art],
            exit::USAGE,
            &art,
        );
        assert!(msg.contains("input"), "{msg}");
    }
    assert_eq!(std::fs::read_to_string(&art).unwrap(), ARTICLE);
    let tml = write(
        dir.path(),
        "d.tml",
        b"<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-17\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>He left on Monday.</TEXT></TimeML>",
    );
    let before = std::fs::read(&tml).unwrap();
    let d = dir.path().display().to_string();
    fails_in_one_line(
        &["tag", "--format", "timeml", &tml, "--out-dir", &d],
        exit::USAGE,
        &tml,
    );
    assert_eq!(std::fs::read(&tml).unwrap(), before);
}
