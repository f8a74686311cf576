package org.acde.gateway.overview;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.capacity.CapacityStats;
import org.acde.contracts.dialogues.DialogueView;
import org.acde.contracts.initiatives.InitiativeStatus;
import org.acde.contracts.matchmaking.MatchmakingStats;
import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.paging.Page;
import org.acde.contracts.reference.Party;
import org.acde.contracts.stats.CountBy;
import org.acde.contracts.stats.StatsView;
import org.acde.kernel.i18n.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cross-service views composed at the gateway. The three services are asked in parallel; a service that fails or
 * is too slow leaves its section marked unavailable and the answer {@code partial}, never an error.
 */
@Path("/api/v1/parties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cross-service views", description = "Views the gateway composes from several services")
public class PartyOverviewResource {

    private static final Sections SECTIONS = new Sections("Party overview");
    private static final int LATEST_DIALOGUES = 10;

    private final OverviewSources sources;

    PartyOverviewResource(OverviewSources sources) {
        this.sources = sources;
    }

    @GET
    @Path("/{code}/overview")
    @PermitAll
    @SecurityRequirements
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "getPartyOverview", summary = "A party's cooperation at a glance", description = "Initiatives the party leads and takes part in by status, the dialogues it hosted or took part in (how many, and the latest ten), its organisations in matchmaking by kind, open opportunities and signed agreements, and its programs, participants and completions. Public figures, the same for every caller. When a service does not answer in time its section has `available: false` and `partial` is true. The party's name and the status labels are in the language of `Accept-Language`; `detail` is English.")
    public CompletionStage<PartyOverview> overview(
            @Parameter(description = "ISO 3166-1 alpha-2 code of a party, e.g. VN") @PathParam("code") Party party) {
        Locale language = RequestLanguage.current();
        CompletableFuture<StatsView> led = sources.ledBy(party).toCompletableFuture();
        CompletableFuture<StatsView> participating = sources.participatedBy(party).toCompletableFuture();
        CompletableFuture<MatchmakingStats> matchmaking = sources.matchmaking(party).toCompletableFuture();
        CompletableFuture<CapacityStats> capacity = sources.capacity(party).toCompletableFuture();
        CompletableFuture<Page<DialogueView>> dialogues = sources.dialogues(party, LATEST_DIALOGUES).toCompletableFuture();
        return CompletableFuture.allOf(Sections.settled(led), Sections.settled(participating), Sections.settled(matchmaking),
                Sections.settled(capacity), Sections.settled(dialogues))
                .thenApply(all -> {
                    PartyOverview.Initiatives initiatives = SECTIONS.failed("initiatives", led, participating)
                            ? new PartyOverview.Initiatives(false, Sections.unavailable("initiatives"), null, null)
                            : new PartyOverview.Initiatives(true, null, counts(led.join(), language),
                                    counts(participating.join(), language));
                    PartyOverview.Matchmaking match = SECTIONS.failed("matchmaking", matchmaking)
                            ? new PartyOverview.Matchmaking(false, Sections.unavailable("matchmaking"), null, null, null, null)
                            : matchmaking(matchmaking.join(), language);
                    PartyOverview.Capacity cap = SECTIONS.failed("capacity", capacity)
                            ? new PartyOverview.Capacity(false, Sections.unavailable("capacity"), null, null, null)
                            : new PartyOverview.Capacity(true, null, capacity.join().programs(),
                                    capacity.join().participants(), capacity.join().completions());
                    PartyOverview.Dialogues talks = SECTIONS.failed("initiatives", dialogues)
                            ? new PartyOverview.Dialogues(false, Sections.unavailable("initiatives"), null, null)
                            : dialogues(party, dialogues.join());
                    boolean partial = !initiatives.available() || !match.available() || !cap.available()
                            || !talks.available();
                    return new PartyOverview(party, party.label(language), partial, initiatives, match, cap, talks);
                });
    }

    /** The matchmaking section, with the kinds labelled in the caller's language. */
    private static PartyOverview.Matchmaking matchmaking(MatchmakingStats stats, Locale language) {
        // A matchmaking-service older than organisations answers without them.
        List<CountBy> kinds = stats.organisationsByKind() == null ? List.of() : stats.organisationsByKind().stream()
                .map(kind -> new CountBy(kind.code(), OrganisationKind.valueOf(kind.code()).label(language), kind.count())).toList();
        return new PartyOverview.Matchmaking(true, null, stats.openOpportunities(), stats.agreementsSigned(),
                kinds.stream().mapToLong(CountBy::count).sum(), kinds);
    }

    private static PartyOverview.Dialogues dialogues(Party party, Page<DialogueView> page) {
        List<PartyOverview.Dialogue> latest = page.items() == null ? List.of() : page.items().stream()
                .map(d -> new PartyOverview.Dialogue(d.id(), d.kind(), d.title(), d.startDate(), d.endDate(),
                        d.hostParty(), d.hostParty() == party))
                .toList();
        return new PartyOverview.Dialogues(true, null, page.total(), latest);
    }

    /**
     * The statuses relabelled in the caller's language here: the statistics are fetched anonymously on worker threads,
     * without the caller's headers. A status this gateway does not know keeps the service's label.
     */
    private static PartyOverview.Counts counts(StatsView stats, Locale language) {
        List<CountBy> groups = stats.groups() == null ? List.of() : stats.groups().stream()
                .map(group -> new CountBy(group.code(), statusLabel(group, language), group.count()))
                .toList();
        return new PartyOverview.Counts(stats.total(), groups);
    }

    private static String statusLabel(CountBy group, Locale language) {
        return Arrays.stream(InitiativeStatus.values()).filter(status -> status.code().equals(group.code())).findFirst()
                .map(status -> status.label(language)).orElse(group.label());
    }
}
