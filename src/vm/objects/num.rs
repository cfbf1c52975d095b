//! Numbers: float formatting as CPython does it (`repr`'s shortest round trip, 2.7's
//! `str` with 12 significant digits, `%g`), and integer helpers with Python's floor
//! semantics.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

/// Exact integer value of a finite, integral float.
pub fn float_to_bigint(f: f64) -> BigInt {
    BigInt::from_f64(f.trunc()).unwrap_or_else(BigInt::zero)
}

/// An int against a float, exactly, as `float_richcompare` (`Objects/floatobject.c`) does:
/// the int is never rounded to a float, so `2**53 + 1 > 2.0**53` and `10**400 > 1e16` hold
/// (and no `OverflowError`). A NaN compares `Equal`, as the callers' float-float path does.
pub fn cmp_int_float(i: &BigInt, f: f64) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    if f.is_nan() {
        return Ordering::Equal;
    }
    if f.is_infinite() {
        return if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    let floor = f.floor();
    match i.cmp(&float_to_bigint(floor)) {
        Ordering::Equal if floor != f => Ordering::Less,
        ord => ord,
    }
}

/// Shortest digits and decimal exponent: `f == 0.d1d2d3... * 10^exp` style with
/// `digits` = "d1d2d3" and `exp` the exponent of d1 (scientific).
///
/// When two shortest digit strings are equally near `f` (`f` is their exact midpoint, as
/// -1379310344827586.25 is of ...586.2 and ...586.3), CPython's `dtoa` (mode 0) takes the
/// one whose last digit is even; Rust's formatting may take the other, so the tie is
/// settled here.
fn shortest(f: f64) -> (String, i32) {
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    match even_tie_neighbour(f.abs(), &digits, exp) {
        Some(even) => (even, exp),
        None => (digits, exp),
    }
}

/// The even-ended neighbour of `digits` (same length, last digit one away) when `f` lies
/// exactly halfway between the two and the neighbour reads back as `f` too.
fn even_tie_neighbour(f: f64, digits: &str, exp: i32) -> Option<String> {
    let last = digits.bytes().last()? - b'0';
    if last.is_multiple_of(2) || !f.is_finite() || f == 0.0 {
        return None;
    }
    let d: BigInt = digits.parse().ok()?;
    // The digits' unit is 10**k; f is mant * 2**e exactly.
    let k = exp - (digits.len() as i32 - 1);
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), raw_exp - 1075)
    };
    // 2f == (2d +- 1) * 10**k, both sides scaled to integers.
    let pow = |base: u32, n: i32| num_traits::pow(BigInt::from(base), n.max(0) as usize);
    let lhs = BigInt::from(mant) * 2 * pow(2, e) * pow(10, -k);
    let scale = pow(10, k) * pow(2, -e);
    let two_d = &d * 2;
    let one = BigInt::from(1);
    let pairs: [(BigInt, BigInt); 2] = [(&two_d - &one, &d - &one), (&two_d + &one, &d + &one)];
    for (twice, neighbour) in pairs {
        if lhs == twice * &scale {
            let text = neighbour.to_string();
            let candidate = format!("{text}e{k}");
            if text.len() == digits.len() && candidate.parse::<f64>().ok()? == f {
                return Some(text);
            }
        }
    }
    None
}

/// Lays out `digits` (significant, no leading zeros) with scientific exponent `exp`, as
/// CPython's `format_float_short` with the repr rules: fixed if `-4 <= exp < 16`.
fn layout(
    neg: bool,
    digits: &str,
    exp: i32,
    fixed_lo: i32,
    fixed_hi: i32,
    force_point: bool,
) -> String {
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let n = digits.len() as i32;
    if exp >= fixed_lo && exp < fixed_hi {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(digits);
        } else if exp + 1 >= n {
            out.push_str(digits);
            for _ in 0..(exp + 1 - n) {
                out.push('0');
            }
            if force_point {
                out.push_str(".0");
            }
        } else {
            let (a, b) = digits.split_at((exp + 1) as usize);
            out.push_str(a);
            out.push('.');
            out.push_str(b);
        }
    } else {
        let (a, b) = digits.split_at(1);
        out.push_str(a);
        if !b.is_empty() {
            out.push('.');
            out.push_str(b);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `float.__repr__` (2.7 and 3.x).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, exp) = shortest(f);
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    layout(f < 0.0, digits, exp, -4, 16, true)
}

/// `%.<prec>g` formatting: significant digits, trailing zeros removed (unless `alt`).
pub fn format_g(f: f64, prec: usize, alt: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let prec = prec.max(1);
    if f == 0.0 {
        let mut s = if f.is_sign_negative() {
            "-0".to_string()
        } else {
            "0".to_string()
        };
        if alt {
            s.push('.');
            s.push_str(&"0".repeat(prec - 1));
        }
        return s;
    }
    let s = format!("{:.*e}", prec - 1, f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    if !alt {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
    }
    let mut out = layout(f < 0.0, &digits, exp, -4, prec as i32, false);
    if alt && !out.contains('.') && !out.contains('e') {
        out.push('.');
    }
    out
}

/// 2.7 `float.__str__`: `%.12g`, with `.0` added when the result looks like an int.
pub fn float_str27(f: f64) -> String {
    let s = format_g(f, 12, false);
    // `format_float_short` with `Py_DTSF_ADD_DOT_0` switches to an exponent one digit
    // earlier than `%g` does: at 12 integer digits.
    if s.trim_start_matches('-').len() == 12 && s.chars().all(|c| c.is_ascii_digit() || c == '-') {
        let e = format_e(f, 11);
        let (mant, exp) = e.split_once('e').unwrap_or((&e, ""));
        let mant = mant.trim_end_matches('0').trim_end_matches('.');
        return format!("{mant}e{exp}");
    }
    if s.contains(['.', 'e', 'n', 'i']) {
        s
    } else {
        s + ".0"
    }
}

/// `%e` with `prec` digits after the point.
pub fn format_e(f: f64, prec: usize) -> String {
    if !f.is_finite() {
        return float_repr(f);
    }
    let s = format!("{:.*e}", prec, f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    format!(
        "{}e{}{:02}",
        mant,
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// `%f` with `prec` digits after the point.
pub fn format_f(f: f64, prec: usize) -> String {
    if !f.is_finite() {
        return float_repr(f);
    }
    format!("{:.*}", prec, f)
}

/// Floor division and modulo with Python's signs. `None` on division by zero.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    Some(a.div_mod_floor(b))
}

/// Python float modulo: the result has the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((m < 0.0) != (b < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

/// Python float floor division, as `float_divmod` (`Objects/floatobject.c`) computes it: the
/// quotient from the raw `fmod` remainder, less one when that remainder's sign is not the
/// divisor's, then snapped to an integer. (From the corrected remainder instead, `1e16 //
/// -1.5` comes out one too high.)
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut d = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        d -= 1.0;
    }
    if d == 0.0 {
        0.0f64.copysign(a / b)
    } else {
        let fl = d.floor();
        if d - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    }
}

/// Converts an int to float as CPython does, `None` on overflow.
pub fn int_to_float(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

/// `round(f, ndigits)`: correctly rounded on the exact binary value, ties to even (3.x) or
/// away from zero (2.7), as CPython's `double_round` does.
pub fn round_float(f: f64, ndigits: i32, half_even: bool) -> f64 {
    if !f.is_finite() {
        return f;
    }
    if ndigits > 300 {
        return f;
    }
    if ndigits < -308 {
        return 0.0f64.copysign(f);
    }
    // The exact decimal expansion, long enough to see whether the tail is a tie.
    let extra = 40usize;
    let nd = ndigits.max(0) as usize;
    let scaled = if ndigits < 0 {
        f / 10f64.powi(-ndigits)
    } else {
        f
    };
    let digits_after = if ndigits < 0 { 0 } else { nd };
    let exact = format!("{:.*}", digits_after + extra, scaled.abs());
    let (head, tail) = exact.split_at(exact.len() - extra);
    let head = head.trim_end_matches('.');
    let first = tail.as_bytes()[0];
    let rest_zero = tail[1..].bytes().all(|b| b == b'0');
    let mut kept: f64 = head.parse().unwrap_or(0.0);
    let unit = 10f64.powi(-(digits_after as i32));
    let round_up = if first > b'5' || (first == b'5' && !rest_zero) {
        true
    } else if first == b'5' && rest_zero {
        if half_even {
            let last = head
                .bytes()
                .rev()
                .find(|b| b.is_ascii_digit())
                .unwrap_or(b'0');
            (last - b'0') % 2 == 1
        } else {
            true
        }
    } else {
        false
    };
    if round_up {
        kept += unit;
    }
    let text = format!("{:.*}", digits_after, kept);
    let mut out: f64 = text.parse().unwrap_or(kept);
    if ndigits < 0 {
        out *= 10f64.powi(-ndigits);
    }
    out.copysign(f)
}

/// Is this big int within 2.7's machine `int` range?
pub fn fits_machine_int(i: &BigInt) -> bool {
    i.to_i64().is_some()
}

/// Absolute bit length (for fuel and memory estimates).
pub fn bits(i: &BigInt) -> u64 {
    i.abs().bits()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e300, "1.5e+300"),
            (-2.5, "-2.5"),
            // A tie between two shortest strings: the even last digit, as `dtoa` does.
            (1e16 / -7.25, "-1379310344827586.2"),
            (1.0 / 3.0, "0.3333333333333333"),
        ];
        for (f, s) in cases {
            assert_eq!(float_repr(f), s, "{f}");
        }
        assert_eq!(float_str27(1.0 / 3.0), "0.333333333333");
        assert_eq!(float_str27(1e16), "1e+16");
        assert_eq!(float_str27(2.0), "2.0");
        assert_eq!(format_g(0.0001, 6, false), "0.0001");
        assert_eq!(format_g(123456789.0, 6, false), "1.23457e+08");
    }

    #[test]
    fn float_floordiv_is_cpythons() {
        // From the raw fmod remainder, as `float_divmod` does.
        assert_eq!(float_floordiv(1e16, -1.5), -6666666666666668.0);
        assert_eq!(float_floordiv(-7.5, 2.0), -4.0);
        assert_eq!(float_floordiv(7.5, -2.0), -4.0);
        assert_eq!(float_floordiv(7.0, 2.0), 3.0);
        assert!(float_floordiv(-0.0, 5.0).is_sign_negative());
    }
}
