//! Golden briefs: every article in `fixtures/` is briefed by the real binary
//! and the output compared byte for byte with `tests/golden/NAME.brief.md`
//! (plus a few extra variants listed in [`VARIANTS`]).
//!
//! Extra command-line arguments for a fixture come from
//! `tests/golden/NAME.args` (one or more per line, `#` starts a comment).
//!
//! Re-bless after an intended change of output:
//!
//! ```text
//! DATELINE_BLESS=1 cargo test --test golden
//! git diff tests/golden/
//! ```

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Extra goldens beyond the default brief: (fixture file, arguments, golden file).
const VARIANTS: &[(&str, &[&str], &str)] = &[
    (
        "paris-talks.txt",
        &["timeline", "--date-style", "ap"],
        "paris-talks.timeline-ap.md",
    ),
    (
        "paris-talks.txt",
        &["brief", "--format", "json"],
        "paris-talks.brief.json",
    ),
    (
        "paris-talks.txt",
        &["timeline", "--format", "json", "--date-style", "iso"],
        "paris-talks.timeline.json",
    ),
    (
        "harbor-fire.txt",
        &[
            "brief",
            "--width",
            "0",
            "--date-style",
            "iso",
            "--sentences",
            "5",
        ],
        "harbor-fire.brief-iso-nowrap.md",
    ),
    (
        "hostile-markup.md",
        &["brief", "--width", "24"],
        "hostile-markup.brief-w24.md",
    ),
];

mod common;
use common::{dateline, root};

fn stem(file: &str) -> &str {
    file.split('.').next().unwrap_or(file)
}

fn extra_args(fixture: &str) -> Vec<String> {
    let path = root()
        .join("tests/golden")
        .join(format!("{}.args", stem(fixture)));
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(|l| l.split_whitespace().map(String::from).collect::<Vec<_>>())
        .collect()
}

/// Run the binary from the repository root so that paths in the output are
/// the same on every machine.
fn run(args: &[String]) -> Result<Vec<u8>, String> {
    let out = dateline().args(args).output().expect("run dateline");
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(format!(
            "exit {:?}: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n  want: {w:?}\n  got:  {g:?}", i + 1);
        }
    }
    format!(
        "lengths differ: want {} lines, got {} lines",
        want.lines().count(),
        got.lines().count()
    )
}

#[test]
fn golden_briefs() {
    let bless = std::env::var_os("DATELINE_BLESS").is_some_and(|v| v != "0");
    let golden_dir = root().join("tests/golden");
    let mut fixtures: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .expect("fixtures/")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            // Articles only: folders (e.g. a daily-brief set) are not ours.
            [".txt", ".md", ".json", ".jsonl"]
                .iter()
                .any(|x| n.ends_with(x))
        })
        .collect();
    fixtures.sort();
    assert!(
        fixtures.len() >= 10,
        "at least 10 fixtures, found {}",
        fixtures.len()
    );

    let mut cases: Vec<(Vec<String>, String)> = Vec::new();
    for f in &fixtures {
        let mut args = vec!["brief".to_string(), format!("fixtures/{f}")];
        args.extend(extra_args(f));
        cases.push((args, format!("{}.brief.md", stem(f))));
    }
    for (f, a, golden) in VARIANTS {
        assert!(
            fixtures.iter().any(|x| x == f),
            "variant of missing fixture {f}"
        );
        let mut args = vec![a[0].to_string(), format!("fixtures/{f}")];
        args.extend(a[1..].iter().map(|s| s.to_string()));
        args.extend(extra_args(f));
        cases.push((args, golden.to_string()));
    }

    let mut failures = Vec::new();
    let mut produced = BTreeSet::new();
    for (args, golden) in &cases {
        produced.insert(golden.clone());
        let path = golden_dir.join(golden);
        let got = match run(args) {
            Ok(out) => out,
            Err(e) => {
                failures.push(format!(
                    "{golden}: `dateline {}` failed: {e}",
                    args.join(" ")
                ));
                continue;
            }
        };
        // Same input, same options: the same bytes.
        match run(args) {
            Ok(again) if again == got => {}
            _ => failures.push(format!("{golden}: output differs between two runs")),
        }
        if golden.ends_with(".md") {
            if let Err(e) = check_structure(&String::from_utf8_lossy(&got)) {
                failures.push(format!("{golden}: {e}"));
            }
        }
        if bless {
            std::fs::write(&path, &got).expect("write golden");
            continue;
        }
        let want = match std::fs::read(&path) {
            Ok(w) => w,
            Err(_) => {
                failures.push(format!(
                    "{golden}: missing; run DATELINE_BLESS=1 cargo test --test golden"
                ));
                continue;
            }
        };
        if want != got {
            failures.push(format!(
                "{golden}: differs from `dateline {}`; {}",
                args.join(" "),
                first_difference(
                    &String::from_utf8_lossy(&want),
                    &String::from_utf8_lossy(&got)
                )
            ));
        }
    }

    // Goldens that no case produces any more are stale.
    for e in std::fs::read_dir(&golden_dir)
        .expect("tests/golden/")
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        let is_output = name.ends_with(".md") || name.ends_with(".json");
        if is_output && name != "README.md" && !produced.contains(&name) {
            if bless {
                std::fs::remove_file(e.path()).expect("remove stale golden");
            } else {
                failures.push(format!("{name}: stale golden, no fixture produces it"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden failure(s) (re-bless with DATELINE_BLESS=1 cargo test --test golden if the change is intended):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A briefing is headings, paragraphs, lists, strong and emphasis text and
/// at most one autolink per article (its URL on the metadata line): article
/// text never turns into other Markdown structure. Checked with a CommonMark
/// parser with every extension on.
fn check_structure(md: &str) -> Result<(), String> {
    let opts = Options::all() - Options::ENABLE_SMART_PUNCTUATION;
    let mut h1 = 0;
    let mut links = 0;
    let mut sections = Vec::new();
    let mut in_h2 = false;
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                if level as usize == 1 {
                    h1 += 1;
                } else {
                    in_h2 = true;
                    sections.push(String::new());
                }
            }
            Event::End(TagEnd::Heading(_)) => in_h2 = false,
            Event::Text(t) if in_h2 => sections.last_mut().unwrap().push_str(&t),
            Event::Start(Tag::Link { dest_url, .. }) => {
                links += 1;
                if !dest_url.starts_with("https://") && !dest_url.starts_with("http://") {
                    return Err(format!("link to {dest_url}"));
                }
            }
            Event::Start(
                Tag::Paragraph | Tag::List(None) | Tag::Item | Tag::Strong | Tag::Emphasis,
            )
            | Event::End(_)
            | Event::Text(_)
            | Event::SoftBreak
            | Event::Rule => {}
            other => return Err(format!("unexpected Markdown: {other:?}")),
        }
    }
    if h1 == 0 || links > h1 {
        return Err(format!("{h1} headline(s), {links} link(s)"));
    }
    for s in &sections {
        if !["Summary", "Timeline", "What comes next"].contains(&s.as_str()) {
            return Err(format!("unexpected section {s:?}"));
        }
    }
    Ok(())
}
