"""„Przekaż do wydziału” — the routing form of a case."""

from kancelaria import _
from kancelaria.browser.forms import CaseActionForm
from kancelaria.browser.forms import view_for
from kancelaria.case import routing
from z3c.form import field
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import Interface


class IRouteForm(Interface):
    departments = schema.List(
        title=_("Departments"),
        value_type=schema.Choice(vocabulary="kancelaria.Departments"),
        required=True,
    )
    comment = schema.Text(title=_("Comment"), required=False)


class RouteForm(CaseActionForm):
    label = _("Route to department")
    save_label = _("Route")
    fields = field.Fields(IRouteForm)
    fields["departments"].widgetFactory = CheckBoxFieldWidget
    success_message = _("The case was routed.")

    def updateWidgets(self):
        super().updateWidgets()
        if not self.request.form.get("form.buttons.save"):
            current = list(getattr(self.context, "departments", None) or [])
            self.widgets["departments"].value = current
            self.widgets["departments"].update()

    def apply(self, data):
        routing.route(self.context, data["departments"], data.get("comment") or "")


RouteFormView = view_for(RouteForm)
