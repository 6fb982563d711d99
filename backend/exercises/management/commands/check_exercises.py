import random
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from curriculum.content import ContentErrors, read_curriculum
from exercises.checking import check_template
from exercises.content import read_templates
from exercises.coverage import MIN_LEVELS, TopicCoverage, by_group, coverage


class Command(BaseCommand):
    help = (
        "Render and self-grade every exercise template over many seeds: answer tests pass or fail "
        "as listed, mistake rules fire, prompts render. Fails naming the template and seed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seeds", type=int, default=100, help="seeds per template")
        parser.add_argument(
            "--sample", type=int, default=0, help="check only this many random seeds in [0, 10^6)"
        )
        parser.add_argument("--template", help="check one template")
        parser.add_argument("--topic", help="check only the templates of this topic's file")
        parser.add_argument("--path", type=Path, default=settings.ROADMAPS_DIR)

    def handle(
        self,
        *args: Any,
        seeds: int,
        sample: int,
        template: str | None,
        topic: str | None,
        path: Path,
        **options: Any,
    ) -> None:
        try:
            curriculum = read_curriculum(path)
            templates = read_templates(
                path / "exercises", known_topics=set(curriculum.topics), topic=topic
            )
        except ContentErrors as exc:
            for error in exc.errors:
                self.stderr.write(f"  {error}")
            raise CommandError(f"{len(exc.errors)} problem(s) in the exercise files") from exc
        if topic and topic not in curriculum.topics:
            raise CommandError(f"no topic '{topic}' in the curriculum")
        if template and template not in templates:
            raise CommandError(f"no template '{template}'")
        short = [] if topic or template else self._coverage(curriculum, templates)
        if template:
            templates = {template: templates[template]}
        seed_list = random.Random(0).sample(range(10**6), sample) if sample else list(range(seeds))
        failures: list[str] = []
        total = len(templates)
        for index, data in enumerate(templates.values(), start=1):
            report = check_template(data, seed_list)
            failures.extend(report.failures)
            self._progress(index, total, data.slug, report.distinct)
        self.stdout.write("")
        if failures:
            for failure in failures[:200]:
                self.stderr.write(f"  {failure}")
            raise CommandError(f"{len(failures)} check(s) failed")
        if short:
            raise CommandError(f"{len(short)} topic(s) have fewer templates than required")
        self.stdout.write(
            self.style.SUCCESS(
                f"OK: {total} templates x {len(seed_list)} seeds: every check passed."
            )
        )

    def _coverage(self, curriculum: Any, templates: dict[str, Any]) -> list[TopicCoverage]:
        """Print the coverage report; return the topics short of templates."""
        rows = coverage(curriculum, templates)
        per_area, per_role = by_group(rows, curriculum, templates)
        self.stdout.write(f"Coverage: {len(templates)} templates over {len(rows)} topics.")
        self.stdout.write("  per area: " + ", ".join(f"{k} {v}" for k, v in per_area.items()))
        self.stdout.write("  per role: " + ", ".join(f"{k} {v}" for k, v in per_role.items()))
        short = [row for row in rows if row.short]
        for row in short:
            need = f"needs {row.required}" + (
                f" (core for {', '.join(row.core_for)})" if row.core_for else ""
            )
            self.stderr.write(
                f"  short: {row.topic} ({row.area}): {row.templates} template(s) at "
                f"{row.levels} level(s); {need}, at {MIN_LEVELS}+ levels"
            )
        if not short:
            self.stdout.write("  every topic has the templates it needs.")
        return short

    def _progress(self, index: int, total: int, slug: str, distinct: int) -> None:
        width = 30
        filled = width * index // total
        bar = "#" * filled + "-" * (width - filled)
        ending = "\n" if not self.stdout.isatty() else "\r"
        self.stdout.write(
            f"[{bar}] {index}/{total} {slug} ({distinct} distinct instances)", ending=ending
        )
