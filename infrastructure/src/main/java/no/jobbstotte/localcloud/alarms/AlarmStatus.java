package no.jobbstotte.localcloud.alarms;

import java.util.OptionalDouble;

/** One alarm's state in the local cloud right now. */
public record AlarmStatus(String name, String watches, State state, OptionalDouble observed, String note) {

    public enum State { OK, ALARM, NOT_EVALUABLE }
}
