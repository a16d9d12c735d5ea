package gotruffle.compiler;

import gotruffle.parser.ast.SourceFile;

import java.util.ArrayList;
import java.util.List;

/** A Go package being compiled: user's main, or a prelude package (fmt, strings, ...). */
public final class Package {
    public final String path;
    public final String name;
    public final Scope scope;
    public final List<SourceFile> files = new ArrayList<>();
    /** Statements of package-level var initialization in dependency order, then init() calls. */
    public final List<gotruffle.nodes.StmtNode> initCode = new ArrayList<>();

    public Package(String path, String name, Scope universe) {
        this.path = path;
        this.name = name;
        this.scope = new Scope(universe, null);
    }
}
