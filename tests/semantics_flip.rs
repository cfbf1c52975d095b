//! Every answer of the `Semantics` table is load-bearing: flipping it, for the versions whose
//! corpus cases the VM passes, makes at least one of those cases disagree with its blessing.
//! The answers in `NOT_LOAD_BEARING` do not yet pass this test, each for the reason given: some
//! are asked by other parts (the harness picks workers), some show only on stderr, and some
//! lack a corpus case that shows them. The list is strict: an answer that becomes
//! load-bearing fails the test until it leaves the list.

use execdiff::corpus::{self, Case};
use execdiff::diff;
use execdiff::version::PyVersion;
use execdiff::vm::{self, VmConfig};

const NOT_LOAD_BEARING: &[(&str, &str)] = &[
    (
        "embeddable",
        "harness: chooses the PyO3 worker for an interpreter",
    ),
    (
        "source_defaults_to_utf8",
        "harness: decides which sources a worker may compile",
    ),
    (
        "name_error_suggestions",
        "traceback text on stderr only, which observations do not hold",
    ),
    (
        "main_file_absolute",
        "the reference run and the corpus test give each case by its absolute path, so 2.7's as-given path is absolute too",
    ),
    (
        "traceback_shows_chain",
        "traceback text on stderr only, which observations do not hold",
    ),
];

fn agrees(case: &Case, version: PyVersion, config: &VmConfig) -> bool {
    let Ok(Some(blessing)) = case.blessing(version) else {
        return false;
    };
    let mut config = config.clone();
    config.filename = case.path.display().to_string();
    let got = vm::run_source(case.source.as_bytes(), &config).observation;
    diff::compare(&blessing, &got).is_empty()
}

#[test]
fn every_answer_is_load_bearing() {
    let files = corpus::find_cases(&[corpus::default_root()]).unwrap();
    let cases: Vec<Case> = files.iter().map(|f| Case::load(f).unwrap()).collect();
    let mut passing: Vec<(PyVersion, Vec<&Case>)> = Vec::new();
    for version in PyVersion::iter() {
        let base = VmConfig::new(version);
        let ok: Vec<&Case> = cases
            .iter()
            .filter(|c| c.run_versions().any(|v| v == version))
            .filter(|c| !c.directive.xfail_vm.contains(&version))
            .filter(|c| agrees(c, version, &base))
            .collect();
        passing.push((version, ok));
    }
    let names: Vec<&'static str> = VmConfig::new(PyVersion::PY27)
        .semantics
        .flags_mut()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    let mut idle = Vec::new();
    for name in &names {
        let bears = passing.iter().any(|(version, ok)| {
            let mut config = VmConfig::new(*version);
            for (n, flag) in config.semantics.flags_mut() {
                if n == *name {
                    *flag = !*flag;
                }
            }
            ok.iter().any(|c| !agrees(c, *version, &config))
        });
        let listed = NOT_LOAD_BEARING.iter().any(|(n, _)| n == name);
        match (bears, listed) {
            (false, false) => idle.push(format!("{name}: flipping it changes no corpus case")),
            (true, true) => idle.push(format!(
                "{name}: now load-bearing; remove it from NOT_LOAD_BEARING"
            )),
            _ => {}
        }
    }
    assert!(idle.is_empty(), "{}", idle.join("\n"));
}
