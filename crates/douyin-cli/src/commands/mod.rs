//! One module per `douyin` subcommand.

pub mod fetch;
pub mod version;
