"""What the register pages share: their filters read leniently (a bad one is left out, named
in an alert, and the page answers 400), the result count, the column sort, the department
column and filter for staff, and a layout that turns rows into cards on a narrow screen
(``static/registers.css``)."""

from kancelaria import clock
from kancelaria import settings
from kancelaria.case import filters as common
from kancelaria.case import labels
from kancelaria.case import listing
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from urllib.parse import urlencode


class RegisterListing:
    """A mixin for a ``BrowserView``; ``read_filters()`` in ``__call__`` (it sets the 400)."""

    cleaners = common.CLEANERS
    #: The column the listing is sorted by when none is asked for (``None``: another order).
    default_sort_on = None
    #: Rows a page.
    b_size = 50
    listing_macros = ViewPageTemplateFile("templates/listing_macros.pt")

    def __call__(self):
        self.today = clock.today()
        self.read_filters()
        return self.index()

    def read_filters(self):
        self._filters, self._errors = common.parse_lenient(self.request.form, self.cleaners)
        if self._errors:
            self.request.response.setStatus(400)

    @property
    def filters(self):
        if not hasattr(self, "_filters"):
            self.read_filters()
        return self._filters

    @property
    def errors(self):
        if not hasattr(self, "_errors"):
            self.read_filters()
        return self._errors

    def error_messages(self):
        return [f"{error.field}: {error.translated(self.request)}" for error in self.errors]

    def narrowed(self):
        """Whether the listing shows less than the whole register."""
        return any(value is not None for name, value in self.filters.items() if "sort" not in name)

    # Links and the form

    def form_action(self):
        return self.request.get("ACTUAL_URL") or self.context.absolute_url()

    def query_string(self, **extra):
        params = {k: v for k, v in self.filters.items() if v is not None}
        params.update(extra)
        return urlencode({k: v for k, v in params.items() if v is not None})

    def selected(self, name, value):
        return str(self.filters.get(name)) == str(value) or None

    # Who is looking

    def shows_departments(self):
        """Staff (the office, the mayor, a department) see where cases were routed."""
        if not hasattr(self, "_shows_departments"):
            self._shows_departments = listing.own_departments() != []
        return self._shows_departments

    def department_options(self):
        rows = settings.departments()
        return [rows[symbol] for symbol in common.allowed_departments()]

    # Sorting

    def sorted_by(self):
        """``(sort_on, sort_order)`` the rows are in (``(None, None)``: the register's own)."""
        sort_on = self.filters.get("sort_on") or self.default_sort_on
        if sort_on is None:
            return None, None
        return sort_on, common.sort_order({**self.filters, "sort_on": sort_on})

    def aria_sort(self, column):
        sort_on, order = self.sorted_by()
        return order if column == sort_on else None

    def sort_link(self, column):
        """The listing sorted by ``column``: the other way round when it is already."""
        sort_on, order = self.sorted_by()
        if column == sort_on:
            new = "ascending" if order == "descending" else "descending"
        else:
            new = common.DEFAULT_ORDER[column]
        return f"{self.form_action()}?{self.query_string(sort_on=column, sort_order=new)}"

    def sort_columns(self):
        return list(common.SORTS)

    # Rows

    def state_title(self, state, portal_type):
        if not isinstance(state, str):
            return ""  # no workflow: the catalog's Missing.Value
        key = (state, portal_type)
        self._state_titles = getattr(self, "_state_titles", {})
        if key not in self._state_titles:
            self._state_titles[key] = labels.state_title(state, portal_type, self.request)
        return self._state_titles[key]
