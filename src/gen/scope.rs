//! Productions that open a scope: functions (top-level, nested closures, recursive ones),
//! lambdas and class bodies.
//!
//! Every generated function ends `try: BODY; return EXPR finally: __observe__('f1#2',
//! locals())`, so its final locals are observed on every exit path. `global` and `nonlocal`
//! declarations come first in the body, before any use, as 3.x requires; `nonlocal` only names
//! ints an enclosing function binds by syntax (`names::nonlocal_candidates`). Bodies are built
//! with the guard and block state reset, because they run later, at call time.

use arbitrary::Unstructured;

use crate::gen::build;
use crate::gen::config::Feature;
use crate::gen::names::{self, Binding, Scope, ScopeKind, State, Ty, Var, NAME_POOL};
use crate::gen::Gen;
use crate::vm::ast::{
    Arguments, BinOp, ClassDef, CmpOp, Expr, ExprKind, FunctionDef, Ident, Stmt, StmtKind,
};

/// What a generated function is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FnKind {
    Plain,
    /// First parameter `n`; the body starts `if n > 0: __observe__(.., self(n - 1))`.
    Recursive,
}

/// The generator state that belongs to the code around a new scope, not inside it.
struct Saved {
    guard_depth: u32,
    block_depth: u32,
}

impl<'c> Gen<'c> {
    fn enter_body(&mut self) -> Saved {
        let saved = Saved {
            guard_depth: self.guard_depth,
            block_depth: self.block_depth,
        };
        self.guard_depth = 0;
        self.block_depth = 0;
        saved
    }

    fn leave_body(&mut self, saved: Saved) {
        self.guard_depth = saved.guard_depth;
        self.block_depth = saved.block_depth;
    }

    fn child_label(&self, name: &str) -> String {
        if self.cur().kind == ScopeKind::Module {
            name.to_string()
        } else {
            format!("{}.{}", self.cur().label, name)
        }
    }

    /// Parameters for a new function: pool names, the last few with defaults evaluated in the
    /// enclosing scope, and on 3.x sometimes a keyword-only one.
    fn params(
        &mut self,
        u: &mut Unstructured<'_>,
        first: Option<&str>,
        max: usize,
    ) -> arbitrary::Result<Arguments> {
        let mut args = Arguments::default();
        args.args.extend(first.map(str::to_string));
        if self.chance(u, Feature::Params)? {
            let n = u.int_in_range(1..=max)?;
            for _ in 0..n {
                let cands: Vec<&str> = NAME_POOL
                    .iter()
                    .copied()
                    .filter(|p| !args.args.iter().any(|a| a == p))
                    .collect();
                args.args.push(u.choose(&cands)?.to_string());
            }
            let n_defaults = u.int_in_range(0..=n)?;
            for _ in 0..n_defaults {
                args.defaults.push(self.int_expr(u, 1)?);
            }
            // Keyword-only parameters are one more kind of local; one function in six is
            // enough to keep them in the mix.
            if self.sem.has_kwonly_args && u.ratio(1u8, 6u8)? {
                let cands: Vec<&str> = NAME_POOL
                    .iter()
                    .copied()
                    .filter(|p| !args.args.iter().any(|a| a == p))
                    .collect();
                let default = self.int_expr(u, 1)?;
                args.kwonly
                    .push((u.choose(&cands)?.to_string(), Some(default)));
            }
            self.note(Feature::Params);
        }
        Ok(args)
    }

    /// A complete function definition in the current scope; binds nothing (the caller does).
    pub fn function(
        &mut self,
        u: &mut Unstructured<'_>,
        kind: FnKind,
    ) -> arbitrary::Result<(Stmt, Ident, Ty)> {
        let prefix = match (kind, self.function_depth) {
            (FnKind::Recursive, _) => "r",
            (FnKind::Plain, 0) => "f",
            (FnKind::Plain, _) => "g",
        };
        let name = self.fresh_name(prefix);
        let nested = self.cur().kind != ScopeKind::Module;
        if nested {
            self.note(Feature::Closure);
        }
        let first = (kind == FnKind::Recursive).then_some("n");
        let args = self.params(u, first, 3)?;
        let nonlocal_cands = if self.sem.has_nonlocal {
            names::nonlocal_candidates(&self.scopes)
        } else {
            Vec::new()
        };
        let global_cands: Vec<Ident> = self.scopes[0]
            .vars
            .iter()
            .filter(|(_, v)| v.ty == Ty::Int && v.binding == Binding::Local)
            .map(|(n, _)| n.clone())
            .collect();

        let saved = self.enter_body();
        let label = self.child_label(&name);
        self.scopes.push(Scope::new(ScopeKind::Function, label));
        self.function_depth += 1;
        let res = self.function_body(u, kind, &name, &args, &global_cands, &nonlocal_cands);
        self.function_depth -= 1;
        let scope = self.scopes.pop().expect("function scope pushed");
        self.leave_body(saved);
        let (decls, mut body) = res?;
        if !self.sem.can_delete_deref {
            crate::gen::legalize::drop_cell_deletes(&mut body, &self.sem);
        }
        let exit_label = format!("{}#{}", scope.label, self.next_id());
        let observe_locals = build::observe(&exit_label, build::call_name("locals", Vec::new()));
        let mut full = decls;
        full.push(build::try_finally(body, vec![observe_locals]));
        let required = args.args.len() - args.defaults.len();
        let ty = Ty::Func {
            min_args: required as u8,
            max_args: args.args.len() as u8,
            cost: scope.cost,
        };
        let def = FunctionDef {
            name: name.clone(),
            args,
            body: full,
            decorators: Vec::new(),
        };
        Ok((build::stmt(StmtKind::FunctionDef(Box::new(def))), name, ty))
    }

    /// Declarations and the body (inside the `try`) of a function whose scope is pushed.
    fn function_body(
        &mut self,
        u: &mut Unstructured<'_>,
        kind: FnKind,
        name: &str,
        args: &Arguments,
        global_cands: &[Ident],
        nonlocal_cands: &[Ident],
    ) -> arbitrary::Result<(Vec<Stmt>, Vec<Stmt>)> {
        let params: Vec<&Ident> = args
            .args
            .iter()
            .chain(args.kwonly.iter().map(|(n, _)| n))
            .collect();
        for p in &params {
            self.cur_mut().bind(p, Ty::Int, Binding::Param);
        }
        let mut decls = Vec::new();
        let free = |n: &&Ident| !params.contains(n);
        let globals: Vec<&Ident> = global_cands.iter().filter(free).collect();
        if !globals.is_empty() && self.chance(u, Feature::Global)? {
            let chosen = (*u.choose(&globals)?).clone();
            let state = self.scopes[0]
                .vars
                .get(&chosen)
                .map_or(State::Maybe, |v| v.state);
            let var = Var::new(Ty::Int, state, Binding::Global);
            self.cur_mut().vars.insert(chosen.clone(), var);
            decls.push(build::stmt(StmtKind::Global(vec![chosen])));
            self.note(Feature::Global);
        }
        let nonlocals: Vec<&Ident> = nonlocal_cands
            .iter()
            .filter(free)
            .filter(|n| !self.cur().vars.contains_key(n.as_str()))
            .collect();
        if !nonlocals.is_empty() && self.chance(u, Feature::Nonlocal)? {
            let chosen = (*u.choose(&nonlocals)?).clone();
            let mut state = State::Maybe;
            let depth = self.scopes.len() - 1;
            for scope in self.scopes[..depth].iter_mut().rev() {
                if let Some(var) = scope.vars.get(&chosen) {
                    if matches!(
                        var.binding,
                        Binding::Local | Binding::Param | Binding::Nonlocal
                    ) {
                        state = var.state;
                        scope.captured.insert(chosen.clone());
                        break;
                    }
                }
            }
            let var = Var::new(Ty::Int, state, Binding::Nonlocal);
            self.cur_mut().vars.insert(chosen.clone(), var);
            decls.push(build::stmt(StmtKind::Nonlocal(vec![chosen])));
            self.note(Feature::Nonlocal);
        }
        // 2.7: an unqualified exec is only valid in a function that is not nested and holds
        // no nested block with free names; such a function gets no closures at all.
        if self.sem.exec_is_statement
            && self.function_depth == 1
            && self.chance(u, Feature::BareExec)?
        {
            self.cur_mut().bare_exec = true;
        }
        let mut body = Vec::new();
        if kind == FnKind::Recursive {
            let n = build::name("n");
            // The other parameters are passed through, so the call fits any signature.
            let mut rec_args = vec![build::binop(n.clone(), BinOp::Sub, build::int(1))];
            rec_args.extend(args.args.iter().skip(1).map(|a| build::name(a)));
            let rec = build::call_name(name, rec_args);
            let label = self.label();
            body.push(build::if_stmt(
                build::compare(n, CmpOp::Gt, build::int(0)),
                vec![build::observe(&label, rec)],
                Vec::new(),
            ));
        }
        body.extend(self.block(u)?);
        let ret = self.int_expr(u, 1)?;
        body.push(build::stmt(StmtKind::Return(Some(ret))));
        Ok((decls, body))
    }

    /// A call of `func` with between `min` and `max` int arguments, observed at the call site
    /// inside a guard.
    pub fn call_observed(
        &mut self,
        u: &mut Unstructured<'_>,
        out: &mut Vec<Stmt>,
        func: Expr,
        args: Vec<Expr>,
    ) -> arbitrary::Result<()> {
        self.note(Feature::Call);
        self.risky(u, out, |g, _| {
            let label = g.label();
            Ok(vec![build::observe(&label, build::call(func, args))])
        })
    }

    /// Int arguments for a call taking between `min` and `max`.
    pub fn call_args(
        &mut self,
        u: &mut Unstructured<'_>,
        min: u8,
        max: u8,
    ) -> arbitrary::Result<Vec<Expr>> {
        let n = u.int_in_range(min..=max)?;
        let mut args = Vec::new();
        for _ in 0..n {
            args.push(self.int_expr(u, 1)?);
        }
        Ok(args)
    }
}

/// A function at module level or nested in a function, bound there and often called at once.
pub fn closure(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    let (def, name, ty) = g.function(u, FnKind::Plain)?;
    out.push(def);
    g.bind_local(&name, ty);
    let Ty::Func {
        min_args,
        max_args,
        cost,
    } = ty
    else {
        return Ok(());
    };
    let mult = g.cur().loop_mult;
    // Two in three closures are called at once, so most nested bodies run at least once.
    if u.ratio(2u8, 3u8)? && g.cur().cost + cost.saturating_mul(mult) <= g.cfg.max_call_cost {
        g.cur_mut().cost += cost.saturating_mul(mult);
        let args = g.call_args(u, min_args, max_args)?;
        g.call_observed(u, out, build::name(&name), args)?;
    }
    Ok(())
}

/// A recursive function, called once with a depth below `max_recursion_depth`. It is not
/// bound as a callable name, so no other call can give it an unbounded depth.
pub fn recursion(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Recursion);
    let (def, name, ty) = g.function(u, FnKind::Recursive)?;
    out.push(def);
    let Ty::Func {
        min_args,
        max_args,
        cost,
    } = ty
    else {
        return Ok(());
    };
    let depth = u.int_in_range(1..=g.cfg.max_recursion_depth.max(1))?;
    let total = cost
        .saturating_mul(depth + 1)
        .saturating_mul(g.cur().loop_mult);
    if g.cur().cost + total > g.cfg.max_call_cost {
        return Ok(());
    }
    g.cur_mut().cost += total;
    let mut args = vec![build::int(i64::from(depth))];
    args.extend(g.call_args(u, min_args.saturating_sub(1), max_args.saturating_sub(1))?);
    g.call_observed(u, out, build::name(&name), args)
}

/// `h = lambda a, b=1: expr`, reading the enclosing scope's names from its body.
pub fn lambda(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Lambda);
    let args = g.params(u, None, 2)?;
    let saved = g.enter_body();
    let label = g.child_label("lambda");
    g.scopes.push(Scope::new(ScopeKind::Function, label));
    for p in args.args.iter().chain(args.kwonly.iter().map(|(n, _)| n)) {
        g.cur_mut().bind(p, Ty::Int, Binding::Param);
    }
    let body = g.int_expr(u, 0);
    g.scopes.pop();
    g.leave_body(saved);
    let body = body?;
    let ty = Ty::Func {
        min_args: (args.args.len() - args.defaults.len()) as u8,
        max_args: args.args.len() as u8,
        cost: 1,
    };
    let value = Expr::new(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        1,
    );
    let name = g.fresh_name("h");
    g.bind_local(&name, ty);
    out.push(build::assign_name(&name, value));
    // Two in three lambdas are called at once, as closures are: a lambda left for a later
    // `Call` production to pick was called in under 2% of programs.
    let Ty::Func {
        min_args, max_args, ..
    } = ty
    else {
        return Ok(());
    };
    let mult = g.cur().loop_mult;
    if u.ratio(2u8, 3u8)? && g.cur().cost + mult <= g.cfg.max_call_cost {
        g.cur_mut().cost += mult;
        let args = g.call_args(u, min_args, max_args)?;
        g.call_observed(u, out, build::name(&name), args)?;
    }
    Ok(())
}

/// A class body inside a function: class-level assignments and reads of the function's names,
/// its namespace observed at the end of the body.
pub fn class_def(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::ClassInFunction);
    let name = g.fresh_name("C");
    let saved = g.enter_body();
    let label = g.child_label(&name);
    g.scopes.push(Scope::new(ScopeKind::Class, label));
    let n = u.int_in_range(1..=3u32)?;
    let body = g.block_n(u, n);
    let probe_label = g.label();
    g.scopes.pop();
    g.leave_body(saved);
    let mut body = body?;
    body.push(build::observe(
        &probe_label,
        build::call_name("locals", Vec::new()),
    ));
    let def = ClassDef {
        name: name.clone(),
        bases: Vec::new(),
        keywords: Vec::new(),
        body,
        decorators: Vec::new(),
    };
    out.push(build::stmt(StmtKind::ClassDef(Box::new(def))));
    g.bind_local(&name, Ty::Class);
    Ok(())
}
