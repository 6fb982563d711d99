from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from curriculum.export import roadmaps_export


class Command(BaseCommand):
    help = (
        "Write the active curriculum in the database to roadmaps/ (topics, roles, resources.yaml) "
        "in the format load_roadmaps reads, so curation can be reviewed as a diff. "
        "Exercise templates are left alone."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dir",
            "--path",
            dest="directory",
            type=Path,
            default=settings.ROADMAPS_DIR,
            help="the roadmaps folder to write (default: the one load_roadmaps reads)",
        )

    def handle(self, *args: Any, directory: Path, **options: Any) -> None:
        report = roadmaps_export(directory=directory)
        if options["verbosity"] > 1:
            for path in report.written:
                self.stdout.write(f"  wrote {path}")
        for path in report.removed:
            self.stdout.write(f"  removed {path} (nothing active left in it)")
        self.stdout.write(
            self.style.SUCCESS(
                f"Exported {report.topics} topics, {report.roles} roles and "
                f"{report.resources} resources to {len(report.written)} files in {directory}."
            )
        )
