package org.fazhi.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.fazhi.shared.Sm3;

/**
 * The canonical text of the three published directories (检查对象名录, 执法检查人员名录, 回避名单) and their SM3
 * digests. One entry is one line of comma-separated fields, lines sorted; the digest is SM3 over every line
 * followed by a line feed. The text is what gets published, so anyone can hash it again and parse it back.
 */
public final class Directories {

    public static final String PARTIES = "检查对象名录";
    public static final String INSPECTORS = "执法检查人员名录";
    public static final String CONFLICTS = "回避名单";

    private static final Comparator<PartyEntry> PARTY_ORDER = Comparator.comparingLong(PartyEntry::partyId);
    private static final Comparator<InspectorEntry> INSPECTOR_ORDER = Comparator.comparingLong(InspectorEntry::officerId);
    private static final Comparator<Conflict> CONFLICT_ORDER = Comparator.comparingLong(Conflict::officerId)
            .thenComparing(conflict -> rest(line(conflict)));

    private Directories() {
    }

    /** {@code partyId,grade,township}, sorted by party id. */
    public static List<String> partyLines(Collection<PartyEntry> parties) {
        return sortedLines(parties, PARTY_ORDER, Directories::line);
    }

    /** {@code officerId,agencyId,certificateNumber,name}, sorted by officer id. */
    public static List<String> inspectorLines(Collection<InspectorEntry> inspectors) {
        return sortedLines(inspectors, INSPECTOR_ORDER, Directories::line);
    }

    /** {@code officerId,P,partyId} or {@code officerId,T,township}, sorted by officer id, then the rest as text. */
    public static List<String> conflictLines(Collection<Conflict> conflicts) {
        return sortedLines(conflicts, CONFLICT_ORDER, Directories::line);
    }

    public static String line(PartyEntry party) {
        return party.partyId() + "," + party.grade() + "," + field("检查对象 " + party.partyId() + " 的所在乡镇", party.township());
    }

    public static String line(InspectorEntry inspector) {
        String who = "执法人员 " + inspector.officerId();
        return inspector.officerId() + "," + inspector.agencyId() + ","
                + field(who + " 的执法证号", inspector.certificateNumber()) + "," + field(who + " 的姓名", inspector.name());
    }

    public static String line(Conflict conflict) {
        return conflict.partyId() != null
                ? conflict.officerId() + ",P," + conflict.partyId()
                : conflict.officerId() + ",T," + field("执法人员 " + conflict.officerId() + " 的居住乡镇", conflict.township());
    }

    /** Lower-case hex SM3 of the UTF-8 bytes of every line, each followed by "\n". */
    public static String digest(List<String> lines) {
        SM3Digest sm3 = new SM3Digest();
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            sm3.update(bytes, 0, bytes.length);
            sm3.update((byte) '\n');
        }
        byte[] result = new byte[Sm3.DIGEST_LENGTH];
        sm3.doFinal(result, 0);
        return Sm3.hex(result);
    }

    public static List<PartyEntry> parseParties(List<String> lines) {
        Map<String, String> townships = new HashMap<>();
        return parse(PARTIES, lines, 3, fields -> new PartyEntry(id(fields[0]), fields[1],
                townships.computeIfAbsent(fields[2], Function.identity())), Directories::line, PARTY_ORDER, true);
    }

    public static List<InspectorEntry> parseInspectors(List<String> lines) {
        return parse(INSPECTORS, lines, 4,
                fields -> new InspectorEntry(id(fields[0]), id(fields[1]), fields[2], fields[3]), Directories::line,
                INSPECTOR_ORDER, true);
    }

    public static List<Conflict> parseConflicts(List<String> lines) {
        return parse(CONFLICTS, lines, 3, fields -> switch (fields[1]) {
            case "P" -> Conflict.withParty(id(fields[0]), id(fields[2]));
            case "T" -> Conflict.livesIn(id(fields[0]), fields[2]);
            default -> throw new IllegalArgumentException("第二栏应为 P（回避对象）或 T（居住乡镇），实为 " + fields[1]);
        }, Directories::line, CONFLICT_ORDER, false);
    }

    private static <T> List<String> sortedLines(Collection<T> entries, Comparator<T> order, Function<T, String> line) {
        List<T> sorted = new ArrayList<>(entries);
        sorted.sort(order);
        List<String> lines = new ArrayList<>(sorted.size());
        for (T entry : sorted) {
            lines.add(line.apply(entry));
        }
        return lines;
    }

    /**
     * Parses each line and insists the text is canonical, each line as written and in order (ids once only where
     * {@code distinct}), so the entries give back exactly the lines, and the digest, that were read.
     */
    private static <T> List<T> parse(String directory, List<String> lines, int fieldCount, Function<String[], T> reader,
            Function<T, String> canonical, Comparator<T> order, boolean distinct) {
        List<T> entries = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            T entry;
            try {
                String[] fields = line.split(",", -1);
                if (fields.length != fieldCount) {
                    throw new IllegalArgumentException("应有 " + fieldCount + " 栏，实有 " + fields.length + " 栏");
                }
                entry = reader.apply(fields);
            } catch (IllegalArgumentException refused) {
                throw new IllegalArgumentException(directory + "第 " + (i + 1) + " 行有误（" + line + "）："
                        + refused.getMessage(), refused);
            }
            String expected = canonical.apply(entry);
            if (!expected.equals(line)) {
                throw new IllegalArgumentException(directory + "第 " + (i + 1) + " 行不是规范写法：" + line + "，应为 "
                        + expected);
            }
            if (i > 0) {
                int comparison = order.compare(entries.get(i - 1), entry);
                if (comparison > 0 || (distinct && comparison == 0)) {
                    throw new IllegalArgumentException(directory + "第 " + (i + 1) + " 行"
                            + (comparison == 0 ? "的编号与上一行重复：" : "未按规范顺序排在上一行之后：") + line);
                }
            }
            entries.add(entry);
        }
        return entries;
    }

    private static long id(String field) {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("编号应为整数，实为 " + field);
        }
    }

    private static String field(String what, String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + "含有逗号或换行，不能写入公布的名录：" + value);
        }
        return value;
    }

    private static String rest(String line) {
        return line.substring(line.indexOf(',') + 1);
    }
}
