"""The replay server: recorded weeks, 404s, robots.txt, faults, request counts, quietness."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import socket
import time
import urllib.error
import urllib.request

import pytest

from jobwatch.core.errors import UserError
from jobwatch.crawlers.replay import ReplayServer
from tests.crawlers.conftest import gh_job, record_board


def get(url: str, timeout: float = 5) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.fixture
def weeks(tmp_path):
    root = tmp_path / "rec"
    record_board(root, "acme", [gh_job(1)], week=dt.date(2026, 11, 9))
    record_board(root, "acme", [gh_job(1), gh_job(2)], week=dt.date(2026, 11, 16))
    return root


@pytest.mark.parametrize(
    ("week", "job_ids"),
    [
        (None, [1, 2]),
        (dt.date(2026, 11, 16), [1, 2]),
        (dt.date(2026, 11, 12), [1]),
        (dt.date(2026, 12, 7), [1, 2]),
    ],
)
def test_serves_latest_recorded_week_at_or_before(weeks, week, job_ids):
    with ReplayServer(weeks, week=week) as srv:
        status, headers, body = get(srv.base_url + "/v1/boards/acme/jobs?content=true")
    assert status == 200
    assert headers["Content-Type"].startswith("application/json")
    assert [job["id"] for job in json.loads(body)["jobs"]] == job_ids


def test_no_recording_before_the_week_is_a_user_error(weeks):
    with pytest.raises(UserError, match="no recorded responses"):
        ReplayServer(weeks, week=dt.date(2026, 11, 2))


def test_unknown_board_404_robots_allow_all_and_prefix(weeks):
    with ReplayServer(weeks) as srv:
        status, _, body = get(srv.base_url + "/v1/boards/nobody/jobs")
        assert (status, json.loads(body)["status"]) == (404, 404)
        assert get(srv.base_url + "/robots.txt")[2] == b"User-agent: *\nAllow: /\n"
        assert get(srv.base_url + "/mirror/gh/v1/boards/acme/jobs?content=true")[0] == 200
        assert srv.hits == {"/v1/boards/nobody/jobs": 1, "/mirror/gh/v1/boards/acme/jobs": 1}
        assert srv.hits_for("acme") == 1


def test_faults_are_consumed_in_order_then_normal_service(weeks):
    faults = {
        "acme": [
            {"status": 429, "retry_after": 7},
            {"status": 500},
            {"body": "<html>oops</html>", "content_type": "text/html"},
        ],
    }
    with ReplayServer(weeks, faults=faults) as srv:
        url = srv.base_url + "/v1/boards/acme/jobs"
        first, second, third, fourth = (get(url) for _ in range(4))
    assert (first[0], first[1]["Retry-After"]) == (429, "7")
    assert second[0] == 500
    assert (third[0], third[2]) == (200, b"<html>oops</html>")
    assert third[1]["Content-Type"] == "text/html"
    assert fourth[0] == 200
    assert len(json.loads(fourth[2])["jobs"]) == 2
    assert [status for _, _, status in srv.log] == [429, 500, 200, 200]


def test_repeat_fault_by_path_lasts_forever(weeks):
    with ReplayServer(
        weeks, faults={"/v1/boards/acme/jobs": [{"status": 503, "repeat": True}]}
    ) as srv:
        statuses = [get(srv.base_url + "/v1/boards/acme/jobs")[0] for _ in range(3)]
    assert statuses == [503, 503, 503]


def raw_request(base_url: str, path: str) -> bytes:
    """Send a GET and read whatever arrives until the server closes the connection."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(f"GET {path} HTTP/1.0\r\nHost: x\r\n\r\n".encode())
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except ConnectionResetError:
            pass
    return b"".join(chunks)


def test_truncate_sends_part_of_the_body_and_reset_sends_nothing(weeks):
    faults = {"acme": [{"truncate": 0.5}, {"reset": True}]}
    with ReplayServer(weeks, faults=faults) as srv:
        cut = raw_request(srv.base_url, "/v1/boards/acme/jobs")
        nothing = raw_request(srv.base_url, "/v1/boards/acme/jobs")
    head, _, body = cut.partition(b"\r\n\r\n")
    length = int(
        next(ln for ln in head.split(b"\r\n") if ln.startswith(b"Content-Length")).split(b":")[1]
    )
    assert 0 < len(body) < length
    assert abs(len(body) - length // 2) <= 1
    assert nothing == b""
    assert [status for _, _, status in srv.log] == [200, 0]


def test_delay_fault_holds_the_response(weeks):
    with ReplayServer(weeks, faults={"acme": [{"delay": 0.4}]}) as srv:
        start = time.monotonic()
        assert get(srv.base_url + "/v1/boards/acme/jobs")[0] == 200
        assert time.monotonic() - start >= 0.4


def test_quiet_and_shuts_down_cleanly(weeks, capfd):
    srv = ReplayServer(weeks, faults={"acme": [{"delay": 2}]}).start()
    port = int(srv.base_url.rsplit(":", 1)[1])
    get(srv.base_url + "/v1/boards/nobody/jobs")
    with pytest.raises((TimeoutError, OSError)):  # client gives up on the delayed request
        urllib.request.urlopen(srv.base_url + "/v1/boards/acme/jobs", timeout=0.2)
    start = time.monotonic()
    srv.stop()
    assert time.monotonic() - start < 1  # did not wait for the sleeping handler
    with pytest.raises(ConnectionRefusedError):
        http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/")
    time.sleep(2.1)  # the delayed handler finishes writing to a closed socket: still silent
    out, err = capfd.readouterr()
    assert out == ""
    assert err == ""
