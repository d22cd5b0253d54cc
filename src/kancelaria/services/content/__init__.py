"""plone.restapi's content add and edit, with the case core's checks of the body first."""

from kancelaria.case.errors import CaseInputError
from kancelaria.services import refuse
from zExceptions import BadRequest

import transaction


def answer(service, run):
    """Run ``run()`` (the standard service); refusals become 400s naming the field, and
    nothing of a refused request is kept."""
    request = service.request
    try:
        result = run()
    except CaseInputError as error:
        return refuse(request, error)
    except BadRequest as error:
        # plone.restapi's deserializer reports field errors as a list of dicts.
        errors = error.args[0] if error.args else None
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            first = errors[0]
            field = first.get("field") or "body"
            return refuse(request, CaseInputError(field, str(first.get("message", ""))))
        raise
    if request.response.getStatus() >= 400:
        transaction.doom()
    return result
