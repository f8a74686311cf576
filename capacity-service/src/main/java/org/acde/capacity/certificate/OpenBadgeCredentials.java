package org.acde.capacity.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.capacity.cohort.Cohort;
import org.acde.capacity.program.Program;
import org.acde.contracts.capacity.Topic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds 1EdTech Open Badges 3.0 {@code OpenBadgeCredential}s. The recipient is named only by a salted SHA-256 hash
 * of their email ({@code IdentityObject}, as the specification recommends for privacy): the certificate is public
 * and survives the erasure of the enrolment's personal data. The achievement aligns with the measure of the Joint
 * Statement and, when the program has one, with the initiative that funded it, which is also given as evidence.
 */
@ApplicationScoped
public class OpenBadgeCredentials {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static final String FRAMEWORK = "ASEAN-China Joint Statement on Facilitating Cooperation in Building a "
            + "Sustainable and Inclusive Digital Ecosystem (2024)";

    private final CertificatesConfig config;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();

    OpenBadgeCredentials(CertificatesConfig config) {
        this.config = config;
    }

    String issuerId() {
        return url("/api/v1/certificates/issuer");
    }

    /** The issuer's Profile, as embedded in every credential and served at its id. */
    ObjectNode issuerProfile() {
        ObjectNode issuer = json.createObjectNode();
        issuer.put("id", issuerId());
        issuer.putArray("type").add("Profile");
        issuer.put("name", config.issuerName());
        issuer.put("url", config.publicUrl().toString());
        return issuer;
    }

    /** The Profile as a JSON-LD document of its own, served at {@link #issuerId()}. */
    ObjectNode issuerDocument() {
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        document.setAll(issuerProfile());
        return document;
    }

    ObjectNode build(UUID certificateId, Program program, Cohort cohort, Recipient recipient, Instant validFrom,
            Instant validUntil) {
        ObjectNode credential = json.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        credential.put("id", "urn:uuid:" + certificateId);
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.set("issuer", issuerProfile());
        credential.put("validFrom", validFrom.toString());
        if (validUntil != null) {
            credential.put("validUntil", validUntil.toString());
        }
        credential.put("name", program.title);

        String achievementId = url("/api/v1/programs/" + program.id);
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        subject.putArray("identifier").add(emailIdentity(recipient.email()));
        ZoneId zone = ZoneId.of(cohort.timeZone);
        // xsd:dateTime with seconds, in the cohort's own time zone: from the first day's start to the last day's end.
        subject.put("activityStartDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(cohort.startDate.atStartOfDay(zone)));
        subject.put("activityEndDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(cohort.endDate.plusDays(1).atStartOfDay(zone)));
        subject.set("achievement", achievement(achievementId, program, cohort));
        ArrayNode results = subject.putArray("result");
        result(results).put("resultDescription", achievementId + "#attendance")
                .put("value", Integer.toString(recipient.attendancePercent()));
        if (recipient.score() != null) {
            result(results).put("resultDescription", achievementId + "#score").put("value", Integer.toString(recipient.score()));
        }
        result(results).put("status", "Completed");

        if (program.initiativeId != null) {
            ObjectNode evidence = credential.putArray("evidence").addObject();
            evidence.put("id", initiativeUrl(program));
            evidence.putArray("type").add("Evidence");
            evidence.put("name", "Cooperation initiative " + program.initiativeCode);
            evidence.put("description", "The ASEAN-China cooperation initiative under which this program was funded and delivered");
        }
        return credential;
    }

    private ObjectNode achievement(String id, Program program, Cohort cohort) {
        ObjectNode achievement = json.createObjectNode();
        achievement.put("id", id);
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "Certificate");
        achievement.put("name", program.title);
        achievement.put("description", program.description);
        achievement.putObject("criteria").put("narrative", cohort.completion().narrative());
        ObjectNode creator = achievement.putObject("creator");
        creator.put("id", id + "#provider");
        creator.putArray("type").add("Profile");
        creator.put("name", program.providerOrganisation);
        ObjectNode address = creator.putObject("address");
        address.putArray("type").add("Address");
        address.put("addressCountryCode", program.providerParty.code());
        achievement.put("inLanguage", program.languages.get(0));
        ArrayNode tags = achievement.putArray("tag");
        program.topics.stream().map(Topic::label).forEach(tags::add);

        ArrayNode alignment = achievement.putArray("alignment");
        ObjectNode measure = alignment.addObject();
        measure.putArray("type").add("Alignment");
        measure.put("targetName", "Measure " + program.measure.code() + ": " + program.measure.label());
        measure.put("targetUrl", url("/api/v1/reference/measures"));
        measure.put("targetCode", program.measure.code());
        measure.put("targetFramework", FRAMEWORK);
        if (program.initiativeId != null) {
            ObjectNode initiative = alignment.addObject();
            initiative.putArray("type").add("Alignment");
            initiative.put("targetName", "Cooperation initiative " + program.initiativeCode);
            initiative.put("targetUrl", initiativeUrl(program));
            initiative.put("targetCode", program.initiativeCode);
            initiative.put("targetType", "ext:CooperationInitiative");
            initiative.put("targetFramework", FRAMEWORK);
        }

        ArrayNode descriptions = achievement.putArray("resultDescription");
        ObjectNode attendance = descriptions.addObject();
        attendance.put("id", id + "#attendance");
        attendance.putArray("type").add("ResultDescription");
        attendance.put("name", "Attendance (percent of sessions)");
        attendance.put("resultType", "Percent");
        attendance.put("requiredValue", Integer.toString(cohort.minAttendancePercent));
        if (cohort.passMark != null) {
            ObjectNode score = descriptions.addObject();
            score.put("id", id + "#score");
            score.putArray("type").add("ResultDescription");
            score.put("name", "Assessment score (out of 100)");
            score.put("resultType", "ScaledScore");
            score.put("requiredValue", Integer.toString(cohort.passMark));
            score.put("valueMin", "0");
            score.put("valueMax", "100");
        }
        return achievement;
    }

    private static ObjectNode result(ArrayNode results) {
        ObjectNode result = results.addObject();
        result.putArray("type").add("Result");
        return result;
    }

    /** OB 3.0 IdentityObject: sha256 over the lower-cased email followed by a random salt. */
    private ObjectNode emailIdentity(String email) {
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        ObjectNode identity = json.createObjectNode();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", "sha256$" + sha256(email.toLowerCase(Locale.ROOT) + salt));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", salt);
        return identity;
    }

    private String initiativeUrl(Program program) {
        return url("/api/v1/initiatives/" + program.initiativeId);
    }

    private String url(String path) {
        return config.publicUrl().toString().replaceAll("/+$", "") + path;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
