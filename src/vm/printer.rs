//! AST to source text for a dialect: the inverse of the parser, used by the generator.
//!
//! Output is valid source for the dialect with minimal parentheses by precedence, string
//! literals escaped so they re-parse to the same value, floats in Rust's shortest round-trip
//! form (`1e16`, `0.1`) which is also valid Python, and negative constants parenthesised
//! where a bare `-` would bind differently. The property `print(parse(print(p))) == print(p)`
//! holds for every AST the parser produces (a tested fixpoint).
//!
//! A node that the dialect cannot express (a `print` statement on 3.x, `nonlocal` or an
//! f-string on 2.7, a 2.7 byte string holding a character above U+00FF, ...) makes the whole
//! call return [`PrintError`]; nothing is silently dropped.
//!
//! This module depends on `ast` and `version` only.

use std::fmt::Write as _;

use crate::version::Dialect;

use super::ast::{
    Alias, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, FStringPart,
    Module, Stmt, StmtKind, StrKind, UnaryOp,
};

/// A node that does not exist in the requested dialect.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("cannot print {construct} for dialect {dialect:?}")]
pub struct PrintError {
    pub construct: &'static str,
    pub dialect: Dialect,
}

/// Renders a module.
pub fn print_module(m: &Module, dialect: Dialect) -> Result<String, PrintError> {
    let mut p = Printer::new(dialect);
    p.scan_futures(&m.body);
    p.block(&m.body, 0)?;
    Ok(p.out)
}

/// Renders one expression (as `eval` input).
pub fn print_expr(e: &Expr, dialect: Dialect) -> Result<String, PrintError> {
    let mut p = Printer::new(dialect);
    p.expr(e, prec::TUPLE)?;
    Ok(p.out)
}

/// Precedence levels, loosest first. A child printed where level `L` is required gets
/// parentheses when its own level is lower.
mod prec {
    pub const TUPLE: u8 = 0;
    pub const TEST: u8 = 2;
    pub const LAMBDA: u8 = 1;
    pub const IFEXP: u8 = 2;
    pub const OR: u8 = 3;
    pub const AND: u8 = 4;
    pub const NOT: u8 = 5;
    pub const CMP: u8 = 6;
    pub const BITOR: u8 = 7;
    pub const BITXOR: u8 = 8;
    pub const BITAND: u8 = 9;
    pub const SHIFT: u8 = 10;
    pub const ARITH: u8 = 11;
    pub const TERM: u8 = 12;
    pub const UNARY: u8 = 13;
    pub const POWER: u8 = 14;
    pub const ATOM: u8 = 16;
}

struct Printer {
    out: String,
    dialect: Dialect,
    /// 2.7 module imported `unicode_literals`: plain strings must be written `b'...'`.
    unicode_literals: bool,
    /// 2.7 module imported `print_function`: `print` is a name and the statement is gone.
    print_function: bool,
    /// While printing a 2.7 `def`'s parameters: hidden parameter name to tuple target.
    tuple_params: Vec<(String, Expr)>,
}

fn binop_info(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => ("+", prec::ARITH),
        BinOp::Sub => ("-", prec::ARITH),
        BinOp::Mult => ("*", prec::TERM),
        BinOp::MatMult => ("@", prec::TERM),
        BinOp::Div => ("/", prec::TERM),
        BinOp::Mod => ("%", prec::TERM),
        BinOp::FloorDiv => ("//", prec::TERM),
        BinOp::Pow => ("**", prec::POWER),
        BinOp::LShift => ("<<", prec::SHIFT),
        BinOp::RShift => (">>", prec::SHIFT),
        BinOp::BitOr => ("|", prec::BITOR),
        BinOp::BitXor => ("^", prec::BITXOR),
        BinOp::BitAnd => ("&", prec::BITAND),
    }
}

fn cmp_str(op: CmpOp) -> &'static str {
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

fn is_negative_number(c: &Constant) -> bool {
    match c {
        Constant::Int { value, .. } => value.sign() == num_bigint::Sign::Minus,
        Constant::Float(f) | Constant::Imag(f) => f.is_sign_negative() && !f.is_nan(),
        _ => false,
    }
}

/// The precedence of `e` as printed.
fn expr_prec(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::Lambda { .. } => prec::LAMBDA,
        ExprKind::IfExp { .. } => prec::IFEXP,
        ExprKind::BoolOp { op: BoolOp::Or, .. } => prec::OR,
        ExprKind::BoolOp {
            op: BoolOp::And, ..
        } => prec::AND,
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        } => prec::NOT,
        ExprKind::Compare { .. } => prec::CMP,
        ExprKind::BinOp { op, .. } => binop_info(*op).1,
        ExprKind::UnaryOp { .. } => prec::UNARY,
        ExprKind::Constant(c) if is_negative_number(c) => prec::UNARY,
        ExprKind::Constant(Constant::Float(f) | Constant::Imag(f)) if f.is_nan() => prec::ATOM,
        // Always printed inside their own brackets (or needing them everywhere).
        ExprKind::NamedExpr { .. } | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => 0,
        ExprKind::Starred(_) => prec::BITOR,
        ExprKind::Tuple(_) => prec::ATOM,
        _ => prec::ATOM,
    }
}

impl Printer {
    fn new(dialect: Dialect) -> Printer {
        Printer {
            out: String::new(),
            dialect,
            unicode_literals: false,
            print_function: false,
            tuple_params: Vec::new(),
        }
    }

    fn py2(&self) -> bool {
        self.dialect == Dialect::Py2
    }

    fn unsupported(&self, construct: &'static str) -> PrintError {
        PrintError {
            construct,
            dialect: self.dialect,
        }
    }

    fn scan_futures(&mut self, body: &[Stmt]) {
        if !self.py2() {
            return;
        }
        for s in body {
            if let StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
                ..
            } = &s.kind
            {
                if m == "__future__" {
                    for a in names {
                        match a.name.as_str() {
                            "unicode_literals" => self.unicode_literals = true,
                            "print_function" => self.print_function = true,
                            _ => {}
                        }
                    }
                }
            }
        }
    }

    /// Whether `name` is a keyword of the dialect, so it cannot be printed as a name.
    fn is_reserved(&self, name: &str) -> bool {
        match name {
            "and" | "as" | "assert" | "break" | "class" | "continue" | "def" | "del" | "elif"
            | "else" | "except" | "finally" | "for" | "from" | "global" | "if" | "import"
            | "in" | "is" | "lambda" | "not" | "or" | "pass" | "raise" | "return" | "try"
            | "while" | "with" | "yield" => true,
            "exec" => self.py2(),
            "print" => self.py2() && !self.print_function,
            "nonlocal" | "True" | "False" | "None" | "async" | "await" => !self.py2(),
            _ => false,
        }
    }

    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    // ----- statements -----

    fn block(&mut self, body: &[Stmt], indent: usize) -> Result<(), PrintError> {
        if body.is_empty() {
            self.line_start(indent);
            self.w("pass\n");
            return Ok(());
        }
        for s in body {
            self.stmt(s, indent)?;
        }
        Ok(())
    }

    fn line_start(&mut self, indent: usize) {
        for _ in 0..indent {
            self.w("    ");
        }
    }

    fn suite(&mut self, body: &[Stmt], indent: usize) -> Result<(), PrintError> {
        self.w(":\n");
        self.block(body, indent + 1)
    }

    fn stmt(&mut self, s: &Stmt, indent: usize) -> Result<(), PrintError> {
        self.line_start(indent);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.yield_or_testlist(e)?;
                self.w("\n");
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.testlist(t)?;
                    self.w(" = ");
                }
                self.yield_or_testlist(value)?;
                self.w("\n");
            }
            StmtKind::AugAssign { target, op, value } => {
                self.expr(target, prec::ATOM)?;
                let _ = write!(self.out, " {}= ", binop_info(*op).0);
                self.yield_or_testlist(value)?;
                self.w("\n");
            }
            StmtKind::Del(targets) => {
                if targets.is_empty() {
                    return Err(self.unsupported("del without targets"));
                }
                self.w("del ");
                self.comma_list(targets, prec::BITOR)?;
                self.w("\n");
            }
            StmtKind::Pass => self.w("pass\n"),
            StmtKind::Break => self.w("break\n"),
            StmtKind::Continue => self.w("continue\n"),
            StmtKind::If { test, body, orelse } => {
                self.w("if ");
                self.expr(test, prec::TEST)?;
                self.suite(body, indent)?;
                self.orelse_chain(orelse, indent)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.w("while ");
                self.expr(test, prec::TEST)?;
                self.suite(body, indent)?;
                self.else_block(orelse, indent)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.w("for ");
                self.target(target)?;
                self.w(" in ");
                self.testlist(iter)?;
                self.suite(body, indent)?;
                self.else_block(orelse, indent)?;
            }
            StmtKind::With { items, body } => {
                self.w("with ");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    self.expr(&item.context, prec::TEST)?;
                    if let Some(t) = &item.target {
                        self.w(" as ");
                        self.expr(t, prec::BITOR)?;
                    }
                }
                self.suite(body, indent)?;
            }
            StmtKind::FunctionDef(f) => {
                self.decorators(&f.decorators, indent)?;
                self.w("def ");
                self.w(&f.name);
                self.w("(");
                // 2.7 tuple parameters come back from the parser as hidden `.N` parameters
                // unpacked by the first statements of the body; print them as written.
                let unpack = tuple_parameters(&f.args, &f.body);
                self.tuple_params = unpack.clone();
                let res = self.arguments(&f.args);
                self.tuple_params.clear();
                res?;
                self.w(")");
                self.suite(&f.body[unpack.len()..], indent)?;
            }
            StmtKind::ClassDef(c) => {
                self.decorators(&c.decorators, indent)?;
                self.w("class ");
                self.w(&c.name);
                if !c.bases.is_empty() || !c.keywords.is_empty() {
                    if self.py2() && !c.keywords.is_empty() {
                        return Err(self.unsupported("class keywords"));
                    }
                    self.w("(");
                    self.call_args(&c.bases, &c.keywords)?;
                    self.w(")");
                }
                self.suite(&c.body, indent)?;
            }
            StmtKind::Return(v) => {
                self.w("return");
                if let Some(v) = v {
                    self.w(" ");
                    self.testlist(v)?;
                }
                self.w("\n");
            }
            StmtKind::Global(names) => {
                self.w("global ");
                self.w(&names.join(", "));
                self.w("\n");
            }
            StmtKind::Nonlocal(names) => {
                if self.py2() {
                    return Err(self.unsupported("nonlocal"));
                }
                self.w("nonlocal ");
                self.w(&names.join(", "));
                self.w("\n");
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.w("try");
                self.suite(body, indent)?;
                for h in handlers {
                    self.line_start(indent);
                    self.w("except");
                    if let Some(ty) = &h.ty {
                        self.w(" ");
                        self.expr(ty, prec::TEST)?;
                        if let Some(n) = &h.name {
                            match (&n.kind, self.py2()) {
                                (ExprKind::Name(_), _) => self.w(" as "),
                                (_, true) => self.w(", "),
                                (_, false) => return Err(self.unsupported("except target")),
                            }
                            self.expr(n, prec::TEST)?;
                        }
                    }
                    self.suite(&h.body, indent)?;
                }
                if !handlers.is_empty() {
                    self.else_block(orelse, indent)?;
                }
                if !finalbody.is_empty() || handlers.is_empty() {
                    self.line_start(indent);
                    self.w("finally");
                    self.suite(finalbody, indent)?;
                }
            }
            StmtKind::Raise {
                exc,
                cause,
                value,
                traceback,
            } => {
                self.w("raise");
                if let Some(e) = exc {
                    self.w(" ");
                    self.expr(e, prec::TEST)?;
                    if let Some(c) = cause {
                        if self.py2() {
                            return Err(self.unsupported("raise from"));
                        }
                        self.w(" from ");
                        self.expr(c, prec::TEST)?;
                    }
                    if value.is_some() || traceback.is_some() {
                        if !self.py2() {
                            return Err(self.unsupported("raise E, V"));
                        }
                        self.w(", ");
                        match value {
                            Some(v) => self.expr(v, prec::TEST)?,
                            None => self.w("None"),
                        }
                        if let Some(t) = traceback {
                            self.w(", ");
                            self.expr(t, prec::TEST)?;
                        }
                    }
                }
                self.w("\n");
            }
            StmtKind::Assert { test, msg } => {
                self.w("assert ");
                self.expr(test, prec::TEST)?;
                if let Some(m) = msg {
                    self.w(", ");
                    self.expr(m, prec::TEST)?;
                }
                self.w("\n");
            }
            StmtKind::Import(names) => {
                self.w("import ");
                self.aliases(names);
                self.w("\n");
            }
            StmtKind::ImportFrom {
                module,
                names,
                star,
                level,
            } => {
                self.w("from ");
                for _ in 0..*level {
                    self.w(".");
                }
                if let Some(m) = module {
                    self.w(m);
                }
                self.w(" import ");
                if *star {
                    self.w("*");
                } else {
                    self.aliases(names);
                }
                self.w("\n");
            }
            StmtKind::Print { dest, values, nl } => {
                if !self.py2() || self.print_function {
                    return Err(self.unsupported("print statement"));
                }
                self.w("print");
                let mut first = true;
                if let Some(d) = dest {
                    self.w(" >>");
                    self.expr(d, prec::TEST)?;
                    first = false;
                }
                for v in values {
                    self.w(if first { " " } else { ", " });
                    first = false;
                    self.expr(v, prec::TEST)?;
                }
                if !nl && !values.is_empty() {
                    self.w(",");
                }
                self.w("\n");
            }
            StmtKind::Exec {
                body,
                globals,
                locals,
            } => {
                if !self.py2() {
                    return Err(self.unsupported("exec statement"));
                }
                self.w("exec ");
                self.expr(body, prec::BITOR)?;
                if let Some(g) = globals {
                    self.w(" in ");
                    self.expr(g, prec::TEST)?;
                    if let Some(l) = locals {
                        self.w(", ");
                        self.expr(l, prec::TEST)?;
                    }
                }
                self.w("\n");
            }
        }
        Ok(())
    }

    fn orelse_chain(&mut self, orelse: &[Stmt], indent: usize) -> Result<(), PrintError> {
        if let [Stmt {
            kind: StmtKind::If { test, body, orelse },
            ..
        }] = orelse
        {
            self.line_start(indent);
            self.w("elif ");
            self.expr(test, prec::TEST)?;
            self.suite(body, indent)?;
            return self.orelse_chain(orelse, indent);
        }
        self.else_block(orelse, indent)
    }

    fn else_block(&mut self, orelse: &[Stmt], indent: usize) -> Result<(), PrintError> {
        if orelse.is_empty() {
            return Ok(());
        }
        self.line_start(indent);
        self.w("else");
        self.suite(orelse, indent)
    }

    fn decorators(&mut self, decorators: &[Expr], indent: usize) -> Result<(), PrintError> {
        for d in decorators {
            if self.py2() && !is_py2_decorator(d) {
                return Err(self.unsupported("decorator expression"));
            }
            self.w("@");
            self.expr(d, prec::TEST)?;
            self.w("\n");
            self.line_start(indent);
        }
        Ok(())
    }

    fn aliases(&mut self, names: &[Alias]) {
        for (i, a) in names.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.w(&a.name);
            if let Some(asname) = &a.asname {
                self.w(" as ");
                self.w(asname);
            }
        }
    }

    fn arguments(&mut self, a: &Arguments) -> Result<(), PrintError> {
        let mut first = true;
        let mut sep = |p: &mut Printer| {
            if !first {
                p.w(", ");
            }
            first = false;
        };
        let n_plain = a.args.len().saturating_sub(a.defaults.len());
        for (i, name) in a.args.iter().enumerate() {
            sep(self);
            if let Some((_, target)) = self.tuple_params.iter().find(|(n, _)| n == name) {
                let target = target.clone();
                self.expr(&target, prec::ATOM)?;
            } else {
                if name.starts_with('.') {
                    return Err(self.unsupported("hidden parameter"));
                }
                self.w(name);
            }
            if i >= n_plain {
                self.w("=");
                self.expr(&a.defaults[i - n_plain], prec::TEST)?;
            }
        }
        if let Some(v) = &a.vararg {
            sep(self);
            self.w("*");
            self.w(v);
        } else if !a.kwonly.is_empty() {
            sep(self);
            self.w("*");
        }
        if !a.kwonly.is_empty() && self.py2() {
            return Err(self.unsupported("keyword-only parameters"));
        }
        for (name, default) in &a.kwonly {
            sep(self);
            self.w(name);
            if let Some(d) = default {
                self.w("=");
                self.expr(d, prec::TEST)?;
            }
        }
        if let Some(k) = &a.kwarg {
            sep(self);
            self.w("**");
            self.w(k);
        }
        Ok(())
    }

    // ----- expressions -----

    /// A statement-level expression: yields and unparenthesised tuples allowed.
    fn yield_or_testlist(&mut self, e: &Expr) -> Result<(), PrintError> {
        match &e.kind {
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => self.yield_expr(e),
            _ => self.testlist(e),
        }
    }

    /// A place where an unparenthesised tuple is allowed.
    fn testlist(&mut self, e: &Expr) -> Result<(), PrintError> {
        match &e.kind {
            ExprKind::Tuple(items) if !items.is_empty() => {
                self.comma_list(items, prec::TEST)?;
                if items.len() == 1 {
                    self.w(",");
                }
                Ok(())
            }
            _ => self.expr(e, prec::TEST),
        }
    }

    /// A `for` target.
    fn target(&mut self, e: &Expr) -> Result<(), PrintError> {
        match &e.kind {
            ExprKind::Tuple(items) if !items.is_empty() => {
                self.comma_list(items, prec::BITOR)?;
                if items.len() == 1 {
                    self.w(",");
                }
                Ok(())
            }
            _ => self.expr(e, prec::BITOR),
        }
    }

    fn comma_list(&mut self, items: &[Expr], level: u8) -> Result<(), PrintError> {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.expr(item, level)?;
        }
        Ok(())
    }

    fn yield_expr(&mut self, e: &Expr) -> Result<(), PrintError> {
        match &e.kind {
            ExprKind::Yield(None) => self.w("yield"),
            ExprKind::Yield(Some(v)) => {
                self.w("yield ");
                self.testlist(v)?;
            }
            ExprKind::YieldFrom(v) => {
                if self.py2() {
                    return Err(self.unsupported("yield from"));
                }
                self.w("yield from ");
                self.expr(v, prec::TEST)?;
            }
            _ => unreachable!("only called on yields"),
        }
        Ok(())
    }

    /// Prints `e`, parenthesised if its precedence is below `level`.
    fn expr(&mut self, e: &Expr, level: u8) -> Result<(), PrintError> {
        let own = expr_prec(e);
        let parens = own < level
            || matches!(
                e.kind,
                ExprKind::NamedExpr { .. } | ExprKind::Yield(_) | ExprKind::YieldFrom(_)
            );
        if parens {
            self.w("(");
        }
        self.expr_inner(e)?;
        if parens {
            self.w(")");
        }
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), PrintError> {
        match &e.kind {
            ExprKind::Name(n) => {
                if self.is_reserved(n) {
                    return Err(self.unsupported("reserved word as a name"));
                }
                self.w(n);
            }
            ExprKind::Constant(c) => self.constant(c)?,
            ExprKind::BoolOp { op, values } => {
                let (word, level) = match op {
                    BoolOp::And => (" and ", prec::AND),
                    BoolOp::Or => (" or ", prec::OR),
                };
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.w(word);
                    }
                    self.expr(v, level + 1)?;
                }
            }
            ExprKind::BinOp { left, op, right } => {
                let (sym, level) = binop_info(*op);
                if *op == BinOp::MatMult && self.py2() {
                    return Err(self.unsupported("@ operator"));
                }
                if *op == BinOp::Pow {
                    // Right-associative; the right operand is a `factor` (unary allowed).
                    self.expr(left, prec::POWER + 1)?;
                    self.w(" ** ");
                    self.expr(right, prec::UNARY)?;
                } else {
                    self.expr(left, level)?;
                    let _ = write!(self.out, " {sym} ");
                    self.expr(right, level + 1)?;
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                let (sym, level) = match op {
                    UnaryOp::Not => ("not ", prec::NOT),
                    UnaryOp::Invert => ("~", prec::UNARY),
                    UnaryOp::UAdd => ("+", prec::UNARY),
                    UnaryOp::USub => ("-", prec::UNARY),
                };
                self.w(sym);
                self.expr(operand, level)?;
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left, prec::CMP + 1)?;
                for (op, c) in ops.iter().zip(comparators) {
                    self.w(" ");
                    self.w(cmp_str(*op));
                    self.w(" ");
                    self.expr(c, prec::CMP + 1)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.trailer_base(func)?;
                self.w("(");
                self.call_args(args, keywords)?;
                self.w(")");
            }
            ExprKind::Attribute { value, attr } => {
                self.trailer_base(value)?;
                self.w(".");
                self.w(attr);
            }
            ExprKind::Subscript { value, index } => {
                self.trailer_base(value)?;
                self.w("[");
                self.subscript_index(index)?;
                self.w("]");
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(l, prec::TEST)?;
                }
                self.w(":");
                if let Some(u) = upper {
                    self.expr(u, prec::TEST)?;
                }
                if let Some(s) = step {
                    self.w(":");
                    self.expr(s, prec::TEST)?;
                }
            }
            ExprKind::List(items) => {
                self.w("[");
                self.comma_list(items, prec::TEST)?;
                self.w("]");
            }
            ExprKind::Tuple(items) => {
                self.w("(");
                self.comma_list(items, prec::TEST)?;
                if items.len() == 1 {
                    self.w(",");
                }
                self.w(")");
            }
            ExprKind::Set(items) => {
                if items.is_empty() {
                    // No literal for the empty set; 3.x unpacks an empty tuple into one
                    // without looking up the name `set`.
                    if self.py2() {
                        return Err(self.unsupported("empty set display"));
                    }
                    self.w("{*()}");
                    return Ok(());
                }
                self.w("{");
                self.comma_list(items, prec::TEST)?;
                self.w("}");
            }
            ExprKind::Dict(items) => {
                self.w("{");
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    match k {
                        Some(k) => {
                            self.expr(k, prec::TEST)?;
                            self.w(": ");
                            self.expr(v, prec::TEST)?;
                        }
                        None => {
                            if self.py2() {
                                return Err(self.unsupported("dict unpacking"));
                            }
                            self.w("**");
                            self.expr(v, prec::BITOR)?;
                        }
                    }
                }
                self.w("}");
            }
            ExprKind::ListComp { elt, generators } => {
                self.w("[");
                self.expr(elt, prec::TEST)?;
                self.comprehension(generators)?;
                self.w("]");
            }
            ExprKind::SetComp { elt, generators } => {
                self.w("{");
                self.expr(elt, prec::TEST)?;
                self.comprehension(generators)?;
                self.w("}");
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.w("{");
                self.expr(key, prec::TEST)?;
                self.w(": ");
                self.expr(value, prec::TEST)?;
                self.comprehension(generators)?;
                self.w("}");
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.w("(");
                self.expr(elt, prec::TEST)?;
                self.comprehension(generators)?;
                self.w(")");
            }
            ExprKind::Lambda { args, body } => {
                self.w("lambda");
                if *args.as_ref() != Arguments::default() {
                    self.w(" ");
                    self.arguments(args)?;
                }
                self.w(": ");
                self.expr(body, prec::TEST)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(body, prec::OR)?;
                self.w(" if ");
                self.expr(test, prec::OR)?;
                self.w(" else ");
                self.expr(orelse, prec::IFEXP)?;
            }
            ExprKind::NamedExpr { target, value } => {
                if self.py2() {
                    return Err(self.unsupported(":="));
                }
                self.w(target);
                self.w(" := ");
                self.expr(value, prec::TEST)?;
            }
            ExprKind::Starred(inner) => {
                self.w("*");
                self.expr(inner, prec::BITOR)?;
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => self.yield_expr(e)?,
            ExprKind::FString(parts) => {
                if self.py2() {
                    return Err(self.unsupported("f-string"));
                }
                self.w("f'");
                self.fstring_parts(parts)?;
                self.w("'");
            }
            ExprKind::Repr(inner) => {
                if !self.py2() {
                    return Err(self.unsupported("backticks"));
                }
                self.w("`");
                self.testlist(inner)?;
                self.w("`");
            }
        }
        Ok(())
    }

    /// The object of a call, attribute or subscript: numbers need parentheses (`(1).real`).
    fn trailer_base(&mut self, e: &Expr) -> Result<(), PrintError> {
        if let ExprKind::Constant(Constant::Int { .. } | Constant::Float(_) | Constant::Imag(_)) =
            e.kind
        {
            self.w("(");
            self.expr_inner(e)?;
            self.w(")");
            return Ok(());
        }
        self.expr(e, prec::ATOM)
    }

    fn subscript_index(&mut self, index: &Expr) -> Result<(), PrintError> {
        match &index.kind {
            ExprKind::Tuple(items) if !items.is_empty() => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    self.subscript_item(item)?;
                }
                if items.len() == 1 {
                    self.w(",");
                }
                Ok(())
            }
            _ => self.subscript_item(index),
        }
    }

    fn subscript_item(&mut self, e: &Expr) -> Result<(), PrintError> {
        match &e.kind {
            ExprKind::Slice { .. } => self.expr_inner(e),
            ExprKind::Constant(Constant::Ellipsis) => {
                self.w("...");
                Ok(())
            }
            _ => self.expr(e, prec::TEST),
        }
    }

    fn call_args(
        &mut self,
        args: &[Expr],
        keywords: &[super::ast::Keyword],
    ) -> Result<(), PrintError> {
        let mut first = true;
        for a in args {
            if !first {
                self.w(", ");
            }
            first = false;
            self.expr(a, prec::TEST)?;
        }
        for k in keywords {
            if !first {
                self.w(", ");
            }
            first = false;
            match &k.arg {
                Some(name) => {
                    self.w(name);
                    self.w("=");
                    self.expr(&k.value, prec::TEST)?;
                }
                None => {
                    self.w("**");
                    self.expr(&k.value, prec::TEST)?;
                }
            }
        }
        Ok(())
    }

    fn comprehension(&mut self, generators: &[Comprehension]) -> Result<(), PrintError> {
        for g in generators {
            self.w(" for ");
            self.target(&g.target)?;
            self.w(" in ");
            self.expr(&g.iter, prec::OR)?;
            for cond in &g.ifs {
                self.w(" if ");
                self.expr(cond, prec::OR)?;
            }
        }
        Ok(())
    }

    fn fstring_parts(&mut self, parts: &[FStringPart]) -> Result<(), PrintError> {
        for part in parts {
            match part {
                FStringPart::Literal(text) => {
                    let mut esc = String::new();
                    escape_text(&mut esc, text, '\'', false);
                    self.w(&esc.replace('{', "{{").replace('}', "}}"));
                }
                FStringPart::Field {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    self.w("{");
                    if let Some(t) = debug_text {
                        self.w(t);
                    } else {
                        let mut sub = Printer::new(self.dialect);
                        sub.expr(value, prec::TEST)?;
                        if sub.out.starts_with('{') {
                            self.w(" ");
                        }
                        self.w(&sub.out);
                    }
                    if let Some(c) = conversion {
                        self.w("!");
                        self.out.push(*c);
                    }
                    if !spec.is_empty() {
                        self.w(":");
                        self.fstring_parts(spec)?;
                    }
                    self.w("}");
                }
            }
        }
        Ok(())
    }

    fn constant(&mut self, c: &Constant) -> Result<(), PrintError> {
        match c {
            Constant::None => self.w("None"),
            Constant::True => self.w("True"),
            Constant::False => self.w("False"),
            Constant::Ellipsis => {
                // 2.7 has `...` only in subscripts; the name is the same object.
                self.w(if self.py2() { "Ellipsis" } else { "..." });
            }
            Constant::Int { value, long } => {
                let _ = write!(self.out, "{value}");
                if *long && self.py2() {
                    self.w("L");
                }
            }
            Constant::Float(f) => self.w(&float_repr(*f)),
            Constant::Imag(f) => {
                if f.is_nan() {
                    self.w("(1e309j - 1e309j)");
                } else {
                    let s = float_repr(*f);
                    self.w(&s);
                    self.w("j");
                }
            }
            Constant::Str { value, kind } => self.string(value, *kind)?,
            Constant::Bytes(bytes) => {
                self.w("b'");
                let mut s = String::new();
                for &b in bytes {
                    escape_byte(&mut s, b, '\'');
                }
                self.w(&s);
                self.w("'");
            }
        }
        Ok(())
    }

    fn string(&mut self, value: &str, kind: StrKind) -> Result<(), PrintError> {
        let mut s = String::new();
        match (self.dialect, kind) {
            (Dialect::Py2, StrKind::Plain) => {
                if self.unicode_literals {
                    s.push('b');
                }
                s.push('\'');
                for ch in value.chars() {
                    let code = ch as u32;
                    if code > 0xff {
                        return Err(self.unsupported("non-latin-1 character in a byte string"));
                    }
                    escape_byte(&mut s, code as u8, '\'');
                }
            }
            (Dialect::Py2, StrKind::Unicode) => {
                s.push_str("u'");
                escape_text(&mut s, value, '\'', true);
            }
            (Dialect::Py3, kind) => {
                if kind == StrKind::Unicode {
                    s.push('u');
                }
                s.push('\'');
                escape_text(&mut s, value, '\'', true);
            }
        }
        s.push('\'');
        self.w(&s);
        Ok(())
    }
}

/// The leading `(a, b) = .N` statements of a 2.7 function body that unpack its hidden tuple
/// parameters, as `(hidden name, target)`.
fn tuple_parameters(args: &Arguments, body: &[Stmt]) -> Vec<(String, Expr)> {
    let mut out = Vec::new();
    for s in body {
        let StmtKind::Assign { targets, value } = &s.kind else {
            break;
        };
        let (ExprKind::Name(hidden), [target]) = (&value.kind, targets.as_slice()) else {
            break;
        };
        let is_hidden = hidden.starts_with('.') && args.args.contains(hidden);
        if !is_hidden || !matches!(target.kind, ExprKind::Tuple(_)) {
            break;
        }
        out.push((hidden.clone(), target.clone()));
    }
    out
}

/// 2.7 decorators are `dotted_name [ '(' args ')' ]`.
fn is_py2_decorator(d: &Expr) -> bool {
    fn dotted(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(_) => true,
            ExprKind::Attribute { value, .. } => dotted(value),
            _ => false,
        }
    }
    match &d.kind {
        ExprKind::Call { func, .. } => dotted(func),
        _ => dotted(d),
    }
}

/// Python-valid shortest round-trip float text.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "(1e309 - 1e309)".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "1e309" } else { "-1e309" }.to_string();
    }
    // Rust's `{:?}` is the shortest representation that round-trips: `0.1`, `1.0`, `1e16`,
    // `1e-7`, all valid Python literals.
    format!("{f:?}")
}

/// Escapes text for a quoted literal; `escape_non_ascii` writes `\xNN`/`\uNNNN`/`\UNNNNNNNN`
/// for everything outside printable ASCII.
fn escape_text(out: &mut String, text: &str, quote: char, escape_non_ascii: bool) {
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (' '..='~').contains(&c) => out.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if !escape_non_ascii => out.push(c),
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
}

fn escape_byte(out: &mut String, b: u8, quote: char) {
    match b {
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        b if b as char == quote => {
            out.push('\\');
            out.push(b as char);
        }
        b' '..=b'~' => out.push(b as char),
        b => {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
}
