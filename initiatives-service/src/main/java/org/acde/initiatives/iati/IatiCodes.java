package org.acde.initiatives.iati;

import static java.util.Map.entry;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.acde.contracts.initiatives.DocumentCategory;
import org.acde.contracts.initiatives.IndicatorLevel;
import org.acde.contracts.initiatives.IndicatorUnit;
import org.acde.contracts.initiatives.InitiativeStatus;
import org.acde.contracts.initiatives.OrganisationRole;
import org.acde.contracts.reference.StakeholderType;
import org.acde.contracts.reference.SubArea;

/**
 * Our codes in IATI 2.03 codelists (iatistandard.org/en/iati-standard/203/codelists/). The README's IATI section
 * is the same table for people; change both together.
 */
final class IatiCodes {

    /** ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended. */
    private static final Map<InitiativeStatus, String> STATUS = new EnumMap<>(Map.of(
            InitiativeStatus.PROPOSED, "1", InitiativeStatus.ENDORSED, "1", InitiativeStatus.ACTIVE, "2",
            InitiativeStatus.FINALISING, "3", InitiativeStatus.CLOSED, "4", InitiativeStatus.CANCELLED, "5",
            InitiativeStatus.SUSPENDED, "6"));
    /** OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
    private static final Map<OrganisationRole, String> ROLE = new EnumMap<>(Map.of(OrganisationRole.FUNDING, "1",
            OrganisationRole.ACCOUNTABLE, "2", OrganisationRole.EXTENDING, "3", OrganisationRole.IMPLEMENTING, "4"));
    /** OrganisationType: 10 government, 70 private sector, 80 academic, 22 national NGO, 40 multilateral. */
    private static final Map<StakeholderType, String> ORGANISATION_TYPE = new EnumMap<>(Map.of(
            StakeholderType.GOVERNMENT, "10", StakeholderType.PRIVATE_SECTOR, "70", StakeholderType.ACADEMIA, "80",
            StakeholderType.CIVIL_SOCIETY, "22", StakeholderType.INTERNATIONAL_ORGANISATION, "40"));
    /**
     * DocumentCategory: A09 memorandum of understanding, A02 objectives / purpose, A08 results, A07 review and
     * evaluation, A11 contract. IATI has no category for a work plan or for anything else, so both are A02.
     */
    private static final Map<DocumentCategory, String> DOCUMENT = new EnumMap<>(Map.of(DocumentCategory.MOU, "A09",
            DocumentCategory.CONCEPT_NOTE, "A02", DocumentCategory.WORK_PLAN, "A02",
            DocumentCategory.PROGRESS_REPORT, "A08", DocumentCategory.EVALUATION, "A07", DocumentCategory.AGREEMENT, "A11",
            DocumentCategory.OTHER, "A02"));
    /** ResultType: 1 output, 2 outcome, 3 impact. */
    private static final Map<IndicatorLevel, String> RESULT = new EnumMap<>(Map.of(IndicatorLevel.OUTPUT, "1",
            IndicatorLevel.OUTCOME, "2", IndicatorLevel.IMPACT, "3"));
    /** IndicatorMeasure: 1 unit, 2 percentage, 5 qualitative. */
    private static final Map<IndicatorUnit, String> MEASURE = new EnumMap<>(Map.of(IndicatorUnit.COUNT, "1",
            IndicatorUnit.PERCENT, "2", IndicatorUnit.QUALITATIVE, "5"));
    /**
     * OECD DAC 5-digit purpose codes (SectorVocabulary 1) of the sub-areas that map cleanly onto one; the others
     * (digital security, service industry, experience sharing, ...) have no DAC code of their own.
     */
    private static final Map<SubArea, Dac> DAC = new EnumMap<>(Map.ofEntries(
            entry(SubArea.DIGITAL_DEVELOPMENT_STRATEGIES, Dac.COMMUNICATIONS_POLICY),
            entry(SubArea.DIGITAL_REGULATORY_PRACTICES, Dac.COMMUNICATIONS_POLICY),
            entry(SubArea.CONNECTIVITY, Dac.TELECOMMUNICATIONS),
            entry(SubArea.INTERNATIONAL_COMMUNICATION_INFRASTRUCTURE, Dac.TELECOMMUNICATIONS),
            entry(SubArea.FIVE_G, Dac.TELECOMMUNICATIONS),
            entry(SubArea.FUTURE_NETWORKS, Dac.TELECOMMUNICATIONS),
            entry(SubArea.ICT_CAPABILITIES, Dac.ICT),
            entry(SubArea.INTEROPERABILITY, Dac.ICT),
            entry(SubArea.CLOUD_COMPUTING, Dac.ICT),
            entry(SubArea.ACCESS_AND_USE, Dac.ICT),
            entry(SubArea.DIGITAL_GOVERNMENT, Dac.PUBLIC_SECTOR_POLICY),
            entry(SubArea.DIGITAL_TRADE_PILOTS, Dac.TRADE_FACILITATION),
            entry(SubArea.TECHNOLOGY_SHARING, Dac.TECHNOLOGICAL_RESEARCH),
            entry(SubArea.ENTERPRISE_MATCHMAKING, Dac.BUSINESS_DEVELOPMENT_SERVICES),
            entry(SubArea.MANUFACTURING, Dac.INDUSTRIAL_DEVELOPMENT),
            entry(SubArea.AGRICULTURE, Dac.AGRICULTURAL_DEVELOPMENT),
            entry(SubArea.MSME_PARTICIPATION, Dac.SME_DEVELOPMENT),
            entry(SubArea.DIGITAL_TALENT, Dac.ADVANCED_TECHNICAL_TRAINING),
            entry(SubArea.MANAGER_TECHNICIAN_EXCHANGE, Dac.ADVANCED_TECHNICAL_TRAINING),
            entry(SubArea.DIGITAL_SKILLS, Dac.VOCATIONAL_TRAINING),
            entry(SubArea.DIGITAL_LITERACY, Dac.BASIC_LIFE_SKILLS)));

    private IatiCodes() {
    }

    static String status(InitiativeStatus status) {
        return STATUS.get(status);
    }

    static String role(OrganisationRole role) {
        return ROLE.get(role);
    }

    static String organisationType(StakeholderType type) {
        return ORGANISATION_TYPE.get(type);
    }

    static String documentCategory(DocumentCategory category) {
        return DOCUMENT.get(category);
    }

    static String resultType(IndicatorLevel level) {
        return RESULT.get(level);
    }

    static String indicatorMeasure(IndicatorUnit unit) {
        return MEASURE.get(unit);
    }

    static Optional<Dac> dac(SubArea area) {
        return Optional.ofNullable(DAC.get(area));
    }

    /** The DAC purpose codes the sub-areas map onto, with their DAC names. */
    enum Dac {
        COMMUNICATIONS_POLICY("22010", "Communications policy and administrative management"),
        TELECOMMUNICATIONS("22020", "Telecommunications"),
        ICT("22040", "Information and communication technology (ICT)"),
        PUBLIC_SECTOR_POLICY("15110", "Public sector policy and administrative management"),
        TRADE_FACILITATION("33120", "Trade facilitation"),
        TECHNOLOGICAL_RESEARCH("32182", "Technological research and development"),
        BUSINESS_DEVELOPMENT_SERVICES("25030", "Business development services"),
        INDUSTRIAL_DEVELOPMENT("32120", "Industrial development"),
        AGRICULTURAL_DEVELOPMENT("31120", "Agricultural development"),
        SME_DEVELOPMENT("32130", "Small and medium-sized enterprises (SME) development"),
        ADVANCED_TECHNICAL_TRAINING("11430", "Advanced technical and managerial training"),
        VOCATIONAL_TRAINING("11330", "Vocational training"),
        BASIC_LIFE_SKILLS("11230", "Basic life skills for adults");

        final String code;
        final String name;

        Dac(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }
}
