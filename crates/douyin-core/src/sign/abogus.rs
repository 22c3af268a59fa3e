//! A-Bogus (spec http.md §7): the signature over query, body, User-Agent, browser fingerprint,
//! two millisecond timestamps and three random numbers.
//!
//! Intermediate values are deliberately `u64`, not bytes: F2 puts `ms / 2^32` (about 400 today)
//! into the header unmasked and the overflow carries through to the output.

use super::abogus_table::{AB_ALPHA0, AB_ALPHA1, AB_TABLE};
use super::base64;
use super::rc4::Rc4;
use super::{SignError, SignedText, DEFAULT_ABOGUS_UA};
use sm3::{Digest, Sm3};

/// F2's fixed `options` triple (14 is its POST value, used for GET too).
const OPTIONS: [u64; 3] = [0, 1, 14];
/// The app id signed into the header.
const AID: u64 = 6383;
/// F2's page id.
const PAGE_ID: u64 = 0;
/// Appended to query and body before hashing.
const SALT: &str = "cus";
/// RC4 key for scrambling the UA.
const UA_KEY: [u8; 3] = [0, 1, 14];

/// Header keys in the order their values enter the payload.
const HEADER_ORDER: [usize; 44] = [
    18, 20, 52, 26, 30, 34, 58, 38, 40, 53, 42, 21, 27, 54, 55, 31, 35, 57, 39, 41, 43, 22, 28, 32,
    60, 36, 23, 29, 33, 37, 44, 45, 59, 46, 47, 48, 49, 50, 24, 25, 65, 66, 70, 71,
];

/// Everything one A-Bogus signature depends on; F2 takes the times and randoms from the clock
/// and its RNG, here they are explicit.
#[derive(Debug, Clone, Copy)]
pub struct AbogusInput<'a> {
    /// The query text exactly as sent.
    pub query: &'a str,
    /// The request body text (`""` for GET).
    pub body: &'a str,
    /// The User-Agent; empty means [`DEFAULT_ABOGUS_UA`].
    pub user_agent: &'a str,
    /// The browser fingerprint text ([`super::fingerprint`]).
    pub fingerprint: &'a str,
    /// Epoch milliseconds read before hashing.
    pub start_ms: u64,
    /// Epoch milliseconds read after hashing.
    pub end_ms: u64,
    /// Three random integers in `0..=9999` ([`random_rd`]).
    pub random: [u32; 3],
}

/// Every value A-Bogus derives, for tests and diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbogusTrace {
    /// The UA actually used (the default replaces an empty one).
    pub effective_user_agent: String,
    /// `SM3(SM3(query + "cus"))`.
    pub query_digest: [u8; 32],
    /// `SM3(SM3(body + "cus"))`.
    pub body_digest: [u8; 32],
    /// `SM3` of the scrambled UA's Base64 text.
    pub ua_digest: [u8; 32],
    /// The 44 header values, the fingerprint's code points, then their XOR.
    pub payload: Vec<u64>,
    /// The payload after the stream transform.
    pub transformed: Vec<u64>,
    /// The 12 values derived from the random numbers.
    pub random_prefix: [u64; 12],
    /// The signature.
    pub value: String,
}

/// The A-Bogus value for `input`.
pub fn a_bogus(input: &AbogusInput<'_>) -> Result<String, SignError> {
    a_bogus_traced(input).map(|trace| trace.value)
}

/// [`a_bogus`] with every intermediate value.
pub fn a_bogus_traced(input: &AbogusInput<'_>) -> Result<AbogusTrace, SignError> {
    let ua = if input.user_agent.is_empty() {
        DEFAULT_ABOGUS_UA
    } else {
        input.user_agent
    };
    let query_digest = salted_double_sm3(input.query);
    let body_digest = salted_double_sm3(input.body);
    let ua_digest = sm3(scrambled_ua_text(ua)?.as_bytes());

    let fingerprint: Vec<u64> = input.fingerprint.chars().map(u64::from).collect();
    let header = header_values(
        input,
        &query_digest,
        &body_digest,
        &ua_digest,
        fingerprint.len(),
    );
    let mut payload: Vec<u64> = HEADER_ORDER.iter().map(|&key| header[key]).collect();
    let check = payload.iter().fold(0, |acc, v| acc ^ v);
    payload.extend_from_slice(&fingerprint);
    payload.push(check);

    let transformed = stream_transform(&payload);
    let random_prefix = random_prefix(input.random);
    let mut all = random_prefix.to_vec();
    all.extend_from_slice(&transformed);
    let value = encode(&all);

    Ok(AbogusTrace {
        effective_user_agent: ua.to_owned(),
        query_digest,
        body_digest,
        ua_digest,
        payload,
        transformed,
        random_prefix,
        value,
    })
}

/// Three random integers in `0..=9999`, as F2 draws them (`floor(random() × 10000)`).
pub fn random_rd(rng: &mut impl rand::Rng) -> [u32; 3] {
    [
        rng.random_range(0..10_000),
        rng.random_range(0..10_000),
        rng.random_range(0..10_000),
    ]
}

/// F2's mapping of one `random()` float in `[0, 1)` to a random integer: `floor(r × 10000)`.
pub fn rd_from_unit_float(r: f64) -> u32 {
    // Saturating float→int cast: out-of-range input clamps instead of wrapping.
    (r * 10_000.0).floor() as u32
}

fn sm3(bytes: &[u8]) -> [u8; 32] {
    Sm3::digest(bytes).into()
}

/// The outer hash covers the inner digest's raw bytes, without a second salt.
fn salted_double_sm3(text: &str) -> [u8; 32] {
    let mut salted = String::with_capacity(text.len() + SALT.len());
    salted.push_str(text);
    salted.push_str(SALT);
    sm3(&sm3(salted.as_bytes()))
}

/// RC4-keystream XOR over the UA's code points, then Base64 with `AB_ALPHA1`.
fn scrambled_ua_text(ua: &str) -> Result<String, SignError> {
    let mut keystream = Rc4::new(&UA_KEY);
    let scrambled = ua
        .chars()
        .enumerate()
        .map(|(index, c)| {
            let code_point = u32::from(c);
            u8::try_from(code_point)
                .map(|byte| byte ^ keystream.next_byte())
                .map_err(|_| SignError::NotLatin1 {
                    text: SignedText::UserAgent,
                    code_point,
                    index,
                })
        })
        .collect::<Result<Vec<u8>, SignError>>()?;
    Ok(base64::encode(&scrambled, AB_ALPHA1))
}

/// The header values F2 emits, indexed by F2's numeric key (unused keys stay 0).
fn header_values(
    input: &AbogusInput<'_>,
    query_digest: &[u8; 32],
    body_digest: &[u8; 32],
    ua_digest: &[u8; 32],
    fingerprint_chars: usize,
) -> [u64; 72] {
    let byte = |value: u64, shift: u32| (value >> shift) & 255;
    let (start, end) = (input.start_ms, input.end_ms);
    let mut v = [0u64; 72];
    v[18] = 44;
    v[20] = byte(start, 24);
    v[21] = byte(start, 16);
    v[22] = byte(start, 8);
    v[23] = byte(start, 0);
    v[24] = start >> 32;
    v[25] = start >> 40;
    v[26] = byte(OPTIONS[0], 24);
    v[27] = byte(OPTIONS[0], 16);
    v[28] = byte(OPTIONS[0], 8);
    v[29] = byte(OPTIONS[0], 0);
    v[30] = (OPTIONS[1] / 256) & 255;
    v[31] = OPTIONS[1] % 256;
    v[32] = byte(OPTIONS[1], 24);
    v[33] = byte(OPTIONS[1], 16);
    v[34] = byte(OPTIONS[2], 24);
    v[35] = byte(OPTIONS[2], 16);
    v[36] = byte(OPTIONS[2], 8);
    v[37] = byte(OPTIONS[2], 0);
    v[38] = u64::from(query_digest[21]);
    v[39] = u64::from(query_digest[22]);
    v[40] = u64::from(body_digest[21]);
    v[41] = u64::from(body_digest[22]);
    v[42] = u64::from(ua_digest[23]);
    v[43] = u64::from(ua_digest[24]);
    v[44] = byte(end, 24);
    v[45] = byte(end, 16);
    v[46] = byte(end, 8);
    v[47] = byte(end, 0);
    v[48] = 3;
    v[49] = end >> 32;
    v[50] = end >> 40;
    v[52] = byte(PAGE_ID, 16);
    v[53] = byte(PAGE_ID, 8);
    v[54] = byte(PAGE_ID, 0);
    v[55] = PAGE_ID;
    v[57] = byte(AID, 0);
    v[58] = byte(AID, 8);
    v[59] = byte(AID, 16);
    v[60] = byte(AID, 24);
    v[65] = fingerprint_chars as u64;
    v
}

/// F2's RC4-like stream over the payload, starting from a fresh `AB_TABLE`; the XOR keeps any
/// bits above 8 of the input.
fn stream_transform(payload: &[u64]) -> Vec<u64> {
    let mut table = AB_TABLE;
    let at = |table: &[u8; 256], index: usize| usize::from(table[index % 256]);
    let mut out = Vec::with_capacity(payload.len());
    let mut b = at(&table, 1);
    let (mut p, mut e) = (0usize, 0usize);
    for (i, &x) in payload.iter().enumerate() {
        let s = if i == 0 {
            p = at(&table, b);
            table[1] = p as u8;
            table[b] = b as u8;
            b + p
        } else {
            p + e
        };
        out.push(x ^ at(&table, s) as u64);
        let next = (i + 2) % 256;
        e = at(&table, next);
        let s2 = (b + e) % 256;
        p = at(&table, s2);
        table[s2] = table[next];
        table[next] = p as u8;
        b = s2;
    }
    out
}

/// Four values per random integer, mixing its low and high bytes with fixed masks.
fn random_prefix(random: [u32; 3]) -> [u64; 12] {
    let mut out = [0u64; 12];
    for (chunk, rd) in out.chunks_mut(4).zip(random) {
        let lo = u64::from(rd & 255);
        let hi = u64::from((rd >> 8) & 255);
        chunk.copy_from_slice(&[
            (lo & 170) | 1,
            (lo & 85) | 2,
            (hi & 170) | 5,
            (hi & 85) | 40,
        ]);
    }
    out
}

/// Base64-like grouping over `AB_ALPHA0` that ORs (not masks) each value into its group, so a
/// value above 255 spills into its neighbour's bits as in F2.
fn encode(values: &[u64]) -> String {
    let mut out = String::with_capacity(values.len().div_ceil(3) * 4);
    for group in values.chunks(3) {
        let a = group[0];
        let b = group.get(1).copied();
        let c = group.get(2).copied();
        let n = (a << 16) | (b.unwrap_or(0) << 8) | c.unwrap_or(0);
        let symbol = |shift: u32| char::from(AB_ALPHA0[((n >> shift) & 63) as usize]);
        out.push(symbol(18));
        out.push(symbol(12));
        if b.is_some() {
            out.push(symbol(6));
        }
        if c.is_some() {
            out.push(symbol(0));
        }
    }
    while !out.len().is_multiple_of(4) {
        out.push('=');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 861-character demo query of the spec's worked example (`abogus-000`).
    const DEMO_QUERY: &str = "device_platform=webapp&aid=6383&channel=channel_pc_web&sec_user_id=MS4wLjABAAAAW9FWcqS7RdQAWPd2AA5fL_ilmqsIFUCQ_Iym6Yh9_cUa6ZRqVLjVQSUjlHrfXY1Y&max_cursor=0&locate_query=false&show_live_replay_strategy=1&need_time_list=1&time_list_query=0&whale_cut_token=&cut_version=1&count=18&publish_video_strategy_type=2&pc_client_type=1&version_code=170400&version_name=17.4.0&cookie_enabled=true&screen_width=1920&screen_height=1080&browser_language=zh-CN&browser_platform=Win32&browser_name=Edge&browser_version=122.0.0.0&browser_online=true&engine_name=Blink&engine_version=122.0.0.0&os_name=Windows&os_version=10&cpu_core_num=12&device_memory=8&platform=PC&downlink=10&effective_type=4g&round_trip_time=50&webid=7335414539335222835&msToken=p9Y7fUBuq9DKvAuN27Peml6JbaMqG2ZcXfFiyDv1jcHrCN00uidYqUgSuLsKl1onC-E_n82m-aKKYE0QGEmxIWZx9iueQ6WLbvzPfqnMk4GBAlQIHcDzxb38FLXXQxAm";
    const FP: &str = "1536|730|1560|816|0|30|0|0|1600|900|1536|824|1536|730|24|24|Win32";

    fn worked_example() -> AbogusInput<'static> {
        AbogusInput {
            query: DEMO_QUERY,
            body: "",
            user_agent: DEFAULT_ABOGUS_UA,
            fingerprint: FP,
            start_ms: 1_718_000_000_000,
            end_ms: 1_718_000_000_000,
            random: [7653, 5602, 1896],
        }
    }

    #[test]
    fn sm3_of_abc_is_the_standard_answer() {
        let hex: String = sm3(b"abc").iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
        );
    }

    #[test]
    fn reproduces_the_worked_example() {
        let trace = a_bogus_traced(&worked_example()).unwrap();
        assert_eq!((trace.query_digest[21], trace.query_digest[22]), (247, 30));
        assert_eq!((trace.body_digest[21], trace.body_digest[22]), (58, 51));
        assert_eq!((trace.ua_digest[23], trace.ua_digest[24]), (2, 48));
        let header: Vec<u64> = vec![
            44, 0, 0, 0, 0, 0, 24, 247, 58, 0, 2, 199, 0, 0, 0, 1, 0, 239, 30, 51, 48, 156, 0, 0,
            0, 0, 0, 0, 0, 14, 0, 199, 0, 156, 0, 3, 400, 1, 400, 1, 65, 0, 0, 0,
        ];
        assert_eq!(trace.payload[..44], header[..]);
        assert_eq!(trace.payload.len(), 44 + FP.len() + 1);
        assert_eq!(trace.payload.last(), Some(&68));
        assert_eq!(
            trace.random_prefix,
            [161, 71, 13, 61, 163, 66, 5, 61, 41, 66, 7, 45]
        );
        assert_eq!(
            trace.value,
            "Y6W0M50dk3yTfEWz5RVLfY3q6WB3YQxy0SVkMD2f5nfP5L39HMYD9exowGJvYY8jNs/DIeYjy4hbT3ohrQ2r01wf9W4x/252sESkKl12so0j53inC6WmE0wN-hsAtFH8svrUiKi8owVtSYydAnAJ5kIlO62-zo0/93E="
        );
        assert_eq!(trace.value.len(), 164);
    }

    #[test]
    fn each_signature_starts_from_a_fresh_table() {
        let first = a_bogus(&worked_example()).unwrap();
        assert_eq!(a_bogus(&worked_example()).unwrap(), first);
    }

    #[test]
    fn empty_ua_means_the_builtin_default() {
        let mut input = worked_example();
        input.user_agent = "";
        assert_eq!(
            a_bogus(&input).unwrap(),
            a_bogus(&worked_example()).unwrap()
        );
    }

    #[test]
    fn length_follows_the_fingerprint() {
        for fp in ["", "1|2", FP, &"9".repeat(200)] {
            let mut input = worked_example();
            input.fingerprint = fp;
            let expected = (57 + fp.chars().count()).div_ceil(3) * 4;
            assert_eq!(a_bogus(&input).unwrap().len(), expected, "fp {fp:?}");
        }
    }

    #[test]
    fn refuses_a_ua_outside_latin1() {
        let mut input = worked_example();
        input.user_agent = "Mozilla/5.0 抖音";
        let err = a_bogus(&input).unwrap_err();
        assert_eq!(err.kind(), super::super::SignErrorKind::NotLatin1);
    }

    #[test]
    fn random_floats_map_like_f2() {
        assert_eq!(rd_from_unit_float(0.76535), 7653);
        assert_eq!(rd_from_unit_float(0.0), 0);
        assert_eq!(rd_from_unit_float(0.99999999), 9999);
    }

    #[test]
    fn random_rd_stays_in_range() {
        use rand::SeedableRng;
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for _ in 0..1000 {
            assert!(random_rd(&mut rng).iter().all(|&rd| rd < 10_000));
        }
    }

    #[test]
    fn encode_spills_values_above_255_into_neighbours() {
        // 400 << 8 sets bit 16, which lands in the first symbol of the group.
        assert_ne!(encode(&[0, 400, 0]), encode(&[0, 144, 0]));
        assert_eq!(encode(&[0, 0, 0]), "DDDD");
        assert_eq!(encode(&[0]), "DD==");
        assert_eq!(encode(&[0, 0]), "DDD=");
    }
}
