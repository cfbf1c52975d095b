//! The scope features a (minimized) program uses, for bucketing: a bucket is the reduction's
//! fingerprint plus the features left in the minimized program, so two divergences that look
//! alike in their observations but need different constructs to show stay apart.
//!
//! Features are read from the AST (and from exec'd literals, parsed recursively), never from
//! the observations; the names are stable strings because they end up in bucket ids.

use std::cell::RefCell;
use std::collections::BTreeSet;

use crate::campaign::verdict::Fingerprint;
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
            if let StmtKind::FunctionDef(f) = &s.kind {
                let nested = f
                    .body
                    .iter()
                    .any(|s| matches!(s.kind, StmtKind::FunctionDef(_)));
                if nested {
                    found.borrow_mut().insert("nested def");
                }
            }
        },
        &mut |e| {
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
        StmtKind::Try { .. } => "try",
        _ => return None,
    })
}

fn expr_feature(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Name(n) => match n.as_str() {
            "exec" => "exec",
            "eval" => "eval",
            "compile" => "compile",
            "locals" => "locals",
            "vars" => "vars",
            "dir" => "dir",
            "globals" => "globals",
            _ => return None,
        },
        ExprKind::Attribute { attr, .. } => match attr.as_str() {
            "f_locals" => "f_locals",
            "_getframe" => "frame",
            _ => return None,
        },
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

/// A bucket's id: the fingerprint's hash, then a hash of the minimized program's features
/// (FNV-1a, like [`Fingerprint::hash`]), as `<fingerprint>-<features>`.
pub fn bucket_id(key: &Fingerprint, features: &[String]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in features.join(",").bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{}-{:08x}", key.hash(), h & 0xffff_ffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_come_from_code_and_exec_d_literals() {
        let src = "def f():\n    x = 1\n    def g():\n        return x\n    exec('del y\\nz = [locals() for i in range(2)]')\n    return sys._getframe().f_locals\n";
        assert_eq!(
            features(src, Dialect::Py3),
            [
                "comprehension",
                "del",
                "exec",
                "f_locals",
                "frame",
                "locals",
                "nested def"
            ]
        );
        assert_eq!(
            features("exec 'global q' in d\n", Dialect::Py2),
            ["exec", "global"]
        );
        assert!(features("x = (", Dialect::Py3).is_empty());
    }
}
