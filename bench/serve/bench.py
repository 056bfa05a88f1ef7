#!/usr/bin/env python3
"""Benchmarks `planbook serve` through HTTP, as the page uses it.

Starts `planbook serve` (a release build) on a free loopback port with a copy
of samples/, and with one keep-alive HTTP/1.1 connection (Python's
http.client, as a browser keeps one open) times, for each sample plan:

  check+lint     POST /api/check: the checker's and the linter's JSON and the score
  layout         POST /api/preview: the booklet laid out, with each box's line
  page PNG       GET /api/preview/ID/N.png: one page drawn (a new preview each
                 round, so no page is ever served from the cache)
  first page     layout + page 1: what a worker waits for after typing stops

Beside them, the same work done the way the command line does it, a new
process each time (`planbook check --format json` + `planbook lint --format
json`; `planbook render --format png`, every page), for the ratio.

    bench/serve/bench.py [--planbook PATH] [--rounds N] [--cli-rounds N]

Only 127.0.0.1 is contacted; every loop is bounded; the server is stopped at
the end. Prints medians and 90th percentiles in milliseconds.
"""
import argparse
import glob
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Client:
    def __init__(self, port, token):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.token = token

    def request(self, method, path, body=None):
        headers = {"X-Planbook-Token": self.token}
        if body is not None:
            headers["Content-Type"] = "text/plain; charset=utf-8"
        started = time.perf_counter()
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise RuntimeError("%s %s: %d %s" % (method, path, response.status, data[:200]))
        return elapsed, data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--planbook", default=os.path.join(ROOT, ".build", "release", "planbook"))
    parser.add_argument("--rounds", type=int, default=60, help="timed rounds a plan (after 5 to warm up)")
    parser.add_argument("--cli-rounds", type=int, default=5)
    arguments = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="planbook-bench-serve-")
    server = None
    try:
        for path in glob.glob(os.path.join(ROOT, "samples", "*")):
            target = os.path.join(folder, os.path.basename(path))
            (shutil.copytree if os.path.isdir(path) else shutil.copy)(path, target)
        plans = sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, "*.plan")))
        port = free_port()
        server = subprocess.Popen([arguments.planbook, "serve", folder, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        server.stdout.readline()
        page = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        page.request("GET", "/")
        token = re.search(r'name="planbook-token" content="([0-9a-f]+)"', page.getresponse().read().decode()).group(1)
        client = Client(port, token)

        figures = {"check+lint": [], "layout": [], "page PNG": [], "first page": []}
        pages_seen = []
        for name in plans:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read().encode()
            for round_number in range(5 + arguments.rounds):
                timed = round_number >= 5
                check, _ = client.request("POST", "/api/check?name=" + name, text)
                layout, answer = client.request("POST", "/api/preview?name=" + name, text)
                preview = json.loads(answer)
                first, _ = client.request("GET", "/api/preview/%s/1.png" % preview["id"])
                if timed:
                    figures["check+lint"].append(check)
                    figures["layout"].append(layout)
                    figures["first page"].append(layout + first)
                    figures["page PNG"].append(first)
                    # One other page of the same preview, drawn for the first time.
                    other = 1 + round_number % max(1, len(preview["pages"]))
                    if other > 1:
                        elapsed, _ = client.request("GET", "/api/preview/%s/%d.png" % (preview["id"], other))
                        figures["page PNG"].append(elapsed)
            pages_seen.append(len(preview["pages"]))

        # The command line, a new process each time, on the same plans.
        cli = {"check+lint": [], "render PNG (all pages)": []}
        out = tempfile.mkdtemp(prefix="planbook-bench-cli-")
        for name in plans:
            path = os.path.join(folder, name)
            for _ in range(arguments.cli_rounds):
                started = time.perf_counter()
                subprocess.run([arguments.planbook, "check", "--format", "json", path], capture_output=True)
                subprocess.run([arguments.planbook, "lint", "--format", "json", path], capture_output=True)
                cli["check+lint"].append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                subprocess.run([arguments.planbook, "render", "--force", "--format", "png", path, "-o", os.path.join(out, "page.png")], capture_output=True)
                cli["render PNG (all pages)"].append((time.perf_counter() - started) * 1000)
        shutil.rmtree(out, ignore_errors=True)

        print("planbook serve through HTTP: %d sample plans (%s pages), %d rounds each, one keep-alive connection" % (len(plans), ", ".join(map(str, pages_seen)), arguments.rounds))
        print("%-28s %8s %8s %8s %8s" % ("request", "median", "p90", "n", "target"))
        targets = {"check+lint": "< 50", "page PNG": "< 200", "first page": "< 200"}
        for key, values in figures.items():
            print("%-28s %8.1f %8.1f %8d %8s" % (key, statistics.median(values), percentile(values, 0.9), len(values), targets.get(key, "")))
        print("the command line, a process a time, on the same plans (%d rounds each):" % arguments.cli_rounds)
        for key, values in cli.items():
            print("%-28s %8.1f %8.1f %8d" % (key, statistics.median(values), percentile(values, 0.9), len(values)))
        print("check+lint: the command line takes %.0fx as long as the server" % (statistics.median(cli["check+lint"]) / statistics.median(figures["check+lint"])))
        print("times in milliseconds")
    finally:
        if server:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
