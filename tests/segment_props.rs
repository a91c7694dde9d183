//! Property tests: the splitter never panics, and its spans are in order,
//! non-overlapping, on char boundaries, inside the range, trimmed, and cover
//! every non-space character of the range; `first` is the split's first.

use dateline::segment::{first, split};
use proptest::prelude::*;

fn check(text: &str, start: usize, end: usize) -> Result<(), TestCaseError> {
    let sentences = split(text, start..end);
    let (lo, hi) = (start.min(text.len()), end.min(text.len()));
    let mut prev_end = lo;
    let mut prev_para = 0;
    let mut covered = vec![false; text.len()];
    for s in &sentences {
        prop_assert!(s.start < s.end, "empty span {s:?}");
        prop_assert!(s.start >= prev_end, "out of order or overlapping {s:?}");
        prop_assert!(s.end <= hi, "past the range {s:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let t = s.text(text);
        prop_assert!(!t.starts_with(char::is_whitespace), "leading space {t:?}");
        prop_assert!(!t.ends_with(char::is_whitespace), "trailing space {t:?}");
        prop_assert!(s.paragraph >= prev_para && s.paragraph <= prev_para + 1);
        prev_para = s.paragraph;
        prev_end = s.end;
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
    }
    if !sentences.is_empty() {
        prop_assert_eq!(sentences[0].paragraph, 0);
    }
    prop_assert_eq!(first(text, start..end), sentences.first().copied());
    if lo < hi && text.is_char_boundary(lo) && text.is_char_boundary(hi) {
        for (i, c) in text[lo..hi].char_indices() {
            if !c.is_whitespace() {
                prop_assert!(covered[lo + i], "{c:?} at {} not in a sentence", lo + i);
            }
        }
    }
    Ok(())
}

fn news_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("p.m.".to_string()),
        Just("No.".to_string()),
        Just("Sept.".to_string()),
        Just("W.".to_string()),
        Just("The".to_string()),
        Just("...".to_string()),
        Just(". . .".to_string()),
        Just("\"".to_string()),
        Just("''".to_string()),
        Just("?\"".to_string()),
        Just(".\"".to_string()),
        Just("3.5".to_string()),
        Just("(CNN)".to_string()),
        Just("#".to_string()),
        Just("- ".to_string()),
        "[a-zA-Z]{1,8}",
        "[0-9]{1,4}",
        "[.?!…”’)]{1,3}",
        "[ \t\n\u{a0}]{1,3}",
        "[éß東\u{2028}\r]{1,2}",
    ];
    prop::collection::vec(token, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn news_like_text(text in news_like()) {
        check(&text, 0, text.len())?;
    }

    #[test]
    fn arbitrary_text(text in "\\PC{0,120}") {
        check(&text, 0, text.len())?;
    }

    #[test]
    fn arbitrary_ranges(text in news_like(), a in 0usize..400, b in 0usize..400) {
        check(&text, a, b)?;
    }
}
