//! Properties of the program generator: determinism, feature coverage, and validity and
//! termination on the real CPythons (skipped with a printed reason when an interpreter is
//! missing, failing under `CI=true`).

use execdiff::gen::config::{Feature, GenConfig};
use execdiff::gen::coverage::Coverage;
use execdiff::gen::health::{self, Mode, Summary};
use execdiff::gen::program::Program;
use execdiff::version::{Dialect, PyVersion};
use execdiff::vm::ast::{Constant, Expr, ExprKind, Stmt, StmtKind};

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

/// Whether `stmt` is `__observe__('<label>', locals())`.
fn is_locals_probe(stmt: &Stmt) -> bool {
    let StmtKind::Expr(e) = &stmt.kind else {
        return false;
    };
    let ExprKind::Call { func, args, .. } = &e.kind else {
        return false;
    };
    let is_locals_call = |a: &Expr| {
        matches!(&a.kind, ExprKind::Call { func, args, .. }
            if args.is_empty() && matches!(&func.kind, ExprKind::Name(n) if n == "locals"))
    };
    matches!(&func.kind, ExprKind::Name(n) if n == "__observe__")
        && args.len() == 2
        && matches!(args[0].kind, ExprKind::Constant(Constant::Str { .. }))
        && is_locals_call(&args[1])
}

/// Checks that every function under `stmts` ends `try: ... finally: __observe__(l, locals())`
/// (after its `global`/`nonlocal` declarations); returns how many functions it saw.
fn check_function_probes(stmts: &[Stmt]) -> usize {
    let mut n = 0;
    for stmt in stmts {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                n += 1;
                let last = def.body.last().expect("function body");
                let StmtKind::Try {
                    body, finalbody, ..
                } = &last.kind
                else {
                    panic!("function {} does not end in try/finally", def.name);
                };
                assert!(
                    finalbody.len() == 1 && is_locals_probe(&finalbody[0]),
                    "function {} lacks its exit probe",
                    def.name
                );
                for decl in &def.body[..def.body.len() - 1] {
                    assert!(matches!(
                        decl.kind,
                        StmtKind::Global(_) | StmtKind::Nonlocal(_)
                    ));
                }
                n += check_function_probes(body);
            }
            StmtKind::ClassDef(def) => n += check_function_probes(&def.body),
            StmtKind::If { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                n += check_function_probes(body) + check_function_probes(orelse);
            }
            StmtKind::Try { body, handlers, .. } => {
                n += check_function_probes(body);
                for h in handlers {
                    n += check_function_probes(&h.body);
                }
            }
            _ => {}
        }
    }
    n
}

#[test]
fn every_function_observes_its_locals_on_exit() {
    let cfg = GenConfig::default();
    for dialect in DIALECTS {
        let mut functions = 0;
        for seed in 0..300 {
            let p = Program::from_seed(seed, &cfg, dialect);
            if p.expect_syntax_error {
                continue;
            }
            functions += check_function_probes(&p.module.body);
            let last = p.module.body.last().expect("module body");
            let last_line = p
                .source()
                .trim_end()
                .lines()
                .last()
                .unwrap_or("")
                .to_string();
            assert!(
                matches!(last.kind, StmtKind::Expr(_))
                    && last_line.starts_with("__observe__('m#globals', "),
                "the module does not end with its globals probe: {last_line}"
            );
        }
        assert!(
            functions > 600,
            "only {functions} functions in 300 programs"
        );
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

/// Programs per dialect in [`every_family_is_executed_in_five_percent_of_programs`]: a few
/// seconds per dialect in a debug build, and enough that a family executed in 8% of programs
/// (the lowest share on 10,000) is several standard errors above the 5% line.
const EXECUTED_SAMPLE: u64 = 1000;

/// Each feature family is *executed* (counted by the VM while it runs, `vm::features`) in at
/// least 5% of the default mix's programs, on the VM of each dialect's first version
/// (`execdiff gen --stats` gives the figures for 10,000). Deliberately invalid programs are
/// exempt (their share is their weight) but must be exactly the ones that never start.
#[test]
fn every_family_is_executed_in_five_percent_of_programs() {
    let cfg = GenConfig::default();
    for dialect in DIALECTS {
        let programs: Vec<Program> = (0..EXECUTED_SAMPLE)
            .map(|seed| Program::from_seed(seed, &cfg, dialect))
            .collect();
        let cov = Coverage::measure(&programs, versions(dialect)[0]);
        let under = cov.under_threshold();
        assert!(
            under.is_empty(),
            "{dialect:?}: {:?} executed in under 5% of programs\n{}",
            under.iter().map(|f| f.name()).collect::<Vec<_>>(),
            cov.render()
        );
        let invalid = programs.iter().filter(|p| p.expect_syntax_error).count();
        assert!(invalid > 0, "no invalid program among {EXECUTED_SAMPLE}");
        assert_eq!(
            cov.executed[Feature::Invalid.index()],
            invalid,
            "{dialect:?}: the programs rejected before running are not the invalid ones\n{}",
            cov.render()
        );
        assert_eq!(cov.abnormal, 0, "{}", cov.render());
    }
}

/// Arbitrary swarm configurations (the fuzz targets' way in) give programs of both dialects,
/// each different (the configuration and the bytes steer the program, not only the fixed
/// scaffolding), each parsing and reprinting to itself unless made invalid on purpose.
#[test]
fn swarm_configs_generate() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut bytes = vec![0u8; 1 << 16];
    let mut sources = std::collections::BTreeSet::new();
    let mut dialects = std::collections::BTreeSet::new();
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
        if !p.expect_syntax_error {
            execdiff::oracle::check_roundtrip(&p);
        }
        dialects.insert(format!("{:?}", p.dialect));
        sources.insert(p.source());
    }
    assert_eq!(dialects.len(), 2, "{dialects:?}");
    assert_eq!(
        sources.len(),
        200,
        "programs repeat across swarm configurations"
    );
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

/// Programs from swarm configurations (`Program::arbitrary` on random bytes) are as valid as
/// the default mix: swarm only switches families off and resizes limits.
#[test]
fn swarm_programs_compile_on_cpython() {
    use arbitrary::{Arbitrary, Unstructured};
    let mut programs: Vec<Program> = Vec::new();
    let mut bytes = vec![0u8; 1 << 14];
    for seed in 0..400u64 {
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        for b in bytes.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        programs.push(Program::arbitrary(&mut Unstructured::new(&bytes)).expect("enough bytes"));
    }
    for dialect in DIALECTS {
        let batch: Vec<Program> = programs
            .iter()
            .filter(|p| p.dialect == dialect)
            .cloned()
            .collect();
        for version in versions(dialect) {
            let Some(python) = interpreter(*version) else {
                continue;
            };
            let checked = health::check(&python, &batch, Mode::Run, 10.0).expect("checker runs");
            let s = Summary::from_checked(&batch, &checked);
            let name = format!("swarm cpython-{version}");
            eprint!("{}", s.render(&name));
            assert!(
                s.pct(s.unintended_syntax_errors) < 2.0,
                "{}",
                s.render(&name)
            );
            assert_eq!(s.invalid_accepted, 0, "{}", s.render(&name));
            assert_eq!(s.timeouts, 0, "{}", s.render(&name));
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
