//! A whole generated program: module assembly, seeding, rendering and features.
//!
//! A program is `import sys`, a few module globals, then top-level functions, each followed
//! by a guarded, observed call and a few module-level statements, and finally one probe of the
//! module's final globals (ints, strings, lists, tuples, `None` and bools, sorted by name, so
//! the probe is the same whatever the dict order). With a small per-mille chance the program
//! is made deliberately invalid in the dialect's own way.

use std::fmt;

use arbitrary::{Arbitrary, Unstructured};
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::gen::config::{Feature, GenConfig};
use crate::gen::names::Ty;
use crate::gen::scope::FnKind;
use crate::gen::{build, FeatureSet, Gen};
use crate::version::{Dialect, PyVersion, Semantics};
use crate::vm::ast::{Alias, Comprehension, Expr, ExprKind, Module, Stmt, StmtKind};

/// Bytes drawn from the seed's ChaCha8 stream for one seeded program. Generation rarely uses
/// more than a few hundred; once they run out every choice takes its smallest option, which
/// ends the program quickly.
const SEED_BYTES: usize = 4096;

/// A generated program for one dialect.
#[derive(Clone, PartialEq)]
pub struct Program {
    pub dialect: Dialect,
    pub module: Module,
    features: FeatureSet,
    /// The program was made invalid on purpose and must be a `SyntaxError` everywhere.
    pub expect_syntax_error: bool,
}

/// Renders a module for a dialect with the VM's printer.
pub fn render(module: &Module, dialect: Dialect) -> String {
    match crate::vm::printer::print_module(module, dialect) {
        Ok(src) => src,
        // The generator only builds what the dialect has; anything else is its bug.
        Err(err) => panic!("generated an unprintable program: {err:?}"),
    }
}

impl Program {
    /// Generates a program from `u`. Never fails for lack of bytes: an exhausted `u` gives the
    /// smallest choices.
    pub fn generate(
        u: &mut Unstructured<'_>,
        cfg: &GenConfig,
        dialect: Dialect,
    ) -> arbitrary::Result<Program> {
        Program::generate_with(u, cfg, dialect.semantics())
    }

    /// [`Program::generate`] for one version: the program uses only what `sem.version` has.
    pub fn generate_with(
        u: &mut Unstructured<'_>,
        cfg: &GenConfig,
        sem: Semantics,
    ) -> arbitrary::Result<Program> {
        let dialect = sem.version.dialect();
        let mut g = Gen::with_semantics(cfg, sem);
        let mut body = Vec::new();
        body.push(build::stmt(StmtKind::Import(vec![Alias {
            name: "sys".to_string(),
            asname: None,
        }])));
        let n_globals = u.int_in_range(1..=3u32)?;
        for _ in 0..n_globals {
            let value = g.int_expr(u, 0)?;
            let target = g.assign_target(u, Ty::Int)?;
            body.push(build::assign_name(&target, value));
        }
        let n_functions = u.int_in_range(1..=cfg.max_functions.max(1))?;
        for _ in 0..n_functions {
            if g.out_of_budget() {
                break;
            }
            let (def, name, ty) = g.function(u, FnKind::Plain)?;
            body.push(def);
            g.bind_local(&name, ty);
            if let Ty::Func {
                min_args, max_args, ..
            } = ty
            {
                let args = g.call_args(u, min_args, max_args)?;
                g.call_observed(u, &mut body, build::name(&name), args)?;
            }
            let n = u.int_in_range(0..=2u32)?;
            for _ in 0..n {
                if g.out_of_budget() {
                    break;
                }
                g.stmt(u, &mut body)?;
            }
        }
        body.push(final_globals_probe());
        if g.needs_ctx {
            body.insert(1, ctx_class(&mut g));
        }
        let mut expect_syntax_error = false;
        if g.chance(u, Feature::Invalid)? {
            expect_syntax_error = make_invalid(&mut g, u, &mut body)?;
        }
        Ok(Program {
            dialect,
            module: Module { body },
            features: g.features,
            expect_syntax_error,
        })
    }

    /// The program for `seed`: bytes from ChaCha8 seeded with it, then [`Program::generate`].
    pub fn from_seed(seed: u64, cfg: &GenConfig, dialect: Dialect) -> Program {
        let mut bytes = [0u8; SEED_BYTES];
        ChaCha8Rng::seed_from_u64(seed).fill_bytes(&mut bytes);
        let mut u = Unstructured::new(&bytes);
        Program::generate(&mut u, cfg, dialect).unwrap_or_else(|_| Program::empty(dialect))
    }

    /// [`Program::from_seed`] for one version (a reference-only 3.x such as PyPy's 3.9 gets
    /// programs valid there).
    pub fn from_seed_for(seed: u64, cfg: &GenConfig, version: PyVersion) -> Program {
        let mut bytes = [0u8; SEED_BYTES];
        ChaCha8Rng::seed_from_u64(seed).fill_bytes(&mut bytes);
        let mut u = Unstructured::new(&bytes);
        let dialect = version.dialect();
        Program::generate_with(&mut u, cfg, version.semantics())
            .unwrap_or_else(|_| Program::empty(dialect))
    }

    /// The program with no statements but its final probe.
    fn empty(dialect: Dialect) -> Program {
        Program {
            dialect,
            module: Module {
                body: vec![final_globals_probe()],
            },
            features: FeatureSet::default(),
            expect_syntax_error: false,
        }
    }

    /// The Python source of the program for its dialect.
    pub fn source(&self) -> String {
        render(&self.module, self.dialect)
    }

    /// The feature families the program contains.
    pub fn features(&self) -> FeatureSet {
        self.features
    }

    /// Statements in the program, nested ones included (exec'd strings not).
    pub fn size(&self) -> usize {
        fn count(stmts: &[Stmt]) -> usize {
            stmts
                .iter()
                .map(|s| {
                    1 + match &s.kind {
                        StmtKind::If { body, orelse, .. }
                        | StmtKind::For { body, orelse, .. }
                        | StmtKind::While { body, orelse, .. } => count(body) + count(orelse),
                        StmtKind::FunctionDef(def) => count(&def.body),
                        StmtKind::ClassDef(def) => count(&def.body),
                        StmtKind::Try {
                            body,
                            handlers,
                            orelse,
                            finalbody,
                        } => {
                            count(body)
                                + handlers.iter().map(|h| count(&h.body)).sum::<usize>()
                                + count(orelse)
                                + count(finalbody)
                        }
                        _ => 0,
                    }
                })
                .sum()
        }
        count(&self.module.body)
    }
}

/// Runnable Python, so a fuzz artifact's `Debug` output can go straight into `corpus/`.
impl fmt::Debug for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source())
    }
}

impl<'a> Arbitrary<'a> for Program {
    /// A swarm configuration, a dialect, then a program.
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Program> {
        let cfg = GenConfig::arbitrary(u)?;
        let dialect = if u.arbitrary::<bool>()? {
            Dialect::Py2
        } else {
            Dialect::Py3
        };
        Program::generate(u, &cfg, dialect)
    }
}

/// `__observe__('m#globals', [(k, v) for (k, v) in sorted(globals().items()) if ...])`,
/// written with a generator expression so it binds nothing at module level on any version.
fn final_globals_probe() -> Stmt {
    let kv = || build::tuple(vec![build::name("k"), build::name("v")]);
    let items = build::call(
        build::attr(build::call_name("globals", Vec::new()), "items"),
        Vec::new(),
    );
    let not_dunder = build::compare(
        build::subscript(
            build::name("k"),
            Expr::new(
                ExprKind::Slice {
                    lower: None,
                    upper: Some(Box::new(build::int(2))),
                    step: None,
                },
                1,
            ),
        ),
        crate::vm::ast::CmpOp::NotEq,
        build::str_lit("__"),
    );
    let kept_types = ["int", "long", "str", "bool", "NoneType", "list", "tuple"];
    let plain_value = build::compare(
        build::attr(build::call_name("type", vec![build::name("v")]), "__name__"),
        crate::vm::ast::CmpOp::In,
        build::tuple(kept_types.iter().map(|t| build::str_lit(t)).collect()),
    );
    let genexp = Expr::new(
        ExprKind::GeneratorExp {
            elt: Box::new(kv()),
            generators: vec![Comprehension {
                target: kv(),
                iter: build::call_name("sorted", vec![items]),
                ifs: vec![not_dunder, plain_value],
            }],
        },
        1,
    );
    build::observe("m#globals", build::call_name("list", vec![genexp]))
}

/// `class Ctx(object)`, the context manager that `with ... as NAME` bindings enter: its
/// `__enter__` returns an int, its `__exit__` lets exceptions through; each method observes
/// its locals on exit, as every generated function does.
fn ctx_class(g: &mut Gen<'_>) -> Stmt {
    use crate::vm::ast::{Arguments, ClassDef, Constant, FunctionDef};
    let name = crate::gen::reach::CTX_CLASS;
    let mut method = |method: &str, params: &[&str], value: Expr| {
        let exit_label = format!("{name}.{method}#{}", g.next_id());
        let mut args = Arguments::default();
        args.args.extend(params.iter().map(|p| p.to_string()));
        let body = vec![build::try_finally(
            vec![build::stmt(StmtKind::Return(Some(value)))],
            vec![build::observe(
                &exit_label,
                build::call_name("locals", Vec::new()),
            )],
        )];
        build::stmt(StmtKind::FunctionDef(Box::new(FunctionDef {
            name: method.to_string(),
            args,
            body,
            decorators: Vec::new(),
        })))
    };
    let enter = method("__enter__", &["self"], build::int(7));
    let exit = method(
        "__exit__",
        &["self", "t", "v", "tb"],
        build::constant(Constant::False),
    );
    build::stmt(StmtKind::ClassDef(Box::new(ClassDef {
        name: name.to_string(),
        bases: vec![build::name("object")],
        keywords: Vec::new(),
        body: vec![enter, exit],
        decorators: Vec::new(),
    })))
}

/// Makes the program invalid in the dialect's own way; returns whether it did.
fn make_invalid(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    body: &mut Vec<Stmt>,
) -> arbitrary::Result<bool> {
    let name = *u.choose(&crate::gen::names::NAME_POOL)?;
    if g.sem.has_nonlocal {
        // `nonlocal` at module level (C05).
        let at = u.int_in_range(1..=body.len())?;
        body.insert(at, build::stmt(StmtKind::Nonlocal(vec![name.to_string()])));
    } else if g.sem.exec_is_statement {
        // 2.7: an unqualified exec in a function whose nested function has a free variable
        // (A04).
        let outer = g.fresh_name("bad");
        let inner = g.fresh_name("g");
        let inner_def = crate::vm::ast::FunctionDef {
            name: inner,
            args: Default::default(),
            body: vec![build::stmt(StmtKind::Return(Some(build::name(name))))],
            decorators: Vec::new(),
        };
        let outer_body = vec![
            build::assign_name(name, build::int(1)),
            build::stmt(StmtKind::Exec {
                body: build::str_lit(&format!("{name} = 2")),
                globals: None,
                locals: None,
            }),
            build::stmt(StmtKind::FunctionDef(Box::new(inner_def))),
        ];
        let outer_def = crate::vm::ast::FunctionDef {
            name: outer,
            args: Default::default(),
            body: outer_body,
            decorators: Vec::new(),
        };
        let at = u.int_in_range(1..=body.len())?;
        body.insert(at, build::stmt(StmtKind::FunctionDef(Box::new(outer_def))));
    } else {
        return Ok(false);
    }
    g.note(Feature::Invalid);
    Ok(true)
}
