package org.acde.events.webhooks.subscription;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.problem.ProblemException;

/**
 * Where webhooks may be sent: https URLs whose host resolves to public addresses only ({@link PublicAddresses}),
 * checked when a subscription is written and again before every attempt, because a name can resolve elsewhere by
 * then (DNS rebinding). An attempt connects to the very address checked ({@link Destination#address}), never
 * resolving the name twice. Hosts the operator lists in {@code acde.webhooks.allowed-hosts} skip the address check
 * (and need not resolve when a subscription is written), those in {@code acde.webhooks.allow-http-hosts} may use
 * plain http.
 */
@ApplicationScoped
public class Destinations {

    /** The same words whatever went wrong, so a subscriber learns nothing of the platform's own network or DNS. */
    static final String REFUSED = "an https URL whose host resolves to public internet addresses only";

    private final Set<String> allowedHosts;
    private final Set<String> httpHosts;

    Destinations(WebhooksConfig config) {
        this.allowedHosts = lowerCase(config.allowedHosts());
        this.httpHosts = lowerCase(config.allowHttpHosts());
    }

    /** A subscriber's URL, checked as it is written: 400 naming {@code url} if webhooks may not go there. */
    public URI check(String url) {
        URI uri = parse(url).orElseThrow(() -> ProblemException.badField("url", REFUSED));
        boolean allowed = allowedHosts.contains(host(uri)) && scheme(uri).isPresent();
        if (!allowed && resolve(uri).isEmpty()) {
            throw ProblemException.badField("url", REFUSED);
        }
        return uri;
    }

    /**
     * Where an attempt to send to {@code url} connects, resolved now; empty if the URL is not one webhooks may use
     * or its host does not resolve to allowed addresses only. Blocks on DNS.
     */
    public Optional<Destination> resolve(URI uri) {
        Optional<Boolean> https = scheme(uri);
        if (https.isEmpty()) {
            return Optional.empty();
        }
        String host = host(uri);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        if (!allowedHosts.contains(host) && !Arrays.stream(addresses).allMatch(PublicAddresses::contains)) {
            return Optional.empty();
        }
        int port = uri.getPort() != -1 ? uri.getPort() : https.get() ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return Optional.of(new Destination(addresses[0], host, port, https.get(), path));
    }

    /** An absolute http(s) URL with a host, no user info and no fragment. */
    public static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether the URL is https (true) or plain http to a host allowed it (false); empty if neither. */
    private Optional<Boolean> scheme(URI uri) {
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of(true);
        }
        return "http".equalsIgnoreCase(uri.getScheme()) && httpHosts.contains(host(uri)) ? Optional.of(false)
                : Optional.empty();
    }

    private static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static Set<String> lowerCase(Optional<Set<String>> hosts) {
        return hosts.map(set -> Set.copyOf(set.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList()))
                .orElse(Set.of());
    }

    /**
     * A checked place to send to.
     *
     * @param address the address to connect to, checked
     * @param host    the name as the URL gives it, for the Host header, TLS server name and certificate check
     */
    public record Destination(InetAddress address, String host, int port, boolean https, String pathAndQuery) {
    }
}
