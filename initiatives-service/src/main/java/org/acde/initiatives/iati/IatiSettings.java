package org.acde.initiatives.iati;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who publishes the IATI export and where its own vocabulary is documented; see the README's IATI section. */
@ConfigMapping(prefix = "acde.iati")
public interface IatiSettings {

    /**
     * The reporting organisation's IATI organisation identifier, also the prefix of every activity identifier. The
     * default is a placeholder: a publisher sets the identifier IATI's registry gave it.
     */
    @WithDefault("XI-IATI-ACDE")
    String reportingOrgRef();

    /** IATI OrganisationType of the reporting organisation (40: multilateral). */
    @WithDefault("40")
    String reportingOrgType();

    @WithDefault("ASEAN-China digital economy cooperation secretariat (ACDE Hub)")
    String reportingOrgName();

    /** Where the measures, the sectors' own vocabulary (99), are published. */
    @WithDefault("https://api.acde.example/api/v1/reference/measures")
    String measuresVocabularyUri();
}
