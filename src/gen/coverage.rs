//! Execution coverage: which feature families generated programs *execute*, as the in-house
//! VM counts them while running ([`crate::vm::features`]), not as the source contains them.
//!
//! A family the generator emits but never reaches at run time (a call that raises first, a
//! branch not taken, a `del` of a name that is never bound) tests nothing, so the health
//! statistics report, beside how many programs contain each family, how many executed it,
//! and flag families executed by fewer than [`MIN_EXECUTED_PCT`] percent of programs.
//!
//! Like `health.rs` this is a health measure of the generator, not part of the differential
//! oracle: it is the one place in `gen` that runs the VM (the generator itself never does).

use std::fmt::Write as _;

use crate::gen::config::{Feature, GenConfig};
use crate::gen::program::Program;
use crate::version::PyVersion;
use crate::vm::features::{Event, Executed};
use crate::vm::{self, VmConfig};

/// The share of programs (in percent) each family must be executed in (the figure).
pub const MIN_EXECUTED_PCT: f64 = 5.0;

/// Counts over one batch of programs run on the VM of one version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub version: PyVersion,
    pub programs: usize,
    /// Programs containing each family (indexed by [`Feature::index`]).
    pub generated: [usize; Feature::COUNT],
    /// Programs whose run executed each family.
    pub executed: [usize; Feature::COUNT],
    /// Programs whose run executed each [`Event`] (indexed by the event's bit).
    pub events: Vec<usize>,
    /// Runs that ended in a timeout, a crash or an unsupported construct.
    pub abnormal: usize,
    /// What the scaffolding alone executes ([`scaffold`]): families it covers are executed
    /// by nearly every program whatever their productions do, so their shares say little.
    pub scaffold: Executed,
}

impl Coverage {
    /// Runs every program on the VM of `version` and counts what each executed.
    pub fn measure(programs: &[Program], version: PyVersion) -> Coverage {
        let mut cov = Coverage {
            version,
            programs: programs.len(),
            generated: [0; Feature::COUNT],
            executed: [0; Feature::COUNT],
            events: vec![0; Event::ALL.len()],
            abnormal: 0,
            scaffold: scaffold(version),
        };
        let cfg = VmConfig::new(version);
        for p in programs {
            let out = vm::run_source(p.source().as_bytes(), &cfg);
            cov.add(p, out.executed, &out.observation.end);
        }
        cov
    }

    /// Adds one program's run.
    pub fn add(&mut self, p: &Program, executed: Executed, end: &crate::observe::End) {
        use crate::observe::End;
        for f in p.features().iter() {
            self.generated[f.index()] += 1;
        }
        for f in Feature::ALL {
            if f.was_executed(executed, end) {
                self.executed[f.index()] += 1;
            }
        }
        for e in executed.iter() {
            self.events[e as usize] += 1;
        }
        self.abnormal += usize::from(matches!(
            end,
            End::Timeout | End::Crash { .. } | End::Unsupported { .. }
        ));
    }

    fn pct(&self, n: usize) -> f64 {
        100.0 * n as f64 / self.programs.max(1) as f64
    }

    /// The executed share of `feature`, in percent.
    pub fn executed_pct(&self, feature: Feature) -> f64 {
        self.pct(self.executed[feature.index()])
    }

    /// Families the dialect has that fewer than [`MIN_EXECUTED_PCT`] percent of programs
    /// executed. [`Feature::Invalid`] is exempt: its share is set by its own small weight.
    pub fn under_threshold(&self) -> Vec<Feature> {
        let sem = self.version.semantics();
        Feature::ALL
            .into_iter()
            .filter(|f| *f != Feature::Invalid && f.exists_in(&sem))
            .filter(|f| self.executed_pct(*f) < MIN_EXECUTED_PCT)
            .collect()
    }

    /// The histogram with both columns: programs containing each family, and programs whose
    /// run on the VM executed it; `<5%` flags a family under the threshold.
    pub fn render(&self) -> String {
        let sem = self.version.semantics();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "  {:<18} {:>14} {:>22}",
            "family",
            "generated",
            format!("executed (vm-{})", self.version),
        );
        for f in Feature::ALL {
            let g = self.generated[f.index()];
            let x = self.executed[f.index()];
            let flag = if !f.exists_in(&sem) {
                "  (not in this dialect)"
            } else if f != Feature::Invalid && self.pct(x) < MIN_EXECUTED_PCT {
                "  <5%"
            } else if f.executed_by().iter().any(|e| self.scaffold.contains(*e)) {
                "  (scaffold)"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {:<18} {:>6} {:>6.1}% {:>13} {:>6.1}%{flag}",
                f.name(),
                g,
                self.pct(g),
                x,
                self.pct(x),
            );
        }
        let _ = writeln!(
            out,
            "  (scaffold): the scaffolding alone (module globals, empty functions with their exit \
             probes and observed calls, the final globals probe) executes this family"
        );
        let _ = writeln!(
            out,
            "  vm-{}: {} of {} runs ended abnormally (timeout, crash, unsupported)",
            self.version, self.abnormal, self.programs
        );
        let _ = writeln!(out, "  vm events (programs executing each):");
        for e in Event::ALL {
            let n = self.events[*e as usize];
            let _ = writeln!(out, "    {:<22} {:>6} {:>6.1}%", e.name(), n, self.pct(n));
        }
        out
    }
}

/// The events that programs with every family's weight at zero execute on the VM of
/// `version` (the union over a few seeds): what the program scaffolding alone runs.
pub fn scaffold(version: PyVersion) -> Executed {
    /// Scaffold-only programs differ only in their globals and how many empty functions they
    /// have; a few dozen seeds show every shape.
    const SEEDS: u64 = 32;
    let mut cfg = GenConfig::default();
    for f in Feature::ALL {
        cfg.weights.set(f, 0);
    }
    let vm_cfg = VmConfig::new(version);
    (0..SEEDS)
        .map(|seed| {
            let p = Program::from_seed(seed, &cfg, version.dialect());
            vm::run_source(p.source().as_bytes(), &vm_cfg).executed
        })
        .fold(Executed::default(), Executed::union)
}
