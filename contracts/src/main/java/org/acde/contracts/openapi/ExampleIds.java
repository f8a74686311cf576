package org.acde.contracts.openapi;

/**
 * The ids request examples give resources that other examples create: an opportunity names its enterprise, an
 * interest the opportunity and the interested enterprise. One per role a resource plays in the examples, so the
 * examples read consistently (the opportunity an interest names is the one the opportunity example describes) and a
 * test can put in real ids: a service's conventions test says which step creates the resource each stands for, and
 * replaces it in every later example ({@code ContractExamples} in test-support). Use them in an example as
 * {@code "{\"enterpriseId\": \"" + ExampleIds.ENTERPRISE + "\", ...}"}.
 * <p>
 * Dates in examples need no placeholder: write them as if today were 4 January 2027 (the test moves every date and
 * date-time by the days from then to the day it runs).
 */
public final class ExampleIds {

    /** The enterprise an opportunity belongs to. */
    public static final String ENTERPRISE = "c2362c4b-2fa1-43fc-99b6-d42dfeba9cac";
    /** A published opportunity of {@link #ENTERPRISE}. */
    public static final String OPPORTUNITY = "f39eddd2-becb-4080-abf5-55af8641e286";
    /** Another owner's enterprise, interested in {@link #OPPORTUNITY}. */
    public static final String INTERESTED_ENTERPRISE = "c33cfbad-c57e-4bcd-9f76-b3d106ee3f70";

    private ExampleIds() {
    }
}
