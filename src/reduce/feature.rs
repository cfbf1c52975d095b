//! The scope mechanisms a (minimized) program uses, for bucketing: a bucket is the
//! divergence's class plus the mechanisms left in the minimized program, so two divergences
//! that look alike in their observations but need different constructs to show stay apart,
//! and one mistake that shows through different scaffolding lands in one bucket.
//!
//! Features are read from the AST (and from exec'd literals, parsed recursively), never from
//! the observations; the names are stable strings because they end up in bucket ids. They
//! name mechanisms, not syntax: `compile` only makes the code that `exec` or `eval` runs, so
//! it adds nothing of its own; `locals()`, `vars()`, `dir()` and `f_locals` all read a scope's
//! namespace (`namespace`); a nested `def` or a `try` is structure. A probe's argument
//! (DESIGN.md, "Observations") counts only for the namespace read it performs: the generator
//! picks the probe's form (`locals()`, or `sorted(...)` of `vars()` through a generator
//! expression) at random, and that choice is not part of any divergence.

use std::cell::RefCell;
use std::collections::BTreeSet;

use crate::campaign::verdict::{fnv1a, Fingerprint};
use crate::version::Dialect;
use crate::vm::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::vm::parser::{parse_module, ParseOptions};

use super::pass::{exec_literal, exec_stmt_literal, parse_code};
use super::walk;

/// The features of `src` in `dialect`, sorted; empty when it does not parse.
pub fn features(src: &str, dialect: Dialect) -> Vec<String> {
    let Ok(m) = parse_module(src, &ParseOptions::new(dialect)) else {
        return Vec::new();
    };
    let mut out = BTreeSet::new();
    collect(&m.body, dialect, 0, &mut out);
    out.into_iter().map(str::to_owned).collect()
}

fn collect(body: &[Stmt], dialect: Dialect, depth: u32, out: &mut BTreeSet<&'static str>) {
    let mut body = body.to_vec();
    let found = RefCell::new(BTreeSet::new());
    let literals = RefCell::new(Vec::new());
    walk::stmts_and_exprs_mut(
        &mut body,
        &mut |s| {
            if let Some(f) = stmt_feature(s) {
                found.borrow_mut().insert(f);
            }
            if let Some(text) = exec_stmt_literal(s) {
                literals
                    .borrow_mut()
                    .push((text.to_string(), super::pass::CodeMode::Module));
            }
        },
        &mut |e| {
            if walk::is_probe_call(e) {
                if let ExprKind::Call { args, keywords, .. } = &mut e.kind {
                    for arg in args.iter() {
                        probe_features(arg, &mut found.borrow_mut());
                    }
                    // Nothing else inside a probe's argument counts.
                    args.clear();
                    keywords.clear();
                }
                return;
            }
            if let Some(f) = expr_feature(e) {
                found.borrow_mut().insert(f);
            }
            if let Some((text, mode)) = exec_literal(e) {
                literals.borrow_mut().push((text.to_string(), mode));
            }
        },
    );
    out.extend(found.into_inner());
    // Code run by exec is part of the program; a bounded depth guards pathological nesting.
    if depth < 8 {
        for (text, mode) in literals.into_inner() {
            if let Some(inner) = parse_code(&text, mode, dialect) {
                collect(&inner, dialect, depth + 1, out);
            }
        }
    }
}

fn stmt_feature(s: &Stmt) -> Option<&'static str> {
    Some(match &s.kind {
        StmtKind::Del(_) => "del",
        StmtKind::Global(_) => "global",
        StmtKind::Nonlocal(_) => "nonlocal",
        StmtKind::Exec { .. } => "exec",
        StmtKind::ClassDef(_) => "class",
        _ => return None,
    })
}

fn expr_feature(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Name(n) => match n.as_str() {
            "exec" => "exec",
            "eval" => "eval",
            "locals" | "vars" | "dir" => "namespace",
            "globals" => "globals",
            _ => return None,
        },
        ExprKind::Attribute { attr, .. } if attr == "f_locals" => "namespace",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. } => "comprehension",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield",
        ExprKind::NamedExpr { .. } => "walrus",
        _ => return None,
    })
}

/// What a probe's argument adds: `namespace` when it reads a namespace, and `comprehension`
/// when such a read runs in a comprehension's own scope (its element, its conditions, or an
/// iterable after the first; the first is evaluated in the enclosing scope).
fn probe_features(arg: &Expr, out: &mut BTreeSet<&'static str>) {
    let mut arg = arg.clone();
    walk::visit_expr(&mut arg, &mut |x| {
        if expr_feature(x) == Some("namespace") {
            out.insert("namespace");
        }
        let (parts, generators) = match &x.kind {
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => (vec![&**elt], generators),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (vec![&**key, &**value], generators),
            _ => return,
        };
        let inner = generators
            .iter()
            .enumerate()
            .flat_map(|(i, g)| (i > 0).then_some(&g.iter).into_iter().chain(&g.ifs));
        if parts.into_iter().chain(inner).any(reads_namespace) {
            out.insert("comprehension");
        }
    });
}

/// Whether `e` reads a scope's namespace anywhere inside it.
fn reads_namespace(e: &Expr) -> bool {
    let mut e = e.clone();
    let mut found = false;
    walk::visit_expr(&mut e, &mut |x| {
        found |= expr_feature(x) == Some("namespace")
    });
    found
}

/// A bucket's id: the hash of the divergence's class ([`Fingerprint::class_hash`]), then a
/// hash of the minimized program's features (FNV-1a), as `<class>-<features>`.
pub fn bucket_id(key: &Fingerprint, features: &[String]) -> String {
    format!(
        "{}-{:08x}",
        key.class_hash(),
        fnv1a(features.join(",").as_bytes()) & 0xffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_come_from_code_and_exec_d_literals() {
        let src = "def f():\n    x = 1\n    def g():\n        return x\n    exec('del y\\nz = [locals() for i in range(2)]')\n    return sys._getframe().f_locals\n";
        assert_eq!(
            features(src, Dialect::Py3),
            ["comprehension", "del", "exec", "namespace"]
        );
        assert_eq!(
            features("exec 'global q' in d\n", Dialect::Py2),
            ["exec", "global"]
        );
        assert!(features("x = (", Dialect::Py3).is_empty());
    }

    #[test]
    fn probes_count_only_for_their_namespace_read() {
        let probe =
            "__observe__('f#1', sorted((k, v) for k, v in vars().items() if k[:2] != '__'))\n";
        assert_eq!(features(probe, Dialect::Py3), ["namespace"]);
        assert!(features("__observe__('m#1', [i for i in x])\n", Dialect::Py3).is_empty());
        // A read in the comprehension's own scope makes the comprehension part of it.
        assert_eq!(
            features("__observe__('m#1', [locals() for i in x])\n", Dialect::Py3),
            ["comprehension", "namespace"]
        );
        // `compile` only makes the code that `exec` runs.
        assert_eq!(
            features("exec(compile('x = 1', '', 'exec'))\n", Dialect::Py3),
            features("exec('x = 1')\n", Dialect::Py3)
        );
    }
}
