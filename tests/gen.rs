//! Properties of the program generator: determinism, feature coverage, and validity and
//! termination on the real CPythons (skipped with a printed reason when an interpreter is
//! missing, failing under `CI=true`).

use execdiff::gen::config::{Feature, GenConfig};
use execdiff::gen::health::{self, Mode, Summary};
use execdiff::gen::program::Program;
use execdiff::version::{Dialect, PyVersion};

const DIALECTS: [Dialect; 2] = [Dialect::Py2, Dialect::Py3];

#[test]
fn same_seed_same_program() {
    let cfg = GenConfig::default();
    for dialect in DIALECTS {
        for seed in 0..200 {
            let a = Program::from_seed(seed, &cfg, dialect);
            let b = Program::from_seed(seed, &cfg, dialect);
            assert_eq!(a.module, b.module, "seed {seed} {dialect:?}");
            assert_eq!(a.source(), b.source(), "seed {seed} {dialect:?}");
        }
    }
}

#[test]
fn different_seeds_differ() {
    let cfg = GenConfig::default();
    let sources: std::collections::BTreeSet<String> = (0..100)
        .map(|seed| Program::from_seed(seed, &cfg, Dialect::Py3).source())
        .collect();
    assert!(
        sources.len() > 95,
        "only {} distinct programs of 100",
        sources.len()
    );
}

#[test]
fn dialect_specific_syntax_stays_in_its_dialect() {
    let cfg = GenConfig::default();
    for seed in 0..300 {
        let py3 = Program::from_seed(seed, &cfg, Dialect::Py3).source();
        assert!(
            !py3.contains("exec '") && !py3.contains("print "),
            "seed {seed}:\n{py3}"
        );
        let py2 = Program::from_seed(seed, &cfg, Dialect::Py2).source();
        assert!(
            !py2.contains("nonlocal") && !py2.contains("exec("),
            "seed {seed}:\n{py2}"
        );
    }
}

#[test]
fn generated_programs_round_trip_through_the_parser() {
    let cfg = GenConfig::default();
    for dialect in DIALECTS {
        for seed in 0..1000 {
            execdiff::oracle::check_roundtrip(&Program::from_seed(seed, &cfg, dialect));
        }
    }
}

#[test]
fn every_feature_appears_in_ten_thousand_seeds() {
    let cfg = GenConfig::default();
    for dialect in DIALECTS {
        let sem = dialect.semantics();
        let mut counts = [0usize; Feature::COUNT];
        for seed in 0..10_000 {
            for f in Program::from_seed(seed, &cfg, dialect).features().iter() {
                counts[f.index()] += 1;
            }
        }
        for f in Feature::ALL {
            let n = counts[f.index()];
            if f.exists_in(&sem) {
                assert!(n > 0, "{} never generated for {dialect:?}", f.name());
            } else {
                assert_eq!(
                    n,
                    0,
                    "{} generated for {dialect:?}, which lacks it",
                    f.name()
                );
            }
        }
    }
}

#[test]
fn swarm_configs_generate() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut bytes = vec![0u8; 1 << 16];
    for seed in 0..200u64 {
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        for b in bytes.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        let mut u = Unstructured::new(&bytes);
        let p = Program::arbitrary(&mut u).expect("enough bytes");
        assert!(!p.source().is_empty());
    }
}

/// The interpreter for `version`, or `None` after printing why the test is skipped. Under
/// `CI=true` a missing interpreter fails the test.
fn interpreter(version: PyVersion) -> Option<std::path::PathBuf> {
    match health::find_interpreter(version) {
        Some(p) => Some(p),
        None if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("cpython {version} is required under CI=true but was not found")
        }
        None => {
            eprintln!("skipped: cpython {version} not found under pyenv");
            None
        }
    }
}

fn versions(dialect: Dialect) -> &'static [PyVersion] {
    match dialect {
        Dialect::Py2 => &[PyVersion::PY27],
        Dialect::Py3 => &[PyVersion::PY312, PyVersion::PY313],
    }
}

/// 300 programs per dialect compile on CPython unless made invalid on purpose, and those
/// are rejected.
#[test]
fn generated_programs_compile_on_cpython() {
    let cfg = GenConfig::default();
    for dialect in DIALECTS {
        let programs: Vec<Program> = (0..300)
            .map(|seed| Program::from_seed(seed, &cfg, dialect))
            .collect();
        for version in versions(dialect) {
            let Some(python) = interpreter(*version) else {
                continue;
            };
            let checked =
                health::check(&python, &programs, Mode::Compile, 5.0).expect("checker runs");
            let s = Summary::from_checked(&programs, &checked);
            eprint!("{}", s.render(&format!("cpython-{version}")));
            // The issue allows 2%; the generator aims at none.
            assert!(
                s.pct(s.unintended_syntax_errors) < 2.0,
                "{}",
                s.render(&format!("cpython-{version}"))
            );
            assert_eq!(
                s.invalid_accepted, 0,
                "deliberately invalid programs compiled"
            );
        }
    }
}

/// 100 programs per dialect run to completion under a timeout, most reaching their final
/// probe.
#[test]
fn generated_programs_terminate_on_cpython() {
    let cfg = GenConfig::default();
    for dialect in DIALECTS {
        let programs: Vec<Program> = (1000..1100)
            .map(|seed| Program::from_seed(seed, &cfg, dialect))
            .collect();
        for version in versions(dialect) {
            let Some(python) = interpreter(*version) else {
                continue;
            };
            let checked = health::check(&python, &programs, Mode::Run, 10.0).expect("checker runs");
            let s = Summary::from_checked(&programs, &checked);
            eprint!("{}", s.render(&format!("cpython-{version}")));
            assert_eq!(s.timeouts, 0, "{}", s.render(&format!("cpython-{version}")));
            assert!(
                s.pct(s.inner_syntax_errors) < 2.0,
                "{}",
                s.render("exec'd strings")
            );
            assert!(
                s.pct(s.reached_final_probe) >= 80.0,
                "{}",
                s.render("final probe")
            );
        }
    }
}
