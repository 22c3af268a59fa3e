//! The emulator's webcast message payloads against the real payload samples
//! (`shared/webcast-samples/messages/*.payload.bin`, non-synthetic): for every field path both
//! carry, the protobuf wire type must agree (a varint where Douyin sends a string, or the
//! reverse, is the classic schema mistake a client could share).

use std::collections::{BTreeMap, BTreeSet};

use douyin_emulator::live::messages::tick_messages;
use douyin_emulator::world::{build::Sizes, generate};

/// Field paths (`1.3.2`) with their wire types. A length-delimited field is walked into when
/// its bytes parse completely as a message.
fn fields(buf: &[u8], at: &str, out: &mut BTreeMap<String, BTreeSet<u8>>) -> bool {
    fn varint(b: &[u8], i: &mut usize) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *b.get(*i)?;
            *i += 1;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    let mut found = BTreeMap::new();
    let mut i = 0;
    while i < buf.len() {
        let Some(key) = varint(buf, &mut i) else {
            return false;
        };
        let (no, wt) = (key >> 3, (key & 7) as u8);
        if no == 0 || no > 10_000 {
            return false;
        }
        let path = if at.is_empty() {
            no.to_string()
        } else {
            format!("{at}.{no}")
        };
        match wt {
            0 => {
                if varint(buf, &mut i).is_none() {
                    return false;
                }
            }
            1 => i += 8,
            5 => i += 4,
            2 => {
                let Some(len) = varint(buf, &mut i) else {
                    return false;
                };
                let end = i + len as usize;
                if end > buf.len() {
                    return false;
                }
                let mut inner = BTreeMap::new();
                if len > 0 && fields(&buf[i..end], &path, &mut inner) {
                    for (k, v) in inner {
                        found.entry(k).or_insert_with(BTreeSet::new).extend(v);
                    }
                }
                i = end;
            }
            _ => return false,
        }
        if i > buf.len() {
            return false;
        }
        found.entry(path).or_insert_with(BTreeSet::new).insert(wt);
    }
    for (k, v) in found {
        out.entry(k).or_default().extend(v);
    }
    true
}

#[test]
fn emulator_payloads_use_douyins_wire_types() {
    let dir = format!(
        "{}/../../../shared/webcast-samples/messages",
        env!("CARGO_MANIFEST_DIR")
    );
    let world = generate(
        7,
        Sizes {
            users: 6,
            posts_per_user: 3,
            comments_per_post: 1,
        },
    );
    let room = world.rooms[0].clone();
    let mut ours: BTreeMap<String, BTreeMap<String, BTreeSet<u8>>> = BTreeMap::new();
    for tick in 0..64 {
        for m in tick_messages(&world, &room, 1_750_000_000_000 + tick * 1000, tick) {
            let entry = ours.entry(m.method.clone()).or_default();
            assert!(fields(&m.payload, "", entry), "{} does not parse", m.method);
        }
    }
    let mut compared = 0;
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("samples") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let Some(method) = name.strip_suffix(".payload.bin") else {
            continue;
        };
        if method.starts_with("synthetic_") {
            continue; // not real bytes
        }
        let Some(emu) = ours.get(method) else {
            continue;
        };
        let bytes = std::fs::read(&path).expect("read");
        let mut real = BTreeMap::new();
        assert!(fields(&bytes, "", &mut real), "{name} parses");
        let mut shared = 0;
        for (p, wt) in &real {
            if let Some(e) = emu.get(p) {
                shared += 1;
                // Wire type 2 covers both strings and messages: only a 0/1/5 vs 2 split counts.
                if wt.is_disjoint(e) {
                    problems.push(format!("{method} field {p}: Douyin {wt:?}, emulator {e:?}"));
                }
            }
        }
        // The `common` header (field 1) and its method/msg_id/room_id must be there.
        for p in ["1", "1.1", "1.2", "1.3"] {
            if real.contains_key(p) && !emu.contains_key(p) {
                problems.push(format!("{method}: missing {p}"));
            }
        }
        eprintln!(
            "{method}: {shared} shared field paths of {} real",
            real.len()
        );
        assert!(shared >= 5, "{method}: only {shared} field paths in common");
        compared += 1;
    }
    assert!(compared >= 4, "compared {compared} real message types");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
