//! The builtin state every run starts from (type objects, exception classes, the `builtins`
//! and `sys` modules), built once per thread and [`Semantics`] and shared by the runs on that
//! thread.
//!
//! Building it costs more than running a typical corpus program, so [`Vm::new`] takes the
//! shared objects from here and copies only what a program can change: the module namespaces
//! reachable from `sys.modules` and the mutable containers they hold (`sys.argv`, `sys.path`,
//! `sys.modules` itself). Everything else in the template is immutable from Python: builtin
//! classes refuse `setattr` and `delattr`, their `__dict__` is a read-only proxy, builtin
//! functions and streams carry no state. Template objects are not registered for cycle
//! breaking ([`objects::untracked`]), so `break_cycles` at the end of a run leaves them whole.
//!
//! Invariant for whoever adds builtin state: a mutable object (dict, list, set, module,
//! instance) may sit in the template only inside a module namespace, where [`fresh`] copies
//! it; a mutable object anywhere else would leak one run's changes into the next.
//!
//! Objects are `Rc`, so templates are per thread (thread-local): no locks, nothing shared
//! between threads.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::rc::Rc;

use crate::version::Semantics;
use crate::vm::objects::{self, Instance, Module, PyObj, PyRef, Types};

use super::Vm;

/// The shared part of a fresh VM.
pub struct Base {
    sem: Semantics,
    filename: String,
    pub t: Types,
    pub exc_types: HashMap<&'static str, PyRef>,
    pub builtins: PyRef,
    pub modules: PyRef,
    pub sys: PyRef,
    pub none: PyRef,
    pub true_: PyRef,
    pub false_: PyRef,
    pub null: PyRef,
}

/// Templates kept per thread: one per version is the common case (a campaign alternates
/// between three); tests that flip a semantics answer add a few more.
const MAX_BASES: usize = 6;

thread_local! {
    static BASES: RefCell<Vec<Rc<Base>>> = const { RefCell::new(Vec::new()) };
}

/// The template for `sem` (and `filename`, which `sys.argv` holds), built on first use.
pub fn get(sem: &Semantics, filename: &str) -> Rc<Base> {
    let found = BASES.with(|b| {
        b.borrow()
            .iter()
            .find(|base| base.sem == *sem && base.filename == filename)
            .cloned()
    });
    if let Some(base) = found {
        return base;
    }
    let base = Rc::new(objects::untracked(|| build(sem, filename)));
    BASES.with(|b| {
        let mut b = b.borrow_mut();
        if b.len() >= MAX_BASES {
            b.remove(0);
        }
        b.push(base.clone());
    });
    base
}

fn build(sem: &Semantics, filename: &str) -> Base {
    let vm = Vm::build(sem.clone(), 0, 0, filename);
    Base {
        sem: sem.clone(),
        filename: filename.to_string(),
        t: vm.t.clone(),
        exc_types: vm.exc_types.clone(),
        builtins: vm.builtins.clone(),
        modules: vm.modules.clone(),
        sys: vm.sys.clone(),
        none: vm.none.clone(),
        true_: vm.true_.clone(),
        false_: vm.false_.clone(),
        null: vm.null.clone(),
    }
}

/// Template objects already copied for this run, by address.
pub type Memo = Vec<(usize, PyRef)>;

/// This run's copy of template object `o`: a new container for each mutable one (copied once,
/// so shared references and cycles such as `sys.modules` stay shared), `o` itself otherwise.
pub fn fresh(o: &PyRef, memo: &mut Memo) -> PyRef {
    let key = objects::addr(o);
    if let Some((_, copy)) = memo.iter().find(|(k, _)| *k == key) {
        return copy.clone();
    }
    match &**o {
        PyObj::Dict(d) => {
            let copy = PyObj::new_dict(objects::Dict::new(d.borrow().mode()));
            memo.push((key, copy.clone()));
            let mut table = d.borrow().clone();
            for v in table.values_mut() {
                if is_mutable(v) {
                    *v = fresh(v, memo);
                }
            }
            if let PyObj::Dict(c) = &*copy {
                *c.borrow_mut() = table;
            }
            copy
        }
        PyObj::List(l) => {
            let copy = PyObj::new_list(Vec::new());
            memo.push((key, copy.clone()));
            let items: Vec<PyRef> = l.borrow().iter().map(|v| fresh(v, memo)).collect();
            if let PyObj::List(c) = &*copy {
                *c.borrow_mut() = items;
            }
            copy
        }
        PyObj::Set(s) => {
            let copy = objects::track(Rc::new(PyObj::Set(RefCell::new(s.borrow().clone()))));
            memo.push((key, copy.clone()));
            copy
        }
        PyObj::Module(m) => {
            // The namespace first, so a module reachable from its own namespace finds itself.
            let dict = fresh(&m.dict, memo);
            if let Some((_, copy)) = memo.iter().find(|(k, _)| *k == key) {
                return copy.clone();
            }
            let copy = Rc::new(PyObj::Module(Module {
                name: m.name.clone(),
                dict,
            }));
            memo.push((key, copy.clone()));
            copy
        }
        PyObj::Instance(i) if i.exc.is_none() => {
            let dict = fresh(&i.dict, memo);
            let copy = objects::track(Rc::new(PyObj::Instance(Instance {
                class: RefCell::new(i.class.borrow().clone()),
                dict,
                exc: None,
                native: i.native.as_ref().map(|n| fresh(n, memo)),
            })));
            memo.push((key, copy.clone()));
            copy
        }
        _ => o.clone(),
    }
}

/// Whether [`fresh`] copies `o` (most namespace values are classes and builtin functions,
/// which it shares).
fn is_mutable(o: &PyRef) -> bool {
    matches!(
        &**o,
        PyObj::Dict(_) | PyObj::List(_) | PyObj::Set(_) | PyObj::Module(_) | PyObj::Instance(_)
    )
}

#[cfg(test)]
mod tests {
    use crate::version::PyVersion;
    use crate::vm::{run_source, VmConfig};

    /// Changes everything a program can change in the shared state.
    const MUTATE: &str = "\
import sys, builtins
builtins.len = None
builtins.extra = 1
del builtins.abs
sys.argv.append('x')
sys.path.append('p')
sys.modules['fake'] = 1
sys.foo = 2
del sys.maxsize
for cls in (ValueError, KeyError):
    try:
        del cls.__module__
    except TypeError as e:
        print(e)
print('mutated', len)
";

    const INSPECT: &str = "\
import sys, builtins
print(len([1]), abs(-1), hasattr(builtins, 'extra'), sys.argv, sys.path)
print('fake' in sys.modules, hasattr(sys, 'foo'), hasattr(sys, 'maxsize'))
print(ValueError.__module__, KeyError.__module__, sys.modules['sys'] is sys)
";

    /// Runs `programs` in order on one fresh thread (so on one template); their stdouts.
    fn run_in_order(programs: &'static [&'static str]) -> Vec<String> {
        std::thread::spawn(move || {
            programs
                .iter()
                .map(|p| {
                    let out = run_source(p.as_bytes(), &VmConfig::new(PyVersion::PY312));
                    out.observation.stdout
                })
                .collect()
        })
        .join()
        .expect("runs")
    }

    #[test]
    fn a_run_does_not_see_an_earlier_runs_changes() {
        let alone = run_in_order(&[INSPECT]);
        let after = run_in_order(&[MUTATE, INSPECT]);
        assert!(after[0].contains("mutated None"), "{}", after[0]);
        assert_eq!(alone[0], after[1]);
    }
}
