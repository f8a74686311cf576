package org.acde.gateway.portfolio;

import java.util.List;
import java.util.UUID;

import org.acde.contracts.capacity.CohortView;
import org.acde.contracts.capacity.ParticipationCount;
import org.acde.contracts.capacity.ProgramView;
import org.acde.contracts.dialogues.InitiativeDialogueView;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.initiatives.ProgressReportView;
import org.acde.contracts.matchmaking.InterestView;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What came of one initiative across the three services, as the caller may see it. */
@Schema(name = "InitiativePortfolio", requiredProperties = { "initiativeId", "partial", "initiative", "capacity", "matchmaking" }, description = "An initiative, its programs and their participants, its opportunities and agreements, its progress reports and the dialogues it went through, from the three services")
public record InitiativePortfolio(
        UUID initiativeId,
        @Schema(description = "True when at least one section could not be fetched; that section has `available: false`") boolean partial,
        Initiative initiative,
        Capacity capacity,
        Matchmaking matchmaking) {

    @Schema(name = "PortfolioInitiative", requiredProperties = "available", description = "The initiative, its progress reports and the dialogues it went through, from initiatives-service")
    public record Initiative(boolean available,
            @Schema(description = "Why the section is missing, when it is") String detail,
            InitiativeView initiative,
            @Schema(description = "The first 100 progress reports; `nextCursor` continues on the initiative's progress-reports list") Page<ProgressReportView> progressReports,
            @Schema(description = "The first 100 dialogues it went through, earliest first, with their outcomes about it; `nextCursor` continues on the initiative's dialogues list") Page<InitiativeDialogueView> dialogues) {
    }

    @Schema(name = "PortfolioCapacity", requiredProperties = "available", description = "The programs the initiative funds, their cohorts and participants, from capacity-service. Programs and cohorts as the program list shows them to the caller; the figures are public and the same for every caller")
    public record Capacity(boolean available,
            @Schema(description = "Why the section is missing, when it is") String detail,
            @Schema(description = "Programs linked to the initiative that the caller may see, over all pages") Long programsTotal,
            @Schema(description = "The first 100 of them, each with its first 100 cohorts; the rest through `GET /api/v1/programs?initiativeId=`") List<Program> programs,
            @Schema(description = "Confirmed, completed or failed participants of the initiative's programs") Long participants,
            @Schema(description = "Participants who completed; each got a certificate") Long completions,
            @Schema(description = "Completions over participants whose cohort has ended, 0 to 1") Double completionRate,
            @Schema(description = "Certificates issued, revoked ones included") Long certificatesIssued,
            @Schema(description = "Issued certificates revoked since") Long certificatesRevoked,
            @Schema(description = "Participants and completions (so certificates issued) by the participant's party") List<ParticipationCount> byParty,
            @Schema(description = "Participants and completions (so certificates issued) by sex; UNDISCLOSED when not given") List<ParticipationCount> bySex) {
    }

    @Schema(name = "PortfolioProgram", requiredProperties = { "program", "cohorts", "cohortsTotal" }, description = "A program with its cohorts; each cohort has its enrolment counts (`seatsTaken`, `waitlisted`)")
    public record Program(ProgramView program, List<CohortView> cohorts, long cohortsTotal) {
    }

    @Schema(name = "PortfolioMatchmaking", requiredProperties = "available", description = "The opportunities linked to the initiative, their interests and agreements, from matchmaking-service. Opportunities and interests as their lists show them to the caller; the figures are public and the same for every caller")
    public record Matchmaking(boolean available,
            @Schema(description = "Why the section is missing, when it is") String detail,
            @Schema(description = "The first 100 opportunities the caller may see; `nextCursor` continues on `GET /api/v1/opportunities?initiativeId=`") Page<OpportunityView> opportunities,
            @Schema(description = "Published opportunities open now") Long openOpportunities,
            @Schema(description = "Expressions of interest in the opportunities, in any status") Long interestsExpressed,
            @Schema(description = "Agreements signed after an accepted interest") Long agreementsSigned,
            @Schema(description = "The first 100 interests the caller takes part in or oversees (signed agreements have status AGREEMENT_SIGNED); absent for callers who may list none, such as anonymous ones") Page<InterestView> interests) {
    }
}
