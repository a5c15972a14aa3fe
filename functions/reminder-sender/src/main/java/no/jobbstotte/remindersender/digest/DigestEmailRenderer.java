package no.jobbstotte.remindersender.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.actions.ActionLink;
import no.jobbstotte.shared.table.placements.DueFollowUp;

/** The specialist's morning e-mail, in Norwegian (bokmål). */
public final class DigestEmailRenderer {

    private final String caseUrlTemplate;
    private final WorkingDays workingDays;

    /** @param caseUrlTemplate e.g. {@code https://fagsystem.example/saker/{placementId}} */
    public DigestEmailRenderer(String caseUrlTemplate, WorkingDays workingDays) {
        this.caseUrlTemplate = EmailText.validTemplate(caseUrlTemplate);
        this.workingDays = workingDays;
    }

    /** Subject e.g. "Oppfølginger i dag: 3 forfalt, 2 i dag"; empty sections are left out. */
    public RenderedEmail render(Digest digest) {
        return render(digest, ActionUrls.NONE);
    }

    /**
     * The same, each item with its "Utført" and "Utsett" links from {@code actions}, and an item of
     * a placement in job search with "Registrer arbeidsgiverkontakt" too.
     */
    public RenderedEmail render(Digest digest, ActionUrls actions) {
        EmailBuilder email = new EmailBuilder()
                .paragraph("Hei " + digest.specialist().displayName() + ",")
                .paragraph("Her er oppfølgingene dine for " + EmailText.date(digest.today()) + ".");
        section(email, "Forfalt", digest.overdue(), o -> line(o.item(),
                ", " + EmailText.workingDays(o.workingDaysOverdue()), actions));
        section(email, "I dag", digest.dueToday(), item -> line(item, "", actions));
        section(email, "Resten av uken", digest.upcoming(), item -> line(item, "", actions));
        return email.build("Oppfølginger i dag: " + digest.overdue().size() + " forfalt, "
                + digest.dueToday().size() + " i dag");
    }

    private static <T> void section(EmailBuilder email, String title, List<T> items,
            Function<T, EmailBuilder.Line> toLine) {
        if (!items.isEmpty()) {
            email.heading(title + " (" + items.size() + ")")
                    .list(items.stream().map(toLine).toList())
                    .endSection();
        }
    }

    EmailBuilder.Line line(DueFollowUp item, String suffix, ActionUrls actions) {
        return new EmailBuilder.Line(EmailText.who(item), item.reason() + ", " + deadline(item) + suffix,
                EmailText.caseUrl(caseUrlTemplate, item.placementId()),
                actions.url(item, ActionLink.Action.DONE), actions.url(item, ActionLink.Action.POSTPONE),
                item.jobSearch() ? actions.url(item, ActionLink.Action.EMPLOYER_CONTACT) : Optional.empty());
    }

    /**
     * The deadline the scheduler counts from: a plan date on a weekend or holiday is due on the
     * next working day, so that date is shown, with the plan date after it; a raw Saturday
     * deadline listed under "I dag" on Monday would read as late.
     */
    private String deadline(DueFollowUp item) {
        LocalDate effective = workingDays.onOrAfter(item.dueOn());
        return "frist " + EmailText.date(effective)
                + (effective.equals(item.dueOn()) ? "" : " (planlagt " + EmailText.date(item.dueOn()) + ")");
    }
}
