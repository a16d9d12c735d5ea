package gotruffle.parser.ast;

/** Top-level or local declarations. */
public sealed interface Decl extends Node permits FuncDecl, VarDecl, ConstDecl, TypeDecl {
}
