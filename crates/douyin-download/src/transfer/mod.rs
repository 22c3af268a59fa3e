//! Getting bytes onto disk safely: the media client, `.part` files, and the resumable,
//! verified download of one file from its mirrors. Posts and live recordings share this path.

pub mod client;
pub mod fetch;
pub mod part;
pub mod sniff;

pub use client::MediaClient;
pub use fetch::{fetch_file, Fetch, FetchPolicy, Fetched, FileFetch};
pub use part::{part_path, write_atomic, PartFile};
