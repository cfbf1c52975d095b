//! Expressions: the precedence ladder from `lambda`/`if-else` down to atoms and trailers.

use crate::version::SyntaxGap;
use crate::vm::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, UnaryOp,
};
use crate::vm::lexer::Tok;

use super::{PResult, Parser, SyntaxError};

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl Parser<'_> {
    /// Whether the current token can begin an expression.
    pub(super) fn starts_expr(&self) -> bool {
        match self.tok() {
            Tok::Name(n) => {
                !self.is_reserved(n)
                    || matches!(
                        n.as_str(),
                        "lambda" | "not" | "None" | "True" | "False" | "await"
                    )
            }
            Tok::Int { .. } | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => true,
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "-" | "+" | "~" | "`" | "..."),
            _ => false,
        }
    }

    /// `test`: a conditional expression or a lambda.
    pub(super) fn test(&mut self) -> PResult<Expr> {
        self.descend()?;
        let r = self.test_inner();
        self.nest -= 1;
        r
    }

    fn test_inner(&mut self) -> PResult<Expr> {
        if self.is_kw("lambda") {
            return self.lambda(true);
        }
        let line = self.line();
        let body = self.or_test()?;
        if self.is_kw("if") {
            self.advance();
            let test = self.or_test()?;
            if !self.eat_kw("else") {
                if matches!(self.tok(), Tok::Error(_)) {
                    return Err(self.fail());
                }
                return Err(self.error_at(self.msgs.expected_else(), line));
            }
            let orelse = self.test()?;
            return Ok(Expr::new(
                ExprKind::IfExp {
                    test: bx(test),
                    body: bx(body),
                    orelse: bx(orelse),
                },
                line,
            ));
        }
        Ok(body)
    }

    /// `test_nocond` / 2.7's `old_test`: no unparenthesised conditional expression.
    pub(super) fn test_nocond(&mut self) -> PResult<Expr> {
        if self.is_kw("lambda") {
            return self.lambda(false);
        }
        self.or_test()
    }

    /// `namedexpr_test`: `name := test` on 3.x, else `test`.
    pub(super) fn namedexpr_test(&mut self) -> PResult<Expr> {
        if !self.py2() && matches!(self.peek_tok(1), Tok::Op(":=")) {
            if let Tok::Name(n) = self.tok() {
                if !self.is_reserved(n) {
                    let target = n.clone();
                    let line = self.line();
                    self.advance();
                    self.advance();
                    let value = self.test()?;
                    return Ok(Expr::new(
                        ExprKind::NamedExpr {
                            target,
                            value: bx(value),
                        },
                        line,
                    ));
                }
            }
        }
        let e = self.test()?;
        if self.is_op(":=") {
            return Err(self.error_at(
                format!(
                    "cannot use assignment expressions with {}",
                    super::stmt::describe_target(&e)
                ),
                e.line,
            ));
        }
        Ok(e)
    }

    fn lambda(&mut self, cond: bool) -> PResult<Expr> {
        let line = self.line();
        self.expect_kw("lambda")?;
        let args = self.parameters(false, ":")?;
        self.expect_op(":")?;
        self.in_function += 1;
        let body = if cond {
            self.test()
        } else {
            self.test_nocond()
        };
        self.in_function -= 1;
        Ok(Expr::new(
            ExprKind::Lambda {
                args: Box::new(args),
                body: bx(body?),
            },
            line,
        ))
    }

    pub(super) fn or_test(&mut self) -> PResult<Expr> {
        let first = self.and_test()?;
        if !self.is_kw("or") {
            return Ok(first);
        }
        let line = first.line;
        let mut values = vec![first];
        while self.eat_kw("or") {
            values.push(self.and_test()?);
        }
        Ok(Expr::new(
            ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
            line,
        ))
    }

    fn and_test(&mut self) -> PResult<Expr> {
        let first = self.not_test()?;
        if !self.is_kw("and") {
            return Ok(first);
        }
        let line = first.line;
        let mut values = vec![first];
        while self.eat_kw("and") {
            values.push(self.not_test()?);
        }
        Ok(Expr::new(
            ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
            line,
        ))
    }

    fn not_test(&mut self) -> PResult<Expr> {
        if self.is_kw("not") {
            let line = self.line();
            self.advance();
            self.descend()?;
            let operand = self.not_test();
            self.nest -= 1;
            let operand = operand?;
            return Ok(Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: bx(operand),
                },
                line,
            ));
        }
        self.comparison()
    }

    fn comp_op(&mut self) -> Option<CmpOp> {
        let op = match self.tok() {
            Tok::Op("<") => CmpOp::Lt,
            Tok::Op(">") => CmpOp::Gt,
            Tok::Op("==") => CmpOp::Eq,
            Tok::Op(">=") => CmpOp::GtE,
            Tok::Op("<=") => CmpOp::LtE,
            Tok::Op("!=") if self.barry => return None,
            Tok::Op("<>") if !self.grammar.has_backticks && !self.barry => return None,
            Tok::Op("!=") | Tok::Op("<>") => CmpOp::NotEq,
            Tok::Name(n) if n == "in" => CmpOp::In,
            Tok::Name(n) if n == "not" => {
                if matches!(self.peek_tok(1), Tok::Name(m) if m == "in") {
                    self.advance();
                    CmpOp::NotIn
                } else {
                    return None;
                }
            }
            Tok::Name(n) if n == "is" => {
                if matches!(self.peek_tok(1), Tok::Name(m) if m == "not") {
                    self.advance();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let left = self.bitor()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comp_op() {
            ops.push(op);
            comparators.push(self.bitor()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let line = left.line;
        Ok(Expr::new(
            ExprKind::Compare {
                left: bx(left),
                ops,
                comparators,
            },
            line,
        ))
    }

    /// `expr`: bitwise or and everything tighter.
    pub(super) fn bitor(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    /// The binary operator at the current token and its level: 0 (`|`) to 5 (`*`).
    fn binop_here(&self) -> Option<(BinOp, u8)> {
        let Tok::Op(o) = self.tok() else {
            return None;
        };
        let b = o.as_bytes();
        let op = match (b.first()?, b.get(1)) {
            (b'|', None) => (BinOp::BitOr, 0),
            (b'^', None) => (BinOp::BitXor, 1),
            (b'&', None) => (BinOp::BitAnd, 2),
            (b'<', Some(b'<')) if b.len() == 2 => (BinOp::LShift, 3),
            (b'>', Some(b'>')) if b.len() == 2 => (BinOp::RShift, 3),
            (b'+', None) => (BinOp::Add, 4),
            (b'-', None) => (BinOp::Sub, 4),
            (b'*', None) => (BinOp::Mult, 5),
            (b'/', None) => (BinOp::Div, 5),
            (b'%', None) => (BinOp::Mod, 5),
            (b'/', Some(b'/')) if b.len() == 2 => (BinOp::FloorDiv, 5),
            (b'@', None) if !self.py2() => (BinOp::MatMult, 5),
            _ => return None,
        };
        Some(op)
    }

    /// Left-associative binary operators of level `min` (0: `|` ... 5: `*`) and tighter, by
    /// precedence climbing: one call per operand instead of one per level.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let mut left = self.factor()?;
        while let Some((op, level)) = self.binop_here() {
            if level < min {
                break;
            }
            self.advance();
            let right = self.binary(level + 1)?;
            let line = left.line;
            left = Expr::new(
                ExprKind::BinOp {
                    left: bx(left),
                    op,
                    right: bx(right),
                },
                line,
            );
        }
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.tok() {
            Tok::Op("-") => UnaryOp::USub,
            Tok::Op("+") => UnaryOp::UAdd,
            Tok::Op("~") => UnaryOp::Invert,
            _ => return self.power(),
        };
        let line = self.line();
        self.advance();
        // 2.7's ast.c folds `-NUMBER` (a bare literal, no trailer, no `**`) into a negative
        // constant, which decides e.g. whether `-2147483648` is an int or a long.
        if op == UnaryOp::USub && self.py2() {
            let lit = matches!(self.tok(), Tok::Int { .. } | Tok::Float(_) | Tok::Imag(_));
            let next_plain = !matches!(self.peek_tok(1), Tok::Op("(" | "[" | "." | "**"));
            if lit && next_plain {
                let c = match self.tok().clone() {
                    Tok::Int { value, long } => Constant::Int {
                        value: -value,
                        long,
                    },
                    Tok::Float(f) => Constant::Float(-f),
                    Tok::Imag(f) => Constant::Imag(-f),
                    _ => unreachable!("checked above"),
                };
                self.advance();
                return Ok(Expr::new(ExprKind::Constant(c), line));
            }
        }
        self.descend()?;
        let operand = self.factor();
        self.nest -= 1;
        Ok(Expr::new(
            ExprKind::UnaryOp {
                op,
                operand: bx(operand?),
            },
            line,
        ))
    }

    fn power(&mut self) -> PResult<Expr> {
        let base = self.atom_expr()?;
        if self.eat_op("**") {
            self.descend()?;
            let exp = self.factor();
            self.nest -= 1;
            let exp = exp?;
            let line = base.line;
            return Ok(Expr::new(
                ExprKind::BinOp {
                    left: bx(base),
                    op: BinOp::Pow,
                    right: bx(exp),
                },
                line,
            ));
        }
        Ok(base)
    }

    fn atom_expr(&mut self) -> PResult<Expr> {
        let mut e = self.atom()?;
        loop {
            match self.tok() {
                Tok::Op("(") => e = self.call_trailer(e)?,
                Tok::Op("[") => {
                    self.advance();
                    self.depth += 1;
                    let index = self.subscript_list()?;
                    self.depth -= 1;
                    self.expect_op("]")?;
                    let line = e.line;
                    e = Expr::new(
                        ExprKind::Subscript {
                            value: bx(e),
                            index: bx(index),
                        },
                        line,
                    );
                }
                Tok::Op(".") => {
                    self.advance();
                    let attr = self.attr_name()?;
                    let line = e.line;
                    e = Expr::new(ExprKind::Attribute { value: bx(e), attr }, line);
                }
                _ => return Ok(e),
            }
        }
    }

    /// `( arguments )` applied to `func`.
    pub(super) fn call_trailer(&mut self, func: Expr) -> PResult<Expr> {
        self.expect_op("(")?;
        self.depth += 1;
        let (args, keywords) = self.call_args()?;
        self.depth -= 1;
        self.expect_op(")")?;
        let line = func.line;
        Ok(Expr::new(
            ExprKind::Call {
                func: bx(func),
                args,
                keywords,
            },
            line,
        ))
    }

    /// The name after `.`: 2.7 also rejects keywords there.
    fn attr_name(&mut self) -> PResult<String> {
        self.ident()
    }

    fn atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        let kind = match self.tok() {
            Tok::Name(n) if n == "await" && !self.py2() => {
                // No async functions in the AST, so every `await` is outside one: CPython's
                // compiler rejects it once the whole source has parsed.
                self.advance();
                let operand = self.atom_expr()?;
                let msg = if self.in_function == 0 {
                    "'await' outside function"
                } else {
                    "'await' outside async function"
                };
                self.late_error(msg.to_string(), line, false);
                return Ok(operand);
            }
            Tok::Name(n) => {
                let c = match n.as_str() {
                    "None" => Some(Constant::None),
                    "True" if !self.py2() => Some(Constant::True),
                    "False" if !self.py2() => Some(Constant::False),
                    _ => None,
                };
                if let Some(c) = c {
                    self.advance();
                    ExprKind::Constant(c)
                } else if self.is_reserved(n) {
                    return Err(self.fail());
                } else {
                    let n = n.clone();
                    self.advance();
                    ExprKind::Name(n)
                }
            }
            Tok::Int { value, long } => {
                let c = Constant::Int {
                    value: value.clone(),
                    long: *long,
                };
                self.advance();
                ExprKind::Constant(c)
            }
            Tok::Float(f) => {
                let f = *f;
                self.advance();
                ExprKind::Constant(Constant::Float(f))
            }
            Tok::Imag(f) => {
                let f = *f;
                self.advance();
                ExprKind::Constant(Constant::Imag(f))
            }
            Tok::Str(_) => return self.strings(),
            Tok::Op("...") if !self.py2() => {
                self.advance();
                ExprKind::Constant(Constant::Ellipsis)
            }
            Tok::Op("(") => return self.paren(),
            Tok::Op("[") => return self.list_display(),
            Tok::Op("{") => return self.brace_display(),
            Tok::Op("`") if self.grammar.has_backticks => {
                self.advance();
                let e = self.testlist_plain()?;
                self.expect_op("`")?;
                ExprKind::Repr(bx(e))
            }
            _ => return Err(self.fail()),
        };
        Ok(Expr::new(kind, line))
    }

    fn paren(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.expect_op("(")?;
        self.depth += 1;
        if self.eat_op(")") {
            self.depth -= 1;
            return Ok(Expr::new(ExprKind::Tuple(Vec::new()), line));
        }
        if self.is_kw("yield") {
            let e = self.yield_expr()?;
            self.depth -= 1;
            self.expect_op(")")?;
            return Ok(e);
        }
        let first_start = self.pos;
        let first = self.star_or_named()?;
        if self.is_comp_for() {
            self.check_comprehension_element(&first)?;
            let generators = self.comp_for()?;
            self.depth -= 1;
            self.expect_op(")")?;
            return Ok(self.comp_checked(Expr::new(
                ExprKind::GeneratorExp {
                    elt: bx(first),
                    generators,
                },
                line,
            )));
        }
        if self.eat_op(")") {
            self.depth -= 1;
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(
                    self.error_at("cannot use starred expression here".to_string(), first.line)
                );
            }
            // Parentheses keep the inner node's own line in 3.8+; 2.7 gives the inner line too.
            return Ok(first);
        }
        let items = self.rest_of_list(first, first_start, ")")?;
        self.depth -= 1;
        self.expect_op(")")?;
        Ok(Expr::new(ExprKind::Tuple(items), line))
    }

    /// After the first element of a display: `, elt, elt [,]` up to `close`.
    fn rest_of_list(&mut self, first: Expr, first_start: usize, close: &str) -> PResult<Vec<Expr>> {
        let mut items = vec![first];
        let mut last_start = first_start;
        loop {
            if self.eat_op(",") {
                if self.is_op(close) {
                    break;
                }
                last_start = self.pos;
                items.push(self.star_or_named()?);
            } else if self.is_op(close) {
                break;
            } else {
                if self.is_op("=") {
                    let at = self.pos;
                    if let Some(last) = items.last() {
                        if let Some(err) = self.assign_in_expr_error(last, at) {
                            return Err(err);
                        }
                    }
                    self.pos = at;
                }
                let last = items
                    .last()
                    .unwrap_or_else(|| unreachable!("one item at least"));
                let err = self.missing_comma(last, last_start);
                if close == ")" && err.message == self.msgs.forgot_comma() {
                    // pegen raises this one without reading on to the end of the brackets.
                    self.no_eof_scan = true;
                }
                return Err(err);
            }
        }
        Ok(items)
    }

    /// The error for an element followed by something that is neither `,` nor the closer.
    ///
    /// pegen's `invalid_expression` suggests a comma when the element (a `disjunction`
    /// starting at token `elt_start`) is followed by another expression inside brackets,
    /// unless the element starts with a NAME directly followed by a STRING or with a soft
    /// keyword. CPython compares soft keywords by the NAME's length only, so any prefix of
    /// `_`, `case`, `match` or `type` (`t`, `ma`, `c`) counts as one.
    pub(super) fn missing_comma(&mut self, elt: &Expr, elt_start: usize) -> SyntaxError {
        if self.py2() || self.depth == 0 || !self.starts_expr() || self.is_kw("not") {
            return self.fail();
        }
        if matches!(
            elt.kind,
            ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::Starred(_)
                | ExprKind::NamedExpr { .. }
                | ExprKind::Yield(_)
                | ExprKind::YieldFrom(_)
        ) {
            return self.fail();
        }
        if let Some(Tok::Name(n)) = self.toks.get(elt_start).map(|t| &t.tok) {
            let soft = ["_", "case", "match", "type"]
                .iter()
                .any(|kw| kw.starts_with(n.as_str()));
            let name_string = matches!(
                self.toks.get(elt_start + 1).map(|t| &t.tok),
                Some(Tok::Str(_))
            );
            if soft {
                return self.fail();
            }
            if name_string {
                // `b"x"s()`: no hint for the NAME, but pegen tries again from the string,
                // which is followed by another expression.
                if elt_start + 1 == self.pos {
                    let string_line = self.line();
                    if self.speculate(|p| {
                        p.or_test().is_ok() && p.starts_expr() && p.complete_expression()
                    }) {
                        return self.error_at(self.msgs.forgot_comma(), string_line);
                    }
                }
                return self.fail();
            }
        }
        // The next expression must parse completely (`b=expression_without_invalid`).
        if !self.speculate(|p| p.complete_expression()) {
            return self.fail();
        }
        self.error_at(self.msgs.forgot_comma(), elt.line)
    }

    /// Whether an expression parses here: a conditional expression, or failing that its
    /// first `disjunction` (PEG tries both).
    fn complete_expression(&mut self) -> bool {
        let save = self.pos;
        if self.speculate(|p| p.test().is_ok()) {
            return true;
        }
        self.pos = save;
        self.or_test().is_ok()
    }

    /// Runs `f` and undoes everything it did to the parser state but `max_pos`.
    fn speculate(&mut self, f: impl FnOnce(&mut Self) -> bool) -> bool {
        let (save, save_depth, save_nest) = (self.pos, self.depth, self.nest);
        let (sym, comp, ast, unsup) = (
            self.late_symtable.clone(),
            self.late_compiler.clone(),
            self.late_ast.clone(),
            self.late_unsupported.clone(),
        );
        let ok = f(self);
        self.pos = save;
        self.depth = save_depth;
        self.nest = save_nest;
        (
            self.late_symtable,
            self.late_compiler,
            self.late_ast,
            self.late_unsupported,
        ) = (sym, comp, ast, unsup);
        ok
    }

    /// 3.x's "expression expected after dictionary key and ':'".
    fn check_dict_value(&self) -> PResult<()> {
        if (self.is_op(",") || self.is_op("}")) && !self.py2() {
            return Err(
                self.error_here("expression expected after dictionary key and ':'".to_string())
            );
        }
        Ok(())
    }

    /// `*expr` (3.x) or a `namedexpr_test`.
    pub(super) fn star_or_named(&mut self) -> PResult<Expr> {
        if self.is_op("*") && !self.py2() {
            let line = self.line();
            self.advance();
            self.check_star_operand()?;
            let e = self.bitor()?;
            return Ok(Expr::new(ExprKind::Starred(bx(e)), line));
        }
        if self.py2() {
            self.test()
        } else {
            self.namedexpr_test()
        }
    }

    /// `*expr` (3.x) or a `test`.
    pub(super) fn star_or_test(&mut self) -> PResult<Expr> {
        if self.is_op("*") && !self.py2() {
            let line = self.line();
            self.advance();
            let e = self.bitor()?;
            return Ok(Expr::new(ExprKind::Starred(bx(e)), line));
        }
        self.test()
    }

    /// 3.x comprehensions are functions: a `yield` in any part but the first iterable is
    /// "'yield' inside list comprehension" (from the symbol table, hence a late error that
    /// replaces the "'yield' outside function" recorded for the same yield).
    fn comp_checked(&mut self, e: Expr) -> Expr {
        if self.py2() {
            return e;
        }
        let (what, gens, elts): (&str, &[Comprehension], Vec<&Expr>) = match &e.kind {
            ExprKind::ListComp { elt, generators } => ("list comprehension", generators, vec![elt]),
            ExprKind::SetComp { elt, generators } => ("set comprehension", generators, vec![elt]),
            ExprKind::GeneratorExp { elt, generators } => {
                ("generator expression", generators, vec![elt])
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => ("dict comprehension", generators, vec![key, value]),
            _ => return e,
        };
        let mut parts = elts;
        for (i, g) in gens.iter().enumerate() {
            parts.push(&g.target);
            if i > 0 {
                parts.push(&g.iter);
            }
            parts.extend(g.ifs.iter());
        }
        if let Some(line) = parts.into_iter().find_map(yield_line) {
            let replace = match &self.late_symtable {
                None => true,
                Some(prev) => prev.line == line && prev.message.contains("outside function"),
            };
            if replace {
                self.late_symtable = Some(super::SyntaxError {
                    ty: "SyntaxError".to_string(),
                    message: format!("'yield' inside {what}"),
                    line,
                });
            }
        }
        e
    }

    /// 3.13's "Invalid star expression": a `*` with nothing to unpack.
    fn check_star_operand(&self) -> PResult<()> {
        if !self.starts_expr() {
            if let Some(m) = self.msgs.invalid_star_expression() {
                return Err(self.error_here(m));
            }
        }
        Ok(())
    }

    /// 3.x refuses `[*a for a in b]` and `{**d for ...}`.
    fn check_comprehension_element(&self, elt: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = elt.kind {
            return Err(self.error_at(
                "iterable unpacking cannot be used in comprehension".to_string(),
                elt.line,
            ));
        }
        Ok(())
    }

    pub(super) fn is_comp_for(&self) -> bool {
        self.is_kw("for") || (self.is_kw("async") && !self.py2())
    }

    /// One or more `for ... in ... [if ...]` clauses.
    pub(super) fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        self.comp_for_impl(false)
    }

    fn comp_for_impl(&mut self, py2_list: bool) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while self.is_kw("for") {
            self.advance();
            let target_start = self.pos;
            let target = self.target_list(&["in"])?;
            let r = super::stmt::check_target(self, &target, super::stmt::TargetCtx::For);
            self.ast_check(r)?;
            if !self.is_kw("in") && !matches!(self.tok(), Tok::Error(_)) {
                if let Some(m) = self.msgs.in_expected_after_for_targets() {
                    return Err(self.error_at(m, target.line));
                }
                // 3.12 reads `for x y` as a missing comma between `x` and `y`.
                let (last, last_start) = match &target.kind {
                    ExprKind::Tuple(items) if !items.is_empty() => {
                        let comma = self.toks[target_start..self.pos]
                            .iter()
                            .rposition(|t| matches!(t.tok, Tok::Op(",")))
                            .map_or(target_start, |i| target_start + i + 1);
                        (&items[items.len() - 1], comma)
                    }
                    _ => (&target, target_start),
                };
                return Err(self.missing_comma(last, last_start));
            }
            self.expect_kw("in")?;
            let mut iter = self.or_test()?;
            if py2_list && self.is_op(",") {
                // 2.7's `testlist_safe`: `[x for x in 1, 2]`.
                let line = iter.line;
                let mut items = vec![iter];
                while self.eat_op(",") {
                    if self.is_op("]") {
                        break;
                    }
                    items.push(self.test_nocond()?);
                }
                iter = Expr::new(ExprKind::Tuple(items), line);
            }
            let mut ifs = Vec::new();
            while self.is_kw("if") {
                self.advance();
                ifs.push(self.test_nocond()?);
            }
            gens.push(Comprehension { target, iter, ifs });
        }
        Ok(gens)
    }

    fn list_display(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.expect_op("[")?;
        self.depth += 1;
        if self.eat_op("]") {
            self.depth -= 1;
            return Ok(Expr::new(ExprKind::List(Vec::new()), line));
        }
        let first_start = self.pos;
        let first = self.star_or_named()?;
        if self.is_comp_for() {
            self.check_comprehension_element(&first)?;
            let generators = self.comp_for_impl(self.py2())?;
            self.depth -= 1;
            self.expect_op("]")?;
            return Ok(self.comp_checked(Expr::new(
                ExprKind::ListComp {
                    elt: bx(first),
                    generators,
                },
                line,
            )));
        }
        let items = self.rest_of_list(first, first_start, "]")?;
        self.depth -= 1;
        self.expect_op("]")?;
        Ok(Expr::new(ExprKind::List(items), line))
    }

    fn brace_display(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.expect_op("{")?;
        self.depth += 1;
        if self.eat_op("}") {
            self.depth -= 1;
            return Ok(Expr::new(ExprKind::Dict(Vec::new()), line));
        }
        let first_start = self.pos;
        let first_key = if self.is_op("**") && !self.py2() {
            self.advance();
            None
        } else {
            Some(self.star_or_named()?)
        };
        let kind = match first_key {
            Some(k) if !self.is_op(":") => {
                // A set.
                if self.is_comp_for() {
                    self.check_comprehension_element(&k)?;
                    let generators = self.comp_for()?;
                    ExprKind::SetComp {
                        elt: bx(k),
                        generators,
                    }
                } else {
                    ExprKind::Set(self.rest_of_list(k, first_start, "}")?)
                }
            }
            first_key => {
                let mut value_start = self.pos;
                let first_value = if first_key.is_some() {
                    self.expect_op(":")?;
                    self.check_dict_value()?;
                    value_start = self.pos;
                    self.test()?
                } else {
                    self.bitor()?
                };
                if first_key.is_none() && self.is_comp_for() {
                    return Err(self.error_at(
                        "dict unpacking cannot be used in dict comprehension".to_string(),
                        first_value.line,
                    ));
                }
                if first_key.is_some() && self.is_comp_for() {
                    let generators = self.comp_for()?;
                    let key = first_key.unwrap_or_else(|| unreachable!("checked"));
                    ExprKind::DictComp {
                        key: bx(key),
                        value: bx(first_value),
                        generators,
                    }
                } else {
                    let mut items = vec![(first_key, first_value)];
                    loop {
                        if self.eat_op(",") {
                            if self.is_op("}") {
                                break;
                            }
                            if self.is_op("**") && !self.py2() {
                                self.advance();
                                value_start = self.pos;
                                items.push((None, self.bitor()?));
                            } else {
                                let k = self.test()?;
                                if self.is_op(",") || self.is_op("}") {
                                    if let Some(m) = self.msgs.dict_key_without_value() {
                                        return Err(self.error_at(m, k.line));
                                    }
                                }
                                self.expect_op(":")?;
                                self.check_dict_value()?;
                                value_start = self.pos;
                                let v = self.test()?;
                                items.push((Some(k), v));
                            }
                        } else if self.is_op("}") {
                            break;
                        } else {
                            let (_, last) = items
                                .last()
                                .unwrap_or_else(|| unreachable!("one item at least"));
                            return Err(self.missing_comma(last, value_start));
                        }
                    }
                    ExprKind::Dict(items)
                }
            }
        };
        self.depth -= 1;
        self.expect_op("}")?;
        Ok(self.comp_checked(Expr::new(kind, line)))
    }

    /// `testlist` without stars: `a, b` becomes a tuple, a single item stays itself.
    pub(super) fn testlist_plain(&mut self) -> PResult<Expr> {
        let first = self.test()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let line = first.line;
        let mut items = vec![first];
        while self.eat_op(",") {
            if !self.starts_expr() {
                break;
            }
            items.push(self.test()?);
        }
        Ok(Expr::new(ExprKind::Tuple(items), line))
    }

    /// `testlist_star_expr` (statement level): `a, *b` becomes a tuple. With `named`, each
    /// item may be `x := y`... only when parenthesised, so this just uses `test`.
    pub(super) fn testlist_star(&mut self, _named: bool) -> PResult<Expr> {
        let first = self.star_or_test()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let line = first.line;
        let mut items = vec![first];
        while self.eat_op(",") {
            if !(self.starts_expr() || (self.is_op("*") && !self.py2())) {
                break;
            }
            items.push(self.star_or_test()?);
        }
        Ok(Expr::new(ExprKind::Tuple(items), line))
    }

    /// `exprlist` used as a target (`for` and `del`): stops before any of `stops`.
    pub(super) fn target_list(&mut self, stops: &[&str]) -> PResult<Expr> {
        let star_expr = |p: &mut Self| -> PResult<Expr> {
            if p.is_op("*") && !p.py2() {
                let line = p.line();
                p.advance();
                let e = p.bitor()?;
                return Ok(Expr::new(ExprKind::Starred(bx(e)), line));
            }
            p.bitor()
        };
        let first = star_expr(self)?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let line = first.line;
        let mut items = vec![first];
        while self.eat_op(",") {
            if stops.iter().any(|s| self.is_kw(s))
                || !(self.starts_expr() || (self.is_op("*") && !self.py2()))
            {
                break;
            }
            items.push(star_expr(self)?);
        }
        Ok(Expr::new(ExprKind::Tuple(items), line))
    }

    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.expect_kw("yield")?;
        if self.in_function == 0 && self.dead == 0 {
            self.late_error("'yield' outside function".to_string(), line, true);
        }
        if !self.py2() && self.eat_kw("from") {
            let e = self.test()?;
            return Ok(Expr::new(ExprKind::YieldFrom(bx(e)), line));
        }
        if self.starts_expr() || (self.is_op("*") && !self.py2()) {
            let e = if self.py2() {
                self.testlist_plain()?
            } else {
                self.testlist_star(false)?
            };
            return Ok(Expr::new(ExprKind::Yield(Some(bx(e))), line));
        }
        Ok(Expr::new(ExprKind::Yield(None), line))
    }

    fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut saw_kw_unpack = false;
        let mut saw_star = false;
        let mut n_items = 0usize;
        let mut genexp_line = None;
        while !self.is_op(")") {
            let line = self.line();
            n_items += 1;
            // Where the element that may lack a following comma starts, and whether it is a
            // keyword's value.
            let mut last_start = self.pos;
            let mut last_is_keyword = false;
            if self.eat_op("*") {
                if !self.py2() {
                    self.check_star_operand()?;
                }
                let e = self.test()?;
                if !self.py2() && self.is_comp_for() {
                    return Err(self.error_at(
                        "iterable unpacking cannot be used in comprehension".to_string(),
                        line,
                    ));
                }
                if self.py2() && (saw_star || saw_kw_unpack) {
                    return Err(self.error_at(self.msgs.invalid_syntax(), line));
                }
                if saw_kw_unpack {
                    return Err(self.error_at(self.msgs.iterable_unpacking_after_kwargs(), line));
                }
                saw_star = true;
                args.push(Expr::new(ExprKind::Starred(bx(e)), line));
            } else if self.eat_op("**") {
                last_start = self.pos;
                last_is_keyword = true;
                let e = self.test()?;
                if self.py2() && saw_kw_unpack {
                    return Err(self.error_at(self.msgs.invalid_syntax(), line));
                }
                saw_kw_unpack = true;
                keywords.push(Keyword {
                    arg: None,
                    value: e,
                });
            } else {
                let e = if self.py2() {
                    self.test()?
                } else {
                    self.namedexpr_test()?
                };
                if self.is_op("=") {
                    if self.py2() && saw_kw_unpack {
                        // 2.7's grammar allows nothing after `**kwargs`.
                        return Err(self.fail());
                    }
                    self.advance();
                    let name = match &e.kind {
                        ExprKind::Name(name) => name.clone(),
                        other => {
                            let msg = match other {
                                ExprKind::Constant(
                                    Constant::None | Constant::True | Constant::False,
                                ) => self
                                    .msgs
                                    .cannot_assign(super::stmt::describe_target(&e), false),
                                _ => self.msgs.keyword_is_expression(),
                            };
                            self.ast_error(msg, e.line)?;
                            String::new()
                        }
                    };
                    if self.py2() && name == "None" {
                        self.ast_error(self.msgs.cannot_assign("None", false), e.line)?;
                    }
                    if keywords
                        .iter()
                        .any(|k| k.arg.as_deref() == Some(name.as_str()))
                    {
                        self.ast_error(self.msgs.keyword_repeated(&name), line)?;
                    }
                    last_start = self.pos;
                    last_is_keyword = true;
                    let value = self.test()?;
                    keywords.push(Keyword {
                        arg: Some(name),
                        value,
                    });
                } else if self.is_comp_for() {
                    let generators = self.comp_for()?;
                    genexp_line.get_or_insert(line);
                    let g = Expr::new(
                        ExprKind::GeneratorExp {
                            elt: bx(e),
                            generators,
                        },
                        line,
                    );
                    args.push(self.comp_checked(g));
                } else {
                    if self.py2() && saw_kw_unpack {
                        // 2.7's grammar allows nothing after `**kwargs`.
                        return Err(self.error_at(self.msgs.invalid_syntax(), line));
                    }
                    let saw_named = keywords.iter().any(|k| k.arg.is_some());
                    if saw_kw_unpack || saw_named || (self.py2() && saw_star) {
                        let msg = self
                            .msgs
                            .positional_after_keyword(saw_kw_unpack && !saw_named, saw_star);
                        self.ast_error(msg, line)?;
                    }
                    args.push(e);
                }
            }
            if !self.eat_op(",") {
                if !self.is_op(")") {
                    let last = if last_is_keyword {
                        keywords.last().map(|k| &k.value)
                    } else {
                        args.last()
                    };
                    return Err(match last {
                        Some(elt) => self.missing_comma(elt, last_start),
                        None => self.fail(),
                    });
                }
                break;
            }
        }
        if let Some(line) = genexp_line {
            if n_items > 1 {
                self.ast_error(self.msgs.genexp_must_be_parenthesized(), line)?;
            }
        }
        Ok((args, keywords))
    }

    fn subscript_list(&mut self) -> PResult<Expr> {
        let first = self.subscript()?;
        if !self.is_op(",") {
            if let ExprKind::Starred(_) = first.kind {
                // `x[*a]` (3.11+) indexes with a one-element tuple.
                let line = first.line;
                return Ok(Expr::new(ExprKind::Tuple(vec![first]), line));
            }
            return Ok(first);
        }
        let line = first.line;
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.is_op("]") {
                break;
            }
            items.push(self.subscript()?);
        }
        Ok(Expr::new(ExprKind::Tuple(items), line))
    }

    fn subscript(&mut self) -> PResult<Expr> {
        let line = self.line();
        if self.py2() && self.is_op("...") {
            self.advance();
            return Ok(Expr::new(ExprKind::Constant(Constant::Ellipsis), line));
        }
        let lower = if self.is_op(":") {
            None
        } else {
            let e = self.star_or_named()?;
            if !self.is_op(":") {
                return Ok(e);
            }
            Some(bx(e))
        };
        self.expect_op(":")?;
        let upper = if self.is_op(":") || self.is_op(",") || self.is_op("]") {
            None
        } else {
            Some(bx(self.test()?))
        };
        let mut step = None;
        if self.eat_op(":") && !(self.is_op(",") || self.is_op("]")) {
            step = Some(bx(self.test()?));
        }
        Ok(Expr::new(ExprKind::Slice { lower, upper, step }, line))
    }

    /// Formal parameters of a `def` (inside parentheses, `close` is `)`) or a `lambda`
    /// (`close` is `:`). 2.7's tuple parameters (`def f(a, (b, c))`) come back as hidden
    /// parameters named `.N` plus the `(b, c) = .N` unpackings the body must start with,
    /// exactly as 2.7's compiler arranges them.
    pub(super) fn parameters(&mut self, annotations: bool, close: &str) -> PResult<Arguments> {
        let (a, unpack) = self.parameters_with_unpack(annotations, close)?;
        if let Some((_, target)) = unpack.first() {
            // A lambda has no body to unpack into.
            let line = target.line;
            self.note_unsupported(SyntaxGap::LambdaTupleParameters.name(), line);
        }
        Ok(a)
    }

    pub(super) fn parameters_with_unpack(
        &mut self,
        annotations: bool,
        close: &str,
    ) -> PResult<(Arguments, Vec<(String, Expr)>)> {
        let mut a = Arguments::default();
        let mut unpack = Vec::new();
        let mut seen_default = false;
        let mut star_seen = false;
        while !self.is_op(close) {
            let line = self.line();
            if self.eat_op("**") {
                a.kwarg = Some(self.param_name()?);
                self.param_annotation(annotations)?;
                if self.eat_op(",") && !self.is_op(close) {
                    if self.py2() || !self.at_ident() && !self.is_op("*") && !self.is_op("**") {
                        return Err(self.fail());
                    }
                    return Err(self.error_at(self.msgs.args_after_kwargs(), line));
                }
                if self.py2() && !self.is_op(close) {
                    return Err(self.fail());
                }
                if self.py2() && matches!(self.toks[self.pos - 1].tok, Tok::Op(",")) {
                    return Err(self.fail());
                }
                break;
            }
            if self.eat_op("*") {
                if star_seen {
                    return Err(match self.msgs.star_arg_twice() {
                        Some(m) => self.error_at(m, line),
                        None => self.fail(),
                    });
                }
                star_seen = true;
                if self.at_ident() {
                    a.vararg = Some(self.param_name()?);
                    self.param_annotation(annotations)?;
                    if !self.grammar.has_kwonly_args
                        && self.is_op(",")
                        && !matches!(self.peek_tok(1), Tok::Op("**"))
                    {
                        self.advance();
                        return Err(self.fail());
                    }
                } else if !self.grammar.has_kwonly_args {
                    return Err(self.fail());
                } else if self.is_op(close)
                    || (self.is_op(",")
                        && matches!(self.peek_tok(1), Tok::Op(c) if *c == close || *c == "**"))
                {
                    return Err(self.error_at(self.msgs.named_after_bare_star(), line));
                }
            } else if self.is_op("/") && !self.py2() && !star_seen {
                // Positional-only marker (3.8+): the AST has no place for it.
                self.note_unsupported(SyntaxGap::PositionalOnlyParameters.name(), line);
                self.advance();
            } else {
                let name = if self.is_op("(") && !star_seen {
                    if !self.py2() {
                        return Err(
                            self.error_here(self.msgs.parenthesized_parameters(close == ":"))
                        );
                    }
                    let target = self.tuple_param()?;
                    match target.kind {
                        ExprKind::Name(n) => n,
                        _ => {
                            let hidden = format!(".{}", a.args.len());
                            unpack.push((hidden.clone(), target));
                            hidden
                        }
                    }
                } else {
                    self.param_name()?
                };
                self.param_annotation(annotations)?;
                let default = if self.eat_op("=") {
                    Some(self.test()?)
                } else {
                    None
                };
                if star_seen {
                    a.kwonly.push((name, default));
                } else {
                    if let Some(d) = default {
                        seen_default = true;
                        a.defaults.push(d);
                    } else if seen_default {
                        self.ast_error(self.msgs.non_default_after_default(), line)?;
                    }
                    a.args.push(name);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok((a, unpack))
    }

    /// A parameter name; 2.7 refuses `None` there.
    fn param_name(&mut self) -> PResult<String> {
        let line = self.line();
        let n = self.ident()?;
        if self.py2() && n == "None" {
            self.ast_error(self.msgs.cannot_assign("None", false), line)?;
        }
        Ok(n)
    }

    /// 2.7's `'(' fplist ')'`: a nested tuple of names.
    fn tuple_param(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.expect_op("(")?;
        let mut items = Vec::new();
        let mut trailing = false;
        while !self.is_op(")") {
            let item = if self.is_op("(") {
                self.tuple_param()?
            } else {
                let l = self.line();
                Expr::new(ExprKind::Name(self.param_name()?), l)
            };
            items.push(item);
            trailing = self.eat_op(",");
            if !trailing {
                break;
            }
        }
        self.expect_op(")")?;
        if items.len() == 1 && !trailing {
            return Ok(items.pop().unwrap_or_else(|| unreachable!("one item")));
        }
        if items.is_empty() {
            return Err(self.fail());
        }
        Ok(Expr::new(ExprKind::Tuple(items), line))
    }

    fn param_annotation(&mut self, annotations: bool) -> PResult<()> {
        if annotations && !self.py2() && self.eat_op(":") {
            // Annotations are evaluated for their side effects only; the AST drops them.
            self.test()?;
        }
        Ok(())
    }
}

/// The line of the first `yield` in `e` outside nested functions (lambdas).
fn yield_line(e: &Expr) -> Option<u32> {
    let sub = |x: &Expr| yield_line(x);
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Some(e.line),
        ExprKind::Lambda { .. } | ExprKind::Name(_) | ExprKind::Constant(_) => None,
        ExprKind::BoolOp { values, .. } => values.iter().find_map(sub),
        ExprKind::BinOp { left, right, .. } => sub(left).or_else(|| sub(right)),
        ExprKind::UnaryOp { operand, .. } => sub(operand),
        ExprKind::Compare {
            left, comparators, ..
        } => sub(left).or_else(|| comparators.iter().find_map(sub)),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => sub(func)
            .or_else(|| args.iter().find_map(sub))
            .or_else(|| keywords.iter().find_map(|k| sub(&k.value))),
        ExprKind::Attribute { value, .. } => sub(value),
        ExprKind::Subscript { value, index } => sub(value).or_else(|| sub(index)),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .find_map(|x| sub(x)),
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            items.iter().find_map(sub)
        }
        ExprKind::Dict(items) => items
            .iter()
            .find_map(|(k, v)| k.as_ref().and_then(sub).or_else(|| sub(v))),
        // A nested comprehension reported its own yields; only its first iterable is ours.
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. }
        | ExprKind::DictComp { generators, .. } => generators.first().and_then(|g| sub(&g.iter)),
        ExprKind::IfExp { test, body, orelse } => {
            sub(test).or_else(|| sub(body)).or_else(|| sub(orelse))
        }
        ExprKind::NamedExpr { value, .. } => sub(value),
        ExprKind::Starred(inner) | ExprKind::Repr(inner) => sub(inner),
        ExprKind::FString(parts) => parts.iter().find_map(|p| match p {
            crate::vm::ast::FStringPart::Field { value, .. } => sub(value),
            crate::vm::ast::FStringPart::Literal(_) => None,
        }),
    }
}
