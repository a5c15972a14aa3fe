package no.jobbstotte.volunteersignup;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.localcloud.VolunteerSite;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.http.HttpResponses;
import no.jobbstotte.shared.http.Problem;
import no.jobbstotte.shared.validation.FieldError;
import no.jobbstotte.shared.domain.Municipality;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;
import org.junit.jupiter.api.Test;

/**
 * The sign-up page's markup against the API it posts to, without a browser: the fields, codes
 * and consent version the validator takes, the municipality list from the bundled SSB data,
 * nothing loaded from elsewhere, and the API's own pages in the same stylesheet. The municipality list in index.html is written by this test:
 * {@code -Dweb.refresh=true} rewrites it after the reference data changes (README, "Volunteer sign-ups").
 */
class SignupPageTest {

    static final Path SITE = RepoRoot.find().resolve(VolunteerSite.FOLDER);
    private static final String LIST_START = "<!-- kommuner:";
    private static final String LIST_END = "<!-- /kommuner -->";
    private static final String INDENT = "          ";
    private static final Pattern CONTROL_NAME = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"");

    @Test
    void municipalityList_isTheBundledSsbList_inNorwegianOrder_withTheCountyOnSharedNames() throws IOException {
        Path index = SITE.resolve("index.html");
        String expected = options(Municipalities.bundled());
        if (Boolean.getBoolean("web.refresh") && !listed(Files.readString(index)).equals(expected)) {
            String page = Files.readString(index);
            String before = page.substring(0, page.indexOf('\n', page.indexOf(LIST_START)) + 1);
            Files.writeString(index, before + expected + page.substring(page.lastIndexOf('\n', page.indexOf(LIST_END)) + 1));
        }

        String listed = listed(Files.readString(index));

        assertThat(listed).as("index.html's list is stale: run with -Dweb.refresh=true").isEqualTo(expected);
        assertThat(listed.lines()).hasSize(Municipalities.bundled().size());
        assertThat(listed).contains("<option value=\"1515\">Herøy (Møre og Romsdal)</option>",
                "<option value=\"1818\">Herøy (Nordland)</option>", "<option value=\"3114\">Våler (Østfold)</option>",
                "<option value=\"3419\">Våler (Innlandet)</option>", "<option value=\"0301\">Oslo</option>");
        assertThat(listed.indexOf(">Aremark<")).isLessThan(listed.indexOf(">Oslo<"));
        assertThat(listed.indexOf(">Øygarden<")).as("æ, ø, å after z").isGreaterThan(listed.indexOf(">Vestvågøy<"))
                .isLessThan(listed.indexOf(">Ålesund<"));
    }

    /** The lines between the list's two markers. */
    private static String listed(String page) {
        return page.substring(page.indexOf('\n', page.indexOf(LIST_START)) + 1, page.lastIndexOf('\n', page.indexOf(LIST_END)) + 1);
    }

    /** Every municipality as an option, sorted by name as Norwegians do; a name two share gets its county. */
    private static String options(Municipalities municipalities) {
        List<Municipality> all = municipalities.counties().stream()
                .flatMap(county -> municipalities.inCounty(county.number()).stream()).toList();
        Map<String, Long> named = all.stream().collect(Collectors.groupingBy(Municipality::name, Collectors.counting()));
        Function<Municipality, String> label = m -> named.get(m.name()) > 1 ? m.name() + " (" + m.county().name() + ")" : m.name();
        Collator norwegian = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
        return all.stream().sorted(Comparator.comparing(label, norwegian))
                .map(m -> INDENT + "<option value=\"" + m.number() + "\">" + label.apply(m) + "</option>\n")
                .collect(Collectors.joining());
    }

    @Test
    void signupForm_postsExactlyTheFieldsTheApiTakes_toItsRoute() throws IOException {
        String page = Files.readString(SITE.resolve("index.html"));

        Matcher lists = Pattern.compile("data-list-fields=\"([^\"]*)\"").matcher(page);

        assertThat(page).contains("<form id=\"pamelding\" method=\"post\" action=\"/v1/volunteers\"");
        assertThat(lists.find()).as("the form names its list fields, which its script sends as arrays").isTrue();
        assertThat(Set.of(lists.group(1).split(" "))).isEqualTo(VolunteerSignupValidator.LIST_FIELDS);
        assertThat(controlNames(page)).isEqualTo(new TreeSet<>(VolunteerSignupValidator.FIELDS));
        assertThat(choices(page, "interests")).isEqualTo(Stream.of(Interest.values())
                .collect(Collectors.toMap(Interest::code, Interest::label, (a, b) -> a, LinkedHashMap::new)));
        assertThat(choices(page, "availability")).isEqualTo(Stream.of(Availability.values())
                .collect(Collectors.toMap(Availability::code, Availability::label, (a, b) -> a, LinkedHashMap::new)));
        assertThat(page).contains("maxlength=\"" + VolunteerSignupValidator.NAME_MAX + "\"")
                .contains("maxlength=\"" + VolunteerSignupValidator.MESSAGE_MAX + "\"")
                .contains("maxlength=\"" + EmailAddresses.MAX_LENGTH + "\"");
    }

    @Test
    void erasureForm_postsTheEmailToTheErasureRoute() throws IOException {
        String page = Files.readString(SITE.resolve("slett.html"));

        assertThat(page).contains("method=\"post\" action=\"/v1/volunteers/erasure-requests\"");
        assertThat(controlNames(page)).containsExactly("email");
    }

    @Test
    void consent_isAVersionTheApiAccepts_shownBesideTheText() throws IOException {
        String page = Files.readString(SITE.resolve("index.html"));
        Matcher consent = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"").matcher(page);

        assertThat(consent.find()).isTrue();
        assertThat(VolunteerSignupValidator.CONSENTS).contains(consent.group(1));
        assertThat(page).contains("<span id=\"samtykke-versjon\">" + consent.group(1) + "</span>");
    }

    @Test
    void honeypot_isTheApisTrapField_outOfSightAndOutOfTheAccessibilityTree() throws IOException {
        String page = Files.readString(SITE.resolve("index.html"));
        String css = Files.readString(SITE.resolve("style.css"));

        assertThat(page).contains("<div class=\"hp\" aria-hidden=\"true\">")
                .contains("<input type=\"text\" id=\"" + VolunteerSignupValidator.HONEYPOT + "\" name=\""
                        + VolunteerSignupValidator.HONEYPOT + "\" tabindex=\"-1\" autocomplete=\"off\">");
        assertThat(css).contains(".hp { position: absolute; left: -10000px;");
        assertThat(css.substring(css.indexOf(".hp {"), css.indexOf('}', css.indexOf(".hp {")))).doesNotContain("display");
    }

    @Test
    void pages_loadNothingFromElsewhere_andTheApisPagesUseTheSiteStylesheet() throws IOException {
        for (String file : List.of("index.html", "slett.html", "style.css", "frivillig.js")) {
            String text = Files.readString(SITE.resolve(file));
            assertThat(text).as(file).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import").doesNotContain("url(");
        }
        assertThat(VolunteerResponder.SITE).isEqualTo(VolunteerSite.PATH);
        assertThat(SITE.resolve("style.css")).isRegularFile();
    }

    @Test
    void apiPages_linkTheSiteStylesheet_useOnlyItsClasses_andAllowOnlyItAndTheirOwnForm() throws IOException {
        String css = Files.readString(SITE.resolve("style.css"));
        VolunteerResponder responder = new VolunteerResponder(new HttpResponses());
        List<Reply> replies = List.of(VolunteerSignupService.ACCEPTED, VolunteerLinkService.CONFIRMED_REPLY,
                new Reply.Form(VolunteerLinkService.CONFIRM_PATH, "A".repeat(43), "Bekreft", "Trykk på knappen.", "Bekreft"),
                new Reply.Failed(Problem.validation(List.of(new FieldError("/phone", FieldError.INVALID_FORMAT, "Feil.")))),
                new Reply.Failed(Problem.validation(List.of(new FieldError("/token", FieldError.INVALID_FORMAT, "Feil.")))),
                new Reply.Failed(Problem.tooManyRequests(60)));
        for (Reply reply : replies) {
            APIGatewayV2HTTPResponse page = responder.render(reply, true);

            assertThat(page.getBody()).as(reply.toString())
                    .contains("<link rel=\"stylesheet\" href=\"" + VolunteerSite.PATH + "style.css\">")
                    .contains("<header class=\"site-header\">").contains("<footer class=\"site-footer\">")
                    .doesNotContain("<script").doesNotContain("style=");
            Matcher classes = Pattern.compile("class=\"([^\"]+)\"").matcher(page.getBody());
            while (classes.find()) {
                for (String name : classes.group(1).split(" ")) {
                    assertThat(css).as("class " + name + " of the API's page, in the site's stylesheet").contains("." + name + " ");
                }
            }
            assertThat(page.getHeaders()).containsEntry("Content-Security-Policy", VolunteerResponder.PAGE_CSP);
        }
        assertThat(VolunteerResponder.PAGE_CSP).contains("default-src 'none'", "frame-ancestors 'none'", "style-src 'self'",
                "form-action 'self'").doesNotContain("script-src").doesNotContain("unsafe");
    }

    private static Set<String> controlNames(String page) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = CONTROL_NAME.matcher(page);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A checkbox group's values with their labels, in page order. */
    private static Map<String, String> choices(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"><label for=\"[^\"]+\">([^<]+)</label>").matcher(page);
        Map<String, String> choices = new LinkedHashMap<>();
        while (matcher.find()) {
            choices.put(matcher.group(1), matcher.group(2));
        }
        return choices;
    }
}
