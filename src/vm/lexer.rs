//! Tokenizer for both dialects: physical lines to logical tokens with INDENT/DEDENT.
//!
//! It mirrors CPython's `Parser/tokenizer.c`: blank and comment-only lines produce nothing,
//! newlines inside brackets are ignored, a backslash before a newline joins lines, and the
//! indentation stack produces INDENT and DEDENT tokens. String literals are only delimited
//! here (prefix, quote, raw body); decoding escapes depends on the dialect and on
//! `__future__.unicode_literals`, which only the parser knows, so it happens there. f-string
//! bodies are split into literal and replacement-field pieces here, because finding where an
//! f-string ends already needs that structure (PEP 701 lets fields contain the same quote).
//!
//! Errors are not returned early: tokenizing stops at the first error and appends an
//! [`Tok::Error`] token, so the parser reports an earlier syntax error first, as CPython's
//! on-demand tokenizer does, and can still look ahead for a tokenizer error when it has only
//! a generic "invalid syntax" to say (pegen's `_PyPegen_tokenize_full_source_to_check_for_errors`).
//!
//! This module depends on `version` (for the dialect and message wording) and `ast` only.

use num_bigint::BigInt;
use num_traits::Num;

use crate::version::{Dialect, Messages, PyVersion};

use super::objects::text;
use super::parser::SyntaxError;

/// One token with the 1-based line it starts on and its byte span in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// Identifiers and keywords alike: which names are reserved depends on the dialect and on
    /// `__future__.print_function`, so the parser decides.
    Name(String),
    Int {
        value: BigInt,
        long: bool,
    },
    Float(f64),
    Imag(f64),
    Str(StrTok),
    /// Operators and delimiters, spelled as in the source (`<>` and `` ` `` only in 2.7).
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// The tokenizer stopped here; the parser raises it when it reaches this token.
    Error(LexError),
}

/// A tokenizer error and whether it is only found at the end of input (an unclosed bracket),
/// which pegen reports only when the parser itself gets there.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub error: SyntaxError,
    pub at_eof: bool,
    /// CPython raises it as an exception on the spot (`syntaxerror()` in the tokenizer), so
    /// pegen's full-source check reports it instead of a parser error met earlier. Errors
    /// that are only tokenizer states (unindent mismatch, tabs, a bad line continuation)
    /// are not.
    pub overrides: bool,
}

/// One string literal: its prefix flags and undecoded body.
#[derive(Clone, Debug, PartialEq)]
pub struct StrTok {
    pub raw: bool,
    pub bytes: bool,
    pub unicode: bool,
    pub triple: bool,
    /// For non-f-strings: the text between the quotes, escapes untouched.
    pub body: String,
    /// For f-strings: the body split into pieces.
    pub fparts: Option<Vec<FPiece>>,
}

/// A piece of an f-string body, with byte offsets into the whole source.
#[derive(Clone, Debug, PartialEq)]
pub enum FPiece {
    /// Literal text with `{{`/`}}` still doubled and escapes undecoded.
    Literal(String),
    Field {
        /// Source span of the expression (without `=`, conversion and spec).
        expr: (usize, usize),
        /// Line the expression starts on.
        line: u32,
        /// Span of the expression text plus `=` and the whitespace around it, for `{x=}`.
        debug: Option<(usize, usize)>,
        conversion: Option<char>,
        spec: Option<Vec<FPiece>>,
    },
}

/// Tokenizer configuration.
#[derive(Clone, Copy, Debug)]
pub struct LexOptions {
    pub dialect: Dialect,
    /// Whose error wording to use.
    pub version: PyVersion,
    /// `f` is a string prefix (the `has_fstrings` answer).
    pub fstrings: bool,
    /// Backticks are tokens (the `has_backticks` answer).
    pub backticks: bool,
}

/// Tokenizes the whole source. The last token is `EndMarker` or `Error`.
pub fn tokenize(source: &str, opts: LexOptions) -> Vec<Token> {
    let mut lx = Lexer::new(source, opts);
    lx.run();
    lx.out
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    line: u32,
    dialect: Dialect,
    fstrings: bool,
    backticks: bool,
    msgs: Messages,
    indents: Vec<(usize, usize)>,
    /// Open brackets: (char, line).
    parens: Vec<(u8, u32)>,
    at_line_start: bool,
    /// The error being raised is the end-of-input-in-brackets one.
    eof_error: bool,
    /// The error being raised is a tokenizer state, not an exception (see [`LexError`]).
    state_error: bool,
    out: Vec<Token>,
}

type LexResult<T> = Result<T, SyntaxError>;

/// Stands for the imaginary suffix where a radix is expected (see `Lexer::bad_number`).
const IMAGINARY: u32 = 0;

/// CPython's tokenizer limit on nested indentation levels (`MAXINDENT`).
const MAX_INDENT: usize = 100;

/// `source` without its UTF-8 byte order mark. A BOM marks the encoding of bytes (a file, a
/// `bytes` source); in text it is a character like any other (U+FEFF, not printable).
pub fn strip_bom(source: &[u8]) -> &[u8] {
    source.strip_prefix(b"\xef\xbb\xbf").unwrap_or(source)
}

fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_id_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str, opts: LexOptions) -> Lexer<'a> {
        Lexer {
            src,
            b: src.as_bytes(),
            pos: 0,
            line: 1,
            dialect: opts.dialect,
            fstrings: opts.fstrings,
            backticks: opts.backticks,
            msgs: opts.version.semantics().msgs,
            indents: vec![(0, 0)],
            parens: Vec::new(),
            at_line_start: true,
            eof_error: false,
            state_error: false,
            // About one token per four bytes of source: growing the vector by doubling
            // copied every token several times.
            out: Vec::with_capacity(src.len() / 4 + 8),
        }
    }

    fn peek(&self, off: usize) -> u8 {
        self.b.get(self.pos + off).copied().unwrap_or(0)
    }

    fn err(&self, ty: &str, message: String, line: u32) -> SyntaxError {
        SyntaxError {
            ty: ty.to_string(),
            message,
            line,
        }
    }

    /// An error that is a tokenizer state in CPython rather than a raised exception.
    fn state_err(&mut self, ty: &str, message: String, line: u32) -> SyntaxError {
        self.state_error = true;
        self.err(ty, message, line)
    }

    fn push(&mut self, tok: Tok, line: u32, start: usize) {
        self.out.push(Token {
            tok,
            line,
            start,
            end: self.pos,
        });
    }

    fn run(&mut self) {
        if let Err(e) = self.run_inner() {
            let line = e.line;
            let pos = self.pos;
            let at_eof = self.pos >= self.b.len() && !self.parens.is_empty() && self.eof_error;
            let overrides = !at_eof && !self.state_error;
            self.out.push(Token {
                tok: Tok::Error(LexError {
                    error: e,
                    at_eof,
                    overrides,
                }),
                line,
                start: pos,
                end: pos,
            });
        }
    }

    fn run_inner(&mut self) -> LexResult<()> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                if !self.indentation()? {
                    // Blank line: already consumed.
                    continue;
                }
            }
            if self.pos >= self.b.len() {
                return self.finish();
            }
            let c = self.b[self.pos];
            let start = self.pos;
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'\r' | b'\n' => {
                    self.newline_char();
                    if self.parens.is_empty() {
                        self.out.push(Token {
                            tok: Tok::Newline,
                            line: self.line,
                            start,
                            end: start + 1,
                        });
                        self.at_line_start = true;
                    }
                    self.line += 1;
                }
                b'#' => self.skip_comment(),
                b'\\' => {
                    self.pos += 1;
                    match self.peek(0) {
                        b'\n' | b'\r' => {
                            self.newline_char();
                            self.line += 1;
                            if self.pos >= self.b.len()
                                && self.msgs.eof_after_continuation_is_error()
                            {
                                return Err(self.state_err(
                                    "SyntaxError",
                                    self.msgs.eof_after_continuation(),
                                    self.line - 1,
                                ));
                            }
                        }
                        0 if self.pos >= self.b.len() => {
                            if self.msgs.eof_after_continuation_is_error() {
                                return Err(self.state_err(
                                    "SyntaxError",
                                    self.msgs.eof_after_continuation(),
                                    self.line,
                                ));
                            }
                        }
                        _ => {
                            return Err(self.state_err(
                                "SyntaxError",
                                "unexpected character after line continuation character"
                                    .to_string(),
                                self.line,
                            ))
                        }
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(start, "")?,
                _ if is_id_start(c) => {
                    while self.pos < self.b.len() && is_id_char(self.b[self.pos]) {
                        self.pos += 1;
                    }
                    let word = &self.src[start..self.pos];
                    let q = self.peek(0);
                    if (q == b'"' || q == b'\'') && self.is_prefix(word) {
                        self.string(start, word)?;
                    } else {
                        self.check_identifier(word)?;
                        self.push(Tok::Name(word.to_string()), self.line, start);
                    }
                }
                _ => self.operator()?,
            }
        }
    }

    fn check_identifier(&self, word: &str) -> LexResult<()> {
        if word.is_ascii() {
            return Ok(());
        }
        // 3.x identifiers are XID_Start then XID_Continue characters (PEP 3131; `_` starts
        // one); 2.7 identifiers are ASCII.
        let bad = if self.dialect == Dialect::Py3 {
            word.chars()
                .enumerate()
                .find(|&(i, ch)| {
                    !(ch == '_'
                        || if i == 0 {
                            unicode_ident::is_xid_start(ch)
                        } else {
                            unicode_ident::is_xid_continue(ch)
                        })
                })
                .map(|(_, ch)| ch)
        } else {
            word.chars().find(|ch| !ch.is_ascii())
        };
        match bad {
            None => Ok(()),
            Some(bad) => {
                let msg = self.msgs.invalid_character(bad, text::is_printable(bad));
                Err(self.err("SyntaxError", msg, self.line))
            }
        }
    }

    fn newline_char(&mut self) {
        if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
            self.pos += 2;
        } else {
            self.pos += 1;
        }
    }

    fn skip_comment(&mut self) {
        while self.pos < self.b.len() && self.b[self.pos] != b'\n' && self.b[self.pos] != b'\r' {
            self.pos += 1;
        }
    }

    /// Measures the indentation of a new line. Returns false for a blank or comment-only line
    /// (consumed entirely), true once the indentation tokens have been emitted.
    fn indentation(&mut self) -> LexResult<bool> {
        let mut col = 0usize;
        let mut alt = 0usize;
        loop {
            match self.peek(0) {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if !self.parens.is_empty() {
            return Ok(true);
        }
        match self.peek(0) {
            b'#' => {
                self.skip_comment();
                self.blank_line_end();
                return Ok(false);
            }
            b'\n' | b'\r' => {
                self.blank_line_end();
                return Ok(false);
            }
            b'\\' => {
                // A backslash continuation at the start of a line: CPython treats the line as
                // indented normally; keep going.
            }
            0 if self.pos >= self.b.len() => return Ok(true),
            _ => {}
        }
        let (cur, cur_alt) = *self.indents.last().unwrap_or(&(0, 0));
        let line = self.line;
        if col == cur {
            if alt != cur_alt && self.msgs.tab_error_enabled() {
                return Err(self.state_err("TabError", self.msgs.tab_error(), line));
            }
        } else if col > cur {
            if alt <= cur_alt && self.msgs.tab_error_enabled() {
                return Err(self.state_err("TabError", self.msgs.tab_error(), line));
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(self.state_err(
                    "IndentationError",
                    "too many levels of indentation".to_string(),
                    line,
                ));
            }
            self.indents.push((col, alt));
            self.push(Tok::Indent, line, self.pos);
        } else {
            // Like CPython's tokenizer, fail before producing any DEDENT when the new column
            // matches no enclosing level.
            let keep = self.indents.iter().take_while(|(c, _)| *c <= col).count();
            let (top, top_alt) = self.indents[keep.max(1) - 1];
            if col != top {
                return Err(self.state_err(
                    "IndentationError",
                    "unindent does not match any outer indentation level".to_string(),
                    line,
                ));
            }
            while self.indents.len() > keep.max(1) {
                self.indents.pop();
                self.push(Tok::Dedent, line, self.pos);
            }
            if alt != top_alt && self.msgs.tab_error_enabled() {
                return Err(self.state_err("TabError", self.msgs.tab_error(), line));
            }
        }
        Ok(true)
    }

    fn blank_line_end(&mut self) {
        if self.pos < self.b.len() {
            self.newline_char();
            self.line += 1;
            self.at_line_start = true;
        }
    }

    /// The line of the last character: CPython does not count a line after a final newline.
    fn eof_line(&self) -> u32 {
        if self.b.last().is_some_and(|&c| c == b'\n' || c == b'\r') && self.line > 1 {
            self.line - 1
        } else {
            self.line
        }
    }

    fn finish(&mut self) -> LexResult<()> {
        let eof_line = self.eof_line();
        if let Some(&(open, line)) = self.parens.last() {
            self.eof_error = true;
            return Err(self.err(
                "SyntaxError",
                self.msgs.never_closed(open as char, eof_line == 1),
                self.msgs.never_closed_line(line, eof_line),
            ));
        }
        self.line = eof_line;
        let pos = self.pos;
        let last_is_newline = matches!(
            self.out.last().map(|t| &t.tok),
            None | Some(Tok::Newline) | Some(Tok::Dedent) | Some(Tok::Indent)
        );
        if !last_is_newline {
            self.out.push(Token {
                tok: Tok::Newline,
                line: self.line,
                start: pos,
                end: pos,
            });
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, self.line, pos);
        }
        self.push(Tok::EndMarker, self.line, pos);
        Ok(())
    }

    fn is_prefix(&self, word: &str) -> bool {
        if word.len() > 2 {
            return false;
        }
        let w = word.to_ascii_lowercase();
        match self.dialect {
            Dialect::Py2 => matches!(w.as_str(), "r" | "u" | "b" | "ur" | "br"),
            Dialect::Py3 => match w.as_str() {
                "r" | "u" | "b" | "br" | "rb" => true,
                "f" | "fr" | "rf" => self.fstrings,
                _ => false,
            },
        }
    }

    fn operator(&mut self) -> LexResult<()> {
        let start = self.pos;
        let c = self.b[self.pos];
        let c1 = self.peek(1);
        let c2 = self.peek(2);
        let py2 = self.dialect == Dialect::Py2;
        let three: Option<&'static str> = match (c, c1, c2) {
            (b'*', b'*', b'=') => Some("**="),
            (b'/', b'/', b'=') => Some("//="),
            (b'>', b'>', b'=') => Some(">>="),
            (b'<', b'<', b'=') => Some("<<="),
            (b'.', b'.', b'.') => Some("..."),
            _ => None,
        };
        if let Some(op) = three {
            self.pos += 3;
            self.push(Tok::Op(op), self.line, start);
            return Ok(());
        }
        let two: Option<&'static str> = match (c, c1) {
            (b'*', b'*') => Some("**"),
            (b'/', b'/') => Some("//"),
            (b'>', b'>') => Some(">>"),
            (b'<', b'<') => Some("<<"),
            (b'<', b'=') => Some("<="),
            (b'>', b'=') => Some(">="),
            (b'=', b'=') => Some("=="),
            (b'!', b'=') => Some("!="),
            // 3.x tokenizes it too, for `barry_as_FLUFL`; the parser decides.
            (b'<', b'>') => Some("<>"),
            (b'-', b'>') => Some("->"),
            (b'+', b'=') => Some("+="),
            (b'-', b'=') => Some("-="),
            (b'*', b'=') => Some("*="),
            (b'/', b'=') => Some("/="),
            (b'%', b'=') => Some("%="),
            (b'&', b'=') => Some("&="),
            (b'|', b'=') => Some("|="),
            (b'^', b'=') => Some("^="),
            (b'@', b'=') if !py2 => Some("@="),
            (b':', b'=') if !py2 => Some(":="),
            _ => None,
        };
        if let Some(op) = two {
            self.pos += 2;
            self.push(Tok::Op(op), self.line, start);
            return Ok(());
        }
        let one: &'static str = match c {
            b'+' => "+",
            b'-' => "-",
            b'*' => "*",
            b'/' => "/",
            b'%' => "%",
            b'@' => "@",
            b'&' => "&",
            b'|' => "|",
            b'^' => "^",
            b'~' => "~",
            b'<' => "<",
            b'>' => ">",
            b'(' => "(",
            b')' => ")",
            b'[' => "[",
            b']' => "]",
            b'{' => "{",
            b'}' => "}",
            b',' => ",",
            b':' => ":",
            b'.' => ".",
            b';' => ";",
            b'=' => "=",
            b'`' if self.backticks => "`",
            _ => {
                let ch = self.src[self.pos..].chars().next().unwrap_or('?');
                let msg = self.msgs.invalid_character(ch, text::is_printable(ch));
                // CPython raises for a non-ASCII or non-printable character; a stray printable
                // ASCII one (`$`, `?`) is a bare error token that the parser reports as
                // "invalid syntax".
                return Err(if ch.is_ascii() && text::is_printable(ch) {
                    self.state_err("SyntaxError", msg, self.line)
                } else {
                    self.err("SyntaxError", msg, self.line)
                });
            }
        };
        match c {
            b'(' | b'[' | b'{' => {
                if let Some(max) = self.msgs.max_paren_level() {
                    if self.parens.len() >= max {
                        return Err(self.err(
                            "SyntaxError",
                            "too many nested parentheses".to_string(),
                            self.line,
                        ));
                    }
                }
                self.parens.push((c, self.line));
            }
            b')' | b']' | b'}' => match self.parens.pop() {
                None => {
                    if let Some(m) = self.msgs.unmatched_bracket(c as char) {
                        return Err(self.err("SyntaxError", m, self.line));
                    }
                }
                Some((open, open_line)) => {
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if want != c {
                        if let Some(m) = self.msgs.mismatched_bracket(
                            c as char,
                            open as char,
                            open_line,
                            self.line,
                        ) {
                            return Err(self.err("SyntaxError", m, self.line));
                        }
                    }
                }
            },
            _ => {}
        }
        self.pos += 1;
        self.push(Tok::Op(one), self.line, start);
        Ok(())
    }

    fn digits(&mut self, pred: fn(u8) -> bool, underscores: bool) -> LexResult<String> {
        let mut s = String::new();
        loop {
            let c = self.peek(0);
            if pred(c) {
                s.push(c as char);
                self.pos += 1;
            } else if c == b'_' && underscores && pred(self.peek(1)) && !s.is_empty() {
                self.pos += 1;
            } else {
                break;
            }
        }
        Ok(s)
    }

    fn bad_number(&self, radix: u32) -> SyntaxError {
        let name = match radix {
            16 => "hexadecimal",
            8 => "octal",
            2 => "binary",
            // Not a radix: the `j` suffix, for which CPython names the literal imaginary.
            IMAGINARY => "imaginary",
            _ => "decimal",
        };
        self.err("SyntaxError", self.msgs.invalid_number(name), self.line)
    }

    fn number(&mut self) -> LexResult<()> {
        let start = self.pos;
        let line = self.line;
        let us = self.dialect == Dialect::Py3;
        let dec: fn(u8) -> bool = |c| c.is_ascii_digit();
        if self.peek(0) == b'0' && matches!(self.peek(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let (radix, pred): (u32, fn(u8) -> bool) = match self.peek(1) {
                b'x' | b'X' => (16, |c: u8| c.is_ascii_hexdigit()),
                b'o' | b'O' => (8, |c: u8| (b'0'..=b'7').contains(&c)),
                _ => (2, |c: u8| c == b'0' || c == b'1'),
            };
            self.pos += 2;
            if us && self.peek(0) == b'_' {
                self.pos += 1;
            }
            let ds = self.digits(pred, us)?;
            if radix != 16 && self.peek(0).is_ascii_digit() {
                if let Some(m) = self.msgs.invalid_digit(self.peek(0) as char, radix) {
                    return Err(self.err("SyntaxError", m, self.line));
                }
            }
            if ds.is_empty() {
                return Err(self.bad_number(radix));
            }
            let value = BigInt::from_str_radix(&ds, radix).map_err(|_| self.bad_number(radix))?;
            let long = self.long_suffix();
            self.end_of_number(radix)?;
            self.push(Tok::Int { value, long }, line, start);
            return Ok(());
        }
        let int_part = self.digits(dec, us)?;
        let mut is_float = false;
        let mut text = int_part.clone();
        if self.peek(0) == b'.' {
            is_float = true;
            self.pos += 1;
            text.push('.');
            let frac = if self.peek(0).is_ascii_digit() {
                self.digits(dec, us)?
            } else {
                String::new()
            };
            text.push_str(&frac);
        }
        if matches!(self.peek(0), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            let mut exp = String::from("e");
            if matches!(self.peek(0), b'+' | b'-') {
                exp.push(self.peek(0) as char);
                self.pos += 1;
            }
            if self.peek(0).is_ascii_digit() {
                exp.push_str(&self.digits(dec, us)?);
                text.push_str(&exp);
                is_float = true;
            } else {
                // 2.7 tokenizes `1e` as `1` then the name `e`; 3.x accepts it only before a
                // keyword (`1else`), which `end_of_number` checks.
                self.pos = save;
            }
        }
        if matches!(self.peek(0), b'j' | b'J') {
            self.pos += 1;
            let v: f64 = text.parse().map_err(|_| self.bad_number(10))?;
            self.end_of_number(IMAGINARY)?;
            self.push(Tok::Imag(v), line, start);
            return Ok(());
        }
        if is_float {
            let v: f64 = text.parse().map_err(|_| self.bad_number(10))?;
            self.end_of_number(10)?;
            self.push(Tok::Float(v), line, start);
            return Ok(());
        }
        // A plain integer.
        let value = if int_part.len() > 1 && int_part.starts_with('0') {
            if self.dialect == Dialect::Py2 {
                if !int_part.bytes().all(|c| (b'0'..=b'7').contains(&c)) {
                    return Err(self.bad_number(10));
                }
                BigInt::from_str_radix(&int_part, 8).map_err(|_| self.bad_number(10))?
            } else {
                if int_part.bytes().any(|c| c != b'0') {
                    return Err(self.err("SyntaxError", self.msgs.leading_zeros(), self.line));
                }
                BigInt::from(0)
            }
        } else {
            BigInt::from_str_radix(&int_part, 10).map_err(|_| self.bad_number(10))?
        };
        let long = self.long_suffix();
        self.end_of_number(10)?;
        self.push(Tok::Int { value, long }, line, start);
        Ok(())
    }

    fn long_suffix(&mut self) -> bool {
        if self.dialect == Dialect::Py2 && matches!(self.peek(0), b'l' | b'L') {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// CPython 3 rejects a number directly followed by a name character ("invalid decimal
    /// literal"); 2.7 tokenizes `1if` as `1` `if`.
    fn end_of_number(&mut self, radix: u32) -> LexResult<()> {
        let c = self.peek(0);
        if self.dialect == Dialect::Py3 && (is_id_char(c) || c == b'_') {
            // 3.x allows `1if x else y` and `0x1for` with a warning; keywords following a
            // number are still tokenized, anything else is an error.
            let rest = &self.src[self.pos..];
            for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
                if rest.starts_with(kw) {
                    return Ok(());
                }
            }
            return Err(self.bad_number(radix));
        }
        Ok(())
    }

    fn string(&mut self, start: usize, prefix: &str) -> LexResult<()> {
        let lower = prefix.to_ascii_lowercase();
        let raw = lower.contains('r');
        let bytes = lower.contains('b');
        let unicode = lower.contains('u');
        let fstr = lower.contains('f');
        let line = self.line;
        let q = self.peek(0);
        let triple = self.peek(1) == q && self.peek(2) == q;
        self.pos += if triple { 3 } else { 1 };
        let body_start = self.pos;
        let (fparts, body) = if fstr {
            let parts = self.fstring_body(q, triple, raw, line, 0)?;
            (Some(parts), String::new())
        } else {
            self.scan_plain(q, triple, line)?;
            let end = self.pos;
            (None, self.src[body_start..end].to_string())
        };
        self.pos += if triple { 3 } else { 1 };
        // 2.7's tokenizer stamps a string with the line it ends on.
        let tok_line = if self.msgs.string_line_is_end() {
            self.line
        } else {
            line
        };
        self.push(
            Tok::Str(StrTok {
                raw,
                bytes,
                unicode,
                triple,
                body,
                fparts,
            }),
            tok_line,
            start,
        );
        Ok(())
    }

    fn at_close(&self, q: u8, triple: bool) -> bool {
        self.peek(0) == q && (!triple || (self.peek(1) == q && self.peek(2) == q))
    }

    fn unterminated(&self, triple: bool, line: u32) -> SyntaxError {
        if triple {
            let eof_line = self.eof_line();
            self.err(
                "SyntaxError",
                self.msgs.unterminated_triple(eof_line),
                self.msgs.unterminated_triple_line(line, eof_line),
            )
        } else {
            self.err(
                "SyntaxError",
                self.msgs
                    .unterminated_string(self.line, self.escaped_end_quote()),
                self.msgs.unterminated_string_line(line, self.line),
            )
        }
    }

    /// Whether the unterminated literal's line ends in `\'` (3.13's hint).
    fn escaped_end_quote(&self) -> bool {
        let mut end = self.pos.min(self.b.len());
        while end > 0 && matches!(self.b[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        end >= 2 && matches!(self.b[end - 1], b'\'' | b'"') && self.b[end - 2] == b'\\'
    }

    /// Advances to the closing quote (not consumed).
    fn scan_plain(&mut self, q: u8, triple: bool, line: u32) -> LexResult<()> {
        loop {
            if self.pos >= self.b.len() {
                return Err(self.unterminated(triple, line));
            }
            if self.at_close(q, triple) {
                return Ok(());
            }
            match self.b[self.pos] {
                b'\\' => {
                    self.pos += 1;
                    match self.peek(0) {
                        b'\r' | b'\n' => {
                            self.newline_char();
                            self.line += 1;
                        }
                        0 if self.pos >= self.b.len() => {}
                        _ => self.pos += 1,
                    }
                }
                b'\r' | b'\n' => {
                    if !triple {
                        return Err(self.unterminated(triple, line));
                    }
                    self.newline_char();
                    self.line += 1;
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Splits an f-string body (or a format spec when `depth > 0`) into pieces, stopping at
    /// the closing quote or, for a spec, at the `}` that ends the field (not consumed).
    fn fstring_body(
        &mut self,
        q: u8,
        triple: bool,
        raw: bool,
        line: u32,
        depth: u32,
    ) -> LexResult<Vec<FPiece>> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        loop {
            if self.pos >= self.b.len() {
                return Err(self.unterminated(triple, line));
            }
            if self.at_close(q, triple) {
                if depth > 0 {
                    return Err(self.err(
                        "SyntaxError",
                        "f-string: expecting '}', or format specs".to_string(),
                        self.line,
                    ));
                }
                break;
            }
            let c = self.b[self.pos];
            match c {
                b'\\' => {
                    lit.push('\\');
                    self.pos += 1;
                    match self.peek(0) {
                        b'\r' | b'\n' => {
                            let s = self.pos;
                            self.newline_char();
                            lit.push_str(&self.src[s..self.pos]);
                            self.line += 1;
                        }
                        // `\{` leaves the brace to start a field (with a warning).
                        b'{' | b'}' => {}
                        0 if self.pos >= self.b.len() => {}
                        _ => {
                            let ch = self.src[self.pos..].chars().next().unwrap_or('\0');
                            lit.push(ch);
                            self.pos += ch.len_utf8();
                        }
                    }
                }
                b'\r' | b'\n' => {
                    if !triple {
                        return Err(self.unterminated(triple, line));
                    }
                    let s = self.pos;
                    self.newline_char();
                    lit.push_str(&self.src[s..self.pos]);
                    self.line += 1;
                }
                b'{' => {
                    if self.peek(1) == b'{' && depth == 0 {
                        lit.push_str("{{");
                        self.pos += 2;
                        continue;
                    }
                    if !lit.is_empty() {
                        parts.push(FPiece::Literal(std::mem::take(&mut lit)));
                    }
                    self.pos += 1;
                    parts.push(self.fstring_field(q, triple, raw, line, depth)?);
                }
                b'}' => {
                    if depth > 0 {
                        break;
                    }
                    if self.peek(1) == b'}' {
                        lit.push_str("}}");
                        self.pos += 2;
                        continue;
                    }
                    return Err(self.err(
                        "SyntaxError",
                        "f-string: single '}' is not allowed".to_string(),
                        self.line,
                    ));
                }
                _ => {
                    let ch = self.src[self.pos..].chars().next().unwrap_or('\0');
                    lit.push(ch);
                    self.pos += ch.len_utf8();
                }
            }
        }
        if !lit.is_empty() {
            parts.push(FPiece::Literal(lit));
        }
        Ok(parts)
    }

    /// Scans one replacement field after its `{`, through its closing `}`.
    fn fstring_field(
        &mut self,
        q: u8,
        triple: bool,
        raw: bool,
        line: u32,
        depth: u32,
    ) -> LexResult<FPiece> {
        let expr_start = self.pos;
        let expr_line = self.line;
        let open_line = self.line;
        if depth >= 2 {
            // CPython's MAX_EXPR_NESTING: fields in the spec of a field in a spec.
            return Err(self.err(
                "SyntaxError",
                "f-string: expressions nested too deeply".to_string(),
                self.line,
            ));
        }
        let mut nest: Vec<u8> = Vec::new();
        let expr_end;
        let mut debug = None;
        loop {
            // PEP 701: inside a field a quote starts a nested string, even the outer one,
            // and newlines and comments are allowed.
            if self.pos >= self.b.len() {
                return Err(self.err("SyntaxError", self.msgs.never_closed('{', false), open_line));
            }
            let c = self.b[self.pos];
            match c {
                b'(' | b'[' | b'{' => {
                    nest.push(c);
                    self.pos += 1;
                }
                b')' | b']' => {
                    nest.pop();
                    self.pos += 1;
                }
                b'}' if !nest.is_empty() => {
                    nest.pop();
                    self.pos += 1;
                }
                b'}' | b':' | b'!' if nest.is_empty() && !(c == b'!' && self.peek(1) == b'=') => {
                    if self.src[expr_start..self.pos].trim().is_empty() {
                        return Err(self.err(
                            "SyntaxError",
                            format!("f-string: valid expression required before '{}'", c as char),
                            self.line,
                        ));
                    }
                    expr_end = self.pos;
                    break;
                }
                b'=' if nest.is_empty() => {
                    let prev = if self.pos > expr_start {
                        self.b[self.pos - 1]
                    } else {
                        0
                    };
                    if self.peek(1) == b'=' {
                        self.pos += 2;
                    } else if matches!(prev, b'=' | b'!' | b'<' | b'>') {
                        self.pos += 1;
                    } else {
                        if self.src[expr_start..self.pos].trim().is_empty() {
                            return Err(self.err(
                                "SyntaxError",
                                "f-string: valid expression required before '='".to_string(),
                                self.line,
                            ));
                        }
                        expr_end = self.pos;
                        self.pos += 1;
                        while matches!(self.peek(0), b' ' | b'\t' | b'\n' | b'\r') {
                            self.pos += 1;
                        }
                        debug = Some((expr_start, self.pos));
                        break;
                    }
                }
                b'\'' | b'"' => {
                    let s = self.pos;
                    let mut p = s;
                    while p > expr_start && is_id_char(self.b[p - 1]) {
                        p -= 1;
                    }
                    let prefix = &self.src[p..s];
                    let prefix = if self.is_prefix(prefix) { prefix } else { "" };
                    let before = self.out.len();
                    let nested_line = self.line;
                    if let Err(e) = self.string(s, prefix) {
                        // An unterminated nested string: CPython's f-string tokenizer mode
                        // reports the missing `}` instead.
                        if self.pos >= self.b.len() || matches!(self.peek(0), b'\n' | b'\r') {
                            return Err(self.err(
                                "SyntaxError",
                                "f-string: expecting '}'".to_string(),
                                nested_line,
                            ));
                        }
                        return Err(e);
                    }
                    self.out.truncate(before);
                }
                b'#' => self.skip_comment(),
                b'\\' => {
                    if !matches!(self.peek(1), b'\n' | b'\r') {
                        return Err(self.state_err(
                            "SyntaxError",
                            "unexpected character after line continuation character".to_string(),
                            self.line,
                        ));
                    }
                    self.pos += 1;
                    self.newline_char();
                    self.line += 1;
                }
                b'\n' | b'\r' => {
                    self.newline_char();
                    self.line += 1;
                }
                _ => {
                    let ch = self.src[self.pos..].chars().next().unwrap_or('\0');
                    self.pos += ch.len_utf8();
                }
            }
        }
        let mut conversion = None;
        if self.peek(0) == b'!' {
            self.pos += 1;
            let ch = self.peek(0);
            if matches!(ch, b'}' | b':' | b'=' | 0) || ch.is_ascii_whitespace() {
                return Err(self.err(
                    "SyntaxError",
                    "f-string: missing conversion character".to_string(),
                    self.line,
                ));
            }
            if !matches!(ch, b'r' | b's' | b'a') {
                let bad = self.src[self.pos..].chars().next().unwrap_or('?');
                return Err(self.err(
                    "SyntaxError",
                    self.msgs.fstring_bad_conversion(bad),
                    self.line,
                ));
            }
            if !matches!(self.peek(1), b'}' | b':') {
                return Err(self.err(
                    "SyntaxError",
                    "f-string: expecting ':' or '}'".to_string(),
                    self.line,
                ));
            }
            conversion = Some(ch as char);
            self.pos += 1;
        }
        let mut spec = None;
        if self.peek(0) == b':' {
            self.pos += 1;
            spec = Some(self.fstring_body(q, triple, raw, line, depth + 1)?);
            if self.peek(0) != b'}' {
                return Err(self.err(
                    "SyntaxError",
                    "f-string: expecting '}', or format specs".to_string(),
                    self.line,
                ));
            }
        }
        if self.peek(0) != b'}' {
            return Err(self.err(
                "SyntaxError",
                "f-string: expecting '}'".to_string(),
                self.line,
            ));
        }
        self.pos += 1;
        Ok(FPiece::Field {
            expr: (expr_start, expr_end),
            line: expr_line,
            debug,
            conversion,
            spec,
        })
    }
}
