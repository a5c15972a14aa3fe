package no.jobbstotte.statisticspublisher.statistics;

/**
 * One county's IPS fidelity counts for one quarter, as they stood the night the quarter was locked
 * (kept in the private ledger, never recomputed). The published figures, scores and hidden cells
 * follow from these alone ({@link FidelityTable}).
 *
 * @param specialists specialists responsible for a participant on a caseload on some day of the quarter
 * @param activeDays the days participants were on a caseload in the quarter, summed over them (referred
 *     by then, not ended by then): divided by the quarter's days, the mean number on a caseload
 * @param hiredActive participants hired by the quarter's end and still on a caseload at it (never published)
 * @param followedUp of those, with their last follow-up in the 90 days up to the quarter's end, or after it
 * @param firstContacts participants whose first face-to-face employer contact fell in the quarter
 * @param firstContactDays the days from referral to that contact, summed over them
 * @param employerContacts face-to-face employer contacts in job development in the quarter, on the county's placements
 */
public record CountyFidelity(int specialists, long activeDays, int hiredActive, int followedUp, int firstContacts,
        long firstContactDays, int employerContacts) {

    static final CountyFidelity NONE = new CountyFidelity(0, 0, 0, 0, 0, 0, 0);
}
