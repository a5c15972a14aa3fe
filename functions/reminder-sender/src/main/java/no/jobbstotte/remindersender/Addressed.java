package no.jobbstotte.remindersender;

import no.jobbstotte.shared.table.directory.Directory;
import no.jobbstotte.shared.table.maildelivery.Suppressions;

/** Where one message's recipients and their delivery states are read: the message itself, or the tables. */
record Addressed(Directory directory, Suppressions suppressions) {}
