//! Vector kind `pagination`: drives our list stream with F2's scripted answers and compares the
//! request / sleep / yield sequence with the one F2 produced.
//!
//! Where F2 has a documented bug (http.md §9, §13, §15.5) we do it right; [`corrected`] turns
//! F2's log into the sequence we must produce, one commented edit per case, so every other
//! event still has to match F2 exactly.

use super::Outcome;
use douyin_core::api::{Douyin, Fetch, FollowSource, ListOptions, Page};
use douyin_core::params::RequestModel;
use futures::{Stream, StreamExt};
use serde_json::{json, Map, Value};
use std::collections::VecDeque;
use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

/// Answers from the case's script, logging each request and pause as F2's log does.
struct Scripted {
    answers: Mutex<VecDeque<Value>>,
    after: Value,
    log: Mutex<Vec<Value>>,
}

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
        let params: Map<String, Value> = model
            .own_params()
            .text_pairs()
            .into_iter()
            .map(|(k, v)| (k.to_owned(), Value::String(v)))
            .collect();
        self.push(json!({
            "event": "request",
            "method": endpoint.method().as_str(),
            "path": endpoint.path(),
            "params": params,
        }));
        let answer = self
            .answers
            .lock()
            .ok()
            .and_then(|mut q| q.pop_front())
            .unwrap_or_else(|| self.after.clone());
        std::future::ready(Ok(answer))
    }

    fn pause(&self, delay: Duration) -> impl Future<Output = ()> + Send {
        self.push(json!({"event": "sleep", "seconds": delay.as_secs()}));
        std::future::ready(())
    }
}

fn text(args: &Value, key: &str) -> String {
    match &args[key] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

fn options(args: &Value, page_key: &str, timeout: u64) -> ListOptions {
    ListOptions {
        page_counts: args[page_key].as_u64().unwrap_or(20) as u32,
        max_counts: args["max_counts"].as_u64(),
        page_delay: Duration::from_secs(timeout),
        resume: None,
    }
}

/// Consumes a stream, logging a `yield` per page; returns the first error, if any.
fn drain<T, S>(stream: S, scripted: &Scripted) -> Option<String>
where
    S: Stream<Item = Result<Page<T>, douyin_core::Error>>,
{
    futures::executor::block_on(async {
        let mut stream = std::pin::pin!(stream);
        while let Some(page) = stream.next().await {
            match page {
                Ok(_) => scripted.push(json!({"event": "yield"})),
                Err(e) => return Some(e.to_string()),
            }
        }
        None
    })
}

fn drive(
    case: &Value,
    api: &Douyin<std::sync::Arc<Scripted>>,
    s: &Scripted,
) -> Result<Option<String>, String> {
    let a = &case["args"];
    let t = case["kwargs_timeout"].as_u64().unwrap_or(10);
    let opts = options(a, "page_counts", t);
    Ok(match case["handler_method"].as_str().unwrap_or_default() {
        "fetch_user_post_videos" => {
            let (min, max) = (
                a["min_cursor"].as_i64().unwrap_or(0),
                a["max_cursor"].as_i64().unwrap_or(0),
            );
            let interval = (min > 0 || max > 0).then_some((min, max));
            drain(api.user_posts(&text(a, "sec_user_id"), interval, opts), s)
        }
        "fetch_user_like_videos" => drain(api.user_likes(&text(a, "sec_user_id"), opts), s),
        "fetch_user_collection_videos" => drain(api.collection(opts), s),
        "fetch_user_collects_videos" => {
            drain(api.collects_videos(&text(a, "collects_id"), opts), s)
        }
        "fetch_user_music_collection" => drain(api.music_collection(opts), s),
        "fetch_user_mix_videos" => drain(api.mix(&text(a, "mix_id"), opts), s),
        "fetch_post_comment_reply" => drain(
            api.comment_replies(&text(a, "aweme_id"), &text(a, "comment_id"), opts),
            s,
        ),
        "fetch_user_following" => {
            let source = match a["source_type"].as_i64() {
                Some(1) => FollowSource::RecentFirst,
                Some(3) => FollowSource::OldestFirst,
                _ => FollowSource::Default,
            };
            let opts = options(a, "count", t);
            drain(
                api.following(&text(a, "user_id"), &text(a, "sec_user_id"), source, opts),
                s,
            )
        }
        "fetch_user_follower" => drain(
            api.followers(
                &text(a, "user_id"),
                &text(a, "sec_user_id"),
                options(a, "count", t),
            ),
            s,
        ),
        "fetch_friend_feed_videos" => drain(api.friend_feed(opts), s),
        "fetch_home_post_search" => drain(
            api.search(&text(a, "user_id"), &text(a, "keyword"), opts),
            s,
        ),
        other => return Err(format!("no driver for handler {other}")),
    })
}

fn event(kind: &str) -> Value {
    json!({ "event": kind })
}

/// F2's log with our documented corrections applied; `None` when we match F2 exactly.
fn corrected(case: &Value, f2: &[Value]) -> Option<Vec<Value>> {
    let id = case["id"].as_str().unwrap_or_default();
    let keep = |n: usize| f2.iter().take(n).cloned().collect::<Vec<_>>();
    Some(match id {
        // F2 bug (http.md §9 row posts (c), §15.5): a page with items and has_more=0 does not
        // stop the post loop, so F2 sleeps and asks once more for an empty page. We stop after
        // the third page: F2's first 8 events (3 requests, 3 yields, 2 sleeps).
        "pagination-000" => keep(8),
        // F2 sleeps after the page that reaches max_counts although the loop then ends
        // (http.md §9: "no sleep after the page that ends the loop" is what it intends). We drop
        // the trailing sleep.
        "pagination-001" => keep(8),
        // Two differences. (1) F2 hands the caller an empty page (has_more=1, no items); we
        // never yield empty pages, so its first `yield` goes. (2) The second page has items and
        // has_more=0: F2 wastes one more request (as in 000); we stop there.
        "pagination-003" => {
            let mut log = keep(4);
            log.remove(1);
            log
        }
        // Interval paging: after the second page the next cursor (1703000000000) is already
        // older than min_cursor (1704038400000), so the third page can only hold posts outside
        // the interval; F2 compares the cursor of the request just made and fetches it anyway
        // (http.md §9 "Interval"). We stop after the second page.
        "pagination-004" => keep(5),
        // Likes: the same has_more=0 extra request as posts, and F2 then fetches the profile for
        // a notification nickname, which is not part of listing likes. We stop after page 2.
        "pagination-006" => keep(5),
        // Comment replies: F2 HEAD crashes (AttributeError) on the first page with has_more=1,
        // so only one page is ever returned (http.md §9). We continue: sleep, then ask for the
        // rest up to max_counts at the answer's cursor, and yield it.
        "pagination-013" => {
            let first = &case["scripted_responses"][0];
            let got = first["comments"].as_array().map_or(0, Vec::len) as u64;
            let max = case["args"]["max_counts"].as_u64()?;
            let mut request = f2.first()?.clone();
            request["params"]["cursor"] = Value::String(first["cursor"].to_string());
            request["params"]["count"] = Value::String((max - got).to_string());
            let mut log = keep(2);
            log.extend([
                json!({"event": "sleep", "seconds": case["kwargs_timeout"]}),
                request,
                event("yield"),
            ]);
            log
        }
        // Friend feed: F2 checks has_more before yielding, so the last page (has_more=false)
        // is fetched and dropped (http.md §9, §15.5). We yield it.
        "pagination-019" => {
            let mut log = keep(f2.len());
            log.push(event("yield"));
            log
        }
        _ => return None,
    })
}

pub fn run(case: &Value) -> Outcome {
    let scripted = std::sync::Arc::new(Scripted {
        answers: Mutex::new(
            case["scripted_responses"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into(),
        ),
        after: case["response_after_script"].clone(),
        log: Mutex::new(Vec::new()),
    });
    let api = Douyin::new(scripted.clone());
    let error = match drive(case, &api, &scripted) {
        Ok(e) => e,
        Err(why) => return Outcome::Fail(why),
    };
    if let Some(e) = error {
        return Outcome::Fail(format!("stream failed: {e}"));
    }
    let ours: Vec<Value> = match scripted.log.lock() {
        Ok(log) => log.clone(),
        Err(_) => return Outcome::Fail("log poisoned".into()),
    };
    let f2: Vec<Value> = case["expected_log"].as_array().cloned().unwrap_or_default();
    let (want, pages_want) = match corrected(case, &f2) {
        Some(log) => {
            let pages = log.iter().filter(|e| e["event"] == "yield").count() as u64;
            (log, pages)
        }
        None => {
            if case.get("expected_error").is_some() {
                return Outcome::Fail("F2 errors here but no correction is documented".into());
            }
            (f2, case["expected_pages_yielded"].as_u64().unwrap_or(0))
        }
    };
    let pages = ours.iter().filter(|e| e["event"] == "yield").count() as u64;
    if pages != pages_want {
        return Outcome::Fail(format!("pages yielded: got {pages}, want {pages_want}"));
    }
    if ours != want {
        let first = ours
            .iter()
            .zip(&want)
            .position(|(a, b)| a != b)
            .unwrap_or(ours.len().min(want.len()));
        return Outcome::Fail(format!(
            "event log differs at {first}: got {:?}, want {:?} (got {} events, want {})",
            ours.get(first),
            want.get(first),
            ours.len(),
            want.len()
        ));
    }
    Outcome::Pass
}
