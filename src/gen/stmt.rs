//! Statements: the one production table, blocks, and the plain productions.
//!
//! [`PRODUCTIONS`] lists every statement production once as `(feature, predicate, builder)`,
//! like the `instructions!` table in wasm-smith's `code_builder.rs`; the weight comes from
//! `GenConfig::weights` for the production's [`Feature`]. [`Gen::stmt`] keeps the productions
//! whose predicate holds at the current point and picks one by weight. Functions, classes and
//! lambdas are in `scope.rs`; exec, eval, compile and the namespace productions in `ns.rs`.

use arbitrary::Unstructured;

use crate::gen::build;
use crate::gen::config::Feature;
use crate::gen::names::{tick, Binding, ScopeKind, Ty, Var, NAME_POOL};
use crate::gen::Gen;
use crate::vm::ast::{BinOp, CmpOp, Constant, Expr, ExprKind, Ident, Stmt, StmtKind};

pub type Builder =
    for<'c, 'u> fn(&mut Gen<'c>, &mut Unstructured<'u>, &mut Vec<Stmt>) -> arbitrary::Result<()>;

/// One statement production.
pub struct Production {
    pub feature: Feature,
    /// Whether the production may be chosen at the current point.
    pub pred: fn(&Gen<'_>) -> bool,
    pub build: Builder,
}

macro_rules! productions {
    ($($feature:ident, $pred:expr, $build:expr;)*) => {
        /// Every statement production, in one table.
        pub const PRODUCTIONS: &[Production] = &[
            $(Production { feature: Feature::$feature, pred: $pred, build: $build },)*
        ];
    };
}

productions! {
    Assign, |_| true, assign;
    Assign, has_int_target, aug_assign;
    Print, |_| true, print;
    Branch, can_open_block, branch;
    Loop, can_open_block, for_loop;
    TryExcept, can_open_block, try_except;
    DeadAssign, |_| true, dead_assign;
    DelLocal, |g| g.cur().kind != ScopeKind::Module, del_local;
    DelCell, has_captured_local, del_cell;
    DelFree, has_nonlocal, del_free;
    DelGlobal, |g| g.cur().kind != ScopeKind::ExecBody, del_global;
    Call, |g| g.cur().kind != ScopeKind::ExecBody, call;
    Comprehension, |_| true, comprehension;
    Closure, can_nest_function, crate::gen::scope::closure;
    Lambda, can_nest_scope, crate::gen::scope::lambda;
    Recursion, can_nest_function, crate::gen::scope::recursion;
    ClassInFunction, |g| g.cur().is_function() && can_nest_scope(g), crate::gen::scope::class_def;
    Locals, |_| true, crate::gen::ns::locals;
    LocalsHeld, |g| g.cur().kind != ScopeKind::ExecBody, crate::gen::ns::locals_held;
    DelDictEntry, |_| true, crate::gen::ns::del_dict_entry;
    Vars, |_| true, crate::gen::ns::vars;
    Dir, |_| true, crate::gen::ns::dir;
    FrameLocals, |g| g.cur().kind != ScopeKind::ExecBody, crate::gen::ns::frame_locals;
    Globals, |_| true, crate::gen::ns::globals;
    ExecSource, can_exec, crate::gen::ns::exec_source;
    ExecCode, can_exec, crate::gen::ns::exec_code;
    ExecDicts, can_exec, crate::gen::ns::exec_dicts;
    // Tagged `ExecSource` for its weight: `BareExec` is the per-mille chance that a 2.7
    // function is unoptimised at all (see `Feature::default_weight`).
    ExecSource, |g| g.cur().bare_exec && can_exec(g), crate::gen::ns::bare_exec;
    Eval, can_exec, crate::gen::ns::eval;
    Compile, can_exec, crate::gen::ns::compile;
    LaterBinding, crate::gen::reach::can_bind_later, crate::gen::reach::later_binding;
    DelNeverBound, crate::gen::reach::can_bind_later, crate::gen::reach::del_never_bound;
    DeclAfterUse, can_exec, crate::gen::reach::decl_after_use;
    Arith, |_| true, crate::gen::reach::arith;
}

/// Room for the table in [`Gen::stmt`]'s stack buffer.
const MAX_PRODUCTIONS: usize = 48;
const _: () = assert!(PRODUCTIONS.len() <= MAX_PRODUCTIONS);

fn can_open_block(g: &Gen<'_>) -> bool {
    g.block_depth < g.cfg.max_block_depth
}

/// A local of this function that a nested scope captured: a cell to delete (3.x only; 2.7
/// refuses `del` of a cell at compile time).
fn has_captured_local(g: &Gen<'_>) -> bool {
    let scope = g.cur();
    g.sem.can_delete_deref
        && scope.is_function()
        && !scope.captured.is_empty()
        && scope.vars.iter().any(|(n, v)| {
            matches!(v.binding, Binding::Local | Binding::Param) && scope.captured.contains(n)
        })
}

/// A `nonlocal` name of this function: a free variable to delete.
fn has_nonlocal(g: &Gen<'_>) -> bool {
    let scope = g.cur();
    scope.is_function() && scope.vars.values().any(|v| v.binding == Binding::Nonlocal)
}

fn can_exec(g: &Gen<'_>) -> bool {
    g.exec_depth < g.cfg.max_exec_depth
}

/// Nested scopes with free names are what 2.7 forbids beside an unqualified exec.
pub fn can_nest_scope(g: &Gen<'_>) -> bool {
    matches!(g.cur().kind, ScopeKind::Module | ScopeKind::Function) && !g.cur().bare_exec
}

fn can_nest_function(g: &Gen<'_>) -> bool {
    can_nest_scope(g) && g.function_depth < g.cfg.max_function_depth
}

/// Whether `+=` may read and write `name` in the current scope.
fn aug_target(g: &Gen<'_>, name: &str, v: &Var) -> bool {
    v.ty == Ty::Int && v.binding.assignable() && g.may_read(name, v, g.scopes.len() - 1)
}

fn has_int_target(g: &Gen<'_>) -> bool {
    g.cur().vars.iter().any(|(n, v)| aug_target(g, n, v))
}

impl<'c> Gen<'c> {
    /// One statement chosen from [`PRODUCTIONS`] by weight, appended to `out`.
    pub fn stmt(&mut self, u: &mut Unstructured<'_>, out: &mut Vec<Stmt>) -> arbitrary::Result<()> {
        self.total_stmts += 1;
        let mult = self.cur().loop_mult;
        self.cur_mut().cost += mult;
        let mut total = 0u32;
        // Cumulative weights of the eligible productions, on the stack (this runs for every
        // statement).
        let mut eligible: [(u32, u8); MAX_PRODUCTIONS] = [(0, 0); MAX_PRODUCTIONS];
        let mut n = 0;
        for (idx, prod) in PRODUCTIONS.iter().enumerate() {
            let weight = self.weights[prod.feature.index()];
            if weight > 0 && (prod.pred)(self) {
                total += weight;
                eligible[n] = (total, idx as u8);
                n += 1;
            }
        }
        if total == 0 {
            out.push(build::stmt(StmtKind::Pass));
            return Ok(());
        }
        let pick = u.int_in_range(0..=total - 1)?;
        let idx = eligible[..n]
            .iter()
            .find(|(upto, _)| pick < *upto)
            .map_or(0, |(_, idx)| *idx as usize);
        (PRODUCTIONS[idx].build)(self, u, out)
    }

    /// `n` statements (fewer once the program's budget is spent; `pass` if none).
    pub fn block_n(&mut self, u: &mut Unstructured<'_>, n: u32) -> arbitrary::Result<Vec<Stmt>> {
        let mut out = Vec::new();
        for _ in 0..n {
            if self.out_of_budget() || u.is_empty() {
                break;
            }
            self.stmt(u, &mut out)?;
        }
        if out.is_empty() {
            out.push(build::stmt(StmtKind::Pass));
        }
        Ok(out)
    }

    /// A body of one to `max_body_stmts` statements.
    pub fn block(&mut self, u: &mut Unstructured<'_>) -> arbitrary::Result<Vec<Stmt>> {
        let n = u.int_in_range(1..=self.cfg.max_body_stmts.max(1))?;
        self.block_n(u, n)
    }

    /// A nested block (`if`/`for`/`try` body) of one to three statements.
    fn inner_block(&mut self, u: &mut Unstructured<'_>) -> arbitrary::Result<Vec<Stmt>> {
        self.block_depth += 1;
        let n = u.int_in_range(1..=3u32)?;
        let res = self.block_n(u, n);
        self.block_depth -= 1;
        res
    }

    /// A target for an assignment of `ty`: an assignable name of that type in the current
    /// scope, or a fresh pool name. Binds it and returns it.
    pub fn assign_target(&mut self, u: &mut Unstructured<'_>, ty: Ty) -> arbitrary::Result<Ident> {
        // Counted, then picked, so only the chosen name is cloned (this runs constantly).
        let scope = self.cur();
        let existing = |v: &Var| v.ty == ty && v.binding.assignable();
        let n_existing = scope.vars.values().filter(|v| existing(v)).count();
        let n_fresh = if ty == Ty::Int {
            NAME_POOL
                .iter()
                .filter(|n| !scope.vars.contains_key(**n))
                .count()
        } else {
            0
        };
        let total = n_existing + n_fresh;
        let name = if total == 0 {
            let id = self.next_id();
            format!("v{id}")
        } else {
            let pick = u.int_in_range(0..=total - 1)?;
            if pick < n_existing {
                let found = scope.vars.iter().filter(|(_, v)| existing(v)).nth(pick);
                found.map_or_else(|| "v".to_string(), |(n, _)| n.clone())
            } else {
                let found = NAME_POOL
                    .iter()
                    .filter(|n| !scope.vars.contains_key(**n))
                    .nth(pick - n_existing);
                found.map_or_else(|| "v".to_string(), |n| n.to_string())
            }
        };
        self.bind_local(&name, ty);
        Ok(name)
    }

    /// Marks `name` maybe-unbound in every scope: something (exec'd code, a namespace dict)
    /// may have deleted it wherever it lives.
    pub fn forget_everywhere(&mut self, name: &str) {
        self.volatile_globals.insert(name.to_string());
        for scope in &mut self.scopes {
            if let Some(var) = scope.vars.get_mut(name) {
                var.unbind();
            }
        }
    }

    /// Marks `name` as surely bound in the current scope (a new local if it was unknown).
    pub fn bind_local(&mut self, name: &str, ty: Ty) {
        let scope = self.cur_mut();
        match scope.vars.get_mut(name) {
            Some(var) => {
                var.rebind();
                var.ty = ty;
            }
            None => scope.bind(name, ty, Binding::Local),
        }
    }

    /// A fresh name for a new function, class or dict: `prefix` and a unique number.
    pub fn fresh_name(&mut self, prefix: &str) -> Ident {
        let id = self.next_id();
        format!("{prefix}{id}")
    }

    /// `print` as the dialect writes it.
    pub fn print_stmt(&self, value: Expr) -> Stmt {
        if self.sem.print_is_statement {
            build::stmt(StmtKind::Print {
                dest: None,
                values: vec![value],
                nl: true,
            })
        } else {
            build::expr_stmt(build::call_name("print", vec![value]))
        }
    }
}

fn assign(g: &mut Gen<'_>, u: &mut Unstructured<'_>, out: &mut Vec<Stmt>) -> arbitrary::Result<()> {
    g.note(Feature::Assign);
    let value = g.int_expr(u, 0)?;
    let target = g.assign_target(u, Ty::Int)?;
    out.push(build::assign_name(&target, value));
    Ok(())
}

fn aug_assign(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    let cands: Vec<Ident> = g
        .cur()
        .vars
        .iter()
        .filter(|(n, v)| aug_target(g, n, v))
        .map(|(n, _)| n.clone())
        .collect();
    let target = u.choose(&cands)?.clone();
    g.note(Feature::Assign);
    let value = g.int_expr(u, 1)?;
    let op = *u.choose(&[BinOp::Add, BinOp::Sub])?;
    out.push(build::stmt(StmtKind::AugAssign {
        target: build::name(&target),
        op,
        value,
    }));
    Ok(())
}

fn print(g: &mut Gen<'_>, u: &mut Unstructured<'_>, out: &mut Vec<Stmt>) -> arbitrary::Result<()> {
    g.note(Feature::Print);
    let value = g.int_expr(u, 0)?;
    out.push(g.print_stmt(value));
    Ok(())
}

fn branch(g: &mut Gen<'_>, u: &mut Unstructured<'_>, out: &mut Vec<Stmt>) -> arbitrary::Result<()> {
    g.note(Feature::Branch);
    let left = g.int_expr(u, 1)?;
    let test = build::compare(left, CmpOp::Gt, build::int(u.int_in_range(0..=50)?));
    let start = tick();
    let body = g.inner_block(u)?;
    let orelse = if u.ratio(1u8, 2u8)? {
        // The else branch does not see what the body bound. (What the body unbound stays
        // unbound: conservative, and cheap.)
        g.cur_mut().merge_block(start);
        g.inner_block(u)?
    } else {
        Vec::new()
    };
    // Surely bound after the `if` only if surely bound before it.
    g.cur_mut().merge_block(start);
    out.push(build::if_stmt(test, body, orelse));
    Ok(())
}

fn for_loop(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Loop);
    let iters = u.int_in_range(1..=g.cfg.max_loop_iters.max(1))?;
    let target = g.assign_target(u, Ty::Int)?;
    let saved = g.cur().loop_mult;
    g.cur_mut().loop_mult = saved.saturating_mul(iters);
    let start = tick();
    let body = g.inner_block(u);
    g.cur_mut().loop_mult = saved;
    let mut body = body?;
    // The second iteration starts where the first ended: if the body unbinds something it
    // relied on, the iterations after the first run under a guard.
    let lost = g.cur().lost_since(start) || g.scopes[0].lost_since(start);
    if g.guard_depth == 0 && iters > 1 && lost {
        let label = g.label();
        g.note(Feature::TryExcept);
        body = vec![build::guard(body, &label)];
    }
    out.push(build::for_range(&target, i64::from(iters), body));
    Ok(())
}

fn try_except(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::TryExcept);
    let start = tick();
    g.guard_depth += 1;
    let body = g.inner_block(u);
    g.guard_depth -= 1;
    let body = body?;
    g.cur_mut().merge_block(start);
    let label = g.label();
    out.push(build::guard(body, &label));
    Ok(())
}

fn dead_assign(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::DeadAssign);
    let existed: Vec<(Ident, Var)> = g.cur().vars.iter().map(|(n, v)| (n.clone(), *v)).collect();
    let value = build::int(u.int_in_range(100..=199)?);
    let target = g.assign_target(u, Ty::Int)?;
    // The assignment never runs: restore what was known, or record a maybe-unbound local.
    let fresh = match existed.iter().find(|(n, _)| *n == target) {
        Some((_, var)) => {
            g.cur_mut().vars.insert(target.clone(), *var);
            false
        }
        None => {
            if let Some(var) = g.cur_mut().vars.get_mut(&target) {
                var.unbind();
            }
            true
        }
    };
    let test = if u.ratio(1u8, 2u8)? {
        build::constant(Constant::False)
    } else {
        build::int(0)
    };
    out.push(build::if_stmt(
        test,
        vec![build::assign_name(&target, value)],
        Vec::new(),
    ));
    // A name the scope did not bind before is now local but unbound (in a function it may
    // shadow a global of the same name): read it at once under a guard, so the
    // UnboundLocalError (NameError at module level) the dead binding causes actually runs.
    // Without the read, later code only reached it in 3% of programs.
    if fresh {
        g.risky(u, out, |g, _| {
            let label = g.label();
            Ok(vec![build::observe(&label, build::name(&target))])
        })?;
    }
    Ok(())
}

/// Deletes one of the current scope's names chosen by `keep`, marking it maybe-unbound.
fn del_where(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
    keep: impl Fn(&Ident, &Var, bool) -> bool,
) -> arbitrary::Result<Option<Ident>> {
    let scope = g.cur();
    let inner = g.scopes.len() - 1;
    let cands: Vec<Ident> = scope
        .vars
        .iter()
        .filter(|(n, v)| {
            v.ty == Ty::Int && g.may_read(n, v, inner) && keep(n, v, scope.captured.contains(*n))
        })
        .map(|(n, _)| n.clone())
        .collect();
    if cands.is_empty() {
        return Ok(None);
    }
    let target = u.choose(&cands)?.clone();
    if g.cur().kind == ScopeKind::ExecBody {
        // exec'd code may run in any enclosing namespace, the module's included.
        g.forget_everywhere(&target);
    } else if let Some(var) = g.cur_mut().vars.get_mut(&target) {
        var.unbind();
    }
    out.push(build::del(vec![build::name(&target)]));
    Ok(Some(target))
}

fn del_local(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    let done = del_where(g, u, out, |_, v, captured| {
        matches!(v.binding, Binding::Local | Binding::Param) && !captured
    })?;
    if done.is_some() {
        g.note(Feature::DelLocal);
    }
    Ok(())
}

fn del_cell(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    let done = del_where(g, u, out, |_, v, captured| {
        matches!(v.binding, Binding::Local | Binding::Param) && captured
    })?;
    if done.is_some() {
        g.note(Feature::DelCell);
    }
    Ok(())
}

fn del_free(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    let done = del_where(g, u, out, |_, v, _| v.binding == Binding::Nonlocal)?;
    if let Some(name) = done {
        g.note(Feature::DelFree);
        // The enclosing binding is gone too, wherever it lives.
        for scope in g.scopes.iter_mut().rev().skip(1) {
            if let Some(var) = scope.vars.get_mut(&name) {
                var.unbind();
                if var.binding != Binding::Nonlocal {
                    break;
                }
            }
        }
    }
    Ok(())
}

fn del_global(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    let at_module = g.cur().kind == ScopeKind::Module;
    let done = del_where(g, u, out, |_, v, _| {
        if at_module {
            v.binding == Binding::Local
        } else {
            v.binding == Binding::Global
        }
    })?;
    if let Some(name) = done {
        g.note(Feature::DelGlobal);
        g.volatile_globals.insert(name.clone());
        if let Some(var) = g.module_mut().vars.get_mut(&name) {
            var.unbind();
        }
    }
    Ok(())
}

fn call(g: &mut Gen<'_>, u: &mut Unstructured<'_>, out: &mut Vec<Stmt>) -> arbitrary::Result<()> {
    let budget = g.cfg.max_call_cost;
    let cost_so_far = g.cur().cost;
    let mult = g.cur().loop_mult;
    let cands = g.readable(|ty| match ty {
        Ty::Func { cost, .. } => cost_so_far + cost.saturating_mul(mult) <= budget,
        _ => false,
    });
    if cands.is_empty() {
        return Ok(());
    }
    let vis = u.choose(&cands)?.clone();
    let Ty::Func {
        min_args,
        max_args,
        cost,
    } = vis.var.ty
    else {
        return Ok(());
    };
    g.note(Feature::Call);
    g.cur_mut().cost += cost.saturating_mul(mult);
    let n_args = u.int_in_range(min_args..=max_args)?;
    // Mostly observed at the call site; a third keep the result in a name, so later code
    // (and exec'd strings) read call results too.
    let observe = u.ratio(2u8, 3u8)?;
    g.risky(u, out, |g, u| {
        let func = g.read(&vis);
        let mut args = Vec::new();
        for _ in 0..n_args {
            args.push(g.int_expr(u, 1)?);
        }
        let res = build::call(func, args);
        if observe {
            let label = g.label();
            Ok(vec![build::observe(&label, res)])
        } else {
            let target = g.assign_target(u, Ty::Int)?;
            Ok(vec![build::assign_name(&target, res)])
        }
    })
}

/// `range(k)` for comprehensions: short, so comprehensions over `locals()` stay small.
fn small_range(u: &mut Unstructured<'_>) -> arbitrary::Result<Expr> {
    Ok(build::call_name(
        "range",
        vec![build::int(u.int_in_range(1..=3)?)],
    ))
}

fn comprehension(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Comprehension);
    // 2.7's list comprehension is no scope of its own, so it is the only kind allowed beside
    // an unqualified exec; elsewhere all four kinds.
    let kind = if g.cur().bare_exec {
        0
    } else {
        u.int_in_range(0..=3u8)?
    };
    let var = *u.choose(&["i", "j"])?;
    let iter = small_range(u)?;
    let is_scope = kind != 0 || !g.sem.listcomp_leaks;
    let label = g.label();
    // The element runs in the comprehension's own scope (a function-like block in
    // `symtable.c`), where the iteration variable is a local.
    let parent_label = g.cur().label.clone();
    g.scopes.push(crate::gen::names::Scope::new(
        if is_scope {
            ScopeKind::Function
        } else {
            g.cur().kind
        },
        parent_label,
    ));
    g.cur_mut().bind(var, Ty::Int, Binding::Local);
    // `locals()` as the element shows what the comprehension's scope holds (PEP 709 changed
    // it); not in a set, where a dict is unhashable.
    let elt = if kind != 1 && u.ratio(1u8, 4u8)? {
        Ok(build::call_name("locals", Vec::new()))
    } else {
        g.int_expr(u, 1)
    };
    g.scopes.pop();
    let elt = elt?;
    if !is_scope {
        g.bind_local(var, Ty::Int);
    }
    let generators = vec![crate::vm::ast::Comprehension {
        target: build::name(var),
        iter,
        ifs: Vec::new(),
    }];
    let elt = Box::new(elt);
    let kind = match kind {
        0 => ExprKind::ListComp { elt, generators },
        1 => ExprKind::SetComp { elt, generators },
        2 => ExprKind::DictComp {
            key: Box::new(build::name(var)),
            value: elt,
            generators,
        },
        _ => ExprKind::GeneratorExp { elt, generators },
    };
    let comp = Expr::new(kind, 1);
    let value = if matches!(comp.kind, ExprKind::GeneratorExp { .. }) {
        build::call_name("list", vec![comp])
    } else {
        comp
    };
    // A set of dicts is a TypeError, which the guard reports; that is still a fine program.
    g.risky(u, out, |_, _| Ok(vec![build::observe(&label, value)]))
}
