//! The matching engine: tokenizer, vocabulary lookup, pattern compiler and
//! the one-pass longest-match matcher. It knows nothing about dates; the
//! normalization functions named in `patterns.tsv` live in `resolve.rs`.

use std::collections::HashMap as StdHashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the keys are short words; SipHash's DoS resistance is not needed
/// for tables compiled from our own rule files.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;

use super::resolve::{Action, ModSpec};
use super::TimexType;

/// Class ids built into the engine (tokens get them from their shape, not
/// from `vocab.tsv`). They are registered first, in this order.
pub(crate) const BUILTIN: &[&str] = &[
    "NUM",     // any number: digits or number words ("25", "twenty-five")
    "INT",     // digits only
    "DAY",     // 1..=31 (digits, number words, "1st", "fifth")
    "YEAR",    // four digits 1000..=2199, or "nineteen ninety-six"
    "DECADE",  // "1990s", "'80s", "80s": value = 199, 198
    "CLOCK",   // "10:35": value = 1035
    "NUMDATE", // "2025-04-17", "4/17/2025": value = 20250417
    "PASTV",   // a word ending in -ed (a past-tense cue)
    "CAPWORD", // any capitalized word (used by reject rules)
    "PUNCT",   // punctuation, sentence ends included
    "DEC",     // a decimal number, "4.2": value = digits * 10 + decimals (421)
    "YY",      // exactly two digits, "95", "09": the short year of "1994-95"
    // a race time, "2:24:10": value = 22410 (a clock with seconds,
    // "4:31:09 a.m.", "14:31:09", is a CLOCK of its minute)
    "HMS",
    // a capitalized word with lowercase letters after ("Striders", not
    // "VP" or the "FRIDAY" of text written in capitals)
    "TITLEWORD",
    // a decade written with two digits, "30s", "'80s": also a decade of life
    // ("in his 30s"), which "1930s" never is
    "DECADE2",
];
pub(crate) const C_NUM: u16 = 0;
pub(crate) const C_INT: u16 = 1;
pub(crate) const C_DAY: u16 = 2;
pub(crate) const C_YEAR: u16 = 3;
pub(crate) const C_DECADE: u16 = 4;
pub(crate) const C_CLOCK: u16 = 5;
pub(crate) const C_NUMDATE: u16 = 6;
pub(crate) const C_PASTV: u16 = 7;
pub(crate) const C_CAPWORD: u16 = 8;
pub(crate) const C_PUNCT: u16 = 9;
pub(crate) const C_DEC: u16 = 10;
pub(crate) const C_YY: u16 = 11;
pub(crate) const C_HMS: u16 = 12;
pub(crate) const C_TITLEWORD: u16 = 13;
pub(crate) const C_DECADE2: u16 = 14;

/// A feature of a token: one class with its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Feat {
    pub class: u16,
    pub num: i64,
    /// Index into [`Lexicon::syms`] (0 = no symbolic value).
    pub sym: u32,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    feat: Feat,
    case: Case,
}

/// How a vocabulary form must be written to count (`vocab.tsv` flags).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    Any,
    /// `cap`: "May", "March" (lowercase they are verbs).
    Cap,
    /// `lower`: "may" the verb ("Theresa May" is no cue).
    Lower,
    /// `title`: capitalized but not all capitals ("Judge Harlan Weeks", not
    /// the "IT TAKES WEEKS" of text written in capitals).
    Title,
}

/// How a word is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Lower,
    /// A capital, then at least one lowercase letter: "Weeks".
    Title,
    /// Capitals only: "WEEKS", "A".
    Upper,
}

impl Shape {
    fn of(word: &str) -> Shape {
        let mut cs = word.chars();
        if !cs.next().is_some_and(char::is_uppercase) {
            Shape::Lower
        } else if cs.any(char::is_lowercase) {
            Shape::Title
        } else {
            Shape::Upper
        }
    }
}

impl Case {
    fn fits(self, shape: Shape) -> bool {
        match self {
            Case::Any => true,
            Case::Cap => shape != Shape::Lower,
            Case::Lower => shape == Shape::Lower,
            Case::Title => shape == Shape::Title,
        }
    }
}

/// What a token looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word {
        cap: bool,
    },
    Num,
    Punct(char),
    /// A paragraph break or sentence end: no pattern crosses it.
    Break,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    feats: (u32, u32),
}

/// Tokens of one region with their features.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub toks: Vec<Token>,
    feats: Vec<Feat>,
    /// Scratch buffers kept between regions so that tokenizing and
    /// matching a sentence allocates nothing once they have grown.
    lower: String,
    fb: Vec<Feat>,
    cands: Vec<u32>,
}

impl Tokens {
    /// Whether token `k` is a hyphen inside a word ("prevented-planting",
    /// "top-seeded"), touching the tokens on both sides; a dash between
    /// spaces is not ("the explosion - in which 11 crew members died -").
    pub fn joined_hyphen(&self, k: usize) -> bool {
        let t = &self.toks;
        k > 0
            && k + 1 < t.len()
            && matches!(t[k].kind, Kind::Punct('-'))
            && t[k - 1].end == t[k].start
            && t[k].end == t[k + 1].start
    }

    pub fn clear(&mut self) {
        self.toks.clear();
        self.feats.clear();
    }
    /// The features of token `i` (none past the last token, so that a
    /// look-ahead at the end of the text needs no bounds check of its own).
    pub fn feats(&self, i: usize) -> &[Feat] {
        self.toks
            .get(i)
            .map_or(&[], |t| &self.feats[t.feats.0 as usize..t.feats.1 as usize])
    }
    pub fn has(&self, i: usize, class: u16) -> Option<Feat> {
        self.feats(i).iter().copied().find(|f| f.class == class)
    }
    /// Whether token `i` carries `class`, a class the tables may not
    /// define (then never).
    pub fn is(&self, i: usize, class: Option<u16>) -> bool {
        class.is_some_and(|c| self.feats(i).iter().any(|f| f.class == c))
    }
}

/// Classes, symbols and the word-form table.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    pub classes: Vec<String>,
    class_ids: HashMap<String, u16>,
    pub syms: Vec<String>,
    sym_ids: HashMap<String, u32>,
    forms: HashMap<String, Vec<Entry>>,
    /// Forms with a trailing dot ("sept.", "a.m.") exist for this word.
    dotted: HashMap<String, ()>,
    /// Multi-word forms by their first word: (the rest with its leading
    /// space, entries), longest first.
    phrases: HashMap<String, Vec<(String, Vec<Entry>)>>,
}

impl Lexicon {
    fn new() -> Self {
        let mut l = Lexicon::default();
        l.sym("");
        for c in BUILTIN {
            l.class(c);
        }
        l
    }

    pub fn class(&mut self, name: &str) -> u16 {
        if let Some(&id) = self.class_ids.get(name) {
            return id;
        }
        let id = self.classes.len() as u16;
        self.classes.push(name.to_string());
        self.class_ids.insert(name.to_string(), id);
        id
    }

    pub fn class_id(&self, name: &str) -> Option<u16> {
        self.class_ids.get(name).copied()
    }

    pub fn sym(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.sym_ids.get(s) {
            return id;
        }
        let id = self.syms.len() as u32;
        self.syms.push(s.to_string());
        self.sym_ids.insert(s.to_string(), id);
        id
    }

    fn add(&mut self, form: &str, class: &str, value: &str, case: Case) {
        let class = self.class(class);
        let sym = self.sym(value);
        let num = value.parse::<i64>().unwrap_or(0);
        if let Some(stem) = form.strip_suffix('.') {
            // "sept." lets "Sept" take its period; initials ("b.c.") are
            // read whole by the tokenizer, and "BC." ends a sentence
            if !stem.is_empty() && !stem.contains('.') {
                self.dotted.insert(stem.to_string(), ());
            }
        }
        let feat = Feat { class, num, sym };
        // A phrase is keyed by its first word as the tokenizer cuts it: at
        // a space, or at an apostrophe ("valentine" + "'s day").
        if let Some(k) = form.find([' ', '\'']).filter(|&k| k > 0) {
            // a dotted first word ("st. patrick's day") is keyed without its
            // dot, which the tokenizer leaves out of the word
            let k = form[..k].find('.').filter(|&d| d > 0).unwrap_or(k);
            let (first, rest) = form.split_at(k);
            let list = self.phrases.entry(first.to_string()).or_default();
            let rest = rest.to_string();
            match list.iter_mut().find(|(r, _)| *r == rest) {
                Some((_, es)) => es.push(Entry { feat, case }),
                None => list.push((rest, vec![Entry { feat, case }])),
            }
            list.sort_by_key(|(r, _)| std::cmp::Reverse(r.len()));
            return;
        }
        let e = self.forms.entry(form.to_string()).or_default();
        if !e.iter().any(|x| x.feat == feat) {
            e.push(Entry { feat, case });
        }
    }

    /// The class id a literal word of a pattern matches (registered on use).
    /// Its value is the word itself, so that a labelled group of words,
    /// `side=(after|before)`, hands the rule the word it matched.
    pub fn literal(&mut self, word: &str) -> u16 {
        let name = format!("={word}");
        let id = self.class(&name);
        self.add(word, &name, word, Case::Any);
        id
    }

    /// Load `vocab.tsv`.
    pub fn load_vocab(&mut self, src: &str, file: &str) {
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            assert!(
                f.len() >= 3,
                "{file}:{}: expected `form<TAB>CLASS<TAB>value`",
                n + 1
            );
            let case = match f.get(3).map(|x| x.trim()) {
                None | Some("") => Case::Any,
                Some("cap") => Case::Cap,
                Some("lower") => Case::Lower,
                Some("title") => Case::Title,
                Some(x) => panic!("{file}:{}: unknown flag `{x}` (cap, lower, title)", n + 1),
            };
            self.add(f[0].trim(), f[1].trim(), f[2].trim(), case);
        }
    }
}

/// One element of a compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Elem {
    /// Classes any one of which the token must have.
    pub alts: Vec<u16>,
    /// The same classes as a bit set, for the matcher's inner loop.
    pub set: ClassSet,
    pub optional: bool,
    /// Matches a token that has none of `alts`.
    pub neg: bool,
    /// `A&!B|C`: classes the token must not have besides one of `alts`
    /// (`CAPWORD&!MONTH`: a capitalized word that is no month name).
    pub but_not: Vec<u16>,
    /// The same as a bit set; `None` when there are none (most elements).
    pub but_not_set: Option<ClassSet>,
    /// Slot the matched feature is stored in.
    pub slot: Option<usize>,
}

/// A set of class ids, one bit each.
#[derive(Debug, Clone, Default)]
pub(crate) struct ClassSet(Box<[u64]>);

impl ClassSet {
    fn new(classes: &[u16], words: usize) -> ClassSet {
        let mut bits = vec![0u64; words];
        for &c in classes {
            bits[c as usize / 64] |= 1 << (c % 64);
        }
        ClassSet(bits.into_boxed_slice())
    }

    #[inline]
    fn contains(&self, class: u16) -> bool {
        self.0
            .get(class as usize / 64)
            .is_some_and(|w| w & (1 << (class % 64)) != 0)
    }
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub name: String,
    pub line: usize,
    pub elems: Vec<Elem>,
    /// Leading / trailing context elements (`^word`): matched, not tagged.
    pub pre: usize,
    pub post: usize,
    /// A negated context element at the very start (`^!A|B`): the token
    /// before the match, if there is one, has none of these classes. It is
    /// a look back, not a token of the match: a match may open a sentence.
    pub not_after: Option<Elem>,
    /// `None` for reject rules (strings that must not be tagged).
    pub kind: Option<TimexType>,
    pub action: Action,
    pub modspec: ModSpec,
    /// `text with [expression] @ YYYY-MM-DD = VALUE`
    pub example: String,
}

pub(crate) const MAX_SLOTS: usize = 8;
pub(crate) type Slots = [Option<Feat>; MAX_SLOTS];

/// A match of one rule at one token position.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub rule: usize,
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    pub slots: Slots,
}

/// The compiled rule set: vocabulary, rules and the first-token index.
#[derive(Debug)]
pub(crate) struct Engine {
    pub lex: Lexicon,
    pub rules: Vec<Rule>,
    /// For every class id, the rules whose first token may carry it.
    first: Vec<Vec<u32>>,
}

impl Engine {
    pub fn new(vocab: &str, patterns: &str, reject: &str) -> Engine {
        let mut lex = Lexicon::new();
        lex.load_vocab(vocab, "vocab.tsv");
        let mut rules = Vec::new();
        for (n, line) in reject.lines().enumerate() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            let (elems, _, pre, post, not_after) =
                compile_pattern(&mut lex, t, "reject.txt", n + 1);
            rules.push(Rule {
                name: format!("reject:{}", n + 1),
                line: n + 1,
                elems,
                pre,
                post,
                not_after,
                kind: None,
                action: Action::reject(),
                modspec: ModSpec::None,
                example: String::new(),
            });
        }
        // Reject entries come first: on a tie they win.
        for (n, line) in patterns.lines().enumerate() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            rules.push(compile_rule(&mut lex, t, n + 1));
        }
        let mut first = vec![Vec::new(); lex.classes.len()];
        for (ri, r) in rules.iter().enumerate() {
            assert!(
                !r.elems[0].neg,
                "rule {}: a pattern cannot start with a negated element",
                r.name
            );
            for e in &r.elems {
                for &c in &e.alts {
                    if !first[c as usize].contains(&(ri as u32)) {
                        first[c as usize].push(ri as u32);
                    }
                }
                if !e.optional {
                    break;
                }
            }
        }
        // literals get their classes while the patterns compile: the sets
        // can only be sized now
        let words = lex.classes.len().div_ceil(64);
        for r in &mut rules {
            for e in r.elems.iter_mut().chain(r.not_after.as_mut()) {
                e.set = ClassSet::new(&e.alts, words);
                if !e.but_not.is_empty() {
                    e.but_not_set = Some(ClassSet::new(&e.but_not, words));
                }
            }
        }
        Engine { lex, rules, first }
    }

    /// Tokenize `text[a..b]`.
    pub fn tokenize(&self, text: &str, a: usize, b: usize, out: &mut Tokens) {
        tokenize(&self.lex, text, a, b, out);
        merge_number_words(&self.lex, text, out);
    }

    /// Leftmost-longest matches over the tokens, in order, not overlapping.
    pub fn find(&self, toks: &mut Tokens, out: &mut Vec<Match>) {
        let mut cands = std::mem::take(&mut toks.cands);
        self.find_with(toks, &mut cands, out);
        toks.cands = cands;
    }

    fn find_with(&self, toks: &Tokens, cands: &mut Vec<u32>, out: &mut Vec<Match>) {
        let n = toks.toks.len();
        let mut i = 0;
        while i < n {
            self.candidates(toks, i, cands);
            if cands.is_empty() {
                i += 1;
                continue;
            }
            let mut best = self.best_at(toks, i, cands, true);
            // A match that needs context words before it competes with the
            // matches starting where its span starts.
            if let Some((m, end)) = best {
                if m.first > i {
                    self.candidates(toks, m.first, cands);
                    if let Some((m2, end2)) = self.best_at(toks, m.first, cands, false) {
                        let (span2, span) = (
                            end2 - self.rules[m2.rule].post,
                            end - self.rules[m.rule].post,
                        );
                        // longer wins; a reject entry also wins a tie
                        if span2 > span || (self.rules[m2.rule].kind.is_none() && span2 >= span) {
                            best = Some((m2, end2));
                        }
                    }
                }
            }
            match best {
                Some((m, _)) => {
                    // its context may hold expressions of its own: "April
                    // 3" in "April 3-5" (the "5" needs it), "Tuesday" in
                    // "said Tuesday that July ..."
                    let pre = m.first;
                    let mut j = i;
                    while j < pre {
                        self.candidates(toks, j, cands);
                        match self.best_at(toks, j, cands, false) {
                            Some((m0, _)) if m0.last <= pre => {
                                j = m0.last;
                                if self.rules[m0.rule].kind.is_some() {
                                    out.push(m0);
                                }
                            }
                            _ => j += 1,
                        }
                    }
                    i = m.last;
                    out.push(m);
                }
                None => i += 1,
            }
        }
    }

    /// The rules that can start at token `i` (by the classes of its first
    /// token), sorted, without repeats.
    fn candidates(&self, toks: &Tokens, i: usize, cands: &mut Vec<u32>) {
        cands.clear();
        for f in toks.feats(i) {
            if let Some(v) = self.first.get(f.class as usize) {
                cands.extend_from_slice(v);
            }
        }
        cands.sort_unstable();
        cands.dedup();
    }
}

impl Engine {
    /// The longest match among rules `cands` at token `i` (ties: the rule
    /// listed first), with the end of its raw match (context included).
    fn best_at(
        &self,
        toks: &Tokens,
        i: usize,
        cands: &[u32],
        with_context: bool,
    ) -> Option<(Match, usize)> {
        let mut best: Option<(Match, usize)> = None;
        // every slot is unbound again when match_elems returns
        let mut slots: Slots = [None; MAX_SLOTS];
        let mut bslots: Slots = [None; MAX_SLOTS];
        for &ri in cands {
            let r = &self.rules[ri as usize];
            if !with_context && r.pre > 0 {
                continue;
            }
            if let Some(e) = &r.not_after {
                if i > 0 && toks.feats(i - 1).iter().any(|f| e.set.contains(f.class)) {
                    continue;
                }
            }
            let mut found = None;
            match_elems(&r.elems, toks, i, &mut slots, &mut found, &mut bslots);
            if let Some(end) = found {
                if end > i + r.pre + r.post && best.as_ref().map_or(true, |b| end > b.1) {
                    best = Some((
                        Match {
                            rule: ri as usize,
                            first: i + r.pre,
                            last: end - r.post,
                            slots: bslots,
                        },
                        end,
                    ));
                }
            }
        }
        best
    }
}

/// Longest match of `elems` starting at token `i`, by depth-first search.
/// `slots` holds the slots bound on the way down (each is restored on the
/// way back up). `best` is the end token of the longest match found so far;
/// `best_slots` receives its slots. The first match found among those of
/// the same length wins: an optional element is tried present before
/// absent. Slots are copied only when a longer match is found, not at every
/// step of the search.
fn match_elems(
    elems: &[Elem],
    toks: &Tokens,
    i: usize,
    slots: &mut Slots,
    best: &mut Option<usize>,
    best_slots: &mut Slots,
) {
    let Some((e, rest)) = elems.split_first() else {
        if best.map_or(true, |b| i > b) {
            *best = Some(i);
            *best_slots = *slots;
        }
        return;
    };
    if i < toks.toks.len() {
        if e.neg {
            if !toks.feats(i).iter().any(|f| e.set.contains(f.class)) {
                match_elems(rest, toks, i + 1, slots, best, best_slots);
            }
        } else if let Some(f) = toks
            .feats(i)
            .iter()
            .copied()
            .find(|f| e.set.contains(f.class))
            .filter(|_| {
                e.but_not_set
                    .as_ref()
                    .map_or(true, |b| !toks.feats(i).iter().any(|g| b.contains(g.class)))
            })
        {
            match e.slot {
                Some(s) => {
                    let saved = slots[s].replace(f);
                    match_elems(rest, toks, i + 1, slots, best, best_slots);
                    slots[s] = saved;
                }
                None => match_elems(rest, toks, i + 1, slots, best, best_slots),
            }
        }
    }
    if e.optional {
        match_elems(rest, toks, i, slots, best, best_slots);
    }
}

fn compile_rule(lex: &mut Lexicon, line: &str, n: usize) -> Rule {
    let f: Vec<&str> = line.split(" | ").map(str::trim).collect();
    assert!(
        f.len() == 6,
        "patterns.tsv:{n}: expected `name | pattern | TYPE | value | mod | example`, got {} fields",
        f.len()
    );
    let (elems, slots, pre, post, not_after) = compile_pattern(lex, f[1], "patterns.tsv", n);
    let kind = match f[2] {
        "DATE" => TimexType::Date,
        "TIME" => TimexType::Time,
        "DURATION" => TimexType::Duration,
        "SET" => TimexType::Set,
        other => panic!("patterns.tsv:{n}: unknown type `{other}`"),
    };
    let action =
        Action::parse(f[3], &slots, lex).unwrap_or_else(|e| panic!("patterns.tsv:{n}: {e}"));
    let modspec = ModSpec::parse(f[4], &slots);
    Rule {
        name: f[0].to_string(),
        line: n,
        elems,
        pre,
        post,
        not_after,
        kind: Some(kind),
        action,
        modspec,
        example: f[5].to_string(),
    }
}

/// Compile a pattern: elements separated by spaces; `CLASS`, `literal`,
/// `(alt|ALT)`, each optionally `label=` prefixed and `?` suffixed.
fn compile_pattern(
    lex: &mut Lexicon,
    src: &str,
    file: &str,
    n: usize,
) -> (Vec<Elem>, Vec<String>, usize, usize, Option<Elem>) {
    let mut elems = Vec::new();
    let mut slots: Vec<String> = Vec::new();
    let mut ctxflags = Vec::new();
    for raw in src.split_whitespace() {
        let mut s = raw;
        let is_ctx = s.len() > 1 && s.starts_with('^');
        if is_ctx {
            s = &s[1..];
        }
        ctxflags.push(is_ctx);
        let optional = s.len() > 1 && s.ends_with('?');
        if optional {
            s = &s[..s.len() - 1];
        }
        let (label, atom) = match s.split_once('=') {
            Some((l, a))
                if !l.is_empty()
                    && !a.is_empty()
                    && l.chars().all(|c| c.is_ascii_alphanumeric()) =>
            {
                (Some(l.to_string()), a)
            }
            _ => (None, s),
        };
        let (neg, atom) = match atom.strip_prefix('!') {
            Some(a) if !a.is_empty() => (true, a),
            _ => (false, atom),
        };
        let (atom, but_not) = match atom.split_once("&!") {
            Some((a, b)) => {
                assert!(!neg, "{file}:{n}: `&!` after a negated element in `{raw}`");
                let ids = b
                    .split('|')
                    .map(|c| {
                        assert!(
                            is_class_name(c),
                            "{file}:{n}: `&!` takes class names: `{raw}`"
                        );
                        lex.class_id(c)
                            .unwrap_or_else(|| panic!("{file}:{n}: unknown class `{c}`"))
                    })
                    .collect();
                (a, ids)
            }
            None => (atom, Vec::new()),
        };
        let inner = atom
            .strip_prefix('(')
            .and_then(|x| x.strip_suffix(')'))
            .unwrap_or(atom);
        let is_alt = inner.len() != atom.len();
        // "(another|an additional)" splits at the space into broken elements
        assert!(
            atom.len() == 1 || !inner.contains(['(', ')']),
            "{file}:{n}: unbalanced parentheses in `{raw}`: a group holds single words, `(a|b)`, no spaces"
        );
        let mut alts = Vec::new();
        let mut class_name = None;
        for a in inner.split('|') {
            assert!(!a.is_empty(), "{file}:{n}: empty element in `{raw}`");
            if is_class_name(a) {
                let id = lex
                    .class_id(a)
                    .unwrap_or_else(|| panic!("{file}:{n}: unknown class `{a}`"));
                alts.push(id);
                class_name.get_or_insert(a.to_string());
            } else {
                alts.push(lex.literal(&a.to_lowercase()));
            }
        }
        let label = if neg {
            None
        } else {
            label.or(if is_alt { None } else { class_name })
        };
        let slot = label.map(|l| {
            let mut name = l.clone();
            let mut k = 2;
            while slots.contains(&name) {
                name = format!("{l}{k}");
                k += 1;
            }
            slots.push(name);
            slots.len() - 1
        });
        assert!(slots.len() <= MAX_SLOTS, "{file}:{n}: too many slots");
        elems.push(Elem {
            alts,
            set: ClassSet::default(),
            optional,
            neg,
            but_not,
            but_not_set: None,
            slot,
        });
    }
    assert!(!elems.is_empty(), "{file}:{n}: empty pattern");
    assert!(
        elems.iter().any(|e| !e.optional),
        "{file}:{n}: every element is optional"
    );
    let pre = ctxflags.iter().take_while(|&&c| c).count();
    let post = ctxflags.iter().rev().take_while(|&&c| c).count();
    assert!(
        pre + post < elems.len() && ctxflags.iter().filter(|&&c| c).count() == pre + post,
        "{file}:{n}: context elements (^) only at the start or the end"
    );
    assert!(
        elems[..pre]
            .iter()
            .chain(&elems[elems.len() - post..])
            .all(|e| !e.optional),
        "{file}:{n}: context elements cannot be optional"
    );
    // a negated context element at the start looks back (see Rule::not_after)
    let (pre, not_after) = if pre > 0 && elems[0].neg {
        (pre - 1, Some(elems.remove(0)))
    } else {
        (pre, None)
    };
    (elems, slots, pre, post, not_after)
}

fn is_class_name(s: &str) -> bool {
    s.len() > 1
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn push_tok(out: &mut Tokens, start: usize, end: usize, kind: Kind, feats: &[Feat]) {
    let a = out.feats.len() as u32;
    out.feats.extend_from_slice(feats);
    out.toks.push(Token {
        start,
        end,
        kind,
        feats: (a, out.feats.len() as u32),
    });
}

fn lookup(lex: &Lexicon, form: &str, shape: Shape, buf: &mut Vec<Feat>) {
    if let Some(es) = lex.forms.get(form) {
        for e in es {
            if e.case.fits(shape) {
                buf.push(e.feat);
            }
        }
    }
}

fn feat(class: u16, num: i64) -> Feat {
    Feat { class, num, sym: 0 }
}

fn tokenize(lex: &Lexicon, text: &str, a: usize, b: usize, out: &mut Tokens) {
    let bytes = text.as_bytes();
    let mut i = a;
    let mut lower = std::mem::take(&mut out.lower);
    let mut fb = std::mem::take(&mut out.fb);
    let digits = |mut j: usize| {
        let s = j;
        while j < b && bytes[j].is_ascii_digit() {
            j += 1;
        }
        (j, j - s)
    };
    while i < b {
        let c = bytes[i];
        if c == b'\n' {
            // a blank line ends everything
            let mut j = i + 1;
            while j < b && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            if j < b && bytes[j] == b'\n' {
                push_tok(out, i, i + 1, Kind::Break, &[]);
                i = j + 1;
                continue;
            }
            i += 1;
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        fb.clear();
        if c.is_ascii_digit() {
            let (j, len) = digits(i);
            if len < 4 && i > a && bytes[i - 1].is_ascii_alphabetic() {
                // digits glued to a word ("NavyCWO4", "G7", "F16") are part
                // of a name: no day, no number
                push_tok(out, i, j, Kind::Num, &[]);
                i = j;
                continue;
            }
            let val: i64 = text[i..j.min(i + 12)].parse().unwrap_or(i64::MAX);
            let dollar = i > 0 && matches!(bytes[i - 1], b'$' | b'#');
            let at = |k: usize| if k < b { bytes[k] } else { 0 };
            // clock time 10:35
            if (1..=2).contains(&len) && at(j) == b':' {
                let (k, l2) = digits(j + 1);
                if l2 == 2 && val <= 24 {
                    let mm: i64 = text[j + 1..k].parse().unwrap_or(99);
                    if mm < 60 {
                        // "2:24:10": seconds too, one token; a clock only
                        // when it reads as one ("4:31:09 a.m.", "14:35:10",
                        // "08:15:00"), else a race time ("won in 2:24:10")
                        let (k2, l3) = if at(k) == b':' { digits(k + 1) } else { (k, 0) };
                        let ss: i64 = if l3 == 2 {
                            text[k + 1..k2].parse().unwrap_or(99)
                        } else {
                            99
                        };
                        let k = if ss < 60 {
                            let rest = text[k2..b].trim_start().as_bytes();
                            let ampm = rest.len() >= 2
                                && matches!(rest[0], b'a' | b'p' | b'A' | b'P')
                                && matches!(rest[1], b'm' | b'M' | b'.');
                            if ampm || val >= 13 || len == 2 {
                                fb.push(feat(C_CLOCK, val * 100 + mm));
                            } else {
                                fb.push(feat(C_HMS, val * 10000 + mm * 100 + ss));
                            }
                            k2
                        } else {
                            fb.push(feat(C_CLOCK, val * 100 + mm));
                            k
                        };
                        push_tok(out, i, k, Kind::Num, &fb);
                        i = k;
                        continue;
                    }
                }
            }
            // ISO date 2025-04-17
            if len == 4 && at(j) == b'-' {
                let (k, l2) = digits(j + 1);
                if l2 == 2 && at(k) == b'-' {
                    let (k2, l3) = digits(k + 1);
                    if l3 == 2 {
                        let m: i64 = text[j + 1..k].parse().unwrap_or(0);
                        let d: i64 = text[k + 1..k2].parse().unwrap_or(0);
                        if (1..=12).contains(&m) && (1..=31).contains(&d) {
                            fb.push(feat(C_NUMDATE, val * 10000 + m * 100 + d));
                            push_tok(out, i, k2, Kind::Num, &fb);
                            i = k2;
                            continue;
                        }
                    }
                }
            }
            // US date 4/17/2025 or 4/17/98
            if (1..=2).contains(&len) && at(j) == b'/' {
                let (k, l2) = digits(j + 1);
                if (1..=2).contains(&l2) && at(k) == b'/' {
                    let (k2, l3) = digits(k + 1);
                    if l3 == 4 || l3 == 2 {
                        let d: i64 = text[j + 1..k].parse().unwrap_or(0);
                        let mut y: i64 = text[k + 1..k2].parse().unwrap_or(0);
                        if l3 == 2 {
                            y += if y < 50 { 2000 } else { 1900 };
                        }
                        if (1..=12).contains(&val) && (1..=31).contains(&d) {
                            fb.push(feat(C_NUMDATE, y * 10000 + val * 100 + d));
                            push_tok(out, i, k2, Kind::Num, &fb);
                            i = k2;
                            continue;
                        }
                    }
                }
            }
            let mut end = j;
            let mut plain = true;
            // 1,200: the value has every group ("5,400 years" is not five)
            let mut val = val;
            while at(end) == b',' && digits(end + 1).1 == 3 {
                let k = digits(end + 1).0;
                let group: i64 = text[end + 1..k].parse().unwrap_or(0);
                val = val.saturating_mul(1000).saturating_add(group);
                end = k;
                plain = false;
            }
            if plain && (1..=2).contains(&len) && at(end) == b'.' && val <= 12 {
                // "11.30pm", "7.45 a.m.": a clock written the British way
                // (only with am/pm: "10.30" alone is a number)
                let (k, l2) = digits(end + 1);
                let mm: i64 = text[end + 1..k].parse().unwrap_or(99);
                let p = if at(k) == b' ' { k + 1 } else { k };
                let ampm = matches!(at(p) | 0x20, b'a' | b'p')
                    && ((at(p + 1) | 0x20) == b'm' && !at(p + 2).is_ascii_alphabetic()
                        || (at(p + 1) == b'.' && (at(p + 2) | 0x20) == b'm'));
                if l2 == 2 && mm < 60 && ampm {
                    fb.push(feat(C_CLOCK, val * 100 + mm));
                    push_tok(out, i, k, Kind::Num, &fb);
                    i = k;
                    continue;
                }
            }
            if at(end) == b'.' && at(end + 1).is_ascii_digit() {
                // 3.5: no whole number, so no rule reads it as one ("10.8
                // seconds" is not ten seconds); a DEC of its own ("4.2
                // seconds" is PT4.2S) when it is short
                let (k, decimals) = digits(end + 1);
                if plain && (1..=3).contains(&decimals) && val < 1_000_000 {
                    let frac: i64 = text[end + 1..k].parse().unwrap_or(0);
                    let mantissa = val * 10i64.pow(decimals as u32) + frac;
                    fb.push(feat(C_DEC, mantissa * 10 + decimals as i64));
                }
                end = k;
                push_tok(out, i, end, Kind::Num, &fb);
                i = end;
                continue;
            }
            let alnum_after = |k: usize| at(k).is_ascii_alphanumeric();
            if plain
                && at(end) == b's'
                && !alnum_after(end + 1)
                && (len == 4 || len == 2)
                && val % 10 == 0
            {
                // 1990s, 80s ('80s)
                let dec = if len == 4 { val / 10 } else { 190 + val / 10 };
                fb.push(feat(C_DECADE, dec));
                if len == 2 {
                    fb.push(feat(C_DECADE2, dec));
                }
                push_tok(out, i, end + 1, Kind::Num, &fb);
                i = end + 1;
                continue;
            }
            if plain && end + 2 <= b {
                let suf = [at(end) | 0x20, at(end + 1) | 0x20];
                if matches!(&suf, b"st" | b"nd" | b"rd" | b"th") && !alnum_after(end + 2) {
                    if let Some(id) = lex.class_id("ORD") {
                        fb.push(feat(id, val));
                    }
                    if (1..=31).contains(&val) {
                        fb.push(feat(C_DAY, val));
                    }
                    push_tok(out, i, end + 2, Kind::Num, &fb);
                    i = end + 2;
                    continue;
                }
            }
            if alnum_after(end) {
                // 10am, 5pm: split the number from the letters
                fb.push(feat(C_NUM, val));
                fb.push(feat(C_INT, val));
                push_tok(out, i, end, Kind::Num, &fb);
                i = end;
                continue;
            }
            fb.push(feat(C_NUM, val));
            // digits can be literals of a pattern ("1 / 2")
            lookup(lex, &text[i..end], Shape::Lower, &mut fb);
            if plain && len == 4 && bytes[i] == b'0' && val % 100 < 60 {
                // "0001 GMT", "0930 hours": a 24-hour clock, hhmm
                fb.push(feat(C_CLOCK, val));
            }
            if plain {
                fb.push(feat(C_INT, val));
                if len <= 2 && (1..=31).contains(&val) {
                    fb.push(feat(C_DAY, val));
                }
                if len == 2 {
                    fb.push(feat(C_YY, val));
                }
                if len == 4 && (1000..=2199).contains(&val) && !dollar {
                    fb.push(feat(C_YEAR, val));
                }
            }
            push_tok(out, i, end, Kind::Num, &fb);
            i = end;
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        if ch.is_alphabetic() {
            let mut j = i;
            for (k, c2) in text[i..b].char_indices() {
                if c2.is_alphabetic() {
                    j = i + k + c2.len_utf8();
                } else {
                    break;
                }
            }
            let at = |k: usize| if k < b { bytes[k] } else { 0 };
            // a.m. / p.m.
            if j == i + 1
                && matches!(c | 0x20, b'a' | b'p')
                && at(j) == b'.'
                && (at(j + 1) | 0x20) == b'm'
                && !at(j + 2).is_ascii_alphabetic()
            {
                j += 2;
                if at(j) == b'.' {
                    j += 1;
                }
            }
            lower.clear();
            let word = &text[i..j];
            if word.is_ascii() {
                // (most words: no per-character case tables)
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            // initials the vocabulary lists: B.C., A.D., B.C.E.
            if j == i + 1 && at(j) == b'.' && at(j + 1).is_ascii_alphabetic() {
                let mut k = j + 1;
                while at(k).is_ascii_alphabetic() && at(k + 1) == b'.' {
                    k += 2;
                }
                if k > j + 1 && !at(k).is_ascii_alphanumeric() {
                    // in the token buffer, not a new string: "U.S." is common
                    let one = lower.len();
                    lower.extend(text[j..k].chars().map(|c| c.to_ascii_lowercase()));
                    if lex.forms.contains_key(lower.as_str()) {
                        j = k;
                    } else {
                        lower.truncate(one);
                    }
                }
            }
            let shape = Shape::of(&text[i..j]);
            let cap = shape != Shape::Lower;
            if at(j) == b'.' && !lower.ends_with('.') && lex.dotted.contains_key(lower.as_str()) {
                lower.push('.');
                j += 1;
            }
            if let Some(list) = lex.phrases.get(lower.as_str()) {
                for (rest, es) in list {
                    if let Some(k) = phrase_end(text, j, b, rest) {
                        j = k;
                        fb.extend(es.iter().filter(|e| e.case.fits(shape)).map(|e| e.feat));
                        break;
                    }
                }
            }
            if fb.is_empty() {
                lookup(lex, &lower, shape, &mut fb);
            }
            if fb.is_empty() && lower.ends_with('.') {
                lookup(lex, &lower[..lower.len() - 1], shape, &mut fb);
            }
            if lower.len() > 4 && lower.ends_with("ed") && !cap {
                fb.push(feat(C_PASTV, 1));
            }
            if cap {
                fb.push(feat(C_CAPWORD, 1));
            }
            if shape == Shape::Title {
                fb.push(feat(C_TITLEWORD, 1));
            }
            push_tok(out, i, j, Kind::Word { cap }, &fb);
            i = j;
            continue;
        }
        let l = ch.len_utf8();
        // an en dash joins ranges as a hyphen does ("April 3–5", "1994–95")
        let ch = if ch == '\u{2013}' { '-' } else { ch };
        let mut sbuf = [0u8; 4];
        let s = ch.encode_utf8(&mut sbuf);
        lookup(lex, s, Shape::Lower, &mut fb);
        fb.push(feat(C_PUNCT, 0));
        let kind = if ch == '.' && abbreviation_dot(text, out, i, b) {
            // "Daniel P. Davison", "Gen. Powell": not the end of a clause
            Kind::Punct(ch)
        } else if matches!(ch, '.' | '!' | '?' | ';') {
            Kind::Break
        } else {
            Kind::Punct(ch)
        };
        push_tok(out, i, i + l, kind, &fb);
        i += l;
    }
    out.lower = lower;
    out.fb = fb;
}

/// Whether the full stop at `i` closes an abbreviation rather than a
/// clause: a title ("Gen.", "Dr."), an initial ("P." in "Daniel P.
/// Davison"), or an abbreviation that may end a sentence ("Inc.", "U.S.")
/// followed by a lowercase word or a number. The splitter's table decides
/// ([`crate::segment::abbreviation`]).
fn abbreviation_dot(text: &str, out: &Tokens, i: usize, b: usize) -> bool {
    use crate::segment::Class as AbbrevClass;
    if text[i + 1..b].starts_with(|c: char| c.is_alphanumeric()) {
        // inside "U.S." or "a.m."
        return true;
    }
    let Some(prev) = out.toks.last() else {
        return false;
    };
    if prev.end != i || !matches!(prev.kind, Kind::Word { .. }) {
        return false;
    }
    let word = &text[prev.start..prev.end];
    if word.len() == 1 && word.bytes().all(|c| c.is_ascii_uppercase()) {
        // an initial
        return true;
    }
    match crate::segment::abbreviation(word) {
        Some(AbbrevClass::Title) => true,
        Some(AbbrevClass::Final) => text[i + 1..b]
            .trim_start()
            .chars()
            .next()
            // (or a comma: "in Denver, Colo., and close in Nashville")
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, ',' | ';')),
        _ => false,
    }
}

/// If `text[j..b]` continues with `rest` (case-insensitive; a space in
/// `rest` matches one whitespace character, an apostrophe either quote),
/// the end of the phrase.
fn phrase_end(text: &str, j: usize, b: usize, rest: &str) -> Option<usize> {
    let mut k = j;
    for rc in rest.chars() {
        let c = text.get(k..b)?.chars().next()?;
        let ok = match rc {
            ' ' => c.is_whitespace(),
            '\'' => c == '\'' || c == '\u{2019}',
            _ if c.is_ascii() && rc.is_ascii() => c.eq_ignore_ascii_case(&rc),
            _ => c.to_lowercase().eq(rc.to_lowercase()),
        };
        if !ok {
            return None;
        }
        k += c.len_utf8();
    }
    match text.get(k..b).and_then(|s| s.chars().next()) {
        Some(c) if c.is_alphanumeric() => None,
        _ => Some(k),
    }
}

/// Combine runs of number words ("twenty-five", "two hundred", "nineteen
/// ninety-six") into one token carrying NUM (and DAY / YEAR when they fit).
fn merge_number_words(lex: &Lexicon, text: &str, toks: &mut Tokens) {
    let Some(numw) = lex.class_id("NUMW") else {
        return;
    };
    let n = toks.toks.len();
    if !toks.feats.iter().any(|f| f.class == numw) {
        return;
    }
    let mut i = 0;
    let mut out = Tokens {
        toks: Vec::with_capacity(n),
        feats: Vec::with_capacity(toks.feats.len() + 16),
        ..Tokens::default()
    };
    while i < n {
        let Some(f0) = toks.has(i, numw) else {
            let t = toks.toks[i];
            push_tok(&mut out, t.start, t.end, t.kind, toks.feats(i));
            i += 1;
            continue;
        };
        // collect the run
        let mut parts = vec![f0.num];
        let mut j = i + 1;
        loop {
            let mut k = j;
            let hyphen = k < n && matches!(toks.toks[k].kind, Kind::Punct('-'));
            let and = k < n
                && text[toks.toks[k].start..toks.toks[k].end].eq_ignore_ascii_case("and")
                && parts.last().is_some_and(|&p| p >= 100);
            if hyphen || and {
                k += 1;
            }
            // only what continues a number: "twenty-five", "two hundred
            // (and) six", "nineteen ninety-six"; not "two four-year terms"
            let prev = parts.last().copied().unwrap_or(0);
            let first = parts.len() == 1;
            let continues = |next: i64| {
                // hundreds and thousands; tens then units
                next >= 100
                    || prev >= 100
                    || (prev >= 20 && prev % 10 == 0 && next < 10)
                    || (first && (11..=19).contains(&prev) && (10..100).contains(&next))
            };
            match (k < n).then(|| toks.has(k, numw)).flatten() {
                Some(f) if continues(f.num) => {
                    parts.push(f.num);
                    j = k + 1;
                }
                _ => break,
            }
        }
        if parts.len() == 1 {
            let t = toks.toks[i];
            let mut fs: Vec<Feat> = toks.feats(i).to_vec();
            fs.push(feat(C_NUM, f0.num));
            if (1..=31).contains(&f0.num) {
                fs.push(feat(C_DAY, f0.num));
            }
            push_tok(&mut out, t.start, t.end, t.kind, &fs);
            i += 1;
            continue;
        }
        let mut fs = Vec::new();
        // nineteen ninety-six -> 1996
        let year_style =
            (11..=19).contains(&parts[0]) && parts.len() >= 2 && parts[1] >= 20 && parts[1] < 100;
        let value = if year_style {
            let rest: i64 = parts[1..].iter().sum();
            parts[0] * 100 + rest
        } else {
            let (mut total, mut cur) = (0i64, 0i64);
            for &p in &parts {
                match p {
                    100 => cur = cur.max(1) * 100,
                    1000 => {
                        total += cur.max(1) * 1000;
                        cur = 0;
                    }
                    _ => cur += p,
                }
            }
            total + cur
        };
        fs.push(feat(C_NUM, value));
        if (1..=31).contains(&value) {
            fs.push(feat(C_DAY, value));
        }
        if year_style || (1900..=2100).contains(&value) && parts.contains(&1000) {
            fs.push(feat(C_YEAR, value));
        }
        let (s, e) = (toks.toks[i].start, toks.toks[j - 1].end);
        push_tok(&mut out, s, e, Kind::Word { cap: false }, &fs);
        i = j;
    }
    // some token had NUMW (checked above), so the tokens changed; the
    // scratch buffers of `toks` stay
    toks.toks = out.toks;
    toks.feats = out.feats;
}
