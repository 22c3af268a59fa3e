"""Differential check of the proto-JSON view: random messages for every dispatched method,
serialized and printed by python protobuf (MessageToJson, preserving_proto_field_name) from the
same schema, written in the sample layout (r<N>/messages/) for the Rust sample test.
Needs `pip install protobuf==5.28.3` (the version the public samples were made with)."""
import sys, os, random, json, struct, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from webcast_proto import parse, resolve
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, json_format

# usage: proto_json_diff.py <douyin_webcast.proto> <out dir> [seed] [rounds]
# then: DOUYIN_WEBCAST_SAMPLES_DIR=<out dir>/r0 cargo test -p douyin-webcast --test webcast_samples message_payloads
PROTO = sys.argv.pop(1)
msgs, enums = parse(PROTO)
fdp = descriptor_pb2.FileDescriptorProto(name="douyin_webcast.proto", package="douyin", syntax="proto3")
T = descriptor_pb2.FieldDescriptorProto
SC = {"int32":T.TYPE_INT32,"int64":T.TYPE_INT64,"bool":T.TYPE_BOOL,"string":T.TYPE_STRING,"bytes":T.TYPE_BYTES,"double":T.TYPE_DOUBLE,"float":T.TYPE_FLOAT}
def camel(n):
    return "".join(p[:1].upper()+p[1:] for p in n.split("_"))
protos = {}
def get_proto(full):
    if full in protos: return protos[full]
    parts = full.split(".")
    if len(parts) == 1:
        d = fdp.message_type.add(name=parts[0])
    else:
        d = get_proto(".".join(parts[:-1])).nested_type.add(name=parts[-1])
    protos[full] = d; return d
for e, vals in enums.items():
    ed = fdp.enum_type.add(name=e)
    for n, v in vals: ed.value.add(name=n, number=v)
def set_type(fd, scope, tname):
    k, r = resolve(msgs, enums, scope, tname)
    if k == "scalar": fd.type = SC[r]
    elif k == "message": fd.type = T.TYPE_MESSAGE; fd.type_name = "." + "douyin." + r
    else: fd.type = T.TYPE_ENUM; fd.type_name = ".douyin." + r
for full in msgs: get_proto(full)
for full, m in msgs.items():
    d = protos[full]
    for f in m["fields"]:
        fd = d.field.add(name=f["name"], number=f["num"], json_name=f["name"])
        if f["label"] == "map":
            en = camel(f["name"]) + "Entry"
            ent = d.nested_type.add(name=en); ent.options.map_entry = True
            kf = ent.field.add(name="key", number=1, label=T.LABEL_OPTIONAL); set_type(kf, full, f["key"])
            vf = ent.field.add(name="value", number=2, label=T.LABEL_OPTIONAL); set_type(vf, full, f["type"])
            fd.label = T.LABEL_REPEATED; fd.type = T.TYPE_MESSAGE; fd.type_name = ".douyin." + full + "." + en
        else:
            fd.label = T.LABEL_REPEATED if f["label"] == "repeated" else T.LABEL_OPTIONAL
            set_type(fd, full, f["type"])
pool = descriptor_pool.DescriptorPool(); pool.Add(fdp)
def cls(name): return message_factory.GetMessageClass(pool.FindMessageTypeByName("douyin." + name))

rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
CHARS = "abcXYZ019 _-:|/+\"\\\n\t{}送给主播在线观众😀é\u2028"
def rstr(): return "".join(rng.choice(CHARS) for _ in range(rng.randint(1, 12)))
def scalar(fd):
    t = fd.type
    if t == T.TYPE_INT32: return rng.choice([1, -1, 7, 2**31-1, -2**31, rng.randint(-1000, 100000)])
    if t == T.TYPE_INT64: return rng.choice([1, -1, 2**63-1, -2**63, rng.randint(-10**18, 10**19 // 2)])
    if t == T.TYPE_BOOL: return True
    if t == T.TYPE_STRING: return rstr()
    if t == T.TYPE_BYTES: return bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 7)))
    if t == T.TYPE_DOUBLE: return rng.choice([1.0, -2.5, 0.1, 1e-7, 123456789.125, 1e300, rng.uniform(-1e6, 1e6)])
    if t == T.TYPE_FLOAT: return rng.choice([1.0, -2.5, 0.1, 3.3, 1e-7, 16777216.0, rng.uniform(-1e4, 1e4)])
    if t == T.TYPE_ENUM: return rng.choice([0, 1, 5])
    raise ValueError(t)
def fill(msg, depth):
    for fd in msg.DESCRIPTOR.fields:
        if rng.random() < 0.45: continue
        if fd.message_type and fd.message_type.GetOptions().map_entry:
            kfd, vfd = fd.message_type.fields_by_name["key"], fd.message_type.fields_by_name["value"]
            mp = getattr(msg, fd.name)
            for _ in range(rng.randint(1, 2)):
                k = scalar(kfd)
                if vfd.type == T.TYPE_MESSAGE:
                    if depth > 0: fill(mp[k], depth - 1)
                    else: mp[k]
                else: mp[k] = scalar(vfd)
            continue
        if fd.label == T.LABEL_REPEATED:
            lst = getattr(msg, fd.name)
            for _ in range(rng.randint(1, 3)):
                if fd.type == T.TYPE_MESSAGE:
                    sub = lst.add()
                    if depth > 0: fill(sub, depth - 1)
                else:
                    lst.append(scalar(fd))
        elif fd.type == T.TYPE_MESSAGE:
            sub = getattr(msg, fd.name); sub.SetInParent()
            if depth > 0: fill(sub, depth - 1)
        else:
            v = scalar(fd)
            setattr(msg, fd.name, v)
src = open(PROTO).read()
methods = re.findall(r"//   (Webcast\w+)\s+-> douyin\.(\w+)", src)
out = sys.argv[1]; os.makedirs(out + "/messages", exist_ok=True)
n = 0
for i in range(int(sys.argv[3]) if len(sys.argv) > 3 else 3):
    for method, tname in methods:
        m = cls(tname)(); fill(m, 4)
        data = m.SerializeToString(deterministic=True)
        js = json_format.MessageToJson(m, preserving_proto_field_name=True, ensure_ascii=False)
        stem = f"{method}" if i == 0 else f"synthetic_{method}"
        # distinct files per round: the Rust test strips only 'synthetic_'; use subfolders per round
        d = f"{out}/r{i}/messages"; os.makedirs(d, exist_ok=True)
        open(f"{d}/{method}.payload.bin", "wb").write(data)
        open(f"{d}/{method}.expected.json", "w").write(js)
        n += 1
print(n, "messages", len(methods), "methods")
