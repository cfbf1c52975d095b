//! Cause signatures by spectrum-based fault localisation.
//!
//! The in-house VM records the branches a run passes ([`crate::vm::sites`]), and a campaign
//! counts the sites of a sample of its runs with their verdicts, per version (the
//! [`Spectrum`]). A site the reduced program passes whose runs rarely agree is where the
//! divergence comes from: the *cause* of a reduction is its most suspicious site ([`rank`]). One
//! mistake met through a class body, an exec'd string or a `try` block is still one branch of
//! the VM, so buckets with one cause are one bucket.
//!
//! The spectrum of a program is the VM's even when another implementation is under test: the
//! VM models CPython's mechanisms, so its sites name the mechanisms a reduced program
//! exercises, and which of them the runs that go wrong pass.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::version::PyVersion;
use crate::vm::sites::{Site, SiteSet};

/// One case in this many has its runs' sites counted, with their verdicts.
pub const SAMPLE: u64 = 4;

/// Runs a program on the VM for one version and returns the sites it passed.
/// The sites come in the order the run first passed them.
pub type SitesFn<'a> = &'a (dyn Fn(&str, PyVersion) -> Vec<Site> + Sync);

/// How many of a campaign's sampled runs of each version passed each site, of the agreeing
/// ones and of all.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Spectrum {
    /// Version → (runs, passes per site name), of the agreeing runs.
    pub agreeing: BTreeMap<PyVersion, (u64, BTreeMap<String, u64>)>,
    /// The same of every sampled run, diverging ones included.
    pub all: BTreeMap<PyVersion, (u64, BTreeMap<String, u64>)>,
}

impl Spectrum {
    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    /// Counts one sampled run and whether it agreed.
    pub fn add(&mut self, version: PyVersion, agreed: bool, sites: SiteSet) {
        let count = |table: &mut BTreeMap<PyVersion, (u64, BTreeMap<String, u64>)>| {
            let (runs, passes) = table.entry(version).or_default();
            *runs += 1;
            for s in sites.iter() {
                *passes.entry(s.name().to_string()).or_default() += 1;
            }
        };
        if agreed {
            count(&mut self.agreeing);
        }
        count(&mut self.all);
    }

    /// Adds another campaign's (a shard's) counts.
    pub fn merge(&mut self, other: &Spectrum) {
        for (mine, theirs) in [
            (&mut self.agreeing, &other.agreeing),
            (&mut self.all, &other.all),
        ] {
            for (v, (runs, passes)) in theirs {
                let (r, p) = mine.entry(*v).or_default();
                *r += runs;
                for (s, n) in passes {
                    *p.entry(s.clone()).or_default() += n;
                }
            }
        }
    }

    /// Of the sampled runs of `version` that passed `site`, and one diverging run more (the
    /// reproducer asking), the share that agreed.
    pub fn agree_rate(&self, version: PyVersion, site: &str) -> f64 {
        let count = |table: &BTreeMap<PyVersion, (u64, BTreeMap<String, u64>)>| {
            table
                .get(&version)
                .and_then(|(_, passes)| passes.get(site))
                .copied()
                .unwrap_or(0)
        };
        count(&self.agreeing) as f64 / (count(&self.all) + 1) as f64
    }

    /// `spectrum.json` in a campaign directory; none when missing or unreadable.
    pub fn load(dir: &Path) -> Spectrum {
        std::fs::read_to_string(dir.join("spectrum.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, dir: &Path) -> anyhow::Result<()> {
        std::fs::write(
            dir.join("spectrum.json"),
            serde_json::to_string(self)? + "\n",
        )?;
        Ok(())
    }
}

/// The sites `program` passes on `version`, by name, in the order it first passes them.
pub fn passed(program: &str, version: PyVersion, sites: SitesFn<'_>) -> Vec<String> {
    sites(program, version)
        .into_iter()
        .map(|s| s.name().to_string())
        .collect()
}

/// How finely agree rates are told apart: rates within one step are equally suspicious.
const RATE_STEPS: f64 = 20.0;

/// The sites of `passed` (in the order the reproducer first passed them) from most to least
/// suspicious. A site is suspicious when the runs that pass it rarely agree: its *agree rate*
/// is how many of the campaign's sampled runs of the version that passed it agreed, over how
/// many passed it plus the reproducer itself (so a site no sampled run passed has rate 0).
/// Rates are compared in steps of 1/20 (Tarantula's ranking: precision, not Ochiai's recall,
/// which in a VM with many mistakes, where most runs diverge, blames the scaffolding every run
/// passes). Among equally suspicious sites the one the reproducer passed first goes first: a
/// branch that went wrong makes later ones go wrong too (a symbol-table mistake is compiled
/// before the `DELETE_GLOBAL` it makes runs), so the earliest is the root.
pub fn rank<'a>(passed: &'a [String], version: PyVersion, spectrum: &Spectrum) -> Vec<&'a str> {
    let mut scored: Vec<(u32, usize, &str)> = passed
        .iter()
        .enumerate()
        .map(|(i, site)| {
            let rate = spectrum.agree_rate(version, site);
            ((rate * RATE_STEPS).floor() as u32, i, site.as_str())
        })
        .collect();
    scored.sort();
    scored.into_iter().map(|(.., s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(sites: &[Site]) -> SiteSet {
        sites.iter().copied().collect()
    }

    #[test]
    fn the_cause_is_the_site_whose_runs_rarely_agree_and_the_earliest_of_equals() {
        let v = PyVersion::PY312;
        let mut spectrum = Spectrum::default();
        // Agreeing programs store and read locals; one in ten floor-divides. Every diverging
        // one floor-divides, stores and reads.
        for i in 0..10 {
            let mut s = set(&[Site::StoreFast, Site::LoadFastBound]);
            if i == 0 {
                s.insert(Site::IntFloorDivMixedSign);
            }
            spectrum.add(v, true, s);
        }
        for _ in 0..5 {
            let s = set(&[
                Site::StoreFast,
                Site::LoadFastBound,
                Site::IntFloorDivMixedSign,
            ]);
            spectrum.add(v, false, s);
        }
        // `x = -7 // 2; print(x)` divides, stores, then reads.
        let sites = |_: &str, _: PyVersion| {
            vec![
                Site::IntFloorDivMixedSign,
                Site::StoreFast,
                Site::LoadFastBound,
            ]
        };
        let p = passed("reduced", v, &sites);
        // 1 of the 6 runs that divided agreed; 10 of the 15 that stored.
        assert_eq!(rank(&p, v, &spectrum)[0], Site::IntFloorDivMixedSign.name());
        // A site no sampled run passed (rate 0) beats one whose runs agree.
        let mut fresh = p.clone();
        fresh.push(Site::IntShift.name().into());
        assert_eq!(rank(&fresh, v, &spectrum)[0], Site::IntShift.name());
        // Equally suspicious sites: the one passed first is the root.
        let cascade = |order: [Site; 2]| {
            let p: Vec<String> = order.iter().map(|s| s.name().into()).collect();
            rank(&p, v, &Spectrum::default())[0].to_string()
        };
        assert_eq!(
            cascade([Site::DelOfImplicitGlobal, Site::DeleteGlobalMissing]),
            Site::DelOfImplicitGlobal.name()
        );
        assert_eq!(
            cascade([Site::DeleteGlobalMissing, Site::DelOfImplicitGlobal]),
            Site::DeleteGlobalMissing.name()
        );
        let mut twice = spectrum.clone();
        twice.merge(&spectrum);
        // 20 of the 30 runs that stored agreed; with the asking reproducer, 20 of 31.
        assert_eq!(twice.agree_rate(v, Site::StoreFast.name()), 20.0 / 31.0);
        assert_eq!(twice.agreeing[&v].0, 20);
        assert_eq!(twice.all[&v].0, 30);
    }
}
