"""axe-core (bundled by axe-playwright-python, nothing fetched) on a page of the browser."""

from axe_playwright_python.sync_playwright import Axe

_AXE = Axe()

#: The impacts a public page may not have (WCAG 2.1 AA, act of 4 April 2019).
BLOCKING = ("serious", "critical")


def blocking_violations(page):
    """axe's violations of impact serious or critical on the page as it is now, each as
    ``"rule (impact): targets"``; an empty list when there are none."""
    response = _AXE.run(page).response
    return [
        f"{v['id']} ({v['impact']}): {[node['target'] for node in v['nodes']]}"
        for v in response["violations"]
        if v["impact"] in BLOCKING
    ]
