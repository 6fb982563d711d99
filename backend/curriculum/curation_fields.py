"""Input fields shared by the curation and suggestion APIs."""

from django.core.validators import RegexValidator, URLValidator
from rest_framework import serializers

from .content import LANGUAGE_PATTERN, MAX_LANGUAGE, MAX_MINUTES, SLUG_RE

MAX_DESCRIPTION = 1000


def http_url_field(**kwargs: object) -> serializers.CharField:
    # Not URLField: its validator also accepts ftp:// and would add a second message.
    return serializers.CharField(
        max_length=500,
        validators=[
            URLValidator(schemes=["http", "https"], message="Enter an http:// or https:// link.")
        ],
        **kwargs,  # type: ignore[arg-type]
    )


def slug_field(**kwargs: object) -> serializers.CharField:
    return serializers.CharField(
        max_length=80,
        validators=[
            RegexValidator(SLUG_RE, "Use lowercase letters and digits joined by single hyphens.")
        ],
        **kwargs,  # type: ignore[arg-type]
    )


def language_field(**kwargs: object) -> serializers.RegexField:
    return serializers.RegexField(
        LANGUAGE_PATTERN,
        max_length=MAX_LANGUAGE,
        error_messages={"invalid": "Use a language tag such as en, de or pt-BR."},
        **kwargs,  # type: ignore[arg-type]
    )


def minutes_field(**kwargs: object) -> serializers.IntegerField:
    return serializers.IntegerField(
        min_value=1,
        max_value=MAX_MINUTES,
        allow_null=True,
        **kwargs,  # type: ignore[arg-type]
    )


class TopicCoverageSerializer(serializers.Serializer):
    topic = slug_field()
    section = serializers.CharField(max_length=200, required=False, default="", allow_blank=True)
