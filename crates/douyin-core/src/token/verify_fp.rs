//! verify_fp and s_v_web_id (spec http.md §5.5): `verify_<ms in base 36>_<36 slots>`, the slots
//! shaped like a UUID v4 over a 62-character alphabet. F2's two generators are identical.

use super::TokenError;

/// The slot alphabet.
const CHARSET62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// How many random choices one token consumes (36 slots minus 5 fixed ones).
pub const RANDOM_CHOICES: usize = 31;

/// A verify_fp for epoch milliseconds `millis`, with fresh randomness.
pub fn verify_fp(millis: u64, rng: &mut impl rand::Rng) -> String {
    let indexes: [usize; RANDOM_CHOICES] =
        std::array::from_fn(|_| rng.random_range(0..CHARSET62.len()));
    build(millis, &indexes)
}

/// An s_v_web_id cookie value: the same algorithm as [`verify_fp`].
pub fn s_v_web_id(millis: u64, rng: &mut impl rand::Rng) -> String {
    verify_fp(millis, rng)
}

/// A verify_fp from F2's 31 `random()` floats in `[0, 1)`; slot index = `floor(r × 62)`.
pub fn verify_fp_from_unit_floats(
    millis: u64,
    floats: &[f64; RANDOM_CHOICES],
) -> Result<String, TokenError> {
    let mut indexes = [0usize; RANDOM_CHOICES];
    for (position, (slot, &r)) in indexes.iter_mut().zip(floats).enumerate() {
        if !(0.0..1.0).contains(&r) {
            return Err(TokenError::RandomFloatOutOfRange { position, value: r });
        }
        // In range, so the product is in [0, 62) and the cast exact after floor.
        *slot = (r * 62.0).floor() as usize;
    }
    Ok(build(millis, &indexes))
}

/// A verify_fp from 31 explicit alphabet indexes, each below 62.
pub fn verify_fp_from_indexes(
    millis: u64,
    indexes: &[usize; RANDOM_CHOICES],
) -> Result<String, TokenError> {
    if let Some((position, &value)) = indexes
        .iter()
        .enumerate()
        .find(|(_, &k)| k >= CHARSET62.len())
    {
        return Err(TokenError::RandomIndexOutOfRange {
            position,
            index: value,
            limit: CHARSET62.len(),
        });
    }
    Ok(build(millis, indexes))
}

/// F2's milliseconds from a `time.time()` float: Python's `round`, ties to even.
pub fn millis_from_unix_seconds(seconds: f64) -> u64 {
    // Saturating float→int cast: negative or huge clock values clamp.
    (seconds * 1000.0).round_ties_even() as u64
}

/// Indexes are known to be below 62.
fn build(millis: u64, indexes: &[usize; RANDOM_CHOICES]) -> String {
    let mut choices = indexes.iter();
    let slots: String = (0..36)
        .map(|slot| match slot {
            8 | 13 | 18 | 23 => '_',
            14 => '4',
            _ => {
                let k = choices.next().copied().unwrap_or(0);
                // Slot 19 is the UUID variant nibble: 8, 9, A or B.
                let k = if slot == 19 { (k & 3) | 8 } else { k };
                char::from(CHARSET62[k % CHARSET62.len()])
            }
        })
        .collect();
    format!("verify_{}_{slots}", base36(millis))
}

/// Lower-case base 36 without padding; 0 gives the empty text, as in F2.
fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(CHARSET62[(n % 36) as usize].to_ascii_lowercase());
        n /= 36;
    }
    digits.reverse();
    String::from_utf8_lossy(&digits).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn all_zero_choices_give_the_spec_example() {
        assert_eq!(
            verify_fp_from_indexes(1_718_000_000_000, &[0; 31]).unwrap(),
            "verify_lx8kuby8_00000000_0000_4000_8000_000000000000"
        );
    }

    #[test]
    fn base36_is_lowercase_and_zero_is_empty() {
        assert_eq!(base36(0), "");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert_eq!(base36(1_718_000_000_000), "lx8kuby8");
    }

    #[test]
    fn random_tokens_keep_the_fixed_slots() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(3);
        for _ in 0..200 {
            let token = s_v_web_id(1_718_000_000_000, &mut rng);
            let slots = token.strip_prefix("verify_lx8kuby8_").unwrap();
            assert_eq!(slots.len(), 36);
            let b = slots.as_bytes();
            assert_eq!([b[8], b[13], b[18], b[23], b[14]], *b"____4");
            assert!(b"89AB".contains(&b[19]), "{slots}");
            assert!(slots.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()));
        }
    }

    #[test]
    fn out_of_range_choices_are_refused() {
        let mut floats = [0.5; 31];
        floats[4] = 1.0;
        assert!(verify_fp_from_unit_floats(0, &floats).is_err());
        let mut indexes = [0; 31];
        indexes[30] = 62;
        assert!(verify_fp_from_indexes(0, &indexes).is_err());
    }

    #[test]
    fn seconds_round_like_python() {
        assert_eq!(
            millis_from_unix_seconds(1_733_387_890.123),
            1_733_387_890_123
        );
        assert_eq!(millis_from_unix_seconds(0.035), 35);
        assert_eq!(millis_from_unix_seconds(0.0005), 0);
    }
}
