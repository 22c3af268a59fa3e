//! Property tests over untrusted input: pasted share text and links, JSON answers (arbitrary
//! values and mutated real captures from `shared/real-responses/`), and the list engine fed
//! arbitrary pages. Nothing may panic; every input gives a value or a classified error, and a
//! list always ends. Case counts are bounded (256 per property) so CI stays fast.

use douyin_core::api::{Douyin, Fetch, ListOptions};
use douyin_core::fields;
use douyin_core::link::{
    analyze_text, classify_url, extract_all_urls, extract_id, find_link, resolve_link, LinkTarget,
    TargetKind,
};
use douyin_core::models::*;
use douyin_core::params::RequestModel;
use douyin_core::ErrorKind;
use futures::StreamExt;
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

const CASES: u32 = 256;

const KINDS: [TargetKind; 5] = [
    TargetKind::User,
    TargetKind::Post,
    TargetKind::Mix,
    TargetKind::Live,
    TargetKind::LiveRoom,
];

/// Text around links as people paste it: CJK, emoji, punctuation glued to the URL, newlines.
fn noise() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("复制此链接，打开Dou音搜索".to_owned()),
            Just("👉".to_owned()),
            Just(" ".to_owned()),
            Just("\n".to_owned()),
            Just("，看看".to_owned()),
            Just("7.43 pda:/ ".to_owned()),
            "[a-zA-Z0-9 ]{0,8}",
            any::<char>().prop_map(String::from),
        ],
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

fn every_link_call(text: &str) {
    let _ = find_link(text);
    let _ = extract_all_urls(text);
    let _ = analyze_text(text);
    if let Err(e) = resolve_link(text) {
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{e}");
    }
    for kind in KINDS {
        if let Err(e) = extract_id(kind, text) {
            assert_eq!(e.kind(), ErrorKind::InvalidInput);
        }
    }
    if let Err(e) = classify_url(text) {
        assert_eq!(e.kind(), ErrorKind::InvalidInput);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn any_text_gives_a_link_answer_or_a_classified_error(text in any::<String>()) {
        every_link_call(&text);
    }

    #[test]
    fn url_like_text_never_panics(
        scheme in prop_oneof![Just("https://"), Just("http://"), Just("HTTPS://"), Just("")],
        host in prop_oneof![
            prop::sample::select(&[
                "v.douyin.com", "www.douyin.com", "live.douyin.com", "www.iesdouyin.com",
                "webcast.amemv.com", "[::1",
            ][..]).prop_map(str::to_owned),
            "[a-z.]{0,12}",
        ],
        path in prop::collection::vec(
            prop_oneof![
                prop::sample::select(&[
                    "video", "note", "user", "collection", "live", "reflow", "share", "slides",
                    "mix", "detail",
                ][..]).prop_map(str::to_owned),
                "[0-9]{0,20}",
                "[A-Za-z0-9_%-]{0,16}",
            ],
            0..5,
        ),
        query in "[a-z_]{0,8}(=[A-Za-z0-9%]{0,12})?(&modal_id=[0-9]{0,19})?",
        before in noise(),
        after in noise(),
    ) {
        let text = format!("{before}{scheme}{host}/{}?{query}{after}", path.join("/"));
        every_link_call(&text);
    }

    #[test]
    fn a_short_link_in_share_text_is_found_whole(
        code in "[A-Za-z0-9]{6,10}",
        before in noise(),
        glued in prop_oneof![Just(""), Just("复制此链接"), Just("，看看"), Just("👉")],
    ) {
        let link = format!("https://v.douyin.com/{code}/");
        let text = format!("{before} {link}{glued} 打开抖音");
        prop_assert_eq!(find_link(&text), Some(link.as_str()));
        prop_assert_eq!(resolve_link(&text), Ok(LinkTarget::new(TargetKind::ShortLink, link.clone())));
    }

    #[test]
    fn a_post_link_yields_its_digits_whatever_is_glued_on(
        id in "[1-9][0-9]{18}",
        glued in prop_oneof![Just(""), Just("复制此链接"), Just("?previous_page=app_code_link"), Just("，")],
    ) {
        let text = format!("看看 https://www.douyin.com/video/{id}{glued} 好看");
        prop_assert_eq!(resolve_link(&text), Ok(LinkTarget::new(TargetKind::Post, id.clone())));
        let link = find_link(&text).unwrap_or_default();
        prop_assert_eq!(extract_id(TargetKind::Post, link), Ok(id));
    }
}

/// Arbitrary JSON: scalars, arrays and objects a few levels deep, with the keys Douyin uses
/// mixed in so the models' fields get hit by wrong types.
fn json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("status_code".to_owned()),
        Just("aweme_list".to_owned()),
        Just("aweme_detail".to_owned()),
        Just("has_more".to_owned()),
        Just("max_cursor".to_owned()),
        Just("cursor".to_owned()),
        Just("user".to_owned()),
        Just("data".to_owned()),
        Just("video".to_owned()),
        Just("bit_rate".to_owned()),
        Just("url_list".to_owned()),
        Just("images".to_owned()),
        Just("author".to_owned()),
        Just("room".to_owned()),
        Just("stream_url".to_owned()),
        Just("aweme_id".to_owned()),
        "[a-z_]{1,10}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Reads `v` as `T`: a model or a classified model error, never a panic.
fn read<T: DeserializeOwned>(v: &Value) -> Option<T> {
    match Parsed::<T>::from_value(v.clone()) {
        Ok(p) => Some(p.typed),
        Err(e) => {
            let _ = e.kind();
            None
        }
    }
}

fn post_list(v: &Value) {
    if let Some(r) = read::<AwemeListResponse>(v) {
        let _ = fields::post_list_page(&r, fields::PostListCursor::MaxCursor).rows();
        for a in r.items() {
            let _ = (a.kind(), a.cover_url(), a.music_url(), a.lyric_url());
            let _ = choose_stream(
                &a.streams(),
                QualityPolicy::default(),
                CodecPreference::default(),
            );
            let _ = fields::post_fields(a);
        }
    }
}

fn post_detail(v: &Value) {
    if let Some(r) = read::<PostDetailResponse>(v) {
        let _ = r.availability();
        let _ = fields::post_detail_fields(&r);
    }
}

fn profile(v: &Value) {
    if let Some(r) = read::<UserProfileResponse>(v) {
        let _ = fields::user_fields(&r);
    }
}

fn comments(v: &Value) {
    if let Some(r) = read::<CommentListResponse>(v) {
        let _ = fields::comment_page(&r).rows();
    }
}

fn live_room(v: &Value) {
    if let Some(r) = read::<WebEnterResponse>(v) {
        let _ = fields::live_room_fields(&r);
        if let Some(room) = r.room() {
            let _ = (room.room_id(), room.is_live());
        }
    }
}

fn reflow(v: &Value) {
    if let Some(r) = read::<ReflowResponse>(v) {
        let _ = fields::reflow_room_fields(&r);
    }
}

fn im_fetch(v: &Value) {
    if let Some(r) = read::<ImFetchResponse>(v) {
        let _ = fields::im_fetch_fields(&r);
    }
    let _ = read::<ImUserInfoResponse>(v);
}

fn other_lists(v: &Value) {
    if let Some(r) = read::<CollectsListResponse>(v) {
        let _ = fields::collects_page(&r).rows();
    }
    if let Some(r) = read::<MusicCollectionResponse>(v) {
        let _ = fields::music_page(&r).rows();
    }
    if let Some(r) = read::<FollowListResponse>(v) {
        let _ = fields::follow_page(&r, fields::FollowList::Followers).rows();
    }
    if let Some(r) = read::<FriendFeedResponse>(v) {
        let _ = fields::friend_feed_page(&r).rows();
    }
    if let Some(r) = read::<HomeSearchResponse>(v) {
        let _ = fields::search_page(&r).rows();
    }
    if let Some(r) = read::<LiveStatusResponse>(v) {
        let _ = fields::live_status_fields(&r);
    }
    if let Some(r) = read::<FollowingLivesResponse>(v) {
        let _ = fields::following_lives_page(&r).rows();
    }
    if let Some(r) = read::<QueryUserResponse>(v) {
        let _ = fields::query_user_fields(&r);
    }
    if let Some(r) = read::<SuggestWordsResponse>(v) {
        let _ = fields::suggest_words_page(&r).rows();
    }
    let _ = read::<PostStatsResponse>(v);
}

/// Reads one answer through a group of models.
type Reader = fn(&Value);

/// Each capture folder of `shared/real-responses/` and the models that read it.
const READERS: &[(&str, Reader)] = &[
    ("aweme-detail", post_detail),
    ("aweme-post", post_list),
    ("tab-feed", post_list),
    ("comment-list", comments),
    ("user-profile-other", profile),
    ("extra-im-user-info", im_fetch),
    ("webcast-im-fetch", im_fetch),
    ("webcast-room-reflow-info", reflow),
    ("webcast-room-web-enter", live_room),
];

/// Every response model and every product derivation over it.
fn every_model(v: &Value) {
    let _ = check_body(v);
    for (_, reader) in READERS {
        reader(v);
    }
    other_lists(v);
}

fn real_dir() -> PathBuf {
    match std::env::var_os("DOUYIN_REAL_RESPONSES_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/real-responses"),
    }
}

/// The real captures with the reader of their folder, loaded once; a missing folder, an empty
/// one or a folder without a reader fails.
fn captures() -> &'static [(Reader, Value)] {
    static CAPTURES: std::sync::OnceLock<Vec<(Reader, Value)>> = std::sync::OnceLock::new();
    CAPTURES.get_or_init(|| {
        let dir = real_dir();
        let mut out = Vec::new();
        let folders = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for folder in folders.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
            let name = folder
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let reader = READERS
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, r)| *r)
                .unwrap_or_else(|| panic!("no model reads the captures in {name}"));
            for file in std::fs::read_dir(&folder)
                .expect("capture folder")
                .flatten()
            {
                let path = file.path();
                if path.extension().is_some_and(|x| x == "json") {
                    let text = std::fs::read_to_string(&path).expect("read capture");
                    out.push((
                        reader,
                        serde_json::from_str(&text).expect("capture is JSON"),
                    ));
                }
            }
        }
        assert!(!out.is_empty(), "no captures in {}", dir.display());
        out
    })
}

/// One edit of a JSON tree, addressed by a walk of indexes.
#[derive(Debug, Clone)]
enum Edit {
    Replace(Value),
    Remove,
    Retype,
}

fn edit(v: &mut Value, walk: &[usize], what: &Edit) {
    let children = match v {
        Value::Object(map) if !map.is_empty() => map.len(),
        Value::Array(items) if !items.is_empty() => items.len(),
        _ => 0,
    };
    if let (Some((step, rest)), true) = (walk.split_first(), children > 0) {
        let at = step % children;
        let stop = rest.is_empty();
        match v {
            Value::Object(map) if stop && matches!(what, Edit::Remove) => {
                let key = map.keys().nth(at).cloned().unwrap_or_default();
                map.shift_remove(&key);
            }
            Value::Array(items) if stop && matches!(what, Edit::Remove) => {
                items.remove(at);
            }
            Value::Object(map) => {
                if let Some(child) = map.values_mut().nth(at) {
                    edit(child, rest, what);
                }
            }
            Value::Array(items) => edit(&mut items[at], rest, what),
            _ => {}
        }
        return;
    }
    *v = match (what, &*v) {
        (Edit::Replace(new), _) => new.clone(),
        (Edit::Retype, Value::String(s)) => s.parse::<i64>().map_or(Value::Bool(true), Value::from),
        (Edit::Retype, Value::Number(n)) => Value::String(n.to_string()),
        (Edit::Retype, Value::Bool(b)) => Value::from(i64::from(*b)),
        (Edit::Retype, Value::Array(_)) => Value::Object(Map::new()),
        (Edit::Retype, Value::Object(_)) => Value::Array(Vec::new()),
        (Edit::Retype | Edit::Remove, Value::Null) => Value::String(String::new()),
        (Edit::Remove, _) => Value::Null,
    };
}

fn edits() -> impl Strategy<Value = Vec<(Vec<usize>, Edit)>> {
    let one = prop_oneof![
        json().prop_map(Edit::Replace),
        Just(Edit::Remove),
        Just(Edit::Retype),
    ];
    prop::collection::vec((prop::collection::vec(any::<usize>(), 1..10), one), 1..6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn arbitrary_json_gives_models_or_classified_errors(v in json()) {
        every_model(&v);
    }

    #[test]
    fn mutated_real_captures_give_models_or_classified_errors(
        which in any::<usize>(),
        changes in edits(),
    ) {
        let all = captures();
        let (reader, capture) = &all[which % all.len()];
        let mut v = capture.clone();
        for (walk, what) in &changes {
            edit(&mut v, walk, what);
        }
        let _ = check_body(&v);
        reader(&v);
    }

    #[test]
    fn a_list_over_arbitrary_answers_ends(pages in prop::collection::vec(json(), 1..8)) {
        let fetcher = Arbitrary { answers: Mutex::new(pages), asked: AtomicUsize::new(0) };
        let api = Douyin::new(fetcher);
        let options = ListOptions::default();
        let outcome = futures::executor::block_on(async {
            let mut stream = std::pin::pin!(api.user_posts("MS4wLjABAAAA", None, options));
            let mut pages = 0usize;
            while let Some(page) = stream.next().await {
                match page {
                    Ok(_) => pages += 1,
                    Err(e) => return Err(e.kind()),
                }
            }
            Ok(pages)
        });
        // Bounded: the last scripted answer repeats forever, so only the pager's own stops
        // (has_more, a stuck cursor, empty pages in a row) can end the list.
        prop_assert!(api.fetcher().asked.load(Ordering::Relaxed) <= 8 + 1000);
        if let Err(kind) = outcome {
            prop_assert!(ErrorKind::ALL.contains(&kind));
        }
    }
}

/// Answers with the scripted values in order, then the last one forever.
struct Arbitrary {
    answers: Mutex<Vec<Value>>,
    asked: AtomicUsize,
}

impl Fetch for Arbitrary {
    fn fetch(
        &self,
        model: &(dyn RequestModel + Sync),
    ) -> impl Future<Output = Result<Value, douyin_core::Error>> + Send {
        let n = self.asked.fetch_add(1, Ordering::Relaxed);
        let answer = self
            .answers
            .lock()
            .ok()
            .and_then(|a| a.get(n).or(a.last()).cloned())
            .unwrap_or(Value::Null);
        std::future::ready(douyin_core::api::classify_json(model.endpoint(), answer))
    }

    fn pause(&self, _delay: Duration) -> impl Future<Output = ()> + Send {
        std::future::ready(())
    }
}
