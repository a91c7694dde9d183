//! Helpers shared by the integration tests. A test file that needs them
//! says `mod common;` and uses the part it needs.
#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use chrono::NaiveDate;
use dateline::segment::Sentence;
use dateline::temporal::{Tagger, Timex};

/// The repository root (fixtures, templates and test data are found from it).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The built `dateline`, run from the repository root.
pub fn dateline() -> Command {
    let mut c = Command::cargo_bin("dateline").expect("binary");
    c.current_dir(root());
    c
}

/// Run a command that must succeed and take its standard output.
pub trait OkStdout {
    fn ok_stdout(&mut self) -> Vec<u8>;
}

impl OkStdout for Command {
    fn ok_stdout(&mut self) -> Vec<u8> {
        self.assert().success().get_output().stdout.clone()
    }
}

/// Tag `text` against `dct`, split into sentences by the project's
/// segmenter (for rules that reach across sentences).
pub fn tag_segmented(text: &str, dct: NaiveDate) -> Vec<Timex> {
    let sents = dateline::segment::split(text, 0..text.len());
    Tagger::global().tag(text, &sents, dct)
}

/// For each `(text, value)`: the last expression of `text`, tagged with
/// [`tag_segmented`] against `dct`, has that value.
pub fn assert_last_values(dct: NaiveDate, cases: &[(&str, &str)]) {
    for &(text, want) in cases {
        let got = tag_segmented(text, dct);
        let last = got.last().map(|x| x.value.as_str());
        assert_eq!(last, Some(want), "{text}: {got:?}");
    }
}

/// Tag `text` as a single sentence against `dct`.
pub fn tag_as_one_sentence(text: &str, dct: NaiveDate) -> Vec<Timex> {
    let s = [Sentence {
        start: 0,
        end: text.len(),
        paragraph: 0,
    }];
    Tagger::global().tag(text, &s, dct)
}
