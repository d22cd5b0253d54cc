"""Query parameters of the listings, read one way by the REST services and the pages.

A service refuses a bad value with ``CaseInputError`` naming the parameter (a 400); a page
shows its first page for a bad ``b_start`` (a mistyped link still shows the list).
"""

from kancelaria import _
from kancelaria.case.errors import CaseInputError

#: The largest page a listing serves at once.
MAX_PAGE_SIZE = 1000
#: ``within`` of ``@deadlines``: up to ten years ahead.
MAX_WITHIN_DAYS = 3660


def text(form, name):
    """One string value of ``name`` (``None`` when absent or empty)."""
    value = form.get(name)
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise CaseInputError(name, _("error_param_one_value", default="give one value."))
    return value


def integer(form, name, default, minimum, maximum):
    """A whole number from ``minimum`` to ``maximum``; ``default`` when absent or empty."""
    value = text(form, name)
    if value is None:
        return default
    value = value.strip()
    digits = value[1:] if value[:1] in "+-" else value
    number = int(value) if digits.isascii() and digits.isdigit() and len(digits) < 16 else None
    if number is None or number < minimum or number > maximum:
        raise CaseInputError(
            name,
            _(
                "error_param_integer",
                default="give a whole number from ${minimum} to ${maximum}.",
                mapping={"minimum": minimum, "maximum": maximum},
            ),
        )
    return number


def batch(form):
    """``(b_start, b_size)`` of a REST listing."""
    return (
        integer(form, "b_start", 0, 0, 10**9),
        integer(form, "b_size", 25, 1, MAX_PAGE_SIZE),
    )


def page_start(form):
    """``b_start`` of a page: a bad value shows the first page."""
    try:
        return integer(form, "b_start", 0, 0, 10**9)
    except CaseInputError:
        return 0
