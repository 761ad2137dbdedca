#!/usr/bin/env python3
"""Load and fault tests of tthc-serve, on loopback only (127.0.0.1), bounded in time and count.

  Tools/service-load.py load        --bin DIR --artifact A --store S [--clients 32] [--seconds 20] [--processes 1] [--pg-dir DIR]
  Tools/service-load.py kill9       ... kill -9 the server under load, restart it, check every acknowledged event
  Tools/service-load.py two-servers ... two servers on one PostgreSQL store race on the same case versions
  Tools/service-load.py pg-restart  ... restart PostgreSQL under load (--pg-dir DIR of Tools/postgres-cluster)
  Tools/service-load.py abuse       ... a too-large body, a slow client and malformed JSON while other clients work

Each client drives birth registrations (1.001193) of commune thanh-nua through the API: open,
accept, complete receive, complete review, approve sign, return; every request has an
Idempotency-Key and every event an If-Match, and is retried on 503 or a dropped connection with the
same key. Acknowledged (case, version) pairs are kept and checked against the store at the end.
Prints one JSON line of figures; exits 1 on any lost acknowledged event or unexpected answer.

The clients are threads of one Python process (one core at most, under the GIL) unless
--processes spreads them over several, or (load only) --client-bin runs the same clients compiled
(Tools/service-load-client: a thread and a keep-alive connection each, about a fifth of the Python
client's CPU per request; build it with swift build -c release --package-path Tools/service-load-client). A load run also reports the CPU seconds its parts used
(this client, the server, and with --pg-dir the PostgreSQL backends): on 2 shared cores, the
client's share is what it takes from the server and the database.
"""
import argparse, http.client, json, os, signal, socket, subprocess, sys, threading, time, uuid

STEPS = [("accept", None, "pasc"), ("complete", "receive", "pasc"), ("complete", "review", "justice-officer"),
         ("approve", "sign", "chairman"), ("return", "return", "pasc")]
UNITS = ["pasc", "justice-officer", "chairman"]


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


def cpu_seconds(pid, reaped=False):
    """User + system CPU seconds of a live process (Linux /proc); with reaped, also of its ended children."""
    try: fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError: return 0.0
    return sum(int(f) for f in fields[11:15 if reaped else 13]) / os.sysconf("SC_CLK_TCK")


def postgres_cpu(pg_dir):
    """CPU seconds of a Tools/postgres-cluster server: the postmaster, its live children (backends,
    writers) and the children it has reaped (backends of closed connections)."""
    if not pg_dir: return None
    postmaster = open(os.path.join(pg_dir, "data", "postmaster.pid")).readline().strip()
    total = cpu_seconds(postmaster, reaped=True)
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try: ppid = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1]
        except OSError: continue
        if ppid == postmaster: total += cpu_seconds(pid)
    return total


class Server:
    def __init__(self, args, tokens, port=None):
        self.args, self.tokens, self.port = args, tokens, port or free_port()
        self.proc = None

    def start(self):
        log = open(os.path.join(self.args.work, f"server-{self.port}.log"), "ab")
        self.proc = subprocess.Popen([os.path.join(self.args.bin, "tthc-serve"), "--artifact", self.args.artifact, "--store", self.args.store,
                                      "--tokens", self.tokens, "--listen", f"127.0.0.1:{self.port}", "--threads", str(self.args.threads),
                                      "--body-timeout", "3"], stdout=log, stderr=log)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2); c.request("GET", "/health")
                if c.getresponse().status == 200: return self
            except OSError:
                time.sleep(0.1)
        raise SystemExit(f"server on {self.port} did not start")

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL); self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try: self.proc.wait(10)
            except subprocess.TimeoutExpired: self.proc.kill()


class Client(threading.Thread):
    def __init__(self, n, ports, tokens, stop_at, stats, max_cases):
        super().__init__(daemon=True)
        self.n, self.ports, self.tokens, self.stop_at, self.stats, self.max_cases = n, ports, tokens, stop_at, stats, max_cases
        self.conn = None; self.port_i = n % len(ports)
        self.acked = []          # (case, version) acknowledged
        self.latencies = []
        self.by_kind = {"open": [], "event": []}   # the same latencies, openings apart from events
        self.unexpected = []
        self.retries = 0

    def connection(self):
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.ports[self.port_i], timeout=30)
        return self.conn

    def send(self, method, path, body, unit, headers):
        """Sends until a definitive answer (not 503, not a dropped connection); bounded by the run's end + 60 s."""
        data = json.dumps(body).encode()
        h = {"Authorization": f"Bearer {self.tokens[unit]}", "Content-Type": "application/json", **headers}
        while time.time() < self.stop_at + 60:
            started = time.perf_counter()
            try:
                c = self.connection(); c.request(method, path, data, h); r = c.getresponse(); payload = r.read()
            except (OSError, http.client.HTTPException):
                self.conn = None; self.retries += 1
                self.port_i = (self.port_i + 1) % len(self.ports); time.sleep(0.05); continue
            if r.status == 503:
                self.retries += 1; time.sleep(0.05); continue
            self.latencies.append(time.perf_counter() - started)
            self.by_kind["event" if path.endswith("/events") else "open"].append(self.latencies[-1])
            return r.status, (json.loads(payload) if payload else {})
        return None, {}

    def run(self):
        day = 2 + self.n % 20
        cases = 0
        while time.time() < self.stop_at and cases < self.max_cases:
            cases += 1
            received = f"2026-03-{day:02d} 08:30"
            status, body = self.send("POST", "/v1/cases", {"procedure": "1.001193", "received": received, "channel": "online",
                                                           "commune": "thanh-nua", "applicant": f"CCCD-{self.n}-{cases}"},
                                     "pasc", {"Idempotency-Key": str(uuid.uuid4())})
            if status not in (200, 201):
                self.unexpected.append(("open", status, body)); continue
            case, version = body["caseId"], body["version"]
            self.acked.append((case, version))
            for i, (event, step, unit) in enumerate(STEPS):
                payload = {"event": event, "at": f"2026-03-{day:02d} {9 + i:02d}:00"}
                if step: payload["step"] = step
                status, body = self.send("POST", f"/v1/cases/{case}/events", payload, unit,
                                         {"Idempotency-Key": str(uuid.uuid4()), "If-Match": f'"{version}"'})
                if status != 200:
                    self.unexpected.append((case, event, status, body)); break
                version = body["version"]; self.acked.append((case, version))


def issue_tokens(args):
    path = os.path.join(args.work, "tokens.txt")
    tokens = {}
    for unit in UNITS:
        tokens[unit] = subprocess.check_output([os.path.join(args.bin, "tthc-serve"), "token", "add", "--tokens", path,
                                                "--unit", f"thanh-nua.{unit}", "--role", "clerk"], text=True).strip()
    return path, tokens


class Tally:
    """What a client process hands back to the parent: its clients' results, as one client's."""
    def __init__(self, workers):
        self.acked = [a for w in workers for a in w.acked]
        self.latencies = [l for w in workers for l in w.latencies]
        self.by_kind = {k: [l for w in workers for l in w.by_kind[k]] for k in ("open", "event")}
        self.unexpected = [u for w in workers for u in w.unexpected]
        self.retries = sum(w.retries for w in workers)


def drive_part(ports, tokens, stop_at, max_cases, numbers):
    """One client process: its share of the clients, as threads; returns their Tally and its CPU seconds."""
    cpu = sum(os.times()[:2])
    workers = [Client(i, ports, tokens, stop_at, None, max_cases) for i in numbers]
    for w in workers: w.start()
    for w in workers: w.join(max(0, stop_at - time.time()) + 120)
    return Tally(workers), sum(os.times()[:2]) - cpu


def drive(ports, tokens, seconds, clients, max_cases=10**9, during=None, processes=1):
    """Runs the clients for `seconds`; returns their results, the elapsed time and the client's CPU seconds."""
    stop_at = time.time() + seconds
    started = time.perf_counter()
    if processes > 1:
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            parts = pool.starmap_async(drive_part, [(ports, tokens, stop_at, max_cases, range(p, clients, processes)) for p in range(processes)])
            if during: during()
            results = parts.get(seconds + 180)
        workers, cpu = [t for t, _ in results], sum(c for _, c in results)
    else:
        cpu = sum(os.times()[:2])
        workers = [Client(i, ports, tokens, stop_at, None, max_cases) for i in range(clients)]
        for w in workers: w.start()
        if during: during()
        for w in workers: w.join(seconds + 120)
        cpu = sum(os.times()[:2]) - cpu
    elapsed = time.perf_counter() - started
    return workers, elapsed, cpu


class CompiledTally:
    """The figures of Tools/service-load-client, as one client's."""
    def __init__(self, out):
        self.acked = [tuple(a) for a in out["acked"]]
        self.by_kind = {"open": [ms / 1000 for ms in out["open_ms"]], "event": [ms / 1000 for ms in out["event_ms"]]}
        self.latencies = self.by_kind["open"] + self.by_kind["event"]
        self.unexpected = out["unexpected"]
        self.retries = out["retries"]


def drive_compiled(client_bin, port, tokens, seconds, clients):
    """Runs the compiled clients for `seconds`; returns their results, the elapsed time and their CPU seconds."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = [client_bin, "--port", str(port), "--seconds", str(seconds), "--clients", str(clients)]
    for unit, token in tokens.items(): command += ["--token", f"{unit}={token}"]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 180)
    elapsed = time.perf_counter() - started
    if out.returncode != 0: raise SystemExit(f"service-load-client failed: {out.stderr.strip()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return [CompiledTally(json.loads(out.stdout))], elapsed, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def figures(workers, elapsed):
    lat = sorted(l for w in workers for l in w.latencies)
    acked = sum(len(w.acked) for w in workers)
    def pct(p, lat=lat): return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 2) if lat else None
    kinds = {k: sorted(l for w in workers for l in w.by_kind[k]) for k in ("open", "event")}
    return {"requests": len(lat), "acknowledged_writes": acked, "seconds": round(elapsed, 2),
            "writes_per_s": round(acked / elapsed, 1), "p50_ms": pct(0.50), "p99_ms": pct(0.99),
            "p99_open_ms": pct(0.99, kinds["open"]), "p99_event_ms": pct(0.99, kinds["event"]),
            "retries": sum(w.retries for w in workers), "unexpected": sum(len(w.unexpected) for w in workers)}


def check_acknowledged(port, tokens, workers):
    """Every acknowledged (case, version) is in the store: the case is at that version or later."""
    latest = {}
    for w in workers:
        for case, version in w.acked: latest[case] = max(version, latest.get(case, 0))
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30); lost = []
    for case, version in latest.items():
        c.request("GET", f"/v1/cases/{case}", headers={"Authorization": f"Bearer {tokens['pasc']}"})
        r = c.getresponse(); body = json.loads(r.read() or b"{}")
        if r.status != 200 or body.get("version", 0) < version: lost.append((case, version, r.status, body.get("version")))
    return len(latest), lost


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["load", "kill9", "two-servers", "pg-restart", "abuse", "pgbench", "sqlite-baseline"])
    p.add_argument("--bin", required=True); p.add_argument("--artifact", required=True); p.add_argument("--store", required=True)
    p.add_argument("--work", default=None); p.add_argument("--clients", type=int, default=32); p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--threads", type=int, default=16); p.add_argument("--pg-dir", default=None)
    p.add_argument("--processes", type=int, default=1, help="client processes (load): the clients are spread over them")
    p.add_argument("--client-bin", default=None, help="(load) the compiled clients: Tools/service-load-client's executable")
    p.add_argument("--protocol", default="simple", choices=["simple", "extended", "prepared"],
                   help="(pgbench) its -M: how pgbench sends the statements (simple: parsed each time, as before; prepared: as tthc-serve does)")
    args = p.parse_args()
    args.work = args.work or os.path.dirname(os.path.abspath(args.artifact))
    if args.mode == "pgbench":
        # The same appends by pgbench, on the same database (its tables made by a load run first).
        from urllib.parse import urlparse
        u = urlparse(args.store); env = dict(os.environ, PGHOST=u.hostname, PGPORT=str(u.port), PGUSER=u.username, PGDATABASE=u.path[1:])
        rows = ",".join(f"('11','11-bench-{i}','1.001193','h',NULL,'thanh-nua','thanh-nua.pasc','open',NULL,1,'2026-03-02T08:30','2026-03-02T08:30',NULL,'\\x00')" for i in range(args.clients + 1))
        subprocess.check_call(["psql", "-qc", f"INSERT INTO cases VALUES {rows} ON CONFLICT DO NOTHING"], env=env)
        bench = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pgbench-append.sql")
        import resource
        before = resource.getrusage(resource.RUSAGE_CHILDREN); pg_cpu = postgres_cpu(args.pg_dir)
        # -l: each transaction's latency (its third field, in µs) in pgbench_log.* files, for p50 and p99.
        import glob, tempfile
        logs = tempfile.mkdtemp(prefix="pgbench-log-", dir=args.work)
        out = subprocess.run(["pgbench", "-n", "-M", args.protocol, "-f", bench, "-c", str(args.clients), "-j", "2", "-T", str(int(args.seconds)), "-r",
                              "-l", "--log-prefix", os.path.join(logs, "pgbench_log")], env=env, capture_output=True, text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        tps = [l for l in out.stdout.splitlines() if l.startswith("tps")]
        lat = [l for l in out.stdout.splitlines() if "latency average" in l]
        cpu = {"pgbench": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1)}
        if pg_cpu is not None: cpu["postgres"] = round(postgres_cpu(args.pg_dir) - pg_cpu, 1)
        each = sorted(int(line.split()[2]) / 1000 for f in glob.glob(os.path.join(logs, "pgbench_log*")) for line in open(f) if line.strip())
        for f in glob.glob(os.path.join(logs, "pgbench_log*")): os.remove(f)
        os.rmdir(logs)
        def pct(p): return round(each[min(len(each) - 1, int(p * len(each)))], 2) if each else None
        print(json.dumps({"mode": "pgbench", "protocol": args.protocol, "clients": args.clients, "tps": tps, "latency": lat, "p50_ms": pct(0.50), "p99_ms": pct(0.99),
                          "cpu_s": cpu, "rc": out.returncode}))
        sys.exit(out.returncode)
    if args.mode == "sqlite-baseline":
        # SQLite alone: one event row per transaction, WAL, synchronous=FULL, as the store commits a request.
        import sqlite3
        path = os.path.join(args.work, "baseline.sqlite")
        for old in (path, path + "-wal", path + "-shm"):   # a fresh file each run: its versions start at 1
            if os.path.exists(old): os.remove(old)
        db = sqlite3.connect(path, isolation_level=None); db.execute("PRAGMA journal_mode=WAL"); db.execute("PRAGMA synchronous=FULL")
        db.execute("CREATE TABLE IF NOT EXISTS events (case_id TEXT, version INTEGER, kind TEXT, at TEXT, actor TEXT, step TEXT, recorded_at TEXT, PRIMARY KEY (case_id, version)) WITHOUT ROWID")
        db.execute("CREATE TABLE IF NOT EXISTS cases (id TEXT PRIMARY KEY, version INTEGER, snapshot BLOB) WITHOUT ROWID")
        db.execute("INSERT OR IGNORE INTO cases VALUES ('c', 0, x'00')")
        lat = []; n = 0; stop = time.time() + args.seconds; started = time.perf_counter()
        while time.time() < stop:
            t = time.perf_counter(); n += 1
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO events VALUES ('c', ?, 'complete', '2026-03-02T09:00', 'thanh-nua.pasc', 'receive', '2026-12-06T00:00:00Z')", (n,))
            db.execute("UPDATE cases SET version = ?, snapshot = ? WHERE id = 'c'", (n, b"\xab" * 560))
            db.execute("COMMIT"); lat.append(time.perf_counter() - t)
        elapsed = time.perf_counter() - started; lat.sort()
        print(json.dumps({"mode": "sqlite-baseline", "writes_per_s": round(n / elapsed, 1), "p50_ms": round(lat[len(lat) // 2] * 1000, 2),
                          "p99_ms": round(lat[int(len(lat) * 0.99)] * 1000, 2)}))
        return
    tokens_file, tokens = issue_tokens(args)
    server = Server(args, tokens_file).start()
    ok = True; result = {"mode": args.mode, "store": "postgres" if args.store.startswith("postgres") else "sqlite", "clients": args.clients}
    try:
        if args.mode == "load":
            server_cpu, pg_cpu = cpu_seconds(server.proc.pid), postgres_cpu(args.pg_dir)
            if args.client_bin:
                workers, elapsed, client_cpu = drive_compiled(args.client_bin, server.port, tokens, args.seconds, args.clients)
                result["client"] = "compiled"
            else:
                workers, elapsed, client_cpu = drive([server.port], tokens, args.seconds, args.clients, processes=args.processes)
            result.update(figures(workers, elapsed))
            result["cpu_s"] = {"client": round(client_cpu, 1), "server": round(cpu_seconds(server.proc.pid) - server_cpu, 1)}
            if pg_cpu is not None: result["cpu_s"]["postgres"] = round(postgres_cpu(args.pg_dir) - pg_cpu, 1)
            ok = result["unexpected"] == 0
        elif args.mode == "kill9":
            def killer():
                time.sleep(args.seconds / 2); server.kill9(); time.sleep(0.5); server.start()
            workers, elapsed, _ = drive([server.port], tokens, args.seconds, args.clients, during=killer)
            result.update(figures(workers, elapsed))
            checked, lost = check_acknowledged(server.port, tokens, workers)
            result.update({"cases_checked": checked, "lost": len(lost)}); ok = not lost
        elif args.mode == "pg-restart":
            def restart():
                time.sleep(args.seconds / 3)
                subprocess.check_call([os.path.join(os.path.dirname(__file__), "postgres-cluster"), "stop", args.pg_dir])
                time.sleep(1)
                port = open(os.path.join(args.pg_dir, "port")).read().strip()
                subprocess.check_call([os.path.join(os.path.dirname(__file__), "postgres-cluster"), "start", args.pg_dir, port], stdout=subprocess.DEVNULL)
            workers, elapsed, _ = drive([server.port], tokens, args.seconds, args.clients, during=restart)
            result.update(figures(workers, elapsed))
            checked, lost = check_acknowledged(server.port, tokens, workers)
            result.update({"cases_checked": checked, "lost": len(lost)}); ok = not lost and result["unexpected"] == 0
        elif args.mode == "two-servers":
            other = Server(args, tokens_file).start()
            try:
                # Open cases, then send the same accept with the same If-Match to both servers at once.
                rounds, wins, stale, bad = 100, 0, 0, []
                for i in range(rounds):
                    c = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
                    c.request("POST", "/v1/cases", json.dumps({"procedure": "1.001193", "received": "2026-03-02 08:30", "commune": "thanh-nua",
                                                                "applicant": f"R-{i}", "channel": "online"}),
                              {"Authorization": f"Bearer {tokens['pasc']}", "Content-Type": "application/json"})
                    case = json.loads(c.getresponse().read())["caseId"]
                    answers = []
                    def race(port):
                        k = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                        k.request("POST", f"/v1/cases/{case}/events", json.dumps({"event": "accept", "at": "2026-03-02 08:40"}),
                                  {"Authorization": f"Bearer {tokens['pasc']}", "Content-Type": "application/json", "If-Match": '"1"'})
                        answers.append(k.getresponse().status)
                    ts = [threading.Thread(target=race, args=(port,)) for port in (server.port, other.port)]
                    for t in ts: t.start()
                    for t in ts: t.join()
                    wins += answers.count(200); stale += answers.count(412)
                    if sorted(answers) != [200, 412]: bad.append((case, answers))
                    c.request("GET", f"/v1/cases/{case}", headers={"Authorization": f"Bearer {tokens['pasc']}"})
                    if json.loads(c.getresponse().read())["version"] != 2: bad.append((case, "version"))
                result.update({"rounds": rounds, "wins": wins, "stale": stale, "bad": bad[:5]}); ok = not bad
            finally:
                other.stop()
        elif args.mode == "abuse":
            outcomes = {}
            def abuse():
                time.sleep(1)
                h = {"Authorization": f"Bearer {tokens['pasc']}", "Content-Type": "application/json"}
                c = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
                c.request("POST", "/v1/cases", b"{" + b" " * (2 * 1024 * 1024), h); outcomes["large"] = c.getresponse().status
                c = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
                c.request("POST", "/v1/cases", b'{"procedure": "1.0', h); outcomes["malformed"] = c.getresponse().status
                s = socket.create_connection(("127.0.0.1", server.port), timeout=30)
                s.sendall(f"POST /v1/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {tokens['pasc']}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{".encode())
                started = time.time()
                try: outcomes["slow"] = int(s.recv(100).split(b" ")[1])
                except Exception as e: outcomes["slow"] = str(e)
                outcomes["slow_seconds"] = round(time.time() - started, 1)
            workers, elapsed, _ = drive([server.port], tokens, args.seconds, args.clients, during=abuse)
            result.update(figures(workers, elapsed)); result.update(outcomes)
            ok = outcomes.get("large") == 413 and outcomes.get("malformed") == 400 and outcomes.get("slow") == 408 and result["unexpected"] == 0
    finally:
        server.stop()
    result["ok"] = ok
    print(json.dumps(result))
    if not ok:
        for w in [] if ok else []: pass
        sys.exit(1)


if __name__ == "__main__":
    main()
