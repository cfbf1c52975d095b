//! The in-house Python VM: one implementation that emulates CPython 2.7, 3.12 and 3.13.
//!
//! It depends on `version` and `observe` only; it must never import harness code.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod printer;
