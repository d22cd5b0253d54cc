"""The incoming log's number ``RPW/N/YEAR``: given at registration, read-only, 1..N per year
without gaps under concurrent writers on the real server, never given again."""

from kancelaria import clock
from kancelaria.case import numbering
from kancelaria.workflows.incoming import LOG
from plone import api
from tests.restapi.test_concurrency import PER_WRITER
from tests.restapi.test_concurrency import WRITERS
from tests.restapi.test_concurrency import register_at_once

import transaction

BODY = {
    "@type": "IncomingLetter",
    "title": "Pismo",
    "sender_name": "Jan Kowalski",
    "kind": "general",
}


def number_of(incoming_number):
    log, number, year = incoming_number.split("/")
    assert log == "RPW"
    return int(number), int(year)


def test_concurrent_registrations_numbered_1_to_n(client, fportal):
    folder = fportal["kancelaria"]["korespondencja"]
    responses = register_at_once(client, folder.absolute_url(), BODY)
    failed = [f"{r.status_code} {r.text[:200]}" for r in responses if r.status_code != 201]
    assert failed == []
    numbers = sorted(number_of(r.json()["incoming_number"]) for r in responses)
    year = clock.today().year
    assert numbers == [(n, year) for n in range(1, WRITERS * PER_WRITER + 1)]
    # The signatures run in their own list, also without gaps.
    signatures = sorted(int(r.json()["signature"].split(".")[2]) for r in responses)
    assert signatures == list(range(1, WRITERS * PER_WRITER + 1))


def test_never_given_again(client, fportal, fincoming):
    first = fincoming()
    taken = first.incoming_number
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(first)
    transaction.commit()
    second = fincoming()
    assert number_of(second.incoming_number)[0] == number_of(taken)[0] + 1
    assert numbering.last_in_log(LOG, clock.today().year) == number_of(taken)[0] + 1


def test_year_of_receipt(incoming):
    letter = incoming(received_date=clock.today().replace(year=clock.today().year - 1, day=1))
    assert letter.incoming_number == f"RPW/1/{clock.today().year - 1}"


def test_a_copy_gets_its_own_number(incoming, portal):
    letter = incoming()
    with api.env.adopt_roles(["Manager"]):
        copy = api.content.copy(source=letter, target=portal["kancelaria"]["korespondencja"])
    assert copy.incoming_number != letter.incoming_number
    assert copy.incoming_number.startswith("RPW/")
