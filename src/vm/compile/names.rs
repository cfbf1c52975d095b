//! Names and closures: the name-operation family of each name (`compiler_nameop`), the
//! cell and free slots a closure is built from (`compiler_make_closure`, `get_ref_type`),
//! and the function and class definitions that make them. Split from `compile.rs` by
//! concern; it reads symbols only through `Compiler::symbol`, which sees the symbols an
//! inlined comprehension being compiled put in place (`comp.rs`).

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn nameop(&mut self, name: &str, ctx: Ctx, line: u32) -> CResult<()> {
        let block = self.u().block;
        let optimized = self.u().optimized;
        // `compiler_nameop` reads `u_ste->ste_symbols`, where an inlined comprehension being
        // compiled has put its own symbols (`symbol`).
        let scope = self.symbol(name).1;
        let hidden_fast = self.u().fast_hidden.iter().any(|h| h == name);
        let in_inline = self.u().in_inlined_comp > 0;
        enum Family {
            Fast,
            Name,
            Global,
            Deref,
        }
        let function_like = block == BlockKind::Function;
        let fam = match scope {
            Some(SymScope::Free) | Some(SymScope::Cell) => Family::Deref,
            Some(SymScope::Local) if function_like || hidden_fast => Family::Fast,
            Some(SymScope::GlobalImplicit) if function_like && optimized => Family::Global,
            Some(SymScope::GlobalExplicit) => Family::Global,
            _ => Family::Name,
        };
        match fam {
            Family::Fast => {
                let i = self.var_idx(name);
                self.emit(match ctx {
                    Ctx::Load => Op::LoadFast(i),
                    Ctx::Store => Op::StoreFast(i),
                    Ctx::Del => Op::DeleteFast(i),
                });
            }
            Family::Name => {
                let i = self.name_idx(name);
                self.emit(match ctx {
                    // 3.12 `compiler_nameop`: a class body's inlined comprehension reads
                    // names with LOAD_GLOBAL.
                    Ctx::Load if block == BlockKind::Class && in_inline => Op::LoadGlobal(i),
                    Ctx::Load => Op::LoadName(i),
                    Ctx::Store => Op::StoreName(i),
                    Ctx::Del => Op::DeleteName(i),
                });
            }
            Family::Global => {
                let i = self.name_idx(name);
                if ctx == Ctx::Del && scope == Some(SymScope::GlobalImplicit) {
                    // The symbol table makes every `del` target local: never taken.
                    sites::hit(Site::DelOfImplicitGlobal);
                }
                self.emit(match ctx {
                    Ctx::Load => Op::LoadGlobal(i),
                    Ctx::Store => Op::StoreGlobal(i),
                    Ctx::Del => Op::DeleteGlobal(i),
                });
            }
            Family::Deref => {
                let Some(i) = self.deref_idx(name, scope == Some(SymScope::Free)) else {
                    // The symbol table made the name a cell or free variable of this unit,
                    // so `compiler_enter_scope` gave it a slot: none here is a VM bug.
                    return Err(CompileError::Internal(format!(
                        "no cell or free slot for '{name}' in {}",
                        self.u().name
                    )));
                };
                match ctx {
                    // `LOAD_FROM_DICT_OR_DEREF` is for the class body's own code; its inlined
                    // comprehensions read the cell (`u_in_inlined_comp`).
                    Ctx::Load
                        if block == BlockKind::Class
                            && self.sem.class_deref_checks_namespace
                            && !in_inline =>
                    {
                        self.emit(Op::LoadClassDeref(i));
                    }
                    Ctx::Load => {
                        self.emit(Op::LoadDeref(i));
                    }
                    Ctx::Store => {
                        self.emit(Op::StoreDeref(i));
                    }
                    Ctx::Del => {
                        if !self.sem.can_delete_deref {
                            let _ = line;
                            return Err(CompileError::Syntax {
                                message: format!(
                                    "can not delete variable '{name}' referenced in nested scope"
                                ),
                                line: None,
                            });
                        }
                        if scope == Some(SymScope::Free)
                            && self.symbol(name).0 & symtable::DEF_NONLOCAL == 0
                        {
                            // The symbol table makes a `del` target local unless `nonlocal`
                            // says otherwise: never taken.
                            sites::hit(Site::DelOfUndeclaredFree);
                        }
                        self.emit(Op::DeleteDeref(i));
                    }
                }
            }
        }
        Ok(())
    }

    pub(super) fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match u.kind {
            CodeKind::Module | CodeKind::Eval | CodeKind::Interactive => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    pub(super) fn function(
        &mut self,
        key: ScopeKey,
        name: &str,
        args: &'a Arguments,
        body: FuncBody<'a>,
        line: u32,
    ) -> CResult<()> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        let mut has_kw = false;
        let kwd: Vec<(&String, &Expr)> = args
            .kwonly
            .iter()
            .filter_map(|(n, d)| d.as_ref().map(|d| (n, d)))
            .collect();
        if !kwd.is_empty() {
            has_kw = true;
            for (n, d) in &kwd {
                let k = self.const_str(n);
                self.emit(Op::LoadConst(k));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kwd.len() as u32));
        }
        let qualname = self.qualname_for(name);
        self.push_unit(key, CodeKind::Function, name, &qualname, line);
        {
            let u = self.u();
            u.argcount = args.args.len() as u32;
            u.kwonly = args.kwonly.len() as u32;
        }
        match body {
            FuncBody::Stmts(stmts) => {
                if let Some(doc) = docstring(stmts) {
                    let k = self.const_str(&doc);
                    debug_assert_eq!(k, 0);
                } else {
                    self.load_none_const_first();
                }
                self.body(stmts)?;
                self.load_none();
                self.emit(Op::Return);
            }
            FuncBody::Expr(e) => {
                self.load_none_const_first();
                self.expr(e)?;
                self.emit(Op::Return);
            }
        }
        let code = self.pop_unit();
        self.make_closure(code, args.defaults.len() as u32, has_kw)?;
        Ok(())
    }

    /// Reserves const 0 as the docstring slot (None when there is none).
    fn load_none_const_first(&mut self) {
        self.add_const(Rc::new(PyObj::None));
    }

    pub(super) fn make_closure(
        &mut self,
        code: Rc<Code>,
        ndefaults: u32,
        kwdefaults: bool,
    ) -> CResult<()> {
        let closure = !code.freevars.is_empty();
        if closure {
            for fv in code.freevars.clone() {
                let reftype = self.ref_type(&fv)?;
                // `compiler_make_closure`: a CELL reference is looked up among the unit's
                // cell variables, anything else among its free variables.
                let u = self.units.last().expect("unit");
                let slot = if reftype == SymScope::Cell {
                    u.cellvars.iter().position(|n| *n == fv)
                } else {
                    u.freevars
                        .iter()
                        .position(|n| *n == fv)
                        .map(|i| i + u.cellvars.len())
                };
                let Some(i) = slot else {
                    let names: Vec<String> =
                        code.freevars.iter().map(|n| format!("'{n}'")).collect();
                    let tuple = if names.len() == 1 {
                        format!("({},)", names[0])
                    } else {
                        format!("({})", names.join(", "))
                    };
                    return Err(CompileError::System {
                        message: format!(
                            "compiler_lookup_arg(name='{fv}') with reftype={} failed in {}; freevars of code {}: {tuple}",
                            scope_number(reftype),
                            u.name,
                            code.name
                        ),
                    });
                };
                self.emit(Op::LoadClosure(i as u32));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
        }
        let k = self.add_const(code.object());
        self.emit(Op::MakeFunction {
            code: k,
            ndefaults,
            kwdefaults,
            closure,
        });
        Ok(())
    }

    /// `get_ref_type`: how the current unit refers to a child's free variable `name`. A
    /// class's `__class__` is its cell; otherwise the name's scope in the unit, which must
    /// have one (CPython's `SystemError` when it has none: its text holds the symbol table
    /// entry's address, which no other run reproduces).
    fn ref_type(&self, name: &str) -> CResult<SymScope> {
        let u = self.units.last().expect("unit");
        if u.block == BlockKind::Class && name == "__class__" {
            return Ok(SymScope::Cell);
        }
        match self.symbol(name).1 {
            Some(sc) => Ok(sc),
            None => Err(CompileError::System {
                message: format!(
                    "_PyST_GetScope(name='{name}') failed: unknown scope in unit {}",
                    u.name
                ),
            }),
        }
    }

    pub(super) fn class(&mut self, cd: &'a crate::vm::ast::ClassDef, line: u32) -> CResult<()> {
        for d in &cd.decorators {
            self.expr(d)?;
        }
        let key = symtable::key_of(cd);
        let qualname = self.qualname_for(&cd.name);
        self.push_unit(key, CodeKind::Class, &cd.name, &qualname, line);
        let n = self.name_idx("__name__");
        self.emit(Op::LoadName(n));
        let m = self.name_idx("__module__");
        self.emit(Op::StoreName(m));
        if self.sem.has_qualname && !planted!(ClassNamespaceLacksQualname) {
            sites::hit(Site::ClassQualnameStored);
            let k = self.const_str(&qualname);
            self.emit(Op::LoadConst(k));
            let q = self.name_idx("__qualname__");
            self.emit(Op::StoreName(q));
        } else {
            sites::hit(Site::ClassQualnameAbsent);
        }
        if self.sem.class_firstlineno {
            let k = self.add_const(PyObj::new_int(line));
            self.emit(Op::LoadConst(k));
            let q = self.name_idx("__firstlineno__");
            self.emit(Op::StoreName(q));
        }
        if let Some(doc) = docstring(&cd.body) {
            let k = self.const_str(&doc);
            self.emit(Op::LoadConst(k));
            let d = self.name_idx("__doc__");
            self.emit(Op::StoreName(d));
        }
        self.body(&cd.body)?;
        if self.sem.class_static_attributes {
            let mut names = std::mem::take(&mut self.u().static_attrs);
            names.sort();
            names.dedup();
            let t = PyObj::new_tuple(names.iter().map(|n| PyObj::new_str(n)).collect());
            let k = self.add_const(t);
            self.emit(Op::LoadConst(k));
            let q = self.name_idx("__static_attributes__");
            self.emit(Op::StoreName(q));
        }
        if self.scope(key).needs_class_closure {
            self.emit(Op::StoreClassCell(0));
        }
        self.emit(Op::LoadLocals);
        self.emit(Op::Return);
        let code = self.pop_unit();
        self.make_closure(code, 0, false)?;
        for b in &cd.bases {
            self.expr(b)?;
        }
        self.emit(Op::BuildTuple(cd.bases.len() as u32));
        let kws: Vec<_> = cd.keywords.iter().filter(|k| k.arg.is_some()).collect();
        for k in &kws {
            let c = self.const_str(k.arg.as_deref().unwrap_or(""));
            self.emit(Op::LoadConst(c));
            self.expr(&k.value)?;
        }
        self.emit(Op::BuildMap(kws.len() as u32));
        let ni = self.const_str(&cd.name);
        self.emit(Op::BuildClass(ni));
        for _ in &cd.decorators {
            self.emit(Op::Call {
                nargs: 1,
                kwnames: u32::MAX,
            });
        }
        self.nameop(&cd.name, Ctx::Store, line)
    }
}

/// CPython's number for a scope (`LOCAL` 1 ... `CELL` 5, `Include/internal/pycore_symtable.h`),
/// as its compiler's error messages print it.
fn scope_number(scope: SymScope) -> u32 {
    match scope {
        SymScope::Local => 1,
        SymScope::GlobalExplicit => 2,
        SymScope::GlobalImplicit => 3,
        SymScope::Free => 4,
        SymScope::Cell => 5,
    }
}
