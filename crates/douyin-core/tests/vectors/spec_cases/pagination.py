"""`pagination` vector cases for paged handlers and answer shapes F2's public sample lacks.

Each scenario's expected_log is what F2's handler loop does according to http.md §9 (loop shape,
request cursor params, next-cursor source, stop condition, sleep rule, the 'Other handler facts'
errors) with the requests' own parameters from the §4 catalogue. The loop below is written from
those rows only and is checked against every public F2 pagination case before anything is
generated; the Rust crate's code is not used.
"""
import json
import os
from urllib.parse import quote

SEC = "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C"
MAX_REQUESTS = 200


def s(v):
    return str(v)


# Request renderers: (method, path, own params in §4 order as text), per handler.
def r_posts(path):
    return lambda st, a, n: ("GET", path, [("max_cursor", s(st["cursor"])), ("count", s(n)),
                                           ("sec_user_id", a["sec_user_id"])])


def r_cursor(path, extra_after=(), method="GET"):
    def render(st, a, n):
        params = [("cursor", s(st["cursor"])), ("count", s(n))]
        params += [(k, a[k]) for k in extra_after]
        return (method, path, params)
    return render


def r_comment(st, a, n):
    return ("GET", "/aweme/v1/web/comment/list/", [
        ("aweme_id", a["aweme_id"]), ("cursor", s(st["cursor"])), ("count", s(n)), ("item_type", "0"),
        ("insert_ids", ""), ("whale_cut_token", ""), ("cut_version", "1"), ("rcFT", "")])


def r_reply(st, a, n):
    return ("GET", "/aweme/v1/web/comment/list/reply/", [
        ("item_id", a["aweme_id"]), ("comment_id", a["comment_id"]), ("cursor", s(st["cursor"])),
        ("count", s(n)), ("item_type", "0"), ("cut_version", "1")])


def r_related(st, a, n):
    return ("GET", "/aweme/v1/web/aweme/related/", [
        ("aweme_id", a["aweme_id"]), ("count", s(n)), ("filterGids", st["gids"]),
        ("awemePcRecRawData", "%7B%22is_client%22%3A%22false%22%7D"), ("sub_channel_id", "3")])


def r_friend(st, a, n):
    return ("POST", "/aweme/v1/web/familiar/feed/", [
        ("cursor", s(st["cursor"])), ("level", s(st["level"])), ("aweme_ids", ""), ("room_ids", ""),
        ("pull_type", s(st["pull_type"])), ("refresh_type", s(st["pull_type"])),
        ("address_book_access", "2"), ("gps_access", "2"), ("recent_gids", "")])


def r_follow(path, source_type):
    def render(st, a, n):
        return ("GET", path, [
            ("user_id", a.get("user_id", "")), ("sec_user_id", a.get("sec_user_id", "")),
            ("offset", s(st["offset"])), ("min_time", s(st["min_time"])), ("max_time", s(st["max_time"])),
            ("count", s(n)), ("source_type", s(source_type(a))), ("gps_access", "0"),
            ("address_book_access", "0"), ("is_top", "1")])
    return render


def r_search(st, a, n):
    return ("GET", "/aweme/v1/web/home/search/item/", [
        ("search_channel", "aweme_personal_home_video"), ("search_source", "normal_search"),
        ("search_scene", "douyin_search"), ("sort_type", "0"), ("publish_time", "0"),
        ("is_filter_search", "0"), ("query_correct_type", "1"), ("keyword", quote(a["keyword"])),
        ("enable_history", "1"), ("search_id", st["search_id"]), ("offset", s(st["offset"])),
        ("count", s(n)), ("from_user", a["user_id"])])


def following_source(a):
    return a.get("source_type", 4)


def mv(key_from, key_to):
    def move(st, ans):
        if ans.get(key_from) is not None:
            st[key_to] = ans[key_from]
    return move


def mv_all(*moves):
    def move(st, ans):
        for m in moves:
            m(st, ans)
    return move


def mv_following(a):
    return {4: mv("offset", "offset"), 1: mv("min_time", "max_time"),
            3: mv("max_time", "min_time")}[following_source(a)]


def mv_search(st, ans):
    mv("cursor", "offset")(st, ans)
    st["search_id"] = str((ans.get("log_pb") or {}).get("impr_id"))


# name: (loop, item key, id key, page key, default page, renderer, mover(args) -> (st, ans))
HANDLERS = {
    "fetch_user_post_videos": ("posts", "aweme_list", "aweme_id", "page_counts", 20,
                               r_posts("/aweme/v1/web/aweme/post/"), lambda a: mv("max_cursor", "cursor")),
    "fetch_user_like_videos": ("likes", "aweme_list", "aweme_id", "page_counts", 20,
                               r_posts("/aweme/v1/web/aweme/favorite/"), lambda a: mv("max_cursor", "cursor")),
    "fetch_user_feed_videos": ("feed", "aweme_list", "aweme_id", "page_counts", 20,
                               r_posts("/aweme/v1/web/aweme/post/"), lambda a: mv("max_cursor", "cursor")),
    "fetch_user_collection_videos": ("plain", "aweme_list", "aweme_id", "page_counts", 20,
                                     r_cursor("/aweme/v1/web/aweme/listcollection/", method="POST"),
                                     lambda a: mv("cursor", "cursor")),
    "fetch_user_collects": ("folders", "collects_list", "collects_id_str", "page_counts", 20,
                            r_cursor("/aweme/v1/web/collects/list/"), lambda a: mv("cursor", "cursor")),
    "fetch_user_collects_videos": ("items_only", "aweme_list", "aweme_id", "page_counts", 20,
                                   r_cursor("/aweme/v1/web/collects/video/list/", ["collects_id"]),
                                   lambda a: mv("cursor", "cursor")),
    "fetch_user_music_collection": ("plain", "mc_list", "id", "page_counts", 20,
                                    r_cursor("/aweme/v1/web/music/listcollection/"),
                                    lambda a: mv("cursor", "cursor")),
    "fetch_user_mix_videos": ("plain", "aweme_list", "aweme_id", "page_counts", 20,
                              r_cursor("/aweme/v1/web/mix/aweme/", ["mix_id"]), lambda a: mv("cursor", "cursor")),
    "fetch_post_comment": ("plain", "comments", "cid", "page_counts", 20, r_comment,
                           lambda a: mv("cursor", "cursor")),
    "fetch_post_comment_reply": ("replies", "comments", "cid", "page_counts", 3, r_reply,
                                 lambda a: mv("cursor", "cursor")),
    "fetch_related_videos": ("related", "aweme_list", "aweme_id", "page_counts", 20, r_related, None),
    "fetch_friend_feed_videos": ("friend", "data", None, "page_counts", 20, r_friend,
                                 lambda a: mv_all(mv("cursor", "cursor"), mv("level", "level"),
                                                  mv("level", "pull_type"))),
    "fetch_user_following": ("plain", "followings", "uid", "count", 20,
                             r_follow("/aweme/v1/web/user/following/list/", following_source), mv_following),
    "fetch_user_follower": ("plain", "followers", "uid", "count", 20,
                            r_follow("/aweme/v1/web/user/follower/list/", lambda a: 1),
                            lambda a: mv_all(mv("offset", "offset"), mv("min_time", "max_time"))),
    "fetch_home_post_search": ("plain", "aweme_list", None, "page_counts", 20, r_search,
                               lambda a: mv_search),
}


def request_event(req):
    method, path, params = req
    return {"event": "request", "method": method, "path": path, "params": dict(params)}


def f2_loop(case):
    """F2's handler loop for one scenario: the event log, pages handed out, exception type."""
    loop, key, id_key, page_key, default_page, render, mover = HANDLERS[case["handler_method"]]
    a = case["args"]
    answers = case["scripted_responses"]
    after = case["response_after_script"]
    delay = case.get("kwargs_timeout", 5)
    max_counts = a.get("max_counts") or None
    page = a.get(page_key) or default_page
    start = {"posts": "max_cursor", "likes": "max_cursor", "feed": "max_cursor", "replies": "cursor",
             "friend": "cursor"}.get(loop)
    if case["handler_method"] == "fetch_post_comment":
        start = "cursor"
    st = {"cursor": a.get(start, 0) if start else 0, "level": a.get("level", 1),
          "pull_type": a.get("pull_type", 0), "offset": 0, "min_time": 0, "max_time": 0,
          "search_id": "", "gids": quote(a.get("aweme_id", "") + ",")}
    move = mover(a) if mover else None
    log, collected, had_items, error = [], 0, False, None

    def yielded():
        log.append({"event": "yield"})

    def sleep():
        log.append({"event": "sleep", "seconds": delay})

    for n in range(MAX_REQUESTS):
        if max_counts and collected >= max_counts:
            break
        count = page if loop == "folders" or not max_counts else min(page, max_counts - collected)
        requested = st["cursor"]
        log.append(request_event(render(st, a, count)))
        ans = answers[n] if n < len(answers) else after
        items = ans.get(key) or []
        more = bool(ans.get("has_more"))
        if loop in ("posts", "likes", "feed"):
            yielded()
            had_items = had_items or bool(items)
            if loop == "posts" and requested < (a.get("min_cursor") or 0):
                break
            if not items:
                if not more:
                    break
                move(st, ans)
                continue
            collected += len(items)
            move(st, ans)
            sleep()
        elif loop == "friend":
            if not more or ans.get("status_code") != 0:
                break
            if not items:
                continue
            yielded()
            collected += len(items)
            move(st, ans)
            sleep()
        else:
            if loop != "items_only" or items:
                yielded()
            if not more:
                break
            if loop == "replies":
                error = "AttributeError"
                break
            collected += len(items)
            if loop == "related":
                st["gids"] = quote(",".join(str(i[id_key]) for i in items))
            else:
                move(st, ans)
            sleep()
    if loop == "likes":
        log.append(request_event(("GET", "/aweme/v1/web/user/profile/other/",
                                  [("sec_user_id", a["sec_user_id"])])))
    if loop == "posts" and not had_items:
        error = "UnboundLocalError"
    return log, sum(1 for e in log if e["event"] == "yield"), error


def aweme(n):
    return {"aweme_id": str(7300000000000000000 + n), "desc": f"作品{n}", "create_time": 1718000000 - n,
            "author": {"uid": "1", "sec_uid": SEC, "nickname": "作者"}}


def awemes(start, count):
    return [aweme(start + i) for i in range(count)]


def scenario(name, handler, args, answers, after, timeout=10):
    case = {"name": name, "handler_method": handler, "args": args, "scripted_responses": answers,
            "response_after_script": after}
    if timeout is not None:
        case["kwargs_timeout"] = timeout
    log, pages, error = f2_loop(case)
    case["expected_log"] = log
    case["expected_pages_yielded"] = pages
    if error:
        case["expected_error"] = error
    return case


def cases():
    folders = lambda start, count: [{"collects_id_str": str(7382834012345678900 + start + i),
                                     "collects_name": f"收藏夹{start + i}"} for i in range(count)]
    comments = lambda start, count: [{"cid": str(7400000000000000000 + start + i), "text": f"评论{start + i}",
                                      "create_time": 1718000000, "user": {"uid": "1", "nickname": "n"}}
                                     for i in range(count)]
    users = lambda key, start, count: [{"uid": str(100 + start + i), "sec_uid": f"SEC{start + i}",
                                        "nickname": f"u{start + i}"} for i in range(count)]
    friend = lambda start, count: [{"aweme": aweme(start + i), "feed_type": 1} for i in range(count)]
    found = lambda start, count: [{"item": aweme(start + i)} for i in range(count)]
    music = lambda start, count: [{"id": start + i, "title": f"t{start + i}"} for i in range(count)]
    post = {"sec_user_id": SEC, "min_cursor": 0, "max_cursor": 0, "page_counts": 20, "max_counts": None}
    out = [
        scenario("collect folders: cursor from $.cursor, stop when has_more is falsy", "fetch_user_collects",
                 {"page_counts": 20, "max_counts": None},
                 [{"status_code": 0, "collects_list": folders(0, 20), "has_more": True, "cursor": 20},
                  {"status_code": 0, "collects_list": folders(20, 3), "has_more": False, "cursor": 23}],
                 {"status_code": 0, "collects_list": [], "has_more": False}),
        scenario("collect folders with max_counts: F2 always asks page_counts", "fetch_user_collects",
                 {"page_counts": 2, "max_counts": 3},
                 [{"status_code": 0, "collects_list": folders(0, 2), "has_more": True, "cursor": 2},
                  {"status_code": 0, "collects_list": folders(2, 2), "has_more": True, "cursor": 4}],
                 {"status_code": 0, "collects_list": [], "has_more": False}),
        scenario("comments: max_counts 45 in pages of 20 -> 20, 20, 5", "fetch_post_comment",
                 {"aweme_id": "7298145681699622182", "cursor": 0, "page_counts": 20, "max_counts": 45},
                 [{"status_code": 0, "comments": comments(0, 20), "has_more": 1, "cursor": 20, "total": 60},
                  {"status_code": 0, "comments": comments(20, 20), "has_more": 1, "cursor": 40, "total": 60},
                  {"status_code": 0, "comments": comments(40, 5), "has_more": 1, "cursor": 45, "total": 60}],
                 {"status_code": 0, "comments": [], "has_more": 0}),
        scenario("comment replies: has_more 0 on the first page ends without F2's crash",
                 "fetch_post_comment_reply",
                 {"aweme_id": "7298145681699622182", "comment_id": "7380308675841290000", "cursor": 0,
                  "page_counts": 3, "max_counts": None},
                 [{"status_code": 0, "comments": comments(0, 2), "has_more": 0, "cursor": 2}],
                 {"status_code": 0, "comments": [], "has_more": 0}),
        scenario("related: filterGids = quote(ids of the previous page)", "fetch_related_videos",
                 {"aweme_id": "7298145681699622182", "page_counts": 3, "max_counts": None},
                 [{"status_code": 0, "aweme_list": awemes(10, 3), "has_more": 1},
                  {"status_code": 0, "aweme_list": awemes(20, 3), "has_more": 1},
                  {"status_code": 0, "aweme_list": awemes(30, 2), "has_more": 0}],
                 {"status_code": 0, "aweme_list": [], "has_more": 0}),
        scenario("related: an empty page with has_more", "fetch_related_videos",
                 {"aweme_id": "7298145681699622182", "page_counts": 20, "max_counts": None},
                 [{"status_code": 0, "aweme_list": awemes(10, 2), "has_more": 1},
                  {"status_code": 0, "aweme_list": [], "has_more": 1},
                  {"status_code": 0, "aweme_list": awemes(20, 1), "has_more": 0}],
                 {"status_code": 0, "aweme_list": [], "has_more": 0}),
        scenario("feed mode: posts endpoint, one more request after has_more 0", "fetch_user_feed_videos",
                 {"sec_user_id": SEC, "max_cursor": 0, "page_counts": 20, "max_counts": None},
                 [{"status_code": 0, "aweme_list": awemes(0, 20), "has_more": 1, "max_cursor": 1717990000000},
                  {"status_code": 0, "aweme_list": awemes(20, 4), "has_more": 0, "max_cursor": 1717980000000}],
                 {"status_code": 0, "aweme_list": [], "has_more": 0, "max_cursor": 0}),
        scenario("following, source_type 1: max_time <- $.min_time", "fetch_user_following",
                 {"sec_user_id": SEC, "offset": 0, "count": 20, "source_type": 1, "max_counts": None},
                 [{"status_code": 0, "followings": users("followings", 0, 20), "has_more": True,
                   "offset": 0, "min_time": 1715000000, "max_time": 1718000000},
                  {"status_code": 0, "followings": users("followings", 20, 2), "has_more": False,
                   "offset": 0, "min_time": 1710000000, "max_time": 1715000000}],
                 {"status_code": 0, "followings": [], "has_more": False}),
        scenario("followers: three pages", "fetch_user_follower",
                 {"user_id": "3644207898042206", "sec_user_id": SEC, "offset": 0, "count": 2,
                  "source_type": 1, "max_counts": None},
                 [{"status_code": 0, "followers": users("followers", 0, 2), "has_more": True, "offset": 2,
                   "min_time": 1716000000, "max_time": 1718000000},
                  {"status_code": 0, "followers": users("followers", 2, 2), "has_more": True, "offset": 4,
                   "min_time": 1714000000, "max_time": 1716000000},
                  {"status_code": 0, "followers": users("followers", 4, 1), "has_more": False, "offset": 5,
                   "min_time": 1713000000, "max_time": 1714000000}],
                 {"status_code": 0, "followers": [], "has_more": False}),
        scenario("friend feed: an empty page with has_more", "fetch_friend_feed_videos",
                 {"cursor": 0, "level": 1, "pull_type": 0, "max_counts": None},
                 [{"status_code": 0, "data": [], "has_more": True, "cursor": 1717500000, "level": 2},
                  {"status_code": 0, "data": friend(0, 2), "has_more": True, "cursor": 1717000000, "level": 2},
                  {"status_code": 0, "data": friend(2, 1), "has_more": False, "cursor": 1716000000, "level": 2}],
                 {"status_code": 0, "data": [], "has_more": False}),
        scenario("friend feed: status_code 2483 (log in first) on the second page",
                 "fetch_friend_feed_videos", {"cursor": 0, "level": 1, "pull_type": 0, "max_counts": None},
                 [{"status_code": 0, "data": friend(0, 2), "has_more": True, "cursor": 1717000000, "level": 2},
                  {"status_code": 2483, "status_msg": "请先登录", "has_more": True}],
                 {"status_code": 0, "data": [], "has_more": False}),
        scenario("user posts: the first answer is {} (F2's failure marker)", "fetch_user_post_videos",
                 dict(post), [{}], {}),
        scenario("user posts: a user without posts", "fetch_user_post_videos", dict(post),
                 [{"status_code": 0, "aweme_list": [], "has_more": 0, "max_cursor": 0}],
                 {"status_code": 0, "aweme_list": [], "has_more": 0, "max_cursor": 0}),
        scenario("collection: {} in the middle of the list", "fetch_user_collection_videos",
                 {"max_cursor": 0, "page_counts": 20, "max_counts": None},
                 [{"status_code": 0, "aweme_list": awemes(0, 20), "has_more": True, "cursor": 1718000000123456},
                  {}],
                 {"status_code": 0, "aweme_list": [], "has_more": False}),
        scenario("music collection: status_code 5 on the second page", "fetch_user_music_collection",
                 {"max_cursor": 0, "page_counts": 2, "max_counts": None},
                 [{"status_code": 0, "mc_list": music(0, 2), "has_more": 1, "cursor": 2},
                  {"status_code": 5, "status_msg": "invalid parameters", "mc_list": [], "has_more": 1,
                   "cursor": 4},
                  {"status_code": 0, "mc_list": music(4, 1), "has_more": 0, "cursor": 5}],
                 {"status_code": 0, "mc_list": [], "has_more": 0}),
        scenario("home search: the second answer has no log_pb", "fetch_home_post_search",
                 {"user_id": SEC, "keyword": "旅行 vlog", "search_id": "", "offset": 0, "page_counts": 2,
                  "max_counts": None},
                 [{"status_code": 0, "aweme_list": found(0, 2), "has_more": 1, "cursor": 2,
                   "log_pb": {"impr_id": "20240610141320ABCDEF"}},
                  {"status_code": 0, "aweme_list": found(2, 2), "has_more": 1, "cursor": 4},
                  {"status_code": 0, "aweme_list": found(4, 1), "has_more": 0, "cursor": 5,
                   "log_pb": {"impr_id": "20240610141322ABCDEF"}}],
                 {"status_code": 0, "aweme_list": [], "has_more": 0}),
        scenario("mix: six empty pages in a row while the cursor moves", "fetch_user_mix_videos",
                 {"mix_id": "7360898383181809676", "max_cursor": 0, "page_counts": 20, "max_counts": None},
                 [{"status_code": 0, "aweme_list": awemes(0, 20), "has_more": 1, "cursor": 20}]
                 + [{"status_code": 0, "aweme_list": [], "has_more": 1, "cursor": 20 + k} for k in range(1, 7)]
                 + [{"status_code": 0, "aweme_list": awemes(30, 1), "has_more": 0, "cursor": 31}],
                 {"status_code": 0, "aweme_list": [], "has_more": 0}, timeout=3),
        scenario("likes with max_counts 15 in pages of 10", "fetch_user_like_videos",
                 {"sec_user_id": SEC, "max_cursor": 0, "page_counts": 10, "max_counts": 15},
                 [{"status_code": 0, "aweme_list": awemes(0, 10), "has_more": 1, "max_cursor": 1717000000000},
                  {"status_code": 0, "aweme_list": awemes(10, 5), "has_more": 1, "max_cursor": 1716000000000}],
                 {"status_code": 0, "user": {"nickname": "昵称", "sec_uid": SEC, "uid": "1"}}),
        scenario("collect folder videos: no timeout in kwargs, F2 sleeps 5 s", "fetch_user_collects_videos",
                 {"collects_id": "7382834012345678901", "max_cursor": 0, "page_counts": 20, "max_counts": None},
                 [{"status_code": 0, "aweme_list": awemes(0, 20), "has_more": True, "cursor": 20},
                  {"status_code": 0, "aweme_list": awemes(20, 1), "has_more": False, "cursor": 21}],
                 {"status_code": 0, "aweme_list": [], "has_more": False}, timeout=None),
    ]
    for n, case in enumerate(out):
        case["id"] = f"spec-pagination-{n:03d}"
    return [{"id": c.pop("id"), **c} for c in out]


def self_check(vectors_dir):
    """The loop reproduces every public F2 pagination log, outcome and page count."""
    with open(os.path.join(vectors_dir, "pagination.json"), encoding="utf-8") as f:
        public = json.load(f)["cases"]
    for case in public:
        log, pages, error = f2_loop(case)
        assert log == case["expected_log"], (case["id"], log)
        assert pages == case["expected_pages_yielded"], case["id"]
        assert error == case.get("expected_error"), case["id"]
    return len(public)
