package org.acde.testing;

/**
 * One sending of an operation's request example, in the order a service's conventions test lists them
 * ({@link ServiceConventionsTest#exampleSteps()}): a partner's story told with the contract's own examples, for a
 * service whose examples depend on each other's state (an interest needs a published opportunity) or on several
 * callers (an owner and someone else). See {@link ContractExamples} for how ids and dates are filled in.
 */
public final class ExampleStep {

    final String operationId;
    String token;
    String creates;
    String resource;

    private ExampleStep(String operationId) {
        this.operationId = operationId;
    }

    /** Sends the request example of {@code operationId}. */
    public static ExampleStep send(String operationId) {
        return new ExampleStep(operationId);
    }

    /** As this caller (a bearer token); by default as {@link ServiceConventionsTest#exampleToken} says. */
    public ExampleStep as(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    /**
     * The resource this step creates (a 201) is the one later examples name by {@code placeholderId} (one of
     * {@code org.acde.contracts.openapi.ExampleIds}): the placeholder is replaced by its id.
     */
    public ExampleStep creates(String placeholderId) {
        this.creates = placeholderId;
        return this;
    }

    /**
     * On this resource instead of the newest created one that fits the operation's path: each {@code {name}} of the
     * resource's path is the property {@code name} of the newest answer that has it, e.g.
     * {@code /api/v1/certificates/{certificateId}} for the certificate a result issued (no 201 names it).
     */
    public ExampleStep on(String resourcePath) {
        this.resource = resourcePath;
        return this;
    }

    @Override
    public String toString() {
        return operationId;
    }
}
