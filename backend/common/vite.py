"""Find a Vite entry's built files (JavaScript and CSS) in frontend/dist/.vite/manifest.json."""

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings


@dataclass(frozen=True)
class EntryAssets:
    script: str  # path under STATIC_URL
    styles: tuple[str, ...]


def entry_assets(entry: str) -> EntryAssets | None:
    """The built files for `entry` (e.g. 'src/admin-preview.tsx'), or None before a build."""
    manifest = settings.FRONTEND_DIST / ".vite" / "manifest.json"
    if not manifest.is_file():
        return None
    return _read(manifest, manifest.stat().st_mtime_ns, entry)


@lru_cache(maxsize=8)
def _read(manifest: Path, mtime: int, entry: str) -> EntryAssets | None:
    chunks = json.loads(manifest.read_text(encoding="utf-8"))
    if entry not in chunks:
        return None
    styles: list[str] = []
    seen: set[str] = set()

    def visit(key: str) -> None:
        if key in seen:
            return
        seen.add(key)
        chunk = chunks[key]
        styles.extend(css for css in chunk.get("css", []) if css not in styles)
        for imported in chunk.get("imports", []):
            visit(imported)

    visit(entry)
    return EntryAssets(script=chunks[entry]["file"], styles=tuple(styles))
