//! The campaign's HTML report: `index.html` and one `findings/<fingerprint>/index.html` per
//! bucket.
//!
//! Pages are self-contained and static: one inline stylesheet, charts drawn as inline SVG, no
//! scripts, no external assets, so a report reads the same from a CI artifact, a mail
//! attachment or a file system. Everything that comes from a program or an observation
//! (sources, diffs, exception types, probe labels, interpreter names) goes through [`escape`];
//! fingerprints name directories only after [`safe_component`] has checked them.
//!
//! It reads [`crate::campaign::Outcome`] and writes files; it computes nothing a campaign
//! does not already record, apart from throughput between samples.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use crate::campaign::{Bucket, Outcome, Sample};

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}\
h1,h2,h3{font-weight:600}table{border-collapse:collapse;margin:1em 0}\
td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}\
th{background:#f3f3f3}pre{background:#f7f7f7;border:1px solid #ddd;padding:.8em;overflow-x:auto}\
.figures td{font-size:1.2em}.num{text-align:right;font-variant-numeric:tabular-nums}\
.diff td{font-family:monospace;white-space:pre-wrap;font-size:.9em;width:50%}\
.del{background:#fdd}.add{background:#dfd}mark{background:#fb3;color:inherit}.hunk{background:#eef;color:#555}\
.diverge{color:#a00;font-weight:600}.agree{color:#070}\
svg{background:#fff;border:1px solid #ddd;margin:.5em 1em .5em 0}\
svg text{font-size:11px;fill:#444}.charts{display:flex;flex-wrap:wrap}";

/// `text` with its first letter upper-case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Whether `name` may be used as one path component: non-empty ASCII letters, digits, `-`, `_`.
pub fn safe_component(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Writes `index.html` into `out` and a page per bucket under `out/findings/`.
pub fn write_html(out: &Path, outcome: &Outcome) -> io::Result<()> {
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("index.html"), index_page(outcome))?;
    for bucket in &outcome.buckets {
        if !safe_component(&bucket.fingerprint) {
            continue;
        }
        let dir = out.join("findings").join(&bucket.fingerprint);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("index.html"), bucket_page(outcome, bucket))?;
    }
    Ok(())
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

fn rate(cases: u64, secs: f64) -> f64 {
    if secs > 0.0 {
        cases as f64 / secs
    } else {
        0.0
    }
}

fn index_page(o: &Outcome) -> String {
    let t = &o.totals;
    let m = &o.meta;
    let versions = m
        .versions
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<h1>execdiff campaign</h1>\n<p>{} against CPython · seed {} · shard {}/{} · versions {} · generator {}</p>",
        escape(&m.target),
        m.seed,
        m.shard.0,
        m.shard.1,
        escape(&versions),
        escape(&m.generator)
    );
    if !m.interpreters.is_empty() {
        b.push_str("<p>interpreters: ");
        let parts: Vec<String> = m
            .interpreters
            .iter()
            .map(|(k, v)| format!("{} → {}", escape(k), escape(v)))
            .collect();
        b.push_str(&parts.join(" · "));
        b.push_str("</p>\n");
    }
    b.push_str("<h2>Figures</h2>\n<table class=\"figures\">\n<tr><th>cases</th><th>cases/s</th><th>elapsed</th><th>agree</th><th>diverge</th><th>flaky</th><th>inconclusive</th><th>version drift</th><th>buckets</th><th>new buckets</th></tr>\n");
    let _ = writeln!(
        b,
        "<tr><td class=\"num\">{}</td><td class=\"num\">{:.1}</td><td class=\"num\">{:.1} s</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n</table>",
        t.cases,
        rate(t.cases, t.elapsed_secs),
        t.elapsed_secs,
        t.agree,
        t.diverge,
        t.flaky,
        t.inconclusive,
        t.drift,
        o.buckets.len(),
        o.buckets.iter().filter(|b| b.known.is_none()).count()
    );
    b.push_str("<h2>Charts</h2>\n<div class=\"charts\">\n");
    let discovery: Vec<(f64, f64)> = std::iter::once((0.0, 0.0))
        .chain(t.samples.iter().map(|s| (s.cases as f64, s.buckets as f64)))
        .collect();
    b.push_str(&line_chart(
        "buckets (formed as reductions finish) against cases run",
        "cases",
        "buckets",
        &discovery,
        true,
    ));
    b.push_str(&line_chart(
        "throughput over time",
        "seconds",
        "cases/s",
        &throughput(&t.samples),
        false,
    ));
    b.push_str("</div>\n<h2>Buckets</h2>\n");
    if o.buckets.is_empty() {
        b.push_str("<p>No divergence.</p>\n");
    } else {
        b.push_str("<table>\n<tr><th>fingerprint</th><th>version</th><th>count</th><th>signatures</th><th>first case</th><th>cause</th><th>divergence</th><th>reproducer lines</th><th>drift</th><th>known</th></tr>\n");
        // In the outcome's order: distinct causes first (`campaign::bucket::rank`).
        for bucket in &o.buckets {
            let name = escape(&bucket.fingerprint);
            let link = if safe_component(&bucket.fingerprint) {
                format!("<a href=\"findings/{name}/index.html\">{name}</a>")
            } else {
                name
            };
            let lines = match &bucket.reduced {
                Some(r) => format!("{} → {}", r.lines_before, r.lines_after),
                None => crate::reduce::line_count(&bucket.best_program).to_string(),
            };
            let _ = writeln!(
                b,
                "<tr><td><code>{link}</code></td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>",
                bucket.versions_text(),
                bucket.count,
                bucket.signatures.len().max(1),
                bucket.first_case,
                escape(&bucket.cause_text()),
                escape(&bucket.key.describe_as(&m.target)),
                lines,
                escape(&bucket.drift.join(", ")),
                escape(bucket.known.as_deref().unwrap_or("new"))
            );
        }
        b.push_str("</table>\n");
    }
    if !o.stale_known.is_empty() {
        b.push_str("<h2>Known divergences that no longer reproduce</h2>\n<p>Remove them from the list, or update their fingerprints.</p>\n<table>\n<tr><th>fingerprint</th><th>reason</th><th>now</th></tr>\n");
        for s in &o.stale_known {
            let _ = writeln!(
                b,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                escape(&s.fingerprint),
                escape(&s.reason),
                escape(&s.now)
            );
        }
        b.push_str("</table>\n");
    }
    page("execdiff campaign", &b)
}

/// Cases per second over windows of at least 1/100 of the campaign (and 0.5 s), so that a
/// sample taken right after another (a new bucket just after a tick) does not spike.
fn throughput(samples: &[Sample]) -> Vec<(f64, f64)> {
    let total = samples.last().map_or(0.0, |s| s.elapsed_secs);
    let window = (total / 100.0).max(0.5);
    let mut out = Vec::new();
    let mut start: Option<&Sample> = None;
    for s in samples {
        match start {
            None => start = Some(s),
            Some(a) => {
                let dt = s.elapsed_secs - a.elapsed_secs;
                if dt >= window {
                    out.push((s.elapsed_secs, s.cases.saturating_sub(a.cases) as f64 / dt));
                    start = Some(s);
                }
            }
        }
    }
    out
}

fn fmt_tick(v: f64) -> String {
    if v.abs() >= 1000.0 || v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// An inline SVG line chart; `step` draws a staircase (a count that changes at events).
fn line_chart(
    title: &str,
    x_label: &str,
    y_label: &str,
    points: &[(f64, f64)],
    step: bool,
) -> String {
    const W: f64 = 520.0;
    const H: f64 = 240.0;
    const L: f64 = 56.0;
    const R: f64 = 16.0;
    const T: f64 = 28.0;
    const B: f64 = 40.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" role=\"img\"><title>{}</title>",
        escape(title)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"18\" text-anchor=\"middle\" style=\"font-size:13px\">{}</text>",
        W / 2.0,
        escape(title)
    );
    let (x0, y0, x1, y1) = (L, H - B, W - R, T);
    let _ = writeln!(
        svg,
        "<line x1=\"{x0}\" y1=\"{y0}\" x2=\"{x1}\" y2=\"{y0}\" stroke=\"#888\"/><line x1=\"{x0}\" y1=\"{y0}\" x2=\"{x0}\" y2=\"{y1}\" stroke=\"#888\"/>"
    );
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text><text x=\"12\" y=\"{}\" text-anchor=\"middle\" transform=\"rotate(-90 12 {})\">{}</text>",
        (x0 + x1) / 2.0,
        H - 6.0,
        escape(x_label),
        (y0 + y1) / 2.0,
        (y0 + y1) / 2.0,
        escape(y_label)
    );
    if points.is_empty() {
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">no samples</text>",
            (x0 + x1) / 2.0,
            (y0 + y1) / 2.0
        );
        svg.push_str("</svg>\n");
        return svg;
    }
    let max_x = points.iter().map(|p| p.0).fold(0.0f64, f64::max).max(1e-9);
    let max_y = points.iter().map(|p| p.1).fold(0.0f64, f64::max).max(1.0);
    let sx = |x: f64| x0 + (x / max_x) * (x1 - x0);
    let sy = |y: f64| y0 - (y / max_y) * (y0 - y1);
    for (v, anchor, px, py) in [
        (0.0, "end", x0 - 4.0, y0 + 4.0),
        (max_y, "end", x0 - 4.0, y1 + 4.0),
    ] {
        let _ = write!(
            svg,
            "<text x=\"{px}\" y=\"{py}\" text-anchor=\"{anchor}\">{}</text>",
            fmt_tick(v)
        );
    }
    let _ = writeln!(
        svg,
        "<text x=\"{x0}\" y=\"{}\" text-anchor=\"middle\">0</text><text x=\"{x1}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        y0 + 14.0,
        y0 + 14.0,
        fmt_tick(max_x)
    );
    let mut path = String::new();
    let mut prev: Option<(f64, f64)> = None;
    for &(x, y) in points {
        let (px, py) = (sx(x), sy(y));
        match prev {
            None => {
                let _ = write!(path, "{px:.1},{py:.1}");
            }
            Some((_, last_y)) if step => {
                let _ = write!(path, " {px:.1},{last_y:.1} {px:.1},{py:.1}");
            }
            Some(_) => {
                let _ = write!(path, " {px:.1},{py:.1}");
            }
        }
        prev = Some((px, py));
    }
    let _ = writeln!(
        svg,
        "<polyline fill=\"none\" stroke=\"#2a6fdb\" stroke-width=\"2\" points=\"{path}\"/>"
    );
    svg.push_str("</svg>\n");
    svg
}

fn bucket_page(o: &Outcome, bucket: &Bucket) -> String {
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<p><a href=\"../../index.html\">← campaign</a></p>\n<h1>Bucket <code>{}</code></h1>\n<p>{}</p>\n<p>{} occurrence(s) on {}; first seen in case {} (campaign seed {}).</p>",
        escape(&bucket.fingerprint),
        escape(&bucket.key.describe_as(&o.meta.target)),
        bucket.count,
        bucket.versions_text(),
        bucket.first_case,
        o.meta.seed
    );
    if let Some(reason) = &bucket.known {
        let _ = writeln!(
            b,
            "<p><strong>Known divergence:</strong> {}</p>",
            escape(reason)
        );
    }
    if bucket.signatures.len() > 1 {
        let _ = writeln!(
            b,
            "<p>Folded from {} fingerprints whose reductions name the same mechanisms: <code>{}</code>.</p>",
            bucket.signatures.len(),
            escape(&bucket.signatures.join(" "))
        );
    }
    let (program, diff) = match &bucket.reduced {
        Some(r) => {
            let _ = writeln!(
                b,
                "<h2>Minimized reproducer</h2>\n<p>{}, keeping the fingerprint. Features: {}.</p>",
                escape(&capitalised(&r.note())),
                if r.features.is_empty() {
                    "none".to_string()
                } else {
                    escape(&r.features.join(", "))
                }
            );
            (r.source.as_str(), r.diff.as_str())
        }
        None => {
            let _ = writeln!(
                b,
                "<h2>Reproducer</h2>\n<p>Shortest program seen ({}; not saved as a corpus case).</p>",
                escape(bucket.unreduced.as_deref().unwrap_or("not reduced"))
            );
            (bucket.best_program.as_str(), bucket.diff.as_str())
        }
    };
    let _ = writeln!(b, "<pre><code>{}</code></pre>", escape(program));
    if let Some(core) = bucket.reduced.as_ref().and_then(|r| r.core.as_ref()) {
        let _ = writeln!(
            b,
            "<h3>Core</h3>\n<p>Reduced further keeping only the kind of divergence; the bucket is named after its mechanisms.</p>\n<pre><code>{}</code></pre>",
            escape(core)
        );
    }
    if let Some(plain) = bucket.reduced.as_ref().and_then(|r| r.plain.as_ref()) {
        let _ = writeln!(
            b,
            "<p>For plain <code>python</code>, with probes turned into <code>print</code>s (checked to diverge too):</p>\n<pre><code>{}</code></pre>",
            escape(plain)
        );
    }
    if bucket.reduced.is_some() {
        let _ = writeln!(
            b,
            "<details><summary>Original program</summary>\n<pre><code>{}</code></pre>\n</details>",
            escape(&bucket.best_program)
        );
    }
    b.push_str("<h2>Outcome per target</h2>\n<p>On the original program.</p>\n");
    if bucket.outcomes.is_empty() {
        b.push_str("<p>Not recorded.</p>\n");
    } else {
        let _ = writeln!(
            b,
            "<table>\n<tr><th>version</th><th>CPython</th><th>{}</th><th>verdict</th></tr>",
            escape(&o.meta.target)
        );
        for row in &bucket.outcomes {
            let class = match row.verdict.as_str() {
                "agree" => "agree",
                "diverge" => "diverge",
                _ => "",
            };
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"{class}\">{}</td></tr>",
                row.version,
                escape(&row.cpython),
                escape(&row.vm),
                escape(&row.verdict)
            );
        }
        b.push_str("</table>\n");
    }
    let _ = writeln!(
        b,
        "<h2>CPython {v} against {t} {v}</h2>",
        v = bucket.version,
        t = escape(&o.meta.target)
    );
    b.push_str(&side_by_side(diff, &o.meta.target));
    b.push_str("<h2>Version drift</h2>\n");
    if bucket.drift.is_empty() {
        b.push_str("<p>The CPython versions agree with each other on the original program.</p>\n");
    } else {
        b.push_str(
            "<p>CPython versions that disagree with each other on the original program (not a bug of the system under test): ",
        );
        b.push_str(&escape(&bucket.drift.join(", ")));
        b.push_str("</p>\n");
    }
    page(&format!("execdiff bucket {}", bucket.fingerprint), &b)
}

/// A unified diff (CPython `-`, the system under test `target` `+`) as a two-column table;
/// removed and added lines of a change are paired row by row.
pub fn side_by_side(diff: &str, target: &str) -> String {
    let mut out = format!(
        "<table class=\"diff\">\n<tr><th>CPython</th><th>{}</th></tr>\n",
        escape(target)
    );
    let mut dels: Vec<&str> = Vec::new();
    let mut adds: Vec<&str> = Vec::new();
    let flush = |out: &mut String, dels: &mut Vec<&str>, adds: &mut Vec<&str>| {
        for i in 0..dels.len().max(adds.len()) {
            let (left, right) = match (dels.get(i), adds.get(i)) {
                (Some(a), Some(b)) => marked_pair(a, b),
                (a, b) => (
                    a.map(|t| escape(t)).unwrap_or_default(),
                    b.map(|t| escape(t)).unwrap_or_default(),
                ),
            };
            let cell = |text: String, present: bool, class: &str| {
                if present {
                    format!("<td class=\"{class}\">{text}</td>")
                } else {
                    "<td></td>".to_string()
                }
            };
            let _ = writeln!(
                out,
                "<tr>{}{}</tr>",
                cell(left, i < dels.len(), "del"),
                cell(right, i < adds.len(), "add")
            );
        }
        dels.clear();
        adds.clear();
    };
    for line in diff.lines() {
        if line.starts_with("--- ") || line.starts_with("+++ ") || line.starts_with('\\') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('-') {
            if !adds.is_empty() {
                flush(&mut out, &mut dels, &mut adds);
            }
            dels.push(rest);
        } else if let Some(rest) = line.strip_prefix('+') {
            adds.push(rest);
        } else {
            flush(&mut out, &mut dels, &mut adds);
            if line.starts_with("@@") {
                let _ = writeln!(
                    out,
                    "<tr><td class=\"hunk\" colspan=\"2\">{}</td></tr>",
                    escape(line)
                );
            } else {
                let text = escape(line.strip_prefix(' ').unwrap_or(line));
                let _ = writeln!(out, "<tr><td>{text}</td><td>{text}</td></tr>");
            }
        }
    }
    flush(&mut out, &mut dels, &mut adds);
    out.push_str("</table>\n");
    out
}

/// Both sides of a changed line, escaped, with the differing tokens wrapped in `<mark>`.
/// Tokens split at JSON punctuation and spaces, because probe lines are one long JSON word;
/// the diff runs under a 50 ms limit.
fn marked_pair(old: &str, new: &str) -> (String, String) {
    let (a, b) = (tokens(old), tokens(new));
    let diff = similar::TextDiff::configure()
        .timeout(std::time::Duration::from_millis(50))
        .diff_slices(&a, &b);
    let (mut left, mut right) = (Marked::default(), Marked::default());
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            similar::ChangeTag::Equal => {
                left.push(text, false);
                right.push(text, false);
            }
            similar::ChangeTag::Delete => left.push(text, true),
            similar::ChangeTag::Insert => right.push(text, true),
        }
    }
    (left.finish(), right.finish())
}

fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, ',' | '{' | '}' | '[' | ']' | ':' | ' ' | '"') {
            if start < i {
                out.push(&text[start..i]);
            }
            out.push(&text[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Escaped text with runs of changed tokens inside one `<mark>`.
#[derive(Default)]
struct Marked {
    out: String,
    open: bool,
}

impl Marked {
    fn push(&mut self, text: &str, changed: bool) {
        if changed != self.open {
            self.out
                .push_str(if changed { "<mark>" } else { "</mark>" });
            self.open = changed;
        }
        self.out.push_str(&escape(text));
    }

    fn finish(mut self) -> String {
        if self.open {
            self.out.push_str("</mark>");
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::campaign::verdict::{judge, Verdict};
    use crate::campaign::{Meta, Reduction, TargetOutcome, Totals};
    use crate::observe::{End, Observation};
    use crate::version::PyVersion;

    const HOSTILE: &str = "print('</script><b>&')\n";

    fn bucket(ty: &str, reduced: bool) -> Bucket {
        let v = PyVersion::PY313;
        let cpython = Observation::new("</script><b>&\n".into(), End::Ok, vec![]);
        let vm = Observation::new(
            "x\n".into(),
            End::Exception {
                ty: ty.into(),
                message: "&".into(),
            },
            vec![],
        );
        let Verdict::Diverge { key, diff, .. } = judge(v, &cpython, &vm) else {
            panic!("the fixture diverges");
        };
        Bucket {
            fingerprint: key.hash(),
            key,
            count: 2,
            first_case: 7,
            best_program: format!("x = 1\n{HOSTILE}"),
            version: v,
            diff: diff.clone(),
            outcomes: vec![TargetOutcome {
                version: v,
                cpython: "ok".into(),
                vm: "exception <b>Err</b>".into(),
                verdict: "diverge".into(),
            }],
            drift: vec!["3.12/3.13".into()],
            known: None,
            signatures: Vec::new(),
            versions: vec![v],
            cause: Vec::new(),
            unreduced: None,
            reduced: reduced.then(|| Reduction {
                source: HOSTILE.into(),
                lines_before: 2,
                lines_after: 1,
                diff,
                plain: Some(HOSTILE.into()),
                features: vec!["exec".into()],
                core: None,
                passed: Vec::new(),
                needs_history: true,
            }),
        }
    }

    fn outcome() -> Outcome {
        let samples = (0..5)
            .map(|i| Sample {
                elapsed_secs: i as f64,
                cases: i * 100,
                buckets: i.min(2),
            })
            .collect();
        Outcome {
            schema: 1,
            meta: Meta {
                schema: 1,
                seed: 42,
                shard: (0, 1),
                versions: vec![PyVersion::PY312, PyVersion::PY313],
                generator: "gen<1>".into(),
                interpreters: BTreeMap::new(),
                target: "vm".into(),
            },
            totals: Totals {
                cases: 400,
                agree: 700,
                diverge: 4,
                elapsed_secs: 4.0,
                samples,
                ..Totals::default()
            },
            buckets: vec![bucket("<b>Err</b>", true), bucket("<b>Other</b>", false)],
            stale_known: vec![crate::report::known::Stale {
                fingerprint: "0123456789abcdef".into(),
                reason: "fixed <i>".into(),
                now: "the VM agrees now".into(),
            }],
            cpython_crashes: Vec::new(),
            spectrum: Default::default(),
        }
    }

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("execdiff-html-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn escapes_everything_taken_from_programs() {
        let dir = temp_dir("escape");
        let o = outcome();
        write_html(&dir, &o).expect("writes");
        let mut pages = vec![std::fs::read_to_string(dir.join("index.html")).expect("index")];
        for b in &o.buckets {
            pages.push(
                std::fs::read_to_string(
                    dir.join("findings").join(&b.fingerprint).join("index.html"),
                )
                .expect("bucket page"),
            );
        }
        for page in &pages {
            assert!(!page.contains("<b>"), "{page}");
            assert!(!page.contains("</script>"), "{page}");
            assert!(!page.contains("<script"), "{page}");
        }
        assert!(pages[0].contains("gen&lt;1&gt;"));
        assert!(pages[0].contains("no longer reproduce") && pages[0].contains("fixed &lt;i&gt;"));
        for page in &pages[1..] {
            assert!(page.contains("&lt;/script&gt;&lt;b&gt;&amp;"), "{page}");
            assert!(page.contains("exception &lt;b&gt;Err&lt;/b&gt;"), "{page}");
            assert!(page.contains("3.12/3.13"), "{page}");
        }
        for (b, page) in o.buckets.iter().zip(&pages[1..]) {
            assert_eq!(
                page.contains("Reduced from 2 to 1 lines; it diverges only after other cases"),
                b.reduced.is_some(),
                "{page}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_index_draws_both_charts_as_inline_svg() {
        let html = index_page(&outcome());
        assert_eq!(html.matches("<svg ").count(), 2);
        assert!(html.contains("buckets (formed as reductions finish) against cases run"));
        assert!(html.contains("throughput over time"));
        // Discovery is a staircase over the five samples; throughput is 100 cases/s.
        assert!(html.contains("<polyline"));
        assert!(html.contains(">100</text>"), "{html}");
        // Self-contained: nothing is fetched and nothing runs.
        for forbidden in ["src=", "<link", "<script", "@import", "url("] {
            assert!(!html.contains(forbidden), "{forbidden}");
        }
    }

    #[test]
    fn one_page_per_bucket_linked_from_the_index() {
        let dir = temp_dir("pages");
        let o = outcome();
        write_html(&dir, &o).expect("writes");
        let pages: Vec<_> = std::fs::read_dir(dir.join("findings"))
            .expect("findings")
            .filter_map(Result::ok)
            .filter(|e| e.path().join("index.html").is_file())
            .collect();
        assert_eq!(pages.len(), o.buckets.len());
        let index = std::fs::read_to_string(dir.join("index.html")).expect("index");
        for b in &o.buckets {
            assert!(index.contains(&format!("findings/{}/index.html", b.fingerprint)));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn side_by_side_pairs_changes() {
        let table = side_by_side(
            "--- a\n+++ b\n@@ -1,2 +1,2 @@\n same\n-old <x>\n+new\n-p: {\"v\":\"1\",\"w\":2}\n+p: {\"v\":\"7\",\"w\":2}\n",
            "rustpython",
        );
        assert!(
            table.contains("<th>CPython</th><th>rustpython</th>"),
            "{table}"
        );
        assert!(table.contains("<tr><td>same</td><td>same</td></tr>"));
        assert!(
            table.contains("<td class=\"del\"><mark>old &lt;x&gt;</mark></td><td class=\"add\"><mark>new</mark></td>"),
            "{table}"
        );
        // Inside a JSON probe line only the changed token is marked.
        assert!(
            table.contains("&quot;v&quot;:&quot;<mark>1</mark>&quot;,&quot;w&quot;:2}"),
            "{table}"
        );
    }
}
