//! Reports: the replay report (`summary.md`, `report.json`), JUnit XML, and the campaign's
//! self-contained HTML ([`html`]).
//!
//! The JSON is an IPC boundary with its own schema version. Everything taken from a program
//! or a case is escaped for the format it lands in.

pub mod html;
pub mod known;

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::corpus::replay::{Row, Status};

pub const REPORT_SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct ReplayReport<'a> {
    schema: u32,
    kind: &'static str,
    totals: Totals,
    rows: &'a [Row],
}

#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Totals {
    pub pass: usize,
    pub xfail: usize,
    pub xpass: usize,
    pub regression: usize,
    pub stale: usize,
    pub unblessed: usize,
    pub skipped: usize,
    pub error: usize,
}

pub fn totals(rows: &[Row]) -> Totals {
    let mut t = Totals::default();
    for row in rows {
        match row.status {
            Status::Pass => t.pass += 1,
            Status::Xfail => t.xfail += 1,
            Status::Xpass => t.xpass += 1,
            Status::Regression { .. } => t.regression += 1,
            Status::Stale { .. } => t.stale += 1,
            Status::Unblessed => t.unblessed += 1,
            Status::Skipped { .. } => t.skipped += 1,
            Status::Error { .. } => t.error += 1,
        }
    }
    t
}

/// Writes `summary.md` and `report.json` into `dir`.
pub fn write_replay(dir: &Path, rows: &[Row]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let totals = totals(rows);
    let json = serde_json::to_string_pretty(&ReplayReport {
        schema: REPORT_SCHEMA_VERSION,
        kind: "replay",
        totals: totals.clone(),
        rows,
    })
    .map_err(std::io::Error::other)?;
    std::fs::write(dir.join("report.json"), json + "\n")?;
    std::fs::write(dir.join("summary.md"), summary_markdown(rows, &totals))
}

pub fn summary_markdown(rows: &[Row], t: &Totals) -> String {
    let mut md = String::from("# execdiff replay\n\n");
    let _ = writeln!(
        md,
        "| pass | xfail | xpass | regression | stale | unblessed | skipped | error |\n|---|---|---|---|---|---|---|---|\n| {} | {} | {} | {} | {} | {} | {} | {} |\n",
        t.pass, t.xfail, t.xpass, t.regression, t.stale, t.unblessed, t.skipped, t.error
    );
    for row in rows
        .iter()
        .filter(|r| !matches!(r.status, Status::Pass | Status::Xfail))
    {
        let _ = writeln!(md, "## {} on {}\n", md_escape(&row.case), row.target);
        match &row.status {
            Status::Regression { fields, diff } | Status::Stale { fields, diff } => {
                let _ = writeln!(
                    md,
                    "{:?} differ\n\n````diff\n{}````\n",
                    fields,
                    diff.replace("````", "` ` ` `")
                );
            }
            other => {
                let _ = writeln!(md, "{}\n", md_escape(&format!("{other:?}")));
            }
        }
    }
    md
}

fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// JUnit XML: one test case per row, failures for failing rows.
pub fn junit(rows: &[Row]) -> String {
    let failures = rows.iter().filter(|r| r.status.is_failure()).count();
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuite name=\"execdiff-replay\" tests=\"{}\" failures=\"{failures}\">",
        rows.len()
    );
    for row in rows {
        let _ = write!(
            xml,
            "  <testcase classname=\"{}\" name=\"{}\"",
            xml_escape(&row.target),
            xml_escape(&row.case)
        );
        match &row.status {
            s if s.is_failure() => {
                let (kind, body) = match s {
                    Status::Regression { diff, .. } => ("regression", diff.clone()),
                    Status::Xpass => (
                        "xpass",
                        "agrees although marked xfail; remove the marker".into(),
                    ),
                    Status::Error { message } => ("error", message.clone()),
                    _ => (
                        "unblessed",
                        "no blessing; run `execdiff corpus bless`".into(),
                    ),
                };
                let _ = writeln!(
                    xml,
                    ">\n    <failure type=\"{kind}\">{}</failure>\n  </testcase>",
                    xml_escape(&body)
                );
            }
            Status::Skipped { reason } => {
                let _ = writeln!(
                    xml,
                    ">\n    <skipped message=\"{}\"/>\n  </testcase>",
                    xml_escape(reason)
                );
            }
            _ => xml.push_str("/>\n"),
        }
    }
    xml.push_str("</testsuite>\n");
    xml
}

fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {
                let _ = write!(out, "&#xFFFD;");
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::version::PyVersion;

    #[test]
    fn junit_escapes_and_counts() {
        let rows = vec![
            Row {
                case: "a<b>.py".into(),
                version: PyVersion::PY312,
                target: "vm-3.12".into(),
                status: Status::Regression {
                    fields: vec![],
                    diff: "-x & \"y\"\n".into(),
                },
            },
            Row {
                case: "ok.py".into(),
                version: PyVersion::PY312,
                target: "vm-3.12".into(),
                status: Status::Pass,
            },
        ];
        let xml = junit(&rows);
        assert!(xml.contains("tests=\"2\" failures=\"1\""));
        assert!(xml.contains("a&lt;b&gt;.py"));
        assert!(xml.contains("-x &amp; &quot;y&quot;"));
        assert_eq!(totals(&rows).regression, 1);
    }
}
