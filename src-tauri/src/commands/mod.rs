//! Thin Tauri commands, one file per area; each turns IPC arguments into a call or two on the
//! crates and answers `Result<_, CommandError>`.

pub mod account;
pub mod jobs;
pub mod library;
pub mod links;
pub mod settings;
