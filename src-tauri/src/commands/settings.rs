//! Settings commands: read, validate-and-save (problems named per field, nothing saved while
//! any remain), choose the download folder with the system dialog, and preview the naming
//! template on a real post.

use crate::error::CommandError;
use crate::settings::{FieldError, Settings};
use crate::state::AppState;
use douyin_core::models::{Aweme, Parsed};
use douyin_store::SearchQuery;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_store::StoreExt;
use ts_rs::TS;

/// The key the settings are kept under in the store file.
pub const STORE_KEY: &str = "settings";

/// The settings now.
#[tauri::command]
pub fn settings_get(state: State<'_, AppState>) -> Settings {
    state.settings()
}

/// The answer to a save: the settings in force, and the problems that kept it from saving.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsAnswer {
    /// The settings in force after the call.
    pub settings: Settings,
    /// Empty when saved.
    pub errors: Vec<FieldError>,
}

/// Validates and saves `settings`; connection settings take effect at once.
#[tauri::command]
pub async fn settings_set<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    settings: Settings,
) -> Result<SettingsAnswer, CommandError> {
    let errors = settings.validate();
    if !errors.is_empty() {
        return Ok(SettingsAnswer {
            settings: state.settings(),
            errors,
        });
    }
    state.set_settings(settings.clone()).await?;
    save(&app, &state, &settings)?;
    Ok(SettingsAnswer { settings, errors })
}

/// Writes the settings to the store file.
pub fn save<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    settings: &Settings,
) -> Result<(), CommandError> {
    let failed = |e: tauri_plugin_store::Error| {
        CommandError::new(
            douyin_core::ErrorKind::Io,
            format!("the settings cannot be saved: {e}"),
        )
    };
    let store = app.store(state.paths.settings_file()).map_err(failed)?;
    store.set(
        STORE_KEY,
        serde_json::to_value(settings).unwrap_or_default(),
    );
    store.save().map_err(failed)
}

/// Reads the saved settings; invalid or missing ones give the defaults.
pub fn load<R: Runtime>(app: &AppHandle<R>, file: &std::path::Path) -> Settings {
    let Ok(store) = app.store(file) else {
        return Settings::default();
    };
    let Some(value) = store.get(STORE_KEY) else {
        return Settings::default();
    };
    match serde_json::from_value::<Settings>(value) {
        Ok(s) if s.validate().is_empty() => s,
        Ok(_) | Err(_) => {
            tracing::warn!("the saved settings are not usable; using the defaults");
            Settings::default()
        }
    }
}

/// Lets the user pick the download folder; `None` when they cancel.
#[tauri::command]
pub async fn settings_choose_folder<R: Runtime>(app: AppHandle<R>) -> Option<String> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog().file().pick_folder(move |folder| {
        let _ = tx.send(
            folder
                .and_then(|f| f.into_path().ok())
                .map(|p| p.display().to_string()),
        );
    });
    rx.await.ok().flatten()
}

/// The file name `template` gives a real post: `aweme_id` when given, else the newest post
/// of the library.
#[tauri::command]
pub async fn settings_naming_preview(
    state: State<'_, AppState>,
    template: String,
    aweme_id: Option<String>,
) -> Result<String, CommandError> {
    douyin_download::naming::validate_naming(&template)?;
    let services = state.services();
    let post: Aweme = match aweme_id {
        Some(id) => services.api.post_detail(&id).await?.typed,
        None => {
            let store = services.engine.store();
            let newest = store.search(&SearchQuery {
                limit: Some(1),
                ..SearchQuery::default()
            })?;
            let raw = newest
                .hits
                .first()
                .and_then(|h| store.post_raw(&h.aweme_id).ok().flatten())
                .ok_or_else(|| {
                    CommandError::invalid_input(
                        "download one post first, or paste a post link, to preview names",
                    )
                })?;
            let value: serde_json::Value = serde_json::from_str(&raw).map_err(|e| {
                CommandError::invalid_input(format!("the saved post is not readable: {e}"))
            })?;
            Parsed::<Aweme>::from_value(value)
                .map_err(|e| {
                    CommandError::invalid_input(format!("the saved post is not readable: {e}"))
                })?
                .typed
        }
    };
    let stem = douyin_download::naming::post_stem(&template, &post, None)?;
    Ok(douyin_download::naming::file_name(&stem, "_video.mp4"))
}
