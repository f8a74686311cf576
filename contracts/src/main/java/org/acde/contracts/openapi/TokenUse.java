package org.acde.contracts.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an operation of a contract says about bearer tokens, read from its OpenAPI {@code security}: none (an empty
 * list: the same answer for everyone), optional (one alternative is the empty requirement {@code {}}: public data,
 * more for a caller with rights) or required. An operation that declares nothing is taken to require a token, by
 * the documentation and by the gateway alike: forgetting a declaration never opens anything.
 */
public enum TokenUse {
    NONE, OPTIONAL, REQUIRED;

    /** Read from the model a service builds of its own contract. */
    public static TokenUse of(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security == null ? REQUIRED
                : of(security.size(), security.stream().anyMatch(requirement -> isEmpty(requirement.getSchemes())));
    }

    /** Read from a contract document: the operation's {@code security} node, missing if it has none. */
    public static TokenUse of(JsonNode security) {
        if (security == null || security.isMissingNode() || security.isNull()) {
            return REQUIRED;
        }
        boolean anyEmpty = false;
        for (JsonNode requirement : security) {
            anyEmpty |= requirement.isEmpty();
        }
        return of(security.size(), anyEmpty);
    }

    /** Whether a caller without a token is answered (rather than refused with 401). */
    public boolean admitsAnonymous() {
        return this != REQUIRED;
    }

    private static TokenUse of(int alternatives, boolean oneIsEmpty) {
        return alternatives == 0 ? NONE : oneIsEmpty ? OPTIONAL : REQUIRED;
    }

    private static boolean isEmpty(Map<String, List<String>> schemes) {
        return schemes == null || schemes.isEmpty();
    }
}
