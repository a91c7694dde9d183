//! Property tests: ingest never panics, whatever the bytes and the name, and
//! what it returns is consistent (body inside the text, on char boundaries).

use dateline::ingest::{self, ReadOptions};
use proptest::prelude::*;

fn check(origin: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let opts = ReadOptions {
        reference: chrono::NaiveDate::from_ymd_opt(2025, 4, 17),
        ..Default::default()
    };
    let articles = ingest::read_each(origin, bytes, &opts);
    for a in articles.into_iter().flatten() {
        prop_assert!(a.body.start <= a.body.end && a.body.end == a.text.len());
        prop_assert!(a.text.is_char_boundary(a.body.start));
        if let Some(d) = &a.dateline {
            prop_assert!(d.start >= a.body.start && d.end <= a.text.len());
            prop_assert!(a.text.is_char_boundary(d.start) && a.text.is_char_boundary(d.end));
        }
        prop_assert!(!dateline::segment::split(&a.text, a.body.clone()).is_empty());
    }
    Ok(())
}

fn article_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("---\n".to_string()),
        Just("+++\n".to_string()),
        Just("title: T\n".to_string()),
        Just("date: 2025-04-17\n".to_string()),
        Just("date = 2025-04-17\n".to_string()),
        Just("# Heading\n".to_string()),
        Just("Published April 17, 2025 3:15 p.m. ET\n".to_string()),
        Just("Updated 10:02 AM EDT, Thu April 17, 2025\n".to_string()),
        Just("PARIS, April 17 (Reuters) - ".to_string()),
        Just("KYIV, Ukraine (AP) — ".to_string()),
        Just("(CNN)".to_string()),
        Just("By Ana Ruiz\n".to_string()),
        Just("{\"title\": null, \"date\": \"2025-04-17\", \"text\": \"A b.\"}\n".to_string()),
        Just("{\"text\": ".to_string()),
        Just("\n".to_string()),
        Just("\u{feff}".to_string()),
        "[A-Za-z .,!?\"'()—-]{1,30}",
        "[0-9:/ -]{1,12}",
    ];
    prop::collection::vec(piece, 0..16).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn article_like_text_in_any_format(text in article_like(), ext in prop::sample::select(vec!["a.txt", "a.md", "a.json", "a.jsonl", "-"])) {
        check(ext, text.as_bytes())?;
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200), ext in prop::sample::select(vec!["a.txt", "a.md", "a.json", "a.jsonl"])) {
        check(ext, &bytes)?;
    }

    #[test]
    fn metatime_never_panics(s in "\\PC{0,40}") {
        let _ = ingest::metatime::parse(&s, None);
        let _ = ingest::metatime::parse(&s, Some(chrono_tz::Asia::Tokyo));
        let _ = ingest::dateline::opening(&s);
        let _ = ingest::dateline::standalone(&s, None);
    }

    #[test]
    fn metatime_on_date_like_strings(s in "(Published |Updated )?(Thu, )?(April|Sept\\.|Dec) [0-9]{1,2}(, [0-9]{1,4})?( [0-9]{1,2}(:[0-9]{2})? ?(a\\.m\\.|p\\.m\\.|PM)?)?( ET| BST| \\+0[0-9]:00| GMT\\+[0-9]{1,2})?") {
        let _ = ingest::metatime::parse(&s, None);
    }
}
