//! One module per `douyin` subcommand.

pub mod fetch;
pub mod live;
pub mod version;
