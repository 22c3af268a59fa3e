//! The desktop shell: wires the Tauri runtime, plugins and the thin commands over `douyin-core`.

pub mod commands;
pub mod error;
pub mod state;

use state::{AppState, LaunchSettings};
use tauri::Runtime;

/// Shared wiring so the real app and the MockRuntime tests build the same thing.
pub fn setup_builder<R: Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::analyze_links,
            commands::resolve_link,
            commands::preview_link
        ])
}

/// Starts the desktop app.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let state = match AppState::new(&LaunchSettings::from_env()) {
        Ok(state) => state,
        Err(e) => {
            eprintln!("Douyin Archiver cannot start: {e}");
            std::process::exit(1);
        }
    };
    setup_builder(tauri::Builder::default(), state)
        .run(tauri::generate_context!())
        .expect("error while running the Douyin archiver");
}

#[cfg(test)]
mod tests;
