"""Weekly emails, each sent at most once. A claim row (user, kind, about, week) is written
before the email goes out, so a re-run, a retried task or a second worker skips it; a send
that fails releases its claim for the next run (healthchecks' sendalerts claims work alike).

Bodies are plain text with an HTML alternative built from the same parts, every piece of
text escaped."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import escape

from accounts.models import User

from .models import EmailSent


@dataclass(frozen=True)
class Section:
    heading: str
    lines: Sequence[str]


@dataclass(frozen=True)
class Email:
    subject: str
    intro: Sequence[str]  # paragraphs
    sections: Sequence[Section] = field(default_factory=tuple)
    footer: Sequence[str] = field(default_factory=tuple)  # how to turn the email off

    @property
    def text(self) -> str:
        parts = [*self.intro]
        for section in self.sections:
            parts.append("\n".join([section.heading, *(f"- {line}" for line in section.lines)]))
        if self.footer:
            parts.append("--\n" + "\n".join(self.footer))
        return "\n\n".join(parts) + "\n"

    @property
    def html(self) -> str:
        parts = [f"<p>{escape(paragraph)}</p>" for paragraph in self.intro]
        for section in self.sections:
            items = "".join(f"<li>{escape(line)}</li>" for line in section.lines)
            parts.append(f"<h2>{escape(section.heading)}</h2><ul>{items}</ul>")
        if self.footer:
            small = "<br>".join(escape(line) for line in self.footer)
            parts.append(f'<hr><p style="color:#555;font-size:90%">{small}</p>')
        return "<!doctype html><html><body>" + "".join(parts) + "</body></html>"


def week_of(day: date) -> date:
    """The Monday of `day`'s ISO week: the key of a weekly email."""
    return day - timedelta(days=day.weekday())


def email_send_once(*, user: User, kind: str, week: date, email: Email, about: str = "") -> bool:
    """Send `email` to `user` unless this (kind, about, week) was already claimed. Returns
    whether it was sent now."""
    if not user.email:
        return False
    try:
        with transaction.atomic():
            claim = EmailSent.objects.create(user=user, kind=kind, about=about, week=week)
    except IntegrityError:
        return False
    subject = " ".join(email.subject.split())  # a header: no line breaks from user text
    message = EmailMultiAlternatives(subject, email.text, to=[user.email])
    message.attach_alternative(email.html, "text/html")
    try:
        message.send()
    except Exception:
        claim.delete()
        raise
    EmailSent.objects.filter(pk=claim.pk).update(sent_at=timezone.now())
    return True
