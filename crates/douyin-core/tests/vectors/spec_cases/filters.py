"""`filters` vector cases for filters F2's public sample lacks, derived from http.md §10.

The expected values come from the spec's per-filter tables (§10.3, parsed from http.md: field,
JSONPath, accessor, post-processing, the `_to_list()` lines and the `extends` headings), the
accessor semantics of §10.1, the custom fields of §10.2, replaceT (§10.1) and timestamp_2_str
(§11.4). This reading is checked against every public F2 filter case before anything is
generated; the Rust crate's code is not used.
"""
import datetime
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
UTC8 = datetime.timezone(datetime.timedelta(hours=8))


class FilterError(Exception):
    """A property F2 cannot compute (it raises; the name is F2's exception type)."""


def read_tables(spec_path):
    """{filter: {"parent", "fields": [(name, path, accessor, post)], "to_list": (entries, excluded, extras)}}"""
    with open(spec_path, encoding="utf-8") as f:
        text = f.read()
    section = text.split("### 10.3 Per-filter tables")[1].split("\n## 11.")[0]
    filters = {}
    for block in section.split("\n#### ")[1:]:
        head, _, body = block.partition("\n")
        name = head.split()[0]
        parent = re.search(r"extends (\w+)", head)
        fields = []
        for line in body.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 4 or cells[0] in ("field", "---") or cells[0].startswith("-"):
                continue
            path = cells[1].strip("`") if cells[1].startswith("`") else None
            fields.append((cells[0], path, cells[2], cells[3]))
        to_list = None
        m = re.search(r"`_to_list\(\)`: one dict per element of `([^`]+)`; excluded: ([^;]*); "
                      r"copied page-level extras: (.*)", body)
        if m:
            split = lambda s: [x.strip() for x in s.split(",") if x.strip() and x.strip() != "-"]
            to_list = (m.group(1), split(m.group(2)), split(m.group(3)))
        filters[name] = {"parent": parent.group(1) if parent else None, "fields": fields,
                         "to_list": to_list}
    return filters


def resolved(filters, name):
    """A filter's fields with its parent's first (a re-declared field keeps its position)."""
    spec = filters[name]
    if not spec["parent"]:
        return list(spec["fields"]), spec["to_list"]
    fields, to_list = resolved(filters, spec["parent"])
    own = {f[0]: f for f in spec["fields"]}
    fields = [own.pop(f[0], f) for f in fields] + list(own.values())
    return fields, spec["to_list"] or to_list


def tokens(path):
    """`$.a.b[0][*].c` -> ["a", "b", 0, "*", "c"] (`.[*]` reads as `[*]`, §10.3 notes)."""
    out = []
    for name, index in re.findall(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\*|\d+)\]", path[1:]):
        out.append(name if name else ("*" if index == "*" else int(index)))
    return out


def find(nodes, toks):
    for t in toks:
        nxt = []
        for n in nodes:
            if t == "*":
                if isinstance(n, list):
                    nxt.extend(n)
            elif isinstance(t, int):
                if isinstance(n, list) and t < len(n):
                    nxt.append(n[t])
            elif isinstance(n, dict) and t in n:
                nxt.append(n[t])
        nodes = nxt
    return nodes


def value_accessor(data, path):
    found = find([data], tokens(path))
    return None if not found else found[0] if len(found) == 1 else found


def list_accessor(data, path):
    toks = tokens(path)
    if "*" not in toks:
        return find([data], toks)
    cut = toks.index("*")
    out = []
    for element in find([data], toks[:cut + 1]):
        found = find([element], toks[cut + 1:])
        out.append(found[0] if found else None)
    return out


def replace_t_text(s):
    return "".join(c if ("\u4e00" <= c <= "\u9fa5") or c.isascii() and c.isalnum() or c == "#" else "_"
                   for c in s)


def replace_t(v):
    if isinstance(v, str):
        return replace_t_text(v)
    if isinstance(v, list):
        return [replace_t_text(x) if isinstance(x, str) else ("" if not x else x) for x in v]
    return v


def timestamp_2_str(text):
    if text == "None":
        return "Invalid timestamp"
    t = float(text)
    if t > 1e10:
        t = t / 1000
    return datetime.datetime.fromtimestamp(t, UTC8).strftime("%Y-%m-%d %H-%M-%S")


def custom(name, path, data, filter_name):
    # The objects the custom rule runs over: one per `[*]` element, the path without its last key.
    items = [it or {} for it in list_accessor(data, path.rsplit(".", 1)[0])] \
        if path and "[*]" in path else []
    if name == "images":
        return [None if not it.get("images") else
                [im["url_list"][0] for im in it["images"] if im.get("url_list")] for it in items]
    if name == "images_video":
        friendly = filter_name in ("FriendFeedFilter", "HomePostSearchFilter")
        out = []
        for it in items:
            images = it.get("images")
            if not images:
                out.append(None if friendly else [])
                continue
            clips = []
            for im in images:
                if "video" in im and im["video"] is None and friendly:
                    raise FilterError("TypeError")
                if im.get("video"):
                    clips.append(im["video"]["play_addr"]["url_list"][0])
            out.append(clips)
        return out
    if name == "animated_cover":
        return [(v or {}).get("animated_cover", {}).get("url_list", [None])[0]
                if (v or {}).get("animated_cover") else None for v in list_accessor(data, path)]
    if name == "video_bit_rate":
        def rates(b):
            if not b:
                return []
            if isinstance(b, dict):
                return [b.get("bit_rate", 0)]
            return [x.get("bit_rate", 0) for x in b]
        if "[*]" not in path:
            return [rates(b) for b in find([data], tokens(path))]
        return [rates(b) for b in list_accessor(data, path)]
    if name == "lyric_url":
        if not isinstance(data.get("mc_list"), list):
            raise FilterError("TypeError")
        return [m.get("lyric_url") for m in data["mc_list"]]
    raise KeyError(name)


def field_value(data, filter_name, field):
    name, path, accessor, post = field
    if post.startswith("custom") or accessor == "custom":
        return custom(name, path, data, filter_name)
    if accessor == "value":
        v = value_accessor(data, path)
    else:
        v = list_accessor(data, path)
        if accessor == "list as JSON text":
            return json.dumps(v, ensure_ascii=False)
    if "non-list result wrapped" in post and not isinstance(v, list):
        v = [v]
    if post == "replaceT":
        v = replace_t(v)
    elif post == "bool()":
        v = bool(v)
    elif post == "str()":
        v = str(v)
    elif post.startswith("timestamp_2_str"):
        v = [timestamp_2_str(str(x)) for x in v] if "per element" in post else timestamp_2_str(str(v))
    return v


def run_filter(tables, filter_name, data):
    """F2's `_to_dict()` (fields and raising fields) and `_to_list()` (rows or its error)."""
    fields, to_list = resolved(tables, filter_name)
    values, errors = {}, {}
    for field in fields:
        try:
            values[field[0]] = field_value(data, filter_name, field)
        except FilterError as e:
            errors[field[0]] = str(e)
    result = {"expected_fields": values}
    if errors:
        result["expected_field_errors"] = errors
    if to_list:
        entries, excluded, extras = to_list
        n = len(find([data], tokens(entries)) and find([data], tokens(entries))[0] or [])
        rows, failed = [], bool(errors)
        for index in range(n):
            row = {k: values.get(k) for k in extras}
            for key, value in values.items():
                if key in excluded:
                    continue
                if isinstance(value, (list, str)):
                    row[key] = value[index] if index < len(value) else None
                else:
                    failed = True
            rows.append(row)
        if failed:
            result["expected_to_list_error"] = "APIFilterError"
        else:
            result["expected_to_list"] = rows
    return result


SEC = "MS4wLjABAAAAVsneOf144eGDFf8Xp9QNb1VW6ovXnNT5SqJBhJfe8KQBKWKDTWK5Hh-_i9mJzb8C"


def aweme(n, caption=True, images=None, **extra):
    a = {"aweme_id": str(7380123456789000100 + n), "aweme_type": 68 if images else 0,
         "create_time": 1718000000 + n, "desc": f"作品 {n} #话题 @某人", "author": {
             "uid": str(1100 + n), "sec_uid": SEC, "nickname": "作者 Nick!",
             "avatar_thumb": {"url_list": [f"https://p3.douyinpic.com/avatar{n}.jpeg"]},
             "avatar_larger": {"url_list": [f"https://p3.douyinpic.com/avatar{n}_l.jpeg"]},
             "signature": "签名 ✨", "unique_id": f"user{n}"},
         "video": {"duration": 15000 + n, "origin_cover": {"url_list": [f"https://p3.douyinpic.com/oc{n}.jpeg"]},
                   "cover": {"url_list": [f"https://p3.douyinpic.com/c{n}.jpeg"]},
                   "dynamic_cover": {"url_list": [f"https://p3.douyinpic.com/d{n}.webp"]},
                   "bit_rate": [{"bit_rate": 2200000, "play_addr": {"url_list": [f"https://v3.douyinvod.com/a{n}.mp4"]}}]},
         "status": {"part_see": 0, "private_status": 0, "is_prohibited": False},
         "music": {"id": 7100000000000000000 + n, "id_str": str(7100000000000000000 + n), "mid": str(n),
                   "title": "@作者创作的原声", "status": 1, "author_deleted": False, "duration": 15,
                   "owner_nickname": "作者", "sec_uid": SEC,
                   "play_url": {"url_list": [f"https://sf3.douyinstatic.com/music{n}.mp3"]}}}
    if caption:
        a["caption"] = f"标题{n} 🎵"
    if images is not None:
        a["images"] = images
    a.update(extra)
    return a


def image(n, clip=True, null_video=False):
    im = {"url_list": [f"https://p3-sign.douyinpic.com/img{n}.webp"]}
    if null_video:
        im["video"] = None
    elif clip:
        im["video"] = {"play_addr": {"url_list": [f"https://v3.douyinvod.com/live_photo_{n}.mp4"]}}
    return im


def comment(n, reply=False):
    c = {"cid": str(7400000000000000000 + n), "text": f"回复 {n}!", "create_time": 1718000100 + n,
         "digg_count": n, "is_hot": False, "can_share": True, "item_comment_total": 9,
         "reply_comment_total": 0, "reply_id": "7380308675841290000", "reply_to_reply_id": "0",
         "user": {"uid": str(200 + n), "unique_id": f"fan{n}", "sec_uid": f"SEC{n}", "nickname": f"粉丝 {n}"}}
    if reply:
        c["reply_comment"] = [{"cid": "7400000000000009999", "text": "楼中楼 👍"}]
    return c


def responses():
    music = lambda n: {"id": 7200000000000000000 + n, "mid": str(n), "title": f"歌 {n}", "author": "歌手 A",
                       "album": "专辑", "duration": 180, "audition_duration": 60, "collect_stat": 1,
                       "music_status": 1, "lyric_type": 1, "lyric_url": f"https://sf3.douyinstatic.com/lrc{n}.json",
                       "cover_hd": {"url_list": [f"https://p3.douyinpic.com/cover{n}.jpeg"]},
                       "play_url": {"url_list": [f"https://sf3.douyinstatic.com/m{n}.mp3"]},
                       "strong_beat_url": {"url_list": [f"https://sf3.douyinstatic.com/beat{n}.json"]},
                       "owner_nickname": "上传者", "owner_id": "300", "sec_uid": SEC,
                       "is_commerce_music": False, "is_original": True, "is_original_sound": False}
    return [
        ("UserCollectionFilter", "collection page: max_cursor read from $.cursor",
         {"status_code": 0, "aweme_list": [aweme(1), aweme(2, images=[image(1), image(2, clip=False)])],
          "has_more": True, "cursor": 1718000000123456}),
        ("UserCollectionFilter", "collection page with one post: caption becomes a scalar",
         {"status_code": 0, "aweme_list": [aweme(3)], "has_more": False, "cursor": 1717000000123456}),
        ("UserLikeFilter", "likes page, one post without caption among three",
         {"status_code": 0, "aweme_list": [aweme(4), aweme(5, caption=False), aweme(6)], "has_more": 1,
          "max_cursor": 1716000000000, "min_cursor": 1718000000000}),
        ("UserLikeFilter", "likes page with one post without caption: _to_list raises",
         {"status_code": 0, "aweme_list": [aweme(7, caption=False)], "has_more": 0, "max_cursor": 0}),
        ("UserMusicCollectionFilter", "music collection",
         {"status_code": 0, "msg": "", "mc_list": [music(1), music(2)], "has_more": 1, "cursor": 2}),
        ("UserMusicCollectionFilter", "music collection without mc_list: lyric_url raises",
         {"status_code": 0, "msg": "", "has_more": 0, "cursor": 0}),
        ("PostCommentReplyFilter", "replies come back in comments[*]",
         {"status_code": 0, "comments": [comment(1), comment(2, reply=True)], "has_more": 1, "cursor": 2,
          "total": 5}),
        ("QueryUserFilter", "logged-in account",
         {"status_code": 0, "status_msg": "", "browser_name": "Mozilla", "create_time": 1717000000,
          "firebase_instance_id": "", "id": "7383588170770138661", "last_time": 1718000000123,
          "user_agent": "Mozilla/5.0", "user_uid": "3644207898042206", "user_uid_type": 0}),
        ("QueryUserFilter", "guest answer: no status_code, no times",
         {"id": "7383588170770138661", "user_uid": "0"}),
        ("HomePostSearchFilter", "home search: search_id is str($.log_pb.impr_id)",
         {"status_code": 0, "status_msg": "", "aweme_list": [{"item": aweme(8)},
                                                             {"item": aweme(9, images=[image(3)])}],
          "has_more": 1, "cursor": 2, "log_pb": {"impr_id": "20240610141320ABCDEF"},
          "global_doodle_config": {"home_text": "搜索作品", "keyword": "旅行 vlog"}}),
        ("HomePostSearchFilter", "home search without log_pb and with an image whose video is null",
         {"status_code": 0, "aweme_list": [{"item": aweme(10, images=[image(4, null_video=True), image(5)])}],
          "has_more": 0, "cursor": 1}),
        ("UserCollectsFilter", "three collect folders",
         {"status_code": 0, "collects_list": [
             {"app_id": 1128, "collects_id": 7382834012345678900 + n, "collects_id_str": str(7382834012345678900 + n),
              "collects_name": f"收藏夹 {n}", "create_time": 1700000000 + n, "last_collect_time": 1718000000 + n,
              "follow_status": 0, "followed_count": 0, "is_normal_status": True, "item_type": 2,
              "play_count": 10 * n, "states": 1, "status": 1, "system_type": 0, "total_number": n,
              "user_id": 3644207898042206, "collects_cover": {"url_list": [f"https://p3.douyinpic.com/f{n}.jpeg"]},
              "user_info": {"nickname": "我", "uid": "3644207898042206"}} for n in range(3)],
          "cursor": 3, "has_more": False, "total_number": 3}),
    ]


def cases():
    tables = read_tables(os.path.join(HERE, "../../../../../../shared/spec/http.md"))
    out = []
    for n, (name, note, response) in enumerate(responses()):
        case = {"id": f"spec-filters-{n:03d}", "filter": name, "note": note, "response": response}
        case.update(run_filter(tables, name, response))
        out.append(case)
    return out


def self_check(vectors_dir):
    """This reading of §10 gives F2's fields, field errors and `_to_list()` on every public case."""
    tables = read_tables(os.path.join(vectors_dir, "../spec/http.md"))
    with open(os.path.join(vectors_dir, "filters.json"), encoding="utf-8") as f:
        public = json.load(f)["cases"]
    for case in public:
        got = run_filter(tables, case["filter"], case["response"])
        for key in ("expected_fields", "expected_field_errors", "expected_to_list", "expected_to_list_error"):
            assert got.get(key) == case.get(key), (case["id"], key, got.get(key), case.get(key))
    return len(public)
