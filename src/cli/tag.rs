//! `dateline tag`.

use dateline::brief::{self, BriefOptions};
use dateline::error::{exit, Error};
use dateline::ingest::{self, ReadOptions};
use dateline::temporal::Tagger;

use super::brief::InputArgs;
use super::{read_input, write_output, Format};

#[derive(clap::Args)]
pub struct TagArgs {
    #[command(flatten)]
    input: InputArgs,
}

pub fn run(a: TagArgs) -> Result<i32, Error> {
    let input = &a.input;
    let bytes = read_input(&input.article)?;
    let articles = ingest::read(
        &input.article,
        &bytes,
        &ReadOptions {
            date: input.date,
            ..Default::default()
        },
    )?;
    let mut out = String::new();
    for art in articles {
        let b = brief::build(art, Tagger::global(), &BriefOptions::default());
        match input.format {
            Format::Json => {
                out.push_str(
                    &serde_json::json!({"schema": 1, "dct": b.article.dct, "timexes": b.timexes})
                        .to_string(),
                );
                out.push('\n');
            }
            Format::Markdown => {
                for t in &b.timexes {
                    out.push_str(&format!(
                        "{}\t{}\t{}\n",
                        &b.article.text[t.start..t.end],
                        t.kind.as_str(),
                        t.value
                    ));
                }
            }
        }
    }
    write_output(input.output.as_deref(), &out)?;
    Ok(exit::OK)
}
