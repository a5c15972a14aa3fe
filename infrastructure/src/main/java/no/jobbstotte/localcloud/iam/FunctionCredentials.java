package no.jobbstotte.localcloud.iam;

import java.util.Optional;

/**
 * The credentials the local cloud gives a function, standing for its execution role: the IAM
 * gateway knows the caller by the access key id the SDK signs with. Any other key (the tests'
 * and the demo's own clients) is not a function and is not checked.
 */
public final class FunctionCredentials {

    private static final String PREFIX = "LOCALROLE";

    private FunctionCredentials() {}

    public static String accessKeyId(String function) {
        return PREFIX + function;
    }

    /** The function whose role an {@code Authorization} header or presigned URL credential signs as. */
    static Optional<String> function(String credential) {
        if (credential == null) {
            return Optional.empty();
        }
        int start = credential.indexOf("Credential=");
        String rest = start < 0 ? credential : credential.substring(start + "Credential=".length());
        int slash = rest.indexOf('/');
        String accessKey = slash < 0 ? rest : rest.substring(0, slash);
        return accessKey.startsWith(PREFIX) ? Optional.of(accessKey.substring(PREFIX.length())) : Optional.empty();
    }
}
