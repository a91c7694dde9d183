//! Table-driven tests for datelines: opening datelines (which stay in the
//! body) and stand-alone date lines.

use chrono::NaiveDate;
use dateline::ingest::dateline::{opening, standalone, DatelineDate, Label};

/// (paragraph, dateline text without the dash or "" for none, place, agency,
/// date "YYYY-MM-DD" / "MM-DD" (no year) / "")
#[rustfmt::skip]
const OPENING: &[(&str, &str, &str, &str, &str)] = &[
    ("PARIS, April 17 (Reuters) - French officials said", "PARIS, April 17 (Reuters)", "PARIS", "Reuters", "04-17"),
    ("KYIV, Ukraine (AP) — Russian drones struck", "KYIV, Ukraine (AP)", "KYIV", "AP", ""),
    ("WASHINGTON — The Senate voted", "WASHINGTON", "WASHINGTON", "", ""),
    ("WASHINGTON -- The Senate voted", "WASHINGTON", "WASHINGTON", "", ""),
    ("NEW YORK (AP) — Stocks fell", "NEW YORK (AP)", "NEW YORK", "AP", ""),
    ("ST. LOUIS — The Cardinals won", "ST. LOUIS", "ST. LOUIS", "", ""),
    ("SPRINGFIELD, Ill., Sept. 5, 2024 — The governor said", "SPRINGFIELD, Ill., Sept. 5, 2024", "SPRINGFIELD", "", "2024-09-05"),
    ("BEIJING, Jan. 3 (Xinhua) -- China said", "BEIJING, Jan. 3 (Xinhua)", "BEIJING", "Xinhua", "01-03"),
    ("LONDON, England (CNN) -- A man was", "LONDON, England (CNN)", "LONDON", "CNN", ""),
    ("(CNN)Share, and your gift will be multiplied.", "(CNN)", "", "CNN", ""),
    ("(CNN) -- The search for", "(CNN)", "", "CNN", ""),
    ("NEW YORK, April 17, 2025 /PRNewswire/ -- Acme Corp. said", "NEW YORK, April 17, 2025 /PRNewswire/", "NEW YORK", "PRNewswire", "2025-04-17"),
    ("Kyiv, Ukraine (AP) — Russian drones struck", "Kyiv, Ukraine (AP)", "Kyiv", "AP", ""),
    // not datelines
    ("French officials said Thursday the talks were excellent.", "", "", "", ""),
    ("Officials — who declined to be named — said", "", "", "", ""),
    ("Apple (AAPL) said sales rose.", "", "", "", ""),
    ("Officials (who declined to be named) said", "", "", "", ""),
    ("Ruiz (left) greeted the mayor.", "", "", "", ""),
    ("U.S. officials said", "", "", "", ""),
    ("", "", "", "", ""),
];

#[test]
fn opening_datelines() {
    let mut failures = Vec::new();
    for &(par, text, place, agency, date) in OPENING {
        let got = opening(par);
        let ok = match &got {
            None => text.is_empty(),
            Some(o) => {
                let d = match o.date {
                    None => String::new(),
                    Some(DatelineDate::NoYear { month, day }) => format!("{month:02}-{day:02}"),
                    Some(DatelineDate::Full(s)) => s.date.to_string(),
                };
                &par[..o.text_len] == text
                    && o.place.as_deref().unwrap_or("") == place
                    && o.agency.as_deref().unwrap_or("") == agency
                    && d == date
                    && o.len <= par.len()
            }
        };
        if !ok {
            failures.push(format!(
                "{par:?}: want {text:?} {place:?} {agency:?} {date:?}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn opening_len_covers_the_dash() {
    let par = "PARIS, April 17 (Reuters) - French officials said";
    let o = opening(par).unwrap();
    assert_eq!(&par[o.len..], "French officials said");
}

/// (line, label, date "YYYY-MM-DD" / "MM-DD" / "" for a dateline without a
/// date, or "-" when it is not a stand-alone date line)
#[rustfmt::skip]
const STANDALONE: &[(&str, Label, &str)] = &[
    ("Published April 17, 2025 3:15 p.m. ET", Label::Published, "2025-04-17"),
    ("April 17, 2025", Label::Published, "2025-04-17"),
    ("Updated 10:02 AM EDT, Thu April 17, 2025", Label::Updated, "2025-04-17"),
    ("Last updated: April 18, 2025", Label::Updated, "2025-04-18"),
    ("Posted on Thursday, April 17, 2025", Label::Published, "2025-04-17"),
    ("2025-04-17", Label::Published, "2025-04-17"),
    ("April 17", Label::Published, "04-17"),
    ("WASHINGTON (AP) —", Label::Published, ""),
    ("PARIS, April 17 (Reuters) -", Label::Published, "04-17"),
    ("Talks resume in Paris", Label::Published, "-"),
    ("Trump met Putin for five hours on April 17, 2025.", Label::Published, "-"),
    ("WASHINGTON — The Senate voted 51-49.", Label::Published, "-"),
    ("Kyiv, European allies hope Washington will take a tougher line with Moscow", Label::Published, "-"),
];

#[test]
fn standalone_lines() {
    let mut failures = Vec::new();
    for &(line, label, date) in STANDALONE {
        let got = standalone(line, None);
        let ok = match (&got, date) {
            (None, "-") => true,
            (Some(s), d) if d != "-" => {
                let got_d = match s.date {
                    None => String::new(),
                    Some(DatelineDate::NoYear { month, day }) => format!("{month:02}-{day:02}"),
                    Some(DatelineDate::Full(st)) => st.date.to_string(),
                };
                s.label == label && got_d == d
            }
            _ => false,
        };
        if !ok {
            failures.push(format!("{line:?}: want {label:?} {date:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn standalone_with_a_zone_gives_the_local_date() {
    let s = standalone(
        "Published April 17, 2025 11:30 p.m. GMT",
        Some(chrono_tz::Asia::Tokyo),
    )
    .unwrap();
    match s.date {
        Some(DatelineDate::Full(st)) => {
            assert_eq!(st.date, NaiveDate::from_ymd_opt(2025, 4, 18).unwrap())
        }
        other => panic!("{other:?}"),
    }
}
