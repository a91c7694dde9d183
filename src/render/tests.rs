use super::*;

use chrono::NaiveDate;
use pulldown_cmark::{Event as Md, Options, Parser, Tag, TagEnd};

use crate::ingest::Article;
use crate::segment::Sentence;
use crate::temporal::{Timex, TimexType};

/// Every extension a Markdown viewer might turn on, except smart quotes
/// (which change text, not structure).
fn md_options() -> Options {
    Options::all() - Options::ENABLE_SMART_PUNCTUATION
}

/// Parse `md` with a real CommonMark parser and return the text of its one
/// paragraph (soft breaks as spaces), or a description of the first piece
/// of structure that is not plain paragraph text.
fn plain_paragraph(md: &str) -> Result<String, String> {
    let mut text = String::new();
    let mut depth = 0;
    for ev in Parser::new_ext(md, md_options()) {
        match ev {
            Md::Start(Tag::Paragraph) if depth == 0 => depth = 1,
            Md::End(TagEnd::Paragraph) if depth == 1 => depth = 2,
            Md::Text(t) if depth == 1 => text.push_str(&t),
            Md::SoftBreak if depth == 1 => text.push(' '),
            other => return Err(format!("{other:?} in {md:?}")),
        }
    }
    Ok(text)
}

fn normalize(s: &str) -> String {
    s.split(|c: char| is_break(c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

const NASTY: &[&str] = &[
    "[click](http://x)",
    "![img](http://x/a.png)",
    "<script>alert(1)</script>",
    "# not a heading",
    "| a | b |",
    "|---|---|",
    "> not a quote",
    "- not a list",
    "+ not a list",
    "* not a list",
    "1. not a list",
    "12) not a list",
    "```rust",
    "~~~",
    "    four spaces",
    "**bold** and _em_ and `code` and ~~strike~~",
    "a line\\",
    "visit www.example.com or https://example.com/a_b",
    "mail editor@example.com now",
    "it costs $5 million and $6 million",
    "x^2^ and H~2~O",
    "&copy; &amp; &#169;",
    "[^1] footnote",
    "[ref]: http://x",
    "- [ ] task",
    "[[wiki]]",
    "===",
    "---",
    "***",
    "_ _ _",
    "Term\n: definition",
    "<!-- comment -->",
    "<div>",
    "Line one\nLine two\r\nLine three",
    "tab\there",
    "control\u{1b}[31mred",
    "a U.S. official, Dr. Smith, said at 3 p.m. on Sept. 5 (No. 5).",
    "The three-year-old — \"quoted\" — said 'hi'.",
    "ends with a backslash \\",
    "{% raw %} {{ not a template }}",
];

#[test]
fn escaped_text_is_one_plain_paragraph_with_the_same_text() {
    for s in NASTY {
        let md = escape_inline(s);
        assert_eq!(plain_paragraph(&md), Ok(normalize(s)), "{s:?} -> {md:?}");
    }
}

#[test]
fn escaped_and_wrapped_text_stays_plain_at_every_width() {
    let all = NASTY.join(" ");
    for width in [1, 2, 3, 5, 8, 13, 20, 40, 80] {
        let md = wrap(&escape_inline(&all), width, "", "");
        assert_eq!(plain_paragraph(&md), Ok(normalize(&all)), "width {width}");
    }
}

#[test]
fn wrapped_lines_never_start_markdown_structure() {
    let s = "He said - and meant it - that No. 1. was 2025. + more: 1) first = second == third --- done";
    for width in 1..40 {
        let md = wrap(&escape_inline(s), width, "", "");
        assert_eq!(
            plain_paragraph(&md),
            Ok(normalize(s)),
            "width {width}:\n{md}"
        );
        for line in md.lines() {
            assert!(
                !(line.starts_with("- ") || line.starts_with("+ ") || line == "-" || line == "+"),
                "{line:?}"
            );
            let first = line.split(' ').next().unwrap();
            let digits = first.bytes().take_while(u8::is_ascii_digit).count();
            assert!(
                !(digits > 0 && first.len() == digits + 1 && first.ends_with(['.', ')'])),
                "{line:?}"
            );
        }
    }
}

#[test]
fn wrap_respects_width_and_never_breaks_words() {
    let s = "The envoy met officials in the Berni capital on Saturday, and a three-year-old ceasefire held.";
    let md = wrap(&escape_inline(s), 20, "- ", "  ");
    for line in md.lines() {
        assert!(line.chars().count() <= 20, "{line:?}");
    }
    assert!(md.starts_with("- The envoy"));
    assert!(md.contains("three-year-old"));
    assert_eq!(wrap("a  b\n c", 0, "> ", ""), "> a b c");
    // A word longer than the width stays whole.
    assert_eq!(
        wrap("https\\://example.com/very/long", 5, "", ""),
        "https\\://example.com/very/long"
    );
}

#[test]
fn escape_is_stable_on_plain_news_text() {
    let s = "PARIS, April 17 (Reuters) - The U.S. envoy met Dr. Smith at 3:15 p.m.";
    assert_eq!(escape_inline(s), s);
    // Only a first word that could open a block is guarded...
    assert_eq!(escape_inline("1. - + === :"), "1\\. - + === :");
    assert_eq!(escape_inline("-"), "\\-");
    assert_eq!(escape_inline("12)"), "12\\)");
    // ...and wrapping guards exactly the words that land at a line start.
    assert_eq!(wrap("a - b", 2, "", ""), "a\n\\-\nb");
    assert_eq!(wrap("a - b", 5, "", ""), "a - b");
    assert_eq!(wrap("- b", 0, "- ", ""), "- - b");
    assert_eq!(wrap("- b", 0, "", ""), "\\- b");
    // Guarding is idempotent.
    let once = wrap("x 1. y", 2, "", "");
    assert_eq!(once, "x\n1\\.\ny");
    assert_eq!(wrap(&once, 2, "", ""), once);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
    #[test]
    fn any_text_renders_as_plain_paragraphs(
        s in "[-+*_#>|<`~=:.)(\\[\\]!&$^@\\\\/a-z0-9 \n\té—]{0,60}",
        width in 0usize..30,
    ) {
        let md = wrap(&escape_inline(&s), width, "", "");
        let want = normalize(&s);
        if want.is_empty() {
            proptest::prop_assert_eq!(md, "");
        } else {
            proptest::prop_assert_eq!(plain_paragraph(&md), Ok(want));
        }
    }
}

// ----- templates and whole briefs -------------------------------------

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A hand-made brief: sentences are lines of `body`, timexes found by words.
fn sample(title: &str, body: &[&str], dated: &[(&str, &str)], summary: &[usize]) -> Brief {
    let mut text = format!("{title}\n\n");
    let body_start = text.len();
    let mut sentences = Vec::new();
    for (i, s) in body.iter().enumerate() {
        let start = text.len();
        text.push_str(s);
        sentences.push(Sentence {
            start,
            end: text.len(),
            paragraph: i,
        });
        text.push('\n');
    }
    let mut timexes = Vec::new();
    let mut from = body_start;
    for &(w, v) in dated {
        let at = from + text[from..].find(w).unwrap();
        timexes.push(Timex {
            start: at,
            end: at + w.len(),
            kind: TimexType::Date,
            value: v.into(),
            modifier: None,
            quant: None,
            freq: None,
            anchored: true,
            ..Default::default()
        });
        from = at + w.len();
    }
    let dct = d("2025-04-17");
    let timeline = crate::timeline::build(&text, &sentences, &timexes, dct);
    let dateline = text
        .find("PARIS (Reuters)")
        .map(|i| i..i + "PARIS (Reuters)".len());
    Brief {
        article: Article {
            origin: "test.txt".into(),
            id: None,
            title: title.into(),
            deck: Some("A deck with *stars*".into()),
            source: Some("Reuters".into()),
            url: Some("https://example.com/a_b".into()),
            story: None,
            dct,
            dct_source: DateSource::Dateline,
            body: body_start..text.len(),
            text,
            title_derived: false,
            published: None,
            dateline,
            warnings: Vec::new(),
        },
        sentences,
        timexes,
        summary: summary.to_vec(),
        timeline,
    }
}

fn opts(width: usize) -> RenderOptions {
    RenderOptions {
        width,
        ..RenderOptions::default()
    }
}

#[test]
fn brief_layout() {
    let b = sample(
        "Talks # resume",
        &[
            "PARIS (Reuters) - The envoys met in Bern last Saturday.",
            "Talks resume next week in Rome.",
            "No date here.",
        ],
        &[("last Saturday", "2025-04-12"), ("next week", "2025-W17")],
        &[0, 2],
    );
    let md = markdown(&b, &opts(78)).unwrap();
    let want = "\
# Talks \\# resume

*A deck with \\*stars\\**

**Published:** Thu, Apr 17, 2025 (from the dateline) · **Dateline:** PARIS
(Reuters) · **Source:** Reuters · **Link:** <https://example.com/a_b>

## Summary

- The envoys met in Bern last Saturday.
- No date here.

## Timeline

- **Sat, Apr 12, 2025** (\"last Saturday\"): PARIS (Reuters) - The envoys met in
  Bern last Saturday.

## What comes next

- **week of Apr 21, 2025** (\"next week\"): Talks resume next week in Rome.
";
    assert_eq!(md, want);
    // Deterministic.
    assert_eq!(markdown(&b, &opts(78)).unwrap(), md);
}

#[test]
fn empty_sections_say_so() {
    let b = sample("No dates", &["Nothing dated happens here."], &[], &[0]);
    let md = markdown(&b, &opts(80)).unwrap();
    assert!(
        md.contains("## Timeline\n\nNo dated events found.\n"),
        "{md}"
    );
    assert!(
        md.contains("## What comes next\n\nNo upcoming dated events found.\n"),
        "{md}"
    );
    let b = sample(
        "Only future",
        &["Talks resume next week."],
        &[("next week", "2025-W17")],
        &[0],
    );
    let md = timeline_markdown(&b, &opts(80)).unwrap();
    assert!(
        md.contains("No dated events on or before the dateline."),
        "{md}"
    );
}

#[test]
fn ap_style_and_no_wrapping() {
    let b = sample(
        "T",
        &["They met last Saturday, long after talks in Sept. 5 of 2024 failed and more."],
        &[
            ("last Saturday", "2025-04-12"),
            ("Sept. 5 of 2024", "2024-09-05"),
        ],
        &[0],
    );
    let o = RenderOptions {
        width: 0,
        date_style: DateStyle::Ap,
        ..RenderOptions::default()
    };
    let md = timeline_markdown(&b, &o).unwrap();
    assert!(
        md.contains("- **Sept. 5, 2024** (\"Sept. 5 of 2024\"): They met"),
        "{md}"
    );
    assert!(
        md.contains("- **Saturday, April 12** (\"last Saturday\"): They met"),
        "{md}"
    );
    assert!(md.lines().all(|l| !l.starts_with("  ")), "{md}");
}

#[test]
fn markdown_of_hostile_article_renders_no_links_html_or_headings() {
    let b = sample(
        "[click](http://x) <script>",
        &[
            "# not a heading [click](http://x) <script>alert(1)</script> | a | b |",
            "- not a list on Monday.",
        ],
        &[("Monday", "2025-04-14")],
        &[0, 1],
    );
    let md = markdown(&b, &opts(20)).unwrap();
    for ev in Parser::new_ext(&md, md_options()) {
        match ev {
            Md::Start(Tag::Link { dest_url, .. }) => {
                assert_eq!(dest_url.as_ref(), "https://example.com/a_b", "{md}")
            }
            Md::Start(Tag::Image { .. })
            | Md::Start(Tag::HtmlBlock)
            | Md::Html(_)
            | Md::InlineHtml(_)
            | Md::Code(_)
            | Md::Start(Tag::Table(_))
            | Md::Start(Tag::BlockQuote(_))
            | Md::Start(Tag::CodeBlock(_)) => panic!("{ev:?} in\n{md}"),
            Md::Start(Tag::Heading { .. }) => {}
            _ => {}
        }
    }
    let headings = Parser::new_ext(&md, md_options())
        .filter(|e| matches!(e, Md::Start(Tag::Heading { .. })))
        .count();
    assert_eq!(headings, 4, "{md}"); // title, Summary, Timeline, What comes next
}

#[test]
fn custom_template_output_is_escaped_unless_safe() {
    let b = sample("A *b* <c>", &["One."], &[], &[0]);
    let o = RenderOptions {
        template: Some((
            "mine.j2".into(),
            "{{ title }}|{{ title | safe }}|{{ title | md }}|{{ deck | wrap(initial='> ') }}"
                .into(),
        )),
        ..opts(80)
    };
    let md = markdown(&b, &o).unwrap();
    assert_eq!(
        md,
        "A \\*b\\* &lt;c&gt;|A *b* <c>|A \\*b\\* &lt;c&gt;|> A deck with \\*stars\\*\n"
    );
}

#[test]
fn template_errors_name_the_file_and_line() {
    let b = sample("T", &["One."], &[], &[0]);
    let syntax = RenderOptions {
        template: Some((
            "my/brief.j2".into(),
            "# {{ title }}\n\n{% for x in %}\n".into(),
        )),
        ..opts(80)
    };
    match markdown(&b, &syntax) {
        Err(Error::Template { name, line, .. }) => {
            assert_eq!(name, "my/brief.j2");
            assert_eq!(line, Some(3));
        }
        other => panic!("{other:?}"),
    }
    let runtime = RenderOptions {
        template: Some(("rt.j2".into(), "ok\nok\n{{ no_such_thing.field }}\n".into())),
        ..opts(80)
    };
    let e = markdown(&b, &runtime).unwrap_err();
    assert!(e.to_string().starts_with("template rt.j2:3: "), "{e}");
    let bad_kwarg = RenderOptions {
        template: Some(("k.j2".into(), "{{ title | wrap(nope=1) }}".into())),
        ..opts(80)
    };
    let e = markdown(&b, &bad_kwarg).unwrap_err();
    assert!(e.to_string().starts_with("template k.j2:1: "), "{e}");
}

#[test]
fn endless_templates_run_out_of_fuel() {
    let b = sample("T", &["One."], &[], &[0]);
    let o = RenderOptions {
        template: Some((
            "loop.j2".into(),
            "{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}"
                .into(),
        )),
        ..opts(80)
    };
    assert!(matches!(markdown(&b, &o), Err(Error::Template { .. })));
}

#[test]
fn json_has_the_documented_shape() {
    let b = sample(
        "T",
        &["They met last Saturday.", "Talks resume next week."],
        &[("last Saturday", "2025-04-12"), ("next week", "2025-W17")],
        &[0],
    );
    let s = json(&b, JsonKind::Brief, DateStyle::Readable);
    assert!(s.ends_with('\n') && s.matches('\n').count() == 1);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["kind"], "brief");
    assert_eq!(v["article"]["dct"], "2025-04-17");
    assert_eq!(v["article"]["dct_source"], "dateline");
    assert_eq!(v["summary"], serde_json::json!([0]));
    assert_eq!(v["sentences"][1]["text"], "Talks resume next week.");
    assert_eq!(v["timexes"][0]["text"], "last Saturday");
    assert_eq!(v["timexes"][0]["type"], "DATE");
    let e = &v["timeline"]["happened"][0];
    assert_eq!(e["date"]["label"], "Sat, Apr 12, 2025");
    assert_eq!(e["date"]["granularity"], "day");
    let m = &e["date"]["mentions"][0];
    let text = v["article"]["text"].as_str().unwrap();
    let (st, en) = (
        m["start"].as_u64().unwrap() as usize,
        m["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[st..en], "last Saturday");
    let u = &v["timeline"]["upcoming"][0]["date"];
    assert_eq!(
        (u["from"].as_str(), u["to"].as_str()),
        (Some("2025-04-21"), Some("2025-04-27"))
    );
    let t: serde_json::Value =
        serde_json::from_str(&json(&b, JsonKind::Timeline, DateStyle::Iso)).unwrap();
    assert_eq!(t["kind"], "timeline");
    assert!(t.get("sentences").is_none() && t.get("timexes").is_none());
    assert_eq!(t["timeline"]["happened"][0]["date"]["label"], "2025-04-12");
}

#[test]
fn urls_that_are_not_plain_http_are_escaped() {
    let mut b = sample("T", &["One."], &[], &[0]);
    b.article.url = Some("javascript:alert(1) <x>".into());
    let md = markdown(&b, &opts(0)).unwrap();
    assert!(
        md.contains("**Link:** javascript:alert(1) &lt;x&gt;"),
        "{md}"
    );
    b.article.url = Some("   ".into());
    let md = markdown(&b, &opts(0)).unwrap();
    assert!(!md.contains("Link"), "{md}");
}

/// Options with a `--date`; written field by field because the ingest stage
/// adds fields to `ReadOptions`.
#[allow(clippy::field_reassign_with_default)]
fn read_options(date: NaiveDate) -> crate::ingest::ReadOptions {
    let mut o = crate::ingest::ReadOptions::default();
    o.date = Some(date);
    o
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Whole pipeline on hostile random articles: the briefing parses as a
    /// heading, sections, paragraphs and lists only, never a link (but the
    /// article's), HTML, code, a table or a block quote.
    #[test]
    fn random_articles_render_to_safe_markdown(
        title in "[-+*_#>|<`~=:.)(\\[\\]!&$^@a-zA-Z0-9 ]{1,30}",
        body in proptest::collection::vec(
            "[-+*_#>|<`~=:.)(\\[\\]!&$^@a-zA-Z0-9 ,]{0,40}( on Monday| last week| next year| in 2018)?\\.",
            1..6,
        ),
        width in 0usize..50,
    ) {
        let text = format!("{}\n\n{}\n", title.trim(), body.join(" "));
        let ro = read_options(d("2025-04-17"));
        let Ok(articles) = crate::ingest::read("prop.txt", text.as_bytes(), &ro) else {
            return Ok(());
        };
        for a in articles {
            let b = crate::brief::build(a, crate::temporal::Tagger::global(), &Default::default());
            let md = markdown(&b, &opts(width)).unwrap();
            let mut headings = 0;
            for ev in Parser::new_ext(&md, md_options()) {
                match ev {
                    Md::Start(Tag::Heading { .. }) => headings += 1,
                    Md::Start(Tag::Paragraph | Tag::List(_) | Tag::Item | Tag::Strong | Tag::Emphasis)
                    | Md::End(_)
                    | Md::Text(_)
                    | Md::SoftBreak => {}
                    other => proptest::prop_assert!(false, "{:?} in\n{}", other, md),
                }
            }
            proptest::prop_assert_eq!(headings, 4, "{}", md);
        }
    }
}
