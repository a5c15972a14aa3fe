package no.jobbstotte.volunteersignup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;
import no.jobbstotte.shared.secret.KeyedHash;
import no.jobbstotte.shared.secret.ManagedSecret;

/**
 * Tokens and keyed hashes. Only hashes are stored: a leaked table then neither confirms anyone
 * nor lists e-mail addresses. Addresses get a keyed hash (HMAC with a pepper kept outside the
 * table) because plain SHA-256 of an address is reversed by guessing likely addresses. The pepper
 * is the value of VolunteerEmailPepperSecret in Secrets Manager, read on the first hash a
 * container makes; it never changes, since every stored hash depends on it.
 */
@Singleton
public final class Secrets {

    /** 32 random bytes as unpadded base64url. */
    public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /**
     * A generator per token, not one built at init: SnapStart restores the same memory into many
     * execution environments, and a generator's state in the snapshot would be shared by all of
     * them. (The Linux default, NativePRNG, mixes in fresh /dev/urandom bytes anyway; a generator
     * per use keeps that true whatever provider is configured.)
     */
    private final Provider<SecureRandom> random;
    private final ManagedSecret pepper;

    @Inject
    public Secrets(Provider<SecureRandom> random, ManagedSecret pepper) {
        this.random = random;
        this.pepper = pepper;
    }

    public String newToken() {
        byte[] bytes = new byte[32];
        random.get().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public String emailHash(String normalisedEmail) {
        return KeyedHash.hex(pepper, EmailAddresses.canonical(normalisedEmail));
    }
}
