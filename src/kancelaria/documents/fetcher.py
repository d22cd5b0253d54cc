"""WeasyPrint's only way out: the package's own static files, nothing else, ever.

A letter's body comes from people and scripts; ``richtext.clean`` already removes every
address from it, and this fetcher is the second wall: whatever reaches WeasyPrint (an image,
a style sheet, a font, an ``@import``) is read only when it is a file inside one of
``ROOTS``. ``http:``, ``https:``, ``ftp:``, ``data:``, ``file:`` outside the roots
(``file:///etc/passwd``) and paths that climb out of a root are refused, and WeasyPrint
renders on without them.
"""

from pathlib import Path
from urllib.parse import unquote
from urllib.parse import urlsplit
from weasyprint.urls import URLFetcher
from weasyprint.urls import URLFetcherResponse

import logging
import mimetypes

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
#: The directories a document may read from: its style sheet and the city's mark.
ROOTS = (HERE / "static", HERE.parent / "browser" / "static")


class RefusedURL(ValueError):
    """A document asked for something outside the package's static files."""


def local_path(url):
    """The file a ``file:`` URL names, when it lies inside one of ``ROOTS``; else ``None``."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return None
    path = Path(unquote(parts.path)).resolve()
    for root in ROOTS:
        if path.is_relative_to(root) and path.is_file():
            return path
    return None


class StaticOnlyFetcher(URLFetcher):
    """Serves the package's static files; refuses any other URL (logged, never fetched)."""

    def __init__(self):
        super().__init__(timeout=1, allowed_protocols=("file",), allow_redirects=False)
        self.refused = []

    def fetch(self, url, headers=None):
        path = local_path(url)
        if path is None:
            self.refused.append(url)
            logger.info("Document: refused to fetch %s", url[:200])
            raise RefusedURL(url)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            path.as_uri(), path.read_bytes(), headers={"Content-Type": media_type}
        )
