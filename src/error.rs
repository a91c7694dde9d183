//! Errors a person can act on: every error names the input it concerns and,
//! where it applies, the line, and says what to do next.

use std::fmt;

/// Process exit codes, documented in README.md.
pub mod exit {
    /// Success.
    pub const OK: i32 = 0;
    /// Bad command line or an unusable option value (clap uses 2 as well).
    pub const USAGE: i32 = 2;
    /// An input could not be used: unreadable, not UTF-8, empty, binary,
    /// no sentences, malformed TimeML.
    pub const INPUT: i32 = 3;
    /// No publication date could be found; pass `--date`.
    pub const NO_DATE: i32 = 2;
    /// A template failed to load or render.
    pub const TEMPLATE: i32 = 4;
    /// Output could not be written.
    pub const OUTPUT: i32 = 5;
    /// Some inputs of a multi-input run failed; the output was still written.
    pub const PARTIAL: i32 = 6;
}

/// What went wrong, with enough context for a person to act on it.
#[derive(Debug)]
pub enum Error {
    /// The input is not usable as an article (`path`, optional 1-based `line`, `reason`).
    Input {
        path: String,
        line: Option<usize>,
        reason: String,
    },
    /// The article has no publication date and none was given. `hint` says
    /// what was found instead, when something was: a dateline without a
    /// year, or a date line that is not a date ("Published Feb. 30, 2023").
    NoDate { path: String, hint: Option<String> },
    /// A template failed (`name` is the template file, `line` its line).
    Template {
        name: String,
        line: Option<usize>,
        reason: String,
    },
    /// Reading or writing a file failed.
    Io {
        path: String,
        source: std::io::Error,
    },
    /// An option value is not usable.
    Usage(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn input(path: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::Input {
            path: path.into(),
            line: None,
            reason: reason.into(),
        }
    }

    pub fn input_at(path: impl Into<String>, line: usize, reason: impl Into<String>) -> Self {
        Error::Input {
            path: path.into(),
            line: Some(line),
            reason: reason.into(),
        }
    }

    /// The process exit code for this error (see [`exit`]).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input { .. } => exit::INPUT,
            Error::NoDate { .. } => exit::NO_DATE,
            Error::Template { .. } => exit::TEMPLATE,
            Error::Io { .. } => exit::OUTPUT,
            Error::Usage(_) => exit::USAGE,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input { path, line: Some(l), reason } => write!(f, "{path}:{l}: {reason}"),
            Error::Input { path, line: None, reason } => write!(f, "{path}: {reason}"),
            Error::NoDate { path, hint: None } => write!(
                f,
                "{path}: no publication date found (no --date, no date in metadata, no dateline in the text); pass --date YYYY-MM-DD"
            ),
            Error::NoDate { path, hint: Some(h) } => write!(
                f,
                "{path}: no publication date found: {h}; fix it, or pass --date YYYY-MM-DD"
            ),
            Error::Template { name, line: Some(l), reason } => {
                write!(f, "template {name}:{l}: {reason}")
            }
            Error::Template { name, line: None, reason } => write!(f, "template {name}: {reason}"),
            Error::Io { path, source } => write!(f, "{path}: {source}"),
            Error::Usage(msg) => write!(f, "{msg}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
