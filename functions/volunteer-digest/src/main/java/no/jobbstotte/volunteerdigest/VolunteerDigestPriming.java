package no.jobbstotte.volunteerdigest;

import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.coordinators.Coordinators;
import no.jobbstotte.shared.table.volunteers.DailyNotices;
import no.jobbstotte.shared.table.volunteers.NewVolunteer;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;

/**
 * SnapStart prime: the digest e-mail rendered for a synthetic volunteer, one Query for a day long
 * before the service existed and one GetItem of a coordinator that cannot exist (builds the
 * DynamoDB client's request pipeline). Writes no marker and sends no e-mail.
 */
final class VolunteerDigestPriming implements Runnable {

    static final String ABSENT = "snapstart-prime#absent";
    static final LocalDate EMPTY_DAY = LocalDate.of(2000, 1, 1);

    private final DailyNotices notices;
    private final Coordinators coordinators;
    private final Municipalities municipalities;

    @Inject
    VolunteerDigestPriming(DailyNotices notices, Coordinators coordinators, Municipalities municipalities) {
        this.notices = notices;
        this.coordinators = coordinators;
        this.municipalities = municipalities;
    }

    @Override
    public void run() {
        List<NewVolunteer> volunteers = List.of(new NewVolunteer("prime", "Prime", "0301",
                List.of(Interest.values()), List.of(Availability.values()), "prime"));
        DigestMail.subject(EMPTY_DAY, volunteers.size());
        DigestMail.text(EMPTY_DAY, volunteers, municipalities);
        notices.confirmedOn(EMPTY_DAY);
        coordinators.find(ABSENT);
    }
}
