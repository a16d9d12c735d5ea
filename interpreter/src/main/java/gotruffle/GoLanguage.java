package gotruffle;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import gotruffle.compiler.PreparedPrelude;
import gotruffle.compiler.ProgramBuilder;
import gotruffle.nodes.ProgramRootNode;
import gotruffle.repl.GoSession;

/**
 * The Go language. A source given to eval is a program manifest: one Go file path per line
 * (as the user named them; they resolve against the context's working directory), or one
 * folder (its package, as {@code go run DIR}; imports resolve through its module). Evaluating
 * it checks the program and runs main.main, and yields the process exit code: 0, 1 for compile
 * errors, 2 for panics and fatal errors, or the argument of os.Exit. A source named
 * {@code GoSession.SOURCE_NAME} starts a REPL session instead and yields it.
 */
@TruffleLanguage.Registration(id = GoLanguage.ID, name = "Go", defaultMimeType = GoLanguage.MIME,
        characterMimeTypes = GoLanguage.MIME, contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class GoLanguage extends TruffleLanguage<GoContext> {
    public static final String ID = "go";
    public static final String MIME = "application/x-go-program";

    private static final LanguageReference<GoLanguage> REFERENCE = LanguageReference.create(GoLanguage.class);

    @Override
    protected GoContext createContext(Env env) {
        return new GoContext(this, env);
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true; // goroutines run on many Ms
    }

    @Override
    protected void finalizeContext(GoContext context) {
        context.shutdown();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        if (request.getSource().getName().equals(GoSession.SOURCE_NAME)) {
            return new GoSession.StartNode(this).getCallTarget(); // the REPL's live session
        }
        if (request.getSource().getName().equals(PreparedPrelude.SOURCE_NAME)) {
            // (a standby, before its client comes: no node runs, the work is done here)
            PreparedPrelude.prepare(this, request.getSource().getCharacters().toString().lines().toList(),
                    GoContext.get(null).environment().containsKey("GOTRUFFLE_EAGER_PRELUDE"));
            return RootNode.createConstantNode(0).getCallTarget();
        }
        return new ProgramRootNode(this, request.getSource(), new ProgramBuilder(this)).getCallTarget();
    }

    public static GoLanguage get(Node node) {
        return REFERENCE.get(node);
    }
}
