//! The summarizer on articles written for these tests: leads, lead-less
//! formats, length control, redundancy, determinism, odd input.

use dateline::segment::{self, Sentence};
use dateline::summary::{self, lead, summarize, Length};
use proptest::prelude::*;

const WIRE: &str = "City council approves new river bridge after decade of debate\n\
\n\
The Millbrook city council voted 7-2 on Tuesday to build a new bridge over the Tarn River, ending a decade of debate over how to ease traffic in the town centre. \
The bridge will cost an estimated $48 million and is expected to open in 2028, officials said. \
Mayor Ellen Ruiz called the vote a turning point for the town. \
\"People have waited long enough,\" she told reporters after the meeting. \
Two council members opposed the plan, arguing that the money should go to schools. \
Construction is due to start next spring. \
The old bridge, built in 1931, carries about 20,000 vehicles a day. \
Engineers have warned that it needs major repairs. \
Local businesses welcomed the decision. \
The council will hold a public meeting on the design next month.\n";

fn sentences(text: &str) -> Vec<Sentence> {
    segment::split(text, 0..text.len())
}

fn words_of(text: &str, s: &[Sentence], idx: &[usize]) -> usize {
    idx.iter()
        .map(|&i| s[i].text(text).split_whitespace().count())
        .sum()
}

fn check_valid(idx: &[usize], n: usize, max: usize) {
    assert!(idx.len() <= max, "{idx:?} longer than {max}");
    assert!(idx.windows(2).all(|w| w[0] < w[1]), "not in order: {idx:?}");
    assert!(idx.iter().all(|&i| i < n), "{idx:?} out of range {n}");
}

#[test]
fn picks_three_sentences_in_article_order() {
    let s = sentences(WIRE);
    let idx = summarize(WIRE, &s, "", Length::Sentences(3));
    assert_eq!(idx.len(), 3);
    check_valid(&idx, s.len(), 3);
    // The lead sentence of a wire story is in its summary.
    let first_body = s
        .iter()
        .position(|x| x.text(WIRE).starts_with("The Millbrook"))
        .unwrap();
    assert!(idx.contains(&first_body), "{idx:?}");
}

#[test]
fn deterministic() {
    let s = sentences(WIRE);
    let a = summarize(WIRE, &s, "Bridge vote", Length::Sentences(4));
    for _ in 0..5 {
        assert_eq!(summarize(WIRE, &s, "Bridge vote", Length::Sentences(4)), a);
    }
}

#[test]
fn more_sentences_than_the_article_has() {
    let s = sentences(WIRE);
    let idx = summarize(WIRE, &s, "", Length::Sentences(100));
    assert_eq!(idx.len(), s.len());
    assert!(summarize(WIRE, &s, "", Length::Sentences(0)).is_empty());
}

#[test]
fn word_budget_is_respected_with_whole_sentences() {
    let s = sentences(WIRE);
    for budget in [20, 40, 60, 100] {
        let idx = summarize(WIRE, &s, "", Length::Words(budget));
        assert!(!idx.is_empty());
        check_valid(&idx, s.len(), s.len());
        assert!(words_of(WIRE, &s, &idx) <= budget, "{budget}: {idx:?}");
    }
    // A budget below every sentence still gives one sentence.
    let idx = summarize(WIRE, &s, "", Length::Words(2));
    assert_eq!(idx.len(), 1);
    assert!(summarize(WIRE, &s, "", Length::Words(0)).is_empty());
}

#[test]
fn headline_pulls_matching_sentence() {
    // Without a headline the schools sentence is not chosen at one sentence;
    // a headline about schools brings it in.
    let s = sentences(WIRE);
    let schools = s
        .iter()
        .position(|x| x.text(WIRE).contains("schools"))
        .unwrap();
    let plain = summarize(WIRE, &s, "", Length::Sentences(2));
    assert!(!plain.contains(&schools));
    let m = summary::Model::builtin().clone();
    let mut strong = m.clone();
    strong.headline_weight = 10.0;
    let idx = summary::summarize_with(
        WIRE,
        &s,
        "Council members opposed: money should go to schools",
        Length::Sentences(2),
        &strong,
    );
    assert!(idx.contains(&schools), "{idx:?}");
}

#[test]
fn repeated_sentence_is_not_chosen_twice() {
    let text = "Storm knocks out power to 40,000 homes in the valley. \
Storm knocks out power to 40,000 homes in the valley. \
Crews expect to restore most lines by Friday evening. \
Schools in three districts will stay closed on Thursday. \
The weather service lifted its wind warning overnight.";
    let s = sentences(text);
    let idx = summarize(text, &s, "", Length::Sentences(3));
    assert_eq!(idx.len(), 3);
    assert!(!(idx.contains(&0) && idx.contains(&1)), "{idx:?}");
}

#[test]
fn lead_baseline() {
    let s = sentences(WIRE);
    assert_eq!(lead(WIRE, &s, Length::Sentences(3)), vec![0, 1, 2]);
    let idx = lead(WIRE, &s, Length::Words(30));
    assert!(!idx.is_empty() && idx[0] == 0);
}

const BULLETS: &str = "What we know about the recall\n\
\n\
- The recall covers 12,000 e-bikes sold between March and June.\n\
- Batteries can overheat while charging.\n\
- Owners should stop using the bikes and contact the dealer.\n\
- No injuries have been reported.\n\
- Refunds will be paid within 30 days.\n";

const TRANSCRIPT: &str = "HOST: Welcome back. Joining us now is the harbour master.\n\
GUEST: Thanks for having me.\n\
HOST: How bad is the damage to the pier?\n\
GUEST: The eastern end collapsed overnight and two boats sank.\n\
HOST: When will the ferry run again?\n\
GUEST: We hope to restart the ferry on Monday, once divers have checked the berth.\n";

const LIVE_BLOG: &str = "9:02 a.m. The polls have opened across the state.\n\
\n\
9:45 a.m. Turnout is running ahead of the last election, officials say.\n\
\n\
10:30 a.m. A voting machine failure in Dale County delayed voting for an hour.\n\
\n\
11:15 a.m. The governor cast her ballot in her home town.\n\
\n\
12:00 p.m. Officials say the Dale County machines are working again.\n";

const ONE_PARAGRAPH: &str = "The museum reopens on Saturday after a two-year renovation that added a new wing for modern art and a rooftop garden.";

#[test]
fn articles_without_a_lead_give_sensible_output() {
    for (name, text) in [
        ("bullets", BULLETS),
        ("transcript", TRANSCRIPT),
        ("live blog", LIVE_BLOG),
        ("one paragraph", ONE_PARAGRAPH),
    ] {
        let s = sentences(text);
        assert!(!s.is_empty(), "{name}");
        for len in [
            Length::Sentences(1),
            Length::Sentences(3),
            Length::Words(25),
        ] {
            let idx = summarize(text, &s, "", len);
            assert!(!idx.is_empty(), "{name} {len:?}");
            check_valid(&idx, s.len(), s.len());
            for &i in &idx {
                assert!(
                    s[i].text(text).split_whitespace().count() > 0,
                    "{name}: empty sentence chosen"
                );
            }
        }
    }
}

#[test]
fn empty_and_odd_sentence_lists() {
    assert!(summarize("", &[], "", Length::Sentences(3)).is_empty());
    assert!(summarize("", &[], "", Length::Words(50)).is_empty());
    // Spans that do not fit the text, or hold no words, are never chosen.
    let text = "Real words here. ... !!!";
    let s = vec![
        Sentence {
            start: 0,
            end: 16,
            paragraph: 0,
        },
        Sentence {
            start: 17,
            end: 20,
            paragraph: 0,
        },
        Sentence {
            start: 10,
            end: 999,
            paragraph: 0,
        },
        Sentence {
            start: 5,
            end: 2,
            paragraph: 1,
        },
    ];
    assert_eq!(summarize(text, &s, "", Length::Sentences(3)), vec![0]);
    assert_eq!(summarize(text, &s, "", Length::Words(1)), vec![0]);
}

proptest! {
    #[test]
    fn never_panics_and_stays_valid(
        text in "[A-Za-z0-9 .,!?\"'\u{2019}\u{201C}\u{201D}\u{2014}é\n-]{0,400}",
        n in 0usize..6,
        w in 0usize..80,
    ) {
        let s = sentences(&text);
        let idx = summarize(&text, &s, "Headline words", Length::Sentences(n));
        check_valid(&idx, s.len(), n);
        let idx = summarize(&text, &s, "", Length::Words(w));
        check_valid(&idx, s.len(), s.len());
        let _ = summary::analyze(&text, &s, &text);
    }

    #[test]
    fn arbitrary_spans_never_panic(
        text in ".{0,200}",
        spans in proptest::collection::vec((0usize..250, 0usize..250), 0..12),
    ) {
        let s: Vec<Sentence> = spans
            .iter()
            .map(|&(a, b)| Sentence { start: a, end: b, paragraph: 0 })
            .collect();
        let idx = summarize(&text, &s, "", Length::Sentences(3));
        check_valid(&idx, s.len(), 3);
    }
}

#[test]
fn a_headline_copied_from_the_first_sentence_is_ignored() {
    let s = sentences(WIRE);
    let first = s
        .iter()
        .find(|x| x.text(WIRE).starts_with("The Millbrook"))
        .unwrap()
        .text(WIRE);
    let derived = first.trim_start_matches("The ");
    assert_eq!(
        summarize(WIRE, &s, derived, Length::Sentences(3)),
        summarize(WIRE, &s, "", Length::Sentences(3))
    );
}

#[test]
fn a_large_word_budget_is_not_filled_with_weak_sentences() {
    let s = sentences(WIRE);
    let a = summary::analyze(WIRE, &s, "");
    let scores = summary::Model::builtin().score(&a);
    let worst = (0..s.len())
        .min_by(|&x, &y| scores[x].total_cmp(&scores[y]))
        .unwrap();
    let idx = summarize(WIRE, &s, "", Length::Words(10_000));
    assert!(!idx.is_empty() && idx.len() < s.len(), "{idx:?}");
    assert!(!idx.contains(&worst), "{idx:?}");
}

#[test]
fn very_long_input_stays_fast_and_valid() {
    // A live blog of 3,000 entries: the similarity graph is capped, so this
    // runs in linear memory.
    let mut text = String::new();
    for k in 0..3000 {
        text.push_str(&format!(
            "Update {k}: crews cleared {} more homes in district {} on the east bank.\n\n",
            k * 7 % 101,
            k % 13
        ));
    }
    let s = sentences(&text);
    assert!(s.len() >= 3000);
    let t = std::time::Instant::now();
    let idx = summarize(&text, &s, "Flood clean-up", Length::Sentences(3));
    assert_eq!(idx.len(), 3);
    check_valid(&idx, s.len(), 3);
    let idx = summarize(&text, &s, "", Length::Words(40));
    check_valid(&idx, s.len(), s.len());
    // Generous even for a debug build on a loaded machine.
    assert!(t.elapsed().as_secs() < 20, "{:?}", t.elapsed());
}
