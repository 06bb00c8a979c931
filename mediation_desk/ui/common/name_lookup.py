"""The small reference data every view looks names up in (areas, languages, projects, agencies, mediators)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mediation_desk.scheduling.model import (
    Agency,
    AgencyId,
    Area,
    AreaCode,
    Language,
    LanguageCode,
    Mediator,
    MediatorId,
    Project,
    ProjectCode,
    Request,
)


@dataclass
class Catalog:
    """Reference rows by id; hundreds of rows at most, so loaded whole (bookings never are)."""

    areas: dict[AreaCode, Area] = field(default_factory=dict)
    languages: dict[LanguageCode, Language] = field(default_factory=dict)
    projects: dict[ProjectCode, Project] = field(default_factory=dict)
    agencies: dict[AgencyId, Agency] = field(default_factory=dict)
    mediators: dict[MediatorId, Mediator] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        areas: list[Area],
        languages: list[Language],
        projects: list[Project],
        agencies: list[Agency],
        mediators: list[Mediator],
    ) -> Catalog:
        return cls(
            areas={a.code: a for a in areas},
            languages={lang.code: lang for lang in languages},
            projects={p.code: p for p in projects},
            agencies={a.id: a for a in agencies},
            mediators={m.id: m for m in mediators},
        )

    def agency_name(self, agency_id: str) -> str:
        agency = self.agencies.get(AgencyId(agency_id))
        return agency.name if agency else agency_id

    def mediator_name(self, mediator_id: str) -> str:
        mediator = self.mediators.get(MediatorId(mediator_id))
        return mediator.name if mediator else mediator_id

    def language_name(self, code: str) -> str:
        language = self.languages.get(LanguageCode(code))
        if language is None:
            language = next((v for k, v in self.languages.items() if k.lower() == code.lower()), None)
        return language.name if language else code

    def area_name(self, code: str) -> str:
        area = self.areas.get(AreaCode(code))
        return area.name if area else code

    def area_of_request(self, request: Request) -> AreaCode | None:
        agency = self.agencies.get(request.agency)
        return agency.area if agency else None
