"""One shape for every error answer (``ErrorResponse``) and what each route documents."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from inclucities_core.sync_protocol import ErrorResponse

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "token_invalid",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    422: "invalid_request",
    429: "too_many_attempts",
    500: "server_error",
}

_DESCRIPTIONS = {
    401: "No valid token: code token_invalid or token_expired; sign in again",
    403: "The user may not read this",
    404: "Not found",
    413: "The request body is larger than the server accepts",
    422: "The request does not fit the schema",
    429: "Too many failed sign-ins; try again after Retry-After seconds",
    500: "An unexpected error on the server (logged there)",
}


class ApiError(StarletteHTTPException):
    """An HTTP error with a stable ``code`` for programs and a ``detail`` for people."""

    def __init__(
        self, status_code: int, code: str, detail: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status_code=status_code, detail=detail, headers=headers)
        self.code = code


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route: each error status with the ErrorResponse body."""
    return {
        status: {"model": ErrorResponse, "description": _DESCRIPTIONS.get(status, "Error")}
        for status in (*statuses, 500)
    }


def _body(code: str, detail: str) -> dict[str, str]:
    return ErrorResponse(code=code, detail=detail).model_dump()


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    code = getattr(error, "code", None) or _CODES.get(error.status_code, "error")
    return JSONResponse(
        _body(code, str(error.detail)), status_code=error.status_code, headers=error.headers
    )


async def _validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    problems = []
    for item in error.errors()[:5]:
        where = ".".join(str(part) for part in item.get("loc", ()))
        problems.append(f"{where}: {item.get('msg', 'invalid')}")
    return JSONResponse(_body("invalid_request", "; ".join(problems) or "invalid request"), 422)


async def _server_error(request: Request, error: Exception) -> JSONResponse:
    log.exception("Unexpected error answering %s %s", request.method, request.url.path)
    return JSONResponse(
        _body("server_error", "The server met an unexpected error; it has been logged."), 500
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
