//! CPython crashes in a campaign ([`crate::diff::crash`]): their own bucket kind,
//! `cpython-crash`, apart from the system under test's buckets and never counted as
//! inconclusive. A bucket is one set of crashing versions (and how they die) against the
//! versions that run the program; it keeps the shortest program that shows it.
//!
//! When every version of a dialect in the campaign crashes (a campaign on one version, as for
//! an external target), the program is run on the plan's `witnesses` (the other CPythons
//! found) to tell a CPython bug from a program that kills every interpreter.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::campaign::verdict::Verdict;
use crate::campaign::CaseRecord;
use crate::diff::crash::CpythonCrash;

/// One CPython crash bucket.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrashBucket {
    /// `cpython-crash-<hash>`.
    pub id: String,
    pub crash: CpythonCrash,
    /// Cases that showed it.
    pub count: u64,
    pub first_case: u64,
    /// The shortest program that showed it.
    pub program: String,
}

/// Adds `record`'s CPython crashes to `buckets` (by bucket id).
pub fn fold(buckets: &mut BTreeMap<String, CrashBucket>, record: &CaseRecord) {
    let mut seen = std::collections::BTreeSet::new();
    for (version, verdict) in &record.verdicts {
        let Verdict::CpythonCrash { crash } = verdict else {
            continue;
        };
        let id = crash.bucket_id();
        // One case crashing two versions counts once.
        if !seen.insert(id.clone()) {
            continue;
        }
        let program = record.programs.get(version).cloned().unwrap_or_default();
        let bucket = buckets.entry(id.clone()).or_insert_with(|| CrashBucket {
            id,
            crash: crash.clone(),
            count: 0,
            first_case: record.id,
            program: program.clone(),
        });
        bucket.count += 1;
        bucket.first_case = bucket.first_case.min(record.id);
        if !program.is_empty() && program.len() < bucket.program.len() {
            bucket.program = program;
        }
    }
}

/// The summary's section on CPython crashes (empty without any).
pub fn markdown(buckets: &[CrashBucket]) -> String {
    let mut md = String::new();
    if buckets.is_empty() {
        return md;
    }
    let _ = writeln!(
        md,
        "## CPython crashes\n\nPrograms on which a CPython dies of a signal while another \
         CPython version runs them: bugs in CPython itself, not in the system under test.\n"
    );
    for b in buckets {
        let _ = writeln!(
            md,
            "### {} ({} case(s), first case {})\n\n{}\n\n```python\n{}```\n",
            b.id,
            b.count,
            b.first_case,
            b.crash.describe(),
            b.program.replace("```", "` ` `")
        );
    }
    md
}
