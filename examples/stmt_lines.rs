//! Development aid: prints the line of every statement and expression, in a fixed walk
//! order, to compare with CPython's `ast` (see the report). Usage: `stmt_lines 2|3 FILE`.

use execdiff::version::Dialect;
use execdiff::vm::ast::{Expr, ExprKind, Stmt, StmtKind};
use execdiff::vm::parser::{parse_module, ParseOptions};

fn stmts(body: &[Stmt], out: &mut Vec<String>) {
    for s in body {
        out.push(format!("S{}", s.line));
        match &s.kind {
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                expr(test, out);
                stmts(body, out);
                stmts(orelse, out);
            }
            StmtKind::For {
                iter, body, orelse, ..
            } => {
                expr(iter, out);
                stmts(body, out);
                stmts(orelse, out);
            }
            StmtKind::With { body, .. } => stmts(body, out),
            StmtKind::FunctionDef(f) => stmts(&f.body, out),
            StmtKind::ClassDef(c) => stmts(&c.body, out),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                stmts(body, out);
                for h in handlers {
                    out.push(format!("H{}", h.line));
                    stmts(&h.body, out);
                }
                stmts(orelse, out);
                stmts(finalbody, out);
            }
            StmtKind::Expr(e) | StmtKind::Assign { value: e, .. } => expr(e, out),
            StmtKind::Return(Some(e)) => expr(e, out),
            _ => {}
        }
    }
}

fn expr(e: &Expr, out: &mut Vec<String>) {
    out.push(format!("E{}", e.line));
    if let ExprKind::Call { args, .. } = &e.kind {
        for a in args {
            expr(a, out);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dialect = if args[1] == "2" {
        Dialect::Py2
    } else {
        Dialect::Py3
    };
    let src = std::fs::read_to_string(&args[2]).expect("read");
    match parse_module(&src, &ParseOptions::new(dialect)) {
        Ok(m) => {
            let mut out = Vec::new();
            stmts(&m.body, &mut out);
            println!("{}", out.join(" "));
        }
        Err(e) => println!("ERR {e}"),
    }
}
