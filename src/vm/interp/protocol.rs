//! The protocols through which comparison and hashing run user code.
//!
//! Rich comparison of instances follows `Objects/object.c` `do_richcompare`: the reflected
//! method of the right operand first when its type is a proper subclass of the left's, else
//! the left's method, then the right's reflected one; `NotImplemented` passes on. 3.x's
//! default `object.__ne__` inverts the class's `__eq__`; 2.7 has no such default, but has
//! `__cmp__`. Dict and set keys whose equality is user code are resolved here before the
//! table (which compares without user code) sees them.

use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

use super::{PyResult, Vm};
use crate::vm::ast::CmpOp;
use crate::vm::objects::dict::is_user_key;
use crate::vm::objects::{PyObj, PyRef};

/// The method name of a comparison and of its reflection.
fn names(op: CmpOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => return None,
    })
}

impl Vm {
    /// The result of the first user comparison method that does not return
    /// `NotImplemented`, or `None` when neither operand's class has one.
    pub fn rich_compare(&mut self, a: &PyRef, b: &PyRef, op: CmpOp) -> PyResult<Option<PyRef>> {
        let Some((name, reflected)) = names(op) else {
            return Ok(None);
        };
        let (ta, tb) = (self.class_of(a), self.class_of(b));
        let right_first = matches!(&**b, PyObj::Instance(_))
            && !Rc::ptr_eq(&ta, &tb)
            && self.is_subclass(&tb, &ta);
        let order = if right_first {
            [(b, a, reflected), (a, b, name)]
        } else {
            [(a, b, name), (b, a, reflected)]
        };
        for (x, y, method) in order {
            if !matches!(&**x, PyObj::Instance(_)) {
                continue;
            }
            if let Some(f) = self.lookup_special(x, method) {
                let r = self.call_sync(&f, vec![y.clone()], Vec::new())?;
                if !matches!(&*r, PyObj::NotImplemented) {
                    return Ok(Some(r));
                }
                continue;
            }
            if method == "__ne__" && self.sem.ne_inverts_eq {
                if let Some(f) = self.lookup_special(x, "__eq__") {
                    let r = self.call_sync(&f, vec![y.clone()], Vec::new())?;
                    if !matches!(&*r, PyObj::NotImplemented) {
                        let t = self.truthy(&r)?;
                        return Ok(Some(self.bool(!t)));
                    }
                }
            }
        }
        Ok(None)
    }

    /// Equality of instances whose classes define no rich comparison: 2.7 `__cmp__`, the
    /// builtin values of builtin subclasses, else identity.
    pub fn instance_eq_fallback(&mut self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        if let Some(o) = self.user_cmp(a, b)? {
            return Ok(o == std::cmp::Ordering::Equal);
        }
        if a.native().is_some() || b.native().is_some() {
            let na = a.native().cloned().unwrap_or_else(|| a.clone());
            let nb = b.native().cloned().unwrap_or_else(|| b.clone());
            return self.eq(&na, &nb);
        }
        Ok(Rc::ptr_eq(a, b))
    }

    /// 2.7's `__cmp__` of either operand (the right one reflected), when the version has the
    /// protocol and it does not return `NotImplemented`.
    pub fn user_cmp(&mut self, a: &PyRef, b: &PyRef) -> PyResult<Option<std::cmp::Ordering>> {
        if !self.sem.has_cmp_protocol {
            return Ok(None);
        }
        for (x, y, flip) in [(a, b, false), (b, a, true)] {
            if !matches!(&**x, PyObj::Instance(_)) {
                continue;
            }
            let Some(f) = self.lookup_special(x, "__cmp__") else {
                continue;
            };
            let r = self.call_sync(&f, vec![y.clone()], Vec::new())?;
            if matches!(&*r, PyObj::NotImplemented) {
                continue;
            }
            let Some(i) = r.as_bigint() else {
                return self.type_error("comparison did not return an int");
            };
            let o = i.sign().cmp(&num_bigint::Sign::NoSign);
            return Ok(Some(if flip { o.reverse() } else { o }));
        }
        Ok(None)
    }

    /// The hash of `key` and the key to look it up by in `table` (a dict or set): the stored
    /// key that user `__eq__` finds equal to it, else `key` itself. Table operations compare
    /// keys without user code, so a key whose equality is user code is resolved here first.
    pub fn key_hash(&mut self, table: &PyRef, key: &PyRef) -> PyResult<(i64, PyRef)> {
        let h = self.hash(key)?;
        let user_key = is_user_key(key);
        let candidates = match &**table {
            PyObj::Dict(d) | PyObj::Set(d) => {
                let d = d.borrow();
                // Builtin keys compare without user code unless the table holds instances.
                if !user_key && (!d.has_user_keys() || d.contains(key, h)) {
                    return Ok((h, key.clone()));
                }
                d.keys_with_hash(h)
            }
            PyObj::FrozenSet(d) => {
                if !user_key && (!d.has_user_keys() || d.contains(key, h)) {
                    return Ok((h, key.clone()));
                }
                d.keys_with_hash(h)
            }
            _ => return Ok((h, key.clone())),
        };
        for c in candidates {
            // `PyObject_RichCompare(startkey, key, Py_EQ)`: the stored key on the left.
            if Rc::ptr_eq(&c, key) || self.eq(&c, key)? {
                return Ok((h, c));
            }
        }
        Ok((h, key.clone()))
    }

    /// An integer index from `o` (`PyNumber_Index`): ints as they are, an instance through
    /// its `__index__`; `None` for anything else.
    pub fn index_value(&mut self, o: &PyRef) -> PyResult<Option<num_bigint::BigInt>> {
        if let Some(i) = o.as_bigint() {
            return Ok(Some(i));
        }
        if !matches!(&**o, PyObj::Instance(_)) {
            return Ok(None);
        }
        if let Some(f) = self.lookup_special(o, "__index__") {
            let r = self.call_sync(&f, Vec::new(), Vec::new())?;
            return match r.as_bigint() {
                Some(i) => Ok(Some(i)),
                None => {
                    let tn = self.type_name(&r);
                    let msg = self.sem.msgs.index_not_int(&tn);
                    self.type_error(msg)
                }
            };
        }
        Ok(o.native().and_then(|n| n.as_bigint()))
    }

    /// `PyNumber_AsSsize_t(o, exc)`: an index that fits a `Py_ssize_t`; one that does not
    /// raises `exc` (IndexError for subscripts, OverflowError for repeat counts). `None` when
    /// `o` is not an index.
    pub fn index_ssize(&mut self, o: &PyRef, exc: &str) -> PyResult<Option<i64>> {
        match self.index_value(o)? {
            Some(i) => self.fit_ssize(&i, o, exc).map(Some),
            None => Ok(None),
        }
    }

    /// The `Py_ssize_t` check of [`Vm::index_ssize`] for an index already read from `o`.
    pub fn fit_ssize(&mut self, i: &num_bigint::BigInt, o: &PyRef, exc: &str) -> PyResult<i64> {
        match i.to_i64() {
            Some(v) => Ok(v),
            None => {
                let tn = self.type_name(o);
                self.err(
                    exc,
                    format!("cannot fit '{tn}' into an index-sized integer"),
                )
            }
        }
    }

    /// An integer argument parsed as a C `int`: `OverflowError` outside its range, worded per
    /// version ([`crate::version::Messages::c_int_overflow`]).
    pub fn c_int_arg(&mut self, i: &num_bigint::BigInt) -> PyResult<i32> {
        match i.to_i32() {
            Some(v) => Ok(v),
            None => {
                let msg = self
                    .sem
                    .msgs
                    .c_int_overflow(i.to_i64().is_some(), i.is_negative());
                self.err("OverflowError", msg)
            }
        }
    }

    /// An integer argument parsed as a `Py_ssize_t` (`"n"` format): `OverflowError` outside
    /// its range.
    pub fn ssize_arg(&mut self, i: &num_bigint::BigInt) -> PyResult<i64> {
        match i.to_i64() {
            Some(v) => Ok(v),
            None => {
                let msg = self.sem.msgs.ssize_overflow();
                self.err("OverflowError", msg)
            }
        }
    }

    /// Arithmetic with a `complex` operand (`Objects/complexobject.c`): `+ - * /` and `**`;
    /// `None` when neither operand is complex or the other is not a number.
    pub fn complex_binary(
        &mut self,
        a: &PyRef,
        b: &PyRef,
        op: crate::vm::ast::BinOp,
    ) -> PyResult<Option<PyRef>> {
        use crate::vm::ast::BinOp;
        if !matches!(&**a, PyObj::Complex(..)) && !matches!(&**b, PyObj::Complex(..)) {
            return Ok(None);
        }
        let parts = |o: &PyRef| -> Option<(f64, f64)> {
            match &**o {
                PyObj::Complex(r, i) => Some((*r, *i)),
                PyObj::Float(f) => Some((*f, 0.0)),
                _ => o
                    .as_bigint()
                    .and_then(|i| crate::vm::objects::num::int_to_float(&i))
                    .map(|f| (f, 0.0)),
            }
        };
        let (Some((ar, ai)), Some((br, bi))) = (parts(a), parts(b)) else {
            return Ok(None);
        };
        let (r, i) = match op {
            BinOp::Add => (ar + br, ai + bi),
            BinOp::Sub => (ar - br, ai - bi),
            BinOp::Mult => (ar * br - ai * bi, ar * bi + ai * br),
            BinOp::Div => {
                if br == 0.0 && bi == 0.0 {
                    return self.err("ZeroDivisionError", "complex division by zero");
                }
                complex_quot((ar, ai), (br, bi))
            }
            BinOp::Pow if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 => {
                // `c_powi`: repeated squaring for a small integral exponent.
                let n = br as i64;
                let mut acc = (1.0f64, 0.0f64);
                let mut base = (ar, ai);
                let mut k = n.unsigned_abs();
                while k > 0 {
                    if k & 1 == 1 {
                        acc = (
                            acc.0 * base.0 - acc.1 * base.1,
                            acc.0 * base.1 + acc.1 * base.0,
                        );
                    }
                    base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
                    k >>= 1;
                }
                if n < 0 {
                    if acc == (0.0, 0.0) {
                        return self.err("ZeroDivisionError", "0.0 to a negative or complex power");
                    }
                    complex_quot((1.0, 0.0), acc)
                } else {
                    acc
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(Rc::new(PyObj::Complex(r, i))))
    }
}

/// `_Py_c_quot`: Smith's division, which keeps the signs of zeros as CPython does.
fn complex_quot(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (ar, ai) = a;
    let (br, bi) = b;
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}
