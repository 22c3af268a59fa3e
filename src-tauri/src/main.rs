//! The desktop app's entry point.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

// Many small allocations per danmaku frame; mimalloc handles them faster than the system
// allocator (the webcast_decode bench measures with it too).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    douyin_app_lib::run();
}
