"""Ceremonies on an existing site (profile 1007, ``upgrades/to_1007.PARTS``): the type, its
workflow, permissions and the calendar's allowed types arrive with the step's reimport; this
registers the office's anniversaries' record (idempotent: a value set stays)."""


def update():
    from kancelaria.ceremonies import settings

    settings.register()
