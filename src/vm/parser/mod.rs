//! Recursive-descent parser for both dialects, producing [`crate::vm::ast`].
//!
//! One grammar with dialect switches: 2.7's `print`/`exec` statements, backticks, `<>`,
//! `except E, e`, `raise E, V, T` and tuple parameters; 3.x's `nonlocal`, f-strings,
//! keyword-only parameters, starred targets, `raise X from Y` and `:=`. Four of these
//! switches (the `print` statement, f-strings, keyword-only parameters, backticks and `<>`)
//! are the [`Grammar`] answers of the `Semantics` table the caller passes, so a VM configured
//! with other answers parses accordingly; `print` is also switched off by
//! `from __future__ import print_function`, which the parser turns on itself when the module
//! imports it (CPython's parser does the same).
//!
//! Entry points: [`parse_module`], [`parse_expression`] (`eval` input) and
//! [`parse_interactive`] (`single` input) take a [`ParseOptions`] and use the newest 3.x
//! wording; the `_for` variants take the exact [`PyVersion`] (3.12 and 3.13 differ in a few
//! messages) and the `_inheriting` variants also take the [`FutureFlags`] inherited from the
//! code that calls `compile()`/`exec` (2.7's `print_function` and `unicode_literals`, 3.x's
//! `barry_as_FLUFL` change how source parses). [`ParsedModule::futures`] lists the future
//! features a module imported, plus the inherited ones.
//!
//! Syntax errors carry CPython's exception type, message and line, and are chosen in
//! CPython's order: an error CPython finds only after parsing (2.7's `ast.c` target and
//! argument checks, `__future__` errors, `'yield'`/`'return'` outside a function, `'break'`
//! outside a loop, `default 'except:' must be last`) is reported only if the whole source
//! parses, and on 3.x a tokenizer error later in the source wins over a parser error, as
//! pegen's full-source check does. Wording that differs between versions comes from
//! [`Messages`], never from a version test here. Other scope errors (`nonlocal` at module
//! level, a name used before its `global`, duplicate parameters) belong to the symbol table.
//!
//! Valid source that the AST cannot represent (`async`, `match`, `type` aliases, annotated
//! assignments, positional-only `/`, `\N{...}` escapes, 2.7 tuple parameters in a
//! `lambda`) is reported, if nothing else is wrong, as a [`SyntaxError`] whose `ty` is
//! [`UNSUPPORTED`] (see [`SyntaxError::is_unsupported`]); the VM turns it into
//! `End::Unsupported`. Parameter and return annotations are accepted and dropped.
//!
//! The parser works on the token vector of [`super::lexer`] with one or two tokens of
//! lookahead, so parsing is linear in the input; deeply nested sources run on a thread with
//! a large stack and stop at a fixed nesting depth (`MAX_NEST`).

mod expr;
mod stmt;
mod string;

use crate::version::{Dialect, Messages, PyVersion, Semantics};

use super::ast::{Expr, Module, Stmt, StmtKind};
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

/// The `ty` of a [`SyntaxError`] that stands for valid source using a construct the AST
/// cannot represent (`async def`, `match`, annotated assignments, ...); the message names
/// the construct. The VM reports these as `End::Unsupported`, not as a syntax error.
pub const UNSUPPORTED: &str = "Unsupported";

impl SyntaxError {
    /// A construct the AST cannot represent (see [`UNSUPPORTED`]).
    pub fn unsupported(construct: &str, line: u32) -> SyntaxError {
        SyntaxError {
            ty: UNSUPPORTED.to_string(),
            message: construct.to_string(),
            line,
        }
    }

    pub fn is_unsupported(&self) -> bool {
        self.ty == UNSUPPORTED
    }
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
    /// 3.x's `barry_as_FLUFL`: `<>` instead of `!=`. It changes parsing only when inherited
    /// (`compile()` flags); an import of it affects the code compiled later.
    pub barry_as_flufl: bool,
}

/// The grammar answers of the `Semantics` table: the parser asks these, not the dialect, so a
/// VM configured with other answers parses accordingly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grammar {
    /// `print` is a reserved word starting a statement (unless `print_function`).
    pub print_is_statement: bool,
    /// `f` is a string prefix.
    pub has_fstrings: bool,
    /// Parameters after `*` or `*args` are keyword-only.
    pub has_kwonly_args: bool,
    /// Backtick repr and the `<>` operator.
    pub has_backticks: bool,
    /// Code under a constant-false test is not compiled, so the compiler's errors there
    /// (`'return' outside function`, `'break' outside loop`, ...) are not raised.
    pub compiler_skips_constant_tests: bool,
}

impl Grammar {
    pub fn of(sem: &Semantics) -> Grammar {
        Grammar {
            print_is_statement: sem.print_is_statement,
            has_fstrings: sem.has_fstrings,
            has_kwonly_args: sem.has_kwonly_args,
            has_backticks: sem.has_backticks,
            compiler_skips_constant_tests: sem.compiler_skips_constant_tests,
        }
    }
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
    parse_module_inheriting(source, &version.semantics(), &inherited_from(opts))
}

/// The future flags a [`ParseOptions`] stands for.
fn inherited_from(opts: &ParseOptions) -> FutureFlags {
    FutureFlags {
        print_function: opts.print_function,
        ..FutureFlags::default()
    }
}

/// Parses a whole file as `compile()` or `exec` does, with the wording of `sem.version` and
/// the grammar of `sem` ([`Grammar`]), in code whose future features (`inherited`) carry
/// over: `print_function` and `unicode_literals` (2.7) and
/// `barry_as_FLUFL` (3.x) change how source parses. The result's `futures` include the
/// inherited ones.
pub fn parse_module_inheriting(
    source: &str,
    sem: &Semantics,
    inherited: &FutureFlags,
) -> Result<ParsedModule, SyntaxError> {
    let mut p = Parser::inheriting(source, sem, inherited);
    p.on_big_stack(|p| {
        let body = p.file_input()?;
        Ok(ParsedModule {
            module: Module { body },
            futures: p.futures,
        })
    })
}

/// [`parse_expression`] with the error wording of `version`.
pub fn parse_expression_for(
    source: &str,
    opts: &ParseOptions,
    version: PyVersion,
) -> Result<Expr, SyntaxError> {
    parse_expression_inheriting(source, &version.semantics(), &inherited_from(opts))
}

/// [`parse_module_inheriting`] for `eval` input.
pub fn parse_expression_inheriting(
    source: &str,
    sem: &Semantics,
    inherited: &FutureFlags,
) -> Result<Expr, SyntaxError> {
    let mut p = Parser::inheriting(source, sem, inherited);
    p.on_big_stack(|p| p.eval_input())
}

/// [`parse_interactive`] with the error wording of `version`, reporting future imports.
pub fn parse_interactive_for(
    source: &str,
    opts: &ParseOptions,
    version: PyVersion,
) -> Result<ParsedModule, SyntaxError> {
    parse_interactive_inheriting(source, &version.semantics(), &inherited_from(opts))
}

/// [`parse_module_inheriting`] for `single` input.
pub fn parse_interactive_inheriting(
    source: &str,
    sem: &Semantics,
    inherited: &FutureFlags,
) -> Result<ParsedModule, SyntaxError> {
    let mut p = Parser::inheriting(source, sem, inherited);
    p.on_big_stack(|p| {
        let body = p.single_input()?;
        Ok(ParsedModule {
            module: Module { body },
            futures: p.futures,
        })
    })
}

type PResult<T> = Result<T, SyntaxError>;

pub(crate) struct Parser<'a> {
    src: &'a str,
    toks: Vec<Token>,
    pos: usize,
    dialect: Dialect,
    grammar: Grammar,
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
    /// Inside a branch the compiler leaves out ([`Grammar::compiler_skips_constant_tests`]).
    dead: u32,
    /// Inside a `finally` block directly within a loop (2.7 rejects `continue` there).
    in_finally_of_loop: bool,
    /// No statement has been parsed yet (for the docstring before future imports).
    first_stmt: bool,
    /// `from __future__` imports are still allowed here.
    future_ok: bool,
    late_unsupported: Option<SyntaxError>,
    late_ast: Option<SyntaxError>,
    late_future: Option<SyntaxError>,
    late_symtable: Option<SyntaxError>,
    late_compiler: Option<SyntaxError>,
    /// Inherited `barry_as_FLUFL` (3.x): `<>` is the inequality operator.
    barry: bool,
    /// Current recursion depth of the parser (see [`MAX_NEST`]).
    nest: u32,
    /// The furthest token the parser has reached (pegen's `p->fill - 1`).
    max_pos: usize,
    /// The error was raised where pegen does not read ahead to the end of input: a comma
    /// hint inside parentheses, or a bad parameter list (see
    /// [`Parser::reached_unclosed_line`]).
    no_eof_scan: bool,
    /// Parsing a whole module (2.7's `translate_newlines` then ensures a final newline).
    exec_input: bool,
}

/// The deepest nesting of expressions and blocks the parser accepts. CPython fails earlier
/// or later depending on the construct (2.7's parser stack, 3.x's 200 nested brackets and
/// pegen's stack limit); this bound keeps the recursive descent far from a Rust stack
/// overflow even in debug builds on a 2 MiB thread.
const MAX_NEST: u32 = 1000;

/// Stack for parsing deeply nested sources (virtual memory, committed only as used).
const BIG_STACK: usize = 256 << 20;

impl<'a> Parser<'a> {
    fn inheriting(src: &'a str, sem: &Semantics, inherited: &FutureFlags) -> Parser<'a> {
        let opts = ParseOptions {
            dialect: sem.version.dialect(),
            print_function: inherited.print_function,
        };
        let mut p = Parser::new(src, &opts, sem.version, Grammar::of(sem));
        let py2 = p.py2();
        p.futures = FutureFlags {
            print_function: inherited.print_function && py2,
            unicode_literals: inherited.unicode_literals && py2,
            barry_as_flufl: inherited.barry_as_flufl && !py2,
            ..*inherited
        };
        p.barry = p.futures.barry_as_flufl;
        p
    }

    fn new(src: &'a str, opts: &ParseOptions, version: PyVersion, grammar: Grammar) -> Parser<'a> {
        let toks = tokenize(
            src,
            LexOptions {
                dialect: opts.dialect,
                version,
                fstrings: grammar.has_fstrings,
                backticks: grammar.has_backticks,
            },
        );
        let print_function = opts.print_function && opts.dialect == Dialect::Py2;
        Parser {
            src,
            toks,
            pos: 0,
            dialect: opts.dialect,
            grammar,
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
            dead: 0,
            in_finally_of_loop: false,
            first_stmt: true,
            future_ok: true,
            late_unsupported: None,
            late_ast: None,
            late_future: None,
            late_symtable: None,
            late_compiler: None,
            nest: 0,
            max_pos: 0,
            no_eof_scan: false,
            barry: false,
            exec_input: false,
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

    /// The line of the token before the current one.
    fn prev_token_line(&self) -> u32 {
        let i = self.pos.saturating_sub(1).min(self.toks.len() - 1);
        self.toks[i].line + self.line_base
    }

    fn advance(&mut self) {
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
            self.max_pos = self.max_pos.max(self.pos);
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
        Self::fill_slot(slot, message, line);
    }

    /// An error 2.7 raises while building the AST (`ast.c`), after the whole file has parsed;
    /// 3.x's parser raises it on the spot.
    fn ast_error(&mut self, message: String, line: u32) -> PResult<()> {
        self.ast_check(Err(self.error_at(message, line)))
    }

    /// [`Parser::ast_error`] for a ready-made result.
    fn ast_check(&mut self, r: PResult<()>) -> PResult<()> {
        match r {
            Err(e) if self.msgs.ast_errors_after_parse() => {
                if self.late_ast.is_none() {
                    self.late_ast = Some(e);
                }
                Ok(())
            }
            r => r,
        }
    }

    /// A `__future__` error: `future.c` runs after parsing, before the symbol table.
    fn late_future_error(&mut self, message: String, line: u32) {
        Self::fill_slot(&mut self.late_future, message, line);
    }

    /// Valid source the AST cannot represent: reported unless parsing fails elsewhere.
    fn note_unsupported(&mut self, construct: &str, line: u32) {
        if self.late_unsupported.is_none() {
            self.late_unsupported = Some(SyntaxError::unsupported(construct, line));
        }
    }

    fn fill_slot(slot: &mut Option<SyntaxError>, message: String, line: u32) {
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
        let first = self
            .late_unsupported
            .take()
            .or_else(|| self.late_ast.take())
            .or_else(|| self.late_future.take())
            .or_else(|| self.late_symtable.take())
            .or_else(|| self.late_compiler.take());
        match first {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// pegen reports a tokenizer error found later in the source instead of any error the
    /// parser raised (`_PyPegen_tokenize_full_source_to_check_for_errors`); an unclosed
    /// bracket wins only over an error on a later line than the bracket.
    fn prefer_tokenizer_error(&self, e: SyntaxError) -> SyntaxError {
        if !self.msgs.tokenizer_errors_first() || self.line_base != 0 {
            return e;
        }
        let Some(Token {
            tok: Tok::Error(le),
            ..
        }) = self.toks.last()
        else {
            return e;
        };
        if le.error == e {
            return e;
        }
        if le.overrides || (le.at_eof && self.reached_unclosed_line(&e)) {
            return le.error.clone();
        }
        e
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
            "print" => self.grammar.print_is_statement && !self.print_function,
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

    /// Runs `f`, on a thread with a large stack when the tokens suggest deep nesting.
    ///
    /// Typical programs nest a few levels and parse on the caller's stack; a pathological one
    /// (hundreds of brackets or prefix operators) could overflow a 2 MiB thread in a debug
    /// build before [`MAX_NEST`] stops it, so it gets a dedicated thread instead.
    fn on_big_stack<T: Send>(
        &mut self,
        f: impl FnOnce(&mut Self) -> PResult<T> + Send,
    ) -> PResult<T>
    where
        Self: Send,
    {
        if self.nesting_estimate() <= 24 {
            return f(self).map_err(|e| self.prefer_tokenizer_error(e));
        }
        let too_deep = self.msgs.parser_too_deep();
        let res = std::thread::scope(|scope| {
            let handle = std::thread::Builder::new()
                .stack_size(BIG_STACK)
                .spawn_scoped(scope, || f(self));
            match handle {
                Ok(h) => h
                    .join()
                    .unwrap_or_else(|payload| std::panic::resume_unwind(payload)),
                Err(_) => Err(SyntaxError {
                    ty: "MemoryError".to_string(),
                    message: too_deep,
                    line: 1,
                }),
            }
        });
        res.map_err(|e| self.prefer_tokenizer_error(e))
    }

    /// An upper bound on how deeply a line of tokens can make the parser recurse: bracket
    /// and block depth plus the prefix operators and keywords that recurse.
    fn nesting_estimate(&self) -> u32 {
        let mut max = 0u32;
        let mut brackets = 0u32;
        let mut blocks = 0u32;
        let mut prefix = 0u32;
        // After an operand a `-` is binary (a loop in the parser), before one it is unary
        // (a recursion). Only asked at such operators: `is_reserved` is not free.
        let is_operand = |t: &Tok| {
            matches!(
                t,
                Tok::Int { .. }
                    | Tok::Float(_)
                    | Tok::Imag(_)
                    | Tok::Str(_)
                    | Tok::Op(")" | "]" | "}")
            ) || matches!(t, Tok::Name(n) if !self.is_reserved(n))
        };
        let mut prev: Option<&Tok> = None;
        for t in &self.toks {
            let after_operand = || prev.is_some_and(is_operand);
            match &t.tok {
                Tok::Op("(" | "[" | "{") => brackets += 1,
                Tok::Op(")" | "]" | "}") => brackets = brackets.saturating_sub(1),
                Tok::Op("-" | "+" | "~") if !after_operand() => prefix += 1,
                Tok::Op("**" | "`") => prefix += 1,
                Tok::Name(n) if matches!(n.as_str(), "not" | "lambda" | "else") => prefix += 1,
                Tok::Str(s) if s.fparts.is_some() => prefix += 8,
                Tok::Indent => blocks += 1,
                Tok::Dedent => blocks = blocks.saturating_sub(1),
                Tok::Newline => prefix = 0,
                _ => {}
            }
            max = max.max(brackets + blocks + prefix);
            prev = Some(&t.tok);
        }
        max
    }

    /// Enters one level of recursion; the caller decrements `nest` when it returns.
    fn descend(&mut self) -> PResult<()> {
        if self.nest >= MAX_NEST {
            return Err(SyntaxError {
                ty: "MemoryError".to_string(),
                message: self.msgs.parser_too_deep(),
                line: self.line(),
            });
        }
        self.nest += 1;
        Ok(())
    }

    // ----- errors -----

    fn error_at(&self, message: String, line: u32) -> SyntaxError {
        SyntaxError {
            ty: "SyntaxError".to_string(),
            message,
            line,
        }
    }

    /// A parser error at the current token. 2.7's parser reports by token type alone, so an
    /// INDENT, DEDENT or end of input there says so instead of `message`.
    fn error_here(&self, message: String) -> SyntaxError {
        if self.py2() && matches!(self.tok(), Tok::Indent | Tok::Dedent | Tok::EndMarker) {
            return self.fail();
        }
        self.error_at(message, self.line())
    }

    /// The error for an unexpected current token.
    fn fail(&self) -> SyntaxError {
        let line = self.line();
        match self.tok() {
            Tok::Op("!=") if self.barry => self.error_at(
                "with Barry as BDFL, use '<>' instead of '!='".to_string(),
                line,
            ),
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
            _ if self.py2() && self.line_base == 0 && self.at_eof_for_py2() => {
                self.error_at("unexpected EOF while parsing".to_string(), line)
            }
            _ => self.generic_error(line),
        }
    }

    /// Whether 2.7's tokenizer had run out of input when the parser failed at the current
    /// token: it reads one character past a token to end it, so a token that ends the source
    /// (or the end marker itself, unless dedents came first) means "unexpected EOF".
    fn at_eof_for_py2(&self) -> bool {
        let i = self.pos.min(self.toks.len() - 1);
        let t = &self.toks[i];
        match t.tok {
            Tok::EndMarker => !(i > 0 && matches!(self.toks[i - 1].tok, Tok::Dedent)),
            // The tokenizer's own zero-width NEWLINE at the end of input stands for 2.7's end
            // marker, except in `exec` input, which always gets a final newline.
            Tok::Newline if t.start == t.end => !self.exec_input,
            // Strings end at their quote.
            Tok::Newline | Tok::Dedent | Tok::Indent | Tok::Str(_) => false,
            _ => !self.exec_input && t.end >= self.src.len(),
        }
    }

    /// Whether pegen would have read on to the end of input (where it finds the unclosed
    /// bracket) before raising `e`: when the failure is in the logical line that the bracket
    /// leaves open, since no NEWLINE stops it there, or past the bracket's line anyway.
    fn reached_unclosed_line(&self, e: &SyntaxError) -> bool {
        // Only a failure at the start of another expression sends pegen's error rules
        // reading on (`f(a b`); at `=` or `:` (`d (= x`) they give up at once.
        if self.no_eof_scan || !self.starts_expr() {
            return false;
        }
        let last = self.toks.len() - 1;
        let line_start = self.toks[..last]
            .iter()
            .rposition(|t| matches!(t.tok, Tok::Newline | Tok::Indent | Tok::Dedent))
            .map_or(0, |i| i + 1);
        let furthest = self.toks[self.max_pos.min(last)].line;
        self.max_pos >= line_start || e.line.max(furthest) > self.toks[last].line
    }

    /// "invalid syntax", unless the tokenizer fails later on: pegen reports that instead.
    fn generic_error(&self, line: u32) -> SyntaxError {
        if self.msgs.tokenizer_errors_first() && self.line_base == 0 {
            if let Some(Token {
                tok: Tok::Error(e), ..
            }) = self.toks.last()
            {
                if e.overrides {
                    return e.error.clone();
                }
            }
        }
        self.error_at(self.msgs.invalid_syntax(), line)
    }

    /// Nothing to compile in `eval` or `single` mode: CPython reports line 0 for an empty
    /// string.
    fn empty_input(&self) -> SyntaxError {
        let line = if self.src.is_empty() { 0 } else { self.line() };
        self.error_at(self.msgs.empty_input(), line)
    }

    // ----- entry points -----

    /// 2.7 builds the AST after parsing the whole module, so `unicode_literals` applies to
    /// every string in it, even a docstring before the import: look for it up front.
    fn prescan_unicode_literals(&mut self) {
        if !self.py2() {
            return;
        }
        let mut i = 0;
        let mut first = true;
        let toks = &self.toks;
        let name_at =
            |i: usize, n: &str| matches!(toks.get(i).map(|t| &t.tok), Some(Tok::Name(m)) if m == n);
        loop {
            while matches!(
                toks.get(i).map(|t| &t.tok),
                Some(Tok::Newline | Tok::Op(";"))
            ) {
                i += 1;
            }
            if name_at(i, "from") && name_at(i + 1, "__future__") && name_at(i + 2, "import") {
                i += 3;
                while let Some(t) = toks.get(i) {
                    match &t.tok {
                        Tok::Newline | Tok::Op(";") | Tok::EndMarker | Tok::Error(_) => break,
                        Tok::Name(n) if n == "unicode_literals" => {
                            self.futures.unicode_literals = true;
                        }
                        _ => {}
                    }
                    i += 1;
                }
            } else if first && matches!(toks.get(i).map(|t| &t.tok), Some(Tok::Str(_))) {
                while matches!(toks.get(i).map(|t| &t.tok), Some(Tok::Str(_))) {
                    i += 1;
                }
                if !matches!(
                    toks.get(i).map(|t| &t.tok),
                    Some(Tok::Newline | Tok::Op(";"))
                ) {
                    return;
                }
            } else {
                return;
            }
            first = false;
        }
    }

    fn file_input(&mut self) -> PResult<Vec<Stmt>> {
        self.exec_input = true;
        self.prescan_unicode_literals();
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
        while matches!(self.tok(), Tok::Newline) {
            self.advance();
        }
        if matches!(self.tok(), Tok::EndMarker) {
            return Err(self.empty_input());
        }
        let e = self.testlist_plain()?;
        while matches!(self.tok(), Tok::Newline | Tok::Dedent) {
            self.advance();
        }
        if !matches!(self.tok(), Tok::EndMarker) {
            if let Some(err) = self.legacy_statement_error(&e) {
                return Err(err);
            }
            return Err(self.fail());
        }
        self.take_late_error()?;
        Ok(e)
    }

    fn single_input(&mut self) -> PResult<Vec<Stmt>> {
        self.prescan_unicode_literals();
        let mut body = Vec::new();
        while matches!(self.tok(), Tok::Newline) {
            self.advance();
        }
        if matches!(self.tok(), Tok::EndMarker) {
            return Err(self.empty_input());
        }
        self.statement(&mut body)?;
        // `compound_stmt NEWLINE`: a compound statement whose one-line body ends the source
        // without a newline of its own (the tokenizer's zero-width one ended the body) lacks
        // the NEWLINE that closes it; an indented body is closed by its DEDENT.
        let compound = body.last().is_some_and(|s| {
            matches!(
                s.kind,
                StmtKind::If { .. }
                    | StmtKind::While { .. }
                    | StmtKind::For { .. }
                    | StmtKind::With { .. }
                    | StmtKind::FunctionDef(_)
                    | StmtKind::ClassDef(_)
                    | StmtKind::Try { .. }
            )
        });
        let prev = &self.toks[self.pos.saturating_sub(1)];
        if compound
            && matches!(prev.tok, Tok::Newline)
            && prev.start == prev.end
            && matches!(self.tok(), Tok::EndMarker)
        {
            return Err(self.fail());
        }
        while matches!(self.tok(), Tok::Newline) {
            self.advance();
        }
        if !matches!(self.tok(), Tok::EndMarker) && !self.msgs.single_mode_ignores_rest() {
            let line = body.first().map_or(self.line(), |s| s.line);
            return Err(self.error_at(
                "multiple statements found while compiling a single statement".to_string(),
                line,
            ));
        }
        self.take_late_error()?;
        Ok(body)
    }
}
