#![no_main]
use libfuzzer_sys::{fuzz_target, Corpus};
fuzz_target!(|data: &[u8]| -> Corpus { if std::str::from_utf8(data).is_err() { return Corpus::Reject; } let _ = execdiff::oracle::parse_no_panic(&mut arbitrary::Unstructured::new(data)); Corpus::Keep });
