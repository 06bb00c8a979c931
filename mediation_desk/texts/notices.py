"""Sentences for the notices a change brings (services/changes.Notice): shown as the change is made."""

from __future__ import annotations

from mediation_desk.services.changes import Notice
from mediation_desk.texts.i18n import translate


def notice_text(notice: Notice) -> str:
    p = notice.params
    if notice.code == "budget_level":
        project, level = p.get("project", ""), p.get("level", "")
        if level == "exhausted":
            text = translate("Notices", "Project {project}: the hour budget is used up.")
            return text.format(project=project)
        if level == "warn95":
            return translate("Notices", "Project {project}: over 95% of the hour budget is used.").format(
                project=project
            )
        return translate("Notices", "Project {project}: over 80% of the hour budget is used.").format(
            project=project
        )
    if notice.code == "mail_not_configured":
        return translate(
            "Notices", "Mail is not set up (Settings): tell the mediator yourself, no invitation was queued."
        )
    return notice.code
