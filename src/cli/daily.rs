//! `dateline daily`.

use dateline::error::Error;

#[derive(clap::Args)]
pub struct DailyArgs {
    /// Files, folders, JSON Lines files, or - for standard input.
    inputs: Vec<String>,
}

pub fn run(a: DailyArgs) -> Result<i32, Error> {
    let _ = a.inputs;
    Err(Error::Usage("daily: not implemented yet".into()))
}
