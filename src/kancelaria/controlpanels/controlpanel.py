"""Control panel "Kancelaria": the Classic UI form and the ``@controlpanels/kancelaria`` panel."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldFactory
from kancelaria import _
from kancelaria.case.errors import CaseInputError
from kancelaria.controlpanels.widgets import keyed_table
from kancelaria.interfaces import IKancelariaLayer
from kancelaria.services import CaseService
from kancelaria.settings import PREFIX
from kancelaria.settings import IKancelariaSettings
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from plone.restapi.deserializer.controlpanels import ControlpanelDeserializeFromJson
from plone.restapi.interfaces import IDeserializeFromJson
from plone.z3cform import layout
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer
from zope.schema import getFields
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IDict
from zope.schema.interfaces import IObject

#: The settings edited as tables of rows (datagrids).
TABLES = ("departments", "councillors", "jrwa", "letter_kinds", "signatories", "letter_templates")


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
        for name in TABLES:
            self.fields[name].widgetFactory = DataGridFieldFactory
        # Tables with a row per case type / kind of case, named as the office names them.
        self.fields["type_jrwa"].widgetFactory = keyed_table(
            "kancelaria.CaseTypes", "kancelaria.JRWA"
        )
        self.fields["deadline_days"].widgetFactory = keyed_table("kancelaria.DeadlineKinds")

    def updateWidgets(self):
        super().updateWidgets()
        for name in TABLES:
            self.widgets[name].allow_reorder = True


KancelariaSettingsView = layout.wrap_form(KancelariaSettingsForm, ControlPanelFormWrapper)


class IKancelariaControlpanel(Interface):
    """Marker of the REST panel."""


@implementer(IKancelariaControlpanel)
@adapter(Interface, IKancelariaLayer)
class KancelariaControlpanel(RegistryConfigletPanel):
    """``GET/PATCH @controlpanels/kancelaria``."""

    schema = IKancelariaSettings
    schema_prefix = PREFIX
    configlet_id = "kancelaria"
    configlet_category_id = "Products"


def shape_error(field, value):
    """Whether ``value`` has the JSON shape ``field`` needs (a list, an object, rows of
    objects): plone.restapi's field deserializers fail with a 500 on the wrong one."""
    if ICollection.providedBy(field):
        if not isinstance(value, list):
            return _("error_json_list", default="a list is expected.")
        if IObject.providedBy(field.value_type) and not all(isinstance(v, dict) for v in value):
            return _("error_json_rows", default="each row must be an object.")
    if IDict.providedBy(field) and not isinstance(value, dict):
        return _("error_json_object", default="a JSON object is expected.")
    return None


@implementer(IDeserializeFromJson)
@adapter(IKancelariaControlpanel)
class KancelariaSettingsDeserializer(ControlpanelDeserializeFromJson):
    """``PATCH @controlpanels/kancelaria``: a body that is no JSON object, or a field of
    the wrong shape, is a 400 naming it (``CaseInputError``) before anything is set."""

    def __call__(self, mask_validation_errors=True):
        try:  # the body read the way every case service reads it
            data = CaseService.body(self)
        except CaseInputError as error:
            # Without the parser's error: a RecursionError chained to it breaks the
            # publisher's error handling, and the client would get a 500.
            raise CaseInputError(error.field, error.message) from None
        fields = getFields(self.schema)
        for name, value in data.items():
            if name in fields:
                message = shape_error(fields[name], value)
                if message is not None:
                    raise CaseInputError(name, message)
        return super().__call__(mask_validation_errors)
