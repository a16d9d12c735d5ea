package gotruffle.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test double that runs programs with the real Go toolchain (Go 1.19 from Debian's
 * golang-go), following record-golden's conventions: compile errors without the
 * "# command-line-arguments" line, exit code 1. Lets the REPL's synthesized programs be checked
 * against real Go while the interpreter is not the subject of the test.
 */
final class GoToolRunner implements ProgramRunner {
    static boolean available() {
        try {
            Process p = new ProcessBuilder("go", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public int run(RunRequest req) {
        try {
            Path work = Files.createTempDirectory("gotool");
            Path binary = work.resolve("prog");
            List<String> build = new ArrayList<>(List.of("go", "build", "-o", binary.toString()));
            build.addAll(req.files());
            ProcessBuilder pb = new ProcessBuilder(build).directory(req.workDir().toFile());
            pb.environment().put("GO111MODULE", "off");
            Process compile = pb.start();
            compile.getOutputStream().close();
            byte[] compileOut = compile.getInputStream().readAllBytes();
            String compileErr = new String(compile.getErrorStream().readAllBytes());
            if (compile.waitFor() != 0) {
                req.out().write(compileOut);
                for (String line : compileErr.split("\n")) {
                    if (!line.startsWith("# ") && !line.isEmpty()) req.err().write((line + "\n").getBytes());
                }
                return 1;
            }
            List<String> command = new ArrayList<>(List.of(binary.toString()));
            command.addAll(req.args());
            ProcessBuilder run = new ProcessBuilder(command).directory(req.workDir().toFile());
            run.environment().putAll(req.env());
            Process p = run.start();
            Thread in = pump(req.in(), p.getOutputStream(), true);
            Thread out = pump(p.getInputStream(), req.out(), false);
            Thread err = pump(p.getErrorStream(), req.err(), false);
            int code = p.waitFor();
            out.join();
            err.join();
            in.interrupt();
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Thread pump(InputStream from, OutputStream to, boolean closeAfter) {
        Thread t = new Thread(() -> {
            try {
                from.transferTo(to);
                to.flush();
                if (closeAfter) to.close();
            } catch (IOException ignored) {
                // the process went away
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
