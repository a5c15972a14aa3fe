package no.jobbstotte.remindersender.digest;

import no.jobbstotte.shared.followup.WorkingDays;

/** The team lead's e-mail: escalated follow-ups and caseload warnings, per specialist. */
public final class TeamLeadEmailRenderer {

    private final DigestEmailRenderer items;

    /** @param caseUrlTemplate e.g. {@code https://fagsystem.example/saker/{placementId}} */
    public TeamLeadEmailRenderer(String caseUrlTemplate, WorkingDays workingDays) {
        this.items = new DigestEmailRenderer(caseUrlTemplate, workingDays);
    }

    /** Subject e.g. "Teamoversikt: 3 oppfølginger over fristen, 1 varsel om saksmengde". */
    public RenderedEmail render(TeamLeadDigest digest) {
        EmailBuilder email = new EmailBuilder()
                .paragraph("Hei " + digest.teamLead().displayName() + ",")
                .paragraph("Her er teamoversikten for " + EmailText.date(digest.today()) + ".");
        unreachable(email, digest);
        for (TeamLeadDigest.Section section : digest.sections()) {
            email.heading(section.specialist().displayName());
            section.caseload().ifPresent(c -> email.line(EmailText.caseload(c)));
            if (!section.escalations().isEmpty()) {
                email.line("Mer enn " + EmailText.count(digest.thresholdWorkingDays(), "arbeidsdag", "arbeidsdager")
                        + " over fristen ("
                        + section.escalations().size() + "):");
                email.list(section.escalations().stream()
                        .map(o -> items.line(o.item(), ", " + EmailText.workingDays(o.workingDaysOverdue()),
                                ActionUrls.NONE))
                        .toList());
            }
            email.endSection();
        }
        int escalations = digest.escalationCount();
        int warnings = digest.caseloadWarningCount();
        return email.build("Teamoversikt: " + EmailText.count(escalations, "oppfølging", "oppfølginger")
                + " over fristen, " + EmailText.count(warnings, "varsel", "varsler") + " om saksmengde"
                + (digest.unreachable().isEmpty() ? "" : ", e-post som ikke kommer fram"));
    }

    static final String UNREACHABLE_HEADING = "E-post som ikke kommer fram";

    /** First, since these specialists get no reminders at all until their address is put right. */
    private static void unreachable(EmailBuilder email, TeamLeadDigest digest) {
        if (digest.unreachable().isEmpty()) {
            return;
        }
        email.heading(UNREACHABLE_HEADING).line("E-post til disse jobbspesialistene blir avvist, så de får ingen"
                + " påminnelser før adressen er rettet i fagsystemet:");
        digest.unreachable().forEach(s -> email.line("- " + s.displayName() + " (" + s.workEmail() + ")"));
        email.endSection();
    }
}
