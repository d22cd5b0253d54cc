"""Ceremonies and anniversaries (issue 12, item 3): the year's list generated from the
calendar of Polish state holidays and the city's anniversaries (``calendar``), the office's
records of the anniversaries (``settings``), ``POST /kancelaria/kalendarz/@ceremonies``
(``service``), the ceremony's page and the form on the calendar (``views``), the speech as
a document (``document``) and the upgrade of an existing site (``upgrade``). The type itself
is ``kancelaria.content.ceremony``; its workflow's Python side ``kancelaria.workflows.ceremony``.
"""
