//! Helpers shared by the store's integration tests: a store with a settable clock, and
//! builders for posts, users and planned files.

#![allow(dead_code)]

use douyin_store::{AssetKind, HistoryStore, PlannedFile, PostKind, PostRow, UserRow};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// A settable clock (unix seconds).
#[derive(Clone)]
pub struct TestClock(pub Arc<AtomicI64>);

impl TestClock {
    pub fn set(&self, t: i64) {
        self.0.store(t, Ordering::SeqCst);
    }
}

/// An in-memory store whose clock starts at `t0`.
pub fn store_at(t0: i64) -> (HistoryStore, TestClock) {
    let clock = TestClock(Arc::new(AtomicI64::new(t0)));
    let c = clock.0.clone();
    let store = HistoryStore::open_in_memory()
        .unwrap()
        .with_clock(Arc::new(move || c.load(Ordering::SeqCst)));
    (store, clock)
}

pub fn store() -> HistoryStore {
    store_at(1_000).0
}

pub fn user(uid: &str, sec_uid: &str, nickname: &str) -> UserRow {
    let mut u = UserRow {
        uid: uid.into(),
        ..UserRow::default()
    };
    u.info.sec_user_id = Some(sec_uid.into());
    u.info.nickname = Some(nickname.into());
    u.info.nickname_raw = Some(nickname.into());
    u
}

pub fn post(id: &str, author_uid: &str, create_ts: i64, description: &str) -> PostRow {
    let mut p = PostRow::new(id, PostKind::Video);
    p.author_uid = Some(author_uid.into());
    p.author_sec_uid = Some(format!("MS4wLjABAAAA{author_uid}"));
    p.create_ts = Some(create_ts);
    p.description = Some(description.into());
    p.f2.desc_raw = Some(description.into());
    p
}

pub fn planned(id: &str, asset: AssetKind, index: u32, rel_path: &str) -> PlannedFile {
    PlannedFile {
        aweme_id: id.into(),
        asset,
        index,
        rel_path: rel_path.into(),
    }
}
