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
fn decode(body: &str, raw: bool, mode: Mode, py2_unicode_raw: bool) -> Result<Vec<u32>, String> {
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
    while let Some((_, ch)) = it.next() {
        if mode == Mode::Bytes3 && !ch.is_ascii() {
            return Err("bytes can only contain ASCII literal characters".to_string());
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
            // In 2.7 `ur''`, `\u` and `\U` still escape (raw-unicode-escape).
            if py2_unicode_raw && (next == 'u' || next == 'U') {
                // Only when preceded by an odd number of backslashes; we are at one.
                it.next();
                let n = if next == 'u' { 4 } else { 8 };
                let v = hex_digits(&mut it, n).ok_or_else(|| {
                    format!("(unicode error) 'rawunicodeescape' codec can't decode bytes in position 0-{}: truncated \\{next}XXXX", n + 1)
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
                let v = hex_digits(&mut it, 2).ok_or_else(|| match mode {
                    Mode::Bytes2 => "invalid \\x escape".to_string(),
                    Mode::Bytes3 => {
                        "(value error) invalid \\x escape at position 0".to_string()
                    }
                    Mode::Text => "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape".to_string(),
                })?;
                out.push(v);
            }
            'u' | 'U' if mode == Mode::Text => {
                let n = if next == 'u' { 4 } else { 8 };
                let v = hex_digits(&mut it, n).ok_or_else(|| {
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-{}: truncated \\{}{} escape",
                        n - 1 + 2 - 1,
                        next,
                        "X".repeat(n)
                    )
                })?;
                if v > 0x10ffff {
                    return Err("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character".to_string());
                }
                out.push(v);
            }
            'N' if mode == Mode::Text => {
                return Err(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: \\N{...} escapes are not supported by execdiff".to_string(),
                );
            }
            other => {
                out.push('\\' as u32);
                push_char(&mut out, other);
            }
        }
    }
    Ok(out)
}

fn hex_digits(it: &mut std::iter::Peekable<std::str::CharIndices<'_>>, n: usize) -> Option<u32> {
    let mut v: u32 = 0;
    for _ in 0..n {
        let (_, d) = it.peek().copied()?;
        let dv = d.to_digit(16)?;
        v = v.checked_mul(16)?.checked_add(dv)?;
        it.next();
    }
    Some(v)
}

fn to_string(units: &[u32]) -> String {
    units
        .iter()
        .map(|&u| char::from_u32(u).unwrap_or('\u{fffd}'))
        .collect()
}

impl Parser<'_> {
    /// One or more adjacent string literals.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let line = self.line();
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
                    .map_err(|m| self.error_at(m, *l))?;
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
                    .map_err(|m| self.error_at(m, *l))?;
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
                let units =
                    decode(&s.body, s.raw, Mode::Text, false).map_err(|m| self.error_at(m, *l))?;
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
                        .map_err(|m| self.error_at(m, *l))?;
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

    fn fpieces(&mut self, pieces: &[FPiece], raw: bool, line: u32) -> PResult<Vec<FStringPart>> {
        let mut out = Vec::new();
        for piece in pieces {
            match piece {
                FPiece::Literal(text) => {
                    let undoubled = text.replace("{{", "{").replace("}}", "}");
                    let units = decode(&undoubled, raw, Mode::Text, false)
                        .map_err(|m| self.error_at(m, line))?;
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
    fn fstring_expr(&self, src: &str, line: u32) -> PResult<Expr> {
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
        let mut sub = Parser::new(&wrapped, &opts, self.msgs.version());
        sub.line_base = line - 1;
        sub.in_function = self.in_function;
        let e = sub.eval_input().map_err(|mut e: SyntaxError| {
            if e.message == "invalid syntax" {
                e.message = "f-string: invalid syntax".to_string();
            }
            e
        })?;
        Ok(e)
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
