"""Catalog values of a case that are not plain attributes."""

from kancelaria.case.behaviors import ICase
from kancelaria.case.casetype import IRegisterEntry
from kancelaria.case.numbering import parse_signature
from plone import api
from plone.indexer import indexer


def is_open(obj):
    """A case is open while its state has a way out: terminal states close it."""
    wf_tool = api.portal.get_tool("portal_workflow")
    for workflow in wf_tool.getWorkflowsFor(obj):
        state = workflow._getWorkflowStateOf(obj)
        if state is not None:
            return bool(state.transitions)
    return True


@indexer(ICase)
def case_open(obj):
    return is_open(obj)


@indexer(ICase)
def case_year(obj):
    signature = getattr(obj, "signature", None)
    return parse_signature(signature)[3] if signature else None


@indexer(ICase)
def register_date(obj):
    """The case's date in its register: the day it was received (an outgoing letter has a
    date of its own, ``content.letterindexers``)."""
    return getattr(obj, "received_date", None)


@indexer(ICase)
def case_number(obj):
    """The number in the case list, for sorting (a signature sorts as text: 10 before 9)."""
    signature = getattr(obj, "signature", None)
    return parse_signature(signature)[2] if signature else None


@indexer(ICase)
def desk_queues(obj):
    """The desk's queues the case is in by its state and history (``case.desk``)."""
    from kancelaria.case import desk

    return desk.queues_of(obj)


@indexer(IRegisterEntry)
def entry_desk_queues(obj):
    """The same for an entry of a register that is no case (a meeting)."""
    from kancelaria.case import desk

    return desk.queues_of(obj)
