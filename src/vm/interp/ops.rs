//! Operators and protocols on builtin values: arithmetic (with 2.7's `int`/`long` split and
//! classic division), comparison (2.7's mixed-type ordering, 3.x's `TypeError`), truth,
//! hashing, iteration, subscripts and unpacking. User classes are reached through their
//! special methods.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Pow, Signed, ToPrimitive, Zero};

use super::{PyResult, Unwind, Vm};
use crate::version::{Gap, Unsupported, ZeroDiv};
use crate::vm::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::objects::dict::{hash_builtin, identity_hash};
use crate::vm::objects::{num, Dict, PyObj, PyRef, ViewKind};
use crate::vm::sites::{self, Site};

fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mult => ("__mul__", "__rmul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
    }
}

enum Num {
    Int(BigInt, bool),
    Float(f64),
}

impl Vm {
    /// An int result: 2.7 promotes to `long` outside the machine range or when an operand was
    /// a `long`.
    pub fn int_result(&self, v: BigInt, long: bool) -> PyRef {
        if self.sem.has_long && (long || v.to_i64().is_none()) {
            Rc::new(PyObj::Long(v))
        } else {
            Rc::new(PyObj::Int(v))
        }
    }

    fn num(&self, o: &PyRef) -> Option<Num> {
        match &**o {
            PyObj::Bool(b) => Some(Num::Int(BigInt::from(*b as u8), false)),
            PyObj::Int(i) => Some(Num::Int(i.clone(), false)),
            PyObj::Long(i) => Some(Num::Int(i.clone(), true)),
            PyObj::Float(f) => Some(Num::Float(*f)),
            _ => None,
        }
    }

    fn num_to_f64(&mut self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Float(f) => Ok(*f),
            Num::Int(i, long) => match num::int_to_float(i) {
                Some(f) => Ok(f),
                None => {
                    let msg = self.sem.msgs.int_too_large_for_float(*long);
                    self.err("OverflowError", msg)
                }
            },
        }
    }

    pub fn binary(
        &mut self,
        a: &PyRef,
        b: &PyRef,
        op: BinOp,
        inplace: bool,
        future_division: bool,
    ) -> PyResult<PyRef> {
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            // A float has no shift or bitwise slot and no number has `@`: the operation falls
            // to the type error, which names both operands' own types.
            let bitwise = matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
            );
            let float = matches!((&x, &y), (Num::Float(_), _) | (_, Num::Float(_)));
            if op != BinOp::MatMult && !(bitwise && float) {
                let both_bool = matches!((&**a, &**b), (PyObj::Bool(_), PyObj::Bool(_)));
                return self.num_binary(x, y, op, future_division, both_bool);
            }
        }
        if let Some(r) = self.complex_binary(a, b, op)? {
            return Ok(r);
        }
        if inplace {
            // `dict_ior`: any mapping or iterable of pairs, in place.
            if let (BinOp::BitOr, PyObj::Dict(_), true) = (op, &**a, self.sem.dict_union) {
                self.dict_update_arg(a, b)?;
                return Ok(a.clone());
            }
            if let PyObj::List(l) = &**a {
                match op {
                    BinOp::Add => {
                        let items = self.iterate(b)?;
                        self.alloc(items.len(), 8)?;
                        l.borrow_mut().extend(items);
                        return Ok(a.clone());
                    }
                    BinOp::Mult => {
                        if let Some(Num::Int(n, _)) = self.num(b) {
                            {
                                let n = self.fit_ssize(&n, b, "OverflowError")?.max(0) as usize;
                                let cur = l.borrow().clone();
                                self.alloc(cur.len().saturating_mul(n), 8)?;
                                let mut out = Vec::with_capacity(cur.len() * n);
                                for _ in 0..n {
                                    out.extend(cur.iter().cloned());
                                }
                                *l.borrow_mut() = out;
                                return Ok(a.clone());
                            }
                        }
                    }
                    _ => {}
                }
            }
            if let PyObj::Instance(_) = &**a {
                let iname = format!("__i{}", &dunder(op).0[2..]);
                if let Some(f) = self.lookup_special(a, &iname) {
                    let r = self.call_sync(&f, vec![b.clone()], Vec::new())?;
                    if !matches!(&*r, PyObj::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(r) = self.seq_binary(a, b, op)? {
            return Ok(r);
        }
        let (l, r) = dunder(op);
        let l = if op == BinOp::Div && self.sem.classic_division && !future_division {
            "__div__"
        } else {
            l
        };
        let r = if op == BinOp::Div && self.sem.classic_division && !future_division {
            "__rdiv__"
        } else {
            r
        };
        if let PyObj::Instance(_) = &**a {
            if let Some(f) = self.lookup_special(a, l) {
                let res = self.call_sync(&f, vec![b.clone()], Vec::new())?;
                if !matches!(&*res, PyObj::NotImplemented) {
                    return Ok(res);
                }
            }
        }
        if let PyObj::Instance(_) = &**b {
            if let Some(f) = self.lookup_special(b, r) {
                let res = self.call_sync(&f, vec![a.clone()], Vec::new())?;
                if !matches!(&*res, PyObj::NotImplemented) {
                    return Ok(res);
                }
            }
        }
        // A builtin subclass the class does not override: the builtin's operation (an
        // in-place one that returns its own operand returns the instance).
        if a.native().is_some() || b.native().is_some() {
            let na = a.native().cloned().unwrap_or_else(|| a.clone());
            let nb = b.native().cloned().unwrap_or_else(|| b.clone());
            let res = self.binary(&na, &nb, op, inplace, future_division)?;
            return Ok(if Rc::ptr_eq(&res, &na) {
                a.clone()
            } else {
                res
            });
        }
        if op == BinOp::Add {
            if let (PyObj::Str(_), false) = (&**a, b.as_str().is_some()) {
                let msg = self
                    .sem
                    .msgs
                    .str_concat(&self.type_name(a), &self.type_name(b));
                return self.type_error(msg);
            }
            if let PyObj::List(_) | PyObj::Tuple(_) = &**a {
                let msg = format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    self.type_name(a),
                    self.type_name(b),
                    self.type_name(a)
                );
                return self.type_error(msg);
            }
        }
        if op == BinOp::Mult && matches!(&**a, PyObj::Str(_) | PyObj::List(_) | PyObj::Tuple(_)) {
            let tn = self.type_name(b);
            return self.type_error(format!("can't multiply sequence by non-int of type '{tn}'"));
        }
        // `binop_type_error` names the operator as written (`+=` for an in-place one); a
        // power's error comes from `ternary_op`, which 2.7 words as `** or pow()` always.
        let sym = match (op, inplace) {
            (_, false) => op_symbol(op).to_string(),
            (BinOp::Pow, true) if !self.sem.ternary_error_names_operator => op_symbol(op).into(),
            (BinOp::Pow, true) => "**=".into(),
            (_, true) => format!("{}=", op_symbol(op)),
        };
        let msg = format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        );
        self.type_error(msg)
    }

    fn num_binary(
        &mut self,
        x: Num,
        y: Num,
        op: BinOp,
        future_division: bool,
        both_bool: bool,
    ) -> PyResult<PyRef> {
        self.mark_num_binary(&x, &y, op);
        if let (Num::Int(a, la), Num::Int(b, lb)) = (&x, &y) {
            let long = *la || *lb;
            let zd = |vm: &mut Vm, k: ZeroDiv| -> PyResult<PyRef> {
                let m = vm.sem.msgs.zero_division(k, long);
                vm.err("ZeroDivisionError", m)
            };
            let r = match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mult => {
                    self.charge((num::bits(a) * num::bits(b)) / 4096)?;
                    a * b
                }
                BinOp::Div => {
                    if self.sem.classic_division && !future_division {
                        match num::int_divmod(a, b) {
                            Some((q, _)) => q,
                            None => return zd(self, ZeroDiv::IntTrueDiv),
                        }
                    } else {
                        if b.is_zero() {
                            return zd(self, ZeroDiv::IntTrueDiv);
                        }
                        let (fa, fb) = (num::int_to_float(a), num::int_to_float(b));
                        return match (fa, fb) {
                            (Some(fa), Some(fb)) => Ok(Rc::new(PyObj::Float(fa / fb))),
                            _ => self.err(
                                "OverflowError",
                                "integer division result too large for a float",
                            ),
                        };
                    }
                }
                BinOp::FloorDiv | BinOp::Mod => {
                    let floor = op == BinOp::FloorDiv;
                    let Some((q, r)) = num::int_divmod(a, b) else {
                        sites::hit(Site::IntDivByZero);
                        return zd(
                            self,
                            if floor {
                                ZeroDiv::IntFloorDiv
                            } else {
                                ZeroDiv::IntMod
                            },
                        );
                    };
                    let mixed = !a.is_zero() && a.is_negative() != b.is_negative();
                    sites::hit(match (floor, mixed) {
                        (true, false) => Site::IntFloorDivSameSign,
                        (true, true) => Site::IntFloorDivMixedSign,
                        (false, false) => Site::IntModSameSign,
                        (false, true) => Site::IntModMixedSign,
                    });
                    let inexact = mixed && !r.is_zero();
                    match floor {
                        true if inexact && planted!(FloorDivTruncates) => q + 1,
                        true => q,
                        false if inexact && planted!(ModTakesDividendSign) => r - b,
                        false => r,
                    }
                }
                BinOp::Pow => {
                    if b.is_negative() {
                        sites::hit(Site::IntPowNegative);
                        let fa = self.num_to_f64(&x)?;
                        let fb = self.num_to_f64(&y)?;
                        if fa == 0.0 {
                            return self.err(
                                "ZeroDivisionError",
                                "0.0 cannot be raised to a negative power",
                            );
                        }
                        return Ok(Rc::new(PyObj::Float(fa.powf(fb))));
                    }
                    let e = b.to_u64().unwrap_or(u64::MAX);
                    let cost = num::bits(a).saturating_mul(e);
                    if cost > (self.memory_limit as u64).saturating_mul(8) {
                        let e = crate::vm::error::instantiate_empty(self, "MemoryError");
                        return Err(Unwind::Exc(e));
                    }
                    self.charge(cost.saturating_mul(cost.max(64) / 64) / 4096)?;
                    Pow::pow(a, e)
                }
                BinOp::LShift => {
                    sites::hit(Site::IntShift);
                    if b.is_negative() {
                        return self.err("ValueError", "negative shift count");
                    }
                    let s = b.to_u64().unwrap_or(u64::MAX);
                    if s > (self.memory_limit as u64).saturating_mul(8) {
                        let e = crate::vm::error::instantiate_empty(self, "MemoryError");
                        return Err(Unwind::Exc(e));
                    }
                    self.charge(s / 4096)?;
                    a << (s as usize)
                }
                BinOp::RShift => {
                    sites::hit(Site::IntShift);
                    if b.is_negative() {
                        return self.err("ValueError", "negative shift count");
                    }
                    let s = b.to_u64().unwrap_or(u64::MAX);
                    if s as u128 > a.bits() as u128 + 1 {
                        if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    } else {
                        a >> (s as usize)
                    }
                }
                BinOp::BitAnd => {
                    if both_bool {
                        return Ok(self.bool(!a.is_zero() && !b.is_zero()));
                    }
                    a & b
                }
                BinOp::BitOr => {
                    if both_bool {
                        return Ok(self.bool(!a.is_zero() || !b.is_zero()));
                    }
                    a | b
                }
                BinOp::BitXor => {
                    if both_bool {
                        return Ok(self.bool(a.is_zero() != b.is_zero()));
                    }
                    a ^ b
                }
                BinOp::MatMult => {
                    let detail = "`@` reached int arithmetic".to_string();
                    return Err(Unwind::Halt(super::Halt::Internal(detail)));
                }
            };
            return Ok(self.int_result(r, long));
        }
        let fa = self.num_to_f64(&x)?;
        let fb = self.num_to_f64(&y)?;
        let msgs = self.sem.msgs.clone();
        let r = match op {
            BinOp::Add => fa + fb,
            BinOp::Sub => fa - fb,
            BinOp::Mult => fa * fb,
            BinOp::Div => {
                if fb == 0.0 {
                    return self.err(
                        "ZeroDivisionError",
                        msgs.zero_division(ZeroDiv::FloatTrueDiv, false),
                    );
                }
                fa / fb
            }
            BinOp::FloorDiv => {
                sites::hit(Site::FloatFloorDivMod);
                if fb == 0.0 {
                    return self.err(
                        "ZeroDivisionError",
                        msgs.zero_division(ZeroDiv::FloatFloorDiv, false),
                    );
                }
                num::float_floordiv(fa, fb)
            }
            BinOp::Mod => {
                sites::hit(Site::FloatFloorDivMod);
                if fb == 0.0 {
                    return self.err(
                        "ZeroDivisionError",
                        msgs.zero_division(ZeroDiv::FloatMod, false),
                    );
                }
                num::float_mod(fa, fb)
            }
            BinOp::Pow => {
                if fa == 0.0 && fb < 0.0 {
                    return self.err(
                        "ZeroDivisionError",
                        "0.0 cannot be raised to a negative power",
                    );
                }
                if fa < 0.0 && fb.fract() != 0.0 {
                    if self.sem.has_long {
                        return self.err(
                            "ValueError",
                            "negative number cannot be raised to a fractional power",
                        );
                    }
                    return self.unsupported(Unsupported::Builtin(Gap::ComplexPower));
                }
                let r = fa.powf(fb);
                if r.is_infinite() && fa.is_finite() && fb.is_finite() {
                    return self.err("OverflowError", "(34, 'Numerical result out of range')");
                }
                r
            }
            _ => {
                let msg = format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op_symbol(op)
                );
                return self.type_error(msg);
            }
        };
        Ok(Rc::new(PyObj::Float(r)))
    }

    fn seq_binary(&mut self, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult<Option<PyRef>> {
        match (op, &**a, &**b) {
            (BinOp::Add, PyObj::Str(x), PyObj::Str(y)) => {
                self.alloc(x.len() + y.len(), 1)?;
                Ok(Some(self.str(&format!("{x}{y}"))))
            }
            (BinOp::Add, PyObj::Str(x) | PyObj::Unicode(x), PyObj::Str(y) | PyObj::Unicode(y)) => {
                // 2.7 decodes the `str` side with the ASCII codec.
                for (side, text) in [(a, x), (b, y)] {
                    if let PyObj::Str(_) = &**side {
                        crate::vm::builtins::types::ascii_check(self, text, true)?;
                    }
                }
                Ok(Some(Rc::new(PyObj::Unicode(Rc::from(
                    format!("{x}{y}").as_str(),
                )))))
            }
            (BinOp::Add, PyObj::Bytes(x), PyObj::Bytes(y)) => {
                let mut v = x.clone();
                v.extend_from_slice(y);
                Ok(Some(Rc::new(PyObj::Bytes(v))))
            }
            (BinOp::Add, PyObj::List(x), PyObj::List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                self.alloc(v.len(), 8)?;
                Ok(Some(PyObj::new_list(v)))
            }
            (BinOp::Add, PyObj::Tuple(x), PyObj::Tuple(y)) => {
                let mut v = x.clone();
                v.extend(y.iter().cloned());
                Ok(Some(PyObj::new_tuple(v)))
            }
            (BinOp::Mult, _, _) => {
                let (seq, count, n) = match (self.num(a), self.num(b)) {
                    (_, Some(Num::Int(n, _))) => (a, b, n),
                    (Some(Num::Int(n, _)), _) => (b, a, n),
                    _ => return Ok(None),
                };
                if !matches!(
                    &**seq,
                    PyObj::Str(_) | PyObj::Unicode(_) | PyObj::List(_) | PyObj::Tuple(_)
                ) {
                    return Ok(None);
                }
                let n = self.fit_ssize(&n, count, "OverflowError")?.max(0) as usize;
                match &**seq {
                    PyObj::Str(s) | PyObj::Unicode(s) => {
                        self.alloc(s.len().saturating_mul(n), 1)?;
                        let r = s.repeat(n);
                        Ok(Some(Rc::new(if matches!(&**seq, PyObj::Str(_)) {
                            PyObj::Str(Rc::from(r.as_str()))
                        } else {
                            PyObj::Unicode(Rc::from(r.as_str()))
                        })))
                    }
                    PyObj::List(l) => {
                        let items = l.borrow().clone();
                        self.alloc(items.len().saturating_mul(n), 8)?;
                        let mut out = Vec::with_capacity(items.len() * n);
                        for _ in 0..n {
                            out.extend(items.iter().cloned());
                        }
                        Ok(Some(PyObj::new_list(out)))
                    }
                    PyObj::Tuple(t) => {
                        self.alloc(t.len().saturating_mul(n), 8)?;
                        let mut out = Vec::with_capacity(t.len() * n);
                        for _ in 0..n {
                            out.extend(t.iter().cloned());
                        }
                        Ok(Some(PyObj::new_tuple(out)))
                    }
                    _ => Ok(None),
                }
            }
            (BinOp::Mod, PyObj::Str(_) | PyObj::Unicode(_), _) => {
                let r = self.percent_format(a, b)?;
                Ok(Some(r))
            }
            (
                BinOp::Sub | BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor,
                PyObj::Set(_) | PyObj::FrozenSet(_),
                PyObj::Set(_) | PyObj::FrozenSet(_),
            ) => {
                let xa = self.iterate(a)?;
                let xb = self.iterate(b)?;
                let sb = self.new_set(xb.clone())?;
                let sa = self.new_set(xa.clone())?;
                let mut out = Vec::new();
                match op {
                    BinOp::Sub => {
                        for x in xa {
                            if !self.contains(&sb, &x)? {
                                out.push(x);
                            }
                        }
                    }
                    BinOp::BitAnd => {
                        for x in xa {
                            if self.contains(&sb, &x)? {
                                out.push(x);
                            }
                        }
                    }
                    BinOp::BitOr => {
                        out = xa;
                        out.extend(xb);
                    }
                    _ => {
                        for x in xa {
                            if !self.contains(&sb, &x)? {
                                out.push(x);
                            }
                        }
                        for x in xb {
                            if !self.contains(&sa, &x)? {
                                out.push(x);
                            }
                        }
                    }
                }
                let r = self.new_set(out)?;
                if let PyObj::FrozenSet(_) = &**a {
                    if let PyObj::Set(d) = &*r {
                        return Ok(Some(Rc::new(PyObj::FrozenSet(d.borrow().clone()))));
                    }
                }
                Ok(Some(r))
            }
            (BinOp::BitOr, PyObj::Dict(x), PyObj::Dict(_)) if self.sem.dict_union => {
                let d = PyObj::new_dict(x.borrow().clone());
                self.dict_merge(&d, b)?;
                Ok(Some(d))
            }
            _ => Ok(None),
        }
    }

    pub fn unary(&mut self, a: &PyRef, op: UnaryOp) -> PyResult<PyRef> {
        if op == UnaryOp::Not {
            let t = self.truthy(a)?;
            return Ok(self.bool(!t));
        }
        match (op, self.num(a)) {
            (UnaryOp::USub, Some(Num::Int(i, l))) => Ok(self.int_result(-i, l)),
            (UnaryOp::UAdd, Some(Num::Int(i, l))) => Ok(self.int_result(i, l)),
            (UnaryOp::Invert, Some(Num::Int(i, l))) => Ok(self.int_result(-i - 1, l)),
            (UnaryOp::USub, Some(Num::Float(f))) => Ok(Rc::new(PyObj::Float(-f))),
            (UnaryOp::USub, None) if matches!(&**a, PyObj::Complex(..)) => {
                let PyObj::Complex(r, i) = &**a else {
                    return Ok(a.clone());
                };
                Ok(Rc::new(PyObj::Complex(-r, -i)))
            }
            (UnaryOp::UAdd, None) if matches!(&**a, PyObj::Complex(..)) => Ok(a.clone()),
            (UnaryOp::UAdd, Some(Num::Float(f))) => Ok(Rc::new(PyObj::Float(f))),
            _ => {
                let (name, sym) = match op {
                    UnaryOp::USub => ("__neg__", "-"),
                    UnaryOp::UAdd => ("__pos__", "+"),
                    UnaryOp::Invert => ("__invert__", "~"),
                    UnaryOp::Not => ("__bool__", "not"),
                };
                if let Some(f) = self.lookup_special(a, name) {
                    return self.call_sync(&f, Vec::new(), Vec::new());
                }
                let tn = self.type_name(a);
                self.type_error(format!("bad operand type for unary {sym}: '{tn}'"))
            }
        }
    }

    pub fn truthy(&mut self, a: &PyRef) -> PyResult<bool> {
        Ok(match &**a {
            PyObj::None => false,
            PyObj::Bool(b) => *b,
            PyObj::Int(i) | PyObj::Long(i) => !i.is_zero(),
            PyObj::Float(f) => *f != 0.0,
            PyObj::Complex(r, i) => *r != 0.0 || *i != 0.0,
            PyObj::Str(s) | PyObj::Unicode(s) => !s.is_empty(),
            PyObj::Bytes(b) => !b.is_empty(),
            PyObj::Tuple(t) => !t.is_empty(),
            PyObj::List(l) => !l.borrow().is_empty(),
            PyObj::Dict(d) | PyObj::Set(d) => !d.borrow().is_empty(),
            PyObj::FrozenSet(d) => !d.is_empty(),
            PyObj::Range { .. } => self.len(a)? > 0,
            PyObj::Instance(_) => {
                let bool_name = if self.sem.has_long {
                    "__nonzero__"
                } else {
                    "__bool__"
                };
                if let Some(f) = self.lookup_special(a, bool_name) {
                    let r = self.call_sync(&f, Vec::new(), Vec::new())?;
                    return self.truthy(&r);
                }
                if let Some(n) = a.native().cloned() {
                    if self.lookup_special(a, "__len__").is_none() {
                        return self.truthy(&n);
                    }
                }
                if let Some(f) = self.lookup_special(a, "__len__") {
                    let r = self.call_sync(&f, Vec::new(), Vec::new())?;
                    return self.truthy(&r);
                }
                true
            }
            PyObj::FrameLocalsProxy(_) | PyObj::MappingProxy(_) | PyObj::DictView { .. } => {
                self.len(a)? > 0
            }
            _ => true,
        })
    }

    pub fn len(&mut self, a: &PyRef) -> PyResult<usize> {
        Ok(match &**a {
            // A 2.7 `str` holds one char per byte, so this counts its bytes.
            PyObj::Str(s) | PyObj::Unicode(s) => s.chars().count(),
            PyObj::Bytes(b) => b.len(),
            PyObj::Tuple(t) => t.len(),
            PyObj::List(l) => l.borrow().len(),
            PyObj::Dict(d) | PyObj::Set(d) => d.borrow().len(),
            PyObj::FrozenSet(d) => d.len(),
            PyObj::Range { start, stop, step } => {
                let n = range_len(start, stop, step);
                if i64::try_from(n).is_err() {
                    let msg = self.sem.msgs.ssize_overflow();
                    return self.err("OverflowError", msg);
                }
                n
            }
            PyObj::MappingProxy(d) | PyObj::DictView { dict: d, .. } => {
                let d = d.clone();
                self.len(&d)?
            }
            PyObj::FrameLocalsProxy(f) => {
                let f = f.clone();
                self.proxy_items(&f).len()
            }
            PyObj::Instance(_) => {
                if let Some(f) = self.lookup_special(a, "__len__") {
                    let r = self.call_sync(&f, Vec::new(), Vec::new())?;
                    return Ok(r.as_bigint().and_then(|i| i.to_usize()).unwrap_or(0));
                }
                if let Some(n) = a.native().cloned() {
                    return self.len(&n);
                }
                let tn = self.type_name(a);
                return self.type_error(format!("object of type '{tn}' has no len()"));
            }
            _ => {
                let tn = self.type_name(a);
                return self.type_error(format!("object of type '{tn}' has no len()"));
            }
        })
    }

    /// `hash(obj)` under this version's hash functions.
    pub fn hash(&mut self, o: &PyRef) -> PyResult<i64> {
        let py2 = self.sem.has_long;
        if let PyObj::Instance(_) = &**o {
            return match self.lookup_special(o, "__hash__") {
                // `__hash__ = None` (3.x sets it for a class that defines only `__eq__`).
                Some(f) if f.is_none() => {
                    let tn = self.type_name(o);
                    self.type_error(format!("unhashable type: '{tn}'"))
                }
                Some(f) => {
                    let r = self.call_sync(&f, Vec::new(), Vec::new())?;
                    match r.as_bigint() {
                        // `PyObject_Hash` takes an int result modulo the hash width (and
                        // never -1), exactly as hashing that int does.
                        Some(i) => Ok(crate::vm::objects::dict::hash_int(&i, py2)),
                        None => {
                            let msg = self.sem.msgs.hash_not_int();
                            self.type_error(msg)
                        }
                    }
                }
                None => match o.native() {
                    Some(n) => match hash_builtin(n, py2) {
                        Some(h) => Ok(h),
                        None => {
                            let tn = self.type_name(o);
                            self.type_error(format!("unhashable type: '{tn}'"))
                        }
                    },
                    None => Ok(identity_hash(o)),
                },
            };
        }
        match hash_builtin(o, py2) {
            Some(h) => Ok(h),
            None => {
                if let PyObj::Tuple(items) = &**o {
                    for i in items.clone() {
                        self.hash(&i)?;
                    }
                }
                let tn = self.type_name(o);
                self.type_error(format!("unhashable type: '{tn}'"))
            }
        }
    }

    // ----- comparison -----

    pub fn compare(&mut self, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult<PyRef> {
        self.mark_mixed_compare(a, b);
        if matches!(&**a, PyObj::Instance(_)) || matches!(&**b, PyObj::Instance(_)) {
            if let Some(r) = self.rich_compare(a, b, op)? {
                return Ok(r);
            }
            if let CmpOp::Eq | CmpOp::NotEq = op {
                let eq = self.instance_eq_fallback(a, b)?;
                return Ok(self.bool(eq == (op == CmpOp::Eq)));
            }
        }
        let r = match op {
            CmpOp::Is => Rc::ptr_eq(a, b) || same_singleton(a, b),
            CmpOp::IsNot => !(Rc::ptr_eq(a, b) || same_singleton(a, b)),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => self.eq(a, b)?,
            CmpOp::NotEq => !self.eq(a, b)?,
            _ => {
                let ord = self.order(a, b, op)?;
                match op {
                    CmpOp::Lt => ord == std::cmp::Ordering::Less,
                    CmpOp::LtE => ord != std::cmp::Ordering::Greater,
                    CmpOp::Gt => ord == std::cmp::Ordering::Greater,
                    _ => ord != std::cmp::Ordering::Less,
                }
            }
        };
        Ok(self.bool(r))
    }

    pub fn eq(&mut self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        let nested = matches!(
            (&**a, &**b),
            (PyObj::List(_), PyObj::List(_))
                | (PyObj::Tuple(_), PyObj::Tuple(_))
                | (PyObj::Dict(_), PyObj::Dict(_))
        );
        if !nested {
            return self.eq_inner(a, b);
        }
        let msg = self.sem.msgs.recursion_in_comparison();
        self.enter_native(msg)?;
        let r = self.eq_inner(a, b);
        self.leave_native();
        r
    }

    fn eq_inner(&mut self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        if Rc::ptr_eq(a, b) {
            if let PyObj::Float(f) = &**a {
                return Ok(!f.is_nan());
            }
            return Ok(true);
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(match (x, y) {
                (Num::Int(p, _), Num::Int(q, _)) => p == q,
                (Num::Float(p), Num::Float(q)) => p == q,
                (Num::Int(i, _), Num::Float(f)) | (Num::Float(f), Num::Int(i, _)) => {
                    f.is_finite() && f.fract() == 0.0 && num::float_to_bigint(f) == i
                }
            });
        }
        match (&**a, &**b) {
            (PyObj::Str(x) | PyObj::Unicode(x), PyObj::Str(y) | PyObj::Unicode(y)) => Ok(x == y),
            (PyObj::Bytes(x), PyObj::Bytes(y)) => Ok(x == y),
            (PyObj::Complex(r, i), _) | (_, PyObj::Complex(r, i))
                if !matches!(&**a, PyObj::Instance(_)) && !matches!(&**b, PyObj::Instance(_)) =>
            {
                let other = if matches!(&**a, PyObj::Complex(..)) {
                    b
                } else {
                    a
                };
                match &**other {
                    PyObj::Complex(r2, i2) => Ok(r == r2 && i == i2),
                    _ if *i != 0.0 => Ok(false),
                    _ => {
                        let re = Rc::new(PyObj::Float(*r));
                        let other = other.clone();
                        self.eq(&re, &other)
                    }
                }
            }
            (PyObj::Tuple(x), PyObj::Tuple(y)) => self.seq_eq(&x.clone(), &y.clone()),
            (PyObj::List(x), PyObj::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&x, &y)
            }
            (PyObj::Dict(_), PyObj::Dict(_))
            | (PyObj::Dict(_), PyObj::FrameLocalsProxy(_))
            | (PyObj::FrameLocalsProxy(_), PyObj::Dict(_)) => {
                let xa = self.mapping_items(a)?;
                let xb = self.mapping_items(b)?;
                if xa.len() != xb.len() {
                    return Ok(false);
                }
                let db = self.dict_from_items(xb)?;
                for (k, v) in xa {
                    match self.dict_get(&db, &k)? {
                        Some(w) => {
                            if !self.eq(&v, &w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (PyObj::Set(_) | PyObj::FrozenSet(_), PyObj::Set(_) | PyObj::FrozenSet(_)) => {
                let xa = self.iterate(a)?;
                if xa.len() != self.len(b)? {
                    return Ok(false);
                }
                for x in xa {
                    if !self.contains(b, &x)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (PyObj::FrameLocalsProxy(x), PyObj::FrameLocalsProxy(y)) => Ok(Rc::ptr_eq(x, y)),
            (PyObj::Method { func: f1, obj: o1 }, PyObj::Method { func: f2, obj: o2 }) => {
                Ok(Rc::ptr_eq(f1, f2) && Rc::ptr_eq(o1, o2))
            }
            (PyObj::Range { .. }, PyObj::Range { .. }) => {
                let xa = self.iterate(a)?;
                let xb = self.iterate(b)?;
                self.seq_eq(&xa, &xb)
            }
            (PyObj::Instance(_), _) | (_, PyObj::Instance(_)) => {
                if let Some(r) = self.rich_compare(a, b, CmpOp::Eq)? {
                    return self.truthy(&r);
                }
                self.instance_eq_fallback(a, b)
            }
            (PyObj::None, PyObj::None) => Ok(true),
            _ => Ok(false),
        }
    }

    fn seq_eq(&mut self, x: &[PyRef], y: &[PyRef]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Ordering for `<` and friends (and `sorted`).
    pub fn order(&mut self, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult<std::cmp::Ordering> {
        let msg = self.sem.msgs.recursion_in_comparison();
        self.enter_native(msg)?;
        let r = self.order_inner(a, b, op);
        self.leave_native();
        r
    }

    fn order_inner(&mut self, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult<std::cmp::Ordering> {
        use std::cmp::Ordering;
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(match (x, y) {
                (Num::Int(p, _), Num::Int(q, _)) => p.cmp(&q),
                (Num::Float(p), Num::Float(q)) => p.partial_cmp(&q).unwrap_or(Ordering::Equal),
                // Exactly, never through a float (which loses digits past 2**53 and
                // overflows past 1e308).
                (Num::Int(i, _), Num::Float(f)) => num::cmp_int_float(&i, f),
                (Num::Float(f), Num::Int(i, _)) => num::cmp_int_float(&i, f).reverse(),
            });
        }
        match (&**a, &**b) {
            (PyObj::Str(x) | PyObj::Unicode(x), PyObj::Str(y) | PyObj::Unicode(y)) => {
                return Ok(x.cmp(y))
            }
            (PyObj::Bytes(x), PyObj::Bytes(y)) => return Ok(x.cmp(y)),
            (PyObj::Tuple(_), PyObj::Tuple(_)) | (PyObj::List(_), PyObj::List(_)) => {
                let x = self.iterate(a)?;
                let y = self.iterate(b)?;
                for (p, q) in x.iter().zip(&y) {
                    if !self.eq(p, q)? {
                        return self.order(p, q, op);
                    }
                }
                return Ok(x.len().cmp(&y.len()));
            }
            (PyObj::Set(_) | PyObj::FrozenSet(_), PyObj::Set(_) | PyObj::FrozenSet(_)) => {
                let x = self.iterate(a)?;
                let y = self.iterate(b)?;
                let mut sub = true;
                for i in &x {
                    if !self.contains(b, i)? {
                        sub = false;
                    }
                }
                let mut sup = true;
                for i in &y {
                    if !self.contains(a, i)? {
                        sup = false;
                    }
                }
                return Ok(match (sub, sup) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    _ => match op {
                        CmpOp::Lt | CmpOp::LtE => Ordering::Greater,
                        _ => Ordering::Less,
                    },
                });
            }
            _ => {}
        }
        if let Some(o) = self.user_cmp(a, b)? {
            return Ok(o);
        }
        if a.native().is_some() || b.native().is_some() {
            let na = a.native().cloned().unwrap_or_else(|| a.clone());
            let nb = b.native().cloned().unwrap_or_else(|| b.clone());
            return self.order(&na, &nb, op);
        }
        if self.sem.has_long {
            // 2.7: None < numbers < everything else, ordered by type name.
            let rank = |vm: &Vm, o: &PyRef| -> (u8, String) {
                match &**o {
                    PyObj::None => (0, String::new()),
                    _ if vm.num(o).is_some() => (1, String::new()),
                    _ => (2, vm.type_name(o)),
                }
            };
            let (ra, rb) = (rank(self, a), rank(self, b));
            if ra != rb {
                return Ok(ra.cmp(&rb));
            }
            return Ok(crate::vm::objects::addr(a).cmp(&crate::vm::objects::addr(b)));
        }
        let sym = match op {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            _ => ">=",
        };
        let msg = self
            .sem
            .msgs
            .unorderable(sym, &self.type_name(a), &self.type_name(b));
        self.type_error(msg)
    }

    pub fn contains(&mut self, container: &PyRef, item: &PyRef) -> PyResult<bool> {
        match &**container {
            PyObj::Dict(_) | PyObj::Set(_) | PyObj::FrozenSet(_) => {
                let (h, item) = &self.key_hash(container, item)?;
                Ok(match &**container {
                    PyObj::Dict(d) | PyObj::Set(d) => d.borrow().contains(item, *h),
                    PyObj::FrozenSet(d) => d.contains(item, *h),
                    _ => false,
                })
            }
            PyObj::Str(s) | PyObj::Unicode(s) => match item.as_str() {
                Some(sub) => Ok(s.contains(sub)),
                None => {
                    let tn = self.type_name(item);
                    self.type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    ))
                }
            },
            PyObj::FrameLocalsProxy(f) => {
                let f = f.clone();
                Ok(match item.as_str() {
                    Some(n) => self.proxy_get(&f, n).is_some(),
                    None => false,
                })
            }
            PyObj::MappingProxy(d)
            | PyObj::DictView {
                dict: d,
                kind: ViewKind::Keys,
            } => {
                let d = d.clone();
                self.contains(&d, item)
            }
            PyObj::Instance(_) => {
                if let Some(f) = self.lookup_special(container, "__contains__") {
                    let r = self.call_sync(&f, vec![item.clone()], Vec::new())?;
                    return self.truthy(&r);
                }
                // A builtin container's own `sq_contains` is inherited: overriding `__iter__`
                // or `__getitem__` does not change `in`.
                if let Some(n) = container.native().cloned() {
                    if matches!(
                        &*n,
                        PyObj::Str(_)
                            | PyObj::Unicode(_)
                            | PyObj::Bytes(_)
                            | PyObj::List(_)
                            | PyObj::Tuple(_)
                            | PyObj::Dict(_)
                            | PyObj::Set(_)
                            | PyObj::FrozenSet(_)
                    ) {
                        return self.contains(&n, item);
                    }
                }
                let items = self.iterate(container)?;
                for x in items {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let items = self.iterate(container)?;
                for x in items {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    // ----- containers -----

    pub fn new_set(&mut self, items: Vec<PyRef>) -> PyResult<PyRef> {
        let s = Rc::new(PyObj::Set(RefCell::new(Dict::new(self.set_mode))));
        for i in items {
            self.set_add(&s, i)?;
        }
        Ok(s)
    }

    pub fn set_add(&mut self, s: &PyRef, v: PyRef) -> PyResult<()> {
        let (h, v) = self.key_hash(s, &v)?;
        if let PyObj::Set(d) = &**s {
            let none = self.none.clone();
            let mut d = d.borrow_mut();
            if !d.contains(&v, h) {
                d.insert(v, h, none);
            }
        }
        Ok(())
    }

    pub fn dict_get(&mut self, d: &PyRef, k: &PyRef) -> PyResult<Option<PyRef>> {
        let (h, k) = &self.key_hash(d, k)?;
        Ok(match &**d {
            PyObj::Dict(d) => d.borrow().get(k, *h),
            _ => None,
        })
    }

    pub fn dict_from_items(&mut self, items: Vec<(PyRef, PyRef)>) -> PyResult<PyRef> {
        let d = self.new_dict();
        for (k, v) in items {
            self.setitem(&d, k, v)?;
        }
        Ok(d)
    }

    /// `(key, value)` pairs of any mapping, in its iteration order.
    pub fn mapping_items(&mut self, m: &PyRef) -> PyResult<Vec<(PyRef, PyRef)>> {
        match &**m {
            PyObj::Dict(d) => Ok(d.borrow().items()),
            PyObj::MappingProxy(d) => self.mapping_items(&d.clone()),
            PyObj::FrameLocalsProxy(f) => {
                let f = f.clone();
                Ok(self.proxy_items(&f).into_iter().collect())
            }
            _ => {
                let keys_fn = self.getattr(m, "keys")?;
                let keys = self.call_sync(&keys_fn, Vec::new(), Vec::new())?;
                let keys = self.iterate(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                Ok(out)
            }
        }
    }

    pub fn dict_merge(&mut self, d: &PyRef, m: &PyRef) -> PyResult<()> {
        let items = match &**m {
            PyObj::Dict(_) | PyObj::MappingProxy(_) | PyObj::FrameLocalsProxy(_) => {
                self.mapping_items(m)?
            }
            PyObj::Instance(_) => self.mapping_items(m)?,
            _ => {
                let tn = self.type_name(m);
                return self.type_error(format!("'{tn}' object is not a mapping"));
            }
        };
        if let PyObj::Dict(dd) = &**d {
            dd.borrow_mut().reserve_for_merge(items.len());
        }
        for (k, v) in items {
            self.setitem(d, k, v)?;
        }
        Ok(())
    }

    /// `dict.update(arg)` and `dict |= arg` (`dict_update_arg` of `Objects/dictobject.c`; 2.7's
    /// `dict_update_common`): an object with a `keys` attribute merges as a mapping, anything
    /// else as an iterable of pairs (`PyDict_MergeFromSeq2`), each item made a sequence
    /// (`PySequence_Fast`) of exactly two.
    pub fn dict_update_arg(&mut self, d: &PyRef, arg: &PyRef) -> PyResult<()> {
        if matches!(&**arg, PyObj::Dict(_)) || self.getattr_opt(arg, "keys")?.is_some() {
            for (key, v) in self.mapping_items(arg)? {
                self.setitem(d, key, v)?;
            }
            return Ok(());
        }
        for (i, item) in self.iterate(arg)?.into_iter().enumerate() {
            let pair = match self.iterate(&item) {
                Ok(pair) => pair,
                Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "TypeError") => {
                    return self.type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ));
                }
                Err(e) => return Err(e),
            };
            if pair.len() != 2 {
                return self.err(
                    "ValueError",
                    format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    ),
                );
            }
            self.setitem(d, pair[0].clone(), pair[1].clone())?;
        }
        Ok(())
    }

    fn index_of(&mut self, idx: &PyRef, len: usize, what: &str) -> PyResult<usize> {
        let i = self.index_in(idx, &BigInt::from(len), what, true)?;
        Ok(i.to_usize().unwrap_or(0))
    }

    /// The position `idx` selects in a sequence of `len` items (negative counts from the end).
    /// `ssize`: the index is first read as a `Py_ssize_t` (`PyNumber_AsSsize_t`), as lists,
    /// tuples and strings do; a `range` compares it as an int of any size.
    fn index_in(&mut self, idx: &PyRef, len: &BigInt, what: &str, ssize: bool) -> PyResult<BigInt> {
        let i = if ssize {
            self.index_ssize(idx, "IndexError")?.map(BigInt::from)
        } else {
            self.index_value(idx)?
        };
        let Some(i) = i else {
            let tn = self.type_name(idx);
            let msg = if self.sem.has_long {
                format!("{what} indices must be integers, not {tn}")
            } else {
                format!("{what} indices must be integers or slices, not {tn}")
            };
            return self.type_error(msg);
        };
        let j = if i.is_negative() { &i + len } else { i };
        match j {
            j if !j.is_negative() && &j < len => Ok(j),
            _ => {
                let msg = format!("{what} index out of range");
                self.err("IndexError", msg)
            }
        }
    }

    /// Resolves a slice against a length: (start, stop, step) with Python's clamping.
    pub fn slice_indices(&mut self, s: &PyRef, len: usize) -> PyResult<(i64, i64, i64)> {
        let PyObj::Slice { start, stop, step } = &**s else {
            return Ok((0, 0, 1));
        };
        let len = len as i64;
        let get = |vm: &mut Vm, o: &PyRef| -> PyResult<Option<i64>> {
            if o.is_none() {
                return Ok(None);
            }
            match vm.index_value(o)? {
                Some(i) => Ok(Some(i.to_i64().unwrap_or(if i.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }))),
                None => vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ),
            }
        };
        let step = get(self, step)?.unwrap_or(1);
        if step == 0 {
            return self.err("ValueError", "slice step cannot be zero");
        }
        let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
        let norm = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(v) if v < 0 => (v + len).max(lo),
                Some(v) => v.min(hi),
            }
        };
        let a = get(self, start)?;
        let b = get(self, stop)?;
        let a = norm(a, if step > 0 { 0 } else { len - 1 });
        let b = norm(b, if step > 0 { len } else { -1 });
        Ok((a, b, step))
    }

    fn slice_positions(&mut self, s: &PyRef, len: usize) -> PyResult<Vec<usize>> {
        let (a, b, step) = self.slice_indices(s, len)?;
        let mut out = Vec::new();
        let mut i = a;
        if step > 0 {
            while i < b {
                out.push(i as usize);
                i += step;
            }
        } else {
            while i > b {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }

    pub fn getitem(&mut self, obj: &PyRef, idx: &PyRef) -> PyResult<PyRef> {
        let is_slice = matches!(&**idx, PyObj::Slice { .. });
        match &**obj {
            PyObj::List(l) => {
                let items = l.borrow().clone();
                if is_slice {
                    let pos = self.slice_positions(idx, items.len())?;
                    return Ok(PyObj::new_list(
                        pos.into_iter().map(|p| items[p].clone()).collect(),
                    ));
                }
                let i = self.index_of(idx, items.len(), "list")?;
                Ok(items[i].clone())
            }
            PyObj::Tuple(t) => {
                if is_slice {
                    let pos = self.slice_positions(idx, t.len())?;
                    return Ok(PyObj::new_tuple(
                        pos.into_iter().map(|p| t[p].clone()).collect(),
                    ));
                }
                let i = self.index_of(idx, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            PyObj::Str(s) | PyObj::Unicode(s) => {
                let chars: Vec<String> = s.chars().map(|c| c.to_string()).collect();
                let mk = |t: String| -> PyRef {
                    if matches!(&**obj, PyObj::Unicode(_)) {
                        Rc::new(PyObj::Unicode(Rc::from(t.as_str())))
                    } else {
                        PyObj::new_str(&t)
                    }
                };
                if is_slice {
                    let pos = self.slice_positions(idx, chars.len())?;
                    return Ok(mk(pos.into_iter().map(|p| chars[p].clone()).collect()));
                }
                let i = self.index_of(idx, chars.len(), "string")?;
                Ok(mk(chars[i].clone()))
            }
            PyObj::Bytes(b) => {
                if is_slice {
                    let pos = self.slice_positions(idx, b.len())?;
                    return Ok(Rc::new(PyObj::Bytes(
                        pos.into_iter().map(|p| b[p]).collect(),
                    )));
                }
                let i = self.index_of(idx, b.len(), "index")?;
                Ok(PyObj::new_int(b[i]))
            }
            PyObj::Range { start, stop, step } => {
                if is_slice {
                    return self.unsupported(Unsupported::Builtin(Gap::RangeSlicing));
                }
                let len = range_len_big(start, stop, step);
                let i = self.index_in(idx, &len, "range object", false)?;
                Ok(PyObj::new_int(start + i * step))
            }
            PyObj::Dict(d) => {
                let (h, key) = self.key_hash(obj, idx)?;
                let v = d.borrow().get(&key, h);
                match v {
                    Some(v) => Ok(v),
                    None => {
                        let e = crate::vm::error::key_error(self, idx.clone());
                        Err(Unwind::Exc(e))
                    }
                }
            }
            PyObj::MappingProxy(d) => self.getitem(&d.clone(), idx),
            PyObj::FrameLocalsProxy(f) => {
                let f = f.clone();
                let v = idx.as_str().and_then(|n| self.proxy_get(&f, n));
                match v {
                    Some(v) => Ok(v),
                    None => self.proxy_key_error(idx),
                }
            }
            PyObj::Instance(_) | PyObj::Class(_) => {
                if let Some(f) = self.lookup_special(obj, "__getitem__") {
                    return self.call_sync(&f, vec![idx.clone()], Vec::new());
                }
                if let Some(n) = obj.native().cloned() {
                    return self.native_getitem(obj, &n, idx);
                }
                self.not_subscriptable(obj)
            }
            _ => self.not_subscriptable(obj),
        }
    }

    /// `obj[idx]` of a builtin subclass that does not override `__getitem__`: the builtin's,
    /// with a `dict` subclass's `__missing__` called for a missing key.
    pub fn native_getitem(&mut self, obj: &PyRef, native: &PyRef, idx: &PyRef) -> PyResult<PyRef> {
        if let PyObj::Dict(_) = &**native {
            if let Some(missing) = self.lookup_special(obj, "__missing__") {
                return match self.dict_get(native, idx)? {
                    Some(v) => Ok(v),
                    None => self.call_sync(&missing, vec![idx.clone()], Vec::new()),
                };
            }
        }
        self.getitem(native, idx)
    }

    fn not_subscriptable<T>(&mut self, obj: &PyRef) -> PyResult<T> {
        let tn = self.type_name(obj);
        if self.sem.has_long {
            self.type_error(format!("'{tn}' object has no attribute '__getitem__'"))
        } else {
            self.type_error(format!("'{tn}' object is not subscriptable"))
        }
    }

    pub fn setitem(&mut self, obj: &PyRef, idx: PyRef, v: PyRef) -> PyResult<()> {
        match &**obj {
            PyObj::Dict(d) => {
                let (h, idx) = self.key_hash(obj, &idx)?;
                d.borrow_mut().insert(idx, h, v);
                Ok(())
            }
            PyObj::List(l) => {
                if let PyObj::Slice { .. } = &*idx {
                    let len = l.borrow().len();
                    let (a, b, step) = self.slice_indices(&idx, len)?;
                    // `list_ass_subscript`: `PySequence_Fast` with each form's message.
                    let what = if step == 1 && !self.sem.slice_assign_error_is_extended {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    };
                    let new = match self.iterate(&v) {
                        Ok(items) => items,
                        Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "TypeError") => {
                            return self.type_error(what);
                        }
                        Err(e) => return Err(e),
                    };
                    if step != 1 {
                        let pos = self.slice_positions(&idx, len)?;
                        if pos.len() != new.len() {
                            let msg = format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new.len(),
                                pos.len()
                            );
                            return self.err("ValueError", msg);
                        }
                        let mut items = l.borrow_mut();
                        for (p, x) in pos.into_iter().zip(new) {
                            items[p] = x;
                        }
                        return Ok(());
                    }
                    let (a, b) = (a.max(0) as usize, (b.max(a)) as usize);
                    l.borrow_mut().splice(a..b.min(len).max(a), new);
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.index_of(&idx, len, "list assignment")?;
                l.borrow_mut()[i] = v;
                Ok(())
            }
            PyObj::FrameLocalsProxy(f) => {
                let f = f.clone();
                self.proxy_set(&f, &idx, v)
            }
            PyObj::Instance(_) => {
                if let Some(f) = self.lookup_special(obj, "__setitem__") {
                    self.call_sync(&f, vec![idx, v], Vec::new())?;
                    return Ok(());
                }
                if let Some(n) = obj.native().cloned() {
                    return self.setitem(&n, idx, v);
                }
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object does not support item assignment"))
            }
            _ => {
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object does not support item assignment"))
            }
        }
    }

    pub fn delitem(&mut self, obj: &PyRef, idx: &PyRef) -> PyResult<()> {
        match &**obj {
            PyObj::Dict(d) => {
                let (h, key) = self.key_hash(obj, idx)?;
                let r = d.borrow_mut().remove(&key, h);
                if r.is_none() {
                    let e = crate::vm::error::key_error(self, idx.clone());
                    return Err(Unwind::Exc(e));
                }
                Ok(())
            }
            PyObj::List(l) => {
                let len = l.borrow().len();
                if let PyObj::Slice { .. } = &**idx {
                    let mut pos = self.slice_positions(idx, len)?;
                    pos.sort_unstable();
                    for p in pos.into_iter().rev() {
                        l.borrow_mut().remove(p);
                    }
                    return Ok(());
                }
                let i = self.index_of(idx, len, "list assignment")?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            PyObj::FrameLocalsProxy(f) => {
                let f = f.clone();
                self.proxy_del(&f, idx)
            }
            PyObj::Instance(_) => {
                if let Some(f) = self.lookup_special(obj, "__delitem__") {
                    self.call_sync(&f, vec![idx.clone()], Vec::new())?;
                    return Ok(());
                }
                if let Some(n) = obj.native().cloned() {
                    return self.delitem(&n, idx);
                }
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object does not support item deletion"))
            }
            _ => {
                let tn = self.type_name(obj);
                self.type_error(format!("'{tn}' object doesn't support item deletion"))
            }
        }
    }
}

/// The execution record of arithmetic (`vm::features`): which number operations ran, for the
/// generator's health figures. Only reads the operands.
impl Vm {
    fn mark_num_binary(&mut self, x: &Num, y: &Num, op: BinOp) {
        use crate::vm::features::Event;
        let negative = |n: &Num| match n {
            Num::Int(i, _) => i.is_negative(),
            Num::Float(f) => *f < 0.0,
        };
        let zero = |n: &Num| match n {
            Num::Int(i, _) => i.is_zero(),
            Num::Float(f) => *f == 0.0,
        };
        let (nx, ny) = (negative(x), negative(y));
        match op {
            BinOp::Div | BinOp::FloorDiv | BinOp::Mod => {
                if nx || ny {
                    self.mark(Event::DivModNegative);
                }
                if zero(y) {
                    self.mark(Event::ZeroDivision);
                }
            }
            BinOp::Pow if ny => {
                self.mark(Event::PowNegative);
                if zero(x) {
                    self.mark(Event::ZeroDivision);
                }
            }
            BinOp::LShift | BinOp::RShift if nx || ny => self.mark(Event::ShiftNegative),
            _ => {}
        }
        if std::mem::discriminant(x) != std::mem::discriminant(y) {
            self.mark(Event::MixedArith);
        }
    }

    fn mark_mixed_compare(&mut self, a: &PyRef, b: &PyRef) {
        let kind = |o: &PyRef| match &**o {
            PyObj::Bool(_) => Some(0),
            PyObj::Int(_) | PyObj::Long(_) => Some(1),
            PyObj::Float(_) => Some(2),
            _ => None,
        };
        if let (Some(p), Some(q)) = (kind(a), kind(b)) {
            if p != q {
                self.mark(crate::vm::features::Event::MixedCompare);
            }
        }
    }
}

fn same_singleton(a: &PyRef, b: &PyRef) -> bool {
    matches!(
        (&**a, &**b),
        (PyObj::None, PyObj::None)
            | (PyObj::Ellipsis, PyObj::Ellipsis)
            | (PyObj::NotImplemented, PyObj::NotImplemented)
            | (PyObj::Bool(true), PyObj::Bool(true))
            | (PyObj::Bool(false), PyObj::Bool(false))
    ) || match (&**a, &**b) {
        // Small ints are cached by CPython (-5..=256), so `is` holds for them.
        (PyObj::Int(x), PyObj::Int(y)) => {
            x == y && x.to_i64().map(|v| (-5..=256).contains(&v)).unwrap_or(false)
        }
        (PyObj::Str(x), PyObj::Str(y)) => x == y && x.len() <= 1,
        _ => false,
    }
}

pub fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> usize {
    range_len_big(start, stop, step)
        .to_usize()
        .unwrap_or(usize::MAX)
}

/// The number of items of `range(start, stop, step)`, of any size.
pub fn range_len_big(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start >= stop {
            BigInt::zero()
        } else {
            (stop - start - 1) / step + 1
        }
    } else if start <= stop {
        BigInt::zero()
    } else {
        (start - stop - 1) / (-step) + 1
    }
}
