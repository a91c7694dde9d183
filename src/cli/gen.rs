//! `dateline completions SHELL` and `dateline man`: generated from the clap
//! definitions, written to standard output.

use clap::CommandFactory;

use dateline::error::{exit, Error};

use super::Cli;

/// Shells with completion scripts.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

#[derive(clap::Args)]
pub struct CompletionsArgs {
    /// The shell to write completions for.
    #[arg(value_enum)]
    shell: Shell,
}

fn io(e: std::io::Error) -> Error {
    Error::Io {
        path: "<stdout>".into(),
        source: e,
    }
}

pub fn completions(a: CompletionsArgs) -> Result<i32, Error> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    let shell = match a.shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(shell, &mut cmd, "dateline", &mut buf);
    std::io::Write::write_all(&mut std::io::stdout().lock(), &buf).map_err(io)?;
    Ok(exit::OK)
}

pub fn man() -> Result<i32, Error> {
    let cmd = Cli::command();
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut buf)
        .map_err(io)?;
    // one section per subcommand, after the main page
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("dateline-{}", sub.get_name());
        let sub = sub.clone().name(name.clone()).bin_name(name);
        clap_mangen::Man::new(sub).render(&mut buf).map_err(io)?;
    }
    std::io::Write::write_all(&mut std::io::stdout().lock(), &buf).map_err(io)?;
    Ok(exit::OK)
}
