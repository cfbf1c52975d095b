//! The one abstract syntax tree for both dialects (2.7 and 3.x).
//!
//! The parser produces it, the symbol table and compiler consume it, the generator builds it
//! and the printer renders it back to source for a dialect. Nodes that exist in only one
//! dialect (`Print`, `Exec`, backtick `Repr`, `Nonlocal`, f-strings, keyword-only arguments)
//! live here side by side; the parser only produces them for the dialect that has them and the
//! printer refuses to render them for the other one. Every statement and expression carries
//! the 1-based source line CPython would report for it.
//!
//! This module depends on nothing but `num-bigint`: it is plain data.

use num_bigint::BigInt;

/// An identifier as written in the source.
pub type Ident = String;

/// A whole file, or the body of an `exec`'d string.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: one target per `=`.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    Del(Vec<Expr>),
    Pass,
    Break,
    Continue,
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Global(Vec<Ident>),
    /// 3.x only.
    Nonlocal(Vec<Ident>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise`, `raise E`, `raise E from C` (3.x) and `raise E, V[, TB]` (2.7).
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
        /// 2.7's second and third operands.
        value: Option<Expr>,
        traceback: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    /// `from module import names`; `names` is empty for `import *`.
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        star: bool,
        level: u32,
    },
    /// 2.7's `print` statement: `print >>dest, a, b,` has `nl == false`.
    Print {
        dest: Option<Expr>,
        values: Vec<Expr>,
        nl: bool,
    },
    /// 2.7's `exec` statement: `exec body [in globals[, locals]]`. The tuple form
    /// `exec(code, g, l)` parses as `body` being a tuple, exactly as CPython 2.7 does, and is
    /// unpacked at run time.
    Exec {
        body: Expr,
        globals: Option<Expr>,
        locals: Option<Expr>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub ty: Option<Expr>,
    /// `except E as name` (3.x, and 2.6+) or `except E, target` (2.7; any assignable target).
    pub name: Option<Expr>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Dotted name as written: `os.path`.
    pub name: Ident,
    pub asname: Option<Ident>,
}

/// Formal parameters of a `def` or `lambda`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    pub args: Vec<Ident>,
    /// Defaults for the last `defaults.len()` of `args`.
    pub defaults: Vec<Expr>,
    pub vararg: Option<Ident>,
    /// 3.x keyword-only parameters, each with its optional default.
    pub kwonly: Vec<(Ident, Option<Expr>)>,
    pub kwarg: Option<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<Ident>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(Ident),
    Constant(Constant),
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a < b < c`: `ops.len() == comparators.len()`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// Positional arguments may include `Starred` for `*args`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// Only inside a `Subscript` index (possibly inside a `Tuple` there).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `None` as a key is a `**mapping` entry.
    Dict(Vec<(Option<Expr>, Expr)>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `x := value` (3.8+).
    NamedExpr {
        target: Ident,
        value: Box<Expr>,
    },
    Starred(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// 3.x f-string: literal text and replacement fields in order.
    FString(Vec<FStringPart>),
    /// 2.7 backticks: `` `x` `` is `repr(x)`.
    Repr(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Field {
        value: Box<Expr>,
        /// `!r`, `!s`, `!a`.
        conversion: Option<char>,
        /// The format spec, itself possibly containing nested fields.
        spec: Vec<FStringPart>,
        /// `f"{x=}"`: the expression's source text including the `=` and whitespace. The
        /// text is output before the value, which then defaults to `!r` when neither a
        /// conversion nor a spec is given (the parser leaves `conversion` as written).
        debug_text: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// `long` is 2.7's `L` suffix (or a literal too large for a machine int, which 2.7 also
    /// makes a `long`; the parser sets the flag only for the suffix).
    Int {
        value: BigInt,
        long: bool,
    },
    Float(f64),
    /// Imaginary literal `1j`: the coefficient.
    Imag(f64),
    /// A string literal, escapes decoded. A 2.7 plain (byte) string holds one `char` per
    /// byte, U+0000..=U+00FF (latin-1 mapping), so `'\xff'` is `"\u{ff}"` and a UTF-8 `'é'`
    /// in the source is the two chars `"\u{c3}\u{a9}"`, exactly the bytes 2.7 stores.
    Str {
        value: String,
        kind: StrKind,
    },
    /// `b'...'` on 3.x: the bytes.
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrKind {
    /// A plain literal: `str` (bytes in 2.7, text in 3.x).
    Plain,
    /// `u'...'`: `unicode` in 2.7, `str` in 3.x.
    Unicode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    /// `/`: true or classic division depending on dialect and `__future__.division`.
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    /// `!=`, and 2.7's `<>` (which the printer renders as `!=`).
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl Expr {
    pub fn new(kind: ExprKind, line: u32) -> Expr {
        Expr { kind, line }
    }

    /// 2.7's `expr_constant`: the truth of a test that the compiler decides without running
    /// it (a number or string literal, or `__debug__`), if it is one.
    pub fn constant_truth(&self) -> Option<bool> {
        match &self.kind {
            ExprKind::Constant(Constant::Int { value, .. }) => {
                Some(value.sign() != num_bigint::Sign::NoSign)
            }
            ExprKind::Constant(Constant::Float(f)) | ExprKind::Constant(Constant::Imag(f)) => {
                Some(*f != 0.0)
            }
            ExprKind::Constant(Constant::Str { value, .. }) => Some(!value.is_empty()),
            ExprKind::Name(n) if n == "__debug__" => Some(true),
            _ => None,
        }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, line: u32) -> Stmt {
        Stmt { kind, line }
    }
}
