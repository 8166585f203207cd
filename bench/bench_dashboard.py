"""600 delegates open the Lạng Sơn dashboard at once: latency of the real server.

Starts ``chitieu serve --demo`` (gunicorn, production settings) on loopback, then N
virtual viewers, each on its own keep-alive connection, request a trivial endpoint
(/healthz) and the dashboard in turn. Prints p50/p95 latency and errors for both and the
ratio of the dashboard's p95 to the trivial endpoint's, measured in the same run.
Goal: p95 within 3× of the trivial endpoint, no errors.

    .venv/bin/python bench/bench_dashboard.py [--users 600] [--requests 5]
    .venv/bin/python bench/bench_dashboard.py --users 100 --user kehoach   # logged in
    .venv/bin/python bench/bench_dashboard.py --path /api/plans/langson-xvii/statuses

With ``--user`` every viewer sends the session cookie of that demo persona (logged in
once through the login form), on the trivial endpoint as on the page.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.cookiejar import CookieJar

from chitieu.web.liveserver import LiveServer

DASHBOARD = "/dashboard/langson-xvii/"
TRIVIAL = "/healthz"
PASSWORD = "chitieu-demo"  # the demo personas' password


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
    if "content-length" in headers:
        return status, await reader.readexactly(int(headers["content-length"]))
    body = b""
    while True:  # chunked
        size = int((await reader.readuntil(b"\r\n")).strip(), 16)
        chunk = await reader.readexactly(size + 2)
        if size == 0:
            return status, body
        body += chunk[:-2]


def log_in(url: str, username: str) -> str:
    """The Cookie header of a session of ``username`` (through the login form)."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{url}/login/", timeout=30).read()
    token = next(c.value for c in jar if c.name == "csrftoken")
    form = {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token}
    opener.open(f"{url}/login/", urllib.parse.urlencode(form).encode(), timeout=30).read()
    cookies = {c.name: c.value for c in jar}
    if "sessionid" not in cookies:
        raise SystemExit(f"could not log in as {username}")
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


async def viewer(
    host: str, port: int, path: str, requests: int, tally: Tally, headers: str = ""
) -> None:
    """One delegate: a connection, then ``requests`` page loads one after another.

    ``headers`` are extra header lines, each ending in CRLF (a logged-in user's cookie)."""
    try:
        reader, writer = await asyncio.open_connection(host, port)
    except OSError as exc:
        tally.errors.append(f"connect: {exc}")
        return
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept-Language: vi\r\n"
        f"{headers}Connection: keep-alive\r\n\r\n"
    ).encode()
    try:
        for _ in range(requests):
            start = time.perf_counter()
            writer.write(request)
            await writer.drain()
            status, body = await _read_response(reader)
            elapsed = time.perf_counter() - start
            if status != 200 or not body:
                tally.errors.append(f"HTTP {status}")
            else:
                tally.latencies.append(elapsed)
    except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
        tally.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        writer.close()


async def crowd(
    host: str, port: int, path: str, users: int, requests: int, headers: Sequence[str] = ("",)
) -> Tally:
    """``users`` viewers at once; viewer i sends ``headers[i % len(headers)]``."""
    tally = Tally()
    await asyncio.gather(
        *(
            viewer(host, port, path, requests, tally, headers[i % len(headers)])
            for i in range(users)
        )
    )
    return tally


def report(name: str, tally: Tally, wall: float) -> None:
    n = len(tally.latencies)
    print(
        f"{name:<10} requests {n:>6}  errors {len(tally.errors):>4}  "
        f"p50 {tally.percentile(50) * 1000:8.1f} ms  p95 {tally.percentile(95) * 1000:8.1f} ms  "
        f"{n / wall:8.0f} req/s"
    )
    if tally.errors:
        print(f"           first errors: {sorted(set(tally.errors))[:3]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=600)
    parser.add_argument("--requests", type=int, default=5, help="page loads per viewer")
    parser.add_argument("--rounds", type=int, default=2, help="alternations of the two phases")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--user", help="a demo persona to log in as (default: anonymous)")
    parser.add_argument("--path", default=DASHBOARD, help="the page measured")
    args = parser.parse_args(argv)

    with LiveServer(demo=True, workers=args.workers, threads=args.threads) as server:
        host, port = "127.0.0.1", server.port
        cookie = log_in(server.url, args.user) if args.user else ""
        headers = (f"Cookie: {cookie}\r\n" if cookie else "",)
        # One request each so both paths are warm (first evaluation, template loading).
        asyncio.run(crowd(host, port, args.path, args.workers * 2, 1, headers))
        asyncio.run(crowd(host, port, TRIVIAL, args.workers * 2, 1, headers))
        trivial, dashboard = Tally(), Tally()
        walls = {"trivial": 0.0, "dashboard": 0.0}
        for _ in range(args.rounds):
            for name, path, total in (
                ("trivial", TRIVIAL, trivial),
                ("dashboard", args.path, dashboard),
            ):
                start = time.perf_counter()
                t = asyncio.run(crowd(host, port, path, args.users, args.requests, headers))
                walls[name] += time.perf_counter() - start
                total.latencies += t.latencies
                total.errors += t.errors
    who = f"logged in as {args.user}" if args.user else "anonymous"
    print(
        f"{args.users} concurrent viewers ({who}) of {args.path} × {args.requests} loads"
        f" × {args.rounds} rounds"
    )
    report("trivial", trivial, walls["trivial"])
    report("dashboard", dashboard, walls["dashboard"])
    ratio = dashboard.percentile(95) / trivial.percentile(95)
    met = "met" if ratio <= 3 and not dashboard.errors and not trivial.errors else "NOT met"
    print(f"ratio p95 dashboard/trivial: {ratio:.2f}× (goal ≤ 3×, no errors: {met})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
