"""One JSON error shape for the whole API.

    {"error": {"status": 400, "code": "invalid", "message": "...", "fields": {"email": ["..."]}}}

`fields` appears only on validation errors and names each offending field; a nested field is
named by its path ("variables.0", "items.2.answer"), so every entry is a list of messages.
"""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

from .throttling import wait_in_words


def _flatten(detail: Any) -> Any:
    if isinstance(detail, dict):
        return {key: _flatten(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_flatten(item) for item in detail]
    return str(detail)


def _field_errors(detail: Any, path: str = "") -> dict[str, list[str]]:
    """DRF nests the errors of list items and nested serializers ({"variables": {0: [...]}});
    name each by its path instead, so `fields` keeps the documented {field: [message]} shape."""
    if isinstance(detail, dict):
        entries: Any = detail.items()
    elif isinstance(detail, list) and any(isinstance(item, dict | list) for item in detail):
        entries = enumerate(detail)  # many=True: one (possibly empty) error dict per item
    else:
        messages = detail if isinstance(detail, list) else [detail]
        return {path: [str(message) for message in messages]}
    fields: dict[str, list[str]] = {}
    for key, value in entries:
        fields.update(_field_errors(value, f"{path}.{key}" if path else str(key)))
    return fields


def error_body(*, status_code: int, code: str, message: str, fields: Any = None) -> dict:
    body: dict[str, Any] = {"status": status_code, "code": code, "message": message}
    if fields:
        body["fields"] = fields
    return {"error": body}


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()

    response = exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response

    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail
        if isinstance(detail, dict):
            fields = _field_errors(detail)
            non_field = fields.pop("non_field_errors", None)
            message = non_field[0] if non_field else "Some fields need attention."
        else:
            fields = None
            messages = _flatten(detail)
            message = messages[0] if messages else "The request is not valid."
        response.data = error_body(
            status_code=response.status_code, code="invalid", message=message, fields=fields
        )
        return response

    codes = exc.get_codes()
    code = codes if isinstance(codes, str) else "error"
    message = str(exc.detail)
    if isinstance(exc, exceptions.Throttled):
        # DRF has already set Retry-After; say the same in words.
        wait = getattr(exc, "wait", None)
        message = "Too many requests. " + (
            f"Try again in {wait_in_words(wait)}." if wait else "Try again later."
        )
    response.data = error_body(status_code=response.status_code, code=code, message=message)
    return response
