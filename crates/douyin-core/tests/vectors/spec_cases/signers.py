"""X-Bogus (http.md §6) and A-Bogus (http.md §7), written from the spec's step lists only.

A second implementation, independent of the Rust crate, so that vector cases derived from the
spec carry signatures the crate did not compute. `self_check()` proves it on F2's public
xbogus/abogus vectors before anything is generated.
"""
import base64
import hashlib
import json
import os

XB_ALPHABET = "Dkdpgh4ZKsQB80/Mfvw36XI1R25-WUAlEi7NLboqYTOPuzmFjJnryx9HVGcaStCe"
AB_ALPHA0 = "Dkdpgh2ZmsQB80/MfvV36XI1R45-WUAlEixNLwoqYTOPuzKFjJnry79HbGcaStCe"
AB_ALPHA1 = "ckdp1h4ZKsUB80/Mfvw36XIgR25+WQAlEi7NLboqYTOPuzmFjJnryx9HVGDaStCe"
STD_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
AB_TABLE = [
    121, 243, 55, 234, 103, 36, 47, 228, 30, 231, 106, 6, 115, 95, 78, 101, 250, 207, 198, 50,
    139, 227, 220, 105, 97, 143, 34, 28, 194, 215, 18, 100, 159, 160, 43, 8, 169, 217, 180, 120,
    247, 45, 90, 11, 27, 197, 46, 3, 84, 72, 5, 68, 62, 56, 221, 75, 144, 79, 73, 161,
    178, 81, 64, 187, 134, 117, 186, 118, 16, 241, 130, 71, 89, 147, 122, 129, 65, 40, 88, 150,
    110, 219, 199, 255, 181, 254, 48, 4, 195, 248, 208, 32, 116, 167, 69, 201, 17, 124, 125, 104,
    96, 83, 80, 127, 236, 108, 154, 126, 204, 15, 20, 135, 112, 158, 13, 1, 188, 164, 210, 237,
    222, 98, 212, 77, 253, 42, 170, 202, 26, 22, 29, 182, 251, 10, 173, 152, 58, 138, 54, 141,
    185, 33, 157, 31, 252, 132, 233, 235, 102, 196, 191, 223, 240, 148, 39, 123, 92, 82, 128, 109,
    57, 24, 38, 113, 209, 245, 2, 119, 153, 229, 189, 214, 230, 174, 232, 63, 52, 205, 86, 140,
    66, 175, 111, 171, 246, 133, 238, 193, 99, 60, 74, 91, 225, 51, 76, 37, 145, 211, 166, 151,
    213, 206, 0, 200, 244, 176, 218, 44, 184, 172, 49, 216, 93, 168, 53, 21, 183, 41, 67, 85,
    224, 155, 226, 242, 87, 177, 146, 70, 190, 12, 162, 19, 137, 114, 25, 165, 163, 192, 23, 59,
    9, 94, 179, 107, 35, 7, 142, 131, 239, 203, 149, 136, 61, 249, 14, 156,
]
DEFAULT_XBOGUS_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0")
DEFAULT_ABOGUS_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = []
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def md5(data):
    return hashlib.md5(data).digest()


def sm3(data):
    return hashlib.new("sm3", data).digest()


def latin1(text):
    return bytes(ord(c) for c in text)  # raises on code points >= 256, like F2


def t2b(text):
    """F2's text-to-bytes rule for X-Bogus: long text is Latin-1, short text is lowercase hex."""
    if len(text) > 32:
        return latin1(text)
    if any(c not in "0123456789abcdef" for c in text) or len(text) % 2:
        raise ValueError("short text is not lowercase hex")
    return bytes.fromhex(text)


def x_bogus(params, ua, t):
    ua = ua or DEFAULT_XBOGUS_UA
    b = base64.b64encode(rc4(bytes([0, 1, 12]), latin1(ua))).decode()
    a = md5(t2b(b))
    c = md5(md5(b""))
    p = md5(md5(t2b(params)))
    values = [64, 0, 1, 12, p[14], p[15], c[14], c[15], a[14], a[15],
              t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, t & 255, 32, 0, 190, 144]
    x = 0
    for v in values:
        x ^= v
    d = bytes([2, 255]) + rc4(bytes([255]), bytes(values + [x]))
    out = []
    for k in range(0, 21, 3):
        n = d[k] << 16 | d[k + 1] << 8 | d[k + 2]
        out += [XB_ALPHABET[n >> 18 & 63], XB_ALPHABET[n >> 12 & 63],
                XB_ALPHABET[n >> 6 & 63], XB_ALPHABET[n & 63]]
    return "".join(out)


def a_bogus(params, body, ua, fp, t_start, t_end, rd):
    ua = ua or DEFAULT_ABOGUS_UA
    hp = sm3(sm3((params + "cus").encode()))
    hb = sm3(sm3((body + "cus").encode()))
    e = rc4(bytes([0, 1, 14]), latin1(ua))
    s = base64.b64encode(e).decode().translate(str.maketrans(STD_ALPHA, AB_ALPHA1))
    hu = sm3(s.encode("ascii"))
    v = {
        18: 44,
        20: t_start >> 24 & 255, 21: t_start >> 16 & 255, 22: t_start >> 8 & 255, 23: t_start & 255,
        24: t_start // 2**32, 25: t_start // 2**40,
        26: 0, 27: 0, 28: 0, 29: 0, 30: 0, 31: 1, 32: 0, 33: 0, 34: 0, 35: 0, 36: 0, 37: 14,
        38: hp[21], 39: hp[22], 40: hb[21], 41: hb[22], 42: hu[23], 43: hu[24],
        44: t_end >> 24 & 255, 45: t_end >> 16 & 255, 46: t_end >> 8 & 255, 47: t_end & 255,
        48: 3, 49: t_end // 2**32, 50: t_end // 2**40,
        52: 0, 53: 0, 54: 0, 55: 0, 57: 239, 58: 24, 59: 0, 60: 0,
        65: len(fp), 66: 0, 70: 0, 71: 0,
    }
    order = [18, 20, 52, 26, 30, 34, 58, 38, 40, 53, 42, 21, 27, 54, 55, 31, 35, 57, 39, 41, 43, 22,
             28, 32, 60, 36, 23, 29, 33, 37, 44, 45, 59, 46, 47, 48, 49, 50, 24, 25, 65, 66, 70, 71]
    seq = [v[k] for k in order]
    x = 0
    for value in seq:
        x ^= value
    q = seq + [ord(c) for c in fp] + [x]
    table = list(AB_TABLE)
    out = []
    b = table[1]
    p = e_ = 0
    for i, value in enumerate(q):
        if i == 0:
            p = table[b]
            s_ = b + p
            table[1] = p
            table[b] = b
        else:
            s_ = p + e_
        out.append(value ^ table[s_ % 256])
        e_ = table[(i + 2) % 256]
        s2 = (b + e_) % 256
        p = table[s2]
        table[s2] = table[(i + 2) % 256]
        table[(i + 2) % 256] = p
        b = s2
    prefix = []
    for r in rd:
        lo, hi = r & 255, r >> 8 & 255
        prefix += [(lo & 170) | 1, (lo & 85) | 2, (hi & 170) | 5, (hi & 85) | 40]
    values = prefix + out
    text = []
    for k in range(0, len(values), 3):
        group = values[k:k + 3]
        a0 = group[0]
        b0 = group[1] if len(group) > 1 else 0
        c0 = group[2] if len(group) > 2 else 0
        n = a0 << 16 | b0 << 8 | c0
        text += [AB_ALPHA0[n >> 18 & 63], AB_ALPHA0[n >> 12 & 63]]
        if len(group) > 1:
            text.append(AB_ALPHA0[n >> 6 & 63])
        if len(group) > 2:
            text.append(AB_ALPHA0[n & 63])
    while len(text) % 4:
        text.append("=")
    return "".join(text)


def self_check(vectors_dir):
    """Every signable public X-Bogus and A-Bogus case must come out as F2 signed it."""
    checked = 0
    with open(os.path.join(vectors_dir, "xbogus.json"), encoding="utf-8") as f:
        for case in json.load(f)["cases"]:
            if "expected_xbogus" not in case:
                continue
            got = x_bogus(case["params"], case["user_agent_input"], case["timestamp_s"])
            assert got == case["expected_xbogus"], (case["id"], got)
            checked += 1
    with open(os.path.join(vectors_dir, "abogus.json"), encoding="utf-8") as f:
        for case in json.load(f)["cases"]:
            if "expected_abogus" not in case:
                continue
            got = a_bogus(case["params"], case["body"], case["user_agent_input"], case["browser_fp"],
                          case["start_ms"], case["end_ms"], case["random_rd"])
            assert got == case["expected_abogus"], (case["id"], got)
            checked += 1
    return checked
