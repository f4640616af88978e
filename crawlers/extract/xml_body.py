"""Decode an XML API body safely: no entity expansion, no DTD or network fetch, HTML told apart."""

from __future__ import annotations

from typing import Any

from lxml import etree

from jobwatch.crawlers.extract.json_body import BodyError

# Entities stay unexpanded references (a "billion laughs" body costs nothing, an external entity
# never reads a file or URL); no DTD is loaded; trees deeper or bigger than libxml2's default
# limits are refused.
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
)


def load_xml(body: bytes | str) -> tuple[Any, BodyError | None]:
    """(root element, None) or (None, BodyError) for an empty, HTML or malformed body."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    head = data[:512].lstrip().lower()
    if not head:
        return None, BodyError("not_xml", "empty body")
    if head.startswith((b"<!doctype html", b"<html")):
        return None, BodyError("not_xml", "got HTML where XML was expected")
    if not head.startswith(b"<"):
        return None, BodyError("not_xml", "the body is not markup")
    try:
        return etree.fromstring(data, _PARSER), None
    except etree.XMLSyntaxError as exc:
        return None, BodyError("malformed_xml", str(exc))


def element_value(element: Any) -> Any:
    """An element as JSON-like data, for a posting's payload: a leaf is its text; a container of
    one repeated child tag (`<additionalOffices><office>`) a list; other containers a dict."""
    children = [child for child in element if isinstance(child.tag, str)]
    if not children:
        return "".join(element.itertext()).strip()
    tags = [child.tag for child in children]
    if len(set(tags)) == 1 and (len(tags) > 1 or element.tag.endswith("s")):
        return [element_value(child) for child in children]
    return {child.tag: element_value(child) for child in children}
