//! Cause signatures by spectrum-based fault localisation.
//!
//! The in-house VM records the branches a run passes ([`crate::vm::sites`]). A reduced
//! program passes some sites; the near neighbours its reduction tried and found agreeing pass
//! some of them too, and so do the campaign's agreeing programs (a sample of them, per
//! version: the [`Spectrum`]). A site the diverging program passes and the agreeing ones
//! rarely do is where the divergence comes from: its suspicion is low when few agreeing runs
//! pass it, and the *cause* of a reduction is its least-passed site ([`rank`]; Ochiai's
//! ranking for one failing run, with neighbours and campaign programs weighed alike). One
//! mistake met through a class body, an exec'd string or a `try` block is still one branch of
//! the VM, so buckets with one cause are one bucket.
//!
//! The spectrum of a program is the VM's even when another implementation is under test: the
//! VM models CPython's mechanisms, so its sites name the mechanism a reduced program exercises
//! that its agreeing neighbours do not.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::version::PyVersion;
use crate::vm::sites::{Site, SiteSet};

/// One case in this many has its agreeing runs' sites counted.
pub const SAMPLE: u64 = 4;

/// How many agreeing neighbours of a reduced program are run for their sites.
pub const NEIGHBOURS: usize = 24;

/// Runs a program on the VM for one version and returns the sites it passed.
pub type SitesFn<'a> = &'a (dyn Fn(&str, PyVersion) -> SiteSet + Sync);

/// How many sampled agreeing runs of each version passed each site.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Spectrum {
    /// Version → (runs, passes per site name), of the agreeing runs.
    pub versions: BTreeMap<PyVersion, (u64, BTreeMap<String, u64>)>,
    /// The same of every sampled run, diverging ones included.
    #[serde(default)]
    pub all: BTreeMap<PyVersion, (u64, BTreeMap<String, u64>)>,
}

impl Spectrum {
    pub fn is_empty(&self) -> bool {
        self.versions.is_empty()
    }

    /// Counts one agreeing run.
    pub fn add(&mut self, version: PyVersion, agreed: bool, sites: SiteSet) {
        let count = |table: &mut BTreeMap<PyVersion, (u64, BTreeMap<String, u64>)>| {
            let (runs, passes) = table.entry(version).or_default();
            *runs += 1;
            for s in sites.iter() {
                *passes.entry(s.name().to_string()).or_default() += 1;
            }
        };
        if agreed {
            count(&mut self.versions);
        }
        count(&mut self.all);
    }

    /// Adds another campaign's (a shard's) counts.
    pub fn merge(&mut self, other: &Spectrum) {
        for (mine, theirs) in [
            (&mut self.versions, &other.versions),
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

    /// The share of the agreeing runs of `version` that passed `site` (0 with none counted).
    pub fn share(&self, version: PyVersion, site: &str) -> f64 {
        share_in(&self.versions, version, site)
    }

    /// The share of all sampled runs of `version` that passed `site`.
    pub fn share_of_all(&self, version: PyVersion, site: &str) -> f64 {
        share_in(&self.all, version, site)
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

fn share_in(
    table: &BTreeMap<PyVersion, (u64, BTreeMap<String, u64>)>,
    v: PyVersion,
    site: &str,
) -> f64 {
    match table.get(&v) {
        Some((runs, passes)) if *runs > 0 => {
            passes.get(site).copied().unwrap_or(0) as f64 / *runs as f64
        }
        _ => 0.0,
    }
}

/// A site a reduced program passed, with the share of its agreeing neighbours that passed it
/// too, in percent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passed {
    pub site: String,
    pub neighbours: u32,
}

/// The sites `program` passes on `version`, each with the share of `neighbours` that pass it.
pub fn passed(
    program: &str,
    neighbours: &[String],
    version: PyVersion,
    sites: SitesFn<'_>,
) -> Vec<Passed> {
    let mine = sites(program, version);
    let theirs: Vec<SiteSet> = neighbours
        .iter()
        .take(NEIGHBOURS)
        .map(|n| sites(n, version))
        .collect();
    mine.iter()
        .map(|s| Passed {
            site: s.name().to_string(),
            neighbours: if theirs.is_empty() {
                0
            } else {
                (100 * theirs.iter().filter(|t| t.contains(s)).count() / theirs.len()) as u32
            },
        })
        .collect()
}

/// Smooths the shares of sites few runs pass.
const EPSILON: f64 = 0.01;

/// The sites of `passed` from most to least suspicious. A site is suspicious when agreeing
/// runs pass it rarely for how often runs pass it at all: the ratio of its share among the
/// campaign's agreeing runs to its share among all of them (Tarantula's ranking, which holds
/// up when most runs diverge, as they do in a VM with many mistakes, where Ochiai's blames
/// the scaffolding every run passes). Ties go to the site fewer agreeing neighbours pass,
/// then to the one more runs pass, then to the VM's site order.
pub fn rank<'a>(passed: &'a [Passed], version: PyVersion, spectrum: &Spectrum) -> Vec<&'a str> {
    let order = |name: &str| Site::from_name(name).map_or(usize::MAX, |s| s as usize);
    let mut scored: Vec<(f64, u32, f64, usize, &str)> = passed
        .iter()
        .map(|p| {
            let all = spectrum.share_of_all(version, &p.site);
            (
                (spectrum.share(version, &p.site) + EPSILON) / (all + EPSILON),
                p.neighbours,
                -all,
                order(&p.site),
                p.site.as_str(),
            )
        })
        .collect();
    scored.sort_by(|a, b| {
        a.0.total_cmp(&b.0)
            .then(a.1.cmp(&b.1))
            .then(a.2.total_cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    scored.into_iter().map(|(.., s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(sites: &[Site]) -> SiteSet {
        sites.iter().copied().collect()
    }

    #[test]
    fn the_cause_is_the_site_agreeing_runs_pass_least_for_how_often_runs_pass_it() {
        let v = PyVersion::PY312;
        let mut spectrum = Spectrum::default();
        // Agreeing programs store and read locals; one in ten floor-divides. Every diverging
        // one floor-divides (and stores and reads too).
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
        // `x = -7 // 2; print(x)`: its neighbour without the print floor-divides too and
        // agrees; the one without the division reads nothing.
        let sites = |src: &str, _: PyVersion| match src {
            "reduced" => set(&[
                Site::StoreFast,
                Site::LoadFastBound,
                Site::IntFloorDivMixedSign,
            ]),
            "no print" => set(&[Site::StoreFast, Site::IntFloorDivMixedSign]),
            _ => set(&[]),
        };
        let p = passed(
            "reduced",
            &["no print".into(), "no division".into()],
            v,
            &sites,
        );
        let ranked = rank(&p, v, &spectrum);
        assert_eq!(ranked[0], Site::IntFloorDivMixedSign.name());
        // Without the campaign's counts the neighbours alone would blame the read.
        let alone = rank(&p, v, &Spectrum::default());
        assert_eq!(alone[0], Site::LoadFastBound.name());
        let mut twice = spectrum.clone();
        twice.merge(&spectrum);
        assert_eq!(twice.share(v, Site::StoreFast.name()), 1.0);
        assert_eq!(twice.versions[&v].0, 20);
        assert_eq!(twice.all[&v].0, 30);
    }
}
