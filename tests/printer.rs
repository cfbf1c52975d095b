//! The printer on ASTs the parser never produces (the generator builds them directly):
//! negative and special constants, strings that need escaping, nodes a dialect lacks. Each
//! case checks the exact text and that it parses back to a tree that prints the same.

use execdiff::version::Dialect;
use execdiff::vm::ast::{
    BinOp, Constant, Expr, ExprKind, FStringPart, Module, Stmt, StmtKind, StrKind, UnaryOp,
};
use execdiff::vm::parser::{parse_expression, parse_module, ParseOptions};
use execdiff::vm::printer::{print_expr, print_module};
use num_bigint::BigInt;

const PY2: Dialect = Dialect::Py2;
const PY3: Dialect = Dialect::Py3;

fn e(kind: ExprKind) -> Expr {
    Expr::new(kind, 1)
}

fn c(constant: Constant) -> Expr {
    e(ExprKind::Constant(constant))
}

fn int(v: i64) -> Expr {
    c(Constant::Int {
        value: BigInt::from(v),
        long: false,
    })
}

fn name(n: &str) -> Expr {
    e(ExprKind::Name(n.to_string()))
}

fn bin(left: Expr, op: BinOp, right: Expr) -> Expr {
    e(ExprKind::BinOp {
        left: Box::new(left),
        op,
        right: Box::new(right),
    })
}

fn text(s: &str, kind: StrKind) -> Expr {
    c(Constant::Str {
        value: s.to_string(),
        kind,
    })
}

/// Prints `expr`, expects `expected`, and checks that the text parses back to a tree that
/// prints identically.
fn check(expr: &Expr, dialect: Dialect, expected: &str) {
    let printed = print_expr(expr, dialect).unwrap_or_else(|err| panic!("{expected}: {err}"));
    assert_eq!(printed, expected, "{expr:?} on {dialect:?}");
    let again = parse_expression(&printed, &ParseOptions::new(dialect))
        .unwrap_or_else(|err| panic!("{printed:?} does not parse: {err}"));
    assert_eq!(print_expr(&again, dialect).ok().as_deref(), Some(expected));
}

fn check_err(expr: &Expr, dialect: Dialect) {
    assert!(
        print_expr(expr, dialect).is_err(),
        "{expr:?} printed on {dialect:?}"
    );
}

#[test]
fn numbers() {
    check(&bin(int(-2), BinOp::Pow, int(2)), PY3, "(-2) ** 2");
    check(&bin(int(2), BinOp::Pow, int(-2)), PY3, "2 ** -2");
    check(&bin(name("a"), BinOp::Sub, int(-1)), PY2, "a - -1");
    check(
        &e(ExprKind::Attribute {
            value: Box::new(int(1)),
            attr: "real".to_string(),
        }),
        PY3,
        "(1).real",
    );
    check(&c(Constant::Float(1e16)), PY3, "1e16");
    check(&c(Constant::Float(0.1)), PY2, "0.1");
    check(&c(Constant::Float(-0.0)), PY3, "-0.0");
    check(&c(Constant::Float(f64::INFINITY)), PY2, "1e309");
    check(&c(Constant::Float(5e-324)), PY3, "5e-324");
    check(&c(Constant::Imag(-2.5)), PY3, "-2.5j");
    check(
        &c(Constant::Int {
            value: BigInt::from(7),
            long: true,
        }),
        PY2,
        "7L",
    );
    check(
        &c(Constant::Int {
            value: BigInt::from(7),
            long: true,
        }),
        PY3,
        "7",
    );
    check(
        &e(ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand: Box::new(int(-1)),
        }),
        PY3,
        "--1",
    );
}

#[test]
fn strings() {
    check(
        &text("it's \"q\"\n\\", StrKind::Plain),
        PY3,
        "'it\\'s \"q\"\\n\\\\'",
    );
    check(
        &text("\u{e9}\u{1f600}\0", StrKind::Plain),
        PY3,
        "'\\xe9\\U0001f600\\x00'",
    );
    check(&text("\u{e9}", StrKind::Plain), PY2, "'\\xe9'");
    check(&text("\u{20ac}", StrKind::Unicode), PY2, "u'\\u20ac'");
    check(&text("x", StrKind::Unicode), PY3, "u'x'");
    check_err(&text("\u{20ac}", StrKind::Plain), PY2);
    check(
        &c(Constant::Bytes(vec![0, b'a', 0xff, b'\''])),
        PY3,
        "b'\\x00a\\xff\\''",
    );
    let fstring = e(ExprKind::FString(vec![
        FStringPart::Literal("{x} it's".to_string()),
        FStringPart::Field {
            value: Box::new(e(ExprKind::Dict(vec![(Some(int(1)), int(2))]))),
            conversion: Some('r'),
            spec: vec![FStringPart::Literal(">10".to_string())],
            debug_text: None,
        },
    ]));
    check(&fstring, PY3, "f'{{x}} it\\'s{ {1: 2}!r:>10}'");
    check_err(&fstring, PY2);
}

#[test]
fn dialect_specific_nodes() {
    let repr = e(ExprKind::Repr(Box::new(name("x"))));
    check(&repr, PY2, "`x`");
    check_err(&repr, PY3);
    let walrus = e(ExprKind::NamedExpr {
        target: "y".to_string(),
        value: Box::new(int(1)),
    });
    check(&walrus, PY3, "(y := 1)");
    check_err(&walrus, PY2);
    check(&e(ExprKind::Set(Vec::new())), PY3, "{*()}");
    check_err(&e(ExprKind::Set(Vec::new())), PY2);
    check_err(&name("print"), PY2);
    check(&name("print"), PY3, "print");
    check_err(&name("nonlocal"), PY3);

    let print = Module {
        body: vec![Stmt::new(
            StmtKind::Print {
                dest: Some(name("f")),
                values: vec![name("a"), e(ExprKind::Tuple(vec![int(1), int(2)]))],
                nl: false,
            },
            1,
        )],
    };
    assert_eq!(
        print_module(&print, PY2).ok().as_deref(),
        Some("print >>f, a, (1, 2),\n")
    );
    assert!(print_module(&print, PY3).is_err());
    let reparsed =
        parse_module("print >>f, a, (1, 2),\n", &ParseOptions::new(PY2)).expect("parses");
    assert_eq!(reparsed.body[0].kind, print.body[0].kind);
}
