//! Vector kind `pagination`: drives our list stream for the case's handler with F2's scripted
//! answers and compares the request / sleep / yield log.
//!
//! Two checks per case. First, F2's loop as http.md §9 describes it ([`model::f2`]) must
//! reproduce F2's own log and outcome, so the §9 reading behind the second check is right.
//! Second, our stream must produce exactly the log of our list contract ([`model::ours`]): F2's
//! loop with the rules of [`model::RULES`], each naming the spec line that justifies it and
//! applying to every case of its shape. Errors end our log with an `error` event of the
//! classified kind.

mod handlers;
mod model;

use super::Outcome;
use douyin_core::api::{classify_json, Douyin, Fetch, ListOptions, Page};
use douyin_core::params::RequestModel;
use futures::{Stream, StreamExt};
use handlers::Request;
use model::{Input, Sim};
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Answers from the case's script, logging each request and pause as F2's log does.
pub struct Scripted {
    answers: Mutex<VecDeque<Value>>,
    after: Value,
    log: Mutex<Vec<Value>>,
}

type Api = Douyin<Scripted>;

impl Scripted {
    fn push(&self, event: Value) {
        if let Ok(mut log) = self.log.lock() {
            log.push(event);
        }
    }
}

impl Fetch for Scripted {
    fn fetch(
        &self,
        model: &(dyn RequestModel + Sync),
    ) -> impl Future<Output = Result<Value, douyin_core::Error>> + Send {
        let endpoint = model.endpoint();
        let request = Request {
            method: endpoint.method().as_str(),
            path: endpoint.path(),
            params: model
                .own_params()
                .text_pairs()
                .into_iter()
                .map(|(k, v)| (k.to_owned(), Value::String(v)))
                .collect(),
        };
        self.push(request.event());
        let answer = self
            .answers
            .lock()
            .ok()
            .and_then(|mut q| q.pop_front())
            .unwrap_or_else(|| self.after.clone());
        // The fetch contract classifies every answer, as the HTTP client does.
        std::future::ready(classify_json(endpoint, answer))
    }

    fn pause(&self, delay: Duration) -> impl Future<Output = ()> + Send {
        self.push(json!({"event": "sleep", "seconds": delay.as_secs()}));
        std::future::ready(())
    }
}

/// Consumes a stream, logging a `yield` per page; returns the error that ended it, if any.
fn drain<T, S>(stream: S, scripted: &Scripted) -> Option<douyin_core::Error>
where
    S: Stream<Item = Result<Page<T>, douyin_core::Error>>,
{
    futures::executor::block_on(async {
        let mut stream = std::pin::pin!(stream);
        while let Some(page) = stream.next().await {
            match page {
                Ok(_) => scripted.push(json!({"event": "yield"})),
                Err(e) => return Some(e),
            }
        }
        None
    })
}

fn first_difference(got: &[Value], want: &[Value]) -> String {
    let at = got
        .iter()
        .zip(want)
        .position(|(a, b)| a != b)
        .unwrap_or(got.len().min(want.len()));
    format!(
        "event {at}: got {:?}, want {:?} ({} events, want {})",
        got.get(at),
        want.get(at),
        got.len(),
        want.len()
    )
}

pub fn run(case: &Value) -> Outcome {
    match check(case) {
        Ok(()) => Outcome::Pass,
        Err(why) => Outcome::Fail(why),
    }
}

fn check(case: &Value) -> Result<(), String> {
    let name = case["handler_method"].as_str().unwrap_or_default();
    let h = handlers::handler(name).ok_or_else(|| format!("no driver for handler {name}"))?;
    let args = &case["args"];
    let input = Input {
        args,
        answers: case["scripted_responses"]
            .as_array()
            .map_or(&[], Vec::as_slice),
        after: &case["response_after_script"],
        delay: case["kwargs_timeout"].as_u64().unwrap_or(5),
        max_counts: args["max_counts"].as_u64().filter(|m| *m > 0),
        page: args[h.page_key].as_u64().unwrap_or(h.default_page),
    };

    let f2 = model::f2(h, &input);
    let f2_log = case["expected_log"]
        .as_array()
        .ok_or("case lacks expected_log")?;
    if f2.events != *f2_log {
        return Err(format!(
            "§9 reading disagrees with F2's log, {}",
            first_difference(&f2.events, f2_log)
        ));
    }
    let f2_error = case["expected_error"].as_str().map(str::to_owned);
    if f2.error != f2_error {
        return Err(format!(
            "§9 reading ends with {:?}, F2 with {f2_error:?}",
            f2.error
        ));
    }
    if let Some(pages) = case["expected_pages_yielded"].as_u64() {
        if f2.pages() as u64 != pages {
            return Err(format!(
                "§9 reading hands out {} pages, F2 {pages}",
                f2.pages()
            ));
        }
    }

    let want = model::ours(h, &input);
    let got = play(h, case, &input)?;
    if got.events != want.events {
        return Err(format!(
            "our stream differs from the contract, {}",
            first_difference(&got.events, &want.events)
        ));
    }
    if got.error != want.error {
        return Err(format!(
            "our stream ends with {:?}, the contract with {:?}",
            got.error, want.error
        ));
    }
    Ok(())
}

/// Our stream over the script: its log and the kind of the error that ended it.
fn play(h: &handlers::Handler, case: &Value, input: &Input) -> Result<Sim, String> {
    let scripted = Arc::new(Scripted {
        answers: Mutex::new(input.answers.to_vec().into()),
        after: input.after.clone(),
        log: Mutex::new(Vec::new()),
    });
    let api = Douyin::from_arc(scripted.clone());
    let options = ListOptions {
        page_counts: u32::try_from(input.page).map_err(|_| "page size too large")?,
        max_counts: input.max_counts,
        page_delay: Duration::from_secs(input.delay),
        resume: None,
    };
    let error = (h.drive)(&api, &case["args"], options, &scripted);
    let events = scripted.log.lock().map_err(|_| "log poisoned")?.clone();
    Ok(Sim {
        events,
        error: error.map(|e| format!("{:?}", e.kind())),
    })
}

/// The paged handlers of http.md §9, read from its table at test time (the first word of each
/// row, up to its argument list).
fn spec_handlers() -> Vec<String> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/http.md");
    let spec = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("spec {} unreadable: {e}", path.display()));
    let section = spec
        .split("\n## 9. Pagination")
        .nth(1)
        .and_then(|rest| rest.split("\n## 10.").next())
        .expect("http.md has a §9");
    section
        .lines()
        .filter(|line| line.starts_with("| fetch_"))
        .filter_map(|row| row.trim_start_matches("| ").split(['(', ' ']).next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_paged_handler_of_the_spec_has_a_driver() {
    let spec = spec_handlers();
    assert!(
        spec.len() >= 15,
        "only {} handlers read from §9: {spec:?}",
        spec.len()
    );
    let ours: Vec<&str> = handlers::HANDLERS.iter().map(|h| h.name).collect();
    let missing: Vec<&String> = spec
        .iter()
        .filter(|m| !ours.contains(&m.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "§9 handlers without a driver: {missing:?}"
    );
    let extra: Vec<&&str> = ours
        .iter()
        .filter(|m| !spec.iter().any(|s| s == **m))
        .collect();
    assert!(
        extra.is_empty(),
        "drivers for handlers not in §9: {extra:?}"
    );
}

#[test]
fn every_rule_names_its_justification() {
    for (name, reason) in model::RULES {
        assert!(
            reason.contains('§') || reason.contains("peers-and-users"),
            "rule {name} names no spec line"
        );
    }
}
