//! Link previews against the emulator: each kind of target is summarised with what the
//! emulator's world holds for it.

use douyin_core::api::Douyin;
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient, GovernorConfig};
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_core::models::PostKind;
use douyin_core::preview::preview;
use douyin_core::ErrorKind;
use douyin_emulator::{Emulator, EmulatorConfig};

fn api(base: &str) -> Douyin<DouyinClient> {
    let config = ClientConfig {
        base_url: Some(base.to_owned()),
        governor: GovernorConfig {
            requests_per_s: 0.0,
            jitter_ms: 0,
            ..GovernorConfig::default()
        },
        ..ClientConfig::default()
    };
    Douyin::new(DouyinClient::new(config, ClientWorld::system()).expect("client"))
}

#[tokio::test]
async fn posts_creators_mixes_and_lives_are_summarised_from_the_world() {
    let emu = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let world = emu.world().clone();
    let api = api(emu.base_url());

    let post = world
        .posts
        .iter()
        .find(|p| !p.desc.is_empty())
        .expect("a post with text");
    let got = preview(
        &api,
        &LinkTarget::new(TargetKind::Post, post.aweme_id.clone()),
    )
    .await
    .expect("post");
    assert_eq!(
        got.target,
        LinkTarget::new(TargetKind::Post, post.aweme_id.clone())
    );
    assert_eq!(got.title, post.desc);
    assert_eq!(
        got.author.as_deref(),
        Some(world.users[post.author].nickname.as_str())
    );
    // The media kind the emulator built the post as.
    let want = match post.kind {
        douyin_emulator::world::PostKind::Video => PostKind::Video,
        douyin_emulator::world::PostKind::Images => PostKind::Images,
        douyin_emulator::world::PostKind::LivePhoto => PostKind::LivePhoto,
    };
    assert_eq!(got.media, Some(want));

    let user = &world.users[0];
    let got = preview(
        &api,
        &LinkTarget::new(TargetKind::User, user.sec_uid.clone()),
    )
    .await
    .expect("user");
    assert_eq!(
        (got.target.kind, got.title.as_str(), got.media),
        (TargetKind::User, user.nickname.as_str(), None)
    );
    assert_eq!(got.count, Some(user.posts.len() as i64));

    let mix = world.mixes.first().expect("a mix");
    let got = preview(&api, &LinkTarget::new(TargetKind::Mix, mix.mix_id.clone()))
        .await
        .expect("mix");
    assert_eq!(
        (got.target.kind, got.title.as_str()),
        (TargetKind::Mix, mix.name.as_str())
    );

    for room in &world.rooms {
        let got = preview(
            &api,
            &LinkTarget::new(TargetKind::Live, room.web_rid.clone()),
        )
        .await
        .expect("live");
        assert_eq!(got.title, room.title);
        assert_eq!(got.live, Some(room.live_at_start), "room {}", room.web_rid);
        let by_id = preview(
            &api,
            &LinkTarget::new(TargetKind::LiveRoom, room.room_id.to_string()),
        )
        .await
        .expect("live by room id");
        assert_eq!(by_id.title, room.title);
    }
}

#[tokio::test]
async fn unresolved_short_links_and_missing_posts_are_classified_errors() {
    let emu = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let api = api(emu.base_url());
    let short = LinkTarget::new(TargetKind::ShortLink, "https://v.douyin.com/abc/");
    let err = preview(&api, &short).await.expect_err("needs resolving");
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    let err = preview(&api, &LinkTarget::new(TargetKind::Post, "1"))
        .await
        .expect_err("no such post");
    assert!(
        matches!(err.kind(), ErrorKind::Unavailable | ErrorKind::NotFound),
        "{:?}",
        err.kind()
    );
}
