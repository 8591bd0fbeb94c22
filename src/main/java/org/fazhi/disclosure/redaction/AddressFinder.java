package org.fazhi.disclosure.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Home addresses below the street: after a home cue ({@code 住}, {@code 住址}, {@code 户籍}, {@code 家庭地址}), the
 * part after the last street, road or village is redacted when it holds a unit ({@code 号}, {@code 室},
 * {@code 单元}, {@code 栋}, {@code 幢}, {@code 楼}, {@code 组}): {@code 文化路88号3单元502室} → {@code 文化路***}.
 * A business's address ({@code 经营场所}) is public and stays; so does {@code 住所} when the party is an
 * organisation and the clause names no person (it is then the registered office).
 */
final class AddressFinder implements Redaction.Finder {

    private static final WordTable HOME_CUES = new WordTable(List.of("家庭住址", "家庭地址", "户籍所在地", "户籍地", "户籍",
            "住址", "住所", "住"));
    private static final Pattern UNIT = Pattern.compile("[0-9０-９一二三四五六七八九十百零〇A-Za-z]+(?:[-－][0-9]+)?"
            + "(?:号楼|号院|号|栋|幢|单元|室|层|楼|组|户)");
    private static final Pattern STREET = Pattern.compile("大道|大街|街道|胡同|社区|[路街巷弄村屯]");
    private static final String ADDRESS_ENDS = "。；;，,\n（）()、";
    private static final Pattern PERSON_CUES = Pattern.compile("法定代表人|负责人|经营者|代理人|证人|股东");
    private static final int PERSON_WIDTH = 20;
    private static final String CUE_GLUE = "：:在于地为 \u3000";

    @Override
    public void find(String text, RedactionContext context, List<RedactionSpan> into) {
        for (int at = 0; at < text.length(); at++) {
            String cue = HOME_CUES.at(text, at);
            if (cue == null) {
                continue;
            }
            int cueStart = at;
            at += cue.length() - 1;
            if (cue.equals("住所") && context.party() == RedactionContext.Party.ORGANISATION
                    && !namesAPerson(text, cueStart)) {
                continue;
            }
            int start = at + 1;
            while (start < text.length() && CUE_GLUE.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            int end = start;
            while (end < text.length() && ADDRESS_ENDS.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            belowStreet(text, start, end, into);
        }
    }

    private static void belowStreet(String text, int start, int end, List<RedactionSpan> into) {
        Matcher unit = UNIT.matcher(text).region(start, end);
        if (!unit.find()) {
            return;
        }
        int firstUnit = unit.start();
        int to = unit.end();
        while (unit.find()) {
            to = unit.end();
        }
        while (to < end && (Text.isAsciiLetterOrDigit(text.charAt(to)) || "-－".indexOf(text.charAt(to)) >= 0)) {
            to++;
        }
        int cut = lastStreetEnd(text, start, firstUnit);
        into.add(new RedactionSpan(cut, to, RedactionKind.ADDRESS, text.substring(cut, to), Masks.ADDRESS));
    }

    private static int lastStreetEnd(String text, int start, int firstUnit) {
        Matcher street = STREET.matcher(text).region(start, firstUnit);
        int cut = firstUnit;
        while (street.find()) {
            cut = street.end();
        }
        return cut;
    }

    /** 法定代表人张三，住所… : the cue belongs to a person when the words just before it name one. */
    private static boolean namesAPerson(String text, int cue) {
        int sentenceStart = cue;
        while (sentenceStart > 0 && "。；;\n".indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        String before = text.substring(Math.max(sentenceStart, cue - PERSON_WIDTH), cue);
        return PERSON_CUES.matcher(before).find();
    }
}
