package org.acde.gateway.overview;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.capacity.CapacityStats;
import org.acde.contracts.dialogues.DialogueQuery;
import org.acde.contracts.dialogues.DialogueView;
import org.acde.contracts.initiatives.InitiativeGrouping;
import org.acde.contracts.initiatives.InitiativeQuery;
import org.acde.contracts.matchmaking.MatchmakingStats;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.reference.Party;
import org.acde.contracts.stats.StatsView;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The services' statistics the overview is made of. Each call runs on its own worker thread, so the three services
 * are asked in parallel; each client has its upstream's own connect and read timeouts
 * ({@code quarkus.rest-client.<name>.*-timeout}), {@code @Timeout} is a hard deadline on top (a read timeout stops
 * counting once headers have arrived), and a breaker per call keeps a failing service from being asked again and
 * again.
 */
@ApplicationScoped
// On the class, so every call gets the same policy; each method still has a breaker of its own.
@Asynchronous
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
@Timeout(3000)
public class OverviewSources {

    private final InitiativesRestClient initiatives;
    private final MatchmakingRestClient matchmaking;
    private final CapacityRestClient capacity;
    private final DialoguesRestClient dialogues;

    OverviewSources(@RestClient InitiativesRestClient initiatives, @RestClient MatchmakingRestClient matchmaking,
            @RestClient CapacityRestClient capacity, @RestClient DialoguesRestClient dialogues) {
        this.initiatives = initiatives;
        this.matchmaking = matchmaking;
        this.capacity = capacity;
        this.dialogues = dialogues;
    }

    /** Initiatives the party leads, by status. */
    public CompletionStage<StatsView> ledBy(Party party) {
        InitiativeQuery query = new InitiativeQuery();
        query.leadParty = party;
        return CompletableFuture.completedFuture(initiatives.stats(InitiativeGrouping.status, query));
    }

    /** Initiatives the party leads or takes part in, by status. */
    public CompletionStage<StatsView> participatedBy(Party party) {
        InitiativeQuery query = new InitiativeQuery();
        query.party = party;
        return CompletableFuture.completedFuture(initiatives.stats(InitiativeGrouping.status, query));
    }

    /** The latest {@code limit} dialogues the party hosted or took part in, and how many there are. */
    public CompletionStage<Page<DialogueView>> dialogues(Party party, int limit) {
        DialogueQuery query = new DialogueQuery();
        query.party = party;
        return CompletableFuture.completedFuture(dialogues.list(query, new PageParams(limit, null, null)));
    }

    public CompletionStage<MatchmakingStats> matchmaking(Party party) {
        return CompletableFuture.completedFuture(matchmaking.stats(party, null));
    }

    public CompletionStage<CapacityStats> capacity(Party party) {
        return CompletableFuture.completedFuture(capacity.stats(party, null));
    }
}
