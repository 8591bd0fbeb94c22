package org.fazhi.disclosure.redaction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus (src/test/resources/disclosure/redaction-corpus.txt): sentences of penalty decisions, each with the text
 * to publish. Precision and recall are counted over redacted regions — the runs of original characters that the
 * published text changes (found by a character diff of original and published, so the corpus needs no offsets).
 */
class RedactionCorpusTests {

    private static final int MINIMUM_SENTENCES = 200;

    @Test
    void redactsTheCorpusWithFullPrecisionAndRecall() throws IOException {
        List<CorpusLine> corpus = CorpusLine.readAll(corpusText());
        int truePositives = 0;
        int found = 0;
        int expected = 0;
        List<String> wrong = new ArrayList<>();
        for (CorpusLine line : corpus) {
            String published = Redaction.of(line.original(), line.context()).apply();
            List<Region> actualRegions = Region.changed(line.original(), published);
            List<Region> expectedRegions = Region.changed(line.original(), line.expected());
            found += actualRegions.size();
            expected += expectedRegions.size();
            truePositives += (int) actualRegions.stream().filter(expectedRegions::contains).count();
            if (!published.equals(line.expected())) {
                wrong.add("line " + line.number() + "\n  expected: " + line.expected() + "\n  actual:   " + published);
            }
        }
        double precision = found == 0 ? 1 : (double) truePositives / found;
        double recall = expected == 0 ? 1 : (double) truePositives / expected;
        System.out.printf("[redaction corpus] %d sentences, %d regions expected, %d redacted, %d right: "
                + "precision %.4f, recall %.4f%n", corpus.size(), expected, found, truePositives, precision, recall);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(MINIMUM_SENTENCES);
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
        assertThat(precision).isEqualTo(1.0);
        assertThat(recall).isEqualTo(1.0);
    }

    @Test
    void regionsComeFromTheCharacterDiff() {
        assertThat(Region.changed("当事人张三在店内", "当事人张某在店内")).containsExactly(new Region(4, 5));
        assertThat(Region.changed("电话138-1234-5678。", "电话***-****-****。")).containsExactly(new Region(2, 15));
        assertThat(Region.changed("无变化", "无变化")).isEmpty();
    }

    private static String corpusText() throws IOException {
        try (InputStream in = RedactionCorpusTests.class.getResourceAsStream("/disclosure/redaction-corpus.txt")) {
            assertThat(in).as("the corpus resource").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Original characters {@code [start, end)} that the published text replaces. */
    record Region(int start, int end) {

        private static final String SEPARATORS = "-－ ";

        static List<Region> changed(String original, String published) {
            boolean[] kept = keptCharacters(original, published);
            List<Region> regions = new ArrayList<>();
            int i = 0;
            while (i < original.length()) {
                if (kept[i]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < original.length() && (!kept[i] || separatorBetweenChanges(original, kept, i))) {
                    i++;
                }
                regions.add(new Region(start, i));
            }
            return regions;
        }

        /** 138-1234-5678 → ***-****-****: the kept hyphens do not split one phone number into three regions. */
        private static boolean separatorBetweenChanges(String original, boolean[] kept, int i) {
            return SEPARATORS.indexOf(original.charAt(i)) >= 0 && i + 1 < original.length() && !kept[i + 1];
        }

        /** Longest common subsequence: which characters of the original survive into the published text. */
        private static boolean[] keptCharacters(String a, String b) {
            int[][] lcs = new int[a.length() + 1][b.length() + 1];
            for (int i = a.length() - 1; i >= 0; i--) {
                for (int j = b.length() - 1; j >= 0; j--) {
                    lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            boolean[] kept = new boolean[a.length()];
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                if (a.charAt(i) == b.charAt(j)) {
                    kept[i++] = true;
                    j++;
                } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            return kept;
        }
    }

    /** One corpus line: {@code [context] original => expected}; the context is optional. */
    record CorpusLine(int number, RedactionContext context, String original, String expected) {

        static List<CorpusLine> readAll(String text) {
            List<CorpusLine> lines = new ArrayList<>();
            String[] raw = text.split("\n");
            for (int i = 0; i < raw.length; i++) {
                String line = raw[i].strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(parse(i + 1, line));
                }
            }
            return lines;
        }

        private static CorpusLine parse(int number, String line) {
            RedactionContext context = RedactionContext.none();
            if (line.startsWith("[")) {
                int close = line.indexOf(']');
                context = context(line.substring(1, close));
                line = line.substring(close + 1).strip();
            }
            int arrow = line.indexOf(" => ");
            if (arrow < 0) {
                throw new IllegalArgumentException("Corpus line " + number + " has no ' => '");
            }
            return new CorpusLine(number, context, line.substring(0, arrow), line.substring(arrow + 4));
        }

        /** {@code party=person; persons=张三,李四; keep=高明; terms=0375-5012345}. */
        private static RedactionContext context(String spec) {
            RedactionContext context = RedactionContext.none();
            for (String part : spec.split(";")) {
                String[] pair = part.strip().split("=", 2);
                String[] values = Arrays.stream(pair[1].split(",")).map(String::strip).toArray(String[]::new);
                context = switch (pair[0].strip()) {
                    case "party" -> context.withParty(values[0].equals("person") ? RedactionContext.Party.NATURAL_PERSON
                            : RedactionContext.Party.ORGANISATION);
                    case "persons" -> context.withPersons(values);
                    case "keep" -> context.keepingNames(values);
                    case "terms" -> context.keepingTerms(values);
                    default -> throw new IllegalArgumentException("Unknown context key " + pair[0]);
                };
            }
            return context;
        }
    }
}
