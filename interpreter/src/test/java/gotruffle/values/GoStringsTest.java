package gotruffle.values;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * GoStrings on views answers exactly what the same operation answers on the copied String: every
 * view of a base (all offsets and lengths) against every other, and against plain Strings. The
 * base repeats its bytes so that a match just outside a view's window exists and must be ignored.
 */
class GoStringsTest {
    private static final String BASE = "ab\u00c3\u00a9a\nba\u00ffab\n";

    private static List<Object> values() {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i <= BASE.length(); i++) {
            for (int j = i; j <= BASE.length(); j++) {
                out.add(GoStrings.view(BASE, i, j));
                out.add(BASE.substring(i, j));
            }
        }
        return out;
    }

    @Test
    void viewsBehaveLikeTheirCopies() {
        List<Object> vs = values();
        for (Object a : vs) {
            String fa = GoStrings.flat(a);
            assertEquals(fa.length(), GoStrings.length(a));
            for (char c : new char[] {'a', 'b', '\n', '\u00ff', 'z'}) {
                assertEquals(fa.indexOf(c), GoStrings.indexByte(a, c), () -> "indexByte " + fa + " " + c);
            }
            for (Object b : vs) {
                String fb = GoStrings.flat(b);
                assertEquals(Integer.signum(fa.compareTo(fb)), Integer.signum(GoStrings.compare(a, b)), () -> "compare " + fa + " " + fb);
                assertEquals(fa.equals(fb), GoStrings.equal(a, b), () -> "equal " + fa + " " + fb);
                assertEquals(fa.indexOf(fb), GoStrings.index(a, b), () -> "index " + fa + " " + fb);
                assertEquals(fa + fb, GoStrings.concat(a, b));
            }
            for (int i = 0; i <= fa.length(); i++) {
                for (int j = i; j <= fa.length(); j++) {
                    assertEquals(fa.substring(i, j), GoStrings.substring(a, i, j));
                    assertEquals(fa.substring(i, j), GoStrings.flat(GoStrings.view(a, i, j)));
                }
            }
        }
    }

    @Test
    void viewsOfViewsShareTheOriginalBase() {
        Object v = GoStrings.view(GoStrings.view(BASE, 2, 10), 3, 5);
        GoSubstring s = (GoSubstring) v;
        assertSame(BASE, s.base);
        assertEquals(5, s.off);
        assertEquals(BASE.substring(5, 7), s.flatten());
        assertSame(BASE, GoStrings.view(BASE, 0, BASE.length())); // the whole string is the string itself
    }

    @Test
    void aViewNeverAnswersObjectEquality() {
        // a view reaching a HashMap or Object.equals would differ silently from the equal String
        GoSubstring s = new GoSubstring(BASE, 1, 2);
        assertThrows(IllegalStateException.class, () -> s.equals(BASE.substring(1, 3)));
        assertThrows(IllegalStateException.class, s::hashCode);
    }
}
