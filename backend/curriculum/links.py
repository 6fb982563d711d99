"""Check that a URL still answers. Standard library only, no Django imports."""

import http.client
import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import IO
from urllib.parse import urlsplit

USER_AGENT = "LemmaLinkChecker/1.0 (+https://lemma.example/curation)"
MAX_PROBLEM = 300
PRIVATE_PROBLEM = "private address, not checked"


class PrivateAddressError(urllib.error.URLError):
    """A hop of the request would reach a private, loopback or otherwise internal address."""


def _resolve(host: str) -> list[str]:
    """Every address the host name resolves to (an IP literal resolves to itself)."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return [str(info[4][0]) for info in infos]


def _is_internal(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def host_is_private(host: str) -> bool:
    """True when any address the host resolves to is internal (private, loopback, link-local,
    multicast, reserved or unspecified). A name that does not resolve is not private: the
    connection then fails on its own and reports the DNS error.
    """
    try:
        addresses = _resolve(host.strip("[]"))
    except (OSError, UnicodeError):
        return False
    return any(_is_internal(address) for address in addresses)


def _refuse_private(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise PrivateAddressError("only http and https links can be checked")
    if not parts.hostname or host_is_private(parts.hostname):
        raise PrivateAddressError(PRIVATE_PROBLEM)


class _GuardedRedirectHandler(urllib.request.HTTPRedirectHandler):
    """Re-check the target of every redirect before following it."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        try:
            _refuse_private(newurl)
        except PrivateAddressError:
            fp.close()
            raise
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(*, allow_private: bool) -> urllib.request.OpenerDirector:
    if allow_private:
        return urllib.request.build_opener()
    return urllib.request.build_opener(_GuardedRedirectHandler)


@dataclass(frozen=True)
class LinkResult:
    ok: bool
    status_code: int | None
    final_url: str
    problem: str


def check_url(url: str, *, timeout: float, allow_private: bool = False) -> LinkResult:
    """GET the URL, following redirects (urllib follows at most 10), and read no body.

    A 2xx answer at the end of the redirects is ok; any error status, refused connection,
    DNS failure or a wait longer than `timeout` seconds on one socket operation is broken.
    Unless `allow_private`, the first URL and every redirect target whose host resolves to an
    internal address are refused before connecting, so curators cannot probe the server's
    network. (The name is resolved again to connect: a DNS answer that changes in between is
    not caught.)
    """
    if urlsplit(url).scheme not in ("http", "https"):
        return LinkResult(False, None, "", "only http and https links can be checked")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310
    try:
        if not allow_private:
            _refuse_private(url)
        with _opener(allow_private=allow_private).open(request, timeout=timeout) as response:
            return LinkResult(True, response.status, response.geturl(), "")
    except PrivateAddressError as exc:
        return LinkResult(False, None, url, str(exc.reason)[:MAX_PROBLEM])
    except urllib.error.HTTPError as exc:
        problem = f"HTTP {exc.code} {exc.reason}"
        return LinkResult(False, exc.code, exc.geturl() or url, problem[:MAX_PROBLEM])
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            return LinkResult(False, None, url, f"no answer within {timeout:g} s")
        return LinkResult(False, None, url, f"cannot connect: {exc.reason}"[:MAX_PROBLEM])
    except TimeoutError:
        return LinkResult(False, None, url, f"no answer within {timeout:g} s")
    except (OSError, ValueError) as exc:
        return LinkResult(False, None, url, f"cannot connect: {exc}"[:MAX_PROBLEM])
