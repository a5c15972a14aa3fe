package no.jobbstotte.localcloud.emulator;

import java.net.URI;

/** Where the running emulators answer; each URI is an http://127.0.0.1:port endpoint override. */
public record EmulatorEndpoints(URI sqs, URI dynamoDb, URI s3, URI ses, URI secretsManager) {

    /** The same, with SES answered at {@code endpoint} (the local cloud's SES event publishing in front of it). */
    public EmulatorEndpoints withSes(URI endpoint) {
        return new EmulatorEndpoints(sqs, dynamoDb, s3, endpoint, secretsManager);
    }
}
