//! String literals: escape decoding per dialect, implicit concatenation and f-strings.
//!
//! Representation (see `ast::Constant::Str`): 3.x `str` and 2.7 `unicode` values are the
//! text itself. A 2.7 plain (byte) string holds one `char` per byte, U+0000..=U+00FF
//! (latin-1 mapping), so `'\xff'` and a UTF-8 `'é'` in the source (two bytes) are told apart
//! exactly as 2.7 does. 3.x bytes literals become `Constant::Bytes`.

use crate::vm::ast::{Constant, Expr, ExprKind, FStringPart, StrKind};
use crate::vm::lexer::{FPiece, StrTok, Tok};

use super::{PResult, Parser, SyntaxError};

/// How one literal's escapes are read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// 2.7 `str`: bytes, no `\u`.
    Bytes2,
    /// 3.x `bytes`: ASCII source only, no `\u`.
    Bytes3,
    /// Text (3.x `str`, 2.7 `unicode`).
    Text,
}

/// Decodes escapes in `body`. `Err` carries the error message.
/// A literal CPython refuses: `(exception type, message)`.
type DecodeError = (&'static str, String);

fn unicode_error(codec: &str, start: usize, end: usize, what: &str) -> DecodeError {
    (
        "SyntaxError",
        format!(
            "(unicode error) '{codec}' codec can't decode bytes in position {start}-{end}: {what}"
        ),
    )
}

/// Decodes escapes in `body`.
fn decode(
    body: &str,
    raw: bool,
    mode: Mode,
    py2_unicode_raw: bool,
) -> Result<Vec<u32>, DecodeError> {
    let mut out: Vec<u32> = Vec::with_capacity(body.len());
    let push_char = |out: &mut Vec<u32>, ch: char| {
        if mode == Mode::Bytes2 {
            let mut buf = [0u8; 4];
            for b in ch.encode_utf8(&mut buf).bytes() {
                out.push(b as u32);
            }
        } else {
            out.push(ch as u32);
        }
    };
    let mut it = body.char_indices().peekable();
    while let Some((at, ch)) = it.next() {
        if mode == Mode::Bytes3 && !ch.is_ascii() {
            return Err((
                "SyntaxError",
                "bytes can only contain ASCII literal characters".to_string(),
            ));
        }
        if ch == '\r' {
            // Universal newlines: source line ends inside literals read as `\n`.
            if matches!(it.peek(), Some((_, '\n'))) {
                it.next();
            }
            out.push('\n' as u32);
            continue;
        }
        if ch != '\\' {
            push_char(&mut out, ch);
            continue;
        }
        let Some(&(_, next)) = it.peek() else {
            out.push('\\' as u32);
            continue;
        };
        if raw {
            if next == '\\' {
                // A pair of backslashes stays literal (and cannot start `\u` below).
                it.next();
                out.push('\\' as u32);
                out.push('\\' as u32);
                continue;
            }
            // In 2.7 `ur''`, `\u` and `\U` still escape (raw-unicode-escape).
            if py2_unicode_raw && (next == 'u' || next == 'U') {
                it.next();
                let n = if next == 'u' { 4 } else { 8 };
                let v = hex_digits(&mut it, n).map_err(|k| {
                    unicode_error(
                        "rawunicodeescape",
                        at,
                        at + 1 + k,
                        &format!("truncated \\{next}{}", "X".repeat(n)),
                    )
                })?;
                out.push(v);
                continue;
            }
            out.push('\\' as u32);
            continue;
        }
        it.next();
        match next {
            '\n' => {}
            '\r' => {
                if matches!(it.peek(), Some((_, '\n'))) {
                    it.next();
                }
            }
            '\\' => out.push('\\' as u32),
            '\'' => out.push('\'' as u32),
            '"' => out.push('"' as u32),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(10),
            'r' => out.push(13),
            't' => out.push(9),
            'v' => out.push(11),
            '0'..='7' => {
                let mut v = next.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match it.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            it.next();
                        }
                        _ => break,
                    }
                }
                if mode != Mode::Text {
                    v &= 0xff;
                }
                out.push(v);
            }
            'x' => {
                let v = hex_digits(&mut it, 2).map_err(|k| match mode {
                    Mode::Bytes2 => ("ValueError", "invalid \\x escape".to_string()),
                    Mode::Bytes3 => (
                        "SyntaxError",
                        format!("(value error) invalid \\x escape at position {at}"),
                    ),
                    Mode::Text => {
                        unicode_error("unicodeescape", at, at + 1 + k, "truncated \\xXX escape")
                    }
                })?;
                out.push(v);
            }
            'u' | 'U' if mode == Mode::Text => {
                let n = if next == 'u' { 4 } else { 8 };
                let v = hex_digits(&mut it, n).map_err(|k| {
                    unicode_error(
                        "unicodeescape",
                        at,
                        at + 1 + k,
                        &format!("truncated \\{next}{} escape", "X".repeat(n)),
                    )
                })?;
                if v > 0x10ffff {
                    return Err(unicode_error(
                        "unicodeescape",
                        at,
                        at + 9,
                        "illegal Unicode character",
                    ));
                }
                out.push(v);
            }
            'N' if mode == Mode::Text => {
                // Names need the Unicode character database, which execdiff does not carry.
                return Err((
                    super::UNSUPPORTED,
                    crate::version::SyntaxGap::NamedUnicodeEscape
                        .name()
                        .to_string(),
                ));
            }
            other => {
                out.push('\\' as u32);
                push_char(&mut out, other);
            }
        }
    }
    Ok(out)
}

/// Reads exactly `n` hex digits; on failure, how many were there.
fn hex_digits(
    it: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    n: usize,
) -> Result<u32, usize> {
    let mut v: u32 = 0;
    for k in 0..n {
        let Some(dv) = it.peek().and_then(|&(_, d)| d.to_digit(16)) else {
            return Err(k);
        };
        v = v.wrapping_mul(16).wrapping_add(dv);
        it.next();
    }
    Ok(v)
}

fn to_string(units: &[u32]) -> String {
    units
        .iter()
        .map(|&u| char::from_u32(u).unwrap_or('\u{fffd}'))
        .collect()
}

impl Parser<'_> {
    /// A literal that does not decode: at once on 3.x, after the whole parse on 2.7 (whose
    /// `ast.c` decodes strings); parsing goes on with an empty value then.
    fn late_decode_error(&mut self, (ty, message): DecodeError, line: u32) -> PResult<Vec<u32>> {
        let err = SyntaxError {
            ty: ty.to_string(),
            message,
            line,
        };
        if ty == super::UNSUPPORTED {
            self.note_unsupported(&err.message, line);
            return Ok(Vec::new());
        }
        self.ast_check(Err(err))?;
        Ok(Vec::new())
    }

    /// One or more adjacent string literals.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let line = self.line();
        if let Some(e) = self.simple_string(line) {
            return Ok(e);
        }
        let mut lits: Vec<(StrTok, u32)> = Vec::new();
        while let Tok::Str(s) = self.tok() {
            lits.push((s.clone(), self.line()));
            self.advance();
        }
        let any_bytes = lits.iter().any(|(s, _)| s.bytes);
        let any_fstr = lits.iter().any(|(s, _)| s.fparts.is_some());
        if self.py2() {
            let unicode = lits
                .iter()
                .any(|(s, _)| s.unicode || (self.futures.unicode_literals && !s.bytes));
            let mut value = String::new();
            for (s, l) in &lits {
                let lit_unicode = s.unicode || (self.futures.unicode_literals && !s.bytes);
                let mode = if lit_unicode {
                    Mode::Text
                } else {
                    Mode::Bytes2
                };
                let units = decode(&s.body, s.raw, mode, lit_unicode && s.raw)
                    .or_else(|e| self.late_decode_error(e, *l))?;
                if unicode && !lit_unicode {
                    // Mixed: 2.7 decodes the byte string as ASCII at run time; at parse time
                    // the source bytes are UTF-8, so decode them as such.
                    let bytes: Vec<u8> = units.iter().map(|&u| u as u8).collect();
                    value.push_str(&String::from_utf8_lossy(&bytes));
                } else {
                    value.push_str(&to_string(&units));
                }
            }
            let kind = if unicode {
                StrKind::Unicode
            } else {
                StrKind::Plain
            };
            return Ok(Expr::new(
                ExprKind::Constant(Constant::Str { value, kind }),
                line,
            ));
        }
        if any_bytes {
            if lits.iter().any(|(s, _)| !s.bytes) {
                return Err(
                    self.error_at("cannot mix bytes and nonbytes literals".to_string(), line)
                );
            }
            let mut out = Vec::new();
            for (s, l) in &lits {
                let units = decode(&s.body, s.raw, Mode::Bytes3, false)
                    .or_else(|e| self.late_decode_error(e, *l))?;
                out.extend(units.iter().map(|&u| u as u8));
            }
            return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(out)), line));
        }
        let first_unicode = lits.first().is_some_and(|(s, _)| s.unicode);
        let kind = if first_unicode {
            StrKind::Unicode
        } else {
            StrKind::Plain
        };
        if !any_fstr {
            let mut value = String::new();
            for (s, l) in &lits {
                let units = decode(&s.body, s.raw, Mode::Text, false)
                    .or_else(|e| self.late_decode_error(e, *l))?;
                value.push_str(&to_string(&units));
            }
            return Ok(Expr::new(
                ExprKind::Constant(Constant::Str { value, kind }),
                line,
            ));
        }
        let mut parts: Vec<FStringPart> = Vec::new();
        for (s, l) in &lits {
            match &s.fparts {
                None => {
                    let units = decode(&s.body, s.raw, Mode::Text, false)
                        .or_else(|e| self.late_decode_error(e, *l))?;
                    push_literal(&mut parts, &to_string(&units));
                }
                Some(pieces) => {
                    let converted = self.fpieces(pieces, s.raw, *l)?;
                    for p in converted {
                        match p {
                            FStringPart::Literal(t) => push_literal(&mut parts, &t),
                            field => parts.push(field),
                        }
                    }
                }
            }
        }
        Ok(Expr::new(ExprKind::FString(parts), line))
    }

    /// The common case without copying the token: one literal, not an f-string, nothing to
    /// decode (no backslash, no carriage return, and ASCII if it is a 2.7 byte string).
    fn simple_string(&mut self, line: u32) -> Option<Expr> {
        let Tok::Str(s) = self.tok() else {
            return None;
        };
        if s.fparts.is_some() || matches!(self.peek_tok(1), Tok::Str(_)) {
            return None;
        }
        let body = s.body.as_str();
        if body.bytes().any(|b| b == b'\\' || b == b'\r') {
            return None;
        }
        let constant = if self.py2() {
            let unicode = s.unicode || (self.futures.unicode_literals && !s.bytes);
            if !unicode && !body.is_ascii() {
                return None;
            }
            let kind = if unicode {
                StrKind::Unicode
            } else {
                StrKind::Plain
            };
            Constant::Str {
                value: body.to_string(),
                kind,
            }
        } else if s.bytes {
            if !body.is_ascii() {
                return None;
            }
            Constant::Bytes(body.as_bytes().to_vec())
        } else {
            let kind = if s.unicode {
                StrKind::Unicode
            } else {
                StrKind::Plain
            };
            Constant::Str {
                value: body.to_string(),
                kind,
            }
        };
        self.advance();
        Some(Expr::new(ExprKind::Constant(constant), line))
    }

    fn fpieces(&mut self, pieces: &[FPiece], raw: bool, line: u32) -> PResult<Vec<FStringPart>> {
        let mut out = Vec::new();
        for piece in pieces {
            match piece {
                FPiece::Literal(text) => {
                    let undoubled = text.replace("{{", "{").replace("}}", "}");
                    let units = decode(&undoubled, raw, Mode::Text, false)
                        .or_else(|e| self.late_decode_error(e, line))?;
                    push_literal(&mut out, &to_string(&units));
                }
                FPiece::Field {
                    expr,
                    line: eline,
                    debug,
                    conversion,
                    spec,
                } => {
                    let src = &self.src[expr.0..expr.1];
                    let value = self.fstring_expr(src, *eline)?;
                    let spec = match spec {
                        Some(s) => self.fpieces(s, raw, line)?,
                        None => Vec::new(),
                    };
                    let debug_text = debug.map(|(a, b)| self.src[a..b].to_string());
                    out.push(FStringPart::Field {
                        value: Box::new(value),
                        conversion: *conversion,
                        spec,
                        debug_text,
                    });
                }
            }
        }
        Ok(out)
    }

    /// Parses the expression of an f-string field with a sub-parser.
    fn fstring_expr(&mut self, src: &str, line: u32) -> PResult<Expr> {
        let trimmed = src.trim_start();
        if trimmed.starts_with("lambda")
            && !trimmed[6..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        {
            return Err(self.error_at(
                "f-string: lambda expressions are not allowed without parentheses".to_string(),
                line,
            ));
        }
        if src.trim().is_empty() {
            return Err(self.error_at(
                "f-string: valid expression required before '}'".to_string(),
                line,
            ));
        }
        // Wrap in parentheses so newlines inside the field are joined, as CPython does.
        let wrapped = format!("({src}\n)");
        let opts = super::ParseOptions {
            dialect: self.dialect,
            print_function: self.print_function,
        };
        let mut sub = Parser::new(&wrapped, &opts, self.msgs.version(), self.grammar);
        sub.futures = self.futures;
        sub.barry = self.barry;
        sub.line_base = line - 1;
        sub.in_function = self.in_function;
        sub.nest = self.nest + 10;
        let end_line = sub.toks.last().map_or(line, |t| t.line + line - 1);
        match sub.eval_input() {
            Ok(e) => Ok(e),
            // The parser ran into the closing wrapper: the field's expression stopped early.
            Err(e) if e.message == self.msgs.invalid_syntax() && e.line == end_line => Err(self
                .error_at(
                    "f-string: expecting '=', or '!', or ':', or '}'".to_string(),
                    line,
                )),
            // `{*a}` parses (as `star_expressions`); the compiler refuses it.
            Err(e) if e.message == "cannot use starred expression here" => {
                self.late_error(
                    "can't use starred expression here".to_string(),
                    e.line,
                    false,
                );
                Ok(Expr::new(ExprKind::Constant(Constant::None), line))
            }
            Err(e) => Err(e),
        }
    }
}

fn push_literal(parts: &mut Vec<FStringPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(text);
    } else {
        parts.push(FStringPart::Literal(text.to_string()));
    }
}
