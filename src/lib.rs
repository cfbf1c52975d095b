//! execdiff: differential fuzzing of Python's `exec`/`eval`/`compile`/`del`/`locals()`/
//! `frame.f_locals`/closure semantics against CPython 2.7, 3.12 and 3.13.
//!
//! ```text
//!  gen ──► Case ──► targets ──► Observation per target ──► verdict
//!                     ├─ vm-2.7 vm-3.12 vm-3.13 (in process, `vm`)
//!                     └─ cpython-2.7/3.12/3.13 (reference run, workers)
//! ```
//!
//! Modules in reading order:
//! - [`version`]: `PyVersion` and the `Semantics` table, the only place that knows versions,
//!   and the closed `Unsupported` list (`version::unsupported`);
//! - [`observe`]: the `Observation` every target returns and the canonical value model;
//! - [`vm`]: the in-house Python VM (lexer, parser, symbol table, compiler, interpreter),
//!   with the named sites a run passes (`vm::sites`) and, for the planted-bug test, the
//!   mistakes it can be told to make (`vm::planted`);
//! - [`gen`]: the random program generator (swarm config, production table, probes);
//! - [`interp`]: finding the real interpreters;
//! - [`refrun`]: the reference run, CPython's one definition of expected behaviour;
//! - [`oracle`]: the bodies of the fuzz targets;
//! - [`corpus`]: regression cases, their directives and blessings;
//! - [`diff`]: comparing observations and rendering the difference;
//! - [`target`]: CPython worker pools and their protocol;
//! - [`reduce`]: predicate-driven reduction of divergent programs over the AST;
//! - [`report`]: replay reports, JUnit XML and the campaign's HTML;
//! - [`campaign`]: the generate → run → verdict → reduce → bucket loop, with buckets by cause
//!   (`campaign::cause`: which VM site a reduced divergence comes from);
//! - [`cli`]: the command line.

pub mod campaign;
pub mod cli;
pub mod corpus;
pub mod diff;
pub mod gen;
pub mod interp;
pub mod observe;
pub mod oracle;
pub mod reduce;
pub mod refrun;
pub mod report;
pub mod signal;
pub mod target;
pub mod version;
pub mod vm;
