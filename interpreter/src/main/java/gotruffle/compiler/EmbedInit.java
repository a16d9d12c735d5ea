package gotruffle.compiler;

import gotruffle.loader.EmbeddedVar;
import gotruffle.nodes.StmtNode;
import gotruffle.nodes.local.CellNodes;
import gotruffle.parser.ast.BasicLit;
import gotruffle.parser.ast.CallExpr;
import gotruffle.parser.ast.Expr;
import gotruffle.parser.ast.Ident;
import gotruffle.types.Basic;
import gotruffle.types.Named;
import gotruffle.types.Shown;
import gotruffle.types.Slice;
import gotruffle.types.Type;
import gotruffle.values.Values;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The initialization of a package-level variable that //go:embed fills, written as Go code the
 * checker compiles: a string or []byte variable (any type of those kinds) is the conversion of
 * its file's contents, as a string literal, to its type; an embed.FS is built by the embed
 * package's unexported build from (path, contents) pairs. Go's compiler rejects other types.
 */
final class EmbedInit {
    private EmbedInit() {
    }

    /**
     * An error Go's back end reports about an embedding variable once the package type-checks;
     * {@code last}: Go's compiler stops there (it fails on a string or []byte given several files).
     */
    record Report(String path, Ident at, String message, boolean last) {
    }

    /** Reports the variables' errors, in declaration order, up to the one Go stops at. */
    static void report(Checker check) {
        for (Report r : check.embedReports) {
            check.curPath = r.path();
            check.error(r.at(), r.message());
            if (r.last()) {
                break;
            }
        }
    }

    static void init(Checker check, Entity.Var v, EmbeddedVar em, List<StmtNode> out) {
        Ident name = em.spec().names().get(0);
        Type t = v.type == null ? Basic.INVALID : v.type;
        v.global.value = Values.zero(t);
        if (t.underlying() == Basic.INVALID) {
            return;
        }
        boolean fs = t instanceof Named n && "embed".equals(n.pkgPath) && n.name.equals("FS");
        boolean text = !fs && (t.underlying() == Basic.STRING
                || t.underlying() instanceof Slice s && Shown.canon(s.elem) == Basic.UINT8);
        if (!fs && !text) {
            check.embedReports.add(new Report(check.curPath, name, "go:embed cannot apply to var of type " + t, false));
            return;
        }
        if (text && em.names().size() > 1) {
            check.embedReports.add(new Report(check.curPath, name, "invalid go:embed: multiple files for type " + t, true));
            return;
        }
        int line = name.line(), col = name.col();
        Operand r;
        if (text) {
            String data = em.contents().isEmpty() ? "" : latin1(em.contents().get(0));
            r = check.exprs.single(new CallExpr(line, col, em.spec().type(), List.of(literal(line, col, data)), false, line, col));
        } else {
            List<Expr> pairs = new ArrayList<>();
            for (int i = 0; i < em.names().size(); i++) {
                pairs.add(literal(line, col, latin1(em.names().get(i).getBytes(StandardCharsets.UTF_8))));
                pairs.add(literal(line, col, latin1(em.contents().get(i))));
            }
            Package embed = check.curPkg.imports.stream().filter(p -> p.path.equals("embed")).findFirst().orElseThrow();
            Scope saved = check.scope;
            check.scope = embed.scope;
            try {
                r = check.exprs.single(new CallExpr(line, col, new Ident(line, col, "build"), pairs, false, line, col));
            } finally {
                check.scope = saved;
            }
        }
        out.add(new CellNodes.WriteGlobal(v.global, check.exprs.materialize(r, check.exprs.assign(r, t, "variable declaration"))));
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /**
     * A string literal of these bytes (one char per byte), as the parser leaves literals: raw
     * (copied as is) where the bytes allow it, else interpreted with only quotes and backslashes
     * escaped (the literal is never lexed again, so any other byte may stand for itself).
     */
    private static BasicLit literal(int line, int col, String bytes) {
        if (bytes.indexOf('`') < 0 && bytes.indexOf('\r') < 0) {
            return new BasicLit(line, col, BasicLit.Kind.STRING, "`" + bytes + "`");
        }
        StringBuilder b = new StringBuilder(bytes.length() + 16).append('"');
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return new BasicLit(line, col, BasicLit.Kind.STRING, b.append('"').toString());
    }
}
