package gotruffle.compiler;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import gotruffle.parser.AstImage;
import gotruffle.parser.GoParserFacade;
import gotruffle.parser.ast.SourceFile;

/**
 * The parsed standard library, written at build time (Maven's process-classes phase runs
 * {@link #main}) to the class path resource {@value #RESOURCE}. At run time {@link Prelude}
 * takes a file's tree from it when the file's source still has the checksum it had when the
 * image was written, and parses the source otherwise: an image that is missing, from another
 * build or for edited sources only costs the parse.
 */
public final class PreludeImage {
    static final String RESOURCE = "/gotruffle/stdlib/prelude.image";
    private static final int MAGIC = 0x47545049; // "GTPI"

    private record Entry(long crc, byte[] tree) {}

    private final AstImage.Reader reader;
    private final Map<String, Entry> files;

    private PreludeImage(AstImage.Reader reader, Map<String, Entry> files) {
        this.reader = reader;
        this.files = files;
    }

    private static final class Holder {
        static final PreludeImage IMAGE = load();
    }

    /** The tree of prelude file path/name (as under gotruffle/stdlib/go/), if the image has it for exactly this source. */
    static SourceFile lookup(String file, byte[] source) {
        PreludeImage image = Holder.IMAGE;
        if (image == null) {
            return null;
        }
        Entry e = image.files.get(file);
        if (e == null || e.crc != crc(source)) {
            return null;
        }
        try {
            return image.reader.decode(e.tree);
        } catch (AstImage.Mismatch m) {
            return null;
        }
    }

    private static PreludeImage load() {
        try (InputStream res = PreludeImage.class.getResourceAsStream(RESOURCE)) {
            if (res == null) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(res.readAllBytes()));
            if (in.readInt() != MAGIC) {
                return null;
            }
            byte[] schema = new byte[in.readInt()];
            in.readFully(schema);
            AstImage.Reader reader = new AstImage.Reader(schema);
            int n = in.readInt();
            Map<String, Entry> files = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                long crc = in.readLong();
                byte[] tree = new byte[in.readInt()];
                in.readFully(tree);
                files.put(name, new Entry(crc, tree));
            }
            return new PreludeImage(reader, files);
        } catch (IOException | AstImage.Mismatch e) {
            return null;
        }
    }

    static long crc(byte[] source) {
        CRC32 c = new CRC32();
        c.update(source);
        return c.getValue();
    }

    /**
     * Build step: parses every prelude package under CLASSES/gotruffle/stdlib/go (the files each
     * FILES lists) and writes CLASSES{@value #RESOURCE}.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path go = classes.resolve("gotruffle/stdlib/go");
        List<Path> indexes;
        try (Stream<Path> s = Files.walk(go)) {
            indexes = s.filter(p -> p.getFileName().toString().equals("FILES")).sorted().toList();
        }
        AstImage.Writer writer = new AstImage.Writer();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        int count = 0;
        for (Path index : indexes) {
            String pkg = go.relativize(index.getParent()).toString().replace('\\', '/');
            for (String name : Files.readString(index).split("\\s+")) {
                if (name.isBlank()) {
                    continue;
                }
                byte[] source = Files.readAllBytes(index.resolveSibling(name));
                byte[] tree = writer.encode(GoParserFacade.parse(source, Prelude.displayPath(pkg, name)));
                out.writeUTF(pkg + "/" + name);
                out.writeLong(crc(source));
                out.writeInt(tree.length);
                out.write(tree);
                count++;
            }
        }
        out.flush();
        byte[] schema = writer.schema();
        Path target = classes.resolve(RESOURCE.substring(1));
        try (DataOutputStream f = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            f.writeInt(MAGIC);
            f.writeInt(schema.length);
            f.write(schema);
            f.writeInt(count);
            body.writeTo(f);
        }
    }
}
