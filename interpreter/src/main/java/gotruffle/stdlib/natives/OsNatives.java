package gotruffle.stdlib.natives;

import com.oracle.truffle.api.TruffleFile;
import gotruffle.GoContext;
import gotruffle.nodes.Fiber;
import gotruffle.nodes.call.Native;
import gotruffle.runtime.sched.G;
import gotruffle.stdlib.text.Utf8;
import gotruffle.values.GoSlice;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Natives of package os beyond the core ones: standard input, files and directories. Errors come
 * back as the Linux errno Go would see (0 for success); the prelude wraps them in *PathError
 * with a syscall.Errno. An open file is a Java channel kept in the File struct's opaque field;
 * relative names resolve against the program's current directory (os.Chdir changes it).
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
            byte[] store = b == null ? new byte[0] : ByteSlices.store(b);
            int off = b == null ? 0 : b.off, len = ByteSlices.len(b);
            int n;
            try {
                n = syscall(f, () -> {
                    try {
                        // straight into the slice's bytes, as read(2) does
                        return ctx.in.read(store, off, len);
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
            return (long) n;
        });
        t.put("os.openFile", (ctx, f, a) -> {
            String name = (String) a[0];
            long flag = (Long) a[1];
            long perm = (Long) a[2];
            if (name.isEmpty()) {
                return new Object[] {null, false, ENOENT};
            }
            Set<OpenOption> opts = new HashSet<>();
            long acc = flag & 3;
            if (acc == 0 || acc == O_RDWR) {
                opts.add(StandardOpenOption.READ);
            }
            if (acc == O_WRONLY || acc == O_RDWR) {
                opts.add(StandardOpenOption.WRITE);
            }
            boolean create = (flag & O_CREAT) != 0;
            boolean excl = create && (flag & O_EXCL) != 0;
            if (create) {
                opts.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
            if ((flag & O_TRUNC) != 0 && acc != 0) {
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            boolean append = (flag & O_APPEND) != 0;
            try {
                TruffleFile file = file(ctx, name);
                if (excl && file.exists(LinkOption.NOFOLLOW_LINKS)) {
                    return new Object[] {null, false, EEXIST};
                }
                if (file.isDirectory()) {
                    // a directory opens for reading only; its entries come from readDir
                    return acc != 0 ? new Object[] {null, false, EISDIR} : new Object[] {null, true, 0L};
                }
                SeekableByteChannel ch = syscallIO(f, () -> file.newByteChannel(opts, permissions(perm)));
                return new Object[] {new OpenFile(ch, append), false, 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {null, false, errno(e)};
            }
        });
        t.put("os.fileRead", (ctx, f, a) -> {
            OpenFile of = (OpenFile) a[0];
            GoSlice b = (GoSlice) a[1];
            ByteBuffer buf = ByteSlices.wrap(b);
            try {
                int n = syscallIO(f, () -> of.ch.read(buf));
                if (n <= 0) {
                    return new Object[] {0L, 0L};
                }
                return new Object[] {(long) n, 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, errno(e)};
            }
        });
        t.put("os.fileWrite", (ctx, f, a) -> {
            OpenFile of = (OpenFile) a[0];
            byte[] bytes = ByteSlices.ofByteString((String) a[1]);
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
                return new Object[] {(long) n, 0L};
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
                if (whence < 0 || whence > 2 || base + off < 0) {
                    return new Object[] {0L, EINVAL};
                }
                of.ch.position(base + off);
                return new Object[] {base + off, 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, errno(e)};
            }
        });
        t.put("os.fileClose", (ctx, f, a) -> {
            try {
                ((OpenFile) a[0]).ch.close();
                return 0L;
            } catch (IOException e) {
                return errno(e);
            }
        });
        t.put("os.fileTruncate", (ctx, f, a) -> {
            try {
                SeekableByteChannel ch = ((OpenFile) a[0]).ch;
                long size = (Long) a[1];
                if (size < 0) {
                    return EINVAL;
                }
                truncateTo(ch, size);
                return 0L;
            } catch (IOException | RuntimeException e) {
                return errno(e);
            }
        });
        // stat(name, follow) (size, mode (Go's FileMode bits), modUnixNano, dev, ino, errno)
        t.put("os.stat", (ctx, f, a) -> {
            String name = (String) a[0];
            LinkOption[] follow = (Boolean) a[1] ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            if (name.isEmpty()) {
                return new Object[] {0L, 0L, 0L, 0L, 0L, ENOENT};
            }
            try {
                TruffleFile file = file(ctx, name);
                long mode;
                long dev = 0;
                long ino = 0;
                try {
                    mode = goMode(file.getAttribute(TruffleFile.UNIX_MODE, follow));
                    dev = file.getAttribute(TruffleFile.UNIX_DEV, follow);
                    ino = file.getAttribute(TruffleFile.UNIX_INODE, follow);
                } catch (UnsupportedOperationException e) {
                    mode = file.isDirectory(follow) ? DIR | 0755 : file.isSymbolicLink() && follow.length > 0 ? SYMLINK | 0777 : 0644;
                }
                long size = file.getAttribute(TruffleFile.SIZE, follow);
                long mod = file.getAttribute(TruffleFile.LAST_MODIFIED_TIME, follow).to(TimeUnit.NANOSECONDS);
                return new Object[] {size, mode, mod, dev, ino, 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {0L, 0L, 0L, 0L, 0L, errno(e)};
            }
        });
        // readDir(name) (names []string, types []uint32 (type bits, links not followed), errno): sorted by name
        t.put("os.readDir", (ctx, f, a) -> {
            try {
                TruffleFile dir = file(ctx, (String) a[0]);
                List<String> names = new ArrayList<>();
                for (TruffleFile c : syscallIO(f, () -> dir.list())) {
                    names.add(Utf8.fromJava(c.getName()));
                }
                names.sort(null);
                Object[] ns = new Object[names.size()];
                long[] ts = new long[names.size()];
                for (int i = 0; i < ns.length; i++) {
                    ns[i] = names.get(i);
                    TruffleFile c = dir.resolve(Utf8.toJava(names.get(i)));
                    try {
                        ts[i] = goMode(c.getAttribute(TruffleFile.UNIX_MODE, LinkOption.NOFOLLOW_LINKS)) & TYPE_BITS;
                    } catch (UnsupportedOperationException | IOException e) {
                        ts[i] = c.isDirectory(LinkOption.NOFOLLOW_LINKS) ? DIR : 0;
                    }
                }
                return new Object[] {new GoSlice(ns, 0, ns.length, ns.length), new GoSlice(ts, 0, ts.length, ts.length), 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {null, null, errno(e)};
            }
        });
        t.put("os.mkdir", (ctx, f, a) -> op(() -> file(ctx, (String) a[0]).createDirectory(permissions((Long) a[1]))));
        t.put("os.remove", (ctx, f, a) -> op(() -> file(ctx, (String) a[0]).delete()));
        t.put("os.rename", (ctx, f, a) -> op(() -> file(ctx, (String) a[0]).move(file(ctx, (String) a[1]),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)));
        t.put("os.removeAll", (ctx, f, a) -> op(() -> {
            TruffleFile root = file(ctx, (String) a[0]);
            if (root.exists(LinkOption.NOFOLLOW_LINKS)) {
                syscallIO(f, () -> {
                    deleteTree(root);
                    return 0;
                });
            }
        }));
        t.put("os.symlink", (ctx, f, a) -> op(() -> file(ctx, (String) a[1]).createSymbolicLink(ctx.env.getPublicTruffleFile(Utf8.toJava((String) a[0])))));
        t.put("os.link", (ctx, f, a) -> op(() -> file(ctx, (String) a[1]).createLink(file(ctx, (String) a[0]))));
        t.put("os.readlink", (ctx, f, a) -> {
            try {
                return new Object[] {Utf8.fromJava(file(ctx, (String) a[0]).readSymbolicLink().getPath()), 0L};
            } catch (IOException | RuntimeException e) {
                return new Object[] {"", errno(e)};
            }
        });
        t.put("os.chmod", (ctx, f, a) -> op(() -> file(ctx, (String) a[0]).setPosixPermissions(posix((Long) a[1]))));
        t.put("os.truncate", (ctx, f, a) -> op(() -> {
            long size = (Long) a[1];
            if (size < 0) {
                throw new FileSystemException((String) a[0], null, "Invalid argument");
            }
            try (SeekableByteChannel ch = file(ctx, (String) a[0]).newByteChannel(Set.of(StandardOpenOption.WRITE))) {
                truncateTo(ch, size);
            }
        }));
        t.put("os.chtimes", (ctx, f, a) -> op(() -> {
            TruffleFile file = file(ctx, (String) a[0]);
            file.setLastAccessTime(FileTime.from((Long) a[1], TimeUnit.NANOSECONDS));
            file.setLastModifiedTime(FileTime.from((Long) a[2], TimeUnit.NANOSECONDS));
        }));
        t.put("os.chdir", (ctx, f, a) -> op(() -> {
            TruffleFile dir = file(ctx, (String) a[0]).getAbsoluteFile().normalize();
            if (!dir.exists()) {
                throw new NoSuchFileException((String) a[0]);
            }
            if (!dir.isDirectory()) {
                throw new NotDirectoryException((String) a[0]);
            }
            ctx.env.setCurrentWorkingDirectory(dir);
        }));
        t.put("os.getwd", (ctx, f, a) -> {
            try {
                return Utf8.fromJava(ctx.env.getCurrentWorkingDirectory().getPath());
            } catch (RuntimeException e) {
                return Utf8.fromJava(System.getProperty("user.dir"));
            }
        });
        t.put("os.hostname", (ctx, f, a) -> {
            try {
                return Utf8.fromJava(InetAddress.getLocalHost().getHostName());
            } catch (IOException e) {
                return "localhost";
            }
        });
        t.put("os.randomUint32", (ctx, f, a) -> ThreadLocalRandom.current().nextLong(1L << 32));
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

    private static void truncateTo(SeekableByteChannel ch, long size) throws IOException {
        if (size <= ch.size()) {
            ch.truncate(size);
        } else {
            // growing: write a zero byte at the new end (the gap reads as zeros)
            long pos = ch.position();
            ch.position(size - 1);
            ch.write(ByteBuffer.wrap(new byte[1]));
            ch.position(pos);
        }
    }

    // Go's FileMode type bits.
    private static final long DIR = 1L << 31, SYMLINK = 1L << 27, DEVICE = 1L << 26, NAMED_PIPE = 1L << 25, SOCKET = 1L << 24,
            SETUID = 1L << 23, SETGID = 1L << 22, CHAR_DEVICE = 1L << 21, STICKY = 1L << 20;
    private static final long TYPE_BITS = DIR | SYMLINK | DEVICE | NAMED_PIPE | SOCKET | CHAR_DEVICE | (1L << 19);

    /** Go's FileMode of a Unix st_mode. */
    private static long goMode(int st) {
        long m = st & 0777;
        switch (st & 0170000) {
            case 0040000 -> m |= DIR;
            case 0120000 -> m |= SYMLINK;
            case 0020000 -> m |= DEVICE | CHAR_DEVICE;
            case 0060000 -> m |= DEVICE;
            case 0010000 -> m |= NAMED_PIPE;
            case 0140000 -> m |= SOCKET;
            default -> {
            }
        }
        if ((st & 04000) != 0) {
            m |= SETUID;
        }
        if ((st & 02000) != 0) {
            m |= SETGID;
        }
        if ((st & 01000) != 0) {
            m |= STICKY;
        }
        return m;
    }

    private static Set<PosixFilePermission> posix(long mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE = bits 8..0
        for (int i = 0; i < 9; i++) {
            if ((mode & (1L << (8 - i))) != 0) {
                s.add(all[i]);
            }
        }
        return s;
    }

    /** The permissions of a new file or directory (the process umask still applies, as for open(2)). */
    private static FileAttribute<?> permissions(long mode) {
        return PosixFilePermissions.asFileAttribute(posix(mode));
    }

    interface IOAction {
        void run() throws IOException;
    }

    /** Runs a file operation: 0, or the errno of its failure. */
    private static long op(IOAction a) {
        try {
            a.run();
            return 0L;
        } catch (IOException | RuntimeException e) {
            return errno(e);
        }
    }

    // Linux errno numbers.
    static final long EPERM = 1, ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EBUSY = 16, EEXIST = 17, EXDEV = 18, ENOTDIR = 20,
            EISDIR = 21, EINVAL = 22, ENOSPC = 28, EROFS = 30, ENAMETOOLONG = 36, ENOTEMPTY = 39, ELOOP = 40;

    /** strerror texts (lower case) of the errors Java reports only as a FileSystemException reason. */
    private static final Map<String, Long> REASONS = Map.ofEntries(
            Map.entry("operation not permitted", EPERM), Map.entry("no such file or directory", ENOENT),
            Map.entry("input/output error", EIO), Map.entry("bad file descriptor", EBADF),
            Map.entry("permission denied", EACCES), Map.entry("device or resource busy", EBUSY),
            Map.entry("file exists", EEXIST), Map.entry("invalid cross-device link", EXDEV),
            Map.entry("not a directory", ENOTDIR), Map.entry("is a directory", EISDIR),
            Map.entry("invalid argument", EINVAL), Map.entry("no space left on device", ENOSPC),
            Map.entry("read-only file system", EROFS), Map.entry("file name too long", ENAMETOOLONG),
            Map.entry("directory not empty", ENOTEMPTY), Map.entry("too many levels of symbolic links", ELOOP));

    /** The errno Go would see for a failed file operation. */
    static long errno(Exception e) {
        if (e instanceof NonWritableChannelException || e instanceof NonReadableChannelException
                || e instanceof ClosedChannelException) {
            return EBADF;
        }
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return EACCES;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof NotLinkException) {
            return EINVAL;
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            m = fse.getReason();
        }
        String low = m.toLowerCase(Locale.ROOT);
        for (var r : REASONS.entrySet()) {
            if (low.contains(r.getKey())) {
                return r.getValue();
            }
        }
        if (low.contains("symbolic link")) {
            return ELOOP;
        }
        return EIO;
    }

    interface IOSupplier<T> {
        T get() throws IOException;
    }

    /** Runs blocking I/O with the goroutine in a syscall, so its P can run other goroutines. */
    static <T> T syscallIO(Fiber fiber, IOSupplier<T> op) throws IOException {
        G g = fiber == null ? null : fiber.g;
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

    static <T> T syscall(Fiber fiber, Supplier<T> op) {
        try {
            return syscallIO(fiber, op::get);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
