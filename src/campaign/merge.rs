//! `execdiff merge`: one report from the shards of one campaign.
//!
//! Each shard directory holds the `report.json` its run wrote. The shards must come from the
//! same campaign (seed, shard count, versions, generator, interpreter builds, system under test) and be distinct;
//! anything else is refused. Totals add up, buckets with one id fold into one
//! (`bucket::regroup`: counts summed, the earliest first case, the smallest reproducer kept).

use std::path::PathBuf;

use anyhow::Context;

use super::Outcome;

/// Folds the shard reports in `dirs` into one outcome.
pub fn merge(dirs: &[PathBuf]) -> anyhow::Result<Outcome> {
    anyhow::ensure!(
        !dirs.is_empty(),
        "merge needs at least one campaign directory"
    );
    let mut outcomes = Vec::new();
    for dir in dirs {
        let path = dir.join("report.json");
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "reading {} (finish the shard with --resume first)",
                path.display()
            )
        })?;
        let outcome: Outcome =
            serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        outcomes.push((dir, outcome));
    }
    let (first_dir, first) = &outcomes[0];
    let mut shards = Vec::new();
    for (dir, outcome) in &outcomes {
        let (a, b) = (&first.meta, &outcome.meta);
        let same = a.schema == b.schema
            && a.seed == b.seed
            && a.shard.1 == b.shard.1
            && a.versions == b.versions
            && a.generator == b.generator
            && a.interpreters == b.interpreters
            && a.target == b.target;
        anyhow::ensure!(
            same,
            "{} is not a shard of the campaign in {} (metadata differs)",
            dir.display(),
            first_dir.display()
        );
        anyhow::ensure!(
            !shards.contains(&b.shard.0),
            "shard {}/{} given twice ({})",
            b.shard.0,
            b.shard.1,
            dir.display()
        );
        shards.push(b.shard.0);
    }
    let mut merged = first.clone();
    merged.meta.shard = (0, 1);
    merged.totals = Default::default();
    let mut buckets = Vec::new();
    let mut spectrum = super::cause::Spectrum::default();
    let mut crashes: std::collections::BTreeMap<String, super::crash::CrashBucket> =
        Default::default();
    for (_, outcome) in outcomes {
        let t = &outcome.totals;
        let m = &mut merged.totals;
        m.cases += t.cases;
        m.agree += t.agree;
        m.diverge += t.diverge;
        m.flaky += t.flaky;
        m.inconclusive += t.inconclusive;
        m.cpython_crash += t.cpython_crash;
        m.drift += t.drift;
        m.elapsed_secs += t.elapsed_secs;
        m.sessions += t.sessions;
        buckets.extend(outcome.buckets);
        spectrum.merge(&outcome.spectrum);
        for crash in outcome.cpython_crashes {
            match crashes.get_mut(&crash.id) {
                Some(have) => {
                    have.count += crash.count;
                    if crash.first_case < have.first_case {
                        have.first_case = crash.first_case;
                    }
                    if crash.program.len() < have.program.len() {
                        have.program = crash.program;
                    }
                }
                None => {
                    crashes.insert(crash.id.clone(), crash);
                }
            }
        }
    }
    merged.buckets = super::bucket::regroup(buckets, &spectrum);
    merged.spectrum = spectrum;
    merged.cpython_crashes = crashes.into_values().collect();
    Ok(merged)
}
