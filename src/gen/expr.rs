//! Expressions: integer arithmetic over names in scope, and the generated source strings that
//! `exec` and `eval` run.
//!
//! Reads go through [`Gen::read`], which records what a read does to CPython's symbol table:
//! reading an enclosing function's name makes it a cell there and a free variable in every
//! function in between; reading a module name makes it an implicit global. Later assignments
//! then leave those names alone (see `names::Binding`), so no read turns into an unintended
//! `UnboundLocalError`.

use std::collections::BTreeSet;

use arbitrary::Unstructured;

use crate::gen::build;
use crate::gen::config::Feature;
use crate::gen::names::{self, Binding, Scope, ScopeKind, State, Ty, Var, Visible};
use crate::gen::Gen;
use crate::vm::ast::{BinOp, Expr, ExprKind, Ident, Module, Stmt};

/// Where the namespace of an `exec`/`eval` comes from: what its generated code may expect
/// to find.
#[derive(Clone, Debug)]
pub enum Namespace {
    /// The caller's own globals and locals (no dict arguments, or `globals(), locals()`).
    Caller,
    /// A fresh dict literal holding these int keys.
    Fresh(Vec<Ident>),
}

impl<'c> Gen<'c> {
    /// Whether a visible name may be read here: surely bound (and, for a global, not one that
    /// some call may delete), or anything inside a guard.
    pub fn may_read(&self, name: &str, var: &Var, scope: usize) -> bool {
        if self.guard_depth > 0 {
            return true;
        }
        let global = scope == 0 || matches!(var.binding, Binding::Global | Binding::GlobalRef);
        var.state == State::Bound && !(global && self.volatile_globals.contains(name))
    }

    /// Names whose type passes `ty_ok` readable here (see [`Gen::may_read`]).
    pub fn readable(&self, ty_ok: impl Fn(Ty) -> bool) -> Vec<Visible> {
        let mut out = Vec::new();
        names::for_each_visible(&self.scopes, |name, var, scope| {
            if ty_ok(var.ty) && self.may_read(name, var, scope) {
                out.push(Visible {
                    name: name.to_string(),
                    var: *var,
                    scope,
                });
            }
        });
        out
    }

    /// One readable name whose type passes `ty_ok`, chosen uniformly, collected on the stack
    /// (this runs for most expressions).
    pub fn pick_readable(
        &self,
        u: &mut Unstructured<'_>,
        ty_ok: impl Fn(Ty) -> bool,
    ) -> arbitrary::Result<Option<Visible>> {
        const CAP: usize = 64;
        let mut found: [Option<(&str, &Var, usize)>; CAP] = [None; CAP];
        let mut n = 0usize;
        names::for_each_visible(&self.scopes, |name, var, scope| {
            if n < CAP && ty_ok(var.ty) && self.may_read(name, var, scope) {
                found[n] = Some((name, var, scope));
                n += 1;
            }
        });
        if n == 0 {
            return Ok(None);
        }
        let pick = u.int_in_range(0..=n - 1)?;
        Ok(found[pick].map(|(name, var, scope)| Visible {
            name: name.to_string(),
            var: *var,
            scope,
        }))
    }

    /// Records a read of `vis` from the innermost scope and returns the name expression.
    pub fn read(&mut self, vis: &Visible) -> Expr {
        let inner = self.scopes.len() - 1;
        if vis.scope != inner {
            let module = self.scopes[vis.scope].kind == ScopeKind::Module;
            let binding = if module {
                Binding::GlobalRef
            } else {
                let captured = &mut self.scopes[vis.scope].captured;
                if !captured.contains(&vis.name) {
                    captured.insert(vis.name.clone());
                }
                Binding::FreeRef
            };
            // Looked up before inserting: most reads repeat, and the key is a fresh String.
            for scope in &mut self.scopes[vis.scope + 1..] {
                if !scope.vars.contains_key(&vis.name) {
                    let var = Var::new(vis.var.ty, vis.var.state, binding);
                    scope.vars.insert(vis.name.clone(), var);
                }
            }
        }
        build::name(&vis.name)
    }

    /// An int-valued expression over constants and readable int names.
    pub fn int_expr(&mut self, u: &mut Unstructured<'_>, depth: u32) -> arbitrary::Result<Expr> {
        // Three shapes: a constant, a name, an operation; names weigh most because reads are
        // what exercise scoping.
        let choice = u.int_in_range(0..=9u8)?;
        if choice < 5 {
            if let Some(vis) = self.pick_readable(u, |t| t == Ty::Int)? {
                return Ok(self.read(&vis));
            }
        }
        if choice >= 8 && depth < 2 {
            let left = self.int_expr(u, depth + 1)?;
            let mut right = self.int_expr(u, depth + 1)?;
            let op = *u.choose(&[BinOp::Add, BinOp::Sub, BinOp::Mult])?;
            // A product multiplies by a constant only: `c += c * c` run in nested loops and
            // calls squares `c` each time, doubling its digits, and one program in a thousand
            // ran out of fuel on the VM. (No bytes are drawn, so other programs stay as they
            // were.)
            if op == BinOp::Mult && !matches!(right.kind, ExprKind::Constant(_)) {
                right = build::int(2);
            }
            return Ok(build::binop(left, op, right));
        }
        Ok(build::int(u.int_in_range(0..=99i64)?))
    }

    /// Renders a module for this program's dialect.
    pub fn render_module(&self, module: &Module) -> String {
        crate::gen::program::render(module, self.dialect)
    }

    /// Pushes the scope of `exec`'d code seeded from `ns`: the caller's visible ints (maybe
    /// bound: the exec may run after a `del`) or a fresh dict's keys.
    fn push_exec_scope(&mut self, ns: &Namespace) {
        let id = self.next_id();
        let label = format!("{}.x{}", self.cur().label, id);
        let mut scope = Scope::new(ScopeKind::ExecBody, label);
        let seed: Vec<Ident> = match ns {
            Namespace::Caller => names::visible(&self.scopes)
                .into_iter()
                .filter(|v| v.var.ty == Ty::Int)
                .map(|v| v.name)
                .collect(),
            Namespace::Fresh(keys) => keys.clone(),
        };
        for name in seed {
            scope
                .vars
                .insert(name, Var::new(Ty::Int, State::Maybe, Binding::Local));
        }
        self.scopes.push(scope);
        self.exec_depth += 1;
    }

    /// Pops the exec scope and returns the names its code surely bound.
    fn pop_exec_scope(&mut self) -> BTreeSet<Ident> {
        self.exec_depth -= 1;
        let scope = self.scopes.pop().expect("exec scope pushed");
        scope
            .vars
            .into_iter()
            .filter(|(_, v)| v.state == State::Bound && v.ty == Ty::Int)
            .map(|(n, _)| n)
            .collect()
    }

    /// Source for `exec`: one to three generated statements, rendered for the dialect.
    /// Returns the source and the names it binds.
    pub fn exec_source(
        &mut self,
        u: &mut Unstructured<'_>,
        ns: &Namespace,
    ) -> arbitrary::Result<(String, BTreeSet<Ident>)> {
        self.push_exec_scope(ns);
        let n = u.int_in_range(1..=3u32)?;
        let res = self.block_n(u, n);
        let bound = self.pop_exec_scope();
        let body = res?;
        Ok((self.render_module(&Module { body }), bound))
    }

    /// Source for a single statement (`compile(..., 'single')`): an expression statement, so
    /// the interactive mode's `repr` print shows.
    pub fn single_source(
        &mut self,
        u: &mut Unstructured<'_>,
        ns: &Namespace,
    ) -> arbitrary::Result<String> {
        self.push_exec_scope(ns);
        let res = self.int_expr(u, 0);
        self.pop_exec_scope();
        let body: Vec<Stmt> = vec![build::expr_stmt(res?)];
        Ok(self.render_module(&Module { body }))
    }

    /// Source for `eval`: one int expression.
    pub fn eval_source(
        &mut self,
        u: &mut Unstructured<'_>,
        ns: &Namespace,
    ) -> arbitrary::Result<String> {
        let src = self.single_source(u, ns)?;
        Ok(src.trim_end().to_string())
    }

    /// After an `exec` in the caller's namespace: the names its code bound become phantoms
    /// here (readable only under a guard; reading compiles to a global or `LOAD_NAME`).
    pub fn add_phantoms(&mut self, bound: BTreeSet<Ident>) {
        let scope = self.cur_mut();
        for name in bound {
            scope
                .vars
                .entry(name)
                .or_insert(Var::new(Ty::Int, State::Maybe, Binding::Phantom));
        }
    }

    /// A namespace for an exec: the caller's, or a fresh dict literal.
    pub fn namespace(
        &mut self,
        u: &mut Unstructured<'_>,
    ) -> arbitrary::Result<(Namespace, Option<Expr>)> {
        if u.ratio(1u8, 2u8)? {
            return Ok((Namespace::Caller, None));
        }
        let mut keys = Vec::new();
        let mut entries = Vec::new();
        for pool_name in names::NAME_POOL {
            if u.ratio(1u8, 4u8)? {
                keys.push(pool_name.to_string());
                let value = self.int_expr(u, 1)?;
                entries.push((build::str_lit(pool_name), value));
            }
        }
        Ok((Namespace::Fresh(keys), Some(build::dict(entries))))
    }

    pub fn note_exec(&mut self) {
        if self.exec_depth > 0 {
            self.note(Feature::ExecNested);
        }
    }
}
