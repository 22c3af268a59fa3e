//! Native notifications (batch finished, a watched live started), through the notification
//! plugin; a desktop without a notification service simply shows none.

use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::NotificationExt;

/// Shows `body` under `title`.
pub fn send<R: Runtime>(app: &AppHandle<R>, body: &str, title: &str) {
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        tracing::debug!("no notification shown: {e}");
    }
}
