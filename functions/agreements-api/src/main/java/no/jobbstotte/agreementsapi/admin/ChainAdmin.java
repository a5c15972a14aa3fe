package no.jobbstotte.agreementsapi.admin;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.jobbstotte.agreementsapi.ChainSigningKeys;
import no.jobbstotte.agreementsapi.table.chains.ChainRepository;
import no.jobbstotte.agreementsapi.table.chains.DynamoDbChainRepository;
import no.jobbstotte.agreementsapi.table.chains.EmployerChain;
import no.jobbstotte.shared.agreement.Agreement;
import no.jobbstotte.shared.aws.ClientSupport;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.config.RuntimeConfig;
import no.jobbstotte.shared.secret.ManagedSecret;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Operator CLI for the chains that may push agreements (run it with {@code bin/chains}). AWS
 * region, credentials and endpoint come from the environment, the table from {@code CHAINS_TABLE}
 * and the master of the signing secrets from {@code CHAIN_SIGNING_SECRET_ARN} (Secrets Manager).
 * A new secret is derived from the master, printed once, to stdout, and stored nowhere; the table
 * records only its id, and {@code list} shows ids only.
 */
public final class ChainAdmin {

    static final String USAGE = """
            Usage: chains <command>
              register <chainId> <name>     register a chain (status ACTIVE, no secrets yet)
              issue-secret <chainId>        create a signing secret; printed once, store it safely
              list                          chains with secret ids, created and revoked times
              revoke <chainId> <secretId>   revoke a secret (rotate: issue a new one first)
              disable <chainId>             refuse all requests from the chain
            Environment: AWS_REGION, AWS credentials, CHAINS_TABLE, CHAIN_SIGNING_SECRET_ARN (the master
            secret's ARN or name); locally also AWS_ENDPOINT_URL_DYNAMODB and AWS_ENDPOINT_URL_SECRETS_MANAGER.""";

    private static final java.util.Set<String> COMMANDS = java.util.Set.of("register", "issue-secret", "list", "revoke",
            "disable");

    private final ChainRepository chains;
    private final ChainSigningKeys keys;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    ChainAdmin(ChainRepository chains, ChainSigningKeys keys, PrintStream out, PrintStream err, Clock clock) {
        this.chains = chains;
        this.keys = keys;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            System.err.println(USAGE);
            System.exit(2);
        }
        RuntimeConfig config = RuntimeConfig.fromEnv();
        int status;
        try (DynamoDbClient dynamoDb = ClientSupport.build(DynamoDbClient.builder(), config, "DYNAMODB");
                SecretsManagerClient secretsManager = ClientSupport.build(SecretsManagerClient.builder(), config,
                        "SECRETS_MANAGER")) {
            ChainRepository chains = new DynamoDbChainRepository(dynamoDb, config.require("CHAINS_TABLE"));
            // Read with the operator's own credentials, and only by issue-secret.
            ManagedSecret master = new ManagedSecret(secretsManager, config.require("CHAIN_SIGNING_SECRET_ARN"));
            ChainSigningKeys keys = new ChainSigningKeys(master, chains, SecureRandom::new);
            status = new ChainAdmin(chains, keys, System.out, System.err, ClockModule.clock()).run(args);
        } catch (RuntimeConfig.MissingConfigurationException e) {
            System.err.println(e.getMessage() + ".\n" + USAGE);
            status = 2;
        }
        System.exit(status);
    }

    /** @return the process exit status: 0 done, 1 refused, 2 usage */
    int run(String... args) {
        if (args.length == 0) {
            return usage();
        }
        String command = args[0];
        return switch (command) {
            case "register" -> args.length == 3 && validId(args[1]) ? register(args[1], args[2]) : usage();
            case "issue-secret" -> args.length == 2 && validId(args[1]) ? issueSecret(args[1]) : usage();
            case "list" -> args.length == 1 ? list() : usage();
            case "revoke" -> args.length == 3 && validId(args[1]) ? revoke(args[1], args[2]) : usage();
            case "disable" -> args.length == 2 && validId(args[1]) ? disable(args[1]) : usage();
            default -> usage();
        };
    }

    private int register(String chainId, String name) {
        if (name.isBlank()) {
            err.println("The name must not be blank.");
            return 2;
        }
        if (!chains.register(chainId, name.strip())) {
            err.println("Chain " + chainId + " already exists; nothing changed.");
            return 1;
        }
        out.println("Registered chain " + chainId + ". Issue a secret with: chains issue-secret " + chainId);
        return 0;
    }

    private int issueSecret(String chainId) {
        Optional<EmployerChain> chain = chains.find(chainId);
        if (chain.isEmpty()) {
            err.println("No chain " + chainId + ".");
            return 1;
        }
        ChainSigningKeys.Issued issued = keys.issue(chainId, clock.instant());
        err.println("New secret " + issued.secretId() + " for chain " + chainId
                + ". It is shown once, below; give it to the chain over a secure channel.");
        out.println(issued.secret().encoded());
        return 0;
    }

    private int list() {
        List<EmployerChain> all = chains.list();
        if (all.isEmpty()) {
            out.println("No chains.");
        }
        for (EmployerChain chain : all) {
            out.println(chain.chainId() + "\t" + chain.status() + "\t" + chain.name());
            for (EmployerChain.Secret secret : chain.secrets()) {
                out.println("  " + secret.secretId() + "\tcreated " + secret.createdAt()
                        + secret.revokedAt().map(at -> "\trevoked " + at).orElse("\tactive"));
            }
        }
        return 0;
    }

    private int revoke(String chainId, String secretId) {
        Instant now = clock.instant();
        if (!chains.revoke(chainId, secretId, now)) {
            err.println("Chain " + chainId + " has no unrevoked secret " + secretId + "; nothing changed.");
            return 1;
        }
        out.println("Revoked " + secretId + " of chain " + chainId + " at " + now + ".");
        return 0;
    }

    private int disable(String chainId) {
        try {
            chains.disable(chainId);
        } catch (ChainRepository.UnknownChainException e) {
            err.println("No chain " + chainId + ".");
            return 1;
        }
        out.println("Disabled chain " + chainId + "; all its requests are now refused.");
        return 0;
    }

    private boolean validId(String chainId) {
        if (Agreement.isValidId(chainId)) {
            return true;
        }
        err.println("A chain id is 1–64 characters: A–Z, a–z, 0–9, '.', '_' or '-'.");
        return false;
    }

    private int usage() {
        err.println(USAGE);
        return 2;
    }
}
