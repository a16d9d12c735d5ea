package gotruffle.parser;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.EmptyPredictionContext;
import org.antlr.v4.runtime.atn.PredictionContext;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.SingletonPredictionContext;
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
        int byToken = GoPrediction.byNextToken(input, decision);
        if (byToken != 0) {
            return byToken;
        }
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

    /** A rule context's prediction context, valid while its parent and invoking state are unchanged. */
    private record Cached(RuleContext parent, int invokingState, PredictionContext context) {
    }

    private final IdentityHashMap<RuleContext, Cached> contexts = new IdentityHashMap<>();

    /**
     * ANTLR converts the whole rule-context stack into a prediction context at every full-context
     * decision, which is quadratic in the nesting depth (20,000 nested blocks); the stack changes
     * only at its top, so the conversions are kept and shared. Shared contexts also compare by
     * identity, where fresh copies were compared frame by frame.
     */
    @Override
    protected ATNConfigSet computeStartState(ATNState p, RuleContext ctx, boolean fullCtx) {
        PredictionContext initialContext = predictionContext(ctx);
        ATNConfigSet configs = new ATNConfigSet(fullCtx);
        for (int i = 0; i < p.getNumberOfTransitions(); i++) {
            ATNState target = p.transition(i).target;
            ATNConfig c = new ATNConfig(target, i + 1, initialContext);
            closure(c, configs, new HashSet<>(), true, fullCtx, false);
        }
        return configs;
    }

    private PredictionContext predictionContext(RuleContext ctx) {
        List<RuleContext> missing = new ArrayList<>();
        PredictionContext known = null;
        for (RuleContext c = ctx == null ? ParserRuleContext.EMPTY : ctx; ; c = c.parent) {
            if (c.parent == null || c == ParserRuleContext.EMPTY) {
                known = EmptyPredictionContext.Instance;
                break;
            }
            Cached cached = contexts.get(c);
            if (cached != null && cached.parent == c.parent && cached.invokingState == c.invokingState) {
                known = cached.context;
                break;
            }
            missing.add(c);
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            RuleContext c = missing.get(i);
            RuleTransition call = (RuleTransition) atn.states.get(c.invokingState).transition(0);
            known = SingletonPredictionContext.create(known, call.followState.stateNumber);
            contexts.put(c, new Cached(c.parent, c.invokingState, known));
        }
        return known;
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
