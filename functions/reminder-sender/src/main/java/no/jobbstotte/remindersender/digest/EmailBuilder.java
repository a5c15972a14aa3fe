package no.jobbstotte.remindersender.digest;

import java.util.List;
import java.util.Optional;

/**
 * Writes the plain-text and HTML bodies side by side, so the two cannot drift apart. Every
 * piece of text is escaped here, once, on its way into the HTML.
 */
final class EmailBuilder {

    static final String FOOTER = "Denne e-posten er sendt automatisk fra Jobbstøtte. Ikke svar på den.";

    /**
     * One follow-up: a linked label and a detail, e.g. "Deltaker (K.N.)" and "utprøving, …", and
     * the signed links that record it as done or postpone it, or record an employer contact, where
     * the mail has them.
     */
    record Line(String label, String detail, String url, Optional<String> doneUrl, Optional<String> postponeUrl,
            Optional<String> contactUrl) {
        Line(String label, String detail, String url) {
            this(label, detail, url, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    static final String DONE_LABEL = "Registrer som utført";
    static final String POSTPONE_LABEL = "Utsett";
    static final String CONTACT_LABEL = "Registrer arbeidsgiverkontakt";

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    EmailBuilder paragraph(String content) {
        text.append(content).append("\n\n");
        html.append("<p>").append(EmailText.html(content)).append("</p>\n");
        return this;
    }

    EmailBuilder heading(String content) {
        text.append(content).append('\n');
        html.append("<h2>").append(EmailText.html(content)).append("</h2>\n");
        return this;
    }

    EmailBuilder line(String content) {
        text.append(content).append('\n');
        html.append("<p>").append(EmailText.html(content)).append("</p>\n");
        return this;
    }

    EmailBuilder list(List<Line> lines) {
        html.append("<ul>\n");
        for (Line line : lines) {
            text.append("- ").append(line.label()).append(": ").append(line.detail()).append('\n')
                    .append("  ").append(line.url()).append('\n');
            line.doneUrl().ifPresent(done -> text.append("  ").append(DONE_LABEL).append(": ").append(done).append('\n'));
            line.postponeUrl().ifPresent(later -> text.append("  ").append(POSTPONE_LABEL).append(": ").append(later)
                    .append('\n'));
            line.contactUrl().ifPresent(contact -> text.append("  ").append(CONTACT_LABEL).append(": ").append(contact)
                    .append('\n'));
            html.append("<li><a href=\"").append(EmailText.html(line.url())).append("\">")
                    .append(EmailText.html(line.label())).append("</a>: ")
                    .append(EmailText.html(line.detail()));
            line.doneUrl().ifPresent(done -> html.append(" · <a href=\"").append(EmailText.html(done)).append("\">")
                    .append(DONE_LABEL).append("</a>"));
            line.postponeUrl().ifPresent(later -> html.append(" · <a href=\"").append(EmailText.html(later)).append("\">")
                    .append(POSTPONE_LABEL).append("</a>"));
            line.contactUrl().ifPresent(contact -> html.append(" · <a href=\"").append(EmailText.html(contact))
                    .append("\">").append(CONTACT_LABEL).append("</a>"));
            html.append("</li>\n");
        }
        html.append("</ul>\n");
        return this;
    }

    /** Ends a section; HTML needs no separator, plain text a blank line. */
    EmailBuilder endSection() {
        text.append('\n');
        return this;
    }

    RenderedEmail build(String subject) {
        paragraph(FOOTER);
        String body = html.toString();
        return new RenderedEmail(subject, text.toString().stripTrailing() + "\n",
                "<!DOCTYPE html>\n<html lang=\"nb\">\n<head><meta charset=\"utf-8\"><title>"
                        + EmailText.html(subject) + "</title></head>\n<body>\n" + body
                        + "</body>\n</html>\n");
    }
}
