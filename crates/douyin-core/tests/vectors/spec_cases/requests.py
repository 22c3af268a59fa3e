"""`requests` vector cases for crawler methods the public F2 sample lacks, derived from http.md.

Each request is built from the spec alone: the BaseRequestModel table (§3.2), the model's extra
params of the endpoint catalogue (§4), the query rule and the signature placement (§3.1), the
headers and their order (§2.1), and signatures from `signers.py` (§6, §7). The signing inputs
are the ones F2's public cases pinned. The Rust crate's code is not used.
"""
import json
from urllib.parse import quote

import signers

UA = signers.DEFAULT_ABOGUS_UA
COOKIE = "ttwid=1%7CTESTTTWID%7C1718000000%7Cabcdef; s_v_web_id=verify_lx8kuby8_TEST; sessionid=TESTSESSION"
MS_TOKEN = ("TEST_msToken_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_0123456789abcdefghijklmnopqrstuvwxyz==")
FP = "1536|730|1560|816|0|30|0|0|1600|900|1536|824|1536|730|24|24|Win32"
START_MS, END_MS = 1718000000000, 1718000000002
RANDOM_FLOATS = [0.12345, 0.5, 0.99999]
RANDOM_RD = [int(f * 10000) for f in RANDOM_FLOATS]
TIMESTAMP_S = 1718000000
SEC_UID = "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C"
WWW = "https://www.douyin.com"

# http.md §3.2, in order (types as F2's models declare them: text or integer).
BASE = [
    ("device_platform", "webapp"), ("aid", "6383"), ("channel", "channel_pc_web"),
    ("pc_client_type", 1), ("publish_video_strategy_type", 2), ("pc_libra_divert", "Windows"),
    ("version_code", "290100"), ("version_name", "29.1.0"), ("cookie_enabled", "true"),
    ("screen_width", 1920), ("screen_height", 1080), ("browser_language", "zh-CN"),
    ("browser_platform", "Win32"), ("browser_name", "Edge"), ("browser_version", "130.0.0.0"),
    ("browser_online", "true"), ("engine_name", "Blink"), ("engine_version", "130.0.0.0"),
    ("os_name", "Windows"), ("os_version", "10"), ("cpu_core_num", 12), ("device_memory", 8),
    ("platform", "PC"), ("downlink", 10), ("effective_type", "4g"), ("round_trip_time", 100),
    ("msToken", MS_TOKEN),
]


def model(extra, overrides=()):
    """The base set with `overrides` replaced in their base positions, then `extra` (§3.1)."""
    pairs = dict(overrides)
    fields = [(k, pairs.get(k, v)) for k, v in BASE]
    return fields + list(extra)


def query(fields):
    return "&".join(f"{k}={v}" for k, v in fields)


def headers(host, http, body):
    """The client headers (§2.1) in the order httpx sends them (as recorded in requests.json):
    a POST without body gets `Content-Length: 0` right after Host; a body adds its length and
    type at the end."""
    sent = [("Host", host)]
    if http == "POST" and body is None:
        sent.append(("Content-Length", "0"))
    sent += [("Accept", "*/*"), ("Accept-Encoding", "gzip, deflate"), ("Connection", "keep-alive"),
             ("User-Agent", UA), ("Referer", "https://www.douyin.com/"), ("Cookie", COOKIE)]
    if body is not None:
        sent += [("Content-Length", str(len(body.encode()))), ("Content-Type", body_type(body))]
    return [list(h) for h in sent]


def body_type(body):
    return "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"


def case(n, method, name, path, fields, note, http="GET", body=None):
    q = query(fields)
    base_url = WWW + path + ("&" if "?" in path else "?") + q
    ab = signers.a_bogus(q, "", UA, FP, START_MS, END_MS, RANDOM_RD)
    xb = signers.x_bogus(q, UA, TIMESTAMP_S)
    host = WWW.split("://")[1]

    def sent(url):
        return {"method": http, "url": url, "headers": headers(host, http, body), "body": body or ""}

    return {
        "id": f"spec-requests-{n:03d}",
        "crawler_method": method,
        "model": name,
        "model_dump": dict(fields),
        "param_string": q,
        "note": note,
        "a_bogus_inputs": {"user_agent": UA, "browser_fp": FP, "start_ms": START_MS, "end_ms": END_MS,
                           "random_floats": RANDOM_FLOATS, "random_rd": RANDOM_RD, "body_signed": ""},
        "x_bogus_inputs": {"user_agent": UA, "timestamp_s": TIMESTAMP_S},
        "expected_request_abogus": sent(base_url + "&a_bogus=" + ab),
        "expected_request_xbogus": sent(base_url + "&X-Bogus=" + xb),
    }


def follow_list(user_id, sec_user_id, offset, min_time, max_time, count, source_type):
    return [("user_id", user_id), ("sec_user_id", sec_user_id), ("offset", offset),
            ("min_time", min_time), ("max_time", max_time), ("count", count),
            ("source_type", source_type), ("gps_access", 0), ("address_book_access", 0),
            ("is_top", 1)]


def cases():
    rec_raw = "%7B%22is_client%22%3A%22false%22%7D"
    out = [
        ("fetch_user_collects", "UserCollects", "/aweme/v1/web/collects/list/",
         model([("cursor", 0), ("count", 20)]), "§4 USER_COLLECTS"),
        ("fetch_user_mix", "UserMix", "/aweme/v1/web/mix/aweme/",
         model([("cursor", 20), ("count", 20), ("mix_id", "7360898383181809676")]),
         "§4 MIX_AWEME, second page"),
        ("fetch_post_related", "PostRelated", "/aweme/v1/web/aweme/related/",
         model([("aweme_id", "7298145681699622182"), ("count", 20),
                ("filterGids", quote("7298145681699622182,")), ("awemePcRecRawData", rec_raw),
                ("sub_channel_id", 3)]),
         "§4 POST_RELATED, first page: filterGids = quote(aweme_id + ',') (§9)"),
        ("fetch_post_related", "PostRelated", "/aweme/v1/web/aweme/related/",
         model([("aweme_id", "7298145681699622182"), ("count", 10),
                ("filterGids", quote("7301000000000000001,7301000000000000002")),
                ("awemePcRecRawData", rec_raw), ("sub_channel_id", 3)]),
         "§4 POST_RELATED, later page: filterGids = quote(ids of the previous page) (§9)"),
        ("fetch_user_follower", "UserFollower", "/aweme/v1/web/user/follower/list/",
         model(follow_list("3644207898042206", SEC_UID, 0, 0, 0, 20, 1)), "§4 USER_FOLLOWER"),
        ("fetch_user_follower", "UserFollower", "/aweme/v1/web/user/follower/list/",
         model(follow_list("3644207898042206", SEC_UID, 20, 0, 1715000000, 20, 1)),
         "§4 USER_FOLLOWER, second page: offset and max_time from the answer (§9)"),
        ("fetch_user_following", "UserFollowing", "/aweme/v1/web/user/following/list/",
         model(follow_list("", SEC_UID, 0, 0, 1715000000, 20, 1)),
         "§4 USER_FOLLOWING, source_type 1 second page: max_time from the answer (§9)"),
        ("fetch_query_user", "QueryUser", "/aweme/v1/web/query/user/",
         model([("update_version_code", "170400")],
               overrides=[("version_code", "170400"), ("version_name", "17.4.0")]),
         "§4 QUERY_USER: version fields overridden in their base positions 7-8"),
        ("fetch_following_live", "FollowingUserLive", "/webcast/web/feed/follow/",
         model([("scene", "aweme_pc_follow_top")]), "§4 FOLLOW_USER_LIVE"),
        ("fetch_post_feed", "PostFeed", "/aweme/v1/web/tab/feed/",
         model([("count", 10), ("tag_id", ""), ("share_aweme_id", ""), ("live_insert_type", ""),
                ("refresh_index", 1), ("video_type_select", 1),
                ("aweme_pc_rec_raw_data", rec_raw), ("globalwid", ""), ("pull_type", ""),
                ("min_window", ""), ("free_right", ""), ("ug_source", ""), ("creative_id", "")]),
         "§4 TAB_FEED"),
        ("fetch_post_comment", "PostComment", "/aweme/v1/web/comment/list/",
         model([("aweme_id", "7298145681699622182"), ("cursor", 20), ("count", 20),
                ("item_type", 0), ("insert_ids", ""), ("whale_cut_token", ""), ("cut_version", 1),
                ("rcFT", "")]),
         "§4 POST_COMMENT, second page: cursor from the answer (§9)"),
        ("fetch_home_post_search", "HomePostSearch", "/aweme/v1/web/home/search/item/",
         model([("search_channel", "aweme_personal_home_video"), ("search_source", "normal_search"),
                ("search_scene", "douyin_search"), ("sort_type", 0), ("publish_time", 0),
                ("is_filter_search", 0), ("query_correct_type", 1),
                ("keyword", quote("旅行 vlog")), ("enable_history", 1),
                ("search_id", "20240610141320ABCDEF"), ("offset", 10), ("count", 10),
                ("from_user", SEC_UID)]),
         "§4 HOME_POST_SEARCH, second page: offset and search_id from the answer (§9)"),
    ]
    built = [case(n, *c) for n, c in enumerate(out)]
    friend = model([("cursor", 1717000000), ("level", 2), ("aweme_ids", ""), ("room_ids", ""),
                    ("pull_type", 2), ("refresh_type", 2), ("address_book_access", 2),
                    ("gps_access", 2), ("recent_gids", "")])
    # §2.5: POST with no body.
    built.append(case(len(built), "fetch_friend_feed", "FriendFeed", "/aweme/v1/web/familiar/feed/",
                      friend, "§4 FRIEND_FEED, second page: pull_type and refresh_type follow the "
                      "answer's level (§9)", http="POST"))
    collection = model([("cursor", 1718000000123456), ("count", 20)])
    # §2.5: POST with the same parameters as a JSON object body (Python json.dumps layout).
    body = json.dumps(dict(collection), ensure_ascii=False)
    built.append(case(len(built), "fetch_user_collection", "UserCollection",
                      "/aweme/v1/web/aweme/listcollection/", collection,
                      "§4 USER_COLLECTION, second page: cursor from the answer (§9)",
                      http="POST", body=body))
    return built


def self_check(vectors_dir):
    """The builder reproduces F2's public requests for the methods it shares with them."""
    import os
    with open(os.path.join(vectors_dir, "requests.json"), encoding="utf-8") as f:
        public = {c["crawler_method"]: c for c in json.load(f)["cases"]}
    rebuilt = [
        case(0, "fetch_user_collection", "UserCollection", "/aweme/v1/web/aweme/listcollection/",
             model([("cursor", 0), ("count", 20)]), "", http="POST",
             body=json.dumps(dict(model([("cursor", 0), ("count", 20)])), ensure_ascii=False)),
        case(0, "fetch_friend_feed", "FriendFeed", "/aweme/v1/web/familiar/feed/",
             model([("cursor", 0), ("level", 1), ("aweme_ids", ""), ("room_ids", ""),
                    ("pull_type", 0), ("refresh_type", 0), ("address_book_access", 2),
                    ("gps_access", 2), ("recent_gids", "")]), "", http="POST"),
        case(0, "fetch_user_following", "UserFollowing", "/aweme/v1/web/user/following/list/",
             model(follow_list("", SEC_UID, 0, 0, 0, 20, 4)), ""),
    ]
    for ours in rebuilt:
        theirs = public[ours["crawler_method"]]
        for key in ("model_dump", "param_string", "expected_request_abogus", "expected_request_xbogus"):
            assert ours[key] == theirs[key], (ours["crawler_method"], key)
    return len(rebuilt)
