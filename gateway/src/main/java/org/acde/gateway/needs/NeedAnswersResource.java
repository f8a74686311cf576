package org.acde.gateway.needs;

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

import org.acde.contracts.capacity.ProgramRankingList;
import org.acde.contracts.capacity.ProgramView;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.needs.NeedView;
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

/**
 * A need's answers, composed at the gateway like the initiative portfolio: the need and the three lists that find
 * their answers by {@code ?need=}, asked in parallel with the caller's own token, so each shows what its list would
 * show the caller. A service that fails leaves its section unavailable and the answer {@code partial}; only a need
 * the caller may not see makes the whole answer a 404.
 */
@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cross-service views", description = "Views the gateway composes from several services")
public class NeedAnswersResource {

    private static final Sections SECTIONS = new Sections("Need answers");

    private final NeedAnswersSources sources;

    NeedAnswersResource(NeedAnswersSources sources) {
        this.sources = sources;
    }

    @GET
    @Path("/{id}/answers")
    @PermitAll
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @Operation(operationId = "getNeedAnswers", summary = "What answers a need, across the services", description = "The need; the offers (matchmaking-service), capacity programs (capacity-service) and initiatives (initiatives-service) that declare they answer it, each as its own list shows it to the caller, first 100 each; and the best 20 programs capacity-service ranks for the need's profile, with their per-factor explanation. The services are asked in parallel; when one does not answer in time its section has `available: false` and `partial` is true.")
    @APIResponse(responseCode = "200", description = "The need and its answers, possibly partial")
    @APIResponse(responseCode = "404", description = "The need does not exist or the caller may not see it", content = @Content(mediaType = "application/problem+json"))
    public CompletionStage<NeedAnswers> answers(@Parameter(description = "The need's id") @PathParam("id") UUID id) {
        CompletableFuture<Optional<NeedView>> need = sources.need(id).toCompletableFuture();
        CompletableFuture<Page<OpportunityView>> offers = sources.offers(id).toCompletableFuture();
        CompletableFuture<Page<ProgramView>> programs = sources.programs(id).toCompletableFuture();
        CompletableFuture<Page<InitiativeView>> initiatives = sources.initiatives(id).toCompletableFuture();
        return CompletableFuture.allOf(Sections.settled(need), Sections.settled(offers), Sections.settled(programs),
                Sections.settled(initiatives))
                .thenCompose(all -> {
                    if (SECTIONS.failed("matchmaking", need)) {
                        throw ProblemException.unavailable("matchmaking-service cannot say whether need " + id + " exists", 5);
                    }
                    NeedView found = need.join().orElseThrow(() -> ProblemException.notFound("Need", id));
                    // The ranking is of the need's profile, so it waits for the need.
                    CompletableFuture<ProgramRankingList> ranked = sources.rankedPrograms(found).toCompletableFuture();
                    return Sections.settled(ranked).thenApply(done -> {
                        NeedAnswers.Section<OpportunityView> offerPart = section("matchmaking", offers);
                        NeedAnswers.Section<ProgramView> programPart = section("capacity", programs);
                        NeedAnswers.Ranked rankedPart = SECTIONS.failed("capacity", ranked)
                                ? new NeedAnswers.Ranked(false, Sections.unavailable("capacity"), null)
                                : new NeedAnswers.Ranked(true, null, ranked.join().items());
                        NeedAnswers.Section<InitiativeView> initiativePart = section("initiatives", initiatives);
                        boolean partial = !offerPart.available() || !programPart.available() || !rankedPart.available()
                                || !initiativePart.available();
                        return new NeedAnswers(id, partial, found, offerPart, programPart, rankedPart, initiativePart);
                    });
                });
    }

    private static <T> NeedAnswers.Section<T> section(String service, CompletableFuture<Page<T>> call) {
        return SECTIONS.failed(service, call) ? new NeedAnswers.Section<>(false, Sections.unavailable(service), null)
                : new NeedAnswers.Section<>(true, null, call.join());
    }
}
