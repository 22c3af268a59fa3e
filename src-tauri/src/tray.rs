//! The tray icon: the active job count in its tooltip, "pause all", show, quit; and closing
//! the main window hides it to the tray while jobs run (the engine keeps going).

use crate::events::{count_active, Observer};
use crate::state::AppState;
use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Window, WindowEvent, Wry};

const TRAY: &str = "main-tray";

/// Keeps the tray current and notifies at a batch end.
pub struct TrayObserver;

impl Observer<Wry> for TrayObserver {
    fn setup(&self, app: &AppHandle<Wry>) -> Result<(), Box<dyn std::error::Error>> {
        // A desktop without a tray (a bare X server) still runs the app; only the tray is
        // missing then.
        if let Err(e) = install(app) {
            tracing::warn!("no tray icon: {e}");
        }
        Ok(())
    }

    fn active(&self, app: &AppHandle<Wry>, active: usize) {
        if let Some(tray) = app.tray_by_id(TRAY) {
            let tip = if active == 0 {
                "抖音存档 · Douyin Archiver".to_owned()
            } else {
                format!("抖音存档 · {active} 个任务进行中 / {active} active")
            };
            let _ = tray.set_tooltip(Some(tip));
        }
    }

    fn batch_done(&self, app: &AppHandle<Wry>, done: usize, failed: usize) {
        let on = app
            .try_state::<AppState>()
            .is_some_and(|s| s.settings().notifications);
        if on {
            let body = if failed == 0 {
                format!("{done} 个任务已完成 · {done} job(s) finished")
            } else {
                format!("{done} 完成，{failed} 失败 · {done} finished, {failed} failed")
            };
            crate::notify::send(app, &body, "抖音存档 · Douyin Archiver");
        }
    }
}

/// Adds the tray icon and its menu.
///
/// # Errors
/// The platform has no tray, or the menu cannot be built.
pub fn install(app: &AppHandle<Wry>) -> tauri::Result<()> {
    let show = MenuItem::with_id(app, "show", "显示窗口 · Show", true, None::<&str>)?;
    let pause = MenuItem::with_id(app, "pause_all", "全部暂停 · Pause all", true, None::<&str>)?;
    let resume = MenuItem::with_id(
        app,
        "resume_all",
        "全部继续 · Resume all",
        true,
        None::<&str>,
    )?;
    let quit = MenuItem::with_id(app, "quit", "退出 · Quit", true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&show, &pause, &resume, &quit])?;
    let mut builder = TrayIconBuilder::with_id(TRAY)
        .menu(&menu)
        .tooltip("抖音存档 · Douyin Archiver")
        .on_menu_event(|app, event| match event.id.as_ref() {
            "show" => show_main(app),
            "pause_all" => {
                if let Some(s) = app.try_state::<AppState>() {
                    s.services().engine.pause_all();
                }
            }
            "resume_all" => {
                if let Some(s) = app.try_state::<AppState>() {
                    s.services().engine.resume_all();
                }
            }
            "quit" => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    Ok(())
}

fn show_main(app: &AppHandle<Wry>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.show();
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}

/// Closing the main window while jobs run hides it instead; otherwise the app quits.
pub fn on_window_event(window: &Window<Wry>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        if window.label() != "main" {
            return;
        }
        let busy = window
            .app_handle()
            .try_state::<AppState>()
            .is_some_and(|s| count_active(&s.services().engine) > 0);
        if busy {
            api.prevent_close();
            let _ = window.hide();
        }
    }
}
