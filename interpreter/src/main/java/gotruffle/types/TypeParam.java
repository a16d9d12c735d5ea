package gotruffle.types;

/**
 * A type parameter of a generic function or type, as it appears in the generic signature that
 * type inference unifies with argument types. Instantiations bind type parameter names to
 * concrete types (monomorphization), so no value ever has a TypeParam type.
 */
public final class TypeParam extends Type {
    public final String name;
    /** The generic declaration this parameter belongs to. */
    public final Object owner;
    public final int index;
    /** Declaration position (for "cannot infer T (file:line:col)"). */
    public final int line, col;
    /** The constraint interface; set once evaluated. */
    public Type constraint;
    /** The constraint as types2 prints it in "constrained by ..." (as written; an inline union as its terms). */
    public String shownConstraint = "any";

    public TypeParam(String name, Object owner, int index, int line, int col) {
        this.name = name;
        this.owner = owner;
        this.index = index;
        this.line = line;
        this.col = col;
    }

    @Override
    public String toString(boolean qualify) {
        return name;
    }
}
