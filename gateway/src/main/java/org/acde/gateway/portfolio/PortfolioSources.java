package org.acde.gateway.portfolio;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.acde.contracts.capacity.CapacityStats;
import org.acde.contracts.capacity.CohortView;
import org.acde.contracts.capacity.ProgramQuery;
import org.acde.contracts.capacity.ProgramView;
import org.acde.contracts.dialogues.InitiativeDialogueView;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.initiatives.ProgressReportView;
import org.acde.contracts.matchmaking.InterestQuery;
import org.acde.contracts.matchmaking.InterestView;
import org.acde.contracts.matchmaking.MatchmakingStats;
import org.acde.contracts.matchmaking.OpportunityQuery;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.gateway.overview.CapacityRestClient;
import org.acde.gateway.overview.MatchmakingRestClient;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The calls an initiative's portfolio is made of, each on its own worker thread so they run in parallel, each with
 * its upstream's connect and read timeouts, a hard {@code @Timeout} on top and a breaker, as in the party overview.
 * Lists are read with the caller's token ({@link CallerHeaders}) and give their first page of {@value #FIRST};
 * statistics are public. An upstream's "not found" or "not for you" is an answer, not a failure: it never counts
 * against a breaker.
 */
@ApplicationScoped
// On the class, so every call gets the same policy; each method still has a breaker of its own.
@Asynchronous
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
@Timeout(3000)
public class PortfolioSources {

    static final int FIRST = Page.MAX_LIMIT;

    private final InitiativesReader initiatives;
    private final ProgressReportsReader progressReports;
    private final InitiativeDialoguesReader dialogues;
    private final ProgramsReader programs;
    private final CohortsReader cohorts;
    private final CapacityRestClient capacity;
    private final OpportunitiesReader opportunities;
    private final InterestsReader interests;
    private final MatchmakingRestClient matchmaking;

    PortfolioSources(@RestClient InitiativesReader initiatives, @RestClient ProgressReportsReader progressReports,
            @RestClient InitiativeDialoguesReader dialogues,
            @RestClient ProgramsReader programs, @RestClient CohortsReader cohorts,
            @RestClient CapacityRestClient capacity,
            @RestClient OpportunitiesReader opportunities, @RestClient InterestsReader interests,
            @RestClient MatchmakingRestClient matchmaking) {
        this.initiatives = initiatives;
        this.progressReports = progressReports;
        this.dialogues = dialogues;
        this.programs = programs;
        this.cohorts = cohorts;
        this.capacity = capacity;
        this.opportunities = opportunities;
        this.interests = interests;
        this.matchmaking = matchmaking;
    }

    /** The initiative, or empty when it does not exist for this caller. */
    public CompletionStage<Optional<InitiativeView>> initiative(UUID id) {
        try {
            return CompletableFuture.completedFuture(Optional.of(initiatives.get(id).getEntity()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            throw e;
        }
    }

    public CompletionStage<Page<ProgressReportView>> progressReports(UUID initiative) {
        return CompletableFuture.completedFuture(progressReports.list(initiative, first()));
    }

    public CompletionStage<Page<InitiativeDialogueView>> dialogues(UUID initiative) {
        return CompletableFuture.completedFuture(dialogues.list(initiative, first()));
    }

    public CompletionStage<Page<ProgramView>> programs(UUID initiative) {
        ProgramQuery query = new ProgramQuery();
        query.initiativeId = initiative;
        return CompletableFuture.completedFuture(programs.list(query, first()));
    }

    public CompletionStage<Page<CohortView>> cohorts(UUID program) {
        return CompletableFuture.completedFuture(cohorts.list(program, first()));
    }

    public CompletionStage<CapacityStats> capacityStats(UUID initiative) {
        return CompletableFuture.completedFuture(capacity.stats(null, initiative));
    }

    public CompletionStage<Page<OpportunityView>> opportunities(UUID initiative) {
        OpportunityQuery query = new OpportunityQuery();
        query.initiativeId = initiative;
        return CompletableFuture.completedFuture(opportunities.list(query, first()));
    }

    /** The interests and agreements the caller takes part in or oversees, or empty when it may list none. */
    public CompletionStage<Optional<Page<InterestView>>> interests(UUID initiative) {
        InterestQuery query = new InterestQuery();
        query.initiativeId = initiative;
        try {
            return CompletableFuture.completedFuture(Optional.of(interests.list(query, first())));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            throw e;
        }
    }

    public CompletionStage<MatchmakingStats> matchmakingStats(UUID initiative) {
        return CompletableFuture.completedFuture(matchmaking.stats(null, initiative));
    }

    private static PageParams first() {
        return new PageParams(FIRST, null, null);
    }
}
