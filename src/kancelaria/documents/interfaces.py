"""What the document views ask of an item: adapters, registered per type in ZCML."""

from zope.interface import Interface


class ILetterDocument(Interface):
    """An item's main document as a letter (``@@pdf``, ``@@docx``)."""

    def letter():
        """The ``model.Letter``, or ``None`` while there is nothing to print (a 404)."""

    def filename():
        """The file's name without its extension, from the case signature."""


class IReceiptDocument(Interface):
    """An incoming letter's receipt confirmation (``@@receipt``)."""

    def receipt():
        """The ``model.Receipt``."""

    def filename():
        """The file's name without its extension."""


class IAccessCode(Interface):
    """The access code a resident checks a case with (``/sprawdz-sprawe``), printed on the
    receipt. The part that generates the codes registers the adapter; without one, the
    receipt is printed without a code."""

    def code():
        """The code as the resident types it, or ``None``."""
