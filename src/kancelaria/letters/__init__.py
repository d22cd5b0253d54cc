"""Correspondence helpers: an e-mail saved from a mail program (``.eml``) becomes an
incoming letter (``eml``: the parser; ``mapping``: the letter's fields and files;
``fromeml``: the creation in a register); the register of correspondence (``query``: the
filters as one catalog query; ``export``: a letter as a row, the CSV/XLSX table); the files
inside a letter (``attachments``: history entries; ``pdftext``: a PDF's text for search)."""
