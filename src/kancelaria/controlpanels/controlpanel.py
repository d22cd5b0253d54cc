"""Control panel "Kancelaria": the Classic UI form and the ``@controlpanels/kancelaria`` panel."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldFactory
from kancelaria import _
from kancelaria.interfaces import IKancelariaLayer
from kancelaria.settings import PREFIX
from kancelaria.settings import IKancelariaSettings
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.z3cform import layout
from zope.component import adapter
from zope.interface import Interface


class KancelariaSettingsForm(RegistryEditForm):
    schema = IKancelariaSettings
    schema_prefix = PREFIX
    label = _("Kancelaria")
    description = _(
        "Settings of the Office of the Mayor: the unit symbol of signatures, departments, "
        "councillors, JRWA classes and deadlines."
    )

    def updateFields(self):
        super().updateFields()
        for name in ("departments", "councillors", "jrwa"):
            self.fields[name].widgetFactory = DataGridFieldFactory

    def updateWidgets(self):
        super().updateWidgets()
        for name in ("departments", "councillors", "jrwa"):
            self.widgets[name].allow_reorder = True


KancelariaSettingsView = layout.wrap_form(KancelariaSettingsForm, ControlPanelFormWrapper)


@adapter(Interface, IKancelariaLayer)
class KancelariaControlpanel(RegistryConfigletPanel):
    """``GET/PATCH @controlpanels/kancelaria``."""

    schema = IKancelariaSettings
    schema_prefix = PREFIX
    configlet_id = "kancelaria"
    configlet_category_id = "Products"
