package no.jobbstotte.statisticspublisher.statistics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Atom feed (RFC 4287) of publications, {@code stats/v1/latest/feed.atom}: one entry for each
 * night that published months for the first time, saying in words what came, with a link to that
 * night's dated manifest. Nights that only republish the same months add nothing.
 *
 * <p>Each entry names its months as categories ({@code 2026M03}); the newest of them tells the next
 * run which locked months are new, so a run that failed after locking (and its re-run on a later
 * night) still gets its entry, and a re-run of the same night changes nothing. Only the newest
 * {@link #LIMIT} entries are kept: months are locked oldest first, so the newest entry is enough.
 */
public record PublicationFeed(List<Entry> entries) {

    public static final String FILE = "feed.atom";
    public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    static final int LIMIT = 60;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ID = "tag:jobbstotte.no,2026:statistikk/v1";
    private static final String MONTH_SCHEME = "https://jobbstotte.no/statistikk/v1/maned";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** One night's publication: its date, the months it published for the first time, and its words. */
    public record Entry(LocalDate published, List<YearMonth> months, String title, String summary) {
        public Entry {
            months = List.copyOf(months);
        }
    }

    public PublicationFeed {
        entries = List.copyOf(entries);
    }

    public static PublicationFeed empty() {
        return new PublicationFeed(List.of());
    }

    /** Tonight's feed: with an entry first when {@code ledger} holds months no entry has named yet. */
    public PublicationFeed after(LocalDate date, Ledger ledger) {
        Optional<YearMonth> named = entries.stream().flatMap(e -> e.months().stream()).max(YearMonth::compareTo);
        List<LockedMonth> freshMonths = ledger.upTo(date).months().stream()
                .filter(m -> named.isEmpty() || m.month().isAfter(named.get())).toList();
        if (freshMonths.isEmpty()) {
            return this;
        }
        List<YearMonth> fresh = freshMonths.stream().map(LockedMonth::month).toList();
        List<YearMonth> fidelity = freshMonths.stream().filter(m -> m.fidelity().isPresent()).map(LockedMonth::month).toList();
        List<Entry> more = new ArrayList<>();
        more.add(new Entry(date, fresh, FeedWords.title(fresh), FeedWords.summary(date, fresh, fidelity)));
        more.addAll(entries.subList(0, Math.min(entries.size(), LIMIT - 1)));
        return new PublicationFeed(more);
    }

    /** The feed as stored; a feed that is not one (damaged, or from elsewhere) fails the run rather than lose entries. */
    public static PublicationFeed parse(byte[] bytes) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the stored feed is not XML: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element entry = (Element) nodes.item(i);
            List<YearMonth> months = new ArrayList<>();
            NodeList categories = entry.getElementsByTagNameNS(ATOM, "category");
            for (int c = 0; c < categories.getLength(); c++) {
                Element category = (Element) categories.item(c);
                if (MONTH_SCHEME.equals(category.getAttribute("scheme"))) {
                    months.add(YearMonth.parse(category.getAttribute("term").replace('M', '-')));
                }
            }
            entries.add(new Entry(LocalDate.parse(text(entry, "published").substring(0, 10)), months,
                    text(entry, "title"), text(entry, "summary")));
        }
        return new PublicationFeed(entries);
    }

    private static String text(Element entry, String name) {
        NodeList nodes = entry.getElementsByTagNameNS(ATOM, name);
        if (nodes.getLength() == 0) {
            throw new IllegalStateException("a feed entry without " + name);
        }
        return nodes.item(0).getTextContent();
    }

    /** The feed document; links are relative to it ({@code stats/v1/latest/}), as the manifest's are. */
    public byte[] toXml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", "nb");
            element(xml, "id", ID);
            element(xml, "title", "Jobbstøtte: publisert statistikk");
            element(xml, "subtitle", "Én oppføring for hver natt det kom nye tall. Publiserte tall endres aldri.");
            link(xml, "self", FILE, CONTENT_TYPE.split(";")[0]);
            link(xml, "related", Publication.MANIFEST, "application/json");
            element(xml, "updated", timestamp(entries.isEmpty() ? LocalDate.EPOCH : entries.get(0).published()));
            xml.writeCharacters("\n  ");
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", StatTable.SOURCE);
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement(ATOM, "entry");
                element(xml, "id", ID + "/" + entry.published());
                element(xml, "title", entry.title());
                element(xml, "published", timestamp(entry.published()));
                element(xml, "updated", timestamp(entry.published()));
                link(xml, "alternate", "../" + entry.published() + "/" + Publication.MANIFEST, "application/json");
                for (YearMonth month : entry.months()) {
                    xml.writeCharacters("\n  ");
                    xml.writeEmptyElement(ATOM, "category");
                    xml.writeAttribute("scheme", MONTH_SCHEME);
                    xml.writeAttribute("term", Period.month(month).id());
                    xml.writeAttribute("label", Period.month(month).label());
                }
                element(xml, "summary", entry.summary());
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    /** A publication's date as an RFC 3339 time: the start of that day in Oslo (the same bytes every run). */
    private static String timestamp(LocalDate date) {
        return date.atStartOfDay(OSLO).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
