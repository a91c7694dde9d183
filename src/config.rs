//! A newsroom's defaults: `dateline.toml` in the working folder, or the file
//! given with `--config FILE`; `--no-config` ignores both. Flags on the
//! command line override the file.
//!
//! ```toml
//! daily_template = "house/daily.md.j2"   # relative to the config file's folder
//! width = 72                       # wrap width; 0 turns wrapping off
//! sentences = 2                    # sentences per summary
//! date_style = "ap"                # "readable", "iso" or "ap"
//! tz = "America/New_York"          # zone of clock times in the articles
//! ```
//!
//! A template is given per command: `brief_template`, `timeline_template`,
//! `daily_template` (each command's context differs, so one template cannot
//! serve them all); `template` is used by a command that has no key of its
//! own.
//!
//! Every key is optional. An unknown key, a value of the wrong type or an
//! unknown time zone is an error that names the file and the line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::daily::DateStyle;
use crate::error::Error;

/// The file looked for in the working folder.
pub const DEFAULT_FILE: &str = "dateline.toml";

/// Defaults read from a configuration file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// A template file for every command without its own key, resolved
    /// against the config file's folder (as are the three below).
    pub template: Option<PathBuf>,
    /// The template of `brief`.
    pub brief_template: Option<PathBuf>,
    /// The template of `timeline`.
    pub timeline_template: Option<PathBuf>,
    /// The template of `daily`.
    pub daily_template: Option<PathBuf>,
    pub width: Option<usize>,
    pub sentences: Option<usize>,
    pub date_style: Option<DateStyle>,
    /// An IANA time zone name.
    pub tz: Option<String>,
}

impl Config {
    /// The configured time zone, parsed.
    pub fn tz(&self) -> Option<chrono_tz::Tz> {
        self.tz.as_deref().and_then(|t| t.parse().ok())
    }
}

/// Where the configuration comes from.
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    /// `--no-config`.
    None,
    /// `--config FILE`: the file must exist.
    File(&'a Path),
    /// `dateline.toml` in this folder, if it exists.
    Default(&'a Path),
}

fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].matches('\n').count() + 1
}

/// Parse configuration text; `name` names the file in messages.
pub fn parse(name: &str, src: &str) -> Result<Config, Error> {
    let mut cfg: Config = toml::from_str(src).map_err(|e| {
        let line = e.span().map(|s| line_of(src, s.start));
        let msg = e.message().trim().to_string();
        let msg = if msg.starts_with("unknown field") {
            msg.replacen("unknown field", "unknown key", 1)
        } else {
            msg
        };
        match line {
            Some(l) => Error::Usage(format!("{name}:{l}: {msg}")),
            None => Error::Usage(format!("{name}: {msg}")),
        }
    })?;
    if let Some(tz) = cfg.tz.as_deref() {
        if tz.parse::<chrono_tz::Tz>().is_err() {
            let l = src
                .lines()
                .position(|l| l.trim_start().starts_with("tz"))
                .map_or(1, |i| i + 1);
            return Err(Error::Usage(format!(
                "{name}:{l}: unknown time zone `{tz}`; use an IANA name such as America/New_York"
            )));
        }
    }
    let base = Path::new(name).parent().unwrap_or(Path::new(""));
    for t in [
        &mut cfg.template,
        &mut cfg.brief_template,
        &mut cfg.timeline_template,
        &mut cfg.daily_template,
    ] {
        if let Some(p) = t.take() {
            *t = Some(if p.is_absolute() { p } else { base.join(p) });
        }
    }
    Ok(cfg)
}

/// Load the configuration. Returns the defaults and the file they came from.
pub fn load(source: Source<'_>) -> Result<(Config, Option<PathBuf>), Error> {
    let path = match source {
        Source::None => return Ok((Config::default(), None)),
        Source::File(p) => p.to_path_buf(),
        Source::Default(dir) => {
            let p = dir.join(DEFAULT_FILE);
            if !p.is_file() {
                return Ok((Config::default(), None));
            }
            p
        }
    };
    let src = std::fs::read_to_string(&path).map_err(|e| {
        Error::Usage(format!(
            "{}: cannot read configuration: {e}",
            path.display()
        ))
    })?;
    let cfg = parse(&path.display().to_string(), &src)?;
    Ok((cfg, Some(path)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key() {
        let c = parse(
            "conf/dateline.toml",
            "template = \"t.j2\"\nwidth = 60\nsentences = 2\ndate_style = \"ap\"\ntz = \"Europe/Paris\"\n",
        )
        .unwrap();
        assert_eq!(c.template, Some(PathBuf::from("conf/t.j2")));
        assert_eq!(c.width, Some(60));
        assert_eq!(c.sentences, Some(2));
        assert_eq!(c.date_style, Some(DateStyle::Ap));
        assert_eq!(c.tz(), Some(chrono_tz::Europe::Paris));
    }

    #[test]
    fn unknown_key_names_file_and_line() {
        let e = parse("dateline.toml", "width = 60\n\ncolour = \"red\"\n").unwrap_err();
        let m = e.to_string();
        assert!(
            m.starts_with("dateline.toml:3: unknown key `colour`"),
            "{m}"
        );
    }

    #[test]
    fn bad_values_name_the_line() {
        let m = parse("d.toml", "width = \"wide\"\n")
            .unwrap_err()
            .to_string();
        assert!(m.starts_with("d.toml:1:"), "{m}");
        let m = parse("d.toml", "date_style = \"chicago\"\n")
            .unwrap_err()
            .to_string();
        assert!(m.starts_with("d.toml:1:"), "{m}");
        let m = parse("d.toml", "width = 3\ntz = \"Mars/Olympus\"\n")
            .unwrap_err()
            .to_string();
        assert!(m.starts_with("d.toml:2: unknown time zone"), "{m}");
    }

    #[test]
    fn missing_default_file_is_no_config() {
        let d = tempfile::tempdir().unwrap();
        let (c, p) = load(Source::Default(d.path())).unwrap();
        assert_eq!(c, Config::default());
        assert!(p.is_none());
        assert!(load(Source::File(&d.path().join("nope.toml"))).is_err());
    }
}
