//! Table-driven tests for the sentence splitter: one line per case, the input
//! and the sentences expected (`|` would be ambiguous, so a slice is used).

use dateline::segment::{split, Sentence};

fn sentences(text: &str) -> Vec<&str> {
    split(text, 0..text.len())
        .iter()
        .map(|s| s.text(text))
        .collect()
}

#[rustfmt::skip]
const CASES: &[(&str, &[&str])] = &[
    // plain full stops, question and exclamation marks
    ("One. Two. Three.", &["One.", "Two.", "Three."]),
    ("Is it over? Nobody knows! Talks resume.", &["Is it over?", "Nobody knows!", "Talks resume."]),
    ("Allies said the U.S. \"is committed\" to the pact.", &["Allies said the U.S. \"is committed\" to the pact."]),
    // titles never end a sentence
    ("Mr. Smith met Dr. Jones. They spoke.", &["Mr. Smith met Dr. Jones.", "They spoke."]),
    ("Gen. Mark Milley and Sen. Lindsey Graham arrived. Gov. Ron DeSantis did not.", &["Gen. Mark Milley and Sen. Lindsey Graham arrived.", "Gov. Ron DeSantis did not."]),
    ("Lt. Col. Ann Ray and Rep. Jim Banks spoke. Mrs. Ray left.", &["Lt. Col. Ann Ray and Rep. Jim Banks spoke.", "Mrs. Ray left."]),
    // U.S., U.K., U.N.: the next token decides
    ("U.S. officials said Thursday the talks were excellent.", &["U.S. officials said Thursday the talks were excellent."]),
    ("He met U.S. Secretary of State Dana Ruiz. They spoke.", &["He met U.S. Secretary of State Dana Ruiz.", "They spoke."]),
    ("The plan was drafted in the U.S. The talks went on.", &["The plan was drafted in the U.S.", "The talks went on."]),
    ("Both the U.K. and the U.N. objected. It failed.", &["Both the U.K. and the U.N. objected.", "It failed."]),
    ("He moved to the U.K. \"It was time,\" he said.", &["He moved to the U.K.", "\"It was time,\" he said."]),
    ("The F.B.I. Director spoke. The N.Y. Times wrote.", &["The F.B.I. Director spoke.", "The N.Y. Times wrote."]),
    ("DR. SANJAY GUPTA, CNN: Thanks. REP. JOHN BOEHNER: Glad to be here.", &["DR. SANJAY GUPTA, CNN: Thanks.", "REP. JOHN BOEHNER: Glad to be here."]),
    // months, weekdays and times of day
    ("The vote is set for Jan. 5. Sept. 11, 2001 changed everything.", &["The vote is set for Jan. 5.", "Sept. 11, 2001 changed everything."]),
    ("It starts at 3:15 p.m. Thursday in Rome.", &["It starts at 3:15 p.m. Thursday in Rome."]),
    ("It starts at 3 p.m. ET on Friday.", &["It starts at 3 p.m. ET on Friday."]),
    ("The meeting ended at 5 p.m. The ministers left.", &["The meeting ended at 5 p.m.", "The ministers left."]),
    ("The attack began at 11 p.m. Staff were told to wait.", &["The attack began at 11 p.m.", "Staff were told to wait."]),
    ("Polls close at 8 p.m. Eastern time on Tuesday.", &["Polls close at 8 p.m. Eastern time on Tuesday."]),
    ("He left at 3 p.m. Jan. 5 in Rome.", &["He left at 3 p.m. Jan. 5 in Rome."]),
    ("Trains run until 4 a.m. New Year's Day and stop.", &["Trains run until 4 a.m. New Year's Day and stop."]),
    ("The party ended at 11 p.m. New guests were turned away.", &["The party ended at 11 p.m.", "New guests were turned away."]),
    ("Polls close at 8 a.m. and reopen at 9 a.m. on Monday.", &["Polls close at 8 a.m. and reopen at 9 a.m. on Monday."]),
    ("Deliveries start on Dec. 1. Oct. was slow.", &["Deliveries start on Dec. 1.", "Oct. was slow."]),
    // numbers and decimals
    ("Growth was 3.5 percent. Inflation was 2.1 percent.", &["Growth was 3.5 percent.", "Inflation was 2.1 percent."]),
    ("She is ranked No. 5 in the world. No. 1 is Swiatek.", &["She is ranked No. 5 in the world.", "No. 1 is Swiatek."]),
    ("The answer was No. Then they left.", &["The answer was No.", "Then they left."]),
    ("The war began in 2014. 45 people died on Sunday.", &["The war began in 2014.", "45 people died on Sunday."]),
    ("Shares rose $1.25 to $40.50. Volume was light.", &["Shares rose $1.25 to $40.50.", "Volume was light."]),
    // initials
    ("George W. Bush met John F. Kennedy Jr. at the event.", &["George W. Bush met John F. Kennedy Jr. at the event."]),
    ("J.K. Rowling wrote it. She was paid.", &["J.K. Rowling wrote it.", "She was paid."]),
    ("He served in World War I. The war ended in 1918.", &["He served in World War I.", "The war ended in 1918."]),
    // companies, places
    ("Apple Inc. said sales fell. Acme Corp. The rival, did not.", &["Apple Inc. said sales fell.", "Acme Corp.", "The rival, did not."]),
    ("He flew to St. Louis. The plant is on Main St. It closed.", &["He flew to St. Louis.", "The plant is on Main St.", "It closed."]),
    ("The Calif. Gov. spoke in Sacramento, Calif. The crowd cheered.", &["The Calif. Gov. spoke in Sacramento, Calif.", "The crowd cheered."]),
    ("A U.S.-backed plan failed. The anti-U.S. The rally ended.", &["A U.S.-backed plan failed.", "The anti-U.S.", "The rally ended."]),
    ("Prices, e.g. for bread, rose. Salaries etc. fell.", &["Prices, e.g. for bread, rose.", "Salaries etc. fell."]),
    // quotations
    ("\"We will win,\" he said. \"No doubt.\" Then he left.", &["\"We will win,\" he said.", "\"No doubt.\"", "Then he left."]),
    ("\"The talks were excellent.\" Next came lunch.", &["\"The talks were excellent.\"", "Next came lunch."]),
    ("\"Why now?\" he asked. \"Because!\" she said.", &["\"Why now?\" he asked.", "\"Because!\" she said."]),
    ("\"Is it over?\" Nobody answered.", &["\"Is it over?\"", "Nobody answered."]),
    ("\"Was it a smart move?\" Smith joked. He smiled.", &["\"Was it a smart move?\" Smith joked.", "He smiled."]),
    ("\"Why now?\" Donald Trump asked reporters.", &["\"Why now?\" Donald Trump asked reporters."]),
    ("\"Why now?\" The Kremlin said nothing.", &["\"Why now?\"", "The Kremlin said nothing."]),
    ("Why now? Smith asked.", &["Why now?", "Smith asked."]),
    ("\"Enough!\" The crowd roared.", &["\"Enough!\"", "The crowd roared."]),
    ("He said it was “a disaster.” The next day he resigned.", &["He said it was “a disaster.”", "The next day he resigned."]),
    ("He left. (He later returned.) Then it rained.", &["He left.", "(He later returned.)", "Then it rained."]),
    // ellipses
    ("We waited... and waited. Then it came.", &["We waited... and waited.", "Then it came."]),
    ("We waited... Then it came.", &["We waited...", "Then it came."]),
    ("He paused … then spoke. It was late…", &["He paused … then spoke.", "It was late…"]),
    // headlines and paragraphs
    ("Talks resume in Paris\nFrance says Europe is back\nThe talks began Thursday. They ended late.", &["Talks resume in Paris", "France says Europe is back", "The talks began Thursday.", "They ended late."]),
    ("First paragraph.\n\nSecond paragraph. Still second.", &["First paragraph.", "Second paragraph.", "Still second."]),
    ("Line one has no stop\nLine two has none either", &["Line one has no stop", "Line two has none either"]),
    // hard-wrapped text joins across line breaks
    ("The minister said the talks, which began\nlast week in Paris, would resume on Monday\nin Rome. Officials agreed.\n\nA second paragraph.", &["The minister said the talks, which began\nlast week in Paris, would resume on Monday\nin Rome.", "Officials agreed.", "A second paragraph."]),
    ("On Monday, the minister met senior officials from the\nU.S. and from Europe in a palace near the Seine to\ndiscuss the war.", &["On Monday, the minister met senior officials from the\nU.S. and from Europe in a palace near the Seine to\ndiscuss the war."]),
    ("## A subhead\nThe text goes on here and\ncontinues on this line, and on.", &["## A subhead", "The text goes on here and\ncontinues on this line, and on."]),
    ("Intro line:\n- first item\n- second item", &["Intro line:", "- first item", "- second item"]),
    ("Top beaches:\n1. Flamenco Beach, Puerto Rico.\n2. Siesta Beach. It is wide.", &["Top beaches:", "1. Flamenco Beach, Puerto Rico.", "2. Siesta Beach.", "It is wide."]),
    ("Flamenco Beach, Puerto Rico . 9. Clearwater Beach, Florida .", &["Flamenco Beach, Puerto Rico .", "9. Clearwater Beach, Florida ."]),
    ("He earned a Ph.D. in 2010. Sen. John Cornyn, R-Texas, spoke.", &["He earned a Ph.D. in 2010.", "Sen. John Cornyn, R-Texas, spoke."]),
    ("He said: 'I am done.' Then he left.", &["He said: 'I am done.'", "Then he left."]),
    ("Mr. and Mrs. Smith met J. R. R. Tolkien's heirs.", &["Mr. and Mrs. Smith met J. R. R. Tolkien's heirs."]),
    // CNN bulk text: one long paragraph that opens with "(CNN)"
    ("(CNN)Share, and your gift grows. That may sound odd. \"I thought so,\" Smith told CNN. It worked.", &["(CNN)Share, and your gift grows.", "That may sound odd.", "\"I thought so,\" Smith told CNN.", "It worked."]),
    ("(CNN)U.S. Secretary of State John Kerry said Saturday. Talks go on.", &["(CNN)U.S. Secretary of State John Kerry said Saturday.", "Talks go on."]),
    ("Los Angeles (CNN)Gov. Jerry Brown spoke Thursday.", &["Los Angeles (CNN)Gov. Jerry Brown spoke Thursday."]),
    // tokenised text, one sentence per line
    ("The U.S. Coast Guard said Thursday .\nBP 's shares fell 5 % .", &["The U.S. Coast Guard said Thursday .", "BP 's shares fell 5 % ."]),
    ("`` That 's a lot of change . ''\nI 'm sure .", &["`` That 's a lot of change . ''", "I 'm sure ."]),
    ("He said . '' Then left .", &["He said . ''", "Then left ."]),
    ("He said, 'this is why I do it.' \"", &["He said, 'this is why I do it.' \""]),
    ("The report ended in mid-sentence f. . .\nNext line .", &["The report ended in mid-sentence f. . .", "Next line ."]),
    // whitespace: CRLF, leading and trailing spaces, non-breaking spaces
    ("  One.  Two.  \r\n\r\n  Three.  ", &["One.", "Two.", "Three."]),
    ("Mr.\u{a0}Smith left. He\u{a0}returned.", &["Mr.\u{a0}Smith left.", "He\u{a0}returned."]),
    // no sentences
    ("", &[]),
    ("   \n\n \t ", &[]),
];

#[test]
fn table() {
    let mut failures = Vec::new();
    for (input, expected) in CASES {
        let got = sentences(input);
        if got != *expected {
            failures.push(format!(
                "input:    {input:?}\nexpected: {expected:?}\ngot:      {got:?}\n"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn paragraph_indices() {
    let text = "Headline\n\nFirst. Second.\nThird.\n\n\nFourth.";
    let got: Vec<(&str, usize)> = split(text, 0..text.len())
        .iter()
        .map(|s| (s.text(text), s.paragraph))
        .collect();
    assert_eq!(
        got,
        [
            ("Headline", 0),
            ("First.", 1),
            ("Second.", 1),
            ("Third.", 2),
            ("Fourth.", 3)
        ]
    );
}

#[test]
fn range_limits_the_split_and_offsets_are_absolute() {
    let text = "Headline\nDeck\nBody one. Body two.";
    let body = text.find("Body").unwrap();
    let got = split(text, body..text.len());
    assert_eq!(
        got,
        [
            Sentence {
                start: body,
                end: body + 9,
                paragraph: 0
            },
            Sentence {
                start: body + 10,
                end: text.len(),
                paragraph: 0
            },
        ]
    );
}

#[test]
fn odd_ranges_do_not_panic() {
    let text = "Ünïcödé. Straße.";
    for (a, b) in [
        (0, 100),
        (1, 5),
        (5, 1),
        (2, 2),
        (100, 200),
        (3, text.len()),
    ] {
        for s in split(text, a..b) {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert!(s.start < s.end && s.end <= text.len());
        }
    }
}
