package org.victimcompensation.process;

import java.time.Instant;

/**
 * One thing the engine did on a claim, for the claim file's timeline. {@code work} is set for the
 * work kinds, {@code timer} for the timer kinds; {@code actor} is who held the work when it was
 * completed (null when nobody held it: the claim's own events say who decided); {@code due} is a
 * waiting timer's time.
 */
public record ProcessHistoryEntry(Instant at, Kind kind, WorkItemType work, Timer timer, String actor, Instant due) {

    public enum Kind {
        WORK_OPENED, WORK_COMPLETED, WORK_CANCELLED, TIMER_FIRED, TIMER_WAITING
    }

    /** The process's timers, by the BPMN element that holds each. */
    public enum Timer {
        INFORMATION_REMINDER("ReminderDue"), APPEAL_WINDOW("AppealWindowClosed");

        private final String activityId;

        Timer(String activityId) {
            this.activityId = activityId;
        }

        static Timer of(String activityId) {
            for (Timer timer : values()) {
                if (timer.activityId.equals(activityId)) {
                    return timer;
                }
            }
            return null;
        }
    }
}
