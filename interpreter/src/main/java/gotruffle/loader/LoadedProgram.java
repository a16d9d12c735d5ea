package gotruffle.loader;

import java.util.List;

/**
 * A program's packages in initialization order (each after the packages it imports, imports
 * taken in source order; main last), or the go command's errors when it cannot be loaded.
 *
 * @param errors    go-formatted load errors (nothing is compiled when there are any)
 * @param inModule  whether a go.mod (or go.work) applies
 */
public record LoadedProgram(List<LoadedPackage> packages, List<String> errors, boolean inModule) {

    public LoadedPackage main() {
        return packages.getLast();
    }

    /** The user package with this import path, or null (standard library paths are not here). */
    public LoadedPackage get(String importPath) {
        for (LoadedPackage p : packages) {
            if (p.importPath().equals(importPath)) {
                return p;
            }
        }
        return null;
    }
}
