//! Reduction against real interpreters. The VM is not needed: CPython 3.12 plays the "VM"
//! and CPython 3.13 the reference, so their genuine version drift (PEP 667's `locals()`,
//! `exec`'s keyword arguments, ...) stands in for a VM bug. Generated programs that drift are
//! reduced keeping the fingerprint, and must end at 10 lines or fewer with the differing
//! probes intact.

use std::time::Duration;

use execdiff::campaign::verdict::{judge, Verdict};
use execdiff::gen::config::GenConfig;
use execdiff::gen::program::Program;
use execdiff::interp::{self, Interpreter};
use execdiff::observe::{End, Observation};
use execdiff::reduce::file::{diverging_labels, reduce_file, Options};
use execdiff::version::{Dialect, PyVersion};

fn run(py: &Interpreter, src: &str) -> Observation {
    execdiff::refrun::run_source(py, src.as_bytes(), Duration::from_secs(10))
        .map(|r| r.observation)
        .unwrap_or_else(|e| {
            Observation::new(
                String::new(),
                End::Crash {
                    detail: e.to_string(),
                },
                vec![],
            )
        })
}

#[test]
fn generated_drift_reduces_to_ten_lines_or_fewer() {
    let (Some(py312), Some(py313)) = (
        interp::require(PyVersion::PY312),
        interp::require(PyVersion::PY313),
    ) else {
        return;
    };
    let vm = |src: &str, _: PyVersion| run(&py312, src);
    let cpython = |src: &str, _: PyVersion| run(&py313, src);
    let cfg = GenConfig::default();
    let v = PyVersion::PY313;
    let mut reduced = 0;
    for seed in 0..40u64 {
        let src = Program::from_seed(seed, &cfg, Dialect::Py3).source();
        let Ok(r) = reduce_file(
            &src,
            &[v],
            &Options::new(Duration::from_secs(60)),
            &vm,
            &cpython,
        ) else {
            continue;
        };
        assert!(!r.exhausted, "seed {seed}: budget ran out");
        assert!(
            r.lines_after <= 10,
            "seed {seed}: {} lines\n{}",
            r.lines_after,
            r.source
        );
        // Same fingerprint, and every probe that showed the divergence is still there verbatim.
        let (a, b) = (cpython(&r.source, v), vm(&r.source, v));
        assert!(matches!(judge(v, &a, &b), Verdict::Diverge { key, .. } if key == r.key));
        for label in diverging_labels(&cpython(&src, v), &vm(&src, v)) {
            assert!(
                r.source.contains(&label),
                "seed {seed}: {label} lost\n{}",
                r.source
            );
        }
        reduced += 1;
        if reduced == 3 {
            break;
        }
    }
    assert_eq!(
        reduced, 3,
        "expected three drifting programs among the first 40 seeds"
    );
}

/// The in-house VM against CPython: the first divergence among a few generated programs per
/// version reduces to 10 lines or fewer with the same fingerprint. When the VM agrees on all of
/// them (its bugs fixed) there is nothing to reduce, and the test says so.
#[test]
fn vm_divergences_reduce_to_ten_lines_or_fewer() {
    let vm = |src: &str, v: PyVersion| {
        execdiff::vm::run_source(src.as_bytes(), &execdiff::vm::VmConfig::new(v)).observation
    };
    let cfg = GenConfig::default();
    for v in PyVersion::iter() {
        let Some(py) = interp::require(v) else {
            continue;
        };
        let cpython = |src: &str, _: PyVersion| run(&py, src);
        let found = (0..12u64).find_map(|seed| {
            let src = Program::from_seed(seed, &cfg, v.dialect()).source();
            match judge(v, &cpython(&src, v), &vm(&src, v)) {
                Verdict::Diverge { key, .. } => Some((seed, src, key)),
                _ => None,
            }
        });
        let Some((seed, src, key)) = found else {
            eprintln!("vm-{v} agrees with cpython-{v} on the first 12 seeds: nothing to reduce");
            continue;
        };
        let r = execdiff::reduce::file::reduce_divergence(
            &src,
            v,
            &key,
            &Options::new(Duration::from_secs(120)),
            &vm,
            &cpython,
        )
        .expect("the generated program parses");
        assert!(
            r.lines_after <= 10,
            "{v} seed {seed}: {} lines\n{}",
            r.lines_after,
            r.source
        );
        let again = judge(v, &cpython(&r.source, v), &vm(&r.source, v));
        assert!(matches!(again, Verdict::Diverge { key: k, .. } if k == key));
    }
}
