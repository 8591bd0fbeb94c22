package org.fazhi.platform;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error of a command-line tool in the console's own character set (UTF-8 when there is no
 * console), so that its Chinese reads right in any terminal, a GBK Windows console included.
 */
public record ConsoleStreams(PrintStream out, PrintStream err) {

    public static ConsoleStreams system() {
        Console console = System.console();
        Charset charset = console != null ? console.charset() : StandardCharsets.UTF_8;
        return new ConsoleStreams(new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset));
    }
}
