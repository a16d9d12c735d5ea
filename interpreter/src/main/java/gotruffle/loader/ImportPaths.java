package gotruffle.loader;

/**
 * The syntax go accepts for import paths (golang.org/x/mod's CheckImportPath): slash-separated
 * non-empty elements of ASCII letters, digits and {@code -._~+}, not only dots, no trailing dot,
 * no leading dash.
 */
public final class ImportPaths {
    private ImportPaths() {}

    /** null when path is well formed, else go's message ({@code malformed import path "p": why}). */
    public static String check(String path) {
        for (int i = 0; i < path.length(); ) {
            int r = path.codePointAt(i);
            // go/build's own check comes first: spaces, controls and punctuation that no path may hold
            if (Character.isWhitespace(r) || Character.isISOControl(r) || "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD".indexOf(r) >= 0) {
                return "invalid import path: \"" + path + "\"";
            }
            i += Character.charCount(r);
        }
        String why = reason(path);
        return why == null ? null : "malformed import path \"" + path + "\": " + why;
    }

    private static String reason(String path) {
        if (path.isEmpty()) {
            return "empty string";
        }
        if (path.charAt(0) == '-') {
            return "leading dash";
        }
        if (path.contains("//")) {
            return "double slash";
        }
        if (path.endsWith("/")) {
            return "trailing slash";
        }
        for (String elem : path.split("/", -1)) {
            if (elem.isEmpty()) {
                return "empty path element";
            }
            if (elem.chars().allMatch(c -> c == '.')) {
                return "invalid path element \"" + elem + "\"";
            }
            if (elem.endsWith(".")) {
                return "trailing dot in path element";
            }
            for (int i = 0; i < elem.length(); ) {
                int r = elem.codePointAt(i);
                if (!ok(r)) {
                    return "invalid char '" + new String(Character.toChars(r)) + "'";
                }
                i += Character.charCount(r);
            }
        }
        return null;
    }

    private static boolean ok(int r) {
        return r == '-' || r == '.' || r == '_' || r == '~' || r == '+' || (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z')
                || (r >= 'a' && r <= 'z');
    }
}
