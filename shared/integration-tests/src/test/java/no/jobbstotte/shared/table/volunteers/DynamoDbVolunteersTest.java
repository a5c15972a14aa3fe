package no.jobbstotte.shared.table.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.localcloud.testing.LocalCloudExtension;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;
import no.jobbstotte.shared.volunteer.VolunteerSignup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The VolunteersTable owner against the table template.yaml declares, one nested class per use. */
class DynamoDbVolunteersTest {

    @RegisterExtension
    static final LocalCloudExtension CLOUD = LocalCloudExtension.fromTemplate();

    /** A whole second, as the table stores times. */
    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant LATER = NOW.plus(Duration.ofHours(72));
    static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    private DynamoDbVolunteers table;

    @BeforeEach
    void setUp() {
        table = new DynamoDbVolunteers(CLOUD.cloud().dynamoDb(), tableName());
    }

    @Nested
    class TheVolunteers {

        @Test
        void claimEmail_liveClaimRefusesASecond_anExpiredOneIsTakenOver() {
            assertThat(table.claimEmail("hash-1", "first", LATER, NOW)).isTrue();
            assertThat(table.claimEmail("hash-1", "second", LATER, NOW.plusSeconds(60))).isFalse();
            assertThat(table.emailOwner("hash-1", NOW)).contains("first");

            assertThat(table.emailOwner("hash-1", LATER)).as("expired counts as absent").isEmpty();
            assertThat(table.claimEmail("hash-1", "second", LATER.plusSeconds(3600), LATER)).isTrue();
            assertThat(table.emailOwner("hash-1", LATER)).contains("second");
            assertThat(table.emailOwner("hash-2", NOW)).isEmpty();
        }

        @Test
        void addPending_thenFind_isPendingUntilItExpires() {
            table.addPending("v-1", signup("Kari Nordmann", "0301"), "hash-1", NOW, LATER);

            assertThat(table.find("v-1", NOW)).contains(new Volunteer("v-1", "Kari Nordmann", "hash-1", "0301", false, LATER,
                    null, null));
            assertThat(table.find("v-1", NOW).orElseThrow().pending()).isTrue();
            assertThat(table.find("v-1", LATER)).isEmpty();
            assertThat(table.find("v-2", NOW)).isEmpty();
            assertThat(item("VOLUNTEER#v-1")).containsKeys("phone", "email", "message", "interests", "availability",
                    "consent", "createdAt");
        }

        @Test
        void confirm_pendingVolunteer_confirmsOnceOnTheDay_keepsTheCountId_andNoLongerExpires() {
            table.addPending("v-1", signup("Kari Nordmann", "0301"), "hash-1", NOW, LATER);

            Optional<Volunteer> confirmed = table.confirm("v-1", NOW.plusSeconds(60), DAY, "count-1");

            Volunteer expected = new Volunteer("v-1", "Kari Nordmann", "hash-1", "0301", true, null, DAY, "count-1");
            assertThat(confirmed).contains(expected);
            assertThat(expected.confirmedMonth()).isEqualTo(YearMonth.of(2026, 1));
            assertThat(item("VOLUNTEER#v-1").get("confirmedDay").s()).isEqualTo("2026-01-05");
            assertThat(table.find("v-1", LATER.plus(Duration.ofDays(365)))).as("a retry finds what to count").contains(expected);
            assertThat(table.confirm("v-1", NOW.plusSeconds(120), DAY, "count-2")).as("only a pending one").isEmpty();
            assertThat(table.find("v-1", NOW).orElseThrow().countId()).as("the first id stays").isEqualTo("count-1");
        }

        @Test
        void confirm_expiredOrUnknown_changesNothing() {
            table.addPending("v-1", signup("Kari Nordmann", "0301"), "hash-1", NOW, LATER);

            assertThat(table.confirm("v-1", LATER, DAY, "count-1")).isEmpty();
            assertThat(table.confirm("nobody", NOW, DAY, "count-x")).isEmpty();
            assertThat(table.find("v-1", NOW)).hasValueSatisfying(v -> assertThat(v.pending()).isTrue());
            assertThat(item("VOLUNTEER#nobody")).isEmpty();
        }

        @Test
        void keepEmailClaim_claimOutlivesItsExpiry_andAnAbsentClaimIsNotCreated() {
            table.claimEmail("hash-1", "v-1", LATER, NOW);

            table.keepEmailClaim("hash-1");

            assertThat(table.emailOwner("hash-1", LATER.plus(Duration.ofDays(365)))).contains("v-1");
            assertThatThrownBy(() -> table.keepEmailClaim("hash-2")).as("the condition refuses to create a claim")
                    .isInstanceOf(ConditionalCheckFailedException.class);
            assertThat(item("EMAIL#hash-2")).isEmpty();
        }

        @Test
        void erase_removesThePersonAndTheirClaim_andWithThemTheirCountId() {
            table.claimEmail("hash-1", "v-1", LATER, NOW);
            table.addPending("v-1", signup("Kari Nordmann", "0301"), "hash-1", NOW, LATER);
            table.confirm("v-1", NOW, DAY, "count-1");

            assertThat(table.erase("v-1")).isTrue();

            assertThat(table.find("v-1", NOW)).isEmpty();
            assertThat(table.emailOwner("hash-1", NOW)).isEmpty();
            assertThat(allItems()).as("nothing here leads to the count any more")
                    .noneSatisfy(item -> assertThat(item.toString()).contains("count-1"));
        }

        @Test
        void erase_claimMeanwhileTakenByAnotherSignup_staysWithIt() {
            table.claimEmail("hash-1", "v-2", LATER, NOW);

            table.addPending("v-1", signup("Kari Nordmann", "0301"), "hash-1", NOW, LATER);

            assertThat(table.erase("v-1")).isTrue();
            assertThat(table.erase("v-3")).as("no such person").isFalse();

            assertThat(table.emailOwner("hash-1", NOW)).contains("v-2");
        }

        @Test
        void erase_deletesEveryTokenMailedToThePerson_andLeavesNoItemNamingThem() {
            table.claimEmail("hash-1", "v-1", LATER, NOW);
            table.addPending("v-1", signup("Kari Nordmann", "0301"), "hash-1", NOW, LATER);
            table.putToken("confirm-1", "CONFIRM", "v-1", LATER);
            table.putToken("confirm-2", "CONFIRM", "v-1", LATER);
            table.confirm("v-1", NOW, DAY, "count-1");
            table.markTokenUsed("confirm-1", NOW);
            table.putToken("erase-1", "ERASE", "v-1", LATER);
            table.addPending("v-2", signup("Per", "4601"), "hash-2", NOW, LATER);
            table.putToken("other", "CONFIRM", "v-2", LATER);

            assertThat(table.erase("v-1")).isTrue();

            assertThat(table.findToken("confirm-1", NOW)).isEmpty();
            assertThat(table.findToken("confirm-2", NOW)).isEmpty();
            assertThat(table.findToken("erase-1", NOW)).isEmpty();
            assertThat(allItems()).noneSatisfy(item -> assertThat(item.toString()).contains("v-1"));
            assertThat(table.findToken("other", NOW)).as("another volunteer's token stays")
                    .contains(new Token("CONFIRM", "v-2", false));
            assertThat(table.erase("v-1")).as("a second erasure finds no one").isFalse();
        }

        @Test
        void putToken_forSomeoneErased_storesNothing() {
            table.addPending("v-1", signup("Kari Nordmann", "0301"), "hash-1", NOW, LATER);
            table.erase("v-1");

            assertThat(table.putToken("late", "ERASE", "v-1", LATER)).isFalse();

            assertThat(item("TOKEN#late")).isEmpty();
            assertThat(item("VOLUNTEER#v-1")).as("the condition re-creates no person").isEmpty();
        }

        @Test
        void recordPoliceCertificate_onlyForAConfirmedVolunteer_andOnlyTheDate() {
            table.addPending("v-1", signup("Kari Nordmann", "0301"), "hash-1", NOW, LATER);

            assertThat(table.recordPoliceCertificate("v-1", DAY)).as("pending").isFalse();
            assertThat(table.recordPoliceCertificate("nobody", DAY)).isFalse();
            table.confirm("v-1", NOW, DAY, "count-1");
            assertThat(table.recordPoliceCertificate("v-1", DAY.plusDays(1))).isTrue();

            assertThat(item("VOLUNTEER#v-1").get("policeCertificateShownOn").s()).isEqualTo("2026-01-06");
            assertThat(item("VOLUNTEER#nobody")).isEmpty();
        }
    }

    @Nested
    class TheTokens {

        private static final Instant EXPIRES = NOW.plus(Duration.ofHours(24));

        @BeforeEach
        void aVolunteerToMailLinksTo() {
            table.addPending("v-1", signup("Kari Nordmann", "0301"), "hash-1", NOW, LATER);
        }

        @Test
        void putToken_thenFind_isLiveAndUnusedUntilSpent_andGoneOnceExpired() {
            assertThat(table.putToken("token-hash", "CONFIRM", "v-1", EXPIRES)).isTrue();

            assertThat(table.findToken("token-hash", NOW)).contains(new Token("CONFIRM", "v-1", false));
            assertThat(table.findToken("token-hash", EXPIRES)).isEmpty();
            assertThat(table.findToken("other-hash", NOW)).isEmpty();
        }

        @Test
        void markTokenUsed_spendsOnce_keepsTheTokenUntilItExpires_andCreatesNoTokenForAnUnknownHash() {
            table.putToken("token-hash", "ERASE", "v-1", EXPIRES);

            table.markTokenUsed("token-hash", NOW);
            table.markTokenUsed("token-hash", NOW.plusSeconds(60));
            table.markTokenUsed("unknown-hash", NOW);

            assertThat(table.findToken("token-hash", NOW.plusSeconds(120))).contains(new Token("ERASE", "v-1", true));
            assertThat(item("TOKEN#token-hash").get("usedAt").s()).as("the first use is kept").isEqualTo(NOW.toString());
            assertThat(item("TOKEN#unknown-hash")).isEmpty();
        }
    }

    @Nested
    class TheRateLimits {

        /** Ten minutes into an hourly window. */
        private static final Instant IN_WINDOW = Instant.ofEpochSecond(493_000 * DynamoDbVolunteers.WINDOW_SECONDS + 600);

        @Test
        void hit_upToTheLimitAllowed_thenRefusedUntilTheWindowEnds() {
            for (int i = 0; i < 3; i++) {
                assertThat(table.hit("email#hash", 3, IN_WINDOW.plusSeconds(i))).isEmpty();
            }

            assertThat(table.hit("email#hash", 3, IN_WINDOW)).hasValue(3000);
            assertThat(table.hit("email#other", 3, IN_WINDOW)).as("another subject has its own count").isEmpty();
            assertThat(table.hit("email#hash", 3, IN_WINDOW.plusSeconds(3000))).as("the next window").isEmpty();
        }

        @Test
        void hit_lastSecondOfTheWindow_stillWaitsAtLeastOneSecond_andTheWindowExpiresAtItsEnd() {
            Instant last = IN_WINDOW.plusSeconds(2999);
            assertThat(table.hit("ip#203.0.113.7", 1, last)).isEmpty();

            assertThat(table.hit("ip#203.0.113.7", 1, last)).hasValue(1);
            assertThat(item("RATE#ip#203.0.113.7#493000").get("expiresAt").n())
                    .isEqualTo(Long.toString(493_001 * DynamoDbVolunteers.WINDOW_SECONDS));
        }
    }

    @Nested
    class TheDailyNotices {

        private static final Instant EXPIRES = NOW.plus(Duration.ofDays(35));

        @Test
        void confirmedOn_theDaysConfirmedVolunteers_withNothingButWhatTheNoticeMayTell() {
            confirmed("v-1", "Kari Nordmann", "0301", DAY);
            confirmed("v-2", "Per", "4601", DAY);
            confirmed("v-3", "Dagen Etter", "0301", DAY.plusDays(1));
            confirmed("v-4", "Slettet", "0301", DAY);
            table.erase("v-4");
            table.addPending("v-5", signup("Venter", "0301"), "hash-v-5", NOW, LATER);

            List<NewVolunteer> onTheDay = table.confirmedOn(DAY);

            List<Interest> interests = List.of(Interest.TRIPS, Interest.MENTORING);
            assertThat(onTheDay).containsExactlyInAnyOrder(
                    new NewVolunteer("v-1", "Kari", "0301", interests, List.of(Availability.WEEKENDS), "count-v-1"),
                    new NewVolunteer("v-2", "Per", "4601", interests, List.of(Availability.WEEKENDS), "count-v-2"));
            assertThat(table.confirmedOn(DAY.minusDays(1))).isEmpty();
        }

        @Test
        void claim_onlyOncePerRecipientAndDay_untilReleased() {
            Notice notice = new Notice(DAY, "recipient-hash");

            assertThat(table.claim(notice, EXPIRES)).isTrue();
            assertThat(table.claim(notice, EXPIRES)).as("being sent").isFalse();
            assertThat(table.claim(new Notice(DAY, "other-recipient"), EXPIRES)).isTrue();
            assertThat(table.claim(new Notice(DAY.plusDays(1), "recipient-hash"), EXPIRES)).isTrue();

            table.release(notice);

            assertThat(table.claim(notice, EXPIRES)).as("released after a failed send").isTrue();
        }

        @Test
        void markSent_keepsTheClaim() {
            Notice notice = new Notice(DAY, "recipient-hash");
            table.claim(notice, EXPIRES);

            table.markSent(notice);

            assertThat(item("DIGEST#2026-01-05#recipient-hash").get("status").s()).isEqualTo("SENT");
            assertThat(table.claim(notice, EXPIRES)).isFalse();
        }

        private void confirmed(String id, String name, String municipality, LocalDate day) {
            table.addPending(id, signup(name, municipality), "hash-" + id, NOW, LATER);
            table.confirm(id, NOW, day, "count-" + id);
        }
    }

    static VolunteerSignup signup(String name, String municipalityNumber) {
        return new VolunteerSignup(name, "frivillig@example.no", "+4791234567", municipalityNumber,
                List.of(Interest.TRIPS, Interest.MENTORING), List.of(Availability.WEEKENDS), "Har helseplager.",
                "frivillig-samtykke-v1");
    }

    private static String tableName() {
        return CLOUD.cloud().tableName("VolunteersTable");
    }

    /** The item under {@code pk} as stored, or an empty map. */
    private static Map<String, AttributeValue> item(String pk) {
        Map<String, AttributeValue> item = CLOUD.cloud().dynamoDb().getItem(r -> r.tableName(tableName()).consistentRead(true)
                .key(VolunteerItems.key(pk))).item();
        return item == null ? Map.of() : item;
    }

    private static List<Map<String, AttributeValue>> allItems() {
        return CLOUD.cloud().dynamoDb().scanPaginator(r -> r.tableName(tableName()).consistentRead(true)).items().stream().toList();
    }
}
