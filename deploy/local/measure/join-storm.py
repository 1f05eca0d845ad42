#!/usr/bin/env python3
"""Join-storm measurement against a running local stack (deploy/local/stack up).

Prepares a live keynote with N virtual attendees through the public APIs, issues each a watch link, then
runs wrk (Debian package `wrk`) for the two steps of joining and a ceiling for each:
  follow: GET /watch/{link} (302), ceiling: GET /watch/not-a-token (403, same service, no database read);
  join:   POST /api/sessions/{id}/stream/join with the person's token, ceiling: GET /q/health/live.
Prints each rate beside its ceiling as a ratio. Not a test: figures depend on the machine.
Usage: deploy/local/measure/join-storm.py [attendees=200] [seconds=15] [connections=50]
"""
import json, os, subprocess, sys, tempfile, time, urllib.error, urllib.parse, urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
SECONDS = int(sys.argv[2]) if len(sys.argv) > 2 else 15
CONNECTIONS = int(sys.argv[3]) if len(sys.argv) > 3 else 50
KC = "http://127.0.0.1:%s" % os.environ.get("WORKSHOP_KEYCLOAK_PORT", "8180")
SCHEDULE = "http://127.0.0.1:%s" % os.environ.get("WORKSHOP_SCHEDULE_PORT", "8082")
REGISTRATION = "http://127.0.0.1:%s" % os.environ.get("WORKSHOP_REGISTRATION_PORT", "8081")
STREAMING = "http://127.0.0.1:%s" % os.environ.get("WORKSHOP_STREAMING_PORT", "8084")


def call(method, url, body=None, token=None, form=None):
    data = json.dumps(body).encode() if body is not None else (urllib.parse.urlencode(form).encode() if form else None)
    request = urllib.request.Request(url, data=data, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if form:
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read().decode()
            return response.status, json.loads(text) if text.startswith(("{", "[")) else text
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def token(realm, user, password, client="workshop-cli"):
    status, answer = call("POST", "%s/realms/%s/protocol/openid-connect/token" % (KC, realm),
                          form={"grant_type": "password", "client_id": client, "username": user, "password": password})
    assert status == 200, answer
    return answer["access_token"]


def until(what, attempt, deadline=120):
    end = time.time() + deadline
    while time.time() < end:
        result = attempt()
        if result:
            return result
        time.sleep(0.2)
    sys.exit("gave up waiting for " + what)


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def wrk(url, script=None):
    command = ["wrk", "-t2", "-c%d" % CONNECTIONS, "-d%ds" % SECONDS, "--latency"] + (["-s", script] if script else []) + [url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float([l for l in out.splitlines() if l.startswith("Requests/sec")][0].split()[1])
    p99 = [l.split()[1] for l in out.splitlines() if l.strip().startswith("99%")][0]
    return rate, p99


def main():
    run = "storm-%d" % int(time.time())
    admin = token("master", "admin", "admin", "admin-cli")
    call("PUT", KC + "/admin/realms/workshop", {"passwordPolicy": "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"}, admin)
    users = [{"username": "%s-%d" % (run, i), "enabled": True, "emailVerified": True, "email": "%s-%d@bench.workshop.test" % (run, i),
              "firstName": "Viewer", "lastName": str(i), "realmRoles": ["attendee"],
              "credentials": [{"type": "password", "value": "%s-%d" % (run, i), "temporary": False}]} for i in range(N)]
    status, answer = call("POST", KC + "/admin/realms/workshop/partialImport", {"ifResourceExists": "SKIP", "users": users}, admin)
    assert status == 200, answer

    olivia = token("workshop", "olivia", "olivia")
    now = datetime.now(timezone.utc).replace(microsecond=0)
    workshop = run
    assert call("POST", SCHEDULE + "/api/workshops", {"id": workshop, "title": "Join storm", "timezone": "Europe/Vienna",
            "venue": "Bench hall", "startsAt": iso(now - timedelta(hours=1)), "endsAt": iso(now + timedelta(days=1))}, olivia)[0] == 201
    status, session = call("POST", SCHEDULE + "/api/workshops/%s/sessions" % workshop, {"title": "Keynote", "kind": "KEYNOTE",
            "startsAt": iso(now + timedelta(minutes=5)), "endsAt": iso(now + timedelta(hours=2)), "room": "Hall"}, olivia)
    assert status == 201, session
    assert call("POST", SCHEDULE + "/api/workshops/%s/schedule/releases" % workshop, {}, olivia)[0] == 201
    until("the policy", lambda: call("PUT", REGISTRATION + "/api/workshops/%s/registration-policy" % workshop,
            {"inPersonCapacity": 10, "virtualCapacity": None, "opensAt": iso(now - timedelta(hours=1)),
             "closesAt": iso(now + timedelta(days=1))}, olivia)[0] == 200)
    until("the stream", lambda: call("PUT", STREAMING + "/api/sessions/%s/stream" % session["id"],
            {"provider": "HLS", "playbackUrl": "https://cdn.example.org/%s.m3u8" % run}, olivia)[0] == 200)
    assert call("POST", STREAMING + "/api/sessions/%s/stream/live" % session["id"], None, olivia)[0] == 200

    def prepare(i):
        person = token("workshop", "%s-%d" % (run, i), "%s-%d" % (run, i))
        assert call("POST", REGISTRATION + "/api/workshops/%s/registrations" % workshop, {"mode": "VIRTUAL"}, person)[0] == 201
        joined = until("a watch link", lambda: (lambda r: r[1] if r[0] == 200 else None)(
            call("POST", STREAMING + "/api/sessions/%s/stream/join" % session["id"], None, person)))
        return person, urllib.parse.urlparse(joined["watchUrl"]).path

    with ThreadPoolExecutor(8) as pool:
        prepared = list(pool.map(prepare, range(N)))

    folder = tempfile.mkdtemp(prefix="join-storm-")
    follow_lua = os.path.join(folder, "follow.lua")
    with open(follow_lua, "w") as out:
        out.write("links = {%s}\ni = 0\nrequest = function()\n  i = i + 1\n  return wrk.format('GET', links[(i %% #links) + 1])\nend\n"
                  % ",".join("'%s'" % path for _, path in prepared))
    join_lua = os.path.join(folder, "join.lua")
    with open(join_lua, "w") as out:
        out.write("tokens = {%s}\ni = 0\nrequest = function()\n  i = i + 1\n"
                  "  return wrk.format('POST', '/api/sessions/%s/stream/join', {['Authorization'] = 'Bearer ' .. tokens[(i %% #tokens) + 1]})\nend\n"
                  % (",".join("'%s'" % person for person, _ in prepared), session["id"]))

    wrk(STREAMING + "/watch/not-a-token")  # warm-up
    figures = [("follow a watch link (302)", wrk(STREAMING, follow_lua), "GET /watch/not-a-token (403, no database)", wrk(STREAMING + "/watch/not-a-token")),
               ("join (200 with a new link)", wrk(STREAMING, join_lua), "GET /q/health/live", wrk(STREAMING + "/q/health/live"))]
    print("%d attendees, wrk -t2 -c%d -d%ds, one run each" % (N, CONNECTIONS, SECONDS))
    for name, (rate, p99), ceiling_name, (ceiling, ceiling_p99) in figures:
        print("%-28s %8.0f req/s  p99 %-8s | ceiling %-40s %8.0f req/s  p99 %-8s | ratio %.2f"
              % (name, rate, p99, ceiling_name, ceiling, ceiling_p99, rate / ceiling))
    status, metrics = call("GET", STREAMING + "/q/metrics")
    joins = sum(float(l.rsplit(" ", 1)[1]) for l in metrics.splitlines()
                if l.startswith("workshop_stream_joins_total{") and session["id"] in l)
    print("workshop_stream_joins_total for the keynote: %.0f" % joins)


if __name__ == "__main__":
    main()
