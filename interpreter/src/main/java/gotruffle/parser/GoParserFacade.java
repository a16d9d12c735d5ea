package gotruffle.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import gotruffle.grammar.GoLexer;
import gotruffle.grammar.GoParser;
import gotruffle.parser.ast.SourceFile;

/**
 * Entry point of the Go front end: source bytes to {@link SourceFile}, or a
 * {@link GoSyntaxException} carrying Go-formatted messages.
 */
public final class GoParserFacade {
    private GoParserFacade() {
    }

    /**
     * Parses one Go source file. {@code displayPath} is the file name used in messages
     * ({@code displayPath:line:col: ...}).
     */
    public static SourceFile parse(byte[] source, String displayPath) {
        // One char per byte: columns are byte columns and literals keep their UTF-8 bytes.
        String text = new String(source, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = "   " + text.substring(3); // a leading byte order mark is ignored, as by Go
        }
        SyntaxErrors errors = new SyntaxErrors(displayPath);
        SourceBytes bytes = SourceBytes.scan(text);
        errors.mapColumns(bytes);
        GoLexer lexer = new GoLexer(CharStreams.fromString(bytes.text(), displayPath));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        GoParser parser = new GoParser(tokens);
        parser.removeErrorListeners();
        try {
            tokens.fill();
            List<LineDirectives.Invalid> badDirectives = new ArrayList<>();
            List<SourceFile.LineBase> bases = LineDirectives.scan(tokens.getTokens(), displayPath, badDirectives);
            errors.lineBases(bases);
            if (!bytes.clean() || !badDirectives.isEmpty()) {
                bytes.report(tokens.getTokens(), badDirectives, bases, errors, displayPath);
            }
            LexicalChecks.check(tokens.getTokens(), bytes.text(), errors);
            Parsed parsed = parseTree(parser, tokens, errors);
            if (errors.anyHard()) {
                throw errors.exception();
            }
            int before = errors.count();
            SourceFile file;
            try {
                file = new AstBuilder(errors, displayPath, parsed.tokens()).sourceFile(parsed.tree());
            } catch (GoSyntaxException e) {
                // The AST builder stops at the first syntax error the grammar lets through (go x + 1,
                // if x := range y); where Go's recovering parser reports it too, its later errors are Go's.
                List<RecoveringParser.Error> all = RecoveringParser.errors(tokens.getTokens(), errors::isBad);
                if (all != null && all.size() > 1 && errors.lastConfirmedBy(all)) {
                    errors.reportedByGoParser(before, all);
                    throw errors.exception();
                }
                throw e;
            }
            if (errors.anyHard()) {
                throw errors.exception();
            }
            return !errors.any() && bases.isEmpty() ? file : file.with(errors.softErrors(), bases);
        } catch (GoSyntaxException e) {
            throw e;
        } catch (RuntimeException e) {
            // A front-end bug must still surface as a compile error, not as a Java stack trace.
            Token at = parser.getCurrentToken();
            errors.add(at == null ? 1 : at.getLine(), at == null ? 1 : at.getCharPositionInLine() + 1,
                    "internal compiler error: " + e);
            throw errors.exception();
        } catch (StackOverflowError e) {
            Token at = parser.getCurrentToken();
            int line = at == null ? 1 : at.getLine();
            int col = at == null ? 1 : at.getCharPositionInLine() + 1;
            errors.add(line, col, "syntax error: nesting too deep");
            throw errors.exception();
        }
    }

    /** A parse tree and the tokens it was parsed from. */
    record Parsed(GoParser.SourceFileContext tree, TokenStream tokens) {
    }

    /** Fast SLL parse first; only on failure the full LL parse, which also reports the error. */
    private static Parsed parseTree(GoParser parser, CommonTokenStream tokens, SyntaxErrors errors) {
        parser.setInterpreter(new GoPrediction.Simulator(parser, parser.getInterpreter()));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return new Parsed(parser.sourceFile(), tokens);
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.xnest = 0;
            parser.setInterpreter(new FurthestPredictionSimulator(parser, parser.getInterpreter()));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            GoErrorStrategy strategy = new GoErrorStrategy(errors);
            parser.setErrorHandler(strategy);
            int before = errors.count();
            try {
                return new Parsed(parser.sourceFile(), tokens);
            } catch (GoErrorStrategy.Stop stop) {
                // ANTLR's grammar decides that the file has an error; Go's own recovering parser
                // finds which ones Go reports (its first error is ANTLR's wherever ANTLR's wording
                // was right, on every mutant of the corpus, and is right in more cases).
                List<RecoveringParser.Error> all = RecoveringParser.errors(tokens.getTokens(), errors::isBad);
                if (all != null && all.stream().anyMatch(x -> x.msg().startsWith("syntax error"))) {
                    errors.reportedByGoParser(before, all);
                } else if (all != null && strategy.offending.getType() == Token.EOF) {
                    // Go's parser dropped its only syntax error, at EOF after a scanner error: Go
                    // goes on to type-check the file, with every open block and list closed there
                    Parsed closed = SyntaxRecovery.closedAtEof(tokens.getTokens(), strategy, errors);
                    if (closed != null) {
                        errors.truncate(before);
                        return closed;
                    }
                    // not closable here: Go's errors are still those of its parser, without the dropped one
                    errors.reportedByGoParser(before, all);
                    throw errors.exception();
                } else {
                    SyntaxRecovery.continueAfter(tokens.getTokens(), strategy, errors);
                }
                return null;
            }
        }
    }
}
