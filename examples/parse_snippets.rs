//! Development aid: parses each snippet of a JSON list and prints `OK` or the error, one per
//! line, in the format of the CPython comparison script. Usage: `parse_snippets 2|3 FILE`.

use execdiff::version::Dialect;
use execdiff::vm::parser::{parse_module, ParseOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dialect = if args[0] == "2" {
        Dialect::Py2
    } else {
        Dialect::Py3
    };
    let text = std::fs::read_to_string(&args[1]).expect("read snippets");
    let srcs: Vec<String> = serde_json::from_str(&text).expect("json list");
    let opts = ParseOptions::new(dialect);
    for s in &srcs {
        match parse_module(s, &opts) {
            Ok(_) => println!("OK"),
            Err(e) => println!("{}: {} @{}", e.ty, e.message, e.line),
        }
    }
}
