package org.acde.initiatives.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** An export checked against the official IATI 2.03 schema (test resources, iati/), then read with XPath. */
final class IatiDocument {

    private static final Schema SCHEMA = schema();

    private final Document document;

    private IatiDocument(Document document) {
        this.document = document;
    }

    /** Fails the test, naming line, column and reason, unless {@code xml} is valid against iati-activities-schema.xsd. */
    static IatiDocument valid(String xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            fail("Not valid IATI 2.03 at line %d, column %d: %s%n%s", e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage(), excerpt(xml, e.getLineNumber(), e.getColumnNumber()));
        } catch (Exception e) {
            throw new AssertionError("Could not validate the export", e);
        }
        return wellFormed(xml);
    }

    /** Parsed without the schema: for a document the schema cannot accept (an export that matched nothing). */
    static IatiDocument wellFormed(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new IatiDocument(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage(), e);
        }
    }

    String text(String xpath) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    List<String> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int n = 0; n < nodes.getLength(); n++) {
                values.add(nodes.item(n).getTextContent());
            }
            return values;
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    int count(String xpath) {
        return all(xpath).size();
    }

    /** The activity whose identifier ends with the initiative's code. */
    String activity(String code) {
        String path = "/iati-activities/iati-activity[substring(iati-identifier, string-length(iati-identifier) - "
                + (code.length() - 1) + ") = '" + code + "']";
        assertThat(count(path)).as("activities for %s", code).isEqualTo(1);
        return path;
    }

    /** The percentages under {@code xpath} add up to exactly 100. */
    void sumsTo100(String xpath) {
        BigDecimal sum = all(xpath).stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).as(xpath).isEqualByComparingTo("100");
    }

    private static Schema schema() {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(IatiDocument.class.getResource("/iati/iati-activities-schema.xsd"));
        } catch (Exception e) {
            throw new IllegalStateException("The IATI schema in test resources (iati/) does not load", e);
        }
    }

    /** Around the error: activities are written one per line, so a line can be long. */
    private static String excerpt(String xml, int line, int column) {
        List<String> lines = xml.lines().toList();
        if (line < 1 || line > lines.size()) {
            return "";
        }
        String text = lines.get(line - 1);
        return text.substring(Math.max(0, column - 400), Math.min(text.length(), column + 200));
    }
}
