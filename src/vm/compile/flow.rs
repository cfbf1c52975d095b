//! Control flow: loops with `break`/`continue`, `try`/`except`/`finally` and `with`, whose
//! pending exits are unwound at compile time (each exit runs the `finally` bodies inline).

use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn break_continue(&mut self, is_break: bool, line: u32) -> CResult<()> {
        // Find the innermost loop, unwinding everything inside it.
        let n = self.u().fblocks.len();
        let mut loop_idx = None;
        for i in (0..n).rev() {
            if matches!(
                self.u().fblocks[i],
                FBlock::While { .. } | FBlock::For { .. }
            ) {
                loop_idx = Some(i);
                break;
            }
        }
        let Some(li) = loop_idx else {
            return if is_break {
                syntax("'break' outside loop", line)
            } else {
                syntax("'continue' not properly in loop", line)
            };
        };
        let saved: Vec<FBlock<'a>> = self.u().fblocks.drain(li + 1..).collect();
        for fb in saved.iter().rev() {
            self.unwind_one(fb, false)?;
        }
        // Restore the drained blocks (compile-time only bookkeeping).
        self.u().fblocks.extend(saved);
        let is_for = matches!(self.u().fblocks[li], FBlock::For { .. });
        if is_break {
            if is_for {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            match &mut self.u().fblocks[li] {
                FBlock::While { breaks, .. } | FBlock::For { breaks, .. } => breaks.push(j),
                _ => {}
            }
        } else {
            let start = match &self.u().fblocks[li] {
                FBlock::While { start, .. } | FBlock::For { start, .. } => *start,
                _ => 0,
            };
            self.emit(Op::Jump(start as u32));
        }
        Ok(())
    }

    /// Emits the exits of every pending block (for `return`).
    pub(super) fn unwind_all(&mut self, preserve_tos: bool) -> CResult<()> {
        let saved: Vec<FBlock<'a>> = std::mem::take(&mut self.u().fblocks);
        for (i, fb) in saved.iter().enumerate().rev() {
            // While compiling a finally body inline, the blocks outside it stay active.
            let outer: Vec<FBlock<'a>> = Vec::new();
            let _ = outer;
            let _ = i;
            self.unwind_one(fb, preserve_tos)?;
        }
        self.u().fblocks = saved;
        Ok(())
    }

    pub(super) fn unwind_one(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
            }
            FBlock::Try => {
                self.emit(Op::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Op::PopBlock);
                let body: &'a [Stmt] = body;
                self.body(body)?;
            }
            FBlock::Handler(name) => {
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    if self.sem.except_target_unbound {
                        let n = n.clone();
                        self.load_none();
                        self.nameop(&n, Ctx::Store, 0)?;
                        self.nameop(&n, Ctx::Del, 0)?;
                    }
                }
            }
            FBlock::FinallyExc => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
                self.emit(Op::PopExcept);
            }
            FBlock::With => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.load_none();
                self.load_none();
                self.load_none();
                self.emit(Op::Call {
                    nargs: 3,
                    kwnames: u32::MAX,
                });
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    pub(super) fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [crate::vm::ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.u().fblocks.push(FBlock::Try);
        self.body(body)?;
        self.u().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(orelse)?;
        let mut ends = vec![self.emit(Op::Jump(0))];
        let h = self.here();
        self.patch(setup, h);
        for handler in handlers {
            self.set_line(handler.line);
            let mut next = None;
            if let Some(ty) = &handler.ty {
                self.emit(Op::Dup);
                self.expr(ty)?;
                self.emit(Op::ExcMatch);
                next = Some(self.emit(Op::PopJumpIfFalse(0)));
            }
            let name = match &handler.name {
                Some(n) => {
                    self.store(n)?;
                    match &n.kind {
                        ExprKind::Name(s) => Some(s.clone()),
                        _ => None,
                    }
                }
                None => {
                    self.emit(Op::Pop);
                    None
                }
            };
            let cleanup = name.is_some() && self.sem.except_target_unbound;
            if name.is_some() && !cleanup {
                sites::hit(Site::ExceptTargetKept);
            }
            let mut cleanup_setup = None;
            if cleanup {
                cleanup_setup = Some(self.emit(Op::SetupExcept(0)));
                self.u().fblocks.push(FBlock::Try);
            }
            self.u()
                .fblocks
                .push(FBlock::Handler(if cleanup { None } else { name.clone() }));
            self.body(&handler.body)?;
            self.u().fblocks.pop();
            if let (Some(cs), Some(n)) = (cleanup_setup, &name) {
                self.u().fblocks.pop();
                self.emit(Op::PopBlock);
                self.emit(Op::PopExcept);
                self.load_none();
                self.nameop(n, Ctx::Store, handler.line)?;
                self.nameop(n, Ctx::Del, handler.line)?;
                ends.push(self.emit(Op::Jump(0)));
                // Exception inside the handler body: unbind the name, then re-raise.
                let h = self.here();
                self.patch(cs, h);
                self.load_none();
                self.nameop(n, Ctx::Store, handler.line)?;
                self.nameop(n, Ctx::Del, handler.line)?;
                self.emit(Op::Reraise);
            } else {
                self.emit(Op::PopExcept);
                ends.push(self.emit(Op::Jump(0)));
            }
            if let Some(nx) = next {
                let h = self.here();
                self.patch(nx, h);
            }
        }
        self.emit(Op::Reraise);
        let end = self.here();
        for e in ends {
            self.patch(e, end);
        }
        Ok(())
    }

    pub(super) fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [crate::vm::ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.u().fblocks.push(FBlock::Finally(finalbody));
        if handlers.is_empty() {
            self.body(body)?;
            self.body(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.u().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(finalbody)?;
        let j = self.emit(Op::Jump(0));
        let h = self.here();
        self.patch(setup, h);
        self.u().fblocks.push(FBlock::FinallyExc);
        self.body(finalbody)?;
        self.u().fblocks.pop();
        self.emit(Op::Reraise);
        let end = self.here();
        self.patch(j, end);
        Ok(())
    }

    pub(super) fn with(
        &mut self,
        items: &'a [crate::vm::ast::WithItem],
        body: &'a [Stmt],
        _line: u32,
    ) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&first.context)?;
        self.emit(Op::WithEnter);
        self.emit(Op::Call {
            nargs: 0,
            kwnames: u32::MAX,
        });
        match &first.target {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.u().fblocks.push(FBlock::With);
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with(rest, body, 0)?;
        }
        self.u().fblocks.pop();
        self.emit(Op::PopBlock);
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Op::Call {
            nargs: 3,
            kwnames: u32::MAX,
        });
        self.emit(Op::Pop);
        let j = self.emit(Op::Jump(0));
        let h = self.here();
        self.patch(setup, h);
        // Stack: exit, exc.
        self.emit(Op::Dup);
        self.emit(Op::Rot3);
        self.emit(Op::ExcTriple);
        self.emit(Op::Call {
            nargs: 3,
            kwnames: u32::MAX,
        });
        let js = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        let h = self.here();
        self.patch(js, h);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        let end = self.here();
        self.patch(j, end);
        Ok(())
    }
}
