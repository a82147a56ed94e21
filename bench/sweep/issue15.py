#!/usr/bin/env python3
"""Re-runs the cases of issue 15 ("Hardening", Must fix and Should fix) against the built bin/gong,
its local Gong and both MCP transports, and prints one line per case: ok or FAIL, with what was seen.

Usage: bench/sweep/issue15.py [--only SUBSTRING]   (builds nothing: run bin/gong --version first)
Needs python3 and a built cli/target/gong.jar. The full-disk case mounts a 2 MB tmpfs when run as root
and is skipped otherwise. Takes a few minutes (each case starts a JVM).
"""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GONG = os.path.join(ROOT, "bin", "gong")
RESULTS = []
ONLY = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None


def case(section, name):
    def wrap(fn):
        if ONLY and ONLY.lower() not in name.lower():
            return fn
        t0 = time.time()
        try:
            detail = fn() or ""
            status = "ok"
        except AssertionError as e:
            status, detail = "FAIL", str(e)
        except Exception as e:  # a crash of the case itself
            status, detail = "FAIL", "case crashed: %r" % (e,)
        RESULTS.append((section, name, status, detail))
        print("%-4s %-6s %-58s %5.1fs %s" % (status, section, name, time.time() - t0, detail[:160]),
              flush=True)
        return fn
    return wrap


def check(cond, what):
    if not cond:
        raise AssertionError(what)


HOME = tempfile.mkdtemp(prefix="sweep15-home-")


def env(**extra):
    e = {k: v for k, v in os.environ.items() if not k.startswith("GONG_")}
    e.update({"HOME": HOME, "XDG_CONFIG_HOME": os.path.join(HOME, ".config"),
              "XDG_DATA_HOME": os.path.join(HOME, ".data"), "GONG_PROGRESS": "never"})
    e.update({k: v for k, v in extra.items() if v is not None})
    return e


def gong(*args, stdin=None, timeout=120, **extra):
    p = subprocess.run([GONG, *args], input=stdin, capture_output=True, timeout=timeout,
                       env=env(**extra))
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def no_java_noise(text):
    for bad in ("Exception", "\tat ", "OutOfMemoryError", "unexpected error"):
        check(bad not in text, "stderr shows %r: %s" % (bad, text.strip()[:200]))


# ---------------------------------------------------------------- a local Gong for the whole sweep
class Sim:
    def __init__(self, *args):
        self.proc = subprocess.Popen([GONG, "sim", "--calls", "60", "--rate-limit", "0",
                                      "--daily-limit", "0", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env())
        self.vars = {}
        for raw in self.proc.stdout:
            line = raw.decode()
            m = re.match(r"\s*export (GONG_\w+)=(\S+)", line)
            if m:
                self.vars[m.group(1)] = m.group(2)
            if "Serving until stopped" in line or len(self.vars) == 3:
                break
        check(len(self.vars) == 3, "gong sim did not start")
        self.url = self.vars["GONG_BASE_URL"]
        self.port = int(self.url.rsplit(":", 1)[1])

    def close(self):
        self.proc.terminate()
        self.proc.wait(10)


SIM = Sim()
CRED = dict(SIM.vars)


# ---------------------------------------------------------------- MCP over stdio
def stdio(lines, args=("mcp", "--sim"), wait=60):
    p = subprocess.Popen([GONG, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env())
    out, err = p.communicate("".join(l + "\n" for l in lines).encode(), timeout=wait)
    answers = []
    for l in out.decode().splitlines():
        try:
            answers.append(json.loads(l))
        except ValueError:
            answers.append({"unparsed": l})
    return p.returncode, answers, err.decode()


INIT = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "sweep", "version": "1"}}})
INITED = '{"jsonrpc":"2.0","method":"notifications/initialized"}'


def ping(i):
    return '{"jsonrpc":"2.0","id":%d,"method":"ping"}' % i


@case("must", "stdio: bad lines never silence the server; exits at EOF")
def _():
    bad = ["", "{not json", "42", "[]", '[{"jsonrpc":"2.0","id":5,"method":"ping"}]',
           '{"jsonrpc":"2.0","id":null,"method":"ping"}', '{"jsonrpc":"2.0","id":{},"method":"ping"}',
           '{"id":7,"method":"ping"}', "[" * 1200 + "]" * 1200]
    t0 = time.time()
    code, answers, err = stdio([INIT, INITED] + bad + [ping(99)])
    ids = [a.get("id") for a in answers]
    check(99 in ids, "the final ping was not answered: %s" % answers[-3:])
    check(time.time() - t0 < 60, "did not exit when stdin closed")
    return "exit %d, %d answers, final ping answered" % (code, len(answers))


@case("must", "stdio: ping before notifications/initialized")
def _():
    code, answers, _ = stdio([INIT, ping(2)])
    check(any(a.get("id") == 2 and "result" in a for a in answers), "ping not answered: %s" % answers)


# ---------------------------------------------------------------- gong sim connection hardening
@case("must", "sim: 600 half-open connections do not freeze it")
def _():
    socks = []
    for _ in range(600):
        s = socket.create_connection(("127.0.0.1", SIM.port), timeout=5)
        s.send(b"GET /v2/users HTTP/1.1\r\nHost: x\r\n")  # never finished
        socks.append(s)
    t0 = time.time()
    req = urllib.request.Request(SIM.url + "/v2/workspaces")
    try:
        urllib.request.urlopen(req, timeout=15)
    except urllib.error.HTTPError as e:
        status = e.code
    else:
        status = 200
    took = time.time() - t0
    for s in socks:
        s.close()
    check(status == 401 and took < 10, "status %s after %.1fs" % (status, took))
    return "answered 401 in %.2fs beside 600 half-open connections" % took


def raw(data, read=4096):
    s = socket.create_connection(("127.0.0.1", SIM.port), timeout=20)
    try:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    got = b""
    try:
        while len(got) < read:
            chunk = s.recv(4096)
            if not chunk:
                break
            got += chunk
    except OSError:
        pass
    s.close()
    return got.decode("latin-1")


@case("must", "sim: unauthenticated 15 MB body gets 401")
def _():
    body = b"x" * (15 * 1024 * 1024)
    s = socket.create_connection(("127.0.0.1", SIM.port), timeout=20)
    s.sendall(b"POST /v2/calls HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: %d\r\n\r\n" % len(body))
    try:
        s.sendall(body)
    except OSError:
        pass
    got = s.recv(4096).decode("latin-1")
    s.close()
    check(got.startswith("HTTP/1.1 401"), "answer: %r" % got[:80])


@case("must", "sim: bad chunk size and garbage request line get an answer")
def _():
    a = raw(b"POST /v2/calls HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
    b = raw(b"\x00\x01garbage\r\n\r\n")
    check(a.startswith("HTTP/1.1 4"), "bad chunk: %r" % a[:60])
    check(b.startswith("HTTP/1.1 4"), "garbage: %r" % b[:60])
    return "%s / %s" % (a[:12], b[:12])


@case("must", "sim: --media-dir pointing at a file is refused")
def _():
    f = tempfile.NamedTemporaryFile(delete=False)
    code, out, err = gong("sim", "--media-dir", f.name, timeout=60)
    check(code == 2, "exit %d: %s" % (code, err[-200:]))
    return err.strip().splitlines()[-1][:120] if err.strip() else ""


# ---------------------------------------------------------------- credentials from one source
class Recorder(BaseHTTPRequestHandler):
    seen = []

    def do_GET(self):
        Recorder.seen.append(self.headers.get("Authorization"))
        self.send_response(500)
        body = ("echo " + str(self.headers.get("Authorization"))).encode()
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *a):
        pass


REC = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
threading.Thread(target=REC.serve_forever, daemon=True).start()
REC_URL = "http://127.0.0.1:%d" % REC.server_address[1]


def save_profile():
    code, out, err = gong("configure", "--base-url", SIM.url, "--access-key",
                          CRED["GONG_ACCESS_KEY"], stdin=(CRED["GONG_ACCESS_KEY_SECRET"] + "\n").encode())
    check(code == 0, "configure failed: %s" % err[-300:])


@case("must", "credentials: profile secret never goes to GONG_BASE_URL's host")
def _():
    save_profile()
    Recorder.seen.clear()
    code, out, err = gong("list-workspace-id-options", GONG_BASE_URL=REC_URL)
    check(not Recorder.seen, "the other host received %d requests" % len(Recorder.seen))
    check(code == 2, "exit %d" % code)
    return "exit 2, nothing sent: " + err.strip().splitlines()[0][:100]


@case("must", "credentials: GONG_BEARER_TOKEN honoured with a profile; $HOME counts")
def _():
    save_profile()
    Recorder.seen.clear()
    code, out, err = gong("list-workspace-id-options", "--retry-budget", "1s",
                          GONG_BASE_URL=REC_URL, GONG_BEARER_TOKEN="tok-abc-123")
    check(Recorder.seen and all(s == "Bearer tok-abc-123" for s in Recorder.seen),
          "sent %s" % Recorder.seen[:2])
    code2, out2, err2 = gong("list-workspace-id-options")
    check(code2 == 0 and "simulated" not in err2, "the profile under $HOME was not used: %s" % err2[:200])


# ---------------------------------------------------------------- MCP write tools and local files
@case("must", "mcp: upload_call_media of /etc/shadow refused")
def _():
    call = json.dumps({"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {
        "name": "upload_call_media", "arguments": {"call_id": "1", "media_file": "/etc/shadow"}}})
    code, answers, err = stdio([INIT, INITED, call], args=("mcp", "--sim", "--allow-writes"))
    a = next(x for x in answers if x.get("id") == 3)
    text = json.dumps(a)
    check('\\"success\\":false' in text or '"isError": true' in text, "accepted: %s" % text[:300])
    check("root:" not in text, "file content leaked")
    return re.sub(r"\s+", " ", text)[:140]


# ---------------------------------------------------------------- search syntax
@case("must", "search 'title:pricing' and field ranges: no NullPointerException")
def _():
    notes = []
    store = tempfile.mkdtemp(prefix="sweep15-search-")
    code, out, err = gong("sync", "--sim", "--store", store, "--from", "2020-01-01", GONG_SIM_CALLS="30")
    check(code == 0, "sync: %d %s" % (code, err[-200:]))
    for q in ("title:pricing", "brief:renewal", "topics:pricing", "title:[a TO z]"):
        code, out, err = gong("search", q, "--sim", "--store", store)
        check(code in (0, 2), "%s: exit %d %s" % (q, code, err[-200:]))
        no_java_noise(err)
        notes.append("%s->%d" % (q, code))
    return ", ".join(notes)


# ---------------------------------------------------------------- retries
@case("must", "client: retries within the budget; --retry-budget 3s ends a 500 storm")
def _():
    storm = Sim("--fault-rate", "1.0")
    try:
        t0 = time.time()
        code, out, err = gong("list-workspaces", "--retry-budget", "3s", **storm.vars)
        took = time.time() - t0
    finally:
        storm.close()
    check(code == 1 and "gave up after" in err and "retry budget 3.0 s" in err,
          "exit %d: %s" % (code, err[-200:]))
    check(took < 40, "took %.0fs" % took)
    flaky = Sim("--fault-rate", "0.4")
    try:
        code2, out2, err2 = gong("list-calls", "--from-date", "2020-01-01", **flaky.vars)
    finally:
        flaky.close()
    check(code2 == 0, "40%% faults: exit %d %s" % (code2, err2[-200:]))
    return "storm: exit 1 after %.1fs; 40%% faults: listing completes" % took


# ---------------------------------------------------------------- MCP over HTTP
def http_mcp(extra_env=None):
    port = socket.socket()
    port.bind(("127.0.0.1", 0))
    num = port.getsockname()[1]
    port.close()
    p = subprocess.Popen([GONG, "mcp", "--sim", "--http", "--port", str(num), "--token",
                          "sweep-token-0123456789abcdef"], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, env=env(**(extra_env or {})))
    for raw_line in p.stderr:
        if b"serving" in raw_line and b"http://" in raw_line:
            break
    return p, "http://127.0.0.1:%d/mcp" % num


def post(url, body, session=None, auth="Bearer sweep-token-0123456789abcdef"):
    h = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream",
         "Authorization": auth}
    if session:
        h["Mcp-Session-Id"] = session
    req = urllib.request.Request(url, data=body.encode(), headers=h, method="POST")
    try:
        r = urllib.request.urlopen(req, timeout=30)
        return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()


@case("should", "mcp http: malformed body, missing/unknown session -> JSON-RPC errors")
def _():
    p, url = http_mcp()
    try:
        s, h, b = post(url, INIT)
        sid = h.get("Mcp-Session-Id")
        got = [post(url, "{not json", sid), post(url, ping(2).replace("ping", "tools/list")),
               post(url, ping(3).replace("ping", "tools/list"), "nope")]
        lower = post(url, INIT, auth="bearer sweep-token-0123456789abcdef")
    finally:
        p.terminate()
        p.wait(10)
    for status, _, body in got:
        check("Exception" not in body and len(body) < 1000, "body: %s" % body[:200])
        check("error" in json.loads(body), "not JSON-RPC: %s" % body[:100])
    check(lower[0] == 200, "lower-case bearer: %d" % lower[0])
    return "statuses %s; bearer in lower case accepted" % [g[0] for g in got]


@case("should", "mcp http: sessions capped (GONG_MCP_MAX_SESSIONS=50) and expire")
def _():
    p, url = http_mcp({"GONG_MCP_MAX_SESSIONS": "50", "GONG_MCP_SESSION_IDLE": "3s"})
    try:
        statuses = [post(url, INIT)[0] for _ in range(80)]
        refused = post(url, INIT)
        time.sleep(5)
        after = post(url, INIT)[0]
    finally:
        p.terminate()
        p.wait(10)
    check(statuses.count(200) <= 50 + 40, "accepted %d" % statuses.count(200))
    check(503 in statuses or refused[0] == 503, "never refused: %s" % set(statuses))
    check("Too many sessions" in refused[2] or refused[0] == 200, refused[2][:100])
    check(after == 200, "no room after the idle timeout: %d" % after)
    return "%d accepted, %d refused of 80; room again after idle" % (statuses.count(200), statuses.count(503))


@case("should", "mcp http: a one-character --token warns")
def _():
    p = subprocess.Popen([GONG, "mcp", "--sim", "--http", "--port", "0", "--token", "x"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env())
    seen = ""
    for raw_line in p.stderr:
        seen += raw_line.decode()
        if "shorter than" in seen or len(seen) > 20000:
            break
    p.terminate()
    p.wait(10)
    check("shorter than" in seen, seen[-300:])


# ---------------------------------------------------------------- unbounded input
@case("should", "unbounded input: run /dev/zero, yes | run -, configure < /dev/zero")
def _():
    notes = []
    code, out, err = gong("run", "/dev/zero", "--sim", timeout=120)
    check(code == 2, "run /dev/zero: exit %d %s" % (code, err[-200:]))
    no_java_noise(err)
    notes.append("run /dev/zero->2")
    p = subprocess.run("%s configure --base-url %s --access-key k < /dev/zero" % (GONG, SIM.url),
                       shell=True, capture_output=True, timeout=120, env=env())
    check(p.returncode == 2, "configure < /dev/zero: exit %d" % p.returncode)
    no_java_noise(p.stderr.decode("utf-8", "replace"))
    notes.append("configure->2")
    p = subprocess.run("yes | %s run - --sim" % GONG, shell=True, capture_output=True, timeout=120, env=env())
    check(p.returncode == 2, "yes | run -: exit %d" % p.returncode)
    no_java_noise(p.stderr.decode())
    kw = json.dumps(["k%d" % i for i in range(100000)])
    t0 = time.time()
    kf = tempfile.NamedTemporaryFile("w", delete=False, suffix=".txt")
    kf.write("action: search-calls\nkeywords: %s\n" % kw)
    kf.close()
    code, out, err = gong("run", kf.name, "--sim", timeout=120)
    check(time.time() - t0 < 60 and code == 2, "100,000 keywords: exit %d after %.0fs" % (code, time.time() - t0))
    return ", ".join(notes) + ", yes->2, 100k keywords->2"


# ---------------------------------------------------------------- numbers
@case("should", "numbers: overflow and Arabic-Indic digits refused")
def _():
    for v in ("18446744073709551617", "\u0661\u0662"):
        code, out, err = gong("list-calls", "--max-results", v, "--sim")
        check(code == 2, "--max-results %s: exit %d" % (v, code))


# ---------------------------------------------------------------- usage errors and messages
@case("should", "usage errors exit 2: lookback, GONG_SIM_CALLS, base URLs")
def _():
    got = [gong("sync", "--lookback", "P-2D", "--sim")[0],
           gong("list-workspaces", GONG_SIM_CALLS="-1", HOME=tempfile.mkdtemp(),
                XDG_CONFIG_HOME=tempfile.mkdtemp())[0],
           gong("list-workspaces", GONG_BASE_URL="http://example.com", GONG_ACCESS_KEY="k",
                GONG_ACCESS_KEY_SECRET="s")[0],
           gong("list-workspaces", "--base-url", "https://", "--access-key", "k", "--access-key-secret", "s")[0]]
    check(got == [2, 2, 2, 2], "exits %s" % got)


@case("should", "messages: no raw Java names (dates, non-UTF-8, damaged store)")
def _():
    notes = []
    code, out, err = gong("list-calls", "--from-date", "2025-13-45", "--sim")
    check(code == 2 and "DateTimeParseException" not in err, "date: %d %s" % (code, err[-150:]))
    bad = tempfile.NamedTemporaryFile(delete=False, suffix=".txt")
    bad.write(b"action: list-calls\nfrom-date: \xff\xfe\n")
    bad.close()
    code, out, err = gong("run", bad.name, "--sim")
    check(code == 2 and "Input length" not in err, "non-UTF-8: %d %s" % (code, err[-150:]))
    store = tempfile.mkdtemp(prefix="sweep15-store-")
    code, out, err = gong("sync", "--sim", "--store", store, "--from", "2020-01-01", GONG_SIM_CALLS="30")
    check(code == 0, "sync: %d %s" % (code, err[-200:]))
    seg = max((os.path.join(dp, f) for dp, _, fs in os.walk(store) for f in fs
               if not f.startswith("segments") and f != "write.lock" and not f.endswith(".txt")),
              key=os.path.getsize)
    with open(seg, "r+b") as f:
        f.seek(os.path.getsize(seg) // 2)
        b = f.read(1)
        f.seek(os.path.getsize(seg) // 2)
        f.write(bytes([b[0] ^ 0xFF]))
    code, out, err = gong("sync", "--sim", "--store", store, GONG_SIM_CALLS="30")
    check("is damaged" in err and "CorruptIndexException" not in err, "damaged: %d %s" % (code, err[-200:]))
    code, out, err = gong("search", "pricing", "--sentencesPerCall", "2", "--sim")
    check(code == 2 and "--sentences" in err, "--sentencesPerCall: %s" % err[-150:])
    code, out, err = gong("sync", "--sim", "--store", "/proc/version")
    check(code in (1, 2) and "FileSystemException" not in err and "FileAlreadyExists" not in err,
          "store at a file: %d %s" % (code, err[-150:]))
    return "dates, non-UTF-8, damaged store, --sentences, store at a file: worded"


@case("should", "full disk during sync: says so (naming the store); store opens after")
def _():
    if os.geteuid() != 0:
        return "skipped (needs root to mount a tmpfs)"
    mnt = tempfile.mkdtemp(prefix="sweep15-full-")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mnt]).returncode != 0:
        return "skipped (cannot mount a tmpfs)"
    try:
        code, out, err = gong("sync", "--sim", "--store", mnt, "--from", "2020-01-01", GONG_SIM_CALLS="400")
        check(code == 1, "exit %d: %s" % (code, err[-300:]))
        check("is full" in err and mnt in err and "IndexWriter is closed" not in err, err[-300:])
        check(len(err.splitlines()) < 15, "%d lines on stderr" % len(err.splitlines()))
        code2, out2, err2 = gong("search", "pricing", "--sim", "--store", mnt)
        check(code2 == 0, "search after: %d %s" % (code2, err2[-200:]))
        return "exit 1: " + [l for l in err.splitlines() if "is full" in l][0][:110]
    finally:
        subprocess.run(["umount", mnt])


# ---------------------------------------------------------------- validation gaps
@case("should", "validation: --participants with trailing garbage refused")
def _():
    code, out, err = gong("add-call", "--client-unique-id", "x", "--actual-start", "2025-01-13T01:30:00Z",
                          "--direction", "Outbound", "--primary-user", "1", "--call-title", "t",
                          "--participants", '[{"name":"A"}] garbage', "--sim")
    check(code == 2, "exit %d" % code)


@case("should", "validation: configure --no-verify refuses a bad URL; GONG_CONFIG dir")
def _():
    code, out, err = gong("configure", "--no-verify", "--base-url", "http://example.com", "--access-key", "k",
                          stdin=b"secret\n")
    check(code == 2, "configure: exit %d" % code)
    d = tempfile.mkdtemp()
    code, out, err = gong("list-workspaces", GONG_CONFIG=d)
    check(code == 2 and "simulated" not in err, "GONG_CONFIG dir: exit %d %s" % (code, err[-150:]))


@case("should", "validation: sync --workspace abc, search --primary-user abc")
def _():
    a = gong("sync", "--workspace", "abc", "--sim")
    b = gong("search", "x", "--primary-user", "abc", "--sim")
    check(a[0] == 2 and b[0] == 2, "exits %d, %d" % (a[0], b[0]))


@case("should", "validation: duplicate JSON keys refused")
def _():
    code, out, err = gong("add-call", "--client-unique-id", "x", "--actual-start", "2025-01-13T01:30:00Z",
                          "--direction", "Outbound", "--primary-user", "1", "--call-title", "t",
                          "--participants", '[{"name":"A","name":"B"}]', "--sim")
    check(code == 2, "exit %d: %s" % (code, err[-150:]))


@case("should", "mcp: 'Unknown tool' names the tool")
def _():
    call = json.dumps({"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {
        "name": "no_such_tool_xyz", "arguments": {}}})
    code, answers, err = stdio([INIT, INITED, call])
    a = json.dumps(next(x for x in answers if x.get("id") == 4))
    check("no_such_tool_xyz" in a, a[:200])


@case("should", "redaction: an error body echoing Authorization is not printed")
def _():
    secret = "sweep-secret-ABCDEFGHIJ123456"
    code, out, err = gong("list-workspaces", "--retry-budget", "1s", GONG_BASE_URL=REC_URL,
                          GONG_ACCESS_KEY="k1", GONG_ACCESS_KEY_SECRET=secret)
    import base64
    basic = base64.b64encode(("k1:" + secret).encode()).decode()
    check(secret not in out + err and basic not in out + err, "leaked: %s" % (out + err)[-200:])
    return "exit %d, credential redacted" % code


SIM.close()
REC.shutdown()
shutil.rmtree(HOME, ignore_errors=True)
failed = [r for r in RESULTS if r[2] != "ok"]
print("\n%d cases, %d ok, %d FAIL" % (len(RESULTS), len(RESULTS) - len(failed), len(failed)))
sys.exit(1 if failed else 0)
