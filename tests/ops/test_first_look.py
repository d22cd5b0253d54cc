"""First look: ``make start`` in an empty directory ends with the address of the styled site."""

from scripts.instance import free_port
from tests.ops.conftest import ADMIN
from tests.ops.conftest import REPO

import os
import pytest
import queue
import re
import requests
import signal
import subprocess
import threading
import time

pytestmark = pytest.mark.ops

THEME_CSS = "++theme++barceloneta/css/barceloneta.min.css"
JSON = {"Accept": "application/json"}


def stylesheets(url):
    response = requests.get(url, timeout=60)
    assert response.status_code == 200, url
    return re.findall(r'<link[^>]*rel="stylesheet"[^>]*>', response.text)


def test_make_start_ends_with_the_address_of_the_styled_site(tmp_path):
    port = free_port()
    credentials = [f"ADMIN_USER={ADMIN[0]}", f"ADMIN_PASSWORD={ADMIN[1]}"]
    make = subprocess.Popen(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "start"]
        + [f"ROOT={tmp_path}", f"PORT={port}", *credentials],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in make.stdout], daemon=True).start()
    printed = []
    try:
        deadline = time.monotonic() + 300  # the site is made first
        while (
            not any("Kancelaria is ready" in line for line in printed)
            and time.monotonic() < deadline
        ):
            try:
                printed.append(lines.get(timeout=1).rstrip())
            except queue.Empty:
                assert make.poll() is None, "\n".join(printed)
        time.sleep(2)  # anything printed after it?
        while not lines.empty():
            printed.append(lines.get().rstrip())
        assert any(f"Serving on http://127.0.0.1:{port}" in line for line in printed), printed
        last = printed[-1]
        assert last.startswith("Kancelaria is ready: "), printed
        url = re.search(r"http://\S+", last).group()
        assert url == f"http://127.0.0.1:{port}/Plone"
        # Styled (the theme's stylesheet), at the address printed and at localhost alike.
        assert any(THEME_CSS in link for link in stylesheets(url)), stylesheets(url)
        assert any(THEME_CSS in link for link in stylesheets(f"http://localhost:{port}/Plone"))
        # The login it prints is the site's admin.
        assert f"(login {ADMIN[0]} / {ADMIN[1]};" in last
        settings = requests.get(
            f"{url}/@controlpanels/kancelaria", auth=ADMIN, headers=JSON, timeout=60
        )
        assert settings.status_code == 200, settings.text
    finally:
        os.killpg(make.pid, signal.SIGINT)  # Ctrl-C in the terminal
        make.wait(timeout=60)
