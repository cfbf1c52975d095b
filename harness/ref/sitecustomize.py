# -*- coding: utf-8 -*-
"""execdiff's canonicaliser for CPython 2.7 and 3.x (one file, runs unchanged on both).

Imported by `site` in the reference run (PYTHONPATH=harness/ref). When EXECDIFF_PROBE_FD is
set, it installs the builtin `__observe__(label, value)`, which writes one line
`{"probe": {"label": ..., "value": <Value>}}` per call to that fd, and wraps sys.excepthook so
that an uncaught exception first writes `{"end": {...}}` there. `harness/worker.py` loads this
same file (with another `__name__`, so nothing is installed) and calls `_make_observer`.

The JSON of a value deserialises into `observe::Value` (src/observe.rs). The rules, in the
order they are tried, for `t = type(obj)` (2.7 old-style instances: `obj.__class__`):
  None -> none; bool -> bool; int/long and subclasses -> int (decimal up to
  INT_DECIMAL_MAX_BITS bits, else hex "0x.." / "-0x.."); float -> float (float.__repr__);
  complex -> complex; str/unicode/bytes and subclasses -> str (bytes decoded as UTF-8, each
  invalid byte as the text \\xNN; a lone surrogate as the text \\udNNN); tuple -> tuple (no
  identity); dict subclasses, mappingproxy/dictproxy, FrameLocalsProxy -> map; list, set,
  frozenset and subclasses -> seq; function, builtin_function_or_method, method
  (2.7 instancemethod) -> function; classes (2.7 classobj too) -> class; cell -> cell;
  module -> module; code -> code; instances of heap types (user classes) and 2.7 old-style
  instances -> instance; anything else -> other.
`ty` is always the type's `__qualname__` (2.7: `__name__`); `name` of a function or class is
its `__qualname__` (2.7 `__name__`); a bound method is named after its `__func__`.
Identity: every kind except none/bool/int/float/complex/str/tuple gets an ordinal the first time
it is met (numbered from 1, pre-order, across all probes of the run); meeting it again gives
ref. Instances: `attrs` is the instance dict read through the builtin `__dict__` getset
descriptor, or null when the first `__dict__` in the type's MRO is something else (a property:
never called) or absent (slots), or when the instance has more than INSTANCE_DEPTH enclosing
instances on the path from the probed value. Node cap: every value written except `truncated` is a node; a
value reached when NODE_CAP nodes are written is `truncated`, and a container reached its
next item at the cap gets one final `truncated` item (a map the pair [truncated, truncated])
instead of its remaining items. Nesting cap: a value inside more than MAX_NESTING enclosing
containers (tuples, maps, seqs, cells, instances) is `truncated` and is not a node. The
builtins module's namespace dict (what exec inserts into a globals dict as `__builtins__`) is
other: its contents are the interpreter's, not the program's. The walk is iterative and never
runs user code.
"""


def _make_observer(write, native=None, walk=None, bool=bool, bytes=bytes, complex=complex, dict=dict, float=float,
                   frozenset=frozenset, id=id, int=int, issubclass=issubclass, len=len, list=list,
                   ord=ord, range=range, set=set, str=str, tuple=tuple, type=type,
                   BaseException=BaseException, SyntaxError=SyntaxError, TypeError=TypeError,
                   UnicodeDecodeError=UnicodeDecodeError, UnicodeEncodeError=UnicodeEncodeError,
                   ValueError=ValueError):
    """Returns `observe(label, value)`, which calls `write(text)` with one JSON line per probe,
    `end_record(exc_type, exc_value)`, which returns the JSON line for an uncaught one, and
    `reset()`, which starts a new run (identity ordinals from 1 again).

    Builtins are bound here, at import time, so a program that rebinds them cannot make the
    canonicaliser run its code. `native`, from the embedded worker only, is a pair of callables
    `(observe, reset)` that do the same in Rust (harness/pyworker/src/canon.rs) and write the
    probe records themselves; `observe` is then still a Python function of this name. `walk`,
    from the 2.7 script worker only, is the pair of functions `walk(value, ids, keep,
    builtins_ns)` (the text of a value in its subset, or None) and `observe(label, value, ids,
    keep, builtins_ns)` (True when it wrote the whole record itself) of harness/walk27/walk.c."""
    import sys

    py3 = sys.version_info[0] >= 3
    if py3:
        import builtins as builtins_module
    else:
        import __builtin__ as builtins_module
    builtins_ns = builtins_module.__dict__
    node_cap = 2000
    max_nesting = 30
    instance_depth = 2
    int_decimal_max_bits = 4000
    truncated = '{"t":"truncated"}'

    tdict = type.__dict__
    type_name = tdict['__qualname__' if py3 else '__name__'].__get__
    type_mro = tdict['__mro__'].__get__
    type_ns = tdict['__dict__'].__get__
    type_flags = tdict['__flags__'].__get__
    type_module = tdict['__module__'].__get__
    getset_type = type(tdict['__dict__'])
    heaptype_flag = 1 << 9

    def function_probe():
        return None

    def cell_maker():
        x = None

        def inner():
            return x

        return inner

    class Probe(object):
        def method(self):
            return None

    function_type = type(function_probe)
    builtin_type = type(len)
    method_type = type(Probe().method)
    code_type = type(function_probe.__code__)
    cell_type = type(cell_maker().__closure__[0])
    cell_get = cell_type.__dict__['cell_contents'].__get__
    module_type = type(sys)
    module_ns = module_type.__dict__['__dict__'].__get__
    mapping_proxy_type = type(type_ns(Probe))

    def frame_locals_type():
        return type(sys._getframe().f_locals)

    proxy_type = frame_locals_type()
    if proxy_type is dict:
        proxy_type = None

    if py3:
        str_type = str
        byte_type = bytes
        int_types = (int,)
        func_name = function_type.__dict__['__qualname__'].__get__
        builtin_name = builtin_type.__dict__['__qualname__'].__get__
        method_func = method_type.__dict__['__func__'].__get__
        old_class_type = None
        old_instance_type = None
    else:
        builtins = sys.modules['__builtin__']
        str_type = builtins.unicode
        byte_type = str
        long = builtins.long
        int_types = (int, long)
        func_name = function_type.__dict__['__name__'].__get__
        builtin_name = builtin_type.__dict__['__name__'].__get__
        method_func = method_type.__dict__['im_func'].__get__

        class Old:
            pass

        old_class_type = type(Old)
        old_instance_type = type(Old())

    escapes = dict((i, u'\\u%04x' % i) for i in range(32))
    escapes[ord(u'"')] = u'\\"'
    escapes[ord(u'\\')] = u'\\\\'
    escapes[ord(u'\n')] = u'\\n'
    escapes[ord(u'\t')] = u'\\t'
    escapes[ord(u'\r')] = u'\\r'
    escape = str_type.translate
    encode = str_type.encode

    def unsurrogate(text):
        # Only lone surrogates reach here (pairs exist only on narrow 2.7 builds, not ours).
        out = []
        for ch in text:
            n = ord(ch)
            if 0xD800 <= n <= 0xDFFF:
                out.append(u'\\\\u%04x' % n)
            else:
                out.append(ch)
        return u''.join(out)

    def decode_bytes(data):
        if py3:
            return bytes.decode(data, 'utf-8', 'backslashreplace')
        out = []
        data = str.__getitem__(data, slice(None))
        while True:
            try:
                out.append(str.decode(data, 'utf-8'))
                return u''.join(out)
            except UnicodeDecodeError as e:
                out.append(str.decode(data[:e.start], 'utf-8'))
                out.append(u'\\x%02x' % ord(data[e.start]))
                data = data[e.start + 1:]

    if py3:
        printable = str.isprintable
        contains = str.__contains__

        def plain(text):
            # Printable excludes control characters and lone surrogates: nothing to escape.
            return printable(text) and not contains(text, '"') and not contains(text, '\\')
    else:
        # 2.7 str bytes that are printable ASCII other than the quote and the backslash.
        not_plain = ''.join(chr(i) for i in range(32)) + '"\\' + ''.join(
            chr(i) for i in range(127, 256))
        byte_translate = str.translate
        byte_len = str.__len__
        byte_decode = str.decode

    def quote(text):
        """A JSON string literal for a str/unicode (exact or subclass) or 2.7 str."""
        if issubclass(type(text), byte_type):
            if not py3 and byte_len(byte_translate(text, None, not_plain)) == byte_len(text):
                # utf-8, not ascii: its codec is loaded already, and the text is ASCII.
                return u'"' + byte_decode(text, 'utf-8') + u'"'
            text = decode_bytes(text)
        if py3 and plain(text):
            return '"' + text + '"'
        text = escape(text, escapes)
        try:
            encode(text, 'utf-8')
        except UnicodeEncodeError:
            text = unsurrogate(text)
        return u'"' + text + u'"'

    def int_text(obj, t):
        if py3:
            base = int
        else:
            base = int if issubclass(t, int) else long
        if base.bit_length(obj) > int_decimal_max_bits:
            digits = base.__format__(obj, 'x')
            if digits.startswith('-'):
                return '-0x' + digits[1:]
            return '0x' + digits
        if py3:
            try:
                return int.__repr__(obj)
            except ValueError:
                # The program lowered sys.set_int_max_str_digits below our bound.
                limit = sys.get_int_max_str_digits()
                sys.set_int_max_str_digits(0)
                try:
                    return int.__repr__(obj)
                finally:
                    sys.set_int_max_str_digits(limit)
        return base.__str__(obj)

    def instance_dict(obj, t):
        for klass in type_mro(t):
            ns = type_ns(klass)
            if '__dict__' in ns:
                desc = ns['__dict__']
                if type(desc) is getset_type:
                    d = desc.__get__(obj, t)
                    if type(d) is dict:
                        return d
                return None
        return None

    def callable_name(f):
        t = type(f)
        if t is function_type:
            return func_name(f)
        if t is builtin_type:
            return builtin_name(f)
        if t is method_type:
            return callable_name(method_func(f))
        return type_name(t)

    # Quoted texts of short strings met before, one table per exact string type (so that no
    # lookup ever compares a 2.7 str with a unicode). Exact builtin types only: their names
    # cannot be changed and their equality is the builtin one.
    quoted = {}
    for quoted_type in (str_type, byte_type):
        quoted[quoted_type] = {}
    quote_cap = 4096

    def quote_cached(text, table):
        found = table.get(text)
        if found is None:
            found = quote(text)
            if len(text) <= 64:
                if len(table) >= quote_cap:
                    table.clear()
                table[text] = found
        return found

    def type_text(t):
        name = type_name(t)
        table = quoted.get(type(name))
        if table is None:
            return quote(name)
        return quote_cached(name, table)

    none_text = '{"t":"none"}'
    true_text = '{"t":"bool","v":true}'
    false_text = '{"t":"bool","v":false}'
    str_prefix = {}
    for quoted_type in (str_type, byte_type):
        str_prefix[quoted_type] = '{"t":"str","ty":' + quote(type_name(quoted_type)) + ',"v":'
    int_prefix = '{"t":"int","ty":' + quote(type_name(int)) + ',"v":"'

    # The full texts of scalars met before, one table per exact type that has no identity and
    # no parts (one node each): str/unicode, 2.7 str, int, NoneType, bool. Exact builtin types
    # only, so that no lookup compares values of different types (1 == True, 2.7 'a' == u'a')
    # or calls a program's __eq__; a table is emptied when it reaches quote_cap entries.
    scalars = {}
    for quoted_type in (str_type, byte_type, int):
        scalars[quoted_type] = {}
    scalars[type(None)] = {None: none_text}
    scalars[bool] = {True: true_text, False: false_text}
    scalar_table = scalars.get

    def scalar_miss(obj, table):
        """The text of `obj` (exact str, 2.7 str or int) missing from its `table`; kept there
        when short."""
        t = type(obj)
        if t is int:
            text = int_prefix + int_text(obj, t) + '"}'
            if len(text) > 96:
                return text
        else:
            if len(obj) > 64:
                return str_prefix[t] + quote(obj) + '}'
            text = str_prefix[t] + quote_cached(obj, quoted[t]) + '}'
        if len(table) >= quote_cap:
            table.clear()
        table[obj] = text
        return text

    def simple_text(obj):
        """The text of a value of an exact scalar type that has no identity and no parts (one
        node), or None for anything else."""
        table = scalar_table(type(obj))
        if table is None:
            return None
        return table.get(obj) or scalar_miss(obj, table)

    tuple_prefix = '{"t":"tuple","ty":' + quote(type_name(tuple)) + ',"items":['
    tuple_items = tuple.__iter__

    def flat_text(obj):
        """(text, nodes) for a plain scalar or an exact tuple of at most 16 plain scalars, or
        None for anything else."""
        t = type(obj)
        table = scalar_table(t)
        if table is not None:
            return table.get(obj) or scalar_miss(obj, table), 1
        if t is tuple and tuple.__len__(obj) <= 16:
            texts = []
            for item in tuple_items(obj):
                table = scalar_table(type(item))
                if table is None:
                    return None
                texts.append(table.get(item) or scalar_miss(item, table))
            return tuple_prefix + ','.join(texts) + ']}', len(texts) + 1
        return None

    dict_head = '{"t":"map","ty":' + type_text(dict) + ',"id":%d,"items":['
    list_head = '{"t":"seq","ty":' + type_text(list) + ',"id":%d,"items":['
    function_head = '{"t":"function","ty":' + type_text(function_type) + ',"id":%d,"name":'
    ids = {}
    keep = []

    def canon(value):
        # Plain scalars are written by observe; of the rest only a tuple can be flat.
        flat = flat_text(value) if type(value) is tuple else None
        if flat is not None and flat[1] <= node_cap:
            return flat[0]
        out = []
        nodes = 0
        # Tasks: (0, text) writes text; (1, obj, depth, level) writes a value; (2, items, i,
        # depth, pairs, level) writes item i onwards of a container and its closing bracket.
        # `depth` counts enclosing instances, `level` enclosing containers of any kind.
        stack = [(1, value, 0, 0)]
        pop = stack.pop
        push = stack.append
        emit = out.append
        while stack:
            task = pop()
            kind = task[0]
            if kind == 0:
                emit(task[1])
                continue
            if kind == 2:
                items, i, depth, pairs, level = task[1], task[2], task[3], task[4], task[5]
                n = len(items)
                # Items that are plain scalars are written here, in a loop, exactly as the
                # tasks below would write them; the first other item becomes tasks. Not at the
                # nesting cap, where the tasks truncate.
                fast = level < max_nesting
                while True:
                    if i >= n:
                        emit(']')
                        break
                    sep = ',' if i else ''
                    if nodes >= node_cap:
                        if pairs:
                            emit(sep + '[' + truncated + ',' + truncated + ']]')
                        else:
                            emit(sep + truncated + ']')
                        break
                    # Written here only when the cap cannot strike inside: the tasks below
                    # handle truncation.
                    if pairs:
                        key, val = items[i]
                        key_table = scalar_table(type(key)) if fast else None
                        if key_table is not None and nodes + 2 <= node_cap:
                            val_table = scalar_table(type(val))
                            if val_table is not None:
                                nodes += 2
                                emit(sep + '[' + (key_table.get(key) or scalar_miss(key, key_table))
                                     + ',' + (val_table.get(val) or scalar_miss(val, val_table))
                                     + ']')
                                i += 1
                                continue
                        if key_table is not None and nodes + 2 <= node_cap:
                            # A plain key and a value that is a reference or a function, as
                            # the tasks would write them.
                            val_type = type(val)
                            val_text = None
                            if val_type is dict or val_type is list or val_type is function_type:
                                ordinal = ids.get(id(val))
                                if ordinal is not None:
                                    val_text = '{"t":"ref","id":%d}' % ordinal
                                elif val_type is function_type:
                                    keep.append(val)
                                    ordinal = len(keep)
                                    ids[id(val)] = ordinal
                                    val_text = (function_head % ordinal + quote(func_name(val))
                                                + '}')
                            if val_text is not None:
                                nodes += 2
                                emit(sep + '[' + (key_table.get(key) or scalar_miss(key, key_table))
                                     + ',' + val_text + ']')
                                i += 1
                                continue
                        key_flat = flat_text(key)
                        val_flat = flat_text(val) if fast and key_flat is not None else None
                        if val_flat is not None and nodes + key_flat[1] + val_flat[1] <= node_cap:
                            nodes += key_flat[1] + val_flat[1]
                            emit(sep + '[' + key_flat[0] + ',' + val_flat[0] + ']')
                            i += 1
                            continue
                        push((2, items, i + 1, depth, pairs, level))
                        if key_table is not None:
                            # A plain key, then the value as a task (as the tasks would).
                            nodes += 1
                            emit(sep + '[' + (key_table.get(key) or scalar_miss(key, key_table))
                                 + ',')
                            push((0, ']'))
                            push((1, val, depth, level))
                            break
                        emit(sep + '[')
                        push((0, ']'))
                        push((1, val, depth, level))
                        push((0, ','))
                        push((1, key, depth, level))
                        break
                    item = items[i]
                    if fast and nodes < node_cap:
                        item_type = type(item)
                        table = scalar_table(item_type)
                        if table is not None:
                            nodes += 1
                            emit(sep + (table.get(item) or scalar_miss(item, table)))
                            i += 1
                            continue
                        if item_type is dict or item_type is list or item_type is function_type:
                            ordinal = ids.get(id(item))
                            if ordinal is not None:
                                # Met before: a reference, as the tasks would write it.
                                nodes += 1
                                emit(sep + '{"t":"ref","id":%d}' % ordinal)
                                i += 1
                                continue
                    # Not a plain scalar (written above): only a tuple can be flat.
                    flat = flat_text(item) if fast and type(item) is tuple else None
                    if flat is not None and nodes + flat[1] <= node_cap:
                        nodes += flat[1]
                        emit(sep + flat[0])
                        i += 1
                        continue
                    push((2, items, i + 1, depth, pairs, level))
                    if sep:
                        emit(sep)
                    push((1, item, depth, level))
                    break
                continue
            obj, depth, level = task[1], task[2], task[3]
            if nodes >= node_cap or level > max_nesting:
                emit(truncated)
                continue
            nodes += 1
            if obj is None:
                emit('{"t":"none"}')
                continue
            t = type(obj)
            if t is function_type:
                key = id(obj)
                ordinal = ids.get(key)
                if ordinal is not None:
                    emit('{"t":"ref","id":%d}' % ordinal)
                    continue
                keep.append(obj)
                ordinal = len(keep)
                ids[key] = ordinal
                emit(function_head % ordinal + quote(func_name(obj)) + '}')
                continue
            if t is dict or t is list:
                # The commonest containers, exactly as the general rules below write them.
                key = id(obj)
                ordinal = ids.get(key)
                if ordinal is not None:
                    emit('{"t":"ref","id":%d}' % ordinal)
                    continue
                keep.append(obj)
                ordinal = len(keep)
                ids[key] = ordinal
                if t is list:
                    emit(list_head % ordinal)
                    push((0, '}'))
                    push((2, list(list.__iter__(obj)), 0, depth, False, level + 1))
                elif obj is builtins_ns:
                    emit('{"t":"other","ty":"dict","id":%d}' % ordinal)
                else:
                    emit(dict_head % ordinal)
                    push((0, '}'))
                    push((2, list(dict.items(obj)), 0, depth, True, level + 1))
                continue
            if t is bool:
                emit('{"t":"bool","v":true}' if obj else '{"t":"bool","v":false}')
                continue
            if issubclass(t, int_types):
                emit('{"t":"int","ty":' + type_text(t) + ',"v":"' + int_text(obj, t) + '"}')
                continue
            if issubclass(t, float):
                emit('{"t":"float","ty":' + type_text(t) + ',"v":"' + float.__repr__(obj)
                     + '"}')
                continue
            if issubclass(t, complex):
                emit('{"t":"complex","ty":' + type_text(t) + ',"v":"'
                     + complex.__repr__(obj) + '"}')
                continue
            if issubclass(t, str_type) or issubclass(t, byte_type):
                emit('{"t":"str","ty":' + type_text(t) + ',"v":' + quote(obj) + '}')
                continue
            if issubclass(t, tuple):
                emit('{"t":"tuple","ty":' + type_text(t) + ',"items":[')
                push((0, '}'))
                push((2, list(tuple.__iter__(obj)), 0, depth, False, level + 1))
                continue
            # Everything below has identity.
            key = id(obj)
            ordinal = ids.get(key)
            if ordinal is not None:
                emit('{"t":"ref","id":%d}' % ordinal)
                continue
            keep.append(obj)
            ordinal = len(keep)
            ids[key] = ordinal
            if obj is builtins_ns:
                emit('{"t":"other","ty":"dict","id":%d}' % ordinal)
                continue
            if issubclass(t, dict):
                items = list(dict.items(obj))
            elif t is mapping_proxy_type or (proxy_type is not None and t is proxy_type):
                items = list(t.items(obj))
            else:
                items = None
            if items is not None:
                emit('{"t":"map","ty":' + type_text(t) + ',"id":%d,"items":[' % ordinal)
                push((0, '}'))
                push((2, items, 0, depth, True, level + 1))
                continue
            if issubclass(t, list):
                items = list(list.__iter__(obj))
            elif issubclass(t, set):
                items = list(set.__iter__(obj))
            elif issubclass(t, frozenset):
                items = list(frozenset.__iter__(obj))
            if items is not None:
                emit('{"t":"seq","ty":' + type_text(t) + ',"id":%d,"items":[' % ordinal)
                push((0, '}'))
                push((2, items, 0, depth, False, level + 1))
                continue
            if t is function_type or t is builtin_type or t is method_type:
                emit('{"t":"function","ty":' + type_text(t) + ',"id":%d,"name":' % ordinal
                     + quote(callable_name(obj)) + '}')
                continue
            if issubclass(t, type):
                emit('{"t":"class","ty":' + type_text(t) + ',"id":%d,"name":' % ordinal
                     + quote(type_name(obj)) + '}')
                continue
            if t is old_class_type:
                emit('{"t":"class","ty":"classobj","id":%d,"name":' % ordinal
                     + quote(obj.__name__) + '}')
                continue
            if t is cell_type:
                emit('{"t":"cell","id":%d,"contents":' % ordinal)
                try:
                    contents = cell_get(obj)
                except ValueError:
                    emit('null}')
                    continue
                push((0, '}'))
                push((1, contents, depth, level + 1))
                continue
            if issubclass(t, module_type):
                name = dict.get(module_ns(obj), '__name__')
                if not (issubclass(type(name), str_type) or issubclass(type(name), byte_type)):
                    name = '?'
                emit('{"t":"module","id":%d,"name":' % ordinal + quote(name) + '}')
                continue
            if t is code_type:
                emit('{"t":"code","id":%d,"name":' % ordinal + quote(obj.co_name) + '}')
                continue
            if t is old_instance_type:
                klass = obj.__class__
                emit('{"t":"instance","ty":' + quote(klass.__name__) + ',"id":%d,"attrs":' % ordinal)
                attrs = obj.__dict__
            elif type_flags(t) & heaptype_flag:
                emit('{"t":"instance","ty":' + type_text(t) + ',"id":%d,"attrs":' % ordinal)
                attrs = instance_dict(obj, t)
            else:
                emit('{"t":"other","ty":' + type_text(t) + ',"id":%d}' % ordinal)
                continue
            if attrs is None or depth > instance_depth:
                emit('null}')
                continue
            emit('[')
            push((0, '}'))
            push((2, list(dict.items(attrs)), 0, depth + 1, True, level + 1))
        return u''.join(out)

    # The start of the record of each short label met before, per exact string type.
    heads = {}
    for quoted_type in (str_type, byte_type):
        heads[quoted_type] = {}

    walk_value = walk_observe = None
    if walk is not None:
        walk_value, walk_observe = walk

    def observe(label, value):
        if walk_observe is not None and walk_observe(label, value, ids, keep, builtins_ns):
            return None
        label_type = type(label)
        table = heads.get(label_type)
        if table is not None:
            head = table.get(label)
            if head is None:
                head = u'{"probe":{"label":' + quote_cached(label, quoted[label_type]) + u',"value":'
                if len(label) <= 64:
                    if len(table) >= quote_cap:
                        table.clear()
                    table[label] = head
        elif issubclass(label_type, str_type) or issubclass(label_type, byte_type):
            head = u'{"probe":{"label":' + quote(label) + u',"value":'
        else:
            raise TypeError('__observe__ label must be a string')
        table = scalar_table(type(value))
        if table is not None:
            text = table.get(value) or scalar_miss(value, table)
        else:
            text = None if walk_value is None else walk_value(value, ids, keep, builtins_ns)
            if text is None:
                text = canon(value)
        write(head + text + u'}}\n')
        return None

    def end_record(exc_type, exc_value):
        if old_class_type is not None and type(exc_type) is old_class_type:
            name = exc_type.__name__
            module = exc_type.__dict__.get('__module__')
        elif issubclass(type(exc_type), type):
            name = type_name(exc_type)
            module = type_module(exc_type)
        else:
            name = type_name(type(exc_type))
            module = None
        if module is not None and module not in ('builtins', 'exceptions'):
            if module != '__main__' or not py3:
                name = module + '.' + name
        try:
            is_syntax = issubclass(exc_type, SyntaxError)
        except TypeError:
            is_syntax = False
        if is_syntax:
            msg = getattr(exc_value, 'msg', None)
            if not (issubclass(type(msg), str_type) or issubclass(type(msg), byte_type)):
                msg = u'' if msg is None else u'?'
            line = getattr(exc_value, 'lineno', None)
            if issubclass(type(line), int_types) and type(line) is not bool:
                line_text = '%d' % line
            else:
                line_text = 'null'
            return (u'{"end":{"kind":"syntax_error","ty":' + quote(name) + u',"message":'
                    + quote(msg) + u',"line":' + line_text + u'}}\n')
        try:
            message = str(exc_value)
        except BaseException:
            message = u'<exception str() failed>'
        return (u'{"end":{"kind":"exception","ty":' + quote(name) + u',"message":'
                + quote(message) + u'}}\n')

    def reset():
        """Forgets every identity met so far (the worker calls this between cases)."""
        ids.clear()
        del keep[:]

    if native is not None:
        native_observe, native_reset = native

        def observe(label, value):  # noqa: F811 (the same function, written in Rust)
            native_observe(label, value)

        def reset():  # noqa: F811
            """Forgets every identity met so far (the worker calls this between cases)."""
            native_reset()

    return observe, end_record, reset


def _install():
    import os
    import sys

    fd_text = os.environ.get('EXECDIFF_PROBE_FD')
    if fd_text is None:
        return
    del os.environ['EXECDIFF_PROBE_FD']
    fd = int(fd_text)
    os_write = os.write

    def write(line):
        data = line.encode('utf-8')
        while data:
            data = data[os_write(fd, data):]

    observe, end_record, _ = _make_observer(write)
    builtins = sys.modules['builtins' if sys.version_info[0] >= 3 else '__builtin__']
    builtins.__observe__ = observe
    original_hook = sys.excepthook

    def excepthook(exc_type, exc_value, tb):
        try:
            write(end_record(exc_type, exc_value))
        finally:
            original_hook(exc_type, exc_value, tb)

    sys.excepthook = excepthook


if __name__ == 'sitecustomize':
    _install()
    del _install
    del _make_observer
