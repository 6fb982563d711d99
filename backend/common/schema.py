from typing import Any

from drf_spectacular.authentication import SessionScheme as SpectacularSessionScheme
from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema

from .serializers import ErrorSerializer


class AutoSchema(SpectacularAutoSchema):
    """Name components after their view, so nested InputSerializer/OutputSerializer classes
    (one API view per operation) get distinct names: RoleListApi.OutputSerializer -> RoleListOutput.
    """

    def get_serializer_name(self, serializer: Any, direction: Any) -> str:
        name = super().get_serializer_name(serializer, direction)
        qualname = type(serializer).__qualname__
        if "." not in qualname or getattr(getattr(serializer, "Meta", None), "ref_name", None):
            return name
        parts = [
            part.removesuffix("Serializer").removesuffix("Api") for part in qualname.split(".")
        ]
        return "".join(parts)

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        """Add the errors that the framework answers on its own, whatever the view declares:
        404 when a path parameter (or DRF's ?format= override) names nothing, and 429 from a
        view's throttles. They share the one error shape (common.exceptions)."""
        responses = super()._get_response_bodies(direction)
        implied = []
        if "{" in self.path or self._get_format_parameters():  # a templated path: /topics/{slug}/
            implied.append("404")
        if self.view.throttle_classes:
            implied.append("429")
        for code in implied:
            if code not in responses:
                responses[code] = self._get_response_for_code(
                    ErrorSerializer, code, direction=direction
                )
        return responses


class SessionScheme(SpectacularSessionScheme):
    """Lemma's session authentication (common.authentication) is DRF's, in the schema too."""

    target_class = "common.authentication.SessionAuthentication"
