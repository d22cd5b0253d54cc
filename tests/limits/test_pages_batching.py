"""The register and deadlines pages with a bad ``b_start``: the first page, never a 500."""

from kancelaria.testing import PASSWORD

import pytest
import requests

BAD = ["abc", "-3", "1e3", "99999999999999999999999", "", "0x10"]


def get(url, user, **params):
    return requests.get(url, params=params, auth=(user, PASSWORD), timeout=60)


@pytest.mark.parametrize("b_start", BAD)
def test_register_page(fcase, fportal, b_start):
    fcase(title="Pismo z urzędu")
    response = get(fportal["kancelaria"]["korespondencja"].absolute_url(), "clerk", b_start=b_start)
    assert response.status_code == 200, response.text[:500]
    if b_start in ("abc", "-3", "", "0x10", "1e3"):
        assert "Pismo z urzędu" in response.text


@pytest.mark.parametrize("b_start", BAD)
def test_deadlines_page(fcase, fportal, b_start):
    fcase(title="Pismo z urzędu")
    url = fportal["kancelaria"].absolute_url() + "/@@terminy"
    response = get(url, "clerk", b_start=b_start)
    assert response.status_code == 200, response.text[:500]
    if b_start in ("abc", "-3", "", "0x10", "1e3"):
        assert "Pismo z urzędu" in response.text


def test_list_of_starts(fcase, fportal):
    fcase(title="Pismo z urzędu")
    for url in (
        fportal["kancelaria"]["korespondencja"].absolute_url(),
        fportal["kancelaria"].absolute_url() + "/@@terminy",
        fportal["interpelacje"].absolute_url(),
    ):
        response = requests.get(url + "?b_start=1&b_start=2", auth=("clerk", PASSWORD), timeout=60)
        assert response.status_code == 200, (url, response.text[:300])


def test_deadlines_page_with_two_departments(fcase, fportal):
    fcase(title="Pismo z urzędu")
    url = fportal["kancelaria"].absolute_url() + "/@@terminy?department=WOIK&department=WKSP"
    response = requests.get(url, auth=("clerk", PASSWORD), timeout=60)
    assert response.status_code == 200, response.text[:300]
    assert "Pismo z urzędu" in response.text  # as with no filter: every department


def test_export_with_two_formats(fportal):
    url = fportal["interpelacje"].absolute_url() + "/@@interpellations-export"
    response = requests.get(url + "?format=csv&format=xlsx", timeout=60)
    assert response.status_code == 400
    assert response.text.startswith("format:")
