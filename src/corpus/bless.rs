//! `execdiff corpus bless`: blessings from reference runs.
//!
//! Each case runs on every interpreter its directive names (minus `cpython_crash`), a few
//! cases at a time; each blessing is written as soon as its run ends, so an interrupted bless
//! keeps what it finished.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
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
    let report = Mutex::new(BlessReport::default());
    {
        let mut r = report.lock().unwrap_or_else(|e| e.into_inner());
        for (version, why) in &discovery.missing {
            if work.iter().any(|(_, v)| v == version) {
                r.missing.push((*version, why.clone()));
            }
        }
    }
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let idx = next.fetch_add(1, Ordering::Relaxed);
                let Some(&(case, version)) = work.get(idx) else {
                    break;
                };
                let outcome = bless_one(case, version, discovery, budget);
                {
                    let mut r = report.lock().unwrap_or_else(|e| e.into_inner());
                    match outcome {
                        Ok(Some(true)) => r.written += 1,
                        Ok(Some(false)) => r.unchanged += 1,
                        Ok(None) => {}
                        Err(e) => r.failures.push(e),
                    }
                }
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, work.len());
            });
        }
    });
    let mut report = report.into_inner().unwrap_or_else(|e| e.into_inner());
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
