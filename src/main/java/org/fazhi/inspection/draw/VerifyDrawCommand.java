package org.fazhi.inspection.draw;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.fazhi.platform.ConsoleStreams;

/**
 * The public's verifier, run from the command line without the application: {@code VerifyDrawCommand draw.json}
 * reads a published draw, recomputes it and says whether it matches. Exit status 0: it matches; 1: it does not (the
 * differences are printed); 2: the file could not be read or the usage was wrong.
 */
public final class VerifyDrawCommand {

    public static final String MATCHES = "抽查结果核验一致";

    private VerifyDrawCommand() {
    }

    public static void main(String[] args) {
        ConsoleStreams console = ConsoleStreams.system();
        System.exit(run(args, console.out(), console.err()));
    }

    /** The command without the process around it: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("用法：VerifyDrawCommand <公布的抽查结果 .json 文件>");
            return 2;
        }
        PublishedDraw draw;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            draw = PublishedDraw.readFrom(in);
        } catch (IOException | RuntimeException unreadable) {
            err.println("无法读取 " + args[0] + "：" + describe(unreadable));
            return 2;
        }
        Verification verification = new DrawVerifier().verify(draw);
        if (verification.matches()) {
            out.println(MATCHES);
            return 0;
        }
        out.println("抽查结果核验不一致：");
        verification.findings().forEach(finding -> out.println("- " + finding));
        if (verification.findings().size() == DrawVerifier.MAX_FINDINGS) {
            out.println("（最多列出 " + DrawVerifier.MAX_FINDINGS + " 处不符）");
        }
        return 1;
    }

    private static String describe(Exception unreadable) {
        if (unreadable instanceof NoSuchFileException) {
            return "文件不存在";
        }
        return unreadable.getMessage() == null ? unreadable.toString() : unreadable.getMessage();
    }
}
