"""The press office (issue 11): press releases and conferences, information campaigns on
the news of ``/aktualnosci``, and the press clippings archive of ``/kancelaria/prasa``."""

from plone import api

#: Where the news live (CONTRACT.md): each campaign's page is their listing of it.
NEWS = "aktualnosci"


def campaign_url(campaign_id):
    """The page of a campaign: the news listing narrowed to it."""
    return f"{api.portal.get().absolute_url()}/{NEWS}?campaign={campaign_id}"
