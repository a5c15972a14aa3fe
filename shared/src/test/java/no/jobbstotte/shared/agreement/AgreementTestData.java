package no.jobbstotte.shared.agreement;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.domain.Municipality;
import no.jobbstotte.shared.domain.OrganisationNumber;

/**
 * Valid agreements and wire items with defaults, for tests to change one thing at a time. Public,
 * in shared's test jar: the agreement functions' tests and the table owner's tests use it too.
 */
public final class AgreementTestData {

    public static final String CHAIN = "rema-1000";
    private static final Random RANDOM = new Random();

    private AgreementTestData() {}

    /** A valid wire item, as a chain would send it. */
    public static ObjectNode validItem() {
        return JsonNodeFactory.instance.objectNode()
                .put("agreementId", "avtale-2024.01_majorstuen")
                .put("version", 3)
                .put("type", "local")
                .put("employerOrgNumber", "964951284")
                .put("unitName", "Rema 1000 Majorstuen")
                .put("municipalityNumber", "0301")
                .put("validFrom", "2024-01-01")
                .put("validTo", "2025-12-31")
                .put("adaptedPositions", 4)
                .put("contactRole", "butikksjef")
                .put("status", "active");
    }

    /** The agreement {@link #validItem()} describes. */
    public static Agreement agreement() {
        return new Agreement(CHAIN, "avtale-2024.01_majorstuen", 3, Agreement.Type.LOCAL,
                OrganisationNumber.parse("964951284"), "Rema 1000 Majorstuen", "0301",
                LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2025, 12, 31)), 4, "butikksjef",
                Agreement.Status.ACTIVE);
    }

    /** A random valid agreement in a bundled municipality, for properties. */
    public static Agreement random(RandomGenerator random) {
        List<Municipality> all = Municipalities.bundled().counties().stream()
                .flatMap(county -> Municipalities.bundled().inCounty(county.number()).stream())
                .toList();
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(20_000));
        Optional<LocalDate> to = random.nextBoolean() ? Optional.empty() : Optional.of(from.plusDays(random.nextInt(5_000)));
        return new Agreement(
                text(random, "abcXYZ019._-", 1, 64),
                text(random, "abcXYZ019._-", 1, 64),
                1 + random.nextLong(Agreement.MAX_VERSION),
                random.nextBoolean() ? Agreement.Type.FRAMEWORK : Agreement.Type.LOCAL,
                OrganisationNumber.generate(random),
                text(random, "Butikk ÆØÅ æøå 1000 — «»", 1, Agreement.MAX_UNIT_NAME - 1).strip() + "x",
                all.get(random.nextInt(all.size())).number(),
                from,
                to,
                random.nextInt(Agreement.MAX_ADAPTED_POSITIONS + 1),
                ("leder " + text(random, "abcæøå -", 1, 80)).strip(),
                Agreement.Status.values()[random.nextInt(Agreement.Status.values().length)]);
    }

    /** A new agreement (fresh chain and agreement ids) at version 1, so tests on one table never meet. */
    public static Agreement fresh() {
        return new Agreement("chain-" + UUID.randomUUID(), "avtale-" + UUID.randomUUID(), 1, Agreement.Type.LOCAL,
                OrganisationNumber.generate(RANDOM), "Rema 1000 Majorstuen", "0301", LocalDate.of(2024, 1, 1),
                Optional.of(LocalDate.of(2025, 12, 31)), 4, "butikksjef", Agreement.Status.ACTIVE);
    }

    public static Agreement withVersion(Agreement a, long version) {
        return new Agreement(a.chainId(), a.agreementId(), version, a.type(), a.employer(), a.unitName(),
                a.municipalityNumber(), a.validFrom(), a.validTo(), a.adaptedPositions(), a.contactRole(), a.status());
    }

    public static Agreement withPositions(Agreement a, int adaptedPositions) {
        return new Agreement(a.chainId(), a.agreementId(), a.version(), a.type(), a.employer(), a.unitName(),
                a.municipalityNumber(), a.validFrom(), a.validTo(), adaptedPositions, a.contactRole(), a.status());
    }

    public static Agreement inChain(Agreement a, String chainId, String agreementId) {
        return new Agreement(chainId, agreementId, a.version(), a.type(), a.employer(), a.unitName(),
                a.municipalityNumber(), a.validFrom(), a.validTo(), a.adaptedPositions(), a.contactRole(), a.status());
    }

    private static String text(RandomGenerator random, String alphabet, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
