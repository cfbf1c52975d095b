//! Development aid: parses each snippet of a JSON list and prints `OK` or the error, one per
//! line, in the format of the CPython comparison script. Usage: `parse_snippets 2.7|3.12|3.13 FILE`.

use execdiff::version::PyVersion;
use execdiff::vm::parser::{parse_module_for, ParseOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let version: PyVersion = args[0].parse().expect("version 2.7, 3.12 or 3.13");
    let dialect = version.dialect();
    let text = std::fs::read_to_string(&args[1]).expect("read snippets");
    let srcs: Vec<String> = serde_json::from_str(&text).expect("json list");
    let opts = ParseOptions::new(dialect);
    for s in &srcs {
        match parse_module_for(s, &opts, version) {
            Ok(_) => println!("OK"),
            Err(e) => println!("{}: {} @{}", e.ty, e.message, e.line),
        }
    }
}
