//! The golden canonicalisation test: one table of tricky values (bool against int, 2.7 long,
//! huge ints, nested and self-referencing containers, functions, classes, instances, cells, a
//! `FrameLocalsProxy`, values nested past the cap, the builtins namespace) probed by CPython's canonicaliser (`harness/ref/sitecustomize.py`, in a
//! reference run) and by the VM's (`src/vm/canon.rs`); both must give identical records.

use std::path::Path;
use std::time::Duration;

use execdiff::interp;
use execdiff::refrun;
use execdiff::version::PyVersion;
use execdiff::vm::{self, VmConfig};

#[test]
fn vm_and_cpython_canonicalise_alike() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/canon_golden.py");
    let source = std::fs::read(&file).unwrap();
    for version in PyVersion::iter() {
        let Some(python) = interp::require(version) else {
            continue;
        };
        let reference = refrun::run(&python, &file, Duration::from_secs(20)).unwrap();
        assert_eq!(
            reference.observation.end,
            execdiff::observe::End::Ok,
            "{version}: {}",
            reference.stderr
        );
        let json = serde_json::to_string(&reference.observation.probes).unwrap();
        assert!(
            reference.observation.probes.len() >= 35,
            "{version}: the table was not run"
        );
        // The nesting cap and the opaque builtins namespace are exercised.
        let probe = |label: &str| {
            let p = reference
                .observation
                .probes
                .iter()
                .find(|p| p.label == label);
            serde_json::to_string(&p.expect("probed").value).unwrap()
        };
        assert!(probe("deep_nesting").contains(r#""t":"truncated""#));
        assert!(probe("exec_namespace").contains(r#"{"t":"other","ty":"dict","id":"#));
        if version.semantics().f_locals_is_proxy {
            assert!(
                json.contains(r#""ty":"FrameLocalsProxy""#),
                "{version}: no proxy probed"
            );
        }
        let ours = vm::run_source(&source, &VmConfig::new(version)).observation;
        assert_eq!(
            reference.observation.probes.len(),
            ours.probes.len(),
            "{version}: probe count"
        );
        for (want, got) in reference.observation.probes.iter().zip(&ours.probes) {
            assert_eq!(
                serde_json::to_string(want).unwrap(),
                serde_json::to_string(got).unwrap(),
                "{version}: probe {}",
                want.label
            );
        }
    }
}
