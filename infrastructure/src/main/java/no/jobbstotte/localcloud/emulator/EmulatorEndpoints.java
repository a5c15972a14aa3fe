package no.jobbstotte.localcloud.emulator;

import java.net.URI;

/** Where the running emulators answer; each URI is an http://127.0.0.1:port endpoint override. */
public record EmulatorEndpoints(URI sqs, URI dynamoDb, URI s3, URI ses, URI secretsManager) {}
