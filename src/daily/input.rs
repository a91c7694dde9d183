//! The daily brief's inputs: files, folders (read recursively, by
//! extension), `-` for standard input, JSON Lines with one article per line.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::ingest::{self, Article, ReadOptions};

/// File extensions read from folders (case-insensitive): those ingest reads.
/// Files named on the command line are read whatever their extension.
pub use crate::ingest::EXTENSIONS;

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
        } else if ingest::has_article_extension(&p) {
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

/// Read one input into articles, one result per article (one per line for
/// JSON Lines, see [`ingest::read_each`]); `stdin` gives the bytes of `-`.
pub fn read(
    input: &Input,
    stdin: impl FnOnce() -> Result<Vec<u8>, Error>,
    opts: &ReadOptions,
) -> Vec<Result<Article, Error>> {
    match input {
        Input::File(p) => ingest::read_path(p, opts),
        Input::Stdin => match stdin() {
            Ok(b) => ingest::read_each("-", &b, opts),
            Err(e) => vec![Err(e)],
        },
    }
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
}
