//! The `douyin-emulator` binary (to be written).

fn main() {
    println!("douyin-emulator: not built yet");
}
