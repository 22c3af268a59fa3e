//! Shared setup of the `api_*` integration tests: an emulator on port 0 and the data methods
//! over a real client pointed at it (fast governor and retries so faults surface quickly).

#![allow(dead_code)]

// The client tests' governor settings serve the data-method tests as well.
#[path = "../client_support/pacing.rs"]
mod pacing;

use douyin_core::api::{Douyin, Page};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_emulator::{Emulator, EmulatorConfig, EmulatorHandle, World};
use futures::{Stream, StreamExt};
use serde_json::Value;

/// A started emulator with default world.
pub async fn emulator() -> EmulatorHandle {
    emulator_with(EmulatorConfig::default()).await
}

/// A started emulator with `config` (its address forced to port 0).
pub async fn emulator_with(config: EmulatorConfig) -> EmulatorHandle {
    Emulator::start(EmulatorConfig {
        addr: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
        ..config
    })
    .await
    .expect("emulator starts")
}

/// The client configuration the tests use against `base`.
pub fn config(base: &str, cookie: &str) -> ClientConfig {
    ClientConfig {
        base_url: Some(base.to_owned()),
        cookie: cookie.to_owned(),
        timeout_ms: 5_000,
        max_retries: 2,
        retry_backoff_ms: 10,
        retry_backoff_max_ms: 20,
        governor: pacing::unpaced_with_cooldown(10, 20),
        ..ClientConfig::default()
    }
}

/// The data methods against the emulator, with or without its logged-in cookie.
pub fn douyin(emu: &EmulatorHandle, logged_in: bool) -> Douyin<DouyinClient> {
    let cookie = if logged_in { emu.account_cookie() } else { "" };
    let client =
        DouyinClient::new(config(emu.base_url(), cookie), ClientWorld::system()).expect("client");
    Douyin::new(client)
}

/// All pages of a stream, failing the test on an error.
pub async fn pages<T>(
    stream: impl Stream<Item = Result<Page<T>, douyin_core::Error>>,
) -> Vec<Page<T>> {
    let mut stream = std::pin::pin!(stream);
    let mut out = Vec::new();
    while let Some(page) = stream.next().await {
        out.push(page.expect("page"));
    }
    out
}

/// The first error of a stream (the test fails if there is none).
pub async fn first_error<T>(
    stream: impl Stream<Item = Result<Page<T>, douyin_core::Error>>,
) -> douyin_core::Error {
    let mut stream = std::pin::pin!(stream);
    while let Some(page) = stream.next().await {
        if let Err(e) = page {
            return e;
        }
    }
    panic!("the stream ended without an error")
}

/// The text at `pointer` in each item's raw JSON, across pages, in order.
pub fn field<T>(pages: &[Page<T>], pointer: &str) -> Vec<String> {
    pages
        .iter()
        .flat_map(|p| &p.items)
        .map(|i| match i.raw.pointer(pointer) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            other => panic!("no {pointer} in item: {other:?}"),
        })
        .collect()
}

/// The ids of these world posts, in the given order.
pub fn aweme_ids(world: &World, posts: &[usize]) -> Vec<String> {
    posts
        .iter()
        .map(|&p| world.posts[p].aweme_id.clone())
        .collect()
}

/// The uids of these world users, in the given order.
pub fn uids(world: &World, users: &[usize]) -> Vec<String> {
    users.iter().map(|&u| world.users[u].uid.clone()).collect()
}
