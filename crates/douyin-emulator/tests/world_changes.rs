//! Changes to a running world (a creator renames, a post is deleted), the hostile-names
//! world, and lists long enough to page with small page sizes.

mod common;

use common::{start, start_with, Env};
use serde_json::{json, Value};

async fn posts_of(env: &Env, sec: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut cursor = 0u64;
    loop {
        let page = env
            .api_json(
                "/aweme/v1/web/aweme/post/",
                &format!("max_cursor={cursor}&count=4&sec_user_id={sec}"),
            )
            .await;
        out.extend(page["aweme_list"].as_array().expect("list").iter().cloned());
        if page["has_more"] != 1 {
            return out;
        }
        cursor = page["max_cursor"].as_u64().expect("cursor");
    }
}

fn ids(list: &[Value], at: &str) -> Vec<String> {
    list.iter()
        .map(|a| {
            a.pointer(at)
                .and_then(Value::as_str)
                .expect("id")
                .to_string()
        })
        .collect()
}

#[tokio::test]
async fn a_rename_shows_on_the_profile_the_posts_and_the_world() {
    let env = start().await;
    let sec = env.user_sec(2);
    let (status, v) = env
        .admin("users/2/rename", Some(json!({"nickname": "新名字/2025"})))
        .await;
    assert_eq!(status, 200, "{v}");
    let prof = env
        .api_json(
            "/aweme/v1/web/user/profile/other/",
            &format!("sec_user_id={sec}"),
        )
        .await;
    assert_eq!(prof["user"]["nickname"], "新名字/2025");
    let posts = posts_of(&env, &sec).await;
    assert!(!posts.is_empty());
    assert!(posts
        .iter()
        .all(|a| a["author"]["nickname"] == "新名字/2025"));
    let d = env.detail(posts[0]["aweme_id"].as_str().expect("id")).await;
    assert_eq!(d["author"]["nickname"], "新名字/2025");
    assert_eq!(env.world_now().await["users"][2]["nickname"], "新名字/2025");
    assert_ne!(
        env.emu.world().users[2].nickname,
        "新名字/2025",
        "world() is as generated"
    );
    assert_eq!(env.emu.world_now().users[2].nickname, "新名字/2025");
    // Unknown users and bad bodies are refused.
    assert_eq!(
        env.admin("users/99/rename", Some(json!({"nickname": "x"})))
            .await
            .0,
        404
    );
    assert_eq!(
        env.admin("users/1/rename", Some(json!({"name": "x"})))
            .await
            .0,
        400
    );
}

#[tokio::test]
async fn a_deleted_post_leaves_every_list_and_its_detail_is_filtered() {
    let env = start().await;
    let sec = env.user_sec(1);
    let before = posts_of(&env, &sec).await;
    let victim = before[1]["aweme_id"].as_str().expect("id").to_string();
    let (status, _) = env.admin(&format!("posts/{victim}/delete"), None).await;
    assert_eq!(status, 204);
    let after = posts_of(&env, &sec).await;
    assert_eq!(after.len(), before.len() - 1);
    assert!(!ids(&after, "/aweme_id").contains(&victim));
    let prof = env
        .api_json(
            "/aweme/v1/web/user/profile/other/",
            &format!("sec_user_id={sec}"),
        )
        .await;
    assert_eq!(prof["user"]["aweme_count"], after.len());
    // User 0 likes user 1's posts: the like list loses it too.
    let likes = env
        .api_json(
            "/aweme/v1/web/aweme/favorite/",
            &format!("max_cursor=0&count=100&sec_user_id={}", env.user_sec(0)),
        )
        .await;
    assert!(!ids(likes["aweme_list"].as_array().expect("likes"), "/aweme_id").contains(&victim));
    let d = env
        .api_json("/aweme/v1/web/aweme/detail/", &format!("aweme_id={victim}"))
        .await;
    assert_eq!(d["status_code"], 0);
    assert!(d["aweme_detail"].is_null());
    assert_eq!(d["filter_detail"]["aweme_id"], victim.as_str());
    assert!(d["filter_detail"]["filter_reason"].is_string());
    let w = env.world_now().await;
    assert!(w["posts"]["deleted"]
        .as_array()
        .expect("deleted")
        .iter()
        .any(|x| x == &json!(victim)));
    assert_eq!(
        env.admin(&format!("posts/{victim}/delete"), None).await.0,
        404
    );
}

/// Every page of an offset-paged list, with `count`.
async fn offset_pages(env: &Env, path: &str, extra: &str, count: u64, list: &str) -> Vec<usize> {
    let mut sizes = Vec::new();
    let mut cursor = 0u64;
    loop {
        let v = env
            .api_json(path, &format!("cursor={cursor}&count={count}&{extra}"))
            .await;
        sizes.push(v[list].as_array().map(Vec::len).unwrap_or(0));
        if v["has_more"] != 1 {
            return sizes;
        }
        cursor = v["cursor"].as_u64().expect("cursor");
    }
}

#[tokio::test]
async fn account_lists_span_several_pages_at_small_counts() {
    let env = start().await;
    let folders = offset_pages(&env, "/aweme/v1/web/collects/list/", "", 2, "collects_list").await;
    assert!(folders.len() >= 3, "folders pages {folders:?}");
    let music = offset_pages(
        &env,
        "/aweme/v1/web/music/listcollection/",
        "",
        1,
        "mc_list",
    )
    .await;
    assert!(music.len() >= 3, "music pages {music:?}");
    for mix in env.world["mixes"].as_array().expect("mixes") {
        let id = mix["mix_id"].as_str().expect("id");
        let pages = offset_pages(
            &env,
            "/aweme/v1/web/mix/aweme/",
            &format!("mix_id={id}"),
            1,
            "aweme_list",
        )
        .await;
        assert!(pages.len() >= 3, "mix {id} pages {pages:?}");
    }
    let folder = env.world["collect_folders"][0].as_str().expect("folder");
    let pages = offset_pages(
        &env,
        "/aweme/v1/web/collects/video/list/",
        &format!("collects_id={folder}"),
        2,
        "aweme_list",
    )
    .await;
    assert!(pages.len() >= 3, "folder videos {pages:?}");
    let pages = offset_pages(
        &env,
        "/aweme/v1/web/follow/feed/",
        "level=1",
        2,
        "aweme_list",
    )
    .await;
    assert!(pages.len() >= 3, "follow feed {pages:?}");
    // The friend feed takes no count; its page is 5.
    let mut cursor = 0u64;
    let mut pages = 0;
    loop {
        let query = format!("{}&cursor={cursor}&level=1&aweme_ids=&room_ids=&pull_type=0&refresh_type=0&address_book_access=2&gps_access=2&recent_gids=", common::BASE);
        let r = env
            .http
            .post(env.ab_url("/aweme/v1/web/familiar/feed/", &query, ""))
            .header("User-Agent", common::UA)
            .header("Referer", "https://www.douyin.com/")
            .header("Cookie", env.cookie())
            .send()
            .await
            .expect("friend feed");
        let v: Value = r.json().await.expect("json");
        assert!(v["data"].as_array().expect("data").len() <= 5);
        pages += 1;
        if v["has_more"] != 1 {
            break;
        }
        cursor = v["cursor"].as_u64().expect("cursor");
    }
    assert!(pages >= 2, "friend feed pages {pages}");
}

#[tokio::test]
async fn hostile_names_reach_the_json_intact_and_keep_the_ids() {
    let plain = start().await;
    let env = start_with(|c| c.hostile_names = true).await;
    assert_eq!(
        env.world["users"][1]["sec_user_id"],
        plain.world["users"][1]["sec_user_id"]
    );
    assert_eq!(
        env.world["posts"], plain.world["posts"],
        "same ids with or without"
    );
    assert_eq!(env.world["hostile"]["users"], json!([1, 2, 3]));
    let w = env.emu.world();
    let names: Vec<&str> = (1..4).map(|u| w.users[u].nickname.as_str()).collect();
    assert_eq!(names[0], "../../etc/passwd");
    assert_eq!(names[1], "CON");
    assert!(names[2].contains('\u{202e}'));
    let prof = env
        .api_json(
            "/aweme/v1/web/user/profile/other/",
            &format!("sec_user_id={}", env.user_sec(1)),
        )
        .await;
    assert_eq!(prof["user"]["nickname"], "../../etc/passwd");
    // Post 0, 2, 4… of the world: the whole catalogue, NUL and newlines included.
    let hostile = env.world["hostile"]["posts"].as_array().expect("posts");
    assert_eq!(hostile.len(), w.posts.len().div_ceil(2));
    let mut descs = Vec::new();
    for id in hostile {
        let d = env.detail(id.as_str().expect("id")).await;
        let desc = d["desc"].as_str().expect("desc").to_string();
        let tag = d["text_extra"][0]["hashtag_name"]
            .as_str()
            .expect("tag")
            .to_string();
        assert!(desc.ends_with(&format!("#{tag}")), "{desc:?} / {tag:?}");
        descs.push(desc);
    }
    let all = descs.join("|");
    for needle in [
        "../../etc/passwd",
        "\\",
        "\0",
        "\n",
        "CON",
        "NUL",
        "aux.txt",
        "...",
        "   #",
        "\u{202e}",
    ] {
        assert!(all.contains(needle), "{needle:?} in some description");
    }
    assert!(
        descs
            .iter()
            .any(|d| d.chars().filter(|c| *c == '😀').count() >= 75),
        "300 emoji"
    );
    assert!(
        w.music.iter().any(|m| m.title.contains('/')),
        "music titles too"
    );
    assert!(w.mixes[0].name.contains('/') && w.folders[0].name.starts_with(".."));
}
