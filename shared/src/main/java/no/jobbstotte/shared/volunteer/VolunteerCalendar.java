package no.jobbstotte.shared.volunteer;

import java.time.ZoneId;

/**
 * The calendar volunteers are counted in: a confirmation's day (the coordinators' daily notice)
 * and month (the published counts) are Oslo calendar days, as the coordinators live them.
 */
public final class VolunteerCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private VolunteerCalendar() {}
}
