//! AST → source for one dialect, as the reducer needs it to test each candidate.
//!
//! This is the reducer's own renderer until `vm::printer` (issue 3) lands on main; the rest of
//! `reduce` only calls [`module`], so switching is one line. The output re-parses to the same
//! tree (modulo line numbers): expressions are parenthesised by precedence, tuples always
//! carry their parentheses (except as a subscript index, where a slice may not be), and every
//! string is written with ASCII-only escapes so no coding declaration is ever needed on 2.7.
//!
//! It depends on `vm::ast` and `version::Dialect` only.

use std::fmt::Write as _;

use crate::version::Dialect;
use crate::vm::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, ExceptHandler, Expr, ExprKind,
    FStringPart, Keyword, Module, Stmt, StmtKind, StrKind, UnaryOp,
};

/// Renders a module; the text ends with a newline unless the module is empty.
pub fn module(m: &Module, dialect: Dialect) -> String {
    let mut p = Printer {
        out: String::new(),
        dialect,
    };
    p.block(&m.body, 0, false);
    p.out
}

/// Renders one expression (for `eval` strings).
pub fn expression(e: &Expr, dialect: Dialect) -> String {
    let mut p = Printer {
        out: String::new(),
        dialect,
    };
    p.expr(e, Prec::Test)
}

struct Printer {
    out: String,
    dialect: Dialect,
}

/// Binding strength, loosest first (the Python grammar's levels).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Test,
    Lambda,
    IfExp,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Unary,
    Power,
    Primary,
    Atom,
}

fn binop(op: BinOp) -> (&'static str, Prec) {
    match op {
        BinOp::Add => ("+", Prec::Arith),
        BinOp::Sub => ("-", Prec::Arith),
        BinOp::Mult => ("*", Prec::Term),
        BinOp::MatMult => ("@", Prec::Term),
        BinOp::Div => ("/", Prec::Term),
        BinOp::Mod => ("%", Prec::Term),
        BinOp::FloorDiv => ("//", Prec::Term),
        BinOp::Pow => ("**", Prec::Power),
        BinOp::LShift => ("<<", Prec::Shift),
        BinOp::RShift => (">>", Prec::Shift),
        BinOp::BitOr => ("|", Prec::BitOr),
        BinOp::BitXor => ("^", Prec::BitXor),
        BinOp::BitAnd => ("&", Prec::BitAnd),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

impl Printer {
    fn line(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// A block; `required` bodies that are empty get a `pass`.
    fn block(&mut self, body: &[Stmt], depth: usize, required: bool) {
        if body.is_empty() && required {
            self.line(depth, "pass");
        }
        for s in body {
            self.stmt(s, depth);
        }
    }

    fn stmt(&mut self, s: &Stmt, depth: usize) {
        match &s.kind {
            StmtKind::Expr(e) => {
                let text = self.expr(e, Prec::Test);
                self.line(depth, &text);
            }
            StmtKind::Assign { targets, value } => {
                let mut text = String::new();
                for t in targets {
                    text.push_str(&self.expr(t, Prec::Test));
                    text.push_str(" = ");
                }
                text.push_str(&self.expr(value, Prec::Test));
                self.line(depth, &text);
            }
            StmtKind::AugAssign { target, op, value } => {
                let text = format!(
                    "{} {}= {}",
                    self.expr(target, Prec::Test),
                    binop(*op).0,
                    self.expr(value, Prec::Test)
                );
                self.line(depth, &text);
            }
            StmtKind::Del(targets) => {
                let text = format!("del {}", self.list(targets));
                self.line(depth, &text);
            }
            StmtKind::Pass => self.line(depth, "pass"),
            StmtKind::Break => self.line(depth, "break"),
            StmtKind::Continue => self.line(depth, "continue"),
            StmtKind::If { test, body, orelse } => {
                let text = format!("if {}:", self.expr(test, Prec::Test));
                self.line(depth, &text);
                self.block(body, depth + 1, true);
                self.orelse_chain(orelse, depth);
            }
            StmtKind::While { test, body, orelse } => {
                let text = format!("while {}:", self.expr(test, Prec::Test));
                self.line(depth, &text);
                self.block(body, depth + 1, true);
                self.else_block(orelse, depth);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let text = format!(
                    "for {} in {}:",
                    self.expr(target, Prec::Test),
                    self.expr(iter, Prec::Test)
                );
                self.line(depth, &text);
                self.block(body, depth + 1, true);
                self.else_block(orelse, depth);
            }
            StmtKind::With { items, body } => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|item| {
                        let mut t = self.expr(&item.context, Prec::Test);
                        if let Some(target) = &item.target {
                            t.push_str(" as ");
                            t.push_str(&self.expr(target, Prec::Test));
                        }
                        t
                    })
                    .collect();
                self.line(depth, &format!("with {}:", parts.join(", ")));
                self.block(body, depth + 1, true);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    let text = format!("@{}", self.expr(d, Prec::Test));
                    self.line(depth, &text);
                }
                let text = format!("def {}({}):", f.name, self.arguments(&f.args));
                self.line(depth, &text);
                self.block(&f.body, depth + 1, true);
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    let text = format!("@{}", self.expr(d, Prec::Test));
                    self.line(depth, &text);
                }
                let mut parts: Vec<String> =
                    c.bases.iter().map(|b| self.expr(b, Prec::Test)).collect();
                parts.extend(c.keywords.iter().map(|k| self.keyword(k)));
                let text = if parts.is_empty() {
                    format!("class {}:", c.name)
                } else {
                    format!("class {}({}):", c.name, parts.join(", "))
                };
                self.line(depth, &text);
                self.block(&c.body, depth + 1, true);
            }
            StmtKind::Return(value) => {
                let text = match value {
                    Some(v) => format!("return {}", self.expr(v, Prec::Test)),
                    None => "return".into(),
                };
                self.line(depth, &text);
            }
            StmtKind::Global(names) => self.line(depth, &format!("global {}", names.join(", "))),
            StmtKind::Nonlocal(names) => {
                self.line(depth, &format!("nonlocal {}", names.join(", ")))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.line(depth, "try:");
                self.block(body, depth + 1, true);
                for h in handlers {
                    self.handler(h, depth);
                }
                if !handlers.is_empty() {
                    self.else_block(orelse, depth);
                }
                if !finalbody.is_empty() || handlers.is_empty() {
                    self.line(depth, "finally:");
                    self.block(finalbody, depth + 1, true);
                }
            }
            StmtKind::Raise {
                exc,
                cause,
                value,
                traceback,
            } => {
                let mut text = String::from("raise");
                if let Some(e) = exc {
                    text.push(' ');
                    text.push_str(&self.expr(e, Prec::Test));
                    if let Some(v) = value {
                        text.push_str(", ");
                        text.push_str(&self.expr(v, Prec::Test));
                        if let Some(tb) = traceback {
                            text.push_str(", ");
                            text.push_str(&self.expr(tb, Prec::Test));
                        }
                    }
                    if let Some(c) = cause {
                        text.push_str(" from ");
                        text.push_str(&self.expr(c, Prec::Test));
                    }
                }
                self.line(depth, &text);
            }
            StmtKind::Assert { test, msg } => {
                let mut text = format!("assert {}", self.expr(test, Prec::Test));
                if let Some(m) = msg {
                    text.push_str(", ");
                    text.push_str(&self.expr(m, Prec::Test));
                }
                self.line(depth, &text);
            }
            StmtKind::Import(names) => {
                let parts: Vec<String> = names.iter().map(alias).collect();
                self.line(depth, &format!("import {}", parts.join(", ")));
            }
            StmtKind::ImportFrom {
                module,
                names,
                star,
                level,
            } => {
                let dots = ".".repeat(*level as usize);
                let what = if *star {
                    "*".to_string()
                } else {
                    names.iter().map(alias).collect::<Vec<_>>().join(", ")
                };
                let text = format!(
                    "from {dots}{} import {what}",
                    module.as_deref().unwrap_or("")
                );
                self.line(depth, &text);
            }
            StmtKind::Print { dest, values, nl } => {
                let mut parts = Vec::new();
                if let Some(d) = dest {
                    parts.push(format!(">>{}", self.expr(d, Prec::Test)));
                }
                parts.extend(values.iter().map(|v| self.expr(v, Prec::Test)));
                let mut text = String::from("print");
                if !parts.is_empty() {
                    text.push(' ');
                    text.push_str(&parts.join(", "));
                }
                if !nl && !values.is_empty() {
                    text.push(',');
                }
                self.line(depth, &text);
            }
            StmtKind::Exec {
                body,
                globals,
                locals,
            } => {
                // `exec` binds looser than `in`, so the body must not be a bare comparison.
                let mut text = format!("exec {}", self.expr(body, Prec::BitOr));
                if let Some(g) = globals {
                    text.push_str(" in ");
                    text.push_str(&self.expr(g, Prec::Test));
                    if let Some(l) = locals {
                        text.push_str(", ");
                        text.push_str(&self.expr(l, Prec::Test));
                    }
                }
                self.line(depth, &text);
            }
        }
    }

    fn orelse_chain(&mut self, orelse: &[Stmt], depth: usize) {
        if let [Stmt {
            kind: StmtKind::If { test, body, orelse },
            ..
        }] = orelse
        {
            let text = format!("elif {}:", self.expr(test, Prec::Test));
            self.line(depth, &text);
            self.block(body, depth + 1, true);
            self.orelse_chain(orelse, depth);
        } else {
            self.else_block(orelse, depth);
        }
    }

    fn else_block(&mut self, orelse: &[Stmt], depth: usize) {
        if !orelse.is_empty() {
            self.line(depth, "else:");
            self.block(orelse, depth + 1, true);
        }
    }

    fn handler(&mut self, h: &ExceptHandler, depth: usize) {
        let mut text = String::from("except");
        if let Some(ty) = &h.ty {
            text.push(' ');
            text.push_str(&self.expr(ty, Prec::Test));
            if let Some(name) = &h.name {
                let name_is_plain = matches!(name.kind, ExprKind::Name(_));
                if self.dialect == Dialect::Py2 && !name_is_plain {
                    text.push_str(", ");
                } else {
                    text.push_str(" as ");
                }
                text.push_str(&self.expr(name, Prec::Test));
            }
        }
        text.push(':');
        self.line(depth, &text);
        self.block(&h.body, depth + 1, true);
    }

    fn list(&mut self, items: &[Expr]) -> String {
        items
            .iter()
            .map(|e| self.expr(e, Prec::Test))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn keyword(&mut self, k: &Keyword) -> String {
        match &k.arg {
            Some(name) => format!("{name}={}", self.expr(&k.value, Prec::Test)),
            None => format!("**{}", self.expr(&k.value, Prec::Unary)),
        }
    }

    fn arguments(&mut self, a: &Arguments) -> String {
        let mut parts = Vec::new();
        let first_default = a.args.len().saturating_sub(a.defaults.len());
        for (i, name) in a.args.iter().enumerate() {
            if i >= first_default {
                let d = self.expr(&a.defaults[i - first_default], Prec::Test);
                parts.push(format!("{name}={d}"));
            } else {
                parts.push(name.clone());
            }
        }
        if let Some(v) = &a.vararg {
            parts.push(format!("*{v}"));
        } else if !a.kwonly.is_empty() {
            parts.push("*".into());
        }
        for (name, default) in &a.kwonly {
            match default {
                Some(d) => {
                    let d = self.expr(d, Prec::Test);
                    parts.push(format!("{name}={d}"));
                }
                None => parts.push(name.clone()),
            }
        }
        if let Some(k) = &a.kwarg {
            parts.push(format!("**{k}"));
        }
        parts.join(", ")
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) -> String {
        let mut text = String::new();
        for g in gens {
            let _ = write!(
                text,
                " for {} in {}",
                self.expr(&g.target, Prec::Test),
                self.expr(&g.iter, Prec::Or)
            );
            for cond in &g.ifs {
                let _ = write!(text, " if {}", self.expr(cond, Prec::Or));
            }
        }
        text
    }

    /// Renders `e` so that it binds at least as tightly as `min`.
    fn expr(&mut self, e: &Expr, min: Prec) -> String {
        let (text, prec) = self.expr_raw(e);
        if prec < min {
            format!("({text})")
        } else {
            text
        }
    }

    fn expr_raw(&mut self, e: &Expr) -> (String, Prec) {
        match &e.kind {
            ExprKind::Name(n) => (n.clone(), Prec::Atom),
            ExprKind::Constant(c) => self.constant(c),
            ExprKind::BoolOp { op, values } => {
                let (word, prec) = match op {
                    BoolOp::And => (" and ", Prec::And),
                    BoolOp::Or => (" or ", Prec::Or),
                };
                let parts: Vec<String> = values.iter().map(|v| self.expr(v, next(prec))).collect();
                (parts.join(word), prec)
            }
            ExprKind::BinOp { left, op, right } => {
                let (sym, prec) = binop(*op);
                if prec == Prec::Power {
                    // Right-associative, and the right operand may be a unary minus.
                    let l = self.expr(left, Prec::Primary);
                    let r = self.expr(right, Prec::Unary);
                    (format!("{l} ** {r}"), prec)
                } else {
                    let l = self.expr(left, prec);
                    let r = self.expr(right, next(prec));
                    (format!("{l} {sym} {r}"), prec)
                }
            }
            ExprKind::UnaryOp { op, operand } => match op {
                UnaryOp::Not => (format!("not {}", self.expr(operand, Prec::Not)), Prec::Not),
                UnaryOp::Invert | UnaryOp::UAdd | UnaryOp::USub => {
                    let sym = match op {
                        UnaryOp::Invert => "~",
                        UnaryOp::UAdd => "+",
                        _ => "-",
                    };
                    // `- -1` must not become `--1` (fine) nor `-1` folded; keep a space
                    // before a nested sign to stay readable.
                    let inner = self.expr(operand, Prec::Unary);
                    let sep = if inner.starts_with(['-', '+', '~']) {
                        " "
                    } else {
                        ""
                    };
                    (format!("{sym}{sep}{inner}"), Prec::Unary)
                }
            },
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut text = self.expr(left, Prec::BitOr);
                for (op, c) in ops.iter().zip(comparators) {
                    let _ = write!(text, " {} {}", cmpop(*op), self.expr(c, Prec::BitOr));
                }
                (text, Prec::Cmp)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let f = self.expr(func, Prec::Primary);
                let mut parts: Vec<String> = args.iter().map(|a| self.call_arg(a)).collect();
                parts.extend(keywords.iter().map(|k| self.keyword(k)));
                (format!("{f}({})", parts.join(", ")), Prec::Primary)
            }
            ExprKind::Attribute { value, attr } => {
                let mut v = self.expr(value, Prec::Primary);
                // `1.real` would lex as a float: parenthesise integer literals.
                if matches!(
                    value.kind,
                    ExprKind::Constant(Constant::Int { .. } | Constant::Float(_))
                ) {
                    v = format!("({v})");
                }
                (format!("{v}.{attr}"), Prec::Primary)
            }
            ExprKind::Subscript { value, index } => {
                let v = self.expr(value, Prec::Primary);
                let i = match &index.kind {
                    ExprKind::Tuple(items) if !items.is_empty() => {
                        let parts: Vec<String> = items.iter().map(|x| self.slice(x)).collect();
                        if parts.len() == 1 {
                            format!("{},", parts[0])
                        } else {
                            parts.join(", ")
                        }
                    }
                    _ => self.slice(index),
                };
                (format!("{v}[{i}]"), Prec::Primary)
            }
            ExprKind::Slice { .. } => (self.slice(e), Prec::Atom),
            ExprKind::List(items) => {
                let parts: Vec<String> = items.iter().map(|a| self.call_arg(a)).collect();
                (format!("[{}]", parts.join(", ")), Prec::Atom)
            }
            ExprKind::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|a| self.call_arg(a)).collect();
                let text = match parts.len() {
                    1 => format!("({},)", parts[0]),
                    _ => format!("({})", parts.join(", ")),
                };
                (text, Prec::Atom)
            }
            ExprKind::Set(items) => {
                if items.is_empty() {
                    return ("set()".into(), Prec::Primary);
                }
                let parts: Vec<String> = items.iter().map(|a| self.call_arg(a)).collect();
                (format!("{{{}}}", parts.join(", ")), Prec::Atom)
            }
            ExprKind::Dict(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|(k, v)| match k {
                        Some(k) => {
                            format!("{}: {}", self.expr(k, Prec::Test), self.expr(v, Prec::Test))
                        }
                        None => format!("**{}", self.expr(v, Prec::BitOr)),
                    })
                    .collect();
                (format!("{{{}}}", parts.join(", ")), Prec::Atom)
            }
            ExprKind::ListComp { elt, generators } => {
                let el = self.expr(elt, Prec::Test);
                let g = self.comprehensions(generators);
                (format!("[{el}{g}]"), Prec::Atom)
            }
            ExprKind::SetComp { elt, generators } => {
                let el = self.expr(elt, Prec::Test);
                let g = self.comprehensions(generators);
                (format!("{{{el}{g}}}"), Prec::Atom)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                let k = self.expr(key, Prec::Test);
                let v = self.expr(value, Prec::Test);
                let g = self.comprehensions(generators);
                (format!("{{{k}: {v}{g}}}"), Prec::Atom)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                let el = self.expr(elt, Prec::Test);
                let g = self.comprehensions(generators);
                (format!("({el}{g})"), Prec::Atom)
            }
            ExprKind::Lambda { args, body } => {
                let a = self.arguments(args);
                let b = self.expr(body, Prec::Test);
                let head = if a.is_empty() {
                    "lambda".to_string()
                } else {
                    format!("lambda {a}")
                };
                (format!("{head}: {b}"), Prec::Lambda)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let b = self.expr(body, Prec::Or);
                let t = self.expr(test, Prec::Or);
                let o = self.expr(orelse, Prec::Lambda);
                (format!("{b} if {t} else {o}"), Prec::IfExp)
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.expr(value, Prec::Test);
                (format!("({target} := {v})"), Prec::Atom)
            }
            ExprKind::Starred(inner) => (format!("*{}", self.expr(inner, Prec::BitOr)), Prec::Test),
            ExprKind::Yield(value) => {
                let text = match value {
                    Some(v) => format!("(yield {})", self.expr(v, Prec::Test)),
                    None => "(yield)".into(),
                };
                (text, Prec::Atom)
            }
            ExprKind::YieldFrom(v) => (
                format!("(yield from {})", self.expr(v, Prec::Test)),
                Prec::Atom,
            ),
            ExprKind::FString(parts) => (format!("f'{}'", self.fstring(parts)), Prec::Atom),
            ExprKind::Repr(inner) => (format!("`{}`", self.expr(inner, Prec::Test)), Prec::Atom),
        }
    }

    fn call_arg(&mut self, a: &Expr) -> String {
        match &a.kind {
            ExprKind::Starred(inner) => format!("*{}", self.expr(inner, Prec::BitOr)),
            _ => self.expr(a, Prec::Test),
        }
    }

    fn slice(&mut self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                let mut text = String::new();
                if let Some(l) = lower {
                    text.push_str(&self.expr(l, Prec::Test));
                }
                text.push(':');
                if let Some(u) = upper {
                    text.push_str(&self.expr(u, Prec::Test));
                }
                if let Some(s) = step {
                    text.push(':');
                    text.push_str(&self.expr(s, Prec::Test));
                }
                text
            }
            _ => self.expr(e, Prec::Test),
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> String {
        let mut text = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(s) => {
                    let escaped = escape_text(s, '\'').replace('{', "{{").replace('}', "}}");
                    text.push_str(&escaped);
                }
                FStringPart::Field {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    text.push('{');
                    match debug_text {
                        Some(d) => text.push_str(d),
                        None => {
                            let v = self.expr(value, Prec::Test);
                            // `{{` would read as an escaped brace.
                            if v.starts_with('{') {
                                text.push(' ');
                            }
                            text.push_str(&v);
                        }
                    }
                    if let Some(c) = conversion {
                        text.push('!');
                        text.push(*c);
                    }
                    if !spec.is_empty() {
                        text.push(':');
                        text.push_str(&self.fstring(spec));
                    }
                    text.push('}');
                }
            }
        }
        text
    }

    fn constant(&mut self, c: &Constant) -> (String, Prec) {
        let text = match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int { value, long } => {
                let mut t = value.to_string();
                if *long && self.dialect == Dialect::Py2 {
                    t.push('L');
                }
                if t.starts_with('-') {
                    return (t, Prec::Unary);
                }
                t
            }
            Constant::Float(f) => return float_literal(*f),
            Constant::Imag(f) => {
                let (t, _) = float_literal(*f);
                if t.starts_with('(') || t.starts_with('-') {
                    return (format!("{t} * 1j"), Prec::Term);
                }
                format!("{t}j")
            }
            Constant::Str { value, kind } => {
                let prefix = match kind {
                    StrKind::Unicode => "u",
                    StrKind::Plain => "",
                };
                format!("{prefix}'{}'", escape_text(value, '\''))
            }
            Constant::Bytes(bytes) => {
                let mut t = String::from("b'");
                for &b in bytes {
                    push_escaped(&mut t, char::from(b), '\'');
                }
                t.push('\'');
                t
            }
        };
        (text, Prec::Atom)
    }
}

fn next(p: Prec) -> Prec {
    match p {
        Prec::Test => Prec::Lambda,
        Prec::Lambda => Prec::IfExp,
        Prec::IfExp => Prec::Or,
        Prec::Or => Prec::And,
        Prec::And => Prec::Not,
        Prec::Not => Prec::Cmp,
        Prec::Cmp => Prec::BitOr,
        Prec::BitOr => Prec::BitXor,
        Prec::BitXor => Prec::BitAnd,
        Prec::BitAnd => Prec::Shift,
        Prec::Shift => Prec::Arith,
        Prec::Arith => Prec::Term,
        Prec::Term => Prec::Unary,
        Prec::Unary => Prec::Power,
        Prec::Power => Prec::Primary,
        Prec::Primary | Prec::Atom => Prec::Atom,
    }
}

fn float_literal(f: f64) -> (String, Prec) {
    if f.is_nan() {
        return ("(1e999 - 1e999)".into(), Prec::Atom);
    }
    if f.is_infinite() {
        return if f > 0.0 {
            ("1e999".into(), Prec::Atom)
        } else {
            ("-1e999".into(), Prec::Unary)
        };
    }
    // Rust's `Debug` gives the shortest round-tripping digits, as Python's `repr` does.
    let t = format!("{f:?}");
    if t.starts_with('-') {
        (t, Prec::Unary)
    } else {
        (t, Prec::Atom)
    }
}

fn alias(a: &crate::vm::ast::Alias) -> String {
    match &a.asname {
        Some(n) => format!("{} as {n}", a.name),
        None => a.name.clone(),
    }
}

/// The body of a quoted literal: ASCII only, with `\xNN`/`\uNNNN`/`\UNNNNNNNN` escapes.
pub fn escape_text(s: &str, quote: char) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        push_escaped(&mut out, c, quote);
    }
    out
}

fn push_escaped(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (' '..='~').contains(&c) => out.push(c),
        c if (c as u32) <= 0xff => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c if (c as u32) <= 0xffff => {
            let _ = write!(out, "\\u{:04x}", c as u32);
        }
        c => {
            let _ = write!(out, "\\U{:08x}", c as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::parser::{parse_module, ParseOptions};

    /// Rendering is a fixpoint after one parse: print(parse(print(parse(src)))) == print(parse(src)).
    fn check(src: &str, dialect: Dialect, expect: &str) {
        let opts = ParseOptions::new(dialect);
        let m = parse_module(src, &opts).unwrap_or_else(|e| panic!("{e}: {src}"));
        let once = module(&m, dialect);
        assert_eq!(once, expect);
        let again = parse_module(&once, &opts).unwrap_or_else(|e| panic!("{e}: {once}"));
        assert_eq!(module(&again, dialect), once);
    }

    #[test]
    fn renders_py3() {
        check(
            "def f(a, b=1, *c, d, e=2, **g):\n  x = -a ** -2 + (b - (c - 1))\n  return [i for i in range(3) if i]\n",
            Dialect::Py3,
            "def f(a, b=1, *c, d, e=2, **g):\n    x = -a ** -2 + (b - (c - 1))\n    return [i for i in range(3) if i]\n",
        );
        check(
            "x = (1,)\ny = x[1:2, 3]\nexec('a = 1\\nprint(\"é\")', {}, locals())\n",
            Dialect::Py3,
            "x = (1,)\ny = x[1:2, 3]\nexec('a = 1\\nprint(\"\\xe9\")', {}, locals())\n",
        );
        check(
            "if a:\n pass\nelif b:\n del a, b\nelse:\n nonlocal_ = lambda: (yield)\n",
            Dialect::Py3,
            "if a:\n    pass\nelif b:\n    del a, b\nelse:\n    nonlocal_ = lambda: (yield)\n",
        );
        check(
            "try:\n f(*a, k=1, **m)\nexcept (E, F) as e:\n raise X from e\nfinally:\n print(f'{x!r:>{w}} {{')\n",
            Dialect::Py3,
            "try:\n    f(*a, k=1, **m)\nexcept (E, F) as e:\n    raise X from e\nfinally:\n    print(f'{x!r:>{w}} {{')\n",
        );
    }

    #[test]
    fn renders_py2() {
        check(
            "print >>s, 1, `x`,\nexec 'a = 1' in g, l\ntry:\n  pass\nexcept E, (a, b):\n  raise E, 'v'\nx = 10L\n",
            Dialect::Py2,
            "print >>s, 1, `x`,\nexec 'a = 1' in g, l\ntry:\n    pass\nexcept E, (a, b):\n    raise E, 'v'\nx = 10L\n",
        );
    }
}
