//! Shared test helpers: start an emulator on port 0 with a frozen clock, sign requests with
//! the core's own signers, and a small HTTP client that sends URLs byte for byte.
#![allow(dead_code)]

use std::sync::Arc;

use douyin_core::sign::{a_bogus, signed_url, x_bogus, AbogusInput, Signature};
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle, ManualClock};
use serde_json::Value;

pub const UA: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";
pub const FP: &str = "1536|730|1560|816|0|30|0|0|1600|900|1536|824|1536|730|24|24|Win32";
pub const T0: u64 = 1_750_000_000_000;

/// The 27 BaseRequestModel pairs (http.md §3.2).
pub const BASE: &str = "device_platform=webapp&aid=6383&channel=channel_pc_web&pc_client_type=1&publish_video_strategy_type=2&pc_libra_divert=Windows&version_code=290100&version_name=29.1.0&cookie_enabled=true&screen_width=1920&screen_height=1080&browser_language=zh-CN&browser_platform=Win32&browser_name=Edge&browser_version=130.0.0.0&browser_online=true&engine_name=Blink&engine_version=130.0.0.0&os_name=Windows&os_version=10&cpu_core_num=12&device_memory=8&platform=PC&downlink=10&effective_type=4g&round_trip_time=100&msToken=p9Y7fUBuq9DKvAuN27Peml6JbaMqG2ZcXfFiyDv1jcHrCN00uidYqUgSuLsKl1onC-E_n82m-aeDyE-Hx3JxYOr5SWsfy2g%3D%3D";

/// `url?query&a_bogus=…` signed with UA and FP at `now_ms`.
pub fn ab_signed(url: &str, query: &str, body: &str, now_ms: u64) -> String {
    let sig = a_bogus(&AbogusInput {
        query,
        body,
        user_agent: UA,
        fingerprint: FP,
        start_ms: now_ms,
        end_ms: now_ms + 3,
        random: [1234, 5678, 910],
    })
    .expect("a_bogus");
    signed_url(url, query, &Signature::ABogus(sig))
}

/// The benchmark world's options (README, Options).
pub const BENCHMARK_WORLD: &[&str] = &[
    "--users",
    "1",
    "--posts-per-user",
    "200",
    "--video-bytes",
    "1048576",
    "--latency-ms",
    "50",
    "--bandwidth",
    "4194304",
];

/// The emulator binary, started on a free port; killed on drop.
pub struct Running {
    pub child: std::process::Child,
    pub base: String,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the binary with `args` and reads the base URL it prints.
pub fn run_binary(args: &[&str]) -> Running {
    run_binary_at(env!("CARGO_BIN_EXE_douyin-emulator"), args)
}

/// Starts the emulator binary at `path` with `args` and reads the base URL it prints.
pub fn run_binary_at(path: &str, args: &[&str]) -> Running {
    use std::io::BufRead;
    let mut child = std::process::Command::new(path)
        .args(["--addr", "127.0.0.1:0"])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the binary starts");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("base URL line");
    let base = line.trim().to_string();
    assert!(base.starts_with("http://127.0.0.1:"), "{base:?}");
    Running { child, base }
}

pub struct Env {
    pub emu: EmulatorHandle,
    pub clock: ManualClock,
    pub http: reqwest::Client,
    pub world: Value,
}

pub async fn start() -> Env {
    start_with(|_| {}).await
}

pub async fn start_with(f: impl FnOnce(&mut EmulatorConfig)) -> Env {
    let clock = ManualClock::new(T0);
    let mut cfg = EmulatorConfig {
        users: 4,
        posts_per_user: 7,
        comments_per_post: 5,
        video_bytes: 64 * 1024,
        ws_interval_ms: 50,
        ws_idle_timeout_ms: 2_000,
        login_auto_scan_ms: None,
        clock: Arc::new(clock.clone()),
        ..EmulatorConfig::default()
    };
    f(&mut cfg);
    let emu = Emulator::start(cfg).await.expect("emulator starts");
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let world: Value = http
        .get(format!("{}/__admin/world", emu.base_url()))
        .send()
        .await
        .expect("world")
        .json()
        .await
        .expect("json");
    Env {
        emu,
        clock,
        http,
        world,
    }
}

impl Env {
    pub fn base(&self) -> &str {
        self.emu.base_url()
    }

    /// A-Bogus over `query` (and `body`) at the emulator's current time.
    pub fn ab_url(&self, path: &str, query: &str, body: &str) -> String {
        let now = douyin_emulator::Clock::now_ms(&self.clock);
        ab_signed(&format!("{}{path}", self.base()), query, body, now)
    }

    /// X-Bogus over `query` at the emulator's current time.
    pub fn xb_url(&self, path: &str, query: &str) -> String {
        let now = douyin_emulator::Clock::now_ms(&self.clock) / 1000;
        let sig = x_bogus(query, UA, now as u32).expect("x_bogus");
        signed_url(
            &format!("{}{path}", self.base()),
            query,
            &Signature::XBogus(sig),
        )
    }

    pub async fn get_raw(&self, url: &str, cookie: Option<&str>) -> reqwest::Response {
        let mut rb = self
            .http
            .get(url)
            .header("User-Agent", UA)
            .header("Referer", "https://www.douyin.com/");
        if let Some(c) = cookie {
            rb = rb.header("Cookie", c);
        }
        rb.send().await.expect("send")
    }

    /// Signed GET of `path` with BASE + `extra`; returns (status, body text).
    pub async fn api(&self, path: &str, extra: &str, cookie: Option<&str>) -> (u16, String) {
        let query = format!("{BASE}&{extra}");
        let r = self.get_raw(&self.ab_url(path, &query, ""), cookie).await;
        (r.status().as_u16(), r.text().await.expect("text"))
    }

    pub async fn api_json(&self, path: &str, extra: &str) -> Value {
        let (status, body) = self.api(path, extra, Some(&self.cookie())).await;
        assert_eq!(status, 200, "{path}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body:?}"))
    }

    pub fn cookie(&self) -> String {
        self.world["account"]["cookie"]
            .as_str()
            .expect("cookie")
            .to_string()
    }

    pub fn user_sec(&self, i: usize) -> String {
        self.world["users"][i]["sec_user_id"]
            .as_str()
            .expect("sec")
            .to_string()
    }

    pub async fn counters(&self) -> Value {
        self.http
            .get(format!("{}/__admin/counters", self.base()))
            .send()
            .await
            .expect("c")
            .json()
            .await
            .expect("json")
    }

    /// `POST /__admin/<path>` with a JSON body (or none); returns (status, JSON or Null).
    pub async fn admin(&self, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut rb = self.http.post(format!("{}/__admin/{path}", self.base()));
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let r = rb.send().await.expect("admin");
        let status = r.status().as_u16();
        let text = r.text().await.expect("admin body");
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// `GET /__admin/world` now.
    pub async fn world_now(&self) -> Value {
        self.http
            .get(format!("{}/__admin/world", self.base()))
            .send()
            .await
            .expect("world")
            .json()
            .await
            .expect("json")
    }

    /// A media GET with the douyin.com Referer and extra headers.
    pub async fn media(&self, url: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut rb = self
            .http
            .get(url)
            .header("User-Agent", UA)
            .header("Referer", "https://www.douyin.com/");
        for (k, v) in headers {
            rb = rb.header(*k, *v);
        }
        rb.send().await.expect("media")
    }

    /// The `aweme_detail` of post `id`.
    pub async fn detail(&self, id: &str) -> Value {
        self.api_json("/aweme/v1/web/aweme/detail/", &format!("aweme_id={id}"))
            .await["aweme_detail"]
            .clone()
    }

    /// The `aweme_detail` of the world's first post of `kind` (`video`, `images`, `live_photo`).
    pub async fn first_detail(&self, kind: &str) -> Value {
        let id = self.world["posts"][kind][0]
            .as_str()
            .unwrap_or_else(|| panic!("a {kind} post"))
            .to_string();
        self.detail(&id).await
    }

    pub async fn faults(&self, patch: Value) {
        let r = self
            .http
            .post(format!("{}/__admin/faults", self.base()))
            .json(&patch)
            .send()
            .await
            .expect("faults");
        assert_eq!(r.status(), 200);
    }
}
