package org.acde.events.webhooks.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.acde.events.webhooks.subscription.Destinations;
import org.acde.events.webhooks.subscription.Destinations.Destination;
import org.acde.events.webhooks.subscription.SigningSecrets;
import org.acde.events.webhooks.subscription.WebhooksConfig;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Makes one attempt of a delivery: resolves the URL's host and checks every address ({@link Destinations}), then
 * POSTs the signed CloudEvent to the checked address itself, with the URL's host name as Host header, TLS server name
 * and certificate name. No redirect is followed; the connection must open within {@code connect-timeout} and the
 * whole answer arrive within {@code timeout}; at most {@code max-answer-bytes} of its body are read, then the
 * connection is dropped. Nothing of the receiver's answer but its status is kept.
 */
@ApplicationScoped
class Sender {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final Vertx vertx;
    private final Destinations destinations;
    private final SigningSecrets secrets;
    private final WebhooksConfig config;
    private final Clock clock;
    private final HttpClient client;

    Sender(Vertx vertx, Destinations destinations, SigningSecrets secrets, WebhooksConfig config, Clock clock) {
        this.vertx = vertx;
        this.destinations = destinations;
        this.secrets = secrets;
        this.config = config;
        this.clock = clock;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setVerifyHost(true)
                .setMaxRedirects(0),
                new PoolOptions().setHttp1MaxSize(config.delivery().maxInFlightPerWebhook()));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Completes with what the attempt came to; never fails. */
    Future<Outcome> send(Claim claim) {
        Optional<URI> url = Destinations.parse(claim.url());
        MultiMap headers = headers(claim);
        // On one event loop from the start: the exchange's callbacks then run where its connection's data arrives,
        // so no chunk of the answer passes before the handlers that count it are in place.
        Context context = vertx.getOrCreateContext();
        Promise<Outcome> outcome = Promise.promise();
        context.runOnContext(start -> context.executeBlocking(() -> url.flatMap(destinations::resolve), false)
                .compose(destination -> destination.isPresent()
                        ? post(destination.get(), headers, claim.body())
                        : Future.succeededFuture(Outcome.ADDRESS_NOT_ALLOWED))
                .otherwise(Outcome.CONNECTION_FAILED)
                .onComplete(outcome));
        return outcome.future();
    }

    /** POSTs {@code body} to a checked destination. */
    Future<Outcome> post(Destination destination, MultiMap headers, String body) {
        Promise<Outcome> outcome = Promise.promise();
        AtomicInteger status = new AtomicInteger();
        AtomicLong read = new AtomicLong();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        long deadline = vertx.setTimer(config.timeout().toMillis(), timer -> {
            // The outcome first: the reset fails the exchange at once, which would otherwise answer for it.
            outcome.tryComplete(status.get() == 0 ? Outcome.TIMEOUT : Outcome.status(status.get(), Optional.empty(), true));
            Optional.ofNullable(sent.get()).ifPresent(HttpClientRequest::reset);
        });
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(destination.port(), destination.address().getHostAddress()))
                .setHost(destination.host())
                .setPort(destination.port())
                .setSsl(destination.https())
                .setURI(destination.pathAndQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setHeaders(headers);
        client.request(options)
                .compose(request -> {
                    sent.set(request);
                    if (outcome.future().isComplete()) {
                        // The deadline passed while connecting: nothing is sent after the attempt was given up.
                        request.reset();
                        return Future.failedFuture(new TimeoutException());
                    }
                    return request.send(Buffer.buffer(body));
                })
                .onSuccess(response -> {
                    status.set(response.statusCode());
                    Optional<Duration> retryAfter = retryAfter(response.getHeader("Retry-After"));
                    response.handler(chunk -> {
                        if (read.addAndGet(chunk.length()) > config.maxAnswerBytes()) {
                            outcome.tryComplete(Outcome.status(status.get(), retryAfter, true));
                            response.request().reset();
                        }
                    });
                    response.exceptionHandler(e -> outcome.tryComplete(Outcome.status(status.get(), retryAfter, false)));
                    response.endHandler(end -> outcome.tryComplete(Outcome.status(status.get(), retryAfter, false)));
                })
                .onFailure(e -> outcome.tryComplete(failure(e)));
        return outcome.future().onComplete(done -> vertx.cancelTimer(deadline));
    }

    private MultiMap headers(Claim claim) {
        long timestamp = clock.instant().getEpochSecond();
        List<byte[]> keys = new ArrayList<>(2);
        keys.add(SigningSecrets.hmacKey(secrets.open(claim.webhookId(), claim.secret())));
        if (claim.previousSecret() != null && claim.previousSecretUntil() != null
                && claim.previousSecretUntil().isAfter(clock.instant())) {
            keys.add(SigningSecrets.hmacKey(secrets.open(claim.webhookId(), claim.previousSecret())));
        }
        String id = claim.eventId().toString();
        return MultiMap.caseInsensitiveMultiMap()
                .add("content-type", CONTENT_TYPE)
                .add("user-agent", "ACDE-Hub-Webhooks/1.0")
                .add("webhook-id", id)
                .add("webhook-timestamp", Long.toString(timestamp))
                .add("webhook-signature", Signatures.header(id, timestamp, claim.body(), keys));
    }

    /** The kind of failure, never its text: that may name addresses of the platform's own network. */
    private static Outcome failure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
                return Outcome.TIMEOUT;
            }
            if (cause instanceof SSLException) {
                return Outcome.TLS_FAILED;
            }
        }
        return Outcome.CONNECTION_FAILED;
    }

    /** Delay-seconds only; an HTTP date is rare from receivers and ignored. */
    private static Optional<Duration> retryAfter(String value) {
        if (value == null || !value.trim().matches("\\d{1,7}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
    }
}
