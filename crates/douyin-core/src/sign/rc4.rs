//! RC4, the plain stream cipher both signers use to scramble short byte strings.

/// The RC4 keystream generator after the key schedule, ready to emit bytes.
pub(crate) struct Rc4 {
    state: [u8; 256],
    i: u8,
    j: u8,
}

impl Rc4 {
    /// Runs the key schedule over the identity table with the repeating `key` (must not be empty).
    pub(crate) fn new(key: &[u8]) -> Self {
        let mut state = [0u8; 256];
        for (slot, value) in state.iter_mut().zip(0u8..=255) {
            *slot = value;
        }
        let mut j = 0u8;
        for i in 0..256 {
            let key_byte = key.get(i % key.len().max(1)).copied().unwrap_or(0);
            j = j.wrapping_add(state[i]).wrapping_add(key_byte);
            state.swap(i, usize::from(j));
        }
        Self { state, i: 0, j: 0 }
    }

    /// The next keystream byte.
    pub(crate) fn next_byte(&mut self) -> u8 {
        self.i = self.i.wrapping_add(1);
        self.j = self.j.wrapping_add(self.state[usize::from(self.i)]);
        self.state.swap(usize::from(self.i), usize::from(self.j));
        let index = self.state[usize::from(self.i)].wrapping_add(self.state[usize::from(self.j)]);
        self.state[usize::from(index)]
    }
}

/// The first `N` keystream bytes of `key` (must not be empty), computed at compile time for the
/// signers' fixed keys so that no call runs the key schedule: encrypting is then one XOR per
/// byte with this table.
pub(crate) const fn keystream<const N: usize>(key: &[u8]) -> [u8; N] {
    let mut state = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        state[i] = i as u8;
        i += 1;
    }
    let mut j = 0u8;
    i = 0;
    while i < 256 {
        j = j.wrapping_add(state[i]).wrapping_add(key[i % key.len()]);
        let t = state[i];
        state[i] = state[j as usize];
        state[j as usize] = t;
        i += 1;
    }
    let mut out = [0u8; N];
    let (mut a, mut b) = (0u8, 0u8);
    let mut n = 0;
    while n < N {
        a = a.wrapping_add(1);
        b = b.wrapping_add(state[a as usize]);
        let t = state[a as usize];
        state[a as usize] = state[b as usize];
        state[b as usize] = t;
        out[n] = state[state[a as usize].wrapping_add(state[b as usize]) as usize];
        n += 1;
    }
    out
}

/// Encrypts (or decrypts) `data` with `key`.
pub(crate) fn rc4(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut cipher = Rc4::new(key);
    data.iter().map(|byte| byte ^ cipher.next_byte()).collect()
}

#[cfg(test)]
mod tests {
    use super::rc4;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn matches_the_classic_known_answers() {
        // Published RC4 test vectors (Wikipedia / RFC 6229 style plaintext examples).
        assert_eq!(hex(&rc4(b"Key", b"Plaintext")), "bbf316e8d940af0ad3");
        assert_eq!(hex(&rc4(b"Wiki", b"pedia")), "1021bf0420");
        assert_eq!(
            hex(&rc4(b"Secret", b"Attack at dawn")),
            "45a01f645fc35b383552544b9bf5"
        );
    }

    #[test]
    fn the_compile_time_keystream_is_the_cipher_s() {
        const STREAM: [u8; 300] = super::keystream(&[0, 1, 12]);
        assert_eq!(rc4(&[0, 1, 12], &[0; 300]), STREAM);
        assert_eq!(rc4(b"Key", b"Plaintext"), {
            let ks: [u8; 9] = super::keystream(b"Key");
            b"Plaintext"
                .iter()
                .zip(ks)
                .map(|(p, k)| p ^ k)
                .collect::<Vec<_>>()
        });
    }

    #[test]
    fn is_its_own_inverse() {
        let data = b"Mozilla/5.0 (Windows NT 10.0)";
        assert_eq!(rc4(&[0, 1, 12], &rc4(&[0, 1, 12], data)), data);
    }
}
