//! Recursive-descent parser for both dialects, producing [`crate::vm::ast`].
//!
//! One grammar with dialect switches: 2.7's `print`/`exec` statements, backticks, `<>`,
//! `except E, e` and `raise E, V, T`; 3.x's `nonlocal`, f-strings, keyword-only parameters,
//! starred targets, `raise X from Y` and `:=`. Which words are reserved depends on the dialect
//! and on `from __future__ import print_function`, which the parser turns on itself when the
//! module imports it (CPython's `future.c` does the same before parsing the rest).
//!
//! Syntax errors carry CPython's exception type, message and line; wording that differs
//! between versions comes from [`Messages`], never from a version test here. Scope errors
//! (`nonlocal` at module level, a name used before its `global`) belong to the symbol table.
//!
//! The parser works on the token vector of [`super::lexer`] with one token of lookahead in
//! almost every rule, so parsing is linear in the input.

mod expr;
mod stmt;
mod string;

use crate::version::{Dialect, Messages, PyVersion};

use super::ast::{Expr, Module, Stmt};
use super::lexer::{tokenize, LexOptions, Tok, Token};

/// What to parse and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseOptions {
    pub dialect: Dialect,
    /// 2.7's `print_function` future flag inherited from the caller (e.g. `compile()` or
    /// `exec` in a module that imported it). Ignored on 3.x.
    pub print_function: bool,
}

impl ParseOptions {
    pub fn new(dialect: Dialect) -> ParseOptions {
        ParseOptions {
            dialect,
            print_function: false,
        }
    }
}

/// A syntax error as CPython reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub ty: String,
    pub message: String,
    pub line: u32,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} (line {})", self.ty, self.message, self.line)
    }
}

impl std::error::Error for SyntaxError {}

/// The `__future__` features a module imported (at its top, where they are legal).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFlags {
    pub print_function: bool,
    pub division: bool,
    pub unicode_literals: bool,
    pub absolute_import: bool,
    pub with_statement: bool,
    pub generators: bool,
    pub nested_scopes: bool,
    pub annotations: bool,
    pub generator_stop: bool,
}

/// A parsed module with the future features it imported.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedModule {
    pub module: Module,
    pub futures: FutureFlags,
}

/// The version whose error wording a dialect uses by default: 2.7, or the newest 3.x.
fn default_version(dialect: Dialect) -> PyVersion {
    dialect.semantics().version
}

/// Parses a whole file (`compile(..., 'exec')`).
pub fn parse_module(source: &str, opts: &ParseOptions) -> Result<Module, SyntaxError> {
    parse_module_full(source, opts).map(|p| p.module)
}

/// Parses a whole file and reports the `__future__` features it imported.
pub fn parse_module_full(source: &str, opts: &ParseOptions) -> Result<ParsedModule, SyntaxError> {
    parse_module_for(source, opts, default_version(opts.dialect))
}

/// Parses one expression (`eval`, `compile(..., 'eval')`).
pub fn parse_expression(source: &str, opts: &ParseOptions) -> Result<Expr, SyntaxError> {
    parse_expression_for(source, opts, default_version(opts.dialect))
}

/// Parses an interactive statement (`compile(..., 'single')`).
pub fn parse_interactive(source: &str, opts: &ParseOptions) -> Result<Module, SyntaxError> {
    parse_interactive_for(source, opts, default_version(opts.dialect)).map(|p| p.module)
}

/// [`parse_module_full`] with the error wording of `version` (3.12 and 3.13 differ in a few
/// messages; the plain entry points use the newest 3.x). `version` must speak the dialect.
pub fn parse_module_for(
    source: &str,
    opts: &ParseOptions,
    version: PyVersion,
) -> Result<ParsedModule, SyntaxError> {
    let mut p = Parser::new(source, opts, version);
    let body = p.file_input()?;
    Ok(ParsedModule {
        module: Module { body },
        futures: p.futures,
    })
}

/// [`parse_expression`] with the error wording of `version`.
pub fn parse_expression_for(
    source: &str,
    opts: &ParseOptions,
    version: PyVersion,
) -> Result<Expr, SyntaxError> {
    let mut p = Parser::new(source, opts, version);
    p.eval_input()
}

/// [`parse_interactive`] with the error wording of `version`, reporting future imports.
pub fn parse_interactive_for(
    source: &str,
    opts: &ParseOptions,
    version: PyVersion,
) -> Result<ParsedModule, SyntaxError> {
    let mut p = Parser::new(source, opts, version);
    let body = p.single_input()?;
    Ok(ParsedModule {
        module: Module { body },
        futures: p.futures,
    })
}

type PResult<T> = Result<T, SyntaxError>;

pub(crate) struct Parser<'a> {
    src: &'a str,
    toks: Vec<Token>,
    pos: usize,
    dialect: Dialect,
    msgs: Messages,
    print_function: bool,
    futures: FutureFlags,
    /// Open brackets around the current position (for "Perhaps you forgot a comma?").
    depth: u32,
    /// Line added to token lines: nonzero when parsing an f-string field.
    line_base: u32,
    /// Inside a function body (for `return`/`yield` checks).
    in_function: u32,
    in_loop: u32,
    /// Inside a `finally` block directly within a loop (2.7 rejects `continue` there).
    in_finally_of_loop: bool,
    /// No statement has been parsed yet (for the docstring before future imports).
    first_stmt: bool,
    /// `from __future__` imports are still allowed here.
    future_ok: bool,
    late_symtable: Option<SyntaxError>,
    late_compiler: Option<SyntaxError>,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str, opts: &ParseOptions, version: PyVersion) -> Parser<'a> {
        let toks = tokenize(
            src,
            LexOptions {
                dialect: opts.dialect,
                version,
            },
        );
        let print_function = opts.print_function && opts.dialect == Dialect::Py2;
        Parser {
            src,
            toks,
            pos: 0,
            dialect: opts.dialect,
            msgs: version.semantics().msgs,
            print_function,
            futures: FutureFlags {
                print_function,
                ..FutureFlags::default()
            },
            depth: 0,
            line_base: 0,
            in_function: 0,
            in_loop: 0,
            in_finally_of_loop: false,
            first_stmt: true,
            future_ok: true,
            late_symtable: None,
            late_compiler: None,
        }
    }

    fn py2(&self) -> bool {
        self.dialect == Dialect::Py2
    }

    // ----- token access -----

    fn tok(&self) -> &Tok {
        &self.toks[self.pos.min(self.toks.len() - 1)].tok
    }

    fn peek_tok(&self, n: usize) -> &Tok {
        &self.toks[(self.pos + n).min(self.toks.len() - 1)].tok
    }

    fn line(&self) -> u32 {
        self.toks[self.pos.min(self.toks.len() - 1)].line + self.line_base
    }

    fn prev_line(&self) -> u32 {
        if self.pos == 0 {
            return 1 + self.line_base;
        }
        self.toks[(self.pos - 1).min(self.toks.len() - 1)].line + self.line_base
    }

    fn advance(&mut self) {
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expect_op(&mut self, op: &str) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.fail())
        }
    }

    /// `:` ending a compound statement header. 3.x says "expected ':'" when the header is
    /// followed by a newline, or always for the headers its grammar marks as forced
    /// (`&&':'`: `def`, `try`, `finally`, `else`).
    fn expect_colon(&mut self, forced: bool) -> PResult<()> {
        if self.eat_op(":") {
            return Ok(());
        }
        if matches!(self.tok(), Tok::Error(_) | Tok::Indent | Tok::EndMarker) {
            return Err(self.fail());
        }
        if forced || matches!(self.tok(), Tok::Newline) {
            return Err(self.error_here(self.msgs.expected_colon()));
        }
        Err(self.fail())
    }

    /// Records an error that CPython finds only after parsing (in the symbol table or the
    /// compiler); it is reported if parsing succeeds. Symbol-table errors come first.
    fn late_error(&mut self, message: String, line: u32, symtable: bool) {
        let slot = if symtable {
            &mut self.late_symtable
        } else {
            &mut self.late_compiler
        };
        if slot.is_none() {
            *slot = Some(SyntaxError {
                ty: "SyntaxError".to_string(),
                message,
                line,
            });
        }
    }

    /// The first late error, if any.
    fn take_late_error(&mut self) -> PResult<()> {
        if let Some(e) = self
            .late_symtable
            .take()
            .or_else(|| self.late_compiler.take())
        {
            return Err(e);
        }
        Ok(())
    }

    /// Whether the current token is the word `kw` used as a keyword.
    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Name(n) if n == kw)
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expect_kw(&mut self, kw: &str) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.fail())
        }
    }

    /// Whether `name` is reserved in the current dialect and future state.
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

    /// An identifier that is not a reserved word.
    fn ident(&mut self) -> PResult<String> {
        if let Tok::Name(n) = self.tok() {
            if !self.is_reserved(n) {
                let n = n.clone();
                self.advance();
                return Ok(n);
            }
        }
        Err(self.fail())
    }

    fn at_ident(&self) -> bool {
        matches!(self.tok(), Tok::Name(n) if !self.is_reserved(n))
    }

    // ----- errors -----

    fn error_at(&self, message: String, line: u32) -> SyntaxError {
        SyntaxError {
            ty: "SyntaxError".to_string(),
            message,
            line,
        }
    }

    fn error_here(&self, message: String) -> SyntaxError {
        self.error_at(message, self.line())
    }

    /// The error for an unexpected current token.
    fn fail(&self) -> SyntaxError {
        let line = self.line();
        match self.tok() {
            Tok::Error(e) => e.error.clone(),
            Tok::Indent => SyntaxError {
                ty: "IndentationError".to_string(),
                message: "unexpected indent".to_string(),
                line,
            },
            Tok::Dedent if self.py2() => SyntaxError {
                ty: "IndentationError".to_string(),
                message: "unexpected unindent".to_string(),
                line,
            },
            Tok::EndMarker if self.py2() => {
                self.error_at("unexpected EOF while parsing".to_string(), line)
            }
            _ => self.generic_error(line),
        }
    }

    /// "invalid syntax", unless the tokenizer fails later on: pegen reports that instead.
    fn generic_error(&self, line: u32) -> SyntaxError {
        if self.msgs.tokenizer_errors_first() && self.line_base == 0 {
            if let Some(Token {
                tok: Tok::Error(e), ..
            }) = self.toks.last()
            {
                if !e.at_eof {
                    return e.error.clone();
                }
            }
        }
        self.error_at(self.msgs.invalid_syntax(), line)
    }

    // ----- entry points -----

    fn file_input(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.tok() {
                Tok::EndMarker => break,
                Tok::Newline => self.advance(),
                _ => self.statement(&mut body)?,
            }
        }
        self.take_late_error()?;
        Ok(body)
    }

    fn eval_input(&mut self) -> PResult<Expr> {
        while matches!(self.tok(), Tok::Newline | Tok::Indent) {
            if matches!(self.tok(), Tok::Indent) && !self.py2() {
                return Err(self.fail());
            }
            self.advance();
        }
        let e = self.testlist_star(false)?;
        while matches!(self.tok(), Tok::Newline | Tok::Dedent) {
            self.advance();
        }
        if !matches!(self.tok(), Tok::EndMarker) {
            return Err(self.fail());
        }
        self.take_late_error()?;
        Ok(e)
    }

    fn single_input(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while matches!(self.tok(), Tok::Newline) {
            self.advance();
        }
        if matches!(self.tok(), Tok::EndMarker) {
            return Ok(body);
        }
        self.statement(&mut body)?;
        while matches!(self.tok(), Tok::Newline) {
            self.advance();
        }
        if !matches!(self.tok(), Tok::EndMarker) {
            return Err(self.error_here(
                "multiple statements found while compiling a single statement".to_string(),
            ));
        }
        self.take_late_error()?;
        Ok(body)
    }
}
