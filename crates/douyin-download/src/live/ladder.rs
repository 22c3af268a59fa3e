//! The quality ladder: which pull URLs to try, in order. The preferred format first, from the
//! chosen quality (default `FULL_HD1`) down `FULL_HD1 → HD1 → SD1 → SD2`; then the other
//! format the same way. A quality the room does not list is skipped; one that answers an
//! error is stepped over by the recorder, which reports the quality it got.

use crate::spec::LiveFormat;
use douyin_core::live::LiveRoom;

/// The ladder, best first.
pub const LADDER: [&str; 4] = ["FULL_HD1", "HD1", "SD1", "SD2"];

/// One pull URL to try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// FLV or HLS.
    pub format: LiveFormat,
    /// The quality id.
    pub quality: String,
    /// The pull URL (signed: never logged).
    pub url: String,
}

impl Candidate {
    /// `(format, quality)`, for remembering failures.
    pub fn key(&self) -> (LiveFormat, String) {
        (self.format, self.quality.clone())
    }
}

/// The qualities to try from `start`: the ladder from `start` down, or, for an id outside the
/// ladder (e.g. `ORIGION`), that id then the whole ladder.
fn steps(start: Option<&str>) -> Vec<String> {
    let start = start.map(str::trim).filter(|s| !s.is_empty());
    match start.and_then(|s| LADDER.iter().position(|q| q.eq_ignore_ascii_case(s))) {
        Some(i) => LADDER[i..].iter().map(|q| (*q).to_owned()).collect(),
        None => start
            .map(|s| s.to_ascii_uppercase())
            .into_iter()
            .chain(LADDER.iter().map(|q| (*q).to_owned()))
            .collect(),
    }
}

/// The candidates for `room`, in the order to try them.
pub fn candidates(room: &LiveRoom, format: LiveFormat, start: Option<&str>) -> Vec<Candidate> {
    let qualities = steps(start);
    let mut out = Vec::new();
    for f in [format, format.other()] {
        let map = match f {
            LiveFormat::Flv => &room.flv_pull_urls,
            LiveFormat::Hls => &room.hls_pull_urls,
        };
        for q in &qualities {
            if let Some((_, url)) = map.iter().find(|(k, _)| k == q) {
                out.push(Candidate {
                    format: f,
                    quality: q.clone(),
                    url: url.clone(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room(flv: &[&str], hls: &[&str]) -> LiveRoom {
        let map = |qs: &[&str], ext: &str| {
            qs.iter()
                .map(|q| ((*q).to_owned(), format!("http://cdn/{q}.{ext}")))
                .collect()
        };
        LiveRoom {
            flv_pull_urls: map(flv, "flv"),
            hls_pull_urls: map(hls, "m3u8"),
            ..LiveRoom::default()
        }
    }

    fn order(c: &[Candidate]) -> Vec<String> {
        c.iter()
            .map(|c| format!("{}:{}", c.format.as_str(), c.quality))
            .collect()
    }

    #[test]
    fn flv_first_down_the_ladder_then_hls() {
        let r = room(&["SD2", "FULL_HD1", "HD1"], &["HD1", "SD1"]);
        assert_eq!(
            order(&candidates(&r, LiveFormat::Flv, None)),
            ["flv:FULL_HD1", "flv:HD1", "flv:SD2", "hls:HD1", "hls:SD1"]
        );
        assert_eq!(
            order(&candidates(&r, LiveFormat::Hls, Some("sd1"))),
            ["hls:SD1", "flv:SD2"]
        );
    }

    #[test]
    fn a_quality_outside_the_ladder_comes_first_when_asked() {
        let r = room(&["ORIGION", "HD1"], &[]);
        assert_eq!(
            order(&candidates(&r, LiveFormat::Flv, Some("ORIGION"))),
            ["flv:ORIGION", "flv:HD1"]
        );
        assert_eq!(
            order(&candidates(&r, LiveFormat::Flv, None)),
            ["flv:HD1"],
            "not asked for: the ladder only"
        );
        assert!(candidates(&room(&[], &[]), LiveFormat::Flv, None).is_empty());
    }
}
