package org.acde.e2e;

import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.validation.SchemaFactory;

/** The official IATI 2.03 activity schema, as initiatives-service's tests keep it (src/test/resources/iati/). */
public final class IatiSchema {

    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();
    private static final Path SCHEMA = ROOT.resolve("initiatives-service/src/test/resources/iati/iati-activities-schema.xsd");

    private IatiSchema() {
    }

    /** Throws, naming line, column and reason, unless {@code document} is valid IATI 2.03. */
    public static void validate(Source document) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SCHEMA.toFile()).newValidator()
                .validate(document);
    }
}
