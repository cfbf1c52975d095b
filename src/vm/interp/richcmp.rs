//! Rich comparison of instances (`Objects/object.c` `do_richcompare`): the reflected method
//! of the right operand first when its type is a proper subclass of the left's, else the
//! left's method, then the right's reflected one; `NotImplemented` passes on. 3.x's default
//! `object.__ne__` inverts the class's `__eq__`; 2.7 has no such default.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::vm::ast::CmpOp;
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
}
