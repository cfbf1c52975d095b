//! Orders the language leaves to the implementation, made comparable between implementations.
//!
//! A set's iteration order is CPython's hash-table layout, which the language never promises
//! ("Python has never made guarantees about this ordering", the `__hash__` docs): the VM must
//! reproduce it (it models CPython), but another implementation (PyPy, RustPython) may order
//! a set as it likes. For such a target both observations have the items of every `set` and
//! `frozenset` probe value sorted, so only a difference in the items counts. A set whose items
//! carry identities (instances, functions) keeps its order: sorting it would renumber them.

use crate::observe::{Observation, Value};

/// Sorts the items of every identity-free set in `obs`'s probes.
pub fn sort_sets(obs: &mut Observation) {
    for probe in &mut obs.probes {
        sort_value(&mut probe.value);
    }
}

fn sort_value(value: &mut Value) {
    match value {
        Value::Seq { ty, items, .. } => {
            for item in items.iter_mut() {
                sort_value(item);
            }
            if (ty == "set" || ty == "frozenset") && items.iter().all(identity_free) {
                items.sort_by_cached_key(|item| serde_json::to_string(item).unwrap_or_default());
            }
        }
        Value::Tuple { items, .. } => items.iter_mut().for_each(sort_value),
        Value::Map { items, .. } => {
            for (k, v) in items.iter_mut() {
                sort_value(k);
                sort_value(v);
            }
        }
        Value::Instance {
            attrs: Some(attrs), ..
        } => {
            for (k, v) in attrs.iter_mut() {
                sort_value(k);
                sort_value(v);
            }
        }
        Value::Cell {
            contents: Some(contents),
            ..
        } => sort_value(contents),
        _ => {}
    }
}

/// Whether `value` holds no identity ordinal (nothing a `ref` could point at).
fn identity_free(value: &Value) -> bool {
    match value {
        Value::None
        | Value::Bool { .. }
        | Value::Int { .. }
        | Value::Float { .. }
        | Value::Complex { .. }
        | Value::Str { .. } => true,
        Value::Tuple { items, .. } => items.iter().all(identity_free),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observe::{End, Probe};

    fn int(v: &str) -> Value {
        Value::Int {
            ty: "int".into(),
            v: v.into(),
        }
    }

    fn set_of(items: Vec<Value>) -> Observation {
        Observation::new(
            String::new(),
            End::Ok,
            vec![Probe {
                label: "m".into(),
                value: Value::Seq {
                    ty: "set".into(),
                    id: 1,
                    items,
                },
            }],
        )
    }

    #[test]
    fn set_orders_compare_equal_but_items_do_not() {
        let (mut a, mut b) = (
            set_of(vec![int("8"), int("9")]),
            set_of(vec![int("9"), int("8")]),
        );
        assert_ne!(a, b);
        sort_sets(&mut a);
        sort_sets(&mut b);
        assert_eq!(a, b);
        let mut c = set_of(vec![int("9"), int("7")]);
        sort_sets(&mut c);
        assert_ne!(a, c);
        // A list keeps its order.
        let list = |items| {
            let mut obs = set_of(items);
            if let Value::Seq { ty, .. } = &mut obs.probes[0].value {
                *ty = "list".into();
            }
            sort_sets(&mut obs);
            obs
        };
        assert_ne!(
            list(vec![int("8"), int("9")]),
            list(vec![int("9"), int("8")])
        );
    }
}
