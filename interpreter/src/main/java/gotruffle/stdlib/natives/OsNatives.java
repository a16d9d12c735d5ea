package gotruffle.stdlib.natives;

import com.oracle.truffle.api.TruffleFile;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.runtime.sched.G;
import gotruffle.stdlib.Native;
import gotruffle.stdlib.text.Utf8;
import gotruffle.values.GoSlice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Natives of package os beyond the core ones: standard input and files. Errors come back as the
 * text of the errno Go would report ("" for success); os.go wraps them in *PathError. An open
 * file is a Java channel kept in the File struct's opaque field.
 */
public final class OsNatives {
    private OsNatives() {}

    // Linux values of Go's syscall.O_* flags.
    private static final long O_WRONLY = 0x1, O_RDWR = 0x2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200, O_APPEND = 0x400;

    /** An open file: its channel and whether writes go to the end. */
    record OpenFile(SeekableByteChannel ch, boolean append) {}

    public static void register(Map<String, Native> t) {
        t.put("os.readFd", (ctx, f, a) -> {
            long fd = (Long) a[0];
            GoSlice b = (GoSlice) a[1];
            if (fd != 0) {
                return -1L;
            }
            // Go's stdout is unbuffered: a prompt written before reading must be visible.
            ctx.flushOut();
            byte[] tmp = new byte[b.len];
            int n;
            try {
                n = syscall(f, () -> {
                    try {
                        return ctx.in.read(tmp, 0, tmp.length);
                    } catch (IOException e) {
                        return -2;
                    }
                });
            } catch (RuntimeException e) {
                return -1L;
            }
            if (n == -2) {
                return -1L;
            }
            if (n <= 0) {
                return 0L;
            }
            long[] st = (long[]) b.store;
            for (int i = 0; i < n; i++) {
                st[b.off + i] = tmp[i] & 0xFF;
            }
            return (long) n;
        });
        t.put("os.openFile", (ctx, f, a) -> {
            String name = (String) a[0];
            long flag = (Long) a[1];
            if (name.isEmpty()) {
                return new Object[] {null, "no such file or directory"};
            }
            Set<OpenOption> opts = new HashSet<>();
            long acc = flag & 3;
            if (acc == 0 || acc == O_RDWR) {
                opts.add(StandardOpenOption.READ);
            }
            if (acc == O_WRONLY || acc == O_RDWR) {
                opts.add(StandardOpenOption.WRITE);
            }
            if ((flag & O_CREAT) != 0) {
                opts.add((flag & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
            if ((flag & O_TRUNC) != 0 && acc != 0) {
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            boolean append = (flag & O_APPEND) != 0;
            try {
                TruffleFile file = file(ctx, name);
                if (acc != 0 && file.isDirectory()) {
                    return new Object[] {null, "is a directory"};
                }
                SeekableByteChannel ch = syscallIO(f, () -> file.newByteChannel(opts));
                return new Object[] {new OpenFile(ch, append), ""};
            } catch (IOException | RuntimeException e) {
                return new Object[] {null, errno(e)};
            }
        });
        t.put("os.fileRead", (ctx, f, a) -> {
            OpenFile of = (OpenFile) a[0];
            GoSlice b = (GoSlice) a[1];
            ByteBuffer buf = ByteBuffer.allocate(b.len);
            try {
                int n = syscallIO(f, () -> of.ch.read(buf));
                if (n <= 0) {
                    return new Object[] {0L, ""};
                }
                long[] st = (long[]) b.store;
                for (int i = 0; i < n; i++) {
                    st[b.off + i] = buf.get(i) & 0xFF;
                }
                return new Object[] {(long) n, ""};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, errno(e)};
            }
        });
        t.put("os.fileWrite", (ctx, f, a) -> {
            OpenFile of = (OpenFile) a[0];
            String s = (String) a[1];
            byte[] bytes = new byte[s.length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) s.charAt(i);
            }
            try {
                int n = syscallIO(f, () -> {
                    if (of.append) {
                        of.ch.position(of.ch.size());
                    }
                    ByteBuffer buf = ByteBuffer.wrap(bytes);
                    while (buf.hasRemaining()) {
                        of.ch.write(buf);
                    }
                    return bytes.length;
                });
                return new Object[] {(long) n, ""};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, errno(e)};
            }
        });
        t.put("os.fileSeek", (ctx, f, a) -> {
            OpenFile of = (OpenFile) a[0];
            long off = (Long) a[1];
            long whence = (Long) a[2];
            try {
                long base = whence == 0 ? 0 : whence == 1 ? of.ch.position() : of.ch.size();
                if (base + off < 0) {
                    return new Object[] {0L, "invalid argument"};
                }
                of.ch.position(base + off);
                return new Object[] {base + off, ""};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, errno(e)};
            }
        });
        t.put("os.fileClose", (ctx, f, a) -> {
            try {
                ((OpenFile) a[0]).ch.close();
                return "";
            } catch (IOException e) {
                return errno(e);
            }
        });
        // stat(name) (size, perm, isDir, modUnixNano, errno)
        t.put("os.stat", (ctx, f, a) -> {
            String name = (String) a[0];
            if (name.isEmpty()) {
                return new Object[] {0L, 0L, false, 0L, "no such file or directory"};
            }
            try {
                TruffleFile file = file(ctx, name);
                if (!file.exists()) {
                    return new Object[] {0L, 0L, false, 0L, "no such file or directory"};
                }
                boolean dir = file.isDirectory();
                long size = dir ? 4096L : file.size();
                long perm = 0;
                try {
                    for (var p : file.getPosixPermissions()) {
                        perm |= 1L << (8 - p.ordinal());
                    }
                } catch (UnsupportedOperationException | IOException e) {
                    perm = dir ? 0755 : 0644;
                }
                long mod = file.getLastModifiedTime().toMillis() * 1_000_000L;
                return new Object[] {size, perm, dir, mod, ""};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, 0L, false, 0L, errno(e)};
            }
        });
        // readDir(name) (names []string, dirs []bool, errno): sorted by name
        t.put("os.readDir", (ctx, f, a) -> {
            try {
                TruffleFile dir = file(ctx, (String) a[0]);
                List<String> names = new ArrayList<>();
                for (TruffleFile c : syscallIO(f, () -> dir.list())) {
                    names.add(Utf8.fromJava(c.getName()));
                }
                names.sort(null);
                Object[] ns = new Object[names.size()];
                Object[] ds = new Object[names.size()];
                for (int i = 0; i < ns.length; i++) {
                    ns[i] = names.get(i);
                    ds[i] = dir.resolve(Utf8.toJava(names.get(i))).isDirectory(LinkOption.NOFOLLOW_LINKS);
                }
                return new Object[] {new GoSlice(ns, 0, ns.length, ns.length), new GoSlice(ds, 0, ds.length, ds.length), ""};
            } catch (IOException | RuntimeException e) {
                return new Object[] {null, null, errno(e)};
            }
        });
        t.put("os.mkdir", (ctx, f, a) -> {
            try {
                file(ctx, (String) a[0]).createDirectory();
                return "";
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        t.put("os.remove", (ctx, f, a) -> {
            try {
                file(ctx, (String) a[0]).delete();
                return "";
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        t.put("os.rename", (ctx, f, a) -> {
            try {
                file(ctx, (String) a[0]).move(file(ctx, (String) a[1]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return "";
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        t.put("os.removeAll", (ctx, f, a) -> {
            String name = (String) a[0];
            if (name.isEmpty()) {
                return "";
            }
            try {
                TruffleFile root = file(ctx, name);
                if (root.exists(LinkOption.NOFOLLOW_LINKS)) {
                    syscallIO(f, () -> {
                        deleteTree(root);
                        return 0;
                    });
                }
                return "";
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        // mkdirTemp(dir, prefix, suffix) (path, errno)
        t.put("os.mkdirTemp", (ctx, f, a) -> {
            String dir = (String) a[0];
            for (int tries = 0; tries < 10000; tries++) {
                String name = dir + "/" + a[1] + Long.toUnsignedString(ThreadLocalRandom.current().nextInt() & 0xFFFFFFFFL) + a[2];
                try {
                    file(ctx, name).createDirectory();
                    return new Object[] {name, ""};
                } catch (FileAlreadyExistsException e) {
                    continue;
                } catch (IOException | RuntimeException e) {
                    return new Object[] {"", errno(e)};
                }
            }
            return new Object[] {"", "file exists"};
        });
        t.put("os.getwd", (ctx, f, a) -> {
            try {
                return Utf8.fromJava(ctx.env.getCurrentWorkingDirectory().getPath());
            } catch (RuntimeException e) {
                return Utf8.fromJava(System.getProperty("user.dir"));
            }
        });
        t.put("os.hostname", (ctx, f, a) -> {
            try {
                return Utf8.fromJava(java.net.InetAddress.getLocalHost().getHostName());
            } catch (IOException e) {
                return "localhost";
            }
        });
        t.put("os.environ", (ctx, f, a) -> {
            List<String> kv = new ArrayList<>();
            for (var e : ctx.environment().entrySet()) {
                kv.add(Utf8.fromJava(e.getKey() + "=" + e.getValue()));
            }
            Object[] s = kv.toArray();
            return new GoSlice(s, 0, s.length, s.length);
        });
    }

    private static TruffleFile file(GoContext ctx, String byteName) {
        return ctx.env.getPublicTruffleFile(Utf8.toJava(byteName));
    }

    private static void deleteTree(TruffleFile f) throws IOException {
        if (f.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
            for (TruffleFile c : f.list()) {
                deleteTree(c);
            }
        }
        f.delete();
    }

    /** The errno text Go would print for a failed file operation. */
    private static String errno(Exception e) {
        if (e instanceof java.nio.channels.NonWritableChannelException || e instanceof java.nio.channels.NonReadableChannelException
                || e instanceof java.nio.channels.ClosedChannelException) {
            return "bad file descriptor";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "file exists";
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            m = fse.getReason();
        }
        String low = m.toLowerCase();
        if (low.contains("is a directory")) {
            return "is a directory";
        }
        if (low.contains("not a directory")) {
            return "not a directory";
        }
        if (low.contains("no such file")) {
            return "no such file or directory";
        }
        return low.isEmpty() ? "input/output error" : Utf8.fromJava(low);
    }

    interface IOSupplier<T> {
        T get() throws IOException;
    }

    /** Runs blocking I/O with the goroutine in a syscall, so its P can run other goroutines. */
    private static <T> T syscallIO(Fiber fiber, IOSupplier<T> op) throws IOException {
        G g = fiber == null ? null : (G) fiber.g;
        if (g == null) {
            return op.get();
        }
        g.sched().entersyscall(g);
        try {
            return op.get();
        } finally {
            g.sched().exitsyscall(g);
        }
    }

    private static <T> T syscall(Fiber fiber, Supplier<T> op) {
        try {
            return syscallIO(fiber, op::get);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
