//! `--hostile-names`: names that break naive file naming — path separators and traversal,
//! NUL and control characters, Windows reserved names, trailing dots and spaces, bidi
//! overrides, newlines and over-long emoji text — on users, posts, hashtags, music, mixes and
//! collect folders. No random draw is made, so every id stays as the seed made it.

use super::World;

/// A 300-character (1200-byte) emoji text: longer than any file name may be.
fn emoji_300() -> String {
    ['😀', '🎉', '🐱', '🌸'].iter().cycle().take(300).collect()
}

/// The catalogue, in the order users, posts and music take them.
pub fn catalogue() -> Vec<String> {
    let mut v: Vec<String> = [
        "../../etc/passwd",
        "CON",
        "\u{202e}txt.exe\u{202c}",
        "a/b\\c:d*e?f\"g<h>i|j",
        "aux.txt",
        "NUL",
        "trailing dots...",
        "trailing spaces   ",
        "line\nbreak\r\ttab",
        "nul\u{0}bell\u{7}esc\u{1b}del\u{7f}",
        "..",
        " . ",
    ]
    .iter()
    .map(|s| (*s).to_string())
    .collect();
    v.insert(3, emoji_300());
    v
}

/// Hashtags of hostile posts.
const HASHTAGS: [&str; 5] = ["../标签", "CON", "tag\u{0}nul", "a\\b/c", "话题."];

/// Makes the names hostile:
/// - users 1, 2, 3, … take the catalogue in order (user 0, the logged-in account, keeps its
///   name), and the music they own is retitled after them;
/// - every even-indexed post of `World::posts` (0, 2, 4, …) takes catalogue entry
///   `(index / 2) % len` as its description, followed by a hostile hashtag;
/// - even-indexed music takes catalogue entry `(index / 2 + 1) % len` as its title;
/// - mix 0 is named `合集/第1季: "特别篇"?` and collect folder 0 `../收藏夹`.
pub fn apply(w: &mut World) {
    let names = catalogue();
    let n = names.len();
    for u in 1..w.users.len() {
        w.users[u].nickname = names[(u - 1) % n].clone();
        w.hostile_users.push(u);
    }
    for p in (0..w.posts.len()).step_by(2) {
        let tag = HASHTAGS[(p / 2) % HASHTAGS.len()];
        w.posts[p].desc = format!("{} #{tag}", names[(p / 2) % n]);
        w.posts[p].hashtag = tag.to_string();
        w.hostile_posts.push(p);
    }
    for m in 0..w.music.len() {
        let owner = w.users[w.music[m].owner].nickname.clone();
        w.music[m].author = owner.clone();
        w.music[m].title = if m % 2 == 0 {
            names[(m / 2 + 1) % n].clone()
        } else {
            format!("@{owner}创作的原声")
        };
    }
    if let Some(mix) = w.mixes.first_mut() {
        mix.name = "合集/第1季: \"特别篇\"?".into();
    }
    if let Some(f) = w.folders.first_mut() {
        f.name = "../收藏夹".into();
    }
}
