package no.jobbstotte.volunteersignup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.jobbstotte.localcloud.VolunteerSite;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.localcloud.testing.browser.Axe;
import no.jobbstotte.localcloud.testing.browser.BrowserPage;
import no.jobbstotte.localcloud.testing.browser.ChromiumExtension;
import no.jobbstotte.localcloud.testing.browser.Keyboard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The volunteer pages in headless Chromium against the local cloud, as a person uses them: with
 * JavaScript and without, by mouse and by keyboard, through the e-mailed links to the confirmed
 * and erased pages. Every state is checked with axe-core against WCAG 2.1 A and AA at 1280 and
 * 390 px, colour contrast computed. Skipped, with the reason, where Chromium is not installed.
 */
class SignupPageBrowserTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    /** Where the e-mailed links point: the template's VolunteerPublicBaseUrl, which is not this machine. */
    private static final String PUBLIC_BASE_URL = "https://frivillig.jobbstotte.example";
    private static final List<Integer> WIDTHS = List.of(1280, 390);
    private static final String SENT = "!document.getElementById('sendt').hidden";

    /** Skips each test, with the reason, where Chromium is not installed. */
    @RegisterExtension
    static final ChromiumExtension BROWSER = new ChromiumExtension();

    private VolunteerApi api;

    @BeforeEach
    void setUp() {
        api = new VolunteerApi(CLOUD.cloud());
    }

    private String site(String page) {
        return VolunteerSite.url(CLOUD.cloud()).resolve(page).toString();
    }

    @Test
    void signUp_withJavaScript_sentInPlace_mailedLinkConfirms_onPagesOfTheSameLook() {
        String email = "kari-" + UUID.randomUUID() + "@example.no";
        try (BrowserPage page = BROWSER.newPage(1280, 900)) {
            page.navigate(site(""));
            await().until(() -> page.evaluate("document.getElementById('kommunesok') !== null").asBoolean());
            assertAccessible(page, "sign-up form");
            page.readmeScreenshot("functions/volunteer-signup", "frivillig");
            page.evaluate("window.sameDocument = true");

            page.type("#name", "Kari Nordmann");
            page.type("#email", email);
            page.type("#phone", "912 34 567");
            page.type("#kommunesok", "herøy");
            assertThat(page.text("#kommunesok-treff")).isEqualTo("2 kommuner passer.");
            assertThat(page.evaluate("[...document.getElementById('municipalityNumber').options].map(o => o.text)"))
                    .extracting(JsonNode::asText).containsExactly("Herøy (Møre og Romsdal)", "Herøy (Nordland)");
            page.press("Enter");
            page.press("ArrowDown");
            assertThat(page.evaluate("document.activeElement.id + '=' + document.activeElement.value").asText())
                    .isEqualTo("municipalityNumber=1818");
            page.click("#interests-trips");
            page.click("#availability-weekends");
            page.type("#message", "Jeg liker å gå tur.");
            page.click("#consent");
            page.click("button[type=submit]");

            await().until(() -> page.evaluate(SENT).asBoolean());
            assertThat(page.evaluate("window.sameDocument").asBoolean()).as("no page load").isTrue();
            assertThat(page.evaluate("document.activeElement.id").asText()).isEqualTo("sendt");
            assertThat(page.text("#sendt")).contains("Sjekk e-posten din").contains(message(VolunteerSignupService.ACCEPTED));
            assertAccessible(page, "sign-up sent");

            page.navigate(link(api.mailsTo(email, 1).get(0), "confirm"));
            assertSameLook(page, "Bekreft påmeldingen");
            assertAccessible(page, "confirm page");
            page.afterLoadOf(() -> page.click("button[type=submit]"));

            assertSameLook(page, "Påmeldingen er bekreftet");
            assertThat(page.text("main")).contains(message(VolunteerLinkService.CONFIRMED_REPLY));
            assertAccessible(page, "confirmed page");
            assertThat(api.items("VOLUNTEER#")).singleElement().satisfies(volunteer -> {
                assertThat(volunteer.get("status").s()).isEqualTo("CONFIRMED");
                assertThat(volunteer.get("municipalityNumber").s()).isEqualTo("1818");
            });
            assertThat(page.problems()).isEmpty();
        }
    }

    @Test
    void signUp_invalid_withJavaScript_showsTheApisOwnMessageAtEachField_thenSendsOnceCorrected() {
        try (BrowserPage page = BROWSER.newPage(1280, 900)) {
            page.navigate(site(""));
            await().until(() -> page.evaluate("document.getElementById('kommunesok') !== null").asBoolean());
            page.evaluate("window.sameDocument = true");
            page.type("#email", "kari@");
            page.type("#phone", "123");
            page.click("button[type=submit]");

            await().until(() -> page.evaluate("!document.getElementById('feil').hidden").asBoolean());
            assertThat(page.evaluate("window.sameDocument").asBoolean()).as("no page load").isTrue();
            assertThat(page.evaluate("document.activeElement.id").asText()).as("focus on the summary").isEqualTo("feil");
            Map<String, String> shown = fieldErrors(page);
            Map<String, String> answered = apiErrors("""
                    {"name":"","email":"kari@","phone":"123","municipalityNumber":"","interests":[],"availability":[],
                     "message":"","website":""}""");
            assertThat(shown).isEqualTo(answered).containsKeys("name", "email", "phone", "municipalityNumber", "interests", "consent");
            assertThat(page.evaluate("document.getElementById('phone').getAttribute('aria-describedby')").asText())
                    .isEqualTo("phone-error phone-hint");
            assertThat(page.evaluate("document.getElementById('phone').getAttribute('aria-invalid')").asText()).isEqualTo("true");
            assertThat(page.evaluate("[...document.querySelectorAll('#feil-liste a')].map(a => a.textContent)"))
                    .extracting(JsonNode::asText).contains("Mobilnummer: " + answered.get("phone"), "Hva vil du være med på?: "
                            + answered.get("interests"));
            assertAccessible(page, "sign-up errors");

            page.type("#name", "Kari Nordmann");
            page.evaluate("document.getElementById('email').value = ''");
            page.type("#email", "kari-" + UUID.randomUUID() + "@example.no");
            page.evaluate("document.getElementById('phone').value = ''");
            page.type("#phone", "+47 412 34 567");
            page.type("#kommunesok", "oslo");
            page.click("#interests-mentoring");
            page.click("#consent");
            page.click("button[type=submit]");

            await().until(() -> page.evaluate(SENT).asBoolean());
            assertThat(api.items("VOLUNTEER#")).singleElement()
                    .satisfies(volunteer -> assertThat(volunteer.get("municipalityNumber").s()).isEqualTo("0301"));
            assertThat(page.problems()).isEmpty();
        }
    }

    @Test
    void signUp_withoutJavaScript_plainFormPost_landsOnCheckYourEmail_andErrorsOnAPageOfTheSameLook() {
        String email = "ola-" + UUID.randomUUID() + "@example.no";
        try (BrowserPage page = BROWSER.newPage(1280, 900)) {
            page.scripts(false);
            page.navigate(site(""));
            assertThat(page.html()).as("the page's script did not run").doesNotContain("kommunesok");
            withScripts(page, () -> assertAccessible(page, "sign-up form without JavaScript"));
            page.type("#name", "Ola Nordmann");
            page.type("#email", email);
            page.type("#phone", "123");
            page.choose("#municipalityNumber", "4601");
            page.click("#consent");
            page.afterLoadOf(() -> page.click("button[type=submit]"));

            assertThat(page.html()).contains("<h1>Skjemaet må rettes</h1>")
                    .contains("Mobilnummer: Oppgi et norsk mobilnummer med 8 siffer, gjerne med +47.")
                    .contains("Interesser: Velg minst ett alternativ.");
            withScripts(page, () -> {
                assertSameLook(page, "Skjemaet må rettes");
                assertAccessible(page, "form-post errors page");
            });

            page.navigate(site(""));
            page.type("#name", "Ola Nordmann");
            page.type("#email", email);
            page.type("#phone", "412 34 567");
            page.choose("#municipalityNumber", "4601");
            page.click("#interests-sports");
            page.click("#consent");
            page.afterLoadOf(() -> page.click("button[type=submit]"));

            assertThat(page.html()).contains("<h1>Sjekk e-posten din</h1>").contains(message(VolunteerSignupService.ACCEPTED));
            assertThat(api.mailsTo(email, 1).get(0).subject()).contains("Bekreft");
            assertThat(api.items("VOLUNTEER#")).singleElement()
                    .satisfies(volunteer -> assertThat(volunteer.get("municipalityNumber").s()).isEqualTo("4601"));
            withScripts(page, () -> {
                assertSameLook(page, "Sjekk e-posten din");
                assertAccessible(page, "form-post check your e-mail page");
            });
            assertThat(page.problems()).isEmpty();
        }
    }

    /** DevTools' own scripts (axe, the checks) need scripts on; the page loaded without them stays so. */
    private static void withScripts(BrowserPage page, Runnable checks) {
        page.scripts(true);
        checks.run();
        page.scripts(false);
    }

    @Test
    void erasure_requestedOnThePage_mailedLinkErases_andTheSpentLinkSaysSo() {
        ObjectNode volunteer = VolunteerApi.signup();
        String email = volunteer.get("email").asText();
        api.signUpAndConfirm(volunteer);
        try (BrowserPage page = BROWSER.newPage(390, 800)) {
            page.navigate(site("slett.html"));
            await().until(() -> page.evaluate("document.getElementById('sletting').noValidate").asBoolean());
            assertAccessible(page, "erasure request form");
            page.type("#email", email);
            page.click("button[type=submit]");

            await().until(() -> page.evaluate(SENT).asBoolean());
            assertThat(page.text("#sendt")).contains(message(VolunteerSignupService.ERASURE_ACCEPTED));
            assertAccessible(page, "erasure request sent");

            String erase = link(api.mailsTo(email, 2).get(1), "erase");
            page.navigate(erase);
            assertSameLook(page, "Slett opplysningene dine");
            assertAccessible(page, "erase page");
            page.afterLoadOf(() -> page.click("button[type=submit]"));

            assertSameLook(page, "Opplysningene er slettet");
            assertAccessible(page, "erased page");
            assertThat(api.items("VOLUNTEER#")).isEmpty();

            page.navigate(erase);
            page.afterLoadOf(() -> page.click("button[type=submit]"));
            assertSameLook(page, "Lenken virker ikke");
            assertAccessible(page, "spent link page");
            page.navigate(CLOUD.cloud().httpApiUrl().resolve("/v1/volunteers/confirm?token=kortere").toString());
            assertSameLook(page, "Lenken virker ikke");
            assertThat(page.text("main")).contains("Kopier hele lenken fra e-posten.");
            assertAccessible(page, "incomplete link page");
        }
    }

    @Test
    void keyboardOnly_tabReachesEveryControlInOrder_focusAlwaysVisible_honeypotNever() {
        for (String form : List.of("", "slett.html")) {
            for (int width : WIDTHS) {
                try (BrowserPage page = BROWSER.newPage(width, 800)) {
                    page.navigate(site(form));
                    await().until(() -> page.evaluate("document.querySelector('form').noValidate").asBoolean());
                    List<String> controls = Keyboard.controls(page);
                    List<String> reached = new ArrayList<>();
                    for (Keyboard.Focus focus : Keyboard.tab(page, controls.size() + 1)) {
                        reached.add(focus.name());
                        assertThat(focus.visible()).as(form + " " + width + ": focus visible on " + focus.name()).isTrue();
                    }
                    assertThat(reached).as("tab order of " + form + " at " + width + " px").isEqualTo(controls).doesNotContain("website");
                    assertThat(page.accessibilityTree()).as("the honeypot is not in the accessibility tree")
                            .noneMatch(node -> !node.path("ignored").asBoolean()
                                    && node.path("name").path("value").asText().contains("Nettsted"));
                }
            }
        }
    }

    @Test
    void keyboardOnly_sendingWithErrors_focusesTheSummary_whoseLinksLeadToTheFields() {
        try (BrowserPage page = BROWSER.newPage(390, 800)) {
            page.navigate(site(""));
            await().until(() -> page.evaluate("document.getElementById('kommunesok') !== null").asBoolean());
            int button = page.strings("""
                    [...document.querySelectorAll('a[href], button, input:not([type=hidden]):not(#website), select, textarea')]
                      .map(e => e.tagName)""").indexOf("BUTTON");
            page.press("Tab", button + 1);
            assertThat(page.evaluate("document.activeElement.textContent").asText()).isEqualTo("Meld meg på");

            page.press("Enter");

            await().until(() -> page.evaluate("document.activeElement.id").asText().equals("feil"));
            page.press("Tab");
            assertThat(page.evaluate("document.activeElement.textContent").asText()).isEqualTo("Navn: Feltet må fylles ut.");
            page.press("Enter");
            assertThat(page.evaluate("document.activeElement.id").asText()).isEqualTo("name");
        }
    }

    /** The page's h1 is {@code title}, and it wears the site's stylesheet, header and footer. */
    private static void assertSameLook(BrowserPage page, String title) {
        assertThat(page.text("h1")).isEqualTo(title);
        assertThat(page.evaluate("[...document.styleSheets].map(s => new URL(s.href).pathname)"))
                .extracting(JsonNode::asText).containsExactly(VolunteerSite.PATH + "style.css");
        assertThat(page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor").asText())
                .as("the stylesheet applies").isEqualTo("rgb(11, 79, 138)");
        assertThat(page.text(".site-footer")).contains("Bli frivillig").contains("Slett opplysningene dine");
    }

    /** axe-core finds no WCAG 2.1 A or AA violation at either width, and computes every contrast. */
    private static void assertAccessible(BrowserPage page, String state) {
        assertThat(Axe.problems(page, WIDTHS)).as(state).isEmpty();
        page.viewport(1280, 900);
    }

    /** The mailed link of the route, moved from the public host to this machine's local cloud. */
    private String link(SentEmail mail, String route) {
        String prefix = PUBLIC_BASE_URL + "/v1/volunteers/" + route + "?token=";
        assertThat(mail.text()).contains(prefix);
        String token = VolunteerApi.token(mail, route);
        return CLOUD.cloud().httpApiUrl().resolve("/v1/volunteers/" + route + "?token=" + token).toString();
    }

    private static String message(Reply reply) {
        return ((Reply.Done) reply).message();
    }

    /** The field errors the page shows, by field name. */
    private static Map<String, String> fieldErrors(BrowserPage page) {
        JsonNode errors = page.evaluate("""
                Object.fromEntries([...document.querySelectorAll('[data-field].invalid')]
                  .map(f => [f.dataset.field, f.querySelector('.field-error').textContent]))""");
        Map<String, String> shown = new HashMap<>();
        errors.properties().forEach(e -> shown.put(e.getKey(), e.getValue().asText()));
        return shown;
    }

    /** What the API answers the same body as JSON: the first message for each field. */
    private Map<String, String> apiErrors(String body) {
        HttpResponse<String> response = api.post("/v1/volunteers", VolunteerApi.JSON, body);
        assertThat(response.statusCode()).isEqualTo(400);
        Map<String, String> errors = new HashMap<>();
        try {
            for (JsonNode error : VolunteerApi.MAPPER.readTree(response.body()).get("errors")) {
                errors.putIfAbsent(error.get("field").asText().split("/")[1], error.get("message").asText());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return errors;
    }
}
