package no.jobbstotte.localcloud.iam;

import java.util.Locale;

/** IAM's glob: {@code *} matches any run of characters (none included), {@code ?} exactly one. */
final class Wildcards {

    private Wildcards() {}

    /** Actions compare without case ({@code dynamodb:getitem} is {@code dynamodb:GetItem}); resources with it. */
    static boolean matches(String pattern, String value, boolean ignoreCase) {
        return ignoreCase ? glob(pattern.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT)) : glob(pattern, value);
    }

    private static boolean glob(String pattern, String value) {
        int p = 0;
        int v = 0;
        int star = -1;
        int resume = 0;
        while (v < value.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
                p++;
                v++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = v;
            } else if (star >= 0) {
                p = star + 1;
                v = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
