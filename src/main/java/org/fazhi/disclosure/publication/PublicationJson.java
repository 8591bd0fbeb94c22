package org.fazhi.disclosure.publication;

import java.util.List;

import org.fazhi.casework.DecisionText;
import org.fazhi.disclosure.redaction.RedactionSpan;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The jsonb columns of a publication: its sections and its reviewed spans. */
final class PublicationJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PublicationJson() {
    }

    static String sections(List<DecisionText.Section> sections) {
        return JSON.writeValueAsString(sections);
    }

    static List<DecisionText.Section> sections(String json) {
        return JSON.readValue(json, new TypeReference<List<DecisionText.Section>>() { });
    }

    static String spans(List<RedactionSpan> spans) {
        return JSON.writeValueAsString(spans);
    }

    static List<RedactionSpan> spans(String json) {
        return JSON.readValue(json, new TypeReference<List<RedactionSpan>>() { });
    }
}
