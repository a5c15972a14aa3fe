package no.jobbstotte.shared.fidelity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.shared.fidelity.FidelityFacts.EmployerContact;

/** Builds {@link FidelityFacts} for the tests: an active placement of specialist s1 unless told. */
final class Placement {

    private static int next;

    private final String id = "p" + (++next);
    private String specialistId = "s1";
    private boolean active = true;
    private LocalDate referredOn;
    private LocalDate hiredOn;
    private LocalDate endedOn;
    private LocalDate firstEmployerContactOn;
    private LocalDate lastFollowUpOn;
    private final List<EmployerContact> contacts = new ArrayList<>();

    static Placement of(String specialistId) {
        Placement placement = new Placement();
        placement.specialistId = specialistId;
        return placement;
    }

    Placement referred(LocalDate on) { return with(() -> referredOn = on); }

    Placement hired(LocalDate on) { return with(() -> hiredOn = on); }

    /** Ended: also clears the active flag, as the reducer does. */
    Placement ended(LocalDate on) { return with(() -> { endedOn = on; active = false; }); }

    Placement inactiveWithoutEndDate() { return with(() -> active = false); }

    Placement firstEmployerContact(LocalDate on) { return with(() -> firstEmployerContactOn = on); }

    Placement lastFollowUp(LocalDate on) { return with(() -> lastFollowUpOn = on); }

    Placement contact(LocalDate on, boolean faceToFace, String by) {
        return with(() -> contacts.add(new EmployerContact(on, faceToFace, by)));
    }

    private Placement with(Runnable change) {
        change.run();
        return this;
    }

    FidelityFacts facts() {
        return new FidelityFacts(id, specialistId, "team-1", "0301", active,
                Optional.ofNullable(referredOn), Optional.ofNullable(hiredOn), Optional.ofNullable(endedOn),
                Optional.ofNullable(firstEmployerContactOn), Optional.ofNullable(lastFollowUpOn), contacts);
    }
}
