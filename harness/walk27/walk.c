/* execdiff's fast probe walk for the CPython 2.7 script worker.
 *
 * harness/ref/sitecustomize.py canonicalises probe values in Python, which on 2.7 costs
 * several microseconds per probe: most of the 2.7 worker's overhead. This extension writes,
 * byte for byte, what that canonicaliser writes for the values generated programs probe
 * most: exact None, bool, int, str and unicode made of ASCII characters, tuple, dict, list,
 * function, and references to dicts, lists and functions met before. For anything else
 * (another type, a non-ASCII string, the node or nesting cap) it gives up and returns None,
 * having undone the identities it registered, and the Python walk writes the whole value.
 * It shares the Python walk's identity table (`ids`: id(obj) -> ordinal, `keep`: the objects
 * in ordinal order), so ordinals stay one sequence across both walks.
 *
 * The pool builds it per interpreter (src/target/walk27.rs) and the script worker loads it
 * (worker.py, `--walk PATH`); a reference run never does. Like the Python walk it runs no user
 * code: only exact builtin types are read, through their C storage.
 */
#include <Python.h>
#include <unistd.h>

#define NODE_CAP 2000
#define MAX_NESTING 30

typedef struct {
    char *data;
    Py_ssize_t len, cap;
    PyObject *ids, *keep, *builtins_ns;
    long nodes;
} Out;

/* -1: out of memory (exception set); 0: gave up (no exception); 1: written. */
#define GAVE_UP 0
#define WRITTEN 1

static int put(Out *o, const char *s, Py_ssize_t n) {
    if (o->len + n > o->cap) {
        Py_ssize_t cap = o->cap * 2 + n + 256;
        char *data = PyMem_Realloc(o->data, cap);
        if (data == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        o->data = data;
        o->cap = cap;
    }
    memcpy(o->data + o->len, s, n);
    o->len += n;
    return WRITTEN;
}

static int puts_(Out *o, const char *s) { return put(o, s, (Py_ssize_t)strlen(s)); }

/* A JSON string literal of ASCII text as quote() writes it: control characters as \u00XX
 * (but \n, \t, \r), the quote and the backslash escaped, everything else as it is. */
static int quote_ascii(Out *o, const char *s, Py_ssize_t n) {
    Py_ssize_t i;
    char buf[8];
    if (put(o, "\"", 1) < 0) return -1;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int r;
        if (c == '"') r = put(o, "\\\"", 2);
        else if (c == '\\') r = put(o, "\\\\", 2);
        else if (c == '\n') r = put(o, "\\n", 2);
        else if (c == '\t') r = put(o, "\\t", 2);
        else if (c == '\r') r = put(o, "\\r", 2);
        else if (c < 0x20) {
            PyOS_snprintf(buf, sizeof buf, "\\u%04x", c);
            r = put(o, buf, 6);
        } else r = put(o, (const char *)&s[i], 1);
        if (r < 0) return -1;
    }
    return put(o, "\"", 1);
}

/* GAVE_UP unless every byte is ASCII. */
static int quote_bytes(Out *o, PyObject *s) {
    const char *data = PyString_AS_STRING(s);
    Py_ssize_t i, n = PyString_GET_SIZE(s);
    for (i = 0; i < n; i++)
        if ((unsigned char)data[i] >= 0x80) return GAVE_UP;
    return quote_ascii(o, data, n);
}

static int quote_unicode(Out *o, PyObject *s) {
    Py_UNICODE *u = PyUnicode_AS_UNICODE(s);
    Py_ssize_t i, n = PyUnicode_GET_SIZE(s);
    char *ascii;
    int r;
    for (i = 0; i < n; i++)
        if (u[i] >= 0x80) return GAVE_UP;
    ascii = PyMem_Malloc(n + 1);
    if (ascii == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (i = 0; i < n; i++) ascii[i] = (char)u[i];
    r = quote_ascii(o, ascii, n);
    PyMem_Free(ascii);
    return r;
}

/* The ordinal of a value met before, 0 if new (then registered and its ordinal stored in
 * *ordinal), -1 on error. */
static long identity(Out *o, PyObject *obj, long *ordinal) {
    PyObject *key = PyLong_FromVoidPtr(obj), *found, *value;
    if (key == NULL) return -1;
    found = PyDict_GetItem(o->ids, key);
    if (found != NULL) {
        Py_DECREF(key);
        return PyInt_AsLong(found);
    }
    if (PyList_Append(o->keep, obj) < 0) {
        Py_DECREF(key);
        return -1;
    }
    *ordinal = (long)PyList_GET_SIZE(o->keep);
    value = PyInt_FromLong(*ordinal);
    if (value == NULL || PyDict_SetItem(o->ids, key, value) < 0) {
        Py_XDECREF(value);
        Py_DECREF(key);
        return -1;
    }
    Py_DECREF(value);
    Py_DECREF(key);
    return 0;
}

static int value(Out *o, PyObject *obj, int level);

/* Whether the Python walk writes instances of `t` as "other": a static type that none of its
 * earlier rules (numbers, strings, tuples, maps, sequences, callables, classes, cells, modules,
 * code, instances) claims. */
static int is_other(PyTypeObject *t) {
    static PyTypeObject *subtypes[] = {&PyInt_Type, &PyLong_Type, &PyFloat_Type, &PyComplex_Type,
                                       &PyUnicode_Type, &PyString_Type, &PyTuple_Type, &PyDict_Type,
                                       &PyList_Type, &PySet_Type, &PyFrozenSet_Type, &PyType_Type,
                                       &PyModule_Type};
    static PyTypeObject *exact[] = {&PyDictProxy_Type, &PyFunction_Type, &PyCFunction_Type,
                                    &PyMethod_Type, &PyClass_Type, &PyCell_Type, &PyCode_Type,
                                    &PyInstance_Type};
    size_t i;
    if (PyType_HasFeature(t, Py_TPFLAGS_HEAPTYPE)) return 0;
    for (i = 0; i < sizeof subtypes / sizeof *subtypes; i++)
        if (PyType_IsSubtype(t, subtypes[i])) return 0;
    for (i = 0; i < sizeof exact / sizeof *exact; i++)
        if (t == exact[i]) return 0;
    return 1;
}

static int items(Out *o, PyObject **v, Py_ssize_t n, int level) {
    Py_ssize_t i;
    for (i = 0; i < n; i++) {
        int r;
        if (i && put(o, ",", 1) < 0) return -1;
        r = value(o, v[i], level);
        if (r != WRITTEN) return r;
    }
    return put(o, "]", 1);
}

static int value(Out *o, PyObject *obj, int level) {
    PyTypeObject *t = Py_TYPE(obj);
    char buf[96];
    long seen, ordinal = 0;
    if (o->nodes >= NODE_CAP || level > MAX_NESTING) return GAVE_UP;
    o->nodes++;
    if (obj == Py_None) return puts_(o, "{\"t\":\"none\"}");
    if (t == &PyBool_Type)
        return puts_(o, obj == Py_True ? "{\"t\":\"bool\",\"v\":true}" : "{\"t\":\"bool\",\"v\":false}");
    if (t == &PyInt_Type) {
        PyOS_snprintf(buf, sizeof buf, "{\"t\":\"int\",\"ty\":\"int\",\"v\":\"%ld\"}",
                      PyInt_AS_LONG(obj));
        return puts_(o, buf);
    }
    if (t == &PyString_Type) {
        int r;
        if (puts_(o, "{\"t\":\"str\",\"ty\":\"str\",\"v\":") < 0) return -1;
        r = quote_bytes(o, obj);
        if (r != WRITTEN) return r;
        return put(o, "}", 1);
    }
    if (t == &PyUnicode_Type) {
        int r;
        if (puts_(o, "{\"t\":\"str\",\"ty\":\"unicode\",\"v\":") < 0) return -1;
        r = quote_unicode(o, obj);
        if (r != WRITTEN) return r;
        return put(o, "}", 1);
    }
    if (t == &PyTuple_Type) {
        int r;
        if (puts_(o, "{\"t\":\"tuple\",\"ty\":\"tuple\",\"items\":[") < 0) return -1;
        r = items(o, &PyTuple_GET_ITEM(obj, 0), PyTuple_GET_SIZE(obj), level + 1);
        if (r != WRITTEN) return r;
        return put(o, "}", 1);
    }
    if (t != &PyDict_Type && t != &PyList_Type && t != &PyFunction_Type && t != &PySet_Type &&
        t != &PyFrozenSet_Type && t != &PyCode_Type && t != &PyClass_Type &&
        t != &PyModule_Type && !is_other(t))
        return GAVE_UP;
    seen = identity(o, obj, &ordinal);
    if (seen < 0) return -1;
    if (seen > 0) {
        PyOS_snprintf(buf, sizeof buf, "{\"t\":\"ref\",\"id\":%ld}", seen);
        return puts_(o, buf);
    }
    if (obj == o->builtins_ns) {
        PyOS_snprintf(buf, sizeof buf, "{\"t\":\"other\",\"ty\":\"dict\",\"id\":%ld}", ordinal);
        return puts_(o, buf);
    }
    if (t == &PyFunction_Type) {
        PyObject *name = ((PyFunctionObject *)obj)->func_name;
        int r;
        if (name == NULL || Py_TYPE(name) != &PyString_Type) return GAVE_UP;
        PyOS_snprintf(buf, sizeof buf,
                      "{\"t\":\"function\",\"ty\":\"function\",\"id\":%ld,\"name\":", ordinal);
        if (puts_(o, buf) < 0) return -1;
        r = quote_bytes(o, name);
        if (r != WRITTEN) return r;
        return put(o, "}", 1);
    }
    if (t == &PyCode_Type || t == &PyClass_Type || t == &PyModule_Type) {
        PyObject *name;
        int r;
        if (t == &PyCode_Type) {
            name = ((PyCodeObject *)obj)->co_name;
            PyOS_snprintf(buf, sizeof buf, "{\"t\":\"code\",\"id\":%ld,\"name\":", ordinal);
        } else if (t == &PyClass_Type) {
            name = ((PyClassObject *)obj)->cl_name;
            PyOS_snprintf(buf, sizeof buf,
                          "{\"t\":\"class\",\"ty\":\"classobj\",\"id\":%ld,\"name\":", ordinal);
        } else {
            /* dict.get(module.__dict__, '__name__'), '?' unless a string. */
            PyObject *ns = PyModule_GetDict(obj);
            name = ns == NULL ? NULL : PyDict_GetItemString(ns, "__name__");
            PyOS_snprintf(buf, sizeof buf, "{\"t\":\"module\",\"id\":%ld,\"name\":", ordinal);
        }
        if (puts_(o, buf) < 0) return -1;
        if (name != NULL && PyString_Check(name)) r = quote_bytes(o, name);
        else if (name != NULL && PyUnicode_Check(name)) r = quote_unicode(o, name);
        else if (t == &PyModule_Type) r = puts_(o, "\"?\"");
        else return GAVE_UP;
        if (r != WRITTEN) return r;
        return put(o, "}", 1);
    }
    if (t != &PyDict_Type && t != &PyList_Type && t != &PySet_Type && t != &PyFrozenSet_Type) {
        /* Any other builtin type: opaque, named like type.__name__ names a static type. */
        const char *name = strrchr(t->tp_name, '.');
        name = name ? name + 1 : t->tp_name;
        PyOS_snprintf(buf, sizeof buf, "{\"t\":\"other\",\"ty\":");
        if (puts_(o, buf) < 0 || quote_ascii(o, name, (Py_ssize_t)strlen(name)) < 0) return -1;
        PyOS_snprintf(buf, sizeof buf, ",\"id\":%ld}", ordinal);
        return puts_(o, buf);
    }
    if (t == &PySet_Type || t == &PyFrozenSet_Type) {
        PyObject *snapshot = PyList_New(0), *key;
        Py_ssize_t pos = 0;
        int r;
        if (snapshot == NULL) return -1;
        while (_PySet_Next(obj, &pos, &key))
            if (PyList_Append(snapshot, key) < 0) {
                Py_DECREF(snapshot);
                return -1;
            }
        PyOS_snprintf(buf, sizeof buf, "{\"t\":\"seq\",\"ty\":\"%s\",\"id\":%ld,\"items\":[",
                      t == &PySet_Type ? "set" : "frozenset", ordinal);
        if (puts_(o, buf) < 0) {
            Py_DECREF(snapshot);
            return -1;
        }
        r = items(o, &PyList_GET_ITEM(snapshot, 0), PyList_GET_SIZE(snapshot), level + 1);
        Py_DECREF(snapshot);
        if (r != WRITTEN) return r;
        return put(o, "}", 1);
    }
    if (t == &PyList_Type) {
        PyObject *snapshot;
        int r;
        PyOS_snprintf(buf, sizeof buf, "{\"t\":\"seq\",\"ty\":\"list\",\"id\":%ld,\"items\":[",
                      ordinal);
        if (puts_(o, buf) < 0) return -1;
        /* A snapshot, as list(list.__iter__(obj)): nothing here runs code, but hold the
         * items all the same. */
        snapshot = PyList_GetSlice(obj, 0, PyList_GET_SIZE(obj));
        if (snapshot == NULL) return -1;
        r = items(o, &PyList_GET_ITEM(snapshot, 0), PyList_GET_SIZE(snapshot), level + 1);
        Py_DECREF(snapshot);
        if (r != WRITTEN) return r;
        return put(o, "}", 1);
    }
    {
        PyObject *pairs = PyDict_Items(obj);
        Py_ssize_t i, n;
        int r = WRITTEN;
        if (pairs == NULL) return -1;
        PyOS_snprintf(buf, sizeof buf, "{\"t\":\"map\",\"ty\":\"dict\",\"id\":%ld,\"items\":[",
                      ordinal);
        if (puts_(o, buf) < 0) r = -1;
        n = PyList_GET_SIZE(pairs);
        for (i = 0; i < n && r == WRITTEN; i++) {
            PyObject *pair = PyList_GET_ITEM(pairs, i);
            if (put(o, i ? ",[" : "[", i ? 2 : 1) < 0) { r = -1; break; }
            r = value(o, PyTuple_GET_ITEM(pair, 0), level + 1);
            if (r != WRITTEN) break;
            if (put(o, ",", 1) < 0) { r = -1; break; }
            r = value(o, PyTuple_GET_ITEM(pair, 1), level + 1);
            if (r != WRITTEN) break;
            if (put(o, "]", 1) < 0) r = -1;
        }
        Py_DECREF(pairs);
        if (r != WRITTEN) return r;
        return puts_(o, "]}");
    }
}

/* walk(value, ids, keep, builtins_ns) -> str, or None when the Python walk must write it. */
static PyObject *walk(PyObject *self, PyObject *args) {
    PyObject *obj, *result = NULL;
    Out o;
    Py_ssize_t start;
    int r;
    (void)self;
    memset(&o, 0, sizeof o);
    if (!PyArg_ParseTuple(args, "OO!O!O", &obj, &PyDict_Type, &o.ids, &PyList_Type, &o.keep,
                          &o.builtins_ns))
        return NULL;
    start = PyList_GET_SIZE(o.keep);
    r = value(&o, obj, 0);
    if (r == WRITTEN) {
        result = PyString_FromStringAndSize(o.data, o.len);
    } else {
        /* Undo the identities registered by this attempt (an error leaves them too). */
        Py_ssize_t i, n = PyList_GET_SIZE(o.keep);
        PyObject *type, *exc, *tb;
        PyErr_Fetch(&type, &exc, &tb);
        for (i = start; i < n; i++) {
            PyObject *key = PyLong_FromVoidPtr(PyList_GET_ITEM(o.keep, i));
            if (key == NULL || PyDict_DelItem(o.ids, key) < 0) PyErr_Clear();
            Py_XDECREF(key);
        }
        if (PyList_SetSlice(o.keep, start, n, NULL) < 0) PyErr_Clear();
        PyErr_Restore(type, exc, tb);
        if (r == GAVE_UP) {
            Py_INCREF(Py_None);
            result = Py_None;
        }
    }
    PyMem_Free(o.data);
    return result;
}

static int probe_fd = -1;

static PyObject *set_probe_fd(PyObject *self, PyObject *args) {
    (void)self;
    if (!PyArg_ParseTuple(args, "i", &probe_fd)) return NULL;
    Py_RETURN_NONE;
}

/* observe(label, value, ids, keep, builtins_ns) -> True when it wrote the whole probe record to
 * the probe descriptor (as the Python observe writes it: its label an ASCII str or unicode, its
 * value in the walk's subset), else None, having written nothing. A failed write raises
 * OSError, as os.write does. */
static PyObject *observe(PyObject *self, PyObject *args) {
    PyObject *label, *obj, *result = NULL;
    Out o;
    Py_ssize_t start, done;
    int r;
    (void)self;
    memset(&o, 0, sizeof o);
    if (!PyArg_ParseTuple(args, "OOO!O!O", &label, &obj, &PyDict_Type, &o.ids, &PyList_Type,
                          &o.keep, &o.builtins_ns))
        return NULL;
    if (probe_fd < 0 || (Py_TYPE(label) != &PyString_Type && Py_TYPE(label) != &PyUnicode_Type))
        Py_RETURN_NONE;
    start = PyList_GET_SIZE(o.keep);
    r = puts_(&o, "{\"probe\":{\"label\":");
    if (r == WRITTEN)
        r = Py_TYPE(label) == &PyString_Type ? quote_bytes(&o, label) : quote_unicode(&o, label);
    if (r == WRITTEN) r = puts_(&o, ",\"value\":");
    if (r == WRITTEN) r = value(&o, obj, 0);
    if (r == WRITTEN) r = puts_(&o, "}}\n");
    if (r != WRITTEN) {
        Py_ssize_t i, n = PyList_GET_SIZE(o.keep);
        PyObject *type, *exc, *tb;
        PyErr_Fetch(&type, &exc, &tb);
        for (i = start; i < n; i++) {
            PyObject *key = PyLong_FromVoidPtr(PyList_GET_ITEM(o.keep, i));
            if (key == NULL || PyDict_DelItem(o.ids, key) < 0) PyErr_Clear();
            Py_XDECREF(key);
        }
        if (PyList_SetSlice(o.keep, start, n, NULL) < 0) PyErr_Clear();
        PyErr_Restore(type, exc, tb);
        PyMem_Free(o.data);
        if (r == GAVE_UP) Py_RETURN_NONE;
        return NULL;
    }
    for (done = 0; done < o.len;) {
        Py_ssize_t n;
        Py_BEGIN_ALLOW_THREADS
        n = write(probe_fd, o.data + done, (size_t)(o.len - done));
        Py_END_ALLOW_THREADS
        if (n < 0) {
            PyErr_SetFromErrno(PyExc_OSError);
            break;
        }
        done += n;
    }
    if (done >= o.len) {
        Py_INCREF(Py_True);
        result = Py_True;
    }
    PyMem_Free(o.data);
    return result;
}

static PyMethodDef methods[] = {
    {"walk", walk, METH_VARARGS, "walk(value, ids, keep, builtins_ns) -> str or None"},
    {"observe", observe, METH_VARARGS,
     "observe(label, value, ids, keep, builtins_ns) -> True (written) or None"},
    {"set_probe_fd", set_probe_fd, METH_VARARGS, "set_probe_fd(fd): where observe writes"},
    {NULL, NULL, 0, NULL}};

PyMODINIT_FUNC init_execdiff_walk(void) { Py_InitModule("_execdiff_walk", methods); }
