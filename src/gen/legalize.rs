//! Repairs a finished function body for rules that only the whole function decides.
//!
//! 2.7 refuses `del x` when `x` is a cell, that is when any nested block reads it
//! ("can not delete variable 'x' referenced in nested scope", `Python/compile.c`), whether the
//! nested block comes before or after the `del`. The generator learns about nested reads only
//! as it goes, so it settles this afterwards: every name that appears anywhere inside a
//! nested block (an over-approximation of its free names) is removed from the function's own
//! `del` statements. Asked through `Semantics::can_delete_deref`; 3.x never gets here.

use std::collections::BTreeSet;

use crate::version::Semantics;
use crate::vm::ast::{Arguments, Comprehension, Expr, ExprKind, FStringPart, Stmt, StmtKind};

/// Drops from `body`'s own `del` statements every name a nested block mentions.
pub fn drop_cell_deletes(body: &mut [Stmt], sem: &Semantics) {
    // Most functions delete nothing of their own: skip the walk of their nested blocks.
    if !has_own_del(body) {
        return;
    }
    let mut nested = BTreeSet::new();
    for stmt in body.iter() {
        nested_names_stmt(stmt, sem, false, &mut nested);
    }
    if nested.is_empty() {
        return;
    }
    strip_dels(body, &nested);
}

/// Whether `body` itself (not a nested block) has a `del` of a plain name.
fn has_own_del(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match &stmt.kind {
        StmtKind::Del(targets) => targets.iter().any(|t| matches!(t.kind, ExprKind::Name(_))),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_own_del(body) || has_own_del(orelse),
        StmtKind::With { body, .. } => has_own_del(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_own_del(body)
                || handlers.iter().any(|h| has_own_del(&h.body))
                || has_own_del(orelse)
                || has_own_del(finalbody)
        }
        _ => false,
    })
}

fn strip_dels(body: &mut [Stmt], nested: &BTreeSet<String>) {
    for stmt in body.iter_mut() {
        match &mut stmt.kind {
            StmtKind::Del(targets) => {
                targets.retain(|t| !matches!(&t.kind, ExprKind::Name(n) if nested.contains(n)));
                if targets.is_empty() {
                    stmt.kind = StmtKind::Pass;
                }
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                strip_dels(body, nested);
                strip_dels(orelse, nested);
            }
            StmtKind::With { body, .. } => strip_dels(body, nested),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                strip_dels(body, nested);
                for h in handlers.iter_mut() {
                    strip_dels(&mut h.body, nested);
                }
                strip_dels(orelse, nested);
                strip_dels(finalbody, nested);
            }
            _ => {}
        }
    }
}

/// Collects names mentioned inside nested blocks of `stmt`; `inside` says whether `stmt`
/// itself already is in one.
fn nested_names_stmt(stmt: &Stmt, sem: &Semantics, inside: bool, out: &mut BTreeSet<String>) {
    let mut exprs = |e: &Expr| nested_names_expr(e, sem, inside, out);
    match &stmt.kind {
        StmtKind::FunctionDef(def) => {
            args_names(&def.args, sem, inside, out);
            for e in &def.decorators {
                nested_names_expr(e, sem, inside, out);
            }
            for s in &def.body {
                nested_names_stmt(s, sem, true, out);
            }
        }
        StmtKind::ClassDef(def) => {
            for e in def.bases.iter().chain(&def.decorators) {
                nested_names_expr(e, sem, inside, out);
            }
            for s in &def.body {
                nested_names_stmt(s, sem, true, out);
            }
        }
        StmtKind::Expr(e) => exprs(e),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(&mut exprs);
            exprs(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            exprs(target);
            exprs(value);
        }
        StmtKind::Del(targets) => targets.iter().for_each(exprs),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            exprs(test);
            for s in body.iter().chain(orelse) {
                nested_names_stmt(s, sem, inside, out);
            }
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            exprs(target);
            exprs(iter);
            for s in body.iter().chain(orelse) {
                nested_names_stmt(s, sem, inside, out);
            }
        }
        StmtKind::With { items, body } => {
            for item in items {
                exprs(&item.context);
                if let Some(t) = &item.target {
                    exprs(t);
                }
            }
            for s in body {
                nested_names_stmt(s, sem, inside, out);
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            for h in handlers {
                h.ty.iter().chain(&h.name).for_each(&mut exprs);
            }
            let blocks = body
                .iter()
                .chain(handlers.iter().flat_map(|h| &h.body))
                .chain(orelse)
                .chain(finalbody);
            for s in blocks {
                nested_names_stmt(s, sem, inside, out);
            }
        }
        StmtKind::Return(e) => e.iter().for_each(exprs),
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            if inside {
                out.extend(names.iter().cloned());
            }
        }
        StmtKind::Raise {
            exc,
            cause,
            value,
            traceback,
        } => exc
            .iter()
            .chain(cause)
            .chain(value)
            .chain(traceback)
            .for_each(exprs),
        StmtKind::Assert { test, msg } => {
            exprs(test);
            msg.iter().for_each(exprs);
        }
        StmtKind::Print { dest, values, .. } => dest.iter().chain(values).for_each(exprs),
        StmtKind::Exec {
            body,
            globals,
            locals,
        } => {
            exprs(body);
            globals.iter().chain(locals).for_each(exprs);
        }
        StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
    }
}

fn args_names(args: &Arguments, sem: &Semantics, inside: bool, out: &mut BTreeSet<String>) {
    // Defaults run in the enclosing scope; the parameters themselves belong to the nested one.
    for e in args
        .defaults
        .iter()
        .chain(args.kwonly.iter().filter_map(|(_, d)| d.as_ref()))
    {
        nested_names_expr(e, sem, inside, out);
    }
}

fn comprehension_names(
    elts: &[&Expr],
    generators: &[Comprehension],
    sem: &Semantics,
    inside: bool,
    out: &mut BTreeSet<String>,
) {
    // The outermost iterable runs in the enclosing scope; the rest inside the comprehension.
    for (idx, comp) in generators.iter().enumerate() {
        nested_names_expr(&comp.iter, sem, inside || idx > 0, out);
        nested_names_expr(&comp.target, sem, true, out);
        for e in &comp.ifs {
            nested_names_expr(e, sem, true, out);
        }
    }
    for e in elts {
        nested_names_expr(e, sem, true, out);
    }
}

fn nested_names_expr(expr: &Expr, sem: &Semantics, inside: bool, out: &mut BTreeSet<String>) {
    if let ExprKind::NamedExpr { target, .. } = &expr.kind {
        if inside {
            out.insert(target.clone());
        }
    }
    let mut sub = |e: &Expr| nested_names_expr(e, sem, inside, out);
    match &expr.kind {
        ExprKind::Name(n) => {
            if inside {
                out.insert(n.clone());
            }
        }
        ExprKind::Constant(_) => {}
        ExprKind::BoolOp { values, .. } => values.iter().for_each(sub),
        ExprKind::BinOp { left, right, .. } => {
            sub(left);
            sub(right);
        }
        ExprKind::UnaryOp { operand, .. } => sub(operand),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            sub(left);
            comparators.iter().for_each(sub);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            sub(func);
            args.iter().for_each(&mut sub);
            keywords.iter().for_each(|k| sub(&k.value));
        }
        ExprKind::Attribute { value, .. } => sub(value),
        ExprKind::Subscript { value, index } => {
            sub(value);
            sub(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().chain(upper).chain(step).for_each(|e| sub(e));
        }
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            items.iter().for_each(sub)
        }
        ExprKind::Dict(entries) => {
            for (k, v) in entries {
                if let Some(k) = k {
                    sub(k);
                }
                sub(v);
            }
        }
        ExprKind::ListComp { elt, generators } => {
            if sem.listcomp_leaks {
                sub(elt);
                for comp in generators {
                    sub(&comp.target);
                    sub(&comp.iter);
                    comp.ifs.iter().for_each(&mut sub);
                }
            } else {
                comprehension_names(&[elt], generators, sem, inside, out);
            }
        }
        ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            comprehension_names(&[elt], generators, sem, inside, out)
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => comprehension_names(&[key, value], generators, sem, inside, out),
        ExprKind::Lambda { args, body } => {
            args_names(args, sem, inside, out);
            nested_names_expr(body, sem, true, out);
        }
        ExprKind::IfExp { test, body, orelse } => {
            sub(test);
            sub(body);
            sub(orelse);
        }
        ExprKind::NamedExpr { value, .. } => sub(value),
        ExprKind::Starred(e) | ExprKind::YieldFrom(e) | ExprKind::Repr(e) => sub(e),
        ExprKind::Yield(e) => e.iter().for_each(|e| sub(e)),
        ExprKind::FString(parts) => fstring_names(parts, sem, inside, out),
    }
}

fn fstring_names(parts: &[FStringPart], sem: &Semantics, inside: bool, out: &mut BTreeSet<String>) {
    for part in parts {
        if let FStringPart::Field { value, spec, .. } = part {
            nested_names_expr(value, sem, inside, out);
            fstring_names(spec, sem, inside, out);
        }
    }
}
