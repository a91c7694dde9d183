//! Library-level ingest tests: each format and each error path, read from
//! files written to a temporary folder. The articles are written for these
//! tests.

use std::path::PathBuf;

use chrono::NaiveDate;
use dateline::ingest::{self, Article, DateSource, Format, ReadOptions};
use dateline::segment;
use dateline::Error;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

struct Dir(tempfile::TempDir);

impl Dir {
    fn new() -> Self {
        Dir(tempfile::tempdir().unwrap())
    }
    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

/// Write `content` as `name`, read it back from disk and ingest it.
/// Options that give the publication date and nothing else.
fn dated(s: &str) -> ReadOptions {
    ReadOptions {
        date: Some(d(s)),
        ..Default::default()
    }
}

fn read_file(
    name: &str,
    content: impl AsRef<[u8]>,
    opts: &ReadOptions,
) -> (String, dateline::Result<Vec<Article>>) {
    let dir = Dir::new();
    let path = dir.write(name, content);
    let bytes = std::fs::read(&path).unwrap();
    let origin = path.display().to_string();
    let r = ingest::read(&origin, &bytes, opts);
    (origin, r)
}

fn one(name: &str, content: &str, opts: &ReadOptions) -> Article {
    let (origin, r) = read_file(name, content, opts);
    let mut v = r.unwrap_or_else(|e| panic!("{origin}: {e}"));
    assert_eq!(v.len(), 1);
    v.remove(0)
}

fn body(a: &Article) -> &str {
    &a.text[a.body.clone()]
}

fn first_sentence(a: &Article) -> &str {
    segment::split(&a.text, a.body.clone())[0].text(&a.text)
}

const PLAIN: &str = "Rail strike halts trains across the region\n\
Unions say the walkout could last a week\n\
Published April 17, 2025 3:15 p.m. ET\n\
\n\
LYON, April 17 (Reuters) - Rail workers walked off the job on Thursday, halting most trains.\n\
The union said talks with managers broke down last week.\n";

#[test]
fn plain_text_header_deck_and_standalone_dateline() {
    let a = one("strike.txt", PLAIN, &ReadOptions::default());
    assert_eq!(a.title, "Rail strike halts trains across the region");
    assert_eq!(
        a.deck.as_deref(),
        Some("Unions say the walkout could last a week")
    );
    assert_eq!(a.dct, d("2025-04-17"));
    assert_eq!(a.dct_source, DateSource::Dateline);
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2025-04-17T15:15:00-04:00"
    );
    // the text is the file as read; the body starts at the opening dateline
    assert_eq!(a.text, PLAIN);
    assert!(body(&a).starts_with("LYON, April 17 (Reuters) - Rail workers"));
    assert_eq!(
        &a.text[a.dateline.clone().unwrap()],
        "LYON, April 17 (Reuters)"
    );
    assert!(!a.title_derived);
}

#[test]
fn plain_text_year_less_opening_dateline_needs_another_source() {
    let text = "Rail strike halts trains\n\nLYON, April 17 (Reuters) - Rail workers walked off the job on Thursday.\n";
    let (origin, r) = read_file("s.txt", text, &ReadOptions::default());
    match &r {
        Err(Error::NoDate { path, .. }) => assert_eq!(path, &origin),
        other => panic!("expected NoDate, got {other:?}"),
    }
    let msg = r.unwrap_err().to_string();
    assert!(msg.contains(&origin) && msg.contains("--date"), "{msg}");
    // it says what it found
    assert!(msg.contains("April 17 without a year"), "{msg}");
    // a reference date gives the year (on or before it)
    let opts = ReadOptions {
        reference: Some(d("2026-01-05")),
        ..Default::default()
    };
    let a = one("s.txt", text, &opts);
    assert_eq!(a.dct, d("2025-04-17"));
    assert_eq!(a.dct_source, DateSource::Dateline);
    let text2 = text.replace("April 17", "Dec. 30");
    assert_eq!(one("s.txt", &text2, &opts).dct, d("2025-12-30"));
}

#[test]
fn plain_text_opening_dateline_with_year() {
    let text = "Governor signs budget\n\nSPRINGFIELD, Ill., Sept. 5, 2024 — The governor signed the budget on Thursday.\n";
    let a = one("b.txt", text, &ReadOptions::default());
    assert_eq!(a.dct, d("2024-09-05"));
    assert_eq!(a.deck, None);
}

#[test]
fn option_date_wins_then_metadata_then_dateline() {
    let opts = ReadOptions {
        date: Some(d("2025-01-01")),
        ..Default::default()
    };
    let a = one("strike.txt", PLAIN, &opts);
    assert_eq!((a.dct, a.dct_source), (d("2025-01-01"), DateSource::Option));

    let md = "---\ntitle: Budget talks\ndate: 2025-03-02\n---\nPublished April 17, 2025\n\nThe talks began on Sunday.\n";
    let a = one("b.md", md, &ReadOptions::default());
    assert_eq!(
        (a.dct, a.dct_source),
        (d("2025-03-02"), DateSource::Metadata)
    );
}

#[test]
fn option_datetime_and_tz() {
    let mut opts = ReadOptions::default();
    opts.set_date_arg("2025-04-17T23:30:00-04:00").unwrap();
    assert_eq!(one("strike.txt", PLAIN, &opts).dct, d("2025-04-17"));
    opts.tz = Some(ingest::parse_tz("Europe/Paris").unwrap());
    let a = one("strike.txt", PLAIN, &opts);
    assert_eq!(a.dct, d("2025-04-18"));
    assert_eq!(
        a.published.unwrap().to_rfc3339(),
        "2025-04-18T05:30:00+02:00"
    );
    assert!(ingest::parse_date_arg("17/04/2025").is_err());
    assert!(ingest::parse_tz("Mars/Olympus").is_err());
}

#[test]
fn metadata_zone_gives_the_local_date() {
    let md = "---\ntitle: Late vote\npublished: \"April 17, 2025 11:30 p.m. ET\"\n---\nThe vote ended late.\n";
    assert_eq!(
        one("v.md", md, &ReadOptions::default()).dct,
        d("2025-04-17")
    );
    // the zone the stamp names is the writer's: a Paris desk's --tz does not
    // move a New York story's "tomorrow" to the next day ...
    let opts = ReadOptions {
        tz: Some(chrono_tz::Europe::Paris),
        ..Default::default()
    };
    assert_eq!(one("v.md", md, &opts).dct, d("2025-04-17"));
    // ... but it does read a machine's UTC stamp
    let utc =
        "---\ntitle: Late vote\npublished: \"2025-04-17T22:30:00Z\"\n---\nThe vote ended late.\n";
    assert_eq!(
        one("u.md", utc, &ReadOptions::default()).dct,
        d("2025-04-17")
    );
    assert_eq!(one("u.md", utc, &opts).dct, d("2025-04-18"));
}

#[test]
fn markdown_yaml_front_matter() {
    let md = "---\ntitle: Port reopens after storm\nsubtitle: Ships queue outside the harbor\ndate: 2025-02-10\nsource: Harbor Times\nurl: https://example.com/port\nstory: storm-2025\n---\n\nThe port reopened on Monday, officials said. Dr. Lee spoke at 3 p.m. Monday.\n";
    let a = one("port.md", md, &ReadOptions::default());
    assert_eq!(a.title, "Port reopens after storm");
    assert_eq!(a.deck.as_deref(), Some("Ships queue outside the harbor"));
    assert_eq!(a.source.as_deref(), Some("Harbor Times"));
    assert_eq!(a.url.as_deref(), Some("https://example.com/port"));
    assert_eq!(a.story.as_deref(), Some("storm-2025"));
    assert_eq!(a.dct, d("2025-02-10"));
    assert_eq!(a.text, md);
    assert_eq!(
        body(&a).trim_start(),
        "The port reopened on Monday, officials said. Dr. Lee spoke at 3 p.m. Monday.\n"
    );
    assert_eq!(segment::split(&a.text, a.body.clone()).len(), 2);
}

#[test]
fn markdown_toml_front_matter_and_heading_title() {
    let md = "+++\npublished = 2025-02-10T08:00:00-05:00\nstory = 42\nid = \"a-1\"\n+++\n# Port reopens after storm\n\nThe port reopened on Monday.\n";
    let a = one("port.md", md, &ReadOptions::default());
    assert_eq!(a.title, "Port reopens after storm");
    assert_eq!(a.dct, d("2025-02-10"));
    assert_eq!(a.story.as_deref(), Some("42"));
    assert_eq!(a.id.as_deref(), Some("a-1"));
    assert_eq!(body(&a).trim(), "The port reopened on Monday.");
}

#[test]
fn markdown_detected_by_content_in_a_txt() {
    let md = "---\ntitle: Port reopens\ndate: 2025-02-10\n---\nThe port reopened on Monday.\n";
    let a = one("port.txt", md, &ReadOptions::default());
    assert_eq!(a.title, "Port reopens");
    assert_eq!(ingest::detect("x.txt", md.as_bytes()), Format::Markdown);
}

#[test]
fn json_object_with_null_title() {
    let j = r#"{"id": "c1", "title": null, "date": "2015-03-06", "url": "http://example.com/x", "text": "(CNN)A ferry sank on Friday. Rescuers found 40 people."}"#;
    let a = one("c.json", j, &ReadOptions::default());
    assert!(a.title_derived);
    assert_eq!(a.title, "A ferry sank on Friday.");
    assert_eq!(
        a.text,
        "(CNN)A ferry sank on Friday. Rescuers found 40 people."
    );
    assert_eq!(a.body, 0..a.text.len());
    assert_eq!(a.dct, d("2015-03-06"));
    assert_eq!(a.id.as_deref(), Some("c1"));
    assert_eq!(first_sentence(&a), "(CNN)A ferry sank on Friday.");
}

#[test]
fn json_published_unix_and_aliases() {
    let j = r#"{"title": "Ferry sinks", "published": 1744903800, "body": "A ferry sank.", "source": "Wire", "story": 7}"#;
    let a = one("c.json", j, &ReadOptions::default());
    assert_eq!(a.dct, d("2025-04-17"));
    assert_eq!(a.title, "Ferry sinks");
    assert_eq!(a.story.as_deref(), Some("7"));
    // eight digits that make a date are that date, not Unix seconds of 1970
    let j = r#"{"title": "Ferry sinks", "published": 20250417, "text": "A ferry sank."}"#;
    assert_eq!(
        one("d.json", j, &ReadOptions::default()).dct,
        d("2025-04-17")
    );
}

#[test]
fn json_list_of_articles() {
    let j = r#"[{"title": "A", "date": "2025-01-01", "text": "One."}, {"title": "B", "date": "2025-01-02", "text": "Two."}]"#;
    let (_, r) = read_file("l.json", j, &ReadOptions::default());
    let v = r.unwrap();
    assert_eq!(v.len(), 2);
    assert!(v[1].origin.ends_with("l.json[2]"));
}

#[test]
fn json_detected_by_content_in_a_txt_and_stdin() {
    let j = r#"{"title": "Ferry sinks", "date": "2025-04-17", "text": "A ferry sank."}"#;
    assert_eq!(
        one("c.txt", j, &ReadOptions::default()).title,
        "Ferry sinks"
    );
    assert_eq!(ingest::detect("-", j.as_bytes()), Format::Json);
    let jl = format!("{j}\n{j}\n");
    assert_eq!(ingest::detect("-", jl.as_bytes()), Format::JsonLines);
    assert_eq!(
        ingest::detect("notes.txt", b"[UPDATED] Ferry sinks\nA ferry sank."),
        Format::Plain
    );
}

#[test]
fn json_lines_one_result_per_line() {
    let lines = [
        r#"{"title": "Ferry sinks", "date": "2025-04-17", "text": "A ferry sank on Thursday."}"#,
        "",
        r#"{"title": "Broken", "date": "2025-04-17", "text": "#,
        r#"{"title": "No date", "text": "Nothing here."}"#,
        r#"{"title": "Bad date", "date": "someday", "text": "Nothing here."}"#,
        r#"{"title": "Fine", "published": "2025-04-16T10:00:00Z", "text": "It rained."}"#,
    ];
    let dir = Dir::new();
    let mut bytes = lines.join("\n").into_bytes();
    bytes.extend_from_slice(
        b"\n{\"title\": \"x\", \"date\": \"2025-01-01\", \"text\": \"caf\xe9\"}\n",
    );
    let path = dir.write("day.jsonl", &bytes);
    let origin = path.display().to_string();
    let results = ingest::read_each(&origin, &bytes, &ReadOptions::default());
    assert_eq!(results.len(), 6, "one result per non-blank line");
    let a = results[0].as_ref().unwrap();
    assert_eq!(a.origin, format!("{origin}:1"));
    match &results[1] {
        Err(Error::Input {
            path,
            line: Some(3),
            reason,
        }) => {
            assert_eq!(path, &origin);
            assert!(reason.contains("invalid JSON"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    match &results[2] {
        Err(Error::NoDate { path, .. }) => assert_eq!(path, &format!("{origin}:4")),
        other => panic!("{other:?}"),
    }
    match &results[3] {
        Err(Error::Input {
            line: Some(5),
            reason,
            ..
        }) => assert!(reason.contains("`date`"), "{reason}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(results[4].as_ref().unwrap().dct, d("2025-04-16"));
    match &results[5] {
        Err(Error::Input {
            line: Some(7),
            reason,
            ..
        }) => assert!(reason.contains("UTF-8"), "{reason}"),
        other => panic!("{other:?}"),
    }
    // read() stops at the first bad article
    assert!(ingest::read(&origin, &bytes, &ReadOptions::default()).is_err());
}

#[test]
fn error_paths_name_the_file() {
    let cases: &[(&str, &[u8], &str, Option<usize>)] = &[
        ("empty.txt", b"", "empty", None),
        ("blank.txt", b"  \n\n\t\n", "empty", None),
        (
            "bin.txt",
            b"Headline\nText\x00\x01\x02 more",
            "binary",
            Some(2),
        ),
        (
            "latin1.txt",
            b"Headline\nCaf\xe9 reopens.\n",
            "UTF-8",
            Some(2),
        ),
        (
            "headline-only.txt",
            b"Headline only\nApril 17, 2025\n",
            "no sentences",
            None,
        ),
        (
            "bad.json",
            b"{\"title\": \"x\",\n \"text\": }",
            "invalid JSON",
            Some(2),
        ),
        ("notjson.json", b"Just text", "invalid JSON", Some(1)),
        ("number.json", b"42", "not an article object", Some(1)),
        (
            "notext.json",
            b"{\"title\": \"x\", \"date\": \"2025-01-01\"}",
            "no `text`",
            None,
        ),
        (
            "wrongtype.json",
            b"{\"title\": [1], \"date\": \"2025-01-01\", \"text\": \"A.\"}",
            "`title`",
            None,
        ),
        (
            "emptytext.json",
            b"{\"title\": \"x\", \"date\": \"2025-01-01\", \"text\": \"  \"}",
            "`text` field is empty",
            None,
        ),
        (
            "onlyfront.md",
            b"---\ntitle: x\ndate: 2025-01-01\n---\n\n",
            "nothing after the front matter",
            None,
        ),
        (
            "unclosed.md",
            b"---\ntitle: x\n\nText.\n",
            "never closed",
            Some(1),
        ),
        (
            "badyaml.md",
            b"---\ntitle: [x\ndate: 2025-01-01\n---\nText.\n",
            "invalid YAML",
            Some(3),
        ),
        (
            "badtoml.md",
            b"+++\ntitle = \"x\"\ndate = \n+++\nText.\n",
            "invalid TOML",
            Some(3),
        ),
        (
            "baddate.md",
            b"---\ntitle: x\ndate: next Tuesday\n---\nText.\n",
            "`date`",
            None,
        ),
        (
            "yearless.md",
            b"---\ntitle: x\ndate: April 17\n---\nText.\n",
            "",
            None,
        ),
        ("empty.jsonl", b"\n\n", "empty", None),
    ];
    for &(name, content, needle, line) in cases {
        let (origin, r) = read_file(name, content, &ReadOptions::default());
        let err = r
            .err()
            .unwrap_or_else(|| panic!("{name}: expected an error"));
        let msg = err.to_string();
        assert!(
            msg.starts_with(&origin),
            "{name}: message does not name the file: {msg}"
        );
        assert!(msg.contains(needle), "{name}: {msg}");
        match (&err, line) {
            (Error::Input { line: got, .. }, want) => assert_eq!(*got, want, "{name}: {msg}"),
            (Error::NoDate { .. }, None) if needle.is_empty() => {}
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn one_line_file_is_all_body_with_a_derived_title() {
    let a = one(
        "one.txt",
        "WASHINGTON — The Senate voted on Thursday.",
        &dated("2025-04-17"),
    );
    assert_eq!(a.body, 0..a.text.len());
    assert!(a.title_derived);
    assert_eq!(a.title, "The Senate voted on Thursday.");
}

#[test]
fn first_line_quotation_is_not_a_headline() {
    let text = "\"We will not move,\" the mayor said. \"Not an inch.\"\nThe vote is on Monday.\n";
    let a = one("q.txt", text, &dated("2025-04-17"));
    assert_eq!(a.body.start, 0);
    assert!(a.title_derived);
    let b = one(
        "q.txt",
        "Is this the end of the euro?\nThe vote is on Monday.\n",
        &dated("2025-04-17"),
    );
    assert_eq!(b.title, "Is this the end of the euro?");
}

#[test]
fn first_line_paragraph_is_not_a_headline() {
    let text = "The Senate voted on Thursday.\nThe House votes next week.\n";
    let a = one("p.txt", text, &dated("2025-04-17"));
    assert_eq!(a.body.start, 0);
    assert!(a.title_derived);
}

#[test]
fn bylines_and_updated_lines_are_header() {
    let text = "Storm hits coast\nBy Ana Ruiz and Tom Field\nUpdated 10:02 AM EDT, Fri April 18, 2025\nPublished April 17, 2025\n\nThe storm hit on Thursday.\n";
    let a = one("s.txt", text, &ReadOptions::default());
    assert_eq!(a.dct, d("2025-04-17"), "published wins over updated");
    assert_eq!(a.deck, None);
    assert_eq!(body(&a).trim(), "The storm hit on Thursday.");
}

/// An update note with news in it is body text: it must not vanish into
/// the header (QA 9). A bare stamp ("Updated 3:42 p.m.") stays header.
#[test]
fn an_updated_line_with_news_in_it_is_body() {
    let text = "Water main repair\nPublished: Thursday, January 2, 2025\n\nUpdated at 4:15 p.m. Thursday with the revised schedule; crews now expect to finish Sunday.\n\nThe main broke on Tuesday.\n";
    let a = one("w.txt", text, &ReadOptions::default());
    assert_eq!(a.dct, d("2025-01-02"));
    assert!(
        body(&a).starts_with("Updated at 4:15 p.m. Thursday"),
        "{}",
        body(&a)
    );
    let text = "Water main repair\nPublished: Thursday, January 2, 2025\nUpdated 3:42 p.m.\n\nThe main broke on Tuesday.\n";
    let a = one("w.txt", text, &ReadOptions::default());
    assert_eq!(body(&a).trim(), "The main broke on Tuesday.");
}

#[test]
fn byte_order_mark_and_crlf() {
    let text = "\u{feff}Storm hits coast\r\nApril 17, 2025\r\n\r\nThe storm hit on Thursday. It moved north.\r\n";
    let a = one("s.txt", text, &ReadOptions::default());
    assert_eq!(a.title, "Storm hits coast");
    assert_eq!(a.dct, d("2025-04-17"));
    let s = segment::split(&a.text, a.body.clone());
    assert_eq!(s.len(), 2);
    assert_eq!(s[1].text(&a.text), "It moved north.");
}

#[test]
fn tokenised_corpus_lines() {
    let j = r#"{"id": "t1", "date": "2010-04-21", "title": "", "text": "The U.S. Coast Guard said Wednesday .\nBP 's shares fell 5 % ."}"#;
    let a = one("t.jsonl", j, &ReadOptions::default());
    assert!(a.title_derived);
    assert_eq!(segment::split(&a.text, a.body.clone()).len(), 2);
    assert_eq!(a.origin.rsplit(':').next(), Some("1"));
}

#[test]
fn read_path_and_extensions() {
    let dir = Dir::new();
    let p = dir.write("a.MD", "---\ntitle: T\ndate: 2025-01-01\n---\nText here.\n");
    assert!(ingest::has_article_extension(&p));
    assert!(!ingest::has_article_extension(std::path::Path::new(
        "x.png"
    )));
    let v = ingest::read_path(&p, &ReadOptions::default());
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].as_ref().unwrap().title, "T");
    let missing = dir.0.path().join("missing.txt");
    let v = ingest::read_path(&missing, &ReadOptions::default());
    let msg = v[0].as_ref().unwrap_err().to_string();
    assert!(
        msg.starts_with(&missing.display().to_string()) && msg.contains("cannot read"),
        "{msg}"
    );
}

#[test]
fn a_date_line_that_is_no_date_is_named_in_the_error() {
    let text = "Storm hits coast\n\nPublished Feb. 30, 2023\n\nA storm hit the coast on Tuesday.\n";
    let (origin, r) = read_file("s.txt", text, &ReadOptions::default());
    let msg = r.unwrap_err().to_string();
    assert!(msg.starts_with(&origin), "{msg}");
    assert!(
        msg.contains("Published Feb. 30, 2023") && msg.contains("has no day 30"),
        "{msg}"
    );
    assert!(msg.contains("--date"), "{msg}");
}

/// A weekday that is not the date's is a warning naming the file and line;
/// the date is kept. A matching weekday, a date given with --date, and a
/// date without a weekday warn of nothing.
#[test]
fn a_weekday_that_does_not_match_the_date_is_a_warning() {
    let wrong = "Vote set\n\nPublished Thursday, April 18, 2025\n\nThe council met Monday.\n";
    let (origin, r) = read_file("wrong.txt", wrong, &ReadOptions::default());
    let a = r.unwrap().remove(0);
    assert_eq!(a.dct, d("2025-04-18"));
    assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
    let w = &a.warnings[0];
    assert!(w.starts_with(&format!("{origin}:3: ")), "{w}");
    assert!(
        w.contains("Thursday") && w.contains("Friday") && w.contains("--date"),
        "{w}"
    );

    let md =
        "---\ntitle: Vote\ndate: Sat, 20 Apr 2025 10:00:00 +0000\n---\nThe council met Monday.\n";
    let a = one("wrong.md", md, &ReadOptions::default());
    assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
    assert!(
        a.warnings[0].contains("metadata field `date` says Saturday"),
        "{:?}",
        a.warnings
    );

    for (name, text, opts) in [
        (
            "right.txt",
            "Vote set\n\nPublished Friday, April 18, 2025\n\nThe council met Monday.\n",
            ReadOptions::default(),
        ),
        (
            "plain.txt",
            "Vote set\n\nPublished April 18, 2025\n\nThe council met Monday.\n",
            ReadOptions::default(),
        ),
        ("given.txt", wrong, dated("2025-04-18")),
    ] {
        let a = one(name, text, &opts);
        assert!(a.warnings.is_empty(), "{name}: {:?}", a.warnings);
    }
}

/// "05/04/2025" is read month first (US order), with a warning naming the
/// file and line, since a desk that writes the day first means April 5.
/// Dates that cannot be read two ways warn of nothing.
#[test]
fn a_numeric_date_that_reads_two_ways_is_a_warning() {
    let (origin, r) = read_file(
        "us.txt",
        "Vote\n\nPublished 05/04/2025\n\nThe council met on Monday.\n",
        &ReadOptions::default(),
    );
    let a = r.unwrap().remove(0);
    assert_eq!(a.dct, d("2025-05-04"));
    assert_eq!(a.warnings.len(), 1, "{:?}", a.warnings);
    assert!(
        a.warnings[0].starts_with(&format!("{origin}:3: ")),
        "{:?}",
        a.warnings
    );
    assert!(a.warnings[0].contains("month first"), "{:?}", a.warnings);
    for text in [
        "Vote\n\nPublished 04/04/2025\n\nThe council met on Monday.\n",
        "Vote\n\nPublished 4/17/2025\n\nThe council met on Monday.\n",
        "Vote\n\nPublished April 5, 2025\n\nThe council met on Monday.\n",
    ] {
        let a = one("ok.txt", text, &ReadOptions::default());
        assert!(a.warnings.is_empty(), "{text:?}: {:?}", a.warnings);
    }
}
