//! Our sanitiser (F2 has none beyond `replace_t`): turns any text into one file-name component
//! that cannot escape its folder, is accepted by the target platform's file system, and leaves
//! room for the downloader's temporary suffix.

use super::NamingError;

/// The file-system rules to follow; a parameter so Windows rules are testable anywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// Linux and other Unix-likes: only `/` and NUL are illegal.
    Linux,
    /// macOS: additionally `:` (Finder shows it as `/`).
    MacOs,
    /// Windows (and Cygwin, which writes to NTFS): reserved characters and device names,
    /// no trailing dots or spaces.
    Windows,
}

impl Platform {
    /// The platform this binary was built for.
    pub fn current() -> Self {
        if cfg!(windows) {
            Platform::Windows
        } else if cfg!(target_os = "macos") {
            Platform::MacOs
        } else {
            Platform::Linux
        }
    }

    /// Parses Python's `sys.platform` names (`linux`, `darwin`, `win32`, `cygwin`).
    pub fn from_sys_platform(name: &str) -> Option<Self> {
        match name {
            "win32" | "cygwin" => Some(Platform::Windows),
            "darwin" => Some(Platform::MacOs),
            n if n.starts_with("linux") || n.contains("bsd") => Some(Platform::Linux),
            _ => None,
        }
    }
}

/// The most UTF-8 bytes a sanitised name (extension included) may take: the 255-byte component
/// limit of ext4/APFS (Windows allows 255 UTF-16 units, never fewer) minus room for a `.part`
/// style temporary suffix.
pub const NAME_BUDGET_BYTES: usize = 240;

const REPLACEMENT: char = '_';

/// Device names Windows reserves regardless of extension (`CON.mp4` is the console).
const WINDOWS_RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM1", "COM2", "COM3", "COM4", "COM5",
    "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5",
    "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// Makes `stem + extension` a safe single file-name component for `platform`.
///
/// Illegal, control and bidi-override characters become `_`; leading dots become `_` (no hidden
/// files, no `.`/`..`); surrounding whitespace is trimmed, and on Windows trailing dots and
/// spaces too; the stem is shortened on a character boundary so the whole name fits
/// [`NAME_BUDGET_BYTES`]; a Windows device name gets `_` appended to its stem.
///
/// `extension` is meant for the short suffixes the downloader appends (`.mp4`, `_cover.jpeg`); it
/// is sanitised but never shortened.
///
/// # Errors
/// [`NamingError::EmptyName`] when the stem has nothing left; callers choose a fallback.
pub fn sanitize_file_name(
    stem: &str,
    extension: &str,
    platform: Platform,
) -> Result<String, NamingError> {
    let extension = map_chars(extension, platform);
    let mapped = map_chars(stem, platform);
    let mut name = mapped.trim().to_owned();
    let leading_dots = name.len() - name.trim_start_matches('.').len();
    name.replace_range(..leading_dots, &"_".repeat(leading_dots));
    name.truncate(trim_tail(&name, platform).len());
    let budget = NAME_BUDGET_BYTES.saturating_sub(extension.len()).max(1);
    truncate_at_char(&mut name, budget);
    name.truncate(trim_tail(&name, platform).len());
    if name.is_empty() {
        return Err(NamingError::EmptyName);
    }
    let mut full = name + &extension;
    if platform == Platform::Windows {
        // The extension could end the name with a dot or space too.
        let kept = full.trim_end_matches(['.', ' ']).len();
        full.truncate(kept);
        escape_windows_device(&mut full);
    }
    Ok(full)
}

fn is_illegal(c: char, platform: Platform) -> bool {
    let always = c == '/'
        || c == '\\'
        || c.is_control()
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c);
    always
        || match platform {
            Platform::Linux => false,
            Platform::MacOs => c == ':',
            Platform::Windows => matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*'),
        }
}

fn map_chars(s: &str, platform: Platform) -> String {
    s.chars()
        .map(|c| {
            if is_illegal(c, platform) {
                REPLACEMENT
            } else {
                c
            }
        })
        .collect()
}

/// The name without trailing whitespace, and on Windows also without trailing dots.
fn trim_tail(s: &str, platform: Platform) -> &str {
    if platform == Platform::Windows {
        s.trim_end_matches(|c: char| c == '.' || c.is_whitespace())
    } else {
        s.trim_end()
    }
}

/// Cuts to at most `limit` bytes without splitting a character, and drops a dangling
/// zero-width joiner or variation selector left from a cut emoji sequence.
fn truncate_at_char(s: &mut String, limit: usize) {
    if s.len() <= limit {
        return;
    }
    let mut end = limit;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    while s.ends_with(['\u{200d}', '\u{fe0f}', '\u{fe0e}']) {
        s.pop();
    }
}

fn escape_windows_device(full: &mut String) {
    let stem_end = full.find('.').unwrap_or(full.len());
    let stem = full[..stem_end].trim_end_matches(' ');
    if WINDOWS_RESERVED
        .iter()
        .any(|r| r.eq_ignore_ascii_case(stem))
    {
        full.insert(stem.len(), REPLACEMENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Platform; 3] = [Platform::Linux, Platform::MacOs, Platform::Windows];

    fn win(stem: &str, ext: &str) -> String {
        sanitize_file_name(stem, ext, Platform::Windows).unwrap()
    }

    #[test]
    fn windows_device_names_are_escaped() {
        assert_eq!(win("CON", ".mp4"), "CON_.mp4");
        assert_eq!(win("con", ""), "con_");
        assert_eq!(win("Nul.tar", ".gz"), "Nul_.tar.gz");
        assert_eq!(win("COM1", ".jpeg"), "COM1_.jpeg");
        assert_eq!(win("lpt9", ".mp3"), "lpt9_.mp3");
        assert_eq!(win("COM¹", ".mp3"), "COM¹_.mp3");
        assert_eq!(win("CON ", ".mp4"), "CON_.mp4");
        assert_eq!(win("CONSOLE", ".mp4"), "CONSOLE.mp4");
        assert_eq!(win("COM10", ".mp4"), "COM10.mp4");
        // Device names are only special on Windows.
        assert_eq!(
            sanitize_file_name("CON", ".mp4", Platform::Linux).unwrap(),
            "CON.mp4"
        );
    }

    #[test]
    fn windows_reserved_characters_and_trailing_dots() {
        assert_eq!(win("a<b>c:d\"e|f?g*h", ".mp4"), "a_b_c_d_e_f_g_h.mp4");
        assert_eq!(win("ends with dots... ", ".mp4"), "ends with dots.mp4");
        assert_eq!(win("x. . .", ""), "x");
        assert_eq!(win("a. \u{3000}.", ".mp4"), "a.mp4");
        assert_eq!(win("clip", "."), "clip");
        assert_eq!(
            sanitize_file_name("keeps: colon?", "", Platform::Linux).unwrap(),
            "keeps: colon?"
        );
        assert_eq!(
            sanitize_file_name("a:b", "", Platform::MacOs).unwrap(),
            "a_b"
        );
    }

    #[test]
    fn nothing_escapes_the_folder() {
        for p in ALL {
            for evil in [
                "..",
                ".",
                "../../etc/passwd",
                "..\\..\\win.ini",
                "/abs",
                "a/../b",
                "....",
            ] {
                let name = sanitize_file_name(evil, ".mp4", p).unwrap();
                assert!(
                    !name.contains('/') && !name.contains('\\'),
                    "{p:?} {evil} -> {name}"
                );
                assert!(!name.starts_with('.'), "{p:?} {evil} -> {name}");
                assert_ne!(name, "..");
                assert!(std::path::Path::new(&name).components().count() == 1);
            }
            assert_eq!(sanitize_file_name("..", "", p).unwrap(), "__");
        }
    }

    #[test]
    fn control_and_bidi_characters_are_replaced() {
        for p in ALL {
            assert_eq!(
                sanitize_file_name("a\nb\tc\0d\u{7f}", "", p).unwrap(),
                "a_b_c_d_"
            );
            assert_eq!(
                sanitize_file_name("evil\u{202e}4pm.exe", "", p).unwrap(),
                "evil_4pm.exe"
            );
        }
    }

    #[test]
    fn empty_results_are_reported() {
        for p in ALL {
            assert_eq!(
                sanitize_file_name("", ".mp4", p),
                Err(NamingError::EmptyName)
            );
            assert_eq!(
                sanitize_file_name("   ", ".mp4", p),
                Err(NamingError::EmptyName)
            );
        }
        assert_eq!(
            sanitize_file_name("...", ".mp4", Platform::Linux).unwrap(),
            "___.mp4"
        );
        assert_eq!(
            sanitize_file_name(" . ", "", Platform::Windows).unwrap(),
            "_"
        );
    }

    #[test]
    fn long_cjk_names_fit_the_byte_budget_on_char_boundaries() {
        let stem = "这是一个非常长的描述".repeat(40);
        for p in ALL {
            let name = sanitize_file_name(&stem, ".mp4", p).unwrap();
            assert!(name.len() <= NAME_BUDGET_BYTES, "{}", name.len());
            assert!(name.ends_with(".mp4"));
            let kept = name.trim_end_matches(".mp4");
            assert!(stem.starts_with(kept));
            assert_eq!(kept.chars().count(), (NAME_BUDGET_BYTES - 4) / 3);
        }
    }

    #[test]
    fn emoji_survive_and_are_never_cut_in_half() {
        assert_eq!(
            sanitize_file_name("🎉🔥😀 热门", ".mp4", Platform::Windows).unwrap(),
            "🎉🔥😀 热门.mp4"
        );
        let family = "👨\u{200d}👩\u{200d}👧".repeat(30);
        let name = sanitize_file_name(&family, ".jpeg", Platform::Linux).unwrap();
        assert!(name.len() <= NAME_BUDGET_BYTES);
        assert!(!name.trim_end_matches(".jpeg").ends_with('\u{200d}'));
    }

    /// Every short string over an alphabet of troublemakers yields a safe single component.
    #[test]
    fn exhaustive_short_inputs_never_escape() {
        let alphabet = [
            '.', '/', '\\', ' ', 'a', 'C', 'O', 'N', ':', '\0', '中', '😀', '\u{200d}', '\u{202e}',
        ];
        let n = alphabet.len();
        for p in ALL {
            for len in 0..=4u32 {
                for mut code in 0..n.pow(len) {
                    let mut stem = String::new();
                    for _ in 0..len {
                        stem.push(alphabet[code % n]);
                        code /= n;
                    }
                    for ext in ["", ".mp4", ".", " "] {
                        let Ok(name) = sanitize_file_name(&stem, ext, p) else {
                            continue;
                        };
                        assert_safe(&name, p, &stem);
                    }
                }
            }
        }
    }

    fn assert_safe(name: &str, p: Platform, from: &str) {
        let why = format!("{p:?} {from:?} -> {name:?}");
        assert!(!name.is_empty(), "{why}");
        assert!(!name.contains(['/', '\\', '\0']), "{why}");
        assert!(!name.starts_with('.'), "{why}");
        assert!(!name.chars().any(char::is_control), "{why}");
        assert!(name.len() <= NAME_BUDGET_BYTES, "{why}");
        let path = std::path::Path::new(name);
        assert_eq!(path.components().count(), 1, "{why}");
        assert!(
            matches!(
                path.components().next(),
                Some(std::path::Component::Normal(_))
            ),
            "{why}"
        );
        if p == Platform::Windows {
            assert!(!name.ends_with(['.', ' ']), "{why}");
            assert!(!name.contains([':', '*', '?', '"', '<', '>', '|']), "{why}");
            let stem = name.split('.').next().unwrap_or("").trim_end();
            assert!(
                !WINDOWS_RESERVED
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(stem)),
                "{why}"
            );
        }
    }

    #[test]
    fn platform_names_parse() {
        assert_eq!(
            Platform::from_sys_platform("win32"),
            Some(Platform::Windows)
        );
        assert_eq!(
            Platform::from_sys_platform("cygwin"),
            Some(Platform::Windows)
        );
        assert_eq!(Platform::from_sys_platform("darwin"), Some(Platform::MacOs));
        assert_eq!(Platform::from_sys_platform("linux"), Some(Platform::Linux));
        assert_eq!(Platform::from_sys_platform("os2"), None);
    }
}
