"""Who may see a group, shared by the group's API modules: a private group does not exist for
non-members (404, so its existence does not leak); a public group shows non-members its
summary and refuses them the rest (403)."""

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework.exceptions import APIException, NotFound, PermissionDenied, ValidationError
from rest_framework.request import Request

from accounts.requests import signed_in_user
from common.serializers import ErrorSerializer

from . import selectors
from .models import Membership, StudyGroup
from .services import GroupError, require_manager

ERRORS = {
    400: ErrorSerializer,
    403: ErrorSerializer,
    404: ErrorSerializer,
}
JOIN_ERRORS = {**ERRORS, 410: ErrorSerializer}
NO_SUCH_GROUP = "No such group."

T = TypeVar("T")


class GroupRefused(APIException):
    def __init__(self, error: GroupError):
        super().__init__(detail=error.message, code=error.code)
        self.status_code = error.status


def run(action: Callable[..., T], **kwargs: Any) -> T:
    """Call a service, turning its refusals into the API's error shape."""
    try:
        return action(**kwargs)
    except DjangoValidationError as error:
        raise ValidationError(error.message_dict) from error
    except GroupError as error:
        raise GroupRefused(error) from error


def group_for(request: Request, group_id: uuid.UUID) -> tuple[StudyGroup, Membership | None]:
    """The group and the caller's membership (None for a non-member of a public group)."""
    group = selectors.group_get(pk=group_id)
    if group is None:
        raise NotFound(NO_SUCH_GROUP)
    membership = selectors.membership_get(group_id=group.pk, user=signed_in_user(request))
    if membership is None and group.visibility != StudyGroup.Visibility.PUBLIC:
        raise NotFound(NO_SUCH_GROUP)
    if membership is not None:
        membership.group = group  # the annotated one, with member_count
    return group, membership


def member_of(request: Request, group_id: uuid.UUID) -> Membership:
    """The caller's membership; members only."""
    _, membership = group_for(request, group_id)
    if membership is None:
        raise PermissionDenied("Only members of this group can see this.")
    return membership


def target_member(actor: Membership, user_id: int) -> Membership:
    target = selectors.membership_of(group=actor.group, user_id=user_id)
    if target is None:
        raise NotFound("No such member in this group.")
    return target


def manager_of(request: Request, group_id: uuid.UUID) -> Membership:
    """The caller's membership; the group's owner and admins only."""
    membership = member_of(request, group_id)
    run(require_manager, actor=membership)
    return membership
