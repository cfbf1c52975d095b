//! Printer and parser agree: `print(parse(print(p))) == print(p)` on the reference
//! examples and on random mutations of them, and no input makes either panic.

use std::path::Path;

use execdiff::version::{Dialect, PyVersion};
use execdiff::vm::parser::{
    parse_expression, parse_interactive, parse_module, parse_module_for, ParseOptions,
};
use execdiff::vm::printer::{print_expr, print_module};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

/// Which dialects parse each example, taken from `compile()` on CPython 2.7.18 and 3.12.1.
/// Three files fail `compile()` only in the symbol table (a11 and b05 on 2.7: bare `exec`
/// and `del` of a cell in a nested function; a20 on 3.x: `import *` in a function), so they
/// do parse.
const EXAMPLES: &[(&str, bool, bool)] = &[
    ("a01.py", true, true),
    ("a02.py", true, false),
    ("a03.py", true, false),
    ("a04.py", true, false),
    ("a05.py", true, true),
    ("a06.py", true, true),
    ("a07.py", true, true),
    ("a08.py", true, true),
    ("a09.py", true, true),
    ("a10.py", true, true),
    ("a11.py", true, true),
    ("a12.py", true, false),
    ("a13.py", true, true),
    ("a14.py", true, true),
    ("a15.py", true, true),
    ("a16.py", true, true),
    ("a17.py", true, true),
    ("a18.py", false, true),
    ("a19.py", true, true),
    ("a20.py", true, true),
    ("a21.py", true, false),
    ("a22.py", false, true),
    ("a23.py", true, false),
    ("b01.py", true, true),
    ("b02.py", true, true),
    ("b03.py", true, true),
    ("b04.py", true, true),
    ("b05.py", true, true),
    ("b06.py", true, true),
    ("b07.py", true, true),
    ("b08.py", true, true),
    ("b09.py", true, true),
    ("b10.py", true, true),
    ("b11.py", true, true),
    ("b12.py", true, true),
    ("b13.py", true, true),
    ("b14.py", true, true),
    ("b15.py", true, true),
    ("b16.py", true, true),
    ("b17.py", true, true),
    ("b18.py", true, true),
    ("c01.py", true, true),
    ("c02.py", true, true),
    ("c03.py", false, true),
    ("c04.py", true, true),
    ("c05.py", true, true),
    ("c06.py", true, true),
    ("c07.py", true, true),
    ("c08.py", true, true),
    ("d01.py", true, true),
    ("d02.py", true, false),
    ("d03.py", true, true),
    ("d04.py", true, true),
    ("d05.py", true, true),
    ("d06.py", true, true),
];

fn examples_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/examples"))
}

/// Example `d05.py` is the corpus case `d05_<title>.py`.
fn read_example(name: &str) -> String {
    let prefix = format!("{}_", name.trim_end_matches(".py"));
    let entries = std::fs::read_dir(examples_dir()).expect("corpus/examples");
    let path = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            let file = p.file_name().and_then(|f| f.to_str()).unwrap_or("");
            file.starts_with(&prefix) && file.ends_with(".py")
        })
        .unwrap_or_else(|| panic!("no corpus/examples/{prefix}*.py"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Checks the printer fixpoint for an AST that parsed from `src`; returns the printed text.
fn check_fixpoint(src: &str, dialect: Dialect) -> Option<String> {
    let opts = ParseOptions::new(dialect);
    let module = parse_module(src, &opts).ok()?;
    let printed = match print_module(&module, dialect) {
        Ok(p) => p,
        Err(e) => panic!("cannot print a parsed {dialect:?} module: {e}\n--- source:\n{src}"),
    };
    let reparsed = parse_module(&printed, &opts).unwrap_or_else(|e| {
        panic!("printed {dialect:?} source does not parse: {e}\n--- source:\n{src}\n--- printed:\n{printed}")
    });
    let reprinted = print_module(&reparsed, dialect).expect("reprint");
    assert_eq!(
        printed, reprinted,
        "not a fixpoint for {dialect:?}\n--- source:\n{src}"
    );
    Some(printed)
}

#[test]
fn examples_parse_as_cpython_says_and_round_trip() {
    let mut n_checked = 0;
    for (name, py2, py3) in EXAMPLES {
        let src = read_example(name);
        for (dialect, expected) in [(Dialect::Py2, *py2), (Dialect::Py3, *py3)] {
            let res = parse_module(&src, &ParseOptions::new(dialect));
            assert_eq!(
                res.is_ok(),
                expected,
                "{name} on {dialect:?}: {:?}",
                res.err()
            );
            if expected {
                check_fixpoint(&src, dialect);
                n_checked += 1;
            }
        }
    }
    assert!(
        n_checked >= 90,
        "only {n_checked} example/dialect pairs checked"
    );
}

/// Characters that make random inputs look like Python often enough to reach the parser.
const ALPHABET: &[&str] = &[
    " ", " ", "    ", "\n", "\n", "\t", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=",
    "==", "+", "-", "*", "**", "/", "//", "%", "<", ">", "<>", "!=", "~", "`", "@", "'", "\"",
    "'''", "\\", "#", "x", "y", "f", "0", "1", "1.5", "0x1f", "0777", "1L", "1j", "1e9", "if ",
    "else", "elif", "for ", "in ", "not ", "and ", "or ", "is ", "lambda", "def ", "class ",
    "return", "yield", "print", "exec", "global", "nonlocal", "del", "pass", "try", "except",
    "finally", "with", "as", "from", "import", "raise", "while", "break", "continue", "None",
    "True", "f'", "b'", "u'", "r'", "{x}", "!r", ":=", "é", "\u{0}",
];

fn random_source(rng: &mut SmallRng) -> String {
    let n = rng.random_range(0..60);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(ALPHABET[rng.random_range(0..ALPHABET.len())]);
    }
    s
}

fn mutate(rng: &mut SmallRng, src: &str) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for _ in 0..rng.random_range(1..4) {
        if chars.is_empty() {
            break;
        }
        let at = rng.random_range(0..chars.len());
        match rng.random_range(0..4) {
            0 => {
                let end = (at + rng.random_range(1..20)).min(chars.len());
                chars.drain(at..end);
            }
            1 => {
                let piece = ALPHABET[rng.random_range(0..ALPHABET.len())];
                for (k, c) in piece.chars().enumerate() {
                    chars.insert(at + k, c);
                }
            }
            2 => {
                let end = (at + rng.random_range(1..40)).min(chars.len());
                let span: Vec<char> = chars[at..end].to_vec();
                let to = rng.random_range(0..chars.len());
                for (k, c) in span.into_iter().enumerate() {
                    chars.insert(to + k, c);
                }
            }
            _ => {
                let other = rng.random_range(0..chars.len());
                chars.swap(at, other);
            }
        }
    }
    chars.into_iter().collect()
}

/// Parses `src` every way there is; whatever parses must print and round-trip. Returns how
/// many of the module parses succeeded.
fn exercise(src: &str) -> usize {
    let mut n_ok = 0;
    for dialect in [Dialect::Py2, Dialect::Py3] {
        let opts = ParseOptions::new(dialect);
        n_ok += usize::from(check_fixpoint(src, dialect).is_some());
        let _ = parse_interactive(src, &opts);
        if let Ok(e) = parse_expression(src, &opts) {
            if let Ok(printed) = print_expr(&e, dialect) {
                let again = parse_expression(&printed, &opts)
                    .unwrap_or_else(|err| panic!("{printed:?} does not parse: {err}"));
                assert_eq!(print_expr(&again, dialect).ok(), Some(printed));
            }
        }
    }
    let _ = parse_module_for(src, &ParseOptions::new(Dialect::Py3), PyVersion::PY312);
    n_ok
}

#[test]
fn random_inputs_never_panic_and_round_trip() {
    let mut rng = SmallRng::seed_from_u64(0x5eed_0001);
    let mut n_ok = 0;
    for _ in 0..3000 {
        let src = random_source(&mut rng);
        n_ok += exercise(&src);
    }
    for _ in 0..1000 {
        let n = rng.random_range(0..200);
        let bytes: Vec<u8> = (0..n).map(|_| rng.random()).collect();
        exercise(&String::from_utf8_lossy(&bytes));
    }
    eprintln!("random sources that parsed: {n_ok}");
    assert!(
        n_ok > 50,
        "too few random sources parsed ({n_ok}) to test the printer"
    );
}

#[test]
fn mutated_examples_never_panic_and_round_trip() {
    let mut rng = SmallRng::seed_from_u64(0x5eed_0002);
    let sources: Vec<String> = EXAMPLES
        .iter()
        .map(|(name, _, _)| read_example(name))
        .collect();
    let mut n_ok = 0;
    for _ in 0..1500 {
        let base = &sources[rng.random_range(0..sources.len())];
        n_ok += exercise(&mutate(&mut rng, base));
    }
    eprintln!("mutated examples that parsed: {n_ok}");
    assert!(
        n_ok > 300,
        "too few mutations parsed ({n_ok}) to test the printer"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for src in [
        format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000)),
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(50_000)),
        format!("x = {}1\n", "lambda: ".repeat(50_000)),
        format!("x = {}1\n", "2 ** ".repeat(50_000)),
        format!("x = {}\n", "[".repeat(100_000)),
    ] {
        for dialect in [Dialect::Py2, Dialect::Py3] {
            assert!(parse_module(&src, &ParseOptions::new(dialect)).is_err());
        }
    }
    // Moderately deep nesting that CPython accepts still parses.
    let ok = format!("x = {}1{}\n", "(".repeat(90), ")".repeat(90));
    for dialect in [Dialect::Py2, Dialect::Py3] {
        assert!(parse_module(&ok, &ParseOptions::new(dialect)).is_ok());
        check_fixpoint(&ok, dialect);
    }
}
