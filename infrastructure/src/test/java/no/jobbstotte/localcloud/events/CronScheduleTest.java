package no.jobbstotte.localcloud.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void nextAfter_weekdaysAtSeven_skipsWeekend() {
        CronSchedule cron = CronSchedule.parse("cron(0 7 ? * MON-FRI *)");
        // Friday 2026-01-09 08:00 Oslo → next is Monday 12 January 07:00 Oslo (06:00Z)
        assertThat(cron.nextAfter(Instant.parse("2026-01-09T07:00:00Z"), OSLO))
                .contains(Instant.parse("2026-01-12T06:00:00Z"));
    }

    @Test
    void nextAfter_nightly_inSummerTime() {
        CronSchedule cron = CronSchedule.parse("cron(30 2 * * ? *)");
        assertThat(cron.nextAfter(Instant.parse("2026-07-01T12:00:00Z"), OSLO))
                .contains(Instant.parse("2026-07-02T00:30:00Z"));
    }

    @Test
    void nextAfter_stepsListsAndNames() {
        CronSchedule cron = CronSchedule.parse("cron(0/20 8,12 ? JAN SUN *)");
        assertThat(cron.nextAfter(Instant.parse("2026-01-04T11:50:00Z"), ZoneId.of("UTC")))
                .contains(Instant.parse("2026-01-04T12:00:00Z"));
        assertThat(cron.nextAfter(Instant.parse("2026-01-04T12:40:00Z"), ZoneId.of("UTC")))
                .contains(Instant.parse("2026-01-11T08:00:00Z"));
    }

    @Test
    void rate_addsInterval() {
        assertThat(CronSchedule.parse("rate(5 minutes)").nextAfter(Instant.parse("2026-01-01T00:00:00Z"), OSLO))
                .contains(Instant.parse("2026-01-01T00:05:00Z"));
    }

    @Test
    void parse_invalidExpressions_areRefusedWithReason() {
        assertThatThrownBy(() -> CronSchedule.parse("cron(0 7 * * MON *)")).hasMessageContaining("'?'");
        assertThatThrownBy(() -> CronSchedule.parse("cron(0 7 ? * MON)")).hasMessageContaining("six fields");
        assertThatThrownBy(() -> CronSchedule.parse("cron(0 25 ? * MON *)")).hasMessageContaining("outside");
        assertThatThrownBy(() -> CronSchedule.parse("cron(0 7 L * ? *)")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> CronSchedule.parse("every day")).hasMessageContaining("not a schedule");
    }
}
