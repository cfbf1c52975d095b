//! Comprehensions: as nested functions (2.7 set/dict comprehensions and generator
//! expressions everywhere), inline in the enclosing scope (2.7 list comprehensions), and
//! inlined with saved and hidden variables (PEP 709, 3.12+).

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        generators: &'a [Comprehension],
        elt: CompElt<'a>,
    ) -> CResult<()> {
        let key = symtable::key_of(e);
        let qualname = self.qualname_for(name);
        let Some(first) = generators.first() else {
            return syntax("comprehension without generators", e.line);
        };
        if self.scope(key).inlined {
            return self.inlined_comprehension(key, first, generators, elt);
        }
        self.push_unit(key, CodeKind::Comprehension, name, &qualname, e.line);
        self.u().argcount = 1;
        match elt {
            CompElt::List(_) => {
                self.emit(Op::BuildList(0));
            }
            CompElt::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            CompElt::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            CompElt::Gen(_) => {}
        }
        let base = if matches!(elt, CompElt::Gen(_)) { 0 } else { 1 };
        let dot0 = self.var_idx(".0");
        self.emit(Op::LoadFast(dot0));
        self.comp_loop(generators, 0, elt, base, true)?;
        if base == 0 {
            self.load_none();
        }
        self.emit(Op::Return);
        let code = self.pop_unit();
        self.make_closure(code, 0, false)?;
        self.expr(&first.iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call {
            nargs: 1,
            kwnames: u32::MAX,
        });
        Ok(())
    }

    /// The loops of a comprehension. `iter_on_stack`: the first iterator is already pushed.
    fn comp_loop(
        &mut self,
        generators: &'a [Comprehension],
        idx: usize,
        elt: CompElt<'a>,
        base: u32,
        iter_on_stack: bool,
    ) -> CResult<()> {
        let g = &generators[idx];
        if !iter_on_stack {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.emit(Op::ForIter(0));
        self.store(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Op::PopJumpIfFalse(start as u32)));
        }
        if idx + 1 < generators.len() {
            self.comp_loop(generators, idx + 1, elt, base, false)?;
        } else {
            let depth = base + idx as u32 + 1;
            match elt {
                CompElt::List(v) => {
                    self.expr(v)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompElt::Set(v) => {
                    self.expr(v)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompElt::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompElt::Gen(v) => {
                    self.expr(v)?;
                    self.emit(Op::Yield);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit(Op::Jump(start as u32));
        let end = self.here();
        self.patch(start, end);
        Ok(())
    }

    /// PEP 709: a list/set/dict comprehension compiled into the enclosing code. Its bound
    /// names are saved (`LoadFastAndClear`), used as fast locals (hidden ones outside
    /// functions) and restored afterwards, also when the body raises.
    fn inlined_comprehension(
        &mut self,
        key: ScopeKey,
        first: &'a Comprehension,
        generators: &'a [Comprehension],
        elt: CompElt<'a>,
    ) -> CResult<()> {
        self.expr(&first.iter)?;
        self.emit(Op::GetIter);
        let function_like = self.u().block == BlockKind::Function;
        let names: Vec<String> = {
            let sc = self.scope(key);
            sc.names
                .iter()
                .filter(|n| {
                    let f = sc.flags_of(n);
                    f & symtable::DEF_PARAM == 0
                        && f & symtable::DEF_LOCAL != 0
                        && f & symtable::DEF_NONLOCAL == 0
                })
                .cloned()
                .collect()
        };
        let mut pushed = Vec::new();
        for n in &names {
            let i = self.var_idx(n);
            if !function_like {
                let u = self.u();
                u.fast_hidden.push(n.clone());
                if !u.hidden.contains(n) {
                    u.hidden.push(n.clone());
                }
            }
            self.emit(Op::LoadFastAndClear(i));
            pushed.push(Saved::Fast(i));
            // A variable the comprehension's closures capture gets a fresh cell for the
            // comprehension (`MAKE_CELL`); the enclosing cell comes back afterwards.
            if self.scope(key).scope_of(n) == Some(SymScope::Cell) {
                let ukey = self.u().key;
                let outer_free = self.scope(ukey).scope_of(n) == Some(SymScope::Free);
                if let Some(ci) = self.deref_idx(n, outer_free) {
                    self.emit(Op::SwapCell(ci));
                    if outer_free {
                        // 3.12 `MAKE_CELL` on the free slot: what is saved and restored is
                        // the local slot, so the free variable keeps the comprehension's
                        // cell afterwards.
                        self.emit(Op::Pop);
                    } else {
                        pushed.push(Saved::Cell(ci));
                    }
                }
            }
        }
        if !pushed.is_empty() {
            self.emit(Op::Lift(pushed.len() as u32 + 1));
        }
        match elt {
            CompElt::List(_) => self.emit(Op::BuildList(0)),
            CompElt::Set(_) => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildMap(0)),
        };
        self.emit(Op::Rot2);
        let setup = self.emit(Op::SetupExcept(0));
        self.u().inline_comps.push(key);
        let r = self.comp_loop(generators, 0, elt, 1, true);
        self.u().inline_comps.pop();
        r?;
        self.emit(Op::PopBlock);
        for saved in pushed.iter().rev() {
            self.emit(Op::Rot2);
            self.emit(saved.restore());
        }
        let j = self.emit(Op::Jump(0));
        let h = self.here();
        self.patch(setup, h);
        // Stack: saved..., container, iterator, exception.
        self.emit(Op::Rot3);
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        for saved in pushed.iter().rev() {
            self.emit(Op::Rot2);
            self.emit(saved.restore());
        }
        self.emit(Op::Reraise);
        let end = self.here();
        self.patch(j, end);
        if !function_like {
            let u = self.u();
            u.fast_hidden.retain(|h| !names.contains(h));
        }
        Ok(())
    }

    /// 2.7 list comprehension, compiled in the enclosing scope.
    pub(super) fn inline_comp_loop(
        &mut self,
        generators: &'a [Comprehension],
        idx: usize,
        elt: CompElt<'a>,
    ) -> CResult<()> {
        self.comp_loop(generators, idx, elt, 1, false)
    }
}

/// What an inlined comprehension saved on the stack for one of its variables.
#[derive(Clone, Copy)]
enum Saved {
    Fast(u32),
    Cell(u32),
}

impl Saved {
    fn restore(self) -> Op {
        match self {
            Saved::Fast(i) => Op::RestoreFast(i),
            Saved::Cell(i) => Op::RestoreCell(i),
        }
    }
}
