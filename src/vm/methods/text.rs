//! Methods of `str` (and 2.7 `unicode`).

use std::rc::Rc;

use num_traits::ToPrimitive;

use super::{arg, recv, s_of, same_kind, Args, Kw};
use crate::vm::interp::{PyResult, Vm};
use crate::vm::objects::{PyObj, PyRef};

// ----- str -----

pub(super) fn m_str_join(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let sep = recv(vm, r)?;
    let it = arg(vm, &a, 0, "join")?;
    let items = vm.iterate(&it)?;
    let mut parts = Vec::with_capacity(items.len());
    let mut unicode = matches!(&*sep, PyObj::Unicode(_));
    for (i, x) in items.iter().enumerate() {
        match &**x {
            PyObj::Str(s) => parts.push(s.to_string()),
            PyObj::Unicode(s) => {
                unicode = true;
                parts.push(s.to_string())
            }
            _ => {
                let tn = vm.type_name(x);
                let msg = if vm.sem.has_long {
                    format!("sequence item {i}: expected string, {tn} found")
                } else {
                    format!("sequence item {i}: expected str instance, {tn} found")
                };
                return vm.type_error(msg);
            }
        }
    }
    let total: usize = parts.iter().map(|p| p.len()).sum();
    vm.alloc(total, 1)?;
    let s = parts.join(&s_of(&sep));
    if unicode {
        return Ok(Rc::new(PyObj::Unicode(Rc::from(s.as_str()))));
    }
    Ok(vm.str(&s))
}

fn split_impl(vm: &mut Vm, r: Option<PyRef>, a: Args, kw: Kw, right: bool) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let text = s_of(&s);
    let sep = a
        .first()
        .cloned()
        .or_else(|| kw.iter().find(|(k, _)| k == "sep").map(|(_, v)| v.clone()))
        .filter(|x| !x.is_none());
    let maxsplit = a
        .get(1)
        .cloned()
        .or_else(|| {
            kw.iter()
                .find(|(k, _)| k == "maxsplit")
                .map(|(_, v)| v.clone())
        })
        .and_then(|m| m.as_bigint());
    let maxsplit = match maxsplit {
        Some(m) => vm.ssize_arg(&m)?,
        None => -1,
    };
    let parts: Vec<String> = match &sep {
        None => {
            let words: Vec<&str> = text.split_whitespace().collect();
            if maxsplit < 0 || (maxsplit as usize) >= words.len() {
                words.iter().map(|w| w.to_string()).collect()
            } else if !right {
                let mut out: Vec<String> = Vec::new();
                let mut rest = text.trim_start();
                for _ in 0..maxsplit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out: Vec<String> = Vec::new();
                let mut rest = text.trim_end();
                for _ in 0..maxsplit {
                    let start = rest.rfind(char::is_whitespace).map(|p| p + 1).unwrap_or(0);
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Some(sep) => {
            let sep = s_of(sep);
            if sep.is_empty() {
                return vm.err("ValueError", "empty separator");
            }
            if maxsplit < 0 {
                text.split(sep.as_str()).map(|x| x.to_string()).collect()
            } else if right {
                let mut v: Vec<String> = text
                    .rsplitn(maxsplit as usize + 1, sep.as_str())
                    .map(|x| x.to_string())
                    .collect();
                v.reverse();
                v
            } else {
                text.splitn(maxsplit as usize + 1, sep.as_str())
                    .map(|x| x.to_string())
                    .collect()
            }
        }
    };
    let items = parts.iter().map(|p| same_kind(vm, &s, p)).collect();
    Ok(PyObj::new_list(items))
}

pub(super) fn m_str_split(vm: &mut Vm, r: Option<PyRef>, a: Args, k: Kw) -> PyResult<PyRef> {
    split_impl(vm, r, a, k, false)
}

pub(super) fn m_str_rsplit(vm: &mut Vm, r: Option<PyRef>, a: Args, k: Kw) -> PyResult<PyRef> {
    split_impl(vm, r, a, k, true)
}

fn strip_impl(vm: &mut Vm, r: Option<PyRef>, a: Args, left: bool, right: bool) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let text = s_of(&s);
    let chars: Option<Vec<char>> = a
        .first()
        .filter(|c| !c.is_none())
        .map(|c| s_of(c).chars().collect());
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => c.is_whitespace(),
    };
    let mut t: &str = &text;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(same_kind(vm, &s, t))
}

pub(super) fn m_str_strip(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    strip_impl(vm, r, a, true, true)
}

pub(super) fn m_str_lstrip(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    strip_impl(vm, r, a, true, false)
}

pub(super) fn m_str_rstrip(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    strip_impl(vm, r, a, false, true)
}

fn map_str(vm: &mut Vm, r: Option<PyRef>, f: fn(&str) -> String) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let out = f(&s_of(&s));
    Ok(same_kind(vm, &s, &out))
}

pub(super) fn m_str_upper(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    map_str(vm, r, |s| s.to_uppercase())
}

pub(super) fn m_str_lower(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    map_str(vm, r, |s| s.to_lowercase())
}

pub(super) fn m_str_swapcase(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    map_str(vm, r, |s| {
        s.chars()
            .map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().to_string()
                } else {
                    c.to_uppercase().to_string()
                }
            })
            .collect()
    })
}

pub(super) fn m_str_title(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    map_str(vm, r, |s| {
        let mut out = String::new();
        let mut prev_alpha = false;
        for c in s.chars() {
            if prev_alpha {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_alpha = c.is_alphabetic();
        }
        out
    })
}

pub(super) fn m_str_capitalize(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    map_str(vm, r, |s| {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
            None => String::new(),
        }
    })
}

pub(super) fn m_str_replace(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let old = s_of(&arg(vm, &a, 0, "replace")?);
    let new = s_of(&arg(vm, &a, 1, "replace")?);
    let count = match a.get(2).and_then(|c| c.as_bigint()) {
        Some(c) => vm.ssize_arg(&c)?,
        None => -1,
    };
    let text = s_of(&s);
    let out = if count < 0 {
        if old.is_empty() {
            let mut o = new.clone();
            for c in text.chars() {
                o.push(c);
                o.push_str(&new);
            }
            o
        } else {
            text.replace(&old, &new)
        }
    } else {
        text.replacen(&old, &new, count as usize)
    };
    vm.alloc(out.len(), 1)?;
    Ok(same_kind(vm, &s, &out))
}

fn affix(vm: &mut Vm, r: Option<PyRef>, a: Args, start: bool) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let chars: Vec<char> = s_of(&s).chars().collect();
    // The `[start:end]` window the affix is tested against.
    let (lo, hi) = window(vm, &a, chars.len())?;
    if lo > chars.len() {
        return Ok(vm.bool(false));
    }
    let text: String = chars[lo.min(hi)..hi].iter().collect();
    let p = arg(vm, &a, 0, "startswith")?;
    let cands: Vec<String> = match &*p {
        PyObj::Tuple(t) => t.iter().map(s_of).collect(),
        _ => vec![s_of(&p)],
    };
    let r = cands.iter().any(|c| {
        if start {
            text.starts_with(c.as_str())
        } else {
            text.ends_with(c.as_str())
        }
    });
    Ok(vm.bool(r))
}

pub(super) fn m_str_startswith(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    affix(vm, r, a, true)
}

pub(super) fn m_str_endswith(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    affix(vm, r, a, false)
}

fn char_index(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// The `[start:end]` window of `find`/`index`/`count` arguments, as char offsets (CPython's
/// `ADJUST_INDICES`: negative values count from the end, then clip to the string).
fn window(vm: &mut Vm, a: &Args, n_chars: usize) -> PyResult<(usize, usize)> {
    let mut bound = |i: usize, default: usize| -> PyResult<usize> {
        match a.get(i) {
            None => Ok(default),
            Some(v) if v.is_none() => Ok(default),
            // `_PyEval_SliceIndex` clamps an int of any size to the `Py_ssize_t` range.
            Some(v) => match v.as_bigint().map(|b| {
                b.to_i64()
                    .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    })
            }) {
                Some(x) if x < 0 => Ok(x.saturating_add(n_chars as i64).max(0) as usize),
                Some(x) => Ok(x as usize),
                None => vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ),
            },
        }
    };
    // Only the end is clipped: a start past the end finds nothing, not even "".
    let start = bound(1, 0)?;
    let end = bound(2, n_chars)?.min(n_chars);
    Ok((start, end))
}

/// The substring argument of `find`, `index` and `count`, which must be a string.
fn str_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<String> {
    let sub = arg(vm, a, 0, name)?;
    match sub.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(&sub);
            let msg = vm.sem.msgs.str_method_arg(name, &tn);
            vm.type_error(msg)
        }
    }
}

/// `str.find`/`rfind`/`index`/`rindex`: the char offset of `sub` in `s[start:end]`.
fn find_impl(
    vm: &mut Vm,
    r: Option<PyRef>,
    a: Args,
    name: &str,
    right: bool,
) -> PyResult<Option<usize>> {
    let s = s_of(&recv(vm, r)?);
    let sub = str_arg(vm, &a, name)?;
    let chars: Vec<char> = s.chars().collect();
    let (start, end) = window(vm, &a, chars.len())?;
    if start > end || end - start < sub.chars().count() {
        return Ok(None);
    }
    let hay: String = chars[start..end].iter().collect();
    let found = if right {
        hay.rfind(&sub)
    } else {
        hay.find(&sub)
    };
    Ok(found.map(|p| start + char_index(&hay, p)))
}

pub(super) fn m_str_find(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let p = find_impl(vm, r, a, "find", false)?;
    Ok(PyObj::new_int(p.map_or(-1, |p| p as i64)))
}

pub(super) fn m_str_rfind(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let p = find_impl(vm, r, a, "rfind", true)?;
    Ok(PyObj::new_int(p.map_or(-1, |p| p as i64)))
}

pub(super) fn m_str_index(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    match find_impl(vm, r, a, "index", false)? {
        Some(p) => Ok(PyObj::new_int(p)),
        None => vm.err("ValueError", "substring not found"),
    }
}

pub(super) fn m_str_rindex(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    match find_impl(vm, r, a, "rindex", true)? {
        Some(p) => Ok(PyObj::new_int(p)),
        None => vm.err("ValueError", "substring not found"),
    }
}

pub(super) fn m_str_count(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = s_of(&recv(vm, r)?);
    let sub = str_arg(vm, &a, "count")?;
    let chars: Vec<char> = s.chars().collect();
    let (start, end) = window(vm, &a, chars.len())?;
    if start > end {
        return Ok(PyObj::new_int(0));
    }
    let hay: String = chars[start..end].iter().collect();
    let n = if sub.is_empty() {
        end - start + 1
    } else {
        hay.matches(&sub).count()
    };
    Ok(PyObj::new_int(n))
}

/// `str.expandtabs(tabsize=8)`: tabs to spaces up to the next multiple of the tab size,
/// the column restarting after each newline.
pub(super) fn m_str_expandtabs(vm: &mut Vm, r: Option<PyRef>, a: Args, k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let size = match a
        .first()
        .or_else(|| k.iter().find(|(n, _)| n == "tabsize").map(|(_, v)| v))
    {
        Some(v) => match v.as_bigint().and_then(|b| b.to_i64()) {
            Some(n) => n,
            None => {
                let tn = vm.type_name(v);
                return vm.type_error(format!("an integer is required (got type {tn})"));
            }
        },
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s_of(&s).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(same_kind(vm, &s, &out))
}

pub(super) fn m_str_format(vm: &mut Vm, r: Option<PyRef>, a: Args, k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let out = vm.str_format(&s_of(&s), &a, &k)?;
    Ok(same_kind(vm, &s, &out))
}

fn pred_str(vm: &mut Vm, r: Option<PyRef>, f: fn(&str) -> bool) -> PyResult<PyRef> {
    let s = s_of(&recv(vm, r)?);
    let b = !s.is_empty() && f(&s);
    Ok(vm.bool(b))
}

pub(super) fn m_str_isdigit(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    pred_str(vm, r, |s| s.chars().all(|c| c.is_ascii_digit()))
}

pub(super) fn m_str_isalpha(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    pred_str(vm, r, |s| s.chars().all(char::is_alphabetic))
}

pub(super) fn m_str_isalnum(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    pred_str(vm, r, |s| s.chars().all(char::is_alphanumeric))
}

pub(super) fn m_str_isspace(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    pred_str(vm, r, |s| s.chars().all(char::is_whitespace))
}

/// `str.istitle()`: cased runs start upper-case, and there is at least one cased char.
pub(super) fn m_str_istitle(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    pred_str(vm, r, |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

pub(super) fn m_str_isnumeric(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    pred_str(vm, r, |s| !s.is_empty() && s.chars().all(char::is_numeric))
}

pub(super) fn m_str_isdecimal(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    pred_str(vm, r, |s| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
    })
}

pub(super) fn m_str_isidentifier(
    vm: &mut Vm,
    r: Option<PyRef>,
    _a: Args,
    _k: Kw,
) -> PyResult<PyRef> {
    pred_str(vm, r, |s| {
        let mut cs = s.chars();
        cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && cs.all(|c| c == '_' || c.is_alphanumeric())
    })
}

pub(super) fn m_str_casefold(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let out = s_of(&s).to_lowercase().replace('ß', "ss");
    Ok(same_kind(vm, &s, &out))
}

pub(super) fn m_str_isupper(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    pred_str(vm, r, |s| {
        s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
    })
}

pub(super) fn m_str_islower(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    pred_str(vm, r, |s| {
        s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_uppercase)
    })
}

fn justify(vm: &mut Vm, r: Option<PyRef>, a: Args, how: char) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let text = s_of(&s);
    let w = match a.first().and_then(|w| w.as_bigint()) {
        Some(w) => usize::try_from(vm.ssize_arg(&w)?).unwrap_or(0),
        None => 0,
    };
    let fill = a
        .get(1)
        .map(s_of)
        .and_then(|f| f.chars().next())
        .unwrap_or(' ');
    let len = text.chars().count();
    if w <= len {
        return Ok(s);
    }
    vm.alloc(w, 1)?;
    let n = w - len;
    let f = |k: usize| fill.to_string().repeat(k);
    let out = match how {
        '<' => format!("{text}{}", f(n)),
        '>' => format!("{}{text}", f(n)),
        _ => {
            let left = n / 2 + (n & w & 1);
            format!("{}{text}{}", f(left), f(n - left))
        }
    };
    Ok(same_kind(vm, &s, &out))
}

pub(super) fn m_str_center(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    justify(vm, r, a, '^')
}

pub(super) fn m_str_ljust(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    justify(vm, r, a, '<')
}

pub(super) fn m_str_rjust(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    justify(vm, r, a, '>')
}

pub(super) fn m_str_zfill(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let text = s_of(&s);
    let w = match a.first().and_then(|w| w.as_bigint()) {
        Some(w) => usize::try_from(vm.ssize_arg(&w)?).unwrap_or(0),
        None => 0,
    };
    let len = text.chars().count();
    if w <= len {
        return Ok(s);
    }
    let (sign, digits) = match text.chars().next() {
        Some(c) if c == '-' || c == '+' => (c.to_string(), text[1..].to_string()),
        _ => (String::new(), text.clone()),
    };
    let out = format!("{sign}{}{digits}", "0".repeat(w - len));
    Ok(same_kind(vm, &s, &out))
}

pub(super) fn m_str_splitlines(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let keep = match a.first() {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let text = s_of(&s);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' || c == '\r' {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(same_kind(vm, &s, &cur));
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(same_kind(vm, &s, &cur));
    }
    Ok(PyObj::new_list(out))
}

fn partition_impl(vm: &mut Vm, r: Option<PyRef>, a: Args, right: bool) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let text = s_of(&s);
    let sep = s_of(&arg(vm, &a, 0, "partition")?);
    if sep.is_empty() {
        return vm.err("ValueError", "empty separator");
    }
    let pos = if right {
        text.rfind(&sep)
    } else {
        text.find(&sep)
    };
    let (x, y, z) = match pos {
        Some(p) => (
            text[..p].to_string(),
            sep.clone(),
            text[p + sep.len()..].to_string(),
        ),
        None if right => (String::new(), String::new(), text.clone()),
        None => (text.clone(), String::new(), String::new()),
    };
    Ok(PyObj::new_tuple(vec![
        same_kind(vm, &s, &x),
        same_kind(vm, &s, &y),
        same_kind(vm, &s, &z),
    ]))
}

pub(super) fn m_str_partition(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    partition_impl(vm, r, a, false)
}

pub(super) fn m_str_rpartition(vm: &mut Vm, r: Option<PyRef>, a: Args, _k: Kw) -> PyResult<PyRef> {
    partition_impl(vm, r, a, true)
}

pub(super) fn m_str_encode(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    if vm.sem.has_long {
        // 2.7: UTF-8 bytes, held one char per byte.
        let text: String = s_of(&s).bytes().map(char::from).collect();
        return Ok(vm.str(&text));
    }
    Ok(Rc::new(PyObj::Bytes(s_of(&s).into_bytes())))
}

pub(super) fn m_str_decode(vm: &mut Vm, r: Option<PyRef>, _a: Args, _k: Kw) -> PyResult<PyRef> {
    let s = recv(vm, r)?;
    let bytes = crate::vm::interp::format::latin1_bytes(&s_of(&s));
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Ok(Rc::new(PyObj::Unicode(Rc::from(text.as_str()))))
}
