package gotruffle.compiler;

import gotruffle.GoContext;
import gotruffle.GoLanguage;
import gotruffle.StartupTrace;
import gotruffle.loader.DisplayPaths;
import gotruffle.loader.LoadedProgram;
import gotruffle.loader.ProgramLoader;
import gotruffle.nodes.ProgramRootNode;
import gotruffle.parser.ast.SourceFile;
import gotruffle.types.Interface;
import gotruffle.types.Type;

import java.nio.file.Path;
import java.util.List;

/**
 * The front end of a program run: loads the package (folder or files) the manifest names and
 * every package it imports (gotruffle.loader: modules, workspaces, vendor), then checks and
 * builds the program (Compiler) and hands the context what the runtime needs from the standard
 * library (runtime's error types, fmt.Formatter). Errors are printed as Go prints them.
 */
public final class ProgramBuilder implements ProgramRootNode.FrontEnd {
    private final GoLanguage language;

    public ProgramBuilder(GoLanguage language) {
        this.language = language;
    }

    @Override
    public ProgramRootNode.Program build(GoContext ctx, List<String> targets) {
        Path cwd = Path.of(ctx.env.getCurrentWorkingDirectory().getPath());
        LoadedProgram program = ProgramLoader.load(cwd, targets, ctx.environment(),
                path -> Prelude.isStdPackage(path) || Prelude.load(path) != null);
        if (!program.errors().isEmpty()) {
            for (String m : program.errors()) {
                ctx.writeErr(DisplayPaths.bytes(m) + "\n");
            }
            return null;
        }
        StartupTrace.mark("user files parsed");
        ctx.setProgramName("/tmp/go-build/exe/" + programName(program, targets));
        Compiler.Program p;
        try {
            p = PreparedPrelude.take(language, ctx.environment().containsKey("GOTRUFFLE_EAGER_PRELUDE"))
                    .compileProgram(program);
        } catch (StackOverflowError e) {
            List<SourceFile> files = program.main().files();
            ctx.writeErr((files.isEmpty() ? targets.get(0) : files.get(0).path()) + ":1:1: program too deeply nested\n");
            return null;
        }
        if (!p.errors().isEmpty()) {
            for (String m : p.errors()) {
                ctx.writeErr(m + "\n");
            }
            return null;
        }
        Package rt = p.packages().get("runtime");
        ctx.setRuntimeTypes(name -> typeOf(rt, name));
        Package fmt = p.packages().get("fmt");
        if (fmt != null && fmt.scope.lookupLocal("callFormat") instanceof Entity.Func call) {
            ctx.setFormatter((Interface) typeOf(fmt, "Formatter").underlying(), call.def.target());
        }
        StartupTrace.mark("program checked and built (prelude parse: " + Prelude.parseMillis() + " ms)");
        return new ProgramRootNode.Program(p.inits(), p.main());
    }

    /** What go names the executable: the first file's name for named files, else the package's last path element. */
    private static String programName(LoadedProgram program, List<String> targets) {
        String importPath = program.main().importPath();
        if (importPath.equals(ProgramLoader.COMMAND_LINE)) {
            String first = targets.get(0);
            String base = first.substring(first.lastIndexOf('/') + 1);
            return base.endsWith(".go") ? base.substring(0, base.length() - 3) : base;
        }
        return importPath.substring(importPath.lastIndexOf('/') + 1);
    }

    private static Type typeOf(Package p, String name) {
        return ((Entity.TypeE) p.scope.lookupLocal(name)).type;
    }
}
