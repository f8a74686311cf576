package org.acde.e2e;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The platform's API through the gateway, as one caller: a client of the realm (its token fetched from Keycloak with
 * client credentials and renewed before it expires), a given token (expired, tampered), or nobody.
 *
 * <pre>
 * Api vietnam = Api.as("agency-vn-demo");
 * String id = vietnam.create("/api/v1/initiatives", Api.json("title", "...", ...));
 * vietnam.get("/api/v1/initiatives/" + id).then().statusCode(200);
 * </pre>
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Demo clients' tokens, shared by every test of the run: they live 300 s, a journey takes less. */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private final String name;
    private final String clientId;
    private final String secret;
    private final String fixedToken;

    private Api(String name, String clientId, String secret, String fixedToken) {
        this.name = name;
        this.clientId = clientId;
        this.secret = secret;
        this.fixedToken = fixedToken;
    }

    /** A demo client of deploy/keycloak/realm-acde.json (secret {@code <client-id>-dev-secret}). */
    public static Api as(String clientId) {
        return as(clientId, clientId + "-dev-secret");
    }

    /** Any confidential client of the realm, e.g. one the secretariat onboarded. */
    public static Api as(String clientId, String secret) {
        return new Api(clientId, clientId, secret, null);
    }

    /** No Authorization header at all. */
    public static Api anonymous() {
        return new Api("anonymous", null, null, null);
    }

    /** Exactly this bearer token, e.g. an expired or tampered one. */
    public static Api bearer(String name, String token) {
        return new Api(name, null, null, token);
    }

    /** An object for a request body, in the order given: {@code json("title", "x", "measure", "VI")}. */
    public static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** The claims of a JWT, decoded without any check. */
    public static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JWT: " + jwt, e);
        }
    }

    public String name() {
        return name;
    }

    /** The caller's current access token (null for anonymous). */
    public String token() {
        if (fixedToken != null || clientId == null) {
            return fixedToken;
        }
        Token token = TOKENS.compute(clientId + "\n" + secret, (key, cached) -> cached != null && cached.freshFor(60)
                ? cached : Token.of(Keycloak.token(clientId, secret)));
        return token.value();
    }

    /** A request as this caller: its bearer token, JSON in and out. */
    public RequestSpecification request() {
        RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        String token = token();
        return token == null ? request : request.auth().oauth2(token);
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** A POST; a null body sends none. */
    public Response post(String path, Object body) {
        RequestSpecification request = request();
        return (body == null ? request : request.body(body)).post(path);
    }

    /** A PUT with If-Match: the ETag of a fresh GET of the same path. */
    public Response put(String path, Object body) {
        String etag = get(path).then().statusCode(200).extract().header("ETag");
        return request().header("If-Match", etag).body(body).put(path);
    }

    public Response delete(String path) {
        return request().delete(path);
    }

    /** POSTs a new resource, expects 201 and returns its id. */
    public String create(String path, Object body) {
        return post(path, body).then().statusCode(201).extract().path("id");
    }

    /** POSTs {@code {to, reason}} (plus extra fields) to {@code <resource>/transitions}. */
    public Response transition(String resource, String to, Object... extra) {
        Map<String, Object> body = json("to", to, "reason", "System test journey: " + to.toLowerCase().replace('_', ' '));
        body.putAll(json(extra));
        return post(resource + "/transitions", body);
    }

    /** A token with its payload changed and its signature kept: what a client forging another party's claim sends. */
    public static String tampered(String token, String claim, String value) {
        String[] parts = token.split("\\.");
        try {
            ObjectNode payload = (ObjectNode) claims(token);
            payload.put(claim, value);
            String forged = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
            return parts[0] + "." + forged + "." + parts[2];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private record Token(String value, long expiresAt) {

        static Token of(String value) {
            return new Token(value, claims(value).path("exp").asLong());
        }

        boolean freshFor(long seconds) {
            return expiresAt - Instant.now().getEpochSecond() > seconds;
        }
    }
}
