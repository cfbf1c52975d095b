//! Text: `repr` of `str`, 2.7 `unicode` and 3.x `bytes` exactly as CPython writes them.

/// Python's quote choice: single quotes unless the text has `'` and no `"`.
fn quote_for(s: &str) -> char {
    if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    }
}

/// Whether CPython counts `c` printable (`Py_UNICODE_ISPRINTABLE`, which `repr` and the
/// tokenizer's messages ask): not in Cc, Cf, Cs, Co, Zl, Zp, or Zs other than the space.
/// Without Unicode's tables this knows the controls, the separators, the surrogates, the
/// private use areas and the format characters source text meets; unassigned code points
/// (Cn) count as printable.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            u,
            0xa0 | 0xad
                | 0x600..=0x605
                | 0x61c
                | 0x6dd
                | 0x70f
                | 0x180e
                | 0x200b..=0x200f
                | 0x202a..=0x202e
                | 0x2060..=0x2064
                | 0x2066..=0x206f
                | 0xd800..=0xdfff
                | 0xe000..=0xf8ff
                | 0xfeff
                | 0xfff9..=0xfffb
                | 0xf0000..=0x10ffff
        ))
}

/// 3.x `str.__repr__`.
pub fn repr_str3(s: &str) -> String {
    let q = quote_for(s);
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(q);
    out
}

/// 2.7 `str.__repr__` (and 3.x `bytes` without the `b`): bytes outside printable ASCII
/// as `\xNN`.
pub fn repr_bytes(b: &[u8]) -> String {
    let has_sq = b.contains(&b'\'');
    let has_dq = b.contains(&b'"');
    let q = if has_sq && !has_dq { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 2);
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(q as char);
    out
}

/// 2.7 `unicode.__repr__`: `u'...'`, everything outside printable ASCII escaped.
pub fn repr_unicode27(s: &str) -> String {
    let q = quote_for(s);
    let mut out = String::from("u");
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(q);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes() {
        assert_eq!(repr_str3("a'b"), "\"a'b\"");
        assert_eq!(repr_str3("a'b\""), "'a\\'b\"'");
        assert_eq!(repr_bytes("é".as_bytes()), "'\\xc3\\xa9'");
        assert_eq!(repr_unicode27("é"), "u'\\xe9'");
    }
}
