"""A settings table keyed by names the office knows: one labelled row per key.

``type_jrwa`` and ``deadline_days`` are dicts in the registry (and over REST); the form
shows them as tables whose rows are named by a vocabulary — “Interpelacja” → class
“0003 — Wnioski, interpelacje i zapytania radnych”, “Wniosek komisji” → 30 days — instead
of z3c.form's key/value rows with internal keys. Keys the vocabulary does not name (a type
since removed) keep a row under their key, so saving the form never drops a value; an
emptied row removes its key.
"""

from kancelaria import _
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from z3c.form.browser.widget import HTMLFormElement
from z3c.form.converter import BaseDataConverter
from z3c.form.converter import FormatterValidationError
from z3c.form.interfaces import DISPLAY_MODE
from z3c.form.interfaces import NO_VALUE
from z3c.form.interfaces import IFieldWidget
from z3c.form.interfaces import IWidget
from z3c.form.widget import FieldWidget
from z3c.form.widget import Widget
from zope.component import adapter
from zope.component import getUtility
from zope.i18n import translate
from zope.interface import implementer
from zope.schema.interfaces import IDict
from zope.schema.interfaces import IInt
from zope.schema.interfaces import IVocabularyFactory


class IKeyedTableWidget(IWidget):
    """A dict field as a table of labelled rows."""


@implementer(IKeyedTableWidget)
class KeyedTableWidget(HTMLFormElement, Widget):
    klass = "kancelaria-keyed-table"
    #: The vocabulary naming the rows (its terms' values are the dict's keys).
    keys_vocabulary = None
    #: The vocabulary of a row's value (a select); ``None``: a number or a text input.
    values_vocabulary = None
    choose = _("— choose —")

    input_template = ViewPageTemplateFile("templates/keyed_table.pt")

    def render(self):
        return self.input_template()

    def _vocabulary(self, name):
        return getUtility(IVocabularyFactory, name)(self.context)

    def _tr(self, message):
        return translate(message, context=self.request)

    def _key(self, key):
        return f"{self.name}.{key}"

    def keys(self):
        """``(key, title)`` of every row: the vocabulary's, then the value's own others."""
        rows = [(t.value, self._tr(t.title)) for t in self._vocabulary(self.keys_vocabulary)]
        named = {key for key, _title in rows}
        rows.extend((key, key) for key in (self.value or {}) if key not in named)
        return rows

    def options(self, current):
        if self.values_vocabulary is None:
            return None
        options = [{"value": "", "title": self._tr(self.choose)}]
        options.extend(
            {"value": t.token, "title": self._tr(t.title)}
            for t in self._vocabulary(self.values_vocabulary)
        )
        if current and current not in {o["value"] for o in options}:
            options.append({"value": current, "title": current})  # a class since removed
        for option in options:
            option["selected"] = option["value"] == current
        return options

    def rows(self):
        value = self.value or {}
        return [
            {
                "key": key,
                "title": title,
                "name": self._key(key),
                "id": f"{self.id}-{key}",
                "value": value.get(key, ""),
                "options": self.options(value.get(key, "")),
            }
            for key, title in self.keys()
        ]

    def headers(self):
        return self._tr(self.field.key_type.title), self._tr(self.field.value_type.title)

    def number(self):
        return IInt.providedBy(self.field.value_type)

    def display(self):
        return self.mode == DISPLAY_MODE

    def extract(self, default=NO_VALUE):
        """``{key: text}`` of the rows the form had (``.present`` marks the table)."""
        form = self.request.form
        marker = f"{self.name}.present"
        if marker not in form:
            return default
        prefix = f"{self.name}."
        return {
            name[len(prefix) :]: str(text).strip()
            for name, text in form.items()
            if name.startswith(prefix) and name != marker
        }


def keyed_table(keys_vocabulary, values_vocabulary=None):
    """The widget factory a form sets on a dict field: rows named by ``keys_vocabulary``,
    values chosen from ``values_vocabulary`` (or typed in)."""

    @implementer(IFieldWidget)
    def factory(field, request):
        widget = FieldWidget(field, KeyedTableWidget(request))
        widget.keys_vocabulary = keys_vocabulary
        widget.values_vocabulary = values_vocabulary
        return widget

    return factory


@adapter(IDict, IKeyedTableWidget)
class KeyedTableConverter(BaseDataConverter):
    """``{key: value}`` of the field ↔ ``{key: text}`` of the widget; an empty row is no key."""

    def toWidgetValue(self, value):
        return {key: str(item) for key, item in (value or {}).items()}

    def toFieldValue(self, value):
        result = {}
        for key, text in (value or {}).items():
            if text == "":
                continue
            result[key] = self._value(key, text)
        return result

    def _value(self, key, text):
        if not IInt.providedBy(self.field.value_type):
            return text
        try:
            return int(text)
        except ValueError:
            raise FormatterValidationError(
                _(
                    "error_not_a_number",
                    default="'${value}' (${key}) is not a whole number.",
                    mapping={"value": text, "key": key},
                ),
                text,
            ) from None
