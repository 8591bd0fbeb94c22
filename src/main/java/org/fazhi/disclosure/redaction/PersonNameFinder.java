package org.fazhi.disclosure.redaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.disclosure.redaction.ChineseNames.Name;

/**
 * Names of natural persons, from three sources: the persons the context names; names right after a cue word
 * ({@code 当事人张三}, {@code 证人李四、王五}); names before {@code 先生}, {@code 女士}. Each name found is then redacted
 * wherever it occurs in the text, except inside a business name.
 */
final class PersonNameFinder implements Redaction.Finder {

    private static final WordTable CUES = new WordTable(List.of("实际控制人", "委托代理人", "法定代表人", "违法行为人",
            "被申请人", "监护人", "代理人", "当事人", "负责人", "经营者", "举报人", "投诉人", "证人", "雇员", "员工", "店员",
            "消费者", "顾客", "驾驶员", "司机", "股东", "业主", "户主", "申请人", "行为人", "受害人", "被害人", "承租人",
            "出租人", "联系人", "购买人", "收货人", "家属", "妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "村民", "患者",
            "学员", "房东", "租户", "被处罚人", "被检查人", "姓名", "曾用名"));
    private static final List<String> TITLES = List.of("先生", "女士");
    private static final String CUE_GLUE = "：:为是即 \u3000";
    private static final String LIST_GLUE = "、和及与";
    /** Words before a name that are no cue but end the word before it: 据赵云女士反映, 请王五先生. */
    private static final String BEFORE_NAME = "据请由和";

    @Override
    public void find(String text, RedactionContext context, List<RedactionSpan> into) {
        Map<String, Integer> names = new LinkedHashMap<>();
        context.persons().forEach(person -> names.put(person, ChineseNames.surnameLength(person)));
        afterCues(text, names);
        beforeTitles(text, names);
        names.forEach((name, surnameLength) -> everywhere(text, name, surnameLength, into));
    }

    private static void afterCues(String text, Map<String, Integer> names) {
        for (int i = 0; i < text.length(); i++) {
            String cue = CUES.at(text, i);
            if (cue == null) {
                continue;
            }
            i += cue.length() - 1;
            int at = i + 1;
            while (at < text.length() && CUE_GLUE.indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            list(text, at, names);
        }
    }

    /** 证人李四、王五和赵六; a name already redacted in the list (张某与李四) is passed over. */
    private static void list(String text, int at, Map<String, Integer> names) {
        while (at < text.length()) {
            int end = ChineseNames.redactedNameEnd(text, at);
            if (end < 0) {
                Name name = ChineseNames.nameAt(text, at);
                if (name == null || OrganisationNames.continuesAfter(text, name.end())) {
                    return;
                }
                names.putIfAbsent(text.substring(name.start(), name.end()), name.surnameLength());
                end = name.end();
            }
            int next = afterParenthesis(text, end);
            if (next >= text.length() || LIST_GLUE.indexOf(text.charAt(next)) < 0) {
                return;
            }
            at = next + 1;
        }
    }

    /** 证人吴某（身份证号码…）、郑某: a list goes on after the details in parentheses. */
    private static int afterParenthesis(String text, int at) {
        if (at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(')) {
            int close = text.indexOf(text.charAt(at) == '（' ? '）' : ')', at);
            return close < 0 ? at : close + 1;
        }
        return at;
    }

    /** 王建国先生, 欧阳娜娜女士; 王先生 alone shows only a surname and stays. */
    private static void beforeTitles(String text, Map<String, Integer> names) {
        for (String title : TITLES) {
            for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
                titledName(text, at, names);
            }
        }
    }

    private static void titledName(String text, int end, Map<String, Integer> names) {
        if (end >= 1 && ChineseNames.isSurname(text.charAt(end - 1)) && isLeftBoundary(text, end - 1)) {
            return;
        }
        for (int[] shape : new int[][] {{2, 2}, {1, 2}, {2, 1}, {1, 1}}) {
            int start = end - shape[0] - shape[1];
            if (start >= 0 && isTitledName(text, start, shape[0], end)) {
                names.putIfAbsent(text.substring(start, end), shape[0]);
                return;
            }
        }
    }

    private static boolean isTitledName(String text, int start, int surnameLength, int end) {
        Name name = ChineseNames.nameAt(text.substring(0, end), start);
        return name != null && name.end() == end && name.surnameLength() == surnameLength && isLeftBoundary(text, start);
    }

    private static boolean isLeftBoundary(String text, int start) {
        if (start == 0) {
            return true;
        }
        char left = text.charAt(start - 1);
        if (!Text.isChinese(left) || ChineseNames.follows(left) || BEFORE_NAME.indexOf(left) >= 0) {
            return true;
        }
        return CUES.endsAt(text, start);
    }

    private static void everywhere(String text, String name, int surnameLength, List<RedactionSpan> into) {
        for (int at = text.indexOf(name.charAt(0)); at >= 0; at = text.indexOf(name.charAt(0), at + 1)) {
            int end = spacedMatchEnd(text, at, name);
            if (end > 0 && !OrganisationNames.continuesAfter(text, end)) {
                String original = text.substring(at, end);
                into.add(new RedactionSpan(at, end, RedactionKind.PERSON_NAME, original,
                        Masks.name(surnameLength, original)));
            }
        }
    }

    /**
     * Where {@code name} ends when it starts at {@code at}, also as 张 三 or 张　三 (documents pad two-character names
     * to align them with three-character ones); -1 when it does not start there.
     */
    private static int spacedMatchEnd(String text, int at, String name) {
        int i = at;
        for (int k = 0; k < name.length(); k++) {
            while (k > 0 && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != name.charAt(k)) {
                return -1;
            }
            i++;
        }
        return i;
    }
}
