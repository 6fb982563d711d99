"""The one error shape: a nested field's errors are named by the field's path, so `fields` is
always {name: [message]} as the schema documents."""

from typing import Any

import pytest
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.test import APIClient

from common.exceptions import api_exception_handler


class Step(serializers.Serializer):
    answer = serializers.CharField()


class Form(serializers.Serializer):
    title = serializers.CharField(max_length=3)
    variables = serializers.ListField(child=serializers.RegexField(r"^[a-z]$"))
    steps = Step(many=True)
    cover = Step()


def test_nested_validation_errors_are_named_by_their_path():
    form = Form(
        data={"title": "Long", "variables": ["x", "0"], "steps": [{"answer": "a"}, {}], "cover": 3}
    )
    assert not form.is_valid()

    response = api_exception_handler(ValidationError(form.errors), {})

    assert response is not None
    assert set(response.data["error"]["fields"]) == {
        "title",
        "variables.1",  # a ListField item
        "steps.1.answer",  # an item of a many=True serializer
        "cover.non_field_errors",  # a nested serializer
    }
    assert all(
        isinstance(messages, list) and all(isinstance(m, str) for m in messages)
        for messages in response.data["error"]["fields"].values()
    )


@pytest.mark.django_db
def test_a_bad_list_item_gets_the_documented_error_shape(assert_schema: Any):
    """The preview answered {"variables": {"0": [...]}}, which the schema does not allow."""
    response = assert_schema(
        APIClient().post(
            "/api/exercises/preview/", {"answer": "x", "variables": ["0"]}, format="json"
        )
    )

    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["variables.0"]
