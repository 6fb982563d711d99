from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.services import ensure_demo_admin

USERNAME = "admin"
PASSWORD = "lemma-demo-admin"  # noqa: S105 - a local demo account, printed on purpose


class Command(BaseCommand):
    help = "Create a demo admin account if no superuser exists, and print its credentials."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            # Its password is printed and public: never an account on a real deployment.
            raise CommandError(
                "The demo admin is for local use only (DEBUG is off). "
                "Create an administrator with `manage.py createsuperuser` instead."
            )
        if ensure_demo_admin(username=USERNAME, password=PASSWORD, email="admin@example.com"):
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created the demo admin: username '{USERNAME}', password '{PASSWORD}'. "
                    "Sign in at http://localhost:8000/admin/ and change it."
                )
            )
        else:
            self.stdout.write("An admin account already exists; none was created.")
