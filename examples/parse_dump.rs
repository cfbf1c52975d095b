//! Development aid: parses files (or stdin) and prints the AST or the syntax error.
//! Usage: `cargo run --example parse_dump -- [2|3] [-e] FILE...`.

use execdiff::version::Dialect;
use execdiff::vm::parser::{parse_expression, parse_module, ParseOptions};
use execdiff::vm::printer::print_module;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let dialect = if args.first().map(String::as_str) == Some("2") {
        args.remove(0);
        Dialect::Py2
    } else {
        if args.first().map(String::as_str) == Some("3") {
            args.remove(0);
        }
        Dialect::Py3
    };
    let eval = args.first().map(String::as_str) == Some("-e");
    if eval {
        args.remove(0);
    }
    let print = args.first().map(String::as_str) == Some("-p");
    if print {
        args.remove(0);
    }
    let opts = ParseOptions::new(dialect);
    for path in &args {
        let src = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        if eval {
            println!("{path}: {:#?}", parse_expression(&src, &opts));
        } else {
            if print {
                match parse_module(&src, &opts).map(|m| print_module(&m, dialect)) {
                    Ok(Ok(text)) => print!("{text}"),
                    other => println!("{path}: {other:?}"),
                }
                continue;
            }
            match parse_module(&src, &opts) {
                Ok(m) => println!(
                    "{path}: ok ({} stmts) {:?}",
                    m.body.len(),
                    if args.len() == 1 {
                        format!("{m:#?}")
                    } else {
                        String::new()
                    }
                ),
                Err(e) => println!("{path}: {e}"),
            }
        }
    }
}
