//! Plain timing of the two signers on a realistic 861-character query: prints the mean time per
//! signature. Run with `cargo bench -p douyin-core --bench sign`.
//!
//! `x_bogus` signs as a session does, with one User-Agent throughout; `x_bogus (UA changing)`
//! alternates two User-Agents so that the per-thread UA digest is recomputed on every call.

use douyin_core::sign::abogus::{a_bogus, AbogusInput};
use douyin_core::sign::xbogus::x_bogus;
use douyin_core::sign::DEFAULT_ABOGUS_UA;
use std::hint::black_box;
use std::time::Instant;

const QUERY: &str = "device_platform=webapp&aid=6383&channel=channel_pc_web&sec_user_id=MS4wLjABAAAAW9FWcqS7RdQAWPd2AA5fL_ilmqsIFUCQ_Iym6Yh9_cUa6ZRqVLjVQSUjlHrfXY1Y&max_cursor=0&locate_query=false&show_live_replay_strategy=1&need_time_list=1&time_list_query=0&whale_cut_token=&cut_version=1&count=18&publish_video_strategy_type=2&pc_client_type=1&version_code=170400&version_name=17.4.0&cookie_enabled=true&screen_width=1920&screen_height=1080&browser_language=zh-CN&browser_platform=Win32&browser_name=Edge&browser_version=122.0.0.0&browser_online=true&engine_name=Blink&engine_version=122.0.0.0&os_name=Windows&os_version=10&cpu_core_num=12&device_memory=8&platform=PC&downlink=10&effective_type=4g&round_trip_time=50&webid=7335414539335222835&msToken=p9Y7fUBuq9DKvAuN27Peml6JbaMqG2ZcXfFiyDv1jcHrCN00uidYqUgSuLsKl1onC-E_n82m-aKKYE0QGEmxIWZx9iueQ6WLbvzPfqnMk4GBAlQIHcDzxb38FLXXQxAm";
const FP: &str = "1536|730|1560|816|0|30|0|0|1600|900|1536|824|1536|730|24|24|Win32";
const ROUNDS: u32 = 20_000;

fn time(name: &str, mut sign: impl FnMut(u32) -> usize) {
    let start = Instant::now();
    let mut total = 0;
    for i in 0..ROUNDS {
        total += sign(i);
    }
    let per_call = start.elapsed() / ROUNDS;
    println!(
        "{name}: {per_call:?} per signature ({} chars signed)",
        black_box(total)
    );
}

fn main() {
    time("x_bogus", |i| {
        x_bogus(black_box(QUERY), DEFAULT_ABOGUS_UA, 1_700_000_000 + i).map_or(0, |v| v.len())
    });
    const OTHER_UA: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
    time("x_bogus (UA changing)", |i| {
        let ua = if i % 2 == 0 {
            DEFAULT_ABOGUS_UA
        } else {
            OTHER_UA
        };
        x_bogus(black_box(QUERY), ua, 1_700_000_000 + i).map_or(0, |v| v.len())
    });
    time("a_bogus", |i| {
        let input = AbogusInput {
            query: black_box(QUERY),
            body: "",
            user_agent: DEFAULT_ABOGUS_UA,
            fingerprint: FP,
            start_ms: 1_718_000_000_000 + u64::from(i),
            end_ms: 1_718_000_000_001 + u64::from(i),
            random: [i % 10_000, 5602, 1896],
        };
        a_bogus(&input).map_or(0, |v| v.len())
    });
}
