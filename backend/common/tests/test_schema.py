"""The schema documents the errors that the framework answers by itself (common.schema)."""

from typing import Any

import pytest
from drf_spectacular.generators import SchemaGenerator

ERROR = {"$ref": "#/components/schemas/Error"}


@pytest.fixture(scope="module")
def paths() -> dict[str, Any]:
    return SchemaGenerator().get_schema(request=None, public=True)["paths"]


def test_every_operation_on_a_templated_path_documents_404(paths: dict[str, Any]):
    undocumented = [
        f"{method.upper()} {path}"
        for path, operations in paths.items()
        if "{" in path
        for method, operation in operations.items()
        if "404" not in operation["responses"]
    ]

    assert undocumented == []
    ratings = paths["/api/topics/{slug}/ratings/"]["get"]["responses"]  # declared only 200, 403
    assert ratings["404"]["content"]["application/json"]["schema"] == ERROR


def test_the_format_override_can_miss_with_a_404(paths: dict[str, Any]):
    export = paths["/api/groups/notes/export.md"]["get"]
    assert any(parameter["name"] == "format" for parameter in export["parameters"])
    assert "404" in export["responses"]


def test_throttled_operations_document_429(paths: dict[str, Any]):
    for path, method in [("/api/groups/join/", "post"), ("/api/groups/invites/{code}/", "get")]:
        responses = paths[path][method]["responses"]
        assert responses["429"]["content"]["application/json"]["schema"] == ERROR, path
    assert "429" not in paths["/api/roles/"]["get"]["responses"]
