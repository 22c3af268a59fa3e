//! The engine every list stream runs: build the request for the pager's position, fetch (the
//! answer comes classified, see [`super::classify_json`]), take the items out of the answer,
//! hand out the non-empty page, let the pager decide, pause between pages.

use super::answer::decode;
use super::fetch::Fetch;
use super::page::Page;
use super::pager::{CursorKind, Limits, Next, PageSummary, Pager, Position};
use crate::params::RequestModel;
use crate::Error;
use futures::Stream;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;

/// Paging options of one list call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListOptions {
    /// Items asked for per request.
    pub page_counts: u32,
    /// Total items wanted; `None` means all.
    pub max_counts: Option<u64>,
    /// Wait between two pages (F2 waits its `timeout` setting, 10 s by default); the shared
    /// request governor paces requests as well, so zero is a sane default.
    pub page_delay: Duration,
    /// Continue a list from a position a previous run saved ([`Page::next`]) instead of its
    /// first page; `max_counts` then counts from here.
    pub resume: Option<Position>,
}

impl Default for ListOptions {
    fn default() -> Self {
        Self {
            page_counts: 20,
            max_counts: None,
            page_delay: Duration::ZERO,
            resume: None,
        }
    }
}

impl ListOptions {
    /// These options with another page size.
    pub fn with_page_counts(mut self, page_counts: u32) -> Self {
        self.page_counts = page_counts;
        self
    }

    /// These options with a total cap.
    pub fn with_max_counts(mut self, max_counts: Option<u64>) -> Self {
        self.max_counts = max_counts;
        self
    }

    /// These options continuing from `position`.
    pub fn resuming_at(mut self, position: Option<Position>) -> Self {
        self.resume = position;
        self
    }

    pub(crate) fn limits(&self) -> Limits {
        Limits {
            page_counts: self.page_counts,
            max_counts: self.max_counts,
        }
    }
}

/// Where a list's items sit in the answer and how to name one.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ItemsAt {
    /// Key of the item array at the top level.
    pub key: &'static str,
    /// JSON pointer, inside one item, to its id (for `filterGids`).
    pub id: &'static str,
}

impl ItemsAt {
    /// Items in the array at `key`, each named by the id at the pointer `id`.
    pub const fn new(key: &'static str, id: &'static str) -> ItemsAt {
        ItemsAt { key, id }
    }

    /// Post lists: `aweme_list[].aweme_id`.
    pub const AWEMES: ItemsAt = ItemsAt::new("aweme_list", "/aweme_id");
}

fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What one list stream pages through: the pager's kind and start, the caller's options and
/// where the items sit in each answer.
pub(crate) struct ListPlan {
    /// How the pager moves from page to page.
    pub kind: CursorKind,
    /// The pager's first position.
    pub start: Position,
    /// The caller's paging options.
    pub options: ListOptions,
    /// Where the items sit.
    pub at: ItemsAt,
}

impl ListPlan {
    /// A list of `kind` from its first page.
    pub fn from_start(kind: CursorKind, options: ListOptions, at: ItemsAt) -> Self {
        Self {
            kind,
            start: Position::default(),
            options,
            at,
        }
    }

    /// A list paged by a plain `cursor` from its first page: the shape most lists share.
    pub fn cursor(options: ListOptions, at: ItemsAt) -> Self {
        Self::from_start(CursorKind::Cursor, options, at)
    }
}

/// A stream of pages driven by a [`Pager`] as `plan` says, requests built by `build`.
pub(crate) fn paged<F, T, M, B>(
    fetcher: Arc<F>,
    plan: ListPlan,
    build: B,
) -> impl Stream<Item = Result<Page<T>, Error>> + Send + 'static
where
    F: Fetch + 'static,
    T: DeserializeOwned + Send + 'static,
    M: RequestModel + Send + Sync + 'static,
    B: Fn(&Position, u32) -> M + Send + 'static,
{
    let ListPlan {
        kind,
        start,
        options,
        at,
    } = plan;
    let start = options.resume.clone().unwrap_or(start);
    async_stream::try_stream! {
        let mut pager = Pager::new(kind, options.limits(), start);
        let mut index = 0usize;
        while let Some(count) = pager.next_count() {
            let model = build(pager.position(), count);
            let endpoint = model.endpoint().path();
            let mut raw = fetcher.fetch(&model).await?;
            // The items move out of the answer: each is kept once as JSON (beside its typed
            // form), and the page keeps the rest (cursor, has_more, log_pb, ...).
            let elems: Vec<Value> = match raw.as_object_mut().and_then(|o| o.shift_remove(at.key)) {
                Some(Value::Array(a)) => a,
                _ => Vec::new(),
            };
            let ids = elems
                .iter()
                .filter_map(|e| e.pointer(at.id).and_then(id_text))
                .collect();
            let accepted = pager.accept(&PageSummary::from_body(&raw, elems.len(), ids));
            let mut items = Vec::with_capacity(accepted.keep);
            for (i, elem) in elems.into_iter().take(accepted.keep).enumerate() {
                items.push(decode(endpoint, || format!("{}[{i}]", at.key), elem)?);
            }
            let (last, next) = match accepted.next {
                Next::Stop(reason) => (Some(reason), None),
                Next::Continue { .. } => (None, Some(pager.position().clone())),
            };
            if !items.is_empty() {
                yield Page { index, items, raw, last, next };
                index += 1;
            }
            if let Next::Continue { pause: true } = accepted.next {
                if !options.page_delay.is_zero() {
                    fetcher.pause(options.page_delay).await;
                }
            }
        }
    }
}
