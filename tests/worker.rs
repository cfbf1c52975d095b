//! The CPython worker pool against the real interpreters: every bad input of issue 5 gets a
//! clear end and leaves the pool able to run the next case, and worker observations equal
//! reference-run observations on the corpus.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use execdiff::interp::{self, Interpreter};
use execdiff::observe::{End, Observation};
use execdiff::refrun;
use execdiff::target::cpython::{Case, Pool, PoolConfig, WorkerKind};
use execdiff::target::protocol;
use execdiff::version::PyVersion;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

/// A case written to disk, so that the reference run sees the same `__file__`.
fn case(source: &[u8]) -> Case {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("execdiff-worker-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let file = dir.join(format!("case{n}.py"));
    std::fs::write(&file, source).expect("write case");
    Case {
        file,
        source: source.to_vec(),
    }
}

fn reference(python: &Interpreter, case: &Case) -> Observation {
    refrun::run(python, &case.file, Duration::from_secs(20))
        .expect("reference run")
        .observation
}

/// Checks that a plain case runs normally on `pool` (after something bad happened).
async fn still_healthy(pool: &Pool, after: &str) {
    let obs = pool
        .run(&case(b"x = 6 * 7\nprint(x)\n__observe__('x', x)\n"))
        .await
        .expect("healthy case");
    assert_eq!(obs.end, End::Ok, "after {after}");
    assert_eq!(obs.stdout, "42\n", "after {after}");
    assert_eq!(obs.probes.len(), 1, "after {after}");
}

struct Bad {
    name: &'static str,
    source: &'static [u8],
    /// Must the observation equal the reference run's?
    like_reference: bool,
    check: fn(PyVersion, &Observation),
}

fn exception(obs: &Observation, ty: &str) {
    match &obs.end {
        End::Exception { ty: found, .. } => assert_eq!(found, ty, "{obs:?}"),
        other => panic!("expected {ty}, got {other:?}"),
    }
}

const BAD: &[Bad] = &[
    Bad {
        name: "non-utf-8 source",
        source: b"x = '\xff\xfe'\nprint(x)\n",
        like_reference: true,
        check: |_, obs| assert!(matches!(obs.end, End::SyntaxError { .. }), "{obs:?}"),
    },
    Bad {
        name: "parse error",
        source: b"x = (\n",
        like_reference: true,
        check: |_, obs| assert!(matches!(obs.end, End::SyntaxError { .. }), "{obs:?}"),
    },
    Bad {
        name: "endless loop",
        source: b"print('start')\nwhile True:\n    pass\n",
        like_reference: false,
        check: |_, obs| assert_eq!(obs.end, End::Timeout),
    },
    Bad {
        name: "megabytes of output",
        source: b"import sys\nfor i in range(50):\n    sys.stdout.write('x' * 100000 + '\\n')\n",
        like_reference: true,
        check: |_, obs| {
            assert_eq!(obs.end, End::Ok);
            assert_eq!(obs.stdout.len(), 50 * 100_001);
        },
    },
    Bad {
        // 4 GiB if nothing stopped it: the file size limit ends it at the cap, as in the
        // reference run, and the worker's in-memory capture file stays that small.
        name: "gigabytes of output",
        source: b"import sys\nchunk = 'x' * (1 << 20)\nfor i in range(4096):\n    sys.stdout.write(chunk)\n",
        like_reference: true,
        check: |v, obs| {
            exception(obs, if v.major == 2 { "IOError" } else { "OSError" });
            assert_eq!(obs.stdout.len() as u64, protocol::OUTPUT_CAP);
        },
    },
    Bad {
        name: "unbounded recursion",
        source: b"def f(n):\n    return f(n + 1)\nf(0)\n",
        like_reference: true,
        check: |v, obs| {
            let ty = if v.major == 2 { "RuntimeError" } else { "RecursionError" };
            exception(obs, ty);
        },
    },
    Bad {
        name: "recursion depth",
        source: b"import sys\ndef f(n):\n    try:\n        return f(n + 1)\n    except RecursionError if sys.version_info[0] > 2 else RuntimeError:\n        return n\nprint(f(0))\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(100)\nprint(f(0))\n",
        like_reference: true,
        check: |_, obs| assert_eq!(obs.end, End::Ok),
    },
    Bad {
        name: "gigabyte allocation",
        source: b"x = bytearray(8 * 1024 ** 3)\n",
        like_reference: false,
        check: |_, obs| exception(obs, "MemoryError"),
    },
    Bad {
        name: "os._exit",
        source: b"import os, sys\nprint('before')\nsys.stdout.flush()\nprint('lost')\nos._exit(3)\n",
        like_reference: true,
        check: |_, obs| {
            assert_eq!(
                obs.end,
                End::Crash {
                    detail: "exit status 3".into()
                }
            );
            assert_eq!(obs.stdout, "before\n");
        },
    },
    Bad {
        name: "sys.exit",
        source: b"import sys\nprint('bye')\nsys.exit(4)\n",
        like_reference: true,
        check: |_, obs| assert!(matches!(obs.end, End::Crash { .. })),
    },
    Bad {
        name: "closing stdout",
        source: b"import sys\nprint('a')\nsys.stdout.close()\nprint('b')\n",
        like_reference: true,
        check: |_, obs| exception(obs, "ValueError"),
    },
    Bad {
        name: "closing fd 1",
        source: b"import os\nprint('a')\nos.close(1)\n",
        like_reference: false,
        check: |_, obs| assert!(obs.stdout.is_empty() || obs.stdout == "a\n", "{obs:?}"),
    },
    Bad {
        name: "killing its own worker",
        source: b"import os, signal\n__observe__('pid', 1)\nos.kill(os.getpid(), signal.SIGKILL)\n",
        like_reference: true,
        check: |_, obs| {
            assert_eq!(
                obs.end,
                End::Crash {
                    detail: "killed by signal 9".into()
                }
            );
            assert_eq!(obs.probes.len(), 1);
        },
    },
    Bad {
        name: "garbage on the reply pipe",
        source: b"import os\nos.write(63, b'\\x00\\x00\\x00\\x05hello')\nimport time\ntime.sleep(0.2)\n",
        like_reference: false,
        check: |_, obs| {
            assert!(
                matches!(&obs.end, End::Crash { detail } if detail.contains("protocol")),
                "{obs:?}"
            )
        },
    },
    Bad {
        name: "tricky values",
        source: include_bytes!("data/tricky.py"),
        like_reference: true,
        check: |_, obs| assert!(obs.probes.len() > 20, "{obs:?}"),
    },
    Bad {
        name: "the golden canonicalisation table",
        source: include_bytes!("data/canon_golden.py"),
        like_reference: true,
        check: |_, obs| assert!(obs.probes.len() >= 35, "{obs:?}"),
    },
    Bad {
        // 3.x syntax: a SyntaxError (from the reference run) on 2.7.
        name: "canonicaliser stress values",
        source: include_bytes!("data/canon_stress.py"),
        like_reference: true,
        check: |v, obs| {
            if v.major == 3 {
                assert_eq!(obs.end, End::Ok);
                assert_eq!(obs.probes.len(), 21, "{obs:?}");
            }
        },
    },
    Bad {
        // 2.7 syntax: a SyntaxError (from the reference run) on 3.x.
        name: "2.7 canonicaliser stress values",
        source: include_bytes!("data/canon_stress27.py"),
        like_reference: true,
        check: |v, obs| {
            if v.major == 2 {
                assert_eq!(obs.end, End::Ok);
                assert_eq!(obs.probes.len(), 25, "{obs:?}");
            }
        },
    },
    Bad {
        name: "exceptions",
        source: b"class E(Exception):\n    pass\ndef f():\n    raise E('boom')\nf()\n",
        like_reference: true,
        check: |_, obs| assert!(matches!(obs.end, End::Exception { .. }), "{obs:?}"),
    },
    Bad {
        name: "interpreter shape",
        source: b"import sys, os\nprint(sorted(sys.modules))\nprint(sorted(globals()))\nprint(sys.argv == [__file__.split('/')[-1]] or sys.argv[0].endswith(__file__.split('/')[-1]))\nprint(sys.path[0] == os.path.dirname(os.path.realpath(__file__)))\nprint(sorted(os.environ))\nprint(sys.flags.no_user_site, sys.flags.dont_write_bytecode)\nprint(sys.getrecursionlimit(), type(sys.stdout).__name__, sys.stdout.encoding)\n",
        like_reference: true,
        check: |_, obs| assert_eq!(obs.end, End::Ok),
    },
    Bad {
        name: "outer frames",
        source: b"import sys\ndef depth():\n    f, n = sys._getframe(), 0\n    while f is not None:\n        n, f = n + 1, f.f_back\n    return n\nprint(depth())\ntry:\n    sys._getframe(1)\nexcept ValueError as e:\n    print(e)\n",
        like_reference: true,
        check: |_, obs| assert_eq!(obs.end, End::Ok),
    },
    Bad {
        name: "forking",
        source: b"import os, sys\nprint('parent and child')\nsys.stdout.flush()\npid = os.fork()\nif pid:\n    os.waitpid(pid, 0)\n    print('parent done')\nelse:\n    print('child done')\n",
        like_reference: true,
        check: |_, obs| assert_eq!(obs.end, End::Ok),
    },
    Bad {
        name: "a subprocess outliving its worker",
        source: b"import subprocess, sys, os\nsubprocess.Popen(['sleep', '30'], close_fds=False)\nos._exit(5)\n",
        like_reference: false,
        check: |_, obs| {
            assert_eq!(
                obs.end,
                End::Crash {
                    detail: "exit status 5".into()
                }
            )
        },
    },
    Bad {
        name: "leftover state",
        source: b"import sys, json\nsys.path.insert(0, '/nowhere')\nsys.settrace(lambda *a: None)\nsys.stdout = None\n__builtins__.len = None\n",
        like_reference: true,
        check: |_, obs| assert_eq!(obs.end, End::Ok),
    },
];

/// The worker kinds each version has: the script everywhere, the embedded worker on 3.x.
fn kinds(version: PyVersion) -> Vec<WorkerKind> {
    if version.semantics().embeddable {
        vec![WorkerKind::Script, WorkerKind::Embedded]
    } else {
        vec![WorkerKind::Script]
    }
}

/// Every (interpreter, worker kind) pair available here.
fn targets() -> Vec<(PyVersion, Interpreter, WorkerKind)> {
    let mut out = Vec::new();
    for version in PyVersion::iter() {
        if let Some(python) = interp::require(version) {
            for kind in kinds(version) {
                out.push((version, python.clone(), kind));
            }
        }
    }
    out
}

#[test]
fn bad_inputs_get_clear_ends_and_the_pool_goes_on() {
    let rt = runtime();
    for (version, python, kind) in targets() {
        let config = PoolConfig {
            kind,
            budget: Duration::from_secs(2),
            ..PoolConfig::default()
        };
        let pool = Pool::new(python.clone(), config).expect("pool");
        rt.block_on(still_healthy(&pool, "start"));
        for bad in BAD {
            let case = case(bad.source);
            let obs = rt
                .block_on(pool.run(&case))
                .unwrap_or_else(|e| panic!("{version} {kind:?} {}: {e}", bad.name));
            (bad.check)(version, &obs);
            if bad.like_reference {
                let expected = reference(&python, &case);
                assert_eq!(
                    obs, expected,
                    "{version} {kind:?} {}: worker vs reference",
                    bad.name
                );
            }
            rt.block_on(still_healthy(&pool, bad.name));
        }
        let stats = pool.stats();
        assert!(stats.timeouts >= 1, "{stats:?}");
        assert!(stats.fallbacks >= 2, "{stats:?}");
        assert!(stats.lost_workers >= 4, "{stats:?}");
        rt.block_on(pool.shutdown());
    }
}

#[test]
fn worker_observations_equal_reference_runs_on_the_corpus() {
    let rt = runtime();
    let files = execdiff::corpus::find_cases(&[execdiff::corpus::default_root()]).expect("corpus");
    assert!(!files.is_empty());
    for (version, python, kind) in targets() {
        let config = PoolConfig {
            kind,
            ..PoolConfig::default()
        };
        let pool = Pool::new(python.clone(), config).expect("pool");
        let mut compared = 0;
        let mut nondeterministic = 0;
        let mut mismatches = Vec::new();
        for file in &files {
            let Ok(loaded) = execdiff::corpus::Case::load(file) else {
                continue;
            };
            if !loaded.run_versions().any(|v| v == version) {
                continue;
            }
            let case = Case::from_file(file).expect("read case");
            let worker = rt.block_on(pool.run(&case)).expect("worker run");
            let expected = reference(&python, &case);
            compared += 1;
            // A program whose reference runs disagree with each other (it reads the clock,
            // starts interpreters with random hash seeds, ...) cannot be held to one answer.
            if worker != expected
                && (0..3).any(|_| {
                    let again = reference(&python, &case);
                    again != expected || again == worker
                })
            {
                nondeterministic += 1;
                continue;
            }
            if worker != expected {
                mismatches.push(format!(
                    "{}:\n  worker:    {worker:?}\n  reference: {expected:?}",
                    file.display()
                ));
            }
        }
        let stats = pool.stats();
        eprintln!(
            "{version} {kind:?}: {compared} corpus cases compared, {} differ, {nondeterministic} nondeterministic, {} ran as reference-run fallbacks",
            mismatches.len(),
            stats.fallbacks
        );
        assert!(compared > 0);
        // Fallbacks make equality trivial; they must stay the exception.
        assert!(
            stats.fallbacks * 5 < stats.cases,
            "{version} {kind:?}: {stats:?}"
        );
        assert!(
            mismatches.is_empty(),
            "{version} {kind:?}: {} of {compared} differ:\n{}",
            mismatches.len(),
            mismatches.join("\n")
        );
        rt.block_on(pool.shutdown());
    }
}

#[test]
fn concurrent_cases_keep_their_own_stdout_and_probes() {
    let rt = runtime();
    for (version, python, kind) in targets() {
        let config = PoolConfig {
            kind,
            workers: 3,
            recycle_after: 5,
            ..PoolConfig::default()
        };
        let pool = std::sync::Arc::new(Pool::new(python, config).expect("pool"));
        let handles: Vec<_> = (0..24)
            .map(|i| {
                let pool = std::sync::Arc::clone(&pool);
                let source = format!(
                    "import sys\nfor k in range({n}):\n    sys.stdout.write('case {i} line %d\\n' % k)\n__observe__('i', {i})\n{tail}",
                    n = i % 5 + 1,
                    tail = if i % 7 == 3 { "raise KeyError('k')\n" } else { "" }
                );
                rt.spawn(async move { (i, pool.run(&case(source.as_bytes())).await) })
            })
            .collect();
        for handle in handles {
            let (i, obs) = rt.block_on(handle).expect("task");
            let obs = obs.unwrap_or_else(|e| panic!("{version} {kind:?} case {i}: {e}"));
            let expected: String = (0..i % 5 + 1)
                .map(|k| format!("case {i} line {k}\n"))
                .collect();
            assert_eq!(obs.stdout, expected, "{version} {kind:?} case {i}");
            assert_eq!(obs.probes.len(), 1, "{version} {kind:?} case {i}");
            let raised = matches!(&obs.end, End::Exception { ty, .. } if ty == "KeyError");
            assert_eq!(
                raised,
                i % 7 == 3,
                "{version} {kind:?} case {i}: {:?}",
                obs.end
            );
        }
        let stats = pool.stats();
        assert_eq!(stats.cases, 24, "{stats:?}");
        assert!(stats.spawned >= 3 && stats.spawned <= 24, "{stats:?}");
        rt.block_on(pool.shutdown());
    }
}

/// A worker outlives the thread whose case started it: a campaign runs cases from many
/// threads that come and go, and a worker started from one (by `block_on` there) serves the
/// others. It once died with that thread (its parent-death signal was tied to it) and the next
/// case on it ended as "killed by signal 9".
#[test]
fn a_worker_outlives_the_thread_that_started_it() {
    let rt = runtime();
    for (version, python, kind) in targets() {
        let pool = Pool::new(
            python,
            PoolConfig {
                kind,
                ..PoolConfig::default()
            },
        )
        .expect("pool");
        std::thread::scope(|scope| {
            scope.spawn(|| rt.block_on(still_healthy(&pool, "first thread")));
        });
        rt.block_on(still_healthy(&pool, "after the first thread ended"));
        let stats = pool.stats();
        assert_eq!(stats.spawned, 1, "{version} {kind:?}: {stats:?}");
        rt.block_on(pool.shutdown());
    }
}
