//! `execdiff diff FILE`: one program on every target, side by side.
//!
//! Prints (a) a matrix of targets × (stdout, end, probes) marking agreement with the CPython of
//! each target's version, (b) a unified diff for each system under test that disagrees, and
//! (c) the drift between the CPythons. Exit status: 0 when every target agrees with its
//! CPython, 1 when one diverges, 2 on error, 3 when nothing could be compared.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use serde::Serialize;

use crate::campaign::verdict::{self, Verdict};
use crate::diff::{self, Field};
use crate::interp::{self, DiscoveryConfig};
use crate::observe::Observation;
use crate::refrun;
use crate::version::PyVersion;

use super::fuzz::SystemUnderTest;

#[derive(Serialize)]
struct Row {
    target: String,
    version: PyVersion,
    /// Fields that differ from the CPython of `version` (empty for CPython itself).
    differs: Vec<Field>,
    verdict: Option<Verdict>,
    observation: Observation,
}

#[derive(Serialize)]
struct Report {
    file: String,
    rows: Vec<Row>,
    /// `3.12/3.13` → the fields in which those CPythons differ.
    drift: Vec<(String, Vec<Field>)>,
    missing: Vec<String>,
    /// A reference that died of a signal where another CPython runs the program.
    cpython_crash: Option<crate::diff::crash::CpythonCrash>,
}

pub fn diff(
    config: &DiscoveryConfig,
    file: &Path,
    versions: &[PyVersion],
    sut: &SystemUnderTest,
    json: bool,
    budget: Duration,
) -> anyhow::Result<ExitCode> {
    let source = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let text = String::from_utf8_lossy(&source).into_owned();
    let discovery = interp::discover(config);
    let mut rows = Vec::new();
    let mut references = Vec::new();
    let mut missing = Vec::new();
    let file_abs = std::path::absolute(file)?;
    // Every version at once, the reference run and the system under test side by side: a
    // program that never ends costs one timeout, not one per version and target.
    let wanted: Vec<PyVersion> = versions.iter().copied().filter(|v| sut.runs(*v)).collect();
    let runs = std::thread::scope(|scope| {
        let handles: Vec<_> = wanted
            .iter()
            .map(|&version| {
                let python = discovery.get(version);
                let (file, file_abs, text) = (&file, &file_abs, &text);
                scope.spawn(move || {
                    let python = python?;
                    let ours = scope.spawn(move || sut.observe(file_abs, text, version));
                    let reference = refrun::run(python, file, budget);
                    let ours = ours.join().expect("the system under test panicked");
                    Some(reference.map(|r| (r.observation, ours)))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a reference run panicked"))
            .collect::<Vec<_>>()
    });
    for (&version, run) in wanted.iter().zip(runs) {
        let Some(run) = run else {
            missing.push(format!(
                "cpython-{version}: {}",
                discovery.missing.get(&version).cloned().unwrap_or_default()
            ));
            continue;
        };
        let (reference, ours) = run?;
        let reference = sut.comparable(reference);
        let v = verdict::judge_as(version, &reference, &ours, sut.name());
        rows.push(Row {
            target: format!("cpython-{version}"),
            version,
            differs: Vec::new(),
            verdict: None,
            observation: reference.clone(),
        });
        rows.push(Row {
            target: format!("{}-{version}", sut.name()),
            version,
            differs: diff::compare(&reference, &ours),
            verdict: Some(v),
            observation: ours,
        });
        references.push((version, reference));
    }
    let mut drift = Vec::new();
    for (i, (va, a)) in references.iter().enumerate() {
        for (vb, b) in &references[i + 1..] {
            let fields = diff::compare(a, b);
            if !fields.is_empty() {
                drift.push((format!("{va}/{vb}"), fields));
            }
        }
    }
    let cpython_crash = super::crash::find(&references, &discovery, file, budget);
    if let Some(crash) = &cpython_crash {
        for row in rows.iter_mut().filter(|r| r.verdict.is_some()) {
            if crash.crashed.iter().any(|(v, _)| *v == row.version) {
                row.verdict = Some(Verdict::CpythonCrash {
                    crash: crash.clone(),
                });
            }
        }
    }
    let report = Report {
        file: file.display().to_string(),
        rows,
        drift,
        missing,
        cpython_crash,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", render(&report));
    }
    let verdicts: Vec<&Verdict> = report
        .rows
        .iter()
        .filter_map(|r| r.verdict.as_ref())
        .collect();
    Ok(
        if verdicts
            .iter()
            .any(|v| matches!(v, Verdict::Diverge { .. } | Verdict::CpythonCrash { .. }))
        {
            ExitCode::from(1)
        } else if verdicts
            .iter()
            .all(|v| matches!(v, Verdict::Inconclusive { .. }))
        {
            ExitCode::from(3)
        } else {
            ExitCode::SUCCESS
        },
    )
}

fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", report.file);
    let _ = writeln!(
        out,
        "{:<16} {:<7} {:<7} {:<7} verdict",
        "target", "stdout", "end", "probes"
    );
    for row in &report.rows {
        let mark = |fields: &[Field]| {
            if row.verdict.is_none() {
                "ref"
            } else if row.differs.iter().any(|f| fields.contains(f)) {
                "DIFF"
            } else {
                "="
            }
        };
        let verdict = match &row.verdict {
            None => String::new(),
            Some(Verdict::Agree) => "agree".into(),
            Some(Verdict::Diverge { .. }) => "DIVERGE".into(),
            Some(Verdict::Flaky) => "flaky".into(),
            Some(Verdict::Inconclusive { reason }) => format!("inconclusive ({reason})"),
            Some(Verdict::CpythonCrash { .. }) => "CPYTHON-CRASH".into(),
        };
        let _ = writeln!(
            out,
            "{:<16} {:<7} {:<7} {:<7} {verdict}",
            row.target,
            mark(&[Field::Stdout]),
            mark(&[Field::EndKind, Field::EndType, Field::EndMessage]),
            mark(&[Field::Probes, Field::ProbeOrder]),
        );
    }
    for row in &report.rows {
        if let Some(Verdict::Diverge { diff, .. }) = &row.verdict {
            let _ = writeln!(
                out,
                "\n{} against cpython-{}:\n{diff}",
                row.target, row.version
            );
        }
    }
    if let Some(crash) = &report.cpython_crash {
        let _ = writeln!(
            out,
            "\ncpython-crash (a bug in CPython): {}",
            crash.describe()
        );
    }
    if report.drift.is_empty() {
        let _ = writeln!(out, "\nno drift between the CPythons");
    } else {
        let _ = writeln!(out, "\nversion drift (not a bug):");
        for (pair, fields) in &report.drift {
            let _ = writeln!(out, "  {pair}: {fields:?}");
        }
    }
    for m in &report.missing {
        let _ = writeln!(out, "skipped {m}");
    }
    out
}
