//! The compiler: AST plus symbol table to [`Code`] objects.
//!
//! Name operations and closures are in `names.rs`, comprehensions in `comp.rs`, control flow
//! in `flow.rs`. It follows CPython's `Python/compile.c` where the scope semantics depend on it:
//! `compiler_nameop` chooses the name-operation family from the symbol's scope and the
//! block kind (2.7's unoptimised functions turn implicit globals into `*Name`), variables get
//! fast slots in the order the compiler first meets them, cells and free variables are sorted
//! by name (`dictbytype`), and `del` of a cell is 2.7's compile-time SyntaxError. Control flow
//! through `try`/`finally`, loops and handlers is unwound at compile time (each exit runs
//! the pending `finally` bodies inline), so the interpreter needs only exception blocks.

use std::rc::Rc;

use rustc_hash::FxHashMap as HashMap;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::version::{Semantics, Unsupported};
use crate::vm::ast::{
    Arguments, BinOp, BoolOp, Comprehension, Constant, Expr, ExprKind, FStringPart, Module, Stmt,
    StmtKind, StrKind, UnaryOp,
};
use crate::vm::bytecode::{Code, CodeKind, Future, Op};
use crate::vm::objects::{PyObj, PyRef};
use crate::vm::sites::{self, Site};
use crate::vm::symtable::{self, BlockKind, Scope, ScopeKey, SymScope, SymTable};

mod comp;
mod flow;
mod names;

/// Why compilation failed.
#[derive(Clone, Debug, PartialEq)]
pub enum CompileError {
    Syntax {
        message: String,
        line: Option<u32>,
    },
    Unsupported {
        construct: Unsupported,
        line: u32,
    },
    /// A `SystemError` that CPython's own compiler raises where its symbol table and code
    /// generator disagree (`compiler_make_closure`, `get_ref_type`); the VM reproduces it
    /// because it follows the same tables (3.12.1 fails so on some inlined comprehensions).
    System {
        message: String,
    },
    /// A broken invariant of the VM's compiler: a VM bug, never a Python exception. Runs end
    /// as a `Crash` (`Halt::Internal`).
    Internal(String),
}

type CResult<T> = Result<T, CompileError>;

/// What to compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Options for one compilation.
pub struct Options<'a> {
    pub sem: &'a Semantics,
    pub filename: &'a str,
    pub future: Future,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

enum FBlock<'a> {
    While {
        start: usize,
        breaks: Vec<usize>,
    },
    For {
        start: usize,
        breaks: Vec<usize>,
    },
    Try,
    Finally(&'a [Stmt]),
    /// Inside an except clause (its `as` name, for the 3.x cleanup).
    Handler(Option<String>),
    /// Running a `finally` body because of an exception (the exception is on the stack).
    FinallyExc,
    With,
}

struct Unit<'a> {
    key: ScopeKey,
    kind: CodeKind,
    block: BlockKind,
    optimized: bool,
    name: String,
    qualname: String,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<PyRef>,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    line: u32,
    fblocks: Vec<FBlock<'a>>,
    firstlineno: u32,
    argcount: u32,
    kwonly: u32,
    varargs: bool,
    varkw: bool,
    generator: bool,
    /// Class units: names assigned as `self.name` in nested functions (3.13).
    static_attrs: Vec<String>,
    /// How many inlined comprehensions are being compiled (`u_in_inlined_comp`).
    in_inlined_comp: u32,
    /// The symbols an inlined comprehension being compiled has put in place of the unit's
    /// own (`push_inlined_comprehension_state` writes the comprehension's symbol into
    /// `u_ste->ste_symbols`); flags and scope, `(0, None)` for a name the unit lacks.
    temp_symbols: HashMap<String, (u32, Option<SymScope>)>,
    /// Comprehension variables currently compiled as hidden fast locals (`u_fasthidden`
    /// entries that are True).
    fast_hidden: Vec<String>,
    /// Fast locals ever hidden (module and class code), for `Code::hidden`.
    hidden: Vec<String>,
}

struct Compiler<'a> {
    sem: &'a Semantics,
    table: SymTable,
    filename: Rc<str>,
    future: Future,
    units: Vec<Unit<'a>>,
    interactive: bool,
}

/// Compiles a module (or an exec'd string / `single` input).
pub fn compile_module(opts: &Options, module: &Module, mode: Mode) -> CResult<Rc<Code>> {
    let table = symtable::build(opts.sem, module).map_err(|e| CompileError::Syntax {
        message: e.message,
        line: e.line,
    })?;
    let mut future = opts.future;
    scan_future(&module.body, &mut future);
    let mut c = Compiler {
        sem: opts.sem,
        table,
        filename: Rc::from(opts.filename),
        future,
        units: Vec::new(),
        interactive: mode == Mode::Single,
    };
    let kind = if mode == Mode::Single {
        CodeKind::Interactive
    } else {
        CodeKind::Module
    };
    c.push_unit(0, kind, "<module>", "<module>", 1);
    if mode == Mode::Exec {
        if let Some(doc) = docstring(&module.body) {
            let k = c.const_str(&doc);
            c.emit(Op::LoadConst(k));
            let n = c.name_idx("__doc__");
            c.emit(Op::StoreName(n));
        }
    }
    c.body(&module.body)?;
    c.load_none();
    c.emit(Op::Return);
    Ok(c.pop_unit())
}

/// Compiles an expression for `eval`.
pub fn compile_eval(opts: &Options, expr: &Expr) -> CResult<Rc<Code>> {
    let table = symtable::build_expr(opts.sem, expr).map_err(|e| CompileError::Syntax {
        message: e.message,
        line: e.line,
    })?;
    let mut c = Compiler {
        sem: opts.sem,
        table,
        filename: Rc::from(opts.filename),
        future: opts.future,
        units: Vec::new(),
        interactive: false,
    };
    c.push_unit(0, CodeKind::Eval, "<module>", "<module>", expr.line);
    c.expr(expr)?;
    c.emit(Op::Return);
    Ok(c.pop_unit())
}

fn scan_future(body: &[Stmt], future: &mut Future) {
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                for a in names {
                    match a.name.as_str() {
                        "division" => future.division = true,
                        "print_function" => future.print_function = true,
                        "unicode_literals" => future.unicode_literals = true,
                        "absolute_import" => future.absolute_import = true,
                        _ => {}
                    }
                }
            }
            StmtKind::Expr(Expr {
                kind: ExprKind::Constant(Constant::Str { .. }),
                ..
            }) if i == 0 => {}
            _ => break,
        }
    }
}

fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str { value, .. }),
            ..
        })) => Some(value.clone()),
        _ => None,
    }
}

fn syntax<T>(message: impl Into<String>, line: u32) -> CResult<T> {
    Err(CompileError::Syntax {
        message: message.into(),
        line: Some(line),
    })
}

impl<'a> Compiler<'a> {
    fn scope(&self, key: ScopeKey) -> &Scope {
        &self.table.scopes[&key]
    }

    /// The flags and scope of `name` in the current unit as `u_ste->ste_symbols` has them
    /// now: an inlined comprehension being compiled may have replaced the unit's own.
    fn symbol(&self, name: &str) -> (u32, Option<SymScope>) {
        let u = self.units.last().expect("unit");
        if let Some(s) = u.temp_symbols.get(name) {
            return *s;
        }
        let sc = self.scope(u.key);
        (sc.flags_of(name), sc.scope_of(name))
    }

    fn push_unit(&mut self, key: ScopeKey, kind: CodeKind, name: &str, qualname: &str, line: u32) {
        let sc = self.scope(key);
        let block = sc.kind;
        let optimized = block == BlockKind::Function && sc.unoptimized == 0;
        let mut cellvars = sc.sorted_with(SymScope::Cell, symtable::DEF_COMP_CELL);
        if sc.needs_class_closure {
            cellvars.insert(0, "__class__".to_string());
        }
        let freevars = sc.sorted_with(SymScope::Free, symtable::DEF_FREE_CLASS);
        let varnames = if block == BlockKind::Function {
            sc.params.clone()
        } else {
            Vec::new()
        };
        let generator = sc.generator;
        let (varargs, varkw) = (sc.varargs, sc.varkw);
        self.units.push(Unit {
            key,
            kind,
            block,
            optimized,
            name: name.to_string(),
            qualname: qualname.to_string(),
            ops: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            line,
            fblocks: Vec::new(),
            firstlineno: line,
            argcount: 0,
            kwonly: 0,
            varargs,
            varkw,
            generator,
            static_attrs: Vec::new(),
            in_inlined_comp: 0,
            temp_symbols: HashMap::default(),
            fast_hidden: Vec::new(),
            hidden: Vec::new(),
        });
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().expect("unit stack");
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| u.varnames.iter().position(|v| v == c).map(|p| p as u32))
            .map(|p| {
                p.filter(|i| {
                    (*i as usize)
                        < (u.argcount + u.kwonly + u.varargs as u32 + u.varkw as u32) as usize
                })
            })
            .collect();
        let hidden = u.varnames.iter().map(|v| u.hidden.contains(v)).collect();
        Rc::new(Code {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            kind: u.kind,
            optimized: u.optimized,
            newlocals: u.block == BlockKind::Function,
            generator: u.generator,
            argcount: u.argcount,
            kwonlyargcount: u.kwonly,
            varargs: u.varargs,
            varkw: u.varkw,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            names: u.names,
            consts: u.consts,
            ops: u.ops,
            lines: u.lines,
            cell2arg,
            hidden,
            future: self.future,
            pyobj: Default::default(),
        })
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.u();
        u.ops.push(op);
        let line = u.line;
        u.lines.push(line);
        u.ops.len() - 1
    }

    fn here(&mut self) -> usize {
        self.u().ops.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let op = &mut self.u().ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(t),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::SetupExcept(_) => Op::SetupExcept(t),
            other => other,
        };
    }

    fn add_const(&mut self, v: PyRef) -> u32 {
        let u = self.u();
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn const_str(&mut self, s: &str) -> u32 {
        self.add_const(PyObj::new_str(s))
    }

    fn load_none(&mut self) {
        let k = self.add_const(Rc::new(PyObj::None));
        self.emit(Op::LoadConst(k));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.names.iter().position(|n| n == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        (u.names.len() - 1) as u32
    }

    /// The truth of a test the compiler decides on its own, where the version leaves out the
    /// branch not taken (`Semantics::compiler_skips_constant_tests`).
    fn constant_test(&self, test: &Expr) -> Option<bool> {
        if self.sem.compiler_skips_constant_tests {
            test.constant_truth()
        } else {
            None
        }
    }

    fn var_idx(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    /// The cells ++ frees index of `name`. A name can be both (a free variable that an
    /// inlined comprehension keeps in a cell of its own); `free` picks the free one, as
    /// CPython picks the table by the name's scope.
    fn deref_idx(&mut self, name: &str, free: bool) -> Option<u32> {
        let u = self.u();
        let cell = u.cellvars.iter().position(|n| n == name);
        let freev = u
            .freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + u.cellvars.len()) as u32);
        match (cell, free) {
            (Some(_), true) if freev.is_some() => freev,
            (Some(i), _) => Some(i as u32),
            (None, _) => freev,
        }
    }

    fn constant(&mut self, c: &Constant) -> PyRef {
        let sem = self.sem;
        Rc::new(match c {
            Constant::None => PyObj::None,
            Constant::True => PyObj::Bool(true),
            Constant::False => PyObj::Bool(false),
            Constant::Ellipsis => PyObj::Ellipsis,
            Constant::Int { value, long } => {
                if sem.has_long && (*long || value.to_i64().is_none()) {
                    PyObj::Long(value.clone())
                } else {
                    PyObj::Int(value.clone())
                }
            }
            Constant::Float(f) => PyObj::Float(*f),
            Constant::Imag(f) => PyObj::Complex(0.0, *f),
            Constant::Str { value, kind } => {
                let unicode =
                    sem.has_long && (*kind == StrKind::Unicode || self.future.unicode_literals);
                if unicode {
                    PyObj::Unicode(Rc::from(value.as_str()))
                } else {
                    PyObj::Str(Rc::from(value.as_str()))
                }
            }
            Constant::Bytes(b) => {
                if sem.has_long {
                    PyObj::Str(Rc::from(String::from_utf8_lossy(b).as_ref()))
                } else {
                    PyObj::Bytes(b.clone())
                }
            }
        })
    }

    // ----- statements -----

    fn body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn set_line(&mut self, line: u32) {
        self.u().line = line;
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.line);
        let line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr);
                } else if matches!(e.kind, ExprKind::Constant(_)) {
                    // Constant expression statements compile to nothing.
                } else {
                    self.expr(e)?;
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_continue(true, line)?,
            StmtKind::Continue => self.break_continue(false, line)?,
            StmtKind::If { test, body, orelse } if self.constant_test(test).is_some() => {
                // 2.7's `compiler_if`: only the branch a constant test takes is compiled.
                let live = if self.constant_test(test) == Some(true) {
                    body
                } else {
                    orelse
                };
                self.body(live)?;
            }
            StmtKind::While { test, orelse, .. } if self.constant_test(test) == Some(false) => {
                // 2.7's `compiler_while`: a loop that never runs is only its `else`.
                self.body(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.body(body)?;
                if orelse.is_empty() {
                    let h = self.here();
                    self.patch(jf, h);
                } else {
                    let j = self.emit(Op::Jump(0));
                    let h = self.here();
                    self.patch(jf, h);
                    self.body(orelse)?;
                    let h = self.here();
                    self.patch(j, h);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.u().fblocks.push(FBlock::While {
                    start,
                    breaks: Vec::new(),
                });
                self.body(body)?;
                self.emit(Op::Jump(start as u32));
                let Some(FBlock::While { breaks, .. }) = self.u().fblocks.pop() else {
                    unreachable!("while block")
                };
                let h = self.here();
                self.patch(jf, h);
                self.body(orelse)?;
                let end = self.here();
                for b in breaks {
                    self.patch(b, end);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.emit(Op::GetIter);
                let start = self.emit(Op::ForIter(0));
                self.store(target)?;
                self.u().fblocks.push(FBlock::For {
                    start,
                    breaks: Vec::new(),
                });
                self.body(body)?;
                self.emit(Op::Jump(start as u32));
                let Some(FBlock::For { breaks, .. }) = self.u().fblocks.pop() else {
                    unreachable!("for block")
                };
                let h = self.here();
                self.patch(start, h);
                self.body(orelse)?;
                let end = self.here();
                for b in breaks {
                    self.patch(b, end);
                }
            }
            StmtKind::With { items, body } => self.with(items, body, line)?,
            StmtKind::FunctionDef(fd) => {
                for d in &fd.decorators {
                    self.expr(d)?;
                }
                let key = symtable::key_of(&**fd);
                self.function(key, &fd.name, &fd.args, FuncBody::Stmts(&fd.body), line)?;
                for _ in &fd.decorators {
                    self.emit(Op::Call {
                        nargs: 1,
                        kwnames: u32::MAX,
                    });
                }
                self.nameop(&fd.name, Ctx::Store, line)?;
            }
            StmtKind::ClassDef(cd) => self.class(cd, line)?,
            StmtKind::Return(v) => {
                if self.u().block != BlockKind::Function {
                    return syntax("'return' outside function", line);
                }
                if v.is_some() && self.u().generator && self.sem.exec_is_statement {
                    return syntax("'return' with argument inside generator", line);
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                self.unwind_all(true)?;
                self.emit(Op::Return);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise {
                exc,
                cause,
                value,
                traceback,
            } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                    n = 2;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                    n = 3;
                }
                if let Some(t) = traceback {
                    if value.is_none() {
                        self.load_none();
                    }
                    self.expr(t)?;
                    n = 4;
                }
                self.emit(Op::Raise(n));
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let j = self.emit(Op::PopJumpIfTrue(0));
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                self.emit(Op::RaiseAssert(msg.is_some()));
                let h = self.here();
                self.patch(j, h);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = self.name_idx(&a.name);
                    let fromlist = self.add_const(Rc::new(PyObj::None));
                    self.emit(Op::ImportName {
                        name,
                        fromlist,
                        level: 0,
                    });
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let i = self.name_idx(part);
                                self.emit(Op::LoadAttr(i));
                            }
                            self.nameop(asname, Ctx::Store, line)?;
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or("").to_string();
                            self.nameop(&first, Ctx::Store, line)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                star,
                level,
            } => {
                let mname = module.clone().unwrap_or_default();
                let name = self.name_idx(&mname);
                let list: Vec<PyRef> = if *star {
                    vec![PyObj::new_str("*")]
                } else {
                    names.iter().map(|a| PyObj::new_str(&a.name)).collect()
                };
                let fromlist = self.add_const(PyObj::new_tuple(list));
                self.emit(Op::ImportName {
                    name,
                    fromlist,
                    level: *level,
                });
                if *star {
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let i = self.name_idx(&a.name);
                        self.emit(Op::ImportFrom(i));
                        let stored = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.nameop(&stored, Ctx::Store, line)?;
                    }
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Print { dest, values, nl } => match dest {
                Some(d) => {
                    self.expr(d)?;
                    for v in values {
                        self.emit(Op::Dup);
                        self.expr(v)?;
                        self.emit(Op::Rot2);
                        self.emit(Op::PrintItemTo);
                    }
                    if *nl {
                        self.emit(Op::PrintNewlineTo);
                    } else {
                        self.emit(Op::Pop);
                    }
                }
                None => {
                    for v in values {
                        self.expr(v)?;
                        self.emit(Op::PrintItem);
                    }
                    if *nl {
                        self.emit(Op::PrintNewline);
                    }
                }
            },
            StmtKind::Exec {
                body,
                globals,
                locals,
            } => {
                let (body, globals, locals) = symtable::normalize_exec(body, globals, locals);
                self.expr(body)?;
                match globals {
                    Some(g) => self.expr(g)?,
                    None => self.load_none(),
                }
                match locals {
                    Some(l) => self.expr(l)?,
                    None => self.load_none(),
                }
                self.emit(Op::ExecStmt);
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.nameop(n, Ctx::Load, target.line)?;
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.nameop(n, Ctx::Store, target.line)?;
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let i = self.name_idx(attr);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.subscript_index(index)?;
                self.emit(Op::DupTwo);
                self.emit(Op::Subscr);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => return syntax("illegal expression for augmented assignment", target.line),
        }
        Ok(())
    }

    // ----- targets -----

    fn store(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Store, t.line),
            ExprKind::Attribute { value, attr } => {
                if matches!(&value.kind, ExprKind::Name(n) if n == "self") {
                    let attr_name = attr.clone();
                    let n = self.units.len();
                    if let Some(u) = self.units[..n.saturating_sub(1)]
                        .iter_mut()
                        .rev()
                        .find(|u| u.kind == CodeKind::Class)
                    {
                        u.static_attrs.push(attr_name);
                    }
                }
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                match star {
                    Some(pos) => {
                        self.emit(Op::UnpackEx {
                            before: pos as u32,
                            after: (items.len() - pos - 1) as u32,
                        });
                    }
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(i)?,
                    }
                }
                Ok(())
            }
            _ => syntax("cannot assign to expression", t.line),
        }
    }

    fn delete(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Del, t.line),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::DeleteAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
                Ok(())
            }
            _ => syntax("cannot delete expression", t.line),
        }
    }

    fn subscript_index(&mut self, index: &'a Expr) -> CResult<()> {
        self.expr(index)
    }

    // ----- expressions -----

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        if e.line > 0 {
            self.set_line(e.line);
        }
        match &e.kind {
            ExprKind::Name(n) => self.nameop(n, Ctx::Load, e.line)?,
            ExprKind::Constant(c) => {
                let v = self.constant(c);
                let k = self.add_const(v);
                self.emit(Op::LoadConst(k));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Op::Unary(*op));
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.emit(Op::Compare(ops[0]));
                } else {
                    let mut cleanups = Vec::new();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        if i + 1 < ops.len() {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.emit(Op::Compare(*op));
                            cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Op::Compare(*op));
                        }
                    }
                    let j = self.emit(Op::Jump(0));
                    let h = self.here();
                    for c in cleanups {
                        self.patch(c, h);
                    }
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    let end = self.here();
                    self.patch(j, end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Op::Subscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_none(),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::List(items) => self.sequence(items, SeqKind::List)?,
            ExprKind::Tuple(items) => self.sequence(items, SeqKind::Tuple)?,
            ExprKind::Set(items) => self.sequence(items, SeqKind::Set)?,
            ExprKind::Dict(items) => {
                if items.iter().all(|(k, _)| k.is_some()) {
                    for (k, v) in items {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(items.len() as u32));
                } else {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in items {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictMerge);
                            }
                        }
                    }
                }
            }
            ExprKind::ListComp { elt, generators } => {
                if self.sem.listcomp_leaks {
                    self.emit(Op::BuildList(0));
                    self.inline_comp_loop(generators, 0, CompElt::List(elt))?;
                } else {
                    self.comprehension(e, "<listcomp>", generators, CompElt::List(elt))?;
                }
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, CompElt::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, CompElt::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, CompElt::Gen(elt))?
            }
            ExprKind::Lambda { args, body } => {
                let key = symtable::key_of(e);
                self.function(key, "<lambda>", args, FuncBody::Expr(body), e.line)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body)?;
                let j = self.emit(Op::Jump(0));
                let h = self.here();
                self.patch(jf, h);
                self.expr(orelse)?;
                let end = self.here();
                self.patch(j, end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.nameop(target, Ctx::Store, e.line)?;
            }
            ExprKind::Starred(_) => return syntax("can't use starred expression here", e.line),
            ExprKind::Yield(v) => {
                if self.u().block != BlockKind::Function {
                    return syntax("'yield' outside function", e.line);
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                self.emit(Op::Yield);
            }
            ExprKind::YieldFrom(v) => {
                if self.u().block != BlockKind::Function {
                    return syntax("'yield' outside function", e.line);
                }
                self.expr(v)?;
                self.emit(Op::GetIter);
                self.load_none();
                self.emit(Op::YieldFrom);
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Repr(v) => {
                self.expr(v)?;
                self.emit(Op::Repr);
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> CResult<()> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    let k = self.const_str(s);
                    self.emit(Op::LoadConst(k));
                }
                FStringPart::Field {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    let mut conv = conversion.map(|c| c as u8).unwrap_or(0);
                    if let Some(t) = debug_text {
                        let k = self.const_str(t);
                        self.emit(Op::LoadConst(k));
                        n += 1;
                        if conv == 0 && spec.is_empty() {
                            conv = b'r';
                        }
                    }
                    self.expr(value)?;
                    let has_spec = !spec.is_empty();
                    if has_spec {
                        self.fstring(spec)?;
                    }
                    self.emit(Op::FormatValue { conv, has_spec });
                }
            }
            n += 1;
        }
        if n != 1 {
            self.emit(Op::BuildString(n));
        } else if let Some(FStringPart::Literal(_)) = parts.first() {
            // A lone literal is already a str.
        }
        Ok(())
    }

    fn sequence(&mut self, items: &'a [Expr], kind: SeqKind) -> CResult<()> {
        let starred = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !starred {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                SeqKind::List => Op::BuildList(n),
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildList(0)),
        };
        for i in items {
            match &i.kind {
                ExprKind::Starred(v) => {
                    self.expr(v)?;
                    self.emit(Op::ListExtend);
                }
                _ => {
                    self.expr(i)?;
                    self.emit(match kind {
                        SeqKind::Set => Op::SetAdd(1),
                        _ => Op::ListAppend(1),
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [crate::vm::ast::Keyword],
    ) -> CResult<()> {
        self.expr(func)?;
        let complex = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if !complex {
            for a in args {
                self.expr(a)?;
            }
            let kwnames = if keywords.is_empty() {
                u32::MAX
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<PyRef> = keywords
                    .iter()
                    .map(|k| PyObj::new_str(k.arg.as_deref().unwrap_or("")))
                    .collect();
                self.add_const(PyObj::new_tuple(names))
            };
            self.emit(Op::Call {
                nargs: args.len() as u32,
                kwnames,
            });
            return Ok(());
        }
        match args {
            // A lone `f(*x)` hands `x` to the call itself, as CPython's `CALL_FUNCTION_EX`
            // does, so the call converts it (and names itself in the error).
            [Expr {
                kind: ExprKind::Starred(v),
                ..
            }] => self.expr(v)?,
            _ => {
                self.emit(Op::BuildList(0));
                for a in args {
                    match &a.kind {
                        ExprKind::Starred(v) => {
                            self.expr(v)?;
                            self.emit(Op::CallArgsExtend);
                        }
                        _ => {
                            self.expr(a)?;
                            self.emit(Op::ListAppend(1));
                        }
                    }
                }
                self.emit(Op::ListToTuple);
            }
        }
        if keywords.is_empty() {
            self.load_none();
        } else {
            self.emit(Op::BuildMap(0));
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        let c = self.const_str(name);
                        self.emit(Op::LoadConst(c));
                        self.expr(&k.value)?;
                        self.emit(Op::BuildMap(1));
                        self.emit(Op::CallKwMerge);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::CallKwMerge);
                    }
                }
            }
        }
        self.emit(Op::CallEx);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy)]
enum CompElt<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

/// Whether an int literal is a 2.7 `long` (for the parser-independent cases).
pub fn is_long_literal(v: &BigInt) -> bool {
    v.to_i64().is_none()
}

/// Unused-operator guard so the match in `expr` stays exhaustive over `UnaryOp`.
pub fn unary_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
        UnaryOp::UAdd => "+",
        UnaryOp::USub => "-",
    }
}
