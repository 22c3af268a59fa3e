//! Two readings of one scripted list: F2's loop as http.md §9 describes it, and our list
//! contract, which is F2's loop with the [`RULES`] below. The F2 reading must reproduce F2's own
//! log for every case (so the rows of §9 are read right); our streams must then produce the
//! contract's log exactly. No rule names a case: each applies to every answer of its shape.

use super::handlers::{profile_request, Advance, Handler, Shape, State};
use serde_json::{json, Value};

/// Where our lists deliberately differ from F2, each with the spec line that justifies it.
pub const RULES: &[(&str, &str)] = &[
    (
        "has_more-ends-the-list",
        "A page whose has_more is falsy ends every list, after it is handed out. F2's post, like \
         and feed loops ask once more (http.md §9 row posts (c), §15.5: 'one extra request that \
         returns an empty page'): better than F2, no wasted request. F2's friend feed checks \
         has_more before handing the page out and drops it (§9 friend row, §15.5: a lost page, an \
         F2 bug): we hand it out.",
    ),
    (
        "no-pause-after-the-last-page",
        "No pause after the page that ends the list (§9: 'No sleep after the page that ends the \
         loop' is F2's intent; its loops sleep before re-checking max_counts): better than F2.",
    ),
    (
        "empty-pages-are-not-handed-out",
        "A page without items is not handed out (F2 hands out empty pages everywhere but in the \
         collect-folder videos, §9): nothing to download from it, and the caller counts pages.",
    ),
    (
        "interval-stops-before-older-pages",
        "With an interval, the list stops as soon as the next cursor is older than its start \
         (§9 'Interval': F2 compares the cursor it just requested and fetches one page of older \
         posts that its date filter then discards): better than F2, no wasted request.",
    ),
    (
        "likes-without-profile",
        "Listing likes sends no profile request afterwards (F2 fetches the profile only for a \
         notification nickname, §9 likes row): not part of the list.",
    ),
    (
        "replies-page-on",
        "Comment replies page on while has_more is truthy, like comments (§9: F2 HEAD crashes \
         with AttributeError there, so only the first page is ever returned: an F2 bug).",
    ),
    (
        "stuck-cursor-stops",
        "An answer that does not move the request (same cursor, same ids, or none given) ends the \
         list: asking again repeats the page (§9 friend row: F2's empty friend page is asked \
         again unchanged, 'potential endless loop'). An empty friend page moves to the cursor and \
         level it names (the fields §9 says carry the position), without a pause, as F2 does not \
         pause there either.",
    ),
    (
        "empty-pages-in-a-row-stop",
        "Five empty pages in a row end the list even if has_more says otherwise (peers-and-users \
         (b) 4: request frequency gets accounts banned; F2 would go on as long as the cursor \
         moves).",
    ),
    (
        "refusals-are-errors",
        "A non-zero status_code ends the list with a classified error: 8 and 2483 (请先登录) are \
         LoginRequired, any other code ApiRefused (§12: F2 ignores status_code on lists and stops \
         silently on the friend feed; peers-and-users (b) 1: tell 'log in' apart from other \
         causes instead of an empty result).",
    ),
    (
        "empty-answer-is-an-error",
        "An empty object answer `{}` (F2's failure marker, §2.4: every HEAD failure becomes `{}`) \
         ends the list with EmptyResponse (§12: F2 ends the loop as if the list were complete, \
         and its post loop then crashes with UnboundLocalError; peers-and-users (b) 1 and 3: \
         silent empty answers and silently truncated lists are the top complaints).",
    ),
    (
        "no-items-is-an-empty-list",
        "A post list whose pages hold no items (a user without posts) is an empty list, not an \
         error (§9 'Other handler facts': F2 raises UnboundLocalError at the end).",
    ),
    (
        "remainder-everywhere",
        "The last request asks only for the remainder under max_counts on every list (§9 \
         general pattern; F2's collect-folder loop always asks page_counts).",
    ),
    (
        "missing-search-id-kept",
        "A search answer without log_pb.impr_id keeps the previous search_id (F2 sends \
         str(None), the text `None`, §9 search row).",
    ),
];

/// Requests after which a loop is cut off (F2's friend feed can loop forever, §9).
const MAX_REQUESTS: usize = 200;

/// Empty pages in a row that end our lists.
const EMPTY_PAGES_IN_A_ROW: u32 = 5;

/// One scripted case: the handler's arguments and the answers in order.
pub struct Input<'a> {
    pub args: &'a Value,
    pub answers: &'a [Value],
    pub after: &'a Value,
    /// Seconds F2 sleeps between pages (its `timeout`; 5 when absent, §9).
    pub delay: u64,
    pub max_counts: Option<u64>,
    pub page: u64,
}

impl Input<'_> {
    fn answer(&self, n: usize) -> &Value {
        self.answers.get(n).unwrap_or(self.after)
    }
}

/// A log of request / sleep / yield events and how the run ended.
#[derive(Default)]
pub struct Sim {
    pub events: Vec<Value>,
    /// F2: the exception type; ours: the error kind.
    pub error: Option<String>,
}

impl Sim {
    fn push(&mut self, event: &str) {
        self.events.push(json!({ "event": event }));
    }

    fn sleep(&mut self, seconds: u64) {
        self.events
            .push(json!({"event": "sleep", "seconds": seconds}));
    }

    pub fn pages(&self) -> usize {
        self.events.iter().filter(|e| e["event"] == "yield").count()
    }
}

/// Python's truth value, as F2's `if not has_more` applies it.
fn py_truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// `has_more` as our lists read it: a number, a bool, or a number written as text.
fn our_truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !matches!(s.trim(), "" | "0" | "false" | "False"),
        _ => false,
    }
}

fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn items<'a>(answer: &'a Value, h: &Handler) -> &'a [Value] {
    answer[h.items].as_array().map_or(&[], Vec::as_slice)
}

fn ids(answer: &Value, h: &Handler) -> Vec<String> {
    items(answer, h)
        .iter()
        .filter_map(|item| item.pointer(h.id).and_then(id_text))
        .collect()
}

/// Moves `state` by `answer` as §9's "next-cursor source" says; `f2` selects F2's reading of a
/// missing impression id (`str(None)`) and of an empty related page (an empty id list).
fn advance(state: &mut State, answer: &Value, how: Advance, page_ids: Vec<String>, f2: bool) {
    let set = |field: &mut i64, key: &str| {
        if let Some(v) = int(&answer[key]) {
            *field = v;
        }
    };
    match how {
        Advance::MaxCursor => set(&mut state.cursor, "max_cursor"),
        Advance::Cursor => set(&mut state.cursor, "cursor"),
        Advance::Ids => {
            if f2 || !page_ids.is_empty() {
                state.filter_gids = page_ids;
            }
        }
        Advance::Friend => {
            set(&mut state.cursor, "cursor");
            set(&mut state.level, "level");
            set(&mut state.pull_type, "level");
        }
        Advance::Offset => set(&mut state.offset, "offset"),
        Advance::RecentFirst => set(&mut state.max_time, "min_time"),
        Advance::OldestFirst => set(&mut state.min_time, "max_time"),
        Advance::OffsetAndMaxTime => {
            set(&mut state.offset, "offset");
            set(&mut state.max_time, "min_time");
        }
        Advance::Search => {
            set(&mut state.offset, "cursor");
            match id_text(&answer["log_pb"]["impr_id"]) {
                Some(id) => state.search_id = id,
                None if f2 => state.search_id = "None".into(),
                None => {}
            }
        }
    }
}

fn count(input: &Input, collected: u64, remainder: bool) -> i64 {
    let n = match input.max_counts {
        Some(max) if remainder => input.page.min(max.saturating_sub(collected)),
        _ => input.page,
    };
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// F2's loop for `h` over the script (http.md §9).
pub fn f2(h: &Handler, input: &Input) -> Sim {
    let mut sim = Sim::default();
    let mut state = (h.start)(input.args);
    let how = (h.advance)(input.args);
    let mut collected = 0u64;
    let mut had_items = false;
    let full = |collected: u64| input.max_counts.is_some_and(|m| collected >= m);
    for n in 0..MAX_REQUESTS {
        if full(collected) {
            break;
        }
        let fixed = matches!(
            h.shape,
            Shape::Plain {
                fixed_count: true,
                ..
            }
        );
        let requested = state.cursor;
        sim.events
            .push((h.request)(&state, input.args, count(input, collected, !fixed)).event());
        let answer = input.answer(n);
        let got = items(answer, h).len() as u64;
        let more = py_truthy(&answer["has_more"]);
        match h.shape {
            Shape::PostLike { interval, .. } => {
                sim.push("yield");
                had_items |= got > 0;
                let min = int(&input.args["min_cursor"]).unwrap_or(0);
                if interval && requested < min {
                    break;
                }
                if got == 0 {
                    if !more {
                        break;
                    }
                    advance(&mut state, answer, how, Vec::new(), true);
                    continue;
                }
                collected += got;
                advance(&mut state, answer, how, Vec::new(), true);
                sim.sleep(input.delay);
            }
            Shape::Plain {
                yields_empty,
                fails_on_more,
                ..
            } => {
                if yields_empty || got > 0 {
                    sim.push("yield");
                }
                if !more {
                    break;
                }
                if fails_on_more {
                    sim.error = Some("AttributeError".into());
                    return sim;
                }
                collected += got;
                advance(&mut state, answer, how, ids(answer, h), true);
                sim.sleep(input.delay);
            }
            Shape::Friend => {
                if !more || int(&answer["status_code"]) != Some(0) {
                    break;
                }
                if got == 0 {
                    continue;
                }
                sim.push("yield");
                collected += got;
                advance(&mut state, answer, how, Vec::new(), true);
                sim.sleep(input.delay);
            }
        }
    }
    if let Shape::PostLike {
        profile_after,
        fails_without_items,
        ..
    } = h.shape
    {
        if profile_after {
            sim.events.push(profile_request(input.args).event());
        }
        if fails_without_items && !had_items {
            sim.error = Some("UnboundLocalError".into());
        }
    }
    sim
}

/// Our list contract for `h` over the script: F2's loop with [`RULES`].
pub fn ours(h: &Handler, input: &Input) -> Sim {
    let mut sim = Sim::default();
    let mut state = (h.start)(input.args);
    let how = (h.advance)(input.args);
    let mut collected = 0u64;
    let mut empty_in_a_row = 0u32;
    let full = |collected: u64| input.max_counts.is_some_and(|m| collected >= m);
    for n in 0..MAX_REQUESTS {
        // remainder-everywhere
        sim.events
            .push((h.request)(&state, input.args, count(input, collected, true)).event());
        let answer = input.answer(n);
        // empty-answer-is-an-error, refusals-are-errors
        if answer.as_object().is_some_and(|o| o.is_empty()) {
            sim.error = Some("EmptyResponse".into());
            return sim;
        }
        match int(&answer["status_code"]).unwrap_or(0) {
            0 => {}
            8 | 2483 => {
                sim.error = Some("LoginRequired".into());
                return sim;
            }
            _ => {
                sim.error = Some("ApiRefused".into());
                return sim;
            }
        }
        let got = items(answer, h).len() as u64;
        let kept = input
            .max_counts
            .map_or(got, |max| got.min(max.saturating_sub(collected)));
        collected += kept;
        empty_in_a_row = if got == 0 { empty_in_a_row + 1 } else { 0 };
        let before = state.clone();
        advance(&mut state, answer, how, ids(answer, h), false);
        let min = int(&input.args["min_cursor"]).unwrap_or(0);
        let interval = matches!(h.shape, Shape::PostLike { interval: true, .. }) && min > 0;
        let stop = full(collected)
            // has_more-ends-the-list
            || !our_truthy(&answer["has_more"])
            // interval-stops-before-older-pages
            || (interval && state.cursor < min)
            // stuck-cursor-stops
            || state == before
            // empty-pages-in-a-row-stop
            || empty_in_a_row >= EMPTY_PAGES_IN_A_ROW;
        // empty-pages-are-not-handed-out
        if kept > 0 {
            sim.push("yield");
        }
        // no-pause-after-the-last-page; likes-without-profile; replies-page-on;
        // no-items-is-an-empty-list: nothing follows the loop.
        if stop {
            break;
        }
        // F2 moves on at once after an empty post or friend page; every other list pauses.
        let at_once = got == 0 && matches!(h.shape, Shape::PostLike { .. } | Shape::Friend);
        if !at_once && input.delay > 0 {
            sim.sleep(input.delay);
        }
    }
    sim
}
