//! The browser fingerprint text A-Bogus signs (spec http.md §7.3): random window and screen
//! sizes, drawn anew for every request.

use std::fmt;

/// The browser a fingerprint pretends to be; only the platform field depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BrowserKind {
    /// Microsoft Edge on Windows (F2's choice for every request).
    #[default]
    Edge,
    /// Google Chrome on Windows.
    Chrome,
    /// Mozilla Firefox on Windows.
    Firefox,
    /// Apple Safari on macOS.
    Safari,
}

impl BrowserKind {
    /// The `navigator.platform` value the fingerprint ends with.
    pub fn platform(self) -> &'static str {
        match self {
            BrowserKind::Safari => "MacIntel",
            BrowserKind::Edge | BrowserKind::Chrome | BrowserKind::Firefox => "Win32",
        }
    }
}

/// The random values of one fingerprint, before they are laid out as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FingerprintValues {
    /// Inner window width, 1024..=1920.
    pub inner_width: u32,
    /// Inner window height, 768..=1080.
    pub inner_height: u32,
    /// Outer window width, inner + 24..=32.
    pub outer_width: u32,
    /// Outer window height, inner + 75..=90.
    pub outer_height: u32,
    /// Vertical scroll offset, 0 or 30.
    pub scroll_y: u32,
    /// Screen width, 1024..=1920.
    pub screen_width: u32,
    /// Screen height, 768..=1080.
    pub screen_height: u32,
    /// Available screen width, 1280..=1920.
    pub avail_width: u32,
    /// Available screen height, 800..=1080.
    pub avail_height: u32,
    /// The browser, which decides the platform field.
    pub kind: BrowserKind,
}

impl FingerprintValues {
    /// Draws every value uniformly from F2's inclusive ranges.
    pub fn sample(kind: BrowserKind, rng: &mut impl rand::Rng) -> Self {
        let inner_width = rng.random_range(1024..=1920);
        let inner_height = rng.random_range(768..=1080);
        Self {
            inner_width,
            inner_height,
            outer_width: inner_width + rng.random_range(24..=32),
            outer_height: inner_height + rng.random_range(75..=90),
            scroll_y: if rng.random_bool(0.5) { 30 } else { 0 },
            screen_width: rng.random_range(1024..=1920),
            screen_height: rng.random_range(768..=1080),
            avail_width: rng.random_range(1280..=1920),
            avail_height: rng.random_range(800..=1080),
            kind,
        }
    }

    /// The layout of PyPI f2 0.0.1.7, which repeats the available size where HEAD has the
    /// screen size.
    pub fn pypi_0_0_1_7_layout(&self) -> String {
        self.layout(self.avail_width, self.avail_height)
    }

    fn layout(&self, fields_9: u32, fields_10: u32) -> String {
        format!(
            "{}|{}|{}|{}|0|{}|0|0|{}|{}|{}|{}|{}|{}|24|24|{}",
            self.inner_width,
            self.inner_height,
            self.outer_width,
            self.outer_height,
            self.scroll_y,
            fields_9,
            fields_10,
            self.avail_width,
            self.avail_height,
            self.inner_width,
            self.inner_height,
            self.kind.platform()
        )
    }
}

/// F2 HEAD's layout: `iw|ih|ow|oh|0|sy|0|0|sw|sh|aw|ah|iw|ih|24|24|platform`.
impl fmt::Display for FingerprintValues {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.layout(self.screen_width, self.screen_height))
    }
}

/// A fresh random fingerprint in F2 HEAD's layout.
pub fn browser_fingerprint(kind: BrowserKind, rng: &mut impl rand::Rng) -> String {
    FingerprintValues::sample(kind, rng).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn head_layout_matches_the_worked_example() {
        let values = FingerprintValues {
            inner_width: 1536,
            inner_height: 730,
            outer_width: 1560,
            outer_height: 816,
            scroll_y: 30,
            screen_width: 1600,
            screen_height: 900,
            avail_width: 1536,
            avail_height: 824,
            kind: BrowserKind::Edge,
        };
        assert_eq!(
            values.to_string(),
            "1536|730|1560|816|0|30|0|0|1600|900|1536|824|1536|730|24|24|Win32"
        );
        assert_eq!(
            values.pypi_0_0_1_7_layout(),
            "1536|730|1560|816|0|30|0|0|1536|824|1536|824|1536|730|24|24|Win32"
        );
    }

    #[test]
    fn random_fingerprints_stay_in_f2_ranges() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(42);
        for kind in [
            BrowserKind::Edge,
            BrowserKind::Chrome,
            BrowserKind::Firefox,
            BrowserKind::Safari,
        ] {
            for _ in 0..200 {
                let text = browser_fingerprint(kind, &mut rng);
                let fields: Vec<&str> = text.split('|').collect();
                assert_eq!(fields.len(), 17, "{text}");
                assert_eq!(fields[16], kind.platform());
                let n: Vec<u32> = fields[..16].iter().map(|f| f.parse().unwrap()).collect();
                assert!((1024..=1920).contains(&n[0]) && (768..=1080).contains(&n[1]));
                assert!((24..=32).contains(&(n[2] - n[0])) && (75..=90).contains(&(n[3] - n[1])));
                assert!(n[5] == 0 || n[5] == 30);
                assert!((1024..=1920).contains(&n[8]) && (768..=1080).contains(&n[9]));
                assert!((1280..=1920).contains(&n[10]) && (800..=1080).contains(&n[11]));
                assert_eq!((n[12], n[13]), (n[0], n[1]));
                assert_eq!([n[4], n[6], n[7], n[14], n[15]], [0, 0, 0, 24, 24]);
            }
        }
    }
}
