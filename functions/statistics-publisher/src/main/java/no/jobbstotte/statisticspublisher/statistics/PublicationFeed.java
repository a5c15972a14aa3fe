package no.jobbstotte.statisticspublisher.statistics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

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

    /**
     * The feed as stored; a feed that is not one (damaged, or from elsewhere) fails the run rather than
     * lose entries. Read with StAX, as it is written: a DOM parser would load some hundred classes more
     * on every night's cold start (~150 ms measured) to read a few entries.
     */
    public static PublicationFeed parse(byte[] bytes) {
        try {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                List<Entry> entries = new ArrayList<>();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new IllegalStateException("the stored feed declares a DTD");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && isAtom(xml, "entry")) {
                        entries.add(entry(xml));
                    }
                }
                return new PublicationFeed(entries);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the stored feed is not XML: " + e.getMessage(), e);
        }
    }

    /** One entry, the reader on its start tag; leaves it on the entry's end tag. */
    private static Entry entry(XMLStreamReader xml) throws XMLStreamException {
        String published = null;
        String title = null;
        String summary = null;
        List<YearMonth> months = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (isAtom(xml, "category")) {
                    if (MONTH_SCHEME.equals(xml.getAttributeValue(null, "scheme"))) {
                        months.add(YearMonth.parse(xml.getAttributeValue(null, "term").replace('M', '-')));
                    }
                    depth++;
                } else if (isAtom(xml, "published") && published == null) {
                    published = xml.getElementText(); // leaves the reader on this element's end tag
                } else if (isAtom(xml, "title") && title == null) {
                    title = xml.getElementText();
                } else if (isAtom(xml, "summary") && summary == null) {
                    summary = xml.getElementText();
                } else {
                    depth++;
                }
            }
        }
        return new Entry(LocalDate.parse(required(published, "published").substring(0, 10)), months,
                required(title, "title"), required(summary, "summary"));
    }

    private static boolean isAtom(XMLStreamReader xml, String name) {
        return ATOM.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }

    private static String required(String text, String name) {
        if (text == null) {
            throw new IllegalStateException("a feed entry without " + name);
        }
        return text;
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
