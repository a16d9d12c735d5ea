package gotruffle.compiler;

import gotruffle.parser.ast.AssignStmt;
import gotruffle.parser.ast.BlockStmt;
import gotruffle.parser.ast.BranchStmt;
import gotruffle.parser.ast.CaseClause;
import gotruffle.parser.ast.CommClause;
import gotruffle.parser.ast.DeclStmt;
import gotruffle.parser.ast.Expr;
import gotruffle.parser.ast.ForStmt;
import gotruffle.parser.ast.Ident;
import gotruffle.parser.ast.IfStmt;
import gotruffle.parser.ast.LabeledStmt;
import gotruffle.parser.ast.Node;
import gotruffle.parser.ast.RangeStmt;
import gotruffle.parser.ast.SelectStmt;
import gotruffle.parser.ast.Stmt;
import gotruffle.parser.ast.SwitchStmt;
import gotruffle.parser.ast.Token;
import gotruffle.parser.ast.TypeSwitchStmt;
import gotruffle.parser.ast.VarDecl;
import gotruffle.parser.ast.VarSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The goto rules Go's compiler checks on a function body (its syntax package's branch checks,
 * which gc runs instead of types2's): a goto may not jump forward over a variable declaration
 * of the label's block, nor into a block. Such a jump would run code that reads a variable its
 * declaration never set (it was an internal error here). Undefined and unused labels are
 * reported by StmtCompiler.checkLabels; nested function literals are bodies of their own.
 */
final class GotoChecks {
    private record Block(Block parent, Node start) {}

    private final Checker check;
    private final Map<String, Block> labelBlocks = new HashMap<>();

    private GotoChecks(Checker check) {
        this.check = check;
    }

    static void check(Checker check, List<Stmt> body) {
        GotoChecks g = new GotoChecks(check);
        for (BranchStmt fwd : g.block(null, null, body)) {
            Block b = g.labelBlocks.get(fwd.label());
            if (b != null) {
                g.error(fwd, "goto " + fwd.label() + " jumps into block starting at " + g.pos(b.start.line(), b.start.col()));
            }
        }
    }

    /** One block's statements; returns its gotos whose label is not (yet) found. */
    private List<BranchStmt> block(Block parent, Node start, List<Stmt> body) {
        Block b = new Block(parent, start);
        List<BranchStmt> fwd = new ArrayList<>();
        List<BranchStmt> bad = new ArrayList<>();
        String varName = null;
        int varLine = 0, varCol = 0;
        for (Stmt s : body) {
            while (s instanceof LabeledStmt l) {
                labelBlocks.putIfAbsent(l.label(), b); // a duplicate label is reported elsewhere
                for (var it = fwd.iterator(); it.hasNext(); ) {
                    BranchStmt g = it.next();
                    if (g.label().equals(l.label())) {
                        if (varName != null && bad.contains(g)) {
                            error(g, "goto " + g.label() + " jumps over declaration of " + varName + " at " + pos(varLine, varCol));
                        }
                        it.remove();
                    }
                }
                s = l.stmt();
            }
            switch (s) {
                case BranchStmt g when g.tok() == Token.GOTO && g.label() != null -> {
                    if (!declaredIn(b, g.label())) {
                        fwd.add(g); // a label later in this block, in an enclosing one, or a jump into a block
                    }
                }
                case DeclStmt d when d.decl() instanceof VarDecl v && !v.specs().isEmpty() -> {
                    VarSpec first = v.specs().get(0);
                    varName = first.names().get(0).name();
                    varLine = first.line();
                    varCol = first.col();
                    bad = new ArrayList<>(fwd);
                }
                case AssignStmt a when a.op() == Token.DEFINE -> {
                    varName = a.lhs().stream().map(GotoChecks::name).collect(Collectors.joining(", "));
                    // Go gives the position of ":=": after the last name and one space (gofmt's layout)
                    Expr last = a.lhs().get(a.lhs().size() - 1);
                    varLine = last.line();
                    varCol = last.col() + name(last).length() + 1;
                    bad = new ArrayList<>(fwd);
                }
                case BlockStmt bs -> fwd.addAll(block(b, bs, bs.stmts()));
                case IfStmt is -> {
                    fwd.addAll(block(b, is.then(), is.then().stmts()));
                    if (is.els() != null) {
                        fwd.addAll(block(b, is.els(), List.of(is.els())));
                    }
                }
                case ForStmt fs -> fwd.addAll(block(b, fs.body(), fs.body().stmts()));
                case RangeStmt rs -> fwd.addAll(block(b, rs.body(), rs.body().stmts()));
                case SwitchStmt ss -> {
                    for (CaseClause cc : ss.clauses()) {
                        fwd.addAll(block(b, cc, cc.body()));
                    }
                }
                case TypeSwitchStmt ts -> {
                    for (CaseClause cc : ts.clauses()) {
                        fwd.addAll(block(b, cc, cc.body()));
                    }
                }
                case SelectStmt ss -> {
                    for (CommClause cc : ss.clauses()) {
                        fwd.addAll(block(b, cc, cc.body()));
                    }
                }
                default -> {
                }
            }
        }
        return fwd;
    }

    /** A backward goto: its label is already declared in this block or an enclosing one. */
    private boolean declaredIn(Block b, String label) {
        Block lb = labelBlocks.get(label);
        for (; b != null; b = b.parent) {
            if (lb == b) {
                return true;
            }
        }
        return false;
    }

    private static String name(Expr e) {
        return e instanceof Ident id ? id.name() : "_";
    }

    private String pos(int line, int col) {
        return check.curPath + ":" + line + ":" + col;
    }

    private void error(BranchStmt g, String msg) {
        check.error(g.labelLine(), g.labelCol(), msg);
    }
}
