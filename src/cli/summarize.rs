//! `dateline summarize`.

use dateline::error::Error;

#[derive(clap::Args)]
pub struct SummarizeArgs {
    /// Articles: files, or - for standard input.
    inputs: Vec<String>,
}

pub fn run(a: SummarizeArgs) -> Result<i32, Error> {
    let _ = a.inputs;
    Err(Error::Usage("summarize: not implemented yet".into()))
}
