//! The daily brief's inputs: files, folders (read recursively, by
//! extension), `-` for standard input, JSON Lines with one article per line.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::ingest::{self, Article, ReadOptions};

/// File extensions read from folders (case-insensitive). Files named on the
/// command line are read whatever their extension.
pub const EXTENSIONS: &[&str] = &["txt", "md", "json", "jsonl"];

/// One input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The name used in messages and as the article origin.
    pub fn origin(&self) -> String {
        match self {
            Input::Stdin => "-".into(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

fn has_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

fn walk(
    dir: &Path,
    seen_dirs: &mut BTreeSet<PathBuf>,
    out: &mut Vec<Input>,
    problems: &mut Vec<Error>,
) {
    if let Ok(c) = dir.canonicalize() {
        if !seen_dirs.insert(c) {
            return; // a symlink loop, or a folder named twice
        }
    }
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            problems.push(Error::input(
                dir.display().to_string(),
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if hidden(&p) {
            continue; // dot files, including our own temporary outputs
        }
        if p.is_dir() {
            walk(&p, seen_dirs, out, problems);
        } else if has_extension(&p) {
            out.push(Input::File(p));
        }
    }
}

/// Expand the command-line inputs: folders become the files under them with
/// one of [`EXTENSIONS`] (hidden files and folders skipped), in path order;
/// other arguments are taken as they are (a missing file fails when read).
/// Duplicates are dropped. Returns the inputs sorted by path (standard input
/// first) and the folders that could not be read.
pub fn collect(args: &[String]) -> (Vec<Input>, Vec<Error>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut seen_dirs = BTreeSet::new();
    for a in args {
        if a == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let p = PathBuf::from(a);
        if p.is_dir() {
            walk(&p, &mut seen_dirs, &mut out, &mut problems);
        } else {
            out.push(Input::File(p));
        }
    }
    out.sort();
    out.dedup();
    // the same file reached by two spellings is read once
    let mut canon = BTreeSet::new();
    out.retain(|i| match i {
        Input::Stdin => true,
        Input::File(p) => p.canonicalize().map_or(true, |c| canon.insert(c)),
    });
    (out, problems)
}

/// Read one input's bytes into articles, one result per article: JSON Lines
/// files (`.jsonl`, or standard input whose non-empty lines all open with
/// `{`, two or more) give one result per non-empty line, with the origin
/// `path:line`; anything else is one article (or one error).
pub fn read_units(origin: &str, bytes: &[u8], opts: &ReadOptions) -> Vec<Result<Article, Error>> {
    if is_json_lines(origin, bytes) {
        let mut out = Vec::new();
        for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let o = format!("{origin}:{}", n + 1);
            match ingest::read(&o, line, opts) {
                Ok(v) => out.extend(v.into_iter().map(Ok)),
                Err(e) => out.push(Err(e)),
            }
        }
        out
    } else {
        match ingest::read(origin, bytes, opts) {
            Ok(v) => v.into_iter().map(Ok).collect(),
            Err(e) => vec![Err(e)],
        }
    }
}

fn is_json_lines(origin: &str, bytes: &[u8]) -> bool {
    if Path::new(origin)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
    {
        return true;
    }
    if origin != "-" {
        return false;
    }
    let lines: Vec<&[u8]> = bytes
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .collect();
    lines.len() >= 2
        && lines
            .iter()
            .all(|l| l.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_expand_recursively_by_extension_in_path_order() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        std::fs::create_dir_all(root.join("b/c")).unwrap();
        for f in [
            "z.txt",
            "a.md",
            "b/c/x.jsonl",
            "b/y.json",
            "skip.pdf",
            ".hidden.txt",
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let (inputs, problems) = collect(&[
            root.display().to_string(),
            root.join("a.md").display().to_string(),
        ]);
        assert!(problems.is_empty());
        let names: Vec<String> = inputs
            .iter()
            .map(|i| match i {
                Input::File(p) => p.strip_prefix(root).unwrap().display().to_string(),
                Input::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(names, vec!["a.md", "b/c/x.jsonl", "b/y.json", "z.txt"]);
    }

    #[test]
    fn json_lines_detection() {
        assert!(is_json_lines("wire.jsonl", b"{}"));
        assert!(is_json_lines("-", b"{\"a\":1}\n\n{\"a\":2}\n"));
        assert!(!is_json_lines("-", b"{\"a\":1}\n"));
        assert!(!is_json_lines("-", b"Headline\n{not json}\n"));
        assert!(!is_json_lines("a.json", b"{\"a\":1}\n{\"a\":2}\n"));
    }
}
