//! The desktop shell: wires the Tauri runtime, the plugins and the thin commands over the
//! crates (`douyin-core`, `douyin-download`, `douyin-store`, `douyin-auth`), runs the engine in
//! the app process, forwards its events, and keeps the app in the tray while jobs run.

pub mod bindings;
pub mod commands;
pub mod error;
pub mod events;
pub mod live;
pub mod logs;
pub mod notify;
pub mod samples;
pub mod settings;
pub mod state;
mod tray;
pub mod watch;

use state::{AppState, LaunchSettings, Paths};
use tauri::{Manager, Runtime};

/// The commands the UI may call.
macro_rules! handlers {
    () => {
        tauri::generate_handler![
            commands::links::app_info,
            commands::links::analyze_links,
            commands::links::resolve_link,
            commands::links::preview_link,
            commands::jobs::jobs_enqueue,
            commands::jobs::jobs_list,
            commands::jobs::jobs_files,
            commands::jobs::jobs_retry_file,
            commands::jobs::jobs_control,
            commands::jobs::jobs_control_all,
            commands::library::library_search,
            commands::library::library_stats,
            commands::library::library_export,
            commands::library::library_verify,
            commands::library::library_report,
            commands::library::library_retry_gap,
            commands::library::library_open,
            commands::library::library_reveal,
            commands::library::library_thumb,
            commands::library::library_qr,
            commands::settings::settings_get,
            commands::settings::settings_set,
            commands::settings::settings_choose_folder,
            commands::settings::settings_naming_preview,
            commands::account::account_status,
            commands::account::account_check,
            commands::account::account_import,
            commands::account::account_logout,
            commands::account::account_qr_start,
            commands::account::account_qr_poll,
            commands::account::account_login_window,
            live::live_open,
            live::live_close,
            live::live_record_start,
            live::live_record_stop,
            watch::live_watch_list,
            watch::live_watch_add,
            watch::live_watch_remove,
            watch::live_watch_check,
        ]
    };
}

/// The folders for `app`, from the launch settings or the platform's.
pub fn paths<R: Runtime>(app: &tauri::AppHandle<R>, launch: &LaunchSettings) -> Paths {
    let data_dir = launch
        .data_dir
        .clone()
        .or_else(|| app.path().app_data_dir().ok())
        .unwrap_or_else(|| std::env::temp_dir().join("douyin-archiver"));
    let default_root = launch
        .download_dir
        .clone()
        .or_else(|| app.path().download_dir().ok().map(|d| d.join("Douyin")))
        .unwrap_or_else(|| data_dir.join("library"));
    Paths {
        data_dir,
        default_root,
    }
}

/// Shared wiring so the real app and the MockRuntime tests build the same thing: plugins and
/// commands.
pub fn setup_builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .invoke_handler(handlers!())
}

/// Opens the state (the stored session, the settings, the engine with its queue restored),
/// manages it, and starts the event forwarder with `observer`.
///
/// # Errors
/// The data folder or the library cannot be opened.
pub fn init<R: Runtime>(
    handle: &tauri::AppHandle<R>,
    launch: LaunchSettings,
    observer: impl events::Observer<R>,
) -> Result<(), Box<dyn std::error::Error>> {
    let paths = paths(handle, &launch);
    std::fs::create_dir_all(&paths.data_dir)?;
    let settings = commands::settings::load(handle, &paths.settings_file());
    let state = tauri::async_runtime::block_on(AppState::open(launch, paths, settings))
        .map_err(|e| format!("Douyin Archiver cannot start: {}", e.message))?;
    handle.manage(state);
    observer.setup(handle)?;
    events::start(handle.clone(), observer);
    watch::start(handle.clone());
    Ok(())
}

/// Starts the desktop app.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let app = setup_builder(tauri::Builder::default())
        .setup(|app| {
            let launch = LaunchSettings::from_env();
            let log_dir = launch
                .data_dir
                .as_ref()
                .map(|d| d.join("logs"))
                .or_else(|| app.path().app_log_dir().ok());
            if let Some(dir) = log_dir {
                logs::init(&dir, std::env::var("RUST_LOG").ok());
            }
            tracing::info!(
                version = env!("CARGO_PKG_VERSION"),
                "Douyin Archiver starts"
            );
            init(app.handle(), launch, tray::TrayObserver)
        })
        .on_window_event(tray::on_window_event)
        .build(tauri::generate_context!());
    let app = match app {
        Ok(app) => app,
        Err(e) => {
            eprintln!("Douyin Archiver cannot start: {e}");
            std::process::exit(1);
        }
    };
    app.run(|handle, event| {
        if let tauri::RunEvent::Exit = event {
            // Quitting stops transfers cleanly: partial files and cursors stay, and the next
            // start continues the queue.
            if let Some(state) = handle.try_state::<AppState>() {
                tauri::async_runtime::block_on(state.shutdown());
            }
        }
    });
}

#[cfg(test)]
mod tests;
