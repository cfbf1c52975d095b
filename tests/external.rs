//! External targets (issue 8): the plain-Python worker of `harness/ext/` (a second
//! implementation of `harness/PROTOCOL.md`) gives the reference run's observations; crashes,
//! timeouts and protocol errors of an external worker end the case and leave the target usable;
//! the RustPython worker runs programs like CPython 3.13 where the two must agree.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use execdiff::interp::{self, Interpreter};
use execdiff::observe::{End, Observation, Value};
use execdiff::refrun;
use execdiff::target::cpython::{harness_dir, Case, PoolConfig, WorkerError};
use execdiff::target::external::{self, ExternalSpec, ExternalTarget};
use execdiff::version::PyVersion;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("execdiff-external-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// A case written to disk, so that the reference run sees the same `__file__`.
fn case(source: &str) -> Case {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let file = scratch().join(format!("case{n}.py"));
    std::fs::write(&file, source).expect("write case");
    Case {
        file,
        source: source.as_bytes().to_vec(),
    }
}

fn reference(python: &Interpreter, case: &Case) -> Observation {
    refrun::run(python, &case.file, Duration::from_secs(20))
        .expect("reference run")
        .observation
}

fn config(budget_ms: u64) -> PoolConfig {
    PoolConfig {
        budget: Duration::from_millis(budget_ms),
        startup_budget: Duration::from_secs(10),
        ..PoolConfig::default()
    }
}

/// The plain-Python worker under `python`, declared as `python`'s version.
fn pyext(python: &Interpreter) -> ExternalTarget {
    let worker = harness_dir().join("ext/pyext_worker.py");
    let spec = external::parse_spec(&format!(
        "pyext={}:{} -s -B {}",
        python.version,
        python.path.display(),
        worker.display()
    ))
    .expect("spec");
    ExternalTarget::new(spec, config(3000)).expect("pyext target")
}

/// Programs on which any faithful worker must equal the reference run.
const AGREE: &[&str] = &[
    "print('hello')\nprint(1, 2.5, None, [1, (2, 3)], {'a': 1})\n",
    "x = 6 * 7\n__observe__('x', x)\n__observe__('big', 2 ** 5000)\n__observe__('f', 1.0 / 3)\n",
    "d = {'k': [1, 2]}\n__observe__('d', d)\n__observe__('again', d)\n__observe__('inner', d['k'])\n",
    "def outer():\n    y = 1\n    def inner():\n        return y\n    return inner\n\
     f = outer()\n__observe__('cell', f.__closure__[0])\n__observe__('f', f)\n",
    "class C:\n    def __init__(self):\n        self.a = 1\n__observe__('c', C())\n__observe__('C', C)\n",
    "def f():\n    x = 1\n    exec('x = 2')\n    return locals()\n__observe__('l', f())\n",
    "print('before')\nraise KeyError('k')\n",
    "class E(Exception):\n    pass\nraise E('mine')\n",
    "def f():\n    return z\nf()\n",
    "import sys\nprint('bye')\nsys.exit(3)\n",
    "raise SystemExit('text')\n",
    "eval('1 +')\n",
    "s = {'b', 'a'}\n__observe__('s', 'x\\u00e9\\n\"')\n__observe__('b', b'\\xff\\x00a')\n",
];

#[test]
fn plain_python_worker_equals_reference_runs() {
    let rt = runtime();
    let mut ran = 0;
    for version in [PyVersion::PY312, PyVersion::PY313] {
        let Some(python) = interp::require(version) else {
            continue;
        };
        let target = pyext(&python);
        for source in AGREE {
            let case = case(source);
            let obs = rt.block_on(target.run(&case)).expect("external run");
            assert_eq!(obs, reference(&python, &case), "{version}: {source}");
            ran += 1;
        }
        let stats = target.stats();
        assert_eq!(stats.spawned, 1, "one worker served every case: {stats:?}");
        rt.block_on(target.shutdown());
    }
    assert!(
        ran > 0 || std::env::var_os("CI").is_none(),
        "no CPython 3.x found on CI"
    );
}

/// The plain-Python worker reproduces a script run's `__main__` (its keys in order, what
/// `dir()`, `globals()` and the recursion limit show) on CPython 3.9, a reference-only
/// version: the namespace shape comes from the worker's own `__main__`, not from a list, so it
/// holds for any implementation (issue 13: PyPy). Corpus cases that read the module namespace
/// must equal their reference runs through it.
#[test]
fn plain_python_worker_reproduces_a_script_main_on_3_9() {
    let Some(python) = interp::require(PyVersion::PY39) else {
        return;
    };
    let rt = runtime();
    let target = pyext(&python);
    let mut sources: Vec<String> = [
        "print(dir())\nprint(list(globals()))\n__observe__('g', globals())\n",
        "import sys\nprint(sys.getrecursionlimit(), __name__, sys.argv == [__file__])\n\
         def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n",
        "import sys\nprint(sys.modules['__main__'].__dict__ is globals(), __loader__.name)\n",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for name in [
        "scope/dir_after_exec.py",
        "scope/dir_no_args_function.py",
        "scope/exec_module_globals_locals_same.py",
        "scope/exec_module_del_global.py",
        "scope/del_global_via_exec_global_decl.py",
    ] {
        let path = execdiff::corpus::default_root().join(name);
        sources.push(std::fs::read_to_string(&path).expect("corpus case"));
    }
    for source in &sources {
        let case = case(source);
        let obs = rt.block_on(target.run(&case)).expect("external run");
        assert_eq!(obs, reference(&python, &case), "3.9: {source}");
    }
    rt.block_on(target.shutdown());
}

fn healthy(rt: &tokio::runtime::Runtime, target: &ExternalTarget, after: &str) {
    let obs = rt
        .block_on(target.run(&case("print(6 * 7)\n__observe__('x', 1)\n")))
        .expect("healthy case");
    assert_eq!(obs.end, End::Ok, "after {after}: {obs:?}");
    assert_eq!(obs.stdout, "42\n", "after {after}");
    assert_eq!(obs.probes.len(), 1, "after {after}");
}

#[test]
fn external_worker_crashes_and_timeouts_end_the_case_only() {
    let rt = runtime();
    let Some(python) = interp::require(PyVersion::PY312) else {
        return;
    };
    let target = pyext(&python);
    healthy(&rt, &target, "start");

    // The harness never second-guesses an external worker, but a worker may hand a case back:
    // this one does for a program that can look below its own `<module>` frame (its own
    // frames would show there), and the case ends inconclusive, counted as a fallback.
    let obs = rt
        .block_on(target.run(&case(
            "import sys\nprint(sys._getframe(0).f_back is None)\n",
        )))
        .expect("frame case");
    assert_eq!(
        obs.end,
        End::Unsupported {
            construct: "worker fallback: may look below its own frame".into(),
            line: None
        },
        "{obs:?}"
    );
    assert_eq!(obs.stdout, "", "a case handed back does not run");
    assert_eq!(target.stats().fallbacks, 1);
    healthy(&rt, &target, "fallback");

    let obs = rt
        .block_on(target.run(&case("print('spin')\nwhile True:\n    pass\n")))
        .expect("timeout case");
    assert_eq!(obs.end, End::Timeout);
    healthy(&rt, &target, "timeout");

    let source = "import os\nprint('dying', flush=True)\n__observe__('p', 1)\nos._exit(7)\n";
    let case7 = case(source);
    let obs = rt.block_on(target.run(&case7)).expect("exit case");
    assert_eq!(
        obs.end,
        End::Crash {
            detail: "exit status 7".into()
        }
    );
    assert_eq!(
        obs,
        reference(&python, &case7),
        "os._exit like a reference run"
    );
    healthy(&rt, &target, "os._exit");

    let obs = rt
        .block_on(target.run(&case(
            "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n",
        )))
        .expect("signal case");
    assert_eq!(
        obs.end,
        End::Crash {
            detail: "killed by signal 11".into()
        }
    );
    healthy(&rt, &target, "SIGSEGV");

    let stats = target.stats();
    assert_eq!(stats.timeouts, 1, "{stats:?}");
    assert_eq!(stats.lost_workers, 3, "{stats:?}");
    assert_eq!(stats.spawned, 4, "{stats:?}");
}

/// A worker script that misbehaves in one way, as a target.
fn rogue(python: &Interpreter, name: &str, body: &str) -> ExternalTarget {
    let file = scratch().join(format!("{name}.py"));
    let prelude = "import os, sys, json\n\
        def frame(obj):\n    p = json.dumps(obj).encode()\n    \
        os.write(int(sys.argv[2]), len(p).to_bytes(4, 'big') + p)\n\
        def request():\n    n = int.from_bytes(os.read(int(sys.argv[1]), 4), 'big')\n    \
        return os.read(int(sys.argv[1]), n)\n";
    std::fs::write(&file, format!("{prelude}{body}")).expect("rogue worker");
    let spec = ExternalSpec {
        name: name.into(),
        version: python.version,
        command: vec![
            python.path.to_string_lossy().into_owned(),
            file.to_string_lossy().into_owned(),
        ],
    };
    ExternalTarget::new(spec, config(2000)).expect("rogue target")
}

const HELLO: &str = "frame({'hello': {'protocol': 1, 'python': 'rogue', 'pid': os.getpid()}})\n";

#[test]
fn protocol_errors_and_fallbacks_of_external_workers() {
    let rt = runtime();
    let Some(python) = interp::require(PyVersion::PY312) else {
        return;
    };
    let probe = case("print(1)\n");

    let silent = rogue(&python, "silent", "print('no hello', file=sys.stderr)\n");
    match rt.block_on(silent.run(&probe)) {
        Err(WorkerError::Handshake { detail, .. }) => {
            assert!(detail.contains("no hello"), "{detail}")
        }
        other => panic!("expected a handshake error, got {other:?}"),
    }

    let old = rogue(
        &python,
        "old",
        "frame({'hello': {'protocol': 0, 'python': 'x', 'pid': 1}})\n",
    );
    match rt.block_on(old.run(&probe)) {
        Err(WorkerError::Handshake { detail, .. }) => {
            assert!(detail.contains("protocol 0"), "{detail}")
        }
        other => panic!("expected a version refusal, got {other:?}"),
    }

    let body = format!(
        "{HELLO}while True:\n    r = request()\n    \
         frame({{'done': {{'id': 999999, 'status': 0, 'recycle': False}}}})\n"
    );
    let wrong = rogue(&python, "wrong_id", &body);
    let obs = rt.block_on(wrong.run(&probe)).expect("wrong id case");
    match &obs.end {
        End::Crash { detail } => assert!(detail.starts_with("protocol error:"), "{detail}"),
        other => panic!("expected a protocol error, got {other:?}"),
    }
    assert_eq!(wrong.stats().lost_workers, 1);

    let body = format!(
        "{HELLO}while True:\n    r = request()\n    i = int(r.split(b'\\n')[0].split()[1])\n    \
         frame({{'fallback': {{'id': i, 'reason': 'cannot'}}}})\n"
    );
    let shy = rogue(&python, "fallback", &body);
    for _ in 0..2 {
        let obs = rt.block_on(shy.run(&probe)).expect("fallback case");
        assert_eq!(
            obs.end,
            End::Unsupported {
                construct: "worker fallback: cannot".into(),
                line: None
            },
            "a fallback is never answered by CPython for an external target"
        );
    }
    assert_eq!(shy.stats().spawned, 1, "fallback keeps the worker");
}

/// The RustPython worker, or `None` (with the reason printed) when it is not built outside CI.
fn rustpython() -> Option<ExternalTarget> {
    let spec = external::resolve("rustpython").expect("built-in");
    match ExternalTarget::new(spec, config(10_000)) {
        Ok(target) => Some(target),
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("skipping the RustPython tests: {e}");
            None
        }
        Err(e) => panic!("CI must build the RustPython worker first: {e}"),
    }
}

/// Programs whose observations RustPython and CPython 3.13 must share.
const RUSTPYTHON_AGREE: &[&str] = &[
    "print('hello', 1 + 2)\nprint([1, 'a', None], end='!\\n')\n",
    "x = [1, 2]\n__observe__('x', x)\n__observe__('same', x)\n__observe__('t', (x, 'y', 3))\n",
    "__observe__('n', 2 ** 100)\n__observe__('b', True)\n__observe__('d', {'a': [1]})\n",
    "def f():\n    return undefined_name\nf()\n",
    "1 / 0\n",
    "class E(Exception):\n    pass\nraise E('mine')\n",
    "import sys\nsys.exit(4)\n",
    "def f(:\n    pass\n",
];

#[test]
fn rustpython_worker_runs_programs_like_cpython_313() {
    let Some(target) = rustpython() else {
        return;
    };
    let rt = runtime();
    let python = interp::require(PyVersion::PY313);
    for source in RUSTPYTHON_AGREE {
        let case = case(source);
        let obs = rt.block_on(target.run(&case)).expect("rustpython run");
        if let Some(python) = &python {
            let expected = reference(python, &case);
            if matches!(expected.end, End::SyntaxError { .. }) {
                // Parsers word errors differently; the kind and line must agree.
                match (&obs.end, &expected.end) {
                    (
                        End::SyntaxError { ty, line, .. },
                        End::SyntaxError {
                            ty: ety, line: el, ..
                        },
                    ) => assert_eq!((ty, line), (ety, el), "{source}"),
                    _ => panic!("{source}: {obs:?} vs {expected:?}"),
                }
            } else {
                assert_eq!(obs, expected, "{source}");
            }
        }
    }
    // The canonicaliser's corner cases (self-reference, node cap, hostile subclasses, a
    // `__dict__` property, cells, huge ints) come out as the reference canonicaliser's.
    if let Some(python) = &python {
        let tricky = harness_dir().join("../tests/data/tricky.py");
        let source = std::fs::read_to_string(&tricky).expect("tests/data/tricky.py");
        let case = case(&source);
        let obs = rt.block_on(target.run(&case)).expect("tricky");
        assert_eq!(obs, reference(python, &case), "tricky values");
    }
    // RustPython's own names, and identity per case.
    let obs = rt
        .block_on(target.run(&case("__observe__('f', len)\n__observe__('l', [])\n")))
        .expect("names");
    assert_eq!(obs.end, End::Ok, "{obs:?}");
    assert!(matches!(&obs.probes[0].value, Value::Function { name, id: 1, .. } if name == "len"));
    assert!(matches!(&obs.probes[1].value, Value::Seq { id: 2, .. }));
    // A case cannot leak builtins or names into the next one.
    let obs = rt
        .block_on(target.run(&case("import builtins\nbuiltins.len = None\nleak = 1\n")))
        .expect("leak");
    assert_eq!(obs.end, End::Ok, "{obs:?}");
    let obs = rt
        .block_on(target.run(&case("print(len('abc'), 'leak' in globals())\n")))
        .expect("after leak");
    assert_eq!(obs.stdout, "3 False\n");
    // A timeout kills the worker; the next case gets a fresh one.
    let fast = ExternalTarget::new(target.spec().clone(), config(1500)).expect("target");
    let obs = rt
        .block_on(fast.run(&case("while True:\n    pass\n")))
        .expect("timeout");
    assert_eq!(obs.end, End::Timeout);
    let obs = rt.block_on(fast.run(&case("print(7)\n"))).expect("after");
    assert_eq!(obs.stdout, "7\n");
}
