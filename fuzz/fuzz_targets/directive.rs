#![no_main]

libfuzzer_sys::fuzz_target!(|line: &str| {
    let _ = execdiff::corpus::Directive::parse(line);
});
