//! Small constructors for the AST nodes the generator emits, so the productions read like the
//! Python they build. Every node gets line 1: the printer decides real line numbers, and the
//! round trip compares printed text.

use num_bigint::BigInt;

use crate::vm::ast::{
    BinOp, CmpOp, Constant, ExceptHandler, Expr, ExprKind, Keyword, Stmt, StmtKind, StrKind,
};

/// The probe builtin that the reference run and the VM both install.
pub const OBSERVE: &str = "__observe__";

pub fn name(id: &str) -> Expr {
    Expr::new(ExprKind::Name(id.to_string()), 1)
}

pub fn int(value: i64) -> Expr {
    Expr::new(
        ExprKind::Constant(Constant::Int {
            value: BigInt::from(value),
            long: false,
        }),
        1,
    )
}

pub fn str_lit(value: &str) -> Expr {
    Expr::new(
        ExprKind::Constant(Constant::Str {
            value: value.to_string(),
            kind: StrKind::Plain,
        }),
        1,
    )
}

pub fn constant(c: Constant) -> Expr {
    Expr::new(ExprKind::Constant(c), 1)
}

pub fn call(func: Expr, args: Vec<Expr>) -> Expr {
    Expr::new(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords: Vec::new(),
        },
        1,
    )
}

pub fn call_kw(func: Expr, args: Vec<Expr>, keywords: Vec<(&str, Expr)>) -> Expr {
    let keywords = keywords
        .into_iter()
        .map(|(arg, value)| Keyword {
            arg: Some(arg.to_string()),
            value,
        })
        .collect();
    Expr::new(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        1,
    )
}

/// `name(args)` for a builtin or generated function.
pub fn call_name(func: &str, args: Vec<Expr>) -> Expr {
    call(name(func), args)
}

pub fn attr(value: Expr, attr: &str) -> Expr {
    Expr::new(
        ExprKind::Attribute {
            value: Box::new(value),
            attr: attr.to_string(),
        },
        1,
    )
}

pub fn subscript(value: Expr, index: Expr) -> Expr {
    Expr::new(
        ExprKind::Subscript {
            value: Box::new(value),
            index: Box::new(index),
        },
        1,
    )
}

pub fn binop(left: Expr, op: BinOp, right: Expr) -> Expr {
    Expr::new(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        1,
    )
}

pub fn compare(left: Expr, op: CmpOp, right: Expr) -> Expr {
    Expr::new(
        ExprKind::Compare {
            left: Box::new(left),
            ops: vec![op],
            comparators: vec![right],
        },
        1,
    )
}

pub fn tuple(items: Vec<Expr>) -> Expr {
    Expr::new(ExprKind::Tuple(items), 1)
}

pub fn list(items: Vec<Expr>) -> Expr {
    Expr::new(ExprKind::List(items), 1)
}

pub fn dict(entries: Vec<(Expr, Expr)>) -> Expr {
    Expr::new(
        ExprKind::Dict(entries.into_iter().map(|(k, v)| (Some(k), v)).collect()),
        1,
    )
}

pub fn stmt(kind: StmtKind) -> Stmt {
    Stmt::new(kind, 1)
}

pub fn expr_stmt(e: Expr) -> Stmt {
    stmt(StmtKind::Expr(e))
}

pub fn assign(target: Expr, value: Expr) -> Stmt {
    stmt(StmtKind::Assign {
        targets: vec![target],
        value,
    })
}

pub fn assign_name(target: &str, value: Expr) -> Stmt {
    assign(name(target), value)
}

pub fn del(targets: Vec<Expr>) -> Stmt {
    stmt(StmtKind::Del(targets))
}

pub fn if_stmt(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    stmt(StmtKind::If { test, body, orelse })
}

/// `__observe__(label, value)` as a statement.
pub fn observe(label: &str, value: Expr) -> Stmt {
    expr_stmt(call_name(OBSERVE, vec![str_lit(label), value]))
}

/// `try: body except Exception as e: __observe__(label, (type(e).__name__, str(e)))`: the
/// guard that lets a program go on after an expected `NameError` and show more.
pub fn guard(body: Vec<Stmt>, label: &str) -> Stmt {
    let summary = tuple(vec![
        attr(call_name("type", vec![name("e")]), "__name__"),
        call_name("str", vec![name("e")]),
    ]);
    let handler = ExceptHandler {
        ty: Some(name("Exception")),
        name: Some(name("e")),
        body: vec![observe(label, summary)],
        line: 1,
    };
    stmt(StmtKind::Try {
        body,
        handlers: vec![handler],
        orelse: Vec::new(),
        finalbody: Vec::new(),
    })
}

/// `try: body finally: finalbody`.
pub fn try_finally(body: Vec<Stmt>, finalbody: Vec<Stmt>) -> Stmt {
    stmt(StmtKind::Try {
        body,
        handlers: Vec::new(),
        orelse: Vec::new(),
        finalbody,
    })
}

/// `for target in range(n): body`.
pub fn for_range(target: &str, n: i64, body: Vec<Stmt>) -> Stmt {
    stmt(StmtKind::For {
        target: name(target),
        iter: call_name("range", vec![int(n)]),
        body,
        orelse: Vec::new(),
    })
}
