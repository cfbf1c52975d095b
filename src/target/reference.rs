//! The real CPython of every version, as a campaign runs them: one worker pool per interpreter
//! (the embedded worker where PyO3 can embed the version, the script worker elsewhere) and one
//! async runtime that drives them all.
//!
//! `execdiff fuzz` and `benches/campaign.rs` both build their oracle here, so the benchmark
//! measures exactly what the command runs. A harness failure (a worker that cannot be
//! started, a protocol error) becomes a `Crash` observation of that case, never an error of
//! the campaign.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::interp::Discovery;
use crate::observe::{End, Observation};
use crate::target::cpython::{Case, Pool, PoolConfig, PoolStats, WorkerError, WorkerKind};
use crate::version::PyVersion;

/// How the oracle's pools are set up.
#[derive(Clone, Debug)]
pub struct Config {
    /// Workers per interpreter (cases in flight per version).
    pub workers: usize,
    /// Wall-clock budget of one case.
    pub budget: Duration,
}

/// One pool per interpreter found, and the runtime that drives them.
pub struct References {
    runtime: tokio::runtime::Runtime,
    /// The versions with a pool, in the order asked for.
    order: Vec<PyVersion>,
    pools: BTreeMap<PyVersion, Arc<Pool>>,
    /// `2.7 → 2.7.18` and so on.
    releases: BTreeMap<String, String>,
    /// Why a version asked for has no pool.
    missing: BTreeMap<PyVersion, String>,
}

impl References {
    /// Pools for the `versions` that `discovery` found; the others are listed by
    /// [`References::missing`]. Embedded workers are built here when missing or stale.
    pub fn new(
        discovery: &Discovery,
        versions: &[PyVersion],
        config: &Config,
    ) -> Result<References, WorkerError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let mut pools = BTreeMap::new();
        let mut releases = BTreeMap::new();
        let mut missing = BTreeMap::new();
        let mut order = Vec::new();
        for &version in versions {
            let Some(found) = discovery.get(version) else {
                let why = discovery.missing.get(&version).cloned().unwrap_or_default();
                missing.insert(version, why);
                continue;
            };
            let pool = Pool::new(
                found.clone(),
                PoolConfig {
                    kind: WorkerKind::preferred(version),
                    workers: config.workers.max(1),
                    budget: config.budget,
                    ..PoolConfig::default()
                },
            )?;
            releases.insert(version.to_string(), found.release.clone());
            pools.insert(version, Arc::new(pool));
            order.push(version);
        }
        Ok(References {
            runtime,
            order,
            pools,
            releases,
            missing,
        })
    }

    /// The versions that have a pool, in the order they were asked for.
    pub fn versions(&self) -> &[PyVersion] {
        &self.order
    }

    /// `2.7 → 2.7.18` for each version with a pool (campaign metadata).
    pub fn releases(&self) -> &BTreeMap<String, String> {
        &self.releases
    }

    /// Versions asked for that have no interpreter, with the reason.
    pub fn missing(&self) -> &BTreeMap<PyVersion, String> {
        &self.missing
    }

    pub fn stats(&self, version: PyVersion) -> Option<PoolStats> {
        self.pools.get(&version).map(|p| p.stats())
    }

    /// The observation of `source`, run as `file` on the CPython of `version`.
    pub fn observe(&self, file: &Path, source: &str, version: PyVersion) -> Observation {
        let Some(pool) = self.pools.get(&version) else {
            return crash(format!("no cpython-{version}"));
        };
        let case = Case {
            file: file.to_path_buf(),
            source: source.as_bytes().to_vec(),
        };
        match self.runtime.block_on(pool.run(&case)) {
            Ok(obs) => obs,
            Err(e) => crash(format!("harness: {e}")),
        }
    }

    /// Process ids of the idle workers of every pool (for measurements).
    pub fn worker_pids(&self) -> Vec<u32> {
        self.pools
            .values()
            .flat_map(|p| p.idle_worker_pids())
            .collect()
    }

    /// Retires every idle worker and waits for it.
    pub fn shutdown(&self) {
        for pool in self.pools.values() {
            self.runtime.block_on(pool.shutdown());
        }
    }
}

fn crash(detail: String) -> Observation {
    Observation::new(String::new(), End::Crash { detail }, Vec::new())
}

/// The path both sides show a campaign's programs as (`__file__`, tracebacks).
pub fn case_file(out: &Path) -> std::io::Result<PathBuf> {
    std::path::absolute(out.join("case.py"))
}
