package org.fazhi.casework.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fazhi.platform.ConsoleStreams;

/**
 * The county's template check, run without the application:
 * {@code TemplateCheckCommand <folder>} checks the templates in the county's folder (exit status 0: all sound; 1: a
 * template has problems, each printed; 2: wrong usage or no such folder), and
 * {@code TemplateCheckCommand --write-defaults <folder>} copies the shipped templates there to start editing from
 * (a file already there is kept).
 */
public final class TemplateCheckCommand {

    private TemplateCheckCommand() {
    }

    public static void main(String[] args) {
        ConsoleStreams console = ConsoleStreams.system();
        System.exit(run(args, console.out(), console.err()));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("--write-defaults")) {
            return writeDefaults(Path.of(args[1]), out, err);
        }
        if (args.length != 1) {
            err.println("用法：TemplateCheckCommand <本县文书模板文件夹>");
            err.println("　或：TemplateCheckCommand --write-defaults <文件夹>（导出默认模板以便修改）");
            return 2;
        }
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder)) {
            err.println("文件夹不存在：" + folder);
            return 2;
        }
        DocumentTemplates templates = new DocumentTemplates(folder);
        boolean sound = true;
        for (DocumentKind kind : DocumentKind.values()) {
            if (!templates.isReplaced(kind)) {
                out.println(kind.fileName() + "：使用默认模板");
                continue;
            }
            TemplateFindings findings = templates.check(kind);
            sound &= findings.isSound();
            out.println(kind.fileName() + (findings.isSound() ? "：本县模板，检查通过" : "：本县模板，存在问题："));
            findings.problems().forEach(problem -> out.println("  - " + problem.describe()));
        }
        return sound ? 0 : 1;
    }

    private static int writeDefaults(Path folder, PrintStream out, PrintStream err) {
        try {
            Files.createDirectories(folder);
            for (DocumentKind kind : DocumentKind.values()) {
                Path target = folder.resolve(kind.fileName());
                if (Files.exists(target)) {
                    out.println(kind.fileName() + "：已存在，未覆盖");
                    continue;
                }
                try (InputStream in = DocumentTemplates.shipped(kind)) {
                    Files.copy(in, target);
                }
                out.println(kind.fileName() + "：已导出");
            }
            return 0;
        } catch (IOException unwritable) {
            err.println("无法写入 " + folder + "：" + unwritable.getMessage());
            return 2;
        }
    }
}
