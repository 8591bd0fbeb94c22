package org.fazhi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys of {@link FieldCipher}, read from (or, on first start, written to) a text file outside the database, so
 * that a copy of the database alone reveals no personal identifiers. The format is described on
 * {@link FieldCipher}. Error messages name the file and the line, never a line's content: it may hold a key.
 */
final class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

    static final int SM4_KEY_BYTES = 16;
    static final int HMAC_KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final HexFormat HEX = HexFormat.of();

    private final Map<String, byte[]> sm4Keys;
    private final String currentId;
    private final byte[] hashKey;
    private final byte[] auditKey;

    private KeyFile(Map<String, byte[]> sm4Keys, String currentId, byte[] hashKey, byte[] auditKey) {
        this.sm4Keys = Collections.unmodifiableMap(new LinkedHashMap<>(sm4Keys));
        this.currentId = currentId;
        this.hashKey = hashKey;
        this.auditKey = auditKey;
    }

    /** Reads the file, or creates it with fresh random keys (owner-only permissions where POSIX allows). */
    static KeyFile loadOrCreate(Path path) {
        try {
            if (Files.notExists(path)) {
                KeyFile fresh = generate(new SecureRandom());
                if (create(path, fresh.format())) {
                    log.info("Created key file {} with new random keys. Back it up apart from the database: "
                            + "encrypted fields cannot be read without it.", path.toAbsolutePath());
                    return fresh;
                }
            }
            warnIfReadableByOthers(path);
            return parse(Files.readAllLines(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + path, e);
        }
    }

    /** False when another process created the file first; its keys then win. */
    private static boolean create(Path path, String content) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        boolean posix = Files.getFileAttributeView(dir == null ? path : dir, PosixFileAttributeView.class) != null;
        try {
            if (posix) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return true;
    }

    private static void warnIfReadableByOthers(Path path) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null
                && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(path))) {
            log.warn("Key file {} is accessible to other users; restrict it with chmod 600.", path.toAbsolutePath());
        }
    }

    static KeyFile generate(SecureRandom random) {
        String id = "k" + LocalDate.now(PlatformConfiguration.BEIJING).format(DateTimeFormatter.BASIC_ISO_DATE);
        return new KeyFile(Map.of(id, randomBytes(random, SM4_KEY_BYTES)), id,
                randomBytes(random, HMAC_KEY_BYTES), randomBytes(random, HMAC_KEY_BYTES));
    }

    static KeyFile parse(List<String> lines, String source) {
        Map<String, byte[]> sm4Keys = new LinkedHashMap<>();
        Map<String, String> single = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw malformed(source, i + 1, "expected name=value");
            }
            String name = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (name.startsWith("sm4.")) {
                String id = name.substring(4);
                if (!KEY_ID.matcher(id).matches()) {
                    throw malformed(source, i + 1, "key id may only use letters, digits, '-' and '_'");
                }
                if (sm4Keys.put(id, key(value, SM4_KEY_BYTES, source, i + 1, name)) != null) {
                    throw malformed(source, i + 1, name + " is defined twice");
                }
            } else if (name.equals("hash") || name.equals("audit") || name.equals("current")) {
                if (single.put(name, value) != null) {
                    throw malformed(source, i + 1, name + " is defined twice");
                }
                if (!name.equals("current")) {
                    key(value, HMAC_KEY_BYTES, source, i + 1, name);
                }
            } else {
                throw malformed(source, i + 1, "unknown name '" + name + "' (expected sm4.<id>, hash, audit or current)");
            }
        }
        String current = required(single, "current", source);
        if (!sm4Keys.containsKey(current)) {
            throw new IllegalStateException("Key file " + source + ": 'current=' names no sm4.<id> key");
        }
        return new KeyFile(sm4Keys, current, HEX.parseHex(required(single, "hash", source)),
                HEX.parseHex(required(single, "audit", source)));
    }

    String format() {
        StringBuilder text = new StringBuilder("""
                # Fazhi keys: SM4 field encryption (sm4.<id>, current) and HMAC-SM3 keys (hash, audit).
                # Keep this file outside the database and back it up: encrypted fields cannot be read without it.
                # To rotate: add sm4.<new id>=<32 hex characters>, set current=<new id>, restart. Never remove an old key.
                """);
        sm4Keys.forEach((id, key) -> text.append("sm4.").append(id).append('=').append(HEX.formatHex(key)).append('\n'));
        text.append("current=").append(currentId).append('\n');
        text.append("hash=").append(HEX.formatHex(hashKey)).append('\n');
        text.append("audit=").append(HEX.formatHex(auditKey)).append('\n');
        return text.toString();
    }

    String currentId() {
        return currentId;
    }

    byte @Nullable [] sm4Key(String id) {
        byte[] key = sm4Keys.get(id);
        return key == null ? null : key.clone();
    }

    byte[] hashKey() {
        return hashKey.clone();
    }

    byte[] auditKey() {
        return auditKey.clone();
    }

    private static byte[] key(String hex, int bytes, String source, int line, String name) {
        if (hex.length() != bytes * 2 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
            throw malformed(source, line, name + " must be " + bytes * 2 + " hexadecimal characters");
        }
        return HEX.parseHex(hex);
    }

    private static String required(Map<String, String> single, String name, String source) {
        String value = single.get(name);
        if (value == null) {
            throw new IllegalStateException("Key file " + source + ": no '" + name + "=' line");
        }
        return value;
    }

    private static byte[] randomBytes(SecureRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static IllegalStateException malformed(String source, int line, String problem) {
        return new IllegalStateException("Key file " + source + ", line " + line + ": " + problem);
    }
}
