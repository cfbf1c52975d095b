//! `execdiff diff`'s side of CPython crashes ([`crate::diff::crash`]): when a reference died of
//! a signal and no other version in the comparison ran the program, the other CPythons found
//! of that dialect run it as witnesses.

use std::path::Path;
use std::time::Duration;

use crate::diff::crash::{self, CpythonCrash};
use crate::interp::Discovery;
use crate::observe::Observation;
use crate::refrun;
use crate::version::PyVersion;

/// The CPython crash `references` show, asking the other discovered versions if needed.
pub fn find(
    references: &[(PyVersion, Observation)],
    discovery: &Discovery,
    file: &Path,
    budget: Duration,
) -> Option<CpythonCrash> {
    if let Some(found) = crash::detect(references) {
        return Some(found);
    }
    let (dead, _) = references
        .iter()
        .find(|(_, obs)| crash::signal_death(obs).is_some())?;
    let mut seen = references.to_vec();
    for (version, python) in &discovery.found {
        if version.dialect() != dead.dialect() || seen.iter().any(|(v, _)| v == version) {
            continue;
        }
        if let Ok(run) = refrun::run(python, file, budget) {
            seen.push((*version, run.observation));
        }
    }
    crash::detect(&seen)
}
