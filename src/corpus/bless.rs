//! `execdiff corpus bless`: blessings from reference runs.
//!
//! Each case runs on every interpreter its directive names (minus `cpython_crash`), a few
//! cases at a time; each blessing is written as soon as its run ends, so an interrupted bless
//! keeps what it finished.

use std::path::PathBuf;
use std::time::Duration;

use super::{write_blessing, Case, CorpusError};
use crate::interp::Discovery;
use crate::refrun;
use crate::version::PyVersion;

/// What a bless run did.
#[derive(Debug, Default)]
pub struct BlessReport {
    pub written: usize,
    pub unchanged: usize,
    /// Versions that could not be blessed because the interpreter is missing, with why.
    pub missing: Vec<(PyVersion, String)>,
    pub failures: Vec<String>,
}

/// Blesses `cases` with `jobs` reference runs at a time. `progress(done, total)` is called
/// after each run.
pub fn bless(
    cases: &[Case],
    discovery: &Discovery,
    jobs: usize,
    budget: Duration,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> BlessReport {
    let work: Vec<(&Case, PyVersion)> = cases
        .iter()
        .flat_map(|case| case.run_versions().map(move |v| (case, v)))
        .collect();
    let mut report = BlessReport::default();
    for (version, why) in &discovery.missing {
        if work.iter().any(|(_, v)| v == version) {
            report.missing.push((*version, why.clone()));
        }
    }
    let outcomes = super::parallel_map(&work, jobs, progress, &|&(case, version)| {
        bless_one(case, version, discovery, budget)
    });
    for outcome in outcomes {
        match outcome {
            Ok(Some(true)) => report.written += 1,
            Ok(Some(false)) => report.unchanged += 1,
            Ok(None) => {}
            Err(e) => report.failures.push(e),
        }
    }
    report.failures.sort();
    report
}

/// `Ok(Some(changed))`, or `Ok(None)` when the interpreter is missing.
fn bless_one(
    case: &Case,
    version: PyVersion,
    discovery: &Discovery,
    budget: Duration,
) -> Result<Option<bool>, String> {
    let Some(python) = discovery.get(version) else {
        return Ok(None);
    };
    let run = refrun::run(python, &case.path, budget)
        .map_err(|e| format!("{} on {version}: {e}", case.path.display()))?;
    let path: PathBuf = case.blessing_path(version);
    let old = case.blessing(version).ok().flatten();
    if old.as_ref() == Some(&run.observation) {
        return Ok(Some(false));
    }
    write_blessing(&path, &run.observation).map_err(|e| {
        CorpusError {
            path: path.clone(),
            line: None,
            message: format!("cannot write: {e}"),
        }
        .to_string()
    })?;
    Ok(Some(true))
}
