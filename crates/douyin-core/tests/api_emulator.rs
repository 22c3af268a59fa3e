//! Every data method against the emulator: what comes back is what the emulator's world holds
//! (ids, counts and order across pages), and `max_counts` / `page_counts` shape the paging.

mod api_support;

use api_support::{aweme_ids, douyin, emulator, field, pages, uids};
use douyin_core::api::{items, FollowSource, ListOptions};
use douyin_core::models::live::ROOM_STATUS_LIVE;
use futures::StreamExt;

fn opts(page_counts: u32, max_counts: Option<u64>) -> ListOptions {
    ListOptions::default()
        .with_page_counts(page_counts)
        .with_max_counts(max_counts)
}

#[tokio::test]
async fn profile_and_one_post_match_the_world() {
    let emu = emulator().await;
    let w = emu.world();
    let api = douyin(&emu, false);
    let user = &w.users[1];
    let profile = api.user_profile(&user.sec_uid).await.expect("profile");
    let typed = profile.typed.user.expect("user");
    assert_eq!(typed.nickname.as_deref(), Some(user.nickname.as_str()));
    assert_eq!(
        typed.uid.as_ref().map(|u| u.as_str()),
        Some(user.uid.as_str())
    );
    assert_eq!(profile.raw["user"]["sec_uid"], user.sec_uid.as_str());

    let post = &w.posts[user.posts[0]];
    let detail = api.post_detail(&post.aweme_id).await.expect("detail");
    assert_eq!(
        detail.typed.aweme_id.as_ref().map(|i| i.as_str()),
        Some(post.aweme_id.as_str())
    );
    assert_eq!(detail.raw["aweme_id"], post.aweme_id.as_str());
    assert_eq!(detail.raw["desc"], post.desc.as_str());
}

#[tokio::test]
async fn user_posts_stream_every_post_in_order_across_pages() {
    let emu = emulator().await;
    let w = emu.world();
    let user = &w.users[0];
    let want = aweme_ids(w, &user.posts);
    assert!(want.len() > 5, "the world needs several pages");

    let got = pages(douyin(&emu, false).user_posts(&user.sec_uid, None, opts(5, None))).await;
    assert_eq!(field(&got, "/aweme_id"), want);
    assert_eq!(got.len(), want.len().div_ceil(5));
    assert!(got.iter().all(|p| p.items.len() <= 5));
    assert!(got.last().and_then(|p| p.last).is_some());
    // The item stream flattens the same pages.
    let flat: Vec<_> = items(douyin(&emu, false).user_posts(&user.sec_uid, None, opts(5, None)))
        .collect()
        .await;
    let flat: Vec<String> = flat
        .into_iter()
        .map(|i| {
            i.expect("item").raw["aweme_id"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    assert_eq!(flat, want);
    // Typed and raw agree item by item.
    for item in got.iter().flat_map(|p| &p.items) {
        assert_eq!(
            item.typed.aweme_id.as_ref().map(|i| i.as_str()),
            item.raw["aweme_id"].as_str()
        );
    }
}

#[tokio::test]
async fn max_counts_stops_early_and_trims_the_last_page() {
    let emu = emulator().await;
    let w = emu.world();
    let user = &w.users[0];
    let want: Vec<String> = user
        .posts
        .iter()
        .take(7)
        .map(|&p| w.posts[p].aweme_id.clone())
        .collect();
    let got = pages(douyin(&emu, false).user_posts(&user.sec_uid, None, opts(5, Some(7)))).await;
    assert_eq!(field(&got, "/aweme_id"), want);
    assert_eq!(
        got.iter().map(|p| p.items.len()).collect::<Vec<_>>(),
        vec![5, 2]
    );
    // Two requests only: the second asked for the remainder.
    let counters = emu.counters();
    assert_eq!(counters["requests"]["/aweme/v1/web/aweme/post/"], 2);
}

#[tokio::test]
async fn feed_mode_and_likes_and_mix_match_the_world() {
    let emu = emulator().await;
    let w = emu.world();
    let api = douyin(&emu, false);
    let user = &w.users[0];

    let feed = pages(api.user_feed(&user.sec_uid, opts(4, None))).await;
    let posts = aweme_ids(w, &user.posts);
    assert_eq!(field(&feed, "/aweme_id"), posts);

    let likes = pages(api.user_likes(&user.sec_uid, opts(3, None))).await;
    let liked = aweme_ids(w, &user.likes);
    assert!(!liked.is_empty());
    assert_eq!(field(&likes, "/aweme_id"), liked);

    let mix = &w.mixes[0];
    let got = pages(api.mix(&mix.mix_id, opts(2, None))).await;
    let want = aweme_ids(w, &mix.posts);
    assert_eq!(field(&got, "/aweme_id"), want);
}

#[tokio::test]
async fn comments_and_replies_page_by_cursor() {
    let emu = emulator().await;
    let w = emu.world();
    let api = douyin(&emu, false);
    let post = w
        .posts
        .iter()
        .find(|p| p.comments.len() > 3 && p.comments.iter().any(|c| c.replies.len() > 1))
        .expect("a post with comments and a reply thread");

    let got = pages(api.comments(&post.aweme_id, opts(3, None))).await;
    let want: Vec<String> = post.comments.iter().map(|c| c.cid.clone()).collect();
    assert_eq!(field(&got, "/cid"), want);

    let comment = post
        .comments
        .iter()
        .find(|c| c.replies.len() > 1)
        .expect("thread");
    let got = pages(api.comment_replies(&post.aweme_id, &comment.cid, opts(1, None))).await;
    let want: Vec<String> = comment.replies.iter().map(|c| c.cid.clone()).collect();
    // F2 HEAD stops after the first page of replies (a crash); all of them come here.
    assert_eq!(field(&got, "/cid"), want);
    assert!(got.len() > 1);
}

#[tokio::test]
async fn related_posts_exclude_the_post_and_stop_at_max_counts() {
    let emu = emulator().await;
    let w = emu.world();
    let me = &w.posts[0].aweme_id;
    let got = pages(douyin(&emu, false).related(me, opts(4, Some(10)))).await;
    let ids = field(&got, "/aweme_id");
    assert_eq!(ids.len(), 10);
    assert!(!ids.contains(me));
    assert!(ids.iter().all(|id| w.post(id).is_some()));
    // Page 2 was asked to filter out page 1's ids, so the two pages do not overlap.
    let first: Vec<&String> = ids.iter().take(4).collect();
    assert!(ids.iter().skip(4).take(4).all(|id| !first.contains(&id)));
}

#[tokio::test]
async fn following_and_followers_match_the_world() {
    let emu = emulator().await;
    let w = emu.world();
    let api = douyin(&emu, false);
    let (i, user) = w
        .users
        .iter()
        .enumerate()
        .max_by_key(|(_, u)| u.following.len())
        .expect("users");
    let want = uids(w, &user.following);
    assert!(want.len() > 1, "user {i} should follow several accounts");
    for source in [FollowSource::Default, FollowSource::RecentFirst] {
        let got = pages(api.following("", &user.sec_uid, source, opts(1, None))).await;
        assert_eq!(field(&got, "/uid"), want, "{source:?}");
        assert_eq!(got.len(), want.len());
    }

    let (_, popular) = w
        .users
        .iter()
        .enumerate()
        .max_by_key(|(_, u)| u.followers.len())
        .expect("users");
    let want = uids(w, &popular.followers);
    let got = pages(api.followers(&popular.uid, &popular.sec_uid, opts(20, None))).await;
    assert_eq!(field(&got, "/uid"), want);
}

#[tokio::test]
async fn logged_in_lists_match_the_account() {
    let emu = emulator().await;
    let w = emu.world();
    let api = douyin(&emu, true);

    let got = pages(api.collection(opts(3, None))).await;
    let want = aweme_ids(w, &w.account.collection);
    assert_eq!(field(&got, "/aweme_id"), want);

    let got = pages(api.collects(opts(1, None))).await;
    let want: Vec<String> = w.folders.iter().map(|f| f.id.clone()).collect();
    assert_eq!(field(&got, "/collects_id_str"), want);
    assert_eq!(
        got[0].items[0].typed.id().as_deref(),
        Some(want[0].as_str())
    );

    let folder = &w.folders[0];
    let got = pages(api.collects_videos(&folder.id, opts(2, None))).await;
    let want = aweme_ids(w, &folder.posts);
    assert_eq!(field(&got, "/aweme_id"), want);

    let got = pages(api.music_collection(opts(2, None))).await;
    let want: Vec<String> = w
        .account
        .music
        .iter()
        .map(|&m| w.music[m].id.to_string())
        .collect();
    assert_eq!(field(&got, "/id_str"), want);

    let me = &w.users[w.account.user];
    let got = pages(api.friend_feed(ListOptions::default())).await;
    let want: Vec<String> = me
        .following
        .iter()
        .flat_map(|&u| w.users[u].posts.iter().take(2))
        .map(|&p| w.posts[p].aweme_id.clone())
        .collect();
    assert_eq!(field(&got, "/aweme/aweme_id"), want);

    let got = pages(api.follow_feed(opts(5, Some(8)))).await;
    let want: Vec<String> = me
        .following
        .iter()
        .flat_map(|&u| w.users[u].posts.iter())
        .take(8)
        .map(|&p| w.posts[p].aweme_id.clone())
        .collect();
    assert_eq!(field(&got, "/aweme_id"), want);

    let query = api.query_user().await.expect("query user");
    assert_eq!(
        query.typed.user_uid.as_ref().map(|u| u.as_str()),
        Some(me.uid.as_str())
    );

    let lives = api.following_lives().await.expect("following lives");
    assert!(lives.raw["data"].is_object());
}

#[tokio::test]
async fn live_rooms_by_web_rid_and_room_id() {
    let emu = emulator().await;
    let w = emu.world();
    let api = douyin(&emu, false);
    let (live, ended) = (&w.rooms[0], &w.rooms[1]);

    let room = api.live_by_web_rid(&live.web_rid).await.expect("enter");
    let r = room.typed.room().expect("room");
    assert_eq!(r.room_id(), Some(live.room_id.to_string()));
    assert_eq!(r.status, Some(ROOM_STATUS_LIVE));
    let room = api
        .live_by_web_rid(&ended.web_rid)
        .await
        .expect("enter ended");
    assert_ne!(
        room.typed.room().and_then(|r| r.status),
        Some(ROOM_STATUS_LIVE)
    );

    let reflow = api
        .live_by_room_id(&live.room_id.to_string())
        .await
        .expect("reflow");
    let r = reflow.typed.data.and_then(|d| d.room).expect("room");
    assert_eq!(r.room_id(), Some(live.room_id.to_string()));

    // A room id passed where a web_rid is expected is a usage error, not a request.
    let err = api
        .live_by_web_rid(&live.room_id.to_string())
        .await
        .expect_err("room id");
    assert_eq!(err.kind(), douyin_core::ErrorKind::InvalidInput);

    let owner = &w.users[live.owner];
    let status = api.live_status(&owner.uid).await.expect("status");
    assert!(!status.typed.scenes().is_empty());

    let im = api
        .live_im_fetch(&live.room_id.to_string(), &w.account.user_unique_id)
        .await
        .expect("im fetch");
    assert!(im.typed.extra.and_then(|e| e.cursor).is_some());
}

#[tokio::test]
async fn search_suggest_stats_locate_and_home_feed() {
    let emu = emulator().await;
    let w = emu.world();
    let api = douyin(&emu, false);
    let user = &w.users[0];

    // A word from one desc: exactly the user's posts whose desc contains it come back.
    let word: String = w.posts[user.posts[0]].desc.chars().take(2).collect();
    let want: Vec<String> = (0..w.posts.len())
        .filter(|&p| w.posts[p].author == 0 && w.posts[p].desc.contains(&word))
        .map(|p| w.posts[p].aweme_id.clone())
        .collect();
    let got = pages(api.search(&user.sec_uid, &word, opts(2, None))).await;
    assert_eq!(field(&got, "/item/aweme_id"), want);

    let words = api.suggest_words("旅行", 10).await.expect("suggest");
    assert_eq!(words.typed.words().len(), 10);
    assert!(words
        .typed
        .words()
        .iter()
        .all(|s| s.word.as_deref().is_some_and(|x| x.starts_with("旅行"))));

    let stats = api
        .post_stats(&w.posts[0].aweme_id, 0)
        .await
        .expect("stats");
    assert_eq!(stats.typed.status_code, Some(0));

    let located = api
        .locate_post(&user.sec_uid, "0", &w.posts[user.posts[3]].aweme_id, "0")
        .await
        .expect("locate");
    assert!(!located.typed.items().is_empty());

    let feed = api.home_feed(6, 1).await.expect("home feed");
    assert_eq!(feed.typed.items().len(), 6);
}

#[tokio::test]
async fn a_list_resumed_at_a_saved_position_continues_where_it_stopped() {
    let emu = emulator().await;
    let w = emu.world();
    let user = &w.users[0];
    let want = aweme_ids(w, &user.posts);
    let first = pages(douyin(&emu, false).user_posts(&user.sec_uid, None, opts(5, Some(5)))).await;
    assert_eq!(first.len(), 1);
    // A page cut by max_counts is the last of that run, so it offers no position; take the
    // position the uncut first page offers instead.
    let full = pages(douyin(&emu, false).user_posts(&user.sec_uid, None, opts(5, None))).await;
    let saved = full[0]
        .next
        .clone()
        .expect("a middle page says where to continue");
    assert!(full.last().and_then(|p| p.next.clone()).is_none());
    // The position survives a round trip through JSON, as a downloader stores it.
    let saved: douyin_core::api::Position =
        serde_json::from_str(&serde_json::to_string(&saved).expect("json")).expect("back");
    let rest = pages(douyin(&emu, false).user_posts(
        &user.sec_uid,
        None,
        opts(5, None).resuming_at(Some(saved)),
    ))
    .await;
    assert_eq!(field(&rest, "/aweme_id"), want[5..].to_vec());
}
