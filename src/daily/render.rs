//! The daily brief as Markdown (minijinja, `templates/daily.md.j2` embedded)
//! or JSON.

use serde::Serialize;

use super::Daily;
use crate::error::Result;

/// The built-in template.
pub const DAILY_TEMPLATE: &str = include_str!("../../templates/daily.md.j2");

/// Version of the JSON output's schema.
pub const JSON_SCHEMA: u32 = 1;

/// Options for [`markdown`].
#[derive(Debug, Clone)]
pub struct DailyRenderOptions {
    /// Wrap width for prose; 0 turns wrapping off.
    pub width: usize,
    /// A template to use instead of the built-in one: (name for messages, source).
    pub template: Option<(String, String)>,
}

impl Default for DailyRenderOptions {
    fn default() -> Self {
        DailyRenderOptions {
            width: 80,
            template: None,
        }
    }
}

#[derive(Serialize)]
struct Ctx<'a> {
    daily: &'a Daily,
}

/// Render the daily brief as Markdown.
pub fn markdown(daily: &Daily, opts: &DailyRenderOptions) -> Result<String> {
    let (name, src) = match &opts.template {
        Some((n, s)) => (n.as_str(), s.as_str()),
        None => ("daily.md.j2", DAILY_TEMPLATE),
    };
    // The same environment as the single brief: every `{{ value }}` goes
    // through the Markdown formatter unless it is safe, so a newsroom's own
    // template cannot let article text make links, HTML or headings; the
    // same fuel limit, filters and error messages.
    let mut env = crate::render::environment(opts.width);
    if opts.template.is_none() {
        env.set_fuel(None);
    }
    let terr = |e: minijinja::Error| crate::render::template_error(name, &e);
    env.add_template(name, src).map_err(terr)?;
    let t = env.get_template(name).map_err(terr)?;
    t.render(minijinja::Value::from(minijinja::value::Serde(Ctx {
        daily,
    })))
    .map_err(terr)
}

#[derive(Serialize)]
struct JsonOut<'a> {
    schema: u32,
    #[serde(flatten)]
    daily: &'a Daily,
}

/// Render the daily brief as JSON (`{"schema": 1, "date": ..., "stories": [...], ...}`).
pub fn json(daily: &Daily) -> String {
    serde_json::to_string_pretty(&JsonOut {
        schema: JSON_SCHEMA,
        daily,
    })
    .expect("serializable")
        + "\n"
}
