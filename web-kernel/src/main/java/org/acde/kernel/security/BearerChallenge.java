package org.acde.kernel.security;

import java.time.Instant;

import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * The {@code WWW-Authenticate} challenge of a 401 (RFC 6750 §3) and the reason given with it. A request without a
 * token gets the bare challenge; one whose token was refused gets {@code error="invalid_token"} and a description of
 * what is wrong, so a developer can tell an expired token from one minted for another API.
 */
public final class BearerChallenge {

    /** No credentials were sent: no error code (RFC 6750 §3.1). */
    public static final String MISSING = "Bearer realm=\"acde\"";
    public static final String MISSING_DETAIL = "A bearer token is required";

    private BearerChallenge() {
    }

    /** The challenge for a token that was sent and refused, saying {@code reason}. */
    public static String invalidToken(String reason) {
        return "Bearer error=\"invalid_token\", error_description=\"" + quotable(reason) + "\"";
    }

    /**
     * What is wrong with a token quarkus-oidc refused with {@code failure}. It verifies with jose4j and keeps jose4j's
     * exception as the cause; anything else (not a JWT, no key of the provider signed it) cannot be verified at all.
     */
    public static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid) {
                return reason(invalid);
            }
            if (cause instanceof RetiredKeyException retired) {
                return retired.getMessage();
            }
        }
        return "The token cannot be verified: it is not a JWT signed by the platform's identity provider";
    }

    private static String reason(InvalidJwtException invalid) {
        if (invalid.hasExpired()) {
            return "The token expired" + expiry(invalid);
        }
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || invalid.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return "The token's signature does not verify with the identity provider's keys";
        }
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "The token is not meant for this API: its audience (aud) lacks acde-api";
        }
        if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID) || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "The token was not issued by the platform's identity provider (realm acde)";
        }
        if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID) || invalid.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return "The token is not valid yet";
        }
        return "The token's claims are not valid";
    }

    private static String expiry(InvalidJwtException invalid) {
        try {
            NumericDate expiry = invalid.getJwtContext().getJwtClaims().getExpirationTime();
            return expiry == null ? "" : " at " + Instant.ofEpochSecond(expiry.getValue());
        } catch (MalformedClaimException | RuntimeException e) {
            return "";
        }
    }

    /** RFC 6750 §3: error_description is printable ASCII without '"' and '\'. */
    private static String quotable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? c : '\'');
        }
        return out.toString();
    }
}
