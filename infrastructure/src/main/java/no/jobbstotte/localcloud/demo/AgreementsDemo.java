package no.jobbstotte.localcloud.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.jobbstotte.localcloud.LocalCloud;
import no.jobbstotte.localcloud.RepoRoot;
import no.jobbstotte.shared.config.ClockModule;
import no.jobbstotte.shared.domain.OrganisationNumber;

/**
 * Two invented chains register through the operator command, get a signing secret, and push
 * their agreements through the signed API; the step waits until AgreementsSync has stored them
 * and reads them back, as a chain would.
 */
final class AgreementsDemo implements DemoStep {

    private record DemoChain(String id, String name, List<String> units, List<String> municipalities) {}

    private static final List<DemoChain> CHAINS = List.of(
            new DemoChain("nordlys-dagligvare", "Nordlys Dagligvare (demo)",
                    List.of("Nordlys Sentrum", "Nordlys Torget", "Nordlys Havna"), List.of("0301", "1508", "4601")),
            new DemoChain("fjordhotellene", "Fjordhotellene (demo)",
                    List.of("Fjordhotell Bergen", "Fjordhotell Trondheim"), List.of("4601", "5001")));

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String title() {
        return "employer agreements: two demo chains push signed agreements";
    }

    @Override
    public Set<String> requiredFunctions() {
        return Set.of("AgreementsApiFunction", "AgreementsSyncFunction");
    }

    @Override
    public void run(LocalCloud cloud, PrintStream out) {
        Random random = new Random(2026);
        int pushed = 0;
        List<String[]> toCheck = new ArrayList<>();
        for (DemoChain chain : CHAINS) {
            chainAdmin(cloud, "register", chain.id(), chain.name());
            String secret = lastToken(chainAdmin(cloud, "issue-secret", chain.id()));
            SignedClient client = new SignedClient(cloud.httpApiUrl(), secret, ClockModule.clock());
            ArrayNode items = json.createArrayNode();
            for (int i = 0; i < chain.units().size(); i++) {
                String agreementId = chain.id() + "-" + (i + 1);
                items.add(item(agreementId, i == 0 ? "framework" : "local", chain.units().get(i),
                        chain.municipalities().get(i), OrganisationNumber.generate(random).value(), 2 + i));
                toCheck.add(new String[] {chain.id(), agreementId});
            }
            ObjectNode body = json.createObjectNode().set("items", items);
            HttpResponse<String> response = client.post("/v1/chains/" + chain.id() + "/agreements", body.toString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("push for " + chain.id() + " answered " + response.statusCode() + ": " + response.body());
            }
            pushed += items.size();
            out.printf("   %s (%s): registered, secret issued, %d agreements pushed → 202%n", chain.name(), chain.id(), items.size());
            awaitStored(client, chain.id(), toCheck, out);
        }
        out.printf("   %d agreements stored in table %s; read one back with a signed GET /v1/chains/{chainId}/agreements/{id}%n",
                pushed, cloud.tableName("AgreementsTable"));
    }

    private void awaitStored(SignedClient client, String chainId, List<String[]> agreements, PrintStream out) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        for (String[] agreement : agreements) {
            if (!agreement[0].equals(chainId)) {
                continue;
            }
            String status = "";
            while (!status.equals("stored")) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(agreement[1] + " was not stored within 30 s (status " + status + ")");
                }
                HttpResponse<String> response = client.get("/v1/chains/" + chainId + "/agreements/" + agreement[1]);
                status = response.statusCode() == 200 ? statusOf(response.body()) : "http " + response.statusCode();
                if (!status.equals("stored")) {
                    pause();
                }
            }
        }
        out.printf("   %s: every agreement reads back as stored%n", chainId);
    }

    private String statusOf(String body) {
        try {
            JsonNode node = json.readTree(body);
            JsonNode status = node.path("processing").path("status");
            return status.isMissingNode() ? node.path("status").asText("") : status.asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private ObjectNode item(String id, String type, String unit, String municipality, String orgNumber, int positions) {
        return json.createObjectNode()
                .put("agreementId", id)
                .put("version", 1)
                .put("type", type)
                .put("employerOrgNumber", orgNumber)
                .put("unitName", unit)
                .put("municipalityNumber", municipality)
                .put("validFrom", LocalDate.of(2026, 1, 1).toString())
                .put("adaptedPositions", positions)
                .put("contactRole", "butikksjef")
                .put("status", "active");
    }

    /** The operator command, exactly as an operator runs it: from the deployable jar, configured by environment. */
    private static String chainAdmin(LocalCloud cloud, String... args) {
        Path root = RepoRoot.find();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", root.resolve("functions/agreements-api/target/agreements-api.jar").toString(),
                "no.jobbstotte.agreementsapi.admin.ChainAdmin"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(cloud.clientConfig().environment());
        env.put("CHAINS_TABLE", cloud.tableName("ChainsTable"));
        env.put("CHAIN_SIGNING_SECRET_ARN", cloud.secretArn("ChainSigningSecret"));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("ChainAdmin " + args[0] + " failed: " + output.lines().reduce((a, b) -> b).orElse(""));
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ChainAdmin", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String lastToken(String output) {
        return output.lines().flatMap(l -> List.of(l.trim().split("\\s+")).stream())
                .filter(t -> t.startsWith(SignedClient.SECRET_PREFIX)).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("ChainAdmin issue-secret printed no secret"));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
