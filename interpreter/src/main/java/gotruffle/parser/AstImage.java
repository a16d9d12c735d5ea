package gotruffle.parser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import gotruffle.parser.ast.*;

/**
 * Syntax trees in a compact binary form, so that the standard library's sources need not be
 * parsed at every start (a cold ANTLR parse of fmt's closure took most of a second). The tree
 * is records, lists, strings, ints, booleans and enums; the image starts with the schema of
 * every record class it uses (component names and types), and {@link Reader} refuses an image
 * whose schema differs from the classes it runs with, so an image from another build is never
 * misread. Shared subtrees stay shared (the parser reuses nodes, e.g. implicit constant specs).
 */
public final class AstImage {
    private static final int NULL = 0, REF = 1, STRING = 2, LIST = 3, RECORD = 4, ENUM = 5, TEXT = 6;

    private AstImage() {}

    /** Thrown when an image does not match this build's syntax tree classes. */
    public static final class Mismatch extends Exception {
        Mismatch(String msg) {
            super(msg);
        }
    }

    /** Writes one syntax tree per call; the class table is written once by {@link #finish}. */
    public static final class Writer {
        private final List<Class<?>> classes = new ArrayList<>();
        private final Map<Class<?>, Integer> classIndex = new HashMap<>();

        /** The encoded tree of one file (objects numbered from 0 within it). */
        public byte[] encode(SourceFile file) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            write(out, file, new IdentityHashMap<>());
            out.flush();
            return bytes.toByteArray();
        }

        private void write(DataOutputStream out, Object o, Map<Object, Integer> seen) throws IOException {
            if (o == null) {
                out.writeByte(NULL);
                return;
            }
            Integer id = seen.get(o);
            if (id != null) {
                out.writeByte(REF);
                writeVar(out, id);
                return;
            }
            if (o instanceof Enum<?> e) {
                out.writeByte(ENUM);
                writeVar(out, classOf(e.getDeclaringClass()));
                writeVar(out, e.ordinal());
                return;
            }
            seen.put(o, seen.size());
            switch (o) {
                case String s -> {
                    // Literals are byte strings (Go sources are read one char per byte); identifiers
                    // are decoded text and may hold any letter (a parameter named θ)
                    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
                    if (new String(b, StandardCharsets.ISO_8859_1).equals(s)) {
                        out.writeByte(STRING);
                    } else {
                        out.writeByte(TEXT);
                        b = s.getBytes(StandardCharsets.UTF_8);
                    }
                    writeVar(out, b.length);
                    out.write(b);
                }
                case List<?> l -> {
                    out.writeByte(LIST);
                    writeVar(out, l.size());
                    for (Object e : l) {
                        write(out, e, seen);
                    }
                }
                case Record r -> {
                    out.writeByte(RECORD);
                    writeVar(out, classOf(r.getClass()));
                    for (RecordComponent c : r.getClass().getRecordComponents()) {
                        Object v;
                        try {
                            v = c.getAccessor().invoke(r);
                        } catch (ReflectiveOperationException e) {
                            throw new IOException(e);
                        }
                        if (c.getType() == int.class) {
                            writeVar(out, (Integer) v);
                        } else if (c.getType() == boolean.class) {
                            out.writeBoolean((Boolean) v);
                        } else {
                            write(out, v, seen);
                        }
                    }
                }
                default -> throw new IOException("cannot encode " + o.getClass());
            }
        }

        private int classOf(Class<?> c) {
            return classIndex.computeIfAbsent(c, k -> {
                classes.add(k);
                return classes.size() - 1;
            });
        }

        /** The class table that {@link Reader} checks against its own classes. */
        public byte[] schema() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            writeVar(out, classes.size());
            for (Class<?> c : classes) {
                out.writeUTF(describe(c));
            }
            out.flush();
            return bytes.toByteArray();
        }
    }

    /**
     * Decodes trees written by a {@link Writer} with the same schema. Records are built by
     * plain constructor calls (reflection is slow in a cold JVM, where this runs): a record
     * that gains or loses a component no longer compiles here, and ImageRoundTripTest checks
     * that every component is read in its place.
     */
    public static final class Reader {
        private final String[] names;
        private final Object[][] enums;

        public Reader(byte[] schema) throws Mismatch {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(schema));
                int n = readVar(in);
                names = new String[n];
                enums = new Object[n][];
                for (int i = 0; i < n; i++) {
                    String d = in.readUTF();
                    String name = d.substring(0, d.indexOf('('));
                    Class<?> c;
                    try {
                        c = Class.forName(name, false, AstImage.class.getClassLoader());
                    } catch (ClassNotFoundException e) {
                        throw new Mismatch("no class " + name);
                    }
                    if (!describe(c).equals(d)) {
                        throw new Mismatch("changed: " + name);
                    }
                    names[i] = c.getSimpleName();
                    enums[i] = c.isEnum() ? c.getEnumConstants() : null;
                }
            } catch (IOException e) {
                throw new Mismatch(e.toString());
            }
        }

        public SourceFile decode(byte[] tree) throws Mismatch {
            try {
                return (SourceFile) read(new Input(tree));
            } catch (RuntimeException e) {
                throw new Mismatch(e.toString());
            }
        }

        private Object read(Input in) {
            int tag = in.b[in.pos++];
            switch (tag) {
                case NULL:
                    return null;
                case REF:
                    return in.seen.get(in.var());
                case ENUM: {
                    int c = in.var();
                    return enums[c][in.var()];
                }
                case STRING:
                case TEXT: {
                    int n = in.var();
                    String s = new String(in.b, in.pos, n, tag == STRING ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                    in.pos += n;
                    in.seen.add(s);
                    return s;
                }
                case LIST: {
                    int n = in.var();
                    int at = in.reserve(); // numbered before its elements, as written
                    Object[] a = new Object[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = read(in);
                    }
                    List<Object> l = Arrays.asList(a);
                    in.seen.set(at, l);
                    return l;
                }
                case RECORD: {
                    String name = names[in.var()];
                    int at = in.reserve();
                    Object r = record(name, in);
                    in.seen.set(at, r);
                    return r;
                }
                default:
                    throw new IllegalStateException("bad tag " + tag);
            }
        }

        @SuppressWarnings("unchecked")
        private Object record(String name, Input in) {
            return switch (name) {
                case "ArrayTypeExpr" -> new ArrayTypeExpr(in.var(), in.var(), (Expr) read(in), (Expr) read(in));
                case "AssignStmt" -> new AssignStmt(in.var(), in.var(), (List<Expr>) read(in), (Token) read(in), (List<Expr>) read(in));
                case "BasicLit" -> new BasicLit(in.var(), in.var(), (BasicLit.Kind) read(in), (String) read(in), in.bool());
                case "BinaryExpr" -> new BinaryExpr(in.var(), in.var(), (Token) read(in), (Expr) read(in), (Expr) read(in), in.var(), in.var());
                case "BlockStmt" -> new BlockStmt(in.var(), in.var(), (List<Stmt>) read(in), in.var(), in.var());
                case "BranchStmt" -> new BranchStmt(in.var(), in.var(), (Token) read(in), (String) read(in), in.var(), in.var());
                case "CallExpr" -> new CallExpr(in.var(), in.var(), (Expr) read(in), (List<Expr>) read(in), in.bool(), in.var(), in.var());
                case "CaseClause" -> new CaseClause(in.var(), in.var(), (List<Expr>) read(in), (List<Stmt>) read(in));
                case "ChanTypeExpr" -> new ChanTypeExpr(in.var(), in.var(), in.var(), (Expr) read(in));
                case "CommClause" -> new CommClause(in.var(), in.var(), (Stmt) read(in), (List<Stmt>) read(in));
                case "CompositeLit" -> new CompositeLit(in.var(), in.var(), (Expr) read(in), (List<KeyedElement>) read(in), in.var(), in.var());
                case "ConstDecl" -> new ConstDecl(in.var(), in.var(), (List<ConstSpec>) read(in));
                case "ConstSpec" -> new ConstSpec(in.var(), in.var(), (List<Ident>) read(in), (Expr) read(in), (List<Expr>) read(in), in.var(), in.bool());
                case "DeclStmt" -> new DeclStmt(in.var(), in.var(), (Decl) read(in));
                case "DeferStmt" -> new DeferStmt(in.var(), in.var(), (CallExpr) read(in));
                case "EllipsisExpr" -> new EllipsisExpr(in.var(), in.var(), (Expr) read(in));
                case "EmptyStmt" -> new EmptyStmt(in.var(), in.var());
                case "ExprStmt" -> new ExprStmt(in.var(), in.var(), (Expr) read(in));
                case "Field" -> new Field(in.var(), in.var(), (List<Ident>) read(in), (Expr) read(in), (String) read(in), in.bool());
                case "ForStmt" -> new ForStmt(in.var(), in.var(), (Stmt) read(in), (Expr) read(in), (Stmt) read(in), (BlockStmt) read(in));
                case "FuncDecl" -> new FuncDecl(in.var(), in.var(), (Field) read(in), (String) read(in), (List<Field>) read(in), (FuncTypeExpr) read(in), (BlockStmt) read(in));
                case "FuncLit" -> new FuncLit(in.var(), in.var(), (FuncTypeExpr) read(in), (BlockStmt) read(in));
                case "FuncTypeExpr" -> new FuncTypeExpr(in.var(), in.var(), (List<Field>) read(in), (List<Field>) read(in), in.bool());
                case "GoStmt" -> new GoStmt(in.var(), in.var(), (CallExpr) read(in));
                case "Ident" -> new Ident(in.var(), in.var(), (String) read(in));
                case "IfStmt" -> new IfStmt(in.var(), in.var(), (Stmt) read(in), (Expr) read(in), (BlockStmt) read(in), (Stmt) read(in));
                case "ImportSpec" -> new ImportSpec(in.var(), in.var(), (String) read(in), (String) read(in), in.var());
                case "IncDecStmt" -> new IncDecStmt(in.var(), in.var(), (Expr) read(in), (Token) read(in));
                case "IndexExpr" -> new IndexExpr(in.var(), in.var(), (Expr) read(in), (List<Expr>) read(in), in.var(), in.var());
                case "InterfaceMethod" -> new InterfaceMethod(in.var(), in.var(), (Ident) read(in), (FuncTypeExpr) read(in));
                case "InterfaceTypeExpr" -> new InterfaceTypeExpr(in.var(), in.var(), (List<InterfaceMethod>) read(in), (List<Expr>) read(in));
                case "KeyedElement" -> new KeyedElement(in.var(), in.var(), (Expr) read(in), (Expr) read(in));
                case "LabeledStmt" -> new LabeledStmt(in.var(), in.var(), (String) read(in), (Stmt) read(in));
                case "MapTypeExpr" -> new MapTypeExpr(in.var(), in.var(), (Expr) read(in), (Expr) read(in));
                case "ParenExpr" -> new ParenExpr(in.var(), in.var(), (Expr) read(in));
                case "RangeStmt" -> new RangeStmt(in.var(), in.var(), (Expr) read(in), (Expr) read(in), (Expr) read(in), in.bool(), (Expr) read(in), (BlockStmt) read(in));
                case "ReturnStmt" -> new ReturnStmt(in.var(), in.var(), (List<Expr>) read(in));
                case "SelectStmt" -> new SelectStmt(in.var(), in.var(), (List<CommClause>) read(in));
                case "SelectorExpr" -> new SelectorExpr(in.var(), in.var(), (Expr) read(in), (Ident) read(in));
                case "SendStmt" -> new SendStmt(in.var(), in.var(), (Expr) read(in), (Expr) read(in));
                case "SliceExpr" -> new SliceExpr(in.var(), in.var(), (Expr) read(in), (Expr) read(in), (Expr) read(in), (Expr) read(in), in.bool());
                case "SourceFile" -> new SourceFile(in.var(), in.var(), (String) read(in), (List<ImportSpec>) read(in), (List<Decl>) read(in), (String) read(in), (List<SourceFile.ParseError>) read(in), (List<SourceFile.LineBase>) read(in));
                case "LineBase" -> new SourceFile.LineBase(in.var(), in.var(), (String) read(in), in.var(), in.var());
                case "ParseError" -> new SourceFile.ParseError(in.var(), in.var(), (String) read(in));
                case "StarExpr" -> new StarExpr(in.var(), in.var(), (Expr) read(in));
                case "StructTypeExpr" -> new StructTypeExpr(in.var(), in.var(), (List<Field>) read(in));
                case "SwitchStmt" -> new SwitchStmt(in.var(), in.var(), (Stmt) read(in), (Expr) read(in), (List<CaseClause>) read(in));
                case "TypeAssertExpr" -> new TypeAssertExpr(in.var(), in.var(), (Expr) read(in), (Expr) read(in));
                case "TypeDecl" -> new TypeDecl(in.var(), in.var(), (List<TypeSpec>) read(in));
                case "TypeSpec" -> new TypeSpec(in.var(), in.var(), (Ident) read(in), (List<Field>) read(in), in.bool(), (Expr) read(in));
                case "TypeSwitchStmt" -> new TypeSwitchStmt(in.var(), in.var(), (Stmt) read(in), (Ident) read(in), (Expr) read(in), (List<CaseClause>) read(in));
                case "UnaryExpr" -> new UnaryExpr(in.var(), in.var(), (Token) read(in), (Expr) read(in));
                case "VarDecl" -> new VarDecl(in.var(), in.var(), (List<VarSpec>) read(in));
                case "VarSpec" -> new VarSpec(in.var(), in.var(), (List<Ident>) read(in), (Expr) read(in), (List<Expr>) read(in));
                default -> throw new IllegalStateException("no decoder for " + name);
            };
        }
    }

    /** A class as the schema records it: name(component:type,...), or name{constants} for an enum. */
    static String describe(Class<?> c) {
        StringBuilder sb = new StringBuilder(c.getName());
        if (c.isEnum()) {
            sb.append("({");
            for (Object e : c.getEnumConstants()) {
                sb.append(((Enum<?>) e).name()).append(',');
            }
            return sb.append("})").toString();
        }
        sb.append('(');
        for (RecordComponent rc : c.getRecordComponents()) {
            sb.append(rc.getName()).append(':').append(rc.getGenericType().getTypeName()).append(',');
        }
        return sb.append(')').toString();
    }

    private static final class Input {
        final byte[] b;
        int pos;
        final List<Object> seen = new ArrayList<>();

        int reserve() {
            seen.add(null);
            return seen.size() - 1;
        }

        boolean bool() {
            return b[pos++] != 0;
        }

        Input(byte[] b) {
            this.b = b;
        }

        int var() {
            int shift = 0, v = 0, x;
            do {
                x = b[pos++];
                v |= (x & 0x7F) << shift;
                shift += 7;
            } while ((x & 0x80) != 0);
            return (v >>> 1) ^ -(v & 1);
        }
    }

    static void writeVar(DataOutputStream out, int value) throws IOException {
        int v = (value << 1) ^ (value >> 31); // zig-zag: small negatives stay short
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    static int readVar(DataInputStream in) throws IOException {
        int shift = 0, v = 0, x;
        do {
            x = in.readByte();
            v |= (x & 0x7F) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        return (v >>> 1) ^ -(v & 1);
    }
}
