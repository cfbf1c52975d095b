//! Predicate-driven reduction of programs over the AST, in the manner of wasm-shrink and
//! C-Reduce.
//!
//! The caller supplies `is_interesting(source) -> bool` (in campaigns: "running the targets
//! gives the same [`crate::campaign::verdict::Fingerprint`]"); the reducer never runs anything
//! itself. Passes, applied greedily to a fixpoint under a wall-clock budget:
//! 1. delete runs of statements in any block (halving run lengths down to one);
//! 2. per statement: delete it, replace a compound statement by one of its bodies (`if`,
//!    loops, `try`, `with`, a `def`'s or `class`'s body), drop a part (an `else`, a handler, a
//!    decorator, a target), or inline an `exec` of a literal as the statements it runs;
//! 3. drop a function's parameter together with the matching argument at its call sites;
//! 4. reduce each exec'd literal recursively (parse it, reduce it, render it back into the
//!    literal);
//! 5. per expression: replace it by `0` or by an operand, drop an argument or element, shrink a
//!    constant;
//! 6. rename bound identifiers to one-letter names, in code and in string literals alike.
//!
//! Invariants: a kept probe (by default every call of `__observe__`; see [`ProbeKeep`]) is
//! never removed nor moved to another kind of scope: a candidate whose kept probes differ from
//! the original's (label and enclosing `def`/`class`/exec kinds) is discarded untested. Every
//! candidate is rendered ([`crate::vm::printer`]) and must re-parse before it is tested; the
//! result always satisfies the predicate (or is the input unchanged). Deterministic: no
//! randomness, and each rendered source is tested at most once.
//!
//! Depends on `vm::ast`, `vm::parser`, `vm::printer` and `version`. [`file`] and [`feature`]
//! also use `campaign::verdict` (the fingerprint) and `campaign::{Bucket, Reduction}`: the
//! verdict is plain data over observations and would sit below `reduce` if it moved next to
//! `diff`; nothing here runs a campaign.

pub mod feature;
pub mod file;
mod pass;
mod walk;

use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashSet};
use std::time::{Duration, Instant};

use crate::version::Dialect;
use crate::vm::ast::{Constant, Expr, ExprKind, Module, Stmt, StmtKind};
use crate::vm::parser::{parse_module, ParseOptions};
use crate::vm::printer::print_module;

use pass::CodeMode;
use walk::Ident;

pub use walk::is_probe_call;

/// How to reduce.
#[derive(Clone, Debug)]
pub struct Reducer {
    /// Wall-clock budget; no candidate is tested after it runs out.
    pub budget: Duration,
    /// An upper bound on predicate calls, if any.
    pub max_tests: Option<usize>,
    /// Which probes must survive.
    pub keep: ProbeKeep,
}

impl Default for Reducer {
    fn default() -> Reducer {
        Reducer {
            budget: Duration::from_secs(10),
            max_tests: None,
            keep: ProbeKeep::All,
        }
    }
}

/// Which probes a reduction must keep.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ProbeKeep {
    /// Every probe (DESIGN.md: "the reducer never deletes probes").
    #[default]
    All,
    /// Every probe with one of these labels (the ones that show the divergence); other probes
    /// may go like any other code when the predicate still holds.
    Labels(BTreeSet<String>),
}

impl ProbeKeep {
    /// What must stay equal between the original and a candidate: the multiset of kept
    /// labels, each with the kinds of scopes around it.
    fn signature(&self, body: &[Stmt]) -> Vec<String> {
        let mut labels = walk::probe_labels(body);
        if let ProbeKeep::Labels(keep) = self {
            labels.retain(|l| keep.contains(walk::bare_label(l)));
        }
        labels.sort();
        labels
    }
}

/// What a reduction did.
#[derive(Clone, Debug, PartialEq)]
pub struct Reduced {
    pub module: Module,
    /// The rendered result.
    pub source: String,
    /// Predicate calls made.
    pub tests: usize,
    /// Candidates accepted.
    pub accepted: usize,
    /// Whether the budget ran out before a fixpoint.
    pub exhausted: bool,
}

/// The state of one reduction: the deadline, the counters and the cache of sources tried.
struct Run<'p> {
    dialect: Dialect,
    deadline: Instant,
    max_tests: Option<usize>,
    tests: usize,
    accepted: usize,
    exhausted: bool,
    keep: ProbeKeep,
    probes: Vec<String>,
    tried: HashSet<String>,
    pred: &'p mut dyn FnMut(&str) -> bool,
}

impl Reducer {
    /// Reduces `program`, keeping `is_interesting(render(candidate))` true.
    pub fn run(
        &self,
        program: &Module,
        dialect: Dialect,
        is_interesting: &mut dyn FnMut(&str) -> bool,
    ) -> Module {
        self.reduce(program, dialect, is_interesting).module
    }

    /// As [`Reducer::run`], with the rendered result and counters.
    pub fn reduce(
        &self,
        program: &Module,
        dialect: Dialect,
        is_interesting: &mut dyn FnMut(&str) -> bool,
    ) -> Reduced {
        let deadline = Instant::now() + self.budget;
        let mut run = Run {
            dialect,
            deadline,
            max_tests: self.max_tests,
            tests: 0,
            accepted: 0,
            exhausted: false,
            probes: self.keep.signature(&program.body),
            keep: self.keep.clone(),
            tried: HashSet::new(),
            pred: is_interesting,
        };
        let module = run.fixpoint(program.clone());
        Reduced {
            source: render(&module, dialect).unwrap_or_default(),
            module,
            tests: run.tests,
            accepted: run.accepted,
            exhausted: run.exhausted,
        }
    }
}

/// Parses `src`, reduces it and renders the result. When `src` does not parse, or its
/// rendering is not itself interesting, `src` comes back unchanged.
pub fn reduce_source(
    src: &str,
    dialect: Dialect,
    budget: Duration,
    pred: &mut dyn FnMut(&str) -> bool,
) -> String {
    let Ok(module) = parse_module(src, &ParseOptions::new(dialect)) else {
        return src.to_string();
    };
    match render(&module, dialect) {
        Some(rendered) if pred(&rendered) => {}
        _ => return src.to_string(),
    }
    Reducer {
        budget,
        ..Reducer::default()
    }
    .reduce(&module, dialect, pred)
    .source
}

/// The reproducer for plain `python`: every probe call becomes a `print` call. Textual, so
/// probes inside exec'd literals change too; `__observe__` returns `None` like 3.x `print`, and
/// on 2.7 `print(label, value)` is the `print` statement of a tuple, which shows the same.
pub fn probes_to_prints(src: &str) -> String {
    src.replace(&format!("{}(", walk::PROBE), "print(")
}

/// The source the reducer tests: the printer's rendering, `None` when the printer refuses
/// the tree (a node the dialect lacks).
pub fn render(m: &Module, dialect: Dialect) -> Option<String> {
    print_module(m, dialect).ok()
}

/// Non-empty lines of `src`.
pub fn line_count(src: &str) -> usize {
    src.lines().filter(|l| !l.trim().is_empty()).count()
}

impl Run<'_> {
    fn out_of_budget(&mut self) -> bool {
        if Instant::now() >= self.deadline || self.max_tests.is_some_and(|m| self.tests >= m) {
            self.exhausted = true;
        }
        self.exhausted
    }

    /// Tests a candidate: probes kept, re-parses, not tried before, then the predicate.
    fn try_candidate(&mut self, candidate: &Module) -> bool {
        if self.out_of_budget() || self.keep.signature(&candidate.body) != self.probes {
            return false;
        }
        let Some(source) = render(candidate, self.dialect) else {
            return false;
        };
        if !self.tried.insert(source.clone()) {
            return false;
        }
        if parse_module(&source, &ParseOptions::new(self.dialect)).is_err() {
            return false;
        }
        self.tests += 1;
        let ok = (self.pred)(&source);
        if ok {
            self.accepted += 1;
        }
        ok
    }

    fn fixpoint(&mut self, mut current: Module) -> Module {
        loop {
            let before = self.accepted;
            for k in [32, 16, 8, 4, 2] {
                current = self.delete_runs(current, k);
            }
            current = self.indexed(current, Self::stmt_edit);
            current = self.indexed(current, Self::param_edit);
            current = self.exec_strings(current);
            current = self.indexed(current, Self::expr_edit);
            current = self.rename(current);
            if self.accepted == before || self.out_of_budget() {
                return current;
            }
        }
    }

    /// Runs a site-indexed pass: try edit 0, 1, 2, ...; on success stay at the same index,
    /// since the sites after it have moved up.
    fn indexed(
        &mut self,
        mut current: Module,
        edit: fn(&Self, &mut Module, usize) -> bool,
    ) -> Module {
        let mut i = 0;
        while !self.out_of_budget() {
            let mut candidate = current.clone();
            if !edit(self, &mut candidate, i) {
                break;
            }
            if self.try_candidate(&candidate) {
                current = candidate;
            } else {
                i += 1;
            }
        }
        current
    }

    fn stmt_edit(&self, m: &mut Module, i: usize) -> bool {
        let dialect = self.dialect;
        let mut n = i;
        walk::replace_nth_stmt(&mut m.body, &mut n, &mut |s| {
            pass::stmt_variants(s, dialect)
        })
    }

    fn expr_edit(&self, m: &mut Module, i: usize) -> bool {
        let mut n = i;
        walk::replace_nth_expr(&mut m.body, &mut n, &mut pass::expr_variants)
    }

    /// Drops parameter `p` of the `d`-th `def` (site `i` enumerates all pairs) and the matching
    /// argument at every call of that name.
    fn param_edit(&self, m: &mut Module, i: usize) -> bool {
        let mut n = i;
        let mut dropped: Option<(String, usize, Option<String>)> = None;
        walk::blocks_mut(&mut m.body, &mut |block| {
            for s in block.iter_mut() {
                if let StmtKind::FunctionDef(f) = &mut s.kind {
                    let count = pass::param_count(&f.args);
                    if n < count {
                        let a = &f.args;
                        let positional = (n < a.args.len()).then_some(n);
                        let name = if n < a.args.len() {
                            Some(a.args[n].clone())
                        } else if n - a.args.len() < a.kwonly.len() {
                            Some(a.kwonly[n - a.args.len()].0.clone())
                        } else {
                            None
                        };
                        pass::drop_param(&mut f.args, n);
                        dropped = Some((f.name.clone(), positional.unwrap_or(usize::MAX), name));
                        return true;
                    }
                    n -= count;
                }
            }
            false
        });
        let Some((func, pos, name)) = dropped else {
            return false;
        };
        rewrite_calls(&mut m.body, &func, pos, name.as_deref());
        true
    }

    /// Reduces the literal of each `exec`/`eval`/`compile` call and 2.7 `exec` statement.
    fn exec_strings(&mut self, mut current: Module) -> Module {
        let mut site = 0;
        while !self.out_of_budget() {
            let Some((text, mode)) = nth_exec_literal(&current, site) else {
                break;
            };
            let Some(body) = pass::parse_code(&text, mode, self.dialect) else {
                site += 1;
                continue;
            };
            let inner = Module { body };
            let outer = current.clone();
            let dialect = self.dialect;
            let probes = &self.probes;
            let keep = &self.keep;
            let tried = &mut self.tried;
            let pred = &mut *self.pred;
            let mut tests = 0;
            let mut inner_pred = |inner_src: &str| {
                let code = match mode {
                    CodeMode::Module => inner_src.trim_end().to_string(),
                    CodeMode::Expression => {
                        let trimmed = inner_src.trim_end();
                        if trimmed.contains('\n') {
                            return false;
                        }
                        trimmed.to_string()
                    }
                };
                let mut candidate = outer.clone();
                set_exec_literal(&mut candidate, site, code);
                if keep.signature(&candidate.body) != *probes {
                    return false;
                }
                let Some(source) = render(&candidate, dialect) else {
                    return false;
                };
                if !tried.insert(source.clone()) {
                    return false;
                }
                tests += 1;
                pred(&source)
            };
            let budget = self.deadline.saturating_duration_since(Instant::now());
            let max_tests = self.max_tests.map(|m| m.saturating_sub(self.tests));
            // The outer check above keeps the probes; inside, anything may be tried.
            let reduced = Reducer {
                budget,
                max_tests,
                keep: ProbeKeep::Labels(BTreeSet::new()),
            }
            .reduce(&inner, dialect, &mut inner_pred);
            self.tests += tests;
            if reduced.accepted > 0 {
                let code = reduced.source.trim_end().to_string();
                set_exec_literal(&mut current, site, code);
                self.accepted += reduced.accepted;
            }
            site += 1;
        }
        current
    }

    /// Deletes disjoint runs of `k` statements that hold no probe, block by block.
    fn delete_runs(&mut self, mut current: Module, k: usize) -> Module {
        let mut i = 0;
        while !self.out_of_budget() {
            let mut candidate = current.clone();
            let mut n = i;
            let found = walk::blocks_mut(&mut candidate.body, &mut |block| {
                let chunks = block.len() / k;
                if n < chunks {
                    block.drain(n * k..(n + 1) * k);
                    return true;
                }
                n -= chunks;
                false
            });
            if !found {
                break;
            }
            if self.try_candidate(&candidate) {
                current = candidate;
            } else {
                i += 1;
            }
        }
        current
    }

    /// Renames bound identifiers to the shortest names not yet in use, one at a time.
    fn rename(&mut self, mut current: Module) -> Module {
        let mut names: Vec<String> = Vec::new();
        let mut used: BTreeSet<String> = BTreeSet::new();
        let mut body = current.body.clone();
        walk::idents_mut(&mut body, &mut |s, kind| match kind {
            Ident::Bind => {
                used.insert(s.clone());
                if !names.contains(s) {
                    names.push(s.clone());
                }
            }
            Ident::Use => {
                used.insert(s.clone());
            }
            Ident::Text => used.extend(words(s).map(str::to_owned)),
        });
        for old in names {
            if old.len() <= 1 || is_dunder(&old) || old == walk::PROBE {
                continue;
            }
            if self.out_of_budget() {
                break;
            }
            let Some(new) = short_names().find(|n| !used.contains(n)) else {
                continue;
            };
            if new.len() >= old.len() {
                continue;
            }
            let mut candidate = current.clone();
            rename_in(&mut candidate.body, &old, &new);
            if self.try_candidate(&candidate) {
                current = candidate;
                used.insert(new);
            }
        }
        current
    }
}

fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// `a`, `b`, ..., `z`, then `aa`, `ab`, ... (skipping the two-letter keywords).
fn short_names() -> impl Iterator<Item = String> {
    let letters = || (b'a'..=b'z').map(char::from);
    let singles = letters().map(String::from);
    let doubles = letters().flat_map(move |a| letters().map(move |b| format!("{a}{b}")));
    singles
        .chain(doubles)
        .filter(|n| !matches!(n.as_str(), "as" | "if" | "in" | "is" | "or"))
}

/// Identifier-shaped words in `text`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty() && !w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Replaces whole-word `old` by `new` in `text`.
fn replace_word(text: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(if word == old { new } else { word });
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn rename_in(body: &mut [Stmt], old: &str, new: &str) {
    walk::idents_mut(body, &mut |s, kind| match kind {
        Ident::Bind | Ident::Use => {
            if s == old {
                *s = new.to_string();
            }
        }
        Ident::Text => {
            if s.contains(old) {
                *s = replace_word_outside_labels(s, old, new);
            }
        }
    });
}

/// [`replace_word`] everywhere but in the labels of probes written in `text` (exec'd code):
/// a label names the probe site and must stay as it is.
fn replace_word_outside_labels(text: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((label_start, label_end)) = walk::next_label_span(rest) {
        out.push_str(&replace_word(&rest[..label_start], old, new));
        out.push_str(&rest[label_start..label_end]);
        rest = &rest[label_end..];
    }
    out.push_str(&replace_word(rest, old, new));
    out
}

/// Removes positional argument `pos` (or keyword `name`) from every call of `func`.
fn rewrite_calls(body: &mut [Stmt], func: &str, pos: usize, name: Option<&str>) {
    let mut fix = |e: &mut Expr| {
        if let ExprKind::Call {
            func: f,
            args,
            keywords,
        } = &mut e.kind
        {
            if matches!(&f.kind, ExprKind::Name(n) if n == func) {
                if pos < args.len()
                    && !args[..=pos]
                        .iter()
                        .any(|a| matches!(a.kind, ExprKind::Starred(_)))
                {
                    args.remove(pos);
                }
                if let Some(name) = name {
                    keywords.retain(|k| k.arg.as_deref() != Some(name));
                }
            }
        }
    };
    walk::exprs_mut(body, &mut fix);
}

/// The `n`-th literal run as code, in pre-order over statements and expressions.
fn nth_exec_literal(m: &Module, n: usize) -> Option<(String, CodeMode)> {
    let found: RefCell<Vec<(String, CodeMode)>> = RefCell::new(Vec::new());
    let mut body = m.body.clone();
    walk::stmts_and_exprs_mut(
        &mut body,
        &mut |s| {
            if let Some(text) = pass::exec_stmt_literal(s) {
                found
                    .borrow_mut()
                    .push((text.to_string(), CodeMode::Module));
            }
        },
        &mut |e| {
            if let Some((text, mode)) = pass::exec_literal(e) {
                found.borrow_mut().push((text.to_string(), mode));
            }
        },
    );
    found.into_inner().into_iter().nth(n)
}

/// Sets the `n`-th exec'd literal (in the order of [`nth_exec_literal`]) to `text`.
fn set_exec_literal(m: &mut Module, n: usize, text: String) {
    fn set(slot: Option<&mut Expr>, text: &mut Option<String>) {
        if let Some(Expr {
            kind: ExprKind::Constant(Constant::Str { value, .. }),
            ..
        }) = slot
        {
            if let Some(t) = text.take() {
                *value = t;
            }
        }
    }
    let text = RefCell::new(Some(text));
    let seen = Cell::new(0usize);
    let hit = || {
        let i = seen.get();
        seen.set(i + 1);
        i == n
    };
    walk::stmts_and_exprs_mut(
        &mut m.body,
        &mut |s| {
            if pass::exec_stmt_literal(s).is_some() && hit() {
                if let StmtKind::Exec { body, .. } = &mut s.kind {
                    let slot = match &mut body.kind {
                        ExprKind::Tuple(items) => items.first_mut(),
                        _ => Some(body),
                    };
                    set(slot, &mut text.borrow_mut());
                }
            }
        },
        &mut |e| {
            if pass::exec_literal(e).is_some() && hit() {
                if let ExprKind::Call { args, .. } = &mut e.kind {
                    set(args.first_mut(), &mut text.borrow_mut());
                }
            }
        },
    );
}

#[cfg(test)]
mod tests;
