"""Attempts per client address, for the residents' status check (page and REST alike).

A sliding window kept in this process's memory: at most ``status_check_attempts`` attempts
(correct ones too) per address in ``status_check_window`` seconds; the next is refused with
the seconds until one falls out of the window. Thread-safe for waitress's threads; several
processes (or a restart) each count on their own.

The address is the connection's (``REMOTE_ADDR``); ``X-Forwarded-For`` is believed only
when the connection comes from one of the ``trusted_proxies`` of the settings, and then the
address is the last hop before the trusted ones (a client cannot put itself in front).
"""

from kancelaria import settings

import collections
import math
import threading
import time

#: Addresses kept before expired ones are swept out (bounds the memory an attacker with
#: many addresses can take).
SWEEP_ABOVE = 10_000


def client_address(request):
    environ = getattr(request, "environ", {}) or {}
    remote = (environ.get("REMOTE_ADDR") or "").strip()
    trusted = {address.strip() for address in settings.get("trusted_proxies", []) or ()}
    if remote not in trusted:
        return remote
    forwarded = environ.get("HTTP_X_FORWARDED_FOR") or ""
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if hop not in trusted:
            return hop
    return hops[0] if hops else remote


class Limiter:
    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._attempts = {}

    def attempt(self, key, limit, window):
        """Count an attempt of ``key``: 0 when allowed, else the seconds to wait (≥ 1);
        a refused attempt is not counted."""
        now = self._clock()
        with self._lock:
            if len(self._attempts) > SWEEP_ABOVE:
                self._sweep(now, window)
            times = self._attempts.setdefault(key, collections.deque())
            while times and times[0] <= now - window:
                times.popleft()
            if len(times) >= limit:
                return max(1, math.ceil(times[0] + window - now))
            times.append(now)
            return 0

    def _sweep(self, now, window):
        for key in [k for k, t in self._attempts.items() if not t or t[-1] <= now - window]:
            del self._attempts[key]

    def reset(self):
        with self._lock:
            self._attempts.clear()


LIMITER = Limiter()


def check(request, site_key=""):
    """Count the request's attempt: 0 when allowed, else the seconds to wait."""
    limit = settings.get("status_check_attempts", 10)
    window = settings.get("status_check_window", 600)
    return LIMITER.attempt((site_key, client_address(request)), limit, window)
