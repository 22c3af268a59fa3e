"""`id_extraction` vector cases for the final-status rules per id kind, derived from http.md §8.

F2's fetchers GET the link with redirects followed and read the id from the final URL with the
§8 regexes; the user fetcher accepts a final 200 or 444, every other fetcher needs a 2xx, and an
error status raises APIResponseError. Each case below plays a short link landing on a page with
a given status (and one long link answering 444); its expected outcome follows from those rows.
The Rust crate's code is not used.
"""
import re

SEC = "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C"
REGEXES = {
    "aweme_id": [r"video/([^/?]*)", r"note/([^/?]*)"],
    "mix_id": [r"collection/([^/?]*)"],
    "webcast_id": [r"live/([^/?]*)", r"http[s]?://live.douyin.com/(\d+)", r"reflow/([^/?]*)"],
    "room_id": [r"reflow/([^/?]*)"],
}


def f2_outcome(function, input_url, final_url, status):
    if function == "sec_user_id":
        if status not in (200, 444):
            return None, "APIResponseError"
        host = re.match(r"https?://([^/?#]+)", input_url).group(1)
        short = host == "v.douyin.com" or host.endswith(".v.douyin.com")
        patterns = [r"sec_uid=([^&]*)"] if short else [r"user/([^/?]*)"]
    else:
        if not 200 <= status < 300:
            return None, "APIResponseError"
        patterns = REGEXES[function]
    for p in patterns:
        m = re.search(p, final_url)
        if m:
            return m.group(1), None
    return None, "APIResponseError"


def case(n, function, text, target, status, note):
    link = re.search(r"https?://\S+", text).group(0)
    redirects = {link: target} if target else {}
    final_url = target or link
    value, error = f2_outcome(function, link, final_url, status)
    c = {"id": f"spec-id_extraction-{n:03d}", "function": function, "input": text, "note": note,
         "simulated_redirects": redirects, "simulated_status": {final_url: status} if status != 200 else {},
         "extracted_url": link, "requested_urls": [link] + ([target] if target else [])}
    if error:
        c["expected_error"] = error
    else:
        c["expected"] = value
    return c


def cases():
    user_page = f"https://www.iesdouyin.com/share/user/{SEC}?sec_uid={SEC}&from_ssr=1"
    video_page = "https://www.iesdouyin.com/share/video/7298145681699622182/?region=CN&from_ssr=1"
    reflow = "https://webcast.amemv.com/douyin/webcast/reflow/7318296342189919011?roomId=7318296342189919011"
    rows = [
        ("sec_user_id", "https://v.douyin.com/iUsr444A/", user_page, 444, "user page at 444 still names the user"),
        ("sec_user_id", "https://v.douyin.com/iUsr503A/", user_page, 503, "user page at 503"),
        ("aweme_id", "看看 https://v.douyin.com/iVid444A/ 复制此链接", video_page, 444,
         "post page at 444: the post fetcher needs a 2xx"),
        ("aweme_id", "https://v.douyin.com/iVid200A/", video_page, 200, "post page at 200"),
        ("mix_id", "https://v.douyin.com/iMix444A/", "https://www.douyin.com/collection/7360898383181809676",
         444, "mix page at 444"),
        ("room_id", "https://v.douyin.com/iRoom444/", reflow, 444, "reflow page at 444"),
        ("webcast_id", "https://v.douyin.com/iLive404/", "https://live.douyin.com/775841227732", 404,
         "live page at 404"),
        ("webcast_id", "https://v.douyin.com/iLive200/", "https://live.douyin.com/775841227732", 200,
         "live page at 200: the second webcast rule reads live.douyin.com/<digits>"),
        ("aweme_id", "https://www.douyin.com/video/7298145681699622182", None, 444,
         "long post link answering 444"),
    ]
    return [case(n, *row) for n, row in enumerate(rows)]
