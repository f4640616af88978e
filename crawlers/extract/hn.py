"""HN "Ask HN: Who is hiring?" via the Algolia HN API: the newest thread, then one posting per role
of each top-level comment (`items/{id}` gives the whole thread; replies are not postings)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.board_common import PagedResult, load_page, text
from jobwatch.crawlers.extract.hn_comment import comment_roles
from jobwatch.crawlers.extract.hn_dash import dash_header
from jobwatch.crawlers.extract.hn_header import Header, parse_header, split_head, strip_tags
from jobwatch.crawlers.extract.hn_places import merged, noted, placed
from jobwatch.crawlers.extract.hn_prose import prose_header
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.hn_body import Role

SOURCE = "hn"
ITEM_URL = "https://news.ycombinator.com/item?id={id}"
HIRING_TITLE = re.compile(r"\bwho\s+is\s+hiring\b", re.I)  # not "Who wants to be hired?"
DELETED_TEXTS = {"[deleted]", "[flagged]", "[dead]"}


def find_thread(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> PagedResult:
    """The newest "Who is hiring?" story among `search_by_date?tags=story,author_whoishiring` hits;
    `notes` holds its `thread_id` and `title`. The account's other monthly threads are skipped."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_page(body, page)
    if failed is not None:
        return PagedResult(errors=failed.errors, page_failed=True)
    hits = data.get("hits") if isinstance(data, dict) else None
    if not isinstance(hits, list):
        return _failed(page, "unexpected_shape", 'expected an object with a "hits" list', body)
    threads = [
        h
        for h in hits
        if isinstance(h, dict)
        and HIRING_TITLE.search(str(h.get("title") or ""))
        and str(h.get("objectID") or "").isdigit()
    ]
    if not threads:
        detail = f'no "Who is hiring?" story among {len(hits)} hits'
        return _failed(page, "no_thread", detail, body)
    newest = max(threads, key=lambda h: int(h.get("created_at_i") or 0))
    return PagedResult(notes={"thread_id": str(newest["objectID"]), "title": newest.get("title")})


def extract_thread(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> PagedResult:
    """Postings of every top-level comment; deleted comments and comments that are not postings
    are quarantined with their reason (so they are counted, never silently dropped)."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_page(body, page)
    if failed is not None:
        return PagedResult(errors=failed.errors, page_failed=True)
    if not isinstance(data, dict) or not isinstance(data.get("children"), list):
        return _failed(page, "unexpected_shape", 'expected an item with a "children" list', body)
    result = PagedResult(notes={"comments": len(data["children"])})
    for comment in data["children"]:
        postings, problem = comment_postings(comment, page)
        if problem:
            result.errors.append(page.quarantine(*problem, _without_replies(comment)))
        result.items.extend(p.to_dict() for p in postings)
    return result


def _failed(page: Page, reason: str, detail: str, body: Any) -> PagedResult:
    return PagedResult(errors=page.failed(reason, detail, body).errors, page_failed=True)


def _without_replies(comment: Any) -> Any:
    """The comment as the API gave it, minus its replies (other people's items, not the posting)."""
    if isinstance(comment, dict):
        return {k: v for k, v in comment.items() if k != "children"}
    return comment


def comment_postings(comment: Any, page: Page) -> tuple[list[RawPosting], tuple[str, str] | None]:
    """One posting per role the comment names, or the reason there is none."""
    if not isinstance(comment, dict) or text(comment.get("id")) is None:
        return [], ("unexpected_shape", "a comment without an id")
    body = text(comment.get("text"))
    if body is None or strip_tags(body) in DELETED_TEXTS or comment.get("deleted"):
        return [], ("deleted", "the comment was deleted or flagged")
    head, rest = split_head(body)
    header = parse_header(head) or dash_header(head)
    prose = header is None
    header = header or prose_header(body)
    if header is None:
        return [], (
            "not_a_posting",
            "no 'Company | Role | Location' header, nor a named company over role lines",
        )
    roles = comment_roles(header, rest)
    roles = merged([placed(r) for r in roles]) if prose else [noted(r) for r in roles]
    if not roles:
        fields = " | ".join(header.fields)
        return [], ("missing_required", f"no role in the header {fields!r} or the body")
    cid = str(comment["id"])
    return [
        _posting(comment, _fields(header, role), role.title, page, source_id=source_id)
        for role, source_id in zip(roles, _ids(cid, len(roles)), strict=True)
    ], None


def _ids(cid: str, count: int) -> list[str]:
    return [cid] if count == 1 else [f"{cid}-{i}" for i in range(1, count + 1)]


def _fields(header: Header, role: Role) -> Header:
    """The comment's header with what the role's own header line states instead."""
    own = role.fields
    if own is None:
        return header
    return Header(
        company=header.company,
        location=own.location or header.location,
        remote=own.remote or header.remote,
        salary=own.salary or header.salary,
        employment=own.employment or header.employment,
        url=own.url or header.url,
        fields=own.fields,
    )


def _posting(
    comment: dict[str, Any], header: Header, title: str, page: Page, *, source_id: str
) -> RawPosting:
    description_html = str(comment["text"])
    payload = _without_replies(comment)
    return RawPosting(
        **page.stamp(),
        source_id=source_id,
        title=title,
        url=ITEM_URL.format(id=comment["id"]),  # the link the posting names is in the text
        company=strip_tags(header.company) if header.company else None,
        location_raw=header.location,
        remote_raw=header.remote,
        employment_type_raw=header.employment,
        department_raw=None,
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=header.salary,
        salary_structured=None,
        posted_at_raw=text(comment.get("created_at")),
        updated_at_raw=None,
        payload=payload,
    )
