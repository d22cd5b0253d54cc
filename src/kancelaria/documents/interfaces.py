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


class IMinutesDocument(Interface):
    """A meeting's minutes (``@@pdf``, ``@@docx`` of a meeting)."""

    def minutes():
        """The ``model.Minutes``, or ``None`` while no minutes are written (a 404)."""

    def filename():
        """The file's name without its extension, from the meeting's number."""
