"""export_roadmaps writes the database back to roadmaps/: load -> export -> load changes nothing."""

import dataclasses
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from curriculum import services
from curriculum.content import read_curriculum
from curriculum.models import Resource, ResourceOrigin, ResourceTopic, Role, Topic

pytestmark = pytest.mark.django_db


def load(directory: Path) -> dict[str, dict[str, int]]:
    report = services.roadmaps_load(curriculum=read_curriculum(directory))
    return {kind: dict(counter) for kind, counter in report.counts.items()}


def export(directory: Path) -> str:
    out = StringIO()
    call_command("export_roadmaps", "--dir", str(directory), stdout=out)
    return out.getvalue()


def parsed(root: Path) -> dict[str, Any]:
    """The parsed YAML of every exported file, keyed by its path under root."""
    files = [root / "resources.yaml", *sorted((root / "topics").glob("*.yaml"))]
    files += sorted((root / "roles").glob("*.yaml"))
    return {str(path.relative_to(root)): yaml.safe_load(path.read_text()) for path in files}


def stripped(value: Any) -> Any:
    """Text as the loader keeps it (stripped); the export writes prose as `|` blocks."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return [stripped(item) for item in value]
    if isinstance(value, dict):
        return {key: stripped(item) for key, item in value.items()}
    return value


def read(root: Path) -> dict[str, Any]:
    """The curriculum as the loader sees it, without the file names."""
    curriculum = read_curriculum(root)
    return {
        kind: {slug: {**dataclasses.asdict(item), "file": None} for slug, item in items.items()}
        for kind, items in vars(curriculum).items()
    }


def assert_unchanged(counts: dict[str, dict[str, int]]) -> None:
    for kind in ("topics", "roles", "resources"):
        assert counts[kind].get("created", 0) == 0, kind
        assert counts[kind].get("updated", 0) == 0, kind
        assert counts[kind].get("retired", 0) == 0, kind
        assert counts[kind]["unchanged"] > 0, kind


def test_load_export_load_changes_nothing(curriculum_dir: Path, tmp_path: Path):
    load(curriculum_dir)
    out = tmp_path / "exported"

    output = export(out)

    assert "Exported 5 topics, 2 roles and 2 resources to 5 files" in output
    exported, original = parsed(out), parsed(curriculum_dir)
    assert exported["resources.yaml"] == original["resources.yaml"]
    assert stripped(exported) == stripped(original)
    assert read(out) == read(curriculum_dir)
    assert_unchanged(load(out))
    export(tmp_path / "again")
    assert (tmp_path / "again" / "resources.yaml").read_bytes() == (
        out / "resources.yaml"
    ).read_bytes()


def test_only_file_fields_are_written_in_the_loaders_key_order(
    loaded_small_curriculum: Path, tmp_path: Path
):
    Resource.objects.filter(slug="free-notes").update(language="de", minutes_to_complete=90)

    export(tmp_path)

    notes, book = yaml.safe_load((tmp_path / "resources.yaml").read_text())
    assert list(notes) == [
        "slug",
        "title",
        "authors",
        "provider",
        "kind",
        "cost",
        "language",
        "minutes",
        "url",
        "description",
        "topics",
    ]
    assert (notes["language"], notes["minutes"]) == ("de", 90)
    # The defaults (en, no estimate) are left out, as the files have them.
    assert "language" not in book
    assert "minutes" not in book
    assert "origin" not in notes
    assert not (tmp_path / "exercises").exists()


def test_curated_language_and_minutes_survive_export_and_a_fresh_load(
    loaded_small_curriculum: Path, tmp_path: Path
):
    # given: a curator set them in the database, which the original files do not have
    Resource.objects.filter(slug="paid-book").update(language="pt-BR", minutes_to_complete=600)
    export(tmp_path)
    # a fresh database: no resource rows left to remember the values
    ResourceTopic.objects.all().delete()
    Resource.objects.all().delete()

    # when
    counts = load(tmp_path)

    # then
    assert counts["resources"]["created"] == 2
    book = Resource.objects.get(slug="paid-book")
    assert (book.language, book.minutes_to_complete) == ("pt-BR", 600)
    notes = Resource.objects.get(slug="free-notes")
    assert (notes.language, notes.minutes_to_complete) == ("en", None)
    assert_unchanged(load(tmp_path))


def test_loading_files_without_the_keys_resets_them_to_the_defaults(
    loaded_small_curriculum: Path,
):
    Resource.objects.filter(slug="paid-book").update(language="de", minutes_to_complete=90)

    counts = load(loaded_small_curriculum)

    assert counts["resources"]["updated"] == 1
    book = Resource.objects.get(slug="paid-book")
    assert (book.language, book.minutes_to_complete) == ("en", None)


def test_curator_changes_show_up_and_survive_a_reload(
    loaded_small_curriculum: Path, tmp_path: Path
):
    Resource.objects.filter(slug="paid-book").update(description="A better book.")
    added = Resource.objects.create(
        slug="curated-video",
        title="Curated video",
        provider="Tube",
        kind="video",
        cost="free",
        url="https://example.org/video",
        description="Watch this.",
        origin=ResourceOrigin.CURATION,
    )
    ResourceTopic.objects.create(resource=added, topic=Topic.objects.get(slug="vectors"))
    ResourceTopic.objects.create(
        resource=added, topic=Topic.objects.get(slug="matrices"), section="Part 2"
    )

    export(tmp_path)

    resources = {r["slug"]: r for r in yaml.safe_load((tmp_path / "resources.yaml").read_text())}
    assert resources["paid-book"]["description"] == "A better book."
    assert resources["curated-video"] == {
        "slug": "curated-video",
        "title": "Curated video",
        "authors": "",
        "provider": "Tube",
        "kind": "video",
        "cost": "free",
        "url": "https://example.org/video",
        "description": "Watch this.",
        "topics": [{"topic": "vectors"}, {"topic": "matrices", "section": "Part 2"}],
    }
    assert_unchanged(load(tmp_path))
    assert Resource.objects.get(slug="paid-book").description == "A better book."
    assert Resource.objects.active().filter(slug="curated-video").exists()
    # Loading the original files again would undo the edit: the export is now the source.
    assert load(loaded_small_curriculum)["resources"]["updated"] == 1


def test_retired_rows_are_not_exported_and_stale_files_go(
    loaded_small_curriculum: Path, tmp_path: Path
):
    out = tmp_path / "roadmaps"
    export(out)
    Resource.objects.filter(slug="paid-book").update(retired_at=timezone.now())
    Role.objects.filter(slug="scientist").update(retired_at=timezone.now())

    output = export(out)

    assert f"removed {out / 'roles' / 'scientist.yaml'}" in output
    assert sorted(p.name for p in (out / "roles").iterdir()) == ["engineer.yaml"]
    slugs = [r["slug"] for r in yaml.safe_load((out / "resources.yaml").read_text())]
    assert slugs == ["free-notes"]
    assert read_curriculum(out).roles["engineer"].position == 0


def test_an_existing_header_comment_is_kept(loaded_small_curriculum: Path, tmp_path: Path):
    (tmp_path / "resources.yaml").write_text("# The catalogue.\n\n- slug: old\n")

    export(tmp_path)

    text = (tmp_path / "resources.yaml").read_text()
    assert text.startswith("# The catalogue.\n\n- slug: free-notes\n")


def test_the_real_roadmaps_round_trip(real_curriculum_loaded: None, tmp_path: Path):
    export(tmp_path)

    assert parsed(tmp_path) == parsed(Path(settings.ROADMAPS_DIR))
    assert read(tmp_path) == read(Path(settings.ROADMAPS_DIR))
    assert_unchanged(load(tmp_path))
