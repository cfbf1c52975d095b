//! `execdiff replay`: every case on every target, against its blessings.
//!
//! A VM target that no longer agrees with a blessing is a *regression* (or, under a strict
//! `xfail`, a VM that now agrees is an *xpass*, which fails too until the marker goes). A live
//! CPython that disagrees with its own blessing makes the blessing *stale*: the interpreter
//! build changed, or the case is not deterministic.

use std::time::Duration;

use serde::Serialize;

use super::Case;
use crate::diff::{self, Field};
use crate::interp::Discovery;
use crate::observe::Observation;
use crate::refrun;
use crate::version::PyVersion;

/// What one target did with one case on one version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    Pass,
    /// Disagrees, as its `xfail` marker says.
    Xfail,
    /// Agrees although marked `xfail`: fails until the marker goes.
    Xpass,
    Regression {
        fields: Vec<Field>,
        diff: String,
    },
    Stale {
        fields: Vec<Field>,
        diff: String,
    },
    Unblessed,
    Skipped {
        reason: String,
    },
    Error {
        message: String,
    },
}

impl Status {
    /// Whether this row fails the replay.
    pub fn is_failure(&self) -> bool {
        matches!(
            self,
            Status::Xpass | Status::Regression { .. } | Status::Error { .. } | Status::Unblessed
        )
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Row {
    pub case: String,
    pub version: PyVersion,
    /// `vm-3.12` or `cpython-3.12`.
    pub target: String,
    #[serde(flatten)]
    pub status: Status,
}

/// A VM entry point: the observation of `case` on `version`.
pub type VmRunner<'a> = &'a (dyn Fn(&Case, PyVersion) -> Observation + Sync);

pub struct ReplayConfig<'a> {
    pub vm: Option<VmRunner<'a>>,
    /// Re-run the live interpreters to find stale blessings.
    pub live: bool,
    pub jobs: usize,
    pub budget: Duration,
}

/// Replays `cases`; `progress(done, total)` after each case.
pub fn replay(
    cases: &[Case],
    discovery: &Discovery,
    config: &ReplayConfig<'_>,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<Row> {
    let mut rows: Vec<Row> = super::parallel_map(cases, config.jobs, progress, &|case| {
        replay_case(case, discovery, config)
    })
    .into_iter()
    .flatten()
    .collect();
    rows.sort_by(|a, b| (&a.case, a.version, &a.target).cmp(&(&b.case, b.version, &b.target)));
    rows
}

fn replay_case(case: &Case, discovery: &Discovery, config: &ReplayConfig<'_>) -> Vec<Row> {
    let name = case.path.display().to_string();
    let mut rows = Vec::new();
    for version in case.run_versions() {
        let row = |target: String, status| Row {
            case: name.clone(),
            version,
            target,
            status,
        };
        let blessing = match case.blessing(version) {
            Ok(Some(b)) => b,
            Ok(None) => {
                rows.push(row(format!("cpython-{version}"), Status::Unblessed));
                continue;
            }
            Err(e) => {
                rows.push(row(
                    format!("cpython-{version}"),
                    Status::Error {
                        message: e.to_string(),
                    },
                ));
                continue;
            }
        };
        if let Some(vm) = config.vm {
            let target = format!("vm-{version}");
            let got = vm(case, version);
            let fields = diff::compare(&blessing, &got);
            let xfail = case.directive.xfail_vm.contains(&version);
            let status = match (fields.is_empty(), xfail) {
                (true, false) => Status::Pass,
                (true, true) => Status::Xpass,
                (false, true) => Status::Xfail,
                (false, false) => Status::Regression {
                    diff: diff::render(&blessing, &got, (&format!("cpython-{version}"), &target)),
                    fields,
                },
            };
            rows.push(row(target, status));
        }
        if config.live {
            let target = format!("cpython-{version}");
            let status = match discovery.get(version) {
                None => Status::Skipped {
                    reason: discovery.missing.get(&version).cloned().unwrap_or_default(),
                },
                Some(python) => match refrun::run(python, &case.path, config.budget) {
                    Err(e) => Status::Error {
                        message: e.to_string(),
                    },
                    Ok(run) => {
                        let fields = diff::compare(&blessing, &run.observation);
                        if fields.is_empty() {
                            Status::Pass
                        } else {
                            Status::Stale {
                                diff: diff::render(
                                    &blessing,
                                    &run.observation,
                                    ("blessing", &target),
                                ),
                                fields,
                            }
                        }
                    }
                },
            };
            rows.push(row(target, status));
        }
    }
    rows
}
