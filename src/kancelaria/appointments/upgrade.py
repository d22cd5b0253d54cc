"""Appointment requests on an existing site (profile 1007, ``upgrades/to_1007.PARTS``):
the type, its workflow and permissions arrive with the step's reimport and the calendar
register takes the type (``structure.ensure_folders``); this brings the part's records
(the office's values kept)."""


def update():
    from kancelaria.appointments import settings

    settings.register()
