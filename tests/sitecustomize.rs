//! `harness/ref/sitecustomize.py` against the real interpreters: every record it writes in a
//! reference run must deserialise into `observe::Value` / `observe::End`, the tricky values of
//! the canonical model must come out as the model says, uncaught exceptions must be recorded as
//! the traceback's last line shows them, and the program must see no trace of the harness other
//! than `__observe__`.

mod common;

use execdiff::observe::{End, Probe, Value};
use execdiff::version::PyVersion;
use num_bigint::BigInt;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Record {
    Probe(Probe),
    End(End),
}

struct Decoded {
    stdout: String,
    stderr: String,
    probes: Vec<Probe>,
    end: Option<End>,
}

fn run(version: PyVersion, source: &str) -> Option<Decoded> {
    let python = common::interpreter(version)?;
    let raw = common::reference_run(&python, source.as_bytes(), true).expect("reference run");
    let mut probes = Vec::new();
    let mut end = None;
    for line in &raw.records {
        match serde_json::from_str::<Record>(line) {
            Ok(Record::Probe(p)) => probes.push(p),
            Ok(Record::End(e)) => {
                assert!(end.is_none(), "two end records");
                end = Some(e);
            }
            Err(err) => panic!("{version}: record does not decode ({err}): {line}"),
        }
    }
    Some(Decoded {
        stdout: raw.stdout,
        stderr: raw.stderr,
        probes,
        end,
    })
}

fn probe<'a>(d: &'a Decoded, label: &str) -> &'a Value {
    &d.probes
        .iter()
        .find(|p| p.label == label)
        .unwrap_or_else(|| panic!("no probe {label}"))
        .value
}

fn int(ty: &str, v: &str) -> Value {
    Value::Int {
        ty: ty.into(),
        v: v.into(),
    }
}

fn s(v: &str) -> Value {
    Value::Str {
        ty: "str".into(),
        v: v.into(),
    }
}

fn hex(n: &BigInt) -> String {
    if n.sign() == num_bigint::Sign::Minus {
        format!("-0x{:x}", -n)
    } else {
        format!("0x{n:x}")
    }
}

/// Tricky values for the canonicaliser (also run through the workers in tests/worker.rs).
const TRICKY: &str = include_str!("data/tricky.py");

#[test]
fn tricky_values_canonicalise_on_every_version() {
    for version in PyVersion::iter() {
        let Some(d) = run(version, TRICKY) else {
            continue;
        };
        let py2 = version.major == 2;
        assert_eq!(d.end, None, "{version}: {}", d.stderr);
        assert!(
            !d.stdout.contains("HOSTILE"),
            "{version} ran user code: {}",
            d.stdout
        );
        assert_eq!(d.stdout, "None\n", "{version}: __observe__ returns None");

        assert_eq!(*probe(&d, "bool"), Value::Bool { v: true });
        assert_eq!(*probe(&d, "int"), int("int", "1"));
        assert_eq!(
            *probe(&d, "long"),
            int(if py2 { "long" } else { "int" }, "5")
        );
        let big_ty = if py2 { "long" } else { "int" };
        let huge: BigInt = BigInt::from(10).pow(5000);
        assert_eq!(*probe(&d, "huge"), int(big_ty, &hex(&huge)));
        let neghuge: BigInt = -(BigInt::from(2).pow(4001));
        assert_eq!(*probe(&d, "neghuge"), int(big_ty, &hex(&neghuge)));
        let edge: BigInt = BigInt::from(2).pow(4000) - 1;
        assert_eq!(*probe(&d, "edge"), int(big_ty, &edge.to_string()));
        let float = |v: &str| Value::Float {
            ty: "float".into(),
            v: v.into(),
        };
        assert_eq!(*probe(&d, "float"), float("0.1"));
        assert_eq!(*probe(&d, "nan"), float("nan"));
        let bytes_ty = if py2 { "str" } else { "bytes" };
        assert_eq!(
            *probe(&d, "bytes"),
            Value::Str {
                ty: bytes_ty.into(),
                v: r"a\xff\xe2\x82".into()
            }
        );
        let text_ty = if py2 { "unicode" } else { "str" };
        assert_eq!(
            *probe(&d, "text"),
            Value::Str {
                ty: text_ty.into(),
                v: "caf\u{e9} \"q\"\n\u{1}".into()
            }
        );

        let dict_id = match probe(&d, "selfdict") {
            Value::Map { ty, id, items } => {
                assert_eq!(ty, "dict");
                // 2.7 orders by hash; compare as a set of pairs.
                assert_eq!(items.len(), 2);
                assert!(items.contains(&(s("k"), int("int", "1"))));
                assert!(items.contains(&(s("me"), Value::Ref { id: *id })));
                *id
            }
            other => panic!("{version}: selfdict {other:?}"),
        };
        match probe(&d, "selflist") {
            Value::Seq { ty, id, items } => {
                assert_eq!(ty, "list");
                assert_ne!(*id, dict_id);
                assert_eq!(items.len(), 3);
                assert_eq!(items[0], int("int", "1"));
                assert!(matches!(&items[1], Value::Seq { id: inner, .. } if *inner == id + 1));
                assert_eq!(items[2], Value::Ref { id: *id });
            }
            other => panic!("{version}: selflist {other:?}"),
        }
        assert_eq!(*probe(&d, "dict_again"), Value::Ref { id: dict_id });

        let func_name = |v: &Value| match v {
            Value::Function { ty, name, .. } => {
                assert_eq!(ty, "function");
                name.clone()
            }
            other => panic!("{version}: not a function {other:?}"),
        };
        let inner = if py2 { "inner" } else { "outer.<locals>.inner" };
        assert_eq!(func_name(probe(&d, "func")), inner);
        assert_eq!(func_name(probe(&d, "lambda")), "<lambda>");
        match probe(&d, "cell") {
            Value::Cell { contents, .. } => {
                assert_eq!(contents.as_deref(), Some(&int("int", "1")));
            }
            other => panic!("{version}: cell {other:?}"),
        }
        assert!(matches!(
            probe(&d, "empty_cell"),
            Value::Cell { contents: None, .. }
        ));

        // Instances: the top one and two nested levels are expanded, the third is not.
        let mut depth = 0;
        let mut node = probe(&d, "instances");
        loop {
            let Value::Instance { ty, attrs, .. } = node else {
                panic!("{version}: instance {node:?}");
            };
            assert_eq!(ty, "Node");
            if depth == 3 {
                assert_eq!(*attrs, None);
                break;
            }
            let attrs = attrs.as_ref().expect("expanded instance");
            assert_eq!(attrs.len(), 1);
            assert_eq!(attrs[0].0, s("child"));
            node = &attrs[0].1;
            depth += 1;
        }
        assert!(matches!(
            probe(&d, "class"),
            Value::Class { ty, name, .. } if ty == "type" && name == "Node"
        ));
        assert!(matches!(
            probe(&d, "hostile"),
            Value::Map { ty, items, .. } if ty == "Hostile" && *items == vec![(s("x"), int("int", "1"))]
        ));
        assert!(matches!(
            probe(&d, "dict_property"),
            Value::Instance { ty, attrs: None, .. } if ty == "DictProp"
        ));
        assert!(matches!(
            probe(&d, "liar"),
            Value::Instance { ty, attrs: Some(a), .. } if ty == "Liar" && a.is_empty()
        ));
        let proxy_ty = if version == PyVersion::PY313 {
            "FrameLocalsProxy"
        } else {
            "dict"
        };
        assert!(matches!(
            probe(&d, "f_locals"),
            Value::Map { ty, items, .. } if ty == proxy_ty && *items == vec![(s("v"), int("int", "3"))]
        ));
        let attrs = Some(vec![(s("v"), int("int", "1"))]);
        assert!(matches!(
            probe(&d, "old_instance"),
            Value::Instance { ty, attrs: a, .. } if ty == "Old" && *a == attrs
        ));
        let meta = if py2 { "classobj" } else { "type" };
        assert!(matches!(
            probe(&d, "old_class"),
            Value::Class { ty, name, .. } if ty == meta && name == "Old"
        ));
        match probe(&d, "cap") {
            Value::Seq { items, .. } => {
                assert_eq!(items.len(), 2000);
                assert_eq!(items[1998], int("int", "1998"));
                assert_eq!(items[1999], Value::Truncated);
            }
            other => panic!("{version}: cap {other:?}"),
        }
    }
}

/// The last line of a traceback, `Type: message` (or `Type` alone).
fn last_line(stderr: &str) -> &str {
    stderr.lines().last().unwrap_or_default()
}

#[test]
fn uncaught_exceptions_are_recorded_as_the_traceback_prints_them() {
    let programs = [
        "class E(Exception):\n    pass\nraise E('boom')\n",
        "{}['missing']\n",
        "def f():\n    return g\nf()\n",
        "raise ValueError\n",
    ];
    for version in PyVersion::iter() {
        for source in programs {
            let Some(d) = run(version, source) else {
                continue;
            };
            let Some(End::Exception { ty, message }) = &d.end else {
                panic!("{version}: {source:?} ended {:?}", d.end);
            };
            let printed = if message.is_empty() {
                ty.clone()
            } else {
                format!("{ty}: {message}")
            };
            assert_eq!(printed, last_line(&d.stderr), "{version}: {source:?}");
        }
    }
}

#[test]
fn syntax_errors_of_the_main_file_reach_the_excepthook() {
    let programs = [
        ("x = (\n", None),
        ("x = 1\nif x:\nprint(x)\n", Some("IndentationError")),
    ];
    for version in PyVersion::iter() {
        for (source, subclass) in programs {
            let Some(d) = run(version, source) else {
                continue;
            };
            let Some(End::SyntaxError { ty, message, line }) = &d.end else {
                panic!("{version}: {source:?} ended {:?}", d.end);
            };
            assert_eq!(ty, subclass.unwrap_or("SyntaxError"));
            assert_eq!(
                format!("{ty}: {message}"),
                last_line(&d.stderr),
                "{version}"
            );
            let line = line.expect("a line number");
            assert!(
                d.stderr.contains(&format!("line {line}")),
                "{version}: line {line} not in {}",
                d.stderr
            );
        }
    }
}

#[test]
fn the_program_sees_no_trace_but_observe() {
    let source = "import sys, os\n\
        b = sys.modules.get('builtins') or sys.modules['__builtin__']\n\
        print(sorted(sys.modules))\n\
        print(sorted(dir(b)))\n\
        print(sorted(globals()))\n\
        print(sorted(k for k in os.environ if k != 'PYTHONPATH'))\n";
    for version in PyVersion::iter() {
        let Some(python) = common::interpreter(version) else {
            continue;
        };
        let with = common::reference_run(&python, source.as_bytes(), true).expect("run");
        let without = common::reference_run(&python, source.as_bytes(), false).expect("run");
        let with: Vec<&str> = with.stdout.lines().collect();
        let without: Vec<&str> = without.stdout.lines().collect();
        assert_eq!(with.len(), 4, "{version}: {with:?}");
        assert_eq!(
            with[0],
            without[0].replacen("'site'", "'site', 'sitecustomize'", 1),
            "{version}: only sitecustomize is added to sys.modules"
        );
        assert_eq!(
            with[1],
            without[1].replacen("'__name__'", "'__name__', '__observe__'", 1),
            "{version}: only __observe__ is added to builtins"
        );
        assert_eq!(
            with[2..],
            without[2..],
            "{version}: globals and environment"
        );
    }
}
