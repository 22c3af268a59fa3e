//! Every job kind end to end against the emulator: what the world holds is listed, every file
//! F2's rules ask for is on disk byte for byte as the emulator serves it, and the store holds
//! exactly one row per post and per file.

mod support;

use douyin_download::{JobKind, JobOptions, JobSpec, Target};
use douyin_emulator::EmulatorConfig;
use douyin_store::JobState;
use support::*;

fn all_files() -> JobOptions {
    JobOptions {
        music: true,
        cover: true,
        desc: true,
        page_counts: 5,
        ..JobOptions::default()
    }
}

#[tokio::test]
async fn a_creators_posts_are_saved_completely_and_byte_exact() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let w = emu.world();
    let user = &w.users[0];
    let snap = run(
        &engine,
        JobSpec {
            kind: JobKind::Post,
            target: Target::User(user.sec_uid.clone()),
            options: all_files(),
        },
    )
    .await;
    assert_eq!(snap.state, JobState::Done, "{snap:#?}");
    assert_eq!(snap.listed, user.posts.len() as u64);
    assert_eq!(snap.files_failed, 0);
    let store = engine.store();
    let mut checked = 0;
    for &p in &user.posts {
        checked += assert_post_saved(&emu, store, dir.path(), &w.posts[p].aweme_id).await;
    }
    assert_eq!(snap.files_done as usize, checked);
    let listing = store.job_listing(snap.id).expect("listing");
    let listed: Vec<&str> = listing.iter().map(|(id, _)| id.as_str()).collect();
    let want: Vec<&str> = user
        .posts
        .iter()
        .map(|&p| w.posts[p].aweme_id.as_str())
        .collect();
    assert_eq!(listed, want, "listed in the creator's order");
    assert!(part_files(dir.path()).is_empty());
    assert!(store.integrity_check().expect("check"));
    engine.shutdown().await;
}

/// Runs `spec` on a fresh library and checks every listed post is saved byte-exact; returns
/// the listed ids in order.
async fn saved(
    emu: &douyin_emulator::EmulatorHandle,
    logged_in: bool,
    spec: JobSpec,
) -> (tempfile::TempDir, douyin_download::Engine, Vec<String>) {
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(emu, dir.path(), logged_in).await;
    let snap = run(&engine, spec).await;
    assert_eq!(snap.state, JobState::Done, "{snap:#?}");
    assert_eq!(snap.files_failed, 0, "{snap:#?}");
    let listed: Vec<String> = engine
        .store()
        .job_listing(snap.id)
        .expect("listing")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    // A post met twice (in two collect folders) is listed once.
    assert_eq!(snap.listed as usize, listed.len());
    assert!(!listed.is_empty(), "the job listed something");
    for id in &listed {
        assert_post_saved(emu, engine.store(), dir.path(), id).await;
    }
    assert!(part_files(dir.path()).is_empty());
    (dir, engine, listed)
}

fn ids(w: &douyin_emulator::World, posts: &[usize]) -> Vec<String> {
    posts.iter().map(|&p| w.posts[p].aweme_id.clone()).collect()
}

#[tokio::test]
async fn likes_collection_and_feeds() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let w = emu.world();
    let me = &w.users[w.account.user];
    let liker = w
        .users
        .iter()
        .find(|u| !u.likes.is_empty())
        .expect("a user with likes");
    let (_d, _e, listed) = saved(
        &emu,
        false,
        JobSpec {
            kind: JobKind::Like,
            target: Target::User(liker.sec_uid.clone()),
            options: all_files(),
        },
    )
    .await;
    assert_eq!(listed, ids(w, &liker.likes));

    let (_d, _e, listed) = saved(
        &emu,
        true,
        JobSpec {
            kind: JobKind::Collection,
            target: Target::User(me.sec_uid.clone()),
            options: all_files(),
        },
    )
    .await;
    assert_eq!(listed, ids(w, &w.account.collection));

    let following: Vec<usize> = me
        .following
        .iter()
        .flat_map(|&u| w.users[u].posts.clone())
        .collect();
    let (_d, _e, listed) = saved(
        &emu,
        false,
        JobSpec {
            kind: JobKind::Feed,
            target: Target::User(me.sec_uid.clone()),
            options: all_files(),
        },
    )
    .await;
    assert_eq!(listed, ids(w, &following));

    let friends: Vec<usize> = me
        .following
        .iter()
        .flat_map(|&u| w.users[u].posts.iter().take(2).copied())
        .collect();
    let (_d, _e, listed) = saved(
        &emu,
        true,
        JobSpec {
            kind: JobKind::Friend,
            target: Target::User(me.sec_uid.clone()),
            options: all_files(),
        },
    )
    .await;
    assert_eq!(listed, ids(w, &friends));
}

#[tokio::test]
async fn collect_folders_all_or_chosen_by_name_into_their_own_folders() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let w = emu.world();
    let me = &w.users[w.account.user];
    assert!(w.folders.len() >= 2, "the world has several folders");
    let mut all: Vec<usize> = Vec::new();
    for p in w.folders.iter().flat_map(|f| f.posts.iter().copied()) {
        if !all.contains(&p) {
            all.push(p);
        }
    }
    let (_d, _e, listed) = saved(
        &emu,
        true,
        JobSpec {
            kind: JobKind::Collects,
            target: Target::User(me.sec_uid.clone()),
            options: all_files(),
        },
    )
    .await;
    assert_eq!(listed, ids(w, &all));

    let chosen = &w.folders[1];
    let (dir, engine, listed) = saved(
        &emu,
        true,
        JobSpec {
            kind: JobKind::Collects,
            target: Target::User(me.sec_uid.clone()),
            options: JobOptions {
                collects: Some(vec![chosen.name.clone()]),
                folderize: true,
                ..all_files()
            },
        },
    )
    .await;
    assert_eq!(listed, ids(w, &chosen.posts));
    let files = engine.store().files_of_post(&listed[0]).expect("files");
    let folder_name = douyin_core::naming::replace_t(&chosen.name);
    assert!(
        files
            .iter()
            .all(|f| f.rel_path.starts_with("douyin/collects/")
                && f.rel_path.contains(&format!("/{folder_name}/"))),
        "{files:#?}"
    );
    assert!(dir.path().join("douyin/collects").is_dir());
}

#[tokio::test]
async fn collected_music_with_lyrics() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let w = emu.world();
    let me = &w.users[w.account.user];
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), true).await;
    let snap = run(
        &engine,
        JobSpec {
            kind: JobKind::Music,
            target: Target::User(me.sec_uid.clone()),
            options: JobOptions {
                lyric: true,
                page_counts: 3,
                ..JobOptions::default()
            },
        },
    )
    .await;
    assert_eq!(snap.state, JobState::Done, "{snap:#?}");
    let want: Vec<String> = w
        .account
        .music
        .iter()
        .map(|&m| w.music[m].id.to_string())
        .collect();
    let listed: Vec<String> = engine
        .store()
        .job_listing(snap.id)
        .expect("listing")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(listed, want);
    for id in &listed {
        assert_eq!(
            engine.store().post(id).expect("db").expect("row").kind,
            douyin_store::PostKind::Music,
            "a music item is recorded as music"
        );
        let raw: serde_json::Value =
            serde_json::from_str(&engine.store().post_raw(id).expect("db").expect("raw"))
                .expect("json");
        let files = engine.store().files_of_post(id).expect("files");
        let audio = files
            .iter()
            .find(|f| f.rel_path.ends_with("_music.mp3"))
            .expect("audio");
        let url = raw
            .pointer("/play_url/url_list/0")
            .and_then(|v| v.as_str())
            .expect("url");
        assert_eq!(
            std::fs::read(douyin_store::on_disk(dir.path(), &audio.rel_path)).expect("read"),
            fetch(url).await
        );
        let title = douyin_core::naming::replace_t(raw["title"].as_str().expect("title"));
        assert!(
            audio.rel_path.ends_with(&format!("/{title}_music.mp3")),
            "{}",
            audio.rel_path
        );
        if let Some(lyric_url) = raw["lyric_url"].as_str().filter(|u| !u.is_empty()) {
            let lrc = files
                .iter()
                .find(|f| f.rel_path.ends_with("_lyric.lrc"))
                .expect("lyric file");
            let json: serde_json::Value =
                serde_json::from_slice(&fetch(lyric_url).await).expect("lyric json");
            let text = std::fs::read_to_string(douyin_store::on_disk(dir.path(), &lrc.rel_path))
                .expect("lrc");
            assert_eq!(
                text,
                douyin_core::lrc::json_2_lrc(&json).expect("vector-proven conversion")
            );
            assert!(text.starts_with('['));
        }
    }
}

#[tokio::test]
async fn a_mix_in_episode_order_by_its_link_or_one_of_its_posts() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let w = emu.world();
    let mix = &w.mixes[0];
    let naming = JobOptions {
        naming: "{index}_{aweme_id}".into(),
        ..all_files()
    };
    let (_d, engine, listed) = saved(
        &emu,
        false,
        JobSpec {
            kind: JobKind::Mix,
            target: Target::Mix(mix.mix_id.clone()),
            options: naming.clone(),
        },
    )
    .await;
    assert_eq!(listed, ids(w, &mix.posts));
    let second = &listed[1];
    let files = engine.store().files_of_post(second).expect("files");
    assert!(
        files
            .iter()
            .all(|f| f.rel_path.contains(&format!("/002_{second}_"))),
        "{files:#?}"
    );
    let (_d, _e, by_post) = saved(
        &emu,
        false,
        JobSpec {
            kind: JobKind::Mix,
            target: Target::Post(w.posts[mix.posts[1]].aweme_id.clone()),
            options: naming,
        },
    )
    .await;
    assert_eq!(by_post, listed);
}

#[tokio::test]
async fn one_post_of_each_kind_and_related_posts() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let w = emu.world();
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    for kind in [
        douyin_emulator::world::PostKind::Video,
        douyin_emulator::world::PostKind::Images,
        douyin_emulator::world::PostKind::LivePhoto,
    ] {
        let post = w
            .posts
            .iter()
            .find(|p| p.kind == kind)
            .expect("a post of each kind");
        let snap = run(
            &engine,
            JobSpec {
                kind: JobKind::One,
                target: Target::Post(post.aweme_id.clone()),
                options: all_files(),
            },
        )
        .await;
        assert_eq!(snap.state, JobState::Done, "{kind:?}: {snap:#?}");
        let n = assert_post_saved(&emu, engine.store(), dir.path(), &post.aweme_id).await;
        let author = douyin_core::naming::replace_t(&w.users[post.author].nickname);
        let files = engine.store().files_of_post(&post.aweme_id).expect("files");
        assert!(files
            .iter()
            .all(|f| f.rel_path.starts_with(&format!("douyin/one/{author}/"))));
        if kind != douyin_emulator::world::PostKind::Video {
            assert!(n > 3, "images (and clips) are saved: {n} files");
        }
    }
    // A deleted post is a classified failure, not an empty success.
    let snap = run(
        &engine,
        JobSpec {
            kind: JobKind::One,
            target: Target::Post(w.deleted_aweme_id.clone()),
            options: all_files(),
        },
    )
    .await;
    assert_eq!(snap.state, JobState::Failed);
    assert_eq!(
        snap.error.as_ref().map(|e| e.kind),
        Some(douyin_core::ErrorKind::Unavailable)
    );

    let source = &w.posts[0];
    let (_d, engine, listed) = saved(
        &emu,
        false,
        JobSpec {
            kind: JobKind::Related,
            target: Target::Post(source.aweme_id.clone()),
            options: JobOptions {
                max_counts: Some(7),
                ..all_files()
            },
        },
    )
    .await;
    assert_eq!(listed.len(), 7);
    assert!(!listed.contains(&source.aweme_id));
    let author = douyin_core::naming::replace_t(&w.users[source.author].nickname);
    let files = engine.store().files_of_post(&listed[0]).expect("files");
    assert!(
        files.iter().all(|f| f
            .rel_path
            .starts_with(&format!("douyin/related/{author}/{}/", source.aweme_id))),
        "{files:#?}"
    );
}

#[tokio::test]
async fn a_second_run_downloads_nothing_again() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let w = emu.world();
    let user = &w.users[1];
    let spec = JobSpec {
        kind: JobKind::Post,
        target: Target::User(user.sec_uid.clone()),
        options: all_files(),
    };
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let first = run(&engine, spec.clone()).await;
    assert_eq!(first.state, JobState::Done);
    let served = emu.counters()["bytes_served"].as_u64().expect("counter");
    let mut rx = engine.subscribe();
    let second = run(&engine, spec).await;
    assert_ne!(
        second.id, first.id,
        "a finished job is not reopened; a new run is a new job"
    );
    assert_eq!(second.state, JobState::Done);
    assert_eq!(second.files_total, first.files_total);
    let again = emu.counters()["bytes_served"].as_u64().expect("counter") - served;
    // Only the listing's JSON travels again, not a media byte.
    assert!(again < 200_000, "{again} bytes served on the second run");
    let events = drain(&mut rx);
    let skipped = events
        .iter()
        .filter(|e| matches!(e, douyin_download::Event::FileDone { skipped: true, .. }))
        .count();
    assert_eq!(skipped as u64, first.files_done);
}
