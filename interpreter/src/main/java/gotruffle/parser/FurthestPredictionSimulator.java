package gotruffle.parser;

import java.util.BitSet;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * Prediction for the error-reporting parse. When no alternative of a decision can match the input,
 * ANTLR normally picks one that leaves the current rule, so the error surfaces early in an outer
 * rule (e.g. at the `{` of `[]int{1, 2` + newline). Go's recursive-descent parser instead commits
 * and fails at the deepest token. Choosing the alternative that matched the most tokens makes the
 * error appear where Go reports it, in the rule Go's parser would be in. Used only after the fast
 * parse failed, so its cost does not matter.
 */
final class FurthestPredictionSimulator extends ParserATNSimulator {
    private ATNConfigSet deadEnd;
    private int deadEndIndex;

    FurthestPredictionSimulator(Parser parser, ParserATNSimulator base) {
        super(parser, base.atn, base.decisionToDFA, new PredictionContextCache());
    }

    /**
     * Always full-context (LL) prediction: SLL may pick an alternative that is only viable in some
     * other context, which for erroneous input moves the error away from where Go reports it.
     */
    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        deadEnd = null;
        deadEndIndex = -1;
        _input = input;
        _startIndex = input.index();
        _outerContext = outerContext == null ? ParserRuleContext.EMPTY : outerContext;
        DFA dfa = decisionToDFA[decision];
        _dfa = dfa;
        int mark = input.mark();
        int index = _startIndex;
        try {
            ATNConfigSet s0 = computeStartState(dfa.atnStartState, _outerContext, true);
            int alt;
            try {
                alt = execATNWithFullContext(dfa, null, s0, input, index, _outerContext);
            } catch (NoViableAltException e) {
                // Failing beyond the first token: commit to the alternative that got furthest.
                if (e.getOffendingToken().getTokenIndex() > index && e.getDeadEndConfigs() != null
                        && e.getDeadEndConfigs().getAlts().nextSetBit(0) > 0) {
                    return e.getDeadEndConfigs().getAlts().nextSetBit(0);
                }
                throw e;
            }
            if (deadEnd != null) {
                BitSet alts = deadEnd.getAlts();
                int furthest = alts.nextSetBit(0);
                if (furthest > 0 && !alts.get(alt)) {
                    alt = furthest;
                }
            }
            return alt;
        } finally {
            deadEnd = null;
            mergeCache = null;
            _dfa = null;
            input.seek(index);
            input.release(mark);
        }
    }

    @Override
    protected NoViableAltException noViableAlt(TokenStream input, ParserRuleContext outerContext,
            ATNConfigSet configs, int startIndex) {
        int index = input.index();
        if (index >= deadEndIndex) {
            deadEnd = configs;
            deadEndIndex = index;
        }
        return super.noViableAlt(input, outerContext, configs, startIndex);
    }
}
