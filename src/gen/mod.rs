//! The program generator: random Python programs that mix `exec`, `eval`, `compile`, `del`,
//! `locals()`, `vars()`, `dir()`, `frame.f_locals`, closures, `global` and `nonlocal`.
//!
//! It is modelled on wasm-smith. An [`arbitrary::Unstructured`] drives every choice, so the
//! same code serves libFuzzer's bytes and seeded campaigns ([`program::Program::from_seed`] turns a
//! seed into bytes through ChaCha8). [`config::GenConfig`] holds the knobs; `stmt.rs` holds
//! the one production table; `names.rs` tracks the names in scope so every reference is valid
//! by construction; loops, recursion and call chains are bounded, so programs terminate.
//! `reach.rs` holds the productions for mechanisms the plain ones never reach (a read before
//! a later binding of any form, `del` of names never bound, `global`/`nonlocal` after a use,
//! arithmetic with negative operands and mixed types).
//!
//! Programs are built as `vm::ast` trees for one dialect and only use what that dialect has,
//! asking [`crate::version::Semantics`] (never the version number). Probes are part of the
//! program: every generated function ends `try: BODY finally: __observe__('f1#1', locals())`,
//! each call's result is observed at the call site, and the module's final globals at the end.
//! A small weighted share of programs is deliberately invalid (2.7's unqualified exec beside a
//! closure, `nonlocal` at module level) and says so in [`program::Program::expect_syntax_error`].
//!
//! `gen` depends on `version` and `vm` (the AST and its printer) only; the generator never
//! runs anything. The health statistics do: `health.rs` runs the programs on the real
//! CPythons, and `coverage.rs` runs them on the VM to count which families each one actually
//! executes (`vm::features`).

// Anything iterated and then printed must not depend on hash order.
#![deny(clippy::iter_over_hash_type)]

pub mod build;
pub mod cli;
pub mod config;
pub mod coverage;
pub mod expr;
pub mod health;
pub mod legalize;
pub mod names;
pub mod ns;
pub mod program;
pub mod reach;
pub mod scope;
pub mod stmt;

use arbitrary::Unstructured;

use crate::gen::config::{Feature, GenConfig};
use crate::gen::names::{Scope, ScopeKind};
use crate::version::{Dialect, Semantics};
use crate::vm::ast::Stmt;

/// The set of features a program contains, one bit per [`Feature`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FeatureSet(u64);

impl FeatureSet {
    pub fn insert(&mut self, feature: Feature) {
        self.0 |= 1 << feature.index();
    }

    pub fn contains(&self, feature: Feature) -> bool {
        self.0 & (1 << feature.index()) != 0
    }

    pub fn iter(&self) -> impl Iterator<Item = Feature> + '_ {
        Feature::ALL.into_iter().filter(|f| self.contains(*f))
    }
}

/// The generator's state while one program is built.
pub struct Gen<'c> {
    pub cfg: &'c GenConfig,
    pub sem: Semantics,
    pub dialect: Dialect,
    /// Innermost scope last.
    pub scopes: Vec<Scope>,
    pub features: FeatureSet,
    /// `cfg.weights` with the features the dialect lacks set to zero.
    pub weights: [u32; Feature::COUNT],
    /// Statements emitted so far, against `cfg.max_total_stmts`.
    pub total_stmts: u32,
    /// `try` blocks around the current point: reads of maybe-unbound names need one.
    pub guard_depth: u32,
    /// `if`/`for`/`try` blocks around the current point.
    pub block_depth: u32,
    /// `exec`'d code around the current point.
    pub exec_depth: u32,
    /// Functions around the current point (0 at module level).
    pub function_depth: u32,
    /// Module globals that some generated code may delete when it runs (through `global`,
    /// `globals()`, or exec'd code): reading them needs a guard wherever it happens, because
    /// any call may run that code first.
    pub volatile_globals: std::collections::BTreeSet<crate::vm::ast::Ident>,
    /// Some `with ... as` binding enters [`crate::gen::reach::CTX_CLASS`], which the program
    /// then defines at its start.
    pub needs_ctx: bool,
    /// Numbers probe labels, functions and classes, so each is unique in the program.
    counter: u32,
}

impl<'c> Gen<'c> {
    pub fn new(cfg: &'c GenConfig, dialect: Dialect) -> Gen<'c> {
        Gen::with_semantics(cfg, dialect.semantics())
    }

    /// A generator for programs valid on `sem.version` (its syntax and builtins).
    pub fn with_semantics(cfg: &'c GenConfig, sem: Semantics) -> Gen<'c> {
        let dialect = sem.version.dialect();
        let mut weights = [0; Feature::COUNT];
        for feature in Feature::ALL {
            if feature.exists_in(&sem) {
                weights[feature.index()] = cfg.weights.get(feature);
            }
        }
        Gen {
            cfg,
            weights,
            sem,
            dialect,
            scopes: vec![Scope::new(ScopeKind::Module, "m".to_string())],
            features: FeatureSet::default(),
            total_stmts: 0,
            guard_depth: 0,
            block_depth: 0,
            exec_depth: 0,
            function_depth: 0,
            volatile_globals: Default::default(),
            needs_ctx: false,
            counter: 0,
        }
    }

    pub fn cur(&self) -> &Scope {
        let last = self.scopes.len() - 1;
        &self.scopes[last]
    }

    pub fn cur_mut(&mut self) -> &mut Scope {
        let last = self.scopes.len() - 1;
        &mut self.scopes[last]
    }

    pub fn module_mut(&mut self) -> &mut Scope {
        &mut self.scopes[0]
    }

    pub fn next_id(&mut self) -> u32 {
        self.counter += 1;
        self.counter
    }

    /// A fresh probe label under the current scope: `f1.g2#7`.
    pub fn label(&mut self) -> String {
        let id = self.next_id();
        format!("{}#{}", self.cur().label, id)
    }

    pub fn weight(&self, feature: Feature) -> u32 {
        self.weights[feature.index()]
    }

    /// A per-mille chance taken from a feature's weight.
    pub fn chance(&self, u: &mut Unstructured<'_>, feature: Feature) -> arbitrary::Result<bool> {
        let permille = self.weight(feature).min(1000);
        if permille == 0 {
            return Ok(false);
        }
        Ok(u.int_in_range(0..=999u32)? < permille)
    }

    pub fn note(&mut self, feature: Feature) {
        self.features.insert(feature);
    }

    pub fn out_of_budget(&self) -> bool {
        self.total_stmts >= self.cfg.max_total_stmts
    }

    /// Builds statements that may raise (exec, eval, calls, dict deletes) inside a `try`
    /// guard, adding the guard unless one already surrounds the current point. Inside, names
    /// that may be unbound become readable; after it, what the body bound is only maybe bound.
    pub fn risky(
        &mut self,
        u: &mut Unstructured<'_>,
        out: &mut Vec<Stmt>,
        f: impl FnOnce(&mut Gen<'c>, &mut Unstructured<'_>) -> arbitrary::Result<Vec<Stmt>>,
    ) -> arbitrary::Result<()> {
        let outer = self.guard_depth > 0;
        let before = (!outer).then(crate::gen::names::tick);
        self.guard_depth += 1;
        let res = f(self, u);
        self.guard_depth -= 1;
        let body = res?;
        match before {
            None => out.extend(body),
            Some(before) => {
                self.cur_mut().merge_block(before);
                let label = self.label();
                self.note(Feature::TryExcept);
                out.push(build::guard(body, &label));
            }
        }
        Ok(())
    }
}
