package org.fazhi.inspection.draw;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.fazhi.inspection.draw.PublishedDraw.Directory;
import org.fazhi.inspection.draw.PublishedDraw.Plan;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON form of a {@link PublishedDraw} ("fazhi-draw/2", or the earlier "fazhi-draw/1") token by token,
 * straight into the record (no tree of the whole document), accepting the fields in any order and skipping fields a
 * later version may add. The seed's fields are read as they come and understood once the format is known.
 */
final class PublishedDrawReader {

    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

    private final JsonParser json;

    private PublishedDrawReader(JsonParser json) {
        this.json = json;
    }

    static PublishedDraw read(InputStream in) throws IOException {
        try (JsonParser json = JSON.createParser(in)) {
            try {
                return new PublishedDrawReader(json).document();
            } catch (IllegalArgumentException | ArithmeticException invalid) {
                throw new IOException(invalid.getMessage() + "（位置：第 " + json.currentLocation().getLineNr()
                        + " 行）", invalid);
            }
        } catch (JacksonException malformed) {
            throw new IOException("不是有效的 JSON：" + malformed.getOriginalMessage() + "（位置：第 "
                    + (malformed.getLocation() == null ? "?" : malformed.getLocation().getLineNr()) + " 行）", malformed);
        }
    }

    private PublishedDraw document() {
        Map<String, Object> fields = object(name -> switch (name) {
            case "format", "algorithm" -> text();
            case "plan" -> plan();
            case "rules" -> rules();
            case "seed" -> seedFields();
            case "partyDirectory", "inspectorDirectory", "conflicts" -> directory();
            case "result" -> result();
            default -> null;
        });
        String format = (String) required(fields, "format");
        @SuppressWarnings("unchecked")
        Map<String, Object> seed = (Map<String, Object>) required(fields, "seed");
        return new PublishedDraw(format, (String) required(fields, "algorithm"),
                (Plan) required(fields, "plan"), (DrawRules) required(fields, "rules"),
                PublishedDraw.FORMAT.equals(format) ? combinedSeed(seed) : singleSourceSeed(seed),
                (Directory) required(fields, "partyDirectory"),
                (Directory) required(fields, "inspectorDirectory"), (Directory) required(fields, "conflicts"),
                (DrawOutcome) required(fields, "result"));
    }

    private Plan plan() {
        Map<String, Object> fields = object(name -> switch (name) {
            case "code", "name", "region" -> text();
            default -> null;
        });
        return new Plan((String) required(fields, "code"), (String) required(fields, "name"),
                (String) required(fields, "region"));
    }

    private DrawRules rules() {
        Map<String, Object> fields = object(name -> switch (name) {
            case "ratios" -> object(grade -> decimal());
            case "inspectorsPerParty", "capPerInspector" -> json.currentToken() == JsonToken.VALUE_NULL ? null
                    : Math.toIntExact(number());
            case "avoidResidence" -> json.getBooleanValue();
            default -> null;
        });
        @SuppressWarnings("unchecked")
        Map<String, BigDecimal> ratios = (Map<String, BigDecimal>) required(fields, "ratios");
        return new DrawRules(ratios, (Integer) required(fields, "inspectorsPerParty"),
                (Integer) fields.get("capPerInspector"), (Boolean) required(fields, "avoidResidence"));
    }

    private Map<String, Object> seedFields() {
        return object(name -> switch (name) {
            case "witnesses" -> array(this::text);
            default -> json.currentToken() == JsonToken.VALUE_NULL ? null : text();
        });
    }

    private static SingleSourceSeed singleSourceSeed(Map<String, Object> fields) {
        String mode = (String) required(fields, "mode");
        if (Arrays.stream(SingleSourceSeed.Mode.values()).noneMatch(known -> known.name().equals(mode))) {
            throw new IllegalArgumentException("未知的种子模式：" + mode);
        }
        return new SingleSourceSeed(SingleSourceSeed.Mode.valueOf(mode), (String) required(fields, "value"),
                (String) fields.get("commitment"), (String) fields.get("source"));
    }

    private static CombinedSeed combinedSeed(Map<String, Object> fields) {
        @SuppressWarnings("unchecked")
        List<String> witnesses = (List<String>) required(fields, "witnesses");
        return new CombinedSeed((String) required(fields, "construction"),
                new CombinedSeed.Announcement((String) required(fields, "commitment"),
                        (String) required(fields, "source"), (String) fields.get("issue"),
                        (String) required(fields, "publishedAt"), (String) required(fields, "readingAt")),
                (String) required(fields, "secret"),
                new CombinedSeed.Entry((String) required(fields, "publicValue"), (String) required(fields, "enteredBy"),
                        (String) required(fields, "enteredAt"), witnesses),
                (String) required(fields, "value"));
    }

    private Directory directory() {
        Map<String, Object> fields = object(name -> switch (name) {
            case "digest" -> text();
            case "count" -> Math.toIntExact(number());
            case "lines" -> array(this::text);
            default -> null;
        });
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) required(fields, "lines");
        return new Directory((String) required(fields, "digest"), (Integer) required(fields, "count"), lines);
    }

    private DrawOutcome result() {
        Map<String, Object> fields = object(name -> switch (name) {
            case "assignments" -> array(this::assignment);
            case "unstaffed" -> array(this::number);
            default -> null;
        });
        @SuppressWarnings("unchecked")
        List<Assignment> assignments = (List<Assignment>) required(fields, "assignments");
        @SuppressWarnings("unchecked")
        List<Long> unstaffed = (List<Long>) required(fields, "unstaffed");
        return new DrawOutcome(assignments, unstaffed);
    }

    private Assignment assignment() {
        Map<String, Object> fields = object(name -> switch (name) {
            case "party" -> number();
            case "inspectors" -> array(this::number);
            default -> null;
        });
        @SuppressWarnings("unchecked")
        List<Long> inspectors = (List<Long>) required(fields, "inspectors");
        return new Assignment((Long) required(fields, "party"), inspectors);
    }

    private interface Value {
        @Nullable Object read(String name);
    }

    /** The current token starts an object; each field's value is read by {@code value}, null means skip it. */
    private Map<String, Object> object(Value value) {
        expect(JsonToken.START_OBJECT);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name = json.nextName(); name != null; name = json.nextName()) {
            json.nextToken();
            Object read = value.read(name);
            if (read == null) {
                json.skipChildren();
            } else {
                fields.put(name, read);
            }
        }
        return fields;
    }

    private <T> List<T> array(Supplier<T> element) {
        expect(JsonToken.START_ARRAY);
        List<T> elements = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            elements.add(element.get());
        }
        return elements;
    }

    private String text() {
        expect(JsonToken.VALUE_STRING);
        return json.getString();
    }

    private long number() {
        expect(JsonToken.VALUE_NUMBER_INT);
        return json.getLongValue();
    }

    private BigDecimal decimal() {
        if (json.currentToken() == JsonToken.VALUE_NUMBER_INT || json.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return json.getDecimalValue();
        }
        String text = text();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notADecimal) {
            throw new IllegalArgumentException("抽查比例应为小数，实为 " + text);
        }
    }

    private void expect(JsonToken token) {
        if (json.currentToken() == null) {
            json.nextToken();
        }
        if (json.currentToken() != token) {
            throw new IllegalArgumentException("字段 " + json.streamReadContext().pathAsPointer() + " 应为 "
                    + token.name() + "，实为 " + json.currentToken());
        }
    }

    private static Object required(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("缺少字段 " + name);
        }
        return value;
    }
}
