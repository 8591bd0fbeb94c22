package org.fazhi;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** All user-facing text goes through the message bundles (style.md habit 9): no Chinese in templates, no missing key. */
class MessagesTests {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]+)[}(]");
    /** A table's headings: a list of message keys, each maybe followed by classes (ColumnHeadings). */
    private static final Pattern HEADINGS = Pattern.compile("headings=\\$\\{ \\{(.*?)} }", Pattern.DOTALL);
    private static final Pattern HEADING_KEY = Pattern.compile("'([a-z][a-zA-Z0-9.-]+)[ ']");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void templatesContainNoLiteralChinese() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Matcher han = HAN.matcher(Files.readString(template));
            if (han.find()) {
                offenders.add(TEMPLATES.relativize(template) + ": " + han.group());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyLiteralMessageKeyInATemplateIsDefined() throws IOException {
        assertThat(undefined(template -> LITERAL_KEY.matcher(template).results())).isEmpty();
    }

    @Test
    void everyHeadingKeyOfATableIsDefined() throws IOException {
        assertThat(undefined(template -> HEADINGS.matcher(template).results()
                .flatMap(headings -> HEADING_KEY.matcher(headings.group(1)).results()))).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        List<String> duplicates = new ArrayList<>();
        for (String bundle : bundleNames()) {
            List<String> seen = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/messages", bundle + ".properties"))) {
                String key = line.contains("=") && !line.startsWith("#") ? line.substring(0, line.indexOf('=')).strip() : null;
                if (key != null && seen.contains(key)) {
                    duplicates.add(bundle + ": " + key);
                }
                seen.add(key);
            }
        }
        assertThat(duplicates).isEmpty();
    }

    /** The keys (group 1 of each match) found in the templates that no bundle defines, each with its template. */
    private static List<String> undefined(Function<String, Stream<MatchResult>> keysIn) throws IOException {
        Properties messages = bundles();
        List<String> undefined = new ArrayList<>();
        for (Path template : templates()) {
            keysIn.apply(Files.readString(template)).map(key -> key.group(1)).filter(key -> !messages.containsKey(key))
                    .forEach(key -> undefined.add(TEMPLATES.relativize(template) + ": " + key));
        }
        return undefined;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> bundleNames() throws IOException {
        Properties application = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        return Stream.of(application.getProperty("spring.messages.basename").split(","))
                .map(name -> name.strip().replace("messages/", "")).toList();
    }

    private static Properties bundles() throws IOException {
        Properties messages = new Properties();
        for (String bundle : bundleNames()) {
            try (Reader in = new InputStreamReader(MessagesTests.class.getResourceAsStream("/messages/" + bundle
                    + ".properties"), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
        }
        return messages;
    }
}
