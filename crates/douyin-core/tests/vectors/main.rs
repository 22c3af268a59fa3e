//! One test over every known-answer vector file F2 produced (`shared/vectors/*.json`, or the
//! folder `DOUYIN_VECTORS_DIR` names).
//!
//! Every case of every kind runs; the test fails naming each case id that mismatches, each kind
//! without a runner, and each kind of [`kinds::KINDS`] with no case at all (a missing or empty
//! file fails rather than passing by having nothing to check). A second test proves the runners
//! generalise beyond F2's sample: it adds the cases derived from the spec (`spec_cases/`) to a
//! copy of the folder and runs the first test on it through `DOUYIN_VECTORS_DIR`.

mod kinds;

use kinds::Outcome;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn vectors_dir() -> PathBuf {
    match std::env::var_os("DOUYIN_VECTORS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors"),
    }
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("vector folder {} unreadable: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// A vector file's kind: its `kind` field, else its file name.
fn kind_of(doc: &Value, file: &Path) -> String {
    doc["kind"]
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| file.file_stem().unwrap().to_string_lossy().into_owned())
}

#[test]
fn every_vector_case_matches_f2() {
    let dir = vectors_dir();
    let files = json_files(&dir);
    assert!(!files.is_empty(), "no vector files in {}", dir.display());

    let mut failures = Vec::new();
    let mut counts: BTreeMap<String, usize> =
        kinds::KINDS.iter().map(|k| ((*k).to_owned(), 0)).collect();
    let mut passed = 0usize;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read vector file");
        let doc: Value = serde_json::from_str(&text).expect("vector file is JSON");
        let kind = kind_of(&doc, file);
        let Some(run) = kinds::runner(&kind) else {
            failures.push(format!("{}: unknown kind `{kind}`", file.display()));
            continue;
        };
        let cases = doc["cases"].as_array().expect("`cases` is an array");
        *counts.entry(kind.clone()).or_default() += cases.len();
        for case in cases {
            let id = case["id"].as_str().unwrap_or("<no id>");
            match run(case) {
                Outcome::Pass => passed += 1,
                Outcome::Fail(why) => failures.push(format!("{id}: {why}")),
            }
        }
    }
    for (kind, count) in &counts {
        println!("kind {kind}: {count} cases");
        if *count == 0 {
            failures.push(format!("kind `{kind}`: no cases in {}", dir.display()));
        }
    }
    println!("vectors: {passed} passed");
    assert!(
        failures.is_empty(),
        "{} vector case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The spec-derived case files (see `spec_cases/generate.py`).
fn spec_case_files() -> Vec<PathBuf> {
    json_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/spec_cases"))
}

fn cases_in(file: &Path) -> (String, usize) {
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).expect("read"))
        .expect("vector file is JSON");
    let count = doc["cases"].as_array().map_or(0, Vec::len);
    (kind_of(&doc, file), count)
}

#[test]
fn spec_cases_pass_through_the_runner() {
    // The nested run reads DOUYIN_VECTORS_DIR; in that run this test has nothing to add.
    if std::env::var_os("DOUYIN_VECTORS_NESTED").is_some() {
        return;
    }
    let spec = spec_case_files();
    assert!(!spec.is_empty(), "no spec-derived case files");
    let dir = std::env::temp_dir().join(format!("douyin-vectors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut want: BTreeMap<String, usize> = BTreeMap::new();
    for file in json_files(&vectors_dir()).iter().chain(&spec) {
        let (kind, count) = cases_in(file);
        assert!(count > 0, "{} has no cases", file.display());
        *want.entry(kind.clone()).or_default() += count;
        let set = if spec.contains(file) { "spec" } else { "f2" };
        let name = format!("{set}-{}", file.file_name().unwrap().to_string_lossy());
        std::fs::copy(file, dir.join(name)).expect("copy vector file");
    }
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "every_vector_case_matches_f2",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("DOUYIN_VECTORS_DIR", &dir)
        .env("DOUYIN_VECTORS_NESTED", "1")
        .output()
        .expect("run the vector test");
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the vector test failed on F2's cases plus the spec's:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (kind, count) in &want {
        let line = format!("kind {kind}: {count} cases");
        assert!(stdout.contains(&line), "expected `{line}` in:\n{stdout}");
    }
}
