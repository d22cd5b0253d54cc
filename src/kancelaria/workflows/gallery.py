"""The gallery's workflow, Python side: what it holds follows it to the public site.

Images and files have no workflow of their own (they take the gallery's permissions);
links to films have Plone's, so they are published and retracted with their gallery, and
a link added to a published gallery is published at once."""

from plone import api


def _follow(link, state):
    if api.content.get_state(link, default=None) in (None, state):
        return
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=link, to_state=state)


def links_follow(gallery, event):
    """Subscriber: after the gallery's transition, its links are in its state."""
    if event.transition is None:
        return
    for item in gallery.objectValues():
        if getattr(item, "portal_type", None) == "Link":
            _follow(item, event.new_state.id)


def link_added(link, event):
    """Subscriber: a link added to a gallery takes the gallery's state."""
    from kancelaria.content.gallery import IGallery

    gallery = event.newParent
    if IGallery.providedBy(gallery):
        _follow(link, api.content.get_state(gallery))
