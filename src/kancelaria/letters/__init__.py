"""Correspondence helpers: an e-mail saved from a mail program (``.eml``) becomes an
incoming letter (``eml``: the parser; ``mapping``: the letter's fields and files;
``fromeml``: the creation in a register)."""
