package gotruffle.parser;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;

import gotruffle.grammar.GoLexer;
import gotruffle.grammar.GoParser;

/**
 * Decisions Go's parser takes on one token where the grammar is ambiguous: after `func(...)` or
 * a literal type (`[]T`, `struct{...}`, `map[K]V`...) in an expression, a `{` always starts the
 * function body or the composite literal (Go's pexpr). For ANTLR the type alone is also an
 * operand that a `{` may follow (as in `if x == func() {`), so its prediction reads the whole
 * body to decide, and again for every nested literal: exponential in the nesting depth. Here
 * those decisions are made by the next token, as Go makes them.
 */
final class GoPrediction {
    private GoPrediction() {
    }

    /** `block?` in functionLit. */
    private static final int FUNC_LIT_BODY = optionalCall(GoParser._ATN, GoParser.RULE_functionLit, GoParser.RULE_block);
    /** `literalValue?` after literalType in operand. */
    private static final int COMPOSITE_LIT_BODY = optionalCall(GoParser._ATN, GoParser.RULE_operand, GoParser.RULE_literalValue);

    /** The decision in {@code rule} of an optional call `called?` (its first alternative enters {@code called}). */
    private static int optionalCall(ATN atn, int rule, int called) {
        int found = -1;
        for (DecisionState d : atn.decisionToState) {
            if (d.ruleIndex != rule || d.getNumberOfTransitions() != 2) {
                continue;
            }
            ATNState s = d.transition(0).target;
            for (int steps = 0; steps < 4 && s.getNumberOfTransitions() == 1; steps++) {
                Transition t = s.transition(0);
                if (t instanceof RuleTransition call) {
                    if (call.ruleIndex == called) {
                        if (found >= 0) {
                            throw new IllegalStateException("two optional calls of rule " + called + " in rule " + rule);
                        }
                        found = d.decision;
                    }
                    break;
                }
                if (!t.isEpsilon()) {
                    break;
                }
                s = t.target;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("no optional call of rule " + called + " in rule " + rule);
        }
        return found;
    }

    /** The alternative Go's parser takes, or 0 when the grammar's own prediction is right. */
    static int byNextToken(TokenStream input, int decision) {
        if (decision == FUNC_LIT_BODY || decision == COMPOSITE_LIT_BODY) {
            return input.LA(1) == GoLexer.L_CURLY ? 1 : 2;
        }
        return 0;
    }

    /** The simulator of the fast (SLL) parse. */
    static final class Simulator extends ParserATNSimulator {
        Simulator(Parser parser, ParserATNSimulator base) {
            super(parser, base.atn, base.decisionToDFA, base.getSharedContextCache() != null
                    ? base.getSharedContextCache() : new PredictionContextCache());
        }

        @Override
        public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
            int alt = byNextToken(input, decision);
            return alt != 0 ? alt : super.adaptivePredict(input, decision, outerContext);
        }
    }
}
