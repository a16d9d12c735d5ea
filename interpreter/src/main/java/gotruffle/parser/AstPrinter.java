package gotruffle.parser;

import java.util.List;

import gotruffle.parser.ast.*;

/**
 * Prints expressions and simple statements the way Go's compiler does in its messages
 * (cmd/compile's syntax.String, "short form": non-empty function and composite literal bodies
 * print as "…"). Literal text is converted from byte strings to UTF-8.
 */
public final class AstPrinter {
    private final StringBuilder sb = new StringBuilder();

    private AstPrinter() {
    }

    public static String expr(Expr x) {
        AstPrinter p = new AstPrinter();
        p.x(x);
        return p.sb.toString();
    }

    public static String exprList(List<Expr> xs) {
        AstPrinter p = new AstPrinter();
        p.list(xs);
        return p.sb.toString();
    }

    /** Simple statements (as in "cannot use x := 1 as value"); other statements print their keyword. */
    public static String stmt(Stmt s) {
        AstPrinter p = new AstPrinter();
        p.s(s);
        return p.sb.toString();
    }

    private void list(List<Expr> xs) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            x(xs.get(i));
        }
    }

    private void s(Stmt s) {
        switch (s) {
            case ExprStmt e -> x(e.x());
            case SendStmt send -> {
                x(send.ch());
                sb.append(" <- ");
                x(send.value());
            }
            case IncDecStmt i -> {
                x(i.x());
                sb.append(i.tok());
            }
            case AssignStmt a -> {
                list(a.lhs());
                sb.append(' ').append(a.op()).append(' ');
                list(a.rhs());
            }
            case ReturnStmt r -> {
                sb.append("return");
                if (!r.results().isEmpty()) {
                    sb.append(' ');
                    list(r.results());
                }
            }
            case BranchStmt b -> {
                sb.append(b.tok());
                if (b.label() != null) {
                    sb.append(' ').append(b.label());
                }
            }
            case GoStmt g -> {
                sb.append("go ");
                x(g.call());
            }
            case DeferStmt d -> {
                sb.append("defer ");
                x(d.call());
            }
            case BlockStmt b -> sb.append(b.stmts().isEmpty() ? "{}" : "{…}");
            case IfStmt i -> sb.append("if …");
            case ForStmt f -> sb.append("for …");
            case RangeStmt r -> sb.append("for …");
            case SwitchStmt sw -> sb.append("switch …");
            case TypeSwitchStmt sw -> sb.append("switch …");
            case SelectStmt sel -> sb.append("select …");
            case LabeledStmt l -> {
                sb.append(l.label()).append(": ");
                s(l.stmt());
            }
            case DeclStmt d -> sb.append(switch (d.decl()) {
                case VarDecl v -> "var …";
                case ConstDecl c -> "const …";
                case TypeDecl t -> "type …";
                case FuncDecl f -> "func …";
            });
            case EmptyStmt e -> {
            }
        }
    }

    private void x(Expr e) {
        switch (e) {
            case Ident id -> sb.append(id.name());
            case BasicLit b -> sb.append(Literals.utf8(b.raw()));
            case FuncLit f -> {
                x(f.type());
                sb.append(' ').append(f.body().stmts().isEmpty() ? "{}" : "{…}");
            }
            case CompositeLit c -> {
                if (c.type() != null) {
                    x(c.type());
                }
                sb.append(c.elts().isEmpty() ? "{}" : "{…}");
            }
            case ParenExpr p -> {
                sb.append('(');
                x(p.x());
                sb.append(')');
            }
            case SelectorExpr s -> {
                x(s.x());
                sb.append('.').append(s.sel().name());
            }
            case IndexExpr i -> {
                x(i.x());
                sb.append('[');
                list(i.indices());
                sb.append(']');
            }
            case SliceExpr s -> {
                x(s.x());
                sb.append('[');
                if (s.lo() != null) {
                    x(s.lo());
                }
                sb.append(':');
                if (s.hi() != null) {
                    x(s.hi());
                }
                if (s.max() != null) {
                    sb.append(':');
                    x(s.max());
                }
                sb.append(']');
            }
            case TypeAssertExpr t -> {
                x(t.x());
                sb.append(".(");
                if (t.type() == null) {
                    sb.append("type");
                } else {
                    x(t.type());
                }
                sb.append(')');
            }
            case CallExpr c -> {
                x(c.fun());
                sb.append('(');
                list(c.args());
                if (c.ellipsis()) {
                    sb.append("...");
                }
                sb.append(')');
            }
            case StarExpr s -> {
                sb.append('*');
                x(s.x());
            }
            case UnaryExpr u -> {
                sb.append(u.op());
                x(u.x());
            }
            case BinaryExpr b -> {
                x(b.x());
                sb.append(' ').append(b.op()).append(' ');
                x(b.y());
            }
            case ArrayTypeExpr a -> {
                sb.append('[');
                if (a.len() != null) {
                    x(a.len());
                }
                sb.append(']');
                x(a.elem());
            }
            case EllipsisExpr d -> {
                sb.append("...");
                if (d.elem() != null) {
                    x(d.elem());
                }
            }
            case StructTypeExpr s -> {
                sb.append("struct{");
                fields(s.fields(), "; ");
                sb.append('}');
            }
            case FuncTypeExpr f -> {
                sb.append("func");
                signature(f);
            }
            case InterfaceTypeExpr i -> {
                sb.append("interface{");
                String sep = "";
                for (InterfaceMethod m : i.methods()) {
                    sb.append(sep).append(m.name().name());
                    signature(m.type());
                    sep = "; ";
                }
                for (Expr t : i.embeds()) {
                    sb.append(sep);
                    x(t);
                    sep = "; ";
                }
                sb.append('}');
            }
            case MapTypeExpr m -> {
                sb.append("map[");
                x(m.key());
                sb.append(']');
                x(m.value());
            }
            case ChanTypeExpr c -> {
                if (c.dir() == ChanTypeExpr.RECV) {
                    sb.append("<-");
                }
                sb.append("chan");
                if (c.dir() == ChanTypeExpr.SEND) {
                    sb.append("<-");
                }
                sb.append(' ');
                if (c.dir() == ChanTypeExpr.BOTH && c.elem() instanceof ChanTypeExpr inner
                        && inner.dir() == ChanTypeExpr.RECV) {
                    sb.append('(');
                    x(inner);
                    sb.append(')');
                } else {
                    x(c.elem());
                }
            }
        }
    }

    private void signature(FuncTypeExpr f) {
        sb.append('(');
        params(f.params(), f.variadic());
        sb.append(')');
        List<Field> rs = f.results();
        if (!rs.isEmpty()) {
            sb.append(' ');
            if (rs.size() == 1 && rs.get(0).names().isEmpty()) {
                x(rs.get(0).type());
            } else {
                sb.append('(');
                params(rs, false);
                sb.append(')');
            }
        }
    }

    private void params(List<Field> fs, boolean variadic) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Field f = fs.get(i);
            if (!f.names().isEmpty()) {
                for (int k = 0; k < f.names().size(); k++) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    sb.append(f.names().get(k).name());
                }
                sb.append(' ');
            }
            if (variadic && i == fs.size() - 1) {
                sb.append("...");
            }
            Expr t = f.type();
            while (t instanceof ParenExpr p) {
                t = p.x();
            }
            x(t);
        }
    }

    private void fields(List<Field> fs, String sep) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            Field f = fs.get(i);
            for (int k = 0; k < f.names().size(); k++) {
                sb.append(k > 0 ? ", " : "").append(f.names().get(k).name());
            }
            if (!f.names().isEmpty()) {
                sb.append(' ');
            }
            x(f.type());
            if (f.tag() != null) {
                sb.append(' ').append(quote(f.tag()));
            }
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
