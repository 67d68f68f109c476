"""HTTP calls to the sync server, every answer checked against the protocol's models.

``SyncClient`` wraps one ``requests.Session``:

- trust comes from the operating system's certificate store (truststore), plus an optional
  CA bundle file the user names (an organisation's own authority), never from certifi;
- proxies come from the environment (``HTTPS_PROXY``, ``NO_PROXY``...) and, on Windows and
  macOS, from the system settings: ``requests`` asks ``urllib.request.getproxies()`` when
  ``trust_env`` is on, which reads the registry or SystemConfiguration there;
- every answer is read with a size and time limit and validated with the pydantic models
  of ``inclucities_core.sync_protocol``: anything else raises ``ProtocolError`` before a
  caller could write any of it;
- failures become the exceptions of ``sync.errors``, each with a message for the user.
"""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Sequence
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
import truststore
from pydantic import BaseModel, TypeAdapter, ValidationError
from requests.adapters import HTTPAdapter

from inclucities_core.sync_protocol import (
    API_PREFIX,
    MAX_PULL_PAGE,
    ChangeIn,
    ConflictOut,
    Directory,
    ErrorResponse,
    LoginRequest,
    LoginResponse,
    PlanAtRevision,
    PullResponse,
    PushRequest,
    PushResponse,
    UserOut,
)
from inclucities_desktop.sync.errors import (
    PermissionDenied,
    ProtocolError,
    ServerError,
    ServerUnreachable,
    SessionExpired,
    SyncError,
    Throttled,
    TlsError,
    WrongPassword,
)

CONNECT_TIMEOUT = 10.0  # seconds to open a connection
READ_TIMEOUT = 60.0  # seconds for a whole answer (a big pull page on a slow line)
# An answer larger than this is refused rather than read into memory: a pull page holds at
# most MAX_PULL_PAGE values, and a section's Markdown is rarely above a few megabytes.
MAX_ANSWER_BYTES = 256 * 1024 * 1024
_CHUNK = 256 * 1024

Model = TypeVar("Model", bound=BaseModel)
_CONFLICT_LIST = TypeAdapter(list[ConflictOut])


def normalise_server_url(url: str) -> str:
    """The server's base URL without a trailing slash; a SyncError when it cannot be one."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(
            f"{url!r} is not a server address; it should look like https://sync.example.org"
        )
    if parts.query or parts.fragment:
        raise SyncError(f"A server address has no '?' or '#' part: {url!r}")
    return f"{parts.scheme}://{parts.netloc.lower()}{parts.path}"


def trust_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """The operating system's trust store, plus the certificates in ``ca_bundle``."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_bundle:
        try:
            context.load_verify_locations(cafile=ca_bundle)
        except (OSError, ssl.SSLError) as error:
            raise TlsError(
                f"The CA bundle {ca_bundle} cannot be used ({error}). Check the CA bundle "
                "setting: it should name a PEM file of certificates."
            ) from error
    return context


class _TrustStoreAdapter(HTTPAdapter):
    """An adapter whose connections verify against one SSL context and nothing else."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._context = context
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self._context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = self._context
        return super().proxy_manager_for(*args, **kwargs)

    def build_connection_pool_key_attributes(
        self, request: Any, verify: Any, cert: Any = None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        host, pool = super().build_connection_pool_key_attributes(request, verify, cert)
        pool["ssl_context"] = self._context
        pool["cert_reqs"] = "CERT_REQUIRED"
        return host, pool

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        # requests would add certifi's bundle to the context here; trust is the context's.
        conn.cert_reqs = "CERT_REQUIRED"
        conn.ca_certs = None
        conn.ca_cert_dir = None


class _Bearer(requests.auth.AuthBase):
    """Sends the token; as the session's auth it also keeps ~/.netrc from replacing it."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if self._client.token:
            request.headers["Authorization"] = f"Bearer {self._client.token}"
        return request


class SyncClient:
    """One sync server's API, called with the signed-in user's token."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.base_url = normalise_server_url(base_url)
        self.token = token
        self.timeout = timeout
        self.max_answer_bytes = max_answer_bytes
        self.session = requests.Session()
        self.session.trust_env = True  # proxies from the environment and the system
        self.session.auth = _Bearer(self)
        self.session.headers["User-Agent"] = "IncluCities-Desktop"
        self.session.mount("https://", _TrustStoreAdapter(trust_context(ca_bundle)))

    def close(self) -> None:
        self.session.close()

    # -- the calls --------------------------------------------------------------------

    def login(self, username: str, password: str) -> LoginResponse:
        body = LoginRequest(username=username, password=password).model_dump()
        answer = self._call("POST", "/auth/login", json_body=body, signing_in=True)
        return self._parse(answer, LoginResponse)

    def logout(self) -> None:
        self._call("POST", "/auth/logout")

    def me(self) -> UserOut:
        return self._parse(self._call("GET", "/me"), UserOut)

    def directory(self) -> Directory:
        return self._parse(self._call("GET", "/directory"), Directory)

    def push(self, changes: Sequence[ChangeIn]) -> PushResponse:
        request = PushRequest(changes=list(changes))
        answer = self._parse(
            self._call("POST", "/sync/push", json_body=request.model_dump(mode="json")),
            PushResponse,
        )
        sent = [change.change_id for change in changes]
        got = [result.change_id for result in answer.results]
        if got != sent:
            raise ProtocolError(
                f"The sync server at {self.base_url} answered a push of {len(sent)} changes "
                f"with results for other changes ({len(got)} results); none was used."
            )
        return answer

    def pull(self, after: int, access_key: str | None, limit: int = MAX_PULL_PAGE) -> PullResponse:
        params: dict[str, Any] = {"after": after, "limit": limit}
        if access_key:
            params["access_key"] = access_key
        answer = self._parse(self._call("GET", "/sync/pull", params=params), PullResponse)
        self._check_page(answer, after)
        return answer

    def plan_at(self, plan_id: str, revision: int) -> PlanAtRevision:
        """The plan as the server held it at ``revision`` (a version to compare or restore)."""
        answer = self._parse(
            self._call("GET", f"/plans/{quote(plan_id, safe='')}/at/{int(revision)}"),
            PlanAtRevision)
        if answer.plan_id != plan_id or any(c.plan_id != plan_id for c in answer.changes):
            raise ProtocolError(
                f"The sync server at {self.base_url} answered with another plan's version; "
                "none of it was used.")
        return answer

    def conflicts(self) -> list[ConflictOut]:
        data = self._json(self._call("GET", "/conflicts"))
        try:
            return _CONFLICT_LIST.validate_python(data)
        except ValidationError as error:
            raise self._invalid(error) from error

    def resolve_conflict(self, conflict_id: str) -> None:
        self._call("POST", f"/conflicts/{quote(conflict_id, safe='')}/resolve")

    # -- checking answers ---------------------------------------------------------------

    def _check_page(self, page: PullResponse, after: int) -> None:
        floor = 0 if page.reset else after
        revisions = [change.revision for change in page.changes]
        if any(revision <= floor for revision in revisions) or revisions != sorted(revisions):
            raise ProtocolError(
                f"The sync server at {self.base_url} sent changes out of order or from "
                "before the cursor; none was used."
            )
        if page.cursor < (revisions[-1] if revisions else floor):
            raise ProtocolError(
                f"The sync server at {self.base_url} sent a cursor behind its own changes; "
                "none was used."
            )
        if page.has_more and not revisions:
            raise ProtocolError(
                f"The sync server at {self.base_url} said more changes follow but sent none; "
                "stopped so as not to ask forever."
            )

    def _parse(self, data: bytes, model: type[Model]) -> Model:
        try:
            return model.model_validate_json(data)
        except ValidationError as error:
            raise self._invalid(error) from error

    def _json(self, data: bytes) -> Any:
        try:
            return json.loads(data)
        except (ValueError, RecursionError) as error:
            raise ProtocolError(
                f"The sync server at {self.base_url} sent an answer that is not valid JSON; "
                "nothing of it was used."
            ) from error

    def _invalid(self, error: ValidationError) -> ProtocolError:
        first = error.errors()[0]
        if first["type"] == "json_invalid":
            what = "an answer that is not valid JSON"
        else:
            where = ".".join(str(part) for part in first["loc"]) or "the answer"
            what = f"an answer the app does not understand ({where}: {first['msg']})"
        return ProtocolError(
            f"The sync server at {self.base_url} sent {what}; nothing of it was used. "
            "It may run another version of the server."
        )

    # -- the HTTP exchange -----------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        signing_in: bool = False,
    ) -> bytes:
        url = f"{self.base_url}{API_PREFIX}{path}"
        deadline = time.monotonic() + self.timeout[0] + self.timeout[1]
        try:
            with self.session.request(
                method, url, json=json_body, params=params, timeout=self.timeout, stream=True
            ) as response:
                body = self._read(response, deadline)
        except requests.exceptions.SSLError as error:
            raise TlsError(
                f"The secure connection to {self.base_url} failed: its certificate is not "
                f"trusted or not valid ({_reason(error)}). If your organisation uses its own "
                "certificate authority, name its certificate file in the CA bundle setting."
            ) from error
        except requests.exceptions.Timeout as error:
            raise ServerUnreachable(
                f"The sync server at {self.base_url} did not answer in time. Your edits are "
                "kept; sync again later."
            ) from error
        except (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as error:
            raise ServerUnreachable(
                f"Cannot reach the sync server at {self.base_url} ({_reason(error)}). Check "
                "the address and the network connection; your edits are kept."
            ) from error
        except requests.exceptions.InvalidURL as error:
            raise SyncError(f"{self.base_url} is not a usable server address.") from error
        self._raise_for_status(response, body, signing_in)
        return body

    def _read(self, response: requests.Response, deadline: float) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_answer_bytes:
            raise self._too_big()
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > self.max_answer_bytes:
                raise self._too_big()
            if time.monotonic() > deadline:
                raise requests.exceptions.ReadTimeout("the answer came too slowly")
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_big(self) -> ProtocolError:
        return ProtocolError(
            f"The sync server at {self.base_url} sent an answer larger than "
            f"{self.max_answer_bytes // (1024 * 1024)} MB; it was not read."
        )

    def _raise_for_status(self, response: requests.Response, body: bytes, signing_in: bool) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        code, detail = _error_body(body)
        said = f" The server said: {detail}" if detail else ""
        if status == 401:
            if signing_in:
                raise WrongPassword("The user name or password is not right." + said)
            raise SessionExpired(
                "Your session with the sync server has ended"
                + (" (it expired)" if code == "token_expired" else "")
                + ". Please sign in again; your edits are kept."
            )
        if status == 429:
            wait = _retry_after(response.headers.get("Retry-After"))
            when = f" Try again in {wait:.0f} seconds." if wait is not None else ""
            raise Throttled("The sync server asks to wait a moment." + when, wait)
        if status == 403:
            raise PermissionDenied("Your account may not do this." + said)
        if status >= 500:
            raise ServerError(
                f"The sync server at {self.base_url} had a problem (HTTP {status}). Your edits "
                "are kept; sync again later." + said
            )
        if status == 404 and not code:
            raise ProtocolError(
                f"{self.base_url} does not answer like an IncluCities sync server (HTTP 404). "
                "Check the server address."
            )
        raise ProtocolError(
            f"The sync server at {self.base_url} refused the request (HTTP {status})." + said
        )


def _error_body(body: bytes) -> tuple[str, str]:
    """The ``code`` and a printable ``detail`` of an error answer, or empty strings."""
    try:
        error = ErrorResponse.model_validate_json(body)
    except ValidationError:
        return "", ""
    detail = " ".join(error.detail.split())
    return error.code, detail[:300]


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def _reason(error: Exception) -> str:
    """A short cause for an error from requests/urllib3, without the nested reprs."""
    text = str(error)
    for marker, reason in (
        ("Connection refused", "connection refused"),
        ("Name or service not known", "host name not found"),
        ("nodename nor servname", "host name not found"),
        ("getaddrinfo failed", "host name not found"),
        ("Temporary failure in name resolution", "host name not found"),
        ("CERTIFICATE_VERIFY_FAILED", "certificate verify failed"),
        ("certificate verify failed", "certificate verify failed"),
        ("hostname mismatch", "the certificate is for another host name"),
        ("ProxyError", "the proxy failed"),
        ("Remote end closed connection", "the connection closed without an answer"),
        ("Connection reset", "the connection was reset"),
        ("Connection aborted", "the connection was aborted"),
    ):
        if marker in text:
            return reason
    return text.splitlines()[0][:200] if text else type(error).__name__
