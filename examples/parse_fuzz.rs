//! Development aid: a long never-panic and round-trip run over random token soup and
//! mutated files. Usage: `parse_fuzz ITERATIONS SEED FILE...` (release build).

use execdiff::version::Dialect;
use execdiff::vm::parser::{parse_expression, parse_interactive, parse_module, ParseOptions};
use execdiff::vm::printer::print_module;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

const PIECES: &[&str] = &[
    " ", "\n", "    ", "\t", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-",
    "*", "**", "/", "//", "%", "<", ">", "<>", "!=", "~", "`", "@", "'", "\"", "'''", "\\", "#",
    "x", "y", "0", "1.5", "0x1f", "0777", "1L", "1j", "if ", "else", "for ", "in ", "not ", "and ",
    "lambda", "def ", "class ", "return", "yield", "print", "exec", "global", "nonlocal", "del",
    "try", "except", "finally", "with", "as", "from", "import", "raise", "f'", "b'", "u'", "r'",
    "{x}", "!r", ":=", "\u{e9}", "async", "await", "match", "case",
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let seed: u64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    let files: Vec<String> = args[3.min(args.len())..]
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut n_ok = 0;
    for i in 0..n {
        let src = if files.is_empty() || i % 2 == 0 {
            (0..rng.random_range(0..80))
                .map(|_| PIECES[rng.random_range(0..PIECES.len())])
                .collect::<String>()
        } else {
            let mut s: Vec<char> = files[rng.random_range(0..files.len())].chars().collect();
            for _ in 0..rng.random_range(1..5) {
                if s.is_empty() {
                    break;
                }
                let at = rng.random_range(0..s.len());
                if rng.random_bool(0.5) {
                    let end = (at + rng.random_range(1..10)).min(s.len());
                    s.drain(at..end);
                } else {
                    for (k, c) in PIECES[rng.random_range(0..PIECES.len())]
                        .chars()
                        .enumerate()
                    {
                        s.insert(at + k, c);
                    }
                }
            }
            s.into_iter().collect()
        };
        for dialect in [Dialect::Py2, Dialect::Py3] {
            let opts = ParseOptions::new(dialect);
            let _ = parse_expression(&src, &opts);
            let _ = parse_interactive(&src, &opts);
            if let Ok(m) = parse_module(&src, &opts) {
                n_ok += 1;
                let printed =
                    print_module(&m, dialect).unwrap_or_else(|e| panic!("unprintable: {e}\n{src}"));
                let again = parse_module(&printed, &opts)
                    .unwrap_or_else(|e| panic!("reparse: {e}\n{src}\n---\n{printed}"));
                let reprinted = print_module(&again, dialect).expect("reprint");
                assert_eq!(printed, reprinted, "fixpoint\n{src}");
            }
        }
    }
    println!("{n} inputs, {n_ok} module parses round-tripped");
}
