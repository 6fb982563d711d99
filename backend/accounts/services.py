from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.db import transaction

from groups.services import ownerships_hand_over

from .models import User


def password_problems(*, password: str, username: str = "", email: str = "") -> list[str]:
    """Why a new password would be refused, so every field's errors can be shown at once."""
    try:
        password_validation.validate_password(password, User(username=username, email=email))
    except ValidationError as exc:
        return list(exc.messages)
    return []


@transaction.atomic
def user_create(*, username: str, password: str, email: str = "") -> User:
    """Create a learner account. Raises ValidationError naming the field at fault."""
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": ["That username is taken."]})
    if email and User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": ["An account with that email already exists."]})
    user = User(username=username, email=email)
    try:
        password_validation.validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({"password": exc.messages}) from exc
    user.set_password(password)
    user.save()
    return user


def user_change_password(*, user: User, old_password: str, new_password: str) -> None:
    if not user.check_password(old_password):
        raise ValidationError({"old_password": ["Your current password is not correct."]})
    try:
        password_validation.validate_password(new_password, user)
    except ValidationError as exc:
        raise ValidationError({"new_password": exc.messages}) from exc
    user.set_password(new_password)
    user.save(update_fields=["password"])


def user_delete(*, user: User, password: str) -> None:
    """Delete a learner's account and everything personal, in one transaction.

    What they wrote in study groups stays, anonymised (questions and answers lose their author,
    as do curation log entries, invites and groups they created: those foreign keys are
    SET_NULL); groups they own pass to another member first. Everything else that hangs on the
    account (attempts, mastery, plan, notes, time, memberships, emails) is deleted by cascade.
    Raises ValidationError naming `password` if it is not the account's password."""
    if not user.check_password(password):
        raise ValidationError({"password": ["Your password is not correct."]})
    with transaction.atomic():
        ownerships_hand_over(user=user)
        user.delete()


def ensure_demo_admin(*, username: str, password: str, email: str) -> bool:
    """Create the demo admin if no superuser exists. Returns True if one was created."""
    if User.objects.filter(is_superuser=True).exists():
        return False
    User.objects.create_superuser(username=username, email=email, password=password)
    return True
