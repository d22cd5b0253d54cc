"""``GET /kancelaria/@deadlines`` with bad query parameters: a 400 naming the parameter."""

import pytest


@pytest.fixture
def deadlines_url(fportal):
    return fportal["kancelaria"].absolute_url() + "/@deadlines"


@pytest.mark.parametrize(
    "params, field",
    [
        ({"within": "1000000000000"}, "within"),
        ({"within": "-1000000000000"}, "within"),
        ({"within": "siedem"}, "within"),
        ({"within": ["1", "2"]}, "within"),
        ({"b_size": "-1"}, "b_size"),
        ({"b_size": "0"}, "b_size"),
        ({"b_size": "dużo"}, "b_size"),
        ({"b_size": "99999999999999999999"}, "b_size"),
        ({"b_start": "-5"}, "b_start"),
        ({"b_start": "x"}, "b_start"),
        ({"b_start": ["0", "1"]}, "b_start"),
        ({"department": ["WOIK", "WKSP"]}, "department"),
        ({"status": ["overdue", "overdue"]}, "status"),
        ({"status": "late"}, "status"),
    ],
)
def test_bad_parameter_is_400_naming_it(client, deadlines_url, params, field):
    response = client("clerk").get(deadlines_url, params=params)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == field


def test_good_parameters_still_work(client, fcase, deadlines_url):
    for i in range(3):
        fcase(title=f"Sprawa {i}")
    data = client("clerk").get(deadlines_url, params={"within": "3650", "b_size": "2"}).json()
    assert data["items_total"] == 3 and len(data["items"]) == 2
    second = client("clerk").get(deadlines_url, params={"b_start": "2", "b_size": "2"}).json()
    assert len(second["items"]) == 1
    # A start past the end is an empty page, not an error.
    assert client("clerk").get(deadlines_url, params={"b_start": "1000"}).json()["items"] == []
