package org.acde.contracts.reference;

/** The areas each measure of the statement names; an initiative's sub-areas must belong to its measure. */
public enum SubArea implements Coded {
    // I. Policy exchange and strategic matchmaking
    TRUSTED_DIGITAL_ECOSYSTEM(Measure.I),
    DIGITAL_DEVELOPMENT_STRATEGIES(Measure.I),
    DIGITAL_REGULATORY_PRACTICES(Measure.I),
    POLICIES_RULES_STANDARDS(Measure.I),
    GOVERNMENT_BUSINESS_ACADEMIA_PLATFORM(Measure.I),
    // II. Digital infrastructure
    CONNECTIVITY(Measure.II),
    INTEROPERABILITY(Measure.II),
    ICT_CAPABILITIES(Measure.II),
    INTERNATIONAL_COMMUNICATION_INFRASTRUCTURE(Measure.II),
    // III. Emerging digital technologies
    FIVE_G(Measure.III),
    CLOUD_COMPUTING(Measure.III),
    DIGITAL_GOVERNMENT(Measure.III),
    FUTURE_NETWORKS(Measure.III),
    AI_GOVERNANCE(Measure.III),
    DIGITAL_TRADE_PILOTS(Measure.III),
    STANDARDS_RECOGNITION(Measure.III),
    TECHNOLOGY_SHARING(Measure.III),
    ENTERPRISE_MATCHMAKING(Measure.III),
    BUSINESS_MODEL_SHARING(Measure.III),
    // IV. Digital transformation of industries
    MANUFACTURING(Measure.IV),
    AGRICULTURE(Measure.IV),
    SERVICE_INDUSTRY(Measure.IV),
    TRANSFORMATION_EXPERIENCE_SHARING(Measure.IV),
    // V. Digital security
    SECURITY_POLICIES(Measure.V),
    SECURITY_TECHNOLOGIES(Measure.V),
    SECURITY_STANDARDS(Measure.V),
    SECURITY_INDUSTRIES(Measure.V),
    SECURITY_CAPACITY_BUILDING(Measure.V),
    // VI. Digital literacy and capabilities
    DIGITAL_TALENT(Measure.VI),
    MANAGER_TECHNICIAN_EXCHANGE(Measure.VI),
    DIGITAL_SKILLS(Measure.VI),
    DIGITAL_LITERACY(Measure.VI),
    // VII. Inclusive digital development
    ACCESS_AND_USE(Measure.VII),
    MSME_PARTICIPATION(Measure.VII),
    INFRASTRUCTURE_UPGRADING(Measure.VII),
    DIGITAL_DIVIDE(Measure.VII);

    private final Measure measure;

    SubArea(Measure measure) {
        this.measure = measure;
    }

    @Override
    public String code() {
        return name();
    }

    public Measure measure() {
        return measure;
    }
}
