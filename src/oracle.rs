//! The bodies of the fuzz targets in `fuzz/fuzz_targets/`, kept in the library so that each
//! target is three lines of glue and each oracle has a seeded smoke test in `cargo test`.
//!
//! An oracle returns `Err` only when the fuzzer's bytes ran out (the caller drops it
//! silently) and panics, with the evidence in the message, when it finds a bug.
//! `differential` (the VM against the CPython worker of the same version) is not here yet;
//! `execdiff fuzz` runs that comparison as a campaign.

use std::sync::atomic::{AtomicU64, Ordering};

use arbitrary::{Arbitrary, Unstructured};

use crate::gen::program::Program;
use crate::version::Dialect;
use crate::vm::parser::{parse_module, ParseOptions};
use crate::vm::printer::print_module;

/// Inputs the generating oracles saw, and how many of them the generator rejected (ran out
/// of bytes before a program came out). STYLE.md asks for this to stay under about 10%.
pub static GENERATED_INPUTS: AtomicU64 = AtomicU64::new(0);
pub static INVALID_INPUTS: AtomicU64 = AtomicU64::new(0);

/// A program from fuzz bytes, counting rejections.
fn program(u: &mut Unstructured<'_>) -> arbitrary::Result<Program> {
    GENERATED_INPUTS.fetch_add(1, Ordering::Relaxed);
    let res = Program::arbitrary(u);
    if res.is_err() {
        INVALID_INPUTS.fetch_add(1, Ordering::Relaxed);
    }
    res
}

/// The parser never panics, whatever the text, in either dialect and with or without 2.7's
/// `print_function`. Non-UTF-8 input is not a program (the fuzz target rejects it).
pub fn parse_no_panic(u: &mut Unstructured<'_>) -> arbitrary::Result<()> {
    let len = u.len();
    let bytes = u.bytes(len)?;
    let Ok(source) = std::str::from_utf8(bytes) else {
        return Ok(());
    };
    for dialect in [Dialect::Py2, Dialect::Py3] {
        for print_function in [false, true] {
            let opts = ParseOptions {
                dialect,
                print_function,
            };
            let _ = parse_module(source, &opts);
        }
    }
    Ok(())
}

/// Fuel for one VM run in `vm_no_panic`: generated programs need far less (they are bounded
/// by construction), and a smaller budget keeps a fuzz iteration short.
const VM_FUEL: u64 = 2_000_000;

/// The VM never crashes (a caught panic is `End::Crash`) on a generated program, for every
/// version of the program's dialect.
pub fn vm_no_panic(u: &mut Unstructured<'_>) -> arbitrary::Result<()> {
    let program = program(u)?;
    let source = program.source();
    for version in crate::version::PyVersion::iter().filter(|v| v.dialect() == program.dialect) {
        let mut cfg = crate::vm::VmConfig::new(version);
        cfg.fuel = VM_FUEL;
        let out = crate::vm::run_source(source.as_bytes(), &cfg);
        if let crate::observe::End::Crash { detail } = &out.observation.end {
            panic!("vm-{version} crashed: {detail}\n{source}");
        }
    }
    Ok(())
}

/// A generated program's source parses, and printing the parsed tree gives the same source:
/// `print(parse(print(p))) == print(p)`.
pub fn roundtrip(u: &mut Unstructured<'_>) -> arbitrary::Result<()> {
    let program = program(u)?;
    check_roundtrip(&program);
    Ok(())
}

/// Panics unless `program` parses and reprints to the same source.
pub fn check_roundtrip(program: &Program) {
    let source = program.source();
    let opts = ParseOptions {
        dialect: program.dialect,
        print_function: false,
    };
    let module = match parse_module(&source, &opts) {
        Ok(module) => module,
        Err(err) => panic!(
            "generated program does not parse ({:?}): {err:?}\n{source}",
            program.dialect
        ),
    };
    let again = match print_module(&module, program.dialect) {
        Ok(text) => text,
        Err(err) => panic!("parsed program does not print: {err:?}\n{source}"),
    };
    if again != source {
        let diff = similar::TextDiff::configure()
            .timeout(std::time::Duration::from_millis(200))
            .diff_lines(&source, &again)
            .unified_diff()
            .context_radius(3)
            .header("printed", "reprinted")
            .to_string();
        panic!("print(parse(print(p))) != print(p):\n{diff}");
    }
}

#[cfg(test)]
mod tests {
    use rand::rngs::SmallRng;
    use rand::{RngCore, SeedableRng};

    use super::*;

    /// Feeds `oracle` `n` buffers of random bytes of random lengths from a fixed seed.
    fn smoke(oracle: fn(&mut Unstructured<'_>) -> arbitrary::Result<()>, n: usize) {
        let mut rng = SmallRng::seed_from_u64(0x00e0_ecd1);
        let mut buf = vec![0u8; 1 << 14];
        for _ in 0..n {
            let len = (rng.next_u32() as usize) % buf.len();
            rng.fill_bytes(&mut buf[..len]);
            let mut u = Unstructured::new(&buf[..len]);
            let _ = oracle(&mut u);
        }
    }

    #[test]
    fn parse_no_panic_smoke() {
        smoke(parse_no_panic, 200);
    }

    #[test]
    fn parse_no_panic_on_generated_sources() {
        // Random bytes rarely look like Python; generated programs cut at every length do.
        let cfg = crate::gen::config::GenConfig::default();
        for seed in 0..40 {
            let src = Program::from_seed(seed, &cfg, Dialect::Py2).source();
            for cut in (0..src.len()).step_by(97) {
                if src.is_char_boundary(cut) {
                    let mut u = Unstructured::new(&src.as_bytes()[..cut]);
                    let _ = parse_no_panic(&mut u);
                }
            }
        }
    }

    #[test]
    fn vm_no_panic_smoke() {
        smoke(vm_no_panic, 200);
    }

    #[test]
    fn roundtrip_smoke() {
        let before = (
            GENERATED_INPUTS.load(Ordering::Relaxed),
            INVALID_INPUTS.load(Ordering::Relaxed),
        );
        smoke(roundtrip, 200);
        let seen = GENERATED_INPUTS.load(Ordering::Relaxed) - before.0;
        let invalid = INVALID_INPUTS.load(Ordering::Relaxed) - before.1;
        assert!(seen >= 200);
        assert!(invalid * 10 <= seen, "{invalid} of {seen} inputs rejected");
    }
}
