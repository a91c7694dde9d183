//! The `dateline` command line: a thin layer over the library. Each
//! subcommand lives in its own file under `src/cli/`.

use std::process::ExitCode;

use clap::Parser;

mod cli;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("dateline: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
