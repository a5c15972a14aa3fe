package no.jobbstotte.remindersender.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/**
 * The digest's follow-ups as an iCalendar file (RFC 5545, METHOD:PUBLISH): one all-day VEVENT per
 * follow-up on its effective date (the working day it is due). The UID comes from the follow-up
 * alone (placement, party, plan date), so the next digest's file updates the event a calendar
 * already has instead of adding a second one. Nothing in an event depends on the day the digest is
 * sent, so SEQUENCE stays 0 and only DTSTAMP (when this file was made) moves on; a follow-up with a
 * new date is a new follow-up, with its own UID.
 */
public final class DigestCalendar {

    static final String CRLF = "\r\n";
    /** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String caseUrlTemplate;
    private final WorkingDays workingDays;

    public DigestCalendar(String caseUrlTemplate, WorkingDays workingDays) {
        this.caseUrlTemplate = EmailText.validTemplate(caseUrlTemplate);
        this.workingDays = workingDays;
    }

    /** The attachment: every follow-up of the digest, overdue ones included, made at {@code now}. */
    public EmailAttachment attachment(Digest digest, Instant now) {
        List<DueFollowUp> items = new ArrayList<>();
        digest.overdue().forEach(o -> items.add(o.item()));
        items.addAll(digest.dueToday());
        items.addAll(digest.upcoming());
        return new EmailAttachment("oppfolginger-" + digest.today() + ".ics",
                "text/calendar; charset=UTF-8; method=PUBLISH", render(items, now).getBytes(StandardCharsets.UTF_8));
    }

    String render(List<DueFollowUp> items, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Jobbstøtte//Oppfølginger//NB");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (DueFollowUp item : items) {
            LocalDate effective = workingDays.onOrAfter(item.dueOn());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(item));
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "SEQUENCE:0");
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(effective));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(effective.plusDays(1)));
            line(out, "SUMMARY:" + text("Oppfølging: " + EmailText.who(item) + " – " + item.reason()));
            line(out, "DESCRIPTION:" + text("Frist " + EmailText.date(effective)
                    + (effective.equals(item.dueOn()) ? "" : " (planlagt " + EmailText.date(item.dueOn()) + ")")
                    + ".\nSaken: " + EmailText.caseUrl(caseUrlTemplate, item.placementId())));
            line(out, "URL:" + EmailText.caseUrl(caseUrlTemplate, item.placementId()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The same follow-up (placement, party, plan date) has the same UID in every digest. */
    static String uid(DueFollowUp item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("|", item.placementId(),
                    item.party().name(), item.dueOn().toString()).getBytes(StandardCharsets.UTF_8));
            return "oppfolging-" + HexFormat.of().formatHex(digest, 0, 16) + "@jobbstotte.no";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * One content line, folded (RFC 5545 3.1) into chunks of at most 75 octets of UTF-8, each
     * continuation starting with a space, never splitting a character; lines end in CRLF.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
