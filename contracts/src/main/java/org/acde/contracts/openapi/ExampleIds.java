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

    /** A cooperation initiative that another resource names (a dialogue's outcome). */
    public static final String INITIATIVE = "5f0b1c9e-8a3d-4c71-9e2a-6d4b3f8a1c07";
    /** The dialogue that endorsed {@link #INITIATIVE}, named by its endorsement. */
    public static final String DIALOGUE = "a7e3d2c1-4b5f-4e8a-9c6d-2f1e0b9a8d75";

    private ExampleIds() {
    }
}
