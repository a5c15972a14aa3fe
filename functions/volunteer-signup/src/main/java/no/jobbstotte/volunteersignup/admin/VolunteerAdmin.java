package no.jobbstotte.volunteersignup.admin;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.domain.Municipalities;
import no.jobbstotte.shared.table.coordinators.Coordinator;
import no.jobbstotte.shared.table.coordinators.DynamoDbCoordinators;
import no.jobbstotte.shared.table.volunteers.DynamoDbVolunteers;
import no.jobbstotte.volunteersignup.EmailAddresses;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Operator commands, configured from the environment like a function (AWS_REGION, credentials,
 * VOLUNTEERS_TABLE, COORDINATORS_TABLE, optional endpoint overrides):
 * <pre>
 * java -cp volunteer-signup.jar no.jobbstotte.volunteersignup.admin.VolunteerAdmin police-certificate-shown &lt;volunteerId&gt; &lt;yyyy-MM-dd&gt;
 * java -cp volunteer-signup.jar no.jobbstotte.volunteersignup.admin.VolunteerAdmin coordinator &lt;municipalityNumber&gt; &lt;name&gt; &lt;email&gt;
 * </pre>
 * The police certificate (politiattest) itself is never stored: only that it was shown, and when.
 */
public final class VolunteerAdmin {

    static final String USAGE = """
            usage: VolunteerAdmin police-certificate-shown <volunteerId> <yyyy-MM-dd>
                   VolunteerAdmin coordinator <municipalityNumber> <name> <email>""";

    private final RuntimeConfig config;
    private final Clock clock;
    private final PrintStream out;

    public VolunteerAdmin(RuntimeConfig config, Clock clock, PrintStream out) {
        this.config = config;
        this.clock = clock;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new VolunteerAdmin(RuntimeConfig.fromEnv(), ClockModule.clock(), System.out).run(args));
    }

    /** @return the process exit code: 0 done, 1 refused, 2 usage error */
    public int run(String[] args) {
        if (args.length == 3 && args[0].equals("police-certificate-shown")) {
            return policeCertificateShown(args[1], args[2]);
        }
        if (args.length == 4 && args[0].equals("coordinator")) {
            return coordinator(args[1], args[2], args[3]);
        }
        out.println(USAGE);
        return 2;
    }

    private int policeCertificateShown(String volunteerId, String date) {
        Optional<LocalDate> shownOn = parseDate(date);
        if (shownOn.isEmpty() || shownOn.get().isAfter(LocalDate.now(clock))) {
            out.println("the date must be yyyy-MM-dd and not in the future");
            return 2;
        }
        if (!new DynamoDbVolunteers(dynamoDb(), config.require("VOLUNTEERS_TABLE"))
                .recordPoliceCertificate(volunteerId, shownOn.get())) {
            out.println("no confirmed volunteer " + volunteerId);
            return 1;
        }
        out.println("recorded: police certificate shown " + shownOn.get() + " for volunteer " + volunteerId);
        return 0;
    }

    private int coordinator(String municipalityNumber, String name, String email) {
        Optional<String> address = EmailAddresses.normalise(email);
        if (!Municipalities.bundled().exists(municipalityNumber) || address.isEmpty() || name.isBlank()
                || name.length() > 100) {
            out.println("need a known four-digit municipality number, a name and a valid e-mail address");
            return 2;
        }
        new DynamoDbCoordinators(dynamoDb(), config.require("COORDINATORS_TABLE"))
                .save(new Coordinator(municipalityNumber, name.strip(), address.get()));
        out.println("saved coordinator for municipality " + municipalityNumber);
        return 0;
    }

    private DynamoDbClient dynamoDb() {
        return ClientSupport.build(DynamoDbClient.builder(), config, "DYNAMODB");
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
