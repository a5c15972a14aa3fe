package no.jobbstotte.followupscheduler;

import java.time.LocalDate;

/** What one run did, in counts: the handler's return value and the run's log line. */
record RunSummary(LocalDate date, boolean workingDay, int specialists, int specialistsDue, int teamLeads,
        int enqueued, int alreadyScheduled) {

    static RunSummary notAWorkingDay(LocalDate date) {
        return new RunSummary(date, false, 0, 0, 0, 0, 0);
    }

    @Override
    public String toString() {
        return "{\"date\":\"" + date + "\",\"workingDay\":" + workingDay + ",\"specialists\":" + specialists
                + ",\"specialistsDue\":" + specialistsDue + ",\"teamLeads\":" + teamLeads
                + ",\"enqueued\":" + enqueued + ",\"alreadyScheduled\":" + alreadyScheduled + "}";
    }
}
