package no.jobbstotte.shared.table.volunteers;

import java.util.List;
import no.jobbstotte.shared.volunteer.Availability;
import no.jobbstotte.shared.volunteer.Interest;

/**
 * What a coordinator is told about a newly confirmed volunteer, and nothing more: first name,
 * municipality, interests and availability (all from fixed lists), and the id to quote when
 * asking the operators for contact details. Never the free text: people write health or family
 * matters there, and e-mail is the wrong place for it. {@code countId}, the id the confirmation is
 * counted under, is for the digest's own check that it was counted, and is never told.
 */
public record NewVolunteer(String volunteerId, String firstName, String municipalityNumber,
        List<Interest> interests, List<Availability> availability, String countId) {}
