//! Statements: simple statements, compound statements, blocks and assignment targets.

use crate::version::SyntaxGap;
use crate::vm::ast::{
    Alias, ClassDef, Constant, ExceptHandler, Expr, ExprKind, FunctionDef, Stmt, StmtKind, WithItem,
};
use crate::vm::lexer::Tok;

use super::{PResult, Parser, SyntaxError};

/// Where a target appears, for validation messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TargetCtx {
    /// `a = b`; `hint` for 3.x's "Maybe you meant '=='" form.
    Assign {
        hint: bool,
    },
    For,
    Del,
    With,
    Except,
}

/// CPython 3's name for an expression kind in error messages (`_PyPegen_get_expr_name`).
pub(super) fn describe_target(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Repr(_) => "repr",
    }
}

/// Checks that `e` can be assigned to (or deleted, for [`TargetCtx::Del`]).
pub(super) fn check_target(p: &Parser<'_>, e: &Expr, ctx: TargetCtx) -> PResult<()> {
    let bad = |what: &str| -> SyntaxError {
        let msg = match ctx {
            TargetCtx::Del => p.msgs.cannot_delete(what),
            TargetCtx::Assign { hint } => p.msgs.cannot_assign(what, hint),
            _ => p.msgs.cannot_assign(what, false),
        };
        p.error_at(msg, e.line)
    };
    match &e.kind {
        ExprKind::Name(n) => {
            if p.py2() && n == "None" {
                return Err(bad("None"));
            }
            if n == "__debug__" && ctx != TargetCtx::Del {
                return Err(bad("__debug__"));
            }
            Ok(())
        }
        ExprKind::Attribute { attr, .. } => {
            if p.py2() && attr == "None" {
                return Err(bad("None"));
            }
            Ok(())
        }
        ExprKind::Subscript { .. } => Ok(()),
        // 2.7 has no empty tuple target (`() = x`, `del ()`).
        ExprKind::Tuple(items) if items.is_empty() && p.py2() => Err(bad("()")),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let mut n_star = 0;
            for item in items {
                if let ExprKind::Starred(inner) = &item.kind {
                    if ctx == TargetCtx::Del {
                        return Err(bad("starred"));
                    }
                    n_star += 1;
                    check_target(p, inner, ctx)?;
                } else {
                    check_target(p, item, ctx)?;
                }
            }
            if n_star > 1 {
                return Err(p.error_at(
                    "multiple starred expressions in assignment".to_string(),
                    e.line,
                ));
            }
            Ok(())
        }
        ExprKind::Starred(_) if ctx != TargetCtx::Del => Err(p.error_at(
            "starred assignment target must be in a list or tuple".to_string(),
            e.line,
        )),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) if !matches!(ctx, TargetCtx::Del) => Err(p
            .error_at(
                "assignment to yield expression not possible".to_string(),
                e.line,
            )),
        _ => Err(bad(describe_target(e))),
    }
}

impl Parser<'_> {
    /// Parses one statement (compound, or a line of simple ones) into `out`.
    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if let Some(construct) = self.unsupported_statement() {
            let line = self.line();
            self.note_unsupported(construct, line);
            if construct == "async statement" {
                self.advance();
                if !(self.is_kw("def") || self.is_kw("for") || self.is_kw("with")) {
                    return Err(self.fail());
                }
            } else {
                self.skip_statement();
                return Ok(());
            }
        }
        let Tok::Name(word) = self.tok() else {
            if self.is_op("@") {
                let s = self.decorated()?;
                self.after_stmt(&s);
                out.push(s);
                return Ok(());
            }
            return self.simple_stmts(out);
        };
        let s = match word.as_str() {
            "if" => self.if_stmt()?,
            "while" => self.while_stmt()?,
            "for" => self.for_stmt()?,
            "try" => self.try_stmt()?,
            "with" => self.with_stmt()?,
            "def" => self.funcdef(Vec::new(), None)?,
            "class" => self.classdef(Vec::new(), None)?,
            _ => return self.simple_stmts(out),
        };
        self.after_stmt(&s);
        out.push(s);
        Ok(())
    }

    /// 3.x statements the AST has no node for: `async def/for/with`, `match` and `type`
    /// (the last two are soft keywords, recognised by what follows them).
    fn unsupported_statement(&self) -> Option<&'static str> {
        if self.py2() {
            return None;
        }
        let Tok::Name(word) = self.tok() else {
            return None;
        };
        match word.as_str() {
            "async" => Some(SyntaxGap::AsyncStatement.name()),
            "type"
                if matches!(self.peek_tok(1), Tok::Name(_))
                    && matches!(self.peek_tok(2), Tok::Op("=" | "[")) =>
            {
                Some(SyntaxGap::TypeAlias.name())
            }
            "match" if self.looks_like_match() => Some(SyntaxGap::MatchStatement.name()),
            _ => None,
        }
    }

    /// Skips a statement the AST cannot hold: its logical line and any indented block.
    fn skip_statement(&mut self) {
        while !matches!(self.tok(), Tok::Newline | Tok::EndMarker | Tok::Error(_)) {
            self.advance();
        }
        if !matches!(self.tok(), Tok::Newline) {
            return;
        }
        self.advance();
        if !matches!(self.tok(), Tok::Indent) {
            return;
        }
        let mut depth = 0u32;
        loop {
            match self.tok() {
                Tok::Indent => depth += 1,
                Tok::Dedent => {
                    depth -= 1;
                    if depth == 0 {
                        self.advance();
                        return;
                    }
                }
                Tok::EndMarker | Tok::Error(_) => return,
                _ => {}
            }
            self.advance();
        }
    }

    /// `match subject:` followed by an indented `case`.
    fn looks_like_match(&self) -> bool {
        let mut depth = 0i32;
        let mut i = self.pos + 1;
        while i < self.toks.len() {
            match &self.toks[i].tok {
                Tok::Op("(" | "[" | "{") => depth += 1,
                Tok::Op(")" | "]" | "}") => depth -= 1,
                Tok::Newline | Tok::EndMarker | Tok::Error(_) => break,
                _ => {}
            }
            i += 1;
        }
        depth == 0
            && i > self.pos + 2
            && matches!(self.toks[i - 1].tok, Tok::Op(":"))
            && matches!(self.toks.get(i + 1).map(|t| &t.tok), Some(Tok::Indent))
            && matches!(self.toks.get(i + 2).map(|t| &t.tok), Some(Tok::Name(n)) if n == "case")
    }

    /// Keeps track of whether a `from __future__` import is still allowed.
    fn after_stmt(&mut self, s: &Stmt) {
        let is_doc = self.first_stmt
            && matches!(&s.kind, StmtKind::Expr(e)
                if matches!(e.kind, ExprKind::Constant(Constant::Str { .. })));
        let is_future = matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), level: 0, .. } if m == "__future__");
        if !is_doc && !is_future {
            self.future_ok = false;
        }
        self.first_stmt = false;
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.small_stmt()?;
            self.after_stmt(&s);
            out.push(s);
            if self.eat_op(";") {
                if matches!(self.tok(), Tok::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if !matches!(self.tok(), Tok::Newline) {
            return Err(self.fail());
        }
        self.advance();
        Ok(())
    }

    fn small_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let word = match self.tok() {
            Tok::Name(w) => w.clone(),
            _ => return self.expr_stmt(),
        };
        let kind = match word.as_str() {
            "pass" => {
                self.advance();
                StmtKind::Pass
            }
            "break" => {
                self.advance();
                if self.in_loop == 0 && self.dead == 0 {
                    self.late_error("'break' outside loop".to_string(), line, false);
                }
                StmtKind::Break
            }
            "continue" => {
                self.advance();
                if self.in_loop == 0 && self.dead == 0 {
                    return Err(self.error_at("'continue' not properly in loop".to_string(), line));
                }
                if self.in_finally_of_loop {
                    if let Some(m) = self.msgs.continue_in_finally() {
                        return Err(self.error_at(m, line));
                    }
                }
                StmtKind::Continue
            }
            "return" => {
                self.advance();
                let value = if self.starts_expr() || (self.is_op("*") && !self.py2()) {
                    Some(self.testlist_star(false)?)
                } else {
                    None
                };
                if self.in_function == 0 && self.dead == 0 {
                    self.late_error("'return' outside function".to_string(), line, false);
                }
                StmtKind::Return(value)
            }
            "raise" => self.raise_stmt()?,
            "global" | "nonlocal" if self.is_reserved(&word) => {
                self.advance();
                let mut names = vec![self.ident()?];
                while self.eat_op(",") {
                    names.push(self.ident()?);
                }
                if word == "global" {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            "del" => {
                self.advance();
                let start = self.pos;
                let target = self.target_list(&[])?;
                // `del a, b` has two targets; `del (a, b)` one tuple, as in CPython's AST.
                let targets = match target.kind {
                    ExprKind::Tuple(items) if self.top_level_comma(start) => items,
                    _ => vec![target],
                };
                for t in &targets {
                    let r = check_target(self, t, TargetCtx::Del);
                    self.ast_check(r)?;
                }
                StmtKind::Del(targets)
            }
            "assert" => {
                self.advance();
                let test = self.test()?;
                let msg = if self.eat_op(",") {
                    Some(self.test()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            "import" => self.import_stmt()?,
            "from" => self.import_from_stmt()?,
            "print" if self.is_reserved("print") => self.print_stmt()?,
            "exec" if self.is_reserved("exec") => self.exec_stmt()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt::new(kind, line))
    }

    fn raise_stmt(&mut self) -> PResult<StmtKind> {
        self.expect_kw("raise")?;
        let mut kind = StmtKind::Raise {
            exc: None,
            cause: None,
            value: None,
            traceback: None,
        };
        if !self.starts_expr() {
            return Ok(kind);
        }
        let exc = self.test()?;
        if let StmtKind::Raise {
            exc: e,
            cause,
            value,
            traceback,
        } = &mut kind
        {
            *e = Some(exc);
            if self.py2() {
                if self.eat_op(",") {
                    *value = Some(self.test()?);
                    if self.eat_op(",") {
                        *traceback = Some(self.test()?);
                    }
                }
            } else if self.eat_kw("from") {
                *cause = Some(self.test()?);
            }
        }
        Ok(kind)
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.ident()?;
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.ident()?);
        }
        Ok(name)
    }

    fn import_stmt(&mut self) -> PResult<StmtKind> {
        self.expect_kw("import")?;
        self.check_import_names()?;
        let mut names = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let asname = if self.eat_kw("as") {
                Some(self.ident()?)
            } else {
                None
            };
            let bound = asname
                .as_deref()
                .unwrap_or(name.split('.').next().unwrap_or(""));
            self.check_binding(bound, self.prev_token_line())?;
            names.push(Alias { name, asname });
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    /// A name a `def`, `class` or import binds; 2.7 refuses `None`.
    fn binding_name(&mut self) -> PResult<String> {
        let line = self.line();
        let n = self.ident()?;
        self.check_binding(&n, line)?;
        Ok(n)
    }

    fn check_binding(&mut self, name: &str, line: u32) -> PResult<()> {
        if self.py2() && name == "None" {
            self.ast_error(self.msgs.cannot_assign("None", false), line)?;
        }
        Ok(())
    }

    /// Whether a `,` outside brackets lies between token `start` and the current one.
    fn top_level_comma(&self, start: usize) -> bool {
        let mut depth = 0i32;
        for t in &self.toks[start..self.pos] {
            match t.tok {
                Tok::Op("(" | "[" | "{") => depth += 1,
                Tok::Op(")" | "]" | "}") => depth -= 1,
                Tok::Op(",") if depth == 0 => return true,
                _ => {}
            }
        }
        false
    }

    /// 3.13's "Expected one or more names after 'import'".
    fn check_import_names(&self) -> PResult<()> {
        if matches!(self.tok(), Tok::Newline) {
            if let Some(m) = self.msgs.expected_import_names() {
                return Err(self.error_here(m));
            }
        }
        Ok(())
    }

    fn import_from_stmt(&mut self) -> PResult<StmtKind> {
        let line = self.line();
        self.expect_kw("from")?;
        let mut level = 0;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level == 0 || !self.is_kw("import") {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect_kw("import")?;
        self.check_import_names()?;
        let is_future = level == 0 && module.as_deref() == Some("__future__");
        if self.is_op("*") {
            self.advance();
            if is_future {
                return Err(self.error_at("future feature * is not defined".to_string(), line));
            }
            return Ok(StmtKind::ImportFrom {
                module,
                names: Vec::new(),
                star: true,
                level,
            });
        }
        let parens = self.eat_op("(");
        let mut names = Vec::new();
        loop {
            let name = self.ident()?;
            let asname = if self.eat_kw("as") {
                Some(self.ident()?)
            } else {
                None
            };
            self.check_binding(asname.as_deref().unwrap_or(&name), self.prev_token_line())?;
            names.push(Alias { name, asname });
            if !self.eat_op(",") {
                break;
            }
            if parens && self.is_op(")") {
                break;
            }
            if !parens && !self.at_ident() {
                return Err(self.error_here(
                    "trailing comma not allowed without surrounding parentheses".to_string(),
                ));
            }
        }
        if parens {
            self.expect_op(")")?;
        }
        if is_future {
            self.future_import(&names, line)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            star: false,
            level,
        })
    }

    fn future_import(&mut self, names: &[Alias], line: u32) -> PResult<()> {
        if !self.future_ok {
            self.late_future_error(
                "from __future__ imports must occur at the beginning of the file".to_string(),
                line,
            );
            return Ok(());
        }
        let py2 = self.py2();
        for alias in names {
            let f = &mut self.futures;
            match alias.name.as_str() {
                "print_function" => {
                    f.print_function = true;
                    if self.dialect == crate::version::Dialect::Py2 {
                        self.print_function = true;
                    }
                }
                "division" => f.division = true,
                "unicode_literals" => f.unicode_literals = true,
                "absolute_import" => f.absolute_import = true,
                "with_statement" => f.with_statement = true,
                "generators" => f.generators = true,
                "nested_scopes" => f.nested_scopes = true,
                "annotations" if !py2 => f.annotations = true,
                "generator_stop" if !py2 => f.generator_stop = true,
                "barry_as_FLUFL" if !py2 => f.barry_as_flufl = true,
                "braces" => self.late_future_error("not a chance".to_string(), line),
                other => {
                    let msg = format!("future feature {other} is not defined");
                    self.late_future_error(msg, line);
                }
            }
        }
        Ok(())
    }

    fn print_stmt(&mut self) -> PResult<StmtKind> {
        self.expect_kw("print")?;
        let mut dest = None;
        let mut values = Vec::new();
        let mut nl = true;
        if self.eat_op(">>") {
            dest = Some(self.test()?);
            if !self.is_op(",") {
                return Ok(StmtKind::Print { dest, values, nl });
            }
            self.advance();
        }
        if !self.starts_expr() {
            if dest.is_some() {
                return Err(self.fail());
            }
            return Ok(StmtKind::Print { dest, values, nl });
        }
        loop {
            values.push(self.test()?);
            if self.eat_op(",") {
                if !self.starts_expr() {
                    nl = false;
                    break;
                }
            } else {
                break;
            }
        }
        Ok(StmtKind::Print { dest, values, nl })
    }

    fn exec_stmt(&mut self) -> PResult<StmtKind> {
        self.expect_kw("exec")?;
        let body = self.bitor()?;
        let mut globals = None;
        let mut locals = None;
        if self.eat_kw("in") {
            globals = Some(self.test()?);
            if self.eat_op(",") {
                locals = Some(self.test()?);
            }
        }
        Ok(StmtKind::Exec {
            body,
            globals,
            locals,
        })
    }

    fn aug_op(&self) -> Option<crate::vm::ast::BinOp> {
        use crate::vm::ast::BinOp;
        let Tok::Op(o) = self.tok() else {
            return None;
        };
        Some(match *o {
            "+=" => BinOp::Add,
            "-=" => BinOp::Sub,
            "*=" => BinOp::Mult,
            "/=" => BinOp::Div,
            "%=" => BinOp::Mod,
            "**=" => BinOp::Pow,
            "//=" => BinOp::FloorDiv,
            "<<=" => BinOp::LShift,
            ">>=" => BinOp::RShift,
            "&=" => BinOp::BitAnd,
            "|=" => BinOp::BitOr,
            "^=" => BinOp::BitXor,
            "@=" => BinOp::MatMult,
            _ => return None,
        })
    }

    /// The right-hand side of `=`: a yield expression or a (starred) expression list.
    fn assign_value(&mut self) -> PResult<Expr> {
        if self.is_kw("yield") {
            return self.yield_expr();
        }
        if self.py2() {
            self.testlist_plain()
        } else {
            self.testlist_star(false)
        }
    }

    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        let start = self.pos;
        let first = if self.is_kw("yield") {
            self.yield_expr()?
        } else if self.py2() {
            self.testlist_plain()?
        } else {
            self.testlist_star(false)?
        };
        if let Some(op) = self.aug_op() {
            self.advance();
            let what = describe_target(&first);
            match &first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                    let r = check_target(self, &first, TargetCtx::Assign { hint: false });
                    self.ast_check(r)?;
                }
                _ => {
                    let msg = match self.msgs.illegal_augassign(what) {
                        Some(m) => m,
                        None => self.msgs.cannot_assign(what, false),
                    };
                    self.ast_error(msg, first.line)?;
                }
            }
            let value = self.assign_value()?;
            return Ok(Stmt::new(
                StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                },
                line,
            ));
        }
        if self.is_op(":") && !self.py2() {
            if !matches!(
                first.kind,
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            ) {
                // pegen's `invalid_ann_assign_target` needs an annotation after the colon.
                let save = self.pos;
                self.advance();
                let annotated = self.starts_expr();
                self.pos = save;
                if !annotated {
                    return Err(self.fail());
                }
            }
            let msg = match &first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                    // The AST has no annotated assignment: parse it, keep `target = value`.
                    self.note_unsupported(SyntaxGap::AnnotatedAssignment.name(), line);
                    self.advance();
                    self.test()?;
                    if !self.eat_op("=") {
                        return Ok(Stmt::new(StmtKind::Pass, line));
                    }
                    let value = self.assign_value()?;
                    return Ok(Stmt::new(
                        StmtKind::Assign {
                            targets: vec![first],
                            value,
                        },
                        line,
                    ));
                }
                ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
                ExprKind::List(_) => "only single target (not list) can be annotated",
                _ => "illegal target for annotation",
            };
            return Err(self.error_at(msg.to_string(), first.line));
        }
        if !self.is_op("=") {
            if let Some(err) = self.legacy_statement_error(&first) {
                return Err(err);
            }
            if !matches!(self.tok(), Tok::Newline | Tok::Op(";")) {
                return Err(self.fail());
            }
            if let ExprKind::Starred(_) = first.kind {
                return Err(
                    self.error_at("can't use starred expression here".to_string(), first.line)
                );
            }
            return Ok(Stmt::new(StmtKind::Expr(first), line));
        }
        let first_eq = self.pos;
        let mut exprs = vec![first];
        while self.eat_op("=") {
            exprs.push(self.assign_value()?);
        }
        let value = exprs.pop().unwrap_or_else(|| unreachable!("at least two"));
        if let ExprKind::Starred(_) = value.kind {
            return Err(self.error_at("can't use starred expression here".to_string(), value.line));
        }
        for t in &exprs {
            if let Err(e) = check_target(self, t, TargetCtx::Assign { hint: false }) {
                if self.msgs.ast_errors_after_parse() {
                    self.ast_check(Err(e))?;
                    break;
                }
                if exprs.iter().all(is_grammatical_target) {
                    // Only the compiler objects (`__debug__ = 1`): no second parser pass.
                    return Err(e);
                }
                // pegen's second pass meets `invalid_named_expression` on the expression
                // right before the first `=` before it reports the invalid target.
                let end = self.pos;
                let adjacent = self.expr_before_eq(&exprs[0], start, first_eq);
                let better = adjacent.and_then(|a| self.assign_in_expr_error(a, first_eq));
                self.pos = end;
                return Err(better.unwrap_or(e));
            }
        }
        Ok(Stmt::new(
            StmtKind::Assign {
                targets: exprs,
                value,
            },
            line,
        ))
    }

    /// 3.x's "Missing parentheses in call to 'print'" for `print x`.
    pub(super) fn legacy_statement_error(&self, first: &Expr) -> Option<SyntaxError> {
        if let ExprKind::Name(n) = &first.kind {
            if (n == "print" || n == "exec") && self.starts_expr() {
                return self
                    .msgs
                    .missing_parens(n)
                    .map(|m| self.error_at(m, first.line));
            }
        }
        None
    }

    // ----- compound statements -----

    /// A block after `:`. `what` names the header for 3.x's IndentationError wording.
    fn block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        self.descend()?;
        let r = self.block_inner(what, header_line);
        self.nest -= 1;
        r
    }

    fn block_inner(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !matches!(self.tok(), Tok::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if !matches!(self.tok(), Tok::Indent) {
            if matches!(self.tok(), Tok::Error(_))
                || (self.py2() && matches!(self.tok(), Tok::EndMarker | Tok::Indent))
            {
                return Err(self.fail());
            }
            return Err(SyntaxError {
                ty: "IndentationError".to_string(),
                message: self.msgs.expected_indented_block(what, header_line),
                line: self.line(),
            });
        }
        self.advance();
        while !matches!(self.tok(), Tok::Dedent | Tok::EndMarker) {
            if let Tok::Error(_) = self.tok() {
                return Err(self.fail());
            }
            self.statement(&mut body)?;
        }
        if matches!(self.tok(), Tok::Dedent) {
            self.advance();
        }
        Ok(body)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let test = self.named_or_test()?;
        self.expect_colon(false)?;
        let truth = self.constant_test(&test);
        let body = self.dead_if(truth == Some(false), |p| p.block("'if' statement", line))?;
        let orelse = self.dead_if(truth == Some(true), |p| p.elif_chain())?;
        Ok(Stmt::new(StmtKind::If { test, body, orelse }, line))
    }

    /// The truth of a test the compiler decides on its own, where it leaves out the branch
    /// not taken ([`super::Grammar::compiler_skips_constant_tests`]).
    fn constant_test(&self, test: &Expr) -> Option<bool> {
        if self.grammar.compiler_skips_constant_tests {
            test.constant_truth()
        } else {
            None
        }
    }

    /// Parses with `f`, inside code the compiler leaves out when `dead`.
    fn dead_if<T>(&mut self, dead: bool, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.dead += u32::from(dead);
        let r = f(self);
        self.dead -= u32::from(dead);
        r
    }

    fn elif_chain(&mut self) -> PResult<Vec<Stmt>> {
        let line = self.line();
        if self.eat_kw("elif") {
            let test = self.named_or_test()?;
            self.expect_colon(false)?;
            let truth = self.constant_test(&test);
            let body = self.dead_if(truth == Some(false), |p| p.block("'elif' statement", line))?;
            let orelse = self.dead_if(truth == Some(true), |p| p.elif_chain())?;
            return Ok(vec![Stmt::new(StmtKind::If { test, body, orelse }, line)]);
        }
        if self.eat_kw("else") {
            self.expect_colon(true)?;
            return self.block("'else' statement", line);
        }
        Ok(Vec::new())
    }

    fn named_or_test(&mut self) -> PResult<Expr> {
        if self.py2() {
            return self.test();
        }
        let e = self.namedexpr_test()?;
        if self.is_op("=") {
            let at = self.pos;
            if let Some(err) = self.assign_in_expr_error(&e, at) {
                return Err(err);
            }
            self.pos = at;
        }
        Ok(e)
    }

    /// The expression that ends right before the first `=` of an assignment statement whose
    /// first target is `first` (starting at token `start`): the target itself, or the last
    /// element of an unparenthesised tuple. `None` for a parenthesised tuple or list.
    fn expr_before_eq<'e>(&self, first: &'e Expr, start: usize, eq: usize) -> Option<&'e Expr> {
        let whole_parenthesised = matches!(self.toks[start].tok, Tok::Op("(" | "["))
            && self.matching_close(start) == Some(eq - 1);
        match &first.kind {
            ExprKind::Tuple(_) | ExprKind::List(_) if whole_parenthesised => None,
            ExprKind::Tuple(items) => {
                let last = items.last()?;
                let last_parenthesised = matches!(self.toks[eq - 1].tok, Tok::Op(")" | "]"));
                match last.kind {
                    ExprKind::Tuple(_) | ExprKind::List(_) if last_parenthesised => None,
                    _ => Some(last),
                }
            }
            _ => Some(first),
        }
    }

    /// The index of the bracket closing the one at token `open`.
    fn matching_close(&self, open: usize) -> Option<usize> {
        let mut depth = 0usize;
        for (i, t) in self.toks.iter().enumerate().skip(open) {
            match t.tok {
                Tok::Op("(" | "[" | "{") => depth += 1,
                Tok::Op(")" | "]" | "}") => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                Tok::Newline | Tok::EndMarker => return None,
                _ => {}
            }
        }
        None
    }

    /// 3.x's `invalid_named_expression`: `target` is directly followed by the `=` at token
    /// `eq`, where an expression was expected. The hint applies only when the right-hand
    /// side starts a `bitwise_or` that is not itself followed by `=` or `:=`. Moves the
    /// position; the caller restores it.
    pub(super) fn assign_in_expr_error(&mut self, target: &Expr, eq: usize) -> Option<SyntaxError> {
        self.msgs.assign_in_expression()?;
        let (save_depth, save_sym, save_comp) = (
            self.depth,
            self.late_symtable.clone(),
            self.late_compiler.clone(),
        );
        self.pos = eq + 1;
        let starts = self.starts_expr() && !self.is_kw("not") && !self.is_kw("lambda");
        let ok = starts && self.bitor().is_ok() && !self.is_op("=") && !self.is_op(":=");
        self.depth = save_depth;
        self.late_symtable = save_sym;
        self.late_compiler = save_comp;
        if !ok {
            return None;
        }
        let msg = match &target.kind {
            ExprKind::Name(_) => self.msgs.assign_in_expression()?,
            ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            | ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. } => return None,
            _ if is_bitor_level(target) => self.msgs.cannot_assign(describe_target(target), true),
            _ => return None,
        };
        Some(self.error_at(msg, target.line))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let line = self.line();
        if self.eat_kw("else") {
            self.expect_colon(true)?;
            return self.block("'else' statement", line);
        }
        Ok(Vec::new())
    }

    fn loop_body(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        self.in_loop += 1;
        let saved = std::mem::replace(&mut self.in_finally_of_loop, false);
        let body = self.block(what, line);
        self.in_finally_of_loop = saved;
        self.in_loop -= 1;
        body
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let test = self.named_or_test()?;
        self.expect_colon(false)?;
        let truth = self.constant_test(&test);
        let body = self.dead_if(truth == Some(false), |p| {
            p.loop_body("'while' statement", line)
        })?;
        let orelse = self.else_block()?;
        Ok(Stmt::new(StmtKind::While { test, body, orelse }, line))
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let target = self.target_list(&["in"])?;
        let r = check_target(self, &target, TargetCtx::For);
        self.ast_check(r)?;
        self.expect_kw("in")?;
        let iter = if self.py2() {
            self.testlist_plain()?
        } else {
            self.testlist_star(false)?
        };
        self.expect_colon(false)?;
        let body = self.loop_body("'for' statement", line)?;
        let orelse = self.else_block()?;
        Ok(Stmt::new(
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
            line,
        ))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        self.expect_colon(true)?;
        let body = self.block("'try' statement", line)?;
        let mut handlers = Vec::new();
        let mut default_line = None;
        while self.is_kw("except") {
            let hline = self.line();
            self.advance();
            if let Some(l) = default_line {
                let l = self.msgs.default_except_line(l, last_line(&body));
                self.late_error("default 'except:' must be last".to_string(), l, false);
                default_line = None;
            }
            let mut ty = None;
            let mut name = None;
            if !self.is_op(":") {
                let t = self.test()?;
                if self.eat_kw("as") {
                    if self.py2() {
                        let target = self.test()?;
                        let r = check_target(self, &target, TargetCtx::Except);
                        self.ast_check(r)?;
                        name = Some(target);
                    } else {
                        let nline = self.line();
                        name = Some(Expr::new(ExprKind::Name(self.ident()?), nline));
                    }
                } else if self.py2() && self.eat_op(",") {
                    let target = self.test()?;
                    let r = check_target(self, &target, TargetCtx::Except);
                    self.ast_check(r)?;
                    name = Some(target);
                } else if self.is_op(",") {
                    return Err(self.error_here(self.msgs.multiple_exception_types()));
                }
                ty = Some(t);
            } else {
                default_line = Some(hline);
            }
            self.expect_colon(false)?;
            let hbody = self.block("'except' statement", hline)?;
            handlers.push(ExceptHandler {
                ty,
                name,
                body: hbody,
                line: hline,
            });
        }
        let orelse = if !handlers.is_empty() {
            self.else_block()?
        } else {
            Vec::new()
        };
        let mut finalbody = Vec::new();
        if self.is_kw("finally") {
            let fline = self.line();
            self.advance();
            self.expect_colon(true)?;
            let saved = std::mem::replace(&mut self.in_finally_of_loop, self.in_loop > 0);
            let fb = self.block("'finally' statement", fline);
            self.in_finally_of_loop = saved;
            finalbody = fb?;
        } else if handlers.is_empty() {
            if matches!(self.tok(), Tok::Error(_))
                || (self.py2() && matches!(self.tok(), Tok::EndMarker))
            {
                return Err(self.fail());
            }
            return Err(self.error_here(self.msgs.try_without_except()));
        }
        Ok(Stmt::new(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            line,
        ))
    }

    fn with_stmt(&mut self) -> PResult<Stmt> {
        let line = self.line();
        self.advance();
        let mut items = None;
        if self.is_op("(") && !self.py2() {
            // 3.9+ parenthesised items: try them, fall back to an ordinary expression.
            let save = self.pos;
            let save_depth = self.depth;
            if let Ok(v) = self.paren_with_items() {
                if self.is_op(":") {
                    items = Some(v);
                }
            }
            if items.is_none() {
                self.pos = save;
                self.depth = save_depth;
            }
        }
        let items = match items {
            Some(v) => v,
            None => {
                let mut v = vec![self.with_item()?];
                while self.eat_op(",") {
                    v.push(self.with_item()?);
                }
                v
            }
        };
        self.expect_colon(false)?;
        let body = self.block("'with' statement", line)?;
        Ok(Stmt::new(StmtKind::With { items, body }, line))
    }

    fn paren_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.expect_op("(")?;
        self.depth += 1;
        let mut v = vec![self.with_item()?];
        while self.eat_op(",") {
            if self.is_op(")") {
                break;
            }
            v.push(self.with_item()?);
        }
        self.depth -= 1;
        self.expect_op(")")?;
        Ok(v)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.test()?;
        let target = if self.eat_kw("as") {
            let t = self.bitor_target()?;
            let r = check_target(self, &t, TargetCtx::With);
            self.ast_check(r)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    /// A `with ... as` target: `expr` (which includes parenthesised tuples).
    fn bitor_target(&mut self) -> PResult<Expr> {
        self.bitor()
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let first_line = self.line();
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            let d = if self.py2() {
                self.py2_decorator()?
            } else {
                self.namedexpr_test()?
            };
            decorators.push(d);
            if !matches!(self.tok(), Tok::Newline) {
                return Err(self.fail());
            }
            self.advance();
        }
        let line = if self.msgs.decorated_def_line_is_decorator() {
            Some(first_line)
        } else {
            None
        };
        if self.is_kw("def") {
            self.funcdef(decorators, line)
        } else if self.is_kw("class") {
            self.classdef(decorators, line)
        } else {
            Err(self.fail())
        }
    }

    /// 2.7's `'@' dotted_name [ '(' [arglist] ')' ]`.
    fn py2_decorator(&mut self) -> PResult<Expr> {
        let line = self.line();
        let mut e = Expr::new(ExprKind::Name(self.ident()?), line);
        while self.eat_op(".") {
            let attr = self.ident()?;
            e = Expr::new(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                },
                line,
            );
        }
        if self.is_op("(") {
            // Reuse the call trailer through a tiny expression parse.
            let call = self.call_trailer(e)?;
            return Ok(call);
        }
        Ok(e)
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, line: Option<u32>) -> PResult<Stmt> {
        let def_line = self.line();
        self.expect_kw("def")?;
        let name = self.binding_name()?;
        if !self.is_op("(") {
            // 3.x's grammar forces the `(` (`&&'('`).
            return Err(self.error_here(self.msgs.expected_open_paren()));
        }
        self.advance();
        self.depth += 1;
        let (args, unpack) = match self.parameters_with_unpack(true, ")") {
            Ok(r) => r,
            Err(e) => {
                self.no_eof_scan = true;
                return Err(e);
            }
        };
        self.depth -= 1;
        self.expect_op(")")?;
        if !self.py2() && self.eat_op("->") {
            self.test()?;
        }
        self.expect_colon(true)?;
        self.in_function += 1;
        let saved_loop = std::mem::replace(&mut self.in_loop, 0);
        let saved_fin = std::mem::replace(&mut self.in_finally_of_loop, false);
        let body = self.block("function definition", def_line);
        self.in_loop = saved_loop;
        self.in_finally_of_loop = saved_fin;
        self.in_function -= 1;
        let mut body = body?;
        if !unpack.is_empty() {
            let prologue = unpack.into_iter().map(|(hidden, target)| {
                Stmt::new(
                    StmtKind::Assign {
                        targets: vec![target],
                        value: Expr::new(ExprKind::Name(hidden), def_line),
                    },
                    def_line,
                )
            });
            body.splice(0..0, prologue);
        }
        Ok(Stmt::new(
            StmtKind::FunctionDef(Box::new(FunctionDef {
                name,
                args,
                body,
                decorators,
            })),
            line.unwrap_or(def_line),
        ))
    }

    fn classdef(&mut self, decorators: Vec<Expr>, line: Option<u32>) -> PResult<Stmt> {
        let class_line = self.line();
        self.expect_kw("class")?;
        let name = self.binding_name()?;
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if self.is_op("(") {
            let call = self.call_trailer(Expr::new(ExprKind::Name(String::new()), class_line))?;
            if let ExprKind::Call {
                args, keywords: k, ..
            } = call.kind
            {
                bases = args;
                keywords = k;
            }
            if self.py2()
                && (!keywords.is_empty()
                    || bases.iter().any(|b| matches!(b.kind, ExprKind::Starred(_))))
            {
                return Err(self.error_at(self.msgs.invalid_syntax(), class_line));
            }
        }
        self.expect_colon(false)?;
        let saved_fn = std::mem::replace(&mut self.in_function, 0);
        let saved_loop = std::mem::replace(&mut self.in_loop, 0);
        let saved_fin = std::mem::replace(&mut self.in_finally_of_loop, false);
        let body = self.block("class definition", class_line);
        self.in_function = saved_fn;
        self.in_loop = saved_loop;
        self.in_finally_of_loop = saved_fin;
        let body = body?;
        Ok(Stmt::new(
            StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            })),
            line.unwrap_or(class_line),
        ))
    }
}

/// Whether the grammar accepts `e` as an assignment target (the compiler may still refuse
/// it, as with `__debug__`).
fn is_grammatical_target(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
        ExprKind::Starred(inner) => is_grammatical_target(inner),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().all(is_grammatical_target),
        _ => false,
    }
}

/// The line of the last statement in `body`, looking into nested blocks.
fn last_line(body: &[Stmt]) -> u32 {
    body.last().map_or(0, |s| s.line)
}

/// Whether `e` is an expression at `bitwise_or` level or tighter (3.x's `invalid_named_expression`
/// only sees those, so only they get the "Maybe you meant '=='" hint).
fn is_bitor_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    ) && !matches!(
        e.kind,
        ExprKind::UnaryOp {
            op: crate::vm::ast::UnaryOp::Not,
            ..
        }
    )
}
