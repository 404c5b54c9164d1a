#!/usr/bin/env python3
"""A misbehaving client for the `stegdiff probe` tests (standard library only): raw HTTP/1.1 to
the proxy in $HTTP_PROXY, absolute-form targets, a chunked body. $MODE picks the misbehaviour;
unset (the control) sends one good request and exits 0:
  silent      sends nothing and sleeps past any timeout
  exit3       one good request, then exits with status 3
  crash       one good request, then dies of SIGSEGV
  big         one request with a 4000-byte body (run with --max-input-bytes below that)
  notjson     one request whose body is not JSON (bad at byte 29)
  concurrent  two requests in flight at once on two connections
  keepopen    one good request on a keep-alive connection left open by a child that outlives
              the client, and a second request cut short after 10 of its 100 body bytes
  unknown     GET /v1/models (no such API path)
  tls         CONNECT api.anthropic.com:443 (what an https:// base URL sends through a proxy)
With $MARK_COUNTER naming a file, the good request's apostrophe is U+2019 on the runs where the
Thue-Morse sequence is 1 (run count kept in that file): a marker that varies from run to run but
is keyed on nothing in the environment; a second request with another prompt follows."""
import json
import os
import signal
import socket
import sys
import time
from urllib.parse import urlparse

PROXY = urlparse(os.environ["HTTP_PROXY"])
TARGET = "http://api.test.example/v1/messages"


def good_body():
    apostrophe = "'"
    if os.environ.get("MARK_COUNTER"):
        with open(os.environ["MARK_COUNTER"], "a+") as counter:
            counter.seek(0)
            count = len(counter.read())
            counter.write(".")
        if bin(count).count("1") % 2:
            apostrophe = "\u2019"
    return json.dumps({"model": "m", "max_tokens": 8, "system": f"You are a test client. Today{apostrophe}s date is 2026-12-01.",
                       "messages": [{"role": "user", "content": "hi"}]}).encode()


GOOD = good_body()


def connect():
    return socket.create_connection((PROXY.hostname, PROXY.port), timeout=20)


def head(method, target, extra=""):
    return f"{method} {target} HTTP/1.1\r\nHost: api.test.example\r\nx-api-key: sk-test-secret\r\n{extra}".encode()


def read_response(sock):
    """Reads one whole response (content-length or chunked); returns (status, body)."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536) or sys.exit("connection closed before the response head")
    header, rest = data.split(b"\r\n\r\n", 1)
    lines = header.decode().split("\r\n")
    status = int(lines[0].split()[1])
    fields = {line.split(":", 1)[0].lower(): line.split(":", 1)[1].strip() for line in lines[1:]}
    if "content-length" in fields:
        while len(rest) < int(fields["content-length"]):
            rest += sock.recv(65536) or sys.exit("connection closed inside the response body")
        return status, rest
    while not rest.endswith(b"0\r\n\r\n"):
        rest += sock.recv(65536) or sys.exit("connection closed inside the chunked response")
    return status, rest


def post(sock, body, chunked=True):
    if chunked:  # two chunks: the endpoint must put them back together
        middle = len(body) // 2
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:middle], body[middle:])) + b"0\r\n\r\n"
        sock.sendall(head("POST", TARGET, "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n") + chunks)
    else:
        sock.sendall(head("POST", TARGET, f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n") + body)
    return read_response(sock)


def main():
    mode = os.environ.get("MODE", "")
    if mode == "silent":
        time.sleep(600)
    if mode == "unknown":
        with connect() as sock:
            sock.sendall(head("GET", "http://api.test.example/v1/models", "\r\n"))
            status, _ = read_response(sock)
            return 0 if status == 404 else 1
    if mode == "tls":
        with connect() as sock:
            sock.sendall(b"CONNECT api.anthropic.com:443 HTTP/1.1\r\nHost: api.anthropic.com:443\r\n\r\n")
            reply = b""
            while chunk := sock.recv(65536):  # a refused tunnel: a status line, then the close
                reply += chunk
            return 0 if reply.startswith(b"HTTP/1.1 403 ") else 1
    if mode == "big":
        with connect() as sock:
            body = json.dumps({"system": "x" * 4000}).encode()
            status, _ = post(sock, body, chunked=False)
            return 0 if status == 413 else 1
    if mode == "notjson":
        with connect() as sock:
            status, _ = post(sock, b'{"system": "You are a test", oops}', chunked=False)
            return 0 if status == 400 else 1
    if mode == "concurrent":
        first, second = connect(), connect()
        body = GOOD
        # The first request's head and half its body, then the whole second one, then the rest
        # of the first: both are in flight at once.
        first.sendall(head("POST", TARGET, f"Content-Length: {len(body)}\r\n\r\n") + body[:20])
        time.sleep(0.3)
        status_two, _ = post(second, body, chunked=False)
        first.sendall(body[20:])
        status_one, _ = read_response(first)
        return 0 if status_one == status_two == 200 else 1
    if mode == "keepopen":
        sock = connect()
        status, _ = post(sock, GOOD)
        cut = connect()
        cut.sendall(head("POST", TARGET, "Content-Length: 100\r\n\r\n") + b'{"system":')
        if os.fork() == 0:  # the child keeps both connections open long after the client is gone
            time.sleep(600)
            os._exit(0)
        return 0 if status == 200 else 1
    with connect() as sock:
        status, body = post(sock, GOOD)
        if status != 200 or json.loads(body)["content"][0]["text"] != "OK":
            return 1
    if os.environ.get("MARK_COUNTER"):  # a second, unmarked prompt: two captures per run
        with connect() as sock:
            body = json.dumps({"model": "m", "max_tokens": 8, "system": "Summarize the conversation in one line.",
                               "messages": [{"role": "user", "content": "hi"}]}).encode()
            if post(sock, body)[0] != 200:
                return 1
    if mode == "exit3":
        return 3
    if mode == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    return 0


if __name__ == "__main__":
    sys.exit(main())
