use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// (value, start, end, granularity)
#[test]
fn calendar_value_reads_every_shape() {
    use Granularity::*;
    let cases: &[(&str, &str, &str, Granularity)] = &[
        ("2025-04-17", "2025-04-17", "2025-04-17", Day),
        ("2025-04-17T15:15", "2025-04-17", "2025-04-17", Time),
        ("2025-04-17T15:15:30", "2025-04-17", "2025-04-17", Time),
        ("2025-04-17T15:15-04:00", "2025-04-17", "2025-04-17", Time),
        ("2025-04-17T09Z", "2025-04-17", "2025-04-17", Time),
        ("2025-04-17TEV", "2025-04-17", "2025-04-17", PartOfDay),
        ("2025-04-17TMO", "2025-04-17", "2025-04-17", PartOfDay),
        ("2025-W17", "2025-04-21", "2025-04-27", Week),
        ("2025-W01", "2024-12-30", "2025-01-05", Week),
        ("2020-W53", "2020-12-28", "2021-01-03", Week),
        ("2025-W15-WE", "2025-04-12", "2025-04-13", Weekend),
        ("2025-W17-3", "2025-04-23", "2025-04-23", Day),
        ("2025-03", "2025-03-01", "2025-03-31", Month),
        ("2024-02", "2024-02-01", "2024-02-29", Month),
        ("2025-12", "2025-12-01", "2025-12-31", Month),
        ("2025-SP", "2025-03-01", "2025-05-31", Season),
        ("2025-SU", "2025-06-01", "2025-08-31", Season),
        ("2025-FA", "2025-09-01", "2025-11-30", Season),
        ("2023-WI", "2023-12-01", "2024-02-29", Season),
        ("2025-Q1", "2025-01-01", "2025-03-31", Quarter),
        ("2025-Q4", "2025-10-01", "2025-12-31", Quarter),
        ("2025-H1", "2025-01-01", "2025-06-30", Half),
        ("2025-H2", "2025-07-01", "2025-12-31", Half),
        ("2018", "2018-01-01", "2018-12-31", Year),
        ("199", "1990-01-01", "1999-12-31", Decade),
        ("19", "1900-01-01", "1999-12-31", Century),
    ];
    for &(v, s, e, g) in cases {
        let cv = calendar_value(v).unwrap_or_else(|| panic!("{v} should parse"));
        assert_eq!((cv.start, cv.end, cv.granularity), (d(s), d(e), g), "{v}");
    }
    let cv = calendar_value("2025-04-17T15:15").unwrap();
    assert_eq!(cv.time, Some(t(15, 15)));
    assert_eq!(cv.sort_time(), t(15, 15));
    let cv = calendar_value("2025-04-17TEV").unwrap();
    assert_eq!(cv.part_of_day, Some(super::PartOfDay::Evening));
    assert_eq!(
        calendar_value("2025-04-17T24:00").unwrap().time,
        NaiveTime::from_hms_opt(23, 59, 59)
    );
}

#[test]
fn calendar_value_rejects_what_is_not_on_the_calendar() {
    for v in [
        "",
        "PAST_REF",
        "PRESENT_REF",
        "FUTURE_REF",
        "XXXX-04",
        "XXXX-WXX-1",
        "2025-WXX",
        "P3Y",
        "PT45M",
        "2025-02-30",
        "2025-13",
        "2025-00",
        "2025-W54",
        "2025-W17-8",
        "2025-W17-XX",
        "2025-Q5",
        "2025-H3",
        "2025-XX",
        "2025-04-17TXX",
        "2025-04-17T25:00",
        "2025-04-17T15:61",
        "2025-04-17T1515",
        "2025-04-17 15:15",
        "2025-04-17T15:15+4",
        "1",
        "20255",
        "abcd",
        "２０２５",
        "2025-4-17",
        "+2025",
    ] {
        assert_eq!(calendar_value(v), None, "{v:?} should not parse");
    }
}

#[test]
fn readable_labels() {
    let l = |v: &str| calendar_value(v).unwrap().label();
    assert_eq!(l("2025-04-12"), "Sat, Apr 12, 2025");
    assert_eq!(l("2025-W17"), "week of Apr 21, 2025");
    assert_eq!(l("2025-W15-WE"), "weekend of Apr 12, 2025");
    assert_eq!(l("2025-03"), "March 2025");
    assert_eq!(l("2025-SP"), "spring 2025");
    assert_eq!(l("2018"), "2018");
    assert_eq!(l("199"), "the 1990s");
}

/// A tiny article: sentences are the `.`-terminated pieces, timexes are
/// found by their exact words.
struct Doc {
    text: String,
    sentences: Vec<Sentence>,
    timexes: Vec<Timex>,
}

fn doc(sentences: &[&str], dated: &[(&str, &str, Option<&str>)]) -> Doc {
    let mut text = String::from("Headline\n\n");
    let mut spans = Vec::new();
    for s in sentences {
        let start = text.len();
        text.push_str(s);
        spans.push(Sentence {
            start,
            end: text.len(),
            paragraph: spans.len(),
        });
        text.push(' ');
    }
    let mut timexes = Vec::new();
    let mut from = 0;
    for &(words, value, m) in dated {
        let at = from + text[from..].find(words).expect("words in text");
        timexes.push(Timex {
            start: at,
            end: at + words.len(),
            kind: if value.contains('T') {
                TimexType::Time
            } else {
                TimexType::Date
            },
            value: value.to_string(),
            modifier: m.map(String::from),
            quant: None,
            freq: None,
            anchored: true,
            ..Default::default()
        });
        from = at + words.len();
    }
    Doc {
        text,
        sentences: spans,
        timexes,
    }
}

fn build_doc(doc: &Doc, dct: &str) -> Timeline {
    build(&doc.text, &doc.sentences, &doc.timexes, d(dct))
}

fn words(events: &[Event]) -> Vec<&str> {
    events.iter().map(|e| e.date.words.as_str()).collect()
}

#[test]
fn events_are_ordered_by_date_and_split_at_the_dct() {
    let doc = doc(
        &[
            "The envoys met in Bern last Saturday.",
            "Talks resume next week.",
            "The attack on Sunday killed 35.",
            "They first met in 2018.",
            "The envoy is due in Bern on Saturday.",
            "Prices rose last month.",
            "The ministers spoke on Thursday.",
        ],
        &[
            ("last Saturday", "2025-04-12", None),
            ("next week", "2025-W17", None),
            ("on Sunday", "2025-04-13", None),
            ("2018", "2018", None),
            ("on Saturday", "2025-04-19", None),
            ("last month", "2025-03", None),
            ("on Thursday", "2025-04-17", None),
        ],
    );
    let tl = build_doc(&doc, "2025-04-17");
    assert_eq!(
        words(&tl.happened),
        [
            "2018",
            "last month",
            "last Saturday",
            "on Sunday",
            "on Thursday"
        ]
    );
    assert_eq!(words(&tl.upcoming), ["on Saturday", "next week"]);
    // The sentence is kept whole.
    assert_eq!(tl.upcoming[0].text, "The envoy is due in Bern on Saturday.");
    assert_eq!(tl.upcoming[0].sentence, 4);
}

#[test]
fn coarse_dates_sort_at_their_start_and_ties_keep_document_order() {
    let doc = doc(
        &[
            "A vote came on April 14.",
            "Earlier that week, talks stalled.",
            "Also on April 14, a second vote.",
            "At 3 p.m. on April 14 the result came.",
            "That morning, crowds gathered.",
        ],
        &[
            ("April 14", "2025-04-14", None),
            ("that week", "2025-W16", None),
            ("April 14", "2025-04-14", None),
            ("3 p.m. on April 14", "2025-04-14T15:00", None),
            ("That morning", "2025-04-14TMO", None),
        ],
    );
    let tl = build_doc(&doc, "2025-04-17");
    let order: Vec<usize> = tl.happened.iter().map(|e| e.sentence).collect();
    // Day-level and the week (same start, Monday) in document order, then
    // the morning, then 3 p.m.
    assert_eq!(order, [0, 1, 2, 4, 3]);
}

#[test]
fn one_event_per_distinct_value_in_a_sentence() {
    let doc = doc(
        &["On Thursday, April 17, he met Putin, who had met him last week and will meet again next week."],
        &[
            ("Thursday", "2025-04-17", None),
            ("April 17", "2025-04-17", None),
            ("last week", "2025-W15", None),
            ("next week", "2025-W17", None),
        ],
    );
    let tl = build_doc(&doc, "2025-04-17");
    assert_eq!(tl.happened.len(), 2);
    assert_eq!(tl.upcoming.len(), 1);
    let thursday = tl
        .happened
        .iter()
        .find(|e| e.date.value == "2025-04-17")
        .unwrap();
    let mentions: Vec<&str> = thursday
        .date
        .mentions
        .iter()
        .map(|m| m.words.as_str())
        .collect();
    assert_eq!(mentions, ["Thursday", "April 17"]);
    assert_eq!(thursday.date.words, "Thursday");
}

#[test]
fn a_day_and_a_clock_time_on_it_in_one_sentence_are_one_event_at_the_time() {
    let doc = doc(
        &[
            "The hearing is on Monday, April 21, with doors open at 7 p.m.",
            "Ferries stopped on Wednesday after a storm overnight.",
        ],
        &[
            ("Monday", "2025-04-21", None),
            ("April 21", "2025-04-21", None),
            ("7 p.m.", "2025-04-21T19:00", None),
            ("Wednesday", "2025-04-16", None),
            ("overnight", "2025-04-16TNI", None),
        ],
    );
    let tl = build_doc(&doc, "2025-04-17");
    assert_eq!(tl.upcoming.len(), 1);
    let e = &tl.upcoming[0];
    assert_eq!(e.date.value, "2025-04-21T19:00");
    let mentions: Vec<&str> = e.date.mentions.iter().map(|m| m.words.as_str()).collect();
    assert_eq!(mentions, ["Monday", "April 21", "7 p.m."]);
    // a part of the day is vaguer: the day stays an event of its own
    assert_eq!(words(&tl.happened), ["Wednesday", "overnight"]);
}

#[test]
fn a_coarse_value_containing_the_dct_is_current_unless_the_words_point_forward() {
    let doc = doc(
        &[
            "Inflation has risen this year.",
            "Talks continued this week.",
            "A deal is expected later this week.",
            "Work will go on for the rest of the month.",
            "He resigned earlier this month.",
        ],
        &[
            ("this year", "2025", None),
            ("this week", "2025-W16", None),
            ("later this week", "2025-W16", None),
            ("the rest of the month", "2025-04", None),
            ("earlier this month", "2025-04", None),
        ],
    );
    let tl = build_doc(&doc, "2025-04-17");
    assert_eq!(
        words(&tl.happened),
        ["this year", "earlier this month", "this week"]
    );
    assert_eq!(
        words(&tl.upcoming),
        ["later this week", "the rest of the month"]
    );
    assert_eq!(tl.upcoming[0].date.at, d("2025-04-18"));
    // The value itself is unchanged.
    assert_eq!(tl.upcoming[0].date.value, "2025-W16");
    assert_eq!(tl.upcoming[0].date.start, d("2025-04-14"));
}

#[test]
fn later_this_week_on_the_last_day_is_not_upcoming_past_the_week() {
    // DCT on Sunday, the last day of ISO week 16: nothing of the week is left.
    let doc = doc(
        &["A deal is expected later this week."],
        &[("later this week", "2025-W16", None)],
    );
    let tl = build_doc(&doc, "2025-04-20");
    assert_eq!(tl.happened.len(), 1);
    assert!(tl.upcoming.is_empty());
}

#[test]
fn mods_narrow_coarse_values() {
    let doc = doc(
        &[
            "Elections are due in late April.",
            "Talks began in early April.",
        ],
        &[
            ("late April", "2025-04", Some("END")),
            ("early April", "2025-04", Some("START")),
        ],
    );
    let tl = build_doc(&doc, "2025-04-17");
    assert_eq!(words(&tl.happened), ["early April"]);
    assert_eq!(words(&tl.upcoming), ["late April"]);
    assert_eq!(tl.upcoming[0].date.at, d("2025-04-21"));
}

#[test]
fn other_types_and_off_calendar_values_make_no_events() {
    let mut doc = doc(
        &["The siege lasted five hours, the boy is three-year-old, and it happens every Monday now."],
        &[
            ("five hours", "PT5H", None),
            ("three-year-old", "P3Y", None),
            ("every Monday", "XXXX-WXX-1", None),
            ("now", "PRESENT_REF", None),
        ],
    );
    doc.timexes[0].kind = TimexType::Duration;
    doc.timexes[1].kind = TimexType::Duration;
    doc.timexes[2].kind = TimexType::Set;
    let tl = build_doc(&doc, "2025-04-17");
    assert!(tl.is_empty());
}

#[test]
fn timexes_outside_sentences_or_with_bad_spans_are_skipped() {
    let mut doc = doc(
        &["They met on Monday."],
        &[("on Monday", "2025-04-14", None)],
    );
    let good = doc.timexes[0].clone();
    // In the headline.
    let mut head = good.clone();
    head.start = 0;
    head.end = 8;
    // Past the end of the text, reversed, inside a multi-byte character.
    let mut past = good.clone();
    past.start = doc.text.len() + 5;
    past.end = doc.text.len() + 9;
    let mut reversed = good.clone();
    std::mem::swap(&mut reversed.start, &mut reversed.end);
    doc.text.push('é');
    let mut split = good.clone();
    split.start = doc.text.len() - 1;
    split.end = doc.text.len();
    doc.timexes = vec![head, good, past, reversed, split];
    let tl = build_doc(&doc, "2025-04-17");
    assert_eq!(words(&tl.happened), ["on Monday"]);
}

#[test]
fn build_is_deterministic_and_unsorted_input_is_fine() {
    let mut doc = doc(
        &["A on Monday.", "B next week.", "C in 2018."],
        &[
            ("on Monday", "2025-04-14", None),
            ("next week", "2025-W17", None),
            ("2018", "2018", None),
        ],
    );
    let a = serde_json::to_string(&build_doc(&doc, "2025-04-17")).unwrap();
    doc.timexes.reverse();
    let b = serde_json::to_string(&build_doc(&doc, "2025-04-17")).unwrap();
    assert_eq!(a, b);
}

proptest::proptest! {
    #[test]
    fn calendar_value_never_panics(s in "\\PC{0,24}") {
        let _ = calendar_value(&s);
    }

    #[test]
    fn calendar_value_intervals_are_ordered(y in 1000i32..3000, m in 1u32..=12, w in 1u32..=53) {
        for v in [format!("{y}-{m:02}"), format!("{y}-W{w:02}"), format!("{y}-W{w:02}-WE"),
                  format!("{y}-Q{}", (m - 1) / 3 + 1), format!("{y}-WI"), format!("{y}")] {
            if let Some(cv) = calendar_value(&v) {
                proptest::prop_assert!(cv.start <= cv.end, "{}", v);
            }
        }
    }
}

#[test]
fn the_end_of_a_range_stays_with_its_start() {
    let doc = doc(
        &["The fair runs April 3-5 and again from May 1 to May 4."],
        &[
            ("April 3", "2025-04-03", None),
            ("5", "2025-04-05", None),
            ("May 1", "2025-05-01", None),
            ("May 4", "2025-05-04", None),
        ],
    );
    let tl = build_doc(&doc, "2025-03-20");
    let days: Vec<&str> = tl.upcoming.iter().map(|e| e.date.value.as_str()).collect();
    // "-" joins a range; "to" is two dates of their own
    assert_eq!(days, ["2025-04-03", "2025-05-01", "2025-05-04"]);
}

#[test]
fn a_clock_range_of_one_day_is_one_event() {
    let doc = doc(
        &["Crews worked from 9 a.m. to 4 p.m. on April 2."],
        &[
            ("9 a.m.", "2025-04-02T09:00", None),
            ("4 p.m. on April 2", "2025-04-02T16:00", None),
        ],
    );
    let tl = build_doc(&doc, "2025-04-17");
    let values: Vec<&str> = tl.happened.iter().map(|e| e.date.value.as_str()).collect();
    assert_eq!(values, ["2025-04-02T09:00"]);
}

#[test]
fn a_period_holding_the_dct_told_ahead_comes_next() {
    let mut doc = doc(
        &[
            "The council will review its contracts this year.",
            "Sales rose this year.",
        ],
        &[("this year", "2025", None), ("this year", "2025", None)],
    );
    // the tagger marks the first as told ahead (a future clause)
    doc.timexes[0].ahead = true;
    let tl = build_doc(&doc, "2025-04-17");
    assert_eq!(words(&tl.upcoming), ["this year"]);
    assert_eq!(tl.upcoming[0].sentence, 0);
    assert_eq!(tl.upcoming[0].date.at, d("2025-04-18"));
    assert_eq!(words(&tl.happened), ["this year"]);
    assert_eq!(tl.happened[0].sentence, 1);
}

#[test]
fn a_bare_midnight_sorts_as_the_end_of_the_day_before() {
    // "past midnight" is written T00:00 of Thursday: it comes before
    // "early Thursday", as the midnight that ended Wednesday
    let doc = doc(
        &[
            "The council approved the budget early Thursday.",
            "The session ran past midnight.",
        ],
        &[
            ("early Thursday", "2025-04-17", Some("START")),
            ("midnight", "2025-04-17T00:00", None),
        ],
    );
    let tl = build_doc(&doc, "2025-04-17");
    assert_eq!(words(&tl.happened), ["midnight", "early Thursday"]);
}
