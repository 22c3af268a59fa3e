//! Verification of the websocket `signature` parameter (the 16-character frontierSign value).
//!
//! What is checked: the value decodes with the webcast alphabet into 12 bytes; byte 0 is
//! `0x40` or `0x50`; RC4 with the one-byte key in byte 1 decrypts bytes 2–11 into `o[0..10]`
//! with `o[0] < 64`, `o[1..4] == 0`, `o[4..6] == 45 3F`, `o[6..8]` equal to bytes 14–15 of
//! MD5(raw MD5 of the stub built from the URL's `room_id` and `user_unique_id`), and `o[9]`
//! the XOR of `o[0..9]`. The value carries no time, so nothing about freshness is checked.

use super::codec::{decode_bytes, md5, rc4};
use super::SignatureError;

const ALPHABET: &str = "Dkdpgh4ZKsQB80/Mfvw36XI1R25+WUAlEi7NLboqYTOPuzmFjJnryx9HVGcaStCe";

/// The fixed stub text whose MD5 is signed.
pub fn stub(room_id: &str, user_unique_id: &str) -> String {
    format!(
        "live_id=1,aid=6383,version_code=180800,webcast_sdk_version=1.0.14-beta.0,room_id={room_id},sub_room_id=,sub_channel_id=,did_rule=3,user_unique_id={user_unique_id},device_platform=web,device_type=,ac=,identity=audience"
    )
}

/// Checks a `signature` value for the given room and viewer.
pub fn verify(value: &str, room_id: &str, user_unique_id: &str) -> Result<(), SignatureError> {
    if value.len() != 16 {
        return Err(SignatureError::Malformed("webcast signature length"));
    }
    let bytes =
        decode_bytes(value, ALPHABET).ok_or(SignatureError::Malformed("webcast alphabet"))?;
    if bytes.len() != 12 || (bytes[0] != 0x40 && bytes[0] != 0x50) {
        return Err(SignatureError::Malformed("webcast flag byte"));
    }
    let o = rc4(&[bytes[1]], &bytes[2..]);
    if o[0] >= 64 || o[1..4] != [0, 0, 0] || o[4..6] != [0x45, 0x3f] {
        return Err(SignatureError::Malformed("webcast constants"));
    }
    if o[..9].iter().fold(0u8, |x, v| x ^ v) != o[9] {
        return Err(SignatureError::Malformed("webcast checksum"));
    }
    let stub_md5 = md5(stub(room_id, user_unique_id).as_bytes());
    let u = md5(&stub_md5);
    if o[6..8] != u[14..16] {
        return Err(SignatureError::Mismatch("webcast stub digest"));
    }
    Ok(())
}
