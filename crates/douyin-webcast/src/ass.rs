//! Danmaku as an ASS subtitle track: chat (and optionally gift) lines scroll right-to-left,
//! timed from the recording start, in non-overlapping lanes where possible.

use super::event::LiveEvent;
use super::gift::count_gift;
use super::record::TimedEvent;
use super::text::pb_text;
use std::fmt::Write as _;

/// Layout and content options of the subtitle track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssOptions {
    /// Script width (`PlayResX`).
    pub width: u32,
    /// Script height (`PlayResY`).
    pub height: u32,
    /// Font family.
    pub font_name: String,
    /// Font size in script pixels.
    pub font_size: u32,
    /// How long a line takes to cross the screen, in ms.
    pub scroll_ms: u32,
    /// Share of the height (percent, 1–100) that lanes may use.
    pub lane_area_percent: u32,
    /// Also show gifts (final combo messages only).
    pub include_gifts: bool,
    /// Prefix chat lines with `nickname: `.
    pub show_nickname: bool,
}

impl Default for AssOptions {
    fn default() -> Self {
        Self {
            width: 1920,
            height: 1080,
            font_name: "Microsoft YaHei".into(),
            font_size: 48,
            scroll_ms: 8_000,
            lane_area_percent: 50,
            include_gifts: false,
            show_nickname: false,
        }
    }
}

/// The kind of a subtitle line (each has its own style).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DanmakuKind {
    /// A chat message (style `Danmaku`).
    Chat,
    /// A gift (style `Gift`).
    Gift,
}

impl DanmakuKind {
    fn style(self) -> &'static str {
        match self {
            Self::Chat => "Danmaku",
            Self::Gift => "Gift",
        }
    }
}

/// One line to show, already converted to plain text (not yet escaped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DanmakuLine {
    /// Offset from the recording start, ms.
    pub offset_ms: i64,
    /// Chat or gift.
    pub kind: DanmakuKind,
    /// The text to show.
    pub text: String,
}

/// Picks the lines to show from `events`: chats (and gifts if enabled) received at or after
/// `start_ms`, ordered by time (stable for equal times).
pub fn danmaku_lines(events: &[TimedEvent], start_ms: i64, opts: &AssOptions) -> Vec<DanmakuLine> {
    let mut lines: Vec<DanmakuLine> = events
        .iter()
        .filter_map(|e| {
            let offset_ms = e.received_ms.checked_sub(start_ms).filter(|o| *o >= 0)?;
            let (kind, text) = match &e.event {
                LiveEvent::Chat(c) => {
                    let content = pb_text(&c.content);
                    let nick = c
                        .user
                        .as_deref()
                        .map(|u| pb_text(&u.nickname))
                        .unwrap_or_default();
                    let text = if opts.show_nickname && !nick.is_empty() {
                        format!("{nick}: {content}")
                    } else {
                        content.into_owned()
                    };
                    (DanmakuKind::Chat, text)
                }
                LiveEvent::Gift(g) if opts.include_gifts => {
                    let c = count_gift(g)?;
                    (
                        DanmakuKind::Gift,
                        format!("{} 送出 {} x{}", c.nickname, c.gift_name, c.count),
                    )
                }
                _ => return None,
            };
            (!text.trim().is_empty()).then_some(DanmakuLine {
                offset_ms,
                kind,
                text,
            })
        })
        .collect();
    lines.sort_by_key(|l| l.offset_ms);
    lines
}

/// ASS time `H:MM:SS.cc` (centiseconds, truncated; negative times clamp to 0).
pub fn ass_time(ms: i64) -> String {
    let cs = ms.max(0) / 10;
    let (h, rest) = (cs / 360_000, cs % 360_000);
    format!(
        "{h}:{:02}:{:02}.{:02}",
        rest / 6_000,
        (rest / 100) % 60,
        rest % 100
    )
}

/// Makes user text inert in ASS: `{`/`}` would open override blocks and `\` escapes, so they
/// become their full-width forms; line breaks and other control characters become spaces.
pub fn escape_ass_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '{' => '｛',
            '}' => '｝',
            '\\' => '＼',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// Estimated rendered width: wide (CJK, emoji) characters take a full em, others half.
fn text_width(text: &str, font_size: u32) -> u64 {
    let half = text
        .chars()
        .map(|c| if u32::from(c) >= 0x1100 { 2 } else { 1 })
        .sum::<u64>();
    half * u64::from(font_size) / 2
}

/// Writes the complete `.ass` file for `lines`.
pub fn write_ass(lines: &[DanmakuLine], opts: &AssOptions) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "[Script Info]\nScriptType: v4.00+\nPlayResX: {w}\nPlayResY: {h}\nWrapStyle: 2\nScaledBorderAndShadow: yes\n\n\
         [V4+ Styles]\n\
         Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, \
         Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, \
         MarginR, MarginV, Encoding\n\
         Style: Danmaku,{f},{s},&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,0,7,0,0,0,1\n\
         Style: Gift,{f},{s},&H0000D7FF,&H0000D7FF,&H00000000,&H00000000,1,0,0,0,100,100,0,0,1,2,0,7,0,0,0,1\n\n\
         [Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n",
        w = opts.width,
        h = opts.height,
        f = opts.font_name.replace(',', " "),
        s = opts.font_size,
    );
    let line_height = u64::from(opts.font_size.max(1)) + 4;
    let area = u64::from(opts.height) * u64::from(opts.lane_area_percent.clamp(1, 100)) / 100;
    let lane_count = usize::try_from((area / line_height).max(1)).unwrap_or(1);
    // Per lane: the time (ms) at which the previous line has fully entered the screen.
    let mut lane_free_at = vec![i64::MIN; lane_count];
    let scroll = i64::from(opts.scroll_ms.max(1));
    for line in lines {
        let text = escape_ass_text(&line.text);
        let width = text_width(&text, opts.font_size);
        let lane = lane_free_at
            .iter()
            .position(|free| *free <= line.offset_ms)
            .unwrap_or_else(|| {
                (0..lane_count)
                    .min_by_key(|&i| lane_free_at[i])
                    .unwrap_or(0)
            });
        // A lane frees up once the previous line's tail has entered the screen.
        let travel = u64::from(opts.width).saturating_add(width).max(1);
        let scroll_u = u64::try_from(scroll).unwrap_or(0);
        let enter_ms = i64::try_from(scroll_u.saturating_mul(width) / travel).unwrap_or(scroll);
        lane_free_at[lane] = line.offset_ms.saturating_add(enter_ms);
        let y = lane as u64 * line_height;
        let _ = writeln!(
            out,
            "Dialogue: 0,{},{},{},,0,0,0,,{{\\move({},{y},-{width},{y})}}{text}",
            ass_time(line.offset_ms),
            ass_time(line.offset_ms.saturating_add(scroll)),
            line.kind.style(),
            opts.width,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{ChatMessage, GiftMessage, GiftStruct, User};
    use crate::text::pb_string;

    fn chat(at: i64, text: &str) -> TimedEvent {
        let user = User {
            nickname: pb_string("观众A"),
            ..User::default()
        };
        let c = ChatMessage {
            content: pb_string(text),
            user: Some(Box::new(user)),
            ..ChatMessage::default()
        };
        TimedEvent {
            received_ms: at,
            msg_id: 1,
            event: LiveEvent::Chat(Box::new(c)),
        }
    }

    /// Parsed `Dialogue:` line: (start, end, style, text without the leading override block).
    fn parse_dialogues(ass: &str) -> Vec<(String, String, String, String)> {
        ass.lines()
            .filter_map(|l| l.strip_prefix("Dialogue: "))
            .map(|rest| {
                let f: Vec<&str> = rest.splitn(10, ',').collect();
                assert_eq!(f.len(), 10, "{rest}");
                let text = f[9].split_once('}').map_or(f[9], |(_, t)| t);
                (
                    f[1].to_owned(),
                    f[2].to_owned(),
                    f[3].to_owned(),
                    text.to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn ass_time_formats_hours_minutes_centiseconds() {
        assert_eq!(ass_time(0), "0:00:00.00");
        assert_eq!(ass_time(3_723_456), "1:02:03.45");
        assert_eq!(ass_time(-5), "0:00:00.00");
    }

    #[test]
    fn lines_are_timed_from_start_and_escaped() {
        let start = 1_000_000;
        let events = vec![
            chat(start + 2_500, "second {\\b1}x\\N"),
            chat(start + 1_000, "first\nline"),
            chat(start - 10, "before start"),
        ];
        let opts = AssOptions::default();
        let ass = write_ass(&danmaku_lines(&events, start, &opts), &opts);
        let d = parse_dialogues(&ass);
        assert_eq!(d.len(), 2);
        assert_eq!(
            d[0],
            (
                "0:00:01.00".into(),
                "0:00:09.00".into(),
                "Danmaku".into(),
                "first line".into()
            )
        );
        assert_eq!(d[1].0, "0:00:02.50");
        assert_eq!(d[1].1, "0:00:10.50");
        assert_eq!(d[1].3, "second ｛＼b1｝x＼N");
        assert!(ass.contains("[Events]") && ass.contains("PlayResX: 1920"));
    }

    #[test]
    fn simultaneous_lines_get_different_lanes() {
        let events = vec![chat(0, "一二三四五"), chat(0, "六七八九十")];
        let opts = AssOptions::default();
        let ass = write_ass(&danmaku_lines(&events, 0, &opts), &opts);
        let ys: Vec<&str> = ass
            .lines()
            .filter_map(|l| l.split("\\move(").nth(1))
            .collect();
        assert_eq!(ys.len(), 2);
        assert_ne!(ys[0].split(',').nth(1), ys[1].split(',').nth(1));
    }

    #[test]
    fn gifts_only_when_enabled_with_nickname_option() {
        let gift = GiftMessage {
            repeat_count: 2,
            group_count: 1,
            user: Some(Box::new(User {
                nickname: pb_string("一清"),
                ..User::default()
            })),
            gift: Some(Box::new(GiftStruct {
                name: pb_string("玫瑰"),
                ..GiftStruct::default()
            })),
            ..GiftMessage::default()
        };
        let events = vec![
            chat(100, "hi"),
            TimedEvent {
                received_ms: 200,
                msg_id: 2,
                event: LiveEvent::Gift(Box::new(gift)),
            },
        ];
        let off = AssOptions::default();
        assert_eq!(danmaku_lines(&events, 0, &off).len(), 1);
        let on = AssOptions {
            include_gifts: true,
            show_nickname: true,
            ..AssOptions::default()
        };
        let d = parse_dialogues(&write_ass(&danmaku_lines(&events, 0, &on), &on));
        assert_eq!(d[0].3, "观众A: hi");
        assert_eq!(
            (d[1].2.as_str(), d[1].3.as_str()),
            ("Gift", "一清 送出 玫瑰 x2")
        );
    }
}
