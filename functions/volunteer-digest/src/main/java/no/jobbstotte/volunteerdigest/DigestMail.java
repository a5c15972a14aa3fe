package no.jobbstotte.volunteerdigest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.domain.Municipality;
import no.jobbstotte.shared.table.volunteers.NewVolunteer;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;

/** The Norwegian text of one coordinator's daily notice. Pure, so its wording is unit-tested. */
public final class DigestMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DigestMail() {}

    public static String subject(LocalDate day, int count) {
        return count + (count == 1 ? " ny frivillig " : " nye frivillige ") + DATE.format(day);
    }

    public static String text(LocalDate day, List<NewVolunteer> volunteers, Municipalities municipalities) {
        Map<String, List<NewVolunteer>> byMunicipality = new TreeMap<>(volunteers.stream()
                .collect(Collectors.groupingBy(NewVolunteer::municipalityNumber)));
        StringBuilder text = new StringBuilder("Hei!\n\nDisse bekreftet påmeldingen som frivillig ")
                .append(DATE.format(day)).append(":\n");
        byMunicipality.forEach((number, list) -> {
            String name = municipalities.find(number).map(Municipality::name).orElse("Kommune " + number);
            text.append('\n').append(name).append(" (").append(number).append("):\n");
            for (NewVolunteer v : list) {
                text.append("- ").append(v.firstName())
                        .append(" – interesser: ").append(v.interests().stream().map(Interest::label).collect(Collectors.joining(", ")))
                        .append(v.availability().isEmpty() ? "" : " – kan: " + v.availability().stream()
                                .map(Availability::label).collect(Collectors.joining(", ")))
                        .append(" (ref. ").append(v.volunteerId()).append(")\n");
            }
        });
        return text.append("""

                Kontaktopplysninger og eventuell melding fra den frivillige sendes ikke på e-post. Be driftsteamet om dem og oppgi referansen.

                Husk politiattest før noen arbeider med sårbare personer.

                Hilsen Jobbstøtte
                """).toString();
    }

    /**
     * For the national contact: the municipalities whose coordinator's address bounces or complained,
     * whose volunteers come here instead. Empty when there are none.
     */
    public static String unreachableCoordinators(java.util.Set<String> municipalityNumbers, Municipalities municipalities) {
        if (municipalityNumbers.isEmpty()) {
            return "";
        }
        String names = municipalityNumbers.stream()
                .map(number -> municipalities.find(number).map(Municipality::name).orElse("Kommune " + number)
                        + " (" + number + ")")
                .collect(Collectors.joining(", "));
        return "\nE-post til koordinatoren i " + names + " blir avvist, så du får disse frivillige i stedet."
                + " Rett adressen med VolunteerAdmin.\n";
    }
}
