from rest_framework.request import Request

from .models import User


def signed_in_user(request: Request) -> User:
    """The user of a request that IsAuthenticated has already let through."""
    user = request.user
    assert isinstance(user, User)
    return user
