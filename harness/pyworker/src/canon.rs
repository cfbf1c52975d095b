//! The canonicaliser of `harness/ref/sitecustomize.py`, in Rust, for the embedded worker.
//!
//! It writes exactly the records the Python canonicaliser writes (the same bytes: the rules are
//! that file's docstring, followed here in the same order), walking the value with the C API
//! instead of Python bytecode, so a probe costs a few hundred nanoseconds instead of several
//! microseconds. `sitecustomize._make_observer(write, native)` wraps [`Canon::observe`] in a
//! Python function of the same name as its own, so the builtin `__observe__` a case sees is the
//! same kind of object as in a reference run; the end record (once per case) stays in Python.
//!
//! Like the Python walk it never runs user code: types are compared by pointer, subclass tests
//! are `PyType_IsSubtype` (what `issubclass` does for these metaclass-free builtin types),
//! containers are read through their C storage, and the few Python-level helpers it calls
//! (descriptor getters, `float.__repr__`, ...) are the same objects the Python walk binds at
//! start-up. The recursion is bounded by the nesting cap.

use std::collections::HashMap;
use std::ffi::CStr;
use std::fmt::Write as _;
use std::fs::File;
use std::io::Write as _;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::ptr::addr_of_mut;

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

const NODE_CAP: usize = 2000;
const MAX_NESTING: usize = 30;
const INSTANCE_DEPTH: usize = 2;
const INT_DECIMAL_MAX_BITS: u64 = 4000;
const TRUNCATED: &str = r#"{"t":"truncated"}"#;

/// The Python objects the walk borrows from the interpreter: the same expressions as in
/// `_make_observer`.
const HELPERS: &CStr = cr#"
import sys
tdict = type.__dict__
type_mro = tdict['__mro__'].__get__
type_ns = tdict['__dict__'].__get__
getset_type = type(tdict['__dict__'])
def _function():
    return None
def _cell_maker():
    x = None
    def inner():
        return x
    return inner
class _Probe(object):
    def method(self):
        return None
def _frame_locals_type():
    return type(sys._getframe().f_locals)
function_type = type(_function)
builtin_type = type(len)
method_type = type(_Probe().method)
code_type = type(_function.__code__)
cell_type = type(_cell_maker().__closure__[0])
cell_get = cell_type.__dict__['cell_contents'].__get__
module_ns = type(sys).__dict__['__dict__'].__get__
mapping_proxy_type = type(type_ns(_Probe))
proxy_type = _frame_locals_type()
if proxy_type is dict:
    proxy_type = None
func_name = function_type.__dict__['__qualname__'].__get__
builtin_name = builtin_type.__dict__['__qualname__'].__get__
method_func = method_type.__dict__['__func__'].__get__
builtins_ns = sys.modules['builtins'].__dict__
float_repr = float.__repr__
complex_repr = complex.__repr__
int_repr = int.__repr__
int_format = int.__format__
int_bit_length = int.bit_length
set_iter = set.__iter__
frozenset_iter = frozenset.__iter__
get_int_digits = getattr(sys, 'get_int_max_str_digits', None)
set_int_digits = getattr(sys, 'set_int_max_str_digits', None)
make_os_error = OSError
strerror = __import__('os').strerror
"#;

/// Python objects the walk calls or compares with.
struct Helpers {
    type_mro: Py<PyAny>,
    type_ns: Py<PyAny>,
    getset_type: Py<PyAny>,
    function_type: Py<PyAny>,
    builtin_type: Py<PyAny>,
    method_type: Py<PyAny>,
    code_type: Py<PyAny>,
    cell_type: Py<PyAny>,
    cell_get: Py<PyAny>,
    module_ns: Py<PyAny>,
    mapping_proxy_type: Py<PyAny>,
    proxy_type: Option<Py<PyAny>>,
    func_name: Py<PyAny>,
    builtin_name: Py<PyAny>,
    method_func: Py<PyAny>,
    builtins_ns: Py<PyAny>,
    float_repr: Py<PyAny>,
    complex_repr: Py<PyAny>,
    int_repr: Py<PyAny>,
    int_format: Py<PyAny>,
    int_bit_length: Py<PyAny>,
    set_iter: Py<PyAny>,
    frozenset_iter: Py<PyAny>,
    get_int_digits: Option<Py<PyAny>>,
    set_int_digits: Option<Py<PyAny>>,
    make_os_error: Py<PyAny>,
    strerror: Py<PyAny>,
}

impl Helpers {
    fn new(py: Python<'_>) -> PyResult<Helpers> {
        let ns = PyDict::new(py);
        ns.set_item("__builtins__", PyModule::import(py, "builtins")?)?;
        py.run(HELPERS, Some(&ns), None)?;
        let get = |name: &str| -> PyResult<Py<PyAny>> {
            ns.get_item(name)?
                .map(Bound::unbind)
                .ok_or_else(|| PyTypeError::new_err(format!("canon helper {name} missing")))
        };
        let optional = |name: &str| -> PyResult<Option<Py<PyAny>>> {
            Ok(ns
                .get_item(name)?
                .filter(|v| !v.is_none())
                .map(Bound::unbind))
        };
        Ok(Helpers {
            type_mro: get("type_mro")?,
            type_ns: get("type_ns")?,
            getset_type: get("getset_type")?,
            function_type: get("function_type")?,
            builtin_type: get("builtin_type")?,
            method_type: get("method_type")?,
            code_type: get("code_type")?,
            cell_type: get("cell_type")?,
            cell_get: get("cell_get")?,
            module_ns: get("module_ns")?,
            mapping_proxy_type: get("mapping_proxy_type")?,
            proxy_type: optional("proxy_type")?,
            func_name: get("func_name")?,
            builtin_name: get("builtin_name")?,
            method_func: get("method_func")?,
            builtins_ns: get("builtins_ns")?,
            float_repr: get("float_repr")?,
            complex_repr: get("complex_repr")?,
            int_repr: get("int_repr")?,
            int_format: get("int_format")?,
            int_bit_length: get("int_bit_length")?,
            set_iter: get("set_iter")?,
            frozenset_iter: get("frozenset_iter")?,
            get_int_digits: optional("get_int_digits")?,
            set_int_digits: optional("set_int_digits")?,
            make_os_error: get("make_os_error")?,
            strerror: get("strerror")?,
        })
    }
}

/// Pointers of the builtin types the walk tests against.
struct Types {
    bool_: *mut ffi::PyTypeObject,
    int: *mut ffi::PyTypeObject,
    float: *mut ffi::PyTypeObject,
    complex: *mut ffi::PyTypeObject,
    str_: *mut ffi::PyTypeObject,
    bytes: *mut ffi::PyTypeObject,
    tuple: *mut ffi::PyTypeObject,
    dict: *mut ffi::PyTypeObject,
    list: *mut ffi::PyTypeObject,
    set: *mut ffi::PyTypeObject,
    frozenset: *mut ffi::PyTypeObject,
    type_: *mut ffi::PyTypeObject,
    module: *mut ffi::PyTypeObject,
}

impl Types {
    fn new() -> Types {
        {
            Types {
                bool_: addr_of_mut!(ffi::PyBool_Type),
                int: addr_of_mut!(ffi::PyLong_Type),
                float: addr_of_mut!(ffi::PyFloat_Type),
                complex: addr_of_mut!(ffi::PyComplex_Type),
                str_: addr_of_mut!(ffi::PyUnicode_Type),
                bytes: addr_of_mut!(ffi::PyBytes_Type),
                tuple: addr_of_mut!(ffi::PyTuple_Type),
                dict: addr_of_mut!(ffi::PyDict_Type),
                list: addr_of_mut!(ffi::PyList_Type),
                set: addr_of_mut!(ffi::PySet_Type),
                frozenset: addr_of_mut!(ffi::PyFrozenSet_Type),
                type_: addr_of_mut!(ffi::PyType_Type),
                module: addr_of_mut!(ffi::PyModule_Type),
            }
        }
    }
}

/// The walk's state across the probes of one case: identity ordinals (and the values they
/// name, kept alive so that no address is reused), plus caches of type names.
pub struct Canon {
    helpers: Helpers,
    types: Types,
    probe_fd: i32,
    ids: HashMap<usize, usize>,
    keep: Vec<Py<PyAny>>,
    /// Quoted names of static (non-heap) types, whose names cannot change.
    type_texts: HashMap<usize, String>,
    nodes: usize,
    out: String,
}

// SAFETY: the raw type pointers name immortal static type objects; every use of a Canon
// happens with the GIL held (it sits behind a Mutex in closures Python calls).
unsafe impl Send for Canon {}

impl Canon {
    pub fn new(py: Python<'_>, probe_fd: i32) -> PyResult<Canon> {
        Ok(Canon {
            helpers: Helpers::new(py)?,
            types: Types::new(),
            probe_fd,
            ids: HashMap::new(),
            keep: Vec::new(),
            type_texts: HashMap::new(),
            nodes: 0,
            out: String::new(),
        })
    }

    /// Forgets every identity met so far (between cases).
    pub fn reset(&mut self) {
        self.ids.clear();
        self.keep.clear();
    }

    /// `__observe__(label, value)`: one probe record on the probe descriptor.
    pub fn observe(&mut self, label: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let lt = label.get_type();
        if !(self.sub(lt.as_type_ptr(), self.types.str_)
            || self.sub(lt.as_type_ptr(), self.types.bytes))
        {
            return Err(PyTypeError::new_err("__observe__ label must be a string"));
        }
        self.out.clear();
        self.nodes = 0;
        self.out.push_str(r#"{"probe":{"label":"#);
        let label_text = self.quote(label)?;
        self.out.push_str(&label_text);
        self.out.push_str(r#","value":"#);
        self.value(value, 0, 0)?;
        self.out.push_str("}}\n");
        self.write_out(value.py())
    }

    fn write_out(&self, py: Python<'_>) -> PyResult<()> {
        // SAFETY: the probe descriptor stays open for the worker's life; ManuallyDrop keeps
        // this File from closing it.
        let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(self.probe_fd) });
        match file.write_all(self.out.as_bytes()) {
            Ok(()) => Ok(()),
            Err(e) => {
                // What os.write raises: OSError(errno, strerror), a subclass picked by errno.
                let code = e.raw_os_error().unwrap_or(5);
                let message = self.helpers.strerror.bind(py).call1((code,))?;
                let err = self.helpers.make_os_error.bind(py).call1((code, message))?;
                Err(PyErr::from_value(err))
            }
        }
    }

    fn sub(&self, t: *mut ffi::PyTypeObject, base: *mut ffi::PyTypeObject) -> bool {
        // SAFETY: both are live type objects.
        t == base || unsafe { ffi::PyType_IsSubtype(t, base) } != 0
    }

    fn is(&self, t: *mut ffi::PyTypeObject, other: &Py<PyAny>) -> bool {
        t.cast::<ffi::PyObject>() == other.as_ptr()
    }

    /// `quote(type_name(t))`.
    fn type_text(&mut self, t: &Bound<'_, pyo3::types::PyType>) -> PyResult<String> {
        let ptr = t.as_type_ptr();
        // SAFETY: reading the flags of a live type.
        let heap = unsafe { ffi::PyType_GetFlags(ptr) } & ffi::Py_TPFLAGS_HEAPTYPE != 0;
        if !heap {
            if let Some(text) = self.type_texts.get(&(ptr as usize)) {
                return Ok(text.clone());
            }
        }
        // SAFETY: PyType_GetQualName returns a new reference or NULL with an exception set.
        let name = unsafe { Bound::from_owned_ptr_or_err(t.py(), ffi::PyType_GetQualName(ptr))? };
        let text = self.quote(&name)?;
        if !heap {
            self.type_texts.insert(ptr as usize, text.clone());
        }
        Ok(text)
    }

    /// A JSON string literal for a str or bytes (exact or subclass), as `quote` writes it.
    fn quote(&self, obj: &Bound<'_, PyAny>) -> PyResult<String> {
        let t = obj.get_type().as_type_ptr();
        let mut out = String::with_capacity(16);
        out.push('"');
        if self.sub(t, self.types.bytes) {
            // SAFETY: obj is a bytes (or subclass) instance: its buffer and size are valid.
            let data = unsafe {
                let ptr = ffi::PyBytes_AsString(obj.as_ptr());
                let len = ffi::PyBytes_Size(obj.as_ptr());
                std::slice::from_raw_parts(ptr.cast::<u8>(), len as usize)
            };
            // bytes.decode('utf-8', 'backslashreplace'): each invalid byte as the text \xNN.
            for chunk in data.utf8_chunks() {
                escape_into(&mut out, chunk.valid());
                for byte in chunk.invalid() {
                    let _ = write!(out, "\\\\x{byte:02x}");
                }
            }
        } else {
            let mut size: ffi::Py_ssize_t = 0;
            // SAFETY: obj is a str (or subclass) instance.
            let ptr = unsafe { ffi::PyUnicode_AsUTF8AndSize(obj.as_ptr(), &mut size) };
            if ptr.is_null() {
                // Lone surrogates: escaped, then each surrogate written as the text \udNNN.
                let _ = PyErr::take(obj.py());
                // SAFETY: reading the code points of a live str.
                let len = unsafe { ffi::PyUnicode_GetLength(obj.as_ptr()) };
                for i in 0..len {
                    let code = unsafe { ffi::PyUnicode_ReadChar(obj.as_ptr(), i) };
                    match char::from_u32(code) {
                        Some(ch) => escape_char(&mut out, ch),
                        None => {
                            let _ = write!(out, "\\\\u{code:04x}");
                        }
                    }
                }
            } else {
                // SAFETY: PyUnicode_AsUTF8AndSize gives `size` bytes of valid UTF-8.
                let text = unsafe {
                    std::str::from_utf8_unchecked(std::slice::from_raw_parts(
                        ptr.cast::<u8>(),
                        size as usize,
                    ))
                };
                escape_into(&mut out, text);
            }
        }
        out.push('"');
        Ok(out)
    }

    fn register(&mut self, obj: &Bound<'_, PyAny>) -> Result<usize, usize> {
        let key = obj.as_ptr() as usize;
        if let Some(ordinal) = self.ids.get(&key) {
            return Err(*ordinal);
        }
        self.keep.push(obj.clone().unbind());
        let ordinal = self.keep.len();
        self.ids.insert(key, ordinal);
        Ok(ordinal)
    }

    /// One value at `level` enclosing containers and `depth` enclosing instances.
    fn value(&mut self, obj: &Bound<'_, PyAny>, depth: usize, level: usize) -> PyResult<()> {
        if self.nodes >= NODE_CAP || level > MAX_NESTING {
            self.out.push_str(TRUNCATED);
            return Ok(());
        }
        self.nodes += 1;
        let py = obj.py();
        if obj.is_none() {
            self.out.push_str(r#"{"t":"none"}"#);
            return Ok(());
        }
        let ty = obj.get_type();
        let t = ty.as_type_ptr();
        let types = &self.types;
        if t == types.bool_ {
            // SAFETY: comparing with the True singleton.
            let truth = obj.as_ptr() == unsafe { ffi::Py_True() };
            self.out.push_str(if truth {
                r#"{"t":"bool","v":true}"#
            } else {
                r#"{"t":"bool","v":false}"#
            });
            return Ok(());
        }
        let (int, float, complex, str_, bytes, tuple) = (
            types.int,
            types.float,
            types.complex,
            types.str_,
            types.bytes,
            types.tuple,
        );
        if self.sub(t, int) {
            let text = self.type_text(&ty)?;
            let digits = self.int_text(obj)?;
            let _ = write!(self.out, r#"{{"t":"int","ty":{text},"v":"{digits}"}}"#);
            return Ok(());
        }
        if self.sub(t, float) || self.sub(t, complex) {
            let (kind, repr) = if self.sub(t, float) {
                ("float", &self.helpers.float_repr)
            } else {
                ("complex", &self.helpers.complex_repr)
            };
            let repr: String = repr.bind(py).call1((obj,))?.extract()?;
            let text = self.type_text(&ty)?;
            let _ = write!(self.out, r#"{{"t":"{kind}","ty":{text},"v":"{repr}"}}"#);
            return Ok(());
        }
        if self.sub(t, str_) || self.sub(t, bytes) {
            let text = self.type_text(&ty)?;
            let quoted = self.quote(obj)?;
            let _ = write!(self.out, r#"{{"t":"str","ty":{text},"v":{quoted}}}"#);
            return Ok(());
        }
        if self.sub(t, tuple) {
            let text = self.type_text(&ty)?;
            let _ = write!(self.out, r#"{{"t":"tuple","ty":{text},"items":["#);
            // SAFETY: obj is a tuple (or subclass): its items are its C storage.
            let items: Vec<Bound<'_, PyAny>> = unsafe {
                let n = ffi::PyTuple_Size(obj.as_ptr());
                (0..n)
                    .map(|i| Bound::from_borrowed_ptr(py, ffi::PyTuple_GetItem(obj.as_ptr(), i)))
                    .collect()
            };
            self.items(&items, depth, level + 1)?;
            self.out.push('}');
            return Ok(());
        }
        // Everything below has identity.
        let ordinal = match self.register(obj) {
            Ok(ordinal) => ordinal,
            Err(seen) => {
                let _ = write!(self.out, r#"{{"t":"ref","id":{seen}}}"#);
                return Ok(());
            }
        };
        if obj.as_ptr() == self.helpers.builtins_ns.as_ptr() {
            let _ = write!(self.out, r#"{{"t":"other","ty":"dict","id":{ordinal}}}"#);
            return Ok(());
        }
        let pairs = if self.sub(t, self.types.dict) {
            Some(dict_items(obj))
        } else if self.is(t, &self.helpers.mapping_proxy_type)
            || self
                .helpers
                .proxy_type
                .as_ref()
                .is_some_and(|p| self.is(t, p))
        {
            let listed = ty.getattr("items")?.call1((obj,))?;
            let mut pairs = Vec::new();
            for pair in listed.try_iter()? {
                let pair = pair?;
                pairs.push((pair.get_item(0)?, pair.get_item(1)?));
            }
            Some(pairs)
        } else {
            None
        };
        if let Some(pairs) = pairs {
            let text = self.type_text(&ty)?;
            let _ = write!(
                self.out,
                r#"{{"t":"map","ty":{text},"id":{ordinal},"items":["#
            );
            self.pairs(&pairs, depth, level + 1)?;
            self.out.push('}');
            return Ok(());
        }
        let seq = if self.sub(t, self.types.list) {
            // SAFETY: obj is a list (or subclass): a snapshot of its C storage.
            Some(unsafe {
                let n = ffi::PyList_Size(obj.as_ptr());
                (0..n)
                    .map(|i| Bound::from_borrowed_ptr(py, ffi::PyList_GetItem(obj.as_ptr(), i)))
                    .collect::<Vec<_>>()
            })
        } else if self.sub(t, self.types.set) || self.sub(t, self.types.frozenset) {
            let iter = if self.sub(t, self.types.set) {
                &self.helpers.set_iter
            } else {
                &self.helpers.frozenset_iter
            };
            let iter = iter.bind(py).call1((obj,))?;
            let mut items = Vec::new();
            for item in iter.try_iter()? {
                items.push(item?);
            }
            Some(items)
        } else {
            None
        };
        if let Some(items) = seq {
            let text = self.type_text(&ty)?;
            let _ = write!(
                self.out,
                r#"{{"t":"seq","ty":{text},"id":{ordinal},"items":["#
            );
            self.items(&items, depth, level + 1)?;
            self.out.push('}');
            return Ok(());
        }
        let h = &self.helpers;
        if self.is(t, &h.function_type) || self.is(t, &h.builtin_type) || self.is(t, &h.method_type)
        {
            let text = self.type_text(&ty)?;
            let name = self.callable_name(obj)?;
            let name = self.quote(&name)?;
            let _ = write!(
                self.out,
                r#"{{"t":"function","ty":{text},"id":{ordinal},"name":{name}}}"#
            );
            return Ok(());
        }
        if self.sub(t, self.types.type_) {
            let text = self.type_text(&ty)?;
            // SAFETY: obj is a type; PyType_GetQualName returns a new reference or NULL.
            let name = unsafe {
                Bound::from_owned_ptr_or_err(py, ffi::PyType_GetQualName(obj.as_ptr().cast()))?
            };
            let name = self.quote(&name)?;
            let _ = write!(
                self.out,
                r#"{{"t":"class","ty":{text},"id":{ordinal},"name":{name}}}"#
            );
            return Ok(());
        }
        if self.is(t, &self.helpers.cell_type) {
            let _ = write!(self.out, r#"{{"t":"cell","id":{ordinal},"contents":"#);
            match self.helpers.cell_get.bind(py).call1((obj,)) {
                Ok(contents) => {
                    self.value(&contents, depth, level + 1)?;
                    self.out.push('}');
                }
                Err(e) if e.is_instance_of::<pyo3::exceptions::PyValueError>(py) => {
                    self.out.push_str("null}");
                }
                Err(e) => return Err(e),
            }
            return Ok(());
        }
        if self.sub(t, self.types.module) {
            let ns = self.helpers.module_ns.bind(py).call1((obj,))?;
            let name = ns.cast::<PyDict>()?.get_item("__name__")?;
            let name = match name {
                Some(name) => {
                    let nt = name.get_type().as_type_ptr();
                    if self.sub(nt, self.types.str_) || self.sub(nt, self.types.bytes) {
                        self.quote(&name)?
                    } else {
                        "\"?\"".to_string()
                    }
                }
                None => "\"?\"".to_string(),
            };
            let _ = write!(self.out, r#"{{"t":"module","id":{ordinal},"name":{name}}}"#);
            return Ok(());
        }
        if self.is(t, &self.helpers.code_type) {
            let name = obj.getattr("co_name")?;
            let name = self.quote(&name)?;
            let _ = write!(self.out, r#"{{"t":"code","id":{ordinal},"name":{name}}}"#);
            return Ok(());
        }
        // SAFETY: reading the flags of a live type.
        let heap = unsafe { ffi::PyType_GetFlags(t) } & ffi::Py_TPFLAGS_HEAPTYPE != 0;
        let text = self.type_text(&ty)?;
        if !heap {
            let _ = write!(self.out, r#"{{"t":"other","ty":{text},"id":{ordinal}}}"#);
            return Ok(());
        }
        let _ = write!(
            self.out,
            r#"{{"t":"instance","ty":{text},"id":{ordinal},"attrs":"#
        );
        let attrs = self.instance_dict(obj, &ty)?;
        match attrs {
            Some(attrs) if depth <= INSTANCE_DEPTH => {
                self.out.push('[');
                let pairs = dict_items(&attrs);
                self.pairs(&pairs, depth + 1, level + 1)?;
                self.out.push('}');
            }
            _ => self.out.push_str("null}"),
        }
        Ok(())
    }

    /// The items of a container and its closing bracket, items at `level`.
    fn items(&mut self, items: &[Bound<'_, PyAny>], depth: usize, level: usize) -> PyResult<()> {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            if self.nodes >= NODE_CAP {
                self.out.push_str(TRUNCATED);
                break;
            }
            self.value(item, depth, level)?;
        }
        self.out.push(']');
        Ok(())
    }

    /// The pairs of a map and its closing bracket, keys and values at `level`.
    fn pairs(
        &mut self,
        pairs: &[(Bound<'_, PyAny>, Bound<'_, PyAny>)],
        depth: usize,
        level: usize,
    ) -> PyResult<()> {
        for (i, (key, val)) in pairs.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            if self.nodes >= NODE_CAP {
                self.out.push('[');
                self.out.push_str(TRUNCATED);
                self.out.push(',');
                self.out.push_str(TRUNCATED);
                self.out.push(']');
                break;
            }
            self.out.push('[');
            self.value(key, depth, level)?;
            self.out.push(',');
            self.value(val, depth, level)?;
            self.out.push(']');
        }
        self.out.push(']');
        Ok(())
    }

    /// `int_text`: decimal up to INT_DECIMAL_MAX_BITS bits, else hex.
    fn int_text(&self, obj: &Bound<'_, PyAny>) -> PyResult<String> {
        let mut overflow = 0;
        // SAFETY: obj is an int (or subclass); no user code runs for those.
        let small = unsafe { ffi::PyLong_AsLongLongAndOverflow(obj.as_ptr(), &mut overflow) };
        if overflow == 0 && (small != -1 || PyErr::take(obj.py()).is_none()) {
            return Ok(small.to_string());
        }
        let py = obj.py();
        let h = &self.helpers;
        let bits: u64 = h.int_bit_length.bind(py).call1((obj,))?.extract()?;
        if bits > INT_DECIMAL_MAX_BITS {
            let digits: String = h.int_format.bind(py).call1((obj, "x"))?.extract()?;
            return Ok(match digits.strip_prefix('-') {
                Some(rest) => format!("-0x{rest}"),
                None => format!("0x{digits}"),
            });
        }
        match h.int_repr.bind(py).call1((obj,)) {
            Ok(text) => text.extract(),
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyValueError>(py) => {
                // The program lowered sys.set_int_max_str_digits below our bound.
                let (Some(get), Some(set)) = (&h.get_int_digits, &h.set_int_digits) else {
                    return Err(e);
                };
                let limit = get.bind(py).call0()?;
                set.bind(py).call1((0,))?;
                let text = h.int_repr.bind(py).call1((obj,));
                set.bind(py).call1((limit,))?;
                text?.extract()
            }
            Err(e) => Err(e),
        }
    }

    fn callable_name<'py>(&self, f: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = f.py();
        let ty = f.get_type();
        let t = ty.as_type_ptr();
        let h = &self.helpers;
        if self.is(t, &h.function_type) {
            return h.func_name.bind(py).call1((f,));
        }
        if self.is(t, &h.builtin_type) {
            return h.builtin_name.bind(py).call1((f,));
        }
        if self.is(t, &h.method_type) {
            let func = h.method_func.bind(py).call1((f,))?;
            return self.callable_name(&func);
        }
        // SAFETY: PyType_GetQualName returns a new reference or NULL with an exception set.
        unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyType_GetQualName(t)) }
    }

    /// The instance dict read through the builtin `__dict__` getset descriptor, when the first
    /// `__dict__` in the type's MRO is one.
    fn instance_dict<'py>(
        &self,
        obj: &Bound<'py, PyAny>,
        ty: &Bound<'py, pyo3::types::PyType>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        let py = obj.py();
        let h = &self.helpers;
        let mro = h.type_mro.bind(py).call1((ty,))?;
        for klass in mro.cast::<PyTuple>()?.iter() {
            let ns = h.type_ns.bind(py).call1((&klass,))?;
            if ns.contains("__dict__")? {
                let desc = ns.get_item("__dict__")?;
                if desc.get_type().as_ptr() == h.getset_type.as_ptr() {
                    let d = desc.call_method1("__get__", (obj, ty))?;
                    if d.get_type().as_type_ptr() == self.types.dict {
                        return Ok(Some(d));
                    }
                }
                return Ok(None);
            }
        }
        Ok(None)
    }
}

/// `list(dict.items(obj))` for a dict or subclass: its C storage, in order.
fn dict_items<'py>(obj: &Bound<'py, PyAny>) -> Vec<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    let py = obj.py();
    let mut pairs = Vec::new();
    let mut pos: ffi::Py_ssize_t = 0;
    let mut key = std::ptr::null_mut();
    let mut val = std::ptr::null_mut();
    // SAFETY: obj is a dict (or subclass); PyDict_Next hands out borrowed references, which
    // are turned into owned ones before anything else runs.
    unsafe {
        while ffi::PyDict_Next(obj.as_ptr(), &mut pos, &mut key, &mut val) != 0 {
            pairs.push((
                Bound::from_borrowed_ptr(py, key),
                Bound::from_borrowed_ptr(py, val),
            ));
        }
    }
    pairs
}

/// JSON escapes as the Python canonicaliser writes them: control characters as \u00XX (but
/// \n, \t, \r), the quote and the backslash; everything else as it is.
fn escape_into(out: &mut String, text: &str) {
    if !text.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        out.push_str(text);
        return;
    }
    for ch in text.chars() {
        escape_char(out, ch);
    }
}

fn escape_char(out: &mut String, ch: char) {
    match ch {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c if (c as u32) < 0x20 => {
            let _ = write!(out, "\\u{:04x}", c as u32);
        }
        c => out.push(c),
    }
}

/// The builtin-level callables `(observe, reset)` that `_make_observer(write, native)` wraps.
pub fn natives(py: Python<'_>, probe_fd: i32) -> PyResult<Bound<'_, PyTuple>> {
    let canon = std::sync::Arc::new(std::sync::Mutex::new(Canon::new(py, probe_fd)?));
    let for_observe = std::sync::Arc::clone(&canon);
    let observe = pyo3::types::PyCFunction::new_closure(
        py,
        Some(c"observe"),
        None,
        move |args: &Bound<'_, PyTuple>,
              _kwargs: Option<&Bound<'_, PyDict>>|
              -> PyResult<Py<PyAny>> {
            let label = args.get_item(0)?;
            let value = args.get_item(1)?;
            // The walk runs no Python code, so it is never re-entered; a failed try_lock (a
            // poisoned lock) is an error rather than a deadlock.
            let mut canon = for_observe
                .try_lock()
                .map_err(|_| PyRuntimeError::new_err("__observe__ canonicaliser unavailable"))?;
            canon.observe(&label, &value)?;
            Ok(args.py().None())
        },
    )?;
    let reset = pyo3::types::PyCFunction::new_closure(
        py,
        Some(c"reset"),
        None,
        move |args: &Bound<'_, PyTuple>,
              _kwargs: Option<&Bound<'_, PyDict>>|
              -> PyResult<Py<PyAny>> {
            let mut canon = canon
                .try_lock()
                .map_err(|_| PyRuntimeError::new_err("__observe__ canonicaliser unavailable"))?;
            canon.reset();
            Ok(args.py().None())
        },
    )?;
    PyTuple::new(py, [observe.into_any(), reset.into_any()])
}
