package no.jobbstotte.shared.agreement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import no.jobbstotte.shared.domain.OrganisationNumber;

/**
 * Agreement (samarbeidsavtale) between an employer chain and the programme: a framework agreement
 * for the chain or a local one for a store or unit. The chain chooses the id and raises the
 * version on every change, so the newest version wins however the queue orders deliveries.
 *
 * <p>The constructor enforces every rule that holds for the record on its own. Whether the
 * municipality exists is checked on input by the agreements API's validator instead: a stored
 * agreement must stay readable after a municipal reform retires its number.
 *
 * @param validTo empty while the agreement runs until further notice
 * @param contactRole a role such as "butikksjef", never a person's name or contact details
 */
public record Agreement(
        String chainId,
        String agreementId,
        long version,
        Type type,
        OrganisationNumber employer,
        String unitName,
        String municipalityNumber,
        LocalDate validFrom,
        Optional<LocalDate> validTo,
        int adaptedPositions,
        String contactRole,
        Status status) {

    /** Chain and agreement ids: safe in URLs, keys and logs without escaping. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** The largest integer every JSON client (JavaScript included) can represent exactly. */
    public static final long MAX_VERSION = (1L << 53) - 1;
    public static final int MAX_UNIT_NAME = 200;
    public static final int MAX_CONTACT_ROLE = 100;
    public static final int MAX_ADAPTED_POSITIONS = 10_000;

    public Agreement {
        require(isValidId(chainId), "chainId");
        require(isValidId(agreementId), "agreementId");
        require(version >= 1 && version <= MAX_VERSION, "version");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(employer, "employer");
        require(isText(unitName, MAX_UNIT_NAME), "unitName");
        require(municipalityNumber != null && municipalityNumber.matches("[0-9]{4}"), "municipalityNumber");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        require(validTo.map(to -> !to.isBefore(validFrom)).orElse(true), "validTo");
        require(adaptedPositions >= 0 && adaptedPositions <= MAX_ADAPTED_POSITIONS, "adaptedPositions");
        require(isText(contactRole, MAX_CONTACT_ROLE), "contactRole");
        Objects.requireNonNull(status, "status");
    }

    public enum Type {
        FRAMEWORK("framework"),
        LOCAL("local");

        private final String wire;

        Type(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Optional<Type> fromWire(String value) {
            return Arrays.stream(values()).filter(t -> t.wire.equals(value)).findFirst();
        }
    }

    public enum Status {
        ACTIVE("active"),
        SUSPENDED("suspended"),
        ENDED("ended");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Optional<Status> fromWire(String value) {
            return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
        }
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Free text as stored: no surrounding white space and no control characters (which would
     * corrupt CSV exports and log lines), between 1 and max characters (code points).
     */
    static boolean isText(String value, int max) {
        if (value == null || value.isEmpty() || !value.strip().equals(value)) {
            return false;
        }
        int length = value.codePointCount(0, value.length());
        return length <= max && value.codePoints().noneMatch(Character::isISOControl);
    }

    private static void require(boolean condition, String field) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid agreement field " + field);
        }
    }
}
