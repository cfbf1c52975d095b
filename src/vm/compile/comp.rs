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
            return Err(CompileError::Internal(format!(
                "comprehension without generators at line {}",
                e.line
            )));
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

    /// PEP 709: a list/set/dict comprehension compiled into the enclosing code, as
    /// `compiler_comprehension` does when `ste_comp_inlined`: the outermost iterable first,
    /// then `push_inlined_comprehension_state`, the loops, `pop_inlined_comprehension_state`.
    fn inlined_comprehension(
        &mut self,
        key: ScopeKey,
        first: &'a Comprehension,
        generators: &'a [Comprehension],
        elt: CompElt<'a>,
    ) -> CResult<()> {
        self.expr(&first.iter)?;
        self.emit(Op::GetIter);
        let state = self.push_inlined_comprehension_state(key);
        let pushed = &state.pushed;
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
        let r = self.comp_loop(generators, 0, elt, 1, true);
        if r.is_err() {
            self.pop_inlined_comprehension_state(&state);
        }
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
        self.pop_inlined_comprehension_state(&state);
        Ok(())
    }

    /// `push_inlined_comprehension_state` (3.12.1, 3.13.0 `Python/compile.c`). For every
    /// symbol of the comprehension (its own and what nested inlined comprehensions gave it):
    /// where its scope differs from the unit's, the comprehension's symbol replaces the
    /// unit's while the comprehension is compiled (3.13 for every name not free in the
    /// comprehension, 3.12.1 only for the names it binds; in a class body, every name); a
    /// name it binds (every name, directly in a class body) is saved and cleared
    /// (`LOAD_FAST_AND_CLEAR`), made a fast local hidden from the namespace outside
    /// functions (`u_fasthidden`), and given a fresh cell if the comprehension keeps it in
    /// one (`MAKE_CELL`).
    fn push_inlined_comprehension_state(&mut self, key: ScopeKey) -> InlinedState {
        let function_like = self.u().block == BlockKind::Function;
        let in_class_block = self.u().block == BlockKind::Class && self.u().in_inlined_comp == 0;
        self.u().in_inlined_comp += 1;
        let mut state = InlinedState::default();
        let comp_symbols: Vec<(String, u32, Option<SymScope>)> = {
            let sc = self.scope(key);
            sc.names
                .iter()
                .map(|n| (n.clone(), sc.flags_of(n), sc.scope_of(n)))
                .collect()
        };
        for (k, symbol, scope) in comp_symbols {
            let outv = self.symbol(&k);
            let outsc = outv.1;
            let bound = symbol & symtable::DEF_LOCAL != 0 && symbol & symtable::DEF_NONLOCAL == 0;
            let differs =
                scope != outsc && !(scope == Some(SymScope::Cell) && outsc == Some(SymScope::Free));
            let replace = if self.sem.inlined_comp_overrides_all_names {
                (differs && scope != Some(SymScope::Free)) || in_class_block
            } else {
                (bound || in_class_block) && differs
            };
            if replace {
                state.temp_symbols.push((k.clone(), outv));
                self.u().temp_symbols.insert(k.clone(), (symbol, scope));
            }
            if !(bound || in_class_block) {
                continue;
            }
            if !function_like && !self.u().fast_hidden.contains(&k) {
                let u = self.u();
                u.fast_hidden.push(k.clone());
                if !u.hidden.contains(&k) {
                    u.hidden.push(k.clone());
                }
                state.fast_hidden.push(k.clone());
            }
            let i = self.var_idx(&k);
            self.emit(Op::LoadFastAndClear(i));
            state.pushed.push(Saved::Fast(i));
            // A variable the comprehension keeps in a cell gets a fresh cell for the
            // comprehension (`MAKE_CELL`); the enclosing cell comes back afterwards.
            if scope == Some(SymScope::Cell) {
                let outer_free = outsc == Some(SymScope::Free);
                if let Some(ci) = self.deref_idx(&k, outer_free) {
                    self.emit(Op::SwapCell(ci));
                    if outer_free {
                        // `MAKE_CELL` on the free slot: what is saved and restored is the
                        // local slot, so the free variable keeps the comprehension's cell
                        // afterwards.
                        self.emit(Op::Pop);
                    } else {
                        state.pushed.push(Saved::Cell(ci));
                    }
                }
            }
        }
        state
    }

    /// `pop_inlined_comprehension_state`: the unit's own symbols come back, and the names
    /// this comprehension hid are no longer hidden fast locals (`u_fasthidden` set to False,
    /// so the code still marks them `CO_FAST_HIDDEN`).
    fn pop_inlined_comprehension_state(&mut self, state: &InlinedState) {
        let u = self.u();
        u.in_inlined_comp -= 1;
        for (k, outv) in state.temp_symbols.iter().rev() {
            u.temp_symbols.insert(k.clone(), *outv);
        }
        u.fast_hidden.retain(|h| !state.fast_hidden.contains(h));
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

/// What `push_inlined_comprehension_state` changed, for its `pop`.
#[derive(Default)]
struct InlinedState {
    /// Saved and cleared variables, in push order.
    pushed: Vec<Saved>,
    /// The unit's symbols that the comprehension's replaced, as they were.
    temp_symbols: Vec<(String, (u32, Option<SymScope>))>,
    /// Names this comprehension made hidden fast locals.
    fast_hidden: Vec<String>,
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
