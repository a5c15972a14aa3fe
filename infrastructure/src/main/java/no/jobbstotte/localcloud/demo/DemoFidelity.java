package no.jobbstotte.localcloud.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The IPS fidelity facts of the statistics demo's invented placements, under the PlacementsTable
 * names the events write (specialistId, teamId, activeSpecialistId, firstEmployerContactOn,
 * lastFollowUpOn, employerContacts), so the dashboard's IPS quality shows something to read for the
 * quarter ending with {@code quarter}: teams of different sizes (Oslo's above 20 participants per
 * specialist, Narvik's four specialists too few to publish), Trondheim slow to make the first
 * employer contact, follow-ups and employer contacts around the quarter.
 */
final class DemoFidelity {

    /** Specialists per municipality: the caseloads the dashboard shows differ by team size. */
    private static final Map<String, Integer> SPECIALISTS = Map.of("0301", 10, "4601", 16, "5001", 14, "1508", 15,
            "1103", 16, "3201", 15, "1806", 4, "5501", 13);
    private static final String SLOW = "5001";

    private final Random random = new Random(19);
    private final LocalDate start;
    private final LocalDate end;

    DemoFidelity(YearMonth quarter) {
        this.start = quarter.minusMonths(2).atDay(1);
        this.end = quarter.atEndOfMonth();
    }

    /** Adds the fidelity attributes to a seeded placement item (which has its municipality, dates and phase). */
    void add(Map<String, AttributeValue> item) {
        String municipality = item.get("municipalityNumber").s();
        String specialist = "demo-" + municipality + "-" + random.nextInt(SPECIALISTS.getOrDefault(municipality, 10));
        item.put("specialistId", s(specialist));
        item.put("teamId", s("demo-team-" + municipality));
        boolean ended = item.containsKey("endedOn");
        if (!ended) {
            item.put("activeSpecialistId", s(specialist));
        }
        LocalDate referred = LocalDate.parse(item.get("referredOn").s());
        int days = municipality.equals(SLOW) ? 45 + random.nextInt(150) : 3 + random.nextInt(50);
        LocalDate contact = referred.plusDays(days);
        if (!ended || contact.isBefore(LocalDate.parse(item.get("endedOn").s()))) {
            item.put("firstEmployerContactOn", s(contact.toString()));
        }
        if (item.containsKey("hiredOn") && random.nextInt(10) < 8) {
            LocalDate followUp = end.minusDays(random.nextInt(130));
            if (!followUp.isBefore(LocalDate.parse(item.get("hiredOn").s()))) {
                item.put("lastFollowUpOn", s(followUp.toString()));
            }
        }
        if (!ended && !item.containsKey("hiredOn") && referred.isBefore(end)) {
            // Job development for those still looking: contacts in the quarter, most face to face.
            List<String> contacts = new ArrayList<>();
            for (int n = 6 + random.nextInt(10); n > 0; n--) {
                LocalDate on = start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay() + 1)));
                if (!on.isBefore(referred)) {
                    contacts.add(on + "#" + (random.nextInt(10) < 7 ? "ftf" : "other") + "#" + specialist);
                }
            }
            if (!contacts.isEmpty()) {
                contacts.sort(null);
                item.put("employerContacts", AttributeValue.fromL(contacts.stream().map(DemoFidelity::s).toList()));
            }
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
