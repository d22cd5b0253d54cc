"""The case core every register shares: signature, deadline, routing, history.

Written once; every registered type enables the ``kancelaria.case`` behavior.
"""
