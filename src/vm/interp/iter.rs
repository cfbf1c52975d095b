//! Iteration: builtin iterators (sequences, dict views with size-change detection, ranges,
//! `enumerate`/`zip`/`map`/`filter`), generators, user `__iter__`/`__next__`, and unpacking
//! with each version's messages.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::Signed;

use super::{PyResult, Unwind, Vm};
use crate::vm::objects::{IterState, PyObj, PyRef, ViewKind};

impl Vm {
    // ----- iteration -----

    pub fn get_iter(&mut self, v: &PyRef) -> PyResult<PyRef> {
        let state = match &**v {
            PyObj::List(_) | PyObj::Tuple(_) => IterState::Seq {
                seq: v.clone(),
                idx: 0,
            },
            PyObj::Str(s) | PyObj::Unicode(s) => {
                let unicode = matches!(&**v, PyObj::Unicode(_));
                // A 2.7 `str` holds one char per byte (latin-1), so chars are its items too.
                let items = {
                    s.chars()
                        .map(|c| {
                            let cs = c.to_string();
                            if unicode {
                                Rc::new(PyObj::Unicode(Rc::from(cs.as_str())))
                            } else {
                                self.str(&cs)
                            }
                        })
                        .collect()
                };
                let kind = if self.sem.has_long {
                    "iterator"
                } else if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                };
                IterState::Items {
                    items,
                    idx: 0,
                    kind,
                }
            }
            PyObj::Bytes(b) => IterState::Items {
                kind: "bytes_iterator",
                items: b.iter().map(|x| PyObj::new_int(*x)).collect(),
                idx: 0,
            },
            PyObj::Dict(d) => IterState::DictIter {
                dict: v.clone(),
                kind: ViewKind::Keys,
                idx: 0,
                len: d.borrow().len(),
            },
            PyObj::DictView { kind, dict } => {
                let len = match &**dict {
                    PyObj::Dict(d) => d.borrow().len(),
                    _ => 0,
                };
                IterState::DictIter {
                    dict: dict.clone(),
                    kind: *kind,
                    idx: 0,
                    len,
                }
            }
            PyObj::Set(d) => IterState::Items {
                kind: if self.sem.has_long {
                    "setiterator"
                } else {
                    "set_iterator"
                },
                items: d.borrow().keys(),
                idx: 0,
            },
            PyObj::FrozenSet(d) => IterState::Items {
                kind: if self.sem.has_long {
                    "setiterator"
                } else {
                    "set_iterator"
                },
                items: d.keys(),
                idx: 0,
            },
            PyObj::MappingProxy(d) => return self.get_iter(&d.clone()),
            PyObj::FrameLocalsProxy(f) => {
                let f = f.clone();
                IterState::Items {
                    kind: "dict_keyiterator",
                    items: self.proxy_items(&f).into_iter().map(|(k, _)| k).collect(),
                    idx: 0,
                }
            }
            PyObj::Range { start, stop, step } => IterState::Range {
                next: start.clone(),
                stop: stop.clone(),
                step: step.clone(),
            },
            PyObj::Iter(_) | PyObj::Generator(..) => return Ok(v.clone()),
            PyObj::Instance(_) => {
                if let Some(f) = self.lookup_special(v, "__iter__") {
                    let it = self.call_sync(&f, Vec::new(), Vec::new())?;
                    let is_iterator = match &*it {
                        PyObj::Iter(_) | PyObj::Generator(..) => true,
                        PyObj::Instance(_) => self.next_method(&it).is_some(),
                        _ => false,
                    };
                    if !is_iterator {
                        let tn = self.type_name(&it);
                        return self
                            .type_error(format!("iter() returned non-iterator of type '{tn}'"));
                    }
                    return Ok(it);
                }
                // The builtin's own iterator; an overridden `__getitem__` only matters for a
                // string without a `tp_iter` (2.7), never for a container's iterator.
                let str_has_iter = self.sem.str_has_iter;
                if let Some(n) = v.native().filter(|n| {
                    str_has_iter
                        || !matches!(&***n, PyObj::Str(_) | PyObj::Unicode(_))
                        || self.lookup_special(v, "__getitem__").is_none()
                }) {
                    let n = n.clone();
                    return self.get_iter(&n);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    IterState::GetItem {
                        obj: v.clone(),
                        idx: 0,
                    }
                } else {
                    let tn = self.type_name(v);
                    return self.type_error(format!("'{tn}' object is not iterable"));
                }
            }
            _ => {
                let tn = self.type_name(v);
                return self.type_error(format!("'{tn}' object is not iterable"));
            }
        };
        Ok(Rc::new(PyObj::Iter(RefCell::new(state))))
    }

    /// The next item of an iterator, `None` when exhausted.
    pub fn next(&mut self, it: &PyRef) -> PyResult<Option<PyRef>> {
        match &**it {
            PyObj::Iter(state) => self.next_builtin(it, state),
            PyObj::Generator(..) => self.gen_resume(it, None),
            PyObj::Instance(_) => {
                let Some(f) = self.next_method(it) else {
                    let tn = self.type_name(it);
                    let msg = self.sem.msgs.not_an_iterator(&tn);
                    return self.type_error(msg);
                };
                match self.call_sync(&f, Vec::new(), Vec::new()) {
                    Ok(v) => Ok(Some(v)),
                    Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "StopIteration") => {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => {
                let tn = self.type_name(it);
                let msg = self.sem.msgs.not_an_iterator(&tn);
                self.type_error(msg)
            }
        }
    }

    /// An instance's `next` (2.7) or `__next__` (3.x) method, looked up on its type.
    pub fn next_method(&self, it: &PyRef) -> Option<PyRef> {
        let name = if self.sem.has_long {
            "next"
        } else {
            "__next__"
        };
        self.lookup_special(it, name)
    }

    fn next_builtin(&mut self, _it: &PyRef, state: &RefCell<IterState>) -> PyResult<Option<PyRef>> {
        let mut st = state.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, idx } => {
                let v = match &**seq {
                    PyObj::List(l) => l.borrow().get(*idx).cloned(),
                    PyObj::Tuple(t) => t.get(*idx).cloned(),
                    _ => None,
                };
                *idx += 1;
                if v.is_none() {
                    *st = IterState::Exhausted(self.iter_type_name(&st));
                }
                Ok(v)
            }
            IterState::Items { items, idx, .. } => {
                let v = items.get(*idx).cloned();
                *idx += 1;
                Ok(v)
            }
            IterState::DictIter {
                dict,
                kind,
                idx,
                len,
            } => {
                let PyObj::Dict(d) = &**dict else {
                    return Ok(None);
                };
                let d = d.borrow();
                if d.len() != *len {
                    drop(d);
                    *len = usize::MAX;
                    drop(st);
                    return self.err("RuntimeError", "dictionary changed size during iteration");
                }
                while *idx < d.positions() {
                    let p = *idx;
                    *idx += 1;
                    if let Some((k, v)) = d.at_position(p) {
                        return Ok(Some(match kind {
                            ViewKind::Keys => k,
                            ViewKind::Values => v,
                            ViewKind::Items => PyObj::new_tuple(vec![k, v]),
                        }));
                    }
                }
                Ok(None)
            }
            IterState::Range { next, stop, step } => {
                let more = if step.is_positive() {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if !more {
                    return Ok(None);
                }
                let v = next.clone();
                *next += &*step;
                drop(st);
                Ok(Some(self.int_result(v, false)))
            }
            IterState::Enumerate { inner, count } => {
                let inner = inner.clone();
                let c = count.clone();
                *count += 1;
                drop(st);
                match self.next(&inner)? {
                    Some(v) => {
                        let i = self.int_result(c, false);
                        Ok(Some(PyObj::new_tuple(vec![i, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { inners } => {
                let inners = inners.clone();
                drop(st);
                let mut out = Vec::with_capacity(inners.len());
                for i in &inners {
                    match self.next(i)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(PyObj::new_tuple(out)))
            }
            IterState::Map { func, inners } => {
                let (func, inners) = (func.clone(), inners.clone());
                drop(st);
                let mut args = Vec::with_capacity(inners.len());
                for i in &inners {
                    match self.next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_sync(&func, args, Vec::new()).map(Some)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(st);
                loop {
                    let Some(v) = self.next(&inner)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call_sync(&func, vec![v.clone()], Vec::new())?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                let v = self.call_sync(&func, Vec::new(), Vec::new())?;
                if self.eq(&v, &sentinel)? {
                    let name = self.iter_type_name(&state.borrow());
                    *state.borrow_mut() = IterState::Exhausted(name);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Reversed { seq, idx } => {
                if *idx == 0 {
                    return Ok(None);
                }
                *idx -= 1;
                let i = *idx;
                let seq = seq.clone();
                drop(st);
                let v = match &*seq {
                    PyObj::List(l) => l.borrow().get(i).cloned(),
                    PyObj::Tuple(t) => t.get(i).cloned(),
                    _ => None,
                };
                Ok(v)
            }
            IterState::GetItem { obj, idx } => {
                let (obj, i) = (obj.clone(), *idx);
                *idx += 1;
                drop(st);
                let key = PyObj::new_int(i);
                match self.getitem(&obj, &key) {
                    Ok(v) => Ok(Some(v)),
                    Err(Unwind::Exc(e))
                        if self.is_instance_of_name(&e, "IndexError")
                            || self.is_instance_of_name(&e, "StopIteration") =>
                    {
                        let name = self.iter_type_name(&state.borrow());
                        *state.borrow_mut() = IterState::Exhausted(name);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Exhausted(_) => Ok(None),
        }
    }

    /// All items of an iterable.
    pub fn iterate(&mut self, v: &PyRef) -> PyResult<Vec<PyRef>> {
        match &**v {
            PyObj::List(l) => return Ok(l.borrow().clone()),
            PyObj::Tuple(t) => return Ok(t.clone()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            self.charge(1)?;
            if out.len() % 1024 == 1023 {
                self.check_memory(out.len(), 8)?;
            }
            out.push(x);
        }
        Ok(out)
    }

    pub fn unpack(&mut self, seq: &PyRef, n: usize) -> PyResult<Vec<PyRef>> {
        let items = match &**seq {
            PyObj::List(_) | PyObj::Tuple(_) => self.iterate(seq)?,
            _ => {
                let it = match self.get_iter(seq) {
                    Ok(it) => it,
                    Err(Unwind::Exc(e))
                        if !self.sem.has_long && self.is_instance_of_name(&e, "TypeError") =>
                    {
                        let tn = self.type_name(seq);
                        return self.type_error(format!("cannot unpack non-iterable {tn} object"));
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        break;
                    }
                }
                out
            }
        };
        if items.len() < n {
            let msg = self.sem.msgs.unpack_too_few(n, items.len());
            return self.err("ValueError", msg);
        }
        if items.len() > n {
            let msg = self.sem.msgs.unpack_too_many(n);
            return self.err("ValueError", msg);
        }
        Ok(items)
    }
}
