//! Users and posts: sightings refresh every column, first seen is kept, raw JSON is kept
//! apart, F2's last_aweme_id; the library store keeps relative paths.

mod common;

use common::{post, store_at, user};
use douyin_core::ErrorKind;
use douyin_store::{HistoryStore, PostKind, LIBRARY_DB, LIBRARY_DIR};

#[test]
fn a_user_sighting_refreshes_columns_and_keeps_first_seen() {
    let (store, clock) = store_at(1_000);
    let mut u = user("42", "MS4wLjABAAAA42", "old_name");
    u.info.aweme_count = Some(10);
    u.info.follower_count = Some(5);
    u.raw_json = Some(r#"{"uid":"42","v":1}"#.into());
    store.upsert_user(&u).unwrap();

    clock.set(2_000);
    let mut again = user("42", "MS4wLjABAAAA42", "new_name");
    again.info.aweme_count = Some(12);
    again.info.follower_count = None; // a post's author block carries no counters
    store.upsert_user(&again).unwrap();

    let got = store.user("42").unwrap().unwrap();
    assert_eq!((got.first_seen, got.last_seen), (1_000, 2_000));
    assert_eq!(got.info.nickname.as_deref(), Some("new_name"));
    assert_eq!(got.info.aweme_count, Some(12));
    assert_eq!(got.info.follower_count, Some(5));
    assert!(got.raw_json.is_none(), "raw JSON is read separately");
    assert_eq!(
        store.user_raw("42").unwrap().as_deref(),
        Some(r#"{"uid":"42","v":1}"#)
    );
    let by_sec = store.user_by_sec_uid("MS4wLjABAAAA42").unwrap().unwrap();
    assert_eq!(by_sec.uid, "42");
    assert!(store.user("43").unwrap().is_none());

    assert!(store.set_last_aweme_id("42", "7300").unwrap());
    assert!(!store.set_last_aweme_id("43", "7300").unwrap());
    store.upsert_user(&again).unwrap();
    let got = store.user("42").unwrap().unwrap();
    assert_eq!(
        got.info.last_aweme_id.as_deref(),
        Some("7300"),
        "a sighting keeps it"
    );
    assert_eq!(
        store.upsert_user(&user("", "x", "y")).unwrap_err().kind(),
        ErrorKind::InvalidInput
    );
}

#[test]
fn a_post_sighting_refreshes_and_keeps_its_raw_json() {
    let (store, clock) = store_at(500);
    let mut p = post("7001", "42", 1_700_000_000, "第一次");
    p.hashtags = vec!["旅行".into(), "美食".into()];
    p.music_title = Some("夏天".into());
    p.f2.digg_count = Some(3);
    p.f2.create_time = Some("2023-11-15 06-13-20".into());
    p.raw_json = Some(r#"{"aweme_id":"7001"}"#.into());
    store.upsert_post(&p).unwrap();
    clock.set(900);
    let mut edited = post("7001", "42", 1_700_000_000, "改过的描述");
    edited.kind = PostKind::Images;
    edited.f2.digg_count = Some(30);
    store.upsert_post(&edited).unwrap();

    let got = store.post("7001").unwrap().unwrap();
    assert_eq!(got.description.as_deref(), Some("改过的描述"));
    assert_eq!(got.kind, PostKind::Images);
    assert!(got.hashtags.is_empty(), "hashtags are replaced as given");
    assert_eq!(
        got.music_title.as_deref(),
        Some("夏天"),
        "None keeps the stored value"
    );
    assert_eq!(got.f2.digg_count, Some(30));
    assert_eq!(got.f2.create_time.as_deref(), Some("2023-11-15 06-13-20"));
    assert_eq!((got.first_seen, got.last_seen), (500, 900));
    assert_eq!(
        store.post_raw("7001").unwrap().as_deref(),
        Some(r#"{"aweme_id":"7001"}"#)
    );
    // Debug output names the post, never its URLs or text.
    let mut with_url = got.clone();
    with_url.f2.cover = Some("https://p3.example/cover?x-signature=SECRET".into());
    let shown = format!("{with_url:?}");
    assert!(
        shown.contains("7001") && !shown.contains("SECRET"),
        "{shown}"
    );
    assert!(store.delete_post("7001").unwrap());
    assert!(store.post("7001").unwrap().is_none());
    assert!(store.post_raw("7001").unwrap().is_none());
}

#[test]
fn the_library_store_lives_in_the_root_and_survives_a_move() {
    let disk_a = tempfile::tempdir().unwrap();
    let root = disk_a.path().join("Download");
    {
        let store = HistoryStore::open_library(&root).unwrap();
        assert_eq!(
            store.path().unwrap(),
            root.join(LIBRARY_DIR).join(LIBRARY_DB).as_path()
        );
        let job = store.create_job("one", "{}").unwrap();
        let mut page = douyin_store::PageCommit {
            posts: vec![post("1", "42", 1, "x")],
            ..Default::default()
        };
        page.files.push(common::planned(
            "1",
            douyin_store::AssetKind::Video,
            0,
            "douyin/one/a/1_video.mp4",
        ));
        let f = store.commit_page(job, &page).unwrap();
        let on_disk = douyin_store::on_disk(&root, &f[0].rel_path);
        std::fs::create_dir_all(on_disk.parent().unwrap()).unwrap();
        std::fs::write(&on_disk, b"12345").unwrap();
        store.file_done(f[0].id, &f[0].rel_path, 5).unwrap();
    }
    // The whole library moves to another disk: the history still finds its files.
    let disk_b = tempfile::tempdir().unwrap();
    let moved = disk_b.path().join("Archive");
    std::fs::rename(&root, &moved)
        .or_else(|_| copy_dir(&root, &moved))
        .unwrap();
    let store = HistoryStore::open_library(&moved).unwrap();
    let report = store.verify(&moved).unwrap();
    assert_eq!((report.checked, report.ok), (1, 1));
    assert!(store.integrity_check().unwrap());
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
