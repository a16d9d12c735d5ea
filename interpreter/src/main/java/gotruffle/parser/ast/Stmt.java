package gotruffle.parser.ast;

/** Statements. */
public sealed interface Stmt extends Node permits BlockStmt, ExprStmt, SendStmt, IncDecStmt, AssignStmt, DeclStmt, GoStmt, DeferStmt, ReturnStmt, BranchStmt, LabeledStmt, IfStmt, SwitchStmt, TypeSwitchStmt, SelectStmt, ForStmt, RangeStmt, EmptyStmt {
}
