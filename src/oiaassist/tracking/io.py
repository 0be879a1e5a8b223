"""Reading request files, with errors a person can act on.

A malformed file becomes one :class:`~oiaassist.errors.RequestFileError`
naming the file, where in it, and what is wrong — never a traceback or a
page of pydantic output.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from oiaassist.errors import OiaAssistError, RequestFileError
from oiaassist.files import ReadRefusedError, read_limited
from oiaassist.tracking.events import Request

_REQUESTS = TypeAdapter(list[Request])


def describe_validation_error(exc: ValidationError, source: str) -> str:
    """The first problem in one line: ``source: events[1].date: input should be a valid date``."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    where = "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]
    ).lstrip(".")
    # Discriminated unions put the event type in the path ("events[1].decision_notified.x").
    message = str(first["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    last = str(first["loc"][-1]) if first["loc"] else ""
    if last and message.startswith(f"{last}: "):  # our InputError already names the field
        message = message[len(last) + 2 :]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    location = f"{where}: " if where else ""
    return f"{source}: {location}{message}{more}"


MAX_REQUEST_FILE = 256 * 1024 * 1024
"""A JSON file of requests is at most this big (100,000 requests are about 100 MB)."""


def _read_text(path: Path) -> str:
    try:
        return read_limited(path, MAX_REQUEST_FILE).decode("utf-8-sig")
    except ReadRefusedError as exc:
        raise RequestFileError(f"{path}: {exc}") from None
    except FileNotFoundError:
        raise RequestFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise RequestFileError(f"{path}: is a folder, not a file") from None
    except UnicodeDecodeError:
        raise RequestFileError(f"{path}: is not UTF-8 text") from None
    except OSError as exc:
        raise RequestFileError(f"{path}: cannot be read ({exc.strerror})") from None


def parse_json(text: str, source: str) -> Any:
    """Parse JSON, reporting a syntax error with its line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RequestFileError(
            f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None


def request_from_data(data: Any, source: str) -> Request:
    """Validate one request from parsed JSON."""
    try:
        return Request.model_validate(data)
    except ValidationError as exc:
        raise RequestFileError(describe_validation_error(exc, source)) from None
    except OiaAssistError as exc:  # e.g. an unknown Act raised inside a validator
        raise RequestFileError(f"{source}: {exc}") from None


def load_request(path: str | Path) -> Request:
    """Read one request from a JSON file."""
    file = Path(path)
    return request_from_data(parse_json(_read_text(file), str(file)), str(file))


def load_requests_json(path: str | Path) -> list[Request]:
    """Read a JSON file holding one request or a list of them."""
    file = Path(path)
    data = parse_json(_read_text(file), str(file))
    if isinstance(data, dict):
        return [request_from_data(data, str(file))]
    if not isinstance(data, list):
        raise RequestFileError(f"{file}: expected a request object or a list of requests")
    try:
        return _REQUESTS.validate_python(data)
    except ValidationError as exc:
        raise RequestFileError(describe_validation_error(exc, str(file))) from None


def dump_requests(requests: Sequence[Request]) -> str:
    """Requests as pretty JSON, the same format :func:`load_requests_json` reads."""
    return json.dumps(
        [json.loads(r.model_dump_json(exclude_defaults=False)) for r in requests],
        indent=2,
        ensure_ascii=False,
    )
