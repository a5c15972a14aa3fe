package no.jobbstotte.remindersender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.jobbstotte.shared.batch.InvalidMessageException;
import no.jobbstotte.shared.fidelity.FidelityFacts;
import no.jobbstotte.shared.followup.Party;
import no.jobbstotte.shared.followup.WorkingDays;
import no.jobbstotte.shared.followup.actions.ActionLink;
import no.jobbstotte.shared.followup.actions.ActionLinkSigner;
import no.jobbstotte.shared.secret.ManagedSecret;
import no.jobbstotte.shared.testing.InMemorySecretsManager;
import no.jobbstotte.remindersender.digest.RenderedEmail;
import no.jobbstotte.shared.followup.reminders.Addressees;
import no.jobbstotte.shared.followup.reminders.ReminderKind;
import no.jobbstotte.shared.followup.reminders.ReminderMessage;
import no.jobbstotte.shared.table.directory.Directory;
import no.jobbstotte.shared.table.directory.Person;
import no.jobbstotte.shared.table.placements.Caseloads;
import no.jobbstotte.shared.table.placements.DueFollowUp;
import no.jobbstotte.shared.table.placements.TeamFidelityFacts;
import no.jobbstotte.shared.table.maildelivery.Suppressions;
import no.jobbstotte.shared.table.reminderslog.DigestSending;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReminderSenderServiceTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-06-10");
    private static final ActionLinkSigner SIGNER = new ActionLinkSigner(
            new ManagedSecret(new InMemorySecretsManager(), "action-link-key"));
    private static final SignedActionUrls ACTIONS = new SignedActionUrls(SIGNER, "https://jobbstotte.example/");

    private final FakeDirectory directory = new FakeDirectory();
    private final FakePlacements placements = new FakePlacements();
    private final FakeMailer mailer = new FakeMailer();
    private final FakeLog log = new FakeLog();
    private final FakeSuppressions suppressions = new FakeSuppressions();
    private final FakeTeamFacts teamFacts = new FakeTeamFacts();
    private final ReminderSettings settings = new ReminderSettings("https://fagsystem.example/saker/{placementId}",
            "from@example", 3, 20, "https://jobbstotte.example/ips-skalaen");
    private final ReminderSenderService service = new ReminderSenderService(log,
            new SpecialistDigests(placements, WorkingDays.norway(), settings, ACTIONS,
                    Clock.fixed(Instant.parse("2026-06-10T05:00:03Z"), WorkingDays.OSLO)),
            new TeamLeadDigests(placements, WorkingDays.norway(), settings),
            new FidelityMails(teamFacts, settings), mailer, WorkingDays.norway(), directory, suppressions);

    @Test
    void send_specialistWithDueItems_sendsOneDigestAndMarksSent() {
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        placements.add(item("p-1", "js-1", "2026-06-05"), item("p-2", "js-1", "2026-06-10"),
                item("p-3", "js-1", "2026-06-12"));

        service.send(message(ReminderKind.SPECIALIST, "js-1"));

        assertThat(mailer.sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("js-1@nav.example");
            assertThat(m.email().subject()).isEqualTo("Oppfølginger i dag: 1 forfalt, 1 i dag");
            assertThat(m.email().text()).contains("Resten av uken (1)");
            assertThat(m.email().html()).contains("\">Registrer som utført</a> · <a href=\"", "\">Utsett</a></li>");
        });
        assertThat(placements.dueQueries).containsExactly("js-1<=2026-06-14");
        assertThat(log.status("specialist#js-1#2026-06-10")).isEqualTo("SENT:ses-1");
    }

    @ParameterizedTest
    @EnumSource(ActionLink.Action.class)
    void send_specialist_eachItemCarriesItsOwnSignedDoneAndPostponeLinks_validTwoWeeksFromTheDigestsDate(
            ActionLink.Action action) {
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        placements.add(inJobSearch(item("p-1", "js-1", "2026-06-05")), inJobSearch(item("p-2", "js-1", "2026-06-10")));

        service.send(message(ReminderKind.SPECIALIST, "js-1"));

        // "Utsett" stands right under "Registrer som utført", "Registrer arbeidsgiverkontakt" under it (job search).
        int line = action.ordinal();
        List<String> labels = List.of("  Registrer som utført: ", "  Utsett: ", "  Registrer arbeidsgiverkontakt: ");
        List<String> lines = mailer.sent.get(0).email().text().lines().toList();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("  Registrer som utført: ")) {
                String link = lines.get(i + line);
                assertThat(link).startsWith(labels.get(line) + "https://jobbstotte.example/v1/followup-actions?token=");
                tokens.add(link.substring(link.indexOf("token=") + "token=".length()));
            }
        }
        Instant expiry = Instant.parse("2026-06-24T22:00:00Z");
        assertThat(tokens).extracting(t -> SIGNER.verify(t, expiry.minusSeconds(1))).containsExactly(
                new ActionLink(action, "p-1", Party.PARTICIPANT, LocalDate.parse("2026-06-05"), expiry),
                new ActionLink(action, "p-2", Party.PARTICIPANT, LocalDate.parse("2026-06-10"), expiry));
    }

    @Test
    void send_redelivered_sendsNothingTheSecondTime() {
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        placements.add(item("p-1", "js-1", "2026-06-10"));

        service.send(message(ReminderKind.SPECIALIST, "js-1"));
        service.send(message(ReminderKind.SPECIALIST, "js-1"));

        assertThat(mailer.sent).hasSize(1);
    }

    @Test
    void send_onlyUpcomingItems_marksNothingDueWithoutMail() {
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        placements.add(item("p-1", "js-1", "2026-06-12"));

        service.send(message(ReminderKind.SPECIALIST, "js-1"));

        assertThat(mailer.sent).isEmpty();
        assertThat(log.status("specialist#js-1#2026-06-10")).startsWith("NOTHING_DUE");
    }

    @Test
    void send_inactiveOrUnknownSpecialist_marksNothingDueWithoutMail() {
        directory.add(person("js-1", Person.Role.SPECIALIST, false));
        placements.add(item("p-1", "js-1", "2026-06-10"));

        service.send(message(ReminderKind.SPECIALIST, "js-1"));
        service.send(message(ReminderKind.SPECIALIST, "js-unknown"));

        assertThat(mailer.sent).isEmpty();
        assertThat(log.status("specialist#js-1#2026-06-10")).isEqualTo("NOTHING_DUE:unknown or inactive specialist");
        assertThat(log.status("specialist#js-unknown#2026-06-10")).startsWith("NOTHING_DUE");
    }

    @Test
    void send_anotherDeliveryHoldsTheLease_failsForRetryWithoutMail() {
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        placements.add(item("p-1", "js-1", "2026-06-10"));
        log.statuses.put("specialist#js-1#2026-06-10", "SENDING");

        assertThatThrownBy(() -> service.send(message(ReminderKind.SPECIALIST, "js-1")))
                .isInstanceOf(DigestBusyException.class);
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void send_mailFails_releasesTheLeaseSoTheRetrySends() {
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        placements.add(item("p-1", "js-1", "2026-06-10"));
        mailer.failNext = true;

        assertThatThrownBy(() -> service.send(message(ReminderKind.SPECIALIST, "js-1")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(log.status("specialist#js-1#2026-06-10")).isEqualTo("SCHEDULED");

        service.send(message(ReminderKind.SPECIALIST, "js-1"));
        assertThat(mailer.sent).hasSize(1);
    }

    @Test
    void send_dateNotAWorkingDay_isInvalid() {
        assertThatThrownBy(() -> service.send(new ReminderMessage(ReminderKind.SPECIALIST, "js-1",
                LocalDate.parse("2026-05-17"), Instant.parse("2026-05-17T05:00:00Z"))))
                .isInstanceOf(InvalidMessageException.class);
        assertThat(log.statuses).isEmpty();
    }

    @Test
    void send_teamLead_reportsEscalationsAndCaseloadOfActiveTeamMembersOnly() {
        directory.add(person("tl-1", Person.Role.TEAM_LEAD, true));
        directory.add(person("js-late", Person.Role.SPECIALIST, true));
        directory.add(person("js-busy", Person.Role.SPECIALIST, true));
        directory.add(person("js-gone", Person.Role.SPECIALIST, false));
        placements.add(item("p-1", "js-late", "2026-06-01"), item("p-2", "js-late", "2026-06-08"),
                item("p-3", "js-gone", "2026-06-01"));
        placements.active.put("js-busy", 21);

        service.send(message(ReminderKind.TEAM_LEAD, "tl-1"));

        assertThat(mailer.sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("tl-1@nav.example");
            assertThat(m.email().subject())
                    .isEqualTo("Teamoversikt: 1 oppfølging over fristen, 1 varsel om saksmengde");
            assertThat(m.email().text()).contains("/saker/p-1").doesNotContain("/saker/p-2", "/saker/p-3");
        });
        // The team's placements in one read, none per specialist.
        assertThat(placements.teamQueries).containsExactly("team-1<=2026-06-10");
        assertThat(placements.dueQueries).isEmpty();
    }

    @Test
    void send_teamLeadWithOrphans_reportsThemInTheirOwnSection() {
        directory.add(person("tl-1", Person.Role.TEAM_LEAD, true));
        placements.orphans = new Caseloads.Orphans(2, List.of(item("p-9", "js-unknown", "2026-06-01")));

        service.send(message(ReminderKind.TEAM_LEAD, "tl-1"));

        assertThat(mailer.sent).singleElement().satisfies(m -> assertThat(m.email().text())
                .contains(TeamLeadDigests.ORPHANS_HEADING, "Saksmengde: 2 aktive oppfølgingsløp uten aktiv jobbspesialist. Fordel dem i teamet.",
                        "/saker/p-9"));
    }

    @Test
    void send_teamLeadWithNothingToReport_marksNothingDueWithoutMail() {
        directory.add(person("tl-1", Person.Role.TEAM_LEAD, true));
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        placements.add(item("p-1", "js-1", "2026-06-05"));
        placements.active.put("js-1", 20);

        service.send(message(ReminderKind.TEAM_LEAD, "tl-1"));

        assertThat(mailer.sent).isEmpty();
        assertThat(log.status("team_lead#tl-1#2026-06-10")).isEqualTo("NOTHING_DUE:nothing to report");
    }

    @Test
    void send_specialistWhoseAddressBounced_sendsNothing() {
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        placements.add(item("p-1", "js-1", "2026-06-10"));
        suppressions.addresses.add("js-1@nav.example");

        service.send(message(ReminderKind.SPECIALIST, "js-1"));

        assertThat(mailer.sent).isEmpty();
        assertThat(log.status("specialist#js-1#2026-06-10")).startsWith("NOTHING_DUE:the address bounced");
    }

    @Test
    void send_teamLead_isToldWhichSpecialistsAddressBounces_evenWithNothingElseToReport() {
        directory.add(person("tl-1", Person.Role.TEAM_LEAD, true));
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        directory.add(person("js-2", Person.Role.SPECIALIST, true));
        suppressions.addresses.add("js-2@nav.example");

        service.send(message(ReminderKind.TEAM_LEAD, "tl-1"));

        assertThat(mailer.sent).singleElement().satisfies(m -> {
            assertThat(m.email().subject()).endsWith(", e-post som ikke kommer fram");
            assertThat(m.email().text()).contains("E-post som ikke kommer fram", "- Navn js-2 (js-2@nav.example)")
                    .doesNotContain("Navn js-1");
        });
    }

    /** Monday 7 December 2026: reports on week 49 (to Sunday 6 December), compared with week 45. */
    private static final LocalDate FIDELITY_MONDAY = LocalDate.parse("2026-12-07");

    @Test
    void send_fidelity_mailsTheTeamLeadTheTeamsAndEachSpecialistsScoredFiguresWithoutParticipants() {
        fidelityTeam();

        service.send(fidelity(FIDELITY_MONDAY));

        assertThat(mailer.sent).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("tl-1@nav.example");
            assertThat(m.email().subject()).isEqualTo("IPS-tall for teamet, uke 49");
            // js-1: three placements since October, js-2: one since 20 November, so 1,5 in week 45.
            assertThat(m.email().text()).contains(
                    "Teamet (2 jobbspesialister)\nSaksmengde: 2,0 deltakere per jobbspesialist, skår 5 av 5."
                            + " Uke 45: 1,5, skår 5 (endring +0,5).",
                    "Navn js-1\nSaksmengde: 3,0 deltakere per jobbspesialist, skår 5 av 5. Uke 45: 3,0, skår 5 (uendret).",
                    "Navn js-2\nSaksmengde: 1,0 deltakere per jobbspesialist, skår 5 av 5. Uke 45: 0,0, skår 5");
            assertThat(m.email().text() + m.email().html()).doesNotContain("plc-", "K.N.", "1506");
        });
        assertThat(teamFacts.reads).containsExactly("team-1");
        assertThat(log.status("fidelity#tl-1#2026-W50")).isEqualTo("SENT:ses-1");
    }

    @Test
    void send_fidelityRedeliveredOrAgainLaterInTheWeek_sendsNothingMore() {
        fidelityTeam();

        service.send(fidelity(FIDELITY_MONDAY));
        service.send(fidelity(FIDELITY_MONDAY));
        service.send(fidelity(FIDELITY_MONDAY.plusDays(1)));

        assertThat(mailer.sent).hasSize(1);
    }

    @Test
    void send_fidelityToABouncingTeamLead_sendsNothing() {
        fidelityTeam();
        suppressions.addresses.add("tl-1@nav.example");

        service.send(fidelity(FIDELITY_MONDAY));

        assertThat(mailer.sent).isEmpty();
        assertThat(log.status("fidelity#tl-1#2026-W50")).startsWith("NOTHING_DUE:the address bounced");
    }

    @Test
    void send_fidelityForATeamWithoutActiveSpecialistsOrAnInactiveLead_sendsNothing() {
        directory.add(person("tl-1", Person.Role.TEAM_LEAD, true));
        directory.add(person("js-1", Person.Role.SPECIALIST, false));
        directory.add(new Person("tl-2", Person.Role.TEAM_LEAD, Optional.of("Navn tl-2"), Optional.of("tl-2@nav.example"),
                Optional.of("team-2"), Optional.empty(), false));

        service.send(fidelity(FIDELITY_MONDAY));
        service.send(new ReminderMessage(ReminderKind.FIDELITY, "tl-2", FIDELITY_MONDAY, Instant.EPOCH));

        assertThat(mailer.sent).isEmpty();
        assertThat(log.status("fidelity#tl-1#2026-W50")).isEqualTo("NOTHING_DUE:no active specialist in the team");
        assertThat(log.status("fidelity#tl-2#2026-W50")).startsWith("NOTHING_DUE:unknown or inactive team lead");
    }

    /**
     * Each mail from a message that carries its addressees equals the mail read from the directory
     * and MailDeliveryTable, and reads neither: both fail on any read once the message carries them.
     */
    @ParameterizedTest
    @EnumSource(ReminderKind.class)
    void send_messageCarryingItsAddressees_mailsTheSameWithoutReadingDirectoryOrDeliveryState(ReminderKind kind) {
        fidelityTeam();
        directory.add(person("js-3", Person.Role.SPECIALIST, false));
        placements.add(item("p-1", "js-1", "2026-12-01"), item("p-2", "js-1", "2026-12-07"));
        placements.active.put("js-2", 25);
        suppressions.addresses.add("js-2@nav.example");
        ReminderMessage fromTables = new ReminderMessage(kind, kind == ReminderKind.SPECIALIST ? "js-1" : "tl-1",
                FIDELITY_MONDAY, Instant.parse("2026-12-07T06:00:00Z"));
        service.send(fromTables);
        RenderedEmail expected = mailer.sent.get(0).email();
        Addressees addressees = new Addressees(kind == ReminderKind.SPECIALIST
                ? List.of(directory.people.get("js-1"))
                : List.of(directory.people.get("tl-1"), directory.people.get("js-1"), directory.people.get("js-2")),
                Set.of("js-2"));
        log.statuses.clear();
        directory.failReads = true;
        suppressions.failReads = true;

        service.send(fromTables.with(addressees));

        assertThat(mailer.sent).hasSize(2);
        assertThat(mailer.sent.get(1).to()).isEqualTo(mailer.sent.get(0).to());
        assertThat(mailer.sent.get(1).email().subject()).isEqualTo(expected.subject());
        assertThat(mailer.sent.get(1).email().text()).isEqualTo(expected.text());
    }

    @Test
    void send_messageMarkingItsRecipientSuppressed_sendsNothingAndReadsNoDeliveryState() {
        Person kari = person("js-1", Person.Role.SPECIALIST, true);
        placements.add(item("p-1", "js-1", "2026-06-10"));
        directory.failReads = true;
        suppressions.failReads = true;

        service.send(message(ReminderKind.SPECIALIST, "js-1").with(new Addressees(List.of(kari), Set.of("js-1"))));

        assertThat(mailer.sent).isEmpty();
        assertThat(log.status("specialist#js-1#2026-06-10")).startsWith("NOTHING_DUE:the address bounced");
    }

    private void fidelityTeam() {
        directory.add(person("tl-1", Person.Role.TEAM_LEAD, true));
        directory.add(person("js-1", Person.Role.SPECIALIST, true));
        directory.add(person("js-2", Person.Role.SPECIALIST, true));
        for (int i = 1; i <= 3; i++) {
            teamFacts.add(placement("plc-" + i, "js-1", "2026-10-01"));
        }
        teamFacts.add(placement("plc-4", "js-2", "2026-11-20"));
        // Another team's placement is not this team's business.
        teamFacts.facts.add(new FidelityFacts("plc-x", "js-9", "team-9", "1506", true, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    private static FidelityFacts placement(String placementId, String specialistId, String referredOn) {
        return new FidelityFacts(placementId, specialistId, "team-1", "1506", true,
                Optional.of(LocalDate.parse(referredOn)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    private static ReminderMessage fidelity(LocalDate date) {
        return new ReminderMessage(ReminderKind.FIDELITY, "tl-1", date, date.atTime(7, 0).atZone(WorkingDays.OSLO).toInstant());
    }

    private static ReminderMessage message(ReminderKind kind, String recipientId) {
        return new ReminderMessage(kind, recipientId, WEDNESDAY, Instant.parse("2026-06-10T05:00:00Z"));
    }

    private static Person person(String id, Person.Role role, boolean active) {
        return new Person(id, role, Optional.of("Navn " + id), Optional.of(id + "@nav.example"), Optional.of("team-1"),
                role == Person.Role.SPECIALIST ? Optional.of("tl-1") : Optional.empty(), active);
    }

    private static DueFollowUp inJobSearch(DueFollowUp item) {
        return new DueFollowUp(item.placementId(), item.specialistId(), item.participantRef(), item.party(), item.dueOn(),
                item.reason(), true);
    }

    private static DueFollowUp item(String placementId, String specialistId, String due) {
        return new DueFollowUp(placementId, specialistId, Optional.of("K.N."), Party.PARTICIPANT, LocalDate.parse(due),
                "utprøving");
    }

    private static final class FakeSuppressions implements Suppressions {
        final Set<String> addresses = new HashSet<>();
        boolean failReads;

        @Override
        public boolean isSuppressed(String address) {
            assertThat(failReads).as("delivery state read although the message carries it").isFalse();
            return addresses.contains(address);
        }

        @Override
        public Set<String> suppressedAmong(Collection<String> candidates) {
            assertThat(failReads).as("delivery states read although the message carries them").isFalse();
            return candidates.stream().filter(addresses::contains).collect(Collectors.toSet());
        }
    }

    private static final class FakeTeamFacts implements TeamFidelityFacts {
        final List<FidelityFacts> facts = new ArrayList<>();
        final List<String> reads = new ArrayList<>();

        void add(FidelityFacts placement) {
            facts.add(placement);
        }

        @Override
        public List<FidelityFacts> ofTeam(String teamId) {
            reads.add(teamId);
            return facts.stream().filter(f -> f.teamId().equals(teamId)).toList();
        }
    }

    private static final class FakeDirectory implements Directory {
        final Map<String, Person> people = new HashMap<>();
        boolean failReads;

        void add(Person person) {
            people.put(person.personId(), person);
        }

        @Override
        public Optional<Person> find(String personId) {
            assertThat(failReads).as("directory read although the message carries the person").isFalse();
            return Optional.ofNullable(people.get(personId));
        }

        @Override
        public List<Person> team(String teamId) {
            assertThat(failReads).as("directory read although the message carries the team").isFalse();
            return people.values().stream().filter(p -> p.teamId().equals(Optional.of(teamId))).toList();
        }
    }

    private static final class FakePlacements implements Caseloads {
        final List<DueFollowUp> items = new ArrayList<>();
        final Map<String, Integer> active = new HashMap<>();
        final List<String> dueQueries = new ArrayList<>();
        final List<String> teamQueries = new ArrayList<>();
        Orphans orphans = new Orphans(0, List.of());

        void add(DueFollowUp... added) {
            items.addAll(List.of(added));
        }

        @Override
        public List<DueFollowUp> dueUpTo(String specialistId, LocalDate lastDay) {
            dueQueries.add(specialistId + "<=" + lastDay);
            return items.stream().filter(i -> i.specialistId().equals(specialistId) && !i.dueOn().isAfter(lastDay))
                    .toList();
        }

        /** Every item here is of the one team asked for: the fake keeps no team. */
        @Override
        public TeamCaseload team(String teamId, LocalDate lastDay) {
            teamQueries.add(teamId + "<=" + lastDay);
            return new TeamCaseload(items.stream().filter(i -> !i.dueOn().isAfter(lastDay))
                    .collect(Collectors.groupingBy(DueFollowUp::specialistId)), active, orphans);
        }
    }

    private static final class FakeMailer implements Mailer {
        record Sent(String to, RenderedEmail email) {}

        final List<Sent> sent = new ArrayList<>();
        boolean failNext;

        @Override
        public String send(String to, RenderedEmail email) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("SES unavailable");
            }
            sent.add(new Sent(to, email));
            return "ses-" + sent.size();
        }
    }

    /** The log's state machine in memory, without leases expiring: a SENDING item is always busy. */
    private static final class FakeLog implements DigestSending {
        final Map<String, String> statuses = new HashMap<>();

        String status(String digestKey) {
            return statuses.get(digestKey);
        }

        @Override
        public Claim claimForSending(ReminderMessage message) {
            String status = statuses.get(message.digestKey());
            if (status == null || status.equals("SCHEDULED")) {
                statuses.put(message.digestKey(), "SENDING");
                return Claim.CLAIMED;
            }
            return status.equals("SENDING") ? Claim.BUSY : Claim.DONE;
        }

        @Override
        public void markSent(ReminderMessage message, String sesMessageId) {
            statuses.put(message.digestKey(), "SENT:" + sesMessageId);
        }

        @Override
        public void markNothingDue(ReminderMessage message, String reason) {
            statuses.put(message.digestKey(), "NOTHING_DUE:" + reason);
        }

        @Override
        public void releaseLease(ReminderMessage message) {
            statuses.replace(message.digestKey(), "SENDING", "SCHEDULED");
        }
    }
}
