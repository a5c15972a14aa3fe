package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Atom feed beside {@code latest/manifest.json}, as the nightly runs in the local cloud leave
 * it: validated against RFC 4287's RELAX NG schema (Appendix B, vendored in test resources) by
 * jing, an entry only for a night with new months, earlier entries kept, links to the dated
 * manifests that exist.
 */
class PublicationFeedTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    private static final String FEED = "stats/v1/latest/feed.atom";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void feed_nightsThatPublishNewMonths_eachAddAnEntryInWords_republishingNightsAddNone_andItValidatesAgainstRfc4287() throws Exception {
        StatisticsPublisherIntegrationTest.seedTypicalNight(CLOUD.cloud());

        fire("2027-01-25T01:30:00Z");
        byte[] first = feedBytes();
        assertValid(first);
        List<Element> entries = entries(first);
        assertThat(entries).hasSize(1);
        assertThat(text(entries.get(0), "title")).isEqualTo("Nye tall for januar 2026–desember 2026");
        assertThat(text(entries.get(0), "summary")).contains("Publisert 25. januar 2027.")
                .contains("4. kvartal 2026").contains("Året 2026 for hele landet, fylker og kommuner");
        assertThat(text(entries.get(0), "updated")).isEqualTo("2027-01-25T00:00:00+01:00");
        assertManifestLinked(entries.get(0), "2027-01-25");

        fire("2027-01-26T01:30:00Z");
        assertThat(feedBytes()).as("a night with no new month adds nothing").isEqualTo(first);

        fire("2027-02-15T01:30:00Z");
        byte[] later = feedBytes();
        assertValid(later);
        entries = entries(later);
        assertThat(entries).hasSize(2);
        assertThat(text(entries.get(0), "title")).isEqualTo("Nye tall for januar 2027");
        assertThat(text(entries.get(0), "summary")).isEqualTo("Publisert 15. februar 2027. Hele landet: januar 2027"
                + " (plasseringer og frivillige per måned) og aktive avtaler ved utgangen av måneden."
                + " Tall som er publisert før, er uendret.");
        assertManifestLinked(entries.get(0), "2027-02-15");
        assertThat(text(entries.get(1), "title")).as("the earlier entry kept").isEqualTo("Nye tall for januar 2026–desember 2026");
        assertThat(CLOUD.cloud().s3().headObject(r -> r.bucket(bucket()).key(FEED)))
                .satisfies(head -> {
                    assertThat(head.contentType()).isEqualTo("application/atom+xml; charset=utf-8");
                    assertThat(head.cacheControl()).isEqualTo("public, max-age=300");
                });
    }

    @Test
    void validator_refusesAFeedRfc4287Forbids() throws Exception {
        StatisticsPublisherIntegrationTest.seedTypicalNight(CLOUD.cloud());
        fire("2027-01-25T01:30:00Z");
        String feed = new String(feedBytes(), java.nio.charset.StandardCharsets.UTF_8);
        // An entry without its id, and a date that is not an RFC 3339 date-time: both invalid Atom.
        assertThat(errors(feed.replace("<id>tag:jobbstotte.no,2026:statistikk/v1/2027-01-25</id>", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNotEmpty();
        assertThat(errors(feed.replace("2027-01-25T00:00:00+01:00", "25.01.2027").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNotEmpty();
    }

    private static void fire(String instant) {
        CLOUD.cloud().schedules().fireAt("StatisticsPublisherFunction", Instant.parse(instant));
    }

    private static String bucket() {
        return StatisticsPublisherIntegrationTest.bucket(CLOUD.cloud());
    }

    private static byte[] feedBytes() {
        return CLOUD.cloud().s3().getObjectAsBytes(r -> r.bucket(bucket()).key(FEED)).asByteArray();
    }

    /** The entry's alternate link is that night's dated manifest, relative to the feed, and it is there. */
    private static void assertManifestLinked(Element entry, String date) {
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("rel")).isEqualTo("alternate");
        assertThat(link.getAttribute("href")).isEqualTo("../" + date + "/manifest.json");
        String key = java.net.URI.create("https://x/" + FEED).resolve(link.getAttribute("href")).getPath().substring(1);
        assertThat(CLOUD.cloud().s3().getObjectAsBytes(r -> r.bucket(bucket()).key(key)).asUtf8String())
                .contains("\"published\" : \"" + date + "\"");
    }

    private static void assertValid(byte[] feed) throws Exception {
        assertThat(errors(feed)).as(new String(feed, java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    /** What jing says of the document against RFC 4287's schema: every error, none when valid. */
    static List<String> errors(byte[] document) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        InputSource schema = new InputSource(PublicationFeedTest.class.getResource("/atom/rfc4287.rnc").toString());
        assertThat(driver.loadSchema(schema)).as("the schema loads: " + errors).isTrue();
        if (!driver.validate(new InputSource(new ByteArrayInputStream(document))) && errors.isEmpty()) {
            errors.add("invalid");
        }
        return errors;
    }

    private static List<Element> entries(byte[] feed) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        NodeList nodes = document.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static String text(Element entry, String name) {
        return entry.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
