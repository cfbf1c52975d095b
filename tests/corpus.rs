//! The corpus, offline: the VM against every blessing, one test per case and version.
//!
//! `xfail` is strict: a marked case that agrees fails until the marker goes. A case with no
//! blessing for a version it names fails too (run `execdiff corpus bless`).

use libtest_mimic::{Arguments, Failed, Trial};

use execdiff::corpus::{self, Case};
use execdiff::diff;

fn check(case: &Case, version: execdiff::version::PyVersion) -> Result<(), Failed> {
    let blessing = case
        .blessing(version)
        .map_err(|e| Failed::from(e.to_string()))?
        .ok_or_else(|| {
            Failed::from(format!(
                "no {version} blessing; run `execdiff corpus bless`"
            ))
        })?;
    let got = case.run_on_vm(version);
    if let execdiff::observe::End::Unsupported { construct, .. } = &got.end {
        if !execdiff::version::unsupported_listed(construct) {
            return Err(format!(
                "vm-{version} ends unsupported outside the closed list: {construct}"
            )
            .into());
        }
    }
    let fields = diff::compare(&blessing, &got);
    let xfail = case.directive.xfail_vm.contains(&version);
    match (fields.is_empty(), xfail) {
        (true, false) | (false, true) => Ok(()),
        (true, true) => Err(format!("vm-{version} now agrees: remove the xfail marker").into()),
        (false, false) => Err(format!(
            "vm-{version} diverges in {fields:?}\n{}",
            diff::render(
                &blessing,
                &got,
                (&format!("cpython-{version}"), &format!("vm-{version}"))
            )
        )
        .into()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = corpus::default_root();
    let files = corpus::find_cases(std::slice::from_ref(&root)).expect("corpus is readable");
    let mut trials = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .display()
            .to_string();
        match Case::load(&file) {
            Err(e) => trials.push(Trial::test(name, move || Err(e.to_string().into()))),
            Ok(case) => {
                for error in case.stray_blessings() {
                    let msg = error.to_string();
                    trials.push(Trial::test(format!("{name}::stray"), move || {
                        Err(msg.into())
                    }));
                }
                let case = std::sync::Arc::new(case);
                for version in case.run_versions() {
                    let case = case.clone();
                    trials.push(Trial::test(format!("{name}::{version}"), move || {
                        check(&case, version)
                    }));
                }
            }
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
