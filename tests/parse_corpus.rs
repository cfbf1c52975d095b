//! Every regression case in `corpus/` parses as its blessed CPython observations say: a
//! case that ran (or raised at run time) parses, and a case whose blessed end is a
//! `SyntaxError` either parses (the error comes from the symbol table or the compiler) or
//! fails with exactly CPython's type, message and line. Whatever parses also prints back to
//! a fixpoint.

use std::path::{Path, PathBuf};

use execdiff::version::PyVersion;
use execdiff::vm::parser::{parse_module, parse_module_for, ParseOptions};
use execdiff::vm::printer::print_module;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "py") {
            out.push(path);
        }
    }
}

#[test]
fn corpus_parses_as_blessed() {
    let dir = corpus_dir();
    if !dir.is_dir() {
        assert!(
            std::env::var_os("CI").is_none(),
            "corpus/ is missing at {}",
            dir.display()
        );
        eprintln!("skipping: no corpus/ at {}", dir.display());
        return;
    }
    let mut files = Vec::new();
    python_files(&dir, &mut files);
    let mut failures = Vec::new();
    let mut n_checked = 0;
    for file in &files {
        let Ok(src) = std::fs::read_to_string(file) else {
            failures.push(format!("{}: unreadable", file.display()));
            continue;
        };
        for version in PyVersion::iter() {
            let blessed = file.with_extension(format!("{version}.out"));
            let Ok(text) = std::fs::read_to_string(&blessed) else {
                continue;
            };
            let Ok(obs) = serde_json::from_str::<serde_json::Value>(&text) else {
                failures.push(format!("{}: not JSON", blessed.display()));
                continue;
            };
            n_checked += 1;
            let end = &obs["end"];
            let opts = ParseOptions::new(version.dialect());
            let got = parse_module_for(&src, &opts, version);
            match (end["kind"].as_str(), &got) {
                (_, Err(e)) if e.is_unsupported() => {}
                (Some("syntax_error"), Err(e)) => {
                    let same = Some(e.ty.as_str()) == end["ty"].as_str()
                        && Some(e.message.as_str()) == end["message"].as_str()
                        && Some(u64::from(e.line)) == end["line"].as_u64();
                    if !same {
                        failures.push(format!(
                            "{} {version}: got {e}, blessed {end}",
                            file.display()
                        ));
                    }
                }
                (_, Err(e)) => failures.push(format!("{} {version}: {e}", file.display())),
                (_, Ok(_)) => {}
            }
            if got.is_ok() {
                let dialect = version.dialect();
                let module = parse_module(&src, &opts).expect("parsed above");
                match print_module(&module, dialect) {
                    Ok(printed) => {
                        let again = parse_module(&printed, &opts)
                            .ok()
                            .and_then(|m| print_module(&m, dialect).ok());
                        if again.as_deref() != Some(printed.as_str()) {
                            failures
                                .push(format!("{} {version}: printer fixpoint", file.display()));
                        }
                    }
                    Err(e) => failures.push(format!("{} {version}: {e}", file.display())),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        n_checked > 0,
        "no blessed observations under {}",
        dir.display()
    );
}
