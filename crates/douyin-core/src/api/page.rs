//! One page of a list as handed to the caller: its items (typed, each with its raw JSON), the
//! whole raw answer, and whether it was the last one; and the page-to-item flattening.

use super::pager::{Position, StopReason};
use crate::models::Parsed;
use crate::Error;
use futures::{Stream, StreamExt};
use serde_json::Value;

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// 0-based number among the pages handed out (empty pages are not handed out).
    pub index: usize,
    /// The items, trimmed to `max_counts`.
    pub items: Vec<Parsed<T>>,
    /// The whole answer this page came from.
    pub raw: Value,
    /// `Some` when this is the last page, with the reason.
    pub last: Option<StopReason>,
    /// Where the list continues after this page (`None` on the last page); save it to resume
    /// later with [`super::ListOptions::resuming_at`].
    pub next: Option<Position>,
}

/// Flattens a stream of pages into a stream of items (each typed, with its raw JSON); an error
/// ends the item stream just as it ends the page stream.
pub fn items<T>(
    pages: impl Stream<Item = Result<Page<T>, Error>>,
) -> impl Stream<Item = Result<Parsed<T>, Error>> {
    pages.flat_map(|page| {
        let batch: Vec<Result<Parsed<T>, Error>> = match page {
            Ok(p) => p.items.into_iter().map(Ok).collect(),
            Err(e) => vec![Err(e)],
        };
        futures::stream::iter(batch)
    })
}
