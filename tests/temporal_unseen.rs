//! Out-of-domain checks. `tests/data/timeml-unseen/`: eight short news paragraphs written for this test
//! (not TempEval text), annotated by hand with TIMEX3 following the TimeML
//! 1.2.1 guidelines, in `tests/data/timeml-unseen/`. Their DCTs fall on
//! different weekdays and years (2010-2027). The tagger re-tags each file
//! (`timeml::retag` drops the gold tags first) and is scored per expression:
//! a hit needs the same span and the same value.

use std::path::Path;

use dateline::temporal::Tagger;
use dateline::timeml;

#[derive(Debug, Clone, PartialEq)]
struct Tx {
    start: usize,
    end: usize,
    text: String,
    value: String,
}

/// TIMEX3 spans inside `<TEXT>`, as offsets into the text with every tag removed.
fn timexes(doc: &str) -> Vec<Tx> {
    let a = doc.find("<TEXT>").expect("TEXT") + "<TEXT>".len();
    let b = doc.find("</TEXT>").expect("/TEXT");
    let body = &doc[a..b];
    let mut plain = String::new();
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let mut i = 0;
    while i < body.len() {
        if body[i..].starts_with('<') {
            let close = body[i..].find('>').expect("tag end") + i;
            let tag = &body[i..=close];
            if tag.starts_with("<TIMEX3") {
                let v = tag.split("value=\"").nth(1).expect("value");
                let v = &v[..v.find('"').expect("quote")];
                open = Some((plain.len(), v.to_string()));
            } else if tag == "</TIMEX3>" {
                let (s, v) = open.take().expect("open TIMEX3");
                out.push(Tx {
                    start: s,
                    end: plain.len(),
                    text: plain[s..].to_string(),
                    value: v,
                });
            }
            i = close + 1;
        } else {
            let next = body[i..].find('<').map_or(body.len(), |k| k + i);
            plain.push_str(&body[i..next]);
            i = next;
        }
    }
    out
}

/// Strict span + value F1 of the tagger on every `.tml` file of `dir`
/// (which must hold `docs` files with at least `min_gold` expressions) must
/// reach `min_f1`; the misses are printed and named in the failure.
fn assert_scores(dir: &str, docs: usize, min_gold: usize, min_f1: f64) {
    let (f1, gold_n, misses) = score(dir, docs);
    assert!(gold_n >= min_gold, "{dir}: {gold_n} gold expressions");
    assert!(
        f1 >= min_f1,
        "{dir}: strict span+value F1 {f1:.3} < {min_f1}; misses:\n{}",
        misses.join("\n")
    );
}

fn score(dir: &str, docs: usize) -> (f64, usize, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), docs, "{}: documents", dir.display());
    let (mut gold_n, mut sys_n, mut hits) = (0, 0, 0);
    let mut misses = Vec::new();
    for f in &files {
        let raw = std::fs::read_to_string(f).unwrap();
        let gold = timexes(&raw);
        assert!(gold.len() >= 6, "{}: too few gold timexes", f.display());
        let out = timeml::retag(&f.display().to_string(), raw.into_bytes(), Tagger::global())
            .expect("well-formed TimeML");
        let sys = timexes(&out);
        gold_n += gold.len();
        sys_n += sys.len();
        for g in &gold {
            if sys.contains(g) {
                hits += 1;
            } else {
                let got: Vec<_> = sys
                    .iter()
                    .filter(|s| s.start < g.end && g.start < s.end)
                    .map(|s| format!("`{}` {}", s.text, s.value))
                    .collect();
                misses.push(format!(
                    "{}: `{}` {} -> {:?}",
                    f.file_name().unwrap().to_string_lossy(),
                    g.text,
                    g.value,
                    got
                ));
            }
        }
    }
    let p = hits as f64 / sys_n.max(1) as f64;
    let r = hits as f64 / gold_n.max(1) as f64;
    let f1 = 2.0 * p * r / (p + r).max(f64::EPSILON);
    println!(
        "{}: gold {gold_n}, system {sys_n}, strict span+value P {:.2} R {:.2} F1 {:.2}",
        dir.display(),
        100.0 * p,
        100.0 * r,
        100.0 * f1
    );
    for m in &misses {
        println!("  miss {m}");
    }
    (f1, gold_n, misses)
}

#[test]
fn unseen_news_scores_high_on_span_and_value() {
    assert_scores("tests/data/timeml-unseen", 8, 60, 0.90);
}

/// The held-out set: 14 articles written and annotated by an engineer who
/// had not read the rules (see its README). 0.82 is below the figure it
/// gave before the rules saw it (0.839, strict span + value, BENCHMARKS.md),
/// so this guards against regressions without fitting to it.
#[test]
fn held_out_news_scores_high_on_span_and_value() {
    assert_scores("tests/data/timeml-heldout", 14, 240, 0.82);
}

/// The second held-out set: 12 articles by another engineer who read
/// neither the rules nor the other sets and never ran the tagger on them.
/// It was scored once, at the end of the session that added it (strict
/// span + value F1 0.891), and its errors were not read; 0.85 guards
/// against regressions. Keep it that way: fix rules on other evidence.
#[test]
fn second_held_out_news_scores_high_on_span_and_value() {
    assert_scores("tests/data/timeml-heldout2", 12, 170, 0.85);
}

/// The third held-out set: 12 harder articles (more anaphora, clock times,
/// ranges and distractors) by an engineer who read only heldout2's README.
/// Scored when it was added: strict span + value F1 0.849 with the rules of
/// that time, 0.856 with the clock-time anaphora added in the same session
/// (written before the set was scored, not from it). Its errors are not
/// read; 0.82 guards against regressions.
#[test]
fn third_held_out_news_scores_high_on_span_and_value() {
    assert_scores("tests/data/timeml-heldout3", 12, 230, 0.82);
}

/// The fourth held-out set: 14 articles (1987-2031, weekend and year-end
/// stories, a quarterly report) by an engineer who read only the READMEs of
/// heldout2 and heldout3. Scored once when it was added, with the rules of
/// that time (strict span + value F1 0.853), and its errors are not read;
/// 0.82 guards against regressions.
#[test]
fn fourth_held_out_news_scores_high_on_span_and_value() {
    assert_scores("tests/data/timeml-heldout4", 14, 270, 0.82);
}

/// The fifth held-out set: 14 articles (1985-2035, many on awkward days:
/// year ends and starts in other ISO years, days after holidays, quarter
/// ends, a leap day) by an engineer who read only the READMEs of heldout2,
/// 3 and 4. Scored once when it was added, with the rules of that time
/// (strict span + value F1 0.858; value F1 87.05, HeidelTime 76.90), and
/// its errors are not read; 0.82 guards against regressions.
#[test]
fn fifth_held_out_news_scores_high_on_span_and_value() {
    assert_scores("tests/data/timeml-heldout5", 14, 320, 0.82);
}

/// The sixth held-out set: 14 articles (1981-2045, each weekday twice; a
/// date in ISO week 53, a leap day, the first working day of a year, the
/// eve of Labor Day, two days in a quarter's last week) by an annotator who
/// read only the READMEs of heldout2 to 5 and heldout5's checker, and never
/// ran the tagger. Scored once when it was added, at c380a70 (strict span +
/// value F1 0.903; value F1 91.97, HeidelTime 78.32), and its errors are
/// not read; 0.85 guards against regressions.
#[test]
fn sixth_held_out_news_scores_high_on_span_and_value() {
    assert_scores("tests/data/timeml-heldout6", 14, 290, 0.85);
}

/// QA 17's set: a development set, not a held-out one. A black-box
/// analyst froze the gold before running the tagger (b6800ac: strict
/// span + value F1 0.863, value F1 86.29), then the faults found were
/// fixed (0.902), so its errors have been read. 0.88 holds those fixes.
#[test]
fn qa17_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa17", 12, 290, 0.88);
}

/// QA 18's set: a development set like QA 17's (British, Commonwealth and
/// wire style). Clean at the analyst's frozen binary, 12f0e90 (strict
/// span and value F1 0.900, value F1 91.33); its faults were then fixed
/// (0.930), so its errors have been read. 0.91 holds those fixes.
#[test]
fn qa18_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa18", 12, 290, 0.91);
}

/// QA 19's set: a development set like QA 17's (US local and national
/// news). Clean at the analyst's frozen binary, cece088 (strict span and
/// value F1 0.888, value F1 89.47); its errors have been read since.
#[test]
fn qa19_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa19", 12, 290, 0.88);
}

/// QA 20's set: a development set like QA 17's (business, science, health
/// and international news). Clean at the analyst's frozen binary, cece088
/// (strict span and value F1 0.864, value F1 87.48); its errors have been
/// read since.
#[test]
fn qa20_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa20", 12, 280, 0.86);
}

/// QA 21's set: a development set like QA 17's (breaking news, live
/// coverage, arts, sports and entertainment; 66 clock times). Clean at the
/// analyst's frozen binary, 90ff7ff (strict span and value F1 0.832,
/// value F1 84.42); its errors have been read since.
#[test]
fn qa21_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa21", 12, 320, 0.83);
}

/// QA 22's set: a development set like QA 17's (government, law, policy
/// and anniversaries). Clean at the analyst's frozen binary, 90ff7ff
/// (strict span and value F1 0.870, value F1 89.20); its errors have been
/// read since.
#[test]
fn qa22_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa22", 12, 310, 0.86);
}

/// QA 23's set: a development set like QA 17's (sports, weather, storms and
/// transport). Clean at the analyst's frozen binary, d7fc393 (strict span
/// and value F1 0.908, value F1 92.06); its errors have been read since.
#[test]
fn qa23_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa23", 12, 300, 0.93);
}

/// QA 24's set: a development set like QA 17's (crime and court timelines,
/// obituaries, retrospectives). Clean at the analyst's frozen binary,
/// d7fc393 (strict span and value F1 0.886, value F1 90.20); its errors
/// have been read since.
#[test]
fn qa24_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa24", 12, 240, 0.89);
}

/// QA 25's set: a development set like QA 17's (health, science, school
/// calendars, launches, festivals that move each year). Clean at the
/// analyst's frozen binary, 7c7d33e (strict span and value F1 0.897, value
/// F1 90.45); its errors have been read since.
#[test]
fn qa25_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa25", 12, 270, 0.91);
}

/// QA 26's set: a development set like QA 17's (listings, timetables,
/// travel, consumer deadlines). Clean at the analyst's frozen binary,
/// 7c7d33e (strict span and value F1 0.898, value F1 90.52); its errors
/// have been read since.
#[test]
fn qa26_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa26", 12, 270, 0.94);
}

/// QA 27's set: a development set like QA 17's (elections, legislatures
/// and their calendars, anniversaries and retrospectives). Clean at the
/// analyst's frozen binary, 34144fd (strict span and value F1 0.848, value
/// F1 85.92); its errors have been read since.
#[test]
fn qa27_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa27", 12, 270, 0.88);
}

/// QA 28's set: a development set like QA 17's (product launches,
/// earnings and market calendars, environment, farming and infrastructure
/// projects). Clean at the analyst's frozen binary, 34144fd (strict span
/// and value F1 0.908, value F1 91.86); its errors have been read since.
#[test]
fn qa28_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa28", 12, 270, 0.92);
}

/// QA 29's set: a development set like QA 17's (diplomacy, conflict and
/// ceasefires, disasters and relief, told from several time zones). Clean
/// at the analyst's frozen binary, 4d5314a (strict span and value F1
/// 0.895, value F1 89.45); its errors have been read since.
#[test]
fn qa29_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa29", 12, 250, 0.90);
}

/// QA 30's set: a development set like QA 17's (labour, schools and
/// universities, public budgets). Clean at the analyst's frozen binary,
/// 4d5314a (strict span and value F1 0.919, value F1 93.81); its errors
/// have been read since.
#[test]
fn qa30_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa30", 12, 260, 0.93);
}

/// QA 31's set: a development set like QA 17's (housing, farming,
/// commodity markets, rural weather). Clean at the analyst's frozen
/// binary, 24f9e00 (strict span and value F1 0.893, value F1 89.97); its
/// errors have been read since.
#[test]
fn qa31_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa31", 12, 290, 0.90);
}

/// QA 32's set: a development set like QA 17's (religion and holidays,
/// history features and anniversaries). Clean at the analyst's frozen
/// binary, 24f9e00 (strict span and value F1 0.878, value F1 91.07); its
/// errors have been read since.
#[test]
fn qa32_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa32", 12, 270, 0.89);
}

/// QA 33's set: a development set like QA 17's (technology, media and
/// entertainment, tech companies' results). Clean at the analyst's frozen
/// binary, c9cc989 (strict span and value F1 0.923, value F1 93.06); its
/// errors have been read since.
#[test]
fn qa33_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa33", 12, 260, 0.94);
}

/// QA 34's set: a development set like QA 17's (tax deadlines, central
/// banks and regulators, utilities, pensions, budgets, prices). Clean at
/// the analyst's frozen binary, c9cc989 (strict span and value F1 0.942,
/// value F1 95.93); its errors have been read since.
#[test]
fn qa34_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa34", 12, 280, 0.95);
}

/// QA 35's set: a development set like QA 17's (oil markets and quotas,
/// mining, grid outages, pipeline and refinery accidents, fuel prices).
/// Clean at the analyst's frozen binary, bb98220 (strict span and value F1
/// 0.930, value F1 93.79); its errors have been read since (0.947 after
/// the twentieth session).
#[test]
fn qa35_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa35", 12, 260, 0.94);
}

/// QA 36's set: a development set like QA 17's (week-ahead previews,
/// corrections, multi-item briefs, school calendars, look-back columns).
/// Clean at the analyst's frozen binary, bb98220 (strict span and value F1
/// 0.854, value F1 85.77); its errors have been read since (0.930 after
/// the twentieth session).
#[test]
fn qa36_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa36", 12, 275, 0.92);
}

/// QA 37's set: a development set like QA 17's (ports, flights, airport
/// strikes, delivery cut-offs, timetables across a clock change, overnight
/// operations). Clean at the analyst's frozen binary, 76afda8 (strict span
/// and value F1 0.930, value F1 94.83); its errors have been read since
/// (0.980 after the twenty-first session).
#[test]
fn qa37_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa37", 12, 270, 0.96);
}

/// QA 38's set: a development set like QA 17's (profiles and life
/// histories, retirements, anniversaries, dates told relative to each
/// other). Clean at the analyst's frozen binary, 76afda8 (strict span and
/// value F1 0.949, value F1 95.31); its errors have been read since (0.964
/// after the twenty-first session).
#[test]
fn qa38_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa38", 12, 260, 0.95);
}

/// QA 39's set: a development set like QA 17's (wire copy across time
/// zones and editions: datelines abroad, update stamps, corrections,
/// markets in Asia and Europe, clock times with zones). Clean at the
/// analyst's frozen binary, 6417f45 (strict span and value F1 0.848, value
/// F1 86.52); its errors have been read since (0.906 after the
/// twenty-second session).
#[test]
fn qa39_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa39", 12, 275, 0.89);
}

/// QA 40's set: a development set like QA 17's (corporate and public
/// finance calendars: fiscal years and quarters, dividend and tax dates,
/// data releases). Clean at the analyst's frozen binary, 6417f45 (strict
/// span and value F1 0.869, value F1 88.24); its errors have been read
/// since (0.907 after the twenty-second session).
#[test]
fn qa40_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa40", 12, 300, 0.90);
}

/// QA 41's set: a development set like QA 17's (reported speech and nested
/// time frames: flashbacks, retold sequences of days, quoted letters,
/// diaries and messages). Clean at the analyst's frozen binary, 8c2dba4
/// (strict span and value F1 0.686, value F1 70.92); its errors have been
/// read since (0.719 after the twenty-third session, 0.756 after the
/// twenty-fourth). Flashback years for months and holidays and plans
/// told in the past are still open; the guard holds what was fixed.
#[test]
fn qa41_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa41", 12, 290, 0.74);
}

/// QA 42's set: a development set like QA 17's (science, space and long
/// spans: launch windows, eras, centuries B.C., ages, doses, light-years).
/// Clean at the analyst's frozen binary, 8c2dba4 (strict span and value
/// F1 0.931, value F1 94.55); its errors have been read since (0.951 after
/// the twenty-third session).
#[test]
fn qa42_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa42", 12, 265, 0.94);
}

/// QA 43's set: a development set like QA 17's (opinion, analysis and
/// data pieces: generic and hypothetical time, records, streaks, rates,
/// trends). Clean at the analyst's frozen binary, bf12b7a (strict span and
/// value F1 0.889, value F1 89.59); its errors have been read since (0.906
/// after the twenty-fourth session).
#[test]
fn qa43_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa43", 12, 300, 0.89);
}

/// QA 44's set: a development set like QA 17's (local government and
/// community notices: agendas, hearings, recurring schedules, holiday
/// shifts, deadlines, date ranges). Clean at the analyst's frozen binary,
/// bf12b7a (strict span and value F1 0.872, value F1 88.25); its errors
/// have been read since (0.905 after the twenty-fourth session).
#[test]
fn qa44_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa44", 12, 288, 0.88);
}

/// QA 45's set: a development set like QA 17's (broadcast transcripts:
/// live coverage, hand-offs, weather and traffic, clock times without
/// a.m. or p.m.). Clean at the analyst's frozen binary, 33ebecf (strict
/// span and value F1 0.800, value F1 81.08); its errors have been read
/// since (0.875 after the twenty-fifth session).
#[test]
fn qa45_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa45", 12, 283, 0.86);
}

/// QA 46's set: a development set like QA 17's (market wraps and
/// economic data: sessions, closes, releases, quarters, maturities).
/// Clean at the analyst's frozen binary, 33ebecf (strict span and value
/// F1 0.846, value F1 85.26); its errors have been read since (0.885
/// after the twenty-fifth session).
#[test]
fn qa46_development_news_keeps_its_fixes() {
    assert_scores("tests/data/timeml-qa46", 12, 275, 0.87);
}
