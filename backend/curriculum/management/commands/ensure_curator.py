import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import User
from curriculum.curation_services import curator_ensure

PASSWORD_ENV = "LEMMA_CURATOR_PASSWORD"  # noqa: S105 - the name of a variable, not a password


class Command(BaseCommand):
    help = (
        "Make a user a curator (staff with curriculum.curate), creating the account if needed. "
        f"A new account's password comes from ${PASSWORD_ENV}."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="curator")

    def handle(self, *args: Any, username: str, **options: Any) -> None:
        password = os.environ.get(PASSWORD_ENV, "")
        if not password and not User.objects.filter(username=username).exists():
            raise CommandError(f"Set ${PASSWORD_ENV} to create the account '{username}'.")
        _, created = curator_ensure(username=username, password=password)
        verb = "Created" if created else "Made"
        self.stdout.write(self.style.SUCCESS(f"{verb} '{username}' a curator."))
