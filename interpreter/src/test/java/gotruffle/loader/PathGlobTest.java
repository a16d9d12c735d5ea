package gotruffle.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** PathGlob against Go 1.19's path.Match (expected results printed by Go: "matched bad-pattern"). */
class PathGlobTest {
    private static final String[][] CASES = {
            {"*.txt", "a.txt", "true false"},
            {"*.txt", ".txt", "true false"},
            {"*.txt", "a.txt.bak", "false false"},
            {"a?c", "abc", "true false"},
            {"a?c", "ac", "false false"},
            {"[a-c]x", "bx", "true false"},
            {"[a-c]x", "dx", "false false"},
            {"[^a-c]x", "dx", "true false"},
            {"[^a-c]x", "ax", "false false"},
            {"[\\]]", "]", "true false"},
            {"\\*", "*", "true false"},
            {"\\*", "a", "false false"},
            {"a*b*c", "axxbyyc", "true false"},
            {"a*b*c", "axxbyy", "false false"},
            {"*", "", "true false"},
            {"[é]", "é", "true false"},
            {"?", "é", "true false"},
            {"[", "a", "false true"},
            {"[]a]", "a", "false true"},
            {"[-a]", "a", "false true"},
            {"[a-]", "a", "false true"},
            {"a\\", "a", "false true"},
            {"[a-b-c]", "a", "false true"},
            {"x*[", "xa", "false true"},
            {"[!a]", "!", "true false"},
            {"[a\\-z]", "-", "true false"},
            {"[^]", "a", "false true"},
            {"*[", "", "false true"}
    };

    @Test
    void matchesAsGoDoes() {
        for (String[] c : CASES) {
            boolean valid = PathGlob.valid(c[0]);
            String got = (valid && PathGlob.matches(c[0], c[1])) + " " + !valid;
            assertEquals(c[2], got, c[0] + " against " + c[1]);
        }
    }
}
