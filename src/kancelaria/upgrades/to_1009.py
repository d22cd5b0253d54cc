"""Profile 1009 (issue 13): the news items leave the navigation.

At 100,000 items the navigation's menu listed every news item on every page; the news are
read in ``/aktualnosci``. Nothing else changes: no type, workflow or permission.
"""


def upgrade(context):
    from kancelaria import structure

    structure.ensure_navigation_types()
