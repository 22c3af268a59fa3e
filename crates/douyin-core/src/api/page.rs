//! One page of a list as handed to the caller: its items (typed, each with its raw JSON), the
//! whole raw answer, and whether it was the last one.

use super::pager::StopReason;
use crate::models::Parsed;
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
}
