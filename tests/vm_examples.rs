//! The VM against the real interpreters, and the VM's robustness.
//!
//! - `scope_examples_agree`: every program of `corpus/examples` (the reference document's
//!   examples) runs on the VM and on the live CPython 2.7/3.12/3.13 (the reference run's
//!   environment), whatever versions its directive names; stdout, the last
//!   stderr line and the exit status must agree, unless the VM ends `Unsupported` (allowed,
//!   from the closed list) or the case is in `KNOWN_DIVERGENCES`, which is strict: a listed
//!   case that starts agreeing fails until it is removed from the list.
//! - `hashes_match_cpython`: string and number hashes, which decide 2.7 dict order and set
//!   order everywhere.
//! - `never_panics_or_hangs`: random bytes and mutations of the examples, fixed seed, each under
//!   a wall-clock watchdog; no run may end as a crash.
//!
//! A missing interpreter skips with a printed reason, and fails when `CI=true`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use execdiff::observe::End;
use execdiff::version::PyVersion;
use execdiff::vm::{run_source, VmConfig};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

/// The reference document's example programs, as corpus cases.
fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/examples")
}

/// (file, version) pairs where the VM is known to differ, with the reason.
const KNOWN_DIVERGENCES: &[(&str, &str, &str)] = &[];

fn interpreter(v: PyVersion) -> Option<PathBuf> {
    execdiff::interp::require(v).map(|found| found.path)
}

fn skip_or_fail(reason: &str) {
    if std::env::var("CI").map(|v| v == "true").unwrap_or(false) {
        panic!("required in CI: {reason}");
    }
    eprintln!("skipping: {reason}");
}

fn last_line(s: &str) -> String {
    s.lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

struct RefRun {
    stdout: String,
    stderr_last: String,
    code: i32,
}

fn reference_run(py: &Path, dir: &Path, file: &str) -> Option<RefRun> {
    let out = Command::new(py)
        .args(["-s", "-B", file])
        .current_dir(dir)
        .env_clear()
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .ok()?;
    Some(RefRun {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr_last: last_line(&String::from_utf8_lossy(&out.stderr)),
        code: out.status.code().unwrap_or(-1),
    })
}

/// (file, version) pairs of `tests/vm_programs` where the VM is known to differ.
const KNOWN_PROGRAM_DIVERGENCES: &[(&str, &str, &str)] = &[
    (
        "py2_t03.py",
        "3.12",
        "parser: which SyntaxError CPython reports first",
    ),
    (
        "py2_t03.py",
        "3.13",
        "parser: which SyntaxError CPython reports first",
    ),
];

#[test]
fn scope_examples_agree() {
    let dir = examples_dir();
    assert!(dir.is_dir(), "{} is missing", dir.display());
    check_dir(&dir, KNOWN_DIVERGENCES);
}

/// Small programs written for the VM (`tests/vm_programs`): scope interactions, errors,
/// classes, both dialects.
#[test]
fn vm_programs_agree() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vm_programs");
    check_dir(&dir, KNOWN_PROGRAM_DIVERGENCES);
}

fn check_dir(dir: &Path, known_list: &[(&str, &str, &str)]) {
    if !dir.exists() {
        skip_or_fail(&format!("{} not found", dir.display()));
        return;
    }
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut failures = Vec::new();
    let mut summary = Vec::new();
    for v in PyVersion::iter() {
        let Some(py) = interpreter(v) else {
            skip_or_fail(&format!("CPython {v} not installed"));
            continue;
        };
        let (mut agree, mut unsupported) = (0, 0);
        for f in &files {
            let Some(r) = reference_run(&py, dir, f) else {
                skip_or_fail(&format!("cannot run CPython {v}"));
                continue;
            };
            let source = std::fs::read(dir.join(f)).unwrap_or_default();
            let mut cfg = VmConfig::new(v);
            cfg.filename = f.clone();
            let out = run_source(&source, &cfg);
            let vs = v.to_string();
            let known = known_list.iter().any(|(kf, kv, _)| kf == f && *kv == vs);
            if let End::Unsupported { construct, .. } = &out.observation.end {
                unsupported += 1;
                if !execdiff::version::unsupported_listed(construct) {
                    failures.push(format!(
                        "{f} {v}: unsupported outside the closed list: {construct}"
                    ));
                }
                if known {
                    failures.push(format!("{f} {v}: listed as divergent but now unsupported"));
                }
                continue;
            }
            // The traceback's last line matters when the run failed; a successful run may
            // print warnings to stderr that the VM does not model.
            let same = out.observation.stdout == r.stdout
                && (r.code == 0 || last_line(&out.stderr) == r.stderr_last)
                && out.exit_code == r.code;
            match (same, known) {
                (true, false) => agree += 1,
                (true, true) => failures.push(format!(
                    "{f} {v}: now agrees; remove it from KNOWN_DIVERGENCES"
                )),
                (false, true) => {}
                (false, false) => failures.push(format!(
                    "{f} {v}: diverges (end {:?}, exit {} vs {}, stderr {:?} vs {:?})",
                    out.observation.end,
                    out.exit_code,
                    r.code,
                    last_line(&out.stderr),
                    r.stderr_last
                )),
            }
        }
        summary.push(format!(
            "{v}: {agree}/{} agree, {unsupported} unsupported",
            files.len()
        ));
    }
    eprintln!("{}", summary.join("; "));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hashes_match_cpython() {
    let exprs = [
        "'a'",
        "'abc'",
        "'hello world'",
        "u'\\xe9t\\xe9'",
        "12345",
        "-1",
        "2**70",
        "1.5",
        "-0.25",
        "(1, 'a')",
        "()",
        "True",
        "1e100",
    ];
    for v in PyVersion::iter() {
        let Some(py) = interpreter(v) else {
            skip_or_fail(&format!("CPython {v} not installed"));
            continue;
        };
        let program: String = exprs
            .iter()
            .map(|e| format!("print(hash({e}))\n"))
            .collect();
        let out = Command::new(&py)
            .args(["-c", &program])
            .env_clear()
            .env("PYTHONHASHSEED", "0")
            .output()
            .expect("run python");
        let expected = String::from_utf8_lossy(&out.stdout).into_owned();
        let vm = run_source(program.as_bytes(), &VmConfig::new(v));
        assert_eq!(vm.observation.stdout, expected, "hashes on {v}");
    }
}

/// Runs one input under a wall-clock watchdog.
fn run_watched(source: Vec<u8>, v: PyVersion) -> Result<End, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut cfg = VmConfig::new(v);
        cfg.fuel = 200_000;
        let out = run_source(&source, &cfg);
        let _ = tx.send(out.observation.end);
    });
    rx.recv_timeout(Duration::from_secs(20))
        .map_err(|_| "watchdog: run did not finish".to_string())
}

#[test]
fn never_panics_or_hangs() {
    let mut rng = SmallRng::seed_from_u64(0x5eed);
    let mut seeds: Vec<Vec<u8>> = Vec::new();
    let mut dirs = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vm_programs")];
    dirs.push(examples_dir());
    for rd in dirs.iter().filter_map(|d| std::fs::read_dir(d).ok()) {
        let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(b) = std::fs::read(&p) {
                seeds.push(b);
            }
        }
    }
    seeds.push(b"def f(n):\n    return f(n+1)\nf(0)\n".to_vec());
    seeds.push(b"x = [0] * 10**10\n".to_vec());
    seeds.push(b"while True:\n    pass\n".to_vec());
    seeds.push(b"print(2**10**8)\n".to_vec());
    seeds.push(b"s = 'a' * 10**12\n".to_vec());
    let tokens: &[&[u8]] = &[
        b"exec",
        b"(",
        b")",
        b":",
        b"\n",
        b"    ",
        b"lambda",
        b"yield",
        b"del x",
        b"locals()",
        b"[x for x in y]",
        b"nonlocal x",
        b"global x",
        b"class C:",
        b"def f():",
        b"*",
        b"**",
        b"'",
        b"\"\"\"",
        b"\\",
        b"try:",
        b"except:",
        b"finally:",
        b"return",
        b"import sys",
    ];
    let mut inputs: Vec<Vec<u8>> = Vec::new();
    for _ in 0..60 {
        let n = rng.random_range(0..120);
        inputs.push((0..n).map(|_| rng.random::<u8>()).collect());
    }
    for _ in 0..240 {
        let mut s = seeds[rng.random_range(0..seeds.len())].clone();
        for _ in 0..rng.random_range(1..6) {
            let pos = if s.is_empty() {
                0
            } else {
                rng.random_range(0..s.len())
            };
            match rng.random_range(0..4) {
                0 => {
                    let t = tokens[rng.random_range(0..tokens.len())];
                    s.splice(pos..pos, t.iter().copied());
                }
                1 if !s.is_empty() => {
                    let end = (pos + rng.random_range(1..20)).min(s.len());
                    s.drain(pos..end);
                }
                2 if !s.is_empty() => s[pos] = rng.random::<u8>(),
                _ => {
                    let end = (pos + rng.random_range(1..40)).min(s.len());
                    let chunk: Vec<u8> = s[pos..end].to_vec();
                    s.splice(pos..pos, chunk);
                }
            }
        }
        inputs.push(s);
    }
    for (i, input) in inputs.into_iter().enumerate() {
        let v = PyVersion::ALL[i % 3];
        match run_watched(input.clone(), v) {
            Ok(End::Crash { detail }) => panic!(
                "input {i} on {v} crashed: {detail}\n{}",
                String::from_utf8_lossy(&input)
            ),
            Ok(_) => {}
            Err(e) => panic!("input {i} on {v}: {e}\n{}", String::from_utf8_lossy(&input)),
        }
    }
}
