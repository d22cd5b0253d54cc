"""Volume: a generator of realistic data for an office of a city of ~300,000 people.

``kancelaria.volume.generator.generate(portal, n, years)`` adds ``n`` items of every type of
the product (letters in and out, interpellations, meetings with directives, patronages,
appointments and requests, ceremonies, research orders, broadcasts, clippings, news,
bulletin issues, reports, galleries), received over the last ``years`` years, in Polish,
each made the way the product makes it (its add and transition subscribers run: signature
from the counters, deadline, access code, routing with local roles, history) and dated on
the days it says. What makes it fast: no CMFEditions versions (nobody edited these), no
e-mail, one commit every few hundred items. ``scripts/generate.py`` runs it
(``make generate``); ``benchmarks/volume.py`` grows its site with it.
"""
