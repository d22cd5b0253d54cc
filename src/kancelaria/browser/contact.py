"""``/kontakt``: the office's contact data from the registry (the same records as every
page's footer, so the two always agree), then the page's own text (the office's duties),
which the office edits as any page."""

from Products.Five import BrowserView


class ContactView(BrowserView):
    """The layout of the contact page (``kancelaria-contact``)."""
