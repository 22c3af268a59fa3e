//! Build script: lets tauri-build read `tauri.conf.json` and the capabilities at the root.
fn main() {
    tauri_build::build()
}
