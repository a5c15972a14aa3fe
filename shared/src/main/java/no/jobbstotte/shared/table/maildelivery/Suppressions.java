package no.jobbstotte.shared.table.maildelivery;

import java.util.Collection;
import java.util.Set;

/** Whether an address takes mail: ReminderSender, VolunteerSignup, VolunteerDigest check before they send. */
public interface Suppressions {

    /** True once SES reported a hard bounce or a complaint for the address (case is ignored). */
    boolean isSuppressed(String address);

    /** The suppressed ones among {@code addresses}, as given; one batched read per 100. */
    Set<String> suppressedAmong(Collection<String> addresses);
}
