from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from curriculum import services
from curriculum.content import ContentErrors, read_curriculum
from curriculum.topic_moves import read_topic_moves
from exercises import services as exercise_services
from exercises.content import read_templates


class Command(BaseCommand):
    help = "Validate the curriculum in roadmaps/ and load it (idempotent, keyed by slug)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--check", action="store_true", help="validate only; write nothing")
        parser.add_argument(
            "--path", type=Path, default=settings.ROADMAPS_DIR, help="the roadmaps folder"
        )

    def handle(self, *args: Any, check: bool, path: Path, **options: Any) -> None:
        try:
            curriculum = read_curriculum(path)
            templates = read_templates(path / "exercises", known_topics=set(curriculum.topics))
            moves = read_topic_moves(path / "topic-moves.yaml", known_topics=set(curriculum.topics))
        except ContentErrors as exc:
            for error in exc.errors:
                self.stderr.write(f"  {error}")
            raise CommandError(
                f"{len(exc.errors)} problem(s) in {path}; nothing was loaded."
            ) from exc
        summary = (
            f"{len(curriculum.topics)} topics, {len(curriculum.roles)} roles, "
            f"{len(curriculum.resources)} resources, {len(templates)} exercise templates"
        )
        if moves:
            summary += f", {len(moves)} topic moves"
        if check:
            self.stdout.write(self.style.SUCCESS(f"OK: {summary} are valid."))
            return
        report = services.roadmaps_load(curriculum=curriculum, moves=moves)
        report.counts["exercise templates"] = exercise_services.templates_load(templates=templates)
        if options["verbosity"] > 0:
            for line in report.lines():
                self.stdout.write(f"  {line}")
        self.stdout.write(self.style.SUCCESS(f"Loaded {summary}."))
