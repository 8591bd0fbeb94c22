package org.fazhi.platform.files;

/**
 * The names files came with, made safe to keep and to offer back: no folders, no control characters or quotes, of
 * sane length, ending in the extension of what the file really is.
 */
final class FileNames {

    private static final int MAX_STEM = 100;

    private FileNames() {
    }

    /** The uploaded name without any folder, control characters or quotes ({@code ../../etc/passwd} → passwd). */
    static String withoutFolder(String uploaded) {
        String name = uploaded.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    }

    /** The name with the sniffed kind's extension in place of its own ({@code 计划.exe} → 计划.doc). */
    static String ofKind(String name, FileKind kind) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        stem = stem.isBlank() ? "file" : stem.substring(0, Math.min(stem.length(), MAX_STEM));
        return stem + "." + kind.extension();
    }
}
