from typing import Any

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema


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
