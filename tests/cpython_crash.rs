//! CPython's own crashes are findings (issue 13): every corpus case marked `cpython_crash=V`
//! makes the reference run of V die of a signal while the case's other versions run it, and
//! `execdiff diff` reports it as `cpython-crash` with exit status 1, not as inconclusive.

use std::process::Command;
use std::time::Duration;

use execdiff::corpus::{self, Case};
use execdiff::diff::crash;
use execdiff::interp;
use execdiff::refrun;

fn crash_cases() -> Vec<Case> {
    let files = corpus::find_cases(&[corpus::default_root()]).expect("corpus");
    files
        .iter()
        .map(|f| Case::load(f).expect("case"))
        .filter(|c| !c.directive.cpython_crash.is_empty())
        .collect()
}

#[test]
fn marked_cases_crash_cpython_and_only_the_marked_versions() {
    let cases = crash_cases();
    assert!(
        cases.iter().any(|c| c
            .path
            .ends_with("scope/lambda_cell_listcomp_locals_crash.py")),
        "the issue-13 case is in the corpus"
    );
    for case in cases {
        let mut references = Vec::new();
        for &version in case
            .directive
            .versions
            .iter()
            .chain(&case.directive.cpython_crash)
        {
            let Some(python) = interp::require(version) else {
                return;
            };
            let run = refrun::run(&python, &case.path, Duration::from_secs(20)).expect("runs");
            references.push((version, run.observation));
        }
        let found = crash::detect(&references)
            .unwrap_or_else(|| panic!("{}: no cpython crash", case.path.display()));
        let crashed: Vec<_> = found.crashed.iter().map(|(v, _)| *v).collect();
        assert_eq!(
            crashed,
            case.directive.cpython_crash,
            "{}",
            case.path.display()
        );
        assert!(found
            .crashed
            .iter()
            .all(|(_, how)| how.starts_with("killed by signal")));
    }
}

#[test]
fn diff_reports_a_cpython_crash_with_exit_status_1() {
    let py312 = execdiff::version::PyVersion::PY312;
    let py313 = execdiff::version::PyVersion::PY313;
    if interp::require(py312).is_none() || interp::require(py313).is_none() {
        return;
    }
    let file = corpus::default_root().join("scope/lambda_cell_listcomp_locals_crash.py");
    let out = Command::new(env!("CARGO_BIN_EXE_execdiff"))
        .args(["diff", "--py", "3.12,3.13"])
        .arg(&file)
        .output()
        .expect("execdiff runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("cpython-crash (a bug in CPython): cpython-3.13 killed by signal 11; cpython-3.12 runs it"),
        "{text}"
    );
    assert!(!text.contains("inconclusive"), "{text}");
}
