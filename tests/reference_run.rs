//! The reference run against the real interpreters: how runs end, and that blessings say
//! what `python FILE` run by hand shows (stdout and the traceback's last line).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use execdiff::corpus::{self, Case};
use execdiff::interp::{self, Interpreter};
use execdiff::observe::End;
use execdiff::refrun;
use execdiff::version::PyVersion;

fn run(python: &Interpreter, source: &str) -> refrun::RefRun {
    refrun::run_source(python, source.as_bytes(), Duration::from_secs(10)).unwrap()
}

#[test]
fn ends_are_classified() {
    for version in PyVersion::iter() {
        let Some(py) = interp::require(version) else {
            continue;
        };
        let r = run(&py, "import sys\nsys.stdout.write('hi\\n')\n");
        assert_eq!(
            (r.observation.stdout.as_str(), &r.observation.end),
            ("hi\n", &End::Ok)
        );

        // The type is named as the traceback names it (2.7 qualifies `__main__.`, 3.x not).
        let r = run(&py, "class E(Exception):\n    pass\nraise E('boom')\n");
        let End::Exception { ty, message } = &r.observation.end else {
            panic!("{version}: {:?}", r.observation.end)
        };
        let want = if version == PyVersion::PY27 {
            "__main__.E"
        } else {
            "E"
        };
        assert_eq!((ty.as_str(), message.as_str()), (want, "boom"), "{version}");
        assert_eq!(r.exit_code, 1);
        assert_eq!(
            r.stderr.lines().last(),
            Some(format!("{ty}: boom").as_str())
        );

        let r = run(&py, "x = 1\nif x\n");
        match &r.observation.end {
            End::SyntaxError { ty, line, .. } => {
                assert_eq!((ty.as_str(), *line), ("SyntaxError", Some(2)), "{version}")
            }
            other => panic!("{version}: {other:?}"),
        }

        let r = run(&py, "import os\nos._exit(3)\n");
        assert_eq!(
            r.observation.end,
            End::Crash {
                detail: "exit status 3".into()
            }
        );

        let r = refrun::run_source(&py, b"while True:\n    pass\n", Duration::from_millis(300))
            .unwrap();
        assert_eq!(r.observation.end, End::Timeout);
    }
}

#[test]
fn probes_arrive_in_order_with_identity() {
    for version in PyVersion::iter() {
        let Some(py) = interp::require(version) else {
            continue;
        };
        let r = run(
            &py,
            "d = {'a': 1}\n__observe__('first', d)\n__observe__('again', [d, d])\n",
        );
        let json = serde_json::to_string(&r.observation.probes).unwrap();
        assert_eq!(
            json,
            r#"[{"label":"first","value":{"t":"map","ty":"dict","id":1,"items":[[{"t":"str","ty":"str","v":"a"},{"t":"int","ty":"int","v":"1"}]]}},{"label":"again","value":{"t":"seq","ty":"list","id":2,"items":[{"t":"ref","id":1},{"t":"ref","id":1}]}}]"#,
            "{version}"
        );
    }
}

/// A directory holding a `sitecustomize` whose `__observe__` does nothing, so that a case runs
/// under plain `python FILE` exactly as a person would run it.
fn noop_observe_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("execdiff-noop-observe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("sitecustomize.py"),
        "try:\n    import builtins\nexcept ImportError:\n    import __builtin__ as builtins\n\
         builtins.__observe__ = lambda label, value: None\n",
    )
    .unwrap();
    dir
}

fn by_hand(python: &Path, file: &Path, observe_dir: &Path) -> (String, String) {
    let out = Command::new(python)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONPATH", observe_dir)
        .arg(file)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn seed_blessings_match_python_run_by_hand() {
    let seeds = corpus::default_root().join("seeds");
    let files = corpus::find_cases(&[seeds]).unwrap();
    assert!(!files.is_empty(), "corpus/seeds is empty");
    let observe_dir = noop_observe_dir();
    let mut checked = 0;
    for file in files {
        let case = Case::load(&file).unwrap();
        for version in case.run_versions() {
            let Some(py) = interp::require(version) else {
                continue;
            };
            let blessing = case
                .blessing(version)
                .unwrap()
                .unwrap_or_else(|| panic!("{} has no {version} blessing", file.display()));
            let (stdout, stderr) = by_hand(&py.path, &file, &observe_dir);
            assert_eq!(
                execdiff::observe::normalize_stdout(&stdout),
                blessing.stdout,
                "{} on {version}",
                file.display()
            );
            let last = stderr.lines().last().unwrap_or("");
            match &blessing.end {
                End::Ok => assert_eq!(stderr, "", "{} on {version}", file.display()),
                End::Exception { ty, message } | End::SyntaxError { ty, message, .. } => {
                    let expected = if message.is_empty() {
                        ty.clone()
                    } else {
                        format!("{ty}: {message}")
                    };
                    // 3.12+ tracebacks may append a suggestion that `str(exc)` lacks.
                    assert!(
                        last == expected || last.starts_with(&format!("{expected}. Did you mean")),
                        "{} on {version}: traceback ends {last:?}, blessing says {expected:?}",
                        file.display()
                    );
                }
                other => panic!("{} on {version}: blessed end {other:?}", file.display()),
            }
            checked += 1;
        }
    }
    eprintln!("checked {checked} seed blessings against plain runs");
}
