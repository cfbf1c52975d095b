//! The namespace productions: `locals()`, `vars()`, `dir()`, `globals()`,
//! `sys._getframe().f_locals`, namespace-dict writes and deletes, and `exec`, `eval` and
//! `compile` in every form the dialect has.
//!
//! 2.7 writes `exec` as a statement (`exec src`, `exec src in g`, `exec src in g, l`, and the
//! tuple form `exec(src, g)`); an *unqualified* one is only valid in a function with no nested
//! block that has free names (`check_unoptimized` in 2.7's `Python/symtable.c`), which the
//! generator arranges through `Scope::bare_exec`. 3.x calls the `exec()` builtin.

use arbitrary::Unstructured;

use crate::gen::build;
use crate::gen::config::Feature;
use crate::gen::expr::Namespace;
use crate::gen::names::{Binding, CompileMode, ScopeKind, State, Ty, Var, NAME_POOL};
use crate::gen::Gen;
use crate::vm::ast::{Expr, Stmt, StmtKind};

/// The namespace arguments of one `exec`.
pub(crate) enum NsArgs {
    None,
    Globals(Expr),
    GlobalsLocals(Expr, Expr),
}

impl<'c> Gen<'c> {
    /// Whether an unqualified 2.7 `exec` is valid here (always true in 3.x, where it is a call).
    fn unqualified_exec_ok(&self) -> bool {
        !self.sem.exec_is_statement
            || self.cur().kind != ScopeKind::Function
            || self.cur().bare_exec
    }

    /// `exec` of `body` with `ns`, as the dialect writes it.
    pub(crate) fn exec_stmt(
        &mut self,
        u: &mut Unstructured<'_>,
        body: Expr,
        ns: NsArgs,
    ) -> arbitrary::Result<Stmt> {
        self.note_exec();
        if self.sem.exec_is_statement {
            if self.cur().kind == ScopeKind::Function && matches!(ns, NsArgs::None) {
                self.note(Feature::BareExec);
            }
            // The tuple form `exec(code, g[, l])` is 2.7's bridge to 3.x syntax; a third of the
            // qualified execs use it, enough to cover it without crowding out `in`.
            let tuple_form = !matches!(ns, NsArgs::None) && u.ratio(1u8, 3u8)?;
            let (globals, locals) = match ns {
                NsArgs::None => (None, None),
                NsArgs::Globals(g) => (Some(g), None),
                NsArgs::GlobalsLocals(g, l) => (Some(g), Some(l)),
            };
            if tuple_form {
                let mut items = vec![body];
                items.extend(globals);
                items.extend(locals);
                return Ok(build::stmt(StmtKind::Exec {
                    body: build::tuple(items),
                    globals: None,
                    locals: None,
                }));
            }
            return Ok(build::stmt(StmtKind::Exec {
                body,
                globals,
                locals,
            }));
        }
        let mut args = vec![body];
        match ns {
            NsArgs::None => {}
            NsArgs::Globals(g) => args.push(g),
            NsArgs::GlobalsLocals(g, l) => {
                // 3.13 accepts `globals=`/`locals=` keywords (A22); 3.12 raises TypeError,
                // which the guard reports. One in eight: it is a version drift, not a scope
                // rule, so it should not dominate.
                if self.sem.exec_accepts_keywords && u.ratio(1u8, 8u8)? {
                    let call = build::call_kw(
                        build::name("exec"),
                        args,
                        vec![("globals", g), ("locals", l)],
                    );
                    return Ok(build::expr_stmt(call));
                }
                args.push(g);
                args.push(l);
            }
        }
        Ok(build::expr_stmt(build::call_name("exec", args)))
    }

    /// The caller's namespace, unqualified where allowed, else spelled out.
    fn caller_ns(&self) -> NsArgs {
        if self.unqualified_exec_ok() {
            NsArgs::None
        } else {
            NsArgs::GlobalsLocals(
                build::call_name("globals", Vec::new()),
                build::call_name("locals", Vec::new()),
            )
        }
    }

    /// A key for a namespace dict: a pool name, often one the scope knows.
    fn dict_key(&self, u: &mut Unstructured<'_>) -> arbitrary::Result<&'static str> {
        Ok(*u.choose(&NAME_POOL)?)
    }

    /// After writing `key` into a namespace dict: an unknown name becomes a phantom.
    fn note_dict_write(&mut self, key: &str) {
        self.cur_mut()
            .vars
            .entry(key.to_string())
            .or_insert(Var::new(Ty::Int, State::Maybe, Binding::Phantom));
    }

    /// Dict-typed names of the current scope itself.
    fn own_dicts(&self) -> Vec<String> {
        let guarded = self.guard_depth > 0;
        self.cur()
            .vars
            .iter()
            .filter(|(_, v)| {
                v.ty == Ty::Dict
                    && v.binding == Binding::Local
                    && (guarded || v.state == State::Bound)
            })
            .map(|(n, _)| n.clone())
            .collect()
    }
}

fn observe_call(g: &mut Gen<'_>, out: &mut Vec<Stmt>, func: &str) {
    let label = g.label();
    let value = if func == "dir" {
        build::call_name(func, Vec::new())
    } else {
        namespace_view(g, build::call_name(func, Vec::new()))
    };
    out.push(build::observe(&label, value));
}

/// What a probe shows of a namespace mapping. At module level (and in exec'd code, whose
/// namespace may be the module's) the mapping is the module's globals, whose dunders
/// (`__loader__`, `__spec__`, `__file__`, `__builtins__`) describe how the file was started,
/// not scoping; there the probe shows the other items, sorted by name:
/// `sorted((k, v) for (k, v) in NS.items() if k[:2] != '__')`. Elsewhere, the mapping itself.
fn namespace_view(g: &Gen<'_>, mapping: Expr) -> Expr {
    if !matches!(g.cur().kind, ScopeKind::Module | ScopeKind::ExecBody) {
        return mapping;
    }
    let kv = || build::tuple(vec![build::name("k"), build::name("v")]);
    let items = build::call(build::attr(mapping, "items"), Vec::new());
    let not_dunder = build::compare(
        build::subscript(
            build::name("k"),
            Expr::new(
                crate::vm::ast::ExprKind::Slice {
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
    let genexp = Expr::new(
        crate::vm::ast::ExprKind::GeneratorExp {
            elt: Box::new(kv()),
            generators: vec![crate::vm::ast::Comprehension {
                target: kv(),
                iter: items,
                ifs: vec![not_dunder],
            }],
        },
        1,
    );
    build::call_name("sorted", vec![genexp])
}

pub fn locals(
    g: &mut Gen<'_>,
    _u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Locals);
    observe_call(g, out, "locals");
    Ok(())
}

pub fn vars(
    g: &mut Gen<'_>,
    _u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Vars);
    observe_call(g, out, "vars");
    Ok(())
}

pub fn dir(
    g: &mut Gen<'_>,
    _u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Dir);
    observe_call(g, out, "dir");
    Ok(())
}

pub fn locals_held(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::LocalsHeld);
    let dicts = g.own_dicts();
    let held = if dicts.is_empty() || u.ratio(1u8, 4u8)? {
        let target = if g.cur().vars.contains_key("d") {
            g.fresh_name("d")
        } else {
            "d".to_string()
        };
        g.bind_local(&target, Ty::Dict);
        out.push(build::assign_name(
            &target,
            build::call_name("locals", Vec::new()),
        ));
        // Half the new holders are used at once: left for a later pick of this production,
        // a held dict was written, re-synced or read in only a few programs in a hundred.
        if u.ratio(1u8, 2u8)? {
            return Ok(());
        }
        target
    } else {
        u.choose(&dicts)?.clone()
    };
    match u.int_in_range(0..=2u8)? {
        0 => {
            let key = g.dict_key(u)?;
            let value = g.int_expr(u, 1)?;
            g.note_dict_write(key);
            out.push(build::assign(
                build::subscript(build::name(&held), build::str_lit(key)),
                value,
            ));
        }
        1 => {
            // Re-calling `locals()` re-syncs the held dict on 2.7 and 3.12 (B01).
            out.push(build::expr_stmt(build::call_name("locals", Vec::new())));
            let label = g.label();
            let view = namespace_view(g, build::name(&held));
            out.push(build::observe(&label, view));
        }
        _ => {
            let key = g.dict_key(u)?;
            g.risky(u, out, |g, _| {
                let label = g.label();
                let value = build::subscript(build::name(&held), build::str_lit(key));
                Ok(vec![build::observe(&label, value)])
            })?;
        }
    }
    Ok(())
}

pub fn del_dict_entry(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::DelDictEntry);
    let dicts = g.own_dicts();
    // A held dict, or the namespace itself: `locals()` (a snapshot or the frame's dict),
    // `globals()`, `sys._getframe().f_locals`.
    let dict = match u.int_in_range(0..=3u8)? {
        0 if !dicts.is_empty() => build::name(u.choose(&dicts)?),
        0 | 1 => build::call_name("locals", Vec::new()),
        2 => build::call_name("globals", Vec::new()),
        _ if g.cur().kind != ScopeKind::ExecBody => frame_locals_expr(),
        _ => build::call_name("locals", Vec::new()),
    };
    let key = g.dict_key(u)?;
    // The dict may be any namespace around: the name may be gone after.
    g.forget_everywhere(key);
    g.risky(u, out, |_, _| {
        let target = build::subscript(dict, build::str_lit(key));
        Ok(vec![build::del(vec![target])])
    })
}

fn frame_locals_expr() -> Expr {
    build::attr(
        build::call(build::attr(build::name("sys"), "_getframe"), Vec::new()),
        "f_locals",
    )
}

pub fn frame_locals(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::FrameLocals);
    match u.int_in_range(0..=2u8)? {
        0 => {
            let target = if g.cur().vars.contains_key("fl") {
                g.fresh_name("fl")
            } else {
                "fl".to_string()
            };
            g.bind_local(&target, Ty::Dict);
            out.push(build::assign_name(&target, frame_locals_expr()));
        }
        1 => {
            let label = g.label();
            let view = namespace_view(g, frame_locals_expr());
            out.push(build::observe(&label, view));
        }
        _ => {
            // 3.13's proxy writes through to the fast local; 2.7 and 3.12 write a dict that
            // the next `locals()` may overwrite (B11).
            let key = g.dict_key(u)?;
            let value = g.int_expr(u, 1)?;
            g.note_dict_write(key);
            out.push(build::assign(
                build::subscript(frame_locals_expr(), build::str_lit(key)),
                value,
            ));
        }
    }
    Ok(())
}

pub fn globals(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Globals);
    let key = g.dict_key(u)?;
    let globals = build::call_name("globals", Vec::new());
    if u.ratio(1u8, 2u8)? {
        let value = g.int_expr(u, 1)?;
        g.module_mut()
            .vars
            .entry(key.to_string())
            .or_insert(Var::new(Ty::Int, State::Maybe, Binding::Phantom));
        out.push(build::assign(
            build::subscript(globals, build::str_lit(key)),
            value,
        ));
    } else {
        let label = g.label();
        let get = build::call(build::attr(globals, "get"), vec![build::str_lit(key)]);
        out.push(build::observe(&label, get));
    }
    Ok(())
}

pub fn exec_source(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::ExecSource);
    let mut bound = Default::default();
    g.risky(u, out, |g, u| {
        let (src, names) = g.exec_source(u, &Namespace::Caller)?;
        bound = names;
        let ns = g.caller_ns();
        Ok(vec![g.exec_stmt(u, build::str_lit(&src), ns)?])
    })?;
    g.add_phantoms(bound);
    Ok(())
}

pub fn bare_exec(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    let mut bound = Default::default();
    g.risky(u, out, |g, u| {
        let (src, names) = g.exec_source(u, &Namespace::Caller)?;
        bound = names;
        let body = if u.ratio(1u8, 3u8)? {
            g.note(Feature::Compile);
            compile_call(&src, CompileMode::Exec)
        } else {
            build::str_lit(&src)
        };
        Ok(vec![g.exec_stmt(u, body, NsArgs::None)?])
    })?;
    g.add_phantoms(bound);
    Ok(())
}

pub(crate) fn compile_call(src: &str, mode: CompileMode) -> Expr {
    build::call_name(
        "compile",
        vec![
            build::str_lit(src),
            build::str_lit("<gen>"),
            build::str_lit(mode.as_str()),
        ],
    )
}

pub fn exec_code(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::ExecCode);
    g.note(Feature::Compile);
    let mut bound = Default::default();
    g.risky(u, out, |g, u| {
        let (src, names) = g.exec_source(u, &Namespace::Caller)?;
        bound = names;
        let ns = g.caller_ns();
        Ok(vec![g.exec_stmt(
            u,
            compile_call(&src, CompileMode::Exec),
            ns,
        )?])
    })?;
    g.add_phantoms(bound);
    Ok(())
}

pub fn exec_dicts(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::ExecDicts);
    g.risky(u, out, |g, u| {
        let mut body = Vec::new();
        let (ns, dict) = g.namespace(u)?;
        let Some(dict) = dict else {
            // The caller's dicts, spelled out.
            let (src, _) = g.exec_source(u, &ns)?;
            let globals = build::call_name("globals", Vec::new());
            let args = if u.ratio(1u8, 3u8)? {
                NsArgs::Globals(globals)
            } else {
                NsArgs::GlobalsLocals(globals, build::call_name("locals", Vec::new()))
            };
            body.push(g.exec_stmt(u, build::str_lit(&src), args)?);
            return Ok(body);
        };
        let holder = g.fresh_name("ns");
        g.bind_local(&holder, Ty::Dict);
        body.push(build::assign_name(&holder, dict));
        let (src, _) = g.exec_source(u, &ns)?;
        let args = if u.ratio(1u8, 2u8)? {
            NsArgs::Globals(build::name(&holder))
        } else {
            // Separate globals and locals: functions defined by the code cannot see its
            // locals (A14).
            NsArgs::GlobalsLocals(build::dict(Vec::new()), build::name(&holder))
        };
        body.push(g.exec_stmt(u, build::str_lit(&src), args)?);
        // exec inserts `__builtins__` into a globals dict; drop it so the probe shows only
        // what the code did.
        let pop = build::call(
            build::attr(build::name(&holder), "pop"),
            vec![
                build::str_lit("__builtins__"),
                build::constant(crate::vm::ast::Constant::None),
            ],
        );
        body.push(build::expr_stmt(pop));
        let label = g.label();
        body.push(build::observe(&label, build::name(&holder)));
        Ok(body)
    })
}

pub fn eval(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Eval);
    g.note_exec();
    let to_var = u.ratio(1u8, 2u8)?;
    g.risky(u, out, |g, u| {
        let (ns, dict) = g.namespace(u)?;
        let src = g.eval_source(u, &ns)?;
        let mut args = vec![build::str_lit(&src)];
        match dict {
            Some(dict) => {
                g.note(Feature::ExecDicts);
                args.push(dict);
            }
            None => match u.int_in_range(0..=2u8)? {
                0 => {}
                1 => {
                    g.note(Feature::ExecDicts);
                    args.push(build::call_name("globals", Vec::new()));
                    args.push(build::call_name("locals", Vec::new()));
                }
                _ => {
                    g.note(Feature::Compile);
                    args[0] = compile_call(&src, CompileMode::Eval);
                }
            },
        }
        let value = build::call_name("eval", args);
        if to_var {
            let target = g.assign_target(u, Ty::Int)?;
            Ok(vec![build::assign_name(&target, value)])
        } else {
            let label = g.label();
            Ok(vec![build::observe(&label, value)])
        }
    })
}

pub fn compile(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    out: &mut Vec<Stmt>,
) -> arbitrary::Result<()> {
    g.note(Feature::Compile);
    // Re-running a held code object shows whether its names see the scope as it is now.
    let held = g.readable(|ty| matches!(ty, Ty::Code(_)));
    if !held.is_empty() && u.ratio(1u8, 2u8)? {
        let vis = u.choose(&held)?.clone();
        let Ty::Code(mode) = vis.var.ty else {
            return Ok(());
        };
        return g.risky(u, out, |g, u| {
            let code = g.read(&vis);
            Ok(vec![run_code(g, u, code, mode)?])
        });
    }
    let mode = *u.choose(&[CompileMode::Exec, CompileMode::Eval, CompileMode::Single])?;
    let mut bound = Default::default();
    g.risky(u, out, |g, u| {
        let src = match mode {
            CompileMode::Exec => {
                let (src, names) = g.exec_source(u, &Namespace::Caller)?;
                bound = names;
                src
            }
            CompileMode::Eval => g.eval_source(u, &Namespace::Caller)?,
            CompileMode::Single => g.single_source(u, &Namespace::Caller)?,
        };
        let holder = g.fresh_name("c");
        let mut body = vec![build::assign_name(&holder, compile_call(&src, mode))];
        g.bind_local(&holder, Ty::Code(mode));
        body.push(run_code(g, u, build::name(&holder), mode)?);
        Ok(body)
    })?;
    g.add_phantoms(bound);
    Ok(())
}

/// Runs a code object: `eval` for eval mode (observing the result), `exec` otherwise (single
/// mode prints the expression's `repr`).
fn run_code(
    g: &mut Gen<'_>,
    u: &mut Unstructured<'_>,
    code: Expr,
    mode: CompileMode,
) -> arbitrary::Result<Stmt> {
    g.note(Feature::ExecCode);
    if mode == CompileMode::Eval {
        let label = g.label();
        return Ok(build::observe(&label, build::call_name("eval", vec![code])));
    }
    let ns = g.caller_ns();
    g.exec_stmt(u, code, ns)
}
