"""Kancelaria: the mayor's office on Plone 6."""

from zope.i18nmessageid import MessageFactory

import logging

PACKAGE_NAME = "kancelaria"

_ = MessageFactory(PACKAGE_NAME)

logger = logging.getLogger(PACKAGE_NAME)
