"""A ceremony's workflow, its tasks (directives inside it) and what they do to it."""

from kancelaria.case import casetype
from kancelaria.workflows import ceremony as ceremonies
from plone import api

import pytest


def test_planned_then_held_and_back(ceremony):
    obj = ceremony()
    assert api.content.get_state(obj) == "planned"
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=obj, transition="hold")
        assert api.content.get_state(obj) == "held"
        api.content.transition(obj=obj, transition="reopen", comment="Przełożona")
    assert api.content.get_state(obj) == "planned"


def test_reopen_needs_a_reason(ceremony):
    from kancelaria.case.errors import CaseInputError

    obj = ceremony("held")
    with pytest.raises(CaseInputError) as refused:
        casetype.of(obj).check_transition(obj, "reopen", "")
    assert refused.value.field == "comment"


def test_task_of_a_ceremony_is_received_the_day_it_is_issued(ceremony, task):
    from kancelaria import clock

    obj = ceremony()
    directive = task(obj)
    assert directive.meeting() is obj
    assert directive.received_date == clock.today()
    assert directive.signature
    assert obj.start.date() > clock.today()


def test_open_tasks_put_the_ceremony_on_the_desk(ceremony, task, portal):
    obj = ceremony()
    catalog = portal.portal_catalog
    queue = "ceremonies_open_tasks"

    def listed():
        return [b.getObject() for b in catalog(desk_queues=queue)]

    assert obj not in listed()
    directive = task(obj)
    assert ceremonies.has_open_tasks(obj)
    assert obj in listed()
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=directive, transition="cancel", comment="Nieaktualne")
    assert obj not in listed()
