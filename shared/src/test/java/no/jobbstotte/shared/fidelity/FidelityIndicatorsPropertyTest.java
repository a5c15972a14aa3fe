package no.jobbstotte.shared.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties over random placement histories, seeded so a failure reproduces (the seed is in the
 * assertion message): the figures do not depend on the order the table returns the placements in,
 * a team's caseload and contacts are its specialists' averaged, and every figure stays in range.
 */
class FidelityIndicatorsPropertyTest {

    private static final LocalDate W = FidelityIndicatorsTest.W;
    private static final List<String> SPECIALISTS = List.of("s1", "s2", "s3");

    @Test
    void figuresHoldTheirPropertiesOnRandomHistories() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<FidelityFacts> facts = history(random);
            String context = "seed " + seed;

            List<FidelityFacts> shuffled = new ArrayList<>(facts);
            Collections.shuffle(shuffled, random);
            FidelityFigures team = FidelityIndicators.ofTeam(Set.copyOf(SPECIALISTS), facts, W);
            assertThat(FidelityIndicators.ofTeam(Set.copyOf(SPECIALISTS), shuffled, W)).as(context).isEqualTo(team);

            double caseloads = 0;
            double contacts = 0;
            for (String specialist : SPECIALISTS) {
                FidelityFigures own = FidelityIndicators.ofSpecialist(specialist, facts, W);
                assertThat(FidelityIndicators.ofSpecialist(specialist, shuffled, W)).as(context).isEqualTo(own);
                caseloads += own.item(IpsItem.CASELOAD_SIZE).figure().orElseThrow();
                contacts += own.item(IpsItem.EMPLOYER_CONTACT).figure().orElseThrow();
                assertInRange(own, context);
            }
            assertThat(team.item(IpsItem.CASELOAD_SIZE).figure().orElseThrow())
                    .as(context).isCloseTo(caseloads / SPECIALISTS.size(), within(1e-9));
            assertThat(team.item(IpsItem.EMPLOYER_CONTACT).figure().orElseThrow())
                    .as(context).isCloseTo(contacts / SPECIALISTS.size(), within(1e-9));
            assertInRange(team, context);
        }
    }

    private static void assertInRange(FidelityFigures figures, String context) {
        for (ItemFigure each : figures.items()) {
            each.figure().ifPresent(value -> {
                assertThat(value).as(context).isGreaterThanOrEqualTo(0);
                assertThat(each.score().orElseThrow()).as(context).isEqualTo(IpsScale.score(each.item(), value));
            });
        }
        figures.item(IpsItem.FOLLOW_ALONG).figure().ifPresent(share -> assertThat(share).as(context).isLessThanOrEqualTo(1));
        figures.item(IpsItem.RAPID_JOB_SEARCH).figure()
                .ifPresent(days -> assertThat(days).as(context).isLessThanOrEqualTo(365));
    }

    /** Up to 40 placements of the three specialists with dates around the week, some missing. */
    private static List<FidelityFacts> history(Random random) {
        List<FidelityFacts> facts = new ArrayList<>();
        int placements = random.nextInt(41);
        for (int i = 0; i < placements; i++) {
            Placement placement = Placement.of(pick(random));
            LocalDate referred = W.minusDays(random.nextInt(500) - 20);
            placement.referred(referred);
            if (random.nextBoolean()) {
                placement.firstEmployerContact(referred.plusDays(random.nextInt(200)));
            }
            if (random.nextBoolean()) {
                placement.hired(referred.plusDays(random.nextInt(300)));
            }
            if (random.nextInt(3) == 0) {
                placement.ended(referred.plusDays(random.nextInt(400)));
            }
            if (random.nextBoolean()) {
                placement.lastFollowUp(referred.plusDays(random.nextInt(450)));
            }
            for (int c = random.nextInt(12); c > 0; c--) {
                placement.contact(W.minusDays(random.nextInt(60) - 5), random.nextBoolean(), pick(random));
            }
            facts.add(placement.facts());
        }
        return facts;
    }

    private static String pick(Random random) {
        return SPECIALISTS.get(random.nextInt(SPECIALISTS.size()));
    }
}
