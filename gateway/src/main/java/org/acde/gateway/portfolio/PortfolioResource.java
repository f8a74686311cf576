package org.acde.gateway.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.capacity.CapacityStats;
import org.acde.contracts.capacity.CohortView;
import org.acde.contracts.capacity.ProgramView;
import org.acde.contracts.dialogues.InitiativeDialogueView;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.initiatives.ProgressReportView;
import org.acde.contracts.matchmaking.InterestView;
import org.acde.contracts.matchmaking.MatchmakingStats;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.problem.ProblemException;
import org.acde.gateway.overview.Sections;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * An initiative's portfolio, composed at the gateway like the party overview: every part is asked in parallel with
 * the caller's own token, so each shows what its resource would show the caller; a service that fails or is too slow
 * leaves its section marked unavailable and the answer {@code partial}, never an error. Only an initiative the caller
 * may not see (initiatives-service says 404) makes the whole answer a 404.
 */
@Path("/api/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cross-service views", description = "Views the gateway composes from several services")
public class PortfolioResource {

    private static final Sections SECTIONS = new Sections("Initiative portfolio");

    private final PortfolioSources sources;
    private final SecurityIdentity identity;

    PortfolioResource(PortfolioSources sources, SecurityIdentity identity) {
        this.sources = sources;
        this.identity = identity;
    }

    @GET
    @Path("/{id}/portfolio")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "getInitiativePortfolio", summary = "What came of an initiative, across the services", description = "The initiative, its progress reports and the dialogues it went through (with their outcomes about it); the programs it funds with their cohorts and enrolment counts, participants, completions and certificates issued (in total, by party and by sex); its opportunities with interests expressed and agreements signed, and the interests the caller takes part in or oversees. Each part as its own resource shows it to the caller (anonymous callers see public data only). The services are asked in parallel; when one does not answer in time its section has `available: false` and `partial` is true. Lists give their first 100 items.")
    @APIResponse(responseCode = "200", description = "The portfolio, possibly partial")
    @APIResponse(responseCode = "404", description = "The initiative does not exist or the caller may not see it", content = @Content(mediaType = "application/problem+json"))
    public CompletionStage<InitiativePortfolio> portfolio(
            @Parameter(description = "The initiative's id") @PathParam("id") UUID id) {
        CompletableFuture<Optional<InitiativeView>> initiative = sources.initiative(id).toCompletableFuture();
        CompletableFuture<Page<ProgressReportView>> reports = sources.progressReports(id).toCompletableFuture();
        CompletableFuture<Page<InitiativeDialogueView>> dialogues = sources.dialogues(id).toCompletableFuture();
        CompletableFuture<Page<ProgramView>> programs = sources.programs(id).toCompletableFuture();
        CompletableFuture<List<InitiativePortfolio.Program>> withCohorts = programs.thenCompose(this::withCohorts);
        CompletableFuture<CapacityStats> capacity = sources.capacityStats(id).toCompletableFuture();
        CompletableFuture<Page<OpportunityView>> opportunities = sources.opportunities(id).toCompletableFuture();
        // Anonymous callers take part in no interest: the list would refuse them, so it is not asked.
        CompletableFuture<Optional<Page<InterestView>>> interests = identity.isAnonymous()
                ? CompletableFuture.completedFuture(Optional.empty())
                : sources.interests(id).toCompletableFuture();
        CompletableFuture<MatchmakingStats> matchmaking = sources.matchmakingStats(id).toCompletableFuture();
        return CompletableFuture.allOf(Sections.settled(initiative), Sections.settled(reports), Sections.settled(dialogues),
                Sections.settled(withCohorts),
                Sections.settled(capacity), Sections.settled(opportunities), Sections.settled(interests),
                Sections.settled(matchmaking))
                .thenApply(all -> {
                    if (!initiative.isCompletedExceptionally() && initiative.join().isEmpty()) {
                        throw ProblemException.notFound("Initiative", id);
                    }
                    InitiativePortfolio.Initiative initiativePart = SECTIONS.failed("initiatives", initiative, reports, dialogues)
                            ? new InitiativePortfolio.Initiative(false, Sections.unavailable("initiatives"), null, null, null)
                            : new InitiativePortfolio.Initiative(true, null, initiative.join().get(), reports.join(),
                                    dialogues.join());
                    InitiativePortfolio.Capacity capacityPart = SECTIONS.failed("capacity", withCohorts, capacity)
                            ? new InitiativePortfolio.Capacity(false, Sections.unavailable("capacity"), null, null, null, null, null,
                                    null, null, null, null)
                            : capacity(programs.join(), withCohorts.join(), capacity.join());
                    InitiativePortfolio.Matchmaking matchmakingPart = SECTIONS.failed("matchmaking", opportunities, interests, matchmaking)
                            ? new InitiativePortfolio.Matchmaking(false, Sections.unavailable("matchmaking"), null, null, null, null, null)
                            : new InitiativePortfolio.Matchmaking(true, null, opportunities.join(),
                                    matchmaking.join().openOpportunities(), matchmaking.join().interestsExpressed(),
                                    matchmaking.join().agreementsSigned(), interests.join().orElse(null));
                    boolean partial = !initiativePart.available() || !capacityPart.available() || !matchmakingPart.available();
                    return new InitiativePortfolio(id, partial, initiativePart, capacityPart, matchmakingPart);
                });
    }

    /** Each program with its cohorts, the programs' cohort lists asked in parallel. */
    private CompletableFuture<List<InitiativePortfolio.Program>> withCohorts(Page<ProgramView> programs) {
        List<CompletableFuture<InitiativePortfolio.Program>> each = programs.items().stream()
                .map(program -> sources.cohorts(program.id()).toCompletableFuture()
                        .thenApply(cohorts -> new InitiativePortfolio.Program(program, cohorts.items(), cohorts.total())))
                .toList();
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(all -> each.stream().map(CompletableFuture::join).toList());
    }

    private static InitiativePortfolio.Capacity capacity(Page<ProgramView> programs, List<InitiativePortfolio.Program> items,
            CapacityStats stats) {
        return new InitiativePortfolio.Capacity(true, null, programs.total(), items, stats.participants(), stats.completions(),
                stats.completionRate(), stats.certificatesIssued(), stats.certificatesRevoked(), stats.byParty(), stats.bySex());
    }
}
