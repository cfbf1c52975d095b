//! The symbol table: which scope every name of every block belongs to, following CPython's
//! `Python/symtable.c` (`symtable_visit_*`, `analyze_block`, `analyze_name`,
//! `analyze_cells`, `update_symbols`, 2.7's `check_unoptimized`).
//!
//! Blocks are identified by the address of their AST node ([`ScopeKey`]); the compiler looks
//! them up the same way, so the two passes cannot drift apart in visiting order. Version
//! differences (2.7's unoptimised functions, list comprehensions without a scope, 3.x
//! `nonlocal` and its errors, the implicit `__class__` cell) come from the `Semantics` table.

// Fx hashing: these tables are keyed by short names and rebuilt for every compiled string, where
// SipHash cost more than the lookups themselves; nothing iterates them in an order that shows.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::version::Semantics;
use crate::vm::ast::{
    Arguments, Comprehension, Expr, ExprKind, FStringPart, Module, Stmt, StmtKind,
};
use crate::vm::sites::{self, Site};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
/// A comprehension's iteration variable (3.8+), which an assignment expression may not rebind.
pub const DEF_COMP_ITER: u32 = 256;
/// A variable that an inlined comprehension of this function keeps in a cell, whatever its
/// scope outside the comprehension (3.12's `DEF_COMP_CELL`): it gets a cellvar.
pub const DEF_COMP_CELL: u32 = 512;

/// 2.7 `ste_unoptimized` bits.
pub const OPT_IMPORT_STAR: u8 = 1;
pub const OPT_EXEC: u8 = 2;
pub const OPT_BARE_EXEC: u8 = 4;

/// The resolved scope of a name in a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Module,
    Class,
    Function,
}

/// Identifies a block by its AST node's address (0 for the top-level block).
pub type ScopeKey = usize;

pub fn key_of<T>(node: &T) -> ScopeKey {
    node as *const T as usize
}

/// One block's symbols after analysis.
#[derive(Debug)]
pub struct Scope {
    pub kind: BlockKind,
    pub name: String,
    pub lineno: u32,
    /// Names in first-seen order with their flags.
    pub names: Vec<String>,
    pub flags: HashMap<String, u32>,
    pub scopes: HashMap<String, SymScope>,
    /// Parameters in order.
    pub params: Vec<String>,
    pub children: Vec<ScopeKey>,
    pub nested: bool,
    pub free: bool,
    pub child_free: bool,
    pub generator: bool,
    pub unoptimized: u8,
    pub opt_lineno: u32,
    pub is_comprehension: bool,
    /// A list/set/dict comprehension inlined into its parent (PEP 709, 3.12+).
    pub inlined: bool,
    pub needs_class_closure: bool,
    pub varargs: bool,
    pub varkw: bool,
    /// Line of the first `global`/`nonlocal` statement naming each name (CPython's
    /// `ste_directives`), where analysis errors about it are reported.
    pub directives: HashMap<String, u32>,
    /// Depth of comprehension iterable expressions being visited (`ste_comp_iter_expr`).
    pub comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: BlockKind, name: &str, lineno: u32, nested: bool) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            lineno,
            names: Vec::new(),
            flags: HashMap::default(),
            scopes: HashMap::default(),
            params: Vec::new(),
            children: Vec::new(),
            nested,
            free: false,
            child_free: false,
            generator: false,
            unoptimized: 0,
            opt_lineno: 0,
            is_comprehension: false,
            inlined: false,
            needs_class_closure: false,
            varargs: false,
            varkw: false,
            directives: HashMap::default(),
            comp_iter_expr: 0,
        }
    }

    pub fn scope_of(&self, name: &str) -> Option<SymScope> {
        self.scopes.get(name).copied()
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.flags.get(name).copied().unwrap_or(0)
    }

    /// Names of the given scope, sorted (CPython's `dictbytype`).
    pub fn sorted_with(&self, scope: SymScope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .names
            .iter()
            .filter(|n| {
                self.scopes.get(*n) == Some(&scope) || (flag != 0 && self.flags_of(n) & flag != 0)
            })
            .cloned()
            .collect();
        v.sort();
        v
    }
}

/// A compile-time error found while building the table.
#[derive(Clone, Debug, PartialEq)]
pub struct SymError {
    pub message: String,
    pub line: Option<u32>,
}

/// All blocks of one compilation unit.
pub struct SymTable {
    pub scopes: HashMap<ScopeKey, Scope>,
}

struct Builder<'s> {
    sem: &'s Semantics,
    scopes: HashMap<ScopeKey, Scope>,
    stack: Vec<ScopeKey>,
    error: Option<SymError>,
}

/// What the top-level block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TopKind {
    Module,
    /// `eval` of an expression.
    Expression,
}

/// Builds and analyses the table for a module (or the body of an exec'd string).
pub fn build(sem: &Semantics, module: &Module) -> Result<SymTable, SymError> {
    let mut b = Builder::new(sem);
    for s in &module.body {
        b.visit_stmt(s);
    }
    b.finish()
}

/// Builds the table for a single expression (`eval` mode).
pub fn build_expr(sem: &Semantics, expr: &Expr) -> Result<SymTable, SymError> {
    let mut b = Builder::new(sem);
    b.visit_expr(expr);
    b.finish()
}

impl<'s> Builder<'s> {
    fn new(sem: &'s Semantics) -> Builder<'s> {
        let mut scopes = HashMap::default();
        scopes.insert(0, Scope::new(BlockKind::Module, "top", 1, false));
        Builder {
            sem,
            scopes,
            stack: vec![0],
            error: None,
        }
    }

    fn finish(mut self) -> Result<SymTable, SymError> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let mut global = HashSet::default();
        let mut free = HashSet::default();
        self.analyze_block(0, None, &mut free, &mut global)?;
        Ok(SymTable {
            scopes: self.scopes,
        })
    }

    fn cur(&mut self) -> &mut Scope {
        let k = *self.stack.last().unwrap_or(&0);
        self.scopes.get_mut(&k).expect("current scope exists")
    }

    fn err(&mut self, message: String, line: u32) {
        if self.error.is_none() {
            self.error = Some(SymError {
                message,
                line: Some(line),
            });
        }
    }

    fn add_def(&mut self, name: &str, flag: u32, line: u32) {
        let key = *self.stack.last().unwrap_or(&0);
        self.add_def_in(key, name, flag, line);
    }

    /// `symtable_add_def_helper`: adds `flag` to `name` in the block `key`.
    fn add_def_in(&mut self, key: ScopeKey, name: &str, flag: u32, line: u32) {
        let sem_py3 = self.sem.has_nonlocal;
        let cur = self.scopes.get_mut(&key).expect("scope exists");
        let old = cur.flags.get(name).copied();
        if old.is_none() {
            cur.names.push(name.to_string());
        }
        let old = old.unwrap_or(0);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            let msg = format!("duplicate argument '{name}' in function definition");
            self.err(msg, line);
            return;
        }
        let cur = self.scopes.get_mut(&key).expect("scope exists");
        cur.flags.insert(name.to_string(), old | flag);
        if flag & DEF_PARAM != 0 {
            cur.params.push(name.to_string());
        }
        if flag & DEF_GLOBAL != 0 {
            // `symtable_add_def` also records the declaration in `st_global`, the top block's
            // own symbols: a name declared global anywhere is an explicit global at module
            // level too (`LOAD_GLOBAL`/`STORE_GLOBAL` there, bypassing an exec's locals).
            let top = self.scopes.get_mut(&0).expect("top scope exists");
            let old = top.flags.get(name).copied();
            if old.is_none() {
                top.names.push(name.to_string());
            }
            top.flags
                .insert(name.to_string(), old.unwrap_or(0) | DEF_GLOBAL);
        }
        let _ = sem_py3;
    }

    fn enter(&mut self, key: ScopeKey, kind: BlockKind, name: &str, line: u32) {
        let parent = *self.stack.last().unwrap_or(&0);
        let nested = {
            let p = &self.scopes[&parent];
            p.nested || p.kind == BlockKind::Function
        };
        self.scopes
            .get_mut(&parent)
            .expect("parent scope")
            .children
            .push(key);
        // `symtable_enter_block` inherits `ste_comp_iter_expr`: a lambda in a comprehension's
        // iterable still may not hold an assignment expression.
        let mut scope = Scope::new(kind, name, line, nested);
        scope.comp_iter_expr = self.scopes[&parent].comp_iter_expr;
        self.scopes.insert(key, scope);
        self.stack.push(key);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn visit_body(&mut self, body: &[Stmt]) {
        for s in body {
            self.visit_stmt(s);
        }
    }

    fn visit_args_defaults(&mut self, args: &Arguments) {
        for d in &args.defaults {
            self.visit_expr(d);
        }
        for (_, d) in &args.kwonly {
            if let Some(d) = d {
                self.visit_expr(d);
            }
        }
    }

    fn visit_params(&mut self, args: &Arguments, line: u32) {
        for a in &args.args {
            self.add_def(a, DEF_PARAM, line);
        }
        for (k, _) in &args.kwonly {
            self.add_def(k, DEF_PARAM, line);
        }
        if let Some(v) = &args.vararg {
            self.add_def(v, DEF_PARAM, line);
            self.cur().varargs = true;
        }
        if let Some(k) = &args.kwarg {
            self.add_def(k, DEF_PARAM, line);
            self.cur().varkw = true;
        }
    }

    fn visit_stmt(&mut self, s: &Stmt) {
        let line = s.line;
        match &s.kind {
            StmtKind::Expr(e) => self.visit_expr(e),
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value);
                for t in targets {
                    self.visit_target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target);
                self.visit_expr(value);
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    if let ExprKind::Name(_) = &t.kind {
                        sites::hit(Site::SymtableDelBinds);
                        let in_function = self
                            .stack
                            .last()
                            .is_some_and(|k| self.scopes[k].kind == BlockKind::Function);
                        if in_function && planted!(DelDoesNotBind) {
                            // Recorded as a use: the name resolves as if never bound here.
                            self.visit_expr(t);
                            continue;
                        }
                    }
                    self.visit_target(t);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.visit_target(target);
                self.visit_expr(iter);
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.visit_expr(&it.context);
                    if let Some(t) = &it.target {
                        self.visit_target(t);
                    }
                }
                self.visit_body(body);
            }
            StmtKind::FunctionDef(fd) => {
                self.add_def(&fd.name, DEF_LOCAL, line);
                self.visit_args_defaults(&fd.args);
                for d in &fd.decorators {
                    self.visit_expr(d);
                }
                self.enter(key_of(&**fd), BlockKind::Function, &fd.name, line);
                self.visit_params(&fd.args, line);
                self.visit_body(&fd.body);
                self.leave();
            }
            StmtKind::ClassDef(cd) => {
                self.add_def(&cd.name, DEF_LOCAL, line);
                for b in &cd.bases {
                    self.visit_expr(b);
                }
                for k in &cd.keywords {
                    self.visit_expr(&k.value);
                }
                for d in &cd.decorators {
                    self.visit_expr(d);
                }
                self.enter(key_of(&**cd), BlockKind::Class, &cd.name, line);
                self.visit_body(&cd.body);
                self.leave();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v);
                }
            }
            StmtKind::Global(names) => self.visit_global(names, line, false),
            StmtKind::Nonlocal(names) => self.visit_global(names, line, true),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.visit_body(body);
                for h in handlers {
                    if let Some(t) = &h.ty {
                        self.visit_expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.visit_target(n);
                    }
                    self.visit_body(&h.body);
                }
                self.visit_body(orelse);
                self.visit_body(finalbody);
            }
            StmtKind::Raise {
                exc,
                cause,
                value,
                traceback,
            } => {
                for e in [exc, cause, value, traceback].into_iter().flatten() {
                    self.visit_expr(e);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test);
                if let Some(m) = msg {
                    self.visit_expr(m);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let stored = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&stored, DEF_IMPORT, line);
                }
            }
            StmtKind::ImportFrom { names, star, .. } => {
                if *star {
                    let kind = self.cur().kind;
                    if kind != BlockKind::Module {
                        if self.sem.exec_is_statement {
                            let cur = self.cur();
                            cur.unoptimized |= OPT_IMPORT_STAR;
                            if cur.opt_lineno == 0 {
                                cur.opt_lineno = line;
                            }
                        } else {
                            self.err("import * only allowed at module level".into(), line);
                        }
                    }
                } else {
                    for a in names {
                        let stored = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.add_def(&stored, DEF_IMPORT, line);
                    }
                }
            }
            StmtKind::Print { dest, values, .. } => {
                if let Some(d) = dest {
                    self.visit_expr(d);
                }
                for v in values {
                    self.visit_expr(v);
                }
            }
            StmtKind::Exec {
                body,
                globals,
                locals,
            } => {
                let (body, globals, locals) = normalize_exec(body, globals, locals);
                self.visit_expr(body);
                let cur = self.cur();
                if globals.is_some() {
                    cur.unoptimized |= OPT_EXEC;
                } else {
                    cur.unoptimized |= OPT_BARE_EXEC;
                }
                if cur.opt_lineno == 0 {
                    cur.opt_lineno = line;
                }
                if let Some(g) = globals {
                    self.visit_expr(g);
                }
                if let Some(l) = locals {
                    self.visit_expr(l);
                }
            }
        }
    }

    fn visit_global(&mut self, names: &[String], line: u32, nonlocal: bool) {
        let py3 = self.sem.has_nonlocal;
        let what = if nonlocal { "nonlocal" } else { "global" };
        for n in names {
            let cur_flags = self.cur().flags_of(n);
            if py3 && cur_flags & (DEF_PARAM | DEF_LOCAL | USE) != 0 {
                let msg = if cur_flags & DEF_PARAM != 0 {
                    format!("name '{n}' is parameter and {what}")
                } else if cur_flags & USE != 0 {
                    format!("name '{n}' is used prior to {what} declaration")
                } else {
                    format!("name '{n}' is assigned to before {what} declaration")
                };
                self.err(msg, line);
                return;
            }
            self.cur().directives.entry(n.clone()).or_insert(line);
            if nonlocal {
                // At module level the error comes from the analysis (`analyze_name`), after
                // "nonlocal and global", which a `global` elsewhere in the module can cause.
                self.add_def(n, DEF_NONLOCAL, line);
            } else {
                self.add_def(n, DEF_GLOBAL, line);
            }
        }
    }

    fn visit_comprehension_scope(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension],
        elts: &[&Expr],
        generator: bool,
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        self.visit_comp_iter(&first.iter);
        self.enter(key_of(e), BlockKind::Function, name, e.line);
        let inline = self.sem.comprehensions_inlined && !generator;
        {
            let cur = self.cur();
            cur.is_comprehension = true;
            cur.generator = generator;
            cur.inlined = inline;
        }
        self.add_def(".0", DEF_PARAM, e.line);
        self.visit_comp_target(&first.target);
        for cond in &first.ifs {
            self.visit_expr(cond);
        }
        for g in &generators[1..] {
            self.visit_comp_target(&g.target);
            self.visit_comp_iter(&g.iter);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for elt in elts {
            self.visit_expr(elt);
        }
        self.leave();
    }

    fn visit_expr(&mut self, e: &Expr) {
        let line = e.line;
        match &e.kind {
            ExprKind::Name(n) => {
                // A name is a store when visited as a target; targets are visited through
                // `visit_target` semantics below, so here we only know it is a load. The
                // compiler-facing distinction is made by `visit_store`.
                self.add_def(n, USE, line);
                if self.sem.has_nonlocal && n == "super" && self.cur().kind == BlockKind::Function {
                    self.add_def("__class__", USE, line);
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.visit_expr(v)),
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left);
                self.visit_expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left);
                comparators.iter().for_each(|c| self.visit_expr(c));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func);
                args.iter().for_each(|a| self.visit_expr(a));
                keywords.iter().for_each(|k| self.visit_expr(&k.value));
            }
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, index } => {
                self.visit_expr(value);
                self.visit_expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(x);
                }
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().for_each(|i| self.visit_expr(i))
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.visit_expr(k);
                    }
                    self.visit_expr(v);
                }
            }
            ExprKind::ListComp { elt, generators } => {
                if self.sem.listcomp_leaks {
                    for g in generators {
                        self.visit_expr(&g.iter);
                        self.visit_target(&g.target);
                        g.ifs.iter().for_each(|c| self.visit_expr(c));
                    }
                    self.visit_expr(elt);
                } else {
                    self.visit_comprehension_scope(e, "listcomp", generators, &[elt], false);
                }
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension_scope(e, "setcomp", generators, &[elt], false)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension_scope(e, "dictcomp", generators, &[key, value], false),
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension_scope(e, "genexpr", generators, &[elt], true)
            }
            ExprKind::Lambda { args, body } => {
                self.visit_args_defaults(args);
                self.enter(key_of(e), BlockKind::Function, "lambda", line);
                self.visit_params(args, line);
                self.visit_expr(body);
                self.leave();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_expr(body);
                self.visit_expr(orelse);
            }
            ExprKind::NamedExpr { target, value } => {
                // `symtable_handle_namedexpr`: the target's scope is settled before the value
                // is visited.
                if self.cur().comp_iter_expr > 0 {
                    self.err(
                        "assignment expression cannot be used in a comprehension iterable expression"
                            .into(),
                        line,
                    );
                    return;
                }
                if self.cur().is_comprehension {
                    self.extend_namedexpr_scope(target, line);
                } else {
                    self.add_def(target, DEF_LOCAL, line);
                }
                self.visit_expr(value);
            }
            ExprKind::Starred(v) | ExprKind::Repr(v) | ExprKind::YieldFrom(v) => {
                if matches!(e.kind, ExprKind::YieldFrom(_)) {
                    self.cur().generator = true;
                }
                self.visit_expr(v)
            }
            ExprKind::Yield(v) => {
                self.cur().generator = true;
                if let Some(v) = v {
                    self.visit_expr(v);
                }
            }
            ExprKind::FString(parts) => self.visit_fstring(parts),
        }
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field { value, spec, .. } = p {
                self.visit_expr(value);
                self.visit_fstring(spec);
            }
        }
    }

    /// Visits an assignment or deletion target: names in it are bound (`DEF_LOCAL`, as
    /// CPython records for Store and Del contexts); sub-expressions are loads.
    /// PEP 572's `symtable_extend_namedexpr_scope`: an assignment expression in a
    /// comprehension binds in the nearest enclosing function or module, may not rebind an
    /// iteration variable of a comprehension it passes through, and may not reach a class body.
    fn extend_namedexpr_scope(&mut self, target: &str, line: u32) {
        let cur = *self.stack.last().unwrap_or(&0);
        for idx in (0..self.stack.len()).rev() {
            let key = self.stack[idx];
            let ste = &self.scopes[&key];
            if ste.is_comprehension {
                if ste.flags_of(target) & DEF_COMP_ITER != 0 {
                    let msg = format!(
                        "assignment expression cannot rebind comprehension iteration variable '{target}'"
                    );
                    self.err(msg, line);
                    return;
                }
                continue;
            }
            match ste.kind {
                BlockKind::Function => {
                    let flag = if ste.flags_of(target) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def_in(cur, target, flag, line);
                    self.add_def_in(key, target, DEF_LOCAL, line);
                }
                BlockKind::Module => {
                    self.add_def_in(cur, target, DEF_GLOBAL, line);
                    self.add_def_in(key, target, DEF_GLOBAL, line);
                }
                BlockKind::Class => self.err(
                    "assignment expression within a comprehension cannot be used in a class body"
                        .into(),
                    line,
                ),
            }
            return;
        }
    }

    /// A comprehension's iterable, visited with `ste_comp_iter_expr` raised.
    fn visit_comp_iter(&mut self, iter: &Expr) {
        self.cur().comp_iter_expr += 1;
        self.visit_expr(iter);
        self.cur().comp_iter_expr -= 1;
    }

    /// A comprehension's target: its names are iteration variables (`DEF_COMP_ITER`).
    fn visit_comp_target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.add_def(n, DEF_LOCAL | DEF_COMP_ITER, t.line),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| self.visit_comp_target(i))
            }
            ExprKind::Starred(v) => self.visit_comp_target(v),
            _ => self.visit_expr(t),
        }
    }

    fn visit_target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.add_def(n, DEF_LOCAL, t.line),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().for_each(|i| self.visit_target(i))
            }
            ExprKind::Starred(v) => self.visit_target(v),
            _ => self.visit_expr(t),
        }
    }

    fn analyze_block(
        &mut self,
        key: ScopeKey,
        bound: Option<&HashSet<String>>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<(), SymError> {
        let kind = self.scopes[&key].kind;
        let mut local: HashSet<String> = HashSet::default();
        let mut scopes: HashMap<String, SymScope> = HashMap::default();
        let mut newglobal: HashSet<String> = HashSet::default();
        let mut newfree: HashSet<String> = HashSet::default();
        let mut newbound: HashSet<String> = HashSet::default();
        if kind == BlockKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let names = self.scopes[&key].names.clone();
        let mut bound_local = bound.cloned();
        for name in &names {
            let flags = self.scopes[&key].flags_of(name);
            self.analyze_name(
                key,
                &mut scopes,
                name,
                flags,
                bound_local.as_mut(),
                &mut local,
                free,
                global,
            )?;
        }
        if kind != BlockKind::Class {
            if kind == BlockKind::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound_local {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else if self.sem.has_nonlocal {
            newbound.insert("__class__".to_string());
        }
        let children = self.scopes[&key].children.clone();
        let mut allfree: HashSet<String> = HashSet::default();
        let mut inlined_cells: HashSet<String> = HashSet::default();
        for child in children {
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.analyze_block(child, Some(&newbound), &mut temp_free, &mut temp_global)?;
            if self.scopes[&child].inlined {
                self.inline_comprehension(
                    key,
                    child,
                    &mut scopes,
                    &mut temp_free,
                    &mut inlined_cells,
                );
            }
            allfree.extend(temp_free);
            let c = &self.scopes[&child];
            if c.free || c.child_free {
                self.scopes.get_mut(&key).expect("scope").child_free = true;
            }
        }
        newfree.extend(allfree);
        // "Splice children of inlined comprehensions into our children list": what an
        // inlined comprehension contains is nested directly in this block from now on, so an
        // enclosing comprehension's `is_free_in_any_child` sees it.
        let children = std::mem::take(&mut self.scopes.get_mut(&key).expect("scope").children);
        let mut spliced = Vec::with_capacity(children.len());
        for c in children {
            if self.scopes[&c].inlined {
                spliced.extend(self.scopes[&c].children.iter().copied());
            } else {
                spliced.push(c);
            }
        }
        self.scopes.get_mut(&key).expect("scope").children = spliced;
        if kind == BlockKind::Function {
            for (name, sc) in scopes.iter_mut() {
                if *sc == SymScope::Local
                    && (newfree.contains(name) || inlined_cells.contains(name))
                {
                    *sc = SymScope::Cell;
                    newfree.remove(name);
                }
            }
        } else if kind == BlockKind::Class && newfree.remove("__class__") {
            self.scopes
                .get_mut(&key)
                .expect("scope")
                .needs_class_closure = true;
        }
        // update_symbols
        let names = self.scopes[&key].names.clone();
        let scope = self.scopes.get_mut(&key).expect("scope");
        for name in &names {
            if let Some(sc) = scopes.get(name) {
                scope.scopes.insert(name.clone(), *sc);
            }
            if inlined_cells.contains(name) {
                let f = scope.flags_of(name);
                scope.flags.insert(name.clone(), f | DEF_COMP_CELL);
            }
        }
        let mut sorted_free: Vec<&String> = newfree.iter().collect();
        sorted_free.sort();
        for name in sorted_free {
            if scope.flags.contains_key(name) {
                let f = scope.flags_of(name);
                if kind == BlockKind::Class && f & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    scope.flags.insert(name.clone(), f | DEF_FREE_CLASS);
                }
                continue;
            }
            if let Some(b) = bound {
                if !b.contains(name) {
                    continue;
                }
            } else {
                continue;
            }
            scope.names.push(name.clone());
            scope.flags.insert(name.clone(), 0);
            scope.scopes.insert(name.clone(), SymScope::Free);
        }
        free.extend(newfree);
        if kind == BlockKind::Function && self.sem.exec_is_statement {
            self.check_unoptimized(key)?;
        }
        Ok(())
    }

    #[expect(clippy::too_many_arguments, reason = "mirrors CPython's analyze_name")]
    fn analyze_name(
        &mut self,
        key: ScopeKey,
        scopes: &mut HashMap<String, SymScope>,
        name: &str,
        flags: u32,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<(), SymError> {
        // 3.x reports at the first `global`/`nonlocal` naming it; 2.7 at the block's start.
        let directive = self.scopes[&key].directives.get(name).copied();
        let line = directive
            .filter(|_| self.sem.has_nonlocal)
            .unwrap_or(self.scopes[&key].lineno);
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(SymError {
                    message: format!("name '{name}' is nonlocal and global"),
                    line: Some(line),
                });
            }
            if !self.sem.has_nonlocal && flags & DEF_PARAM != 0 {
                return Err(SymError {
                    message: format!("name '{name}' is local and global"),
                    line: Some(line),
                });
            }
            scopes.insert(name.to_string(), SymScope::GlobalExplicit);
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(SymError {
                    message: "nonlocal declaration not allowed at module level".into(),
                    line: Some(line),
                });
            };
            if !b.contains(name) {
                return Err(SymError {
                    message: format!("no binding for nonlocal '{name}' found"),
                    line: Some(line),
                });
            }
            scopes.insert(name.to_string(), SymScope::Free);
            self.scopes.get_mut(&key).expect("scope").free = true;
            free.insert(name.to_string());
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.to_string(), SymScope::Local);
            local.insert(name.to_string());
            global.remove(name);
            return Ok(());
        }
        if let Some(b) = &bound {
            if b.contains(name) {
                scopes.insert(name.to_string(), SymScope::Free);
                self.scopes.get_mut(&key).expect("scope").free = true;
                free.insert(name.to_string());
                return Ok(());
            }
        }
        if global.contains(name) {
            scopes.insert(name.to_string(), SymScope::GlobalImplicit);
            return Ok(());
        }
        if self.scopes[&key].nested {
            self.scopes.get_mut(&key).expect("scope").free = true;
        }
        if self.scopes[&key].kind == BlockKind::Function {
            sites::hit(Site::SymtableImplicitGlobal);
        }
        scopes.insert(name.to_string(), SymScope::GlobalImplicit);
        Ok(())
    }

    /// `inline_comprehension` (3.12, 3.13): the comprehension's names join its parent's
    /// table; a name that is a cell in the comprehension, or that a comprehension inlined
    /// into it keeps in a cell (`DEF_COMP_CELL`), makes the parent keep a cell for it too.
    fn inline_comprehension(
        &mut self,
        parent: ScopeKey,
        comp: ScopeKey,
        scopes: &mut HashMap<String, SymScope>,
        comp_free: &mut HashSet<String>,
        inlined_cells: &mut HashSet<String>,
    ) {
        let comp_names = self.scopes[&comp].names.clone();
        let parent_kind = self.scopes[&parent].kind;
        let mut remove_dunder_class = false;
        for k in comp_names {
            let v = self.scopes[&comp].flags_of(&k);
            if v & DEF_PARAM != 0 {
                continue;
            }
            let Some(mut scope) = self.scopes[&comp].scope_of(&k) else {
                continue;
            };
            if scope == SymScope::Cell || v & DEF_COMP_CELL != 0 {
                inlined_cells.insert(k.clone());
            }
            let existing = self.scopes[&parent].flags.get(&k).copied();
            // 3.13: `__class__` is never free through a class scope (see `drop_class_free`):
            // a class body's comprehension reads it as a global, and the class gets no cell.
            if scope == SymScope::Free
                && parent_kind == BlockKind::Class
                && k == "__class__"
                && self.sem.inlined_comp_class_cell_is_global
            {
                scope = SymScope::GlobalImplicit;
                comp_free.remove(&k);
                remove_dunder_class = true;
            }
            match existing {
                None => {
                    let p = self.scopes.get_mut(&parent).expect("parent");
                    p.names.push(k.clone());
                    p.flags.insert(k.clone(), v);
                    scopes.insert(k.clone(), scope);
                }
                Some(flags) => {
                    if flags & DEF_BOUND != 0
                        && !self.is_free_in_any_child(comp, &k)
                        && parent_kind != BlockKind::Class
                    {
                        comp_free.remove(&k);
                    }
                }
            }
        }
        if remove_dunder_class {
            let c = self.scopes.get_mut(&comp).expect("comprehension");
            c.names.retain(|n| n != "__class__");
            c.flags.remove("__class__");
            c.scopes.remove("__class__");
        }
    }

    fn is_free_in_any_child(&self, key: ScopeKey, name: &str) -> bool {
        self.scopes[&key]
            .children
            .iter()
            .any(|c| self.scopes[c].scope_of(name) == Some(SymScope::Free))
    }

    /// 2.7's `check_unoptimized`.
    fn check_unoptimized(&self, key: ScopeKey) -> Result<(), SymError> {
        let ste = &self.scopes[&key];
        if ste.unoptimized == 0 || !(ste.free || ste.child_free) {
            return Ok(());
        }
        let trailer = if ste.child_free {
            "contains a nested function with free variables"
        } else {
            "is a nested function"
        };
        let name = &ste.name;
        let message = match ste.unoptimized {
            OPT_EXEC => return Ok(()),
            u if u == OPT_IMPORT_STAR || u == OPT_IMPORT_STAR | OPT_EXEC => {
                format!("import * is not allowed in function '{name}' because it {trailer}")
            }
            u if u == OPT_BARE_EXEC || u == OPT_BARE_EXEC | OPT_EXEC => {
                format!("unqualified exec is not allowed in function '{name}' because it {trailer}")
            }
            _ => format!(
                "function '{name}' uses import * and bare exec, which are illegal because it {trailer}"
            ),
        };
        Err(SymError {
            message,
            line: Some(ste.opt_lineno),
        })
    }
}

/// 2.7's `ast_for_exec_stmt` rewrite: `exec(code, g[, l])` is the qualified form.
pub fn normalize_exec<'a>(
    body: &'a Expr,
    globals: &'a Option<Expr>,
    locals: &'a Option<Expr>,
) -> (&'a Expr, Option<&'a Expr>, Option<&'a Expr>) {
    if globals.is_none() {
        if let ExprKind::Tuple(items) = &body.kind {
            if items.len() == 2 || items.len() == 3 {
                return (&items[0], Some(&items[1]), items.get(2));
            }
        }
    }
    (body, globals.as_ref(), locals.as_ref())
}
