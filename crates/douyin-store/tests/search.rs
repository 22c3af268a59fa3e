//! Search: Chinese full text through the trigram index, kept in step with edits and deletes;
//! the LIKE fallback for one- and two-character words; filters; paging and order.

mod common;

use common::{planned, post, store};
use douyin_store::{
    AssetKind, FileState, HistoryStore, PageCommit, PostKind, PostRow, SearchQuery,
};

fn ids(store: &HistoryStore, q: &SearchQuery) -> Vec<String> {
    store
        .search(q)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.aweme_id)
        .collect()
}

fn text(t: &str) -> SearchQuery {
    SearchQuery {
        text: Some(t.into()),
        ..SearchQuery::default()
    }
}

fn library() -> HistoryStore {
    let store = store();
    let mut a = post("1", "u1", 1_700_000_000, "今天去杭州西湖旅行，风景很美");
    a.author_nickname = Some("阿花".into());
    a.music_title = Some("夏天的风".into());
    a.hashtags = vec!["旅行日记".into(), "杭州".into()];
    let mut b = post("2", "u2", 1_700_100_000, "在家做红烧肉 Braised Pork");
    b.author_nickname = Some("厨房小王".into());
    b.kind = PostKind::Images;
    b.hashtags = vec!["美食".into()];
    let mut c = post("3", "u1", 1_700_200_000, "西湖的夜景 100% 好看_真的");
    c.author_nickname = Some("阿花".into());
    c.kind = PostKind::LivePhoto;
    let mut d = post("4", "u3", 1_699_000_000, "猫");
    d.author_nickname = Some("喵星人".into());
    for p in [&a, &b, &c, &d] {
        store.upsert_post(p).unwrap();
    }
    store
}

#[test]
fn chinese_text_is_found_in_every_searched_column() {
    let store = library();
    assert_eq!(ids(&store, &text("杭州西湖")), vec!["1"]);
    assert_eq!(ids(&store, &text("西湖的")), vec!["3"]);
    assert_eq!(ids(&store, &text("夏天的风")), vec!["1"], "music title");
    assert_eq!(ids(&store, &text("旅行日记")), vec!["1"], "hashtag");
    assert_eq!(ids(&store, &text("厨房小")), vec!["2"], "author nickname");
    assert_eq!(ids(&store, &text("braised")), vec!["2"], "case-insensitive");
    assert_eq!(
        ids(&store, &text("西湖 风景")),
        vec!["1"],
        "all words must match"
    );
    assert!(ids(&store, &text("上海外滩")).is_empty());
    assert!(
        ids(&store, &text("\"OR\" NEAR(")).is_empty(),
        "query syntax is literal text"
    );
}

#[test]
fn edits_and_deletes_are_followed_by_the_index() {
    let store = library();
    let mut edited = post("1", "u1", 1_700_000_000, "改成了成都火锅");
    edited.hashtags = vec!["火锅".into()];
    store.upsert_post(&edited).unwrap();
    assert!(
        ids(&store, &text("杭州西湖")).is_empty(),
        "old text is gone"
    );
    assert!(
        ids(&store, &text("旅行日记")).is_empty(),
        "old hashtags are gone"
    );
    assert_eq!(ids(&store, &text("成都火锅")), vec!["1"]);
    // A sighting that leaves the nickname out keeps it, and keeps it searchable.
    assert_eq!(ids(&store, &text("阿花")).len(), 2);
    store.delete_post("3").unwrap();
    assert!(ids(&store, &text("西湖的夜景")).is_empty());
    assert_eq!(ids(&store, &text("阿花")), vec!["1"]);
}

#[test]
fn one_and_two_character_words_use_the_like_fallback() {
    let store = library();
    assert_eq!(ids(&store, &text("猫")), vec!["4"]);
    assert_eq!(ids(&store, &text("西湖")), vec!["3", "1"]);
    assert_eq!(
        ids(&store, &text("美食")),
        vec!["2"],
        "hashtag, two characters"
    );
    assert_eq!(
        ids(&store, &text("阿花")),
        vec!["3", "1"],
        "nickname, two characters"
    );
    assert_eq!(ids(&store, &text("%")), vec!["3"], "a literal percent sign");
    assert_eq!(ids(&store, &text("_")), vec!["3"], "a literal underscore");
    assert_eq!(ids(&store, &text("西湖 夜景")), vec!["3"]);
    assert_eq!(
        ids(&store, &text("西湖 风景很美")),
        vec!["1"],
        "short and long words mix"
    );
}

#[test]
fn filters_paging_and_order() {
    let store = library();
    let all = ids(&store, &SearchQuery::default());
    assert_eq!(all, vec!["3", "2", "1", "4"], "newest first");
    let by = |creator: &str| SearchQuery {
        creator: Some(creator.into()),
        ..SearchQuery::default()
    };
    assert_eq!(ids(&store, &by("u1")), vec!["3", "1"]);
    assert_eq!(ids(&store, &by("MS4wLjABAAAAu2")), vec!["2"], "by sec_uid");
    let kind = SearchQuery {
        kind: Some(PostKind::LivePhoto),
        ..SearchQuery::default()
    };
    assert_eq!(ids(&store, &kind), vec!["3"]);
    let range = SearchQuery {
        from_ts: Some(1_700_000_000),
        to_ts: Some(1_700_100_000),
        ..SearchQuery::default()
    };
    assert_eq!(ids(&store, &range), vec!["2", "1"], "inclusive bounds");

    let job = store.create_job("like", "{}").unwrap();
    let page = PageCommit {
        listed: vec![("2".into(), 0), ("4".into(), 1)],
        files: vec![
            planned("2", AssetKind::Image, 1, "douyin/like/x/2_image_1.webp"),
            planned("4", AssetKind::Video, 0, "douyin/like/x/4_video.mp4"),
        ],
        ..PageCommit::default()
    };
    let files = store.commit_page(job, &page).unwrap();
    store
        .file_done(files[1].id, &files[1].rel_path, 10)
        .unwrap();
    let mode = SearchQuery {
        job_kind: Some("like".into()),
        ..SearchQuery::default()
    };
    assert_eq!(ids(&store, &mode), vec!["2", "4"]);
    let done = SearchQuery {
        file_state: Some(FileState::Done),
        ..SearchQuery::default()
    };
    assert_eq!(ids(&store, &done), vec!["4"]);
    let combined = SearchQuery {
        job_kind: Some("like".into()),
        text: Some("红烧肉".into()),
        ..SearchQuery::default()
    };
    let page = store.search(&combined).unwrap();
    assert_eq!(page.total, 1);
    assert_eq!(
        page.hits[0].files[0].rel_path,
        "douyin/like/x/2_image_1.webp"
    );

    let paged = SearchQuery {
        limit: Some(2),
        offset: 1,
        ..SearchQuery::default()
    };
    let p = store.search(&paged).unwrap();
    assert_eq!(p.total, 4, "the total counts every page");
    assert_eq!(
        p.hits
            .iter()
            .map(|h| h.aweme_id.as_str())
            .collect::<Vec<_>>(),
        vec!["2", "1"]
    );
}

#[test]
fn posts_without_a_create_time_sort_last() {
    let store = library();
    let mut undated = PostRow::new("9", PostKind::Video);
    undated.description = Some("没有时间".into());
    store.upsert_post(&undated).unwrap();
    assert_eq!(ids(&store, &SearchQuery::default()).last().unwrap(), "9");
}
