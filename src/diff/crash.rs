//! CPython's own failures as findings: a reference run that dies of a signal (a segfault, an
//! abort from a failed assertion or `Py_FatalError`) on a program that another CPython version
//! of the same dialect runs to an end is a `cpython-crash`, a bug in CPython itself, not an
//! inconclusive comparison. A program that crashes every version (it kills itself, say) stays
//! inconclusive, and so do timeouts.

use serde::{Deserialize, Serialize};

use crate::observe::{End, Observation};
use crate::version::PyVersion;

/// One program's CPython crash: the versions that die on it and those that do not.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CpythonCrash {
    /// Each crashing version with how it died (`killed by signal 11`).
    pub crashed: Vec<(PyVersion, String)>,
    /// Versions of the same dialect that ran the program to an end (ok, an exception, a
    /// syntax error).
    pub fine: Vec<PyVersion>,
}

impl CpythonCrash {
    /// `cpython-3.13 killed by signal 11; cpython-3.12 runs it`.
    pub fn describe(&self) -> String {
        let crashed: Vec<String> = self
            .crashed
            .iter()
            .map(|(v, how)| format!("cpython-{v} {how}"))
            .collect();
        let fine: Vec<String> = self.fine.iter().map(|v| format!("cpython-{v}")).collect();
        format!("{}; {} runs it", crashed.join(", "), fine.join(", "))
    }

    /// A stable bucket id: the crashing versions and how they die, the versions that do not
    /// (so one CPython bug is one bucket, whatever the program).
    pub fn bucket_id(&self) -> String {
        // FNV-1a, 64 bits, as the fingerprints use: stable across builds.
        let json = serde_json::to_string(self).unwrap_or_default();
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in json.as_bytes() {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!("cpython-crash-{h:016x}")
    }
}

/// How `obs` shows a death by signal, if it does.
pub fn signal_death(obs: &Observation) -> Option<&str> {
    match &obs.end {
        End::Crash { detail } if detail.starts_with("killed by signal") => Some(detail),
        _ => None,
    }
}

/// Whether `obs` is an end a CPython reached by itself (not a crash, not a timeout).
fn ran_to_an_end(obs: &Observation) -> bool {
    !matches!(obs.end, End::Crash { .. } | End::Timeout)
}

/// The CPython crash that `references` (one observation per version, same program per dialect)
/// show, if any: some version died of a signal and another of its dialect ran to an end.
pub fn detect(references: &[(PyVersion, Observation)]) -> Option<CpythonCrash> {
    let crashed: Vec<(PyVersion, String)> = references
        .iter()
        .filter_map(|(v, obs)| signal_death(obs).map(|how| (*v, how.to_string())))
        .collect();
    let dialect = crashed.first()?.0.dialect();
    let fine: Vec<PyVersion> = references
        .iter()
        .filter(|(v, obs)| v.dialect() == dialect && ran_to_an_end(obs))
        .map(|(v, _)| *v)
        .collect();
    if fine.is_empty() {
        return None;
    }
    let mut crashed = crashed;
    crashed.retain(|(v, _)| v.dialect() == dialect);
    Some(CpythonCrash { crashed, fine })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(end: End) -> Observation {
        Observation::new(String::new(), end, Vec::new())
    }

    fn segv() -> Observation {
        obs(End::Crash {
            detail: "killed by signal 11".into(),
        })
    }

    #[test]
    fn a_crash_needs_a_version_that_runs_the_program() {
        let crash = detect(&[(PyVersion::PY312, obs(End::Ok)), (PyVersion::PY313, segv())])
            .expect("a cpython crash");
        assert_eq!(
            crash.crashed,
            [(PyVersion::PY313, "killed by signal 11".to_string())]
        );
        assert_eq!(crash.fine, [PyVersion::PY312]);
        assert_eq!(
            crash.describe(),
            "cpython-3.13 killed by signal 11; cpython-3.12 runs it"
        );
        // Every version crashing: the program's doing, inconclusive.
        assert_eq!(
            detect(&[(PyVersion::PY312, segv()), (PyVersion::PY313, segv())]),
            None
        );
        // A timeout is no crash, and no witness either; nor is 2.7 a witness for 3.x.
        assert_eq!(
            detect(&[
                (PyVersion::PY27, obs(End::Ok)),
                (PyVersion::PY312, obs(End::Timeout)),
                (PyVersion::PY313, segv())
            ]),
            None
        );
        let exit = obs(End::Crash {
            detail: "exit status 3".into(),
        });
        assert_eq!(
            detect(&[(PyVersion::PY312, obs(End::Ok)), (PyVersion::PY313, exit)]),
            None
        );
    }
}
