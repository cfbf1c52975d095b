//! The closed `Unsupported` list: each member the VM can produce is produced by a small program
//! under its listed name, and nothing outside the list ends a run as unsupported (the corpus
//! test checks the second on every case).

use execdiff::observe::End;
use execdiff::version::{unsupported_listed, Gap, PyVersion, SyntaxGap, Unsupported};
use execdiff::vm::{run_source, VmConfig};

fn end_of(version: PyVersion, src: &str) -> End {
    run_source(src.as_bytes(), &VmConfig::new(version))
        .observation
        .end
}

fn check(version: PyVersion, src: &str, want: &Unsupported) {
    let end = end_of(version, src);
    match &end {
        End::Unsupported { construct, .. } => {
            assert_eq!(construct, &want.name(), "{version}: {src}");
            assert!(unsupported_listed(construct), "{construct} is not listed");
        }
        other => panic!("{version}: {src:?} ended {other:?}, not {}", want.name()),
    }
}

#[test]
fn builtin_gaps_are_named() {
    let cases: &[(&str, Gap)] = &[
        ("x = (-8.0) ** 0.5\n", Gap::ComplexPower),
        ("x = range(5)[1:3]\n", Gap::RangeSlicing),
        ("x = pow(3, -1, 7)\n", Gap::PowNegativeModular),
        (
            "class W(object):\n    def write(self, s): pass\nprint('a', file=W())\n",
            Gap::PrintFileObject,
        ),
        ("x = dir(1)\n", Gap::DirBuiltinObject),
        ("x = complex('1+2j')\n", Gap::BuiltinConstructor),
        ("class B(bytes):\n    pass\n", Gap::BuiltinSubclass),
    ];
    for (src, gap) in cases {
        check(PyVersion::PY312, src, &Unsupported::Builtin(*gap));
    }
    check(
        PyVersion::PY27,
        "class W(object):\n    def write(self, s): pass\nprint >> W(), 'a'\n",
        &Unsupported::Builtin(Gap::PrintChevronObject),
    );
}

#[test]
fn modules_and_syntax_are_named() {
    for v in PyVersion::iter() {
        check(v, "import dis\n", &Unsupported::ImportModule("dis"));
        check(
            v,
            "import inspect\nx = inspect.stack()\n",
            &Unsupported::ModuleAttribute {
                module: "inspect",
                attr: "stack".into(),
            },
        );
        check(
            v,
            "import sys\nsys.settrace(lambda f, e, a: None)\nimport inspect\n",
            &Unsupported::TracedImport("inspect"),
        );
        check(
            v,
            "from inspect import *\n",
            &Unsupported::ModuleAttribute {
                module: "inspect",
                attr: "*".into(),
            },
        );
    }
    check(
        PyVersion::PY312,
        "async def f():\n    pass\n",
        &Unsupported::Syntax(SyntaxGap::AsyncStatement),
    );
    check(
        PyVersion::PY313,
        "exec('match x:\\n    case 1: pass\\n')\n",
        &Unsupported::Syntax(SyntaxGap::MatchStatement),
    );
}

#[test]
fn unlisted_modules_raise() {
    for v in PyVersion::iter() {
        match end_of(v, "import no_such_module_here\n") {
            End::Exception { ty, .. } => assert!(ty.ends_with("Error"), "{ty}"),
            other => panic!("{v}: {other:?}"),
        }
    }
}
