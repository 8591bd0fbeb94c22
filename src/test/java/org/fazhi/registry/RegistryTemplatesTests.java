package org.fazhi.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The training and exam templates speak only through messages, and every key they name is defined. */
class RegistryTemplatesTests {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]+)[}(]");

    @ParameterizedTest
    @ValueSource(strings = {"training", "training-form", "exams", "exam", "exam-form", "exam-result-form"})
    void hasNoLiteralChineseAndNoUndefinedKey(String template) throws IOException {
        String html = Files.readString(Path.of("src/main/resources/templates/registry", template + ".html"));
        assertThat(HAN.matcher(html).find()).as("Chinese text in %s.html", template).isFalse();

        Properties messages = new Properties();
        for (String bundle : List.of("platform", "registry")) {
            try (InputStream in = getClass().getResourceAsStream("/messages/" + bundle + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        List<String> undefined = new ArrayList<>();
        Matcher key = LITERAL_KEY.matcher(html);
        while (key.find()) {
            if (!messages.containsKey(key.group(1))) {
                undefined.add(key.group(1));
            }
        }
        assertThat(undefined).as("undefined message keys in %s.html", template).isEmpty();
    }
}
