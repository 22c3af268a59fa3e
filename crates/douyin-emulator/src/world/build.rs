//! Deterministic generation of the [`World`] from a seed (ChaCha8).

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{Account, Comment, Folder, Mix, Music, Post, PostKind, Room, User, World};

/// Newest post time of the world (2025-06-01 00:00:00 UTC), s. Posts go back from it.
const EPOCH_S: u64 = 1_748_736_000;
const NICKS: [&str; 8] = [
    "小鱼干",
    "山川Shan",
    "阿木木🌙",
    "Lily_日常",
    "老王的厨房",
    "星河漫游",
    "跑步的猫",
    "一只柚子",
];
const WORDS: [&str; 10] = [
    "今天", "好看", "旅行", "美食", "日落", "周末", "城市", "咖啡", "海边", "音乐",
];
const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn digits(rng: &mut ChaCha8Rng, lead: &str, len: usize) -> String {
    let mut s = lead.to_string();
    while s.len() < len {
        s.push(char::from(b'0' + rng.random_range(0..10u8)));
    }
    s
}

fn big_id(rng: &mut ChaCha8Rng) -> u64 {
    // 19 digits starting with 7: well beyond 2^53 like real room/music ids.
    7_000_000_000_000_000_000 + rng.random_range(0..999_999_999_999_999_999u64)
}

/// A v.douyin.com short-link code: 7 letters.
fn short_code(rng: &mut ChaCha8Rng) -> String {
    (0..7)
        .map(|_| char::from(B64URL[rng.random_range(0..52)]))
        .collect()
}

fn phrase(rng: &mut ChaCha8Rng, n: usize) -> String {
    (0..n)
        .map(|_| WORDS[rng.random_range(0..WORDS.len())])
        .collect::<Vec<_>>()
        .join("")
}

/// Sizes of a generated world.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    /// Number of users (at least 3).
    pub users: usize,
    /// Posts per user (at least 3).
    pub posts_per_user: usize,
    /// Top-level comments per post.
    pub comments_per_post: usize,
}

/// Builds the world for `seed`.
pub fn generate(seed: u64, sizes: Sizes) -> World {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let n_users = sizes.users.max(3);
    let per_user = sizes.posts_per_user.max(3);
    let mut users: Vec<User> = (0..n_users)
        .map(|i| {
            let sec: String = (0..44)
                .map(|_| char::from(B64URL[rng.random_range(0..64)]))
                .collect();
            User {
                uid: digits(&mut rng, "9", 11),
                sec_uid: format!("MS4wLjABAAAA{sec}"),
                nickname: format!("{}{}", NICKS[i % NICKS.len()], i),
                signature: format!("记录{}的生活 #{}", phrase(&mut rng, 1), phrase(&mut rng, 1)),
                short_id: digits(&mut rng, "1", 9),
                unique_id: format!("dy{}", digits(&mut rng, "", 8)),
                follower_count: rng.random_range(10..2_000_000),
                following: Vec::new(),
                followers: Vec::new(),
                posts: Vec::new(),
                likes: Vec::new(),
                room: None,
            }
        })
        .collect();
    for i in 0..n_users {
        let following: Vec<usize> = (1..n_users)
            .map(|d| (i + d) % n_users)
            .filter(|_| rng.random_bool(0.7))
            .collect();
        for &j in &following {
            users[j].followers.push(i);
        }
        users[i].following = following;
    }
    let music: Vec<Music> = (0..n_users * 2)
        .map(|i| Music {
            id: big_id(&mut rng),
            title: format!("@{}创作的原声", users[i % n_users].nickname),
            author: users[i % n_users].nickname.clone(),
            duration: rng.random_range(15..240),
            lyrics: (0..6)
                .map(|k| (k as f64 * 4.5 + 0.34, phrase(&mut rng, 3)))
                .collect(),
            owner: i % n_users,
        })
        .collect();
    let mut posts = Vec::new();
    let mut step = 0u64;
    // Spread all posts over at most ~8 years so times stay positive for any world size.
    let gap = (250_000_000 / (n_users * per_user) as u64).clamp(4, 100_000);
    for (u, user) in users.iter_mut().enumerate() {
        for k in 0..per_user {
            let kind = match k % 3 {
                0 => PostKind::Video,
                1 => PostKind::Images,
                _ => PostKind::LivePhoto,
            };
            step += rng.random_range(gap / 2..gap * 3 / 2);
            let comments = (0..sizes.comments_per_post)
                .map(|_| Comment {
                    cid: digits(&mut rng, "74", 19),
                    text: phrase(&mut rng, 2),
                    user: rng.random_range(0..n_users),
                    create_time: EPOCH_S.saturating_sub(step) + rng.random_range(60..3_600),
                    replies: (0..rng.random_range(0..4))
                        .map(|_| Comment {
                            cid: digits(&mut rng, "74", 19),
                            text: phrase(&mut rng, 2),
                            user: rng.random_range(0..n_users),
                            create_time: EPOCH_S.saturating_sub(step)
                                + rng.random_range(3_600..7_200),
                            replies: Vec::new(),
                        })
                        .collect(),
                })
                .collect();
            user.posts.push(posts.len());
            posts.push(Post {
                aweme_id: digits(&mut rng, "75", 19),
                author: u,
                kind,
                desc: format!("{} #{}", phrase(&mut rng, 3), phrase(&mut rng, 1)),
                create_time: EPOCH_S.saturating_sub(step),
                video_uri: format!("v0200fg10000{}", digits(&mut rng, "", 20)),
                image_count: if kind == PostKind::Video {
                    0
                } else {
                    2 + k % 3
                },
                music: rng.random_range(0..n_users * 2),
                mix: None,
                is_top: k == 1 && u == 0,
                comments,
                hashtag: "日常".into(),
                deleted: false,
            });
        }
    }
    // Newest first per user; the pinned post is first in the list but older than the next.
    for user in users.iter_mut() {
        user.posts
            .sort_by_key(|&p| std::cmp::Reverse(posts[p].create_time));
        if let Some(top) = user.posts.iter().position(|&p| posts[p].is_top) {
            let p = user.posts.remove(top);
            user.posts.insert(0, p);
        }
    }
    for (i, user) in users.iter_mut().enumerate() {
        let other = (i + 1) % n_users;
        user.likes = posts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.author == other)
            .map(|(k, _)| k)
            .collect();
    }
    let mix_posts: Vec<usize> = users[0]
        .posts
        .iter()
        .copied()
        .filter(|&p| posts[p].kind == PostKind::Video)
        .collect();
    let mixes = vec![Mix {
        mix_id: digits(&mut rng, "72", 19),
        name: "我的合集·日常".into(),
        owner: 0,
        posts: mix_posts.clone(),
    }];
    for &p in &mix_posts {
        posts[p].mix = Some(0);
    }
    let account_user = 0;
    let others: Vec<usize> = (0..posts.len())
        .filter(|&p| posts[p].author != account_user)
        .collect();
    let folders = vec![
        Folder {
            id: digits(&mut rng, "71", 19),
            name: "想去的地方".into(),
            posts: others.iter().copied().step_by(2).collect(),
            create_time: EPOCH_S - 86_400 * 30,
        },
        Folder {
            id: digits(&mut rng, "71", 19),
            name: "学做菜".into(),
            posts: others.iter().copied().skip(1).step_by(3).collect(),
            create_time: EPOCH_S - 86_400 * 10,
        },
    ];
    let rooms = vec![
        Room {
            web_rid: digits(&mut rng, "8", 12),
            room_id: big_id(&mut rng),
            stream_id: big_id(&mut rng),
            owner: 1,
            title: "深夜聊天室".into(),
            live_at_start: true,
            absent_qualities: Vec::new(),
            failing_qualities: Vec::new(),
        },
        Room {
            web_rid: digits(&mut rng, "6", 12),
            room_id: big_id(&mut rng),
            stream_id: big_id(&mut rng),
            owner: 2,
            title: "周末户外直播".into(),
            live_at_start: false,
            absent_qualities: Vec::new(),
            failing_qualities: Vec::new(),
        },
    ];
    users[1].room = Some(0);
    users[2].room = Some(1);
    // The account follows the live anchor, so "following lives" is never empty. No random
    // draw here: every id of the world stays as the seed made it.
    if account_user != 1 && !users[account_user].following.contains(&1) {
        users[account_user].following.push(1);
        users[1].followers.push(account_user);
    }
    let sessionid: String = (0..32)
        .map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)]))
        .collect();
    let ttwid: String = (0..40)
        .map(|_| char::from(B64URL[rng.random_range(0..64)]))
        .collect();
    let account = Account {
        user: account_user,
        cookie: super::change::account_cookie(&format!("1%7C{ttwid}"), &sessionid),
        sessionid,
        ttwid: format!("1%7C{ttwid}"),
        user_unique_id: digits(&mut rng, "73", 19),
        collection: others.iter().copied().take(others.len().min(25)).collect(),
        music: (0..music.len()).step_by(2).collect(),
    };
    let mut short_links = Vec::new();
    for u in &users {
        short_links.push((
            short_code(&mut rng),
            format!("/share/user/{0}?iid=0&sec_uid={0}&from_ssr=1", u.sec_uid),
        ));
    }
    for p in &posts {
        let kind = if p.kind == PostKind::Video {
            "video"
        } else {
            "note"
        };
        short_links.push((
            short_code(&mut rng),
            format!(
                "/share/{kind}/{}/?region=CN&mid={}",
                p.aweme_id, music[p.music].id
            ),
        ));
    }
    for r in &rooms {
        short_links.push((
            short_code(&mut rng),
            format!("/douyin/webcast/reflow/{0}?roomId={0}&u_code=0", r.room_id),
        ));
    }
    short_links.push((
        short_code(&mut rng),
        format!("/collection/{}", mixes[0].mix_id),
    ));
    let mut world = World {
        seed,
        deleted_aweme_id: digits(&mut rng, "76", 19),
        private_aweme_id: digits(&mut rng, "76", 19),
        users,
        posts,
        music,
        mixes,
        folders,
        rooms,
        account,
        short_links,
        hostile_users: Vec::new(),
        hostile_posts: Vec::new(),
    };
    extend(&mut world, &mut rng);
    world
}

/// Everything added after the first world was published draws its ids here, after all the
/// earlier draws, so every id the earlier worlds had stays as the seed made it.
fn extend(w: &mut World, rng: &mut ChaCha8Rng) {
    let n_users = w.users.len();
    // More collect folders, so folder lists page with small counts.
    let others: Vec<usize> = (0..w.posts.len())
        .filter(|&p| w.posts[p].author != w.account.user)
        .collect();
    for (i, name) in ["周末去哪儿", "好听的歌", "收藏的教程"].iter().enumerate() {
        w.folders.push(Folder {
            id: digits(rng, "71", 19),
            name: (*name).into(),
            posts: others.iter().copied().skip(i).step_by(4 + i).collect(),
            create_time: EPOCH_S - 86_400 * (5 - i as u64),
        });
    }
    // A second mix: every post of user 1 (videos and image posts), oldest first.
    let mut episodes = w.users[1].posts.clone();
    episodes.sort_by_key(|&p| w.posts[p].create_time);
    for &p in &episodes {
        w.posts[p].mix = Some(w.mixes.len());
    }
    w.mixes.push(Mix {
        mix_id: digits(rng, "72", 19),
        name: "连载·第二季".into(),
        owner: 1,
        posts: episodes,
    });
    // Two more live rooms, live from the start: room 2 has no FULL_HD1 in its pull maps, room
    // 3 lists FULL_HD1 but its CDN answers 404 for it.
    for (k, title) in ["画画直播间", "音乐现场"].iter().enumerate() {
        let r = w.rooms.len();
        let owner = (r + 1) % n_users;
        let (absent, failing) = if k == 0 {
            (vec!["FULL_HD1".to_string()], Vec::new())
        } else {
            (Vec::new(), vec!["FULL_HD1".to_string()])
        };
        w.rooms.push(Room {
            web_rid: digits(rng, "8", 12),
            room_id: big_id(rng),
            stream_id: big_id(rng),
            owner,
            title: (*title).into(),
            live_at_start: true,
            absent_qualities: absent,
            failing_qualities: failing,
        });
        if w.users[owner].room.is_none() {
            w.users[owner].room = Some(r);
        }
    }
    for r in 2..w.rooms.len() {
        let id = w.rooms[r].room_id;
        w.short_links.push((
            short_code(rng),
            format!("/douyin/webcast/reflow/{id}?roomId={id}&u_code=0"),
        ));
    }
    let mix = w.mixes[1].mix_id.clone();
    w.short_links
        .push((short_code(rng), format!("/collection/{mix}")));
}
