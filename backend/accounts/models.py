from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """Lemma's account model; its own class from day one so fields can be added later."""
