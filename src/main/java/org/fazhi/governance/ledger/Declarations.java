package org.fazhi.governance.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.fazhi.platform.InvalidInput;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ledger declarations from JSON: a county's, typed by its bureau (problems in Chinese, by part), and the
 * shipped ones in {@code governance/ledgers/*.json}, which must pass the same checks or the application does not
 * start. Static, so the indicator registrar can read the shipped types before any bean exists.
 */
final class Declarations {

    static final String SHIPPED = "classpath*:governance/ledgers/*.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Declarations() {
    }

    /** The declaration in {@code json}, checked; refuses it with every problem (InvalidInput on "declaration"). */
    static LedgerType read(String json) {
        DeclarationDocument doc;
        try {
            doc = JSON.readValue(json, DeclarationDocument.class);
        } catch (JacksonException unreadable) {
            throw InvalidInput.of(DeclarationCheck.PROBLEM_FIELD, "governance.ledger.declaration.json",
                    where(unreadable));
        }
        if (doc == null) {
            throw InvalidInput.of(DeclarationCheck.PROBLEM_FIELD, "governance.ledger.declaration.json", "");
        }
        return DeclarationCheck.check(doc);
    }

    /** The declaration as JSON, as a county stores it and the declaration form shows it. */
    static String write(LedgerType type) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document(type));
    }

    /** The shipped types, ordered by file name. */
    static List<LedgerType> shipped() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(SHIPPED);
            List<Resource> ordered = new ArrayList<>(List.of(files));
            ordered.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            List<LedgerType> types = new ArrayList<>();
            for (Resource file : ordered) {
                types.add(shipped(file));
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LedgerType shipped(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (InvalidInput invalid) {
            throw new IllegalStateException("Shipped ledger declaration " + file.getFilename() + " is invalid: "
                    + invalid.problems(), invalid);
        }
    }

    /** Where in the text the parser stopped: the path of properties (fields[2].min) and the line. */
    private static String where(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + (ref.getIndex() + 1) + "]")
                .collect(Collectors.joining("."));
        String line = e.getLocation() == null ? "" : "L" + e.getLocation().getLineNr();
        return String.join(" ", path, line).strip();
    }

    static DeclarationDocument document(LedgerType type) {
        return new DeclarationDocument(type.code(), type.name(), type.description(), type.dateField(),
                type.agencyField(), type.fields().stream().map(f -> new DeclarationDocument.Field(f.code(), f.label(),
                        f.type().name(), f.required(), f.min(), f.max(), f.maxLength() == 0 ? null : f.maxLength(),
                        f.pattern(), f.options().isEmpty() ? null : f.options(), f.listed(), f.searchable())).toList(),
                type.indicators().stream().map(i -> new DeclarationDocument.Figure(i.code(), i.name(), i.formula(),
                        i.unit().name(), measure(i.numerator()),
                        i.denominator() == null ? null : measure(i.denominator()))).toList());
    }

    private static DeclarationDocument.Measure measure(LedgerMeasure m) {
        return new DeclarationDocument.Measure(m.field(), m.values().isEmpty() ? null : m.values(), m.sum(),
                m.filled(), m.distinct());
    }
}
