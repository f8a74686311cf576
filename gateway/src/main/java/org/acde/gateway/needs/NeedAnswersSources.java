package org.acde.gateway.needs;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.acde.contracts.capacity.ProgramQuery;
import org.acde.contracts.capacity.ProgramRankingList;
import org.acde.contracts.capacity.ProgramRankingQuery;
import org.acde.contracts.capacity.ProgramView;
import org.acde.contracts.initiatives.InitiativeQuery;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.matchmaking.OpportunityQuery;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.needs.NeedView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.gateway.portfolio.InitiativesReader;
import org.acde.gateway.portfolio.OpportunitiesReader;
import org.acde.gateway.portfolio.ProgramsReader;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The calls a need's answers are made of, in parallel, with the caller's token, a hard {@code @Timeout} and a breaker
 * each, as in the initiative portfolio. An upstream's "not found" is an answer, not a failure.
 */
@ApplicationScoped
@Asynchronous
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
@Timeout(3000)
public class NeedAnswersSources {

    private final NeedsReader needs;
    private final OpportunitiesReader opportunities;
    private final ProgramsReader programs;
    private final InitiativesReader initiatives;

    NeedAnswersSources(@RestClient NeedsReader needs, @RestClient OpportunitiesReader opportunities,
            @RestClient ProgramsReader programs, @RestClient InitiativesReader initiatives) {
        this.needs = needs;
        this.opportunities = opportunities;
        this.programs = programs;
        this.initiatives = initiatives;
    }

    /** The need, or empty when it does not exist for this caller. */
    public CompletionStage<Optional<NeedView>> need(UUID id) {
        try {
            return CompletableFuture.completedFuture(Optional.of(needs.get(id).getEntity()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            throw e;
        }
    }

    public CompletionStage<Page<OpportunityView>> offers(UUID need) {
        OpportunityQuery query = new OpportunityQuery();
        query.need = need;
        return CompletableFuture.completedFuture(opportunities.list(query, first()));
    }

    public CompletionStage<Page<ProgramView>> programs(UUID need) {
        ProgramQuery query = new ProgramQuery();
        query.need = need;
        return CompletableFuture.completedFuture(programs.list(query, first()));
    }

    /** The programs capacity-service ranks for the need's profile, as it ranks them for the caller. */
    public CompletionStage<ProgramRankingList> rankedPrograms(NeedView need) {
        ProgramRankingQuery query = new ProgramRankingQuery();
        query.measure = need.measure();
        query.subAreas = need.subAreas();
        query.audiences = need.audiences();
        query.party = need.party();
        query.from = need.startsOn();
        query.to = need.endsOn();
        query.languages = need.languages();
        return CompletableFuture.completedFuture(programs.rank(query));
    }

    public CompletionStage<Page<InitiativeView>> initiatives(UUID need) {
        InitiativeQuery query = new InitiativeQuery();
        query.need = need;
        return CompletableFuture.completedFuture(initiatives.list(query, first()));
    }

    private static PageParams first() {
        return new PageParams(Page.MAX_LIMIT, null, null);
    }
}
