package gotruffle.stdlib.text;

/**
 * strconv.NumError: the failing function, the input (a byte-string) and the reason. {@link #error()}
 * builds Go's message, e.g. {@code strconv.Atoi: parsing "12a": invalid syntax}.
 */
public final class NumError {
    /** Which sentinel (or constructed) error is wrapped: ErrSyntax, ErrRange, or "invalid base N"/"invalid bit size N". */
    public enum Kind {
        SYNTAX, RANGE, BASE, BIT_SIZE
    }

    public final String func;
    public final String num;
    public final Kind kind;
    /** The bad base or bit size for BASE/BIT_SIZE. */
    public final int detail;

    public NumError(String func, String num, Kind kind, int detail) {
        this.func = func;
        this.num = num;
        this.kind = kind;
        this.detail = detail;
    }

    static NumError syntax(String func, String num) {
        return new NumError(func, num, Kind.SYNTAX, 0);
    }

    static NumError range(String func, String num) {
        return new NumError(func, num, Kind.RANGE, 0);
    }

    public NumError withFunc(String newFunc) {
        return new NumError(newFunc, num, kind, detail);
    }

    public NumError withNum(String newNum) {
        return new NumError(func, newNum, kind, detail);
    }

    /** The wrapped error's text: ErrSyntax.Error(), ErrRange.Error(), or the base/bit-size message. */
    public String errText() {
        return switch (kind) {
            case SYNTAX -> "invalid syntax";
            case RANGE -> "value out of range";
            case BASE -> "invalid base " + detail;
            case BIT_SIZE -> "invalid bit size " + detail;
        };
    }

    /** NumError.Error(): "strconv." + Func + ": parsing " + Quote(Num) + ": " + Err.Error(). */
    public String error() {
        return "strconv." + func + ": parsing " + Quote.quote(num) + ": " + errText();
    }

    @Override
    public String toString() {
        return error();
    }
}
