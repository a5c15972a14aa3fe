package no.jobbstotte.shared.volunteer;

import java.util.List;
import java.util.Objects;

/**
 * A validated sign-up of a volunteer (frivillig), before it is stored.
 *
 * @param email trimmed, lower-case domain (the sign-up function's {@code EmailAddresses})
 * @param phone E.164, e.g. {@code +4791234567}
 * @param message the bounded free text, or null; it may hold anything, so it is never mailed on
 * @param consent the id and version of the consent text the person accepted
 */
public record VolunteerSignup(
        String name,
        String email,
        String phone,
        String municipalityNumber,
        List<Interest> interests,
        List<Availability> availability,
        String message,
        String consent) {

    public VolunteerSignup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(municipalityNumber, "municipalityNumber");
        Objects.requireNonNull(consent, "consent");
        interests = List.copyOf(interests);
        availability = List.copyOf(availability);
    }

    /** The first word of the name: all the coordinators' notice and our e-mails use. */
    public static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
