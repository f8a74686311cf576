package org.acde.contracts.reference;

/** The areas each measure of the statement names; an initiative's sub-areas must belong to its measure. */
public enum SubArea implements Coded {
    // I. Policy exchange and strategic matchmaking
    TRUSTED_DIGITAL_ECOSYSTEM(Measure.I, "Trusted and inclusive digital ecosystem"),
    DIGITAL_DEVELOPMENT_STRATEGIES(Measure.I, "Digital development strategies"),
    DIGITAL_REGULATORY_PRACTICES(Measure.I, "Digital regulatory practices"),
    POLICIES_RULES_STANDARDS(Measure.I, "Policies, rules and standards"),
    GOVERNMENT_BUSINESS_ACADEMIA_PLATFORM(Measure.I, "Exchange platform for governments, businesses and academia"),
    // II. Digital infrastructure
    CONNECTIVITY(Measure.II, "Connectivity"),
    INTEROPERABILITY(Measure.II, "Interoperability"),
    ICT_CAPABILITIES(Measure.II, "ICT capabilities"),
    INTERNATIONAL_COMMUNICATION_INFRASTRUCTURE(Measure.II,
            "Joint contribution, maintenance and technical exchange on international communication infrastructure"),
    // III. Emerging digital technologies
    FIVE_G(Measure.III, "5G technologies and applications"),
    CLOUD_COMPUTING(Measure.III, "Cloud computing"),
    DIGITAL_GOVERNMENT(Measure.III, "Digital government"),
    FUTURE_NETWORKS(Measure.III, "Future networks"),
    AI_GOVERNANCE(Measure.III, "Artificial intelligence principles, development, safety and governance"),
    DIGITAL_TRADE_PILOTS(Measure.III, "Digital trade and pilot projects digitising trade scenarios"),
    STANDARDS_RECOGNITION(Measure.III, "Best practices and recognition of international standards"),
    TECHNOLOGY_SHARING(Measure.III, "Technology sharing"),
    ENTERPRISE_MATCHMAKING(Measure.III, "Enterprise matchmaking"),
    BUSINESS_MODEL_SHARING(Measure.III, "Business model sharing"),
    // IV. Digital transformation of industries
    MANUFACTURING(Measure.IV, "Manufacturing"),
    AGRICULTURE(Measure.IV, "Agriculture"),
    SERVICE_INDUSTRY(Measure.IV, "Service industry"),
    TRANSFORMATION_EXPERIENCE_SHARING(Measure.IV, "Sharing experience and strategies for digital transformation"),
    // V. Digital security
    SECURITY_POLICIES(Measure.V, "Digital security policies"),
    SECURITY_TECHNOLOGIES(Measure.V, "Digital security technologies"),
    SECURITY_STANDARDS(Measure.V, "Digital security standards"),
    SECURITY_INDUSTRIES(Measure.V, "Digital security industries"),
    SECURITY_CAPACITY_BUILDING(Measure.V, "Digital security capacity building"),
    // VI. Digital literacy and capabilities
    DIGITAL_TALENT(Measure.VI, "Developing digital talents"),
    MANAGER_TECHNICIAN_EXCHANGE(Measure.VI, "Exchange between managers and technicians"),
    DIGITAL_SKILLS(Measure.VI, "Digital skills and knowledge"),
    DIGITAL_LITERACY(Measure.VI, "Overall digital literacy"),
    // VII. Inclusive digital development
    ACCESS_AND_USE(Measure.VII, "Access to and use of digital technologies"),
    MSME_PARTICIPATION(Measure.VII, "Participation of micro, small and medium-sized enterprises"),
    INFRASTRUCTURE_UPGRADING(Measure.VII, "Digitalised, network-based and intelligent upgrading of traditional infrastructure"),
    DIGITAL_DIVIDE(Measure.VII, "Narrowing the digital divide");

    private final Measure measure;
    private final String label;

    SubArea(Measure measure, String label) {
        this.measure = measure;
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    public Measure measure() {
        return measure;
    }
}
