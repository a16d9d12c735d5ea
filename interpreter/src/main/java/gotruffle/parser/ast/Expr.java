package gotruffle.parser.ast;

/** Expressions, including type expressions. */
public sealed interface Expr extends Node permits Ident, BasicLit, CompositeLit, FuncLit, ParenExpr, SelectorExpr, IndexExpr, SliceExpr, TypeAssertExpr, CallExpr, StarExpr, UnaryExpr, BinaryExpr, ArrayTypeExpr, StructTypeExpr, FuncTypeExpr, InterfaceTypeExpr, MapTypeExpr, ChanTypeExpr, EllipsisExpr {
}
