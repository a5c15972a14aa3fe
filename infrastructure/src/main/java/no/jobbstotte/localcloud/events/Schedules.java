package no.jobbstotte.localcloud.events;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.jobbstotte.localcloud.runtime.FunctionRuntime;
import no.jobbstotte.shared.log.Log;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/**
 * The template's schedule event sources (EventBridge Scheduler, {@code ScheduleV2}). Each firing
 * invokes the function with a {@link ScheduledEvent} whose time is the scheduled time, not the
 * moment it happened to run, as EventBridge does. With a manual clock nothing fires by itself:
 * {@link #advanceTo} moves time and fires what falls due, in order; {@link #fireNow} fires one.
 */
public final class Schedules implements AutoCloseable {

    private static final Log LOG = Log.get(Schedules.class);

    /** One schedule as the template states it. */
    public record Schedule(String functionId, String eventName, CronSchedule expression, ZoneId zone, boolean enabled) {
        public String name() {
            return functionId + "." + eventName;
        }
    }

    /** One invocation a schedule made. */
    public record Firing(Schedule schedule, Instant scheduledTime, Object response) {}

    private final List<Schedule> schedules;
    private final Map<String, FunctionRuntime> functions;
    private final LocalClock clock;
    private final String region;
    private final String accountId;
    private final Map<String, Instant> lastChecked = new HashMap<>();
    private Thread timer;
    /** What the timer waits on between firings, so close() can wake it without interrupting a firing. */
    private final Object sleep = new Object();
    private volatile boolean running;

    public Schedules(List<Schedule> schedules, Map<String, FunctionRuntime> functions, LocalClock clock, String region,
            String accountId) {
        this.schedules = List.copyOf(schedules);
        this.functions = functions;
        this.clock = clock;
        this.region = region;
        this.accountId = accountId;
        Instant now = clock.now();
        schedules.forEach(s -> lastChecked.put(s.name(), now));
    }

    public List<Schedule> schedules() {
        return schedules;
    }

    public LocalClock clock() {
        return clock;
    }

    /** With the system clock, fire schedules as real time passes. */
    public Schedules start() {
        if (!clock.isManual() && !schedules.isEmpty()) {
            running = true;
            timer = Thread.ofPlatform().daemon().name("schedules").start(this::runInRealTime);
        }
        return this;
    }

    public Optional<Instant> nextFiring(Schedule schedule) {
        return schedule.expression().nextAfter(lastChecked.get(schedule.name()), schedule.zone());
    }

    /** Moves the manual clock to {@code until} and fires, in time order, every firing due on the way. */
    public synchronized List<Firing> advanceTo(Instant until) {
        List<Firing> firings = new ArrayList<>();
        while (true) {
            Optional<Map.Entry<Schedule, Instant>> next = schedules.stream().filter(Schedule::enabled)
                    .flatMap(s -> nextFiring(s).filter(t -> !t.isAfter(until)).map(t -> Map.entry(s, t)).stream())
                    .min(Map.Entry.comparingByValue(Comparator.naturalOrder()));
            if (next.isEmpty()) {
                break;
            }
            Schedule schedule = next.get().getKey();
            Instant time = next.get().getValue();
            clock.set(time);
            lastChecked.put(schedule.name(), time);
            firings.add(fire(schedule, time));
        }
        jumpTo(until);
        return firings;
    }

    /** Sets the manual clock without firing anything on the way, e.g. to start a test at a given day. */
    public synchronized void jumpTo(Instant time) {
        clock.set(time);
        schedules.forEach(s -> lastChecked.put(s.name(), time));
    }

    /** Fires one schedule at the clock's current time, whatever its expression says. */
    public Firing fireNow(String functionOrScheduleName) {
        return fire(find(functionOrScheduleName), clock.now());
    }

    /** Fires one schedule as if it were due at {@code scheduledTime}, leaving the clock alone. */
    public Firing fireAt(String functionOrScheduleName, Instant scheduledTime) {
        return fire(find(functionOrScheduleName), scheduledTime);
    }

    private Schedule find(String functionOrScheduleName) {
        return schedules.stream()
                .filter(s -> s.name().equals(functionOrScheduleName) || s.functionId().equals(functionOrScheduleName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no schedule named " + functionOrScheduleName));
    }

    private Firing fire(Schedule schedule, Instant time) {
        LOG.info("schedule fired", "schedule", schedule.name(), "scheduledTime", time.toString());
        return new Firing(schedule, time, functions.get(schedule.functionId()).invoke(event(schedule, time)));
    }

    private ScheduledEvent event(Schedule schedule, Instant time) {
        ScheduledEvent event = new ScheduledEvent();
        event.setId(UUID.randomUUID().toString());
        event.setVersion("0");
        event.setDetailType("Scheduled Event");
        event.setSource("aws.scheduler");
        event.setAccount(accountId);
        event.setRegion(region);
        event.setTime(new DateTime(time.toEpochMilli(), DateTimeZone.UTC));
        event.setResources(List.of("arn:aws:scheduler:" + region + ":" + accountId + ":schedule/default/" + schedule.name()));
        event.setDetail(Map.of());
        return event;
    }

    private void runInRealTime() {
        while (running) {
            Instant now = Instant.now();
            Instant wakeUp = now.plusSeconds(30);
            for (Schedule schedule : schedules) {
                if (!schedule.enabled()) {
                    continue;
                }
                Optional<Instant> next = nextFiring(schedule);
                if (next.isPresent() && !next.get().isAfter(now)) {
                    lastChecked.put(schedule.name(), next.get());
                    try {
                        fire(schedule, next.get());
                    } catch (RuntimeException e) {
                        LOG.error("scheduled invocation failed", e, "schedule", schedule.name());
                    }
                } else if (next.isPresent() && next.get().isBefore(wakeUp)) {
                    wakeUp = next.get();
                }
            }
            try {
                synchronized (sleep) {
                    if (running) {
                        sleep.wait(Math.max(10, wakeUp.toEpochMilli() - Instant.now().toEpochMilli()));
                    }
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops firing; an invocation under way finishes first, rather than being interrupted mid-call. */
    @Override
    public void close() {
        running = false;
        if (timer == null) {
            return;
        }
        synchronized (sleep) {
            sleep.notifyAll();
        }
        try {
            timer.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
