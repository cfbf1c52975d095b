//! The candidate edits, smallest result first: what a statement or an expression may become.
//!
//! Every edit is local and purely syntactic; whether it keeps the divergence is the caller's
//! predicate's business, and whether it keeps the probes is checked centrally by the driver
//! (`reduce::Reducer`), so the variants here may be bold. Order matters only for speed: the
//! driver takes the first variant that stays interesting, so bigger cuts come first.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::version::Dialect;
use crate::vm::ast::{Constant, Expr, ExprKind, Stmt, StmtKind};
use crate::vm::parser::{parse_expression, parse_module, ParseOptions};

use super::walk::is_probe_call;

/// What code a string literal holds when it is run by `exec`, `eval` or `compile`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeMode {
    /// Statements (`exec`, `compile(..., 'exec')`).
    Module,
    /// One expression (`eval`, `compile(..., 'eval')`).
    Expression,
}

/// If `e` runs a string literal as code, the literal's text and how it is parsed.
pub fn exec_literal(e: &Expr) -> Option<(&str, CodeMode)> {
    let (code, mode) = exec_code(e)?;
    Some((str_constant(code)?, mode))
}

/// If `e` is a call of `exec`, `eval` or `compile`, its code argument and how it is parsed.
pub fn exec_code(e: &Expr) -> Option<(&Expr, CodeMode)> {
    let ExprKind::Call { func, args, .. } = &e.kind else {
        return None;
    };
    let ExprKind::Name(name) = &func.kind else {
        return None;
    };
    let code = args.first()?;
    let mode = match name.as_str() {
        "exec" => CodeMode::Module,
        "eval" => CodeMode::Expression,
        "compile" => match args.get(2).and_then(str_constant) {
            Some("eval") => CodeMode::Expression,
            Some("exec" | "single") => CodeMode::Module,
            _ => return None,
        },
        _ => return None,
    };
    Some((code, mode))
}

/// The literal run by a 2.7 `exec` statement (`exec "..."` or the tuple form).
pub fn exec_stmt_literal(s: &Stmt) -> Option<&str> {
    let StmtKind::Exec { body, .. } = &s.kind else {
        return None;
    };
    match &body.kind {
        ExprKind::Tuple(items) => items.first().and_then(str_constant),
        _ => str_constant(body),
    }
}

pub fn str_constant(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Constant(Constant::Str { value, .. }) => Some(value),
        _ => None,
    }
}

/// Parses exec'd code as statements; an `eval` string becomes one expression statement.
pub fn parse_code(text: &str, mode: CodeMode, dialect: Dialect) -> Option<Vec<Stmt>> {
    let opts = ParseOptions::new(dialect);
    match mode {
        CodeMode::Module => parse_module(text, &opts).ok().map(|m| m.body),
        CodeMode::Expression => parse_expression(text.trim(), &opts)
            .ok()
            .map(|e| vec![Stmt::new(StmtKind::Expr(e), 1)]),
    }
}

/// What statement `s` may be replaced by: nothing; one of its bodies; itself with a part
/// dropped; or, for an `exec` of a literal, the exec'd statements themselves, or the store or
/// delete they make in the namespace dict ([`namespace_store`]).
pub fn stmt_variants(s: &Stmt, dialect: Dialect) -> Vec<Vec<Stmt>> {
    // Deleting a statement that holds a kept probe is offered too: the driver's probe check
    // discards it before anything runs.
    let mut out: Vec<Vec<Stmt>> = vec![Vec::new()];
    let with_kind = |kind: StmtKind| vec![Stmt::new(kind, s.line)];
    match &s.kind {
        StmtKind::If { test, body, orelse } => {
            out.push(body.clone());
            if !orelse.is_empty() {
                out.push(orelse.clone());
                out.push(with_kind(StmtKind::If {
                    test: test.clone(),
                    body: body.clone(),
                    orelse: Vec::new(),
                }));
            }
        }
        StmtKind::While { test, body, orelse } => {
            out.push(body.clone());
            if !orelse.is_empty() {
                out.push(orelse.clone());
                out.push(with_kind(StmtKind::While {
                    test: test.clone(),
                    body: body.clone(),
                    orelse: Vec::new(),
                }));
            }
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            out.push(body.clone());
            if !orelse.is_empty() {
                out.push(orelse.clone());
                out.push(with_kind(StmtKind::For {
                    target: target.clone(),
                    iter: iter.clone(),
                    body: body.clone(),
                    orelse: Vec::new(),
                }));
            }
        }
        StmtKind::With { items, body } => {
            out.push(body.clone());
            for i in 0..items.len() {
                if items.len() > 1 {
                    let mut items = items.clone();
                    items.remove(i);
                    out.push(with_kind(StmtKind::With {
                        items,
                        body: body.clone(),
                    }));
                }
            }
        }
        StmtKind::FunctionDef(f) => {
            out.push(f.body.clone());
            for i in 0..f.decorators.len() {
                let mut g = f.clone();
                g.decorators.remove(i);
                out.push(with_kind(StmtKind::FunctionDef(g)));
            }
            // A default that reads a name (`def f(w=z)`) may be a constant, so the global it
            // read can go too. (Names elsewhere are not replaced: in a call's function
            // position `0` is never what a person would keep.)
            for i in 0..f.args.defaults.len() {
                if matches!(f.args.defaults[i].kind, ExprKind::Name(_)) {
                    let mut g = f.clone();
                    g.args.defaults[i] = zero();
                    out.push(with_kind(StmtKind::FunctionDef(g)));
                }
            }
        }
        StmtKind::ClassDef(c) => {
            out.push(c.body.clone());
            for i in 0..c.decorators.len() + c.bases.len() + c.keywords.len() {
                let mut d = c.clone();
                if i < c.decorators.len() {
                    d.decorators.remove(i);
                } else if i < c.decorators.len() + c.bases.len() {
                    d.bases.remove(i - c.decorators.len());
                } else {
                    d.keywords.remove(i - c.decorators.len() - c.bases.len());
                }
                out.push(with_kind(StmtKind::ClassDef(d)));
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            if !finalbody.is_empty() {
                out.push(body.iter().chain(finalbody).cloned().collect());
            }
            out.push(body.clone());
            for h in handlers {
                out.push(h.body.clone());
            }
            if !orelse.is_empty() {
                out.push(orelse.clone());
            }
            if !finalbody.is_empty() {
                out.push(finalbody.clone());
            }
            // Drop one handler, keeping the statement well formed.
            for i in 0..handlers.len() {
                if handlers.len() > 1 || !finalbody.is_empty() {
                    let mut hs = handlers.clone();
                    hs.remove(i);
                    let orelse = if hs.is_empty() {
                        Vec::new()
                    } else {
                        orelse.clone()
                    };
                    out.push(with_kind(StmtKind::Try {
                        body: body.clone(),
                        handlers: hs,
                        orelse,
                        finalbody: finalbody.clone(),
                    }));
                }
            }
            if !orelse.is_empty() {
                out.push(with_kind(StmtKind::Try {
                    body: body.clone(),
                    handlers: handlers.clone(),
                    orelse: Vec::new(),
                    finalbody: finalbody.clone(),
                }));
            }
        }
        StmtKind::Assign { targets, value } if targets.len() > 1 => {
            for i in 0..targets.len() {
                let mut ts = targets.clone();
                ts.remove(i);
                out.push(with_kind(StmtKind::Assign {
                    targets: ts,
                    value: value.clone(),
                }));
            }
        }
        StmtKind::AugAssign { target, value, .. } => {
            // `x += v` becomes `x = v`.
            out.push(with_kind(StmtKind::Assign {
                targets: vec![target.clone()],
                value: value.clone(),
            }));
        }
        StmtKind::Del(targets) if targets.len() > 1 => {
            for i in 0..targets.len() {
                let mut ts = targets.clone();
                ts.remove(i);
                out.push(with_kind(StmtKind::Del(ts)));
            }
        }
        // `del m[k]` and `del o.a` become the expression statement `m` (`o`): the container is
        // still evaluated (a `locals()` call keeps its effect), the deletion is gone.
        StmtKind::Del(targets) => {
            if let Some(ExprKind::Subscript { value, .. } | ExprKind::Attribute { value, .. }) =
                targets.first().map(|t| &t.kind)
            {
                out.push(with_kind(StmtKind::Expr((**value).clone())));
            }
        }
        StmtKind::Global(names) if names.len() > 1 => {
            for i in 0..names.len() {
                let mut ns = names.clone();
                ns.remove(i);
                out.push(with_kind(StmtKind::Global(ns)));
            }
        }
        StmtKind::Nonlocal(names) if names.len() > 1 => {
            for i in 0..names.len() {
                let mut ns = names.clone();
                ns.remove(i);
                out.push(with_kind(StmtKind::Nonlocal(ns)));
            }
        }
        StmtKind::Print { dest, values, nl } => {
            for i in 0..values.len() {
                let mut vs = values.clone();
                vs.remove(i);
                out.push(with_kind(StmtKind::Print {
                    dest: dest.clone(),
                    values: vs,
                    nl: *nl,
                }));
            }
        }
        StmtKind::Exec {
            body,
            globals,
            locals,
        } => {
            if let Some(text) = exec_stmt_literal(s) {
                if let Some(inner) = parse_code(text, CodeMode::Module, dialect) {
                    let ns = match &body.kind {
                        ExprKind::Tuple(items) => items.get(2).or(items.get(1)),
                        _ => locals.as_ref().or(globals.as_ref()),
                    };
                    out.extend(namespace_store(&inner, ns, s.line));
                    out.push(inner);
                }
            }
            if locals.is_some() {
                out.push(with_kind(StmtKind::Exec {
                    body: body.clone(),
                    globals: globals.clone(),
                    locals: None,
                }));
            }
            if globals.is_some() {
                out.push(with_kind(StmtKind::Exec {
                    body: body.clone(),
                    globals: None,
                    locals: None,
                }));
            }
        }
        StmtKind::Expr(e) => {
            if let Some((text, CodeMode::Module)) = exec_literal(e) {
                if let Some(inner) = parse_code(text, CodeMode::Module, dialect) {
                    if let ExprKind::Call { args, keywords, .. } = &e.kind {
                        let keyword = |name: &str| {
                            keywords
                                .iter()
                                .find(|k| k.arg.as_deref() == Some(name))
                                .map(|k| &k.value)
                        };
                        let ns = (args.get(2).or(keyword("locals")))
                            .or(args.get(1).or(keyword("globals")));
                        out.extend(namespace_store(&inner, ns, s.line));
                    }
                    out.push(inner);
                }
            }
        }
        _ => {}
    }
    out
}

/// When exec'd code is one assignment to a name or one `del` of a name, the same store or
/// delete made on the namespace dict: `NS['x'] = v` or `del NS['x']`, where `NS` is the exec's
/// locals (or globals) argument, or `locals()` for a bare exec. The reproducer then needs no
/// exec when the divergence is in the dict rather than in running code.
fn namespace_store(inner: &[Stmt], ns: Option<&Expr>, line: u32) -> Option<Vec<Stmt>> {
    let [stmt] = inner else {
        return None;
    };
    let expr = |kind: ExprKind| Expr::new(kind, line);
    let ns = ns.cloned().unwrap_or_else(|| {
        expr(ExprKind::Call {
            func: Box::new(expr(ExprKind::Name("locals".into()))),
            args: Vec::new(),
            keywords: Vec::new(),
        })
    });
    let entry = |name: &str| {
        expr(ExprKind::Subscript {
            value: Box::new(ns.clone()),
            index: Box::new(expr(ExprKind::Constant(Constant::Str {
                value: name.to_string(),
                kind: crate::vm::ast::StrKind::Plain,
            }))),
        })
    };
    let kind = match &stmt.kind {
        StmtKind::Assign { targets, value } => match &targets[..] {
            [Expr {
                kind: ExprKind::Name(n),
                ..
            }] => StmtKind::Assign {
                targets: vec![entry(n)],
                value: value.clone(),
            },
            _ => return None,
        },
        StmtKind::Del(targets) => match &targets[..] {
            [Expr {
                kind: ExprKind::Name(n),
                ..
            }] => StmtKind::Del(vec![entry(n)]),
            _ => return None,
        },
        _ => return None,
    };
    Some(vec![Stmt::new(kind, line)])
}

fn zero() -> Expr {
    Expr::new(
        ExprKind::Constant(Constant::Int {
            value: BigInt::zero(),
            long: false,
        }),
        0,
    )
}

fn is_simple(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Name(_) | ExprKind::Constant(_))
}

/// What expression `e` may be replaced by: the constant `0`, one of its operands, itself
/// with an argument or element dropped, or a smaller constant.
pub fn expr_variants(e: &Expr) -> Vec<Expr> {
    let mut out = Vec::new();
    let mk = |kind: ExprKind| Expr::new(kind, e.line);
    if !is_simple(e) && !matches!(e.kind, ExprKind::Starred(_) | ExprKind::Slice { .. }) {
        out.push(zero());
    }
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            out.extend(values.iter().cloned());
            if values.len() > 2 {
                for i in 0..values.len() {
                    let mut vs = values.clone();
                    vs.remove(i);
                    out.push(mk(ExprKind::BoolOp {
                        op: *op,
                        values: vs,
                    }));
                }
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            out.push((**left).clone());
            out.push((**right).clone());
        }
        ExprKind::UnaryOp { operand, .. } => out.push((**operand).clone()),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push((**left).clone());
            out.extend(comparators.iter().cloned());
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push((**body).clone());
            out.push((**orelse).clone());
            out.push((**test).clone());
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } if !is_probe_call(e) => {
            out.extend(
                args.iter()
                    .filter(|a| !matches!(a.kind, ExprKind::Starred(_)))
                    .cloned(),
            );
            out.extend(keywords.iter().map(|k| k.value.clone()));
            for i in 0..args.len() {
                let mut a = args.clone();
                a.remove(i);
                out.push(mk(ExprKind::Call {
                    func: func.clone(),
                    args: a,
                    keywords: keywords.clone(),
                }));
            }
            for i in 0..keywords.len() {
                let mut k = keywords.clone();
                k.remove(i);
                out.push(mk(ExprKind::Call {
                    func: func.clone(),
                    args: args.clone(),
                    keywords: k,
                }));
            }
        }
        ExprKind::Subscript { value, .. } => out.push((**value).clone()),
        ExprKind::Attribute { value, .. } => out.push((**value).clone()),
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            for i in 0..items.len() {
                let mut is = items.clone();
                is.remove(i);
                out.push(mk(match &e.kind {
                    ExprKind::List(_) => ExprKind::List(is),
                    ExprKind::Tuple(_) => ExprKind::Tuple(is),
                    _ => ExprKind::Set(is),
                }));
            }
        }
        ExprKind::Dict(items) => {
            for i in 0..items.len() {
                let mut is = items.clone();
                is.remove(i);
                out.push(mk(ExprKind::Dict(is)));
            }
        }
        ExprKind::ListComp { elt, .. }
        | ExprKind::SetComp { elt, .. }
        | ExprKind::GeneratorExp { elt, .. } => out.push((**elt).clone()),
        ExprKind::NamedExpr { value, .. } => out.push((**value).clone()),
        ExprKind::Lambda { args, body } => {
            let mut a = (**args).clone();
            if a.vararg.take().is_some() || a.kwarg.take().is_some() || a.args.pop().is_some() {
                a.defaults.truncate(a.args.len());
                out.push(mk(ExprKind::Lambda {
                    args: Box::new(a),
                    body: body.clone(),
                }));
            }
        }
        ExprKind::Constant(c) => out.extend(
            smaller_constants(c)
                .into_iter()
                .map(|c| mk(ExprKind::Constant(c))),
        ),
        _ => {}
    }
    out
}

fn smaller_constants(c: &Constant) -> Vec<Constant> {
    match c {
        Constant::Int { value, long } => {
            let mut out = Vec::new();
            if !value.is_zero() {
                out.push(BigInt::zero());
            }
            if value.abs() > BigInt::from(1) {
                out.push(BigInt::from(1));
                let half: BigInt = value / 2;
                if half.abs() > BigInt::from(1) {
                    out.push(half);
                }
            }
            out.into_iter()
                .map(|value| Constant::Int { value, long: *long })
                .collect()
        }
        Constant::Float(f) if *f != 0.0 => vec![Constant::Float(0.0)],
        Constant::Str { value, kind } if !value.is_empty() => {
            let n = value.chars().count();
            let mut out = vec![String::new()];
            if n > 2 {
                out.push(value.chars().take(n / 2).collect());
            }
            out.into_iter()
                .map(|value| Constant::Str { value, kind: *kind })
                .collect()
        }
        Constant::Bytes(b) if !b.is_empty() => vec![Constant::Bytes(Vec::new())],
        _ => Vec::new(),
    }
}

/// Drops one parameter of the `n`-th function (or lambda parameter list) with its default.
pub fn drop_param(f: &mut crate::vm::ast::Arguments, i: usize) -> bool {
    let n_pos = f.args.len();
    let first_default = n_pos.saturating_sub(f.defaults.len());
    if i < n_pos {
        f.args.remove(i);
        if i >= first_default {
            f.defaults.remove(i - first_default);
        }
        return true;
    }
    let i = i - n_pos;
    if i < f.kwonly.len() {
        f.kwonly.remove(i);
        return true;
    }
    match i - f.kwonly.len() {
        0 if f.vararg.is_some() => {
            f.vararg = None;
            true
        }
        0 | 1 if f.kwarg.is_some() => {
            f.kwarg = None;
            true
        }
        _ => false,
    }
}

/// Parameters of a function definition that [`drop_param`] can remove.
pub fn param_count(f: &crate::vm::ast::Arguments) -> usize {
    f.args.len() + f.kwonly.len() + usize::from(f.vararg.is_some()) + usize::from(f.kwarg.is_some())
}
