//! The desktop shell: wires the Tauri runtime, plugins and the thin commands over `douyin-core`.

pub mod commands;
pub mod error;

use tauri::Runtime;

/// Shared wiring so the real app and the MockRuntime tests build the same thing.
pub fn setup_builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::app_info,
        commands::analyze_links
    ])
}

/// Starts the desktop app.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    setup_builder(tauri::Builder::default())
        .run(tauri::generate_context!())
        .expect("error while running the Douyin archiver");
}

#[cfg(test)]
mod tests;
