//! The VM's execution-feature record (`vm::features`): each event is set when its mechanism
//! runs, and only then (not when the source merely contains it).

use execdiff::observe::End;
use execdiff::version::PyVersion;
use execdiff::vm::features::{Event, Executed};
use execdiff::vm::{run_source, VmConfig};

/// Runs `src` on the VM of `version`; checks that every event in `present` and none in
/// `absent` was executed, and returns the run's end.
fn check(version: PyVersion, src: &str, present: &[Event], absent: &[Event]) -> End {
    let out = run_source(src.as_bytes(), &VmConfig::new(version));
    let got: Vec<&str> = out.executed.iter().map(|e| e.name()).collect();
    for e in present {
        assert!(
            out.executed.contains(*e),
            "{} not recorded on {version} (recorded: {got:?}; end {:?})\n{src}",
            e.name(),
            out.observation.end
        );
    }
    for e in absent {
        assert!(
            !out.executed.contains(*e),
            "{} recorded on {version} (recorded: {got:?})\n{src}",
            e.name()
        );
    }
    out.observation.end
}

const PY3: [PyVersion; 2] = [PyVersion::PY312, PyVersion::PY313];

#[test]
fn exec_forms_3x() {
    for v in PY3 {
        check(
            v,
            "def f():\n    x = 1\n    exec('y = x + 1')\n    return locals()\nf()\n",
            &[
                Event::ExecCall,
                Event::ExecBare,
                Event::ExecBareInFunction,
                Event::ExecString,
                Event::Locals,
                Event::PyCall,
            ],
            &[
                Event::ExecStmt,
                Event::ExecCodeObject,
                Event::ExecGlobals,
                Event::ExecGlobalsLocals,
                Event::ExecNested,
                Event::Eval,
            ],
        );
        check(
            v,
            "exec(compile('a = 1', '<s>', 'exec'), {}, {})\n",
            &[
                Event::ExecGlobalsLocals,
                Event::ExecCodeObject,
                Event::CompileExec,
            ],
            &[
                Event::ExecBare,
                Event::ExecBareInFunction,
                Event::ExecString,
                Event::CompileEval,
            ],
        );
        check(
            v,
            "exec('a = 1', {})\nexec(\"exec('z = 1')\")\n",
            &[Event::ExecGlobals, Event::ExecBare, Event::ExecNested],
            &[Event::ExecBareInFunction, Event::ExecGlobalsLocals],
        );
        check(
            v,
            "eval('1', {})\neval(compile('1', '<s>', 'eval'))\ncompile('1', '<s>', 'single')\n",
            &[
                Event::Eval,
                Event::EvalDicts,
                Event::EvalCodeObject,
                Event::CompileEval,
                Event::CompileSingle,
            ],
            &[Event::ExecCall, Event::CompileExec, Event::ExecNested],
        );
    }
}

#[test]
fn exec_forms_27() {
    let v = PyVersion::PY27;
    check(
        v,
        "def f():\n    exec 'x = 1'\n    return x\nf()\n",
        &[
            Event::ExecStmt,
            Event::ExecBare,
            Event::ExecBareInFunction,
            Event::ExecString,
        ],
        &[Event::ExecCall, Event::ExecGlobals],
    );
    check(
        v,
        "exec 'y = 1' in {}\nexec('y = 1', {}, {})\nexec compile('z = 2', '<s>', 'exec')\n",
        &[
            Event::ExecStmt,
            Event::ExecGlobals,
            Event::ExecGlobalsLocals,
            Event::ExecCodeObject,
            Event::ExecBare,
            Event::CompileExec,
        ],
        &[Event::ExecBareInFunction, Event::ExecCall],
    );
    // The unqualified exec de-optimises the function, but its locals stay fast (2.7's
    // `compiler_nameop`): `del` is still a DELETE_FAST. In exec'd code it is a DELETE_NAME.
    check(
        v,
        "def f():\n    exec ''\n    x = 1\n    del x\nf()\nprint 1\n",
        &[Event::DelFast, Event::Print],
        &[Event::DelName],
    );
    check(
        v,
        "exec 'x = 1\\ndel x' in {}, {}\n",
        &[Event::DelName],
        &[Event::DelFast, Event::DelGlobal],
    );
}

#[test]
fn deletes() {
    for v in PY3 {
        check(
            v,
            "g = 1\ndef outer():\n    c = 2\n    def inner():\n        nonlocal c\n        c = 3\n        del c\n    inner()\n    global g\n    del g\nouter()\n",
            &[
                Event::NonlocalStore,
                Event::DelFree,
                Event::DelGlobal,
                Event::GlobalStore,
            ],
            &[Event::DelCell, Event::DelFast, Event::DelName],
        );
        check(
            v,
            "def h():\n    v = 1\n    def r():\n        return v\n    r()\n    del v\n    w = 2\n    del w\nh()\n",
            &[
                Event::CellStore,
                Event::FreeLoad,
                Event::DelCell,
                Event::DelFast,
            ],
            &[Event::DelFree, Event::NonlocalStore, Event::DelGlobal],
        );
    }
    for v in [PyVersion::PY27, PyVersion::PY312, PyVersion::PY313] {
        check(
            v,
            "q = 1\ndel q\nclass C:\n    x = 1\n    del x\nd = {1: 2}\ndel d[1]\n",
            &[Event::DelGlobal, Event::DelName, Event::DelSubscr],
            &[Event::DelFast, Event::GlobalStore, Event::ClassInFunction],
        );
    }
}

#[test]
fn namespaces() {
    for v in [PyVersion::PY27, PyVersion::PY312, PyVersion::PY313] {
        check(
            v,
            "import sys\ndef f():\n    d = locals()\n    d['k'] = 1\n    return d['k'], vars(), dir(), globals(), sys._getframe().f_locals\nf()\n",
            &[
                Event::Locals,
                Event::LocalsHeldWrite,
                Event::LocalsHeldRead,
                Event::Vars,
                Event::Dir,
                Event::Globals,
                Event::GetFrame,
                Event::FrameLocals,
            ],
            &[Event::DelSubscr],
        );
        // Subscripts on other dicts, `vars` and `dir` with an argument: none of these.
        check(
            v,
            "class C(object):\n    a = 1\nd = {}\nd['k'] = 1\nd['k']\nvars(C)\ndir(C)\n",
            &[Event::Assign],
            &[
                Event::LocalsHeldWrite,
                Event::LocalsHeldRead,
                Event::Vars,
                Event::Dir,
                Event::Locals,
            ],
        );
    }
}

#[test]
fn calls_scopes_and_loops() {
    for v in [PyVersion::PY27, PyVersion::PY312, PyVersion::PY313] {
        check(
            v,
            "def rec(n, k=1):\n    if n > 0:\n        return rec(n - 1)\n    return 0\nrec(2)\n(lambda a: a)(1)\ndef f():\n    class K:\n        pass\nf()\n[i for i in range(2)]\nfor j in range(2):\n    pass\n",
            &[
                Event::Recursion,
                Event::CallArgs,
                Event::DefaultUsed,
                Event::LambdaCall,
                Event::ClassInFunction,
                Event::Comprehension,
                Event::LoopIteration,
                Event::Branch,
            ],
            &[Event::GeneratorResumed],
        );
        // A generator expression consumed by a builtin: a generator resumed, but neither a
        // comprehension's element nor a loop of the module.
        check(
            v,
            "def a():\n    return b()\ndef b():\n    return 1\na()\nlist(i for i in range(2) if i)\n",
            &[Event::GeneratorResumed, Event::PyCall],
            &[
                Event::Comprehension,
                Event::LoopIteration,
                Event::Branch,
                Event::Recursion,
                Event::CallArgs,
                Event::LambdaCall,
                Event::ClassInFunction,
            ],
        );
    }
}

#[test]
fn caught_exceptions() {
    for v in [PyVersion::PY27, PyVersion::PY312, PyVersion::PY313] {
        check(
            v,
            "try:\n    undefined_name\nexcept NameError:\n    pass\ndef f():\n    try:\n        y = x\n        x = 1\n    except Exception:\n        pass\nf()\ntry:\n    {}['k']\nexcept KeyError:\n    pass\n",
            &[
                Event::Caught,
                Event::CaughtNameError,
                Event::CaughtUnboundLocal,
                Event::CaughtKeyError,
                Event::UnboundLocal,
            ],
            &[],
        );
        // An except clause that does not match catches nothing.
        let end = check(
            v,
            "try:\n    {}['k']\nexcept TypeError:\n    pass\n",
            &[],
            &[Event::Caught, Event::CaughtKeyError],
        );
        assert!(matches!(end, End::Exception { ref ty, .. } if ty == "KeyError"));
    }
}

#[test]
fn code_that_does_not_run_records_nothing() {
    for v in PY3 {
        check(
            v,
            "def f():\n    exec('x = 1')\n    del y\nif len('') > 1:\n    f()\n",
            &[Event::Branch],
            &[Event::ExecCall, Event::DelFast, Event::PyCall],
        );
        let out = run_source(b"def f(:\n    pass\n", &VmConfig::new(v));
        assert!(matches!(out.observation.end, End::SyntaxError { .. }));
        assert_eq!(out.executed, Executed::default());
    }
}
