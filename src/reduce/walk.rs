//! Deterministic pre-order walks over the AST that the reduction passes edit through.
//!
//! A pass names its candidate edits by a flat index: the walk counts sites in pre-order and
//! applies the `n`-th edit, so "try edit `n`, and on failure edit `n + 1`" needs no paths and
//! no state besides the number. Walks never enter a probe call's label (its first argument),
//! and the expression walks never enter assignment targets, whose shape the parser checks.

use crate::vm::ast::{
    Arguments, Comprehension, Constant, ExceptHandler, Expr, ExprKind, FStringPart, Stmt, StmtKind,
};

/// The builtin every side installs for probes (DESIGN.md, "Observations").
pub const PROBE: &str = "__observe__";

/// Whether `e` is a probe: any call of `__observe__`.
pub fn is_probe_call(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Call { func, .. } if matches!(&func.kind, ExprKind::Name(n) if n == PROBE))
}

/// The blocks directly inside `s`, in source order.
pub fn child_blocks_mut(s: &mut Stmt) -> Vec<&mut Vec<Stmt>> {
    match &mut s.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => vec![body, orelse],
        StmtKind::With { body, .. } => vec![body],
        StmtKind::FunctionDef(f) => vec![&mut f.body],
        StmtKind::ClassDef(c) => vec![&mut c.body],
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let mut out = vec![body];
            out.extend(handlers.iter_mut().map(|h| &mut h.body));
            out.push(orelse);
            out.push(finalbody);
            out
        }
        _ => Vec::new(),
    }
}

/// Calls `f` on every block (the module body first, then nested ones in pre-order) until it
/// returns `true`.
pub fn blocks_mut(body: &mut Vec<Stmt>, f: &mut dyn FnMut(&mut Vec<Stmt>) -> bool) -> bool {
    if f(body) {
        return true;
    }
    for s in body.iter_mut() {
        for child in child_blocks_mut(s) {
            if blocks_mut(child, f) {
                return true;
            }
        }
    }
    false
}

/// Applies the `n`-th statement replacement: `variants(stmt)` lists what a statement may be
/// replaced by (each a list of statements); sites are counted in pre-order.
pub fn replace_nth_stmt(
    body: &mut Vec<Stmt>,
    n: &mut usize,
    variants: &mut dyn FnMut(&Stmt) -> Vec<Vec<Stmt>>,
) -> bool {
    let mut j = 0;
    while j < body.len() {
        let vs = variants(&body[j]);
        if *n < vs.len() {
            let replacement = vs.into_iter().nth(*n).unwrap_or_default();
            body.splice(j..=j, replacement);
            return true;
        }
        *n -= vs.len();
        for child in child_blocks_mut(&mut body[j]) {
            if replace_nth_stmt(child, n, variants) {
                return true;
            }
        }
        j += 1;
    }
    false
}

/// The expressions a statement evaluates (not its targets), in source order.
fn stmt_exprs_mut(s: &mut Stmt) -> Vec<&mut Expr> {
    match &mut s.kind {
        StmtKind::Expr(e) => vec![e],
        StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => vec![value],
        StmtKind::If { test, .. } | StmtKind::While { test, .. } => vec![test],
        StmtKind::For { iter, .. } => vec![iter],
        StmtKind::With { items, .. } => items.iter_mut().map(|i| &mut i.context).collect(),
        StmtKind::FunctionDef(f) => {
            let mut out: Vec<&mut Expr> = f.decorators.iter_mut().collect();
            out.extend(argument_exprs_mut(&mut f.args));
            out
        }
        StmtKind::ClassDef(c) => {
            let mut out: Vec<&mut Expr> = c.decorators.iter_mut().collect();
            out.extend(c.bases.iter_mut());
            out.extend(c.keywords.iter_mut().map(|k| &mut k.value));
            out
        }
        StmtKind::Return(v) => v.iter_mut().collect(),
        StmtKind::Raise {
            exc,
            cause,
            value,
            traceback,
        } => exc
            .iter_mut()
            .chain(value.iter_mut())
            .chain(traceback.iter_mut())
            .chain(cause.iter_mut())
            .collect(),
        StmtKind::Assert { test, msg } => std::iter::once(test).chain(msg.iter_mut()).collect(),
        StmtKind::Print { dest, values, .. } => dest.iter_mut().chain(values.iter_mut()).collect(),
        StmtKind::Exec {
            body,
            globals,
            locals,
        } => std::iter::once(body)
            .chain(globals.iter_mut())
            .chain(locals.iter_mut())
            .collect(),
        StmtKind::Try { handlers, .. } => {
            handlers.iter_mut().filter_map(|h| h.ty.as_mut()).collect()
        }
        StmtKind::Del(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => Vec::new(),
    }
}

fn argument_exprs_mut(a: &mut Arguments) -> Vec<&mut Expr> {
    let mut out: Vec<&mut Expr> = a.defaults.iter_mut().collect();
    out.extend(a.kwonly.iter_mut().filter_map(|(_, d)| d.as_mut()));
    out
}

/// The sub-expressions an expression evaluates (not comprehension targets), in source order.
/// A probe call yields only its arguments after the label.
fn expr_children_mut(e: &mut Expr) -> Vec<&mut Expr> {
    let probe = is_probe_call(e);
    match &mut e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => Vec::new(),
        ExprKind::BoolOp { values, .. } => values.iter_mut().collect(),
        ExprKind::BinOp { left, right, .. } => vec![&mut **left, &mut **right],
        ExprKind::UnaryOp { operand, .. } => vec![&mut **operand],
        ExprKind::Compare {
            left, comparators, ..
        } => std::iter::once(&mut **left)
            .chain(comparators.iter_mut())
            .collect(),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            if probe {
                return args.iter_mut().skip(1).collect();
            }
            std::iter::once(&mut **func)
                .chain(args.iter_mut())
                .chain(keywords.iter_mut().map(|k| &mut k.value))
                .collect()
        }
        ExprKind::Attribute { value, .. } => vec![&mut **value],
        ExprKind::Subscript { value, index } => vec![&mut **value, &mut **index],
        ExprKind::Slice { lower, upper, step } => lower
            .iter_mut()
            .chain(upper.iter_mut())
            .chain(step.iter_mut())
            .map(|b| &mut **b)
            .collect(),
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            items.iter_mut().collect()
        }
        ExprKind::Dict(items) => items
            .iter_mut()
            .flat_map(|(k, v)| k.iter_mut().chain(std::iter::once(v)))
            .collect(),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            let mut out = vec![&mut **elt];
            out.extend(comprehension_exprs_mut(generators));
            out
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            let mut out = vec![&mut **key, &mut **value];
            out.extend(comprehension_exprs_mut(generators));
            out
        }
        ExprKind::Lambda { args, body } => {
            let mut out = argument_exprs_mut(args);
            out.push(&mut **body);
            out
        }
        ExprKind::IfExp { test, body, orelse } => vec![&mut **body, &mut **test, &mut **orelse],
        ExprKind::NamedExpr { value, .. } => vec![&mut **value],
        ExprKind::Starred(inner) | ExprKind::YieldFrom(inner) | ExprKind::Repr(inner) => {
            vec![&mut **inner]
        }
        ExprKind::Yield(v) => v.iter_mut().map(|b| &mut **b).collect(),
        ExprKind::FString(parts) => fstring_exprs_mut(parts),
    }
}

fn comprehension_exprs_mut(gens: &mut [Comprehension]) -> Vec<&mut Expr> {
    let mut out = Vec::new();
    for g in gens {
        out.push(&mut g.iter);
        out.extend(g.ifs.iter_mut());
    }
    out
}

fn fstring_exprs_mut(parts: &mut [FStringPart]) -> Vec<&mut Expr> {
    let mut out = Vec::new();
    for p in parts {
        if let FStringPart::Field {
            value,
            spec,
            debug_text: None,
            ..
        } = p
        {
            out.push(&mut **value);
            out.extend(fstring_exprs_mut(spec));
        }
    }
    out
}

/// Applies the `n`-th expression replacement over a block and everything in it.
pub fn replace_nth_expr(
    body: &mut [Stmt],
    n: &mut usize,
    variants: &mut dyn FnMut(&Expr) -> Vec<Expr>,
) -> bool {
    for s in body.iter_mut() {
        for e in stmt_exprs_mut(s) {
            if replace_in_expr(e, n, variants) {
                return true;
            }
        }
        for child in child_blocks_mut(s) {
            if replace_nth_expr(child, n, variants) {
                return true;
            }
        }
    }
    false
}

fn replace_in_expr(
    e: &mut Expr,
    n: &mut usize,
    variants: &mut dyn FnMut(&Expr) -> Vec<Expr>,
) -> bool {
    // A probe is kept as written, arguments and all: its `locals()` call is part of the
    // semantics being observed (DESIGN.md, "Observations").
    if is_probe_call(e) {
        return false;
    }
    let vs = variants(e);
    if *n < vs.len() {
        if let Some(v) = vs.into_iter().nth(*n) {
            *e = v;
        }
        return true;
    }
    *n -= vs.len();
    for child in expr_children_mut(e) {
        if replace_in_expr(child, n, variants) {
            return true;
        }
    }
    false
}

/// How an identifier occurs, for renaming.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ident {
    /// A name that the program binds (assignment and loop targets, parameters, `def`/`class`
    /// names, `global`/`nonlocal`, `except ... as`, imports' local names, `:=`).
    Bind,
    /// A name that is read, or a keyword argument's name.
    Use,
    /// The text of a string constant that is not a probe label (it may be exec'd code).
    Text,
}

/// Calls `f` on every identifier and string text in `body`, including targets, in
/// pre-order. Attribute names, imported module names and probe labels are not visited.
pub fn idents_mut(body: &mut [Stmt], f: &mut dyn FnMut(&mut String, Ident)) {
    for s in body {
        stmt_idents(s, f);
    }
}

fn stmt_idents(s: &mut Stmt, f: &mut dyn FnMut(&mut String, Ident)) {
    match &mut s.kind {
        StmtKind::Assign { targets, .. } => {
            for t in targets {
                target_idents(t, f);
            }
        }
        StmtKind::AugAssign { target, .. } => target_idents(target, f),
        StmtKind::Del(targets) => {
            for t in targets {
                target_idents(t, f);
            }
        }
        StmtKind::For { target, .. } => target_idents(target, f),
        StmtKind::With { items, .. } => {
            for item in items {
                if let Some(t) = &mut item.target {
                    target_idents(t, f);
                }
            }
        }
        StmtKind::FunctionDef(func) => {
            f(&mut func.name, Ident::Bind);
            args_idents(&mut func.args, f);
        }
        StmtKind::ClassDef(c) => {
            f(&mut c.name, Ident::Bind);
            for k in &mut c.keywords {
                if let Some(a) = &mut k.arg {
                    f(a, Ident::Use);
                }
            }
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            for n in names {
                f(n, Ident::Bind);
            }
        }
        StmtKind::Try { handlers, .. } => {
            for ExceptHandler { name, .. } in handlers {
                if let Some(t) = name {
                    target_idents(t, f);
                }
            }
        }
        StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
            for a in aliases {
                if let Some(n) = &mut a.asname {
                    f(n, Ident::Bind);
                }
            }
        }
        _ => {}
    }
    for e in stmt_exprs_mut(s) {
        expr_idents(e, f);
    }
    for child in child_blocks_mut(s) {
        idents_mut(child, f);
    }
}

fn args_idents(a: &mut Arguments, f: &mut dyn FnMut(&mut String, Ident)) {
    for n in &mut a.args {
        f(n, Ident::Bind);
    }
    if let Some(n) = &mut a.vararg {
        f(n, Ident::Bind);
    }
    for (n, _) in &mut a.kwonly {
        f(n, Ident::Bind);
    }
    if let Some(n) = &mut a.kwarg {
        f(n, Ident::Bind);
    }
}

/// A target binds its bare names; inside subscripts and attributes it reads.
fn target_idents(t: &mut Expr, f: &mut dyn FnMut(&mut String, Ident)) {
    match &mut t.kind {
        ExprKind::Name(n) => f(n, Ident::Bind),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                target_idents(i, f);
            }
        }
        ExprKind::Starred(inner) => target_idents(inner, f),
        _ => expr_idents(t, f),
    }
}

fn expr_idents(e: &mut Expr, f: &mut dyn FnMut(&mut String, Ident)) {
    let probe = is_probe_call(e);
    match &mut e.kind {
        ExprKind::Name(n) => f(n, Ident::Use),
        ExprKind::Constant(Constant::Str { value, .. }) => f(value, Ident::Text),
        ExprKind::Call { args, keywords, .. } if probe => {
            // The label names the probe site; the fingerprint keeps it, so it stays.
            for a in args.iter_mut().skip(1) {
                expr_idents(a, f);
            }
            for k in keywords {
                expr_idents(&mut k.value, f);
            }
        }
        ExprKind::Call { keywords, .. } => {
            for k in keywords.iter_mut() {
                if let Some(a) = &mut k.arg {
                    f(a, Ident::Use);
                }
            }
            for c in expr_children_mut(e) {
                expr_idents(c, f);
            }
        }
        ExprKind::Lambda { args, .. } => {
            args_idents(args, f);
            for c in expr_children_mut(e) {
                expr_idents(c, f);
            }
        }
        ExprKind::NamedExpr { target, .. } => {
            f(target, Ident::Bind);
            for c in expr_children_mut(e) {
                expr_idents(c, f);
            }
        }
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => {
            for g in generators.iter_mut() {
                target_idents(&mut g.target, f);
            }
            for c in expr_children_mut(e) {
                expr_idents(c, f);
            }
        }
        _ => {
            for c in expr_children_mut(e) {
                expr_idents(c, f);
            }
        }
    }
}

/// The labels of a program's probes, each prefixed by the kind of its innermost scope (`f` a
/// `def`, `c` a `class`, nothing at module level), then an `e` for each literal run by
/// `exec`/`eval`/`compile` inside it, and a `/`: `fe/f1.x2#3` is a probe exec'd in a function.
/// Outer nesting may change (a reduction may drop an enclosing `def`). The label is the call's first
/// argument (`?` when it is not a string literal); probes written inside exec'd literals count
/// too. Moving a probe to another kind of scope (flattening its `def`) changes its entry, so the
/// reducer cannot quietly turn a function's `locals()` into the module's.
pub fn probe_labels(body: &[Stmt]) -> Vec<String> {
    let mut body = body.to_vec();
    let mut out = Vec::new();
    scoped_labels(&mut body, &mut String::new(), &mut out);
    out
}

fn scoped_labels(body: &mut [Stmt], path: &mut String, out: &mut Vec<String>) {
    let inner = innermost(path).to_string();
    for s in body.iter_mut() {
        if let Some(text) = super::pass::exec_stmt_literal(s) {
            out.extend(
                labels_in_text(text)
                    .into_iter()
                    .map(|l| format!("{inner}e/{l}")),
            );
        }
        for e in stmt_exprs_mut(s) {
            expr_labels(e, &inner, out);
        }
        let kind = match &s.kind {
            StmtKind::FunctionDef(_) => Some('f'),
            StmtKind::ClassDef(_) => Some('c'),
            _ => None,
        };
        if let Some(k) = kind {
            path.push(k);
        }
        for child in child_blocks_mut(s) {
            scoped_labels(child, path, out);
        }
        if kind.is_some() {
            path.pop();
        }
    }
}

fn expr_labels(e: &mut Expr, path: &str, out: &mut Vec<String>) {
    if is_probe_call(e) {
        if let ExprKind::Call { args, .. } = &e.kind {
            let label = match args.first().map(|a| &a.kind) {
                Some(ExprKind::Constant(Constant::Str { value, .. })) => value.as_str(),
                _ => "?",
            };
            out.push(format!("{path}/{label}"));
        }
    }
    if let Some((text, _)) = super::pass::exec_literal(e) {
        out.extend(
            labels_in_text(text)
                .into_iter()
                .map(|l| format!("{path}e/{l}")),
        );
    }
    for c in expr_children_mut(e) {
        expr_labels(c, path, out);
    }
}

/// The innermost `def`/`class` of a scope path, with the exec levels inside it.
fn innermost(path: &str) -> &str {
    path.rfind(['f', 'c']).map_or(path, |i| &path[i..])
}

/// The label part of a [`probe_labels`] entry.
pub fn bare_label(entry: &str) -> &str {
    entry.split_once('/').map_or(entry, |(_, l)| l)
}

/// The byte span of the first probe label written in `text` (the characters between the
/// quotes of `__observe__('label', ...)`, whatever escaping the quotes carry).
pub fn next_label_span(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(at) = text[from..].find(PROBE) {
        let after = from + at + PROBE.len();
        let rest = &text[after..];
        let trimmed = rest.trim_start();
        if let Some(inner) = trimmed.strip_prefix('(') {
            let inner_t = inner.trim_start().trim_start_matches('\\');
            if let Some(body) = inner_t.strip_prefix(['\'', '"']) {
                let start = text.len() - body.len();
                let len = body.find(['\'', '"', '\\']).unwrap_or(body.len());
                return Some((start, start + len));
            }
        }
        from = after;
    }
    None
}

/// Labels of `__observe__('label', ...)` calls written in source text.
fn labels_in_text(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices(PROBE) {
        let rest = text[at + PROBE.len()..].trim_start();
        let Some(rest) = rest.strip_prefix('(') else {
            continue;
        };
        // A literal nested in a literal writes its quotes escaped: `__observe__(\'f1#2\', ...`.
        let rest = rest.trim_start().trim_start_matches('\\');
        let label = match rest.strip_prefix(['\'', '"']) {
            Some(body) => body
                .split(['\'', '"', '\\'])
                .next()
                .unwrap_or("?")
                .to_string(),
            None => "?".to_string(),
        };
        out.push(label);
    }
    out
}

/// Calls `f` on every evaluated expression (not targets) in pre-order, probe calls included.
pub fn exprs_mut(body: &mut [Stmt], f: &mut dyn FnMut(&mut Expr)) {
    stmts_and_exprs_mut(body, &mut |_| {}, f);
}

/// Calls `fs` on every statement and `fe` on every evaluated expression, in pre-order: a
/// statement, then its expressions, then its blocks.
pub fn stmts_and_exprs_mut(
    body: &mut [Stmt],
    fs: &mut dyn FnMut(&mut Stmt),
    fe: &mut dyn FnMut(&mut Expr),
) {
    for s in body.iter_mut() {
        fs(s);
        for e in stmt_exprs_mut(s) {
            visit_expr(e, fe);
        }
        for child in child_blocks_mut(s) {
            stmts_and_exprs_mut(child, fs, fe);
        }
    }
}

/// Calls `fe` on `e` and every expression inside it, in pre-order.
pub fn visit_expr(e: &mut Expr, fe: &mut dyn FnMut(&mut Expr)) {
    fe(e);
    for c in expr_children_mut(e) {
        visit_expr(c, fe);
    }
}

#[cfg(test)]
mod tests {
    use super::labels_in_text;

    #[test]
    fn labels_are_read_through_nested_literals() {
        assert_eq!(
            labels_in_text(
                "__observe__('a#1', x)\nexec('__observe__(\\'b#2\\', y)')\n__observe__(z)"
            ),
            vec!["a#1", "b#2", "?"]
        );
    }
}
