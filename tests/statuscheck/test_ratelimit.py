"""Attempts per address over the real server: page and REST count together, correct
attempts too; 429 with Retry-After and a Polish message; allowed again after the window;
X-Forwarded-For believed only from a trusted proxy; exact under concurrent requests."""

from concurrent.futures import ThreadPoolExecutor
from kancelaria.case import ratelimit
from kancelaria.case import statuscheck
from plone import api

import pytest
import requests
import threading
import time
import transaction


@pytest.fixture
def limits(status_site):
    """``limits(attempts, window, proxies=())`` — set the settings the server reads."""

    def set_(attempts, window, proxies=()):
        api.portal.set_registry_record("kancelaria.status_check_attempts", attempts)
        api.portal.set_registry_record("kancelaria.status_check_window", window)
        api.portal.set_registry_record("kancelaria.trusted_proxies", list(proxies))
        transaction.commit()
        ratelimit.LIMITER.reset()

    return set_


@pytest.fixture
def case(status_site, fcase):
    return fcase("Wniosek o wycięcie drzewa")


def test_limit_then_allowed_again_after_the_window(check, case, limits, portal_url):
    # The page rendered once before the window starts: a cold first render on a loaded
    # machine took seconds, longer than the window itself.
    assert requests.get(f"{portal_url}/sprawdz-sprawe", timeout=60).status_code == 200
    limits(3, 4)
    code = statuscheck.stored_code(case)
    assert check(case.signature, code).status_code == 200  # a correct attempt counts too
    assert check(case.signature, "ABCDE-FGHJK").status_code == 404
    # The page's form is the other way in to the same count.
    page = requests.post(
        f"{portal_url}/sprawdz-sprawe",
        data={"signature": case.signature, "code": code},
        timeout=60,
    )
    assert page.status_code == 200
    refused = check(case.signature, code)
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 4
    error = refused.json()["error"]
    assert error["type"] == "TooManyRequests"
    assert error["message"].startswith("Zbyt wiele prób")
    page = requests.post(
        f"{portal_url}/sprawdz-sprawe",
        data={"signature": case.signature, "code": code},
        timeout=60,
    )
    assert page.status_code == 429
    assert page.headers["Retry-After"]
    assert "Zbyt wiele prób" in page.text
    assert "drzewa" not in page.text
    time.sleep(4.2)
    assert check(case.signature, code).status_code == 200


def test_bad_input_counts_too(check, limits):
    limits(2, 600)
    assert check(body={}).status_code == 400
    assert check(body=[]).status_code == 400
    assert check(body={}).status_code == 429


def test_forwarded_for_ignored_without_a_trusted_proxy(check, case, limits):
    limits(2, 600)
    code = statuscheck.stored_code(case)
    for n in range(2):
        forwarded = {"X-Forwarded-For": f"203.0.113.{n}"}
        assert check(case.signature, code, headers=forwarded).status_code == 200
    forwarded = {"X-Forwarded-For": "203.0.113.99"}
    assert check(case.signature, code, headers=forwarded).status_code == 429


def test_forwarded_for_from_a_trusted_proxy(check, case, limits):
    limits(2, 600, proxies=["127.0.0.1"])
    code = statuscheck.stored_code(case)

    def attempt(forwarded):
        return check(case.signature, code, headers={"X-Forwarded-For": forwarded}).status_code

    assert [attempt("203.0.113.5") for _ in range(3)] == [200, 200, 429]
    # Another resident behind the same proxy has attempts of their own …
    assert attempt("203.0.113.6") == 200
    # … and the exhausted one cannot get new ones by putting an address in front: the
    # proxy appends the real one, which is what counts.
    assert attempt("198.51.100.1, 203.0.113.5") == 429
    # Without the header, the proxy's own address is the client.
    assert check(case.signature, code).status_code == 200


def test_exact_under_concurrent_requests(check, case, limits):
    limits(10, 600)
    code = statuscheck.stored_code(case)
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda _: check(case.signature, code).status_code, range(24)))
    assert statuses.count(200) == 10, statuses
    assert statuses.count(429) == 14, statuses


def test_limiter_is_thread_safe():
    limiter = ratelimit.Limiter()
    allowed = []
    lock = threading.Lock()

    def worker():
        mine = sum(1 for _ in range(200) if limiter.attempt("one address", 150, 600) == 0)
        with lock:
            allowed.append(mine)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(allowed) == 150


def test_limiter_window_slides():
    now = [1000.0]
    limiter = ratelimit.Limiter(clock=lambda: now[0])
    assert [limiter.attempt("a", 2, 60) for _ in range(3)] == [0, 0, 60]
    now[0] += 30
    assert limiter.attempt("a", 2, 60) == 30
    assert limiter.attempt("b", 2, 60) == 0
    now[0] += 30.5
    assert limiter.attempt("a", 2, 60) == 0
