package gotruffle.parser.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenTest {
    @Test
    void spellingRoundTrips() {
        for (Token t : Token.values()) {
            assertEquals(t, Token.lookup(t.toString()));
        }
        assertThrows(IllegalArgumentException.class, () -> Token.lookup("=>"));
    }

    @Test
    void assignmentOperatorsNameTheirBinaryOperator() {
        int assignOps = 0;
        for (Token t : Token.values()) {
            Token b = t.binaryOp();
            if (b != null) {
                assignOps++;
                assertEquals(b + "=", t.toString());
            }
        }
        assertEquals(11, assignOps);
        assertEquals(Token.AND_NOT, Token.AND_NOT_ASSIGN.binaryOp());
        assertNull(Token.ASSIGN.binaryOp());
        assertNull(Token.DEFINE.binaryOp());
        assertNull(Token.NEQ.binaryOp());
    }

    @Test
    void classes() {
        assertTrue(Token.LEQ.isComparison());
        assertFalse(Token.SHL.isComparison());
        assertTrue(Token.NEQ.isEquality());
        assertFalse(Token.LSS.isEquality());
        assertTrue(Token.SHR.isShift());
        assertFalse(Token.SHR_ASSIGN.isShift());
    }
}
