//! Reading canonical values from probe records without serde's buffering.
//!
//! `observe::Value` is an internally tagged enum (`{"t": "int", ...}`), which serde's derive
//! reads by buffering every value into an intermediate tree and reading it again, once per
//! level of nesting: most of the harness's own time per case went there. The canonicalisers
//! (and `observe::Value`'s own `Serialize`) always write the tag first, so [`FastValue`] reads
//! the tag and then the variant's fields straight from the parser. An object whose first key
//! is not `t` is read the derived way, so the result is the same for every input; unknown
//! fields are ignored and a missing `Option` field is `None`, as with the derive.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::observe::{Probe, Value};

/// A [`Value`] read with the tag-first fast path.
pub struct FastValue(pub Value);

impl<'de> Deserialize<'de> for FastValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FastValue, D::Error> {
        d.deserialize_map(ValueVisitor).map(FastValue)
    }
}

/// A [`Probe`] whose value is read with [`FastValue`].
#[derive(Deserialize)]
pub struct FastProbe {
    label: String,
    value: FastValue,
}

impl From<FastProbe> for Probe {
    fn from(p: FastProbe) -> Probe {
        Probe {
            label: p.label,
            value: p.value.0,
        }
    }
}

struct ValueVisitor;

/// A field name, read without allocating unless it is unknown.
enum Key {
    T,
    Ty,
    V,
    Id,
    Name,
    Items,
    Attrs,
    Contents,
    Other(String),
}

impl Key {
    fn name(&self) -> &str {
        match self {
            Key::T => "t",
            Key::Ty => "ty",
            Key::V => "v",
            Key::Id => "id",
            Key::Name => "name",
            Key::Items => "items",
            Key::Attrs => "attrs",
            Key::Contents => "contents",
            Key::Other(s) => s,
        }
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Key, E> {
                Ok(match s {
                    "t" => Key::T,
                    "ty" => Key::Ty,
                    "v" => Key::V,
                    "id" => Key::Id,
                    "name" => Key::Name,
                    "items" => Key::Items,
                    "attrs" => Key::Attrs,
                    "contents" => Key::Contents,
                    other => Key::Other(other.to_owned()),
                })
            }
        }
        d.deserialize_identifier(V)
    }
}

/// A variant tag, read without allocating unless it is unknown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tag {
    None,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Tuple,
    Seq,
    Map,
    Function,
    Class,
    Instance,
    Cell,
    Module,
    Code,
    Other,
    Ref,
    Truncated,
}

const TAGS: [(&str, Tag); 18] = [
    ("none", Tag::None),
    ("bool", Tag::Bool),
    ("int", Tag::Int),
    ("float", Tag::Float),
    ("complex", Tag::Complex),
    ("str", Tag::Str),
    ("tuple", Tag::Tuple),
    ("seq", Tag::Seq),
    ("map", Tag::Map),
    ("function", Tag::Function),
    ("class", Tag::Class),
    ("instance", Tag::Instance),
    ("cell", Tag::Cell),
    ("module", Tag::Module),
    ("code", Tag::Code),
    ("other", Tag::Other),
    ("ref", Tag::Ref),
    ("truncated", Tag::Truncated),
];

const TAG_NAMES: [&str; 18] = [
    "none",
    "bool",
    "int",
    "float",
    "complex",
    "str",
    "tuple",
    "seq",
    "map",
    "function",
    "class",
    "instance",
    "cell",
    "module",
    "code",
    "other",
    "ref",
    "truncated",
];

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tag, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Tag;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value tag")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Tag, E> {
                TAGS.iter()
                    .find(|(name, _)| *name == s)
                    .map(|(_, tag)| *tag)
                    .ok_or_else(|| E::unknown_variant(s, &TAG_NAMES))
            }
        }
        d.deserialize_identifier(V)
    }
}

/// The fields any variant may have, read as they come.
#[derive(Default)]
struct Fields {
    ty: Option<String>,
    v: Option<VField>,
    id: Option<u32>,
    name: Option<String>,
    items: Option<Items>,
    attrs: Option<Option<Vec<(Value, Value)>>>,
    contents: Option<Option<Box<Value>>>,
}

/// `v` is a bool for `bool` and a string elsewhere.
enum VField {
    Bool(bool),
    Text(String),
}

impl<'de> Deserialize<'de> for VField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<VField, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = VField;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a bool or a string")
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<VField, E> {
                Ok(VField::Bool(b))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<VField, E> {
                Ok(VField::Text(s.to_owned()))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<VField, E> {
                Ok(VField::Text(s))
            }
        }
        d.deserialize_any(V)
    }
}

/// `items`: values for a sequence or tuple, pairs for a map. Which one is known from the tag,
/// which comes first.
enum Items {
    Values(Vec<Value>),
    Pairs(Vec<(Value, Value)>),
}

struct ItemsSeed {
    pairs: bool,
}

impl<'de> DeserializeSeed<'de> for ItemsSeed {
    type Value = Items;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Items, D::Error> {
        if self.pairs {
            Ok(Items::Pairs(d.deserialize_seq(PairsVisitor)?))
        } else {
            Ok(Items::Values(d.deserialize_seq(ValuesVisitor)?))
        }
    }
}

struct ValuesVisitor;

impl<'de> Visitor<'de> for ValuesVisitor {
    type Value = Vec<Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of values")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Value>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(FastValue(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(out)
    }
}

struct PairsVisitor;

impl<'de> Visitor<'de> for PairsVisitor {
    type Value = Vec<(Value, Value)>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of pairs")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some((FastValue(k), FastValue(v))) = seq.next_element()? {
            out.push((k, v));
        }
        Ok(out)
    }
}

/// `attrs`: null or pairs.
struct AttrsSeed;

impl<'de> DeserializeSeed<'de> for AttrsSeed {
    type Value = Option<Vec<(Value, Value)>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Option<Vec<(Value, Value)>>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("null or a list of pairs")
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                d.deserialize_seq(PairsVisitor).map(Some)
            }
        }
        d.deserialize_option(V)
    }
}

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a canonical value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let Some(first) = map.next_key::<Key>()? else {
            return Err(de::Error::missing_field("t"));
        };
        if !matches!(first, Key::T) {
            // Not the canonicalisers' order: read it the derived way.
            let mut object = serde_json::Map::new();
            object.insert(
                first.name().to_owned(),
                map.next_value::<serde_json::Value>()?,
            );
            while let Some((k, v)) = map.next_entry::<String, serde_json::Value>()? {
                object.insert(k, v);
            }
            return Value::deserialize(serde_json::Value::Object(object))
                .map_err(de::Error::custom);
        }
        let tag: Tag = map.next_value()?;
        let mut f = Fields::default();
        while let Some(key) = map.next_key::<Key>()? {
            if !has_field(tag, &key) {
                // The derive ignores fields its variant does not have, whatever their type.
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            match key {
                Key::Ty => f.ty = Some(map.next_value()?),
                Key::V => f.v = Some(map.next_value()?),
                Key::Id => f.id = Some(map.next_value()?),
                Key::Name => f.name = Some(map.next_value()?),
                Key::Items => {
                    let pairs = tag == Tag::Map;
                    f.items = Some(map.next_value_seed(ItemsSeed { pairs })?);
                }
                Key::Attrs => f.attrs = Some(map.next_value_seed(AttrsSeed)?),
                Key::Contents => {
                    let contents: Option<FastValue> = map.next_value()?;
                    f.contents = Some(contents.map(|c| Box::new(c.0)));
                }
                Key::T | Key::Other(_) => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        build::<A::Error>(tag, f)
    }
}

/// Whether the variant `tag` has the field `key`.
fn has_field(tag: Tag, key: &Key) -> bool {
    match key {
        Key::Ty => !matches!(
            tag,
            Tag::None | Tag::Bool | Tag::Cell | Tag::Module | Tag::Code | Tag::Ref | Tag::Truncated
        ),
        Key::V => matches!(
            tag,
            Tag::Bool | Tag::Int | Tag::Float | Tag::Complex | Tag::Str
        ),
        Key::Id => matches!(
            tag,
            Tag::Seq
                | Tag::Map
                | Tag::Function
                | Tag::Class
                | Tag::Instance
                | Tag::Cell
                | Tag::Module
                | Tag::Code
                | Tag::Other
                | Tag::Ref
        ),
        Key::Name => matches!(tag, Tag::Function | Tag::Class | Tag::Module | Tag::Code),
        Key::Items => matches!(tag, Tag::Tuple | Tag::Seq | Tag::Map),
        Key::Attrs => tag == Tag::Instance,
        Key::Contents => tag == Tag::Cell,
        Key::T | Key::Other(_) => false,
    }
}

/// A required field (errors are only built when one is missing: they allocate).
fn required<T, E: de::Error>(field: Option<T>, name: &'static str) -> Result<T, E> {
    field.ok_or_else(|| E::missing_field(name))
}

fn text<E: de::Error>(v: Option<VField>) -> Result<String, E> {
    match v {
        Some(VField::Text(s)) => Ok(s),
        Some(VField::Bool(_)) => Err(E::custom("invalid type: boolean, expected a string")),
        None => Err(E::missing_field("v")),
    }
}

fn values<E: de::Error>(items: Option<Items>) -> Result<Vec<Value>, E> {
    match items {
        Some(Items::Values(v)) => Ok(v),
        Some(Items::Pairs(_)) => Err(E::custom("invalid type: pair, expected a value")),
        None => Err(E::missing_field("items")),
    }
}

fn pairs<E: de::Error>(items: Option<Items>) -> Result<Vec<(Value, Value)>, E> {
    match items {
        Some(Items::Pairs(p)) => Ok(p),
        Some(Items::Values(_)) => Err(E::custom("invalid type: value, expected a pair")),
        None => Err(E::missing_field("items")),
    }
}

fn build<E: de::Error>(tag: Tag, f: Fields) -> Result<Value, E> {
    Ok(match tag {
        Tag::None => Value::None,
        Tag::Truncated => Value::Truncated,
        Tag::Int => Value::Int {
            ty: required(f.ty, "ty")?,
            v: text(f.v)?,
        },
        Tag::Float => Value::Float {
            ty: required(f.ty, "ty")?,
            v: text(f.v)?,
        },
        Tag::Complex => Value::Complex {
            ty: required(f.ty, "ty")?,
            v: text(f.v)?,
        },
        Tag::Str => Value::Str {
            ty: required(f.ty, "ty")?,
            v: text(f.v)?,
        },
        Tag::Tuple => Value::Tuple {
            ty: required(f.ty, "ty")?,
            items: values(f.items)?,
        },
        Tag::Seq => Value::Seq {
            ty: required(f.ty, "ty")?,
            id: required(f.id, "id")?,
            items: values(f.items)?,
        },
        Tag::Map => Value::Map {
            ty: required(f.ty, "ty")?,
            id: required(f.id, "id")?,
            items: pairs(f.items)?,
        },
        Tag::Function => Value::Function {
            ty: required(f.ty, "ty")?,
            id: required(f.id, "id")?,
            name: required(f.name, "name")?,
        },
        Tag::Class => Value::Class {
            ty: required(f.ty, "ty")?,
            id: required(f.id, "id")?,
            name: required(f.name, "name")?,
        },
        Tag::Instance => Value::Instance {
            ty: required(f.ty, "ty")?,
            id: required(f.id, "id")?,
            attrs: f.attrs.flatten(),
        },
        Tag::Cell => Value::Cell {
            id: required(f.id, "id")?,
            contents: f.contents.flatten(),
        },
        Tag::Module => Value::Module {
            id: required(f.id, "id")?,
            name: required(f.name, "name")?,
        },
        Tag::Code => Value::Code {
            id: required(f.id, "id")?,
            name: required(f.name, "name")?,
        },
        Tag::Other => Value::Other {
            ty: required(f.ty, "ty")?,
            id: required(f.id, "id")?,
        },
        Tag::Ref => Value::Ref {
            id: required(f.id, "id")?,
        },
        Tag::Bool => match f.v {
            Some(VField::Bool(v)) => Value::Bool { v },
            Some(VField::Text(_)) => {
                return Err(E::custom("invalid type: string, expected a boolean"))
            }
            None => return Err(E::missing_field("v")),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value of every shape, from a small deterministic generator.
    fn value(state: &mut u64, depth: u32) -> Value {
        *state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let pick = (*state >> 33) % if depth > 3 { 9 } else { 18 };
        let n = ((*state >> 20) % 4) as usize;
        let id = (*state >> 40) as u32 % 50;
        let text = format!("s\"\\\u{e9}\n{}", *state % 7);
        let items = |state: &mut u64| (0..n).map(|_| value(state, depth + 1)).collect();
        match pick {
            0 => Value::None,
            1 => Value::Bool {
                v: id.is_multiple_of(2),
            },
            2 => Value::Int {
                ty: "int".into(),
                v: id.to_string(),
            },
            3 => Value::Float {
                ty: "float".into(),
                v: "1.5".into(),
            },
            4 => Value::Complex {
                ty: "complex".into(),
                v: "1j".into(),
            },
            5 => Value::Str {
                ty: "str".into(),
                v: text,
            },
            6 => Value::Ref { id },
            7 => Value::Truncated,
            8 => Value::Other {
                ty: "range".into(),
                id,
            },
            9 => Value::Tuple {
                ty: "tuple".into(),
                items: items(state),
            },
            10 => Value::Seq {
                ty: "list".into(),
                id,
                items: items(state),
            },
            11 => Value::Map {
                ty: "dict".into(),
                id,
                items: (0..n)
                    .map(|_| (value(state, depth + 1), value(state, depth + 1)))
                    .collect(),
            },
            12 => Value::Function {
                ty: "function".into(),
                id,
                name: text,
            },
            13 => Value::Class {
                ty: "type".into(),
                id,
                name: text,
            },
            14 => Value::Instance {
                ty: "C".into(),
                id,
                attrs: (n > 0).then(|| {
                    (0..n)
                        .map(|_| (value(state, depth + 1), value(state, depth + 1)))
                        .collect()
                }),
            },
            15 => Value::Cell {
                id,
                contents: (n > 1).then(|| Box::new(value(state, depth + 1))),
            },
            16 => Value::Module { id, name: text },
            _ => Value::Code { id, name: text },
        }
    }

    fn both(json: &str) -> (Result<Value, String>, Result<Value, String>) {
        let fast = serde_json::from_str::<FastValue>(json)
            .map(|v| v.0)
            .map_err(|e| e.to_string());
        let derived = serde_json::from_str::<Value>(json).map_err(|e| e.to_string());
        (fast, derived)
    }

    #[test]
    fn reads_what_the_derive_reads() {
        let mut state = 1;
        for _ in 0..3000 {
            let v = value(&mut state, 0);
            let json = serde_json::to_string(&v).unwrap();
            let (fast, derived) = both(&json);
            assert_eq!(fast.as_ref().ok(), Some(&v), "{json}");
            assert_eq!(fast, derived);
            // The tag last: the fallback path.
            let mut object: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&json).unwrap();
            let tag = object.remove("t").unwrap();
            object.insert("t".into(), tag);
            let moved = serde_json::to_string(&object).unwrap();
            let (fast, derived) = both(&moved);
            assert_eq!(fast.as_ref().ok(), Some(&v), "{moved}");
            assert_eq!(fast, derived);
        }
    }

    #[test]
    fn optional_fields_unknown_fields_and_errors_follow_the_derive() {
        for json in [
            r#"{"t":"cell","id":3}"#,
            r#"{"t":"instance","ty":"C","id":1}"#,
            r#"{"t":"instance","ty":"C","id":1,"attrs":null}"#,
            r#"{"t":"int","ty":"int","v":"1","extra":[1,{"a":2}]}"#,
            r#"{"t":"none","v":3}"#,
            r#"{"t":"ref","id":4,"v":[1],"items":{"a":1}}"#,
        ] {
            let (fast, derived) = both(json);
            assert!(fast.is_ok(), "{json}: {fast:?}");
            assert_eq!(fast, derived, "{json}");
        }
        for json in [
            r#"{"t":"int","ty":"int"}"#,
            r#"{"t":"bool","v":"yes"}"#,
            r#"{"t":"nosuch","id":1}"#,
            r#"{"ty":"int","v":"1"}"#,
            r#"{"t":"seq","ty":"list","id":1,"items":[{"t":"ref"}]}"#,
            r#"[1]"#,
        ] {
            let (fast, derived) = both(json);
            assert!(
                fast.is_err() && derived.is_err(),
                "{json}: {fast:?} {derived:?}"
            );
        }
    }
}
