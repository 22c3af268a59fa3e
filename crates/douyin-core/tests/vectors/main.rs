//! One test over every known-answer vector file F2 produced (`shared/vectors/*.json`).
//!
//! Every case of every kind runs; the test fails naming each case id that mismatches, each kind
//! without a runner, and each case left unhandled (see `may_be_unhandled`).

mod kinds;

use kinds::Outcome;
use serde_json::Value;
use std::path::PathBuf;

fn vectors_dir() -> PathBuf {
    match std::env::var_os("DOUYIN_VECTORS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors"),
    }
}

/// Kinds whose capability is still being built. Every kind is handled now, so any unhandled
/// case is a failure; a new kind would be listed here while it is built.
fn may_be_unhandled(_kind: &str, _case: &Value) -> bool {
    false
}

#[test]
fn every_vector_case_matches_f2() {
    let dir = vectors_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("vector folder {} unreadable: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no vector files in {}", dir.display());

    let mut failures = Vec::new();
    let mut unhandled_ok = Vec::new();
    let mut passed = 0usize;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read vector file");
        let doc: Value = serde_json::from_str(&text).expect("vector file is JSON");
        let kind = doc["kind"]
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| file.file_stem().unwrap().to_string_lossy().into_owned());
        let Some(run) = kinds::runner(&kind) else {
            failures.push(format!("{}: unknown kind `{kind}`", file.display()));
            continue;
        };
        let cases = doc["cases"].as_array().expect("`cases` is an array");
        for case in cases {
            let id = case["id"].as_str().unwrap_or("<no id>");
            match run(case) {
                Outcome::Pass => passed += 1,
                Outcome::Fail(why) => failures.push(format!("{id}: {why}")),
                Outcome::NotHandled(why) if may_be_unhandled(&kind, case) => {
                    unhandled_ok.push(format!("{id} ({why})"))
                }
                Outcome::NotHandled(why) => failures.push(format!("{id}: not handled: {why}")),
            }
        }
    }
    println!(
        "vectors: {passed} passed, {} not yet handled:",
        unhandled_ok.len()
    );
    for u in &unhandled_ok {
        println!("  not yet handled: {u}");
    }
    assert!(
        failures.is_empty(),
        "{} vector case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
