//! Development aid: parses `(path, version)` pairs from a JSON list and prints one result per
//! line (`OK`, `Type: message @line`). Usage: `parse_files CASES.json`.

use execdiff::version::PyVersion;
use execdiff::vm::parser::{parse_module_for, ParseOptions};

fn main() {
    let path = std::env::args().nth(1).expect("cases file");
    let text = std::fs::read_to_string(&path).expect("read cases");
    let cases: Vec<(String, String, serde_json::Value)> =
        serde_json::from_str(&text).expect("json");
    for (file, version, _) in cases {
        let version: PyVersion = version.parse().expect("version");
        let src = std::fs::read_to_string(&file).expect("read source");
        let opts = ParseOptions::new(version.dialect());
        match parse_module_for(&src, &opts, version) {
            Ok(_) => println!("OK"),
            Err(e) => println!("{}: {} @{}", e.ty, e.message, e.line),
        }
    }
}
