//! The little of m3u8 a live recorder needs: media segments (absolute URIs, durations,
//! sequence numbers), the variants of a master playlist, and the end marker.

/// One media segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Absolute URI.
    pub uri: String,
    /// `#EXTINF` duration, seconds.
    pub duration_s: f64,
    /// Media sequence number.
    pub sequence: u64,
}

/// A parsed playlist.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Playlist {
    /// Media segments in order.
    pub segments: Vec<Segment>,
    /// Variant playlist URIs (master playlist), absolute, in order.
    pub variants: Vec<String>,
    /// `#EXT-X-ENDLIST` seen.
    pub ended: bool,
    /// `#EXT-X-TARGETDURATION`, seconds.
    pub target_duration_s: Option<f64>,
}

impl Playlist {
    /// How long to wait before reloading: the last segment's duration (as F2), else the target
    /// duration, else one second.
    pub fn reload_after_s(&self) -> f64 {
        self.segments
            .last()
            .map(|s| s.duration_s)
            .or(self.target_duration_s)
            .filter(|d| d.is_finite() && *d > 0.0)
            .unwrap_or(1.0)
            .min(30.0)
    }
}

fn absolute(base: Option<&url::Url>, uri: &str) -> Option<String> {
    match base {
        Some(b) => b.join(uri).ok().map(String::from),
        None => url::Url::parse(uri).ok().map(String::from),
    }
}

/// Parses playlist `text` fetched from `base_url` (relative URIs are resolved against it).
pub fn parse_m3u8(text: &str, base_url: &str) -> Playlist {
    let base = url::Url::parse(base_url).ok();
    let mut p = Playlist::default();
    let mut sequence = 0u64;
    let mut pending_duration: Option<f64> = None;
    let mut pending_variant = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(v) = line.strip_prefix("#EXT-X-MEDIA-SEQUENCE:") {
            sequence = v.trim().parse().unwrap_or(0);
        } else if let Some(v) = line.strip_prefix("#EXT-X-TARGETDURATION:") {
            p.target_duration_s = v.trim().parse().ok();
        } else if let Some(v) = line.strip_prefix("#EXTINF:") {
            let d = v.split(',').next().unwrap_or("").trim();
            pending_duration = Some(d.parse().unwrap_or(0.0));
        } else if line.starts_with("#EXT-X-STREAM-INF") {
            pending_variant = true;
        } else if line == "#EXT-X-ENDLIST" {
            p.ended = true;
        } else if line.starts_with('#') {
            continue;
        } else if pending_variant {
            pending_variant = false;
            p.variants.extend(absolute(base.as_ref(), line));
        } else if let Some(duration_s) = pending_duration.take() {
            if let Some(uri) = absolute(base.as_ref(), line) {
                p.segments.push(Segment {
                    uri,
                    duration_s,
                    sequence,
                });
            }
            sequence = sequence.saturating_add(1);
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_playlist_resolves_uris_and_numbers_segments() {
        let text = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:7\n#EXTINF:2.000,\nseg-7.ts?x=1\n#EXTINF:1.5,\nhttp://cdn/seg-8.ts\n";
        let p = parse_m3u8(text, "http://h/live/a.m3u8?s=1");
        assert_eq!(p.segments.len(), 2);
        assert_eq!(p.segments[0].uri, "http://h/live/seg-7.ts?x=1");
        assert_eq!(p.segments[0].sequence, 7);
        assert_eq!(p.segments[1].uri, "http://cdn/seg-8.ts");
        assert_eq!(p.segments[1].sequence, 8);
        assert!((p.reload_after_s() - 1.5).abs() < 1e-9);
        assert!(!p.ended);
    }

    #[test]
    fn master_playlist_lists_variants_and_endlist_is_seen() {
        let text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nhd/index.m3u8\n#EXT-X-ENDLIST\n";
        let p = parse_m3u8(text, "https://h/x/master.m3u8");
        assert_eq!(p.variants, ["https://h/x/hd/index.m3u8"]);
        assert!(p.segments.is_empty());
        assert!(p.ended);
        assert!((p.reload_after_s() - 1.0).abs() < 1e-9);
    }
}
