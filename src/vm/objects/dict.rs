//! Hash tables for `dict` and `set`, and the hash functions that decide their order.
//!
//! Three layouts, chosen by [`Mode`]:
//! - [`Mode::Py27`]: CPython 2.7's `Objects/dictobject.c` table (also used for 2.7 sets,
//!   whose `Objects/setobject.c` probes and resizes the same way): open addressing with
//!   `i = 5*i + perturb + 1`, dummies on deletion, resize when `fill*3 >= size*2` to four
//!   times `used`; iteration walks the slots, so order follows the hashes;
//! - [`Mode::Insertion`]: 3.x compact dicts: iteration in insertion order;
//! - [`Mode::Py3Set`]: 3.x `setobject.c`: linear probes of 9 plus perturbation, resize when
//!   `fill*5 >= mask*3`; iteration walks the slots.
//!
//! Hashes are those of CPython with `PYTHONHASHSEED=0`: 2.7's classic string hash, 3.x's
//! SipHash-1-3 with a zero key, the integer and float hashes of each version, and each
//! version's tuple hash. Keys are compared without running user code ([`key_eq`]).

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::{PyObj, PyRef};
use crate::vm::sites::{self, Site};

/// Which CPython table a [`Dict`] imitates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Py27,
    Insertion,
    Py3Set,
}

impl Mode {
    /// Whether hashes follow 2.7's functions.
    pub fn py2_hash(self) -> bool {
        self == Mode::Py27
    }
}

const EMPTY: i64 = -1;
const DUMMY: i64 = -2;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;
const LINEAR_PROBES: usize = 9;

#[derive(Clone)]
struct Entry {
    hash: i64,
    key: PyRef,
    value: PyRef,
}

/// A hash table keyed by Python objects.
#[derive(Clone)]
pub struct Dict {
    mode: Mode,
    entries: Vec<Option<Entry>>,
    /// Slot -> entry index, or `EMPTY`/`DUMMY`.
    slots: Vec<i64>,
    used: usize,
    fill: usize,
    /// Some key was an instance (or a tuple holding one): equality with it may be user code.
    user_keys: bool,
    /// The hash and entry index of the key deleted last, until the table is rebuilt: an
    /// insertion of a key with that hash is a reinsertion ([`Site::DictReinsert`]).
    last_deleted: Option<(i64, usize)>,
}

/// Equality of keys as a dict compares them, without user code: identity, or equal
/// builtin values (numbers across `bool`/`int`/`long`/`float`, strings, tuples).
pub fn key_eq(a: &PyRef, b: &PyRef) -> bool {
    if std::rc::Rc::ptr_eq(a, b) {
        return true;
    }
    match (&**a, &**b) {
        (PyObj::Str(x) | PyObj::Unicode(x), PyObj::Str(y) | PyObj::Unicode(y)) => x == y,
        (PyObj::Bytes(x), PyObj::Bytes(y)) => x == y,
        (PyObj::Tuple(x), PyObj::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| key_eq(p, q))
        }
        (PyObj::None, PyObj::None) => true,
        (PyObj::FrozenSet(x), PyObj::FrozenSet(y)) => {
            x.len() == y.len() && x.keys().iter().all(|k| y.contains_slow(k))
        }
        _ => match (num_value(a), num_value(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// Whether comparing `o` as a key can run user code (an instance, or a tuple holding one).
pub fn is_user_key(o: &PyRef) -> bool {
    match &**o {
        PyObj::Instance(_) => true,
        PyObj::Tuple(items) => items.iter().any(is_user_key),
        _ => false,
    }
}

/// A number as an exact comparable value.
#[derive(PartialEq)]
enum NumKey {
    Int(BigInt),
    Float(f64),
}

fn num_value(o: &PyRef) -> Option<NumKey> {
    match &**o {
        PyObj::Bool(b) => Some(NumKey::Int(BigInt::from(*b as u8))),
        PyObj::Int(i) | PyObj::Long(i) => Some(NumKey::Int(i.clone())),
        PyObj::Float(f) => {
            if f.fract() == 0.0 && f.is_finite() {
                Some(NumKey::Int(num::float_to_bigint(*f)))
            } else {
                Some(NumKey::Float(*f))
            }
        }
        _ => None,
    }
}

use super::num;

impl Dict {
    pub fn new(mode: Mode) -> Dict {
        Dict {
            mode,
            entries: Vec::new(),
            slots: vec![EMPTY; MIN_SIZE],
            used: 0,
            fill: 0,
            user_keys: false,
            last_deleted: None,
        }
    }

    /// 2.7's `_PyDict_NewPresized`: a table already large enough for `n` items (only when
    /// `n > 5`, as `BUILD_MAP` does).
    pub fn presized(mode: Mode, n: usize) -> Dict {
        let mut d = Dict::new(mode);
        if mode == Mode::Py27 && n > 5 {
            d.resize(n);
        }
        d
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Finds the slot of `key`, or where it would go: `(slot, found)`.
    fn lookup(&self, key: &PyRef, hash: i64) -> (usize, bool) {
        self.lookup_by(hash, |k| key_eq(k, key))
    }

    fn lookup_by(&self, hash: i64, eq: impl Fn(&PyRef) -> bool) -> (usize, bool) {
        match self.mode {
            Mode::Py3Set => self.lookup_set3(&eq, hash),
            _ => self.lookup_classic(&eq, hash),
        }
    }

    fn slot_matches(&self, slot: i64, eq: &impl Fn(&PyRef) -> bool, hash: i64) -> bool {
        if slot < 0 {
            return false;
        }
        match &self.entries[slot as usize] {
            Some(e) => e.hash == hash && eq(&e.key),
            None => false,
        }
    }

    fn lookup_classic(&self, key: &impl Fn(&PyRef) -> bool, hash: i64) -> (usize, bool) {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let s = self.slots[i];
        if s == EMPTY {
            return (i, false);
        }
        if s == DUMMY {
            freeslot = Some(i);
        } else if self.slot_matches(s, key, hash) {
            return (i, true);
        }
        let mut perturb = hash as u64 as usize;
        loop {
            i = (i << 2)
                .wrapping_add(i)
                .wrapping_add(perturb)
                .wrapping_add(1);
            let idx = i & mask;
            let s = self.slots[idx];
            if s == EMPTY {
                return (freeslot.unwrap_or(idx), false);
            }
            if s == DUMMY {
                if freeslot.is_none() {
                    freeslot = Some(idx);
                }
            } else if self.slot_matches(s, key, hash) {
                return (idx, true);
            }
            perturb >>= PERTURB_SHIFT;
        }
    }

    fn lookup_set3(&self, key: &impl Fn(&PyRef) -> bool, hash: i64) -> (usize, bool) {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64 as usize;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let idx = i + j;
                let s = self.slots[idx];
                if s == EMPTY {
                    return (freeslot.unwrap_or(idx), false);
                }
                if s == DUMMY {
                    if freeslot.is_none() {
                        freeslot = Some(idx);
                    }
                } else if self.slot_matches(s, key, hash) {
                    return (idx, true);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    pub fn get(&self, key: &PyRef, hash: i64) -> Option<PyRef> {
        let (slot, found) = self.lookup(key, hash);
        if !found {
            return None;
        }
        let e = self.entries[self.slots[slot] as usize].as_ref()?;
        Some(e.value.clone())
    }

    /// The stored key equal to `key` (so `d[k]` can find the original object).
    pub fn get_key(&self, key: &PyRef, hash: i64) -> Option<PyRef> {
        let (slot, found) = self.lookup(key, hash);
        if !found {
            return None;
        }
        let e = self.entries[self.slots[slot] as usize].as_ref()?;
        Some(e.key.clone())
    }

    /// Whether some key ever stored may compare by user code.
    pub fn has_user_keys(&self) -> bool {
        self.user_keys
    }

    /// The stored keys whose hash is `hash` (the ones a lookup would compare, in table order),
    /// for keys whose equality runs user code.
    pub fn keys_with_hash(&self, hash: i64) -> Vec<PyRef> {
        self.entries
            .iter()
            .flatten()
            .filter(|e| e.hash == hash)
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn contains(&self, key: &PyRef, hash: i64) -> bool {
        self.lookup(key, hash).1
    }

    fn contains_slow(&self, key: &PyRef) -> bool {
        match hash_builtin(key, self.mode.py2_hash()) {
            Some(h) => self.contains(key, h),
            None => false,
        }
    }

    pub fn insert(&mut self, key: PyRef, hash: i64, value: PyRef) {
        let (slot, found) = self.lookup(&key, hash);
        if found {
            sites::hit(Site::DictOverwrite);
            let idx = self.slots[slot] as usize;
            if let Some(e) = self.entries[idx].as_mut() {
                e.value = value;
            }
            return;
        }
        if self.slots[slot] == EMPTY {
            self.fill += 1;
        }
        self.user_keys |= is_user_key(&key);
        let entry = Some(Entry { hash, key, value });
        match self.last_deleted.take().filter(|(h, _)| *h == hash) {
            Some((_, idx)) if planted!(DictReinsertKeepsPlace) && self.mode == Mode::Insertion => {
                sites::hit(Site::DictReinsert);
                self.entries[idx] = entry;
                self.slots[slot] = idx as i64;
            }
            reinsert => {
                sites::hit(if reinsert.is_some() {
                    Site::DictReinsert
                } else {
                    Site::DictInsert
                });
                self.entries.push(entry);
                self.slots[slot] = (self.entries.len() - 1) as i64;
            }
        }
        self.used += 1;
        let size = self.slots.len();
        let grow = match self.mode {
            Mode::Py3Set => self.fill * 5 >= self.mask() * 3,
            Mode::Py27 | Mode::Insertion => self.fill * 3 >= size * 2,
        };
        if grow {
            let factor = if self.used > 50000 { 2 } else { 4 };
            self.resize(factor * self.used);
        }
    }

    pub fn remove(&mut self, key: &PyRef, hash: i64) -> Option<PyRef> {
        let (slot, found) = self.lookup(key, hash);
        if !found {
            return None;
        }
        self.remove_at(slot)
    }

    /// Empties occupied `slot` (a dummy takes its place), returning its value.
    fn remove_at(&mut self, slot: usize) -> Option<PyRef> {
        sites::hit(Site::DictDelete);
        let idx = self.slots[slot] as usize;
        self.slots[slot] = DUMMY;
        self.used -= 1;
        let e = self.entries[idx].take()?;
        self.last_deleted = Some((e.hash, idx));
        Some(e.value)
    }

    /// Rebuilds the table for at least `min_used` items, reinserting in iteration order.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let order = self.order();
        self.last_deleted = None;
        let old = std::mem::take(&mut self.entries);
        self.slots = vec![EMPTY; size];
        self.fill = 0;
        self.used = 0;
        for idx in order {
            if let Some(e) = old[idx].clone() {
                let slot = self.clean_slot(e.hash);
                self.entries.push(Some(e));
                self.slots[slot] = (self.entries.len() - 1) as i64;
                self.fill += 1;
                self.used += 1;
            }
        }
    }

    /// The first empty slot on `hash`'s probe sequence (`insertdict_clean`).
    fn clean_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64 as usize;
        match self.mode {
            Mode::Py3Set => loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in 0..=probes {
                    if self.slots[i + j] == EMPTY {
                        return i + j;
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
            },
            _ => {
                if self.slots[i] == EMPTY {
                    return i;
                }
                loop {
                    i = (i << 2)
                        .wrapping_add(i)
                        .wrapping_add(perturb)
                        .wrapping_add(1);
                    if self.slots[i & mask] == EMPTY {
                        return i & mask;
                    }
                    perturb >>= PERTURB_SHIFT;
                }
            }
        }
    }

    /// Entry indices in iteration order.
    fn order(&self) -> Vec<usize> {
        match self.mode {
            Mode::Insertion => (0..self.entries.len())
                .filter(|i| self.entries[*i].is_some())
                .collect(),
            _ => self
                .slots
                .iter()
                .filter(|s| **s >= 0)
                .map(|s| *s as usize)
                .collect(),
        }
    }

    /// Number of iteration positions (for position-based live iteration).
    pub fn positions(&self) -> usize {
        match self.mode {
            Mode::Insertion => self.entries.len(),
            _ => self.slots.len(),
        }
    }

    /// The item at iteration position `pos`, if that position holds one.
    pub fn at_position(&self, pos: usize) -> Option<(PyRef, PyRef)> {
        let idx = match self.mode {
            Mode::Insertion => pos,
            _ => {
                let s = *self.slots.get(pos)?;
                if s < 0 {
                    return None;
                }
                s as usize
            }
        };
        self.entries
            .get(idx)?
            .as_ref()
            .map(|e| (e.key.clone(), e.value.clone()))
    }

    pub fn items(&self) -> Vec<(PyRef, PyRef)> {
        self.order()
            .into_iter()
            .filter_map(|i| self.entries[i].as_ref())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Items with their hashes, in iteration order.
    pub fn hashed_items(&self) -> Vec<(i64, PyRef, PyRef)> {
        self.order()
            .into_iter()
            .filter_map(|i| self.entries[i].as_ref())
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<PyRef> {
        self.items().into_iter().map(|(k, _)| k).collect()
    }

    pub fn values(&self) -> Vec<PyRef> {
        self.items().into_iter().map(|(_, v)| v).collect()
    }

    /// Every value, for replacing in place (keys, hashes and order stay as they are).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut PyRef> {
        self.entries.iter_mut().flatten().map(|e| &mut e.value)
    }

    /// Moves every key and value out, leaving the table empty.
    pub fn take_all(&mut self) -> Vec<PyRef> {
        let entries = std::mem::take(&mut self.entries);
        *self = Dict::new(self.mode);
        let mut out = Vec::with_capacity(entries.len() * 2);
        for e in entries.into_iter().flatten() {
            out.push(e.key);
            out.push(e.value);
        }
        out
    }

    pub fn clear(&mut self) {
        *self = Dict::new(self.mode);
    }

    /// 2.7's `PyDict_Merge` presizing before copying `n_other` items in.
    pub fn reserve_for_merge(&mut self, n_other: usize) {
        if self.mode == Mode::Py27 && (self.fill + n_other) * 3 >= self.slots.len() * 2 {
            self.resize((self.used + n_other) * 2);
        }
    }

    /// Looks up a string key (without allocating one).
    /// The slot of string key `name` with hash `h` (as [`Dict::lookup`], without a key object).
    fn lookup_str(&self, name: &str, h: i64) -> (usize, bool) {
        self.lookup_by(h, |k| match &**k {
            PyObj::Str(s) => &**s == name,
            PyObj::Unicode(s) => &**s == name,
            _ => false,
        })
    }

    pub fn get_str(&self, name: &str) -> Option<PyRef> {
        let h = hash_str(name, self.mode.py2_hash());
        let (slot, found) = self.lookup_str(name, h);
        if !found {
            return None;
        }
        let e = self.entries[self.slots[slot] as usize].as_ref()?;
        Some(e.value.clone())
    }

    pub fn set_str(&mut self, name: &str, value: PyRef) {
        let h = hash_str(name, self.mode.py2_hash());
        let (slot, found) = self.lookup_str(name, h);
        if found {
            // Rebinding keeps the existing key, as `insert` does; no key object needed.
            sites::hit(Site::DictOverwrite);
            let idx = self.slots[slot] as usize;
            if let Some(e) = self.entries[idx].as_mut() {
                e.value = value;
            }
            return;
        }
        self.insert(PyObj::new_str(name), h, value);
    }

    pub fn del_str(&mut self, name: &str) -> Option<PyRef> {
        let h = hash_str(name, self.mode.py2_hash());
        let (slot, found) = self.lookup_str(name, h);
        if !found {
            return None;
        }
        self.remove_at(slot)
    }

    /// Hash of a key under this table's hash flavour, for builtin keys.
    pub fn hash_of(&self, key: &PyRef) -> Option<i64> {
        hash_builtin(key, self.mode.py2_hash())
    }

    /// Pops the item at the first iteration position (`popitem` order differs by version, the
    /// caller chooses first or last).
    pub fn pop_last(&mut self) -> Option<(PyRef, PyRef)> {
        let order = self.order();
        let idx = *order.last()?;
        let e = self.entries[idx].clone()?;
        self.remove(&e.key, e.hash);
        Some((e.key, e.value))
    }

    pub fn pop_first(&mut self) -> Option<(PyRef, PyRef)> {
        let order = self.order();
        let idx = *order.first()?;
        let e = self.entries[idx].clone()?;
        self.remove(&e.key, e.hash);
        Some((e.key, e.value))
    }
}

/// The hash of a builtin hashable value, or `None` (unhashable, or needs the interpreter).
pub fn hash_builtin(o: &PyRef, py2: bool) -> Option<i64> {
    match &**o {
        PyObj::Unicode(s) if py2 => Some(hash_unicode27(s)),
        PyObj::Str(s) | PyObj::Unicode(s) => Some(hash_str(s, py2)),
        PyObj::Bytes(b) => Some(if py2 { hash_bytes27(b) } else { siphash13(b) }),
        PyObj::Bool(b) => Some(*b as i64),
        PyObj::Int(i) | PyObj::Long(i) => Some(hash_int(i, py2)),
        PyObj::Float(f) => Some(hash_float(*f, py2)),
        PyObj::None => Some(if py2 { 0x1234 } else { 0xFCA86420u32 as i64 }),
        PyObj::Tuple(items) => {
            let mut hashes = Vec::with_capacity(items.len());
            for it in items {
                hashes.push(hash_builtin(it, py2)?);
            }
            Some(hash_tuple(&hashes, py2))
        }
        PyObj::FrozenSet(d) => {
            let mut h: u64 = 0;
            for k in d.keys() {
                let x = hash_builtin(&k, py2)? as u64;
                h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
            }
            Some(h as i64)
        }
        PyObj::List(_) | PyObj::Dict(_) | PyObj::Set(_) => None,
        PyObj::Instance(_) => None,
        _ => Some(identity_hash(o)),
    }
}

/// `_Py_HashPointer`: the address rotated by 4 bits.
pub fn identity_hash(o: &PyRef) -> i64 {
    let a = super::addr(o) as u64;
    let h = a.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_str(s: &str, py2: bool) -> i64 {
    // ASCII text is its own 2.7 byte string and its own PEP 393 one-byte form: hash the
    // UTF-8 bytes without building a buffer (names, the common case, are ASCII).
    if s.is_ascii() {
        return if py2 {
            hash_bytes27(s.as_bytes())
        } else {
            siphash13(s.as_bytes())
        };
    }
    if py2 {
        let bytes: Vec<u8> = s.chars().map(|c| u32::from(c).min(255) as u8).collect();
        hash_bytes27(&bytes)
    } else {
        hash_str3(s)
    }
}

/// 2.7's `string_hash` with hash randomisation off.
fn hash_bytes27(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut x: i64 = (b[0] as i64) << 7;
    for c in b {
        x = 1000003i64.wrapping_mul(x) ^ (*c as i64);
    }
    x ^= b.len() as i64;
    if x == -1 {
        -2
    } else {
        x
    }
}

/// 2.7's `unicode_hash`: the classic hash over code points (UCS-4 build).
fn hash_unicode27(s: &str) -> i64 {
    let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
    let Some(first) = cps.first() else {
        return 0;
    };
    let mut x: i64 = (*first as i64) << 7;
    for c in &cps {
        x = 1000003i64.wrapping_mul(x) ^ (*c as i64);
    }
    x ^= cps.len() as i64;
    if x == -1 {
        -2
    } else {
        x
    }
}

/// 3.x `str` hash: SipHash-1-3 over the PEP 393 representation, zero key.
fn hash_str3(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        if max < 256 {
            buf.push(c as u8);
        } else if max < 65536 {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&c.to_le_bytes());
        }
    }
    siphash13(&buf)
}

fn siphash13(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let (k0, k1) = (0u64, 0u64);
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    };
    let chunks = data.chunks_exact(8);
    let rem = chunks.remainder();
    for c in chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        let m = u64::from_le_bytes(a);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut t: u64 = 0;
    for (i, b) in rem.iter().enumerate() {
        t |= (*b as u64) << (8 * i);
    }
    let b = ((data.len() as u64) << 56) | t;
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    let h = (v0 ^ v1 ^ v2 ^ v3) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

const MODULUS: u64 = (1u64 << 61) - 1;

pub fn hash_int(i: &BigInt, py2: bool) -> i64 {
    if py2 {
        if let Some(v) = i.to_i64() {
            return if v == -1 { -2 } else { v };
        }
        return hash_long27(i);
    }
    let m = BigInt::from(MODULUS);
    let mut r = (i.magnitude() % m.magnitude()).to_u64().unwrap_or(0) as i64;
    if i.sign() == Sign::Minus {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

/// 2.7's `long_hash` over 30-bit digits.
fn hash_long27(i: &BigInt) -> i64 {
    let digits: Vec<u64> = i
        .magnitude()
        .to_u32_digits()
        .iter()
        .map(|d| *d as u64)
        .collect();
    // Re-split the magnitude into 30-bit digits.
    let mut bits: Vec<u64> = Vec::new();
    let mag = i.magnitude().clone();
    let mut m = mag;
    let base = num_bigint::BigUint::from(1u64 << 30);
    while !m.is_zero() {
        bits.push((&m % &base).to_u64().unwrap_or(0));
        m /= &base;
    }
    let _ = digits;
    let mut x: u64 = 0;
    for d in bits.iter().rev() {
        x = x.rotate_left(30);
        x = x.wrapping_add(*d);
        if x < *d {
            x = x.wrapping_add(1);
        }
    }
    if i.sign() == Sign::Minus {
        x = x.wrapping_neg();
    }
    let r = x as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_float(f: f64, py2: bool) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if py2 {
            if f > 0.0 {
                314159
            } else {
                -271828
            }
        } else if f > 0.0 {
            314159
        } else {
            -314159
        };
    }
    if f.fract() == 0.0 {
        return hash_int(&num::float_to_bigint(f), py2);
    }
    if py2 {
        let (m, e) = frexp(f);
        let v = m * 2147483648.0;
        let hipart = v as i64;
        let v2 = (v - hipart as f64) * 2147483648.0;
        let x = hipart
            .wrapping_add(v2 as i64)
            .wrapping_add((e as i64) << 15);
        return if x == -1 { -2 } else { x };
    }
    // 3.x `_Py_HashDouble`.
    let (mut m, mut e) = frexp(f.abs());
    let sign: i64 = if f < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u64) % 61
    } else {
        60 - ((-1 - e as i64) as u64 % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let r = (x as i64) * sign;
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), e)
}

fn hash_tuple(hashes: &[i64], py2: bool) -> i64 {
    if py2 {
        let mut x: i64 = 0x345678;
        let mut mult: i64 = 1000003;
        let mut len = hashes.len() as i64;
        for y in hashes {
            len -= 1;
            x = (x ^ y).wrapping_mul(mult);
            mult = mult.wrapping_add(82520 + len + len);
        }
        x = x.wrapping_add(97531);
        return if x == -1 { -2 } else { x };
    }
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((*h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_hashes_match_cpython_formulas() {
        // Values printed by `hash('a')`, `hash('abc')` under PYTHONHASHSEED=0.
        assert_eq!(hash_str("", true), 0);
        assert_eq!(hash_str("", false), 0);
        assert_eq!(hash_int(&BigInt::from(-1), false), -2);
        assert_eq!(hash_int(&BigInt::from(-1), true), -2);
    }
}
