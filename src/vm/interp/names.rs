//! Name operations: `*Name` (locals mapping, globals, builtins), `*Global`, `*Deref` and the
//! class-body deref, with each version's error texts (`ceval.c`'s `NAME_ERROR_MSG`,
//! `GLOBAL_NAME_ERROR_MSG`, `format_exc_unbound`).

use std::rc::Rc;

use super::frame::Frame;
use super::{PyResult, Unwind, Vm};
use crate::vm::bytecode::CodeKind;
use crate::vm::objects::{PyObj, PyRef};
use crate::vm::sites::{self, Site};

impl Vm {
    /// Reads `name` from any mapping (a dict fast, others through `__getitem__`).
    pub fn mapping_get_str(&mut self, map: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        match &**map {
            PyObj::Dict(d) => Ok(d.borrow().get_str(name)),
            PyObj::FrameLocalsProxy(f) => {
                let f = f.clone();
                Ok(self.proxy_get(&f, name))
            }
            _ => {
                let key = self.str(name);
                match self.getitem(map, &key) {
                    Ok(v) => Ok(Some(v)),
                    Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "KeyError") => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    pub fn dict_set_str(&mut self, map: &PyRef, name: &str, v: PyRef) -> PyResult<()> {
        match &**map {
            PyObj::Dict(d) => {
                d.borrow_mut().set_str(name, v);
                Ok(())
            }
            _ => {
                let key = self.str(name);
                self.setitem(map, key, v)
            }
        }
    }

    /// Deletes `name` from a mapping; `false` if it was not there.
    pub fn dict_del_str(&mut self, map: &PyRef, name: &str) -> PyResult<bool> {
        match &**map {
            PyObj::Dict(d) => Ok(d.borrow_mut().del_str(name).is_some()),
            _ => {
                let key = self.str(name);
                match self.delitem(map, &key) {
                    Ok(()) => Ok(true),
                    Err(Unwind::Exc(e)) if self.is_instance_of_name(&e, "KeyError") => Ok(false),
                    Err(e) => Err(e),
                }
            }
        }
    }

    pub fn load_name(&mut self, frame: &Rc<Frame>, name: &str) -> PyResult<PyRef> {
        let locals = frame.locals.borrow().clone();
        if let Some(l) = locals {
            if let Some(v) = self.mapping_get_str(&l, name)? {
                sites::hit(Site::LoadNameLocal);
                return Ok(v);
            }
        }
        // `LOAD_NAME` reads globals with `PyDict_GetItem` on every version.
        if let Some(v) = self.mapping_get_str(&globals_dict(&frame.globals), name)? {
            sites::hit(Site::LoadNameGlobal);
            return Ok(v);
        }
        if let Some(v) = self.mapping_get_str(&frame.builtins.clone(), name)? {
            sites::hit(Site::LoadNameBuiltin);
            return Ok(v);
        }
        sites::hit(Site::LoadNameMissing);
        let msg = self.sem.msgs.name_not_defined(name);
        self.name_error(frame, name, msg)
    }

    pub fn load_global(&mut self, frame: &Rc<Frame>, name: &str) -> PyResult<PyRef> {
        let globals = if self.sem.globals_subclass_getitem {
            frame.globals.clone()
        } else {
            globals_dict(&frame.globals)
        };
        if let Some(v) = self.mapping_get_str(&globals, name)? {
            sites::hit(Site::LoadGlobalFound);
            return Ok(v);
        }
        if let Some(v) = self.mapping_get_str(&frame.builtins.clone(), name)? {
            sites::hit(Site::LoadGlobalBuiltin);
            return Ok(v);
        }
        sites::hit(Site::LoadGlobalMissing);
        let msg = self.sem.msgs.global_name_not_defined(name);
        self.name_error(frame, name, msg)
    }

    fn name_error<T>(&mut self, frame: &Rc<Frame>, name: &str, msg: String) -> PyResult<T> {
        let e = self.new_exc("NameError", msg);
        if self.sem.name_error_suggestions {
            if let Some(s) = self.suggest(frame, name) {
                if let PyObj::Instance(inst) = &*e {
                    if let Some(d) = &inst.exc {
                        d.borrow_mut().suggestion = Some(s);
                    }
                }
            }
        }
        Err(Unwind::Exc(e))
    }

    /// CPython 3.12's `_compute_suggestion_error` for a `NameError` (Levenshtein over the
    /// frame's locals, globals and builtins).
    fn suggest(&mut self, frame: &Rc<Frame>, name: &str) -> Option<String> {
        // Keys are collected as objects (not copied into `String`s); the order is the
        // candidates' order, which decides between equally close names.
        let mut keys: Vec<PyRef> = Vec::new();
        for map in [&globals_dict(&frame.globals), &frame.builtins] {
            if let PyObj::Dict(d) = &**map {
                keys.extend(d.borrow().keys());
            }
        }
        if let Some(PyObj::Dict(d)) = frame.locals.borrow().as_deref() {
            keys.extend(d.borrow().keys());
        }
        let candidates = frame
            .code
            .varnames
            .iter()
            .map(String::as_str)
            .chain(keys.iter().filter_map(|k| k.as_str()));
        // CPython's traceback: an attribute of `self` first, then the closest name, and a
        // standard-library module name gets "did you forget to import".
        let mut best = None;
        let self_idx = frame.code.varnames.iter().position(|v| v == "self");
        if let Some(i) = self_idx {
            let me = frame.fast.borrow().get(i).cloned().flatten();
            if let Some(me) = me {
                if let Ok(Some(_)) = self.getattr_opt(&me, name) {
                    best = Some(format!("self.{name}"));
                }
            }
        }
        if best.is_none() {
            best = closest(name, candidates).map(str::to_string);
        }
        let stdlib = STDLIB_MODULES.contains(&name);
        match (best, stdlib) {
            (Some(b), true) => Some(format!(
                ". Did you mean: '{b}'? Or did you forget to import '{name}'?"
            )),
            (Some(b), false) => Some(format!(". Did you mean: '{b}'?")),
            (None, true) => Some(format!(". Did you forget to import '{name}'?")),
            (None, false) => None,
        }
    }

    /// The traceback suffix CPython 3.12+ adds to an `AttributeError`.
    pub fn attr_suggestion(&mut self, obj: &PyRef, name: &str) -> Option<String> {
        let mut maps = Vec::new();
        match &**obj {
            PyObj::Instance(i) => {
                maps.push(i.dict.clone());
                let cls = i.class.borrow().clone();
                if let Some(c) = cls.as_class() {
                    for k in c.mro.borrow().iter() {
                        if let Some(kc) = k.as_class() {
                            maps.push(kc.dict.clone());
                        }
                    }
                }
            }
            PyObj::Class(c) => {
                for k in c.mro.borrow().iter() {
                    if let Some(kc) = k.as_class() {
                        maps.push(kc.dict.clone());
                    }
                }
            }
            PyObj::Module(m) => maps.push(m.dict.clone()),
            _ => return None,
        }
        let mut keys: Vec<PyRef> = Vec::new();
        for m in maps {
            if let PyObj::Dict(d) = &*m {
                keys.extend(d.borrow().keys());
            }
        }
        closest(name, keys.iter().filter_map(|k| k.as_str()))
            .map(|b| format!(". Did you mean: '{b}'?"))
    }

    pub fn store_name(&mut self, frame: &Rc<Frame>, name: &str, v: PyRef) -> PyResult<()> {
        let locals = frame.locals.borrow().clone();
        match locals {
            Some(l) => {
                let l = if Rc::ptr_eq(&l, &frame.globals) {
                    sites::hit(Site::StoreNameGlobals);
                    l
                } else if frame.code.kind == CodeKind::Class {
                    sites::hit(Site::StoreNameClass);
                    l
                } else {
                    sites::hit(Site::StoreNameLocals);
                    l
                };
                self.dict_set_str(&l, name, v)
            }
            None => self.err(
                "SystemError",
                format!("no locals found when storing '{name}'"),
            ),
        }
    }

    pub fn delete_name(&mut self, frame: &Rc<Frame>, name: &str) -> PyResult<()> {
        let locals = frame.locals.borrow().clone();
        let Some(l) = locals else {
            return self.err("SystemError", format!("no locals when deleting '{name}'"));
        };
        if !self.dict_del_str(&l, name)? {
            sites::hit(Site::DeleteNameMissing);
            self.mark(crate::vm::features::Event::DelUnboundName);
            let msg = self.sem.msgs.name_not_defined(name);
            return self.name_error(frame, name, msg);
        }
        sites::hit(Site::DeleteNameFound);
        Ok(())
    }

    pub fn load_deref(&mut self, frame: &Rc<Frame>, i: u32) -> PyResult<PyRef> {
        if let PyObj::Cell(c) = &*frame.cell(i as usize) {
            if let Some(v) = c.borrow().clone() {
                sites::hit(Site::LoadDerefBound);
                return Ok(v);
            }
        }
        if !frame.code.is_free(i) && globals_hold(&frame.globals, frame.code.deref_name(i)) {
            self.mark(crate::vm::features::Event::UnboundShadowsGlobal);
        }
        self.unbound_deref(frame, i)
    }

    pub fn unbound_deref<T>(&mut self, frame: &Rc<Frame>, i: u32) -> PyResult<T> {
        let name = frame.code.deref_name(i).to_string();
        if frame.code.is_free(i) && !planted!(UnboundFreeIsUnboundLocal) {
            sites::hit(Site::LoadDerefUnboundFree);
            self.mark(crate::vm::features::Event::UnboundFree);
            let msg = self.sem.msgs.unbound_free(&name);
            self.err("NameError", msg)
        } else {
            sites::hit(Site::LoadDerefUnboundCell);
            self.mark(crate::vm::features::Event::UnboundLocal);
            let msg = self.sem.msgs.unbound_local(&name);
            self.err("UnboundLocalError", msg)
        }
    }

    /// 3.x class bodies: the class namespace first, then the cell.
    pub fn load_class_deref(&mut self, frame: &Rc<Frame>, i: u32) -> PyResult<PyRef> {
        let name = frame.code.deref_name(i).to_string();
        let locals = frame.locals.borrow().clone();
        if let Some(l) = locals {
            if let Some(v) = self.mapping_get_str(&l, &name)? {
                sites::hit(Site::ClassDerefNamespace);
                return Ok(v);
            }
        }
        sites::hit(Site::ClassDerefCell);
        self.load_deref(frame, i)
    }
}

/// Names in `sys.stdlib_module_names` that programs commonly forget to import.
const STDLIB_MODULES: &[&str] = &[
    "abc",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "base64",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "calendar",
    "cmath",
    "codecs",
    "collections",
    "contextlib",
    "copy",
    "csv",
    "ctypes",
    "dataclasses",
    "datetime",
    "decimal",
    "difflib",
    "dis",
    "email",
    "enum",
    "errno",
    "fnmatch",
    "fractions",
    "functools",
    "gc",
    "glob",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "importlib",
    "inspect",
    "io",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "marshal",
    "math",
    "mmap",
    "multiprocessing",
    "numbers",
    "opcode",
    "operator",
    "os",
    "pathlib",
    "pickle",
    "platform",
    "pprint",
    "queue",
    "random",
    "re",
    "reprlib",
    "secrets",
    "select",
    "shutil",
    "signal",
    "site",
    "socket",
    "sqlite3",
    "stat",
    "statistics",
    "string",
    "struct",
    "subprocess",
    "symtable",
    "sys",
    "tempfile",
    "textwrap",
    "threading",
    "time",
    "token",
    "tokenize",
    "traceback",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uuid",
    "warnings",
    "weakref",
    "xml",
    "zipfile",
    "zlib",
];

/// CPython's weights: insertion and deletion 2, substitution 2 (1 for a case-only change).
const MOVE: usize = 2;

/// The weighted edit distance from `a` to `b` if it is at most `max`, else `None`. Work
/// stops as soon as the bound is out of reach: every insertion or deletion costs `MOVE`, so
/// the length difference alone can rule a candidate out, and costs along a path never
/// decrease, so a row whose every entry exceeds `max` ends the search.
fn levenshtein_within(a: &[char], b: &str, max: usize, scratch: &mut Scratch) -> Option<usize> {
    scratch.b.clear();
    scratch.b.extend(b.chars());
    let b = &scratch.b;
    if a.len().abs_diff(b.len()) * MOVE > max {
        return None;
    }
    let prev = &mut scratch.prev;
    let cur = &mut scratch.cur;
    prev.clear();
    prev.extend((0..=b.len()).map(|j| j * MOVE));
    for i in 1..=a.len() {
        cur.clear();
        cur.push(i * MOVE);
        let mut row_min = i * MOVE;
        for j in 1..=b.len() {
            let sub = if a[i - 1] == b[j - 1] {
                0
            } else if same_ignoring_case(a[i - 1], b[j - 1]) {
                1
            } else {
                MOVE
            };
            let d = (prev[j - 1] + sub)
                .min(prev[j] + MOVE)
                .min(cur[j - 1] + MOVE);
            row_min = row_min.min(d);
            cur.push(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(prev, cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

fn same_ignoring_case(x: char, y: char) -> bool {
    if x.is_ascii() && y.is_ascii() {
        x.eq_ignore_ascii_case(&y)
    } else {
        x.to_lowercase().eq(y.to_lowercase())
    }
}

/// Buffers reused across the candidates of one search.
#[derive(Default)]
struct Scratch {
    b: Vec<char>,
    prev: Vec<usize>,
    cur: Vec<usize>,
}

/// The closest of `candidates` to `name` within CPython's distance bound; the first of
/// equally close ones.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let a: Vec<char> = name.chars().collect();
    let mut scratch = Scratch::default();
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let mut max = (name.len() + c.len() + 3) * 2 / 6;
        if let Some((bd, _)) = best {
            // Only a strictly closer candidate replaces the best one.
            match bd.checked_sub(1) {
                Some(m) => max = max.min(m),
                None => break,
            }
        }
        if let Some(d) = levenshtein_within(&a, c, max, &mut scratch) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// The dict a globals argument stands for: a dict, or the dict inside an instance of a dict
/// subclass. CPython's `PyDict_Check` accepts both and then reads globals with the
/// `PyDict_*` calls, which never call a subclass's methods (`__missing__` included).
pub fn dict_storage(o: &PyRef) -> Option<PyRef> {
    match &**o {
        PyObj::Dict(_) => Some(o.clone()),
        PyObj::Instance(i) => i
            .native
            .as_ref()
            .filter(|n| matches!(&***n, PyObj::Dict(_)))
            .cloned(),
        _ => None,
    }
}

/// The dict a frame's globals read and write through `PyDict_*` calls: the globals
/// themselves, or the dict inside an instance of a dict subclass.
pub fn globals_dict(globals: &PyRef) -> PyRef {
    dict_storage(globals).unwrap_or_else(|| globals.clone())
}

/// Whether the globals dict holds `name` (for `Event::UnboundShadowsGlobal`; runs no code).
pub fn globals_hold(globals: &PyRef, name: &str) -> bool {
    matches!(&*globals_dict(globals), PyObj::Dict(d) if d.borrow().get_str(name).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full distance table, without bounds.
    fn distance(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * MOVE).collect();
        for i in 1..=a.len() {
            let mut cur = vec![i * MOVE; b.len() + 1];
            for j in 1..=b.len() {
                let sub = if a[i - 1] == b[j - 1] {
                    0
                } else if a[i - 1].to_lowercase().eq(b[j - 1].to_lowercase()) {
                    1
                } else {
                    MOVE
                };
                cur[j] = (prev[j - 1] + sub)
                    .min(prev[j] + MOVE)
                    .min(cur[j - 1] + MOVE);
            }
            prev = cur;
        }
        prev[b.len()]
    }

    /// Every candidate measured in full: the first strictly closest within the bound.
    fn exhaustive<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let mut best: Option<(usize, &str)> = None;
        for &c in candidates {
            if c == name {
                continue;
            }
            let d = distance(name, c);
            if d > (name.len() + c.len() + 3) * 2 / 6 {
                continue;
            }
            if best.map(|(bd, _)| d < bd).unwrap_or(true) {
                best = Some((d, c));
            }
        }
        best.map(|(_, c)| c)
    }

    #[test]
    fn bounded_search_finds_what_the_exhaustive_one_does() {
        let words: Vec<&str> = "x xs y abs ab all any ascii len Len LEN lens print prnt pritn \
            Print range rnage ranges value values valeu counter Counter count x1 x_1 _x kw \
            kwargs args \u{e9}t\u{e9} \u{c9}t\u{c9} self elf a A aa aaa"
            .split_whitespace()
            .collect();
        for name in &words {
            for skip in 0..words.len() {
                // Rotations change which of equally close candidates comes first.
                let mut cands = words.clone();
                cands.rotate_left(skip);
                assert_eq!(
                    closest(name, cands.iter().copied()),
                    exhaustive(name, &cands),
                    "{name} in {cands:?}"
                );
            }
        }
    }
}
