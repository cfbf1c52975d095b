//! Comparing two observations: which fields differ, and a readable unified diff.
//!
//! Structure first (the end kind, exception type, message, then stdout, then probes); the
//! rendered diff is of the canonical JSON of each side, drawn with `similar` under a time
//! limit, because huge divergent outputs are exactly what fuzzing produces. Probes that hold
//! the same items in a different order are reported as a field of their own.

use std::time::Duration;

pub mod crash;
pub mod unordered;

use serde::{Deserialize, Serialize};
use similar::TextDiff;

use crate::observe::{Observation, Probe, Value};

/// One part of an observation that differs between two sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The end kind differs (`ok` against `exception`, ...).
    EndKind,
    /// Same end kind, different exception type.
    EndType,
    /// Same end kind and type, different message or line.
    EndMessage,
    Stdout,
    /// The probes differ in labels, count or values.
    Probes,
    /// The probes hold the same items, but some container lists them in another order.
    ProbeOrder,
}

/// Compares `expected` (the reference) with `actual`; empty when they agree.
pub fn compare(expected: &Observation, actual: &Observation) -> Vec<Field> {
    let mut fields = Vec::new();
    let (ek, ak) = (end_kind_name(&expected.end), end_kind_name(&actual.end));
    if ek != ak {
        fields.push(Field::EndKind);
    } else if expected.end != actual.end {
        if end_type(expected) != end_type(actual) {
            fields.push(Field::EndType);
        } else {
            fields.push(Field::EndMessage);
        }
    }
    if expected.stdout != actual.stdout {
        fields.push(Field::Stdout);
    }
    if expected.probes != actual.probes {
        if same_up_to_order(&expected.probes, &actual.probes) {
            fields.push(Field::ProbeOrder);
        } else {
            fields.push(Field::Probes);
        }
    }
    fields
}

/// The end's kind as its serde tag (`ok`, `exception`, ...).
pub fn end_kind(obs: &Observation) -> String {
    end_kind_name(&obs.end).to_owned()
}

/// The serde tag of an end, without serialising it (every case asks this several times).
fn end_kind_name(end: &crate::observe::End) -> &'static str {
    use crate::observe::End;
    match end {
        End::Ok => "ok",
        End::Exception { .. } => "exception",
        End::SyntaxError { .. } => "syntax_error",
        End::Timeout => "timeout",
        End::Crash { .. } => "crash",
        End::Unsupported { .. } => "unsupported",
    }
}

fn end_type(obs: &Observation) -> Option<&str> {
    match &obs.end {
        crate::observe::End::Exception { ty, .. } | crate::observe::End::SyntaxError { ty, .. } => {
            Some(ty)
        }
        _ => None,
    }
}

fn same_up_to_order(a: &[Probe], b: &[Probe]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.label == y.label && sorted_value(&x.value) == sorted_value(&y.value))
}

/// `v` with every container's items sorted by their JSON text, so that only order differs.
fn sorted_value(v: &Value) -> Value {
    fn key(v: &Value) -> String {
        serde_json::to_string(v).unwrap_or_default()
    }
    match v {
        Value::Seq { ty, id, items } => {
            let mut items: Vec<Value> = items.iter().map(sorted_value).collect();
            items.sort_by_key(key);
            Value::Seq {
                ty: ty.clone(),
                id: *id,
                items,
            }
        }
        Value::Map { ty, id, items } => {
            let mut items: Vec<(Value, Value)> = items
                .iter()
                .map(|(k, v)| (sorted_value(k), sorted_value(v)))
                .collect();
            items.sort_by_key(|(k, v)| (key(k), key(v)));
            Value::Map {
                ty: ty.clone(),
                id: *id,
                items,
            }
        }
        Value::Instance {
            ty,
            id,
            attrs: Some(attrs),
        } => {
            let mut attrs: Vec<(Value, Value)> = attrs
                .iter()
                .map(|(k, v)| (sorted_value(k), sorted_value(v)))
                .collect();
            attrs.sort_by_key(|(k, v)| (key(k), key(v)));
            Value::Instance {
                ty: ty.clone(),
                id: *id,
                attrs: Some(attrs),
            }
        }
        Value::Tuple { ty, items } => Value::Tuple {
            ty: ty.clone(),
            items: items.iter().map(sorted_value).collect(),
        },
        Value::Cell { id, contents } => Value::Cell {
            id: *id,
            contents: contents.as_ref().map(|c| Box::new(sorted_value(c))),
        },
        other => other.clone(),
    }
}

/// The observation as the lines a person reads in a diff: the end, stdout, then one line per
/// probe with its canonical JSON.
pub fn lines(obs: &Observation) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "end: {}\n",
        serde_json::to_string(&obs.end).unwrap_or_default()
    ));
    for line in obs.stdout.lines() {
        out.push_str("stdout| ");
        out.push_str(line);
        out.push('\n');
    }
    for probe in &obs.probes {
        out.push_str(&format!(
            "probe {}: {}\n",
            probe.label,
            serde_json::to_string(&probe.value).unwrap_or_default()
        ));
    }
    out
}

/// A unified diff from `expected` to `actual`, computed under a 200 ms limit.
pub fn render(expected: &Observation, actual: &Observation, names: (&str, &str)) -> String {
    let (old, new) = (lines(expected), lines(actual));
    TextDiff::configure()
        .timeout(Duration::from_millis(200))
        .diff_lines(&old, &new)
        .unified_diff()
        .context_radius(3)
        .header(names.0, names.1)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observe::End;

    fn obs(stdout: &str, end: End, probes: Vec<Probe>) -> Observation {
        Observation::new(stdout.into(), end, probes)
    }

    fn int(v: i64) -> Value {
        Value::Int {
            ty: "int".into(),
            v: v.to_string(),
        }
    }

    #[test]
    fn fields_are_ordered_by_structure() {
        let a = obs("x\n", End::Ok, vec![]);
        let exc = |ty: &str, m: &str| End::Exception {
            ty: ty.into(),
            message: m.into(),
        };
        assert!(compare(&a, &a).is_empty());
        assert_eq!(
            compare(&a, &obs("y\n", exc("KeyError", "'a'"), vec![])),
            vec![Field::EndKind, Field::Stdout]
        );
        let b = obs("x\n", exc("NameError", "x"), vec![]);
        assert_eq!(
            compare(&b, &obs("x\n", exc("UnboundLocalError", "x"), vec![])),
            vec![Field::EndType]
        );
        assert_eq!(
            compare(&b, &obs("x\n", exc("NameError", "y"), vec![])),
            vec![Field::EndMessage]
        );
    }

    #[test]
    fn reordered_probes_are_their_own_field() {
        let seq = |items| Value::Seq {
            ty: "list".into(),
            id: 1,
            items,
        };
        let p = |v| Probe {
            label: "l".into(),
            value: v,
        };
        let a = obs("", End::Ok, vec![p(seq(vec![int(1), int(2)]))]);
        let b = obs("", End::Ok, vec![p(seq(vec![int(2), int(1)]))]);
        let c = obs("", End::Ok, vec![p(seq(vec![int(2), int(3)]))]);
        assert_eq!(compare(&a, &b), vec![Field::ProbeOrder]);
        assert_eq!(compare(&a, &c), vec![Field::Probes]);
    }

    #[test]
    fn end_kinds_are_the_serde_tags() {
        let ends = [
            End::Ok,
            End::Exception {
                ty: "E".into(),
                message: "m".into(),
            },
            End::SyntaxError {
                ty: "SyntaxError".into(),
                message: "m".into(),
                line: Some(1),
            },
            End::Timeout,
            End::Crash { detail: "d".into() },
            End::Unsupported {
                construct: "c".into(),
                line: None,
            },
        ];
        for end in ends {
            let tag = serde_json::to_value(&end).unwrap()["kind"].clone();
            assert_eq!(tag.as_str(), Some(end_kind_name(&end)));
        }
    }

    #[test]
    fn render_shows_both_sides() {
        let a = obs("same\nold\n", End::Ok, vec![]);
        let b = obs("same\nnew\n", End::Ok, vec![]);
        let text = render(&a, &b, ("cpython-3.12", "vm-3.12"));
        assert!(text.contains("--- cpython-3.12"));
        assert!(text.contains("-stdout| old"));
        assert!(text.contains("+stdout| new"));
    }
}
