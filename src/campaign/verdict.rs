//! Verdicts (DESIGN.md, "Verdicts") and the fingerprint that buckets divergences.
//!
//! A VM that disagrees with the CPython of its version diverges; it is inconclusive only when
//! the reference timed out or crashed, or the VM named a construct on the closed `Unsupported`
//! list. A VM timeout where CPython finished is a divergence. The fingerprint is what makes
//! two divergences "the same": the version, the differing fields, both end kinds and
//! exception types, and where the first difference lies, with names abstracted.

use serde::{Deserialize, Serialize};

use crate::diff::{self, Field};
use crate::observe::{End, Observation, Value};
use crate::version::PyVersion;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    Agree,
    Diverge {
        key: Fingerprint,
        diff: String,
        /// The program's later independent differences ([`later_differences`]), each a
        /// signature of its own, so a rare mistake behind a frequent one is reduced too.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        also: Vec<Fingerprint>,
    },
    /// Diverged once but not when run again.
    Flaky,
    Inconclusive {
        reason: String,
    },
    /// The reference died of a signal where another CPython version runs the program: a bug
    /// in CPython itself ([`crate::diff::crash`]), never folded into `Inconclusive`.
    CpythonCrash {
        crash: crate::diff::crash::CpythonCrash,
    },
}

impl Verdict {
    /// Whether the program is kept in the results.
    pub fn is_finding(&self) -> bool {
        matches!(
            self,
            Verdict::Diverge { .. } | Verdict::Flaky | Verdict::CpythonCrash { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Fingerprint {
    pub version: PyVersion,
    pub fields: Vec<Field>,
    pub ends: (String, String),
    pub types: (Option<String>, Option<String>),
    /// Where the first difference is: `end`, `stdout`, or the probe label with digits dropped.
    pub site: String,
    /// What differs there, free of values ([`what_differs`]): the exception types a differing
    /// stdout line or probe value names on each side, or which keys of a namespace differ.
    /// A reduction step whose divergence differs here differs for another reason (slippage)
    /// and is refused, even at the same site with the same shape.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what: String,
}

impl Fingerprint {
    /// A short stable name: FNV-1a over the key's JSON, in hex. It names a campaign's
    /// signature group, so it leaves out `what` (which names a program's own variables):
    /// programs that differ at one site in one shape share a group and one reduction, which
    /// keeps its representative's `what`.
    pub fn hash(&self) -> String {
        json_hash(&Fingerprint {
            what: String::new(),
            ..self.clone()
        })
    }

    /// The divergence's class, the part of the key a bucket keeps: both ends and exception
    /// types, whether the end's message differs, and whether values differ (through stdout or
    /// a probe, in content or in order alike). Where the first difference lies, whether a
    /// program shows a wrong value by `print` or by a probe, and on which version it was
    /// generated, depend on how the program happens to meet a mistake; the reduction keeps
    /// them, a bucket does not (it lists its versions).
    pub fn class_hash(&self) -> String {
        let has = |f: Field| self.fields.contains(&f);
        let class = (
            &self.ends,
            &self.types,
            has(Field::EndMessage),
            has(Field::Stdout) || has(Field::Probes) || has(Field::ProbeOrder),
        );
        json_hash(&class)
    }

    /// Whether this is a later difference of a program ([`later_differences`]), which names
    /// only its probe and what differs there.
    pub fn is_later(&self) -> bool {
        self.ends.0.is_empty()
    }

    /// The divergence in words, naming the in-house VM as the system under test.
    pub fn describe(&self) -> String {
        self.describe_as("vm")
    }

    /// The divergence in words, naming the system under test `target` (`vm`, `rustpython`).
    pub fn describe_as(&self, target: &str) -> String {
        if self.is_later() {
            // A later difference (`probe_differences`): the probe and what differs there.
            return format!(
                "{target}-{} differs at {}: {}",
                self.version, self.site, self.what
            );
        }
        format!(
            "{target}-{} differs in {:?} at {}: cpython ends {}{}, {target} ends {}{}",
            self.version,
            self.fields,
            self.site,
            self.ends.0,
            self.types
                .0
                .as_deref()
                .map(|t| format!(" ({t})"))
                .unwrap_or_default(),
            self.ends.1,
            self.types
                .1
                .as_deref()
                .map(|t| format!(" ({t})"))
                .unwrap_or_default(),
        )
    }
}

/// FNV-1a of `value`'s JSON, in hex.
fn json_hash<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap_or_default();
    format!("{:016x}", fnv1a(json.as_bytes()))
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike `std`'s hasher.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn end_type(end: &End) -> Option<String> {
    match end {
        End::Exception { ty, .. } | End::SyntaxError { ty, .. } => Some(ty.clone()),
        End::Unsupported { construct, .. } => Some(construct.clone()),
        _ => None,
    }
}

/// Compares the VM's observation with the reference of the same version.
pub fn judge(version: PyVersion, reference: &Observation, vm: &Observation) -> Verdict {
    judge_as(version, reference, vm, "vm")
}

/// [`judge`] for the system under test `target` (`vm`, `rustpython`): the diff's header names
/// it (`rustpython-3.13`). The fingerprint does not depend on the name.
pub fn judge_as(
    version: PyVersion,
    reference: &Observation,
    vm: &Observation,
    target: &str,
) -> Verdict {
    match &reference.end {
        End::Timeout => {
            return Verdict::Inconclusive {
                reason: "reference timed out".into(),
            }
        }
        End::Crash { detail } => {
            return Verdict::Inconclusive {
                reason: format!("reference crashed: {detail}"),
            }
        }
        _ => {}
    }
    if let End::Unsupported { construct, .. } = &vm.end {
        return Verdict::Inconclusive {
            reason: format!("{target} unsupported: {construct}"),
        };
    }
    let fields = diff::compare(reference, vm);
    if fields.is_empty() {
        return Verdict::Agree;
    }
    let key = Fingerprint {
        version,
        ends: (diff::end_kind(reference), diff::end_kind(vm)),
        types: (end_type(&reference.end), end_type(&vm.end)),
        site: first_site(reference, vm),
        what: what_differs(reference, vm),
        fields,
    };
    let also = later_differences(version, reference, vm);
    Verdict::Diverge {
        also,
        diff: diff::render(
            reference,
            vm,
            (
                &format!("cpython-{version}"),
                &format!("{target}-{version}"),
            ),
        ),
        key,
    }
}

fn first_site(a: &Observation, b: &Observation) -> String {
    let (la, lb) = (diff::lines(a), diff::lines(b));
    let line = la
        .lines()
        .zip(lb.lines())
        .find(|(x, y)| x != y)
        .map(|(x, _)| x.to_string())
        .unwrap_or_else(|| {
            let (n, m) = (la.lines().count(), lb.lines().count());
            let longer = if n > m { &la } else { &lb };
            longer.lines().nth(n.min(m)).unwrap_or("").to_string()
        });
    if line.starts_with("end:") {
        "end".into()
    } else if line.starts_with("stdout|") {
        "stdout".into()
    } else if let Some(rest) = line.strip_prefix("probe ") {
        probe_site(rest.split(": ").next().unwrap_or(""))
    } else {
        "end".into()
    }
}

/// The site of a probe in a fingerprint: `probe ` and its label with the digits dropped (they
/// number the generator's probes, which reductions renumber).
pub fn probe_site(label: &str) -> String {
    let label: String = label.chars().filter(|c| !c.is_ascii_digit()).collect();
    format!("probe {label}")
}

/// What differs at the first difference, with the values left out: for stdout, the exception
/// names in the first differing line on each side (`NameError | UnboundLocalError`); for a
/// probe, the keys of two namespaces that differ (`-x` only CPython's, `+x` only the system
/// under test's, `~x` different values) or, for other values, each side's kind and the
/// exception types inside it. Empty when the first difference is the end (its kinds and
/// types are in the key already).
pub fn what_differs(a: &Observation, b: &Observation) -> String {
    if a.end != b.end {
        return String::new();
    }
    let (sa, sb): (Vec<&str>, Vec<&str>) = (a.stdout.lines().collect(), b.stdout.lines().collect());
    if sa != sb {
        let i = sa.iter().zip(&sb).take_while(|(x, y)| x == y).count();
        let words = |line: Option<&&str>| exception_words(line.copied().unwrap_or(""));
        return format!("stdout {} | {}", words(sa.get(i)), words(sb.get(i)));
    }
    let i = a
        .probes
        .iter()
        .zip(&b.probes)
        .take_while(|(x, y)| x == y)
        .count();
    match (a.probes.get(i), b.probes.get(i)) {
        (Some(x), Some(y)) => match (&x.value, &y.value) {
            (Value::Map { items: ia, .. }, Value::Map { items: ib, .. }) => {
                format!("keys {}", key_changes(ia, ib).join(" "))
            }
            (va, vb) => format!("value {} | {}", value_kind(va), value_kind(vb)),
        },
        (Some(_), None) => "probe missing".into(),
        (None, Some(_)) => "probe extra".into(),
        (None, None) => String::new(),
    }
}

/// How many later differences of one program get signatures of their own.
pub const LATER_DIFFERENCES: usize = 3;

/// The differences of a program at each probe label both sides reach with different values,
/// in the order CPython first shows the labels: one fingerprint per label, naming only the
/// probe (its label without digits) and what differs there, so it holds whatever else the
/// program does before or after. A fingerprint of [`later_differences`] is kept by a
/// reduction step when the candidate's `probe_differences` still contain it.
pub fn probe_differences(version: PyVersion, a: &Observation, b: &Observation) -> Vec<Fingerprint> {
    let mut labels: Vec<&str> = Vec::new();
    for p in &a.probes {
        if !labels.contains(&p.label.as_str()) {
            labels.push(&p.label);
        }
    }
    let mut out: Vec<Fingerprint> = Vec::new();
    for label in labels {
        let (va, vb) = (values_at(a, label), values_at(b, label));
        let Some((x, y)) = va.iter().zip(&vb).find(|(x, y)| x != y) else {
            continue;
        };
        let what = match (x, y) {
            (Value::Map { items: ia, .. }, Value::Map { items: ib, .. }) => {
                format!("keys {}", key_changes(ia, ib).join(" "))
            }
            (x, y) => format!("value {} | {}", value_kind(x), value_kind(y)),
        };
        let key = Fingerprint {
            version,
            fields: vec![Field::Probes],
            ends: (String::new(), String::new()),
            types: (None, None),
            site: probe_site(label),
            what,
        };
        if !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// The values of `o`'s probes labelled `label`, in order.
fn values_at<'a>(o: &'a Observation, label: &str) -> Vec<&'a Value> {
    o.probes
        .iter()
        .filter(|p| p.label == label)
        .map(|p| &p.value)
        .collect()
}

/// The differences after the first one ([`probe_differences`] other than at the first
/// differing probe's label), at most [`LATER_DIFFERENCES`].
pub fn later_differences(version: PyVersion, a: &Observation, b: &Observation) -> Vec<Fingerprint> {
    let first = a
        .probes
        .iter()
        .zip(&b.probes)
        .find(|(x, y)| x != y)
        .map(|(x, _)| probe_site(&x.label));
    probe_differences(version, a, b)
        .into_iter()
        .filter(|k| Some(&k.site) != first.as_ref())
        .take(LATER_DIFFERENCES)
        .collect()
}

/// The words of `text` that name exceptions (`...Error`, `...Exception`, `...Warning`,
/// `StopIteration`, `SystemExit`, `KeyboardInterrupt`), in order, space-separated.
fn exception_words(text: &str) -> String {
    let names: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .map(|w| w.rsplit('.').next().unwrap_or(w))
        .filter(|w| {
            [
                "Error",
                "Exception",
                "Warning",
                "Iteration",
                "Exit",
                "Interrupt",
            ]
            .iter()
            .any(|end| w.ends_with(end) && w.len() > end.len())
        })
        .collect();
    names.join(" ")
}

/// Which keys of two mappings differ: `-k` only in the first, `+k` only in the second, `~k`
/// in both with different values. Keys are named by their string value, others by kind.
fn key_changes(a: &[(Value, Value)], b: &[(Value, Value)]) -> Vec<String> {
    let name = |k: &Value| match k {
        Value::Str { v, .. } => v.clone(),
        other => format!("<{}>", value_kind(other)),
    };
    let find = |items: &[(Value, Value)], k: &Value| {
        items.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone())
    };
    let mut out = Vec::new();
    for (k, v) in a {
        match find(b, k) {
            None => out.push(format!("-{}", name(k))),
            Some(w) if w != *v => out.push(format!("~{}", name(k))),
            Some(_) => {}
        }
    }
    for (k, _) in b {
        if find(a, k).is_none() {
            out.push(format!("+{}", name(k)));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A value's kind (`int`, `map`, ...) and the exception types anywhere inside it.
fn value_kind(v: &Value) -> String {
    let kind = match v {
        Value::None => "None",
        Value::Bool { .. } => "bool",
        Value::Int { .. } => "int",
        Value::Float { .. } => "float",
        Value::Complex { .. } => "complex",
        Value::Str { .. } => "str",
        Value::Tuple { .. } => "tuple",
        Value::Seq { .. } => "seq",
        Value::Map { .. } => "map",
        Value::Function { .. } => "function",
        Value::Class { .. } => "class",
        Value::Instance { .. } => "instance",
        Value::Cell { .. } => "cell",
        Value::Module { .. } => "module",
        Value::Code { .. } => "code",
        Value::Other { .. } => "other",
        Value::Ref { .. } => "ref",
        Value::Truncated => "truncated",
    };
    let mut types = String::new();
    collect_exception_types(v, &mut types);
    if types.is_empty() {
        kind.to_string()
    } else {
        format!("{kind}{types}")
    }
}

fn collect_exception_types(v: &Value, out: &mut String) {
    match v {
        Value::Other { ty, .. } | Value::Instance { ty, .. } | Value::Class { name: ty, .. } => {
            let words = exception_words(ty);
            if !words.is_empty() {
                out.push(' ');
                out.push_str(&words);
            }
        }
        _ => {}
    }
    match v {
        Value::Tuple { items, .. } | Value::Seq { items, .. } => {
            items.iter().for_each(|x| collect_exception_types(x, out))
        }
        Value::Map { items, .. } => items.iter().for_each(|(k, x)| {
            collect_exception_types(k, out);
            collect_exception_types(x, out);
        }),
        Value::Instance {
            attrs: Some(items), ..
        } => items
            .iter()
            .for_each(|(_, x)| collect_exception_types(x, out)),
        Value::Cell {
            contents: Some(x), ..
        } => collect_exception_types(x, out),
        _ => {}
    }
}

/// The pairs of CPython versions whose observations of one program differ, as `3.12/3.13`.
/// Two dialects never count as drift (2.7 runs a different rendering of the program).
pub fn drift(references: &[(PyVersion, Observation)]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, (va, a)) in references.iter().enumerate() {
        for (vb, b) in &references[i + 1..] {
            if va.dialect() == vb.dialect() && a != b {
                out.push(format!("{va}/{vb}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(stdout: &str, end: End) -> Observation {
        Observation::new(stdout.into(), end, vec![])
    }

    #[test]
    fn verdicts_follow_the_design() {
        let v = PyVersion::PY312;
        let ok = obs("1\n", End::Ok);
        assert_eq!(judge(v, &ok, &ok), Verdict::Agree);
        assert!(matches!(
            judge(v, &obs("", End::Timeout), &ok),
            Verdict::Inconclusive { .. }
        ));
        // A VM timeout where CPython finished is a divergence.
        assert!(matches!(
            judge(v, &ok, &obs("", End::Timeout)),
            Verdict::Diverge { .. }
        ));
        let unsupported = obs(
            "",
            End::Unsupported {
                construct: "import dis".into(),
                line: Some(1),
            },
        );
        assert!(matches!(
            judge(v, &ok, &unsupported),
            Verdict::Inconclusive { .. }
        ));
    }

    #[test]
    fn fingerprints_ignore_values_but_not_structure() {
        let v = PyVersion::PY313;
        let key = |a: &Observation, b: &Observation| match judge(v, a, b) {
            Verdict::Diverge { key, .. } => key,
            other => panic!("{other:?}"),
        };
        let k1 = key(&obs("a=1\n", End::Ok), &obs("a=2\n", End::Ok));
        let k2 = key(&obs("b=7\n", End::Ok), &obs("b=9\n", End::Ok));
        assert_eq!(k1.hash(), k2.hash());
        let exc = End::Exception {
            ty: "NameError".into(),
            message: "x".into(),
        };
        let k3 = key(&obs("a=1\n", End::Ok), &obs("a=1\n", exc));
        assert_ne!(k1.hash(), k3.hash());
    }

    #[test]
    fn drift_pairs_same_dialect_only() {
        let refs = vec![
            (PyVersion::PY27, obs("x\n", End::Ok)),
            (PyVersion::PY312, obs("y\n", End::Ok)),
            (PyVersion::PY313, obs("z\n", End::Ok)),
        ];
        assert_eq!(drift(&refs), vec!["3.12/3.13".to_string()]);
    }

    #[test]
    fn a_later_independent_difference_is_a_signature_of_its_own() {
        use crate::observe::Probe;
        let v = PyVersion::PY313;
        let int = |n: i64| Value::Int {
            ty: "int".into(),
            v: n.to_string(),
        };
        let probes = |xs: &[(&str, i64)]| {
            xs.iter()
                .map(|(l, n)| Probe {
                    label: l.to_string(),
                    value: int(*n),
                })
                .collect::<Vec<_>>()
        };
        // A frequent mistake shows at f#1, a rare one at g#7; h#2 agrees.
        let cpython = Observation::new(
            String::new(),
            End::Ok,
            probes(&[("f#1", 1), ("h#2", 0), ("g#7", -4)]),
        );
        let vm = Observation::new(
            String::new(),
            End::Ok,
            probes(&[("f#1", 2), ("h#2", 0), ("g#7", -3)]),
        );
        let Verdict::Diverge { key, also, .. } = judge(v, &cpython, &vm) else {
            panic!("diverges");
        };
        assert_eq!(key.site, "probe f#");
        assert_eq!(also.len(), 1, "{also:?}");
        assert_eq!(also[0].site, "probe g#");
        assert_eq!(also[0].what, "value int | int");
        assert!(also[0].is_later() && !key.is_later());
        assert_ne!(also[0].hash(), key.hash());
        // With the frequent mistake gone, the rare one is still there to keep.
        let fixed = Observation::new(
            String::new(),
            End::Ok,
            probes(&[("f#1", 1), ("h#2", 0), ("g#7", -3)]),
        );
        assert!(probe_differences(v, &cpython, &fixed).contains(&also[0]));
        // A probe only one side reaches is a consequence, not a difference of its own.
        let cut = Observation::new(String::new(), End::Ok, probes(&[("f#1", 2)]));
        assert!(later_differences(v, &cpython, &cut).is_empty());
    }
}
