package no.jobbstotte.remindersender;

import java.util.Objects;

/** The sender's parameters from template.yaml. */
record ReminderSettings(String caseUrlTemplate, String senderAddress, int escalationWorkingDays, int caseloadLimit,
        String fidelityScaleUrl) {
    ReminderSettings {
        Objects.requireNonNull(caseUrlTemplate, "caseUrlTemplate");
        Objects.requireNonNull(senderAddress, "senderAddress");
        Objects.requireNonNull(fidelityScaleUrl, "fidelityScaleUrl");
    }
}
