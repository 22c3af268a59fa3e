//! One module per `douyin` subcommand.

pub mod fetch;
pub mod history;
pub mod live;
pub mod version;
