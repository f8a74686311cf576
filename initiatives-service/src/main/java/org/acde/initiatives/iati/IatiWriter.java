package org.acde.initiatives.iati;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.acde.contracts.initiatives.Baseline;
import org.acde.contracts.initiatives.Budget;
import org.acde.contracts.initiatives.DocumentLink;
import org.acde.contracts.initiatives.IndicatorLevel;
import org.acde.contracts.initiatives.IndicatorUnit;
import org.acde.contracts.initiatives.IndicatorView;
import org.acde.contracts.initiatives.InitiativeStatus;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.initiatives.Organisation;
import org.acde.contracts.initiatives.PartyValue;
import org.acde.contracts.initiatives.PeriodValue;
import org.acde.contracts.initiatives.Periods;
import org.acde.contracts.initiatives.SexValue;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.acde.contracts.types.Money;

/**
 * Writes an IATI 2.03 {@code iati-activities} document with StAX, one activity at a time, so an export of any size
 * holds one slice in memory. Element order follows iati-activities-schema.xsd; the codes come from {@link IatiCodes};
 * the README's IATI section documents the mapping.
 */
final class IatiWriter {

    static final String VERSION = "2.03";
    /** What we hold is entered in English; narratives say so (a language tag per title is not stored yet). */
    private static final String LANGUAGE = "en";
    private static final String GOVERNMENT = "10";
    private static final String OWN_VOCABULARY = "99";
    private static final String DAC_VOCABULARY = "1";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<InitiativeStatus> COMMITTED = Set.of(InitiativeStatus.ACTIVE, InitiativeStatus.SUSPENDED,
            InitiativeStatus.FINALISING, InitiativeStatus.CLOSED);
    private static final Map<IndicatorLevel, String> RESULT_TITLES = Map.of(IndicatorLevel.OUTPUT, "Outputs",
            IndicatorLevel.OUTCOME, "Outcomes", IndicatorLevel.IMPACT, "Impact");
    private static final int BUFFER = 64 * 1024;
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;
    private final IatiSettings settings;

    private IatiWriter(XMLStreamWriter xml, IatiSettings settings) {
        this.xml = xml;
        this.settings = settings;
    }

    /** Opens the document: the XML declaration and {@code <iati-activities version="2.03" generated-datetime>}. */
    static IatiWriter start(OutputStream out, IatiSettings settings, Instant generated) throws XMLStreamException {
        // The JDK's StAX writer hands the stream a few bytes at a time; each write to the HTTP response costs.
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(new BufferedOutputStream(out, BUFFER), "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", generated.toString());
        return new IatiWriter(xml, settings);
    }

    void write(IatiActivity activity) throws XMLStreamException {
        InitiativeView i = activity.initiative();
        xml.writeCharacters("\n");
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", i.updatedAt().toString());
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", LANGUAGE);
        if (i.budget() != null) {
            xml.writeAttribute("default-currency", i.budget().original().currency());
        }
        element("iati-identifier", settings.reportingOrgRef() + "-" + i.code());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", settings.reportingOrgRef());
        xml.writeAttribute("type", settings.reportingOrgType());
        narrative(settings.reportingOrgName());
        xml.writeEndElement();
        xml.writeStartElement("title");
        narrative(i.title(), language(i.titleLanguage()));
        xml.writeEndElement();
        if (present(i.summary())) {
            xml.writeStartElement("description");
            xml.writeAttribute("type", "1");
            narrative(i.summary(), language(i.summaryLanguage()));
            xml.writeEndElement();
        }
        description("2", i.objectives());
        description("3", i.targetGroups());
        participants(i);
        empty("activity-status", "code", IatiCodes.status(i.status()));
        dates(i);
        empty("activity-scope", "code", i.participatingParties().size() > 1 ? "3" : "4");
        countries(i.participatingParties());
        sectors(i);
        for (String tag : i.tags()) {
            xml.writeEmptyElement("tag");
            xml.writeAttribute("vocabulary", OWN_VOCABULARY);
            xml.writeAttribute("code", clean(tag));
        }
        budgets(i);
        for (DocumentLink document : i.documents()) {
            document(document);
        }
        results(activity.indicators());
        xml.writeEndElement();
    }

    /** Hands what is written so far to the client: the end of a slice. */
    void flush() throws XMLStreamException {
        xml.flush();
    }

    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** The lead party's government is accountable, the other parties' implement; then the organisations named. */
    private void participants(InitiativeView i) throws XMLStreamException {
        organisation("2", GOVERNMENT, i.leadParty().label());
        for (Party party : i.participatingParties()) {
            if (party != i.leadParty()) {
                organisation("4", GOVERNMENT, party.label());
            }
        }
        for (Organisation organisation : i.organisations()) {
            organisation(IatiCodes.role(organisation.role()), IatiCodes.organisationType(organisation.type()),
                    organisation.name());
        }
    }

    private void organisation(String role, String type, String name) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", role);
        xml.writeAttribute("type", type);
        narrative(name);
        xml.writeEndElement();
    }

    /**
     * Types 1-4: planned start, actual start, planned end, actual end. IATI needs at least one; a proposal with no
     * dates yet gives the day it was proposed as its planned start, and says so.
     */
    private void dates(InitiativeView i) throws XMLStreamException {
        if (i.plannedStart() == null && i.actualStart() == null && i.plannedEnd() == null && i.actualEnd() == null) {
            xml.writeStartElement("activity-date");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("iso-date", i.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
            narrative("No dates planned yet: the day the initiative was proposed");
            xml.writeEndElement();
            return;
        }
        date("1", i.plannedStart());
        date("2", i.actualStart());
        date("3", i.plannedEnd());
        date("4", i.actualEnd());
    }

    private void date(String type, LocalDate date) throws XMLStreamException {
        if (date != null) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", type);
            xml.writeAttribute("iso-date", date.toString());
        }
    }

    /** Every party is a recipient country (ISO 3166-1 alpha-2, as our party codes), in equal shares summing to 100. */
    private void countries(List<Party> parties) throws XMLStreamException {
        List<BigDecimal> shares = shares(parties.size());
        for (int n = 0; n < parties.size(); n++) {
            xml.writeStartElement("recipient-country");
            xml.writeAttribute("code", parties.get(n).code());
            xml.writeAttribute("percentage", shares.get(n).toPlainString());
            narrative(parties.get(n).label());
            xml.writeEndElement();
        }
    }

    /** The measure in our own vocabulary (99) at 100 %; the DAC codes of the sub-areas (1) in equal shares. */
    private void sectors(InitiativeView i) throws XMLStreamException {
        xml.writeStartElement("sector");
        xml.writeAttribute("vocabulary", OWN_VOCABULARY);
        xml.writeAttribute("vocabulary-uri", settings.measuresVocabularyUri());
        xml.writeAttribute("code", i.measure().code());
        xml.writeAttribute("percentage", "100");
        narrative(i.measure().label());
        xml.writeEndElement();
        Set<IatiCodes.Dac> dac = new LinkedHashSet<>();
        for (SubArea area : i.subAreas()) {
            IatiCodes.dac(area).ifPresent(dac::add);
        }
        List<BigDecimal> shares = shares(dac.size());
        int n = 0;
        for (IatiCodes.Dac code : dac) {
            xml.writeStartElement("sector");
            xml.writeAttribute("vocabulary", DAC_VOCABULARY);
            xml.writeAttribute("code", code.code);
            xml.writeAttribute("percentage", shares.get(n++).toPlainString());
            narrative(code.name);
            xml.writeEndElement();
        }
    }

    /**
     * Original (type 1) and revised (type 2) budgets over the activity's dates, actual before planned; indicative
     * (status 1) until the initiative starts, committed (2) from then on. Without both dates IATI has no period to
     * give them, so they are left out.
     */
    private void budgets(InitiativeView i) throws XMLStreamException {
        Budget budget = i.budget();
        LocalDate start = i.actualStart() != null ? i.actualStart() : i.plannedStart();
        LocalDate end = i.actualEnd() != null ? i.actualEnd() : i.plannedEnd();
        if (budget == null || start == null || end == null || end.isBefore(start)) {
            return;
        }
        String status = COMMITTED.contains(i.status()) ? "2" : "1";
        budget("1", status, start, end, budget.original());
        if (budget.revised() != null) {
            budget("2", status, start, end, budget.revised());
        }
    }

    private void budget(String type, String status, LocalDate start, LocalDate end, Money money)
            throws XMLStreamException {
        xml.writeStartElement("budget");
        xml.writeAttribute("type", type);
        xml.writeAttribute("status", status);
        empty("period-start", "iso-date", start.toString());
        empty("period-end", "iso-date", end.toString());
        xml.writeStartElement("value");
        xml.writeAttribute("currency", money.currency());
        xml.writeAttribute("value-date", start.toString());
        xml.writeCharacters(money.amount());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void document(DocumentLink document) throws XMLStreamException {
        xml.writeStartElement("document-link");
        xml.writeAttribute("url", clean(document.url()));
        xml.writeAttribute("format", format(document.url()));
        narrativeElement("title", document.title());
        empty("category", "code", IatiCodes.documentCategory(document.category()));
        xml.writeEndElement();
    }

    /** One result per level of the results chain, holding its indicators. */
    private void results(List<IndicatorView> indicators) throws XMLStreamException {
        for (IndicatorLevel level : IndicatorLevel.values()) {
            List<IndicatorView> ofLevel = indicators.stream().filter(i -> i.level() == level).toList();
            if (ofLevel.isEmpty()) {
                continue;
            }
            xml.writeStartElement("result");
            xml.writeAttribute("type", IatiCodes.resultType(level));
            narrativeElement("title", RESULT_TITLES.get(level));
            for (IndicatorView indicator : ofLevel) {
                indicator(indicator);
            }
            xml.writeEndElement();
        }
    }

    private void indicator(IndicatorView indicator) throws XMLStreamException {
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", IatiCodes.indicatorMeasure(indicator.unit()));
        if (indicator.unit() != IndicatorUnit.QUALITATIVE && indicator.ascending() != null) {
            xml.writeAttribute("ascending", indicator.ascending() ? "1" : "0");
        }
        narrativeElement("title", indicator.title());
        if (present(indicator.description())) {
            xml.writeStartElement("description");
            narrative(indicator.description());
            xml.writeEndElement();
        }
        Baseline baseline = indicator.baseline();
        if (baseline != null) {
            xml.writeStartElement("baseline");
            xml.writeAttribute("year", Integer.toString(baseline.date().getYear()));
            xml.writeAttribute("iso-date", baseline.date().toString());
            if (baseline.value() != null) {
                xml.writeAttribute("value", baseline.value().toPlainString());
            }
            comment(baseline.text());
            xml.writeEndElement();
        }
        for (Map.Entry<String, Period> period : periods(indicator).entrySet()) {
            xml.writeStartElement("period");
            empty("period-start", "iso-date", Periods.start(period.getKey()).toString());
            empty("period-end", "iso-date", Periods.end(period.getKey()).toString());
            for (PeriodValue target : period.getValue().targets) {
                xml.writeStartElement("target");
                value(target.value());
                comment(target.text());
                xml.writeEndElement();
            }
            for (IndicatorView.ReportedActual actual : period.getValue().actuals) {
                actuals(actual);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * An actual per progress report (dimension {@code reported-by}: the reporting party), then its breakdowns: one
     * actual per party (dimension {@code party}) and per sex (dimension {@code sex}).
     */
    private void actuals(IndicatorView.ReportedActual actual) throws XMLStreamException {
        xml.writeStartElement("actual");
        value(actual.value());
        dimension("reported-by", actual.reportedBy().code());
        comment(actual.text());
        xml.writeEndElement();
        for (PartyValue part : actual.byParty() == null ? List.<PartyValue>of() : actual.byParty()) {
            xml.writeStartElement("actual");
            value(part.value());
            dimension("reported-by", actual.reportedBy().code());
            dimension("party", part.party().code());
            xml.writeEndElement();
        }
        for (SexValue part : actual.bySex() == null ? List.<SexValue>of() : actual.bySex()) {
            xml.writeStartElement("actual");
            value(part.value());
            dimension("reported-by", actual.reportedBy().code());
            dimension("sex", part.sex().name());
            xml.writeEndElement();
        }
    }

    /** The periods with a target or an actual, in time order (a year before its halves, a half before its quarters). */
    private static Map<String, Period> periods(IndicatorView indicator) {
        Map<String, Period> periods = new TreeMap<>(Comparator.comparing(Periods::start)
                .thenComparing(Periods::end, Comparator.reverseOrder()));
        for (PeriodValue target : indicator.targets()) {
            periods.computeIfAbsent(target.period(), p -> new Period()).targets.add(target);
        }
        for (IndicatorView.ReportedActual actual : indicator.actuals()) {
            periods.computeIfAbsent(actual.period(), p -> new Period()).actuals.add(actual);
        }
        return periods;
    }

    private void dimension(String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("dimension");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private void value(BigDecimal value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute("value", value.toPlainString());
        }
    }

    private void comment(String text) throws XMLStreamException {
        if (present(text)) {
            narrativeElement("comment", text);
        }
    }

    private void description(String type, String text) throws XMLStreamException {
        if (present(text)) {
            xml.writeStartElement("description");
            xml.writeAttribute("type", type);
            narrative(text);
            xml.writeEndElement();
        }
    }

    private void narrativeElement(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        narrative(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        narrative(text, LANGUAGE);
    }

    private void narrative(String text, String language) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /**
     * The narrative language of a text the client tagged: IATI's Language codelist is ISO 639-1, so a BCP 47 tag
     * ({@code zh-Hans-CN}) gives its primary subtag; untagged text is taken as the activity's default language.
     */
    static String language(String tag) {
        return tag == null ? LANGUAGE : Locale.forLanguageTag(tag).getLanguage();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private void empty(String name, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute(attribute, value);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * Equal shares of 100 with two decimals that sum to exactly 100: the first takes what rounding leaves over
     * (three parties: 33.34, 33.33, 33.33).
     */
    static List<BigDecimal> shares(int count) {
        List<BigDecimal> shares = new ArrayList<>();
        if (count == 0) {
            return shares;
        }
        BigDecimal each = HUNDRED.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        shares.add(HUNDRED.subtract(each.multiply(BigDecimal.valueOf(count - 1))).stripTrailingZeros());
        for (int n = 1; n < count; n++) {
            shares.add(each.stripTrailingZeros());
        }
        return shares;
    }

    /** IATI FileFormat (an IANA media type) from the URL's extension; a page when it has none we know. */
    static String format(String url) {
        String path = url.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "pdf" -> "application/pdf";
            case "doc" -> "application/msword";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xls" -> "application/vnd.ms-excel";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "ppt" -> "application/vnd.ms-powerpoint";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            case "csv" -> "text/csv";
            case "txt" -> "text/plain";
            case "xml" -> "application/xml";
            case "json" -> "application/json";
            case "zip" -> "application/zip";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            default -> "text/html";
        };
    }

    /**
     * Text as XML 1.0 can carry it: StAX escapes markup ({@code <}, {@code &}, quotes) but writes control characters
     * and lone surrogates as they are, which no parser accepts; those become U+FFFD.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int n = 0; n < text.length(); n++) {
            char c = text.charAt(n);
            boolean allowed;
            if (Character.isHighSurrogate(c) && n + 1 < text.length() && Character.isLowSurrogate(text.charAt(n + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(n + 1));
                }
                n++;
                continue;
            }
            allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, n);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    private static final class Period {
        final List<PeriodValue> targets = new ArrayList<>();
        final List<IndicatorView.ReportedActual> actuals = new ArrayList<>();
    }
}
