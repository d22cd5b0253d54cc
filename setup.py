"""Kancelaria: the mayor's office of a Polish city on Plone 6."""

from pathlib import Path
from setuptools import find_packages
from setuptools import setup

long_description = Path("README.md").read_text(encoding="utf-8")

setup(
    name="kancelaria",
    version="1.0.0.dev0",
    description=(
        "Plone 6 add-on for a Polish city mayor's office: registered cases, "
        "routing to departments, deadlines and the public registers."
    ),
    long_description=long_description,
    long_description_content_type="text/markdown",
    classifiers=[
        "Environment :: Web Environment",
        "Framework :: Plone",
        "Framework :: Plone :: 6.2",
        "Framework :: Plone :: Addon",
        "Programming Language :: Python :: 3.11",
        "Natural Language :: Polish",
        "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
    ],
    keywords="Plone kancelaria EZD JRWA interpelacje",
    license="GPL version 2",
    packages=find_packages("src"),
    package_dir={"": "src"},
    include_package_data=True,
    zip_safe=False,
    python_requires=">=3.10",
    install_requires=[
        "setuptools",
        "Plone",
        "plone.api",
        "plone.restapi",
        "plone.app.dexterity",
        "plone.app.registry",
        # The public site's caching rules (kancelaria.caching).
        "plone.app.caching",
        "collective.z3cform.datagridfield",
        "holidays",
        "openpyxl",
        # Documents: letters and receipts as PDF (needs Pango, scripts/system-deps.sh) and DOCX.
        "weasyprint",
        "python-docx",
        # The text of PDFs attached to letters, for the register's search.
        "pypdf",
    ],
    extras_require={
        "test": [
            "plone.app.testing",
            "plone.restapi[test]",
            "pytest",
            "pytest-plone",
            "pytest-xdist",
            "requests",
            "aiosmtpd",
            "playwright",
            "axe-playwright-python",
            "RelStorage",
            "psycopg2-binary",
            "time-machine",
            "hypothesis",
        ],
        "dev": [
            "ruff",
            "i18ndude",
            "zc.buildout",
        ],
        "relstorage": [
            "RelStorage[postgresql]",
        ],
    },
    entry_points={
        "z3c.autoinclude.plugin": ["target = plone"],
        "console_scripts": [
            "kancelaria-digest = kancelaria.scripts.digest:main",
        ],
    },
)
