#![no_main]
use libfuzzer_sys::fuzz_target;
fuzz_target!(|data: &[u8]| { let _ = execdiff::oracle::differential(&mut arbitrary::Unstructured::new(data)); });
