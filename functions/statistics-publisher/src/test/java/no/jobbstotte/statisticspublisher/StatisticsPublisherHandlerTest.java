package no.jobbstotte.statisticspublisher;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.Test;

class StatisticsPublisherHandlerTest {

    private static ScheduledEvent at(String instant) {
        ScheduledEvent event = new ScheduledEvent();
        event.setTime(new DateTime(Instant.parse(instant).toEpochMilli(), DateTimeZone.UTC));
        return event;
    }

    @Test
    void publicationDate_summerNight_isTheOsloDate() {
        // 02:30 CEST is 00:30 UTC.
        assertThat(StatisticsPublisherHandler.publicationDate(at("2026-07-01T00:30:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void publicationDate_justBeforeMidnightUtc_isAlreadyTomorrowInOslo() {
        assertThat(StatisticsPublisherHandler.publicationDate(at("2026-11-24T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
