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
//! picks the probe's form (`locals()`, `sorted(...)` of `vars()` through a generator
//! expression, a comprehension of `locals()`) at random, and that choice is not part of any
//! divergence. Likewise `exec` or `eval` of code that only evaluates expressions (a probe,
//! a name, a `print`) is a read of the namespace the code runs in, not an `exec` feature: the
//! `exec` mechanism proper is what exec'd stores and deletes do. `del` is the deletion of a
//! name; `del d[k]` is a dict operation.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use crate::campaign::verdict::{fnv1a, Fingerprint};
use crate::version::Dialect;
use crate::vm::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::vm::parser::{parse_module, ParseOptions};

use super::pass::{exec_code, exec_literal, parse_code, str_constant, CodeMode};
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
    // Code reached through a variable: `b = 'del v'` or `b = compile(...)`, then `exec b`.
    let held: RefCell<BTreeMap<String, (String, CodeMode)>> = RefCell::new(BTreeMap::new());
    // The code an `exec` (statement or call) runs: a literal, or one held in a variable.
    let code_of = |code: &Expr, mode: CodeMode| match &code.kind {
        ExprKind::Name(n) => held.borrow().get(n).cloned(),
        _ => str_constant(code).map(|t| (t.to_string(), mode)),
    };
    // Running code that only reads (expressions, `print`) is a read of the namespace it runs
    // in; the `exec` mechanism proper is what exec'd stores and deletes do.
    let run = |code: Option<(String, CodeMode)>| -> bool {
        let Some((text, mode)) = code else {
            return false;
        };
        let reads = only_reads(&text, mode, dialect);
        if reads {
            found.borrow_mut().insert("namespace");
        }
        literals.borrow_mut().push((text, mode));
        reads
    };
    walk::stmts_and_exprs_mut(
        &mut body,
        &mut |s| {
            let reads = match &s.kind {
                StmtKind::Exec { body, .. } => run(match &body.kind {
                    ExprKind::Tuple(items) => {
                        items.first().and_then(|c| code_of(c, CodeMode::Module))
                    }
                    _ => code_of(body, CodeMode::Module),
                }),
                _ => false,
            };
            if let Some(f) = stmt_feature(s).filter(|_| !reads) {
                found.borrow_mut().insert(f);
            }
            if let StmtKind::Assign { targets, value } = &s.kind {
                let code = str_constant(value)
                    .map(|t| (t.to_string(), CodeMode::Module))
                    .or_else(|| exec_literal(value).map(|(t, m)| (t.to_string(), m)));
                if let ([target], Some(code)) = (&targets[..], code) {
                    if let ExprKind::Name(n) = &target.kind {
                        held.borrow_mut().insert(n.clone(), code);
                    }
                }
            }
            // Targets are not visited as expressions: `locals()['x'] = 1` reads a namespace.
            let targets = match &s.kind {
                StmtKind::Assign { targets, .. } | StmtKind::Del(targets) => &targets[..],
                _ => &[],
            };
            if targets.iter().any(reads_namespace) {
                found.borrow_mut().insert("namespace");
            }
        },
        &mut |e| {
            if walk::is_probe_call(e) {
                if let ExprKind::Call { args, keywords, .. } = &mut e.kind {
                    if args.iter().any(reads_namespace) {
                        found.borrow_mut().insert("namespace");
                    }
                    // Nothing else inside a probe's argument counts.
                    args.clear();
                    keywords.clear();
                }
                return;
            }
            let runs = matches!(&e.kind, ExprKind::Call { func, .. }
                if matches!(&func.kind, ExprKind::Name(n) if n == "exec" || n == "eval"));
            if runs && run(exec_code(e).and_then(|(c, m)| code_of(c, m))) {
                // Not an `exec`/`eval` feature: rename the callee before it is visited.
                if let ExprKind::Call { func, .. } = &mut e.kind {
                    func.kind = ExprKind::Name(walk::PROBE.into());
                }
            } else if !runs {
                if let Some((text, mode)) = exec_literal(e) {
                    // `compile` of a literal: its code counts where it is run.
                    literals.borrow_mut().push((text.to_string(), mode));
                }
            }
            if let Some(f) = expr_feature(e) {
                found.borrow_mut().insert(f);
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
        StmtKind::Del(targets) if targets.iter().any(|t| matches!(t.kind, ExprKind::Name(_))) => {
            "del"
        }
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

/// Whether code only evaluates expressions (and 2.7 `print`s them): it binds, deletes and
/// defines nothing in the namespace it runs in.
fn only_reads(text: &str, mode: CodeMode, dialect: Dialect) -> bool {
    parse_code(text, mode, dialect).is_some_and(|body| {
        !body.is_empty()
            && body.iter().all(|s| {
                matches!(&s.kind, StmtKind::Expr(e)
                    if !any_inside(e, &|x| matches!(x.kind, ExprKind::NamedExpr { .. })))
                    || matches!(&s.kind, StmtKind::Print { .. })
            })
    })
}

/// Whether `e` reads a scope's namespace anywhere inside it.
fn reads_namespace(e: &Expr) -> bool {
    any_inside(e, &|x| expr_feature(x) == Some("namespace"))
}

/// Whether `pred` holds for `e` or an expression inside it.
fn any_inside(e: &Expr, pred: &dyn Fn(&Expr) -> bool) -> bool {
    let mut e = e.clone();
    let mut found = false;
    walk::visit_expr(&mut e, &mut |x| found |= pred(x));
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
        // Exec'd code that only observes reads a namespace.
        assert_eq!(
            features(
                "def f():\n    exec('__observe__(\\'x\\', locals())')\n",
                Dialect::Py3
            ),
            ["namespace"]
        );
        assert_eq!(
            features("exec '__observe__(1, vars())'\n", Dialect::Py2),
            ["namespace"]
        );
        // Code that only reads, run through a variable, is a namespace read too.
        assert_eq!(
            features(
                "def f():\n    d = compile('b\\n', '', 'single')\n    exec(d)\n",
                Dialect::Py3
            ),
            ["namespace"]
        );
        // Code reached through a variable counts too.
        assert_eq!(
            features("def f(v):\n    b = 'del v'\n    exec b\n", Dialect::Py2),
            ["del", "exec"]
        );
    }

    #[test]
    fn probes_count_only_for_their_namespace_read() {
        let probe =
            "__observe__('f#1', sorted((k, v) for k, v in vars().items() if k[:2] != '__'))\n";
        assert_eq!(features(probe, Dialect::Py3), ["namespace"]);
        assert!(features("__observe__('m#1', [i for i in x])\n", Dialect::Py3).is_empty());
        assert_eq!(
            features("__observe__('m#1', [locals() for i in x])\n", Dialect::Py3),
            ["namespace"]
        );
        // Deleting a dict entry is not deleting a name.
        assert_eq!(features("del locals()['x']\n", Dialect::Py3), ["namespace"]);
        // `compile` only makes the code that `exec` runs.
        assert_eq!(
            features("exec(compile('x = 1', '', 'exec'))\n", Dialect::Py3),
            features("exec('x = 1')\n", Dialect::Py3)
        );
    }
}
