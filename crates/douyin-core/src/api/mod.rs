//! Every Douyin data method as a typed call or a paged async stream, over any transport that
//! implements [`Fetch`] (the HTTP client in production, scripted answers in tests). Answers are
//! classified once, by the transport, with [`classify_json`], and decoded once with [`decode`].
//!
//! Lists page the way Douyin does (cursor kinds differ per endpoint, see [`pager`]) and honour a
//! page size (`page_counts`) and a total cap (`max_counts`); each item comes with its raw JSON.

pub mod fetch;
pub mod pager;

mod account;
mod answer;
mod client_fetch;
mod douyin;
mod list;
mod live;
mod page;
mod post;
mod search;
mod user;

pub use answer::{classify_json, decode};
pub use douyin::Douyin;
pub use fetch::Fetch;
pub use list::ListOptions;
pub use page::{items, Page};
pub use pager::{CursorKind, FollowOrder, Limits, Next, Pager, Position, StopReason};
pub use user::FollowSource;
