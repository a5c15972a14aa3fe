package no.jobbstotte.localcloud.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.emulator.SentEmail;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.reminders.FidelityWeek;

/**
 * After the follow-up steps: the 07:00 run on the first working day of next week sends each team
 * lead the weekly IPS fidelity mail (the team's and each specialist's figures, scored), printed
 * here as the team lead reads it; a second run that morning sends none again.
 */
final class FidelityDemo implements DemoStep {

    private static final String SCHEDULER = "FollowUpSchedulerFunction";

    @Override
    public String title() {
        return "weekly IPS fidelity mail: each team lead's figures on the first working day of the week";
    }

    @Override
    public Set<String> requiredFunctions() {
        return Set.of("PlacementEventsFunction", "FollowUpSchedulerFunction", "ReminderSenderFunction");
    }

    @Override
    public void run(LocalCloud cloud, PrintStream out) {
        WorkingDays workingDays = WorkingDays.norway();
        // The follow-up steps use today (or the next working day) and the two working days after it.
        LocalDate lastUsed = workingDays.nextWorkingDay(workingDays.nextWorkingDay(
                workingDays.onOrAfter(WorkingDays.osloDate(Instant.now()))));
        LocalDate monday = FidelityWeek.of(lastUsed).monday().plusWeeks(1);
        LocalDate runDay = workingDays.onOrAfter(monday);
        Instant sevenOClock = runDay.atTime(LocalTime.of(7, 0)).atZone(WorkingDays.OSLO).toInstant();
        int before = fidelityMails(cloud).size();
        cloud.schedules().fireAt(SCHEDULER, sevenOClock);
        FollowUpDemo.waitUntil(() -> fidelityMails(cloud).size() > before && remindersDrained(cloud),
                "the team leads' fidelity mails");
        cloud.schedules().fireAt(SCHEDULER, sevenOClock.plusSeconds(600));
        FollowUpDemo.waitUntil(() -> remindersDrained(cloud), "the second run's messages handled");
        List<SentEmail> mails = fidelityMails(cloud).subList(before, fidelityMails(cloud).size());
        long teamLeads = mails.stream().map(SentEmail::to).distinct().count();
        if (teamLeads != mails.size()) {
            throw new IllegalStateException("a team lead got more than one fidelity mail in a week");
        }
        out.printf("   %s 07:00 (first working day of week %s), run twice: %d fidelity mail(s), one per team lead%n",
                runDay, FidelityWeek.of(runDay).key(), mails.size());
        for (SentEmail mail : mails) {
            out.printf("   --- to %s: %s%n", String.join(", ", mail.to()), mail.subject());
            mail.text().lines().forEach(line -> out.println("   | " + line));
        }
    }

    private static List<SentEmail> fidelityMails(LocalCloud cloud) {
        return cloud.mailbox().sent().stream().filter(m -> m.subject().startsWith("IPS-tall for teamet")).toList();
    }

    private static boolean remindersDrained(LocalCloud cloud) {
        return cloud.sqs().getQueueAttributes(r -> r.queueUrl(cloud.queueUrl("RemindersQueue"))
                        .attributeNamesWithStrings("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                .attributesAsStrings().values().stream().allMatch("0"::equals);
    }
}
